"""Varied phrasings news uses, one sentence each: the claims an editor would
expect (and none for questions, meetings, mediators or other treaties)."""

import datetime

import pytest

from accords.extraction import extract

PUBLISHED = datetime.date(2025, 11, 7)

ENGLISH = [
    (
        "Kazakhstan becomes the first Central Asian nation to join the Abraham Accords.",
        {("KZ", "announced")},
    ),
    (
        "Saudi Arabia has said normalization with Israel is conditional on a path to Palestinian statehood.",
        {("SA", "declined")},
    ),
    (
        "The administration hopes to bring Saudi Arabia into the Abraham Accords before the end of Trump's term.",
        {("SA", "prospective")},
    ),
    ("Mauritania is reportedly considering joining the accords.", {("MR", "prospective")}),
    (
        "Israel and Morocco normalized relations in December 2020 as part of the Abraham Accords.",
        {("MA", "signed")},
    ),
    ("Sudan agreed to normalize ties with Israel in October 2020.", {("SD", "announced")}),
    ("Bahrain recalled its ambassador to Israel in November 2023.", {("BH", "suspended")}),
    (
        "Riyadh insists it will not establish diplomatic relations with Israel until a Palestinian state is created.",
        {("SA", "declined")},
    ),
    (
        "Officials in Jakarta said Indonesia had no plans to join the Abraham Accords.",
        {("ID", "declined")},
    ),
    (
        "Azerbaijan, which already has close ties with Israel, is seen as a likely candidate to join the Abraham Accords.",
        {("AZ", "prospective")},
    ),
    (
        "The UAE was the first country to sign the Abraham Accords in September 2020.",
        {("AE", "signed")},
    ),
    ("Is Saudi Arabia next in line to join the Abraham Accords?", set()),
    (
        "Kazakh Foreign Minister Murat Nurtleu said Astana's decision to join the Abraham Accords was driven by economic interests.",
        {("KZ", "announced")},
    ),
    (
        "Egypt and Jordan signed peace treaties with Israel in 1979 and 1994, long before the Abraham Accords.",
        set(),
    ),
    (
        "Tokayev met Uzbek President Shavkat Mirziyoyev in Tashkent on Friday to discuss the Abraham Accords.",
        set(),
    ),
    (
        "Libya denied reports that it was holding secret talks on joining the Abraham Accords.",
        set(),
    ),
    ("Pakistan will never recognize Israel, its prime minister said.", {("PK", "declined")}),
    (
        "Sudan signed the Abraham Accords declaration in Khartoum on 6 January 2021.",
        {("SD", "signed")},
    ),
    ("Oman has ruled out normalizing ties with Israel.", {("OM", "declined")}),
]

