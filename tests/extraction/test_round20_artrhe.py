"""Round twenty, Arabic, Turkish and Hebrew news as an Arabic op-ed page, a pan-Arab news
channel, a Turkish wire, a Turkish daily's analysis, an Israeli news site and an Israeli
daily's analysis write it (carried to English, French, Spanish and German where the same
phrasing exists). Classes:

- a third party repeating that a country will join ("Trump keeps saying X will join",
  "يكرر ترامب أن", "tekrarlıyor", "חוזר ואומר", "ne cesse de répéter", "repite", "betont immer
  wieder"; `modals` in Arabic, Turkish and Hebrew; English, French, Spanish and German already list
  these in `reporting`, and their cases guard it): others' prediction, a candidacy, not an
  announcement; a country repeating its own refusal stays a refusal, and Kazakhstan's decided
  joining stays announced;
- ties frozen or cut told as a state or in the passive, not as the country's own act
  ("ilişkilerin fiilen dondurulduğu", "ekonomik ilişkilerin kesildiğini", "יחסיה עם ישראל
  קפואים", "its ties with Israel are effectively frozen"; `cues.suspended`); negated, no halt;
- a list of names floated as candidates ("adı geçen diğer ülkeler", "עוד שמות שעולים מדי פעם",
  "other names floated", "d'autres noms cités", "otros nombres que suenan", "weitere Namen, die
  gehandelt werden"; `cues.prospective`): each country listed is a candidate; the same words
  about another contest (a World Cup) or names raised at a summit give nothing;
- a joining told as entering the process ("Fas ... sürece dahil oldu"; `cues.joined`), a
  mediator entering another process gives nothing;
- a candidate told by its place on a list: "Washington'ın listesinde yer aldığı belirtilen X ve
  Y" (a participle before the list), "המועמדת השנייה ברשימה, X" (an ordinal candidate in
  apposition), Arabic "X مرشحةً تالية" (next candidate); a candidate for another post or contest
  gives nothing;
- a refusal told as conditioning any progress or any recognition ("להתנות כל התקדמות ב", "تربط
  أي اعتراف بإسرائيل ب"; `cues.declined`); another country conditioning talks on Gaza gives
  nothing;
- a step told "tonight" or "this evening" ("הערב", "bu akşam", "ce soir", "esta noche",
  "heute Abend"; `relative_days`) is dated on the publication day; the Hebrew name of Saudi
  Arabia ("ערב הסעודית") is no evening;
- "7 October" with no year ("before October 7", "7 Ekim'den sonra", "après le 7 octobre", "nach
  dem 7. Oktober", "tras el 7 de octubre", "אחרי 7 באוקטובר") names the 2023 attack, not a day
  of the article's year: the step stays undated (`dates._resolve`); with its year written, or in
  an article of late 2023, it is a date, and other days without a year still take one.
Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract
from tests.extraction.found import D, P, U, challenge_params, check_case

CASES = {
    "ar": [
        (
            "اتفاقيات أبراهام. يكرر ترامب أن المملكة العربية السعودية «ستنضم في الوقت المناسب».",
            {("SA", P, None)},
        ),
        (
            "اتفاقيات أبراهام. تكرر الرياض أنها لن تنضم إلى الاتفاقيات قبل قيام دولة فلسطينية.",
            {("SA", D)},
        ),
        (
            "عن اتفاقيات أبراهام. إندونيسيا تربط أي اعتراف بإسرائيل باعتراف إسرائيل بفلسطين أولاً.",
            {("ID", D)},
        ),
        (
            "عن اتفاقيات أبراهام. ويتحدث مستشارو ترامب عن أذربيجان مرشحةً تالية.",
            {("AZ", P)},
        ),
        ("عن اتفاقيات أبراهام. مصر مرشحة قادمة لاستضافة كأس العالم.", set()),
    ],
    "tr": [
        (
            'İbrahim Anlaşmaları. Trump, Suudi Arabistan\'ın "çok yakında" anlaşmalara katılacağını tekrarlıyor.',
            {("SA", P, None)},
        ),
        (
            "İbrahim Anlaşmaları. Riyad, İsrail ile normalleşmeyi reddettiğini tekrarlıyor.",
            {("SA", D)},
        ),
        (
            "İbrahim Anlaşmaları. Sudan ile İsrail arasındaki ilişkilerin fiilen dondurulduğu bildiriliyor.",
            {("SD", U)},
        ),
        (
            "İbrahim Anlaşmaları. Bahreyn, ekonomik ilişkilerin kesildiğini açıkladı.",
            {("BH", U)},
        ),
        ("İbrahim Anlaşmaları. BAE ile İsrail arasındaki ekonomik ilişkiler kesilmedi.", set()),
        (
            "İbrahim Anlaşmaları. Washington'daki kulislerde adı geçen diğer ülkeler Umman, Moritanya ve Endonezya.",
            {("OM", P), ("MR", P), ("ID", P)},
        ),
        ("Dünya Kupası için adı geçen diğer ülkeler Fas ve İspanya.", set()),
        (
            "İbrahim Anlaşmaları 2020'de imzalandı. Fas, aynı yılın aralık ayında sürece dahil oldu.",
            {("MA", "signed", "2020-12")},
        ),
        ("Gazze ateşkesi. Katar ve Mısır arabulucu olarak sürece dahil olmuştu.", set()),
        (
            "İbrahim Anlaşmaları. Washington'ın listesinde yer aldığı belirtilen Endonezya ve Pakistan "
            "benzer açıklamalar yaptı.",
            {("ID", P), ("PK", P)},
        ),
        (
            "İbrahim Anlaşmaları. Suriye'nin anlaşmalara katılmayı düşünmediğini Şara bu akşam açıkladı.",
            {("SY", D, "2025-11-20")},
        ),
    ],
    "he": [
        (
            "על הסכמי אברהם. טראמפ חוזר ואומר שסעודיה תצטרף להסכמים בקרוב.",
            {("SA", P, None)},
        ),
        (
            "על הסכמי אברהם. סודן שקועה במלחמת אזרחים, ויחסיה עם ישראל קפואים למעשה.",
            {("SD", U)},
        ),
        (
            "על הסכמי אברהם. עוד שמות שעולים מדי פעם הם אינדונזיה, מאוריטניה ועומאן.",
            {("ID", P), ("MR", P), ("OM", P)},
        ),
        ("הסכמי אברהם. בין השמות שעולים בפסגה: עומאן ומאוריטניה.", set()),
        (
            "על הסכמי אברהם. המועמדת השנייה ברשימה, אזרבייג'ן, מסובכת פחות.",
            {("AZ", P)},
        ),
        (
            "על הסכמי אברהם. ערב הסעודית ממשיכה להתנות כל התקדמות בהקמת מדינה פלסטינית.",
            {("SA", D)},
        ),
        ("על הסכמי אברהם. מצרים מתנה כל התקדמות בשיחות על עזה בנסיגה ישראלית.", set()),
        (
            "ערב הסעודית דחתה הערב את ההצטרפות להסכמי אברהם.",
            {("SA", D, "2025-11-20")},
        ),
        (
            "ערב הסעודית דחתה את ההצטרפות להסכמי אברהם.",
            {("SA", D, None)},
        ),
    ],
    "en": [
        (
            "On the Abraham Accords. Trump keeps saying Saudi Arabia will join the Abraham Accords.",
            {("SA", P, None)},
        ),
        (
            "On the Abraham Accords. Trump has repeatedly said that Saudi Arabia will join very soon.",
            {("SA", P, None)},
        ),
        (
            "On the Abraham Accords. Trump repeatedly says Kazakhstan will sign the documents soon.",
            {("KZ", "announced")},
        ),
        (
            "On the Abraham Accords. Sudan is mired in civil war, and its ties with Israel are effectively frozen.",
            {("SD", U)},
        ),
        (
            "On the Abraham Accords. Other names floated in Washington are Oman, Mauritania and Indonesia.",
            {("OM", P), ("MR", P), ("ID", P)},
        ),
        ("Other names floated for the World Cup are Morocco and Spain.", set()),
        (
            "Syria will not join the Abraham Accords, President al-Sharaa said tonight.",
            {("SY", D, "2025-11-20")},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Donald Trump ne cesse de répéter que l'Arabie saoudite rejoindra les accords.",
            {("SA", P, None)},
        ),
        (
            "Accords d'Abraham. Riyad répète qu'il ne rejoindra pas les accords sans État palestinien.",
            {("SA", D)},
        ),
        (
            "Accords d'Abraham. D'autres noms cités à Washington : Oman, la Mauritanie et l'Indonésie.",
            {("OM", P), ("MR", P), ("ID", P)},
        ),
        (
            "Accords d'Abraham. La Syrie ne rejoindra pas les accords, a déclaré ce soir son président.",
            {("SY", D, "2025-11-20")},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Trump repite que Arabia Saudí se unirá a los acuerdos muy pronto.",
            {("SA", P, None)},
        ),
        (
            "Acuerdos de Abraham. Otros nombres que suenan en Washington son Omán, Mauritania e Indonesia.",
            {("OM", P), ("MR", P), ("ID", P)},
        ),
        (
            "Acuerdos de Abraham. Siria no se unirá a los acuerdos, dijo esta noche Al Sharaa.",
            {("SY", D, "2025-11-20")},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Trump betont immer wieder, Saudi-Arabien werde den Abkommen beitreten.",
            {("SA", P, None)},
        ),
        (
            "Abraham-Abkommen. Weitere Namen, die gehandelt werden, sind Oman, Mauretanien und Indonesien.",
            {("OM", P), ("MR", P), ("ID", P)},
        ),
        (
            "Abraham-Abkommen. Syrien werde den Abkommen nicht beitreten, sagte al-Scharaa heute Abend.",
            {("SY", D, "2025-11-20")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round20_arabic_turkish_hebrew_news(language, text, expected):
    check_case(language, text, expected)


ATTACK_DAY = [
    (
        "en",
        "Saudi-Israeli normalisation talks, close to a deal before October 7, were shelved by the war.",
        None,
    ),
    ("en", "Saudi Arabia froze normalisation talks after October 7, 2023.", "2023-10-07"),
    (
        "tr",
        "İbrahim Anlaşmaları. Suudi Arabistan, 7 Ekim'den sonra normalleşme görüşmelerini askıya aldı.",
        None,
    ),
    ("fr", "L'Arabie saoudite a gelé la normalisation après le 7 octobre.", None),
    (
        "de",
        "Saudi-Arabien hat die Normalisierungsgespräche nach dem 7. Oktober auf Eis gelegt.",
        None,
    ),
    ("es", "Arabia Saudí congeló las conversaciones de normalización tras el 7 de octubre.", None),
    ("he", "סעודיה הקפיאה את המגעים לנרמול אחרי 7 באוקטובר.", None),
]


@pytest.mark.parametrize(("language", "text", "expected"), ATTACK_DAY)
def test_seventh_of_october_without_a_year_is_the_attack(language, text, expected):
    claims = extract(text, language=language, published=datetime.date(2025, 9, 15)).claims
    assert [(c.country, c.status, c.date) for c in claims] == [("SA", U, expected)]


def test_seventh_of_october_in_late_2023_and_other_days_keep_their_date():
    late = extract(
        "סעודיה הקפיאה את המגעים לנרמול אחרי 7 באוקטובר.",
        language="he",
        published=datetime.date(2023, 11, 15),
    ).claims
    assert [(c.country, c.date) for c in late] == [("SA", "2023-10-07")]
    other = extract(
        "Kazakhstan announced on November 6 that it would join the Abraham Accords.",
        language="en",
        published=datetime.date(2025, 11, 20),
    ).claims
    assert [(c.country, c.date) for c in other] == [("KZ", "2025-11-06")]
