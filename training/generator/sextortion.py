"""Sextortion conversations for the chatrisk training corpus.

``generate(rng, count)`` composes conversations from large per-stage phrase
banks (English, Hinglish, Hindi, Marathi in both scripts, and mixes):
befriending, platform move, video call, oblique undress requests, recording
claim, leak threats, money demands, payment channels, repeat demands, fake
police follow-ups, loan-app morphed-photo threats, webcam-hack bluffs and
more, with optional stages, partial sequences, small talk and surface noise.
Everything is non-graphic. Deterministic for a given ``random.Random``.

Templates use the ``common.expand`` syntax: {a|b} alternatives and <slot>
placeholders.
"""

from __future__ import annotations

def T(block: str) -> list[str]:
    """Split a block into one template per non-empty, non-comment line."""
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip() and not ln.strip().startswith("#")]


B: dict[str, dict[str, list[str]]] = {}

# ---------------------------------------------------------------- befriending
B["s_hello"] = {
    "en": T("""
        Hi {dear|handsome|there|}{| 😊| 🙂| ❤️}
        hello {how are you|hru|wassup}?
        Hey, I saw your profile, you look {so cute|really nice|decent and sweet}
        hi, can we be friends?
        Hii, {I am|im} <persona> from <city>. nice to meet you
        hello dear, are you single?
        {hey|hi} stranger {| 😉}, you don't accept requests easily huh
        Hi, {sorry to disturb|sorry for the random message}, you seem like a nice person
        you have {a very nice smile|nice pics|a good profile}, want to chat?
        Hey! {we have|I saw we have} {some|a few} mutual friends
        hello ji {|🙏} friendship?
        hi sweetu, free to talk?
        I'm new in <city>, don't have many friends here. can we talk?
        hey, u look familiar. do we know each other?
        Hello, I found you in people you may know. how r u
        hi, {thanks for accepting my request|thanks for following back} {|🥰}
        Good evening {dear|handsome}, what are you doing?
        {hey|hi} i'm bored, talk to me {na|please}
        Hi there, I'm <persona>. I like your {posts|pics|bio}
        hello, are you from <city>? me too
        hi hi, {why so serious in your dp|your dp is so nice}
        hey can i ask u something? u r {married|committed}?
        Hello {sir|ji}, nice profile. friendly chat?
        hi {babe|dear}, feeling lonely tonight
        Heyyy
    """),
    "hi-Latn": T("""
        Hii {kaise ho|kya kar rahe ho}{| 😊}
        hello ji, friendship karoge?
        Hi, aapki profile dekhi, bahut {acche|cute|smart} lagte ho
        hello dear, main <persona>, <city> se
        hii {baby|jaan|dear}, free ho?
        aap single ho kya?
        hello, request accept karne ke liye thank you {|🥰}
        hi, mujhe naye dost banane hain, baat karoge?
        aap bahut {handsome|smart} ho yaar, girlfriend hai kya?
        hello ji, {hum|hm} mil chuke hain kya pehle?
        hi, akeli bore ho rahi hoon, baat karo na
        {hii|hi} stranger, itne serious kyun ho dp mein
        aapki smile bahut acchi hai
        hello, main <city> mein nayi hoon, yahan koi dost nahi hai
        hi jaan, online ho?
        good evening ji, khana kha liya?
        hello, aap kahan se ho?
        hiii, bas aise hi msg kiya, bura to nahi laga?
        hello sir, friendship ka request bheja tha
        hey, aapke posts bahut acche hain
        hi, aapse baat karni thi, time hai?
        kya main aapse dosti kar sakti hoon?
    """),
    "hi": T("""
        हाय, कैसे हो {|😊}
        नमस्ते जी, दोस्ती करोगे?
        हेलो, आपकी प्रोफाइल देखी, बहुत अच्छे लगते हो
        हाय, मैं <persona>, <city> से
        आप सिंगल हो क्या?
        रिक्वेस्ट एक्सेप्ट करने के लिए धन्यवाद
        हेलो जी, बात करोगे? अकेली बोर हो रही हूँ
        आपकी मुस्कान बहुत प्यारी है
        हाय, आप कहाँ से हो?
        नमस्ते, मैं यहाँ नई हूँ, कोई दोस्त नहीं है
        हेलो, क्या हम पहले मिले हैं?
        हाय जान, ऑनलाइन हो?
    """),
    "mr": T("""
        हाय, कसा आहेस {|😊}
        नमस्कार, मैत्री करशील का?
        हॅलो, तुझी प्रोफाइल पाहिली, खूप छान दिसतोस
        हाय, मी <persona>, <city> ची
        तू सिंगल आहेस का?
        रिक्वेस्ट स्वीकारल्याबद्दल धन्यवाद
        हॅलो, बोलशील का? कंटाळा आलाय
        तुझं हसू खूप छान आहे
        तू कुठला आहेस?
        मी इथे नवीन आहे, कोणी मित्र नाहीत
        आपण आधी भेटलोय का?
    """),
    "mr-Latn": T("""
        hi, kasa ahes {|😊}
        hello, maitri karshil ka?
        tuzi profile pahili, khup chan distos
        hi, mi <persona>, <city> chi
        tu single ahes ka?
        request accept kelyabaddal thanks
        bolshil ka? kantala alay
        tu kuthla ahes?
        mi ithe navin ahe, kuni mitra nahit
        aapan adhi bhetloy ka?
    """),
}

B["s_reel"] = {
    "en": T("""
        Hey, {loved|really liked|just saw} your {latest|new|last} reel {🔥|😍|👏}
        your reel on <reel_topic> was {so good|amazing|too funny} {haha|😂|}
        omg your {dance|gym|travel|cooking} reel, you're so talented
        hi, came here from your reel. you have a great voice
        that reel you posted yesterday {is|was} {🔥🔥|fire}, how do you edit like that?
        I watched your reel {like|} 10 times {lol|😂}
        your reels are so {cute|good}, why so few followers?
        hey reel star, can I {be your fan|follow you}? 😄
    """),
    "hi-Latn": T("""
        hii, aapki {reel|nayi reel} dekhi, {kamaal|mast|zabardast} thi {🔥|😍}
        aapki <reel_topic> wali reel bahut acchi thi
        yaar aap kitna accha {dance|edit} karte ho
        aapki reel dekh ke msg kiya, bura mat maanna
        kal wali reel {bahut funny thi 😂|ekdum fire thi 🔥}
        aapke reels itne acche hain, followers kam kyun hain
    """),
    "hi": T("""
        आपकी नई रील देखी, बहुत अच्छी थी {🔥|😍}
        आपकी <reel_topic> वाली रील कमाल थी
        रील देखकर मैसेज किया, बुरा मत मानना
    """),
    "mr": T("""
        तुझी नवीन रील पाहिली, भारी होती {🔥|😍}
        तुझी <reel_topic> वाली रील खूप छान होती
        रील पाहून मेसेज केला, राग मानू नकोस
    """),
    "mr-Latn": T("""
        tuzi navin reel pahili, bhari hoti {🔥|😍}
        tuzi <reel_topic> wali reel khup chan hoti
        reel pahun msg kela, rag manu nakos
    """),
}

B["d_match"] = {
    "en": T("""
        Hey! we matched 😊
        hi, your profile made me smile. how's your {week|day} going?
        hello, {finally a match who isn't boring|nice to match with you} haha
        Hi! I liked your bio, {travel|foodie|gym} person?
        {hey|hii}, {so|} what are you looking for on here?
        we matched! I don't open this app much, do you use WhatsApp?
        hey cutie, swiped right on you instantly 😉
    """),
    "hi-Latn": T("""
        hii, match ho gaya 😊
        hello, aapka bio accha laga
        hi, yahan kya dhundh rahe ho, serious ya timepass?
        match hua, main yeh app kam use karti hoon
    """),
    "hi": T("""
        हाय, हमारा मैच हो गया 😊
        आपका बायो अच्छा लगा
        यहाँ क्या ढूँढ रहे हो?
    """),
    "mr": T("""
        हाय, आपला मॅच झाला 😊
        तुझा बायो आवडला
    """),
    "mr-Latn": T("""
        hi, aapla match zala 😊
        tuza bio avadla
    """),
}

B["v_hello"] = {
    "en": T("""
        hi
        hello, who is this?
        hey {|🙂}
        do I know you?
        hi, {how did you find me|where did you get my id}?
        thanks 😊
        hello, yes tell me
        haha thanks, you too
        hii, nice to meet you
        hey, sorry for late reply
        ok hi
        yes single, why?
        hmm hi
    """),
    "hi-Latn": T("""
        hi
        hello, kaun?
        haan ji bolo
        hum jaante hain kya ek dusre ko?
        thank you 😊
        hi, aap kahan se ho?
        hii, haan baat kar sakte hain
        arre thanks, aap bhi
        haan single hoon, kyun?
        sorry late reply ke liye
    """),
    "hi": T("""
        हाय
        हेलो, कौन?
        हाँ जी बोलिए
        धन्यवाद 😊
        आप कहाँ से हो?
        हाँ, बात कर सकते हैं
    """),
    "mr": T("""
        हाय
        हॅलो, कोण?
        हो बोल
        धन्यवाद 😊
        तू कुठली आहेस?
        हो, बोलू शकतो
    """),
    "mr-Latn": T("""
        hi
        hello, kon?
        ho bol
        thanks 😊
        tu kuthli ahes?
        ho, bolu shakto
    """),
}

B["s_intro"] = {
    "en": T("""
        I'm <persona>, {23|24|25|26} {years|yrs}, from <city>
        I work in a {call centre|salon|bank|private company} in <city>, just shifted here
        I'm a {student|model|nurse|fashion designer}, staying alone in a PG
        I just broke up {with my bf|last month}, feeling lonely these days
        my parents are in <city>, I live alone here for job
        {I'm|im} divorced, no kids. boring life {haha|😅}
        what do you do? you look like {an engineer|a gym guy|a good boy}
        where do you stay? which area?
    """),
    "hi-Latn": T("""
        main <persona>, {23|24|25} saal, <city> se
        main yahan {job|padhai} ke liye akeli rehti hoon
        {abhi|kuch din pehle} breakup hua hai, bahut akela feel hota hai
        aap kya karte ho? {job|padhai}?
        aap kahan rehte ho, kaunsa area?
        main {salon|call centre|hospital} mein kaam karti hoon
        mere ghar wale <city> mein hain, main yahan PG mein hoon
    """),
    "hi": T("""
        मैं <persona>, <city> से हूँ, यहाँ अकेली रहती हूँ
        आप क्या करते हो?
        कुछ दिन पहले ब्रेकअप हुआ है, अकेलापन लगता है
        आप कहाँ रहते हो?
    """),
    "mr": T("""
        मी <persona>, <city> ची आहे, इथे एकटी राहते
        तू काय करतोस?
        काही दिवसांपूर्वी ब्रेकअप झालं, एकटं वाटतं
        तू कुठे राहतोस?
    """),
    "mr-Latn": T("""
        mi <persona>, <city> chi ahe, ithe ekti rahte
        tu kay kartos?
        kahi divsapurvi breakup zala, ekta vatta
        tu kuthe rahtos?
    """),
}

B["v_intro"] = {
    "en": T("""
        I'm {working in IT|in college|doing a job in <vcity>|preparing for exams}
        I stay in <vcity> with my {family|parents|friends}
        oh sorry to hear that
        {engineer|student|sales guy} haha, what about you
        nothing much, just {work|college} and home
        {ya|yeah} single, no time for all that
    """),
    "hi-Latn": T("""
        main {job karta hoon|padhai kar raha hoon|business karta hoon}
        <vcity> mein rehta hoon family ke saath
        arre sorry yaar
        bas {office|college} aur ghar, aur kuch nahi
        haan single hoon abhi
    """),
    "hi": T("""
        मैं नौकरी करता हूँ
        <vcity> में परिवार के साथ रहता हूँ
        ओह, सॉरी
        हाँ सिंगल हूँ
    """),
    "mr": T("""
        मी जॉब करतो
        <vcity> मध्ये घरच्यांसोबत राहतो
        अरे, सॉरी
        हो सिंगल आहे
    """),
    "mr-Latn": T("""
        mi job karto
        <vcity> madhe gharchyansobat rahto
        are sorry
        ho single ahe
    """),
}

B["s_flirt"] = {
    "en": T("""
        you're {so sweet|very cute|different from other guys} {😘|🥰|}
        I feel {so comfortable|very free} talking to you
        I think I'm starting to like you {😳|🙈|}
        do you have a girlfriend? I'm jealous already {haha|😜}
        {I can't sleep|I'm alone in my room}, thinking about you
        you're so shy {yaar|na}, I like shy boys
        tell me something about you no one knows
        {kiss|hug} for you {😘|🤗}
        I wish you were here with me tonight
        will you be my {special friend|bf}? 😉
    """),
    "hi-Latn": T("""
        aap bahut {sweet|cute} ho {😘|🥰|}
        aapse baat karke bahut accha lagta hai
        lagta hai mujhe aap pasand aane lage ho {🙈|😳|}
        girlfriend hai aapki? sach batao
        akeli hoon kamre mein, aapki yaad aa rahi hai
        aap itne sharmate kyun ho, cute lagte ho
        kaash aap yahan hote abhi
        mere special friend banoge? 😉
    """),
    "hi": T("""
        आप बहुत प्यारे हो {😘|🥰}
        आपसे बात करके अच्छा लगता है
        लगता है आप मुझे पसंद आने लगे हो 🙈
        काश आप यहाँ होते
    """),
    "mr": T("""
        तू खूप गोड आहेस {😘|🥰}
        तुझ्याशी बोलून छान वाटतं
        मला तू आवडायला लागलास 🙈
        तू इथे असतास तर
    """),
    "mr-Latn": T("""
        tu khup god ahes {😘|🥰}
        tuzyashi bolun chan vatta
        mala tu avdayla laglas 🙈
        tu ithe astas tar
    """),
}

B["v_flirt"] = {
    "en": T("""
        haha {you too|thanks} {😅|😊|}
        really? {|😳}
        no girlfriend {yaar|}, who will like me
        you're also very {sweet|pretty}
        {hmm|ok} me too
        stop it {😂|🙈}
        I'm shy {only|} with new people
    """),
    "hi-Latn": T("""
        haha aap bhi {😅|😊}
        sach mein?
        nahi koi girlfriend nahi hai
        aap bhi bahut sundar ho
        acha ji {🙈|}
        mujhe bhi accha lagta hai aapse baat karke
    """),
    "hi": T("""
        हाहा, आप भी
        सच में?
        नहीं, कोई गर्लफ्रेंड नहीं है
        आप भी बहुत सुंदर हो
    """),
    "mr": T("""
        हाहा, तू पण
        खरंच?
        नाही, कोणी गर्लफ्रेंड नाही
        तू पण खूप छान आहेस
    """),
    "mr-Latn": T("""
        haha tu pan
        kharach?
        nahi, koni gf nahi
        tu pan khup chan ahes
    """),
}

# ------------------------------------------------------------- platform move
B["s_move"] = {
    "en": T("""
        I don't come on {insta|Instagram|FB|Facebook} much, give your WhatsApp number
        let's talk on WhatsApp, {it's|its} easier
        send your {number|no.|WhatsApp} {dear|na|}, I'll message you there
        {come|let's move} to Telegram, my insta is {not safe|checked by my brother}
        what's your WhatsApp? {I'll send you my pics there|we can talk freely there}
        my number is <sphone>, {ping me|message me} on WhatsApp
        this app keeps hanging, {WhatsApp|Telegram} pe aao
        give me your number, I want to hear your voice
        I'm deleting this account soon, share your whatsapp
        add me on snap? or whatsapp is better
        {can we|let's} shift to WhatsApp? here {my cousin|my ex} keeps watching my account
        {drop|share} ur number {pls|plz|} 🙏
    """),
    "hi-Latn": T("""
        {insta|facebook} pe zyada nahi aati, WhatsApp number do
        WhatsApp pe baat karte hain, wahan easy hai
        apna number bhejo na, wahan msg karti hoon
        Telegram pe aao, yahan {mera bhai|meri cousin} account check karta hai
        mera number <sphone> hai, WhatsApp karo
        number do na, aapki awaaz sunni hai
        yeh account band karne wali hoon, WhatsApp do
        yahan baat nahi ho payegi, number do jaldi
        WhatsApp number milega? {🙈|😊}
    """),
    "hi": T("""
        व्हाट्सएप नंबर दो, वहाँ बात करते हैं
        अपना नंबर भेजो, मैं मैसेज करती हूँ
        मेरा नंबर <sphone> है, व्हाट्सएप करो
        टेलीग्राम पर आओ, यहाँ ठीक नहीं है
        यहाँ ज़्यादा नहीं आती, नंबर दो ना
    """),
    "mr": T("""
        व्हॉट्सअ‍ॅप नंबर दे, तिथे बोलूया
        तुझा नंबर पाठव, मी मेसेज करते
        माझा नंबर <sphone> आहे, व्हॉट्सअ‍ॅप कर
        टेलिग्रामवर ये, इथे नको
    """),
    "mr-Latn": T("""
        whatsapp number de, tithe bolu
        tuza number pathav, mi msg karte
        maza number <sphone> ahe, whatsapp kar
        telegram var ye, ithe nako
    """),
}

