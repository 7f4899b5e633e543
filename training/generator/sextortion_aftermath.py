"""Extra sextortion phrase banks for short, mid-way ("aftermath only") threads.

Real blackmail chats are often only a few messages long and start in the
middle: a countdown, a repeat demand after a payment, "my partner also has a
copy", a screenshot of the victim's followers with "I made a group", threats
naming one relative or one WhatsApp group, haggling over the amount, "pay and
I vanish", "send the payment screenshot", a two-line fake-police demand.

``EXTRA[stage][lang_key]`` lists templates in the ``common.expand`` syntax;
``sextortion.py`` merges them into its banks (new stages s_copy, s_group,
s_vanish, s_payss, p_short; additions to s_pressure, s_repeat, s_threat,
s_bargain). Slots: <amt>, <amt_low> (the victim's low offer), <amt_paid>,
<mins> (a countdown), <relx> (one named relative, already in the case each
language needs), <grp> (one named group), <n> (follower count), <victim>,
<media>, <officer>, <case_no>. Everything is non-graphic; names, numbers and
handles are invented at generation time.
"""

from __future__ import annotations


def T(block: str) -> list[str]:
    """Split a block into one template per non-empty, non-comment line."""
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip() and not ln.strip().startswith("#")]


# one named relative, in the form a template can use directly ("to <relx>" / "<relx> ko" / Marathi dative)
RELX = {
    "en": ["your brother", "your sister", "your father", "your dad", "your mother", "your mom", "your wife", "your in-laws", "your father-in-law", "your uncle", "your elder brother", "your cousin sister"],
    "hi-Latn": ["tere bhai", "teri behen", "tere papa", "teri mummy", "teri biwi", "tere sasural walon", "tere sasur", "tere chacha", "tere mama", "tere jija", "tere bade bhai"],
    "hi": ["तुम्हारे भाई", "तुम्हारी बहन", "तुम्हारे पापा", "तुम्हारी मम्मी", "तुम्हारी पत्नी", "तुम्हारे ससुराल वालों", "तुम्हारे चाचा", "तुम्हारे मामा", "तुम्हारे जीजा"],
    "mr": ["तुझ्या भावाला", "तुझ्या बहिणीला", "तुझ्या बाबांना", "तुझ्या आईला", "तुझ्या बायकोला", "तुझ्या सासरच्यांना", "तुझ्या काकांना", "तुझ्या मामांना", "तुझ्या दादाला"],
    "mr-Latn": ["tuzya bhavala", "tuzya bahinila", "tuzya babana", "tuzya aaila", "tuzya baykola", "tuzya sasarchyana", "tuzya kakana", "tuzya mamana", "tuzya dadala"],
}

# one named group
GRP = {
    "en": ["office group", "college group", "society group", "family group", "building group", "class group", "department group", "relatives group", "alumni group"],
    "hi-Latn": ["office group", "college group", "society group", "family group", "mohalla group", "rishtedaron wale group", "class group"],
    "hi": ["ऑफिस ग्रुप", "कॉलेज ग्रुप", "सोसाइटी ग्रुप", "फैमिली ग्रुप", "मोहल्ले के ग्रुप", "रिश्तेदारों वाले ग्रुप"],
    "mr": ["ऑफिसच्या ग्रुप", "कॉलेजच्या ग्रुप", "सोसायटीच्या ग्रुप", "फॅमिली ग्रुप", "गावाच्या ग्रुप", "पाहुण्यांच्या ग्रुप"],
    "mr-Latn": ["office group", "college group", "society group", "family group", "gavachya group", "pahunyanchya group"],
}

MINS = ("2", "3", "5", "5", "10", "10", "10", "15", "15", "20", "30")

EXTRA: dict[str, dict[str, list[str]]] = {}

