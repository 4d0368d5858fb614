"""Classes of phrasing in Arabic, Persian, Hebrew, Russian, Turkish and
Kazakh news (own sentences, written for these tests): names, aliases and
metonyms, and the steps real articles describe."""

import pytest

from accords.extraction import extract
from accords.extraction.sentences import split_sentences
from tests.extraction.found import found

# Somaliland is its own territory (XS), never Somalia; its stated wish to
# join is an intention (prospective), whoever reports it.
SOMALILAND = [
    (
        "ar",
        "أعلنت حكومة أرض الصومال أنها ستنضم إلى اتفاقيات أبراهام قريبا.",
        {("XS", "prospective")},
    ),
    ("fa", "دولت سومالی‌لند اعلام کرد که به پیمان ابراهیم خواهد پیوست.", {("XS", "prospective")}),
    ("he", "ממשלת סומלילנד הודיעה כי תצטרף להסכמי אברהם בקרוב.", {("XS", "prospective")}),
    (
        "ru",
        "Власти Сомалиленда заявили, что Сомалиленд присоединится к Соглашениям Авраама.",
        {("XS", "prospective")},
    ),
    (
        "tr",
        "Somaliland yönetimi, İbrahim Anlaşmaları'na katılacağını açıkladı.",
        {("XS", "prospective")},
    ),
    ("kk", "Сомалиленд Авраам келісімдеріне қосылады деп мәлімдеді.", {("XS", "prospective")}),
]


@pytest.mark.parametrize("language, text, expected", SOMALILAND)
def test_somaliland_is_its_own_territory_and_its_wish_is_prospective(language, text, expected):
    assert found(text, language) == expected


# Israel under its other names is a counterpart, never the subject; a capital
# or a leader stands for the country.
ALIASES_AND_METONYMS = [
    ("ar", "رفضت الرياض التطبيع مع الكيان الصهيوني.", {("SA", "declined")}),
    ("ar", "قال أحمد الشرع إن دمشق لن تنضم إلى الاتفاقيات الإبراهيمية.", {("SY", "declined")}),
    ("fa", "ریاض عادی‌سازی روابط با رژیم اشغالگر را رد کرد.", {("SA", "declined")}),
    ("he", "הסעודים מתנים את הנרמול בהקמת מדינה פלסטינית.", {("SA", "declined")}),
    ("ru", "Эр-Рияд отказался от нормализации с сионистским образованием.", {("SA", "declined")}),
    ("ru", "Токаев объявил о присоединении к Авраамовым соглашениям.", {("KZ", "announced")}),
    ("tr", "Bin Selman, İbrahim Antlaşmaları'na katılmayı reddetti.", {("SA", "declined")}),
]


@pytest.mark.parametrize("language, text, expected", ALIASES_AND_METONYMS)
def test_aliases_of_israel_and_metonyms_of_countries(language, text, expected):
    assert found(text, language) == expected