INDONESIAN = [
    (
        "Kazakhstan resmi menjadi negara kelima yang bergabung dengan Abraham Accords.",
        {("KZ", "announced")},
    ),
    (
        "Arab Saudi menyatakan normalisasi dengan Israel bergantung pada pembentukan negara Palestina.",
        {("SA", "declined")},
    ),
    (
        "Pemerintahan Trump berharap dapat membawa Arab Saudi masuk ke dalam Abraham Accords.",
        {("SA", "prospective")},
    ),
    (
        "Mauritania dikabarkan tengah mempertimbangkan untuk bergabung dengan Abraham Accords.",
        {("MR", "prospective")},
    ),
    (
        "Maroko menormalisasi hubungan dengan Israel pada Desember 2020 dalam kerangka Abraham Accords.",
        {("MA", "signed")},
    ),
    ("Bahrain menarik duta besarnya dari Israel pada November 2023.", {("BH", "suspended")}),
    (
        "Indonesia menegaskan tidak akan membuka hubungan diplomatik dengan Israel sebelum Palestina merdeka.",
        {("ID", "declined")},
    ),
    (
        "Azerbaijan, yang telah lama menjalin hubungan erat dengan Israel, disebut-sebut sebagai kandidat kuat berikutnya untuk bergabung dengan Abraham Accords.",
        {("AZ", "prospective")},
    ),
    (
        "Uni Emirat Arab menjadi negara pertama yang menandatangani Abraham Accords pada September 2020.",
        {("AE", "signed")},
    ),
    (
        "Apakah Arab Saudi akan menjadi negara berikutnya yang bergabung dengan Abraham Accords?",
        set(),
    ),
    (
        "Mesir dan Yordania telah menandatangani perjanjian damai dengan Israel pada 1979 dan 1994, jauh sebelum Abraham Accords.",
        set(),
    ),
    (
        "Presiden Tokayev bertemu Presiden Uzbekistan di Tashkent pada Jumat untuk membahas Abraham Accords.",
        set(),
    ),
    (
        "Libya membantah laporan bahwa pihaknya tengah melakukan pembicaraan rahasia untuk bergabung dengan Abraham Accords.",
        set(),
    ),
    ("Pakistan tidak akan pernah mengakui Israel, kata perdana menterinya.", {("PK", "declined")}),
    (
        "Sudan menandatangani deklarasi Abraham Accords di Khartoum pada 6 Januari 2021.",
        {("SD", "signed")},
    ),
    ("Oman menolak untuk menormalisasi hubungan dengan Israel.", {("OM", "declined")}),
    (
        "Trump mengatakan Kazakhstan telah setuju untuk bergabung dengan Abraham Accords pada Kamis (6/11/2025).",
        {("KZ", "announced")},
    ),
]


def found(text, language):
    return {
        (c.country, c.status) for c in extract(text, language=language, published=PUBLISHED).claims
    }


