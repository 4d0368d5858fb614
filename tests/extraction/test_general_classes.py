"""Classes of phrasing written in every language the parser reads (own
sentences, written for these tests): a class found in one language's news is
a rule in all twelve data files."""

import pytest

from accords.extraction import extract
from tests.extraction.found import found

# Insisting on a Palestinian state or a two-state solution is the country's
# own precondition: a refusal as things stand.
INSISTS_ON_A_STATE = [
    ("en", "Mongolia insisted on a two-state solution before any normalization with Israel."),
    (
        "en",
        "Mongolia says normalization with Israel must be preceded by the recognition of a Palestinian state.",
    ),
    (
        "de",
        "Die Mongolei pochte auf eine Zweistaatenlösung als Bedingung für eine Normalisierung mit Israel.",
    ),
    (
        "de",
        "Die Mongolei besteht auf einem palästinensischen Staat, bevor sie die Beziehungen zu Israel "
        "normalisiert.",
    ),
    (
        "fr",
        "La Mongolie insiste sur la solution à deux États avant toute normalisation avec Israël.",
    ),
    (
        "es",
        "Mongolia insiste en la solución de dos Estados antes de cualquier normalización con Israel.",
    ),
    ("id", "Mongolia bersikeras pada solusi dua negara sebelum normalisasi dengan Israel."),
    ("id", "Normalisasi Mongolia dengan Israel harus didahului pengakuan kemerdekaan Palestina."),
    ("ms", "Mongolia berkeras pada penyelesaian dua negara sebelum normalisasi dengan Israel."),
    (
        "ru",
        "Монголия настаивает на создании палестинского государства как условии нормализации с Израилем.",
    ),
    ("tr", "Moğolistan, İsrail ile normalleşme için iki devletli çözümde ısrar ediyor."),
    ("ar", "تصر منغوليا على حل الدولتين قبل أي تطبيع مع إسرائيل."),
    ("fa", "مغولستان بر راه‌حل دو دولتی پیش از هرگونه عادی‌سازی با اسرائیل پافشاری می‌کند."),
    ("he", "מונגוליה מתעקשת על פתרון שתי המדינות לפני כל נרמול עם ישראל."),
    ("kk", "Моңғолия Израильмен қатынасты қалыпқа келтіру үшін екі мемлекет шешімін талап етеді."),
]


@pytest.mark.parametrize("language, text", INSISTS_ON_A_STATE)
def test_insisting_on_a_palestinian_state_is_a_refusal(language, text):
    assert found(text, language) == {("MN", "declined")}


# "Only if" after the wish to join, in the verb-final languages too: interest
# and a refusal as things stand.
ONLY_IF = [
    (
        "tr",
        "Moğolistan, ancak bağımsız bir Filistin devleti kurulması şartıyla İbrahim Anlaşmaları'na "
        "katılmak istiyor.",
    ),
    (
        "kk",
        "Моңғолия тәуелсіз Палестина мемлекеті құрылған жағдайда ғана Авраам келісімдеріне қосылғысы "
        "келеді.",
    ),
]


@pytest.mark.parametrize("language, text", ONLY_IF)
def test_only_if_in_verb_final_languages(language, text):
    assert found(text, language) == {("MN", "prospective"), ("MN", "declined")}