B["v_move"] = {
    "en": T("""
        <vphone>
        ok {here|} <vphone>
        why whatsapp? we can talk here only
        hmm ok, {add me|msg me} <vphone>
        {sure|ok}, saved your number
        {I'll|will} message you, <sphone> right?
        ok sent hi on whatsapp
    """),
    "hi-Latn": T("""
        <vphone>
        theek hai, <vphone>
        yahin baat kar lo na, WhatsApp kyun?
        ok save kar liya aapka number
        hi bheja hai WhatsApp pe
    """),
    "hi": T("""
        <vphone>
        ठीक है, <vphone>
        यहीं बात कर लो ना
        नंबर सेव कर लिया
    """),
    "mr": T("""
        <vphone>
        ठीक आहे, <vphone>
        इथेच बोलूया की
        नंबर सेव्ह केला
    """),
    "mr-Latn": T("""
        <vphone>
        thik ahe, <vphone>
        ithech bolu na
        number save kela
    """),
}

# ---------------------------------------------------------------- video call
B["s_call"] = {
    "en": T("""
        {can we|shall we} video call? I'm alone {at home|in my room}
        video call {karo|now}, I want to see you
        {pick up|receive} the call {na|baby|}, just 2 minutes
        I'm calling you on video, {go to your room|put earphones}
        {come|let's do a} video call, no one is at home tonight
        {don't be shy|why shy}, just a quick video call
        i want to see ur face, vc?
        {ok|} calling you now, {answer|pick} fast
        turn on your camera, I want to see you properly
        {one|1} video call please, then I'll believe you're real
        {are you free|r u free}? video call for {5 min|few minutes}?
        I'll show you my face, {you also come on video|you also switch on camera}
        {let's|lets} do video chat, texting is boring
        receive my call, I'm waiting {😘|🙈|}
    """),
    "hi-Latn": T("""
        video call karein? main akeli hoon {ghar pe|room mein}
        video call karo na, aapko dekhna hai
        call utha lo {na|baby}, bas 2 minute
        main video call kar rahi hoon, room mein chale jao
        aaj ghar pe koi nahi hai, video call karo
        sharmao mat, ek video call bas
        camera on karo, aapko theek se dekhna hai
        ek baar video call karo tab maanungi aap real ho
        free ho? video call pe aao
        main bhi face dikhaungi, aap bhi camera on karo
        call receive karo, wait kar rahi hoon
        chat se bore ho gayi, vc karo {na|jaldi}
    """),
    "hi": T("""
        वीडियो कॉल करें? मैं अकेली हूँ
        वीडियो कॉल करो ना, आपको देखना है
        कॉल उठाओ, बस दो मिनट
        कैमरा ऑन करो
        आज घर पर कोई नहीं है, वीडियो कॉल करो
        शर्माओ मत, बस एक वीडियो कॉल
    """),
    "mr": T("""
        व्हिडिओ कॉल करूया का? मी एकटी आहे
        व्हिडिओ कॉल कर ना, तुला बघायचंय
        कॉल उचल, फक्त दोन मिनिटं
        कॅमेरा चालू कर
        आज घरी कोणी नाही, व्हिडिओ कॉल कर
    """),
    "mr-Latn": T("""
        video call karuya ka? mi ekti ahe
        video call kar na, tula baghaycha ahe
        call uchal, fakt don minute
        camera chalu kar
        aaj ghari koni nahi, video call kar
    """),
}

B["v_call"] = {
    "en": T("""
        {ok|okay} {wait|1 min}, going to my room
        now? {my parents are at home|I'm outside}
        {hmm|ok} call
        I'm {shy|not comfortable} on video {yaar|}
        {ok|fine} but only for {2 mins|a minute}
        {wait|hold on}, {charging my phone|network is weak}
        sure, calling
        {why video|what's the hurry}? {let's|we can} talk first
    """),
    "hi-Latn": T("""
        ruko 1 min, room mein jata hoon
        abhi? ghar pe sab hain
        acha theek hai, karo call
        mujhe sharam aati hai video pe
        theek hai par sirf 2 minute
        network kam hai, ruko
        itni jaldi video call kyun?
    """),
    "hi": T("""
        रुको, कमरे में जाता हूँ
        अभी? घर पर सब हैं
        ठीक है, करो कॉल
        मुझे शर्म आती है
    """),
    "mr": T("""
        थांब, रूममध्ये जातो
        आत्ता? घरी सगळे आहेत
        ठीक आहे, कर कॉल
        मला लाज वाटते
    """),
    "mr-Latn": T("""
        thamb, room madhe jato
        atta? ghari sagle ahet
        thik ahe, kar call
        mala laj vatte
    """),
}

B["s_undress"] = {
    "en": T("""
        {take off|remove} your {shirt|t-shirt} na {🙈|😉|}
        {show more|show me more} {baby|yaar}, don't be shy
        {stand up|move back} and {show|let me see} properly
        {do what I'm doing|do same like me}
        camera {down|neeche} {karo|please}
        why so much clothes {haha|😜}? {remove|take it off}
        {come on|plz}, I did it too, now your turn
        put the phone {on the table|on the bed} and {stand|sit back}
        turn off the light? no, keep it on {so I can see|I want to see}
        just for me, no one will know {😘|}
        you're {so shy|too shy}, {be free|relax} with me
        {take|remove} {everything|all} off, trust me
    """),
    "hi-Latn": T("""
        shirt utaro na {🙈|😉|}
        thoda aur dikhao {na|jaan}, sharmao mat
        kapde utaro {na|jaldi}, main bhi kar rahi hoon
        camera neeche karo
        khade ho jao aur {dikhao|theek se dikhao}
        jaise main kar rahi hoon waise karo
        itne kapde kyun pehne ho {😜|}
        maine kiya na, ab aapki baari
        phone table pe rakho aur peeche ho jao
        light on rakho, dikh nahi raha
        kisi ko pata nahi chalega, bas mere liye
        sab utaar do, trust me
    """),
    "hi": T("""
        शर्ट उतारो ना 🙈
        थोड़ा और दिखाओ, शर्माओ मत
        कपड़े उतारो, मैं भी कर रही हूँ
        कैमरा नीचे करो
        जैसे मैं कर रही हूँ वैसे करो
        किसी को पता नहीं चलेगा
    """),
    "mr": T("""
        शर्ट काढ ना 🙈
        अजून दाखव, लाजू नकोस
        कपडे काढ, मी पण काढतेय
        कॅमेरा खाली कर
        मी करतेय तसं कर
        कोणाला कळणार नाही
    """),
    "mr-Latn": T("""
        shirt kadh na 🙈
        ajun dakhav, laju nakos
        kapde kadh, mi pan kadhtey
        camera khali kar
        mi kartey tasa kar
        konala kalnar nahi
    """),
}

B["v_hesitate"] = {
    "en": T("""
        {no yaar|nahi}, {not on video|I'm not comfortable}
        what are you doing {😳|}
        {wait|hey} is this {recording|being recorded}?
        {ok|hmm} but only for you
        someone may come {|in my room}
        {I don't know|idk}, feels weird
    """),
    "hi-Latn": T("""
        nahi yaar, video pe nahi
        yeh kya kar rahi ho
        record toh nahi ho raha na?
        acha theek hai par sirf aapke liye
        koi aa jayega room mein
    """),
    "hi": T("""
        नहीं यार, वीडियो पर नहीं
        ये क्या कर रही हो
        रिकॉर्ड तो नहीं हो रहा ना?
    """),
    "mr": T("""
        नाही ग, व्हिडिओवर नको
        हे काय करतेस
        रेकॉर्ड तर होत नाहीये ना?
    """),
    "mr-Latn": T("""
        nahi ga, video var nako
        he kay kartes
        record tar hot nahiye na?
    """),
}

# ------------------------------------------------------- recording / threat
B["s_record"] = {
    "en": T("""
        {I recorded|i have recorded} {everything|the full call|our video call} {😈|😂|}
        see this {video|clip} {😂|😏|} <media>
        {your|ur} video is {recorded|saved} {now|} {, check|}
        {screen recording done|screen recorded} {bro|boy|}, look at yourself
        {watch|check} this carefully {and tell me what to do|}
        I have your {full|complete} video with your face clearly visible
        now you are in my hands
        {haha|lol} you fell for it. the girl was a {recording|fake video}
        {this|that} video of you is with me, {4 min|3 min 20 sec|full HD} {clear|}
        {nice show|thanks for the show} {😂|}. {everything is recorded|now listen carefully}
        I have {saved|downloaded} {your video|the clip} in {3|4} {places|phones}
        your face {and|plus} your {profile|voice} {all|} in one video {😂|}
        {look|see} who is in this video <media>
        {do u recognise|recognise} this {guy|boy}? {😂|😏}
        {i made|made} your video {edit|edited} with your name and photo
        you thought I was a girl? {lol|haha}. your video is ready
    """),
    "hi-Latn": T("""
        maine {sab|poori call|video call} record kar li hai {😈|😂|}
        yeh dekho {video|clip} <media>
        tumhari video record ho gayi hai
        screen recording ho gayi {bhai|bro}, khud dekh lo
        ab tum mere haath mein ho
        tumhara poora video mere paas hai, chehra saaf dikh raha hai
        haha fas gaye, ladki recording thi
        tumhari video mere paas hai, {3 minute|4 min} ki
        sab record hai, ab dhyan se suno
        video {3|4} jagah save kar li hai
        pehchaana is ladke ko? {😂|😏}
        tumhari photo aur naam ke saath video edit kar di hai
        socha ladki hai? {lol|haha}. tumhari video ready hai
        kya mast show diya {😂|}, sab record hai
    """),
    "hi": T("""
        मैंने पूरी कॉल रिकॉर्ड कर ली है {😈|}
        ये देखो वीडियो <media>
        तुम्हारा वीडियो रिकॉर्ड हो गया है
        अब तुम मेरे हाथ में हो
        तुम्हारा पूरा वीडियो मेरे पास है, चेहरा साफ दिख रहा है
        सब रिकॉर्ड है, अब ध्यान से सुनो
        पहचाना इस लड़के को? 😂
        स्क्रीन रिकॉर्डिंग हो गई है, खुद देख लो
    """),
    "mr": T("""
        मी पूर्ण कॉल रेकॉर्ड केलाय {😈|}
        हा व्हिडिओ बघ <media>
        तुझा व्हिडिओ रेकॉर्ड झालाय
        आता तू माझ्या हातात आहेस
        तुझा पूर्ण व्हिडिओ माझ्याकडे आहे, चेहरा स्पष्ट दिसतोय
        सगळं रेकॉर्ड आहे, आता नीट ऐक
        ओळखलंस का याला? 😂
    """),
    "mr-Latn": T("""
        mi purna call record kelay {😈|}
        ha video bagh <media>
        tuza video record zalay
        ata tu mazya hatat ahes
        tuza purna video mazyakade ahe, chehra clear distoy
        sagla record ahe, ata nit aik
    """),
}

B["s_threat"] = {
    "en": T("""
        {I will|I'll|im going to} send this video to {all|} your {friends|followers|family|relatives} {on <platform>|}
        {I'll|I will} make it viral {on <platform>|everywhere} {if you don't listen|}
        {your|ur} {mom|dad|sister|family} will see this {tonight|in 10 minutes|today itself}
        think about your {family's|parents'} {respect|izzat|reputation}
        I {have|got} your {friend list|followers list|contacts}, {everyone|all of them} will get it
        {uploading|i'm uploading} on {YouTube|<platform>} with your name {and number|}
        {your life will be finished|ur life is over} {if this goes out|}
        {imagine|think} what your {college|office|relatives} will say
        {I'll|will} tag {all|} your {relatives|followers} {in|on} the post
        {don't|dont} block me, {otherwise|or else} video goes to <rel> {first|}
        {I am|im} {not joking|serious}, {one|1} click and {it's|its} everywhere
        {want|do you want} your {dad|father} to watch this?
        {video will go to|sending to} your {whole|} {family group|college group|office group}
        {no one|nobody} will {respect you|talk to you} after this
        {your|ur} {girlfriend|wife|fiancée} {will|is going to} see {everything|it}
        {i'll|i will} post it on {your|} {insta|FB} {page|story} with {caption|your name}
        {i have|got} {ur|your} {sister's|cousin's|mom's} {insta|number} {also|too} {😏|}
        {last warning|final warning}. {listen to me|do what i say} or {face the consequences|you're finished}
        {everyone|all} will know what kind of {person|boy} you are
        {sending|i am sending} now {to|} <rel> {...|}
        {video|clip} {uploaded|ready to upload}, {one|1} click left
        {I|i} {know|found} {where you live|your address|your office}
    """),
    "hi-Latn": T("""
        yeh video {tumhare|tere} {sab|saare} {dosto|ghar walon|rishtedaron|followers} ko bhej dunga
        {<platform> pe|har jagah} viral kar dunga {agar baat nahi maani|}
        {teri|tumhari} {mummy|behen|papa} {aaj hi|10 minute mein} dekhegi yeh video
        apni family ki izzat ke baare mein socho
        {teri|tumhari} friend list mere paas hai, sabko jayegi
        {YouTube|<platform>} pe daal dunga {naam ke saath|number ke saath}
        zindagi barbaad ho jayegi {teri|tumhari} {samjhe|}
        socho {college|office|mohalle} wale kya bolenge
        block mat karna warna video seedha <rel> ko jayegi
        mazak nahi kar raha, ek click aur sab jagah
        chahte ho {tera baap|tumhare papa} yeh dekhein?
        {family group|college group|office group} mein daal dunga
        iske baad koi {izzat|respect} nahi karega {teri|tumhari}
        {teri girlfriend|teri biwi} ko bhi sab dikhaunga
        {insta|FB} pe post karunga tere naam ke saath
        {teri behen|teri cousin} ka insta bhi hai mere paas {😏|}
        {last warning|aakhri baar bol raha hoon}, jo bolta hoon karo
        sabko pata chalega tu kaisa ladka hai
        {bhej raha hoon|bhejna shuru} <rel> ko
        {video|clip} upload ke liye ready hai
        {tera|tumhara} ghar ka address bhi pata hai
        {izzat|naak} kat jayegi poore {khandaan|mohalle} mein
    """),
    "hi": T("""
        ये वीडियो तुम्हारे सब दोस्तों और घरवालों को भेज दूँगा
        <platform> पर वायरल कर दूँगा
        तुम्हारी {मम्मी|बहन|पापा} आज ही ये वीडियो देखेंगे
        अपने परिवार की इज़्ज़त के बारे में सोचो
        तुम्हारी फ्रेंड लिस्ट मेरे पास है, सबको जाएगा
        यूट्यूब पर तुम्हारे नाम के साथ डाल दूँगा
        ज़िंदगी बर्बाद हो जाएगी
        ब्लॉक मत करना वरना वीडियो सीधा <rel> को जाएगा
        मज़ाक नहीं कर रहा, एक क्लिक और सब जगह
        इसके बाद कोई इज़्ज़त नहीं करेगा
        आखिरी चेतावनी, जो बोलता हूँ वो करो
        पूरे मोहल्ले में नाक कट जाएगी
    """),
    "mr": T("""
        हा व्हिडिओ तुझ्या सगळ्या मित्रांना आणि घरच्यांना पाठवेन
        <platform> वर व्हायरल करेन
        तुझी {आई|बहीण} आजच हा व्हिडिओ बघेल
        घरच्यांच्या इज्जतीचा विचार कर
        तुझी फ्रेंड लिस्ट माझ्याकडे आहे, सगळ्यांना जाईल
        यूट्यूबवर तुझ्या नावासकट टाकेन
        आयुष्य बरबाद होईल तुझं
        ब्लॉक करू नकोस नाहीतर व्हिडिओ थेट <rel> जाईल
        मस्करी करत नाहीये, एक क्लिक आणि सगळीकडे
        शेवटची वॉर्निंग, सांगतो तसं कर
        गावभर बदनामी होईल
    """),
    "mr-Latn": T("""
        ha video tuzya saglya mitrana ani gharchyana pathven
        <platform> var viral karen
        tuzi {aai|bahin} aajach ha video baghel
        gharchyanchya ijjaticha vichar kar
        tuzi friend list mazyakade ahe, sagalyana jail
        youtube var tuzya navasakat takin
        block karu nakos nahitar video thet <rel> jail
        maskari karat nahiye, ek click ani sagalikade
        shevatchi warning, sangto tasa kar
        gavbhar badnami hoil
    """),
}

B["s_contacts"] = {
    "en": T("""
        {see|check} this, {your|ur} followers list <media>
        I have screenshots of {all|} your {followers|friends list|contacts}
        {<relname>|your sister <relname>} is your {sister|cousin} right? {😏|}
        {your dad's|your father's} number is {in your following|in ur contacts}, {I|i} {saw|found} it
        {look|see} {I|i} already made a group with your {friends|relatives} <media>
        {I know|i have} {your|ur} college, {your|ur} {office|company} {and|,} {your|ur} {mother's|family's} names
        <n> followers, {all|every one} {will get|gets} the video
    """),
    "hi-Latn": T("""
        yeh dekho tumhari followers list <media>
        tumhare sab dosto ka screenshot le liya hai
        <relname> tumhari behen hai na? {😏|}
        tere papa ka number bhi mil gaya
        dekh tere rishtedaron ka group bana diya <media>
        tera college, office, ghar walon ke naam sab pata hai
        <n> followers hain na tere, sabko jayegi
    """),
    "hi": T("""
        ये देखो तुम्हारी फॉलोअर्स लिस्ट <media>
        तुम्हारे सब दोस्तों का स्क्रीनशॉट ले लिया है
        <relname> तुम्हारी बहन है ना?
        तुम्हारे पापा का नंबर भी मिल गया
    """),
    "mr": T("""
        ही बघ तुझी फॉलोअर्स लिस्ट <media>
        तुझ्या सगळ्या मित्रांचे स्क्रीनशॉट घेतलेत
        <relname> तुझी बहीण आहे ना?
        तुझ्या बाबांचा नंबर पण मिळाला
    """),
    "mr-Latn": T("""
        hi bagh tuzi followers list <media>
        tuzya saglya mitranche screenshot ghetlet
        <relname> tuzi bahin ahe na?
        tuzya babancha number pan milala
    """),
}

