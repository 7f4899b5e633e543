"""Benign conversations (label "benign").

At least half are hard negatives: chats that use the surface vocabulary of
sextortion and scams (video call, camera, payment, UPI, photo, police, send
money, viral, OTP) without any coercive escalation -- couples planning video
calls, bill splitting, family asking for fee money, shop payments, people
discussing a sextortion news story or warning a friend, awareness broadcasts,
a helpline counsellor supporting a victim, jokes about posting a sleeping
photo, photo shoots, landlord deposits and so on. The rest are everyday
chats in every language, from one-word SMS replies to long group banter.

Dialog templates: turns separated by " || " alternate between speaker A and
speaker B; alternatives inside a turn are separated by " | "; " // " splits a
turn into several messages by the same speaker; {a|b} and <slot> follow
``common.expand``. Language keys: en, hl (romanized Hindi), hi, mr, ml
(romanized Marathi).
"""

from __future__ import annotations

import random

try:  # package import
    from . import common as C
    from .scam import Ctx, choose_lang
except ImportError:  # generator folder on sys.path
    import common as C
    from scam import Ctx, choose_lang

LABEL = "benign"


def _split_top(text: str, sep: str) -> list[str]:
    """Split on sep only outside {...} groups."""
    out, depth, cur, i = [], 0, [], 0
    while i < len(text):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if depth == 0 and text.startswith(sep, i):
            out.append("".join(cur))
            cur = []
            i += len(sep)
            continue
        cur.append(ch)
        i += 1
    out.append("".join(cur))
    return [p.strip() for p in out]


def play(x: Ctx, a: str, b: str, bank: dict, gap0: str = "chat", others: tuple = (), fresh_only: bool = False) -> bool:
    """Play one dialog template from bank: turns alternate a, b, a, ... (or cycle through others in groups)."""
    tpl_key = x.line_key()
    for fk in (tpl_key, "ml", "mr", "hl", "hi", "en") if tpl_key == "ml" else (tpl_key, "hl", "en"):
        if bank.get(fk):
            opts = bank[fk]
            break
    else:
        opts = bank["en"]
    fresh = [j for j in range(len(opts)) if opts[j] not in x.used]
    if fresh_only and not fresh:
        return False
    i = C.pick(x.rng, fresh) if fresh else x.rng.randrange(len(opts))
    x.used.add(opts[i])
    speakers = [a, b] + list(others)
    turns = _split_top(opts[i], "||")
    prev = None
    for t_i, turn in enumerate(turns):
        if not others:
            who = speakers[t_i % 2]
        else:
            who = a if t_i == 0 else C.pick(x.rng, [s for s in speakers if s != prev])
        prev = who
        alt = C.pick(x.rng, _split_top(turn, " | "))
        x.say(who, alt, gap=gap0 if t_i == 0 else C.pick(x.rng, ("burst", "quick", "quick", "chat")))
    return True


def pair(x: Ctx, g1: str = "any", g2: str = "any", casual: float = 0.7) -> tuple[str, str]:
    return x.person(g1, casual), x.person(g2, casual)


def _slots(x: Ctx, a: str | None = None) -> None:
    rng = x.rng
    x.slots.update(
        upi=C.upi_id(rng, a), upi2=C.upi_id(rng), amt=C.format_inr(rng, C.round_amount(rng, 300, 6000), x.lang),
        big=C.format_inr(rng, C.round_amount(rng, 5000, 60000), x.lang), phone=C.phone(rng), otp=C.otp(rng),
        n1=C.first_name(rng, script=C.script_for(x.lang)), n2=C.first_name(rng, script=C.script_for(x.lang)), time=C.pick(rng, ("7", "8", "9", "9:30", "10", "10.30", "6", "11")),
        place=C.pick(rng, ("FC Road", "Phoenix mall", "the station", "Koregaon Park", "Andheri", "CP", "Sector 18", "Deccan", "the canteen", "Marine Drive", "MG Road", "college gate")),
        cyber="{cybercrime.gov.in|www.cybercrime.gov.in|the cybercrime.gov.in portal}",
    )
    x.slots["cyber"] = C.expand(rng, x.slots["cyber"])


# ---------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------