# Announcing the normalization of relations, agreeing to normalize them:
# announced, the signing still to come.
ANNOUNCED_NORMALIZATION = [
    ("en", "Mongolia and Israel announced the normalization of their relations in August."),
    ("de", "Die Mongolei und Israel gaben die Normalisierung ihrer Beziehungen bekannt."),
    ("fr", "La Mongolie et Israël ont annoncé la normalisation de leurs relations."),
    ("es", "Mongolia e Israel anunciaron la normalización de sus relaciones."),
    ("id", "Mongolia dan Israel mengumumkan normalisasi hubungan mereka."),
    ("ms", "Mongolia dan Israel mengumumkan normalisasi hubungan mereka."),
    ("ru", "Монголия и Израиль объявили о нормализации отношений."),
    ("tr", "Moğolistan, İsrail ile normalleşme kararını duyurdu."),
    ("ar", "أعلنت منغوليا وإسرائيل تطبيع العلاقات بينهما."),
    ("he", "מונגוליה וישראל הודיעו על נרמול היחסים ביניהן."),
    ("kk", "Моңғолия мен Израиль қарым-қатынасты қалыпқа келтіретінін жариялады."),
    ("en", "Mongolia agreed to normalize relations with Israel."),
    ("de", "Die Mongolei erklärte sich bereit, die Beziehungen zu Israel zu normalisieren."),
    ("fr", "La Mongolie a accepté de normaliser ses relations avec Israël."),
    ("es", "Mongolia aceptó normalizar sus relaciones con Israel."),
    ("id", "Mongolia sepakat menormalisasi hubungan dengan Israel."),
    ("ms", "Mongolia bersetuju untuk menormalkan hubungan dengan Israel."),
    ("ru", "Монголия согласилась нормализовать отношения с Израилем."),
    ("tr", "Moğolistan, İsrail ile ilişkilerini normalleştirmeyi kabul etti."),
    ("ar", "وافقت منغوليا على تطبيع العلاقات مع إسرائيل."),
    ("fa", "مغولستان با عادی‌سازی روابط با اسرائیل موافقت کرد."),
    ("he", "מונגוליה הסכימה לנרמל את היחסים עם ישראל."),
    ("kk", "Моңғолия Израильмен қарым-қатынасты қалыпқа келтіруге келісті."),
]


@pytest.mark.parametrize("language, text", ANNOUNCED_NORMALIZATION)
def test_announcing_or_agreeing_to_normalize_is_announced(language, text):
    assert found(text, language) == {("MN", "announced")}


# "Already part of the accords": members, whatever the sentence goes on to say.
ALREADY_PART = [
    (
        "en",
        "Oman and Mongolia, two countries already part of the Abraham Accords, sent delegations.",
    ),
    (
        "de",
        "Oman und die Mongolei, die bereits Teil der Abraham-Abkommen sind, schickten Delegationen.",
    ),
    (
        "fr",
        "Oman et la Mongolie, qui font déjà partie des accords d'Abraham, ont envoyé des délégations.",
    ),
    (
        "es",
        "Omán y Mongolia, que ya forman parte de los Acuerdos de Abraham, enviaron delegaciones.",
    ),
    (
        "id",
        "Oman dan Mongolia, yang sudah menjadi bagian dari Perjanjian Abraham, mengirim delegasi.",
    ),
    (
        "ms",
        "Oman dan Mongolia, yang sudah menjadi sebahagian daripada Perjanjian Abraham, menghantar delegasi.",
    ),
    ("ru", "Оман и Монголия, которые уже входят в Авраамовы соглашения, направили делегации."),
    ("tr", "Zaten İbrahim Anlaşmaları'nın parçası olan Umman ve Moğolistan heyet gönderdi."),
    ("ar", "أرسلت عمان ومنغوليا، وهما جزء بالفعل من اتفاقيات أبراهام، وفودا."),
    ("fa", "عمان و مغولستان که هم‌اکنون عضو پیمان ابراهیم هستند، هیئت فرستادند."),
    ("he", "עומאן ומונגוליה, שכבר חברות בהסכמי אברהם, שלחו משלחות."),
    ("kk", "Авраам келісімдеріне бұрыннан мүше Оман мен Моңғолия делегация жіберді."),
]


@pytest.mark.parametrize("language, text", ALREADY_PART)
def test_already_part_of_the_accords_is_signed(language, text):
    assert found(text, language) == {("OM", "signed"), ("MN", "signed")}


# A third party trying to bring a country into the accords: the country is a
# candidate, not announced.
BRINGING_IN = [
    ("en", "The administration tried to bring Mongolia into the Abraham Accords."),
    ("de", "Die Regierung versuchte, die Mongolei in die Abraham-Abkommen zu holen."),
    ("fr", "Washington a tenté de faire entrer la Mongolie dans les accords d'Abraham."),
    ("id", "Washington berupaya membawa Mongolia masuk ke dalam Perjanjian Abraham."),
    ("ms", "Washington cuba membawa Mongolia menyertai Perjanjian Abraham."),
    ("tr", "Washington, Moğolistan'ı İbrahim Anlaşmaları'na dahil etmeye çalıştı."),
    ("ar", "حاولت واشنطن ضم منغوليا إلى اتفاقيات أبراهام."),
    ("fa", "واشنگتن تلاش کرد مغولستان را به پیمان ابراهیم وارد کند."),
    ("he", "וושינגטון ניסתה לצרף את מונגוליה להסכמי אברהם."),
    ("kk", "Вашингтон Моңғолияны Авраам келісімдеріне тартуға тырысты."),
    # trying to join is still only a wish
    ("en", "Mongolia tried to join the Abraham Accords."),
]