# ------------------------------------------------------------ countdowns / deadlines (-> s_pressure)
EXTRA["s_pressure"] = {
    "en": T("""
        <mins> minutes left {⏳|⏰|}
        {only|} <mins> min {left|remaining}. after that {i post|no going back}
        {clock is running|timer started}. <mins> minutes
        {by|till} {9 pm|10 pm|11 pm|midnight|6 am} {payment|money} {should|must} {come|reach}, {else|or} {upload|video goes live}
        {your|ur} time {ends|is over} in <mins> {minutes|mins}
        {i'm|im} giving {you|u} <mins> {minutes|mins}, {not one second more|no extension}
        {countdown started|counting started} ⏳ <mins>:00
        <mins> {mintue|minits|minutes} {baaki|left} bro {then|after that} {dont|don't} {cry|blame me}
        {after|in} <mins> minutes <relx> {gets|will get} {the|a} {message|link}
        {half an hour|1 hour} {was|is} {your|the} {limit|deadline}. {already|now} <mins> minutes {gone|passed}
        {tick tock|tik tok} ⏰ <mins> {min|minutes}
        {if|agar} {payment|money} {not|doesnt} {come|reach} in <mins> {min|minutes}, {i will|ill} {start sending|begin}
        {last|final} <mins> {minutes|min}. {decide|think} {fast|quickly}
        {deadline|time limit}: {tonight|today} {10|11} {pm|baje}. {no|NO} extension
        {still|} <mins> {min|mins} {u|you} {have|hv}. {use it|think wisely}
    """),
    "hi-Latn": T("""
        <mins> minute baaki hai {⏳|⏰|}
        sirf <mins> minute hai tere paas
        <mins> min mein paise nahi aaye to upload
        time shuru ho gaya, <mins> minute
        raat {10|11|12} baje tak ka time hai, uske baad sab khatam
        <mins> minute ke baad mujhe mat bolna
        ghadi dekh, <mins> minute bache hain
        <mins> mint me payment kar warna <relx> ko link jayega
        ek ek minute gin raha hoon, <mins> baaki
        jaldi kar, <mins> minute mein decide kar
        bas <mins> minute, phir mat rona
    """),
    "hi": T("""
        <mins> मिनट बाकी हैं {⏳|}
        सिर्फ <mins> मिनट हैं तुम्हारे पास
        <mins> मिनट में पैसे नहीं आए तो अपलोड
        टाइम शुरू हो गया है, <mins> मिनट
        रात {10|11} बजे तक का टाइम है, उसके बाद सब खत्म
        घड़ी देखो, <mins> मिनट बचे हैं
        <mins> मिनट के बाद मुझे मत बोलना
        एक एक मिनट गिन रहा हूँ, <mins> बाकी
        <mins> मिनट में पेमेंट करो वरना <relx> को लिंक जाएगा
    """),
    "mr": T("""
        <mins> मिनिटं बाकी आहेत {⏳|}
        फक्त <mins> मिनिटं आहेत तुझ्याकडे
        <mins> मिनिटांत पैसे आले नाहीत तर अपलोड
        वेळ सुरू झालाय, <mins> मिनिटं
        रात्री {10|11} वाजेपर्यंत वेळ आहे, नंतर सगळं संपलं
        घड्याळ बघ, <mins> मिनिटं उरलीत
        <mins> मिनिटांनंतर मला काही बोलू नकोस
        <mins> मिनिटांत पेमेंट कर नाहीतर <relx> लिंक जाईल
    """),
    "mr-Latn": T("""
        <mins> minute baki ahet
        fakt <mins> minute ahet tuzyakade
        <mins> minitat paise ale nahit tar upload
        vel suru zalay, <mins> minute
        ratri {10|11} vajeparyant vel ahe, nantar sagla sampla
        ghadyal bagh, <mins> minute uralit
        <mins> minitat payment kar nahitar <relx> link jail
    """),
}