COUPLE = {
    "en": [
        "vc tonight? || {yes|yess|ofc}, after {10|dinner|my mom sleeps} | can't tonight, {exam tomorrow|office call till late} 😩 || {ok|okay} {call me when free|ping me when free} | ugh fine, tomorrow then || {love you|miss you} ❤️ | {deal|done} 😘",
        "{miss you|missing you} {so much|yaar|a lot} 🥺 || {miss you more|me too} ❤️ {video call in 10?|vc after dinner?} || {yes!|yes} {let me get my charger|wait I'm in the kitchen, 5 min} || ok",
        "{Camera on na|turn your camera on} {I want to see you|I can't see you} || {my hair is a mess|I look terrible rn} 😭 || {you always look cute|stop it, you look fine} 😘 || fine fine {turning it on|1 sec}",
        "{good night|gn} {baby|jaan|love} ❤️ {sleep well|sweet dreams} || {good night|gn} {sweetheart|love}, {talk tomorrow|call me when you wake up} 😘",
        "{the network was so bad on the call|your video kept freezing} 😂 || {ya|yes} my {wifi|net} is {trash|so slow} today || {let's|we'll} try {again at 11|tomorrow morning} | {voice call then?|switch to voice call?}",
        "{wear the blue shirt|wear that red kurti} {when we meet on Sunday|for the dinner} 😍 || {ok madam|yes boss} 😂 || {sending you|sent} a pic from the {trial room|shop} || {perfect|love it} ❤️",
        "{did you reach home?|reached?} || {yes just now|yep}, {thanks for today|today was so nice} ❤️ || {same|me too} 🥰 {let's go again next week|I didn't want to leave} || {call me before you sleep|text me before sleeping}",
        "{why didn't you pick my call|you missed my video call} 😤 || {sorry|sorryyy} {was in a meeting|phone was on silent|I was driving} || {hmph|ok fine} {call now then|you owe me a long call} || calling 📞",
        "{send a selfie|send me a pic} {I miss your face|na} || <Media omitted> || {so cute|aww} 😍 {wallpaper material|saving this}",
        "{happy anniversary|happy 1 year} ❤️ {can't believe it's been a year|thank you for everything} || {happy anniversary my love|love you so much} 🥺❤️ {dinner at 8?|see you at 8}",
    ],
    "hl": [
        "aaj vc karein? || {haan|ha} {10 baje ke baad|khana khake} | aaj nahi yaar, {kal exam hai|ghar pe sab jag rahe hai} || ok {free hoke call karna|jab free ho bata dena} || pakka ❤️",
        "{bahut yaad aa rahi hai|miss kar rahi hu} 🥺 || {mujhe bhi|me too} jaan ❤️ video call karein? || {haan 5 min|ruko charger lagati hu} || ok",
        "camera on karo na {dekhna hai tumhe|shakal to dikhao} || {baal bikhre hue hai|abhi bahut ajeeb lag rahi hu} 😭 || {tum hamesha cute lagti ho|pagal kuch bhi} 😘 || acha ruko",
        "good night jaan ❤️ {so jao ab|jaldi so jana} || gn {baby|meri jaan}, kal subah call karna 😘",
        "{call pe awaaz kat rahi thi|video atak raha tha} 😂 || haan net bahut slow hai aaj || {11 baje try karte hai|kal karte hai phir} | {voice call kar lo|normal call karo}",
        "ghar pahunch gaye? || haan abhi, aaj ka din bahut achha tha ❤️ || {mujhe bhi|same} 🥰 agle hafte phir chalte hai",
        "{call kyun nahi uthaya|video call miss kar di} 😤 || sorry {meeting me tha|phone silent pe tha} || {hmph|chalo} abhi karo call || kar raha hu 📞",
        "ek selfie bhejo na || <Media omitted> || {kitni cute|haye} 😍 {wallpaper bana liya|save kar li}",
    ],
    "hi": [
        "आज वीडियो कॉल करें? || हाँ, खाना खाकर || ठीक है, फ्री होकर कॉल करना ❤️",
        "बहुत याद आ रही है 🥺 || मुझे भी ❤️ वीडियो कॉल करें? || हाँ पाँच मिनट में",
        "शुभ रात्रि जान ❤️ || शुभ रात्रि, कल सुबह बात करेंगे 😘",
        "कैमरा ऑन करो ना || अभी बाल बिखरे हुए हैं 😭 || तुम हमेशा अच्छी लगती हो 😘",
    ],
    "mr": [
        "आज व्हिडिओ कॉल करूया? || हो, जेवण झाल्यावर || ठीक आहे, फ्री झालास की कॉल कर ❤️",
        "खूप आठवण येतेय 🥺 || मलाही ❤️ व्हिडिओ कॉल करूया? || हो पाच मिनिटांत",
        "गुड नाईट ❤️ लवकर झोप || गुड नाईट, उद्या सकाळी बोलू 😘",
    ],
    "ml": [
        "aaj vc karuya? || ho, jevan jhalyavar || bara, free jhalas ki call kar ❤️",
        "khup athvan yetey 🥺 || malahi ❤️ video call karuya? || ho 5 min",
        "camera on kar na || ata kes vichitra ahet 😭 || tu nehmi chan distes 😘",
        "good night ❤️ lavkar jhop || gn, udya sakali bolu 😘",
    ],
}
LONG_DIST = {
    "en": [
        "{it's 3 am here|just woke up}, {what are you doing|you still up?} || {just finished work|having dinner}, {the time difference is killing me|12 hours apart is hard} 😩 || {vc on Saturday morning your time?|Sunday call fixed?} || {yes|always} ❤️",
        "{booked my tickets|flight is booked}! {landing on the 14th|coming in December} ✈️ || {WHAT|omg} {finally|yesss} 😭❤️ || {counting days now|only 23 days} || {I'll come to the airport|airport pickup is mine}",
        "{sent you a parcel|your gift is on the way} 🎁 {don't open before your birthday|tracking says Thursday} || {what is it|tell meee} 😍 || {surprise|no spoilers} 😌",
        "{our video calls are the best part of my week|I look forward to our calls all week} || {same|me too}, {even if the wifi is terrible|even with the lag} 😂",
    ],
    "hl": [
        "yahan raat ke 3 baje hai, tum kya kar rahe ho? || abhi office se aaya, time difference bahut pareshan karta hai 😩 || Saturday subah vc fix? || haan pakka ❤️",
        "ticket book ho gaya! 14 ko land karunga ✈️ || sach me?? finally 😭❤️ || bas 23 din || airport lene main aaungi",
        "tumhara gift bhej diya 🎁 birthday se pehle mat kholna || kya hai batao na 😍 || surprise hai 😌",
    ],
    "hi": ["यहाँ रात के तीन बजे हैं, तुम क्या कर रहे हो? || अभी ऑफिस से आया, समय का फर्क बहुत परेशान करता है || शनिवार को वीडियो कॉल पक्का? || हाँ ❤️"],
    "mr": ["इथे रात्रीचे तीन वाजलेत, तू काय करतोयस? || आत्ताच ऑफिसमधून आलो, टाइम डिफरन्स खूप त्रासदायक आहे || शनिवारी व्हिडिओ कॉल नक्की? || हो ❤️"],
}
GROUP_VC = {
    "en": [
        "{guys|people} group video call at {9|10} tonight? {it's been ages|need to catch up} || {in|I'm in} 🙋 | {can't|won't make it}, {night shift|family function} 😩 || {<n1> will be late as usual|someone tell <n1>} 😂 || {link?|who's making the call?} || {I'll call on WhatsApp|sending Meet link}: meet.google.com/{abc|qxr|tmv}-{defg|wpkz|hnjs}-{hij|ytu|bqe}",
        "{the call dropped|I got disconnected}, {add me again|call again} || {adding|added} || {<n1> your mic is on mute|<n1> unmute yourself} 😂 || {oops|sorry} || {can everyone see my screen?|can you guys see the slides?}",
        "{Sunday|Tonight} {family|cousins} video call, {Nani wants to see everyone|dadi is asking for everyone} || {ok|done}, {tell her I'll join at 7|I'll join from office} || {camera on everyone|keep cameras on} {she gets upset otherwise|she wants to see faces} 😂",
        "{screenshot from our call|took a screenshot of all of us on the call} 😂 // <Media omitted> || {delete this|why do I look like that} 😭 || {too late|already posted in the group} 😂 || {I'm leaving this group|hate you all} 😂",
    ],
    "hl": [
        "aaj raat 10 baje group video call? bahut time ho gaya || main hu 🙋 | nahi ho payega, shaadi me hu || <n1> hamesha late aata hai 😂 || main WhatsApp pe call karta hu",
        "call kat gaya, wapas add karo || add kar diya || <n1> tera mic mute hai 😂 || oops sorry",
        "Sunday family video call hai, nani sabko dekhna chahti hai || thik hai 7 baje join karunga || sab camera on rakhna warna naraz hongi 😂",
        "call ka screenshot 😂 // <Media omitted> || ye delete kar 😭 || late ho gaya, group me daal diya 😂",
    ],
    "hi": ["आज रात दस बजे ग्रुप वीडियो कॉल? || मैं हूँ 🙋 || मैं व्हाट्सऐप पर कॉल करता हूँ", "रविवार को परिवार का वीडियो कॉल है, नानी सबको देखना चाहती हैं || ठीक है, सात बजे जुड़ जाऊँगा"],
    "mr": ["आज रात्री दहा वाजता ग्रुप व्हिडिओ कॉल? || मी आहे 🙋 || मी व्हॉट्सॲपवर कॉल करतो", "रविवारी घरच्यांचा व्हिडिओ कॉल आहे, आजी सगळ्यांना बघायचं म्हणतेय || ठीक आहे, सातला जॉईन होतो"],
    "ml": ["aaj ratri 10 la group video call? || mi ahe 🙋 || mi WhatsApp var call karto", "call cut jhala, parat add kar || kela add || <n1> tujha mic mute ahe 😂"],
}
SPLIT = {
    "en": [
        "{Goa trip|Trip|Lonavala trip} total {came to|is} <big>. {each of us owes|per head it's} <amt> || {sending now|ok sending} || {send to|my UPI:} <upi> || {done|paid} ✅ {check|screenshot in group} || {received|got it}, thanks 👍",
        "{rent|Rent} {for this month|is due}, {your share is|you owe} <amt> {+ electricity|including wifi} || {will send by evening|can I pay on the 5th? salary day} || {sure|ok no rush} || {sent|done} on gpay 👍",
        "{who paid for dinner?|dinner bill?} || {me|I did}, <big> {total|for 6 people}. {split on Splitwise|added it on Splitwise} || {settled|paid my part} 👍 | {will pay tomorrow|bro remind me tomorrow}",
        "{can you send your UPI ID|what's your UPI}? {I'll pay for the tickets|for the movie tickets} || <upi> || {sent|done} <amt> || {got it|received} 🙏",
        "{the maid's salary|cook's payment} {this month|is} <amt>, {I paid|I'll pay} {in cash|via UPI} || {ok|cool} {I'll transfer my half|sending half to you} || {thanks|ty}",
        "{I paid the wifi bill|paid the electricity bill} <amt>. {everyone send|each send} {your share|your part} to <upi> || {done|sent} | {will send tonight|tonight pakka}",
        "{Payment failed|gpay showing pending} || {try again|try phonepe} || {done now|went through now} ✅ || {got it|yes received} 👍",
    ],
    "hl": [
        "Goa trip ka total <big> aaya, har ek ka <amt> || abhi bhejta hu || mera UPI <upi> || bhej diya ✅ || mil gaya thanks 👍",
        "is mahine ka rent, tera share <amt> light bill milake || shaam tak bhej dunga | 5 tarikh ko du? salary aayegi || thik hai koi jaldi nahi || gpay kar diya 👍",
        "dinner ka bill kisne diya? || maine, <big> total. splitwise pe daal diya || mera hissa bhej diya 👍",
        "apna UPI bhej, movie tickets ke paise deta hu || <upi> || bhej diya <amt> || aa gaya 🙏",
        "wifi ka bill <amt> bhar diya, sab apna hissa <upi> pe bhej do || bhej diya | raat ko pakka",
        "payment fail ho gaya || phir se try kar || ho gaya ab ✅ || haan aa gaya 👍",
    ],
    "hi": ["गोवा ट्रिप का कुल <big> आया, हर एक का <amt> || अभी भेजता हूँ || मेरा यूपीआई <upi> || भेज दिया ✅", "इस महीने का किराया, तुम्हारा हिस्सा <amt> || शाम तक भेज दूँगा || ठीक है"],
    "mr": ["ट्रिपचा एकूण खर्च <big> झाला, प्रत्येकी <amt> || आत्ता पाठवतो || माझा यूपीआय <upi> || पाठवले ✅", "या महिन्याचं भाडं, तुझा वाटा <amt> || संध्याकाळपर्यंत पाठवतो || ठीक आहे"],
    "ml": ["trip cha total <big> jhala, pratyeki <amt> || atta pathavto || majha upi <upi> || pathavle ✅", "light bill <amt> bharla, sagle apla share <upi> var pathva || pathavle"],
}
FAMILY_MONEY = {
    "en": [
        "{Papa|Dad|Pappa} {college fee is due on Friday|exam fee last date is Monday}, {it's|need} <big> || {ok beta|ok}, {I'll send tomorrow morning|will transfer after lunch} || {thank you papa|thanks dad} ❤️ || {sent|done}, {check|check your account} || {received|got it} 🙏",
        "{Mom|Mummy} can you send <amt>? {need to buy books|hostel mess bill|bus pass renewal} || {what happened to the money I sent last week?|again?} 😑 || {it was for the fees|that went in the project} 😅 || {ok sending|fine, sending}, {spend carefully|don't waste}",
        "{beta fees bhej do|beta, did you pay the fees?} {the school called|sir called today} || {haan papa|yes papa} {paying today online|will pay by evening} || {send me the receipt|share the receipt} || {sent|<Media omitted>}",
        "{bro|didi} {can you lend me|send me} <amt> {till Monday|for a week}? {my salary got delayed|stipend hasn't come} || {sure|ok}, {sending|sent} || {thanks|you're the best} 🙏",
        "{son|beta}, {I've sent|sent} <big> {for the rent|for the deposit}. {tell me when it reaches|confirm once received} || {received papa|got it}, thank you ❤️",
    ],
    "hl": [
        "papa {college fees|exam fees} friday tak bharni hai, <big> || thik hai beta, kal subah bhej dunga || thank you papa ❤️ || bhej diya, check kar || aa gaya 🙏",
        "mummy <amt> bhej do na, {books leni hai|mess ka bill hai} || pichhle hafte jo bheje the wo kahan gaye? 😑 || wo fees me chale gaye 😅 || acha bhejti hu, soch samajh ke kharch karna",
        "beta fees bhej do, school se phone aaya tha || haan papa aaj online bhar deta hu || receipt bhej dena || <Media omitted>",
        "papa paise bhejo na, <amt> chahiye || kis liye? || {project ka saman lena hai|trip hai college ki} || thik hai, shaam ko bhejta hu",
        "didi <amt> udhaar de do Monday tak, salary late hai || haan bhej rahi hu || thanks didi 🙏",
    ],
    "hi": ["पापा कॉलेज की फीस शुक्रवार तक भरनी है, <big> || ठीक है बेटा, कल सुबह भेज दूँगा || धन्यवाद पापा ❤️", "बेटा फीस भर दी क्या? || हाँ पापा आज ऑनलाइन भर दूँगा || रसीद भेज देना"],
    "mr": ["बाबा कॉलेजची फी शुक्रवारपर्यंत भरायची आहे, <big> || बरं, उद्या सकाळी पाठवतो || थँक्यू बाबा ❤️", "आई <amt> पाठव ना, पुस्तकं घ्यायची आहेत || मागच्या आठवड्यात पाठवलेले कुठे गेले? || फीमध्ये गेले 😅 || बरं पाठवते"],
    "ml": ["baba college chi fee shukravar paryant bharaychi ahe, <big> || bara, udya sakali pathavto || thank you baba ❤️", "aai <amt> pathav na, pustak ghyaychi ahet || bara pathavte, jara japun kharch kar"],
}
SHOP = {
    "en": [
        "{Bhaiya|Uncle|Hi}, {2 kg atta, 1 litre oil and 6 eggs|1 dozen bananas and bread|the usual order} {please|} {send home|deliver by 7} || {ok|sure} {madam|sir}, {<amt> total|bill is <amt>} || {payment done on gpay|paid on PhonePe} ✅ || {received|got it}, {boy is coming in 10 min|sending now} 👍",
        "{Is the blue kurti in M size available?|Do you have the Samsung charger?} || {yes available|only L left}, {price <amt>|<amt> final} || {ok keep it aside|I'll take it}. {can I pay by QR?|UPI ok?} || {yes scan the QR at counter|send to <upi>} || {paid|done}, {coming at 6|will pick up tomorrow}",
        "{Your order is ready|Cake is ready} {for pickup|}. {Balance|Remaining} <amt> || {paying now|will pay on pickup} || <Media omitted> || {thanks|payment received} 🙏",
        "{sir|Sir} {did the payment come?|check payment please} {it shows debited|money got cut} || {not yet showing|nothing received yet} || {sending screenshot|UTR no 4{1|2}0{3|7}1{2|9}88{5|6}12} || {ok received now|it came, server was slow} 👍",
        "{bhaiya|Uncle} {udhar|credit} {this month|till salary} {ok?|please} || {ok|theek hai}, {clear by 10th|write in khata} || thank you",
    ],
    "hl": [
        "bhaiya 2 kilo atta, 1 litre tel aur 6 ande ghar bhej do || ok madam, <amt> hua || gpay kar diya ✅ || mil gaya, ladka 10 min me aa raha hai 👍",
        "blue kurti M size hai? || haan hai, <amt> || side me rakh do, QR se pay kar du? || haan counter pe scan karo | <upi> pe bhej do || done, 6 baje aati hu",
        "bhaiya payment aaya kya? account se kat gaya || abhi tak nahi dikha || screenshot bhej raha hu || haan aa gaya, server slow tha 👍",
        "aapka cake ready hai, baaki <amt> || aate hi de dunga || thik hai 🙏",
    ],
    "hi": ["भैया दो किलो आटा, एक लीटर तेल भेज दो || ठीक है, <amt> हुआ || गूगल पे कर दिया ✅ || मिल गया 👍"],
    "mr": ["दादा दोन किलो पीठ, एक लिटर तेल घरी पाठवा || हो, <amt> झाले || जीपे केलं ✅ || मिळाले 👍"],
    "ml": ["dada 2 kilo pith ani 1 litre tel ghari pathva || ho, <amt> jhale || gpay kela ✅ || milale 👍"],
}
NEWS_WARN = {
    "en": [
        "{did you read|saw} {this news|the article} {about|on} {sextortion|the video call scam}? // {these gangs|they} {make fake profiles|pose as girls}, {video call you|call on WhatsApp}, {record it|screen-record} and then {blackmail for money|ask for money} || {yeah|ya} {my cousin's friend|a guy in my office} {got a call like that|went through it} 😳 || {scary|crazy} {stuff|}. {never pick up video calls from unknown numbers|don't accept random video calls} || {true|yes}. {and if it happens, don't pay, just report on 1930|don't pay even once, they keep asking}",
        "{bro be careful|careful yaar}, {there's a scam|there's a racket} where {girls|some 'girl'} {video calls you|adds you on insta and video calls} and {records you|records the call}, then {threatens to send it to your family|asks for money}. {if it ever happens don't pay, call 1930|never pay, block and report at <cyber>} || {whoa|oh} {ok thanks for telling|good to know} || {forwarding this in the hostel group|tell your brother too}",
        "{my uncle got a call|someone in our society got a call} {from a fake 'CBI officer'|from fake police} {asking for money|saying a parcel had drugs} || {that's the digital arrest scam|it's a known scam}. {police never do video call interrogations|real police won't ask for money on video call} || {yes|ya} {luckily he hung up|he called his son first and realised} 🙏",
        "{article says|news says} {sextortion cases|cyber fraud complaints} {went up|have doubled} {in our city|this year} || {people are too scared to report|most people don't report out of shame} || {the police say victims should not pay and should report quickly|they said call 1930 immediately, don't delete chats}",
        "{forwarded as received|FWD}: {Cyber police advisory|Advisory}: {Do not accept video calls from unknown numbers.|Beware of strangers on social media asking for video calls.} {If anyone threatens you with a recorded video, do not pay.|If someone blackmails you, do not pay money.} {Call 1930 or report at <cyber>.|Report at <cyber> or call 1930.} || {very useful|thanks for sharing} 👍 | {sharing with family|forwarded to mom}",
        "{did you see that guy on the news|watched the news?} who {lost|paid} {₹2 lakh|lakhs} to {blackmailers|sextortion gang}? || {yeah|ya} {so sad|terrible}. {if he'd just reported earlier|they kept asking more after every payment} || {that's why I told my younger brother|I told my cousin}: {never pay, just block and report|talk to us first, never panic}",
    ],
    "hl": [
        "ye news padhi? {sextortion|video call wala scam} // ladki ban ke video call karte hai, record karte hai, phir paise maangte hai blackmail karke || haan mere office me ek ladke ke saath hua tha 😳 || anjaan number se video call kabhi mat uthana || sahi. aur aisa ho to paise mat dena, 1930 pe call karna",
        "bhai dhyan rakhna, ek scam chal raha hai jisme ladki video call karti hai aur record kar leti hai, phir ghar walon ko bhejne ki dhamki deti hai. kabhi ho to paise mat dena, 1930 pe report karna || oh ok thanks bataya || hostel group me forward kar raha hu",
        "mere chacha ko fake CBI officer ka call aaya tha, parcel me drugs bol ke paise maang raha tha || ye digital arrest scam hai, police video call pe paise nahi maangti || haan shukr hai unhone phone kaat diya 🙏",
        "Forwarded: Cyber police ki salah - anjaan logon ki video call accept na kare. Koi recorded video se dhamkaye to paise na de. 1930 pe call kare ya <cyber> pe report kare || bahut useful hai 👍 | mummy ko bhi bhej diya",
        "news me dekha ek aadmi ne blackmailers ko 2 lakh de diye || haan, aur har payment ke baad aur maangte rahe || isliye bolta hu kabhi paise mat do, seedha report karo",
    ],
    "hi": [
        "ये खबर पढ़ी? वीडियो कॉल करके रिकॉर्ड करते हैं और फिर पैसे माँगते हैं || हाँ, डरावना है। अनजान नंबर से वीडियो कॉल मत उठाना || और ऐसा हो तो पैसे मत देना, 1930 पर कॉल करना",
        "साइबर पुलिस की सलाह: अनजान लोगों की वीडियो कॉल स्वीकार न करें। कोई धमकाए तो पैसे न दें, 1930 पर कॉल करें या <cyber> पर शिकायत करें || बहुत काम की बात है 👍",
    ],
    "mr": [
        "ही बातमी वाचली का? व्हिडिओ कॉल करून रेकॉर्ड करतात आणि मग पैसे मागतात || हो, भयानक आहे. अनोळखी नंबरवरून व्हिडिओ कॉल उचलू नको || आणि असं झालं तर पैसे देऊ नको, १९३० ला कॉल कर",
        "सायबर पोलिसांचा सल्ला: अनोळखी लोकांचे व्हिडिओ कॉल स्वीकारू नका. कोणी धमकी दिली तर पैसे देऊ नका, १९३० वर कॉल करा || खूप उपयोगी आहे 👍",
    ],
    "ml": ["hi news vachli ka? video call karun record kartat ani mag paise magtat || ho, anolkhi number varun video call uchlu nako || ani asa jhala tar paise deu nako, 1930 la call kar"],
}
AWARE_SOLO = {
    "en": [
        "{Cyber Dost|Cyber Cell|Police} {advisory|alert}: {Never share OTP, PIN or CVV with anyone.|Bank never asks for your OTP.} {No bank official will call you for KYC.|Do not click on unknown links.} {Report fraud at 1930.|Report cyber fraud at <cyber> or call 1930.}",
        "{Be alert!|Stay safe online.} {Do not accept video calls from unknown numbers.|Strangers on social media may record video calls to blackmail.} {If threatened, do not pay. Save the chats and call 1930.|Never pay blackmailers; report at <cyber>.}",
        "{RBI says|RBI kehta hai}: {Receiving money never needs a UPI PIN.|You never need to enter your PIN to receive money.} {Stay alert, stay safe.|Jaankar baniye, satark rahiye.}",
        "{Beware of|Alert:} {'digital arrest' calls|calls from fake police/CBI officers}. {No agency arrests anyone over video call.|Police will never ask you to transfer money for verification.} {Disconnect and call 1930.|Report at <cyber>.}",
        "{Dear customer|Dear Customer}, {we will never ask for your OTP, password or card details over call, SMS or email.|never share your OTP with anyone, including bank staff.} {-<bank>|- <bank>}",
        "{Beware of|Alert: avoid} {fake job offers asking for registration fees.|'like and earn' task offers on Telegram.} {No genuine company charges a fee to hire you.|If it sounds too good to be true, it is.} {Report at <cyber>.|Helpline 1930.}",
    ],
    "hl": [
        "Cyber police alert: OTP, PIN ya CVV kisi ke saath share na kare. Bank kabhi OTP nahi maangta. Fraud ki report 1930 pe kare.",
        "Savdhan rahe! Anjaan number se video call accept na kare. Koi dhamkaye to paise na de, chat save kare aur 1930 pe call kare.",
        "Paise receive karne ke liye kabhi UPI PIN nahi lagta. Satark rahe.",
        "Digital arrest naam ki koi cheez nahi hoti. Police video call pe paise nahi maangti. Call kaat ke 1930 pe report kare.",
    ],
    "hi": ["साइबर पुलिस चेतावनी: ओटीपी, पिन या सीवीवी किसी से साझा न करें। बैंक कभी ओटीपी नहीं माँगता। धोखाधड़ी की शिकायत 1930 पर करें।", "सावधान! अनजान नंबर से वीडियो कॉल स्वीकार न करें। कोई धमकाए तो पैसे न दें और 1930 पर कॉल करें।", "डिजिटल अरेस्ट जैसी कोई चीज़ नहीं होती। पुलिस वीडियो कॉल पर पैसे नहीं माँगती।"],
    "mr": ["सायबर पोलीस सूचना: ओटीपी, पिन किंवा सीव्हीव्ही कोणालाही सांगू नका. बँक कधीही ओटीपी मागत नाही. फसवणुकीची तक्रार १९३० वर करा.", "सावधान! अनोळखी नंबरवरून आलेले व्हिडिओ कॉल स्वीकारू नका. कोणी धमकी दिली तर पैसे देऊ नका, १९३० वर कॉल करा."],
    "ml": ["Cyber police suchna: OTP, PIN konalahi sangu naka. Bank kadhihi OTP magat nahi. Takrar 1930 var kara."],
}
JOKE_PHOTO = {
    "en": [
        "{I have your sleeping photo from the trip|Found your sleeping pic from the trip} 😂 {posting it in the group|going in the family group} {unless you buy samosas|unless you get me a cold coffee} || {don't you dare|NOOO} 😭 || {5 samosas|2 cold coffees} {and it stays deleted|and I forget it exists} 😂 || {fine|ok ok} {blackmailer|you menace} 😂 {tomorrow in canteen|after class}",
        "{this photo of you eating pizza|this pic with your mouth open} is going viral in our {batch group|cousin group} 😂 || {who sent it|delete it right now} 😭 || {too late|already 40 people saw} 😂 || {I'll post your dance video from the wedding then|wait till I post your old school photo} 😤",
        "{if you don't return my hoodie|if you skip my birthday} {I'm putting your baby photo as the group DP|your childhood photo goes on my story} 😂 || {you wouldn't|mummy will kill you} 😭 || {try me|watch me} 😌 || {ok ok|fine} {returning it tomorrow|I'll come} 🙄",
        "{happy birthday|HBD} {idiot|bro} 🎂 {posting your worst photos on my story today|your embarrassing pics are on my story} 😂 || {thanks I hate it|why are you like this} 😭❤️",
    ],
    "hl": [
        "trip wali teri soti hui photo mere paas hai 😂 group me daal dunga agar samose nahi khilaye to || khabardaar 😭 || 5 samose aur photo delete 😂 || thik hai blackmailer 😂 kal canteen me",
        "teri pizza khate hue photo batch group me viral ho gayi 😂 || kisne bheji? delete kar abhi 😭 || late ho gaya, 40 logo ne dekh li 😂 || ruk teri shaadi wali dance video daalta hu 😤",
        "hoodie wapas nahi ki to teri bachpan ki photo group DP bana dunga 😂 || himmat hai? 😭 || try karke dekh 😌 || acha kal de dunga 🙄",
        "happy birthday pagal 🎂 aaj teri sabse bekaar photos story pe 😂 || kyun aisa karta hai 😭❤️",
    ],
    "hi": ["ट्रिप वाली तेरी सोती हुई फोटो मेरे पास है 😂 समोसे नहीं खिलाए तो ग्रुप में डाल दूँगा || खबरदार 😭 || पाँच समोसे और फोटो डिलीट 😂"],
    "mr": ["ट्रिपमधला तुझा झोपलेला फोटो माझ्याकडे आहे 😂 वडापाव नाही दिलास तर ग्रुपवर टाकतो || खबरदार 😭 || दोन वडापाव आणि फोटो डिलीट 😂"],
    "ml": ["trip madhla tujha jhoplela photo majhyakade ahe 😂 vadapav nahi dilas tar group var takto || khabardar 😭 || don vadapav ani photo delete 😂"],
}
SHOOT = {
    "en": [
        "Hi {<n1>|}, {this is|I'm} <n2>, {the photographer|from the studio}. {For Saturday's shoot|For the brand shoot} {please bring 3 outfits|bring one ethnic and two western outfits} || {sure|ok}! {what colours work best?|any colour preference?} || {pastels and one bold red|avoid white, it blows out in sunlight} || {ok noted|got it}. {location?|where are we shooting?} || {<place>, 7 am for golden light|the studio in Baner, 10 am}",
        "{Advance for the shoot|Booking advance} is <amt>, {rest after delivery of photos|balance on the day}. {UPI:|you can pay to} <upi> || {sent the advance|paid} ✅ || {received, thanks|got it}! {see you Saturday|makeup artist will be there by 9}",
        "{the edited photos are ready|sending the final edits} 📸 {drive link:|check the link} drive.google.com/{folder|drive}/{1xK|9Qa|4Tz}{b2L|mW7|pR3} || {omg these are so good|love them} 😍 {can I post them on insta?|can I use them for my portfolio?} || {sure, just tag the studio|yes, please credit me}",
        "{for the pre-wedding shoot|for the maternity shoot} {we'll need the permit for the fort|I'll check the venue permission} || {ok|sure}, {how many hours?|what about travel?} || {about 4 hours|I'll cover travel}, {total package <big>|<big> all inclusive}",
    ],
    "hl": [
        "Hi, main <n2> photographer. Saturday ke shoot ke liye 3 outfits le aana || thik hai! kaunse colour? || pastel aur ek red, white mat lana || ok. location? || <place>, subah 7 baje",
        "shoot ka advance <amt> hai, baaki photos milne ke baad. UPI: <upi> || advance bhej diya ✅ || mil gaya thanks! Saturday milte hai",
        "edited photos ready hai 📸 drive link bhej raha hu || wow bahut achhe hai 😍 insta pe daal du? || haan bas studio ko tag karna",
    ],
    "hi": ["नमस्ते, मैं फोटोग्राफर <n2>। शनिवार के शूट के लिए तीन ड्रेस ले आइए || ठीक है! जगह? || <place>, सुबह सात बजे"],
    "mr": ["नमस्कार, मी फोटोग्राफर <n2>. शनिवारच्या शूटसाठी तीन ड्रेस घेऊन या || ठीक आहे! लोकेशन? || <place>, सकाळी सात वाजता"],
    "ml": ["Namaskar, mi photographer <n2>. Shanivarchya shoot sathi 3 outfits gheun ya || ok! location? || <place>, sakali 7 la"],
}
COUNSEL = {
    "en": [
        "{Hi, I'm|Hello, this is} <n2> from the {helpline|support team}. {You're safe to talk here.|Take your time.} {Can you tell me what happened?|What happened?} || {someone I met online video called me|a girl I met on Instagram video called me} and {recorded it|now says she recorded the call}. {they want <big>|they're asking for money} {or they'll send it to my family|and threatening to send it to my friends} 😞 || {I'm really sorry you're going through this. It is not your fault.|Thank you for telling me. This is a crime against you, not your fault.} {Please don't pay anything|Don't send any money}, {paying usually leads to more demands|they almost always ask for more}. || {but what if they send it|I'm so scared they'll post it} || {Most of the time they move on when they don't get money.|Block them on every app and make your accounts private.} {Take screenshots of the chats and their number first|Save the profile link, number and UPI ID they gave}, {then report at <cyber> or call 1930|then we'll help you file a report at <cyber>}.",
        "{Have you told anyone you trust?|Is there someone at home you trust?} || {no|not yet}, {I'm too embarrassed|I can't tell my parents} || {That's understandable.|I hear you.} {You did nothing wrong.|You are the victim here.} {If they contact your friends, a short message that your account was targeted by scammers is enough.|Platforms remove such content quickly if it's reported.} || {ok|thank you}, {I'll block them now|I'll report today} || {You're doing the right thing.|Good.} {Message here anytime, day or night.|We'll check in with you tomorrow.}",
    ],
    "hl": [
        "Namaste, main helpline se <n2>. Aap yahan safely baat kar sakte ho. Kya hua batao? || ek ladki ne insta pe video call kiya aur ab bol rahi hai record kiya hai, <big> maang rahi hai warna ghar walon ko bhejegi 😞 || Ye aapki galti nahi hai. Please koi paisa mat dena, dene se demand badhti hai. || par agar bhej diya to? || Zyada tar paisa na milne pe chhod dete hai. Pehle chat ke screenshot aur number save karo, phir block karo aur 1930 pe call ya <cyber> pe report karo.",
        "Kisi bharose wale ko bataya? || nahi, sharam aa rahi hai || Samajh sakte hai. Aapne kuch galat nahi kiya. Account private kar lo, sab jagah block karo. || ok thank you, aaj hi report karta hu || Bilkul sahi. Kabhi bhi yahan message kar sakte ho.",
    ],
    "hi": ["नमस्ते, मैं हेल्पलाइन से <n2>। क्या हुआ बताइए? || किसी ने वीडियो कॉल रिकॉर्ड कर ली और पैसे माँग रहा है, वरना घरवालों को भेजने की धमकी दे रहा है 😞 || यह आपकी गलती नहीं है। कोई पैसा मत दीजिए। चैट के स्क्रीनशॉट रखिए, ब्लॉक कीजिए और 1930 पर कॉल कीजिए।"],
    "mr": ["नमस्कार, मी हेल्पलाइनमधून <n2>. काय झालं सांगा? || कोणीतरी व्हिडिओ कॉल रेकॉर्ड केला आणि पैसे मागतोय, नाहीतर घरच्यांना पाठवण्याची धमकी देतोय 😞 || ही तुमची चूक नाही. पैसे अजिबात देऊ नका. स्क्रीनशॉट ठेवा, ब्लॉक करा आणि १९३० वर कॉल करा."],
}
GOT_THREAT = {
    "en": [
        "{bro|yaar} {I need help|something bad happened} 😰 {I got a message from some random account|some girl from insta video called me last night} and {now they're saying they'll send a video to my contacts|now she's asking for money} || {ok calm down|breathe}. {did you pay anything?|have you sent them money?} || {no|not yet} || {good. don't pay|don't pay at all}. {screenshot everything, block them, and report at <cyber>|save the number and chat, then call 1930}. {I'll come over|want me to come with you to the cyber cell?} || {ok|yes please} 🙏 {thanks bro|thank you}",
        "{I got this weird message|got a threatening msg} {saying they have my photos|saying they hacked my account} {and want money|and I should pay in bitcoin} 😟 || {that's a common spam email|it's a scam mail}, {they send it to thousands of people|they don't have anything}. {don't reply|just delete it} and {change your password|turn on 2FA} || {phew|ok} {thanks|thank god}",
        "{someone made a fake account with my DP|there's a fake profile using my photos} {and is messaging my friends|asking people for money} || {report the profile|report it as impersonation} {and ask everyone to report too|and post a story saying it's fake} || {done|ok doing it}. {should I go to police?|should I complain?} || {yes, file on <cyber> too|yes, it's simple online}",
    ],
    "hl": [
        "bhai help chahiye 😰 ek ladki ne kal raat insta se video call kiya aur ab bol rahi hai video contacts ko bhej degi, paise maang rahi hai || shaant ho ja. paise diye kya? || nahi abhi tak || accha hai, bilkul mat dena. screenshot le, block kar aur 1930 pe call kar. main aata hu, saath me cyber cell chalte hai || ok bhai 🙏 thanks",
        "ek ajeeb mail aaya hai, bol rahe hai account hack kiya aur bitcoin me paise do 😟 || ye common scam mail hai, hazaaron logon ko bhejte hai. reply mat kar, password badal de || ok thank god",
        "kisi ne meri DP lagake fake account banaya hai aur dosto se paise maang raha hai || profile report kar aur story daal ki fake hai || kar diya. police complaint karu? || haan <cyber> pe online kar de",
    ],
    "hi": ["भाई मदद चाहिए 😰 किसी ने वीडियो कॉल के बाद धमकी दी है कि वीडियो सबको भेज देगा, पैसे माँग रहा है || शांत हो जा। पैसे दिए क्या? || नहीं || बिल्कुल मत देना। स्क्रीनशॉट ले, ब्लॉक कर और 1930 पर कॉल कर"],
    "mr": ["भावा मदत हवीय 😰 कोणीतरी व्हिडिओ कॉलनंतर धमकी दिलीय की व्हिडिओ सगळ्यांना पाठवेल, पैसे मागतोय || शांत हो. पैसे दिलेस का? || नाही || अजिबात देऊ नको. स्क्रीनशॉट घे, ब्लॉक कर आणि १९३० ला कॉल कर"],
    "ml": ["bhava madat haviye 😰 konitari video call nantar dhamki dilie, paise magtoy || shant ho. paise dilas ka? || nahi || ajibat deu nako. screenshot ghe, block kar ani 1930 la call kar"],
}
NOTIF = {
    "en": [
        "{did you get an OTP just now?|check your phone, an OTP came?} {I'm logging into|trying to log into} {Netflix|the Amazon account|the family Hotstar} {on the TV|on my laptop} || {yes|ya} <otp> || {got it, thanks|in, thanks} 👍",
        "{mom|Mummy} {I ordered groceries to home|ordered your medicines}, {delivery guy will ask for an OTP|he'll need the OTP}, {it's on your phone|I've forwarded it to you} || {ok beta|ok}, {he's here|he came} || {give him the 4 digit code|tell him the code from the SMS} || {done|got the packet} 👍",
        "{your Flipkart parcel came|parcel came for you}, {I took it|kept it with the watchman} || {thanks!|oh nice} {was it prepaid?|did you have to pay?} || {yes prepaid|paid <amt> cash on delivery, return it to me} 😂",
        "{salary credited|got the salary credit msg} 🥳 || {party tonight then|treat due} 😂 || {after rent and EMI|after the credit card bill} {nothing left|I'm broke again} 😭",
        "{bank sent a msg|got an SMS} that {my card was used|₹<amt> was debited}, {was that you?|did you pay something?} || {yes I paid the electricity bill|oh that was the gas cylinder}, {sorry forgot to tell|forgot to tell} || {ok phew|ok fine}",
    ],
    "hl": [
        "abhi OTP aaya kya? TV pe Netflix login kar raha hu || haan <otp> || ho gaya thanks 👍",
        "mummy dawai order ki hai, delivery wala OTP maangega, aapke phone pe aayega || ok beta, aa gaya wo || SMS wala code bata do || de diya 👍",
        "tera parcel aaya tha, watchman ke paas rakha hai || thanks! prepaid tha na? || haan prepaid",
        "bank ka msg aaya <amt> debit hua, tune kiya kya? || haan light bill bhara, batana bhool gaya || acha theek hai",
        "salary aa gayi 🥳 || party do phir 😂 || rent aur EMI ke baad kuch nahi bachta 😭",
    ],
    "hi": ["अभी ओटीपी आया क्या? टीवी पर लॉगिन कर रहा हूँ || हाँ <otp> || हो गया धन्यवाद 👍", "बैंक का मैसेज आया <amt> कटे, तुमने किया क्या? || हाँ बिजली का बिल भरा || ठीक है"],
    "mr": ["आत्ता ओटीपी आला का? टीव्हीवर लॉगिन करतोय || हो <otp> || झालं थँक्स 👍", "बँकेचा मेसेज आला <amt> कापले, तू केलंस का? || हो लाईट बिल भरलं || बरं"],
    "ml": ["atta OTP ala ka? TV var login kartoy || ho <otp> || jhala thanks 👍"],
}
NOTIF_SMS = [
    "Your OTP for login is <otp>. Do not share it with anyone. -{SBI|HDFC Bank|ICICI Bank}",
    "{Rs.|INR }<amt>{.00|} debited from A/c XX{4521|7781|0923} on {12-03|04-11|28-06} to VPA <upi2>. Not you? Call 1800{111|222|425}{109|3333|1122}. -{SBI|HDFC Bank|Axis Bank}",
    "Your order #{40|12|88}{1|2|3}{7812|0455|9301} has been shipped and will be delivered by {Tuesday|tomorrow|Friday}. Track: {amzn.in|fkrt.it}/{t|d}/{x9K2|pQ7a|Lm4r}",
    "<otp> is your OTP to verify your mobile number. Valid for 10 minutes. Do not share.",
    "Dear Customer, your electricity bill of <amt> for {March|June|October} is generated. Due date {15th|20th}. Pay via the official app or website. Ignore if paid.",
    "Your {Swiggy|Zomato} order is out for delivery! Share OTP <otp4> with the delivery partner only at your doorstep.",
    "Salary of INR {38,500|52,000|27,800}.00 credited to your A/c XX{4521|7781|0923}. Avl Bal INR {41,202|60,118|29,004}.{15|80|00}",
    "Recharge of <amt> successful for {9|8|7}{8|9|0}XXXXX{12|45|90}. Validity 28 days. Thank you.",
    "Your appointment with Dr. {Mehta|Kulkarni|Iyer} is confirmed for {10:30 AM|5:00 PM} on {Monday|Thursday}. Reply C to cancel.",
    "Your {PNR|ticket} {2|4|8}{4|1|6}{5|9|2}-{1|7}{3|8}{0|2}{9|4}{6|1}{1|5}: {CNF|RAC 12|WL 4} {S4 23|B2 41|-}. Happy journey.",
]
LANDLORD = {
    "en": [
        "{Hi uncle|Hello sir}, {I'm vacating on the 30th|we're moving out next month}. {when will I get the deposit back?|please confirm the deposit refund} || {ok|noted}. {I'll inspect the flat first|after inspection}, {painting charges will be cut|₹5,000 for painting will be deducted} || {but the agreement says normal wear and tear is fine|the walls were like that when we came} 😕 || {ok we'll see|let's discuss when I come}. {balance by the 5th|I'll transfer the rest by the 5th} || {please send to <upi>|account details same as before}",
        "{Rent for <month> sent|sent the rent} ✅ <big> || {received, thanks|got it}. {also the maintenance is due|society maintenance <amt> this quarter} || {ok will pay with next rent|sending now}",
        "{the geyser stopped working|kitchen tap is leaking} {again|since yesterday} || {I'll send the plumber tomorrow|call the electrician, I'll pay} || {thanks uncle|ok, bill I'll send you} 🙏",
        "{Sir the new tenant agreement|the rent agreement} {needs to be renewed|expires this month} || {yes|ok}, {rent will be increased by 5%|same rent, just renew} || {ok|fine}, {police verification form also?|I'll submit the police verification form again}",
    ],
    "hl": [
        "uncle 30 tarikh ko flat khali kar raha hu, deposit kab milega? || pehle flat dekhunga, painting ke 5000 katenge || par agreement me to normal wear and tear likha hai 😕 || acha dekhte hai, 5 tarikh tak baaki bhej dunga",
        "is mahine ka rent bhej diya ✅ <big> || mil gaya. maintenance bhi due hai <amt> || ok agle rent ke saath de dunga",
        "geyser phir kharab ho gaya || kal plumber bhejta hu || thanks uncle 🙏",
        "rent agreement renew karna hai is mahine || haan, police verification form bhi bharna padega || ok",
    ],
    "hi": ["अंकल तीस तारीख को फ्लैट खाली कर रहा हूँ, डिपॉज़िट कब मिलेगा? || पहले फ्लैट देखूँगा, फिर पाँच तारीख तक भेज दूँगा || ठीक है"],
    "mr": ["काका तीस तारखेला फ्लॅट सोडतोय, डिपॉझिट कधी मिळेल? || आधी फ्लॅट बघतो, मग पाच तारखेपर्यंत पाठवतो || ठीक आहे"],
    "ml": ["kaka 30 tarkhela flat sodtoy, deposit kadhi milel? || adhi flat baghto, mag 5 tarkhe paryant pathavto || theek ahe"],
}
DEBT = {
    "en": [
        "{bro|dude} {return my 2k when you can|you still owe me 2k} {no rush|} || {yes yes|sorry man}, {salary on 1st, will send|sending by Friday pakka} 🙏 || {cool|ok}",
        "{hey|oi} {remember the <amt> for the concert tickets?|you owe me <amt> from Goa} 😂 || {ugh yes|I know I know} {sending now|give me till Sunday} || {take your time|no stress, just reminding}",
        "{sent the 2k|returned your money} ✅ {we're even now|debt cleared} 😂 || {finally|haha thanks}, {I was about to send a legal notice|my accountant was worried} 😂",
    ],
    "hl": [
        "bhai mere 2k wapas kar de jab ho sake || haan haan, 1 tarikh ko salary aate hi bhejta hu 🙏 || chal thik hai",
        "yaad hai concert tickets ke <amt>? 😂 || haan yaar, Sunday tak de dunga || koi tension nahi, bas yaad dila raha tha",
        "2k bhej diye ✅ hisaab barabar 😂 || finally, legal notice bhejne wala tha 😂",
    ],
    "hi": ["भाई मेरे दो हज़ार वापस कर देना जब हो सके || हाँ, एक तारीख को भेजता हूँ 🙏 || ठीक है"],
    "mr": ["भावा माझे दोन हजार परत कर जमेल तेव्हा || हो हो, एक तारखेला पगार आला की पाठवतो 🙏 || बरं"],
    "ml": ["bhava majhe 2k parat kar jamel tevha || ho, 1 tarkhela pagar ala ki pathavto 🙏 || bara"],
}
SUPPORT = {
    "en": [
        "{Hi, I ordered a phone|Hello, my order} {and received the wrong colour|hasn't arrived yet} {order id|Order ID} OD{4|1|8}{2|9}{3|7}{55|81|06}{10|44} || Hi, thanks for reaching out to {<brand>|<brand> support}. {I'm sorry for the trouble.|Sorry about this.} {I've raised a replacement request.|Let me check the status for you.} || {how long will it take?|when will I get it?} || {You'll get a pickup in 2-3 days, and the refund goes to the original payment method.|It should be delivered by Thursday.} {We'll never ask for your OTP or PIN.|Is there anything else I can help with?} || {no that's all, thanks|ok thanks}",
        "{my payment got deducted but booking failed|money was debited twice} || {Sorry about that.|We apologise.} {The amount will be auto-refunded to your source account in 5-7 working days.|A refund has been initiated, reference RF{2|8}{4|1}{09|77}{3|5}.} || {ok|fine}, {will wait|thanks}",
    ],
    "hl": [
        "Hi, maine phone order kiya tha, galat colour aaya hai || Hi, sorry for the trouble. Replacement request raise kar di hai || kitne din lagenge? || 2-3 din me pickup hoga, refund original payment method me aayega || ok thanks",
        "paise kat gaye par booking fail ho gayi || Sorry. 5-7 working days me refund apne aap aa jayega || ok thik hai",
    ],
    "hi": ["नमस्ते, मेरा ऑर्डर अभी तक नहीं आया || असुविधा के लिए खेद है। गुरुवार तक पहुँच जाएगा || ठीक है धन्यवाद"],
    "mr": ["नमस्कार, माझी ऑर्डर अजून आली नाही || गैरसोयीबद्दल क्षमस्व. गुरुवारपर्यंत पोहोचेल || ठीक आहे धन्यवाद"],
}
COLLEGE = {
    "en": [
        "{did sir upload the notes?|anyone has the DBMS notes?} || {yes check classroom|sending pdf} // <Media omitted> || {lifesaver|thanks} 🙏 || {exam is on Monday right?|viva is tomorrow?} || {yes 10 am|no, postponed to Thursday}",
        "{assignment submission is tonight 11:59|lab record due tomorrow} 😭 || {I haven't even started|same, not started} || {let's do a video call and finish together|come to the library at 4} || {ok|bet}",
        "{results are out|marks uploaded on portal}!! || {don't tell me mine|I'm scared to check} 😭 || {you passed everything|you got an A in maths} 🎉 || {no way|omg} 😭❤️",
        "{fees last date is 15th|scholarship form deadline is Friday} {don't forget|} || {thanks for reminding|oh no I forgot}, {papa will pay online tonight|will fill today}",
    ],
    "hl": [
        "sir ne notes upload kiye kya? || haan classroom pe dekh || thanks 🙏 exam Monday hai na? || haan 10 baje",
        "assignment aaj raat 11:59 tak submit karna hai 😭 || maine shuru bhi nahi kiya || video call pe saath me karte hai || ok",
        "result aa gaya!! || mat batao mera 😭 || sab pass hai tu 🎉 || sach me 😭❤️",
    ],
    "hi": ["सर ने नोट्स डाले क्या? || हाँ देख ले || धन्यवाद, परीक्षा सोमवार को है ना? || हाँ दस बजे"],
    "mr": ["सरांनी नोट्स टाकल्या का? || हो बघ || थँक्स, परीक्षा सोमवारी आहे ना? || हो दहा वाजता"],
    "ml": ["sir ni notes takle ka? || ho bagh || thanks, exam somvari ahe na? || ho 10 la"],
}
MARKET = {
    "en": [
        "Hi, {is the|saw your ad for the} <item> {still available?|on the marketplace} || {yes|Yes it is}. {<amt> fixed|asking <amt>, slightly negotiable} || {can I come see it today?|can I check it in the evening?} || {sure, after 6|yes, come to <place>} || {ok|done}. {I'll pay by UPI on the spot after checking|will bring cash} || 👍",
        "{reached|I'm downstairs} || {coming|2 min} || {checked, all good|works fine}. {paying now|sent <amt>} ✅ || {received|got it}, {thanks|enjoy it} 🙏",
    ],
    "hl": [
        "Hi, <item> abhi available hai? || haan, <amt> fixed || aaj dekhne aa sakta hu? || haan 6 baje ke baad || ok, dekh ke wahi UPI kar dunga || 👍",
        "neeche aa gaya || aa raha hu 2 min || sab sahi hai, <amt> bhej diye ✅ || mil gaya thanks 🙏",
    ],
    "hi": ["नमस्ते, <item> अभी उपलब्ध है? || हाँ, <amt> || आज देखने आ सकता हूँ? || हाँ छह बजे के बाद"],
    "mr": ["नमस्कार, <item> अजून आहे का? || हो, <amt> || आज बघायला येऊ का? || हो सहानंतर या"],
    "ml": ["Namaskar, <item> ajun ahe ka? || ho, <amt> || aaj baghayla yeu ka? || ho 6 nantar ya"],
}
RECRUIT = {
    "en": [
        "Hi <n1>, I'm <n2> from {the talent team at|HR,} <company>. {We saw your profile on LinkedIn|Your application for the <role> role was shortlisted}. {Are you open to a quick call tomorrow?|Would you be available for a video interview on Thursday?} || {Hi, yes sure|Yes, thank you}! {what time works?|after 2 pm works for me} || {I'll send a calendar invite for 3 pm.|Sending the invite now.} {It's a 45 minute technical round on video call.|Please keep your camera on and have a stable connection.} || {great, thanks|sounds good} 🙏",
        "{Congratulations! We're happy to extend an offer.|You've cleared all rounds, congrats!} {The offer letter is on your email.|HR will share the offer letter today.} || {thank you so much!|that's great news} {is there any joining fee?|what are the next steps?} || {No, there are no fees at any stage.|Just sign and upload your documents on the portal.}",
    ],
    "hl": [
        "Hi <n1>, main <n2> <company> HR se. Aapka profile shortlist hua hai. Kal video interview ke liye free ho? || haan ji, 2 baje ke baad || 3 baje ka invite bhej rahi hu, camera on rakhna aur net achha hona chahiye || ok thank you 🙏",
    ],
    "hi": ["नमस्ते <n1>, मैं <company> एचआर से <n2>। कल वीडियो इंटरव्यू के लिए उपलब्ध हैं? || हाँ, दो बजे के बाद || ठीक है, इनवाइट भेज रही हूँ"],
    "mr": ["नमस्कार <n1>, मी <company> एचआरमधून <n2>. उद्या व्हिडिओ इंटरव्ह्यूसाठी वेळ आहे का? || हो, दोननंतर || ठीक आहे, इनवाइट पाठवते"],
}
FAMILY_VC = {
    "en": [
        "{beta|Beta} {video call karo|call on video} {Nani wants to see the baby|dadi wants to see you} || {in 10 min|after lunch}, {setting up the laptop|phone is charging} || {camera is upside down again|we can only see your forehead} 😂 || {fixed|better now?}",
        "{Mom|Mummy} {turn on your camera|press the video button}, {the green one|not the red one} 😂 || {I pressed it|it's not working} || {now we can see you|there you are}! 🥰",
    ],
    "hl": [
        "beta video call karo, nani baby ko dekhna chahti hai || 10 min me karta hu, phone charge ho raha hai || camera ulta hai phir se 😂 || ab theek hai?",
        "mummy camera on karo, hara wala button 😂 || daba diya, nahi chal raha || ab dikh rahi ho! 🥰",
    ],
    "hi": ["बेटा वीडियो कॉल करो, नानी बच्चे को देखना चाहती हैं || दस मिनट में करता हूँ || कैमरा उल्टा है फिर से 😂"],
    "mr": ["बाळा व्हिडिओ कॉल कर, आजीला बाळाला बघायचंय || दहा मिनिटांत करतो || कॅमेरा उलटा आहे परत 😂"],
    "ml": ["bala video call kar, ajila balala baghaychay || 10 min madhe karto || camera ulta ahe parat 😂"],
}
VIRAL = {
    "en": [
        "{did you see that viral video|that video going viral} {of the dog riding a scooter|of the uncle dancing at the wedding}? 😂 || {yesss|I've watched it 10 times} 😂😂 || {sending you the reel|check insta} // <Media omitted> || 🤣🤣",
        "{our college fest video went viral|the reel we made got 2 lakh views} 🔥 || {WHAT|no way} || {check insta|everyone is sharing it} || {we're famous now|autographs later} 😎",
        "{this news is going viral|everyone is forwarding this}, {is it true?|is it real?} || {no, it's fake|it's old news}, {check before forwarding|PIB fact-checked it} || {ok|oh} {deleting|won't forward}",
    ],
    "hl": [
        "wo viral video dekha? scooter chalane wala kutta 😂 || haan 10 baar dekh liya 😂😂 || reel bhej raha hu // <Media omitted> || 🤣🤣",
        "hamare fest ki reel viral ho gayi 🔥 2 lakh views || kya baat hai || ab hum famous hai 😎",
        "ye news viral ho rahi hai, sach hai kya? || nahi fake hai, forward karne se pehle check karo || acha delete karta hu",
    ],
    "hi": ["वो वायरल वीडियो देखा? 😂 || हाँ दस बार देख लिया 😂", "ये खबर वायरल हो रही है, सच है क्या? || नहीं, फर्जी है"],
    "mr": ["तो व्हायरल व्हिडिओ पाहिलास का? 😂 || हो दहा वेळा पाहिला 😂", "ही बातमी व्हायरल होतेय, खरी आहे का? || नाही, खोटी आहे"],
    "ml": ["to viral video pahilas ka? 😂 || ho 10 veles pahila 😂"],
}