@pytest.mark.parametrize("language, text", BRINGING_IN)
def test_bringing_a_country_in_is_prospective(language, text):
    assert found(text, language) == {("MN", "prospective")}


def test_trying_to_bring_a_country_in_with_a_russian_object():
    assert found("Вашингтон пытался привлечь Оман к Авраамовым соглашениям.", "ru") == {
        ("OM", "prospective")
    }


# Refusing to normalize is a refusal, never an announcement; Israel under its
# other names is the counterpart.
REFUSING_TO_NORMALIZE = [
    (
        "en",
        "Mongolia refuses to normalize relations with the Zionist entity.",
        {("MN", "declined")},
    ),
    (
        "fr",
        "La Mongolie refuse de normaliser ses relations avec l'État hébreu.",
        {("MN", "declined")},
    ),
    (
        "es",
        "Mongolia se niega a normalizar sus relaciones con el Estado judío.",
        {("MN", "declined")},
    ),
    (
        "id",
        "Mongolia menolak untuk menormalisasi hubungan dengan rezim Zionis.",
        {("MN", "declined")},
    ),
    ("ms", "Mongolia enggan menormalkan hubungan dengan rejim Zionis.", {("MN", "declined")}),
    ("he", "מונגוליה מסרבת לנרמל את היחסים עם ישראל.", {("MN", "declined")}),
    ("ar", "ترفض منغوليا تطبيع العلاقات مع إسرائيل.", {("MN", "declined")}),
    (
        "kk",
        "Моңғолия сионистік режиммен қарым-қатынасты қалыпқа келтіруден бас тартты.",
        {("MN", "declined")},
    ),
    ("en", "Mongolia agreed to normalize relations with the Jewish state.", {("MN", "announced")}),
    (
        "de",
        "Die Mongolei hat zugestimmt, die Beziehungen zum jüdischen Staat zu normalisieren.",
        {("MN", "announced")},
    ),
]


@pytest.mark.parametrize("language, text, expected", REFUSING_TO_NORMALIZE)
def test_refusing_to_normalize_and_aliases_of_israel(language, text, expected):
    assert found(text, language) == expected


# Another agreement signed or joined next to the accords (a peace board's
# charter, a plan for Gaza) gives no claim, even where the accords are named.
OTHER_AGREEMENTS = [
    (
        "en",
        "Mongolia and Oman signed the Board of Peace charter in Davos, on the sidelines of talks about the "
        "Abraham Accords.",
    ),
    (
        "fr",
        "La Mongolie et Oman ont signé la charte du Conseil de la paix à Davos, en marge des discussions sur "
        "les accords d'Abraham.",
    ),
    (
        "es",
        "Mongolia firmó la carta de la Junta de Paz en Davos, junto a otros países de los Acuerdos de Abraham.",
    ),
    (
        "de",
        "Die Mongolei und Oman unterzeichneten in Davos die Charta des Friedensrats, am Rande von Gesprächen "
        "über die Abraham-Abkommen.",
    ),
    (
        "id",
        "Mongolia dan Oman menandatangani piagam Dewan Perdamaian di Davos, di sela pembahasan Perjanjian "
        "Abraham.",
    ),
    (
        "ms",
        "Mongolia dan Oman menandatangani piagam Lembaga Keamanan di Davos, selepas perbincangan Perjanjian "
        "Abraham.",
    ),
    (
        "ru",
        "Монголия присоединилась к плану Трампа по Газе, сообщили в МИД; Авраамовы соглашения не обсуждались.",
    ),
]


@pytest.mark.parametrize("language, text", OTHER_AGREEMENTS)
def test_another_agreement_signed_next_to_the_accords(language, text):
    assert found(text, language) == set()


def confidence(text, language, country):
    return max(
        c.confidence for c in extract(text, language=language).claims if c.country == country
    )