# Calls, pressure, hopes and possibilities are prospective, never announced.
PRESSURE_AND_HOPES = [
    (
        "ar",
        "دعا الرئيس الأمريكي السعودية إلى الانضمام إلى اتفاقيات أبراهام.",
        {("SA", "prospective")},
    ),
    ("ar", "أعرب المبعوث عن أمله بانضمام موريتانيا إلى اتفاقيات أبراهام.", {("MR", "prospective")}),
    ("fa", "عربستان باید به پیمان ابراهیم بپیوندد.", {("SA", "prospective")}),
    ("he", "ממשלת אינדונזיה הודיעה על כוונתה להצטרף להסכמי אברהם.", {("ID", "prospective")}),
    (
        "ru",
        "Вашингтон обсуждает возможность присоединения Азербайджана к Соглашениям Авраама.",
        {("AZ", "prospective")},
    ),
    ("tr", "Belki Umman da İbrahim Anlaşmaları'na dahil olabilir.", {("OM", "prospective")}),
    # beliefs and readiness, the belief word before or (verb-final) after the verb
    (
        "ar",
        "قال ترامب إنه يعتقد أن السعودية ستنضم قريبا إلى اتفاقيات أبراهام.",
        {("SA", "prospective")},
    ),
    ("ar", "تضغط واشنطن على الرياض للانضمام إلى اتفاقيات أبراهام.", {("SA", "prospective")}),
    (
        "fa",
        "ترامپ گفت که معتقد است عربستان به زودی به پیمان ابراهیم خواهد پیوست.",
        {("SA", "prospective")},
    ),
    (
        "ru",
        "Баку заявил о готовности присоединиться к Соглашениям Авраама.",
        {("AZ", "prospective")},
    ),
    (
        "tr",
        "Trump, Suudi Arabistan'ın yakında İbrahim Anlaşmaları'na katılacağına inandığını söyledi.",
        {("SA", "prospective")},
    ),
    (
        "kk",
        "Трамп Сауд Арабиясы жақын арада Авраам келісімдеріне қосылады деп сенетінін айтты.",
        {("SA", "prospective")},
    ),
    # candidate lists
    (
        "ar",
        "ومن بين الدول المرشحة للانضمام إلى اتفاقيات أبراهام إندونيسيا وموريتانيا.",
        {("ID", "prospective"), ("MR", "prospective")},
    ),
    (
        "ru",
        "Среди кандидатов на присоединение к Соглашениям Авраама называют Азербайджан и Мавританию.",
        {("AZ", "prospective"), ("MR", "prospective")},
    ),
]


@pytest.mark.parametrize("language, text, expected", PRESSURE_AND_HOPES)
def test_calls_pressure_and_hopes_are_prospective(language, text, expected):
    assert found(text, language) == expected


# Talks halted or postponed are a suspension; a signing ceremony still ahead
# keeps a decision announced.
HALTED_AND_AHEAD = [
    ("ar", "وقد جمدت السعودية محادثات التطبيع مع إسرائيل بعد اندلاع الحرب.", {("SA", "suspended")}),
    (
        "ru",
        "Саудовская Аравия приостановила переговоры о нормализации с Израилем.",
        {("SA", "suspended")},
    ),
    (
        "tr",
        "Suudi Arabistan, İsrail ile normalleşme görüşmelerini savaş nedeniyle askıya aldı.",
        {("SA", "suspended")},
    ),
    (
        "ar",
        "قررت كازاخستان الانضمام إلى اتفاقيات أبراهام، وسيعلن قريبا عن مراسم التوقيع.",
        {("KZ", "announced")},
    ),
    (
        "fa",
        "قزاقستان به پیمان ابراهیم خواهد پیوست و مراسم امضای آن بعدا برگزار می‌شود.",
        {("KZ", "announced")},
    ),
]


@pytest.mark.parametrize("language, text, expected", HALTED_AND_AHEAD)
def test_halted_talks_and_signings_still_ahead(language, text, expected):
    assert found(text, language) == expected


# Scraped pages lose the space after a full stop: the sentence still ends
# there before an Arabic, Persian or Hebrew letter, or a capital after a
# lower-case word; abbreviations and decimals go on.
GLUED_FULL_STOPS = [
    ('قال الرئيس "نحن نرحب بالخطوة".من جانبها، أعلنت الحكومة', 2),
    ("وزیر گفت که سفر خواهد کرد.به گفته او", 2),
    ("השר אמר כך.ישראל הגיבה", 2),
    ("Министр сообщил об этом.Казахстан ответил позже", 2),
    ("U.S. officials, i.e. the envoys, saw a 3.5 percent rise", 1),
    ("Власти США, т.е. Госдепартамент, не ответили", 1),
]


@pytest.mark.parametrize("text, count", GLUED_FULL_STOPS)
def test_a_full_stop_glued_to_the_next_word_still_ends_the_sentence(text, count):
    assert len(split_sentences(text)) == count