# ---------------------------------------------------------------------------
# everyday chats
# ---------------------------------------------------------------------------

EVERY = {
    "plans": {
        "en": [
            "{free tonight?|what are you doing tonight?} || {nothing much|just home}, {why?|wanna hang out?} || {movie at <time>?|let's get dinner at <place>} || {sure|done} {see you there|I'll book} | {can't, have to finish work|too tired today} 😴 {tomorrow?|weekend?}",
            "{where r u|where are you}? || {on the way|5 min away|stuck in traffic} || {ok|hurry} {we're at <place>|we ordered already} || {coming|reaching}",
            "{Sunday plan?|weekend plans?} || {trek to Sinhagad|beach|lazy day at home} {maybe|} || {count me in|I'm in} | {I have a wedding|family function} 😩",
            "{reached home|I'm home} || {good|ok}, {gn|sleep well} | {took you long|traffic?}",
            "{call me when free|call me when you're free} || {ok|in 10 min|after meeting}",
            "{leaving office now|just left} || {ok|ok drive safe} || {get milk on the way|pick up bread} || {ok|👍}",
        ],
        "hl": [
            "aaj raat free hai? || haan kyun? || <time> baje movie chalein? || done, tickets book karta hu | nahi yaar thaka hua hu 😴 kal?",
            "kahan hai? || raste me hu, 5 min || jaldi aa, hum <place> pe hai || aa raha hu",
            "Sunday ka kya plan hai? || trek chalein? || main hu | shaadi hai yaar 😩",
            "ghar pahunch gaya || acha, so ja ab",
            "free ho ke call kar || ok 10 min me",
            "nikal raha hu office se || ok dhyan se aana || aate hue doodh le aana || ok 👍",
        ],
        "hi": ["आज शाम खाली हो? || हाँ क्यों? || फिल्म चलें? || ठीक है", "कहाँ हो? || रास्ते में, पाँच मिनट || जल्दी आओ", "घर पहुँच गया || अच्छा, सो जाओ"],
        "mr": ["आज संध्याकाळी मोकळा आहेस? || हो का? || पिक्चरला जाऊया? || चालेल", "कुठे आहेस? || रस्त्यात, पाच मिनिटं || लवकर ये", "घरी पोहोचलो || बरं, झोप आता"],
        "ml": ["aaj sandhyakali mokla ahes ka? || ho ka? || picture la jauya? || chalel", "kuthe ahes? || rastyat, 5 min || lavkar ye", "ghari pohochlo || bara, jhop ata"],
    },
    "food": {
        "en": ["{ordering biryani|getting pizza}, {want some?|you in?} || {yes pls|obviously} 🤤 || {veg or non veg?|paneer or chicken?} || {chicken|whatever you get}", "{what's for dinner|mom what's for dinner}? || {rajma chawal|dal khichdi} || {yay|again?} 😂", "{found an amazing momos place near <place>|new cafe opened at <place>} || {take me there|let's go saturday} 😋"],
        "hl": ["biryani order kar raha hu, chahiye? || haan bhai 🤤 || veg ya non veg? || chicken", "mummy aaj khane me kya hai? || rajma chawal || yay 😋", "<place> pe ek mast momos wala mila || mujhe bhi le chal 😋"],
        "hi": ["बिरयानी मँगा रहा हूँ, चाहिए? || हाँ 🤤", "आज खाने में क्या है? || राजमा चावल || वाह"],
        "mr": ["बिर्याणी मागवतोय, पाहिजे का? || हो 🤤", "आज जेवायला काय आहे? || पिठलं भाकरी || वा 😋"],
        "ml": ["biryani magvtoy, pahije ka? || ho 🤤", "aaj jevayla kay ahe? || pithla bhakri || wa 😋"],
    },
    "cricket": {
        "en": ["{did you see the match|what a match} {yesterday|last night}!! || {Kohli's cover drive|that last over} 🔥 || {I screamed so loud|neighbours complained} 😂", "{score?|what's the score} || {India 245/4, 38 overs|we need 40 off 24} || {tension|can't watch} 😬", "{IPL auction|team for fantasy} {done?|made?} || {yes|not yet}, {captain is Bumrah|picking Gill as captain}"],
        "hl": ["kal ka match dekha? || last over 🔥 || itna chillaya ki padosi aa gaye 😂", "score kya hai? || 245/4, 38 over || tension ho rahi hai 😬", "fantasy team banayi? || haan, captain Bumrah"],
        "hi": ["कल का मैच देखा? || आखिरी ओवर 🔥 || क्या मैच था", "स्कोर क्या है? || 245/4 || टेंशन हो रही है"],
        "mr": ["कालची मॅच पाहिली का? || शेवटची ओव्हर 🔥 || काय मॅच होती", "स्कोर काय? || 245/4 || टेन्शन आलंय"],
        "ml": ["kalchi match pahili ka? || shevatchi over 🔥 || kay match hoti", "score kay? || 245/4 || tension alay"],
    },
    "work": {
        "en": ["{manager called a meeting at 7 pm|standup moved to 9} 😩 || {why do they do this|classic} || {at least it's Friday|weekend soon}", "{deployment failed again|client changed the requirements again} || {rip|oh no} {weekend|our sleep} || 😭", "{appraisal letter came|got my hike letter} || {how much?|and?} || {8%|decent}, {not bad|could be better}", "{WFH tomorrow?|coming to office tomorrow?} || {yes|no, WFH} {traffic is horrible|have a doctor appointment}"],
        "hl": ["manager ne 7 baje meeting rakh di 😩 || ye log aise hi hai || chal Friday to hai", "deployment phir fail ho gaya || weekend gaya 😭", "appraisal aaya? || haan 8% || chalo theek hai", "kal office aa raha hai? || nahi WFH hai"],
        "hi": ["मैनेजर ने सात बजे मीटिंग रख दी 😩 || हमेशा ऐसा ही होता है", "कल ऑफिस आ रहे हो? || नहीं, घर से काम"],
        "mr": ["मॅनेजरने सात वाजता मीटिंग ठेवली 😩 || नेहमीचंच आहे", "उद्या ऑफिसला येतोस का? || नाही, घरून काम"],
        "ml": ["manager ne 7 la meeting thevli 😩 || nehmichach ahe", "udya office la yetos ka? || nahi, WFH"],
    },
    "family": {
        "en": ["{Dad's BP is normal now|Nani is feeling better}, {doctor said rest|discharged today} || {thank god|phew} 🙏 || {I'll come on the weekend|will visit Sunday}", "{did you call mama?|call your grandmother, she was asking} || {will call tonight|called yesterday} || {ok|call again, she forgets} 😂", "{send the photos from the function|where are the wedding photos?} || {uploading to the family group|sending} // <Media omitted> || {so nice|everyone looks so good} ❤️"],
        "hl": ["papa ka BP ab normal hai, doctor ne aaram bola || shukr hai 🙏 || weekend pe aata hu", "nani ko call kiya? puch rahi thi || raat ko karunga || ok", "function ki photos bhejo || family group me daal raha hu // <Media omitted> || bahut achhi hai ❤️"],
        "hi": ["पापा का बीपी अब ठीक है || भगवान का शुक्र है 🙏", "नानी को फोन किया? पूछ रही थीं || रात को करूँगा"],
        "mr": ["बाबांचं बीपी आता नॉर्मल आहे || देवाची कृपा 🙏", "आजीला फोन केलास का? विचारत होती || रात्री करतो"],
        "ml": ["babancha BP ata normal ahe || devachi krupa 🙏", "ajila phone kelas ka? vicharat hoti || ratri karto"],
    },
    "festival": {
        "en": ["{Happy Diwali|Happy Holi|Eid Mubarak|Merry Christmas|Happy Ganesh Chaturthi|Happy New Year} {to you and your family|🪔✨|!!} || {same to you|thank you, same to you} {and family|🙏|❤️}", "{wishing you a very happy Dussehra|Happy Raksha Bandhan} {🙏|❤️} || {thank you|same to you} 🙏", "{coming home for Diwali?|when are you coming for Ganpati?} || {yes on the 10th|not this year} || {yay|aww}"],
        "hl": ["Happy Diwali aapko aur family ko 🪔✨ || aapko bhi 🙏", "Eid Mubarak bhai || Khair Mubarak ❤️", "Diwali pe ghar aa raha hai? || haan 10 ko || badhiya"],
        "hi": ["दीपावली की हार्दिक शुभकामनाएँ 🪔 || आपको भी 🙏", "होली की शुभकामनाएँ || आपको भी ❤️"],
        "mr": ["दिवाळीच्या हार्दिक शुभेच्छा 🪔 || तुम्हालाही 🙏", "गणपती बाप्पा मोरया! गणेश चतुर्थीच्या शुभेच्छा || तुम्हालाही 🙏"],
        "ml": ["Diwalichya hardik shubhechha 🪔 || tumhalahi 🙏", "Ganpati Bappa Morya! || Morya 🙏"],
    },
    "weather": {
        "en": ["{it's pouring here|crazy rain here}, {roads flooded|local trains stopped} ☔ || {stay home|don't go out} || {office said WFH|already home}", "{so hot today|it's 44 degrees} 🥵 || {same here|AC isn't helping}"],
        "hl": ["yahan bahut baarish ho rahi hai ☔ || ghar pe hi reh || haan WFH mil gaya", "aaj bahut garmi hai 🥵 || yahan bhi"],
        "hi": ["यहाँ बहुत बारिश हो रही है ☔ || घर पर ही रहो", "आज बहुत गर्मी है 🥵 || यहाँ भी"],
        "mr": ["इथे खूप पाऊस पडतोय ☔ || घरीच थांब", "आज खूप उकडतंय 🥵 || इथे पण"],
        "ml": ["ithe khup paus padtoy ☔ || gharich thamb", "aaj khup ukadtay 🥵 || ithe pan"],
    },
    "gossip": {
        "en": ["{guess what|omg guess who's dating} || {who?|tell!!} || <n1> and <n2> 👀 || {NO WAY|I knew it} 😂", "{did you hear|heard} <n1> {quit the job|is moving to Canada}? || {what? why?|finally} || {better offer|got a visa}"],
        "hl": ["pata hai kya hua? || kya?? batao || <n1> aur <n2> date kar rahe hai 👀 || kya baat kar raha hai 😂", "<n1> ne job chhod di suna? || kyun? || Canada ja raha hai"],
        "hi": ["पता है क्या हुआ? || क्या? बताओ || <n1> की शादी तय हो गई 👀 || सच में?"],
        "mr": ["माहितीये काय झालं? || काय? सांग || <n1> चं लग्न ठरलं 👀 || खरंच?"],
        "ml": ["mahitiye kay jhala? || kay? sang || <n1> cha lagna tharla 👀 || kharach?"],
    },
    "jokes": {
        "en": ["{teacher: why are you late? me: because of the sign 'school ahead, go slow'|my diet plan: eat, regret, repeat} 😂 || 🤣🤣 {stealing this|that's me}", "{me on Monday|me after one gym session} // <Media omitted> || {literally me|lmaooo} 😂", "{send memes|bored, send memes} || <Media omitted> // <Media omitted> || 😂😂 {the second one|dying}"],
        "hl": ["teacher: late kyun aaye? main: board pe likha tha school aage hai dheere chalo 😂 || 🤣🤣", "main Monday ko // <Media omitted> || ekdum main 😂", "bore ho raha hu memes bhej || <Media omitted> || 😂😂"],
        "hi": ["टीचर: देर से क्यों आए? मैं: बोर्ड पर लिखा था आगे स्कूल है धीरे चलें 😂 || 🤣🤣"],
        "mr": ["बायको: काय करताय? नवरा: काही नाही. बायको: कालपण हेच करत होतात 😂 || 🤣🤣"],
        "ml": ["bor hotay memes pathav || <Media omitted> || 😂😂"],
    },
    "news": {
        "en": ["{metro line 3 opens next week|petrol price went up again} || {finally|again?} || {saw it on the news|read it this morning}", "{board results tomorrow|exam dates announced} {check the site|}  || {ok|thanks for telling}"],
        "hl": ["metro agle hafte shuru ho rahi hai || finally || news me dekha", "petrol phir mehenga ho gaya || har mahine ka yahi hai"],
        "hi": ["मेट्रो अगले हफ्ते शुरू हो रही है || आखिरकार", "पेट्रोल फिर महँगा हो गया || हर महीने यही है"],
        "mr": ["मेट्रो पुढच्या आठवड्यात सुरू होतेय || शेवटी एकदाची", "पेट्रोल परत महाग झालं || दर महिन्याचं आहे"],
        "ml": ["metro pudhchya athvadyat suru hotey || shevti ekdachi"],
    },
}
SHORT = {
    "en": ["ok", "k", "okay", "where r u", "call me when free", "reached home", "on my way", "5 min", "coming", "ya", "yes", "no", "hmm", "lol", "haha", "👍", "sure", "cool", "done", "thanks", "np", "gn", "gm", "sleeping?", "call me", "in a meeting, will call back", "can't talk now", "what time?", "at home", "leaving now", "on the way", "wait 10 min", "busy rn", "yes pls", "ok see you", "tc", "miss u", "love u", "sorry just saw", "ok np", "tmrw?", "where?", "kk", "wt abt u", "brb", "ya sure", "ok cool", "got it", "ok will do", "dinner?", "ate?", "send location", "<Media omitted>", "Missed voice call"],
    "hl": ["ok", "haan", "nahi", "kahan hai", "free hoke call kar", "ghar pahunch gaya", "aa raha hu", "5 min", "thik hai", "acha", "chal", "hmm", "haha", "👍", "so gaya kya?", "call kar", "meeting me hu, baad me call karta hu", "abhi baat nahi kar sakta", "kitne baje?", "ghar pe hu", "nikal raha hu", "raste me hu", "10 min ruk", "busy hu", "ok milte hai", "dhyan rakhna", "khana khaya?", "location bhej", "kal?", "kahan?", "sorry abhi dekha", "ha bol", "ok bhai"],
    "hi": ["ठीक है", "हाँ", "नहीं", "कहाँ हो", "घर पहुँच गया", "आ रहा हूँ", "पाँच मिनट", "अच्छा", "खाना खाया?", "फ्री होकर कॉल करना", "रास्ते में हूँ", "👍"],
    "mr": ["ठीक आहे", "हो", "नाही", "कुठे आहेस", "घरी पोहोचलो", "येतोय", "पाच मिनिटं", "बरं", "जेवलास का?", "फ्री झालास की कॉल कर", "रस्त्यात आहे", "👍"],
    "ml": ["ok", "ho", "nahi", "kuthe ahes", "ghari pohochlo", "yetoy", "5 min", "bara", "jevlas ka?", "free jhalas ki call kar", "rastyat ahe", "chal bye"],
}