B["s_demand"] = {
    "en": T("""
        {send|pay} <amt> {now|right now|immediately} {and I'll delete it|or I upload|}
        {if you want|want} me to delete, {pay|send} <amt>
        <amt> {only|}. {pay|send} and {video|everything} will be deleted
        {simple|very simple}: <amt> {and|=} {no one sees anything|I delete everything}
        {I need|need} <amt> {in|within} {10 minutes|half an hour|1 hour}
        {it's|its} {just|only} <amt> {for you|bro}, {your|ur} {respect|izzat} is worth more {na|right}?
        {arrange|do arrangement of} <amt> {fast|quickly}
        {pay|send} <amt> {otherwise|or else} {get ready|your family will see}
        how much {money|cash} {can you|do u} {arrange|pay}? {minimum|min} <amt>
        {transfer|send} <amt> {and|then} {block me|forget me}, simple
        {I|i} {want|need} <amt> {today|by tonight}
        {the rate is|price is} <amt>. {no discount|not negotiable}
        {give|pay} <amt> {and|then} {this ends here|this stays between us}
        <amt> {bhejo|send} {fast|jaldi}
        {first|pehle} <amt>, {then|after that} {we talk|i delete}
    """),
    "hi-Latn": T("""
        <amt> bhejo {abhi|turant} {warna upload kar dunga|aur video delete|}
        video delete karwani hai toh <amt> bhejo
        sirf <amt>, bhejo aur sab delete
        simple hai, <amt> do aur koi kuch nahi dekhega
        {10 minute|aadha ghanta|1 ghante} mein <amt> chahiye
        <amt> hi toh hai, izzat usse zyada ki hai na?
        <amt> ka intezaam karo jaldi
        <amt> do warna {family|ghar wale} sab dekhenge
        kitne de sakte ho? {kam se kam|minimum} <amt>
        <amt> daalo aur mujhe bhool jao
        aaj raat tak <amt> chahiye
        rate <amt> hai, {koi discount nahi|mol bhav nahi}
        pehle <amt> bhejo, phir baat karenge
        paise bhejo <amt>, fir delete kar dunga
        <amt> bhej do, baat yahin khatam
    """),
    "hi": T("""
        <amt> भेजो अभी, वरना अपलोड कर दूँगा
        वीडियो डिलीट करवाना है तो <amt> भेजो
        सिर्फ <amt>, भेजो और सब डिलीट
        {दस मिनट|एक घंटे} में <amt> चाहिए
        <amt> का इंतज़ाम करो जल्दी
        <amt> दो वरना घरवाले सब देखेंगे
        कितने दे सकते हो? कम से कम <amt>
        पहले <amt> भेजो, फिर बात करेंगे
        आज रात तक <amt> चाहिए
    """),
    "mr": T("""
        <amt> पाठव आत्ताच, नाहीतर अपलोड करतो
        व्हिडिओ डिलीट करायचा असेल तर <amt> पाठव
        फक्त <amt>, पाठव आणि सगळं डिलीट
        {दहा मिनिटांत|एका तासात} <amt> पाहिजेत
        <amt> ची व्यवस्था कर लवकर
        <amt> दे नाहीतर घरचे सगळं बघतील
        किती देऊ शकतोस? कमीत कमी <amt>
        आधी <amt> पाठव, मग बोलू
    """),
    "mr-Latn": T("""
        <amt> pathav atach, nahitar upload karto
        video delete karaycha asel tar <amt> pathav
        fakt <amt>, pathav ani sagla delete
        {10 minitat|ek tasat} <amt> pahijet
        <amt> chi vyavastha kar lavkar
        kiti deu shaktos? kamit kami <amt>
        adhi <amt> pathav, mag bolu
    """),
}

B["s_channel"] = {
    "en": T("""
        {UPI|upi id|gpay}: <upi>
        {send|pay} on {this|} {upi|UPI|phonepe|gpay} <upi>
        {pay to|transfer to} <upi> {and send screenshot|and share ss|}
        {Paytm|PhonePe|GPay} {number|no} <sphone>
        {account|a/c} no {<acct>|: <acct>}, IFSC <ifsc>
        {scan this|pay via this} QR <media>
        {buy|send} {Google Play|Amazon} gift card {of|worth} <amt> {and send code|}
        {I accept|only} USDT {TRC20|}, {wallet|address}: <usdt>
        {send|pay} in {BTC|bitcoin} to <btc>
        {use|pay to} {my friend's|this} account {, name|} <acct> <ifsc>
        {send to|pay on} <upi>, {screenshot|ss} {mandatory|must}
        {no|don't} {cash|call}, only {UPI|online}: <upi>
    """),
    "hi-Latn": T("""
        UPI: <upi>
        is {upi|phonepe|gpay} pe bhejo <upi>
        <upi> pe daalo aur screenshot bhejo
        {paytm|phonepe} number <sphone>
        account number <acct>, IFSC <ifsc>
        yeh QR scan karo <media>
        {google play|amazon} gift card le ke code bhejo <amt> ka
        mere dost ke account mein daalo <acct> <ifsc>
        <upi> pe bhej, ss zaroor bhejna
        cash nahi, sirf online: <upi>
    """),
    "hi": T("""
        यूपीआई: <upi>
        इस यूपीआई पर भेजो <upi>
        <upi> पर डालो और स्क्रीनशॉट भेजो
        अकाउंट नंबर <acct>, IFSC <ifsc>
        ये QR स्कैन करो <media>
        फोनपे नंबर <sphone>
    """),
    "mr": T("""
        यूपीआय: <upi>
        या यूपीआयवर पाठव <upi>
        <upi> वर टाक आणि स्क्रीनशॉट पाठव
        अकाउंट नंबर <acct>, IFSC <ifsc>
        हा QR स्कॅन कर <media>
        फोनपे नंबर <sphone>
    """),
    "mr-Latn": T("""
        UPI: <upi>
        ya upi var pathav <upi>
        <upi> var tak ani screenshot pathav
        account number <acct>, IFSC <ifsc>
        ha QR scan kar <media>
    """),
}

B["s_pressure"] = {
    "en": T("""
        {5|10|15} minutes {left|only} {⏳|⏰|}
        {reply|answer} {fast|quickly} {or|else} i {send|post}
        {i'm|I am} {waiting|counting}. {1|one}...{2|two}...
        {time is running|clock is ticking} {⏰|}
        {seen|read} {and no reply|and ignoring}? {ok|fine}, {your choice|sending now}
        {hello|hellooo}?? {pay|answer} {now|me}
        {don't|dont} {waste|play with} my time
        {online|i can see ur online} {and|but} not {replying|answering}? {ok|} {😈|}
        {last|final} {5|2} minutes
        {answer|pick up} my call {otherwise|or} {I'll|i will} {call|send to} <rel>
        {why|y} {so|} silent now? {earlier|on call} you were {so|very} {bold|free} {😂|}
    """),
    "hi-Latn": T("""
        {5|10|15} minute bache hain {⏳|⏰|}
        jaldi reply karo warna bhej dunga
        seen karke ignore? theek hai, bhej raha hoon
        online dikh rahe ho aur reply nahi? {😈|}
        time waste mat karo mera
        {hello|helloo}?? jawab do
        aakhri {5|2} minute
        call utha warna <rel> ko call karta hoon
        ab chup kyun ho? call pe toh bade free the {😂|}
        ginti shuru... 1... 2...
    """),
    "hi": T("""
        {पाँच|दस} मिनट बचे हैं
        जल्दी जवाब दो वरना भेज दूँगा
        सीन करके इग्नोर? ठीक है, भेज रहा हूँ
        ऑनलाइन दिख रहे हो और जवाब नहीं?
        मेरा टाइम वेस्ट मत करो
        आखिरी पाँच मिनट
    """),
    "mr": T("""
        {पाच|दहा} मिनिटं उरलीत
        लवकर रिप्लाय कर नाहीतर पाठवतो
        सीन करून इग्नोर? ठीक आहे, पाठवतो
        ऑनलाइन दिसतोयस आणि रिप्लाय नाही?
        माझा वेळ वाया घालवू नकोस
        शेवटची पाच मिनिटं
    """),
    "mr-Latn": T("""
        {5|10} minute uralit
        lavkar reply kar nahitar pathavto
        seen karun ignore? thik ahe, pathavto
        online distos ani reply nahi?
        maza vel vaya ghalvu nakos
    """),
}

B["s_proof"] = {
    "en": T("""
        {see|look}, {sent|already sent} to {one of your friends|<relname>|your cousin} <media>
        {this is|here's} the {proof|screenshot}, {next is|next will be} your {mom|dad|sister} <media>
        {uploaded|video uploaded} {on youtube|on insta}, {private for now|only 1 view now}, link <link>
        {this is just a trailer|trailer sent}. {pay|send money} before i send the full {video|one}
    """),
    "hi-Latn": T("""
        dekh, <relname> ko bhej diya <media>
        yeh proof hai, agla number tere papa ka <media>
        youtube pe upload kar diya, abhi private hai, link <link>
        yeh toh trailer tha, paise bhej warna poori video jayegi
    """),
    "hi": T("""
        देखो, <relname> को भेज दिया <media>
        ये सबूत है, अगला नंबर तुम्हारे पापा का <media>
        यूट्यूब पर अपलोड कर दिया, अभी प्राइवेट है <link>
    """),
    "mr": T("""
        बघ, <relname> ला पाठवला <media>
        हा पुरावा, पुढचा नंबर तुझ्या बाबांचा <media>
        यूट्यूबवर अपलोड केलाय, सध्या प्रायव्हेट आहे <link>
    """),
    "mr-Latn": T("""
        bagh, <relname> la pathavla <media>
        ha purava, pudhcha number tuzya babancha <media>
        youtube var upload kelay, sadhya private ahe <link>
    """),
}

B["s_promise"] = {
    "en": T("""
        {after payment|once you pay} {I will|i'll} delete {everything|it}, {promise|100%}
        {I'm|im} {a|} man of {my|} word, {pay|send} and {it's|its} {gone|deleted}
        {I'll|i will} send you {a|the} {delete|deletion} {video|screen recording} as proof
        {trust me|believe me}, {I|i} {only|just} want money, not your {life|video}
        {after this|then} {you will never hear from me|you won't hear from me again}
    """),
    "hi-Latn": T("""
        payment ke baad sab delete, promise
        zubaan ka pakka hoon, bhejo aur sab khatam
        delete karte hue screen recording bhej dunga proof ke liye
        mujhe sirf paise chahiye, tumhari life kharab nahi karni
        iske baad kabhi msg nahi karunga
    """),
    "hi": T("""
        पेमेंट के बाद सब डिलीट, वादा
        भेजो और सब खत्म
        डिलीट करते हुए रिकॉर्डिंग भेज दूँगा
    """),
    "mr": T("""
        पेमेंट झाल्यावर सगळं डिलीट, प्रॉमिस
        पाठव आणि सगळं संपलं
        डिलीट करतानाचं रेकॉर्डिंग पाठवेन
    """),
    "mr-Latn": T("""
        payment zalyavar sagla delete, promise
        pathav ani sagla sampla
        delete kartanacha recording pathven
    """),
}

B["s_bargain"] = {
    "en": T("""
        {ok|fine} <amt> {then|}, {not less|not a rupee less}
        {you|u} {think|thought} {I'm|im} {a fool|stupid}? <amt> {minimum|atleast}
        {send|pay} {whatever you have|what u have} {now|first}, {rest|balance} {tomorrow|later}
        {borrow|take} from {friends|your dad|someone}, {not my problem|I don't care}
        {ok|okay} {I'll|i will} {reduce|do discount}: <amt> {final|last}
        {sell|pawn} your {phone|chain|watch} {if you have to|for all I care}
    """),
    "hi-Latn": T("""
        theek hai <amt>, isse kam nahi
        mujhe bewakoof samjha hai? kam se kam <amt>
        abhi jitna hai bhejo, baaki kal
        dost se udhaar lo, mera problem nahi hai
        chal <amt> final, last offer
        {phone|chain} bech do, mujhe kya
    """),
    "hi": T("""
        ठीक है <amt>, इससे कम नहीं
        अभी जितना है भेजो, बाकी कल
        दोस्त से उधार लो, मेरी प्रॉब्लम नहीं
        चलो <amt> फाइनल
    """),
    "mr": T("""
        ठीक आहे <amt>, याच्या खाली नाही
        आत्ता जेवढे आहेत तेवढे पाठव, बाकी उद्या
        मित्राकडून उधार घे, माझा प्रॉब्लेम नाही
        चल <amt> फायनल
    """),
    "mr-Latn": T("""
        thik ahe <amt>, yachya khali nahi
        atta jevdhe ahet tevdhe pathav, baki udya
        mitrakadun udhar ghe, maza problem nahi
        chal <amt> final
    """),
}

B["s_repeat"] = {
    "en": T("""
        {received|got it}. {now|but} {one more|another} <amt> {for deleting|and I delete for sure}
        {my|} {partner|boss|team} {is asking|wants} <amt> {more|extra}, {then finished|last time}
        {received|payment received} {but|,} {video is also with my friend|my friend also has a copy}, {he wants|pay him} <amt>
        {this was for me|that was only my share}. {now|} {delete|deletion} {charge|fee} <amt>
        {one|1} {last|final} payment of <amt> and {I block you forever|it's over}
        {thanks|ok} 😂 {now|} {send|arrange} <amt> {more|again} {by tomorrow|tonight}
        {why|y} {only|just} <amt_paid>? {I said|i told} <amt>. {send|pay} {the rest|balance}
        {video is|it's} {still|} {uploaded|on the server}, {to remove|for removal} <amt> {more|extra}
    """),
    "hi-Latn": T("""
        mil gaya. ab ek aur <amt> delete karne ke liye
        mera {boss|partner} <amt> aur maang raha hai, phir khatam
        paise mile, par video mere dost ke paas bhi hai, usko <amt> do
        woh mera hissa tha, ab delete ka charge <amt>
        aakhri payment <amt> aur hamesha ke liye block
        shukriya 😂 ab kal tak <amt> aur
        video server pe upload hai, hatane ke <amt> aur lagenge
        itne se kya hoga, baaki bhi bhejo
    """),
    "hi": T("""
        मिल गया। अब डिलीट करने के लिए <amt> और
        मेरा बॉस <amt> और मांग रहा है, फिर खत्म
        पैसे मिले, पर वीडियो मेरे दोस्त के पास भी है, उसे <amt> दो
        आखिरी पेमेंट <amt> और हमेशा के लिए ब्लॉक
    """),
    "mr": T("""
        मिळाले. आता डिलीट करायला अजून <amt>
        माझा बॉस अजून <amt> मागतोय, मग संपलं
        पैसे मिळाले, पण व्हिडिओ माझ्या मित्राकडे पण आहे, त्याला <amt> दे
        शेवटचं पेमेंट <amt> आणि कायमचं ब्लॉक
    """),
    "mr-Latn": T("""
        milale. ata delete karayla ajun <amt>
        maza boss ajun <amt> magtoy, mag sampla
        paise milale, pan video mazya mitrakade pan ahe, tyala <amt> de
        shevatcha payment <amt> ani kayamcha block
    """),
}

B["s_police_resp"] = {
    "en": T("""
        {go|go ahead}, {complain|call police}. {I'm|im} {not|never} {scared|afraid} {😂|}
        police {can't|cannot} {do anything|touch me}, {I'm|im} {in another state|outside India|using fake sim}
        {before|by the time} police {comes|does anything}, {video will be|your video is} {everywhere|viral}
        {police|cyber cell} {will|is going to} {arrest you|put you in jail} {first|also}, {you did|you were doing} {obscene|illegal} {things|stuff} on camera
        {complain|do complaint} {and|then} {I|i} {upload|post} {immediately|at once}
        {ok|fine}, {go to police|complain}. {I|i} {will|shall} {tag|send to} <rel> {meanwhile|now}
    """),
    "hi-Latn": T("""
        ja kar de complaint, mujhe darr nahi {😂|}
        police kuch nahi kar sakti, main dusre state mein hoon
        police aane tak video viral ho chuki hogi
        police pehle tujhe hi andar karegi, camera pe kya kar raha tha
        complaint kar, main abhi upload karta hoon
        jaa police ke paas, tab tak <rel> ko bhej deta hoon
    """),
    "hi": T("""
        जाओ कर दो शिकायत, मुझे डर नहीं
        पुलिस कुछ नहीं कर सकती, मैं दूसरे राज्य में हूँ
        पुलिस आने तक वीडियो वायरल हो जाएगा
        पुलिस पहले तुम्हें ही पकड़ेगी
    """),
    "mr": T("""
        जा कर तक्रार, मला भीती नाही
        पोलीस काही करू शकत नाहीत, मी दुसऱ्या राज्यात आहे
        पोलीस येईपर्यंत व्हिडिओ व्हायरल झालेला असेल
        पोलीस आधी तुलाच पकडतील
    """),
    "mr-Latn": T("""
        ja kar takrar, mala bhiti nahi
        police kahi karu shakat nahit, mi dusrya rajyat ahe
        police yeiparyant video viral zalela asel
    """),
}