# ------------------------------------------------------------ repeat demands after a payment (-> s_repeat)
EXTRA["s_repeat"] = {
    "en": T("""
        {got|received} <amt_paid>. {now|} send <amt> more {and done|then finish}
        send <amt> more {bro|yaar|}
        that was {advance|the first installment}. {balance|remaining} <amt>
        {payment|money} {received|recieved} but {server|upload} {charge|fee} is <amt> {more|extra}
        {u|you} {thought|think} it's over? {lol|haha}. <amt> more
        {need|want} <amt> {again|one more time}, {last time|final} {i swear|promise}
        {ok|k} {got it|recieved}. {now|next} <amt> for {deleting from cloud|removing the backup}
        {your|ur} <amt_paid> {is not enough|is nothing}. {send|pay} <amt> {more|extra} {today|tonight}
        {i said|told u} {full|complete} amount. {send|pay} {balance|the rest} <amt> {now|fast}
        {video|clip} {is|was} {also|} on {my|our} {other phone|laptop}, {that|deletion} {costs|needs} <amt> {more|}
    """),
    "hi-Latn": T("""
        <amt_paid> mil gaye. ab <amt> aur bhej
        <amt> aur bhejo, bas last
        woh advance tha, baaki <amt> bhejo
        paise aaye par backup delete ke <amt> aur lagenge
        socha khatam ho gaya? 😂 <amt> aur
        ek baar aur <amt>, kasam se last
        itne se kaam nahi chalega, <amt> aur daal
        pura amount bola tha maine, baaki <amt> abhi
    """),
    "hi": T("""
        <amt_paid> मिल गए। अब <amt> और भेजो
        <amt> और भेजो, बस आखिरी बार
        वो एडवांस था, बाकी <amt> भेजो
        सोचा खत्म हो गया? <amt> और
        इतने से काम नहीं चलेगा, <amt> और डालो
        बैकअप डिलीट करने के <amt> और लगेंगे
    """),
    "mr": T("""
        <amt_paid> मिळाले. आता अजून <amt> पाठव
        अजून <amt> पाठव, शेवटचं
        ते ॲडव्हान्स होतं, बाकी <amt> पाठव
        वाटलं संपलं? अजून <amt>
        एवढ्याने काही होणार नाही, अजून <amt> टाक
    """),
    "mr-Latn": T("""
        <amt_paid> milale. ata ajun <amt> pathav
        ajun <amt> pathav, shevatcha
        te advance hota, baki <amt> pathav
        vatla sampla? ajun <amt>
    """),
}

# ------------------------------------------------------------ "my partner/friend/boss also has a copy" (new stage)
EXTRA["s_copy"] = {
    "en": T("""
        my {friend|partner} also has {a copy|the video}, he wants <amt> {too|also}
        {i|I} deleted {my copy|mine}. but my {partner|boss} {still has it|has one copy}, {talk to|pay} him <amt>
        {it's|its} not {only|just} me bro, {my team|3 people} {have|has} {your|ur} video
        {my boss|the boss} {saw|found} {the|ur} video {in my phone|on the laptop}, {he|now he} {wants|is asking} <amt>
        {copy|one copy} {was|is} {sent|forwarded} to my {partner|brother} {before|already}. he {will|wil} {upload|post} {if|unless} {you|u} pay <amt>
        {payment|ur payment} {came|reached} to me, {but|now} {my friend|my partner} {needs|wants} {his share|his part} <amt>
        {another|one more} {guy|person} {has|got} {your|ur} {recording|clip}, {i|I} {can't|cant} {stop|control} him {without|unless} <amt>
    """),
    "hi-Latn": T("""
        mere dost ke paas bhi copy hai, usko bhi <amt> chahiye
        maine apni copy delete kar di, par mere partner ke paas hai, usko <amt> do
        akela main nahi hoon bhai, 3 log hain jinke paas video hai
        boss ne video dekh li, ab woh <amt> maang raha hai
        ek copy mere bhai ke paas chali gayi thi, woh <amt> ke bina nahi manega
        mere partner ka hissa baaki hai, <amt>
        ek aur bande ke paas recording hai, <amt> do toh usse bhi delete karwa dunga
    """),
    "hi": T("""
        मेरे दोस्त के पास भी कॉपी है, उसे भी <amt> चाहिए
        मैंने अपनी कॉपी डिलीट कर दी, पर मेरे पार्टनर के पास है, उसे <amt> दो
        बॉस ने वीडियो देख लिया, अब वो <amt> माँग रहा है
        तीन लोगों के पास तुम्हारा वीडियो है
        मेरे पार्टनर का हिस्सा बाकी है, <amt>
    """),
    "mr": T("""
        माझ्या मित्राकडे पण कॉपी आहे, त्याला पण <amt> पाहिजेत
        मी माझी कॉपी डिलीट केली, पण माझ्या पार्टनरकडे आहे, त्याला <amt> दे
        बॉसने व्हिडिओ पाहिला, आता तो <amt> मागतोय
        तीन लोकांकडे तुझा व्हिडिओ आहे
    """),
    "mr-Latn": T("""
        mazya mitrakade pan copy ahe, tyala pan <amt> pahijet
        mi mazi copy delete keli, pan partner kade ahe, tyala <amt> de
        boss ne video pahila, ata to <amt> magtoy
        tin lokankade tuza video ahe
    """),
}