# ---------------------------------------------------------------------------
# scenario functions
# ---------------------------------------------------------------------------


def _items(x: Ctx) -> None:
    rng = x.rng
    x.slots.update(
        item=C.pick(rng, ("study table", "cycle", "old iPhone 11", "guitar", "sofa set", "washing machine", "PS4", "office chair", "bookshelf", "baby stroller")),
        brand=C.pick(rng, ("ShopKart", "the store", "our", "TechBazaar", "the airline", "QuickMart")),
        company=C.pick(rng, ("Infosys", "a fintech startup", "Persistent", "a design studio", "an e-commerce company", "TCS", "a logistics firm")),
        role=C.pick(rng, ("backend developer", "data analyst", "UX designer", "sales associate", "accountant", "QA engineer")),
        month=C.pick(rng, ("March", "April", "June", "September", "November")), bank=C.pick(rng, ("SBI", "HDFC Bank", "ICICI Bank", "Axis Bank")),
        otp4=C.otp(rng, 4),
    )


def _everyday_filler(x: Ctx, a: str, b: str, n: int) -> None:
    for _ in range(n):
        r = x.rng.random()
        if r < 0.35:
            x.small_talk(a, b, 1)
        elif r < 0.85:
            topic = C.pick(x.rng, tuple(EVERY))
            first, second = (a, b) if C.chance(x.rng, 0.5) else (b, a)
            if not play(x, first, second, EVERY[topic], gap0=C.pick(x.rng, ("chat", "slow", "pause", "day")), fresh_only=True):
                x.small_talk(a, b, 1)
        else:
            x.say(C.pick(x.rng, (a, b)), SHORT, gap="slow")