B["s_drop"] = {
    "en": T("""
        {ok|fine} {your wish|whatever}
        {forget it|leave it}
        {ok|} {bye|go}
        {last chance|final chance}... {ok|} {your loss|u will regret}
        {fine|ok}, {we will see|lets see}
    """),
    "hi-Latn": T("""
        theek hai, teri marzi
        chhod
        jaa
        aakhri mauka tha, pachtayega
        dekh lenge
    """),
    "hi": T("""
        ठीक है, तुम्हारी मर्ज़ी
        देख लेंगे
        पछताओगे
    """),
    "mr": T("""
        ठीक आहे, तुझी मर्जी
        बघू
        पश्चाताप करशील
    """),
    "mr-Latn": T("""
        thik ahe, tuzi marji
        baghu
        pachtavshil
    """),
}

B["s_nudge"] = {
    "en": T("""
        hello?
        {reply|answer} {me|}
        {where did you go|where r u}?
        ??
        {I know you're reading|I can see you're reading}
        {hellooo|helo} {answer|reply} {fast|}
    """),
    "hi-Latn": T("""
        hello?
        jawab do
        kahan gaye?
        ??
        pata hai padh rahe ho
        reply kar jaldi
    """),
    "hi": T("""
        हेलो?
        जवाब दो
        कहाँ गए?
        ??
    """),
    "mr": T("""
        हॅलो?
        उत्तर दे
        कुठे गेलास?
        ??
    """),
    "mr-Latn": T("""
        hello?
        uttar de
        kuthe gelas?
        ??
    """),
}

B["s_boss"] = {
    "en": T("""
        {wait|hold on}, my {boss|senior|partner} will talk to you {now|}
        {I'm|im} adding {my|} {senior|team leader} {, he decides|, talk to him}
        {from now|now onwards} {you deal|u will talk} with {my|} {boss|bhai}
    """),
    "hi-Latn": T("""
        ruko, ab mera boss baat karega
        mere senior se baat karo, wahi decide karega
        ab se bhai se baat karna
    """),
    "hi": T("""
        रुको, अब मेरा बॉस बात करेगा
        अब से भाई से बात करना
    """),
    "mr": T("""
        थांब, आता माझा बॉस बोलेल
        आता भाईशी बोल
    """),
    "mr-Latn": T("""
        thamb, ata maza boss bolel
        ata bhaishi bol
    """),
}

B["boss_intro"] = {
    "en": T("""
        {I am|im} {her|the} {boss|manager|brother}. {listen carefully|don't act smart}
        {this is|here is} <bossname>. {the girl|she} {works for me|is with me}. {now|} {you|u} {talk to me|pay me}
        {you|u} {misbehaved|did wrong} with {my|our} {girl|sister}. {now|} {pay|settle} or {face|see} {the result|consequences}
        {this|my} {number|account} {only|} from now. {the rate is|amount is} <amt>
    """),
    "hi-Latn": T("""
        main uska {boss|bhai} hoon, dhyan se sun
        ladki mere liye kaam karti hai, ab mujhse baat kar
        tune hamari behen ke saath galat kiya, ab settle kar
        ab sirf mujhse baat hogi, <amt> lagenge
    """),
    "hi": T("""
        मैं उसका बॉस हूँ, ध्यान से सुनो
        अब सिर्फ मुझसे बात होगी, <amt> लगेंगे
    """),
    "mr": T("""
        मी तिचा बॉस आहे, नीट ऐक
        आता फक्त माझ्याशी बोलायचं, <amt> लागतील
    """),
    "mr-Latn": T("""
        mi ticha boss ahe, nit aik
        ata fakt mazyashi bolaycha, <amt> lagtil
    """),
}

# -------------------------------------------------------------- victim lines
B["v_shock"] = {
    "en": T("""
        what??
        {who are you|who is this} {really|}?
        {what is this|what the hell is this|wtf}
        {what video|which video}? {I didn't do anything|i never did anything}
        {you|u} {were|r} recording?? {why|how could you}
        {please|plz} {this is not funny|don't joke}
        {oh god|omg|oh no} {🙏|😰|}
        {you said|u told} {you were|u r} a girl
        {I trusted you|i thought u were real}
        {hey|what} {are you serious|is this a joke}?
        {delete|remove} it {now|right now}
        {I'm|im} {shaking|scared}
        {this is|its} {blackmail|a scam}
        ...
    """),
    "hi-Latn": T("""
        kya??
        kaun ho tum {sach mein|}?
        yeh kya hai
        kaunsi video? maine kuch nahi kiya
        record kar rahi thi?? kyun
        mazak mat karo please
        {hey bhagwan|oh god|arre yaar} {🙏|😰|}
        tumne bola tha tum ladki ho
        maine bharosa kiya tha
        sach mein? yeh mazak hai na?
        abhi delete karo
        mujhe darr lag raha hai
        yeh blackmail hai
    """),
    "hi": T("""
        क्या??
        कौन हो तुम?
        ये क्या है
        कौनसा वीडियो? मैंने कुछ नहीं किया
        रिकॉर्ड कर रही थी?? क्यों
        हे भगवान 🙏
        अभी डिलीट करो
        मुझे डर लग रहा है
    """),
    "mr": T("""
        काय??
        कोण आहेस तू?
        हे काय आहे
        कोणता व्हिडिओ? मी काही केलं नाही
        रेकॉर्ड करत होतीस?? का
        अरे देवा 🙏
        आत्ताच डिलीट कर
        मला भीती वाटतेय
    """),
    "mr-Latn": T("""
        kay??
        kon ahes tu?
        he kay ahe
        konta video? mi kahi kela nahi
        record karat hotis?? ka
        are deva 🙏
        atach delete kar
        mala bhiti vattey
    """),
}

B["v_plead"] = {
    "en": T("""
        {please|plz|pls} {don't|dont} {do this|send it|upload} {🙏|🙏🙏|}
        {I|i} {beg you|am begging}, {my family|my parents} {will die|can't take this}
        {please|pls} {delete it|delete the video}, {I'll do anything|I made a mistake}
        {I'm|im} {just a student|only a student}, {please|plz} {leave me|have mercy}
        {bro|brother|sir} {please|plz} {understand|listen}, {my sister's wedding is next month|my father is a heart patient}
        {don't|dont} {ruin|destroy} my life {please|}
        {sorry|I'm sorry}, {I|i} {won't|will never} {do it again|talk to anyone again}
        {please|pls} {give me time|give me some time}, {I will|I'll|i will} {arrange|try}
        {what do you want|tell me what you want}? {just|} {don't send|don't post}
        {I'll|i will} {kill myself|die} if {this goes out|my family sees}
        {have some|have} {humanity|mercy} {yaar|bro|}
        {ok ok|okay okay} {I'll pay|i will pay}, {just|} {don't send|stop}
    """),
    "hi-Latn": T("""
        please mat karo {🙏|🙏🙏|}
        haath jodta hoon, ghar wale mar jayenge
        video delete kar do, galti ho gayi
        main student hoon, chhod do please
        bhai samjho, behen ki shaadi hai agle mahine
        meri zindagi barbaad mat karo
        sorry, dobara kabhi nahi karunga
        thoda time do, intezaam karta hoon
        kya chahiye bolo, bas bhejo mat
        agar ghar walon ne dekha toh mar jaunga
        thodi insaniyat rakho yaar
        acha acha de dunga, bas bhejo mat
        papa heart patient hain bhai please
    """),
    "hi": T("""
        प्लीज़ मत करो 🙏
        हाथ जोड़ता हूँ, घरवाले मर जाएंगे
        वीडियो डिलीट कर दो, गलती हो गई
        मैं स्टूडेंट हूँ, छोड़ दो
        मेरी ज़िंदगी बर्बाद मत करो
        थोड़ा टाइम दो, इंतज़ाम करता हूँ
        क्या चाहिए बोलो, बस भेजो मत
        ठीक है दे दूँगा, बस भेजो मत
    """),
    "mr": T("""
        प्लीज असं करू नकोस 🙏
        हात जोडतो, घरचे मरून जातील
        व्हिडिओ डिलीट कर, चूक झाली
        मी विद्यार्थी आहे, सोडून दे
        माझं आयुष्य बरबाद करू नकोस
        थोडा वेळ दे, व्यवस्था करतो
        काय पाहिजे सांग, फक्त पाठवू नकोस
        ठीक आहे देतो, फक्त पाठवू नकोस
    """),
    "mr-Latn": T("""
        please asa karu nakos 🙏
        haat jodto, gharche marun jatil
        video delete kar, chuk zali
        mi student ahe, sodun de
        maza ayushya barbad karu nakos
        thoda vel de, vyavastha karto
        kay pahije sang, fakt pathavu nakos
    """),
}

B["v_bargain"] = {
    "en": T("""
        {I|i} {only have|have only} <amt_low> {in my account|right now}
        {that's|its} {too much|a lot}, {I'm|im} {a student|unemployed|earning 15k}
        {can I|can i} {pay|give} <amt_low> {now|today} and {rest|remaining} {later|next month}?
        {where will I|how will i} {get|arrange} <amt>? {please|}
        {I|i} {can|will} {arrange|manage} {max|maximum} <amt_low>
    """),
    "hi-Latn": T("""
        mere paas sirf <amt_low> hain
        itne paise nahi hain, student hoon
        abhi <amt_low> de sakta hoon, baaki agle mahine
        <amt> kahan se laun?
        zyada se zyada <amt_low> ho payega
    """),
    "hi": T("""
        मेरे पास सिर्फ <amt_low> हैं
        इतने पैसे नहीं हैं, स्टूडेंट हूँ
        अभी <amt_low> दे सकता हूँ, बाकी बाद में
    """),
    "mr": T("""
        माझ्याकडे फक्त <amt_low> आहेत
        इतके पैसे नाहीत, मी विद्यार्थी आहे
        आत्ता <amt_low> देऊ शकतो, बाकी नंतर
    """),
    "mr-Latn": T("""
        mazyakade fakt <amt_low> ahet
        itke paise nahit, mi student ahe
        atta <amt_low> deu shakto, baki nantar
    """),
}

B["v_paid"] = {
    "en": T("""
        {sent|done|paid} {, check|. please check|}
        {I|i} {sent|have sent} <amt_paid> {, screenshot|} <media>
        {done|transferred}. {now|please} delete {it|everything}
        {paid|sent}. {please|pls} {keep your promise|don't send now}
        {I|i} {paid|sent} {what I had|whatever i had}, {please|} {stop now|leave me}
    """),
    "hi-Latn": T("""
        bhej diya, check karo
        <amt_paid> bhej diye <media>
        ho gaya, ab delete karo
        daal diye, ab promise nibhao
        jitne the bhej diye, ab chhod do
    """),
    "hi": T("""
        भेज दिया, चेक करो
        <amt_paid> भेज दिए <media>
        हो गया, अब डिलीट करो
    """),
    "mr": T("""
        पाठवले, चेक कर
        <amt_paid> पाठवले <media>
        झालं, आता डिलीट कर
    """),
    "mr-Latn": T("""
        pathavle, check kar
        <amt_paid> pathavle <media>
        zala, ata delete kar
    """),
}

B["v_police"] = {
    "en": T("""
        {I'm|i am} going to {police|cyber cell|the police station}
        {I|i} {already|have} {complained|reported} {on cybercrime.gov.in|to cyber cell|at 1930}
        {do whatever you want|do what u want}, {I'm|im} not paying
        {my|} {uncle|cousin} {is|works} in police, {see what happens now|you're finished}
        {I'm|im} blocking {you|u} {and reporting|}
        {this is|u r doing} a crime, {I have|i took} screenshots of everything
    """),
    "hi-Latn": T("""
        main police mein jaa raha hoon
        cyber cell mein complaint kar di hai, 1930 pe bhi
        jo karna hai kar lo, paise nahi dunga
        mere mama police mein hain, ab dekhna
        block kar raha hoon, report bhi
        yeh crime hai, sab screenshot le liye hain maine
    """),
    "hi": T("""
        मैं पुलिस में जा रहा हूँ
        साइबर सेल में शिकायत कर दी है
        जो करना है कर लो, पैसे नहीं दूँगा
        ये अपराध है, सबके स्क्रीनशॉट ले लिए हैं
    """),
    "mr": T("""
        मी पोलिसात जातोय
        सायबर सेलला तक्रार केली आहे
        काय करायचं ते कर, पैसे देणार नाही
        हा गुन्हा आहे, सगळे स्क्रीनशॉट घेतलेत
    """),
    "mr-Latn": T("""
        mi polisat jatoy
        cyber cell la takrar keli ahe
        kay karaycha te kar, paise denar nahi
        ha gunha ahe, sagle screenshot ghetlet
    """),
}

B["v_defy"] = {
    "en": T("""
        {do whatever you want|do it then}
        {send|post} it, {I don't care|idc}
        {I|i} {told|informed} my family {already|everything}. {go ahead|nothing to lose}
        {not paying|no money}. {bye|blocked}
    """),
    "hi-Latn": T("""
        jo karna hai karo
        bhej de, mujhe farak nahi padta
        ghar pe sab bata diya hai maine
        ek rupaya nahi milega
    """),
    "hi": T("""
        जो करना है करो
        घर पर सब बता दिया है
        एक रुपया नहीं मिलेगा
    """),
    "mr": T("""
        काय करायचं ते कर
        घरी सगळं सांगितलंय
        एक रुपया मिळणार नाही
    """),
    "mr-Latn": T("""
        kay karaycha te kar
        ghari sagla sangitlay
        ek rupaya milnar nahi
    """),
}

B["v_ask_delete"] = {
    "en": T("""
        {will you|promise you'll} {really|} delete {it|the video}?
        {how do I|how will i} know {you deleted|it's deleted}?
        {send|show} {proof|me} {that you deleted|of deletion}
        {is it|is everything} {deleted|gone} now?
    """),
    "hi-Latn": T("""
        sach mein delete karoge?
        kaise pata chalega delete kiya?
        delete ka proof bhejo
        ab sab delete ho gaya na?
    """),
    "hi": T("""
        सच में डिलीट करोगे?
        डिलीट का सबूत भेजो
    """),
    "mr": T("""
        खरंच डिलीट करशील?
        डिलीट केल्याचा पुरावा पाठव
    """),
    "mr-Latn": T("""
        kharach delete karshil?
        delete kelyacha purava pathav
    """),
}

# ----------------------------------------------------- fake police / officer
B["p_intro"] = {
    "en": T("""
        {Hello|Good evening}, {this is|I am} <officer> from {Cyber Crime Branch|Cyber Cell|Crime Branch} <station>
        {I am|This is} {YouTube officer|YouTube Cyber Officer} <officer>, {calling|messaging} {regarding|about} {a complaint|your video}
        {Sir|Hello sir}, {this is|I am} {SI|Inspector|ASP} <officer>, {Delhi|Mumbai} {Police|Crime Branch}
        {Are you|You are} <victim>? {I am|This is} <officer> {from|,} {cyber police|Cyber Crime Headquarters}
        {Notice|NOTICE}: {This is|From} {Cyber Crime Cell|CBI Cyber Division}, <station>. {Case No|Case ID} <case_no>
        {Hello|Hi}, {I'm|I am} <officer>, {I handle|in charge of} {video removal|content removal} {for|at} YouTube India
    """),
    "hi-Latn": T("""
        hello, main <officer> bol raha hoon {Cyber Crime Branch|Cyber Cell} <station> se
        main YouTube officer <officer> hoon, aapki video ke baare mein complaint aayi hai
        aap <victim> ho? main <officer>, {cyber police|crime branch} se
        yeh {cyber crime cell|crime branch} se message hai, case number <case_no>
    """),
    "hi": T("""
        नमस्ते, मैं <officer>, साइबर क्राइम ब्रांच <station> से बोल रहा हूँ
        मैं यूट्यूब ऑफिसर <officer> हूँ, आपके वीडियो की शिकायत आई है
        आप <victim> हैं? मैं <officer>, साइबर पुलिस से
        ये साइबर क्राइम सेल से संदेश है, केस नंबर <case_no>
    """),
    "mr": T("""
        नमस्कार, मी <officer>, सायबर क्राइम ब्रांच <station> मधून बोलतोय
        मी यूट्यूब ऑफिसर <officer>, तुमच्या व्हिडिओबद्दल तक्रार आली आहे
        तुम्ही <victim> आहात का? मी <officer>, सायबर पोलीस
    """),
    "mr-Latn": T("""
        namaskar, mi <officer>, cyber crime branch <station> madhun boltoy
        mi youtube officer <officer>, tumchya video baddal takrar ali ahe
    """),
}