# Confidence: the top band (0.9 and above) is kept for a step told plainly in
# the country's own clause, and never for a joining still to come.  A
# speaker's words about a future step fall below the plain telling; a step
# inside a condition, a signing by a country outside the first signatories
# and the Palestinians' stance fall below the top band.
TOLD_BY_A_SPEAKER = [
    (
        "en",
        "Mongolia will join the Abraham Accords.",
        "Trump says Mongolia will join the Abraham Accords.",
    ),
    (
        "fr",
        "La Mongolie rejoindra les accords d'Abraham.",
        "Selon Donald Trump, la Mongolie rejoindra les accords d'Abraham.",
    ),
    (
        "es",
        "Mongolia se unirá a los Acuerdos de Abraham.",
        "Trump asegura que Mongolia se unirá a los Acuerdos de Abraham.",
    ),
    (
        "ru",
        "Монголия присоединится к Авраамовым соглашениям.",
        "Трамп заявил, что Монголия присоединится к Авраамовым соглашениям.",
    ),
    (
        "id",
        "Mongolia akan bergabung dengan Perjanjian Abraham.",
        "Trump mengatakan Mongolia akan bergabung dengan Perjanjian Abraham.",
    ),
    (
        "ar",
        "ستنضم منغوليا إلى اتفاقيات أبراهام.",
        "قال ترامب إن منغوليا ستنضم إلى اتفاقيات أبراهام.",
    ),
]


@pytest.mark.parametrize("language, plain, told", TOLD_BY_A_SPEAKER)
def test_a_speakers_words_about_a_future_step_are_less_certain(language, plain, told):
    assert confidence(told, language, "MN") < confidence(plain, language, "MN") < 0.9


def test_a_step_after_a_condition_is_less_certain():
    assert (
        confidence(
            "If a Palestinian state is created, Mongolia will join the Abraham Accords.",
            "en",
            "MN",
        )
        < 0.9
    )
    assert (
        confidence(
            "Si un État palestinien est créé, la Mongolie rejoindra les accords d'Abraham.",
            "fr",
            "MN",
        )
        < 0.9
    )


# A pressure or a joining inside the condition's own clause is a hypothesis,
# not speculation about the country: "will put its own needs first if pushed
# to join" gives no claim.
HYPOTHETICAL_PRESSURE = [
    (
        "en",
        "If Washington presses it to join the Abraham Accords, Mongolia will put its own interests first.",
    ),
    (
        "en",
        "Mongolia will put its own needs first if it is pushed to join the Abraham Accords, a minister said.",
    ),
    (
        "fr",
        "Si Washington la pousse à rejoindre les accords d'Abraham, la Mongolie pensera d'abord à ses intérêts.",
    ),
    (
        "es",
        "El ministro dijo que Mongolia defenderá sus intereses si la presionan para unirse "
        "a los Acuerdos de Abraham.",
    ),
    (
        "id",
        "Menteri itu mengatakan Mongolia akan mengutamakan kepentingannya jika didesak untuk "
        "bergabung dengan Perjanjian Abraham.",
    ),
    (
        "ar",
        "قال الوزير إن منغوليا ستراعي مصالحها إذا تعرضت لضغوط للانضمام إلى اتفاقيات أبراهام.",
    ),
]


@pytest.mark.parametrize("language, text", HYPOTHETICAL_PRESSURE)
def test_a_pressure_inside_a_condition_gives_no_claim(language, text):
    assert not [c for c in extract(text, language=language).claims if c.country == "MN"]


def test_a_signing_outside_the_first_signatories_is_less_certain():
    assert confidence("The United Arab Emirates signed the Abraham Accords.", "en", "AE") >= 0.9
    assert confidence("Mongolia signed the Abraham Accords.", "en", "MN") < 0.9
    assert confidence("Die Mongolei unterzeichnete die Abraham-Abkommen.", "de", "MN") < 0.9


def test_the_palestinians_stance_is_less_certain():
    assert (
        confidence("The Palestinian Authority rejected normalization with Israel.", "en", "PS")
        < 0.9
    )


def dated(text, language, published=None):
    return {
        (c.country, c.status, c.date)
        for c in extract(text, language=language, published=published).claims
    }