def _hard(bank: dict, g1: str = "any", g2: str = "any", filler: tuple = (0, 2), repeats: tuple = (1, 3), others: int = 0):
    def run(x: Ctx) -> None:
        a, b = pair(x, g1, g2)
        extra = tuple(x.person() for _ in range(others))
        _slots(x, a)
        _items(x)
        if C.chance(x.rng, 0.4):
            _everyday_filler(x, a, b, x.rng.randrange(*filler) if filler[1] > filler[0] else 0)
        for k in range(x.rng.randrange(*repeats)):
            if not play(x, a, b, bank, gap0=C.pick(x.rng, ("chat", "slow", "pause", "day")), others=extra, fresh_only=k > 0):
                break
            if C.chance(x.rng, 0.35):
                _everyday_filler(x, a, b, 1)
    return run


def _couple(x: Ctx) -> None:
    g = C.pick(x.rng, (("m", "f"), ("f", "m"), ("m", "f"), ("f", "m"), ("m", "m"), ("f", "f")))
    a, b = pair(x, *g)
    _slots(x, a)
    x.conv.clock = C.Clock(x.rng, night_bias=0.8)
    for _ in range(x.rng.randrange(1, 6)):
        if not play(x, a, b, COUPLE if C.chance(x.rng, 0.8) else LONG_DIST, gap0=C.pick(x.rng, ("chat", "slow", "pause", "day")), fresh_only=len(x) > 0):
            break
        if C.chance(x.rng, 0.3):
            x.conv.say(C.pick(x.rng, (a, b)), C.pick(x.rng, C.CALL_LINES), gap="quick", raw=True)
        if C.chance(x.rng, 0.4):
            _everyday_filler(x, a, b, x.rng.randrange(1, 3))