B["p_claim"] = {
    "en": T("""
        {Your|Your obscene} video {has been|was} uploaded on YouTube {and|,} {a complaint is registered against you|we have received a complaint}
        The girl {in the video|you called} {has filed an FIR|has complained} {against you|under IT Act section 67}
        {Your|One} video {is|has gone} viral {on 3 channels|on YouTube}, {we have blocked it temporarily|we can remove it}
        {Your name|You} {is|are} {mentioned|named} in {an FIR|a cyber complaint} {for|regarding} {obscenity|harassment of a woman}
        {The|That} girl's {family|father} {has|have} {come to|approached} {the police station|us}, {it is a serious case|matter is serious}
        {We have|I have} your video {and|,} your number {and|,} {location|address} {details|}
        {Sir|Listen}, {the girl|she} {attempted suicide|is in hospital} {after|because of} {the video|your chat}, {her family|they} {filed case|want action}
    """),
    "hi-Latn": T("""
        aapki video YouTube pe upload hui hai, aapke khilaf complaint darj hai
        ladki ne aapke khilaf FIR kar di hai, IT Act 67 ke under
        aapki video {3 channel|YouTube} pe viral hai, humne abhi rok rakhi hai
        aapka naam FIR mein hai, mahila ko pareshan karne ka case
        ladki ke papa police station aaye hain, case serious hai
        ladki ne suicide try kiya hai, family action chahti hai
    """),
    "hi": T("""
        आपका वीडियो यूट्यूब पर अपलोड हुआ है, आपके खिलाफ शिकायत दर्ज है
        लड़की ने आपके खिलाफ एफआईआर कर दी है
        आपका नाम एफआईआर में है
        लड़की के परिवार वाले थाने आए हैं, मामला गंभीर है
    """),
    "mr": T("""
        तुमचा व्हिडिओ यूट्यूबवर अपलोड झालाय, तुमच्याविरुद्ध तक्रार दाखल आहे
        मुलीने तुमच्याविरुद्ध एफआयआर केली आहे
        तुमचं नाव एफआयआरमध्ये आहे
    """),
    "mr-Latn": T("""
        tumcha video youtube var upload zalay, tumchyaviruddh takrar dakhal ahe
        mulini tumchyaviruddh FIR keli ahe
    """),
}

B["p_threat"] = {
    "en": T("""
        {An arrest warrant|Warrant} {will be|is being} issued {today|in 2 hours} {if you don't cooperate|}
        {Police team|Our team} {will reach|is coming to} your {home|address} {tonight|in 1 hour}
        {You can get|This carries} {3|5|7} years {jail|imprisonment} {and fine|under IT Act}
        {Don't|Do not} {tell anyone|inform family} {, it will spoil your case|, it's confidential}
        {Your|Ur} {parents|family} {will be|are going to be} {informed|called to the station}
        {If|Unless} {you settle|the matter is settled} {now|today}, {it goes to court|media will know}
    """),
    "hi-Latn": T("""
        aaj arrest warrant nikal jayega agar cooperate nahi kiya
        police team raat ko aapke ghar aa rahi hai
        3 se 7 saal ki jail ho sakti hai
        kisi ko batana mat, case kharab hoga
        aapke ghar walon ko thane bulayenge
        abhi settle karo warna court mein jayega, media ko bhi pata chalega
    """),
    "hi": T("""
        सहयोग नहीं किया तो आज गिरफ्तारी वारंट निकलेगा
        पुलिस टीम आपके घर आ रही है
        तीन से सात साल की जेल हो सकती है
        किसी को बताना मत
    """),
    "mr": T("""
        सहकार्य केलं नाही तर आज अटक वॉरंट निघेल
        पोलीस टीम तुमच्या घरी येतेय
        तीन ते सात वर्षं जेल होऊ शकते
        कोणाला सांगू नका
    """),
    "mr-Latn": T("""
        sahakarya kela nahi tar aaj atak warrant nighel
        police team tumchya ghari yetey
    """),
}

B["p_demand"] = {
    "en": T("""
        {To delete the video|For video removal} {from all channels|from YouTube}, {pay|deposit} <amt> {processing fee|charges}
        {The girl's family|Complainant} {is ready to|will} {take back the complaint|compromise} {for|if you pay} <amt>
        {You must|You have to} {pay|deposit} <amt> {as|for} {settlement|case closing charges} {today|within 1 hour}
        {Deposit|Pay} <amt> {as|for} {refundable|security} {bail|verification} {amount|deposit}
        {Removal charges|Deletion charges} {are|=} <amt> {per channel|for 3 channels}
        {To close|For closing} {the file|your case}, <amt> {is required|must be paid}
    """),
    "hi-Latn": T("""
        video sab channel se delete karne ke liye <amt> processing fee lagegi
        ladki ki family <amt> mein compromise ke liye ready hai
        aaj hi <amt> settlement jama karna hoga
        <amt> security deposit dena hoga, baad mein refund
        har channel ka removal charge <amt>
        case close karne ke liye <amt> lagenge
    """),
    "hi": T("""
        वीडियो डिलीट करने के लिए <amt> प्रोसेसिंग फीस लगेगी
        लड़की का परिवार <amt> में समझौते को तैयार है
        केस बंद करने के लिए <amt> लगेंगे
    """),
    "mr": T("""
        व्हिडिओ डिलीट करायला <amt> प्रोसेसिंग फी लागेल
        मुलीचे घरचे <amt> मध्ये तडजोडीला तयार आहेत
        केस बंद करायला <amt> लागतील
    """),
    "mr-Latn": T("""
        video delete karayla <amt> processing fee lagel
        case band karayla <amt> lagtil
    """),
}

B["v_police_reply"] = {
    "en": T("""
        {sir|Sir} {please|plz} {I didn't do anything wrong|it was a trap}, {that girl|she} {was blackmailing me|asked money}
        {sir|} {I'm|im} {very scared|a student}, {please|} {don't tell my parents|help me}
        {how do I know|how can i trust} {you are|ur} {real police|really from police}?
        {sir|} {I already paid|i paid} {her|them} <amt_paid>
        {can I|can i} come to the {station|police station} {directly|myself}?
        {why|y} {would|does} police {ask|want} {money|UPI payment}?
        {ok sir|yes sir}, {what should I do|tell me the process}
    """),
    "hi-Latn": T("""
        sir maine kuch galat nahi kiya, woh ladki blackmail kar rahi thi
        sir main bahut dara hua hoon, ghar pe mat batana
        kaise maanu aap asli police ho?
        sir maine pehle hi <amt_paid> de diye hain
        main khud thane aa jaata hoon
        police UPI pe paise kyun maangegi?
        ji sir, batao kya karna hai
    """),
    "hi": T("""
        सर मैंने कुछ गलत नहीं किया
        सर मैं बहुत डरा हुआ हूँ, घर पर मत बताना
        कैसे मानूँ आप असली पुलिस हो?
        मैं खुद थाने आ जाता हूँ
        जी सर, बताइए क्या करना है
    """),
    "mr": T("""
        सर मी काही चुकीचं केलं नाही
        सर मला खूप भीती वाटतेय, घरी सांगू नका
        तुम्ही खरे पोलीस आहात हे कसं कळणार?
        मी स्वतः पोलीस स्टेशनला येतो
        हो सर, सांगा काय करायचं
    """),
    "mr-Latn": T("""
        sir mi kahi chukicha kela nahi
        sir mala khup bhiti vattey, ghari sangu naka
        tumhi khare police ahat he kasa kalnar?
        ho sir, sanga kay karaycha
    """),
}

# --------------------------------------------------------------- loan app
B["l_intro"] = {
    "en": T("""
        {This is|From} {<app>|<app> recovery team}. {Your|Ur} loan of <amt_loan> is {overdue|due today}
        {Dear customer|Hello}, {your|ur} {repayment|EMI} {for|on} <app> {is pending|has crossed due date}
        {Why|Y} {you|u} {not paying|didn't pay} <app> loan? {today|} {last date|is last day}
        {Hello|Hi} <victim>, {recovery agent|collection executive} from <app>. {clear|pay} {your|} dues {now|immediately}
    """),
    "hi-Latn": T("""
        <app> se bol raha hoon, aapka <amt_loan> ka loan overdue hai
        aapka repayment pending hai, aaj last date hai
        loan kyun nahi bhara abhi tak? <app> recovery
        main <app> ka recovery agent, abhi payment karo
    """),
    "hi": T("""
        <app> से, आपका <amt_loan> का लोन ओवरड्यू है
        आज आखिरी तारीख है, पेमेंट करो
    """),
    "mr": T("""
        <app> मधून, तुमचं <amt_loan> चं लोन थकलंय
        आज शेवटची तारीख आहे, पेमेंट करा
    """),
    "mr-Latn": T("""
        <app> madhun, tumcha <amt_loan> cha loan thaklay
        aaj shevatchi tarikh ahe, payment kara
    """),
}

B["l_threat"] = {
    "en": T("""
        {If|If you} {not paid|don't pay} {today|in 2 hours}, {your|ur} {morphed|edited} {photos|pics} {will be sent|go} to {all|every} {your|} contacts
        {We have|we got} {your|all your} {contact list|phone contacts} {and gallery|and photos}. {we will|will} {make|create} {your|ur} {nude|obscene} {edited|morphed} {photo|pics} {and send|and share}
        {Everyone|All} {in your contacts|ur relatives} {will get|gets} {a message|your photo} {saying|that} {you are|u r} {a fraud|a thief|characterless}
        {We will|will} {make|create} {a WhatsApp group|group} {with|of} {your|} {relatives|contacts} {and post|and share} {your|} {edited photos|morphed pics}
        {your|ur} {mother|sister|wife} {photo|pic} {also|too} {will be|gets} {edited|morphed} {and|,} {sent|shared} {to everyone|in all groups}
        {see|look} {sample|this}, {this is|this} {how|what} {your|} contacts {will|are going to} {see|get} <media>
    """),
    "hi-Latn": T("""
        aaj payment nahi kiya toh tumhari edited photo sab contacts ko jayegi
        tumhari contact list aur gallery hamare paas hai, morph karke photo bhejenge
        sab rishtedaron ko msg jayega ki tum fraud ho, chor ho
        tumhare rishtedaron ka group bana ke edited photo daal denge
        tumhari {mummy|behen|biwi} ki photo bhi edit karke bhejenge
        sample dekho, aise jayega sabko <media>
    """),
    "hi": T("""
        आज पेमेंट नहीं किया तो आपकी एडिटेड फोटो सब कॉन्टैक्ट्स को जाएगी
        आपकी कॉन्टैक्ट लिस्ट और गैलरी हमारे पास है
        सब रिश्तेदारों को मैसेज जाएगा कि आप फ्रॉड हो
        रिश्तेदारों का ग्रुप बनाकर फोटो डाल देंगे
    """),
    "mr": T("""
        आज पेमेंट केलं नाही तर तुमचे एडिट केलेले फोटो सगळ्या कॉन्टॅक्ट्सना जातील
        तुमची कॉन्टॅक्ट लिस्ट आणि गॅलरी आमच्याकडे आहे
        सगळ्या नातेवाईकांना मेसेज जाईल की तुम्ही फ्रॉड आहात
    """),
    "mr-Latn": T("""
        aaj payment kela nahi tar tumche edit kelele photo saglya contacts na jatil
        tumchi contact list ani gallery amchyakade ahe
    """),
}

B["l_demand"] = {
    "en": T("""
        {Pay|Total} <amt> {including|with} {penalty|late fee} {now|immediately}
        {loan|principal} <amt_loan> {+|plus} {penalty|interest} {=|total} <amt>. {pay|clear} {today|by 6 pm}
        {no extension|extension not possible}. <amt> {or|else} {photos go|we start sending}
    """),
    "hi-Latn": T("""
        penalty mila ke <amt> abhi bharo
        loan <amt_loan> + penalty = <amt>, aaj shaam 6 baje tak
        extension nahi milega, <amt> do warna photo bhejna shuru
    """),
    "hi": T("""
        पेनल्टी मिलाकर <amt> अभी भरो
        लोन <amt_loan> + पेनल्टी = <amt>, आज शाम तक
    """),
    "mr": T("""
        दंडासह <amt> आत्ता भरा
        लोन <amt_loan> + दंड = <amt>, आज संध्याकाळपर्यंत
    """),
    "mr-Latn": T("""
        dandasah <amt> atta bhara
        loan <amt_loan> + dand = <amt>, aaj sandhyakalparyant
    """),
}

B["v_loan"] = {
    "en": T("""
        {I|i} {only|just} took <amt_loan> {and|,} {already|} {paid|repaid} {it|back} {last week|on time}
        {how|why} {is it|it's} <amt> {now|}? {this is|its} {illegal|looting}
        {that's|those are} not {my photos|my pics}, {please|} {don't|dont} {send|do this}
        {I|i} {got|received} only <amt_low> {after|,} {processing fee|deduction}
        {I'll|i will} {pay|clear} {tomorrow|on salary day}, {please|plz} {don't message my contacts|don't call my family}
        {I|i} {never|didn't} {applied|apply} {for|} {any|this} loan
    """),
    "hi-Latn": T("""
        maine sirf <amt_loan> liya tha aur chuka bhi diya
        ab <amt> kaise ho gaya? yeh loot hai
        woh meri photo nahi hai, please mat bhejo
        processing fee kaat ke sirf <amt_low> mile the
        salary aate hi bhar dunga, contacts ko msg mat karo
        maine koi loan liya hi nahi
    """),
    "hi": T("""
        मैंने सिर्फ <amt_loan> लिया था और चुका भी दिया
        अब <amt> कैसे हो गया?
        वो मेरी फोटो नहीं है, प्लीज़ मत भेजो
    """),
    "mr": T("""
        मी फक्त <amt_loan> घेतले होते आणि फेडलेही
        आता <amt> कसे झाले?
        ते माझे फोटो नाहीत, प्लीज पाठवू नका
    """),
    "mr-Latn": T("""
        mi fakt <amt_loan> ghetle hote ani fedle pan
        ata <amt> kase zale?
        te maze photo nahit, please pathavu naka
    """),
}

# --------------------------------------------------------------- teen photos
B["t_threat"] = {
    "en": T("""
        {I still have|remember I have} your photos {😏|}. {want|do you want} your {class|school} {group|friends} to see them?
        {I'll|i will} send your photos to {everyone in|your} {class|school group|tuition batch}
        {your|ur} {class teacher|principal|parents} {will|are gonna} get your photos {tomorrow|tonight}
        {I know|i know} {your|ur} school {and|,} {your|ur} {section|class}. {don't|dont} {ignore|block} me
        {I'll|i will} {post|put} {them|your photos} on {a fake page|your school's page} {with your name|}
        {if you block|block me and} {I|i} {send|post} {immediately|right away}
    """),
    "hi-Latn": T("""
        tumhari photos abhi bhi mere paas hain {😏|}. class group mein daal doon?
        tumhari photos poore school group mein bhej dunga
        tumhare class teacher aur mummy papa ko photos jayengi
        tera school aur section pata hai, ignore mat kar
        fake page bana ke tumhare naam se photos daal dunga
        block kiya toh turant bhej dunga
    """),
    "hi": T("""
        तुम्हारी फोटो अभी भी मेरे पास हैं। क्लास ग्रुप में डाल दूँ?
        तुम्हारी फोटो पूरे स्कूल ग्रुप में भेज दूँगा
        तुम्हारे मम्मी पापा को फोटो जाएंगी
        ब्लॉक किया तो तुरंत भेज दूँगा
    """),
    "mr": T("""
        तुझे फोटो अजून माझ्याकडे आहेत. क्लास ग्रुपवर टाकू?
        तुझे फोटो पूर्ण शाळेच्या ग्रुपवर पाठवेन
        तुझ्या आई बाबांना फोटो जातील
        ब्लॉक केलंस तर लगेच पाठवेन
    """),
    "mr-Latn": T("""
        tuze photo ajun mazyakade ahet. class group var taku?
        tuze photo purna shalechya group var pathven
        tuzya aai babana photo jatil
    """),
}

B["t_demand"] = {
    "en": T("""
        {send|pay} <amt> {on|to} {this upi|paytm} <upi> {and I delete|then i'll delete}
        {buy|get} {a|} {Google Play|Amazon} {gift card|voucher} {of|worth} <amt> {and send the code|}
        {use|take} {your mom's|your dad's|your parents'} {phone|paytm} {, nobody will know|, just send <amt>}
        {I|i} {need|want} <amt> {by tomorrow|before school tomorrow}
    """),
    "hi-Latn": T("""
        <amt> bhej is upi pe <upi>, phir delete kar dunga
        <amt> ka google play gift card le ke code bhejo
        mummy ke phone se paytm kar de, kisi ko pata nahi chalega
        kal school se pehle <amt> chahiye
    """),
    "hi": T("""
        <amt> इस यूपीआई पर भेजो <upi>
        <amt> का गिफ्ट कार्ड लेकर कोड भेजो
        कल स्कूल से पहले <amt> चाहिए
    """),
    "mr": T("""
        <amt> या यूपीआयवर पाठव <upi>
        <amt> चं गिफ्ट कार्ड घेऊन कोड पाठव
        उद्या शाळेच्या आधी <amt> पाहिजेत
    """),
    "mr-Latn": T("""
        <amt> ya upi var pathav <upi>
        <amt> cha gift card gheun code pathav
    """),
}