# ------------------------------------------------------------ named relative / named group threats (-> s_threat)
EXTRA["s_threat"] = {
    "en": T("""
        {sending|i'm sending} {it|the video} to <relx> in <mins> minutes
        <relx> {will|is going to} {get|receive} {the|a} {link|video} {first|tonight}
        {shall i|should i} send {it|this} to <relx>? {reply|answer}
        {i have|got} {the number of|contact of} <relx> {also|too}. {want|do you want} {a|the} {demo|proof}?
        {first|1st} <relx>, {then|after that} {everyone else|all ur relatives}
        {imagine|think} <relx> {opening|watching} {this|the clip} {😂|}
        {i will|ill} post {it|the video} in {your|ur} <grp> {with ur name|tonight}
        {your|ur} <grp> {admin|members} {will|gonna} {see|get} {it|this} {first|in 5 min}
        {found|i found} {your|ur} <grp>. {one|1} {forward|msg} {and|&} {done|its over}
        {all|every one of} {your|ur} {followers|insta followers} {will|wil} {get|receive} {it|the clip} {in DM|as a story}
        {imagine|think} {ur|your} {colleagues|manager} {in the|on} <grp> {watching|seeing} {this|it}
    """),
    "hi-Latn": T("""
        <relx> ko <mins> minute mein bhej raha hoon
        pehle <relx> ko jayegi, phir sabko
        <relx> ka number mere paas hai, demo dikhaun?
        bhej du <relx> ko? bol
        soch <relx> jab yeh dekhenge {😂|}
        sabse pehle <relx> ke phone pe jayegi
        tere <grp> mein daal dunga naam ke saath
        <grp> ke sab members dekhenge
        tera <grp> mil gaya, ek forward aur khatam
        tere saare followers ko DM kar dunga
        office group mein gayi toh naukri gayi samjho
    """),
    "hi": T("""
        <relx> को <mins> मिनट में भेज रहा हूँ
        पहले <relx> को जाएगा, फिर सबको
        <relx> का नंबर मेरे पास है
        भेज दूँ <relx> को? बोलो
        सोचो <relx> जब ये देखेंगे
        तुम्हारे <grp> में डाल दूँगा नाम के साथ
        <grp> के सब लोग देखेंगे
        तुम्हारे सारे फॉलोअर्स को भेज दूँगा
    """),
    "mr": T("""
        <mins> मिनिटांत <relx> पाठवतो
        आधी <relx> जाईल, मग सगळ्यांना
        पाठवू का <relx>? बोल
        <relx> दाखवू का?
        तुझ्या <grp> मध्ये टाकतो नावासकट
        <grp> मधले सगळे बघतील
        तुझ्या सगळ्या फॉलोअर्सना पाठवतो
        ऑफिसच्या ग्रुपमध्ये गेला तर नोकरी गेली समज
    """),
    "mr-Latn": T("""
        <mins> minitat <relx> pathavto
        adhi <relx> jail, mag saglyana
        pathavu ka <relx>? bol
        tuzya <grp> madhe takto navasakat
        <grp> madhle sagle baghtil
        tuzya saglya followers na pathavto
    """),
}