def _awareness_solo(x: Ctx) -> None:
    s = x.official(("Cyber Dost", "Cyber Police", "Bank Alerts", "VM-CYBDST", "AD-SBIINB", "Society Group", C.phone(x.rng), "Family ❤️"), casual=0.0)
    _slots(x, None)
    _items(x)
    x.say(s, AWARE_SOLO)
    if C.chance(x.rng, 0.35):
        v = x.person()
        x.say(v, {"en": ["useful, thanks", "👍", "noted", "forwarding to mom and dad", "good reminder"], "hl": ["useful hai", "👍", "mummy papa ko bhej diya", "sahi baat"], "hi": ["👍", "बहुत काम की बात"], "mr": ["👍", "उपयोगी माहिती"]}, gap="slow")


def _notif(x: Ctx) -> None:
    _slots(x, None)
    _items(x)
    if C.chance(x.rng, 0.45):
        s = x.official(("VM-SBIINB", "AD-HDFCBK", "JD-AMAZON", "VK-FLPKRT", "BZ-SWIGGY", "TX-JIOPAY", "AD-IRCTC", "VM-APOLLO", "JM-BESCOM", C.phone(x.rng)), casual=0.0)
        for _ in range(x.rng.randrange(1, 3)):
            x.say(s, C.pick(x.rng, NOTIF_SMS), raw=True, gap=C.pick(x.rng, ("chat", "pause", "day")))
        return
    a, b = pair(x)
    play(x, a, b, NOTIF)
    if C.chance(x.rng, 0.4):
        _everyday_filler(x, a, b, x.rng.randrange(1, 3))