# A date opening the sentence, before any country and set off by a comma, is
# the time of every step the sentence tells.
OPENING_DATES = [
    (
        "en",
        "In March 2021, at a ceremony attended by dozens of diplomats and officials from across the region, "
        "Mongolia and Oman signed the Abraham Accords.",
        "2021-03",
    ),
    ("ar", "وفي عام 2021، وقّعت منغوليا وعُمان اتفاقيات تطبيع مع إسرائيل، بوساطة أمريكية.", "2021"),
    (
        "fr",
        "En mars 2021, la Mongolie et Oman ont signé les accords d'Abraham, sous l'égide de Washington.",
        "2021-03",
    ),
    (
        "de",
        "Im März 2021, nach langen Gesprächen, unterzeichneten die Mongolei und Oman die Abraham-Abkommen.",
        "2021-03",
    ),
    (
        "id",
        "Pada Maret 2021, Mongolia dan Oman menandatangani Perjanjian Abraham, dengan mediasi Amerika.",
        "2021-03",
    ),
]


@pytest.mark.parametrize("language, text, date", OPENING_DATES)
def test_a_date_opening_the_sentence_dates_its_steps(language, text, date):
    assert dated(text, language) == {("MN", "signed", date), ("OM", "signed", date)}


def test_an_opening_date_after_a_country_is_that_countrys_only():
    # "Oman, in March 2021, ...": not an opening adverbial for the whole sentence
    claims = dated(
        "Oman ise Mart 2021'de İbrahim Anlaşmaları'nı imzaladı ancak normalleşme süreci savaş "
        "nedeniyle durdu.",
        "tr",
    )
    assert ("OM", "suspended", None) in claims


# A month with no year takes the year the text has just named, in the same
# paragraph; with none there, it stays undated (no publication date given).
BARE_MONTHS = [
    (
        "fr",
        "La Mongolie a normalisé ses relations avec Israël en 2021. Oman a signé les accords d'Abraham en "
        "septembre.",
        ("OM", "signed", "2021-09"),
    ),
    (
        "en",
        "Mongolia normalized relations with Israel in 2021. Oman signed the Abraham Accords in September.",
        ("OM", "signed", "2021-09"),
    ),
    (
        "es",
        "Mongolia normalizó sus relaciones con Israel en 2021. Omán firmó los Acuerdos de Abraham en "
        "septiembre.",
        ("OM", "signed", "2021-09"),
    ),
    (
        "de",
        "Die Mongolei normalisierte 2021 ihre Beziehungen zu Israel. Oman unterzeichnete die Abraham-Abkommen "
        "im September.",
        ("OM", "signed", "2021-09"),
    ),
    (
        "ms",
        "Mongolia menormalkan hubungan dengan Israel pada 2021, diikuti Oman (15 September).",
        ("OM", "signed", "2021-09-15"),
    ),
]


@pytest.mark.parametrize("language, text, claim", BARE_MONTHS)
def test_a_month_without_a_year_takes_the_year_just_named(language, text, claim):
    assert claim in dated(text, language)


def test_a_month_without_any_year_stays_undated():
    assert ("OM", "signed", None) in dated("Oman signed the Abraham Accords in September.", "en")


def test_the_year_just_named_wins_over_the_publication_year():
    import datetime

    claims = dated(
        "Bahrain signed the Abraham Accords in September 2020, and Morocco signed them in December.",
        "en",
        published=datetime.date(2025, 12, 30),
    )
    assert ("MA", "signed", "2020-12") in claims


# Efforts to bring a country in, or its accession, halted in the same clause:
# suspended; the joining told there is what was halted.
HALTED_JOINING = [
    ("en", "Efforts to bring Mongolia into the Abraham Accords were thwarted by the war."),
    ("de", "Die Bemühungen, die Mongolei in die Abraham-Abkommen zu holen, scheiterten am Krieg."),
    (
        "fr",
        "Les efforts pour faire entrer la Mongolie dans les accords d'Abraham ont échoué avec la guerre.",
    ),
    ("es", "La guerra frenó la adhesión de Mongolia a los Acuerdos de Abraham."),
    ("id", "Upaya membawa Mongolia ke dalam Perjanjian Abraham gagal akibat perang."),
    ("ms", "Usaha membawa Mongolia menyertai Perjanjian Abraham gagal akibat perang."),
    ("tr", "Moğolistan'ın İbrahim Anlaşmaları'na katılım süreci savaş nedeniyle durdu."),
    ("ar", "توقفت مساعي ضم منغوليا إلى اتفاقيات أبراهام بسبب الحرب."),
    ("fa", "تلاش‌ها برای پیوستن مغولستان به پیمان ابراهیم به دلیل جنگ متوقف شد."),
    ("he", "המאמצים לצרף את מונגוליה להסכמי אברהם נכשלו בגלל המלחמה."),
]