# ------------------------------------------------------------ "I created a group with your contacts" (new stage)
EXTRA["s_group"] = {
    "en": T("""
        {look|see}, {i made|I created} a group {with|of} {your|ur} <n> {followers|contacts} <media>
        {group|new group} {created|ready}: {all|every one of} {your|ur} {relatives|contacts|followers}. {one|1} click {to add|and I post}
        {i'll|i will} add all <n> {people|followers} {to|in} {the|this} group and {post|drop} the clip
        {check|see} {this|the} screenshot, {your|ur} {followers list|friend list} {is|all} {saved|with me} <media>
        {group name|named the group} '<victim> exposed'. {adding|add} {people|members} {now|in 5 min}
        {your|ur} {family|relatives} {are|r} {already|} {in|added to} {my|the} group, {only|just} {video|clip} {pending|left}
        {made|created} {a|one} {whatsapp|insta} group {with|of} {ur|your} {college|office} {people|friends}. {shall|should} {i|I} {post|send}?
    """),
    "hi-Latn": T("""
        dekh tere <n> followers ka group bana diya <media>
        group ready hai, tere saare contacts hain usme. ek click
        sab <n> logon ko group mein add karke clip daal dunga
        screenshot dekh, teri followers list mere paas save hai <media>
        group ka naam rakha hai '<victim> ki sachai', add kar raha hoon sabko
        tere rishtedar group mein aa gaye, bas video baaki hai
        tere college walon ka group bana liya hai, daal du?
    """),
    "hi": T("""
        देखो तुम्हारे <n> फॉलोअर्स का ग्रुप बना दिया <media>
        ग्रुप तैयार है, तुम्हारे सारे कॉन्टैक्ट्स उसमें हैं
        सब <n> लोगों को ग्रुप में ऐड करके क्लिप डाल दूँगा
        स्क्रीनशॉट देखो, तुम्हारी फॉलोअर्स लिस्ट मेरे पास है <media>
        तुम्हारे रिश्तेदार ग्रुप में आ गए हैं, बस वीडियो बाकी है
    """),
    "mr": T("""
        बघ तुझ्या <n> फॉलोअर्सचा ग्रुप बनवला <media>
        ग्रुप तयार आहे, तुझे सगळे कॉन्टॅक्ट्स त्यात आहेत
        सगळ्या <n> लोकांना ग्रुपमध्ये ॲड करून क्लिप टाकतो
        स्क्रीनशॉट बघ, तुझी फॉलोअर्स लिस्ट माझ्याकडे आहे <media>
    """),
    "mr-Latn": T("""
        bagh tuzya <n> followers cha group banavla <media>
        group tayar ahe, tuze sagle contacts tyat ahet
        saglya <n> lokana group madhe add karun clip takto
        screenshot bagh, tuzi followers list mazyakade ahe <media>
    """),
}