def _everyday(topic: str | None):
    def run(x: Ctx) -> None:
        a, b = pair(x, casual=0.8)
        _slots(x, a)
        others = ()
        if C.chance(x.rng, 0.2):
            others = tuple(x.person(casual=0.8) for _ in range(x.rng.randrange(1, 4)))
        n = C.weighted(x.rng, ((1, 30), (2, 25), (4, 20), (8, 12), (14, 8), (22, 5), (32, 3)))
        for i in range(n):
            t = topic if (topic and (i == 0 or C.chance(x.rng, 0.5))) else C.pick(x.rng, tuple(EVERY))
            r = x.rng.random() if i else 1.0
            if r < 0.2:
                x.small_talk(a, b, 1)
            elif r < 0.3:
                x.say(C.pick(x.rng, (a, b) + others), SHORT, gap="chat")
                x.say(C.pick(x.rng, (a, b)), SHORT, gap="quick")
            else:
                first, second = (a, b) if C.chance(x.rng, 0.6) else (b, a)
                if not play(x, first, second, EVERY[t], gap0=C.pick(x.rng, ("chat", "slow", "pause", "day")), others=others, fresh_only=i > 0):
                    x.say(C.pick(x.rng, (a, b)), SHORT, gap="slow")
            if len(x) >= 80:
                break
    return run


