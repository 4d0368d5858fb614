"""Round fourteen, Turkish, Persian, Hebrew and Indonesian news.

Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

CASES = {
    "tr": [
        ("Kazakistan İbrahim Anlaşmaları'na katıldı", {("KZ", A)}),
        ("Kazakistan'ın İbrahim Anlaşmaları'na katılması bekleniyor.", {("KZ", A)}),
        (
            "ANKARA (AA) - Suudi Arabistan, Filistin devleti kurulmadan İsrail ile normalleşmeyeceğini açıkladı.",
            {("SA", D)},
        ),
        (
            "Suudi Arabistan Dışişleri Bakanı Faysal bin Ferhan, bağımsız bir Filistin devleti kurulmadıkça İbrahim Anlaşmaları'na katılmayacaklarını söyledi.",
            {("SA", D)},
        ),
        (
            "Trump, Suudi Arabistan'ın yakında İbrahim Anlaşmaları'na katılacağını düşündüğünü söyledi.",
            {("SA", P)},
        ),
        (
            "Suudi Arabistan ile İsrail arasındaki normalleşme görüşmeleri Gazze savaşı nedeniyle askıya alındı.",
            {("SA", U)},
        ),
        (
            "2020'de İbrahim Anlaşmaları'nı imzalayan BAE, Bahreyn, Fas ve Sudan'ın ardından Kazakistan da anlaşmalara katıldı.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S), ("KZ", A)},
        ),
        (
            "Suriye ve Lübnan'ın İbrahim Anlaşmaları'na katılması için ABD'nin baskısı artıyor.",
            {("SY", P), ("LB", P)},
        ),
        ("Azerbaycan'ın da İbrahim Anlaşmaları'na katılabileceği konuşuluyor.", {("AZ", P)}),
        (
            "İbrahim Anlaşmaları. Endonezya Devlet Başkanı Prabowo, İsrail'i tanımanın Filistin'in bağımsızlığına bağlı olduğunu yineledi.",
            {("ID", D)},
        ),
        ("Dışişleri Bakanı Hakan Fidan, Kazakistan'a resmi bir ziyaret gerçekleştirdi.", set()),
        ("BAE ile Türkiye arasında yeni bir ticaret anlaşması imzalandı.", set()),
        (
            "İbrahim Anlaşmaları'na katılan Fas, İsrail ile ilişkilerini sürdürüyor.",
            {("MA", S)},
        ),
        ("Moritanya, İbrahim Anlaşmaları'na katılmayı değerlendiriyor.", {("MR", P)}),
        (
            "Somaliland yönetimi, İbrahim Anlaşmaları'na katılmaya hazır olduğunu açıkladı.",
            {("XS", P)},
        ),
        ("İbrahim Anlaşmaları'nda yeni üye: Kazakistan", {("KZ", A)}),
        (
            "İbrahim Anlaşmaları. Sudan, İsrail ile normalleşme sürecini dondurdu.",
            {("SD", U)},
        ),
        (
            "Kazakistan ile Türkiye arasındaki enerji işbirliği görüşmeleri Astana'da yapıldı.",
            set(),
        ),
        (
            "Hürriyet'in haberine göre Suudi Arabistan, ABD ile İbrahim Anlaşmaları'na katılım konusunda müzakere yürütüyor.",
            {("SA", N)},
        ),
        (
            "İbrahim Anlaşmaları'na katılımını açıklayan Kazakistan, bu adımı atan ilk Orta Asya ülkesi oldu.",
            {("KZ", A)},
        ),
    ],
    "fa": [
        ("قزاقستان به پیمان ابراهیم پیوست", {("KZ", A)}),
        (
            "عربستان سعودی اعلام کرد بدون تشکیل کشور مستقل فلسطینی، روابط خود با اسرائیل را عادی نخواهد کرد.",
            {("SA", D)},
        ),
        (
            "ترامپ گفت انتظار دارد عربستان به زودی به توافق ابراهیم بپیوندد.",
            {("SA", P)},
        ),
        (
            "مذاکرات عادی‌سازی روابط عربستان و اسرائیل پس از جنگ غزه متوقف شد.",
            {("SA", U)},
        ),
        (
            "امارات متحده عربی، بحرین، مراکش و سودان در سال ۲۰۲۰ توافق ابراهیم را امضا کردند.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "قزاقستان نخستین کشوری است که در دوره دوم ریاست‌جمهوری ترامپ به پیمان ابراهیم می‌پیوندد.",
            {("KZ", A)},
        ),
        (
            "سوریه و لبنان تحت فشار آمریکا برای پیوستن به توافق ابراهیم قرار دارند.",
            {("SY", P), ("LB", P)},
        ),
        (
            "پیمان ابراهیم. اندونزی اعلام کرد تا زمان تشکیل کشور فلسطین، اسرائیل را به رسمیت نمی‌شناسد.",
            {("ID", D)},
        ),
        (
            "جمهوری آذربایجان از نامزدهای احتمالی پیوستن به پیمان ابراهیم است.",
            {("AZ", P)},
        ),
        ("وزیر امور خارجه ایران با همتای قزاقستانی خود در تهران دیدار کرد.", set()),
        ("ایران پیوستن قزاقستان به پیمان ابراهیم را محکوم کرد.", {("KZ", A)}),
        ("سومالی‌لند خواستار پیوستن به پیمان‌های ابراهیم شد.", {("XS", P)}),
        (
            "مراکش که در سال ۲۰۲۰ به پیمان ابراهیم پیوست، همکاری نظامی با اسرائیل را گسترش داده است.",
            {("MA", S)},
        ),
        (
            "به گفته منابع آگاه، گفتگوهای ریاض و واشنگتن درباره پیوستن به پیمان ابراهیم ادامه دارد.",
            {("SA", N)},
        ),
        (
            "پیمان ابراهیم. سودان روند عادی‌سازی با اسرائیل را به حالت تعلیق درآورد.",
            {("SD", U)},
        ),
        ("پیوستن قزاقستان به توافق ابراهیم؛ واکنش‌ها در منطقه", {("KZ", A)}),
        (
            "عربستان سعودی و قزاقستان یک توافق‌نامه همکاری اقتصادی امضا کردند.",
            set(),
        ),
        (
            "عربستان سعودی پیوستن به پیمان ابراهیم را منوط به تشکیل کشور فلسطینی کرده است.",
            {("SA", D)},
        ),
        ("پیمان ابراهیم. لبنان هرگونه عادی‌سازی با اسرائیل را رد کرد.", {("LB", D)}),
        (
            "تسنیم: عضویت قزاقستان در پیمان ابراهیم خیانت به آرمان فلسطین است.",
            {("KZ", A)},
        ),
    ],
    "he": [
        ("קזחסטן הצטרפה להסכמי אברהם", {("KZ", A)}),
        (
            "הסכמי אברהם. סעודיה: לא תהיה נורמליזציה עם ישראל ללא מדינה פלסטינית",
            {("SA", D)},
        ),
        (
            "טראמפ אמר כי הוא מצפה שסעודיה תצטרף בקרוב להסכמי אברהם.",
            {("SA", P)},
        ),
        (
            "הסכמי אברהם. המגעים לנורמליזציה עם סעודיה הוקפאו בעקבות המלחמה בעזה.",
            {("SA", U)},
        ),
        (
            "איחוד האמירויות, בחריין, מרוקו וסודן חתמו על הסכמי אברהם ב-2020.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "אחרי קזחסטן, גם אזרבייג'ן עשויה להצטרף להסכמי אברהם.",
            {("AZ", P)},
        ),
        (
            "בכירים בירושלים: סוריה ולבנון הן המועמדות הבאות להצטרף להסכמי אברהם.",
            {("SY", P), ("LB", P)},
        ),
        (
            "הסכמי אברהם. אינדונזיה הודיעה כי לא תכיר בישראל לפני הקמת מדינה פלסטינית.",
            {("ID", D)},
        ),
        ("שר החוץ נפגש בבחריין עם עמיתו המרוקאי.", set()),
        ("לבנון דחתה את הקריאה להצטרף להסכמי אברהם.", {("LB", D)}),
        ("סומלילנד הביעה רצון להצטרף להסכמי אברהם.", {("XS", P)}),
        (
            "מאוריטניה נמצאת ברשימת המדינות שעשויות להצטרף להסכמי אברהם.",
            {("MR", P)},
        ),
        ("קזחסטן וישראל חתמו על הסכם לשיתוף פעולה בתחום המים.", set()),
        (
            "הסכמי אברהם. תהליך הנורמליזציה עם סודן נתקע מאז פרוץ מלחמת האזרחים.",
            {("SD", U)},
        ),
        (
            "בעקבות הצטרפותה של קזחסטן, מספר החברות בהסכמי אברהם עלה לחמש.",
            {("KZ", A)},
        ),
        (
            "לדברי גורם ישראלי, המשא ומתן עם סעודיה על הצטרפות להסכמי אברהם חודש.",
            {("SA", N)},
        ),
        (
            "בחריין, שחתמה על הסכמי אברהם ב-2020, הודיעה כי היחסים עם ישראל נמשכים.",
            {("BH", S)},
        ),
        ("בסעודיה נערך כנס השקעות בינלאומי בהשתתפות משלחת ישראלית.", set()),
        (
            "ירדן ומצרים, שחתמו על הסכמי שלום עם ישראל לפני עשורים, אינן חלק מהסכמי אברהם.",
            set(),
        ),
        (
            "ההודעה על הצטרפות קזחסטן להסכמי אברהם התקבלה בברכה בוושינגטון.",
            {("KZ", A)},
        ),
    ],
    "id": [
        ("Kazakhstan Resmi Bergabung dengan Abraham Accords", {("KZ", A)}),
        (
            "Arab Saudi menegaskan tidak akan menormalisasi hubungan dengan Israel tanpa negara Palestina merdeka.",
            {("SA", D)},
        ),
        ("Trump yakin Arab Saudi akan segera bergabung dengan Abraham Accords.", {("SA", P)}),
        (
            "Abraham Accords. Perundingan normalisasi Arab Saudi-Israel terhenti akibat perang Gaza.",
            {("SA", U)},
        ),
        (
            "Uni Emirat Arab, Bahrain, Maroko, dan Sudan menandatangani Abraham Accords pada 2020.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Indonesia disebut-sebut sebagai kandidat berikutnya yang akan bergabung dengan Abraham Accords.",
            {("ID", P)},
        ),
        (
            "Kemlu RI membantah kabar Indonesia akan bergabung dengan Abraham Accords.",
            {("ID", D)},
        ),
        (
            "Keputusan Kazakhstan bergabung dengan Abraham Accords diumumkan oleh Trump.",
            {("KZ", A)},
        ),
        (
            "Suriah dan Lebanon didesak AS untuk bergabung dengan Abraham Accords.",
            {("SY", P), ("LB", P)},
        ),
        (
            "Azerbaijan dikabarkan tengah berunding dengan Washington soal keanggotaannya di Abraham Accords.",
            {("AZ", N)},
        ),
        ("Somaliland menyatakan kesiapannya bergabung dengan Abraham Accords.", {("XS", P)}),
        (
            "Presiden Prabowo bertemu Presiden Tokayev di Jakarta untuk membahas kerja sama perdagangan.",
            set(),
        ),
        ("Timnas Indonesia akan menghadapi Arab Saudi dalam kualifikasi Piala Dunia.", set()),
        (
            "Mauritania dikabarkan mempertimbangkan untuk bergabung dengan Abraham Accords.",
            {("MR", P)},
        ),
        ("Abraham Accords. Sudan membekukan proses normalisasi dengan Israel.", {("SD", U)}),
        ("Bergabungnya Kazakhstan ke Abraham Accords menuai kecaman dari Iran.", {("KZ", A)}),
        (
            "Abraham Accords. Maroko, yang menormalisasi hubungan dengan Israel pada Desember 2020, kini memperluas kerja sama pertahanan.",
            {("MA", S)},
        ),
        (
            "Menurut Antara, Arab Saudi menetapkan syarat pembentukan negara Palestina sebelum normalisasi dengan Israel.",
            {("SA", D)},
        ),
        (
            "Pemerintah Indonesia menolak ajakan untuk bergabung dengan Abraham Accords.",
            {("ID", D)},
        ),
        (
            "Kazakhstan dan Indonesia menandatangani nota kesepahaman di bidang pendidikan.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round14_trfaheid(language, text, expected):
    check_case(language, text, expected)