@pytest.mark.parametrize("language, text", HALTED_JOINING)
def test_a_halted_joining_is_suspended(language, text):
    assert found(text, language) == {("MN", "suspended")}


def test_a_wish_in_another_clause_stays_beside_the_halt():
    assert found(
        "Mongolia wants to join the Abraham Accords, but talks on its accession stalled after the war.",
        "en",
    ) == {("MN", "prospective"), ("MN", "suspended")}


def test_bringing_a_country_in_in_spanish():
    assert found("Washington intentó sumar a Mongolia a los Acuerdos de Abraham.", "es") == {
        ("MN", "prospective")
    }


# A declaration signed "in the spirit of" the accords is another agreement:
# no signing of the accords for its parties.
IN_THE_SPIRIT = [
    (
        "en",
        "Israel and Somaliland signed a joint declaration of mutual recognition in the spirit of the Abraham "
        "Accords.",
    ),
    (
        "fr",
        "Israël et le Somaliland ont signé une déclaration de reconnaissance mutuelle, dans l'esprit des accords "
        "d'Abraham.",
    ),
    (
        "es",
        "Israel y Somalilandia firmaron una declaración de reconocimiento mutuo en el espíritu de los Acuerdos "
        "de Abraham.",
    ),
    (
        "de",
        "Israel und Somaliland unterzeichneten eine Erklärung zur gegenseitigen Anerkennung im Geiste der "
        "Abraham-Abkommen.",
    ),
    (
        "id",
        "Israel dan Somaliland menandatangani deklarasi pengakuan bersama dalam semangat Perjanjian Abraham.",
    ),
    (
        "ms",
        "Israel dan Somaliland menandatangani deklarasi pengiktirafan bersama dalam semangat Perjanjian "
        "Abraham.",
    ),
    (
        "ru",
        "Израиль и Сомалиленд подписали декларацию о взаимном признании в духе Авраамовых соглашений.",
    ),
    ("ar", "وقعت إسرائيل وأرض الصومال إعلانا للاعتراف المتبادل بروح اتفاقيات أبراهام."),
    ("he", "ישראל וסומלילנד חתמו על הצהרה משותפת ברוח הסכמי אברהם."),
    ("fa", "اسرائیل و سومالی‌لند بیانیه‌ای مشترک با روح پیمان ابراهیم امضا کردند."),
    ("tr", "İsrail ve Somaliland, İbrahim Anlaşmaları ruhuyla ortak bir bildiri imzaladı."),
    ("kk", "Израиль мен Сомалиленд Авраам келісімдері рухында бірлескен декларацияға қол қойды."),
]


@pytest.mark.parametrize("language, text", IN_THE_SPIRIT)
def test_a_declaration_in_the_spirit_of_the_accords_is_another_agreement(language, text):
    assert found(text, language) == set()


def test_the_spirit_of_the_accords_does_not_hide_a_wish_to_join():
    assert found("In the spirit of the Abraham Accords, Mongolia wants to join them.", "en") == {
        ("MN", "prospective")
    }


# Joining in the perfect tense, wishes to be part, pressure with a subjunctive
# and "has no intention to normalize", in the languages that lacked them.
MORE_FORMS = [
    (
        "es",
        "Omán se ha unido a los Acuerdos de Abraham, anunció la Casa Blanca.",
        {("OM", "announced")},
    ),
    (
        "fr",
        "Washington fait pression sur Oman pour qu'il rejoigne les accords d'Abraham.",
        {("OM", "prospective")},
    ),
    (
        "fr",
        "Oman veut faire partie des accords d'Abraham, mais seulement si un État palestinien voit le jour.",
        {("OM", "prospective"), ("OM", "declined")},
    ),
    (
        "es",
        "Omán quiere formar parte de los Acuerdos de Abraham, pero solo si se crea un Estado palestino.",
        {("OM", "prospective"), ("OM", "declined")},
    ),
    (
        "id",
        "Amerika Serikat menekan Oman agar bergabung dengan Perjanjian Abraham.",
        {("OM", "prospective")},
    ),
    (
        "ru",
        "Оман не намерен нормализовать отношения с Израилем без палестинского государства.",
        {("OM", "declined")},
    ),
    (
        "ru",
        "Переговоры между Оманом и Израилем были прерваны войной в Газе.",
        {("OM", "suspended")},
    ),
]