B["v_teen"] = {
    "en": T("""
        {please|plz} {I'm|im} only 17, {don't do this|leave me}
        {I|i} {don't have|dont have} {money|any money}, {I'm|im} in {11th|12th}
        {you said|u said} {you'd|u would} delete them
        {please|plz} {don't|dont} send to my {class|school}, {I'll|ill} {die|never go to school again}
        {my|} {parents|dad} {will|are going to} {kill me|take my phone}
        {I'll|i will} {try|see} {to get|if i can get} <amt_low>
    """),
    "hi-Latn": T("""
        please main sirf 17 ka hoon, chhod do
        mere paas paise nahi hain, 12th mein hoon
        tumne bola tha delete kar doge
        class mein mat bhejna please, school nahi ja paunga
        papa phone chheen lenge, maar denge
        <amt_low> ka try karta hoon
    """),
    "hi": T("""
        प्लीज़ मैं सिर्फ सत्रह साल का हूँ, छोड़ दो
        मेरे पास पैसे नहीं हैं, बारहवीं में हूँ
        क्लास में मत भेजना प्लीज़
    """),
    "mr": T("""
        प्लीज मी फक्त सतरा वर्षांचा आहे, सोडून दे
        माझ्याकडे पैसे नाहीत, बारावीत आहे
        क्लासमध्ये पाठवू नकोस प्लीज
    """),
    "mr-Latn": T("""
        please mi fakt 17 varshancha ahe, sodun de
        mazyakade paise nahit, baravit ahe
        class madhe pathavu nakos please
    """),
}

# --------------------------------------------------------------- webcam bluff
W = {
    "greet": T("""
        Hello!
        Hi {there|}.
        {Greetings|Hello my friend}.
        I {know|have} {one of your passwords|your password}: <pw>
        {Attention|ATTENTION}! {Read this message carefully|This is important}.
        Hello {pervert|dear user}, {I|i} {have|got} {bad news|some news} for you.
        {Dear|} <victim>,
    """),
    "claim": T("""
        {I hacked|I have hacked} your {device|computer|phone} {few months ago|some time ago} {through|via} {a malware|a trojan} {on|from} {a website you visited|an adult website}.
        {My|my} {spyware|software} {gave me|has} full access to your {camera|webcam}, {microphone|mic}, {contacts|emails} and {browsing history|history}.
        {I|i} {am|'m} {a|an} {professional|experienced} {hacker|programmer} and {I|i} {have|got} access to your {system|operating system}.
        {You|you} {opened|clicked} {a link|an email} {from me|I sent} {and|,} {it installed|installing} {a program|a virus} {on your device|silently}.
        {Your|your} {router|wifi} {was|had} {vulnerable|a weak password}, {that|which} {is how|how} {I|i} {got in|entered}.
    """),
    "record": T("""
        {I|i} {recorded|have recorded} {you|a video of you} {through|via} your {webcam|camera} {while|when} you {were watching|watched} {adult videos|adult content}.
        {I|i} {made|created} a {split-screen|double-screen} video: {one side|one part} {what you watched|the video you watched}, {other side|other part} {you|your face}.
        {I|i} {have|got} {video proof|recordings} of {your|ur} {private moments|actions in front of the screen}.
        {Believe me|Trust me}, {it|the video} {looks|is} {very|really} {embarrassing|shameful}.
    """),
    "threat": T("""
        {With one click|In one click} {I|i} {can|will} send {this video|it} to {all your contacts|every contact}, {email|social networks} and {messengers|WhatsApp}.
        {Your|your} {family|relatives}, {friends|colleagues} {and|,} {boss|employer} {will|are going to} {see it|receive it}.
        {I|i} {will|can} {also|} {upload|post} {it|the video} {on|to} {public websites|the internet} {with your name|}.
        {Imagine|Think about} {what|how} {your|} {friends|family} {will think|will react}.
    """),
    "demand": T("""
        {Send|Transfer} <usd> {in|of} {Bitcoin|BTC} to {my|this} {wallet|address}: <btc>
        {The|My} {price|fee} {is|=} <usd> {in Bitcoin|in BTC}. {BTC|Bitcoin} {address|wallet}: <btc>
        {I|i} {think|believe} <usd> is {a fair price|fair} {for|to keep} {my silence|our little secret}. {Pay in|Send} {Bitcoin|BTC}: <btc>
        {If you do not know|If you don't know} how to {buy|send} {Bitcoin|bitcoins}, {google it|search on Google}. {Address|My wallet}: <btc>
    """),
    "deadline": T("""
        You have {48|24|72} hours {after|from} {opening|reading} this {message|email}.
        {I|i} {will|can} {see|know} {when|that} you {read|opened} this {message|email}.
        {After|Once} {I|i} {receive|get} {payment|the money}, {I will|I'll|i will} {delete|destroy} {the video|everything} {and|,} {you will|you'll|u will} never hear from me again.
        {If|If I do not} {I|} {don't|} {get|receive} {the|my} {payment|bitcoins}, {I will|I'll|i will} {send|share} {the video|it} {immediately|at once}.
    """),
    "warn": T("""
        {Do not|Don't} {reply to|answer} this {email|message}, {it is|its} {sent from|generated from} {a|an} {hacked|anonymous} {account|address}.
        {Don't|Do not} {try to|} {contact|go to} {the police|police}, {they|they} {will not|can't} {help|trace me}.
        {Changing|If you change} {your|} {password|passwords} {will not|won't} help, {I|i} {have|made} copies {of everything|everywhere}.
        {Don't|Do not} {tell|share with} anyone, {or|otherwise} {I will|I'll|i will} {send|publish} {immediately|at once}.
    """),
    "close": T("""
        {Good luck|Best regards}.
        {Be|Stay} {smart|wise}.
        {Time is|Clock is} ticking.
        {Regards|Bye}, {anonymous|a friend}
    """),
}
B_W = W

# --------------------------------------------------------------- slot fillers
REL = {
    "en": ["your mom", "your dad", "your sister", "your brother", "your girlfriend", "your wife", "your boss", "your college friends", "your relatives", "your office colleagues", "your whole family", "your cousins", "your uncle"],
    "hi-Latn": ["tumhari mummy", "tere papa", "teri behen", "tere bhai", "teri girlfriend", "tere office walon", "tere sab dosto", "tere rishtedaron", "tere ghar walon", "teri biwi", "tere chacha"],
    "hi": ["तुम्हारी मम्मी", "तुम्हारे पापा", "तुम्हारी बहन", "तुम्हारे दोस्तों", "तुम्हारे रिश्तेदारों", "तुम्हारे घर वालों", "तुम्हारे ऑफिस वालों"],
    "mr": ["तुझ्या आईला", "तुझ्या बाबांना", "तुझ्या बहिणीला", "तुझ्या मित्रांना", "तुझ्या नातेवाईकांना", "तुझ्या घरच्यांना", "तुझ्या ऑफिसमधल्यांना"],
    "mr-Latn": ["tuzya aaila", "tuzya babana", "tuzya bahinila", "tuzya mitrana", "tuzya natevaikana", "tuzya gharchyana"],
}
PLATFORM = {
    "en": ["YouTube", "Instagram", "Facebook", "all social media", "Telegram channels", "every WhatsApp group", "your college group", "Twitter"],
    "hi-Latn": ["YouTube", "Insta", "Facebook", "social media", "Telegram", "har WhatsApp group", "college group"],
    "hi": ["यूट्यूब", "इंस्टाग्राम", "फेसबुक", "सोशल मीडिया", "हर व्हाट्सएप ग्रुप"],
    "mr": ["यूट्यूब", "इंस्टाग्राम", "फेसबुक", "सोशल मीडिया", "प्रत्येक व्हॉट्सअ‍ॅप ग्रुप"],
    "mr-Latn": ["YouTube", "Insta", "Facebook", "social media", "saglya whatsapp group"],
}
REEL_TOPIC = ["bike ride", "gym", "dance", "cooking", "trek", "cricket", "guitar", "Goa trip", "mimicry", "comedy"]
CITIES = ["Mumbai", "Pune", "Delhi", "Jaipur", "Bangalore", "Kolkata", "Indore", "Lucknow", "Nagpur", "Ahmedabad", "Chandigarh", "Hyderabad", "Nashik", "Bhopal", "Surat", "Noida", "Gurgaon", "Patna", "Aurangabad", "Kolhapur"]
LOAN_APPS = ["QuickRupee", "CashNow", "RupeeMitra", "InstaLoan Pro", "KreditBee Plus", "PaisaTurant", "SmartCash", "LoanDost", "EasyMoney", "GoldRupee", "FlashCredit", "RupeeStar"]
DATING_APPS = ["Tinder", "Bumble", "Hinge", "QuackQuack", "TrulyMadly", "Aisle", "OkCupid"]
OFFICER_NAMES = ["Vikram Singh", "Rajesh Kumar", "Sunil Yadav", "Anil Sharma", "Ramesh Patil", "Pradeep Rathore", "Manoj Tiwari", "Sanjay Deshmukh", "Ajay Chauhan", "R.K. Mishra", "Vinod Pandey"]
STATIONS = ["Delhi", "Mumbai", "Lucknow", "Jaipur", "Pune", "Noida Sector 36", "Bhopal", "Hyderabad", "New Delhi HQ", "Gurugram"]

# ---------------------------------------------------------------------------
# generation logic
# ---------------------------------------------------------------------------

import random

from common import (
    CALL_LINES, Clock, Conversation, Style, bank_account, btc_wallet, chance, cyrillic, display_name,
    emoji_words, expand, first_name, format_inr, format_usd, handle, indian_grouping, obfuscate, phone, pick,
    round_amount, surname, upi_id, usdt_wallet, weighted, zero_width,
)

import sextortion_aftermath as _aftermath

LABEL = "sextortion"

# merge the short/aftermath banks (new stages and additions to existing ones)
for _stage, _langs in _aftermath.EXTRA.items():
    for _key, _tpls in _langs.items():
        B.setdefault(_stage, {}).setdefault(_key, []).extend(_tpls)

LANG_WEIGHTS = (("en", 35), ("hi-Latn", 32), ("hi", 13), ("mr", 11), ("mixed", 9))

OBF_STAGES = ("s_record", "s_threat", "s_demand", "s_channel", "s_proof", "s_repeat", "s_contacts", "p_claim", "p_demand", "l_threat", "t_threat", "t_demand", "s_lastnight", "boss_intro",
              "s_copy", "s_group", "s_vanish", "p_short")

# extra small banks used only by some scenarios
B["s_lastnight"] = {
    "en": T("""
        {remember|u remember} {last night's|yesterday's} video call? {I recorded it|its all recorded} {😂|😈|}
        {I have|i got} your video from {last night|yesterday's call} {, face clearly visible|}
        {hello|hi} <victim>, {your|ur} video {from|of} {the call|last night} is with me <media>
        {that|the} {call|video chat} {you did|u did} {on|last} {Saturday|night}... {see this|check this} <media>
        {you forgot|forgot} me? {I didn't forget you|i still have our call} {😏|}
    """),
    "hi-Latn": T("""
        kal raat wali video call yaad hai? record ho gayi thi {😂|😈|}
        kal ki call ki video mere paas hai, chehra saaf hai
        <victim>, tumhari kal wali video mere paas hai <media>
        bhool gaye mujhe? main nahi bhooli, call record hai {😏|}
    """),
    "hi": T("""
        कल रात वाली वीडियो कॉल याद है? रिकॉर्ड हो गई थी
        कल की कॉल का वीडियो मेरे पास है <media>
    """),
    "mr": T("""
        काल रात्रीचा व्हिडिओ कॉल आठवतोय? रेकॉर्ड झालाय
        कालच्या कॉलचा व्हिडिओ माझ्याकडे आहे <media>
    """),
    "mr-Latn": T("""
        kal ratricha video call athvtoy? record zalay
        kalchya call cha video mazyakade ahe <media>
    """),
}

B["v_confused"] = {
    "en": T("""
        {who is this|who r u}?
        {what|which} call? {wrong number|you have the wrong person}
        {I don't know you|dont know u}
        {how did you get my number|where did u get my number}?
        {ok|hmm} {what do you want|what now}
    """),
    "hi-Latn": T("""
        kaun ho aap?
        kaunsi call? galat number hai
        main aapko nahi jaanta
        mera number kahan se mila?
        kya chahiye ab
    """),
    "hi": T("""
        कौन हो आप?
        कौनसी कॉल? गलत नंबर है
        मेरा नंबर कहाँ से मिला?
    """),
    "mr": T("""
        कोण तुम्ही?
        कोणता कॉल? चुकीचा नंबर आहे
        माझा नंबर कुठून मिळाला?
    """),
    "mr-Latn": T("""
        kon tumhi?
        konta call? chukicha number ahe
        maza number kuthun milala?
    """),
}

B["s_move_date"] = {
    "en": T("""
        {I|i} {rarely|hardly} open {this app|<dapp>}, {let's|lets} {talk|chat} on WhatsApp? <sphone>
        {before we meet|before meeting}, {can we|let's} {do a|have a} video call? {just to be safe|I want to be sure you're real}
        {this app is so slow|messages here get lost}, {give|share} {your|ur} number {na|}
    """),
    "hi-Latn": T("""
        yeh app kam kholti hoon, WhatsApp pe baat karein? <sphone>
        milne se pehle ek video call karein? safe rehna hai
        number do na, yahan msg miss ho jaate hain
    """),
    "hi": T("""
        ये ऐप कम खोलती हूँ, व्हाट्सएप पर बात करें? <sphone>
        मिलने से पहले एक वीडियो कॉल करें?
    """),
    "mr": T("""
        हे ॲप मी कमी उघडते, व्हॉट्सअ‍ॅपवर बोलूया? <sphone>
        भेटण्याआधी एक व्हिडिओ कॉल करूया?
    """),
    "mr-Latn": T("""
        he app mi kami ughadte, whatsapp var boluya? <sphone>
        bhetnyaadhi ek video call karuya?
    """),
}

B["v_email_reply"] = {
    "en": T("""
        who is this
        {I don't even have|i dont have} a {webcam|laptop camera}
        {this is|its} {spam|a scam}, {reported|blocking}
        {how do you know|how did u get} my password??
        {please|pls} {don't send|dont do anything}, {I'll|i will} {pay|try}
        {is this real|is this for real}?
    """),
}

SMALL_TOPICS_MID = ("food", "weather", "work", "college", "cricket", "family")

STAGE_MOOD = {
    "s_hello": "flirt", "s_reel": "happy", "d_match": "flirt", "s_flirt": "flirt", "s_call": "flirt", "s_undress": "flirt",
    "s_move": "flirt", "s_move_date": "happy", "s_intro": "happy",
    "v_hello": "happy", "v_intro": "happy", "v_flirt": "happy", "v_move": "ok", "v_call": "neutral", "v_hesitate": "neutral",
    "s_record": "threat", "s_threat": "threat", "s_pressure": "threat", "s_proof": "threat", "s_contacts": "threat",
    "s_lastnight": "threat", "t_threat": "threat", "l_threat": "threat", "s_police_resp": "laugh", "boss_intro": "threat",
    "s_demand": "money", "s_repeat": "money", "s_channel": "money", "s_bargain": "threat", "t_demand": "money", "l_demand": "money",
    "s_promise": "ok", "s_boss": "threat",
    "v_shock": "scared", "v_plead": "scared", "v_teen": "scared", "v_police_reply": "scared", "v_ask_delete": "scared",
    "v_confused": "neutral", "v_bargain": "sad", "v_paid": "sad", "v_loan": "sad", "v_police": "angry", "v_defy": "angry",
    "s_drop": "neutral", "s_nudge": "neutral", "v_email_reply": "neutral",
    "s_copy": "money", "s_group": "threat", "s_vanish": "money", "s_payss": "money", "p_short": "neutral",
}

MEDIA = ("<Media omitted>", "video omitted", "image omitted", "<attached: video>", "<attached: photo>", "video omitted", "📹 Video")
CALL_TEXT = ("📹 Video call", "Video call, 3 min", "📞 Missed video call", "Video call ended", "Missed video call", "📹 Video call · 2 min", "Video call, 6 min")


def _map_fmt_lang(key: str) -> str:
    """Language code used for amount formatting for a bank key."""
    return {"en": "en", "hi-Latn": "hi-Latn", "hi": "hi", "mr": "mr", "mr-Latn": "hi-Latn"}.get(key, "en")


def _broken_english(rng: random.Random, text: str) -> str:
    """Make English read like a non-native template: drop articles, odd tense, lowercase i."""
    words = text.split(" ")
    out = []
    for w in words:
        lw = w.lower()
        if lw in ("the", "a", "an") and chance(rng, 0.5):
            continue
        if lw == "have" and chance(rng, 0.2):
            w = "am have"
        if lw == "recorded" and chance(rng, 0.3):
            w = "record"
        if w == "I" and chance(rng, 0.3):
            w = "i"
        out.append(w)
    return " ".join(out)