@pytest.mark.parametrize("text, expected", ENGLISH)
def test_english_phrasings(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", INDONESIAN)
def test_indonesian_phrasings(text, expected):
    assert found(text, "id") == expected


OTHER_LANGUAGES = [
    (
        "ru",
        "Казахстан стал первой страной Центральной Азии, присоединившейся к Соглашениям Авраама.",
        {("KZ", "announced")},
    ),
    (
        "ru",
        "Саудовская Аравия увязывает нормализацию с Израилем с созданием палестинского государства.",
        {("SA", "declined")},
    ),
    (
        "ru",
        "Мавритания, по данным СМИ, рассматривает возможность присоединения к Соглашениям Авраама.",
        {("MR", "prospective")},
    ),
    (
        "ru",
        "Марокко нормализовало отношения с Израилем в декабре 2020 года в рамках Соглашений Авраама.",
        {("MA", "signed")},
    ),
    ("ru", "Пакистан никогда не признает Израиль, заявил премьер-министр.", {("PK", "declined")}),
    (
        "ru",
        "Станет ли Саудовская Аравия следующей страной, которая присоединится к Соглашениям Авраама?",
        set(),
    ),
    (
        "ru",
        "Египет и Иордания подписали мирные договоры с Израилем в 1979 и 1994 годах, задолго до Соглашений Авраама.",
        set(),
    ),
    (
        "ru",
        "Токаев встретился с президентом Узбекистана в Ташкенте, чтобы обсудить Соглашения Авраама.",
        set(),
    ),
    (
        "ar",
        "أصبحت كازاخستان أول دولة في آسيا الوسطى تنضم إلى اتفاقيات أبراهام.",
        {("KZ", "announced")},
    ),
    ("ar", "تربط السعودية التطبيع مع إسرائيل بإقامة دولة فلسطينية.", {("SA", "declined")}),
    ("ar", "ذكرت تقارير أن موريتانيا تدرس الانضمام إلى اتفاقيات أبراهام.", {("MR", "prospective")}),
    (
        "ar",
        "طبّع المغرب علاقاته مع إسرائيل في ديسمبر 2020 في إطار اتفاقيات أبراهام.",
        {("MA", "signed")},
    ),
    ("ar", "باكستان لن تعترف أبداً بإسرائيل، بحسب رئيس الوزراء.", {("PK", "declined")}),
    ("ar", "هل تكون السعودية الدولة التالية التي تنضم إلى اتفاقيات أبراهام؟", set()),
    (
        "ar",
        "وقعت مصر والأردن معاهدتي سلام مع إسرائيل عامي 1979 و1994، قبل اتفاقيات أبراهام بوقت طويل.",
        set(),
    ),
    (
        "fr",
        "Le Kazakhstan devient le premier pays d'Asie centrale à rejoindre les accords d'Abraham.",
        {("KZ", "announced")},
    ),
    (
        "fr",
        "L'Arabie saoudite conditionne toute normalisation avec Israël à la création d'un État palestinien.",
        {("SA", "declined")},
    ),
    (
        "fr",
        "La Mauritanie envisagerait de rejoindre les accords d'Abraham, selon la presse.",
        {("MR", "prospective")},
    ),
    (
        "fr",
        "Le Maroc a normalisé ses relations avec Israël en décembre 2020 dans le cadre des accords d'Abraham.",
        {("MA", "signed")},
    ),
    (
        "fr",
        "Le Pakistan ne reconnaîtra jamais Israël, a déclaré le Premier ministre.",
        {("PK", "declined")},
    ),
    (
        "fr",
        "L'Égypte et la Jordanie ont signé des traités de paix avec Israël en 1979 et 1994, bien avant les accords d'Abraham.",
        set(),
    ),
    (
        "es",
        "Kazajistán se convierte en el primer país de Asia Central en unirse a los Acuerdos de Abraham.",
        {("KZ", "announced")},
    ),
    (
        "es",
        "Arabia Saudí condiciona cualquier normalización con Israel a la creación de un Estado palestino.",
        {("SA", "declined")},
    ),
    (
        "es",
        "Mauritania estudia unirse a los Acuerdos de Abraham, según la prensa local.",
        {("MR", "prospective")},
    ),
    (
        "es",
        "Marruecos normalizó sus relaciones con Israel en diciembre de 2020 en el marco de los Acuerdos de Abraham.",
        {("MA", "signed")},
    ),
    ("es", "Pakistán nunca reconocerá a Israel, afirmó el primer ministro.", {("PK", "declined")}),
    (
        "es",
        "Egipto y Jordania firmaron tratados de paz con Israel en 1979 y 1994, mucho antes de los Acuerdos de Abraham.",
        set(),
    ),
    (
        "de",
        "Kasachstan ist das erste Land Zentralasiens, das den Abraham-Abkommen beitritt.",
        {("KZ", "announced")},
    ),
    (
        "de",
        "Saudi-Arabien macht eine Normalisierung mit Israel von der Gründung eines palästinensischen Staates abhängig.",
        {("SA", "declined")},
    ),
    (
        "de",
        "Mauretanien erwägt Berichten zufolge einen Beitritt zu den Abraham-Abkommen.",
        {("MR", "prospective")},
    ),
    (
        "de",
        "Marokko normalisierte seine Beziehungen zu Israel im Dezember 2020 im Rahmen der Abraham-Abkommen.",
        {("MA", "signed")},
    ),
    (
        "de",
        "Pakistan wird Israel niemals anerkennen, sagte der Premierminister.",
        {("PK", "declined")},
    ),
    (
        "de",
        "Ägypten und Jordanien unterzeichneten 1979 und 1994 Friedensverträge mit Israel, lange vor den Abraham-Abkommen.",
        set(),
    ),
    (
        "tr",
        "Kazakistan, Abraham Anlaşmaları'na katılan ilk Orta Asya ülkesi oldu.",
        {("KZ", "announced")},
    ),
    (
        "tr",
        "Suudi Arabistan, İsrail ile normalleşmeyi bağımsız bir Filistin devletinin kurulması şartına bağlıyor.",
        {("SA", "declined")},
    ),
    ("tr", "Pakistan, İsrail'i asla tanımayacağını açıkladı.", {("PK", "declined")}),
    (
        "tr",
        "Mısır ve Ürdün, Abraham Anlaşmaları'ndan çok önce 1979 ve 1994'te İsrail ile barış antlaşmaları imzaladı.",
        set(),
    ),
    ("he", "קזחסטן הפכה למדינה הראשונה במרכז אסיה שמצטרפת להסכמי אברהם.", {("KZ", "announced")}),
    ("he", "סעודיה מתנה נרמול עם ישראל בהקמת מדינה פלסטינית.", {("SA", "declined")}),
    ("he", "פקיסטן לעולם לא תכיר בישראל, אמר ראש הממשלה.", {("PK", "declined")}),
    (
        "fa",
        "قزاقستان نخستین کشور آسیای مرکزی است که به توافق ابراهیم می‌پیوندد.",
        {("KZ", "announced")},
    ),
    (
        "fa",
        "عربستان سعودی عادی‌سازی با اسرائیل را به تشکیل کشور فلسطینی مشروط کرده است.",
        {("SA", "declined")},
    ),
    ("fa", "پاکستان هرگز اسرائیل را به رسمیت نخواهد شناخت.", {("PK", "declined")}),
    (
        "kk",
        "Қазақстан Авраам келісімдеріне қосылған Орталық Азиядағы алғашқы ел болды.",
        {("KZ", "signed")},
    ),
    (
        "kk",
        "Сауд Арабиясы Израильмен қатынасты қалыпқа келтіруді Палестина мемлекетінің құрылуымен байланыстырады.",
        {("SA", "declined")},
    ),
    ("kk", "Пәкістан Израильді ешқашан мойындамайды, деді премьер-министр.", {("PK", "declined")}),
    (
        "kk",
        "Мавритания Авраам келісімдеріне қосылуы мүмкін, деп хабарлады БАҚ.",
        {("MR", "prospective")},
    ),
    (
        "kk",
        "Тоқаев Ташкентте Өзбекстан Президентімен кездесіп, Авраам келісімдерін талқылады.",
        set(),
    ),
    (
        "ms",
        "Kazakhstan menjadi negara pertama di Asia Tengah yang menyertai Perjanjian Abraham.",
        {("KZ", "announced")},
    ),
    (
        "ms",
        "Arab Saudi menegaskan tidak akan menjalin hubungan diplomatik dengan Israel tanpa negara Palestin.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Mauritania dilaporkan sedang mempertimbangkan untuk menyertai Perjanjian Abraham.",
        {("MR", "prospective")},
    ),
    (
        "ms",
        "Pakistan tidak akan sesekali mengiktiraf Israel, kata perdana menterinya.",
        {("PK", "declined")},
    ),
    ("he", "מאוריטניה שוקלת להצטרף להסכמי אברהם, לפי דיווחים.", {("MR", "prospective")}),
    ("he", "מרוקו נרמלה את יחסיה עם ישראל בדצמבר 2020 במסגרת הסכמי אברהם.", {("MA", "signed")}),
    ("he", "טוקאייב נפגש עם נשיא אוזבקיסטן בטשקנט כדי לדון בהסכמי אברהם.", set()),
    ("fa", "موریتانی در حال بررسی پیوستن به توافق ابراهیم است.", {("MR", "prospective")}),
    (
        "fa",
        "مراکش در دسامبر ۲۰۲۰ در چارچوب توافق ابراهیم روابط خود را با اسرائیل عادی کرد.",
        {("MA", "signed")},
    ),
    (
        "fa",
        "توکایف در تاشکند با رئیس‌جمهور ازبکستان دیدار کرد تا درباره توافق ابراهیم گفت‌وگو کند.",
        set(),
    ),
    ("es", "¿Será Arabia Saudí el próximo país en unirse a los Acuerdos de Abraham?", set()),
    ("de", "Wird Saudi-Arabien als nächstes Land den Abraham-Abkommen beitreten?", set()),
    (
        "fr",
        "Tokaïev a rencontré le président ouzbek à Tachkent pour discuter des accords d'Abraham.",
        set(),
    ),
    ("ru", "Бахрейн отозвал своего посла из Израиля в ноябре 2023 года.", {("BH", "suspended")}),
    ("ar", "استدعت البحرين سفيرها من إسرائيل في نوفمبر 2023.", {("BH", "suspended")}),
]


@pytest.mark.parametrize("language, text, expected", OTHER_LANGUAGES)
def test_phrasings_in_other_languages(language, text, expected):
    assert found(text, language) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "id",
            "Indonesia siap mengakui Israel jika Israel mengakui kemerdekaan Palestina, kata Prabowo soal normalisasi.",
        ),
        (
            "en",
            "Indonesia is ready to recognize Israel if Israel recognizes a Palestinian state, Prabowo said on normalization.",
        ),
    ],
)
def test_a_condition_after_the_cue_makes_it_prospective(language, text):
    assert found(text, language) == {("ID", "prospective")}


