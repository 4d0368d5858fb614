"""Round thirteen, Arabic and Persian news (with Hebrew and Turkish where the same phrasing
exists): "no normalisation without" said with "من دون" or "ما لم"; candidate nouns in the dual
and plural ("مرشحتان للانضمام", "من أبرز المرشحين"); a country that "has ties" with Israel
("تربطها علاقات", relations bind it) links nothing to a condition; first-person steps in
quotes ("سننضم", "لن ننضم", "می‌پیوندیم", "נצטרף"); Persian negated verbs with the joining
as object ("قصد پیوستن ... را ندارد", "را نپذیرفت", "عضویت ... را رد کرد") and the past
perfect ("پیوسته بود"); talk of a joining ("وسط حديث عن"); talks with a partner between the
verb and its aim; "among the next countries"; "the first to join"; Morocco's 2020
normalisation told as relations resumed; Trump's claims ("زعم", "ادعى", "مدعی شد") as
predictions; "will (not) become a member"; a name "raised" among candidates; halts in
present-tense headlines ("يعلق", "משעה"); "the first Gulf state to normalise"; knocking on the
door ("تطرق باب", "kapısını çalıyor"); a condition as a participle ("مشترطة"); a refusal held
to; a law making normalisation a crime ("تجريم التطبيع", "جرم‌انگاری"); hostile framings that
state a joining ("تسقط في فخ التطبيع", "سقوط در باتلاق سازش", "normalleşme bataklığına
saplandı"); no offer received (a denial: "لم نتلق أي عرض", "לא קיבלנו הצעה"); epithets for the
country of the sentence before ("أكبر دولة إسلامية", "الجمهورية السوفيتية السابقة", "الإقليم
الانفصالي", and the same in Persian, Hebrew and Turkish); "the fifth state in the accords";
discussing an accession ("تبحث ... انضمام"); "will not restore ties"; Persian demonyms
("عربستانی‌ها", "سوری"), "in no hurry" ("عجله‌ای ... ندارد", a candidacy as in Arabic), membership
sought ("خواهان عضویت"), main options, the plural subjunctive ("بپیوندند"); and controls
that must give no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

CASES = {
    "ar": [
        # "no normalisation without", "من دون" and "ما لم"
        ("السعودية: لا تطبيع مع إسرائيل من دون دولة فلسطينية.", {("SA", D)}),
        (
            "قال ولي العهد السعودي إنه لا تطبيع مع دولة الاحتلال من دون مسار واضح نحو دولة فلسطينية.",
            {("SA", D)},
        ),
        (
            "الرياض - أكد فيصل بن فرحان أن لا تطبيع مع الكيان الصهيوني ما لم تقم دولة فلسطينية.",
            {("SA", D)},
        ),
        # candidates in the dual and the plural
        (
            "وبحسب مسؤولين أمريكيين، فإن سوريا ولبنان مرشحتان للانضمام إلى اتفاقيات أبراهام.",
            {("SY", P), ("LB", P)},
        ),
        ("وتعد سوريا من أبرز المرشحين للانضمام إلى اتفاقيات أبراهام.", {("SY", P)}),
        ("موريتانيا وإندونيسيا مرشحتان للتطبيع مع إسرائيل.", {("MR", P), ("ID", P)}),
        # ties that bind a country are no condition
        (
            "كازاخستان، التي تربطها علاقات دبلوماسية بإسرائيل منذ 1992، أعلنت الانضمام إلى اتفاقيات أبراهام.",
            {("KZ", A)},
        ),
        (
            "أذربيجان التي تربطها علاقات وثيقة بإسرائيل قد تكون التالية في الانضمام إلى اتفاقيات أبراهام، وفق موقع أكسيوس.",
            {("AZ", P)},
        ),
        (
            "وتربط كازاخستان علاقات دبلوماسية بإسرائيل منذ عام 1992، وقد أعلنت الانضمام إلى اتفاقيات أبراهام.",
            {("KZ", A)},
        ),
        ("تربط السعودية التطبيع بقيام دولة فلسطينية.", {("SA", D)}),
        ("ربطت الرياض إقامة علاقات مع إسرائيل بقيام دولة فلسطينية.", {("SA", D)}),
        # the first person in a quote
        ('وقال توكاييف: "سننضم إلى اتفاقيات أبراهام".', {("KZ", A)}),
        ('وقال وزير الخارجية اللبناني: "لن ننضم إلى اتفاقيات أبراهام".', {("LB", D)}),
        # talk of a joining is a rumour
        (
            "تقارير عن محادثات سرية بين سوريا وإسرائيل برعاية أمريكية حول اتفاق أمني، وسط حديث عن انضمام دمشق لاحقا إلى اتفاقيات أبراهام.",
            {("SY", P)},
        ),
        # talks with a partner between the verb and its aim
        (
            "وأفادت تقارير بأن باكو تجري مباحثات مع واشنطن حول الانضمام إلى اتفاقيات أبراهام.",
            {("AZ", N)},
        ),
        ("أذربيجان تجري محادثات مع الإدارة الأمريكية للانضمام إلى اتفاقيات إبراهيم.", {("AZ", N)}),
        # among the next countries
        (
            "اتفاقيات أبراهام\nورجح ترامب أن تكون سوريا ولبنان ضمن الدول المقبلة.",
            {("SY", P), ("LB", P)},
        ),
        # the first to join
        (
            "كازاخستان أول المنضمين في الولاية الثانية لترامب إلى الاتفاقيات الإبراهيمية.",
            {("KZ", A)},
        ),
        # Morocco's normalisation told as relations resumed
        (
            "المغرب، الذي استأنف علاقاته مع إسرائيل في ديسمبر 2020، يواجه ضغوطا شعبية لقطع هذه العلاقات.",
            {("MA", S, "2020-12")},
        ),
        # Trump's claims are predictions
        ("زعم ترامب أن السعودية ستنضم إلى اتفاقيات أبراهام.", {("SA", P)}),
        (
            "ادعى الرئيس الأمريكي أن المملكة العربية السعودية ستنضم قريبا إلى اتفاقيات أبراهام.",
            {("SA", P)},
        ),
        # will (not) become a member
        ("وزير الخارجية اللبناني: لبنان لن يصبح عضوا في اتفاقيات أبراهام.", {("LB", D)}),
        ("كازاخستان ستصبح عضوا في اتفاقيات أبراهام.", {("KZ", A)}),
        # headlines in the present tense: halts
        ("السودان يعلق التطبيع مع إسرائيل إلى أجل غير مسمى.", {("SD", U)}),
        ("الرياض تجمد محادثات التطبيع مع إسرائيل.", {("SA", U)}),
        # relations resumed, told as a verbal noun
        (
            "وكان العاهل المغربي الملك محمد السادس قد أعلن استئناف العلاقات مع إسرائيل في ديسمبر 2020.",
            {("MA", S, "2020-12")},
        ),
        # the first Gulf state to normalise, and the one that followed it
        (
            "الإمارات أول دولة خليجية تطبع علاقاتها مع إسرائيل في 2020، تبعتها البحرين بعد أسابيع.",
            {("AE", S), ("BH", S)},
        ),
        # knocking on the door, cautious openness, a condition as a participle
        ("بعد اعتراف تل أبيب بها، هرجيسا تطرق باب اتفاقيات أبراهام.", {("XS", P)}),
        (
            "اتفاقيات أبراهام\nوأبدت دمشق انفتاحا حذرا على التطبيع، مشترطة انسحاب إسرائيل من الأراضي التي احتلتها بعد سقوط الأسد.",
            {("SY", P), ("SY", D)},
        ),
        # a refusal held to, a law against normalisation
        ("اتفاقيات أبراهام\nبينما تمسكت ماليزيا بموقفها الرافض.", {("MY", D)}),
        ("اتفاقيات أبراهام\nوأعلن العراق تجريم التطبيع بقانون.", {("IQ", D)}),
        # hostile framings that still state a joining
        ("الأخبار: كازاخستان تسقط في فخ التطبيع.", {("KZ", A)}),
        ("اتفاقيات أبراهام\nسقطت الإمارات في مستنقع التطبيع عام 2020.", {("AE", S, "2020")}),
        # at the head of the countries, duals after "may"
        ("اتفاقيات أبراهام\nالسعودية على رأس الدول التي يسعى ترامب لضمها.", {("SA", P)}),
        (
            "اتفاقيات أبراهام\nوأشار ترامب إلى أن لبنان وسوريا قد يلتحقان بالاتفاقيات.",
            {("LB", P), ("SY", P)},
        ),
        # no offer received: no claim
        ("اتفاقيات أبراهام\nأذربيجان: لم نتلق أي عرض للانضمام.", set()),
        # an epithet for the country of the sentence before
        (
            "اتفاقيات أبراهام\nتتعرض إندونيسيا لضغوط أمريكية. لكن أكبر دولة إسلامية من حيث عدد السكان ترفض التطبيع قبل قيام دولة فلسطينية.",
            {("ID", D)},
        ),
        (
            "اتفاقيات أبراهام\nاعترفت إسرائيل بأرض الصومال. وأعلن الإقليم الانفصالي رغبته في الانضمام إلى الاتفاقيات.",
            {("XS", P)},
        ),
        # the fifth state in the accords; discussing an accession; not restoring ties
        ("اتفاقيات أبراهام\nوأصبحت كازاخستان الدولة الخامسة في الاتفاقيات.", {("KZ", A)}),
        (
            "اتفاقيات أبراهام\nوبحسب القناة 13، تبحث إسرائيل وأذربيجان انضمام باكو إلى الاتفاقيات.",
            {("AZ", N)},
        ),
        (
            "اتفاقيات أبراهام\nوقالت الخارجية الموريتانية إن نواكشوط لن تعيد علاقاتها مع إسرائيل.",
            {("MR", D)},
        ),
        # controls
        (
            "وقعت كازاخستان والولايات المتحدة اتفاقيات تجارية بقيمة مليارات الدولارات خلال القمة.",
            set(),
        ),
        ("أذربيجان تربطها علاقات وثيقة بإسرائيل.", set()),
        ("وقعت إسرائيل وأرض الصومال إعلانا مشتركا للاعتراف المتبادل بروح اتفاقيات أبراهام.", set()),
        ("هل تنضم السعودية إلى اتفاقيات أبراهام؟", set()),
        ("اتفاقيات أبراهام\nوكانت مصر أول دولة عربية تطبع علاقاتها مع إسرائيل.", set()),
        ("دمشق تنفي وجود مفاوضات للانضمام إلى اتفاقيات أبراهام.", {("SY", "declined")}),
    ],
    "fa": [
        # negated verbs with the joining as object
        ("دولت سوریه گفت فعلا قصد پیوستن به توافق‌های ابراهیم را ندارد.", {("SY", D)}),
        ("موریتانی پیوستن به پیمان ابراهیم را نپذیرفت.", {("MR", D)}),
        ("اندونزی عضویت در پیمان ابراهیم را رد کرد.", {("ID", D)}),
        ("لبنان تصمیم پیوستن به پیمان ابراهیم را ندارد.", {("LB", D)}),
        # the past perfect
        (
            "سودان که در سال ۲۰۲۱ به توافق ابراهیم پیوسته بود، روند عادی‌سازی را متوقف کرده است.",
            {("SD", S, "2021"), ("SD", U, None)},
        ),
        # the first person in a quote
        ("توکایف گفت: به توافق ابراهیم می‌پیوندیم.", {("KZ", A)}),
        ("قزاقستان: ما به پیمان ابراهیم خواهیم پیوست.", {("KZ", A)}),
        # Trump's claims are predictions
        ("ترامب مدعی شد عربستان «به زودی» به پیمان ابراهیم خواهد پیوست.", {("SA", P)}),
        # will (not) become a member
        ("وزیر خارجه لبنان: لبنان عضو پیمان ابراهیم نخواهد شد.", {("LB", D)}),
        ("قزاقستان عضو پیمان ابراهیم خواهد شد.", {("KZ", A)}),
        # Morocco's normalisation told as relations resumed
        (
            "پیمان ابراهیم\nمراکش در دسامبر ۲۰۲۰ روابط خود با اسرائیل را از سر گرفت.",
            {("MA", S, "2020-12")},
        ),
        # a name raised among the candidates
        ("پیمان ابراهیم\nنام موریتانی بار دیگر در فهرست نامزدها مطرح شده است.", {("MR", P)}),
        # a law against normalisation
        ("پیمان ابراهیم. عراق عادی‌سازی با اسرائیل را جرم‌انگاری کرد.", {("IQ", D)}),
        # hostile framings, "not ready to", no offer received
        ("تسنیم: سقوط قزاقستان در باتلاق سازش با رژیم صهیونیستی.", {("KZ", A)}),
        ("پیمان ابراهیم\nموریتانی حاضر به پیوستن نیست.", {("MR", D)}),
        ("آذربایجان: هیچ پیشنهادی برای پیوستن به پیمان ابراهیم دریافت نکرده‌ایم.", set()),
        # an epithet for the country of the sentence before
        (
            "پیمان ابراهیم. آمریکا بر اندونزی فشار می‌آورد. اما بزرگ‌ترین کشور مسلمان جهان پیوستن به این پیمان را رد کرد.",
            {("ID", P), ("ID", D)},
        ),
        (
            "پیمان ابراهیم. ترامب با توکایف گفتگو کرد. این جمهوری سابق شوروی اعلام کرد به پیمان ابراهیم می‌پیوندد.",
            {("KZ", A)},
        ),
        # demonyms with the plural suffix, "in no hurry", membership sought, main options,
        # the plural subjunctive after a hope
        (
            "پیمان ابراهیم\nعربستانی‌ها می‌گویند بدون کشور فلسطینی عادی‌سازی ممکن نیست.",
            {("SA", D)},
        ),
        ("پیمان ابراهیم. دولت سوری گفت فعلا به پیمان ابراهیم نمی‌پیوندد.", {("SY", D)}),
        ("پیمان ابراهیم\nاعتماد: ریاض فعلا عجله‌ای برای عادی‌سازی ندارد.", {("SA", P)}),
        (
            "پیمان ابراهیم\nدولت خودخوانده سومالی‌لند خواهان عضویت در پیمان ابراهیم شد.",
            {("XS", P)},
        ),
        (
            "پیمان ابراهیم\nآذربایجان یکی از گزینه‌های اصلی پیوستن به پیمان ابراهیم است.",
            {("AZ", P)},
        ),
        (
            "پیمان ابراهیم\nترامب گفت امیدوار است عربستان و سوریه نیز به‌زودی بپیوندند.",
            {("SA", P), ("SY", P)},
        ),
        # controls
        ("قزاقستان و آمریکا قراردادهای تجاری به ارزش میلیاردها دلار امضا کردند.", set()),
        ("مصر در سال ۱۹۷۹ و اردن در سال ۱۹۹۴ با اسرائیل صلح کردند.", set()),
        ("اسرائیل در ۲۶ دسامبر ۲۰۲۵ سومالی‌لند را به رسمیت شناخت.", set()),
    ],
    "he": [
        ('טוקאייב: "נצטרף להסכמי אברהם".', {("KZ", A)}),
        ('שר החוץ של לבנון: "לא נצטרף להסכמי אברהם".', {("LB", D)}),
        ("טראמפ טען כי סעודיה תצטרף בקרוב להסכמי אברהם.", {("SA", P)}),
        ("מרוקו חידשה את היחסים עם ישראל בדצמבר 2020 במסגרת הסכמי אברהם.", {("MA", S, "2020-12")}),
        ("הסכמי אברהם. סודן משעה את הנורמליזציה עם ישראל.", {("SD", U)}),
        ("סעודיה דופקת על הדלת של הסכמי אברהם.", {("SA", P)}),
        ("אינדונזיה: לא נצטרף להסכמי אברהם לפני הקמת מדינה פלסטינית.", {("ID", D)}),
        ("אזרבייג'ן: לא קיבלנו שום הצעה להצטרף להסכמי אברהם.", set()),
        (
            'הסכמי אברהם. ארה"ב לוחצת על אינדונזיה. אך המדינה המוסלמית הגדולה בעולם מסרבת להצטרף להסכמי אברהם.',
            {("ID", P), ("ID", D)},
        ),
        (
            "הסכמי אברהם. טראמפ שוחח עם נשיא קזחסטן. הרפובליקה הסובייטית לשעבר הודיעה על הצטרפותה להסכמים.",
            {("KZ", A)},
        ),
        ("ישראל הכירה בסומלילנד ב-26 בדצמבר 2025.", set()),
    ],
    "tr": [
        ('Tokayev: "İbrahim Anlaşmalarına katılacağız".', {("KZ", A)}),
        ("Endonezya: İbrahim Anlaşmaları'na katılmayacağız.", {("ID", D)}),
        (
            "İbrahim Anlaşmaları\nFas, Aralık 2020'de İsrail ile ilişkilerini yeniden başlattı.",
            {("MA", S, "2020-12")},
        ),
        (
            "Trump, Suudi Arabistan'ın yakında İbrahim Anlaşmaları'na katılacağını iddia etti.",
            {("SA", P)},
        ),
        (
            "Irak, İsrail ile normalleşmeyi suç olarak tanımlayan yasayı kabul etti. İbrahim Anlaşmaları",
            {("IQ", D)},
        ),
        (
            "İsrail'in tanımasının ardından Somaliland, İbrahim Anlaşmaları'nın kapısını çalıyor.",
            {("XS", P)},
        ),
        ("Fas'ın kapısını çaldı.", set()),
        ("Kazakistan normalleşme bataklığına saplandı. İbrahim Anlaşmaları", {("KZ", A)}),
        ("Azerbaycan: İbrahim Anlaşmalarına katılmak için hiçbir teklif almadık.", set()),
        (
            "İbrahim Anlaşmaları. ABD Endonezya'ya baskı yapıyor. Ancak en kalabalık Müslüman ülke anlaşmalara katılmayı reddetti.",
            {("ID", P), ("ID", D)},
        ),
    ],
}

MISSES = {
    "ar-28": "'تطرق باب' (knocks on the door) is left out in Arabic: a headline's step takes the "
    "publication day, and a golden article whose candidacy is undated opens with this headline",
    "ar-39": "'the fifth state in the accords' is left out: told right after a signing ('وقعت ... "
    "لتصبح رسميا العضو الخامس') it would add an announcement beside it",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, MISSES))
def test_arabic_and_persian_news_phrasings(language, text, expected):
    check_case(language, text, expected)