# ------------------------------------------------------------ bargaining (-> s_bargain)
EXTRA["s_bargain"] = {
    "en": T("""
        <amt_low>? {you think I'm a beggar|am i a beggar}? <amt> {last|final}
        <amt_low> {is|=} {a joke|joke}. <amt> {or|else} {upload|i post}
        {no|nope}. <amt> {last offer|final offer}, {take it or leave it|no more talk}
        {don't|dont} {bargain|do bargaining} {with me|here}. <amt> {final|fix}
        {ok|okk} {for you|last time} <amt>, {not|no} {less|one rupee less}
        {what will|wat will} {i|I} do with <amt_low>? {send|pay} <amt>
        {you|u} {have|hv} {gpay|phonepe}, {i know|i knw} {you|u} {can|have} <amt>
    """),
    "hi-Latn": T("""
        <amt_low>? bhikari samjha hai kya? <amt> last
        <amt_low> mein kya hoga, <amt> bhej
        mol bhav mat kar, <amt> final
        chal tere liye <amt>, ek rupya kam nahi
        <amt_low> se kuch nahi hoga, <amt> last offer
        bargain karega toh rate badh jayega, <amt>
    """),
    "hi": T("""
        <amt_low>? भिखारी समझा है क्या? <amt> आखिरी
        <amt_low> में क्या होगा, <amt> भेजो
        मोलभाव मत करो, <amt> फाइनल
        <amt_low> भेजकर एहसान कर रहे हो? <amt> चाहिए
        तुम्हारे लिए <amt>, एक रुपया कम नहीं
    """),
    "mr": T("""
        <amt_low>? भिकारी समजलास का? <amt> शेवटचं
        <amt_low> मध्ये काय होणार, <amt> पाठव
        घासाघीस करू नकोस, <amt> फायनल
        तुझ्यासाठी <amt>, एक रुपया कमी नाही
    """),
    "mr-Latn": T("""
        <amt_low>? bhikari samajlas ka? <amt> shevatcha
        <amt_low> madhe kay honar, <amt> pathav
        ghasaghis karu nakos, <amt> final
        tuzyasathi <amt>, ek rupaya kami nahi
    """),
}

# ------------------------------------------------------------ "pay and I vanish forever" (new stage)
EXTRA["s_vanish"] = {
    "en": T("""
        <amt> and {I vanish|i disappear} {forever|from ur life}
        {send|pay} <amt>, {i delete everything|everything deleted} {and|&} {block you|you never hear from me}
        {after|once} <amt> {i|I} {will|'ll} {delete my id|delete this account} {also|too}
        <amt> {only|}. {then|after that} {i|I} {am|'m} {gone|out}, {promise|100%}
        {pay|send} <amt> {and|then} {this number|this id} {will be|is} {switched off|deleted}
        {last|final} {deal|settlement}: <amt>, {then|and} {no more msgs|we never talk again}
        <amt> {bhejo|send} {and|n} {forget me|i forget u} {forever|for life}
    """),
    "hi-Latn": T("""
        <amt> bhej aur main hamesha ke liye gayab
        <amt> do, sab delete aur tujhe kabhi msg nahi karunga
        <amt> ke baad yeh id bhi delete kar dunga
        bas <amt>, phir main teri life se bahar
        <amt> daal, yeh number band ho jayega
        last settlement <amt>, uske baad kabhi baat nahi hogi
    """),
    "hi": T("""
        <amt> भेजो और मैं हमेशा के लिए गायब
        <amt> दो, सब डिलीट और कभी मैसेज नहीं करूँगा
        <amt> के बाद ये आईडी भी डिलीट कर दूँगा
        बस <amt>, फिर मैं तुम्हारी ज़िंदगी से बाहर
        आखिरी सौदा <amt>, उसके बाद कभी बात नहीं होगी
    """),
    "mr": T("""
        <amt> पाठव आणि मी कायमचा गायब
        <amt> दे, सगळं डिलीट आणि परत कधी मेसेज नाही
        <amt> नंतर हा आयडी पण डिलीट करतो
        फक्त <amt>, मग मी तुझ्या आयुष्यातून बाहेर
    """),
    "mr-Latn": T("""
        <amt> pathav ani mi kayamcha gayab
        <amt> de, sagla delete ani parat kadhi msg nahi
        fakt <amt>, mag mi tuzya ayushyatun baher
        <amt> nantar ha id pan delete karto
    """),
}