def test_a_claim_after_a_glued_full_stop_keeps_its_own_subject():
    text = "تحدث الرئيس الأمريكي عن السلام.وقررت كازاخستان الانضمام إلى اتفاقيات أبراهام."
    assert found(text, "ar") == {("KZ", "announced")}


def test_a_country_right_after_a_second_verb_is_its_subject_not_the_list_of_the_first():
    text = (
        "ОАЭ и Бахрейн подписали Соглашения Авраама в сентябре 2020 года, в декабре 2020 года к ним "
        "присоединилось Марокко."
    )
    claims = {(c.country, c.status, c.date) for c in extract(text, language="ru").claims}
    assert claims == {
        ("AE", "signed", "2020-09"),
        ("BH", "signed", "2020-09"),
        ("MA", "signed", "2020-12"),
    }


# Joining and refusing in the forms news uses; a denied report is no refusal.
JOINING_AND_REFUSING = [
    ("ru", "Казахстан стал участником Соглашений Авраама.", {("KZ", "announced")}),
    ("ru", "Казахстан вступает в Авраамовы соглашения.", {("KZ", "announced")}),
    ("fa", "عربستان سعودی پیوستن به پیمان ابراهیم را رد کرد.", {("SA", "declined")}),
    ("ar", "أكدت الجزائر رفضها القاطع لأي تطبيع مع الكيان الصهيوني.", {("DZ", "declined")}),
    ("ar", "ترفض الكويت أي تطبيع مع إسرائيل.", {("KW", "declined")}),
    ("ar", "صادق مجلس الوزراء السوداني على اتفاق التطبيع مع إسرائيل.", {("SD", "ratified")}),
    (
        "ar",
        "قالت مصادر إن السعودية وإسرائيل تجريان محادثات سرية حول التطبيع.",
        {("SA", "negotiating")},
    ),
    ("ar", "أعلنت موريتانيا تجميد علاقاتها مع إسرائيل.", {("MR", "suspended")}),
    ("fa", "وزارت خارجه آذربایجان گزارش‌ها درباره پیوستن به پیمان ابراهیم را رد کرد.", set()),
    ("tr", "Kazakistan İbrahim Anlaşmaları'na katıldı.", {("KZ", "announced")}),
    ("kk", "Қазақстан Авраам келісімдеріне қосылу туралы шешім қабылдады.", {("KZ", "announced")}),
]


@pytest.mark.parametrize("language, text, expected", JOINING_AND_REFUSING)
def test_joining_and_refusing(language, text, expected):
    assert found(text, language) == expected


def test_a_founder_named_beside_a_country_in_halted_talks_is_only_the_counterpart():
    text = "Переговоры о нормализации между Саудовской Аравией и Израилем были заморожены после начала войны."
    assert found(text, "ru") == {("SA", "suspended")}


def test_a_counterpart_right_before_the_subject_does_not_take_it_into_its_list():
    text = (
        "Наследный принц заявил, что для нормализации отношений с Израилем Эр-Рияду необходим "
        "путь к созданию палестинского государства."
    )
    assert found(text, "ru") == {("SA", "declined")}


# "We want to be part, but only if ...": interest and, as things stand, a refusal.
ONLY_IF = [
    ("ar", "السعودية تريد الانضمام إلى اتفاقيات أبراهام، ولكن بشرط قيام دولة فلسطينية."),
    (
        "ru",
        "Саудовская Аравия хочет присоединиться к Соглашениям Авраама, но только при условии создания "
        "палестинского государства.",
    ),
    ("he", "סעודיה רוצה להצטרף להסכמי אברהם, אבל רק אם תוקם מדינה פלסטינית."),
]


@pytest.mark.parametrize("language, text", ONLY_IF)
def test_wanting_to_join_only_if_is_interest_and_refusal(language, text):
    assert found(text, language) == {("SA", "prospective"), ("SA", "declined")}
