"""Benign conversations (label "benign").

At least half are hard negatives: chats that use the surface vocabulary of
sextortion and scams (video call, camera, payment, UPI, photo, police, send
money, viral, OTP) without any coercive escalation -- couples planning video
calls, bill splitting, family asking for fee money, shop payments, people
discussing a sextortion news story or warning a friend, awareness broadcasts,
a helpline counsellor supporting a victim, jokes about posting a sleeping
photo, photo shoots, landlord deposits and so on. About 14% are English
phone-call transcripts with a legitimate caller (appointment confirmations,
deliveries, insurance renewals, pharmacy, school, utility visits, genuine bank
fraud alerts, wrong numbers, surveys...) that use "calling from", "your
number", "confirm your date of birth", "account", "card" without any pressure,
codes or threats. The rest are everyday chats in every language, from
one-line UK/US/Singapore/Indian English SMS to long group banter.

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
    casual_en = x.lang in ("en", "mixed")
    for _ in range(n):
        if casual_en and C.chance(x.rng, 0.4):
            x.say(who, C.pick(x.rng, CASUAL_SMS if C.chance(x.rng, 0.6) else CASUAL_REPLY), gap=C.pick(x.rng, ("quick", "chat", "slow")))
        else:
            x.say(who, SHORT, gap=C.pick(x.rng, ("quick", "chat", "slow")))
        who = b if who == a else a


# ---------------------------------------------------------------------------
# benign phone-call transcripts (English; US / UK / Indian / Singapore phrasing)
# ---------------------------------------------------------------------------
# A legitimate organisation calls a person (outbound) or a person calls an
# organisation (inbound): appointment confirmations, deliveries, insurance
# renewals, pharmacy, school, utility visits, genuine bank fraud alerts, wrong
# numbers, surveys and so on. They use the vocabulary that scam calls use
# ("calling from", "your number", "confirm your date of birth", "account",
# "payment", "card", "verify") but nobody is pressured to pay, no codes, PINs
# or gift cards are requested and nobody is threatened. Domain templates are
# turn lists separated by " || " that alternate speakers, starting with the
# organisation for outbound calls and with the customer for inbound ones.

_W_M = (
    "James John Michael David Chris Daniel Matthew Andrew Mark Paul Steven Tom Ben Sam Jack Ryan Kevin Brian Jason "
    "Eric Adam Luke Nathan Greg Peter Simon Gary Neil Ian Craig Tony Scott Aaron Marcus Owen Liam Ethan Noah Carlos "
    "Miguel Luis Jamal Andre Derek Colin Graham Stuart Martin Alan Kyle Trevor Wayne Gavin Rob Phil Dean Callum Rhys"
).split()
_W_F = (
    "Sarah Emma Laura Jessica Emily Hannah Rachel Lisa Karen Amy Claire Sophie Olivia Megan Lauren Natalie Rebecca "
    "Jennifer Michelle Nicole Amanda Kelly Stephanie Heather Chloe Lucy Katie Gemma Joanne Helen Fiona Julie Angela "
    "Maria Rosa Ana Tasha Keisha Grace Holly Zoe Beth Donna Tracy Diane Paula Sandra Linda Ellie Abbie Shannon Leah"
).split()
_W_SUR = (
    "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green "
    "Hall Wood Jackson Clarke Miller Garcia Martinez Anderson Thomas Moore Martin Lee Harris Clark Lewis Young King "
    "Hughes Edwards Cooper Ward Morgan Bennett Reed Carter Mitchell Turner Parker Collins Murphy Bailey Bell Foster "
    "Russell Price Howard Patel Khan Ali Okafor Nguyen Chen Wong Mensah Kowalski Fernandes"
).split()
_SG_FIRST = "Wei Ling|Jun Hao|Mei Xin|Kai Wen|Siti|Farah|Hafiz|Ravi|Darren|Jasmine|Bryan|Cheryl|Shirley|Jia Hui|Zhi Hao|Nurul|Aaron|Vanessa|Melvin|Rachel".split("|")
_SG_SUR = "Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Low Sim Rahman Kumar".split()

_STREETS = ("Elm Road", "Station Road", "Maple Avenue", "Church Lane", "Oak Street", "Park Crescent", "Victoria Road", "Hill View Drive",
            "Mill Lane", "Willow Close", "Cedar Court", "Lincoln Avenue", "Kingsway", "Orchard Way", "High Street", "Riverside Walk",
            "Linking Road", "MG Road", "Jalan Bukit", "Tampines Street")

_LOC = {
    "us": {"cur": "$", "post": "ZIP code", "mobile": "cell", "office": "office", "gp": "doctor's office", "title_m": "Mr.", "title_f": ('Ms.', 'Mrs.'),
           "lo": 40, "hi": 900},
    "uk": {"cur": "£", "post": "postcode", "mobile": "mobile", "office": "surgery", "gp": "GP surgery", "title_m": "Mr", "title_f": ('Ms', 'Mrs', 'Miss'),
           "lo": 30, "hi": 700},
    "in": {"cur": "₹", "post": "PIN code", "mobile": "mobile", "office": "clinic", "gp": "clinic", "title_m": "Mr.", "title_f": ('Mrs.', 'Ms.'),
           "lo": 500, "hi": 40000},
    "sg": {"cur": "S$", "post": "postal code", "mobile": "handphone", "office": "clinic", "gp": "polyclinic", "title_m": "Mr", "title_f": ('Ms', 'Mdm'),
           "lo": 40, "hi": 900},
}

_ORGS = {
    "gp": ("Riverside Medical Centre", "Oakwood Family Practice", "Greenfield Surgery", "Lakeside Health Clinic", "Cedar Park Medical Group",
           "Hillview Surgery", "Sunrise Multispeciality Clinic", "Northgate Family Medicine", "Brookside Health Centre", "Harbour Polyclinic"),
    "dentist": ("Bright Smile Dental", "Parkside Dental Care", "Maple Dental Studio", "Kingsway Dental Practice", "Pearl Dental Clinic",
                "Lakeview Family Dentistry", "Smile Studio", "Crescent Dental"),
    "delivery": ("Swiftline Couriers", "ParcelPoint", "Northway Logistics", "BlueArrow Express", "QuickDrop Deliveries", "Redbox Freight",
                 "CityHop Couriers", "Homeward Furniture Delivery"),
    "insurance": ("Harbour Mutual Insurance", "Crestline Insurance", "Evergreen Assurance", "Summit Home and Motor", "Lionheart General Insurance",
                  "Bluewater Insurance", "Shieldwell Health Insurance"),
    "pharmacy": ("Maple Street Pharmacy", "Wellcare Chemist", "CityCare Pharmacy", "Greenleaf Pharmacy", "Apex Medicals", "Corner Drug Store",
                 "Parkway Pharmacy", "Lifeline Chemists"),
    "school": ("Westfield Primary School", "St Anne's School", "Lincoln Elementary", "Riverdale High School", "Greenwood Public School",
               "Oak Hill Academy", "Meadowbank Primary", "Sunbeam Kindergarten"),
    "utility": ("Northern Gas and Power", "Clearwater Water Services", "BrightSpark Energy", "Metro Broadband", "CityNet Fibre", "Valley Electric",
                "Homeheat Boiler Care"),
    "bank": ("Harbourside Bank", "First Meridian Bank", "Unity Savings Bank", "Crown and Anchor Building Society", "Pinewood Credit Union",
             "Northstar Bank", "Bayview Federal Credit Union"),
    "survey": ("Civic Research Group", "Opinion Line Research", "Brightwater Surveys", "the Metro Transport Authority", "the city council",
               "Clearview Market Research"),
    "car": ("Kingsway Motors", "AutoCare Service Centre", "Precision Auto Garage", "Redline Motors", "Main Street Auto Repair",
            "Greenlane Garage", "Speedwell Car Care"),
    "landlord": ("Harper Lettings", "Oakfield Property Management", "Cityside Estates", "Brook and Hale Lettings", "Parkview Apartments office"),
    "interview": ("Northbridge Analytics", "Silverline Retail", "Bluepeak Technologies", "Greenway Logistics", "Harbour Hospitality Group",
                  "Meridian Health Trust", "Castle Accounting"),
    "hotel": ("The Harbour View Hotel", "Seaside Inn", "Grand Palm Residency", "Lakeshore Lodge", "The Old Mill Hotel", "Parkside Suites",
              "Hilltop Guesthouse"),
}

# speaker labels; the first is the organisation side (or the caller), the second the person
_LABELS_GENERIC = (("Caller", "Receiver"), ("Caller", "Recipient"), ("Speaker 1", "Speaker 2"), ("A", "B"), ("Caller", "Callee"),
                   ("Agent", "Customer"), ("Representative", "Customer"), ("Operator", "Customer"))
_LABELS_DOMAIN = {
    "gp": (("Receptionist", "Patient"), ("Clinic", "Patient")), "dentist": (("Receptionist", "Patient"), ("Dental Office", "Patient")),
    "pharmacy": (("Pharmacist", "Customer"), ("Pharmacy", "Customer")), "delivery": (("Driver", "Customer"), ("Courier", "Customer")),
    "school": (("School", "Parent"), ("Teacher", "Parent")), "bank": (("Bank", "Customer"), ("Agent", "Customer")),
    "hotel": (("Hotel", "Guest"), ("Front Desk", "Guest")), "landlord": (("Landlord", "Tenant"), ("Agent", "Tenant")),
    "interview": (("Recruiter", "Candidate"), ("HR", "Candidate")), "car": (("Garage", "Customer"), ("Service Advisor", "Customer")),
    "insurance": (("Agent", "Policyholder"), ("Insurer", "Customer")), "utility": (("Agent", "Customer"), ("Scheduler", "Customer")),
    "survey": (("Interviewer", "Respondent"), ("Caller", "Respondent")),
}

C_HELLO = [
    "Hello?", "Hello.", "Hi, hello?", "Yeah, hello?", "Hello, <cname> speaking.", "Hello, who's this?", "Hi, who is this please?",
    "Good {morning|afternoon}?", "Hello, yes?", "Yep, hello.", "Hello, this is <cname>.", "<cname> here.", "Hiya.",
    "Hello? Sorry, I can barely hear you.", "Hello, who am I speaking to?", "Yes, hello?", "Hello, good {morning|afternoon}.", "Hi.",
    "Hello, <cname>'s phone.", "Yeah?", "Mm, hello?", "Hello, yes, tell me.", "Hi, yes?",
]
C_INTRO = [
    "Hi, good {morning|afternoon}, this is <agent> calling from <org>.", "Hello, my name's <agent> and I'm calling from <org>.",
    "Hi there, it's <agent> from <org>.", "Hi, this is <agent> at <org>, I'm just giving you a quick call.",
    "Good {morning|afternoon}, <agent> here from <org>.", "Hello, I'm calling from <org>, my name is <agent>.",
    "Hi, sorry to bother you, it's <agent> calling from <org>.", "Hiya, <agent> from <org> here.", "Hello, this is <org>, <agent> speaking.",
    "Hi, it's <agent> ringing from <org>.", "Hello, you're speaking to <agent> from <org>.", "Hi, I'm <agent>, I'm with <org>.",
    "Good {morning|afternoon}, this is <agent> with <org>.", "Hello, is now a good time? It's <agent> from <org>.",
    "Hi, <agent> here, I work at <org>.", "Hello, I'm calling on behalf of <org>, my name's <agent>.", "Hey, it's <agent> over at <org>.",
    "Hello, this is a courtesy call from <org>, my name is <agent>.", "Hi, good {morning|afternoon}, I'm calling from <org>. My name is <agent>.",
    "Hi, it's <agent> from <org>, hope I'm not catching you at a bad time.", "Hello <sir>, this is <agent> calling from <org>.",
]
C_ASKNAME = [
    "Am I speaking with <title_name>?", "Is that <cname>?", "Could I speak to <cname> <csur>, please?", "Is this <cname>?",
    "Am I speaking to <cname>?", "I'm looking for <title_name>, is that you?", "Is <cname> available?", "Could I speak with <title_name>?",
    "Is this the right number for <cname> <csur>?", "Just checking I've got the right person, is this <cname>?", "Is that <title_name>?",
    "Am I through to <cname>?", "May I speak to <title_name>, please?", "Is this <cname> <csur>?", "Are you <cname>?",
    "I was hoping to speak to <cname>.", "I'm trying to reach <title_name>.", "Is <title_name> there, please?",
    "Have I reached <cname>?", "Is this <cname>'s number?", "I've got your number down for <cname>, is that right?",
]
R_FRIENDLY = [
    "Yes, speaking.", "Yeah, that's me.", "Speaking.", "Oh hi, yes, it's me.", "Yes, this is <cname>.", "That's me, hi.",
    "Yes, hello, how can I help?", "Oh hello! Yes.", "Yep, what can I do for you?", "Yes it is, hi <agent>.",
    "Oh yes, hi, I was expecting a call actually.", "Yes, go ahead.", "Hi, yes, that's me. What's it about?", "Yeah, speaking, hi.",
    "Yes. Hi there.", "Oh great, yes, hi.", "Hi! Yes, what's up?", "Yes, hello. Is everything okay?", "That's right, yes.",
    "Yes, good {morning|afternoon}.", "Yes, tell me.", "Oh, hi <agent>, yes, how are you?",
]
R_FRIENDLY_OPEN = [  # when the caller has not asked "is that <name>?"
    "Oh hi, how can I help?", "Hi! What's it about?", "Oh hello, yes?", "Hi, okay, go ahead.", "Oh right, hi.", "Hello! What can I do for you?",
    "Oh hi, is everything okay?", "Hi there, go on.", "Oh yes, hi.", "Hi <agent>, what's up?", "Oh, hello. Go ahead.", "Hi, sure, what is it?",
    "Yes, hi, what's this about?", "Okay, hi.", "Oh hi, I was expecting a call actually.", "Hello, yes, go on.", "Hi, how are you?",
    "Oh, hi. Yes?", "Hi, what can I do for you?", "Great, hi. What's up?",
]
R_SUSP = [
    "Who did you say you were?", "How did you get this number?", "Sorry, how do I know this is really <org>?",
    "Is this one of those scam calls? I get loads of them.", "Hmm, I don't usually answer unknown numbers. What's this about?",
    "Where did you get my number from?", "Right... what's this regarding? I'm not giving out any details.",
    "Before you go on, I'm not buying anything.", "I'm a bit wary, we've had a lot of dodgy calls lately.",
    "Yes, but what's it about? I've had people pretending to be all sorts.", "Who is this exactly?", "Are you a real person or a recording?",
    "I don't recognise this number.", "Is this a sales call?", "Can you tell me what it's about first?",
    "My son told me not to talk to people who call out of the blue.", "Okay... what do you want?", "Why are you calling me?",
    "Sorry, I don't give information over the phone.", "What number is this? It came up as unknown.",
    "I've had three calls today already, who is this?", "How have you got my number?", "Who gave you my number?",
]
C_REASSURE = [
    "That's completely fair. I'm just calling about your <topic>, I won't be asking for any payment or bank details.",
    "Totally understand, you can't be too careful. If you'd rather, you can hang up and call us back on the number on our website.",
    "No problem at all. You gave us your number when you {registered|booked|signed up} with us.",
    "We've got your number on file from your <topic>, that's the only reason I'm calling.",
    "Your number is on the {form|booking} you filled in, that's all. Nothing to pay.",
    "Of course. It's just about your <topic>. Nothing to pay, nothing to do with money.",
    "Fair enough. I'm not selling anything, promise, it's only about your <topic>.",
    "You're right to check. Our number is <onum>, the same one that's on your {letter|paperwork|confirmation email}.",
    "Absolutely, and I won't ask you for any passwords, PINs or card details.",
    "That's okay, lots of people feel the same. If you want to call the main line back instead, that's absolutely fine.",
    "It's a genuine call, it's regarding your <topic>. You don't have to tell me anything you're not comfortable with.",
    "Good question. You can check our number on our website, it's <onum>.",
    "I'm a real person, I promise! I'm just calling about your <topic>.",
    "Not a sales call at all, it's just about the <topic> you've got with us.",
    "Completely understand. I'll just give you the information and you don't need to share anything.",
    "Sure. We have your number from your <topic>; you can always ring the office to double-check.",
    "That's a sensible question. You can call reception back on <onum> if you'd prefer.",
    "No worries. I'm not asking for anything, I just need to pass on a message about your <topic>.",
    "I understand, there are a lot of scam calls around at the moment. We'll never ask you to pay anything over the phone.",
    "Sorry, our number sometimes shows as withheld. It's about your <topic>.",
    "Fair enough. Feel free to hang up and call us on the number you already have for us, and ask for <agent>.",
    "I hear you. Nothing's wrong, it's only a quick call about your <topic>.",
]
R_SUSP_OK = [
    "Okay, go on then.", "Alright, fine. What is it?", "Okay, sorry, you can't be too careful.", "Right, okay. Go ahead.", "Fine, carry on.",
    "Okay, that makes sense.", "Oh okay, sorry. Yes, what about it?", "Alright. Sorry for being funny about it.", "Okay, I'll listen.",
    "Oh right, fair enough.", "Okay, as long as you're not after money.", "Hmm, okay. What do you need?", "Okay, I believe you. Go on.",
    "Alright then.", "Yeah okay, sorry, go ahead.", "Fine, I'll hear you out.", "Okay, I'll check the number after, but go on.",
    "Okay, what's it about then?", "Ah okay. Sorry, I've been getting weird calls.", "Right, okay, no problem.",
]
R_BUSY = [
    "Yeah, I'm just driving, you're on speaker. Can you be quick?", "I'm about to go into a meeting, is this quick?",
    "Sorry, I'm in the middle of something, what is it?", "I'm at work, I've only got a minute.", "Can you make it quick? I'm cooking.",
    "I'm just on the school run, go on.", "Kids are screaming in the background, sorry, go ahead.", "I'm on my lunch break, what's up?",
    "I'm in a shop, bit noisy, but go on.", "I've literally just walked in the door, what's it about?",
    "Is it going to take long? I'm about to head out.", "Yes, but I'm at work, can you keep it short?", "Oh, I'm busy right now, is it urgent?",
    "I'm in a queue, go on, quickly.", "I'm at the gym, go on.", "I'm on a train, might lose you in a sec.",
    "Yeah, hi, I'm juggling three things, go ahead.", "I'm in office, boss is around, tell me quickly.", "Just about to board a flight, what's up?",
    "Give me the short version, I'm rushing.",
]
C_BUSY = [
    "It'll only take a minute, I promise.", "Of course, I'll be quick.", "No problem, I can call back later if that's easier?", "I'll keep it short.",
    "Sure, just two minutes.", "Happy to ring back another time if you'd prefer.", "Really quick one, don't worry.",
    "It's nothing urgent, I can call back after five if you like.", "Won't keep you long at all.", "Just one quick thing then.",
    "Sure, I'll be brief.", "Okay, very quickly then.", "That's fine, I'll keep it brief.", "Totally understand. Thirty seconds, tops.",
    "Sorry to catch you at a busy time, I'll be quick.", "No worries, really short one.", "Absolutely, let me get straight to it.",
    "Okay, I'll keep this quick.", "Sure thing, quick one.", "Got it, I'll be fast.",
]
R_CONF = [
    "Sorry, who?", "Sorry, I didn't catch that. Who's calling?", "Sorry, you're breaking up a bit. Who is this?", "From where, sorry?",
    "I'm sorry, what was the name?", "Who? I don't think I know you.", "Sorry, the line's terrible, say that again?", "Huh? Which company?",
    "Sorry, is this for my mum? She's got the same name.", "Pardon?", "Sorry, I've just woken up. Who is it?",
    "Is this about the form I filled in?", "Sorry, I thought you were someone else. Who's this?", "Sorry, say again? My hearing's not great.",
    "You said from where?", "What's this about, sorry?", "Sorry, the signal's bad here. Who's calling?", "I'm confused, did I call you?",
    "Sorry, one more time?", "Hang on, who's this?",
]
C_CLARIFY = [
    "It's <agent>, from <org>. It's about your <topic>.", "Sorry about that. <agent> from <org>, calling about your <topic>.",
    "No problem. My name is <agent>, I'm at <org>.", "It's <org>, about your <topic>.", "<org>. I'm ringing about your <topic>.",
    "Sorry, let me slow down. This is <agent>, from <org>.", "I'm calling from <org> regarding your <topic>.",
    "It's <agent>. I'm calling from <org>, about your <topic>.", "No worries. <org>, about the <topic>.",
    "Sorry, I'll speak up. <agent>, <org>.", "It's just <org>, nothing to worry about, it's about your <topic>.",
    "<agent> from <org>. You're down as the contact for the <topic>.", "That's okay. I'm calling from <org>, my name's <agent>.",
    "It's the <org>, about your <topic>.", "Sorry, bad line. It's <agent> at <org>.", "<org>, calling about the <topic>.",
    "It's <agent> again, from <org>.", "No problem at all. This is <org>, about your <topic>.",
    "I'm from <org>, calling about your <topic>, nothing serious.", "It's <agent> with <org>. About your <topic>.",
]
R_CONF_OK = [
    "Oh! Right, yes.", "Ah, okay, got you now.", "Oh yes, of course. Sorry.", "Right, right. Go on.", "Oh, that. Yes.",
    "Ah, sorry, I'm with you now.", "Oh okay, yes, I know.", "Right, sorry, go ahead.", "Ahh, yes. Okay.", "Oh, right. Yeah.",
    "Okay, yes, I remember.", "Oh sorry, yes, go on.", "Right. Yes, that's me.", "Oh, got it.", "Okay, sorry about that.",
    "Ah yes. What about it?", "Oh, okay, yes.", "Right, of course.", "Okay, I follow now.", "Ah, gotcha.",
]
C_VERIFY = {
    "dob": [
        "Before I go on, can you just confirm your date of birth for me?", "For security, could you confirm your date of birth please?",
        "Could I just take your date of birth to make sure I've got the right record?", "Can you confirm your date of birth for me?",
        "Just so I know I'm talking to the right person, what's your date of birth?", "Could you just confirm your full name and date of birth?",
        "I just need to confirm your date of birth first, is that okay?", "Before I discuss anything, could I check your date of birth?",
        "To make sure I've got the right file, can you give me your date of birth?", "Could you confirm your name and date of birth for our records?",
        "Can I just verify your date of birth quickly?", "Data protection, sorry, can you confirm your date of birth?",
        "Can I confirm your date of birth, just to verify it's you?", "Could you tell me your date of birth so I can pull up your details?",
        "Just to check it's the right <topic>, what's your date of birth?", "May I have your date of birth to verify, please?",
        "I'll need to confirm your date of birth before I go into details.", "Quick security check, what's your date of birth?",
        "Sorry, I have to ask, could you confirm your date of birth?", "Can you confirm your full name and date of birth, please?",
    ],
    "address": [
        "Can you confirm the first line of your address for me?", "Just to check, what's the first line of your address?",
        "Can you confirm the address we have on file?", "Can you confirm your house number and <post>?", "Can you confirm your address, please?",
        "Just to verify, what's the postal address on the account?", "Could you confirm your address for me?",
    ],
    "post": [
        "Could you confirm your <post>, please?", "Could you verify your <post> for me?", "Could you give me your <post> so I can find you?",
        "What's your <post>, please?", "Can I just take your <post>?", "Could you confirm the <post> on the account?",
    ],
    "name": [
        "Can you confirm your full name please?", "Could you confirm the name the booking is under?", "Can I just confirm your surname?",
        "Could you spell your surname for me?", "What name is it under, please?", "Can I just check the surname on the <topic>?",
        "Can you confirm your name for me?", "Can you confirm your name as it appears on your <topic>?",
    ],
}
R_VERIFY = {
    "dob": ["It's <dob>.", "<dob>.", "Yes, <dob>.", "Sure, <dob>.", "Uh, <dob>.", "<cname> <csur>, <dob>.", "Yeah, it's <dob>.",
            "Okay, <dob>.", "Date of birth is <dob>.", "<dob>, I think. Yes, <dob>.", "Of course, <dob>."],
    "address": ["It's <house> <street>.", "Sure, <house> <street>, <postval>.", "That's <house> <street>.", "<house> <street>.", "Yes, <house> <street>."],
    "post": ["<postval>.", "Yep, <postval>.", "It's <postval>.", "Sure, <postval>."],
    "name": ["<cname> <csur>.", "Yes, it's under <csur>.", "<csur>, that's <csurspell>.", "It's <cname> <csur>.", "It's under <cname> <csur>.", "<csur>. <csurspell>."],
}
R_VERIFY_REFUSE = [
    "I'd rather not give that out over the phone, if that's okay.", "Hmm, can I call you back on the main number instead? Just to be safe.",
    "I'm not comfortable giving my date of birth to someone who rang me.", "Do you need that? I don't really give details out on calls.",
    "Sorry, I'd prefer not to. Can you just tell me what it's about?", "I'll ring the office myself and give it to them, if that's alright.",
    "No offence, but I don't give personal details on calls I didn't make.", "Can we skip that? I'll come in person if needed.",
]
C_REFUSE_OK = [
    "That's absolutely fine. You can ring us on <onum> and they'll pull up your details.", "No problem at all, I'll just give you the general information then.",
    "Completely understand. I won't go into anything personal, it's just a reminder about your <topic>.",
    "That's fine, you're very welcome to call back on the number on our website.", "Of course, no problem. I'll keep it general.",
    "That's sensible. Call the main line whenever suits you, and quote <ref>.", "Sure, that's fine. I'll just tell you what it's about, then.",
    "No worries at all, you don't have to. It's only a reminder.",
]
C_VERIFY_OK = [
    "Lovely, thank you.", "Perfect, thanks for that.", "Great, that all matches.", "Thank you, that's fine.", "Brilliant, thanks.",
    "Thanks, I've got you here.", "Great, that's the one.", "Perfect, I've found your record.", "That's great, thank you.", "Lovely, got it.",
    "Thanks so much.", "Super, thank you.", "Okay, that's all correct.", "Wonderful, thank you.", "Thanks, that's all I needed for that.",
    "Great, I can see you on the system now.", "Perfect.", "Okay, thank you.", "Got it, thanks.", "Yes, that matches what we have.",
]
C_ANYTHING = [
    "Is there anything else I can help you with today?", "Anything else you wanted to ask while I've got you?", "Was there anything else?",
    "Do you have any other questions?", "Is there anything else you need from us?", "Anything else I can do for you?",
    "Any questions for me before I let you go?", "Is that everything for now?", "Was there anything else you wanted to check?",
    "Can I help with anything else?", "Anything else at all?", "Is there anything else on your side?", "Any other questions?",
    "Did you need anything else from me?", "Anything else I can sort out while we're on the phone?", "Any questions about that?",
    "Is there anything you'd like me to note down?", "Anything else today?", "Shall I update your number on the file while I'm here, or is that all?", "Anything else you'd like to check while I'm here?",
]
R_NOTHING = [
    "No, that's everything, thanks.", "No, I think that's it.", "Nope, all good.", "No, that's great, thank you.", "That's all, thanks.",
    "No, you've been very helpful.", "I think that's everything.", "No, that's fine, thanks.", "Nothing else, thank you.", "No, I'm good.",
    "No, I think you've covered it.", "No, that covers it.", "Nope, that's it, cheers.", "No, thanks for calling.", "That's all for now.",
    "No, thank you so much.", "All good, thanks.", "No, I'm all sorted.", "No, that's perfect.", "No, thanks {a lot|a ton|so much}.",
]
C_BYE = [
    "Great, thanks for your time. Have a lovely day.", "Okay, take care. Bye now.", "Thank you, bye bye.", "Perfect. Have a good {day|evening|weekend}.",
    "Lovely, thanks. Bye.", "Thanks for your help, take care.", "Alright, have a great day. Bye.", "Thank you so much, goodbye.",
    "Cheers, bye now.", "You too, take care. Bye.", "Okay, thanks, bye.", "Brilliant, speak soon. Bye.", "Great, bye for now.",
    "Thank you, have a nice day.", "Okay then, bye.", "Thanks again, goodbye.", "Right, I'll let you go. Bye.", "Take care, bye.",
    "Thanks, have a good one.", "Thank you <sir>, have a nice day.",
]
R_BYE = [
    "Thanks, bye.", "Bye.", "Okay, bye bye.", "Thank you, you too.", "Cheers, bye.", "Thanks very much, bye.", "Bye now.", "Take care.",
    "Thanks, bye bye.", "Okay, thank you. Bye.", "You too, bye.", "Alright, bye.", "Thanks for calling, bye.", "Lovely, bye.",
    "Okay, thanks. Bye-bye.", "Bye, thanks.", "Great, thanks. Bye.", "Yep, bye.", "Thank you, have a good day.", "Okay, thank you, bye.",
]
C_CALLBACK_LATER = [
    "No problem, I'll call you back {after five|this afternoon|tomorrow morning}.", "That's fine, when's a better time?",
    "Sure, I'll try you again later.", "No worries, I'll send you a text with the details instead.",
    "Okay, I'll call back in an hour or so.", "That's fine, we'll also send it by email.",
]
R_CALLBACK_LATER = [
    "Yeah, {after five|after six|tomorrow morning} is better, thanks.", "Thanks, a text is perfect.", "Great, speak later.",
    "Sorry about that, yes, later is better.", "Thanks for understanding.", "Perfect, bye for now.",
]
ASIDES = [
    "Sorry, can you hold on a sec? {The doorbell's going|My dog's barking|Someone's at the door}. || Of course, take your time. || Sorry, I'm back.",
    "Hang on, let me grab a pen. || No rush. || Okay, go on.",
    "Sorry, is this going to be the number you call from next time? || Yes, it's our main line, you can save it. || Okay, great.",
    "Do you have my right number, by the way? I changed it recently. || I've got your number ending <num4>. || Yes, that's the new one.",
    "Sorry, you cut out there. || {No problem|Sorry}, I'll repeat that. || {Thanks|Okay, got it now}.",
    "Can you say that again? The line's a bit {crackly|bad}. || Of course. || Yeah, that's better.",
    "Sorry, I'm just putting you on speaker. || No problem. || Okay, go ahead.",
    "Hold on, I'm just going somewhere quieter. || Sure. || Okay, that's better.",
    "Sorry, give me one second, {my toddler's climbing the table|the kettle's boiling}. || Ha, no worries. || Right, sorry.",
    "Let me just check my calendar. || Sure, no rush. || Okay, I've got it open.",
    "Sorry, could you spell that? || {Of course|Sure}, <orgspell>. || Got it, thanks.",
    "Sorry, I missed the last bit. || No worries, I'll go over it again. || Thanks.",
]

# Domain bodies (outbound: organisation speaks first)
DOM_OUT = {
    "gp": [
        "I'm just calling to confirm your appointment with <doc> on <day> at <time>. {Are you still able to make it?|Is that still okay for you?|Can you still make that?} || {Yes, I'll be there.|Yep, that's fine.|Yes, still good, thanks.|Oh, I'd completely forgotten! Yes, I'll be there.} || {Great.|Lovely.|Perfect.} {Please arrive about ten minutes early|If you could get here ten minutes early} {to check in|so we can update your details}. || {Will do.|Okay, no problem.|Sure.} {Do I need to bring anything?|Should I bring anything?} || {Just a photo ID and your insurance card, if you have one.|Bring a list of any medication you're taking, that's all.|Just yourself, nothing else.}",
        "I'm calling to confirm your appointment with <doc> on <day> at <time>. {Is that still okay for you?|Can you still make that?} || {Yes, that's fine.|Yes, I'll be there.} Is it the same building as last time? || {Yes, same building, second floor, suite <suite>.|No, we've moved to the new building on <street>, there's a sign outside.} || Okay, great, thanks.",
        "Unfortunately we need to make a change. <doc> is {away|on leave|off sick} on <day>, so we need to move your appointment. || {Oh, okay.|Ah, that's annoying.|No problem.} {What else have you got?|When can you do instead?} || I can offer you <day2> at <time2>, or {the following Monday first thing|Thursday afternoon}. || <day2> at <time2> works. || {Lovely|Perfect}, I've {booked that in|changed that over} for you. You'll get a {text|reminder text|confirmation email} {with the new time|shortly}. || Thanks very much.",
        "<doc> asked me to give you a call. Your {blood test|test} results have come back and {they're all normal|everything looks fine}, nothing to worry about. || Oh, that's a relief. Thank you. || The doctor would like a routine follow-up in about three months, but it's not urgent. || Okay. Do I need to book that now? || {You can book it online or call us nearer the time.|No need, we'll send you a reminder.}",
        "<doc> asked me to call you about your {blood test|scan|test} results. {Everything came back normal.|They're all fine.} || Oh, brilliant. So I don't need to come in? || No, there's no need for a follow-up, you're all set. || Thanks for letting me know.",
        "We received your registration form and I just need to check a couple of details. Is your address still <house> <street>? || Yes, that's right. || And is this number, ending in <num4>, the best one to reach you on? || Yes, this one's fine. || Great. We've booked your new-patient check for <day> at <time> with <doc>. || Brilliant, thanks. Do I need to fill anything else in? || {No, that's everything.|Just a short health questionnaire when you arrive.}",
        "You're due your annual {check-up|review|health check}, so I'm calling to see if you'd like to book in. || Oh, is it that time already? Yes, go on. || I've got <day> at <time> or <day2> at <time2>. || {The first one|<day2>, please}. || {Done|All booked}, you'll get a {confirmation text|reminder the day before}.",
        "I'm calling about your appointment request. {We've had a cancellation|A slot has opened up} with <doc> {tomorrow|on <day>} at <time>, would you like it? || Oh, yes please, that's much sooner than I expected. || {Great|Lovely}, I'll put you in now. || Thank you so much. || No problem. {If anything changes just give us a ring.|Please call us if you can't make it so we can offer it to someone else.}",
    ],
    "dentist": [
        "I'm calling because you're due for your six-month check-up and clean. Would you like to book in? || {Oh yes, I meant to call you.|Sure, what have you got?|Is it six months already?} || We have <day> at <time>, or <day2> at <time2>. || {<day> is perfect.|The later one, please.} || {Lovely|Great}, I've got you down. Same as before, {the hygienist first|check-up and then the clean}. || Great, thanks.",
        "Just a reminder that you have an appointment with <doc> tomorrow at <time>. {Are you still okay to come in?|Can you still make it?} || {Yes, I'll be there.|Yes, thanks for the reminder.} || {Perfect|Great}. {Please bring your insurance card|If your details have changed, let the front desk know}. || Will do.",
        "I'm afraid <doc> is unwell and we need to reschedule your filling on <day>. || Oh, no problem. || Could you do <day2> at <time2>? || {Yeah, that works.|Sure, that's fine.} || {Done, I've moved it.|Great, I've changed it over.} || Thank you.",
        "We need to move your appointment on <day>, I'm sorry, the dentist has a training day. || Oh, okay. || Would <day2> at <time2> suit you? || Could it be a bit later? || Let me see... {5:30|four o'clock} is the latest we have, is that okay? || That's fine, thank you.",
        "We got the estimate back from your insurer for the crown. {They'll cover most of it|They're covering about half}, and your part would be around <amt>, which you can pay on the day or in instalments, whichever suits. || Okay, that's less than I feared. || Would you like to go ahead and book the first appointment? || Let me check with my partner and call you back. || Of course, no rush at all.",
        "Hi, I'm calling to check how you're doing after your extraction yesterday. || Much better, thanks. A bit sore. || That's normal. Keep taking the painkillers and avoid hot drinks for today. || Okay, will do. || If the swelling gets worse, give us a call.",
    ],
    "delivery": [
        "I've got a parcel for you from <shop>. I'm about {ten|fifteen|twenty} minutes away, will you be in? || {Yes, I'm home.|Yep, I'm in.} || Great, see you shortly. || Thanks, appreciate the call. || No worries.",
        "I've got a parcel for you from <shop>, I'm nearly at yours. Are you in? || Oh, I'm just out. Could you leave it with a neighbour? || No problem, I'll leave it with number <house2> and put a card through the door. || Perfect, thank you. What was your name? || It's <agent>.",
        "I'm on my way with your delivery from <shop>, will you be home in the next half hour? || I'll be back in about fifteen minutes. || Okay, I'll do my other drop first and come to you last then. || Brilliant, thanks.",
        "I'm calling to arrange delivery of your {sofa|washing machine|fridge|wardrobe|mattress}. We can do <day> between <window>. || {That's fine.|Yes, that works.} || Great, I'll book that. || Perfect. Will it need two people? || Yes, there'll be two of us, and we'll take the packaging away. || Brilliant.",
        "I'm outside your building but I can't find the entrance. || Oh sorry, it's round the back, next to the {bins|car park}. || Ah, got it. What floor are you? || Third floor, flat <house2>. || Okay, coming up now.",
        "We tried to deliver your parcel {earlier today|this morning} but nobody was in. || Oh sorry, I was at work. || No problem. {We'll try again tomorrow between <window>|I can redeliver tomorrow}, or you can collect it from the depot with photo ID. {There's no charge either way.|It's free of charge.} || Tomorrow's fine, or could you leave it in the porch? || Yes, I'll add a safe-place note for the porch. || Thanks.",
        "I've got your grocery order, but a couple of items were out of stock. Is it okay if I substitute {semi-skimmed for whole milk|the large eggs for medium}? || Yes, that's fine. || And the {bananas|strawberries} weren't available, so you won't be charged for them. || Okay, thanks for letting me know. || I'll be with you {in about ten minutes|shortly}.",
        "Quick call to say your delivery slot is confirmed for <day>, between <window>. The driver will call about half an hour before. || Great. Will I need to sign? || Yes, just a signature on the driver's device, nothing else. || Perfect, thanks.",
    ],
    "insurance": [
        "I'm calling because your {home|car|contents|travel} insurance policy is due for renewal on <day>. || Oh right, okay. || Your renewal premium this year is <amt>, {which is slightly up on last year|about the same as last year}. It'll renew automatically by direct debit, {so there's nothing you need to do|unless you tell us otherwise}. || Can I have a think about it? || {Of course|Absolutely}. You've got until the renewal date, and there's no obligation. All the details are in the letter we posted. || Great, thanks for the heads up.",
        "I just wanted to check the details on your {car|motor} policy before it renews. Are you still at <house> <street>? || Yes. || And is anyone else driving the car now? || No, just me. || {Lovely|Great}. And the mileage is still about the same? || Roughly, yes, maybe a bit less. || Okay, I've noted that, it might bring the price down slightly.",
        "We've received your claim for the {water leak|broken window|damaged phone}, and I'm calling to let you know it's been approved. || Oh, fantastic! || The payment will go into the account you gave us within {three to five|five} working days. You don't need to do anything else. || Do I need to send more photos? || No, we've got everything we need. || Thank you so much.",
        "I'm calling to follow up on the quote you asked for online. {Is now a good time?|Have you got two minutes?} || Yes, sure. || I'll email the full quote over, it's valid for thirty days, so no rush at all. || Okay, thanks.",
        "I'm calling to follow up on the {car|home} insurance quote you asked for online. || Oh, I already sorted it elsewhere, sorry. || That's fine, thanks for letting me know. I'll close the quote and we won't call again. || Okay, thanks.",
        "I'm just calling because your direct debit for this month didn't go through. It's probably just a bank timing issue. || Oh, really? I changed banks last month. || Ah, that'll be it. There's no rush, you can update your details through your online account, or I can send you a form. || I'll do it online tonight. || Perfect, your cover stays in place in the meantime.",
    ],
    "pharmacy": [
        "Just letting you know your prescription is ready to collect. || Oh great, thanks. How long can you hold it? || We'll keep it for two weeks. || Perfect, I'll come by {later|tomorrow}.",
        "Just to let you know your prescription is ready. || Thanks. Can my {husband|wife|son|daughter} pick it up? || Yes, anyone can collect it if they give your name and address. || Great, thank you.",
        "Your prescription is ready for collection whenever suits you. || Lovely. What time do you close? || We're open until seven tonight, and ten till four tomorrow. || I'll pop in after work.",
        "We've had a problem with one of the items on your prescription, it's out of stock with our supplier. || Oh no. || It should be in by <day>. Would you like us to call when it arrives? || Yes, please call me. || Will do.",
        "The doctor hasn't signed off your repeat prescription yet, so I'm just giving you a heads up it'll be a day late. || Ah, okay. Thanks for letting me know. || {We'll call again|You'll get a text} when it's ready. || Great, thank you.",
        "The pharmacist wanted a quick word about your new medication. {Do you have a minute?|Is now okay?} || Sure. || It's best taken with food, and avoid alcohol while you're on it. Any questions? || No, that's clear. || Great. If you get any side effects, just pop in and ask.",
        "Your flu vaccine appointment is booked for <day> at <time>. {Wear something with short sleeves.|It only takes five minutes.} || Great. Is it free? || {It's free for you because of your age group.|Yes, it's covered by your plan.} || Perfect, see you then.",
    ],
    "school": [
        "It's nothing serious, <child> is fine, but <she> has got a bit of a temperature and is asking to go home. || Oh, poor thing. I can be there in {twenty minutes|half an hour}. || Lovely, <she>'ll be in the office with me. || Thanks for calling. || No problem, see you soon.",
        "I'm calling to remind you about parents' evening on <day>. We've got you booked for <time> with <teacher>. || Oh yes, thanks. Can I change to a later slot? || Let me check... <time2> is free. || That's perfect.",
        "Just a reminder about parents' evening on <day>, you're booked in with <teacher> at <time>. || Thanks. Is there anything later? || I'm afraid that's the last one left, but we can do a phone call instead. || A phone call would be great actually.",
        "We haven't had the consent form back for the {museum trip|geography field trip|swimming lessons} next week. || Oh, sorry! It's probably still in <her> bag. || No worries. If you can sign it and send it in by <day>, that's fine. || Will do, thanks for chasing. || No problem.",
        "<child> has had a little bump on the head at break time. <she>'s absolutely fine, we've put an ice pack on it, but we have to let you know. || Oh, okay. Thanks. Is <she> upset? || Not at all, <she>'s back in class now. We'll send a note home. || Okay, thank you for calling.",
        "Just a quick call to say <child> had a brilliant day today. <she> helped a new pupil settle in and <teacher> wanted you to know. || Aw, that's lovely to hear! || We like to share the good news too. || Thanks so much for calling.",
        "<child> wasn't in school today and we haven't had a call, so I'm just checking everything's okay. || Oh, sorry, <she>'s at home with a cold. I forgot to ring in. || No problem at all, I'll mark it as illness. Hope <she> feels better soon. || Thank you.",
    ],
    "utility": [
        "I'm calling to confirm your engineer visit {tomorrow|on <day>} between <window> for your {boiler service|meter exchange|broadband installation|smart meter installation}. Will someone be home? || {Yes, I'll be in.|My partner will be in, is that okay?} || {Great.|That's fine, as long as there's someone over eighteen.} The engineer will carry photo ID, and you're welcome to ask to see it. || Good to know, thanks. || They'll call about thirty minutes before arriving.",
        "We've had a report of a {water main repair|power cut|network fault} in your area and I'm just letting customers know. You might notice {low water pressure|a short interruption} until about <time>. || Oh, thanks for letting me know. || There's no need to do anything, and there's no charge. || Okay, appreciate the call.",
        "Your {meter reading|bill} looks a lot higher than usual, so I'm calling to check the reading's right. || Oh, really? || Yes, it came through as <meter>. Could you read the meter for me when you get a chance? || Hang on, I'm next to it now... it says <meter2>. || Ah, that's much lower, it must have been entered wrong. I'll correct it and you'll get a revised bill. || Brilliant, thanks.",
        "I'm calling about your new broadband. The installation is booked for <day>, and the router will arrive by post a couple of days before. || Great. Do I need to do anything? || Just make sure someone can let the engineer in. It takes about an hour. || Perfect.",
        "Just a courtesy call, the engineer is running about {forty minutes|an hour} late. {Traffic's awful.|The previous job took longer.} Is that still okay? || {That's fine, I'm in all day.|Ugh, okay, thanks for telling me.} || Thanks for your patience.",
    ],
    "car": [
        "Your car's ready for collection. We did the {full service|MOT|oil change} and everything's fine. || Great! How much do I owe? || It's <amt> as quoted, you can pay when you pick it up. || Perfect. What time do you close? || Six o'clock.",
        "While doing the service we noticed the front brake pads are getting worn. We'd recommend replacing them in the next few months. {It's not urgent.|It's safe to drive for now.} || How much would that be? || About <amt>. We can do it today or you can book it in another time, it's up to you. || Let's leave it for now, I'll book it next month. || No problem, I'll make a note on your file.",
        "Just a reminder that your car is due its {MOT|annual service|inspection} by the end of the month. Would you like to book in? || Oh yes, good idea. || We have <day> at <time>. || That's fine. || Great, we'll see you then. Registration is still <reg>? || That's the one.",
        "We've had a recall notice from the manufacturer for your model. It's a free check on the {seat belt|airbag|fuel pump}, takes about an hour. || Oh, is it dangerous? || No, it's precautionary. We can book you in whenever suits. || Okay, let's do <day>. || Booked in.",
    ],
    "landlord": [
        "I'm calling about the leak you reported under the {kitchen sink|bathroom sink}. The plumber can come on <day> between <window>. Is that okay? || Yes, that works. || Great. Are you happy for him to let himself in with the spare key if you're at work? || Yes, that's fine. || Perfect, I'll confirm with him.",
        "Just letting you know the annual gas safety check is due. The engineer can come on <day> at <time>. || Can we do later in the week? || Sure, how about <day2>? || That's better, thanks. || No problem, I'll send you a text to confirm.",
        "I'm calling about the rent renewal. The new agreement starts on <day>, and the rent stays at <amt> a month. || Oh, great, that's good news. || I'll email the contract over, you can sign it online. || Perfect, thanks for calling.",
        "The {heating|boiler} part you needed has arrived, so the engineer can come and fit it tomorrow morning. || Finally! Yes, please. || He'll be there around nine. || I'll make sure I'm in.",
    ],
    "interview": [
        "I'm calling about your application for the <role> position. We'd like to invite you to an interview. || Oh, that's great news! || Are you available on <day> at <time>? It'll be at our office on <street>, about forty-five minutes. || Yes, that works. || Lovely. I'll send an email with the details. Please bring a photo ID for reception. || Thank you so much.",
        "I'm following up on your interview last week. The team really enjoyed meeting you, and we'd like to offer you the position. || Wow, thank you! || I'll email the written offer today, including the salary and start date. Take a few days to read it through. || I will, thanks so much. || Congratulations.",
        "I'm calling to reschedule your interview on <day>, the hiring manager has had a conflict. || Oh, no problem. || Could you do <day2> at <time2>, by video call instead? || Yes, that works. || Great, I'll send a new invite with the link.",
        "Thanks for your interest in the <role> role. I just wanted to have a quick chat about your experience before we set up an interview. || Sure, go ahead. || What are you looking for in your next role? || Mainly {more responsibility|a shorter commute|a team I can learn from}, to be honest. || That makes sense. I'll pass your details to the hiring manager and get back to you by <day>.",
    ],
    "hotel": [
        "I'm calling to confirm your booking for <nights> nights from <day>. {Are you still planning to arrive around <time>?|Do you know roughly what time you'll arrive?} || {Yes, about <time>.|Probably later, maybe nine.} || {Perfect|That's fine}, reception is open twenty-four hours. The card you booked with won't be charged until check-out. || Great. Is parking included? || {Yes, there's free parking behind the hotel.|Parking is available nearby, we'll give you a pass.}",
        "I noticed you booked a double room, and we've got a free upgrade to a sea-view room if you'd like it. || Oh, that's lovely, yes please. || No extra charge at all. I'll add a note to the booking. || Thank you!",
        "We're just calling ahead of your stay to ask if you'd like breakfast included. || How much is it? || It's <amt> per person per day, and you can add it at check-in too, no need to decide now. || We'll decide when we arrive. || Of course.",
        "Just calling to let you know the pool will be closed for maintenance during your stay. We're very sorry. || Oh, that's a shame. || We'd like to offer you free access to the spa next door instead. || Oh, that's kind, thank you.",
    ],
}
# Inbound: the person calls the organisation; the person speaks first in these templates
AGENT_GREET = [
    "Good {morning|afternoon}, <org>, <agent> speaking, how can I help?", "Thank you for calling <org>, my name is <agent>. How may I help you?",
    "<org>, <agent> speaking.", "Hello, <org>, how can I help?", "Hi, you're through to <org>, this is <agent>.", "<org>, good {morning|afternoon}.",
    "Thanks for holding, this is <agent>. How can I help today?", "Hello, <agent> at <org>, what can I do for you?",
    "Good {morning|afternoon}, you've reached <org>.", "Hi, <org>, <agent> here.", "Thank you for calling <org>, how can I help?",
    "Hello, <org> reception.", "Hello, this is <agent>, how can I help you?", "<org>, <agent> here, how can I help?",
    "Good {morning|afternoon}, thank you for holding. Who am I speaking with?", "Hi there, <org>, what can I do for you?",
    "Hello, <org>, sorry for the wait.", "Thanks for calling, this is <agent>.", "Hello, <org>, <agent> speaking, how are you today?",
    "Hi, <org>. How can I help?",
]
DOM_IN = {
    "gp": [
        "Hi, I'd like to book an appointment with <doc>, please. || Of course. Is it urgent, or routine? || Routine, it's just a follow-up. || I've got <day> at <time>. || That's perfect. || Lovely, you're booked in.",
        "Hi, I've got an appointment on <day> at <time> but I need to cancel, something's come up at work. || No problem, thanks for letting us know. Would you like to rebook? || Yes, maybe next week? || <day2> at <time2>? || Perfect, thanks.",
    ],
    "delivery": [
        "Hi, I got a card through the door saying you missed me. {The tracking number is|It says} <ref>. || Thanks. Yes, I can see that. It's at our depot now. Would you like a redelivery or to collect it? || Redelivery, please. Could it be <day>? || Yes, between <window>. {There's no charge.|That's booked, free of charge.} || Great, thanks.",
        "Hi, I'm calling about my parcel, the tracking hasn't updated for three days. The reference is <ref>. || Let me have a look... It's at the sorting centre, there's been a backlog. It should be out for delivery by <day>. || Okay, thanks. || I'm sorry for the delay.",
        "Hello, I had a missed call from this number, I think it's about a delivery? || Yes, let me check. Can I take your surname? || It's <csur>. || Ah yes, the driver couldn't find your flat. He'll try again tomorrow. Is there anything we should know about the entrance? || It's round the back, next to the bike shed. || I've added that note.",
    ],
    "pharmacy": [
        "Hi, I'm just checking whether my prescription is ready. || Sure, what's the name? || <cname> <csur>. || And your date of birth? || <dob>. || Yes, it's ready. You can pick it up any time. || Great, thanks.",
        "Hi, my doctor said she's sent a prescription over to you this morning. || Let me look... yes, we've got it. It'll be ready in about an hour. || Perfect, I'll come after lunch.",
    ],
    "insurance": [
        "Hi, I got a renewal letter and I wanted to ask why the price went up. || Of course, let me pull up your policy. Can I take your policy number or date of birth? || My date of birth is <dob>. || Thanks. It's gone up mainly because of rebuild costs in your area. I can look at a higher excess to bring it down, if you like? || What would that do? || It'd bring it to about <amt2>. || Let me think about it. || Sure, no pressure, you've got until <day>.",
        "Hi, I'd like to add my daughter to my car insurance, she's just passed her test. || Congratulations to her! I'll need her date of birth and licence details. || Okay, I'll get those. || There'll be a small change to the premium, I'll tell you the exact amount before anything is changed.",
    ],
    "hotel": [
        "Hi, I've got a booking for <day> and I'd like to add an extra night. || Of course, can I take the booking reference or the name? || It's under <csur>. || Got it. Yes, we have availability. Same room? || Yes please. || That's done. It'll be charged at check-out with the rest.",
        "Hello, I'm arriving late tonight, probably after midnight, is that okay? || Absolutely, reception is open all night. || Great, thanks. || We'll see you later, safe travels.",
    ],
    "car": [
        "Hi, I'd like to book my car in for a service. || Sure. What's the registration? || <reg>. || Thanks. We can do <day>, drop off at <time>. || Great. || Lovely, you're booked in.",
    ],
    "utility": [
        "Hi, I need to move my engineer appointment, I can't be in on <day>. || No problem. Can I take your {postcode|account number}? || It's <postval>. || Thanks. I can move it to <day2>, between <window>. || Perfect. || That's all changed for you.",
        "Hi, my internet's been down since this morning. || Sorry about that. Can I take the account holder's name? || <cname> <csur>. || Thanks. There's a known fault in your area, engineers are working on it. It should be back by <time>. || Okay, thanks.",
    ],
    "bank": [
        "Hi, I got a text saying there was unusual activity on my card, so I'm calling the number on the back of the card to check. || Thank you for calling, that's exactly the right thing to do. Can I take your name and date of birth? || <cname> <csur>, <dob>. || Thanks. Yes, we flagged a payment of <amt> to <merchant>. Did you make it? || No, I didn't. || Okay, I've cancelled that card and a new one will arrive in five to seven working days. You won't lose the money. || Thank you. || And just so you know, we'll never ask for your PIN or for a code from a text.",
        "Hi, someone called me saying they were from your fraud team and I'm not sure it was real, so I hung up and called this number from my card. || You did exactly the right thing. Can I take your name and date of birth? || <cname> <csur>, <dob>. || Thanks. I can see we did try to call you about a payment to <merchant>. || Oh, okay. Was it mine? || Let's go through it now. It was <amt>, {yesterday|this morning}. || Yes, actually, that was me. || Great, I'll mark it as genuine. Remember, we'll never ask you to move money or read out a code.",
        "Hi, someone rang saying they were from your bank and I wasn't sure, so I'm calling the number on the back of my card. || You did exactly the right thing. Can I take your name and date of birth? || <cname> <csur>, <dob>. || Thanks. I can't see any call from us on your account, so it may well have been a scam. || Good thing I hung up. || Yes. Please don't share any details with them if they call again. We'll never ask you to move money or read out a code.",
        "Hi, I got a text saying there was unusual activity on my card, so I'm calling the number on the back to check. || Thanks for calling us. Can I take your name and the first line of your address? || <cname> <csur>, <house> <street>. || Thanks. We flagged a payment of <amt> at <merchant>. Was that you? || Yes, that was me, I was {buying a present|booking a trip}. || Great, I'll mark it as genuine and the card will work normally. Nothing else you need to do.",
    ],
}

_TOPIC = {
    "gp": ("appointment", "appointment with <doc>", "registration"), "dentist": ("appointment", "dental appointment", "check-up"),
    "delivery": ("delivery", "parcel", "order"), "insurance": ("policy", "insurance policy", "renewal"),
    "pharmacy": ("prescription", "prescription", "order"), "school": ("child", "child at <school>", "child"),
    "utility": ("account", "appointment", "service"), "car": ("car", "service booking", "vehicle"),
    "landlord": ("flat", "tenancy", "repair request"), "interview": ("application", "application", "job application"),
    "hotel": ("booking", "reservation", "booking"), "bank": ("account", "card", "account"),
    "survey": ("feedback", "views on local services", "recent visit"), "wrong": ("call", "call", "call"),
}
_VERIFY_P = {"gp": 0.6, "dentist": 0.4, "delivery": 0.15, "insurance": 0.7, "pharmacy": 0.5, "school": 0.0, "utility": 0.45,
             "car": 0.15, "landlord": 0.0, "interview": 0.0, "hotel": 0.45, "bank": 0.5}
_DOB_P = {"gp": 0.85, "dentist": 0.7, "insurance": 0.6, "pharmacy": 0.8, "bank": 0.8}

BANK_ALERT = [
    "I'm calling from the fraud prevention team. We've noticed {an unusual transaction|a payment we weren't sure about} on your {debit|credit} card ending <last4>.",
    "This is a call from the fraud team about some activity on your card ending in <last4>.",
    "I'm calling because our system flagged a payment on your card ending <last4> and we just want to check it with you.",
    "We've spotted {a couple of transactions|a transaction} on your account that don't look like your usual spending.",
]
BANK_PROMISE = [
    "Before I go any further, I want to be clear: we will never ask for your PIN, your online banking password, or any code we text you.",
    "Just so you know, I won't ask for your PIN, your full card number or any one-time passcode, and you should never give those to anyone.",
    "I won't ask you for any passwords or codes. If you'd prefer to check this is genuine, you can hang up and call the number on the back of your card.",
    "Please don't tell me your PIN or any security codes, we never need those.",
    "We'll never ask you to move money to another account or read out a code, so if anyone ever does, hang up.",
]
BANK_TXN = [
    "Did you make a payment of <amt> to <merchant> {this morning|yesterday evening|at about <time> today}?",
    "There's a payment for <amt> at <merchant>, {online|in <city>}, {about an hour ago|earlier today}. Was that you?",
    "We've got <amt> to <merchant> and a smaller one of <amt2> straight after. Do you recognise those?",
    "The transaction is <amt> at <merchant>. Can you confirm whether you made it?",
]
BANK_YES = [
    "Oh, yes, that was me. I was buying {a present for my sister|flights|a new laptop}.", "Yes, that's mine, I'm {on holiday|travelling for work}.",
    "Yeah, that's me, sorry, I don't normally spend that much.", "Yes, I did that. Is that a problem?",
]
BANK_YES_R = [
    "No problem at all. I'll mark it as genuine and your card will keep working as normal.", "Great, thanks for confirming. Nothing else you need to do.",
    "That's fine, I'll make a note so it doesn't get flagged again.", "Perfect. Enjoy the rest of your day, the card's all fine.",
]
BANK_NO = [
    "No! That definitely wasn't me.", "No, I've never even heard of <merchant>.", "No, I haven't bought anything today.", "What? No, that's not me.",
]
BANK_NO_R = [
    "Okay, don't worry. I've stopped the card so nothing else can go through, and that payment is {on hold|being disputed}. You won't be out of pocket.",
    "Thanks for telling me. I've blocked the card, and we'll post a replacement to your home address in {three to five|five to seven} working days.",
    "Right, I've cancelled that card. The <amt> will be refunded to your account while we investigate. You don't need to do anything.",
    "Okay. I've frozen the card and raised a dispute. A new card will arrive by post in about a week.",
]
BANK_SUSP = [
    "How do I know you're actually from the bank?", "Hang on, this sounds exactly like the scams I've read about.", "I'm not comfortable doing this over the phone.",
    "My son said banks never call. Is this real?", "Can I call you back? I want to make sure this is genuine.",
]
BANK_SUSP_R = [
    "That's exactly the right question. Please hang up and call the number on the back of your card, and quote reference <ref>. {Use a different phone if you can.|Wait a few minutes before you call.}",
    "Very sensible. Please call us back on the number on the back of your card or in your banking app, and mention reference <ref>.",
    "Of course. Don't use any number I give you, just use the one printed on your card. The reference is <ref>.",
    "Absolutely, you should. Hang up, call the number on the back of your card, and they'll see the note from me.",
]
BANK_AFTER = [
    "Do I need to do anything else? || No, just keep an eye on your statements. And remember, we'll never ask for your PIN or ask you to move money.",
    "Will I still be able to use my card today? || {That card is blocked, I'm afraid, but the new one should arrive within the week.|Not that card, but your other cards and the app still work normally.}",
    "Should I change my online banking password? || It's a good idea, but do it yourself in the app. Never give it to anyone who calls you.",
    "How did they get my card details? || It's often from an online shop being hacked. It's not anything you did.",
]

WRONG = [
    "Hi, is that <wname>? || No, sorry, I think you've got the wrong number. || Oh! Is this not <num>? || {No, it's not.|It is, but there's no <wname> here. Maybe they had the number before me?} || Ah, {I must have written it down wrong|they must have changed numbers}. Sorry to bother you. || No worries, {have a good day|good luck finding them}.",
    "Hello, is this <wbiz>? || No, this is a {private number|mobile}. || Oh, sorry. I got this number off {the website|a flyer}. || Happens all the time, actually. I think their number is one digit different. || Ah, thanks, sorry again. || No problem.",
    "Hi {mate|there}, it's me, I'm running ten minutes late. || Sorry, who's this? || It's <wname2>... is that not <wname>? || No, I think you've got the wrong number. || Oh my god, sorry! || Ha, no worries. Hope you find them.",
    "Hello, <wname> ji? Is this <wname>'s house? || No, wrong number. || Oh, sorry, sorry. This is <num>? || No, you've dialled wrong. || Okay, sorry for disturbing.",
    "Hi, I'm calling about the {car|flat|bike} you advertised. || I haven't advertised anything, sorry. || Oh, really? The ad has this number. || Must be a typo. My number's had a few of those calls. || Sorry to bother you then. || That's alright.",
    "Hi, is <wname> there? || There's no one here by that name, sorry. || Is this <num>? || Yes, but I've had this number for about two years now. || Oh, right. I'll try {their email|Facebook} then. Sorry about that. || No worries, bye.",
]
SURVEY_INTRO = [
    "We're doing a short survey about {local bus services|the new recycling collection|broadband in your area|shopping habits|the town centre redevelopment} on behalf of <client>. It takes about five minutes and it's completely anonymous. Would you be happy to take part?",
    "I'm calling to ask a few questions about your recent {visit to our store|stay with us|service appointment}. It's about three minutes. Is that okay?",
    "We're carrying out a {residents'|customer satisfaction} survey. There's no selling involved and we won't ask for any personal details. Have you got a few minutes?",
]
SURVEY_QA = [
    "On a scale of one to ten, how satisfied are you overall? || {Seven, I'd say.|Eight.|Honestly, about a five.|Ten, no complaints.}",
    "How often do you {use the service|visit the town centre|take the bus}? || {Maybe twice a week.|Every day for work.|Hardly ever, to be honest.|Once a month or so.}",
    "What's one thing that could be improved? || {More frequent buses in the evening.|Shorter queues.|Better parking.|Honestly, I can't think of anything.}",
    "Would you recommend it to a friend? || {Yes, probably.|Definitely.|Maybe, depends what for.|Not really.}",
    "Which age bracket are you in: under thirty, thirty to fifty, or over fifty? || {Thirty to fifty.|Over fifty.|Under thirty.|I'd rather not say.}",
    "How would you rate the staff? || {Very friendly.|Fine, nothing special.|Really helpful actually.}",
    "Did you find everything you were looking for? || {Mostly, yes.|Not the first time, no.|Yes, all of it.}",
    "And how did you hear about it? || {From a friend.|I saw a leaflet.|Online, I think.|Can't remember.}",
]
SURVEY_END = [
    "That's all the questions. Thank you so much for your time. || No problem. || Have a lovely day.",
    "That's everything. Your answers really help. || You're welcome. || Thanks again, bye.",
    "Brilliant, we're done. I told you it'd be quick! || Ha, it was. || Thanks, take care.",
]
SURVEY_DECLINE = [
    "Sorry, not today, I'm a bit busy. || No problem at all, thanks anyway. || Bye.",
    "No thanks, I don't do surveys. || That's absolutely fine, sorry to have bothered you. || Okay, bye.",
    "Could you call back another time? || Of course, is there a better day? || Maybe at the weekend. || Okay, I'll note that down. Thanks.",
]


def _call_name(rng: random.Random, loc: str, gender: str) -> tuple[str, str]:
    """(first, surname) for a call participant; mixes name pools so names never mark a locale or label."""
    r = rng.random()
    if loc == "in" or r < 0.18:
        return C.first_name(rng, gender), C.surname(rng)
    if loc == "sg" and r < 0.7:
        return C.pick(rng, _SG_FIRST), C.pick(rng, _SG_SUR)
    return C.pick(rng, _W_M if gender == "m" else _W_F), C.pick(rng, _W_SUR)


def _call_phone(rng: random.Random, loc: str) -> str:
    if loc == "us":
        return f"({rng.randrange(201, 990)}) 555-01{rng.randrange(100):02d}"
    if loc == "uk":
        return C.pick(rng, (f"07700 900{rng.randrange(1000):03d}", f"01632 960{rng.randrange(1000):03d}", f"0161 496 0{rng.randrange(1000):03d}"))
    if loc == "sg":
        return f"+65 {C.pick(rng, ('8', '9', '6'))}{rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}"
    return C.phone(rng)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _dob(rng: random.Random, loc: str) -> str:
    d, m, y = rng.randrange(1, 29), rng.randrange(12), rng.randrange(1948, 2004)
    style = rng.randrange(4)
    if style == 0:
        return f"{_MONTHS[m]} {d}, {y}" if loc == "us" else f"{_ordinal(d)} {_MONTHS[m]} {y}"
    if style == 1:
        return f"{m + 1:02d}/{d:02d}/{y}" if loc == "us" else f"{d:02d}/{m + 1:02d}/{y}"
    if style == 2:
        return f"the {_ordinal(d)} of {_MONTHS[m]}, {y}"
    return f"{_MONTHS[m]} {_ordinal(d)}, nineteen {C.pick(rng, ('fifty', 'sixty', 'seventy', 'eighty', 'ninety'))}-{C.pick(rng, ('one', 'two', 'four', 'six', 'eight'))}" if y < 2000 else f"{d} {_MONTHS[m]} {y}"


def _day(rng: random.Random) -> str:
    d = C.pick(rng, _DAYS)
    return C.pick(rng, (d, f"{d} the {_ordinal(rng.randrange(1, 29))}", f"this {d}", f"next {d}", f"{d}, {_ordinal(rng.randrange(1, 29))} {C.pick(rng, _MONTHS)}"))


def _time(rng: random.Random) -> str:
    h, mm = rng.randrange(8, 18), C.pick(rng, (0, 15, 30, 45, 10, 40))
    h12 = h if h <= 12 else h - 12
    return C.pick(rng, (f"{h12}:{mm:02d}", f"{h12}:{mm:02d} {'am' if h < 12 else 'pm'}", f"{h:02d}:{mm:02d}", f"{h12}{':' + format(mm, '02d') if mm else ''} {'in the morning' if h < 12 else 'in the afternoon'}"))


def _call_slots(x: Ctx, dom: str, loc: str) -> dict:
    rng = x.rng
    L = _LOC[loc]
    ag, cg = C.pick(rng, ("m", "f")), C.pick(rng, ("m", "f"))
    agent, agent_sur = _call_name(rng, loc, ag)
    cname, csur = _call_name(rng, loc, cg)
    kid_g = C.pick(rng, ("m", "f"))
    child, _ = _call_name(rng, loc, kid_g)
    doc_f, doc_s = _call_name(rng, loc, C.pick(rng, ("m", "f")))
    teacher_f, teacher_s = _call_name(rng, loc, C.pick(rng, ("m", "f")))
    wname, _ = _call_name(rng, loc, C.pick(rng, ("m", "f")))
    wname2, _ = _call_name(rng, loc, C.pick(rng, ("m", "f")))
    org = C.pick(rng, _ORGS.get(dom, _ORGS["survey"]))

    def money(lo: int, hi: int) -> str:
        v = C.round_amount(rng, lo, hi)
        return f"{L['cur']}{v:,}" + (C.pick(rng, ("", ".99", ".50", ".00")) if loc != "in" and v < 1000 else "")

    day, day2 = _day(rng), _day(rng)
    slots = dict(
        agent=agent, agent_full=f"{agent} {agent_sur}", org=org, cname=cname, csur=csur, csurspell="-".join(csur.upper()),
        title_name=f"{C.pick(rng, L['title_f']) if cg == 'f' else L['title_m']} {csur}",
        dob=_dob(rng, loc), day=day, day2=day2 if day2 != day else "the following " + C.pick(rng, _DAYS), time=_time(rng), time2=_time(rng),
        doc=f"{C.pick(rng, ('Dr', 'Dr.', 'Doctor'))} {doc_s}", teacher=C.pick(rng, (f"{C.pick(rng, ('Mr', 'Mrs', 'Ms', 'Miss'))} {teacher_s}", teacher_f)),
        child=child, she="she" if kid_g == "f" else "he", her="her" if kid_g == "f" else "his",
        school=C.pick(rng, _ORGS["school"]), amt=money(L["lo"], L["hi"]), amt2=money(L["lo"], L["hi"]), post=L["post"],
        postval=C.pick(rng, ("AB1 2CD", "LS6 3QT", "M14 5RB", "BS7 9EH", "EH3 6AA", "G12 8QQ")) if loc == "uk" else (
            str(rng.randrange(10000, 99999)) if loc == "us" else (str(rng.randrange(110001, 856000)) if loc == "in" else str(rng.randrange(100000, 830000)))),
        house=str(rng.randrange(1, 180)), house2=str(rng.randrange(1, 60)), street=C.pick(rng, _STREETS), num=_call_phone(rng, loc), onum=_call_phone(rng, loc),
        num4=f"{rng.randrange(10000):04d}", last4=f"{rng.randrange(10000):04d}", ref=f"{C.pick(rng, ('REF', 'FR', 'CN', 'TRK', ''))}{rng.randrange(100000, 9999999)}",
        refhead=C.pick(rng, ("P", "HM", "GB", "A1", "7")), suite=str(rng.randrange(2, 40)), window=C.pick(rng, ("8 and 12", "9 and 1", "12 and 4", "1 and 5", "8 a.m. and noon", "7 and 11")),
        shop=C.pick(rng, ("Amazon", "a clothing shop", "Harrow Home", "an online bookshop", "the furniture store", "Pixel Electronics")),
        merchant=C.pick(rng, ("an electronics website", "a petrol station in <city>", "Northline Travel", "a gaming site", "MegaMart Online", "a jeweller in <city>", "Skyhop Airlines")),
        city=C.pick(rng, ("Leeds", "Denver", "Madrid", "Lagos", "Chennai", "Bristol", "Phoenix", "Manchester", "Dubai", "Toronto")),
        meter=str(rng.randrange(40000, 90000)), meter2=str(rng.randrange(10000, 39000)), reg=C.pick(rng, (f"AB{rng.randrange(10, 75)} {C.pick(rng, ('XYZ', 'KLM', 'RTE', 'FNP'))}", f"{rng.randrange(100, 999)} {C.pick(rng, ('KJD', 'PLM', 'TRX'))}", f"MH{rng.randrange(1, 50):02d} AB {rng.randrange(1000, 9999)}")),
        role=C.pick(rng, ("customer service advisor", "junior accountant", "warehouse supervisor", "software tester", "receptionist", "marketing assistant", "nurse", "sales associate")),
        nights=C.pick(rng, ("two", "three", "four", "five", "seven")), wname=wname, wname2=wname2, sir="sir" if cg == "m" else "ma'am",
        wbiz=C.pick(rng, ("Luigi's Pizza", "the dry cleaner's", "the taxi firm", "the dentist on Station Road", "the leisure centre", "Sunny Side Nursery")),
        client=C.pick(rng, ("the county council", "the regional transport authority", "a national retailer", "the local health board")),
        orgspell="-".join(org.split()[0].upper()),
    )
    t = C.pick(rng, _TOPIC.get(dom, ("call", "call", "call")))
    slots["topic"] = C.expand(rng, t, slots)
    slots["merchant"] = C.expand(rng, slots["merchant"], slots)
    x.slots.update(slots)
    return slots


def _call_style(rng: random.Random, mode: str) -> C.Style:
    if mode == "asr":
        return C.Style(lower=True, nopunct=True)
    if mode == "lower":
        return C.Style(lower=True, typos=0.01)
    return C.Style.formal()


def _tpl(x: Ctx, tpl: str, first: str, second: str, turns: list) -> None:
    """Queue the turns of a ' || ' template, alternating first/second."""
    for i, t in enumerate(_split_top(tpl, "||")):
        if t:
            turns.append((first if i % 2 == 0 else second, t))


def _phone_call(dom: str):
    def run(x: Ctx) -> None:
        rng = x.rng
        loc = C.weighted(rng, (("us", 40), ("uk", 38), ("in", 17), ("sg", 5)))
        slots = _call_slots(x, dom, loc)
        # speaker labels
        r = rng.random()
        if dom in _LABELS_DOMAIN and r < 0.35:
            org_l, per_l = C.pick(rng, _LABELS_DOMAIN[dom])
        elif r < 0.55:
            org_l, per_l = slots["agent"], slots["cname"]
            if org_l == per_l:
                org_l = slots["agent_full"]
        else:
            org_l, per_l = C.pick(rng, _LABELS_GENERIC)
        mode = C.weighted(rng, (("formal", 55), ("asr", 30), ("lower", 15)))
        x.conv.set_style(org_l, _call_style(rng, mode))
        x.conv.set_style(per_l, _call_style(rng, mode))
        inbound = dom in DOM_IN and C.chance(rng, 0.35 if dom != "bank" else 0.3)
        if dom in ("wrong", "survey"):
            inbound = False
        turns: list[tuple[str, str]] = []
        # with inbound calls the organisation side answers; keep the labels meaningful
        if inbound and org_l == "Caller":
            org_l, per_l = per_l, org_l  # the person is the caller here
        if dom == "wrong":
            caller, callee = org_l, per_l
            turns.append((callee, C.pick(rng, C_HELLO)))
            _tpl(x, C.pick(rng, WRONG), caller, callee, turns)
        elif inbound:
            turns.append((org_l, C.pick(rng, AGENT_GREET)))
            _tpl(x, C.pick(rng, DOM_IN[dom]), per_l, org_l, turns)
            if C.chance(rng, 0.3):
                turns = _insert_pair(x, turns, C.pick(rng, ASIDES), per_l, org_l)
            turns.append((org_l, C.pick(rng, C_ANYTHING)))
            turns.append((per_l, C.pick(rng, R_NOTHING)))
            turns.append((org_l, C.pick(rng, C_BYE)))
            if C.chance(rng, 0.7):
                turns.append((per_l, C.pick(rng, R_BYE)))
        else:
            o, p = org_l, per_l
            if C.chance(rng, 0.75):
                turns.append((p, C.pick(rng, C_HELLO)))
            intro = C.pick(rng, C_INTRO)
            asked = C.chance(rng, 0.6)
            if asked:
                intro += " " + C.pick(rng, C_ASKNAME)
            turns.append((o, intro))
            mood = C.weighted(rng, (("friendly", 45), ("suspicious", 22), ("busy", 18), ("confused", 15)))
            if dom == "bank":
                mood = C.weighted(rng, (("friendly", 40), ("suspicious", 40), ("busy", 10), ("confused", 10)))
            if mood == "friendly":
                turns.append((p, C.pick(rng, R_FRIENDLY if asked else R_FRIENDLY_OPEN)))
            elif mood == "suspicious":
                turns.append((p, C.pick(rng, R_SUSP)))
                turns.append((o, C.pick(rng, C_REASSURE)))
                turns.append((p, C.pick(rng, R_SUSP_OK)))
            elif mood == "busy":
                turns.append((p, C.pick(rng, R_BUSY)))
                turns.append((o, C.pick(rng, C_BUSY)))
                if C.chance(rng, 0.12):
                    turns.append((p, "Yeah, {could you call back later|can you call back}? {Sorry|Thanks}."))
                    turns.append((o, C.pick(rng, C_CALLBACK_LATER)))
                    turns.append((p, C.pick(rng, R_CALLBACK_LATER)))
                    turns.append((o, C.pick(rng, C_BYE)))
                    turns.append((p, C.pick(rng, R_BYE)))
                    _emit(x, turns, per_l, org_l, dom)
                    return
            else:
                turns.append((p, C.pick(rng, R_CONF)))
                turns.append((o, C.pick(rng, C_CLARIFY)))
                turns.append((p, C.pick(rng, R_CONF_OK)))
            if dom == "survey":
                turns.append((o, C.pick(rng, SURVEY_INTRO)))
                if C.chance(rng, 0.2):
                    _tpl(x, C.pick(rng, SURVEY_DECLINE), p, o, turns)
                else:
                    turns.append((p, "{Go on then.|Sure, okay.|Okay, as long as it's quick.|Fine, go ahead.}"))
                    for qa in C.sample(rng, SURVEY_QA, rng.randrange(2, 7)):
                        _tpl(x, qa, o, p, turns)
                    _tpl(x, C.pick(rng, SURVEY_END), o, p, turns)
                _emit(x, turns, per_l, org_l, dom)
                return
            if dom == "bank":
                turns.append((o, C.pick(rng, BANK_ALERT)))
                if C.chance(rng, 0.7):
                    turns.append((o, C.pick(rng, BANK_PROMISE)))
                if mood == "suspicious" or C.chance(rng, 0.25):
                    turns.append((p, C.pick(rng, BANK_SUSP)))
                    turns.append((o, C.pick(rng, BANK_SUSP_R)))
                    turns.append((p, "{Okay, I'll do that now.|Right, I'll hang up and call them.|Okay, thanks for understanding.|Fine, I'll call the number on my card.}"))
                    turns.append((o, "{Perfect, speak to you shortly.|That's the safest thing to do. Thank you.|Great. Bye for now.}"))
                    _emit(x, turns, per_l, org_l, dom)
                    return
                if C.chance(rng, _VERIFY_P["bank"]):
                    turns.append((o, C.pick(rng, C_VERIFY["dob"])))
                    turns.append((p, C.pick(rng, R_VERIFY["dob"])))
                    turns.append((o, C.pick(rng, C_VERIFY_OK)))
                turns.append((o, C.pick(rng, BANK_TXN)))
                if C.chance(rng, 0.45):
                    turns.append((p, C.pick(rng, BANK_YES)))
                    turns.append((o, C.pick(rng, BANK_YES_R)))
                else:
                    turns.append((p, C.pick(rng, BANK_NO)))
                    turns.append((o, C.pick(rng, BANK_NO_R)))
                    _tpl(x, C.pick(rng, BANK_AFTER), p, o, turns)
            else:
                if C.chance(rng, _VERIFY_P.get(dom, 0.3)):
                    kind = "dob" if C.chance(rng, _DOB_P.get(dom, 0.3)) else C.pick(rng, ("address", "post", "name"))
                    turns.append((o, C.pick(rng, C_VERIFY[kind])))
                    if C.chance(rng, 0.12):
                        turns.append((p, C.pick(rng, R_VERIFY_REFUSE)))
                        turns.append((o, C.pick(rng, C_REFUSE_OK)))
                    else:
                        turns.append((p, C.pick(rng, R_VERIFY[kind])))
                        turns.append((o, C.pick(rng, C_VERIFY_OK)))
                bodies = C.sample(rng, DOM_OUT[dom], 1 + (1 if C.chance(rng, 0.25) else 0))
                for k, body in enumerate(bodies):
                    if k:
                        if body[:1].isupper() and not body.startswith(("I ", "I'")):
                            body = body[0].lower() + body[1:]
                        body = "{Oh, and one more thing: |While I have you, |Also, |One other thing: }" + body
                    _tpl(x, body, o, p, turns)
            if C.chance(rng, 0.3):
                turns = _insert_pair(x, turns, C.pick(rng, ASIDES), p, o)
            if C.chance(rng, 0.75):
                turns.append((o, C.pick(rng, C_ANYTHING)))
                turns.append((p, C.pick(rng, R_NOTHING)))
            turns.append((o, C.pick(rng, C_BYE)))
            if C.chance(rng, 0.8):
                turns.append((p, C.pick(rng, R_BYE)))
        _emit(x, turns, per_l, org_l, dom)
    return run


WRONG_EXTRA = [
    "Honestly, it happens all the time with this number. || Sorry again, I feel terrible.",
    "Who were you trying to get hold of? || My {cousin|old flatmate|plumber}, I've had the number saved for ages.",
    "Ha, you're the third person this week asking for them. || Oh no! Sorry.",
    "Do you want me to take a message in case they ring? || No, no, that's kind, but it's fine.",
    "Did you get this number from a card or something? || From an old {text|email}, I think. Must be out of date.",
    "Are you sure you've got the right area code? || Oh... maybe not, actually. I'll double-check.",
    "I've only had this number a few months. || Ah, that explains it then.",
    "No harm done, it's nice to get a polite wrong number for once. || Ha, thanks.",
]


def _insert_pair(x: Ctx, turns: list, tpl: str, per: str, org: str, last: bool = False) -> list:
    """Insert the first two turns of tpl (person, then organisation) where the organisation has just spoken and the person speaks next."""
    pad: list = []
    _tpl(x, tpl, per, org, pad)
    pad = pad[:2]
    spots = [i for i in range(2, len(turns)) if turns[i - 1][0] == org and turns[i][0] == per]
    if not spots:
        return turns + pad
    i = spots[-1] if last else C.pick(x.rng, spots)
    return turns[:i] + pad + turns[i:]


def _emit(x: Ctx, turns: list, per: str, org: str, dom: str) -> None:
    """Say the queued turns (at most 30); calls shorter than 8 turns get natural filler exchanges."""
    for _ in range(3):
        if len(turns) >= 8:
            break
        turns = _insert_pair(x, turns, C.pick(x.rng, WRONG_EXTRA if dom == "wrong" else ASIDES), per, org, last=dom == "wrong")
    for i, (who, t) in enumerate(turns[:30]):
        x.say(who, t, gap="burst" if i else "chat")


PHONE_CALLS = (
    ("call_doctor_appointment", 12, _phone_call("gp")),
    ("call_dentist_reminder", 6, _phone_call("dentist")),
    ("call_delivery_scheduling", 10, _phone_call("delivery")),
    ("call_insurance_renewal", 7, _phone_call("insurance")),
    ("call_pharmacy", 7, _phone_call("pharmacy")),
    ("call_school_parent", 6, _phone_call("school")),
    ("call_utility_technician", 7, _phone_call("utility")),
    ("call_bank_fraud_alert_genuine", 9, _phone_call("bank")),
    ("call_wrong_number", 7, _phone_call("wrong")),
    ("call_survey", 5, _phone_call("survey")),
    ("call_car_service", 5, _phone_call("car")),
    ("call_landlord_repair", 5, _phone_call("landlord")),
    ("call_job_interview", 5, _phone_call("interview")),
    ("call_hotel_booking", 6, _phone_call("hotel")),
)


# ---------------------------------------------------------------------------
# everyday casual SMS one-liners (UK / US / Singapore / Indian English texting)
# ---------------------------------------------------------------------------
# Plain strings (no {a|b} groups); " // " splits a two-liner into two messages
# from the same sender. Used by the sms_casual_oneliner scenario, mostly as
# single-message conversations.

CASUAL_SMS = [
    # UK
    "Sorry, I'll call later", "I'm in a meeting, call me after 5", "Did u get the tickets?", "Going home now, u want anything?",
    "running late, be there in 10", "Cheers mate, see you Saturday", "Can't make it tonight, sorry x", "Are you still at the pub?",
    "just got in, knackered. speak tmrw", "Train's delayed again ffs", "Fancy a brew later?", "Mum says dinner's at 6, don't be late",
    "Lol that's brilliant", "Ta very much x", "Did you remember to put the bins out?", "Can u grab milk on the way back pls",
    "I'll be at the station at half 7", "Sorry babe, phone died", "Nearly there, just parking", "Happy birthday!! Have a good one x",
    "What time's kick off?", "Going to Tesco, need anything?", "Ring me when u get a sec", "Just seen your message, sorry! Yes that's fine",
    "Ok see you in a bit", "Thanks for tonight, had a lovely time x", "Shall we say 8 at the usual?", "Cba going out tonight tbh",
    "That's well good news, congrats!", "Where've u put the car keys?", "Leaving work now", "Gutted, they lost again",
    "I'm outside", "Can't find my charger, have u got it?", "Get well soon hun x", "No worries, another time",
    "Did u watch it last night?? Can't believe the ending", "Back in 20", "Sounds good to me", "Oi where are you",
    "Tea's ready", "Have a safe flight, text me when u land x", "Bus is rammed, might be late", "Yes pls! Cheers",
    "Morning! Sleep ok?", "Just finished, walking to the car now", "The plumber's coming at 2 so I'll be in", "Aw thanks, you're a star",
    "Can we do Thursday instead?", "Bring a jumper it's freezing", "Haha no way", "Love you, night x",
    # Singapore / Malaysia
    "Ok lar... Joking wif u oni", "wat time u finish?", "I reach liao, where u?", "Dun worry lah, can one", "U eat already?",
    "Later go makan at the hawker centre?", "Wah so late still working ah", "Ok can can", "I on the way, 5 min", "Sian, raining again",
    "Tmr u free or not?", "Meet at the MRT lor", "Aiyo I forgot to bring umbrella", "Ok lor, up to u", "U reach home liao?",
    "Shiok! Thanks ah", "Wait for me at the void deck", "Haha u so funny leh", "Ok wat time u want meet?", "I dunno leh, see how first",
    "Bus very crowded, later reach", "Later i call u", "Go where ah?", "Dun wan liao, too ex", "Buy kopi for me also can?",
    "Sorry ah just saw ur msg", "Tmr got class anot?", "Just now u call me ah?", "Ok see u there lor", "Wah the queue damn long",
    "Mum say come back for dinner", "I at the library, quiet a bit", "Cannot make it today, next week ok?", "Steady lah",
    "Eh u got the notes for tmr?", "Take care ah, rest more", "Meet u at the usual kopitiam", "U free this sat?",
    "Why u never reply one", "Ok noted", "Haiz so tired today", "Can pass me the charger later?",
    # India
    "Happy birthday da!", "Reached home safely da", "Bro where r u?", "Call me once u r free pa", "Ok da, will come by 7",
    "Enjoy ur trip machan", "Yaar I'm so sleepy", "Mom is asking when u r coming", "Hw r u? Long time", "Sorry da was driving",
    "Did u have lunch?", "Wat r u doing now", "Pls pick me up from the metro station", "I'm stuck in traffic, will be late",
    "Gm! Have a nice day", "Kindly call me when free", "Ok bro cool", "Tmrw office leave?", "Send me the pics from yesterday",
    "Tell aunty I said hi", "Going to temple with amma, will call after", "All the best for ur exam da", "Bro match is on, come home",
    "I'm at the canteen, come fast", "Will reach in 15 mins", "Ok ok no issues", "Congrats on the new job yaar!!", "Ur phone was switched off?",
    "Ping me once u reach", "Dinner at my place tonight, come", "Wat abt the movie plan?", "Sorry couldn't pick up, in a meeting",
    "Pls get curd on the way", "Auto not coming, will take cab", "Same to u and family", "Miss u da, come home soon",
    "Very nice pic", "Ur bday party is when?", "Sleeping already?", "Is the class cancelled tmrw?", "I'll do the needful and revert",
    "Ok will tell him", "Power cut here, phone about to die", "Good night, sweet dreams", "Bro lend me ur notes pls",
    "Hope u r feeling better now", "Wat time is the train?", "Tell me when u leave", "Just woke up lol", "Amma made biryani come fast",
    # US
    "omw", "lmk when you're free", "wanna grab lunch tmrw?", "running 5 min late sorry!", "can you pick up the kids at 3?",
    "lol yes", "Thanks so much!! :)", "Did you feed the dog?", "be there in 20", "Happy Friday!!", "ugh traffic is insane",
    "k sounds good", "Call you back in 10", "We're out of coffee btw", "What time is practice?", "Love you, have a good day at work",
    "Can't talk rn, text me", "Just landed!", "Are we still on for tonight?", "Dude that game was crazy", "Don't forget mom's birthday Sunday",
    "Nvm found it", "Brb", "Got your package, thanks!", "Heading to the gym, call you after", "Sounds like a plan",
    "You up?", "Pizza tonight?", "Yes! So excited", "Running to the store, need anything?", "Good luck today, you got this!",
    "Congrats!!! So proud of you", "Awesome, see ya then", "Where'd you park?", "I'm here, by the front entrance", "idk, whatever you want",
    "Just saw this, sorry!", "Can we push to 7?", "Hey, are you home?", "Thx for the ride", "Text me when you get there",
    "gonna be a little late", "How'd the interview go?", "Movie starts at 8:15", "Feel better soon!", "Dinner's in the fridge",
    # generic / emoticons
    "Ok :-)", "Thanks :-)", "Haha ;-)", "Aww :(", "Miss you :(", "See you soon :-)", "Nite nite :-)", "Sorry :( my bad",
    "Yay :D", "Lol :P", "Can't wait!! :-D", "Oh no :( hope ur ok", "Good morning :-)", "Hehe ;)", "Love u <3",
    "Ok cool, thx", "K", "Ya sure", "Will do", "Noted, thanks", "No prob", "Np", "Ok c u", "Ttyl", "Gn",
    "Done :-)", "Haha true", "Same here", "Me too", "Not yet", "Maybe later", "Yes pls", "Nope", "Soon", "Almost done",
    "Wat u doing?", "U there?", "Hw was ur day?", "Call me", "Text me later", "Ok wait", "Coming now", "Reached", "Leaving now",
    "Sorry, who's this? New phone lost all my contacts", "Wrong chat lol ignore", "Oops sent that to the wrong person sorry",
    # two-liners
    "Hey // are u coming to the thing tmrw?", "Sorry missed ur call // was in the shower", "Reached // will call after dinner",
    "Got the tickets!! // row F, seats 12 and 13", "Hi mum // landed safe, waiting for bags", "omg // did u see the news about the storm?",
    "Ok lar // I go first then", "Bro // the match is starting", "Happy bday!! // have an amazing day :-)", "Just got home // so tired",
    "Are u awake? // can't sleep lol", "Wat time tmr? // I'm free after 2", "Can u call me // when u get a min", "Thx for dinner // it was yum",
    "Forgot my keys // is anyone home?", "Good news // I passed!!", "Mom says hi // and bring the tupperware back lol",
    "Traffic is bad // start without me", "Hey stranger // long time!", "Dun forget // bring ur IC tmr", "Ok da // see u at 6",
    "Nearly home // put the kettle on x", "Yo // u still have my hoodie?", "Meeting ran over // leaving now",
    # more everyday lines
    "Hows ur mum doing?", "Kids asleep finally", "Just put the washing on", "Cat knocked over my plant again :(",
    "Pick up some bread if u pass the shop", "The wifi's down again", "I left my umbrella at yours", "What's the plan for Sunday?",
    "Stuck at work till 7", "Finished my exams!!!", "Booked the table for 4 at 8", "Can u send me the address?",
    "Ur parcel came, I put it inside", "Thanks for the flowers, so sweet x", "Don't wait up", "See u at the gate",
    "Just finished the run, legs are dead", "Did u lock the front door?", "Grandma wants a video call on Sunday", "We need to talk about the holiday dates",
    "How much do I owe u for the tickets?", "Sent u the money for dinner", "I'll pay u back tmrw promise", "Can u lend me 10 till Friday?",
    "Tell me when ur outside, I'll come down", "Landed, taking a taxi home", "I'm at the hospital with dad, nothing serious, just a check up",
    "Car won't start, might need a lift", "U left ur jacket in my car", "Any plans for the long weekend?", "Recipe pls!! That curry was amazing",
    "My phone is on 2% bye", "Call u in the morning", "Do u need a lift to the airport?", "Good luck for tmrw!! Sleep early",
    "Shop closes at 9, hurry", "What do u want for ur birthday?", "Drinks on me tonight", "Pls don't tell anyone yet, it's a surprise party",
    "U coming for the wedding right?", "Haha I told u so", "Stop making me laugh in class", "Class starts at 9 not 10",
    "Lunch at 1?", "On the bus now", "At the doctor's, will text after", "Baby's finally sleeping, call later",
    "Forgot ur charger here", "Sorry for late reply, was at my cousin's", "Pls water my plants while I'm away",
    "Can u feed the cat tmrw morning?", "The match got rained off", "Exam was ok la, not too bad", "Weather's lovely, fancy a walk?",
    "Made too much pasta, come over", "Just booked our flights!!", "Ur order came, it's on the table", "Anyone seen my blue scarf?",
]
CASUAL_REPLY = [
    "ok", "k", "kk", "ok :-)", "sure", "np", "cool", "thx", "ta", "cheers", "haha", "lol", "ok lor", "ok da", "ya", "yep", "nope", "on my way",
    "see u", "will do", "ok bro", "no worries", "thanks!", "got it", "aww thx", "ok noted", "can", "yes pls", "later", "same", "hehe", ":-)",
    "sure, what time?", "ok call u later", "ya ya", "lol ok",
]


def _sms_casual(x: Ctx) -> None:
    """An everyday SMS: usually a single message, sometimes a second line or a one-word reply."""
    rng = x.rng
    st = C.Style.random(rng, "en", C.pick(rng, (0.2, 0.5, 0.8)))
    if C.chance(rng, 0.7):
        st.emoji_p = 0.0
    st.sms = min(st.sms, 0.3)
    a = x.person(style=st)
    x.say(a, C.pick(rng, CASUAL_SMS), gap="chat")
    r = rng.random()
    if r < 0.10:
        b = x.person(casual=0.9)
        x.say(b, C.pick(rng, CASUAL_REPLY), gap=C.pick(rng, ("quick", "chat", "slow")))
    elif r < 0.13:
        x.say(a, C.pick(rng, CASUAL_SMS), gap="quick")


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
    ("sms_casual_oneliner", 46, _sms_casual),
)
_ENGLISH_ONLY = frozenset(name for name, _w, _f in PHONE_CALLS) | {"sms_casual_oneliner"}  # membership tests only

# top-level shares of benign: hard negatives, phone-call transcripts, everyday chats
P_HARD, P_CALL = 0.55, 0.14


def generate(rng: random.Random, count: int) -> list[dict]:
    """Return `count` benign conversations (dicts without ids): ~55% hard negatives, ~14% phone-call transcripts, the rest everyday chats."""
    out = []
    hard_pairs = tuple((i, w) for i, (_, w, _f) in enumerate(HARD))
    call_pairs = tuple((i, w) for i, (_, w, _f) in enumerate(PHONE_CALLS))
    easy_pairs = tuple((i, w) for i, (_, w, _f) in enumerate(EVERYDAY))
    for _ in range(count):
        r = rng.random()
        if r < P_HARD:
            name, _w, fn = HARD[C.weighted(rng, hard_pairs)]
        elif r < P_HARD + P_CALL:
            name, _w, fn = PHONE_CALLS[C.weighted(rng, call_pairs)]
        else:
            name, _w, fn = EVERYDAY[C.weighted(rng, easy_pairs)]
        lang = choose_lang(rng)
        with_ts = not C.chance(rng, 0.04)
        if name in _ENGLISH_ONLY:
            lang = "en"
            if name.startswith("call_"):
                with_ts = C.chance(rng, 0.3)  # call transcripts usually come without timestamps
        x = Ctx(rng, lang, name, label=LABEL, night_bias=0.2 if name.startswith("call_") else 0.5, with_ts=with_ts)
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