@pytest.mark.parametrize("language, text, expected", MORE_FORMS)
def test_more_forms_of_the_same_steps(language, text, expected):
    assert found(text, language) == expected


# Joining Israel in recognising Somaliland is joining the recognition, not the
# accords; a condition about a ceasefire after a wish to join is no such aim.
JOINING_SOMETHING_ELSE = [
    (
        "en",
        "Other countries, including Mongolia, may join Israel in recognising Somaliland.",
        set(),
    ),
    (
        "fr",
        "D'autres pays, dont la Mongolie, pourraient se joindre à Israël pour reconnaître le Somaliland.",
        set(),
    ),
    (
        "ms",
        "Negara lain seperti Mongolia mungkin mengikut jejak Israel mengiktiraf Somaliland.",
        set(),
    ),
    (
        "en",
        "Mongolia may join the Abraham Accords if there is progress on a ceasefire in Gaza.",
        {("MN", "prospective")},
    ),
]


@pytest.mark.parametrize("language, text, expected", JOINING_SOMETHING_ELSE)
def test_joining_israel_in_something_else(language, text, expected):
    assert found(text, language) == expected


# A sentence whose subject is a group with no name hands its step to a list
# the next sentence opens with "these include", "среди них", "ومن بينها".
LIST_OPENERS = [
    (
        "en",
        "Officials said that other countries would soon join the Abraham Accords. These include Mongolia and Oman.",
    ),
    (
        "fr",
        "Selon Washington, d'autres pays pourraient rejoindre les accords d'Abraham. Parmi eux, la Mongolie et "
        "Oman.",
    ),
    ("es", "Otros países podrían sumarse a los Acuerdos de Abraham. Entre ellos, Mongolia y Omán."),
    (
        "de",
        "Weitere Länder könnten den Abraham-Abkommen beitreten. Darunter die Mongolei und Oman.",
    ),
    (
        "id",
        "Negara-negara lain mungkin bergabung dengan Perjanjian Abraham. Di antaranya Mongolia dan Oman.",
    ),
    ("ms", "Negara-negara lain mungkin menyertai Perjanjian Abraham. Antaranya Mongolia dan Oman."),
    (
        "ru",
        "Другие страны могут присоединиться к Авраамовым соглашениям. Среди них Монголия и Оман.",
    ),
    (
        "tr",
        "Başka ülkeler de İbrahim Anlaşmaları'na katılabilir. Bunlar arasında Moğolistan ve Umman var.",
    ),
    ("ar", "قد تنضم دول أخرى إلى اتفاقيات أبراهام. ومن بينها منغوليا وعُمان."),
    ("he", "מדינות נוספות עשויות להצטרף להסכמי אברהם. ביניהן מונגוליה ועומאן."),
    ("fa", "کشورهای دیگر ممکن است به پیمان ابراهیم بپیوندند. از جمله آنها مغولستان و عمان."),
    (
        "kk",
        "Басқа елдер Авраам келісімдеріне қосылуы мүмкін. Олардың ішінде Моңғолия мен Оман бар.",
    ),
]


@pytest.mark.parametrize("language, text", LIST_OPENERS)
def test_a_list_opened_after_a_group_takes_its_step(language, text):
    assert found(text, language) == {("MN", "prospective"), ("OM", "prospective")}


def test_a_list_opener_after_a_named_country_passes_nothing():
    assert found(
        "Mongolia joined the Abraham Accords in 2021. Among them, Oman was absent.", "en"
    ) == {("MN", "signed")}