def _sms_short(x: Ctx) -> None:
    a, b = pair(x, casual=0.9)
    n = x.rng.randrange(1, 7)
    who = a
    for _ in range(n):
        x.say(who, SHORT, gap=C.pick(x.rng, ("quick", "chat", "slow")))
        who = b if who == a else a


HARD = (
    ("couple_flirt_video_call", 9, _couple),
    ("friends_group_video_call", 3, _hard(GROUP_VC, others=2)),
    ("family_video_call", 2, _hard(FAMILY_VC)),
    ("split_bills_upi", 5, _hard(SPLIT)),
    ("family_fee_money", 5, _hard(FAMILY_MONEY)),
    ("shop_payment_chat", 4, _hard(SHOP)),
    ("sextortion_news_warning", 5, _hard(NEWS_WARN, repeats=(1, 2))),
    ("awareness_broadcast", 4, _awareness_solo),
    ("joke_photo_threat", 3, _hard(JOKE_PHOTO)),
    ("photographer_model_shoot", 3, _hard(SHOOT)),
    ("helpline_counsellor", 3, _hard(COUNSEL, filler=(0, 0), repeats=(1, 3))),
    ("friend_got_threat_advice", 3, _hard(GOT_THREAT, repeats=(1, 2))),
    ("otp_delivery_bank_notification", 4, _notif),
    ("landlord_tenant_deposit", 3, _hard(LANDLORD)),
    ("friend_debt_reminder", 3, _hard(DEBT)),
    ("customer_support_legit", 2, _hard(SUPPORT, repeats=(1, 2))),
    ("exam_college_chat", 3, _hard(COLLEGE)),
    ("marketplace_sale_legit", 2, _hard(MARKET, repeats=(1, 3))),
    ("job_recruiter_legit", 2, _hard(RECRUIT, repeats=(1, 3))),
    ("viral_video_chat", 2, _hard(VIRAL)),
)
EVERYDAY = (
    ("everyday_plans", 8, _everyday("plans")),
    ("everyday_food", 4, _everyday("food")),
    ("everyday_cricket", 3, _everyday("cricket")),
    ("everyday_work", 4, _everyday("work")),
    ("everyday_family", 4, _everyday("family")),
    ("festival_greetings", 3, _everyday("festival")),
    ("everyday_weather", 2, _everyday("weather")),
    ("everyday_gossip", 3, _everyday("gossip")),
    ("jokes_memes", 3, _everyday("jokes")),
    ("news_forward", 2, _everyday("news")),
    ("everyday_mixed_topics", 6, _everyday(None)),
    ("sms_short_personal", 8, _sms_short),
)


def generate(rng: random.Random, count: int) -> list[dict]:
    """Return `count` benign conversations (dicts without ids); about 55% hard negatives."""
    out = []
    hard_pairs = tuple((i, w) for i, (_, w, _f) in enumerate(HARD))
    easy_pairs = tuple((i, w) for i, (_, w, _f) in enumerate(EVERYDAY))
    for _ in range(count):
        if C.chance(rng, 0.55):
            name, _w, fn = HARD[C.weighted(rng, hard_pairs)]
        else:
            name, _w, fn = EVERYDAY[C.weighted(rng, easy_pairs)]
        lang = choose_lang(rng)
        x = Ctx(rng, lang, name, label=LABEL, night_bias=0.5, with_ts=not C.chance(rng, 0.04))
        fn(x)
        conv = x.done()
        conv["messages"] = conv["messages"][:80]
        if not conv["messages"]:
            continue
        out.append(conv)
    while len(out) < count:  # top up if any came out empty
        lang = choose_lang(rng)
        x = Ctx(rng, lang, "sms_short_personal", label=LABEL)
        _sms_short(x)
        out.append(x.done())
    return out