def test_cooperation_agreements_are_not_signings_and_reported_will_is_announced():
    text = (
        "Israel and Kazakhstan signed agreements on water technology on Tuesday, "
        "weeks after Astana said it would join the Abraham Accords."
    )
    assert found(text, "en") == {("KZ", "announced")}


@pytest.mark.parametrize(
    "language, text",
    [
        ("ru", "Казахстан присоединяется к Соглашениям Авраама, сообщил МИД республики."),
        ("ru", "Трамп объявил о присоединении Казахстана к Соглашениям Авраама."),
        ("kk", "Қазақстан Авраам келісімдеріне қосылып жатыр, деп хабарлады СІМ."),
        ("en", "Trump on Thursday announced Kazakhstan's accession to the Abraham Accords."),
        ("tr", "Kazakistan, İbrahim Anlaşmaları'na katılıyor."),
        ("ar", "أعلن ترامب انضمام كازاخستان إلى اتفاقيات إبراهيم."),
        ("fa", "ترامپ از پیوستن قزاقستان به پیمان ابراهیم خبر داد."),
        ("he", "טראמפ הודיע על הצטרפות קזחסטן להסכמי אברהם."),
        ("de", "Trump kündigte am Donnerstag den Beitritt Kasachstans zu den Abraham-Abkommen an."),
        ("fr", "Trump a annoncé jeudi l'adhésion du Kazakhstan aux accords d'Abraham."),
        ("es", "Trump anunció el jueves la adhesión de Kazajistán a los Acuerdos de Abraham."),
        ("ms", "Trump mengumumkan penyertaan Kazakhstan dalam Perjanjian Abraham pada Khamis."),
    ],
)
def test_the_announcement_of_kazakhstans_accession_in_every_language(language, text):
    assert found(text, language) == {("KZ", "announced")}


@pytest.mark.parametrize(
    "language, headline",
    [
        ("en", "Kazakhstan to join Abraham Accords"),
        ("fr", "Le Kazakhstan rejoint les accords d'Abraham"),
        ("de", "Kasachstan tritt Abraham-Abkommen bei"),
        ("es", "Kazajistán se une a los Acuerdos de Abraham"),
        ("ru", "Казахстан присоединится к Соглашениям Авраама"),
        ("ar", "كازاخستان تنضم إلى اتفاقيات أبراهام"),
        ("he", "קזחסטן מצטרפת להסכמי אברהם"),
        ("fa", "قزاقستان به پیمان ابراهیم می‌پیوندد"),
        ("tr", "Kazakistan İbrahim Anlaşmaları'na katılıyor"),
        ("kk", "Қазақстан Авраам келісімдеріне қосылады"),
        ("ms", "Kazakhstan sertai Perjanjian Abraham"),
        ("id", "Kazakhstan Gabung Abraham Accords"),
    ],
)
def test_headlines_without_a_full_stop(language, headline):
    assert found(headline + "\n\nMore in the article.", language) == {("KZ", "announced")}