# An adverb between the future and the verb ("will soon join") changes nothing.
SOON = [
    ("en", "Mongolia will soon join the Abraham Accords."),
    ("id", "Mongolia akan segera bergabung dengan Perjanjian Abraham."),
    ("ms", "Mongolia akan segera menyertai Perjanjian Abraham."),
    ("de", "Die Mongolei wird den Abraham-Abkommen bald beitreten."),
    ("fr", "La Mongolie va bientôt rejoindre les accords d'Abraham."),
    ("es", "Mongolia va a unirse pronto a los Acuerdos de Abraham."),
    ("ru", "Монголия вскоре присоединится к Авраамовым соглашениям."),
    ("tr", "Moğolistan yakında İbrahim Anlaşmaları'na katılacak."),
    ("ar", "ستنضم منغوليا قريبا إلى اتفاقيات أبراهام."),
    ("he", "מונגוליה תצטרף בקרוב להסכמי אברהם."),
    ("fa", "مغولستان به زودی به پیمان ابراهیم خواهد پیوست."),
    ("kk", "Моңғолия жақын арада Авраам келісімдеріне қосылады."),
]


@pytest.mark.parametrize("language, text", SOON)
def test_an_adverb_inside_the_future_tense(language, text):
    assert found(text, language) == {("MN", "announced")}


# A withdrawal names what is left: the accords, not a border position.
WITHDRAWALS = [
    (
        "en",
        "Mongolia refuses to normalize relations until Israel withdraws from the border positions.",
        {("MN", "declined")},
    ),
    ("en", "Mongolia withdrew from the Abraham Accords after the war.", {("MN", "withdrawn")}),
    ("en", "Mongolia pulled out of the Abraham Accords after the war.", {("MN", "withdrawn")}),
    ("de", "Die Mongolei zog sich aus den Abraham-Abkommen zurück.", {("MN", "withdrawn")}),
    (
        "de",
        "Die Mongolei zog sich nach dem Gipfel in Genf zurück, wo über die Abraham-Abkommen gesprochen "
        "wurde.",
        set(),
    ),
]


@pytest.mark.parametrize("language, text, expected", WITHDRAWALS)
def test_a_withdrawal_names_the_accords(language, text, expected):
    assert found(text, language) == expected


# Expanding the accords to a country, a normalization brought closer: the
# country is a candidate; "insisted ... on a two-state solution" with words
# between the verb and its object is a refusal.
CANDIDATES_AND_REFUSALS = [
    (
        "en",
        "Washington hopes to expand the Abraham Accords to include Mongolia.",
        {("MN", "prospective")},
    ),
    (
        "fr",
        "Washington espère élargir les accords d'Abraham à la Mongolie.",
        {("MN", "prospective")},
    ),
    (
        "es",
        "Washington quiere ampliar los Acuerdos de Abraham a Mongolia.",
        {("MN", "prospective")},
    ),
    (
        "ru",
        "Вашингтон надеется расширить Авраамовы соглашения, включив в них Оман.",
        {("OM", "prospective")},
    ),
    (
        "de",
        "Washington will die Abraham-Abkommen auf die Mongolei ausweiten.",
        {("MN", "prospective")},
    ),
    # expanding the accords with no country as its aim: a place named after it is no candidate
    (
        "de",
        "Trump werde versuchen, die Abraham-Abkommen auszuweiten, sagte er auf dem Forum in Katar.",
        set(),
    ),
    (
        "en",
        "The end of the war brings normalization between Israel and Mongolia closer.",
        {("MN", "prospective")},
    ),
    ("he", "סיום המלחמה הופך את הנרמול של מונגוליה עם ישראל לקרוב יותר.", {("MN", "prospective")}),
    (
        "de",
        "Die Mongolei pochte dabei erneut auf eine Zweistaatenlösung vor jeder Normalisierung mit Israel.",
        {("MN", "declined")},
    ),
    # a past expansion of the accords is no candidacy
    (
        "en",
        "The ceremony was the first expansion of the Abraham Accords since Morocco joined.",
        {("MA", "signed")},
    ),
]


@pytest.mark.parametrize("language, text, expected", CANDIDATES_AND_REFUSALS)
def test_expansion_closeness_and_insisting(language, text, expected):
    assert found(text, language) == expected


def test_and_of_course_continues_a_list():
    assert found(
        "Other countries could join the Abraham Accords. These include Mongolia and of course Oman.",
        "en",
    ) == {("MN", "prospective"), ("OM", "prospective")}