# ------------------------------------------------------------ payment-screenshot requests (new stage)
EXTRA["s_payss"] = {
    "en": T("""
        send {payment|paymnt} screenshot
        {ss|screenshot} {of|for} {payment|transfer} {bhejo|send} {fast|now}
        {no|without} screenshot {no|=no} {delete|deal}
        {paid|done}? {then|} {send|share} {the|} {screenshot|ss} {with|showing} {UTR|transaction id}
        {i|I} {didn't|didnt} {get|receive} {anything|any msg}. {send|show} {screenshot|proof}
        {screenshot|ss} {bhejna|send} {payment ka|of payment} {warna|or} {i'll think|consider} {u|you} {didn't|didnt} pay
        {send|share} {transaction|txn} {id|ref no} {and|+} {screenshot|ss}
    """),
    "hi-Latn": T("""
        screenshot bhejna payment ka
        payment ka ss bhej jaldi
        bina screenshot ke kuch delete nahi hoga
        bhej diya? toh screenshot dikha UTR ke saath
        kuch nahi aaya mere paas, proof bhej
        transaction id aur screenshot dono bhejo
    """),
    "hi": T("""
        पेमेंट का स्क्रीनशॉट भेजो
        स्क्रीनशॉट भेजना पेमेंट का
        बिना स्क्रीनशॉट के कुछ डिलीट नहीं होगा
        ट्रांजैक्शन आईडी और स्क्रीनशॉट दोनों भेजो
        भेज दिया? तो स्क्रीनशॉट दिखाओ UTR के साथ
    """),
    "mr": T("""
        पेमेंटचा स्क्रीनशॉट पाठव
        स्क्रीनशॉट पाठवायचा पेमेंटचा
        स्क्रीनशॉटशिवाय काही डिलीट होणार नाही
        ट्रान्झॅक्शन आयडी आणि स्क्रीनशॉट दोन्ही पाठव
    """),
    "mr-Latn": T("""
        payment cha screenshot pathav
        screenshot pathvaycha payment cha
        screenshot shivay kahi delete honar nahi
        transaction id ani screenshot donhi pathav
    """),
}

# ------------------------------------------------------------ short fake-police lines (new stage)
EXTRA["p_short"] = {
    "en": T("""
        {This is|From} Cyber Cell. {Your|Ur} video {complaint|case} {is|has been} {registered|filed}. {call|contact} {immediately|now}
        {Pay|Deposit} <amt> {today|within 2 hours} {to close|for closing} {case|your file} <case_no>
        {Sir|} {you have|u have} {1|one} hour. {after that|else} {FIR|arrest warrant}
        {YouTube|Youtube} {officer|team} here. {video|ur video} {removal|deletion} {fee|charge} <amt>
        {your|ur} {parents|family} {will be|wil be} {informed|called} {if|unless} {settlement|payment} {is not done|not done} {today|by evening}
        {police|team} {is|r} {coming|on the way} {to|at} {your|ur} {address|home}. {settle|pay} {now|fast}
        <officer> {here|speaking}. {case|matter} {can be|will be} {closed|settled} {for|at} <amt>
    """),
    "hi-Latn": T("""
        cyber cell se bol raha hoon, aapki video ki complaint darj hai, turant contact karo
        case <case_no> band karne ke liye aaj <amt> jama karo
        1 ghanta hai aapke paas, uske baad FIR
        YouTube officer hoon, video hatane ki fees <amt>
        settlement nahi hua toh ghar walon ko thane bulayenge
        police team aapke address pe nikal chuki hai, abhi settle karo
    """),
    "hi": T("""
        साइबर सेल से बोल रहा हूँ, आपके वीडियो की शिकायत दर्ज है
        केस <case_no> बंद करने के लिए आज <amt> जमा करो
        एक घंटा है आपके पास, उसके बाद एफआईआर
        यूट्यूब ऑफिसर हूँ, वीडियो हटाने की फीस <amt>
        पुलिस टीम आपके पते पर निकल चुकी है
    """),
    "mr": T("""
        सायबर सेलमधून बोलतोय, तुमच्या व्हिडिओची तक्रार दाखल आहे
        केस <case_no> बंद करायला आज <amt> भरा
        एक तास आहे तुमच्याकडे, नंतर एफआयआर
        यूट्यूब ऑफिसर आहे, व्हिडिओ काढायची फी <amt>
    """),
    "mr-Latn": T("""
        cyber cell madhun boltoy, tumchya video chi takrar dakhal ahe
        case <case_no> band karayla aaj <amt> bhara
        ek tas ahe tumchyakade, nantar FIR
    """),
}