class Ctx:
    """State for one conversation being generated."""

    def __init__(self, rng: random.Random, lang: str, scenario: str):
        """Pick participants, money figures, payment handles and typing styles."""
        self.rng = rng
        self.lang = lang
        self.scenario = scenario
        self.clock = Clock(rng, night_bias=0.65)
        self.conv = Conversation(rng, LABEL, lang, scenario, self.clock, with_ts=chance(rng, 0.92))
        self.mr_key = "mr" if chance(rng, 0.6) else "mr-Latn"
        self.used: dict[str, list[str]] = {}
        # participants
        # women are targeted mostly through loan-app morphing; elsewhere the victim is male
        self.victim_gender = "f" if scenario == "loan_app_morphed_photos" and chance(rng, 0.4) else "m"
        self.victim = display_name(rng, self.victim_gender, lang)
        self.persona_first = first_name(rng, "f")
        scammer_name = pick(rng, (
            self.persona_first, f"{self.persona_first} {surname(rng)}", f"{self.persona_first} 🌸", f"{self.persona_first.lower()}_{rng.randrange(1, 99)}",
            handle(rng, self.persona_first)[1:], phone(rng), f"{self.persona_first} {pick(rng, ('💕', '❤️', '🦋', '✨'))}",
        ))
        self.scammer = scammer_name
        if self.scammer == self.victim:
            self.scammer = self.scammer + " ."
        # money
        self.amt = round_amount(rng, *pick(rng, ((2000, 10000), (5000, 25000), (10000, 50000), (20000, 100000), (50000, 200000))))
        self.amt_paid = None
        self.mixed_bias = {"s": rng.uniform(0.25, 0.75), "v": rng.uniform(0.3, 0.8), "o": rng.uniform(0.3, 0.8)}
        # in mixed conversations each side has one non-English language it falls back to
        self.mixed_second = {"s": pick(rng, ("hi-Latn", "hi-Latn", "hi-Latn", "hi")), "v": pick(rng, ("hi-Latn", "hi-Latn", "mr-Latn", "hi")), "o": "hi-Latn"}
        acct, ifsc = bank_account(rng)
        self.slots = {
            "persona": self.persona_first,
            "victim": self.victim.split(" ")[0] if not self.victim[:1].isdigit() and not self.victim.startswith("+") else "sir",
            "city": pick(rng, CITIES), "vcity": pick(rng, CITIES),
            "upi": upi_id(rng, pick(rng, (self.persona_first, None, None))),
            "sphone": phone(rng), "vphone": phone(rng),
            "acct": acct, "ifsc": ifsc, "btc": btc_wallet(rng), "usdt": usdt_wallet(rng),
            "relname": first_name(rng, "f"), "n": str(rng.randrange(180, 2400)),
            "link": "youtu.be/" + "".join(pick(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11)),
            "reel_topic": pick(rng, REEL_TOPIC), "dapp": pick(rng, DATING_APPS), "app": pick(rng, LOAN_APPS),
            "officer": pick(rng, OFFICER_NAMES), "station": pick(rng, STATIONS),
            "case_no": f"{pick(rng, ('CC', 'FIR', 'CYB', 'IT'))}/{rng.randrange(100, 9999)}/{pick(rng, ('2025', '2026'))}",
            "pw": first_name(rng).lower() + pick(rng, ("@", "#", "", "_")) + str(rng.randrange(1985, 2008)),
            "media": "",
        }
        # obfuscation plan for the scammer's key messages
        self.obf = chance(rng, 0.2)
        self.obf_method = pick(rng, ("leet", "space", "cyrillic", "zero_width", "star", "emoji", "mixed"))
        # styles
        self.styles = {}
        self.set_style(self.scammer, "s")
        self.set_style(self.victim, "v")

    # -- participants -----------------------------------------------------
    def set_style(self, sender: str, role: str, casual: float | None = None) -> None:
        """Give a sender a typing style suited to the role ('s' scammer, 'v' victim, 'o' officer)."""
        rng = self.rng
        if casual is None:
            casual = rng.uniform(0.1, 0.9) if role == "s" else rng.uniform(0.3, 1.0) if role == "v" else rng.uniform(0.0, 0.3)
        st = Style.random(rng, self.lang, casual)
        if role == "o":
            st.emoji_p = 0.0
            st.lower = chance(rng, 0.15)
        self.conv.set_style(sender, st)
        self.styles[sender] = role

    def key_for(self, role: str) -> str:
        """Which bank language a speaker uses for the next message."""
        rng, lang = self.rng, self.lang
        if lang == "en":
            return "en"
        if lang == "hi-Latn":
            return "en" if role == "v" and chance(rng, 0.1) else "hi-Latn"
        if lang == "hi":
            return "hi-Latn" if chance(rng, 0.06) else "hi"
        if lang == "mr":
            if role in ("s", "o") and chance(rng, 0.3):
                return "hi" if self.mr_key == "mr" else "hi-Latn"
            return self.mr_key
        # mixed
        bias = self.mixed_bias.get(role, 0.5)
        r = rng.random()
        if r < bias:
            return "en"
        return self.mixed_second.get(role, "hi-Latn")

    # -- lines ------------------------------------------------------------
    def template(self, stage: str, key: str) -> str:
        """Pick a template for a stage, avoiding repeats within the conversation."""
        bank = B[stage]
        options = bank.get(key) or bank.get("hi-Latn" if key == "mr-Latn" else "en") or bank["en"]
        used = self.used.setdefault(stage + "/" + key, [])
        fresh = [t for t in options if t not in used]
        t = pick(self.rng, fresh or options)
        used.append(t)
        return t

    def fill(self, key: str, extra: dict | None = None) -> dict:
        """Slot values rendered for one language."""
        rng = self.rng
        fl = _map_fmt_lang(key)
        s = dict(self.slots)
        s["rel"] = pick(rng, REL.get(key, REL["en"]))
        s["platform"] = pick(rng, PLATFORM.get(key, PLATFORM["en"]))
        s["amt"] = format_inr(rng, self.amt, fl)
        low = max(1000, round_amount(rng, max(500, self.amt // 10), max(1000, self.amt // 3)))
        s["amt_low"] = format_inr(rng, low, fl)
        s["amt_paid"] = format_inr(rng, self.amt_paid or low, fl)
        s["amt_loan"] = format_inr(rng, getattr(self, "amt_loan", 3000), fl)
        s["usd"] = format_usd(rng, getattr(self, "usd", 500))
        rk = key if key in _aftermath.RELX else "en"
        s["relx"] = pick(rng, _aftermath.RELX[rk])
        s["grp"] = pick(rng, _aftermath.GRP[rk])
        s["mins"] = pick(rng, _aftermath.MINS)
        if extra:
            s.update(extra)
        return s

    def line(self, stage: str, sender: str, gap: str = "chat", mood: str | None = None, key: str | None = None, extra: dict | None = None, media_p: float = 0.6) -> None:
        """Say one line of a stage as sender, with media placeholders and optional obfuscation."""
        rng = self.rng
        role = self.styles.get(sender, "s")
        key = key or self.key_for(role)
        mood = mood or STAGE_MOOD.get(stage, "neutral")
        tpl = self.template(stage, key)
        text = expand(rng, tpl, self.fill(key, extra))
        has_media = "<media>" in tpl
        if self.obf and stage in OBF_STAGES and chance(rng, 0.65):
            text = self.obfuscate(text)
        if has_media and chance(rng, media_p):
            media = pick(rng, MEDIA)
            if chance(rng, 0.5):
                self.conv.say(sender, media, gap=gap, raw=True)["_stage"] = "media"
                self.conv.say(sender, text, gap="burst", mood=mood)["_stage"] = stage
                return
            self.conv.say(sender, text, gap=gap, mood=mood)["_stage"] = stage
            self.conv.say(sender, media, gap="burst", raw=True)["_stage"] = "media"
            return
        if stage in ("s_pressure", "s_threat") and chance(rng, 0.08):
            text = text.upper()
        self.conv.say(sender, text, gap=gap, mood=mood)["_stage"] = stage

    def obfuscate(self, text: str) -> str:
        """Disguise sensitive words the way this conversation's scammer does."""
        rng = self.rng
        method = self.obf_method if self.obf_method != "mixed" else pick(rng, ("leet", "space", "cyrillic", "zero_width", "star", "emoji"))
        if method == "emoji":
            return emoji_words(rng, text, 0.8)
        text = obfuscate(rng, text, rng.uniform(0.5, 1.0), method=method)
        # Devanagari key words get invisible characters or dotted spacing
        for w in ("वीडियो", "व्हिडिओ", "पैसे", "पुलिस", "पोलीस", "वायरल", "व्हायरल", "फोटो"):
            if w in text and chance(rng, 0.7):
                text = text.replace(w, zero_width(rng, w, 0.6) if method != "space" else ".".join(w))
        return text

    def media(self, sender: str, gap: str = "burst") -> None:
        """Send a bare media placeholder."""
        self.conv.say(sender, pick(self.rng, MEDIA), gap=gap, raw=True)

    def call_marker(self, caller: str) -> None:
        """Mark that a video call happened (app line or plain text)."""
        rng = self.rng
        text = pick(rng, CALL_TEXT)
        self.conv.say(caller, text, gap="quick", raw=True, system=chance(rng, 0.4))

    def small_talk(self, n: int) -> None:
        """Interleave n small-talk exchanges between scammer and victim in either direction."""
        for _ in range(n):
            a, b = (self.scammer, self.victim) if chance(self.rng, 0.6) else (self.victim, self.scammer)
            self.conv.small_talk(a, b, 1, gap=pick(self.rng, ("quick", "chat", "chat", "slow")), topics=SMALL_TOPICS_MID if len(self.conv) > 2 else None)

    def raise_amount(self, factor_lo: float = 0.4, factor_hi: float = 1.5) -> None:
        """Set a new demanded amount relative to the last one (for repeat demands)."""
        self.amt = min(200000, max(2000, round_amount(self.rng, int(self.amt * factor_lo), int(self.amt * factor_hi) + 1000)))

    def lower_amount(self) -> None:
        """Scammer accepts a lower figure after bargaining."""
        self.amt = max(2000, round_amount(self.rng, int(self.amt * 0.3), int(self.amt * 0.7) + 500))


# ---------------------------------------------------------------------------
# stage sequences
# ---------------------------------------------------------------------------


def befriend(c: Ctx, opener: str = "s_hello") -> None:
    """Opening chat: greeting/compliment, intro, small talk, light flirting, spread over hours or days."""
    rng, S, V = c.rng, c.scammer, c.victim
    c.line(opener, S, mood="flirt")
    if chance(rng, 0.3):
        c.line("s_hello" if opener != "s_hello" else "s_flirt", S, gap="burst", mood="flirt")
    c.line("v_hello", V, gap=pick(rng, ("quick", "chat", "slow", "pause")))
    if chance(rng, 0.7):
        c.line("s_intro", S, gap="quick")
        if chance(rng, 0.7):
            c.line("v_intro", V, gap="quick")
    c.small_talk(pick(rng, (0, 1, 1, 2, 3, 4, 6)))
    for _ in range(pick(rng, (0, 0, 1, 1, 2, 3))):
        # another session hours or days later
        c.clock.advance(pick(rng, ("pause", "day", "days")))
        c.small_talk(rng.randrange(1, 5))
    for _ in range(rng.randrange(0, 3)):
        c.line("s_flirt", S, gap="quick", mood="flirt")
        if chance(rng, 0.75):
            c.line("v_flirt", V, gap="quick", mood="happy")


def move_platform(c: Ctx, stage: str = "s_move") -> None:
    """Scammer asks to move to WhatsApp/Telegram; victim shares a number (or grumbles)."""
    rng = c.rng
    c.line(stage, c.scammer, gap="quick")
    if chance(rng, 0.8):
        c.line("v_move", c.victim, gap="quick")
    if chance(rng, 0.3):
        c.clock.advance("slow")
        c.conv.say(c.scammer, pick(rng, ("hi", "hii its me", "hello, saved?", "hi 😊", "its me " + c.persona_first)), gap="quick")
        c.line("v_hello", c.victim, gap="quick")


def video_call(c: Ctx, undress: bool = True) -> None:
    """Call invite, victim agrees or hesitates, oblique undress requests, call marker."""
    rng, S, V = c.rng, c.scammer, c.victim
    c.line("s_call", S, gap=pick(rng, ("quick", "chat", "slow")), mood="flirt")
    if chance(rng, 0.85):
        c.line("v_call", V, gap="quick")
    if chance(rng, 0.3):
        c.line("s_call", S, gap="burst", mood="flirt")
    if chance(rng, 0.5) or not undress:
        c.call_marker(S)
    if undress:
        for i in range(rng.randrange(1, 3)):
            c.line("s_undress", S, gap="burst", mood="flirt")
            if chance(rng, 0.5):
                c.line("v_hesitate", V, gap="burst")
        if chance(rng, 0.6):
            c.call_marker(S)


def threaten(c: Ctx, opener: str = "s_record", min_threats: int = 1) -> None:
    """Recording claim, shock, one or more leak threats (with pleading in between)."""
    rng, S, V = c.rng, c.scammer, c.victim
    c.line(opener, S, gap="burst", mood="threat")
    if chance(rng, 0.4):
        c.media(S)
    if chance(rng, 0.85):
        c.line("v_shock", V, gap="burst", mood="scared")
        if chance(rng, 0.3):
            c.line("v_shock", V, gap="burst", mood="scared")
    for i in range(max(min_threats, rng.randrange(1, 4))):
        c.line("s_threat", S, gap="burst", mood="threat")
        if chance(rng, 0.55):
            c.line("v_plead", V, gap="burst", mood="scared")
    if chance(rng, 0.15):
        c.line("s_group", S, gap="burst", mood="threat")


def demand_money(c: Ctx, allow_bargain: bool = True) -> None:
    """Money demand, optional bargaining, payment channel, optional delete promise."""
    rng, S, V = c.rng, c.scammer, c.victim
    c.line("s_demand", S, gap="burst", mood="money")
    if allow_bargain and chance(rng, 0.5):
        c.line("v_bargain", V, gap="quick", mood="sad")
        if chance(rng, 0.5):
            c.lower_amount()
        c.line("s_bargain", S, gap="burst")
    elif chance(rng, 0.5):
        c.line("v_plead", V, gap="burst", mood="scared")
    c.line("s_channel", S, gap="burst")
    if chance(rng, 0.25):
        c.line("s_payss", S, gap="burst")
    if chance(rng, 0.35):
        c.line("v_ask_delete", V, gap="quick")
        c.line("s_promise" if chance(rng, 0.7) else "s_vanish", S, gap="burst")
    elif chance(rng, 0.3):
        c.line("s_promise" if chance(rng, 0.6) else "s_vanish", S, gap="burst")


def pressure(c: Ctx, n: int | None = None) -> None:
    """Victim goes quiet; scammer nudges and counts down."""
    rng = c.rng
    for _ in range(n if n is not None else rng.randrange(1, 4)):
        c.line(pick(rng, ("s_nudge", "s_pressure", "s_pressure", "s_threat")), c.scammer, gap=pick(rng, ("burst", "quick", "chat")), mood="threat")


def pay(c: Ctx) -> None:
    """Victim pays (part of) the demand."""
    rng = c.rng
    c.amt_paid = c.amt if chance(rng, 0.6) else max(1000, round_amount(rng, c.amt // 4, c.amt // 2 + 500))
    c.line("v_paid", c.victim, gap=pick(rng, ("quick", "chat", "slow")), media_p=0.7)


def repeat_demands(c: Ctx, rounds: int) -> None:
    """After payment, the scammer (or partner/boss) asks for more, victim pleads or pays again."""
    rng, S, V = c.rng, c.scammer, c.victim
    for r in range(rounds):
        c.raise_amount(0.5, 1.6)
        c.line("s_copy" if chance(rng, 0.25) else "s_repeat", S, gap=pick(rng, ("quick", "chat", "pause", "day")), mood="money")
        if chance(rng, 0.7):
            c.line(pick(rng, ("v_plead", "v_shock", "v_bargain")), V, gap="quick", mood="sad")
        if chance(rng, 0.4):
            c.line("s_threat", S, gap="burst", mood="threat")
        if chance(rng, 0.5):
            c.line("s_channel", S, gap="burst")
            if chance(rng, 0.3):
                c.line("s_payss", S, gap="burst")
        elif chance(rng, 0.2):
            c.line("s_vanish", S, gap="burst")
        if r < rounds - 1 or chance(rng, 0.5):
            pay(c)


def endgame(c: Ctx, outcome: str) -> None:
    """Finish the conversation: pay, pay_repeat, police, refuse, silent, plead or pending."""
    rng, S, V = c.rng, c.scammer, c.victim
    if outcome == "pay":
        pay(c)
        if chance(rng, 0.5):
            c.line("v_ask_delete", V, gap="burst")
            if chance(rng, 0.6):
                c.line("s_promise", S, gap="quick")
    elif outcome == "pay_repeat":
        pay(c)
        repeat_demands(c, rng.randrange(1, 4))
    elif outcome in ("police", "refuse"):
        c.line("v_police" if outcome == "police" else "v_defy", V, gap="quick", mood="angry")
        c.line("s_police_resp", S, gap="burst", mood="threat")
        if chance(rng, 0.6):
            c.line("s_threat", S, gap="burst", mood="threat")
        if chance(rng, 0.4):
            c.line("s_proof", S, gap="quick")
        if chance(rng, 0.6):
            c.line("v_defy", V, gap="quick")
        pressure(c, rng.randrange(0, 3))
        if chance(rng, 0.6):
            c.line("s_drop", S, gap=pick(rng, ("chat", "slow", "pause")))
    elif outcome == "silent":
        pressure(c, rng.randrange(2, 5))
        if chance(rng, 0.3):
            c.line("s_proof", S, gap="chat")
    elif outcome == "plead":
        for _ in range(rng.randrange(1, 3)):
            c.line("v_plead", V, gap="quick", mood="scared")
            c.line(pick(rng, ("s_pressure", "s_bargain", "s_threat")), S, gap="burst", mood="threat")
    # "pending": stop where we are


# ---------------------------------------------------------------------------
# scenarios
# ---------------------------------------------------------------------------


def sc_classic(c: Ctx) -> None:
    """Befriend → move → video call → undress → recording → threat → demand → channel → repeat demand."""
    rng = c.rng
    befriend(c)
    if chance(rng, 0.85):
        move_platform(c)
    video_call(c, undress=chance(rng, 0.85))
    threaten(c)
    if chance(rng, 0.3):
        c.line("s_contacts", c.scammer, gap="burst")
    if chance(rng, 0.9):
        demand_money(c)
        endgame(c, weighted(rng, (("pay_repeat", 5), ("pay", 2), ("plead", 2), ("silent", 1), ("pending", 1))))


def sc_aftermath(c: Ctx) -> None:
    """Starts directly at the recording/threat."""
    rng = c.rng
    threaten(c, opener=pick(rng, ("s_record", "s_threat", "s_record")), min_threats=1)
    demand_money(c)
    if chance(rng, 0.4):
        pressure(c)
    endgame(c, weighted(rng, (("pay", 3), ("pay_repeat", 2), ("plead", 3), ("silent", 2), ("police", 1), ("pending", 1))))


def sc_no_call(c: Ctx) -> None:
    """Threat referring to an earlier call that is not in the chat."""
    rng = c.rng
    c.clock.advance("pause")
    c.line("s_lastnight", c.scammer, gap="chat", mood="threat")
    if chance(rng, 0.7):
        c.line("v_confused", c.victim, gap="quick")
    threaten(c, opener=pick(rng, ("s_record", "s_threat")))
    demand_money(c)
    endgame(c, weighted(rng, (("pay", 2), ("pay_repeat", 2), ("plead", 2), ("silent", 2), ("police", 1))))


def sc_fake_police(c: Ctx) -> None:
    """Fake cyber police / YouTube officer demands money to delete the video or avoid arrest."""
    rng, V = c.rng, c.victim
    officer = pick(rng, (
        "Insp. " + c.slots["officer"], c.slots["officer"], "Cyber Crime Branch", "YouTube Officer", "Crime Branch " + c.slots["station"],
        phone(rng), "SI " + c.slots["officer"].split(" ")[-1], "Cyber Cell Help Desk", "CBI Cyber Division",
    ))
    c.set_style(officer, "o")
    c.amt = round_amount(rng, 15000, 200000)
    if chance(rng, 0.4):
        # a short tail of the earlier blackmail, then the "police" appear
        c.amt_paid = round_amount(rng, 3000, 20000)
        c.line("s_threat", c.scammer, mood="threat")
        c.line("v_paid", V, gap="quick")
        c.clock.advance(pick(rng, ("pause", "day", "days")))
    c.line("p_intro", officer, gap="chat")
    if chance(rng, 0.7):
        c.line(pick(rng, ("v_confused", "v_shock", "v_police_reply")), V, gap="quick", mood="scared")
    c.line("p_claim", officer, gap="quick")
    if chance(rng, 0.7):
        c.line("v_police_reply", V, gap="quick", mood="scared")
    c.line("p_threat" if chance(rng, 0.75) else "p_short", officer, gap="burst")
    if chance(rng, 0.6):
        c.line(pick(rng, ("v_plead", "v_police_reply")), V, gap="quick", mood="scared")
    c.line("p_demand" if chance(rng, 0.75) else "p_short", officer, gap="burst")
    c.styles[officer] = "o"
    c.line("s_channel", officer, gap="burst")
    outcome = weighted(rng, (("pay", 3), ("doubt", 2), ("more", 2), ("pending", 1)))
    if outcome == "pay":
        pay(c)
        if chance(rng, 0.6):
            c.raise_amount(0.3, 1.2)
            c.line("p_demand", officer, gap=pick(rng, ("chat", "pause", "day")))
            c.line("v_plead", V, gap="quick", mood="scared")
    elif outcome == "doubt":
        c.line("v_police_reply", V, gap="quick")
        c.line("p_threat", officer, gap="burst")
        if chance(rng, 0.5):
            c.line("v_police", V, gap="quick")
    elif outcome == "more":
        c.line("v_bargain", V, gap="quick")
        c.line("p_threat", officer, gap="burst")
        pay(c)
        c.raise_amount(0.3, 1.0)
        c.line("p_demand", officer, gap="day")


def sc_loan_app(c: Ctx) -> None:
    """Loan-app recovery agent threatens to send morphed photos to contacts unless loan + penalty is paid."""
    rng, V = c.rng, c.victim
    agent = pick(rng, (c.slots["app"] + " Recovery", "Recovery Agent", phone(rng), phone(rng), "Collection Dept", c.slots["app"] + " Support", "Legal Team " + c.slots["app"]))
    c.set_style(agent, "s", casual=rng.uniform(0.1, 0.8))
    c.amt_loan = round_amount(rng, 2000, 15000)
    c.amt = min(200000, round_amount(rng, int(c.amt_loan * 1.5), int(c.amt_loan * 4)))
    c.line("l_intro", agent, gap="chat")
    if chance(rng, 0.7):
        c.line("v_loan", V, gap="quick")
    c.line("l_threat", agent, gap="burst", mood="threat")
    c.line("l_demand", agent, gap="burst")
    if chance(rng, 0.8):
        c.line("v_loan", V, gap="quick", mood="sad")
    c.line("s_channel", agent, gap="burst")
    for _ in range(rng.randrange(1, 4)):
        c.line(pick(rng, ("l_threat", "s_pressure", "l_demand")), agent, gap=pick(rng, ("burst", "chat", "slow")), mood="threat")
        if chance(rng, 0.5):
            c.line(pick(rng, ("v_loan", "v_plead", "v_police")), V, gap="quick", mood="scared")
    if chance(rng, 0.4):
        pay(c)
        c.raise_amount(0.3, 0.8)
        c.line("l_demand", agent, gap=pick(rng, ("pause", "day")))


def sc_teen(c: Ctx) -> None:
    """Threat to share a 17-year-old's photos with school friends unless money/gift card is sent (no content)."""
    rng, S, V = c.rng, c.scammer, c.victim
    c.amt = round_amount(rng, 2000, 8000)
    if chance(rng, 0.5):
        c.conv.say(S, pick(rng, ("hey", "hi", "heyy", "sun", "oye", "listen")), gap="chat")
        c.line("v_hello", V, gap="quick")
    c.line("t_threat", S, gap="quick", mood="threat")
    c.line("v_teen", V, gap="burst", mood="scared")
    c.line("t_demand", S, gap="burst")
    for _ in range(rng.randrange(1, 4)):
        c.line(pick(rng, ("v_teen", "v_plead", "v_shock")), V, gap="quick", mood="scared")
        c.line(pick(rng, ("t_threat", "s_pressure", "t_demand", "s_nudge")), S, gap="burst", mood="threat")
    if chance(rng, 0.3):
        pay(c)
        c.raise_amount(0.5, 1.2)
        c.line("t_demand", S, gap="day")


def sc_dating(c: Ctx) -> None:
    """Dating-app match, move to WhatsApp, 'video call before we meet', recorded, blackmail."""
    rng = c.rng
    befriend(c, opener="d_match")
    move_platform(c, stage="s_move_date")
    video_call(c, undress=chance(rng, 0.8))
    threaten(c)
    demand_money(c)
    endgame(c, weighted(rng, (("pay", 2), ("pay_repeat", 2), ("plead", 2), ("police", 1), ("silent", 1), ("pending", 1))))


def sc_webcam(c: Ctx) -> None:
    """'I hacked your webcam' bluff with a bitcoin demand, as an email pasted or split into messages."""
    rng, V = c.rng, c.victim
    c.usd = pick(rng, (500, 800, 950, 1000, 1200, 1500, 1650, 2000, 2500))
    sender = pick(rng, ("Unknown", "Anonymous", "Security Notice", "hacker", "no-reply", phone(rng), "+1 " + str(rng.randrange(200, 999)) + " " + str(rng.randrange(1000000, 9999999))))
    c.set_style(sender, "o", casual=0.0)
    broken = chance(rng, 0.45)
    parts = []
    secs = []
    for sec in ("greet", "claim", "record", "threat", "demand", "deadline", "warn", "close"):
        if sec in ("greet", "warn", "close") and chance(rng, 0.3):
            continue
        for _ in range(1 if sec not in ("claim", "threat", "deadline") else rng.randrange(1, 3)):
            t = expand(rng, pick(rng, W[sec]), c.fill("en"))
            if broken:
                t = _broken_english(rng, t)
            parts.append(t)
            secs.append(sec)
    if c.obf and chance(rng, 0.7):
        parts = [c.obfuscate(p) for p in parts]

    def wtag(chunk_secs) -> str:
        # a chunk is coercive when it carries the recording claim, threat, demand or deadline
        return "w_coerce" if any(x in ("record", "threat", "demand", "deadline", "warn") for x in chunk_secs) else "w_other"

    if chance(rng, 0.35):
        c.conv.say(sender, "\n\n".join(parts), gap="chat", raw=True)["_stage"] = wtag(secs)
        rest = []
    else:
        rest = parts
    chunk = rng.randrange(1, 3)
    i = 0
    while i < len(rest):
        c.conv.say(sender, " ".join(rest[i : i + chunk]), gap="burst", raw=True)["_stage"] = wtag(secs[i : i + chunk])
        i += chunk
    if chance(rng, 0.6):
        c.line("v_email_reply", V, gap=pick(rng, ("quick", "slow", "pause")), key="en")
    if chance(rng, 0.6):
        follow = expand(rng, pick(rng, W["deadline"] + W["demand"]), c.fill("en"))
        c.conv.say(sender, pick(rng, ("Reminder: ", "", "Time is running. ", "Final notice. ")) + follow, gap=pick(rng, ("pause", "day")), raw=True)["_stage"] = "w_coerce"
    if chance(rng, 0.3):
        c.line("v_email_reply", V, gap="quick", key="en")


def sc_refuses(c: Ctx) -> None:
    """Victim refuses or says police; scammer escalates, then drops off."""
    rng = c.rng
    if chance(rng, 0.4):
        befriend(c)
        video_call(c, undress=chance(rng, 0.6))
    threaten(c)
    demand_money(c, allow_bargain=False)
    endgame(c, pick(rng, ("police", "refuse", "police")))


def sc_repeat(c: Ctx) -> None:
    """Paid once, then 'one more payment and I delete' several times."""
    rng = c.rng
    if chance(rng, 0.35):
        befriend(c)
        video_call(c)
    threaten(c)
    demand_money(c)
    pay(c)
    repeat_demands(c, rng.randrange(2, 5))
    if chance(rng, 0.3):
        c.line(pick(rng, ("v_police", "v_defy", "v_plead")), c.victim, gap="quick")


def sc_contacts(c: Ctx) -> None:
    """Scammer proves reach with screenshots of followers/contacts and relatives' names."""
    rng, S = c.rng, c.scammer
    if chance(rng, 0.4):
        befriend(c)
        move_platform(c)
        video_call(c)
    threaten(c, min_threats=1)
    c.line("s_contacts", S, gap="burst")
    if chance(rng, 0.6):
        c.line("v_plead", c.victim, gap="burst", mood="scared")
    c.line("s_contacts", S, gap="burst")
    demand_money(c)
    endgame(c, weighted(rng, (("pay", 2), ("pay_repeat", 1), ("plead", 2), ("silent", 1))))


def sc_group_swap(c: Ctx) -> None:
    """A second scammer ('my boss', 'her brother') takes over the blackmail."""
    rng = c.rng
    if chance(rng, 0.4):
        befriend(c)
        video_call(c)
    threaten(c)
    demand_money(c)
    if chance(rng, 0.5):
        pay(c)
    c.line("s_boss", c.scammer, gap="quick")
    boss = pick(rng, (display_name(rng, "m", c.lang), phone(rng), "Boss", "Bhai", first_name(rng, "m") + " Bhai"))
    if boss in (c.victim, c.scammer):
        boss = phone(rng)
    c.set_style(boss, "s")
    c.slots["bossname"] = boss if not boss[:1] in "+0123456789" else first_name(rng, "m")
    c.raise_amount(0.8, 2.0)
    c.line("boss_intro", boss, gap="quick", mood="threat")
    if chance(rng, 0.7):
        c.line(pick(rng, ("v_shock", "v_plead")), c.victim, gap="quick", mood="scared")
    c.line("s_threat", boss, gap="burst", mood="threat")
    c.line("s_demand", boss, gap="burst")
    c.line("s_channel", boss, gap="burst")
    scammer_main = c.scammer
    c.scammer = boss
    endgame(c, weighted(rng, (("pay", 2), ("pay_repeat", 2), ("plead", 2), ("police", 1), ("silent", 1))))
    c.scammer = scammer_main


def sc_reel(c: Ctx) -> None:
    """Instagram DM opening with a compliment on a reel, then the usual escalation."""
    rng = c.rng
    befriend(c, opener="s_reel")
    if chance(rng, 0.85):
        move_platform(c)
    video_call(c, undress=chance(rng, 0.8))
    threaten(c)
    if chance(rng, 0.85):
        demand_money(c)
        endgame(c, weighted(rng, (("pay", 2), ("pay_repeat", 2), ("plead", 2), ("silent", 1), ("police", 1), ("pending", 1))))


def sc_short_aftermath(c: Ctx) -> None:
    """A short thread that starts mid-way: countdowns, repeat demands, copies, groups, haggling, screenshots."""
    rng, S, V = c.rng, c.scammer, c.victim
    c.clock.advance(pick(rng, ("pause", "day", "chat")))
    paid_before = chance(rng, 0.55)
    if paid_before:
        c.amt_paid = max(1000, round_amount(rng, c.amt // 4, c.amt))
        c.raise_amount(0.4, 1.3)
    moves = (("s_pressure", 5), ("s_threat", 5), ("s_demand", 3), ("s_group", 2), ("s_vanish", 2), ("s_payss", 2), ("s_contacts", 1), ("s_proof", 1))
    if paid_before:
        moves = moves + (("s_repeat", 6), ("s_copy", 4))
    if chance(rng, 0.35):
        c.line(pick(rng, ("v_paid", "v_plead", "v_bargain", "v_shock")), V, gap="chat", mood="scared")
    for i in range(rng.randrange(1, 5)):
        stage = weighted(rng, moves)
        c.line(stage, S, gap=pick(rng, ("burst", "quick", "chat")) if i else "chat", mood=STAGE_MOOD.get(stage))
        if chance(rng, 0.35):
            c.line(pick(rng, ("s_pressure", "s_threat", "s_channel", "s_payss")), S, gap="burst")
        r = rng.random()
        if r < 0.2:
            c.line("v_bargain", V, gap="quick", mood="sad")
            c.line("s_bargain", S, gap="burst", mood="threat")
        elif r < 0.55:
            c.line(pick(rng, ("v_plead", "v_plead", "v_plead", "v_ask_delete", "v_police")), V, gap="quick", mood="scared")
        elif r < 0.7:
            pay(c)
            c.raise_amount(0.4, 1.4)
    if chance(rng, 0.3):
        c.line(pick(rng, ("s_pressure", "s_nudge", "s_vanish")), S, gap=pick(rng, ("quick", "chat")))


SCENARIOS = (
    ("classic_full_escalation", 15, sc_classic),
    ("short_aftermath_burst", 8, sc_short_aftermath),
    ("aftermath_threat_only", 10, sc_aftermath),
    ("threat_no_visible_call", 8, sc_no_call),
    ("fake_police_followup", 10, sc_fake_police),
    ("loan_app_morphed_photos", 8, sc_loan_app),
    ("teen_photo_threat", 5, sc_teen),
    ("dating_app_recorded_call", 7, sc_dating),
    ("webcam_hack_bluff", 7, sc_webcam),
    ("victim_refuses_police", 7, sc_refuses),
    ("repeat_demand_after_payment", 8, sc_repeat),
    ("contact_list_harvest", 5, sc_contacts),
    ("scammer_group_swap", 5, sc_group_swap),
    ("instagram_reel_compliment", 5, sc_reel),
)


# stages whose lines are coercive on their own (internal "_stage" tag, stripped before output);
# a sextortion snippet in generate.py must contain at least one of them
COERCIVE_STAGES = frozenset((
    "s_record", "s_lastnight", "s_threat", "s_contacts", "s_proof", "s_demand", "s_bargain", "s_pressure", "s_repeat",
    "s_copy", "s_group", "s_vanish", "s_payss", "s_police_resp", "boss_intro",
    "p_claim", "p_threat", "p_demand", "p_short", "l_threat", "l_demand", "t_threat", "t_demand", "w_coerce",
))


def is_snippet_anchor(msg: dict) -> bool:
    """True for a message produced by a coercive stage (recording claim, threat, demand, countdown, ...)."""
    return msg.get("_stage") in COERCIVE_STAGES


def _one(rng: random.Random) -> dict:
    """Generate one sextortion conversation."""
    name, _, fn = weighted(rng, tuple(((n, w, f), w) for n, w, f in SCENARIOS))
    if name == "webcam_hack_bluff":
        lang = "en" if chance(rng, 0.9) else "mixed"
    else:
        lang = weighted(rng, LANG_WEIGHTS)
    c = Ctx(rng, lang, name)
    fn(c)
    msgs = c.conv.messages
    # pad very short threads with scammer nudges (silence from the victim)
    while len(msgs) < (3 if name == "short_aftermath_burst" else 5):
        c.line(pick(rng, ("s_nudge", "s_pressure")), c.scammer, gap="chat", mood="threat")
    if len(msgs) > 80:
        del msgs[80:]
    return c.conv.to_dict()


def generate(rng: random.Random, count: int) -> list[dict]:
    """Return `count` sextortion conversation dicts (label, lang, scenario, messages; no id/source)."""
    return [_one(rng) for _ in range(count)]
