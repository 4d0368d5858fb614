"""Round seventeen, Hebrew news as Haaretz, Ynet, Maariv, Kan News, Israel Hayom and Walla write it
(with the languages where the same phrasing exists). Classes: the White House "offered X to join"
("הציע לאזרבייג'ן להצטרף", "offered Azerbaijan the chance to join", "ofreció a Azerbaiyán sumarse",
"عرض على أذربيجان الانضمام", "katılmayı teklif etti", "پیشنهاد پیوستن") is a candidacy, not a
joining (an offer of something else is no claim); a country "mentioned in the administration's
lists" or "in the talks" in Washington is a candidate, and so is being "on Washington's list" in
every language (a list of someone else, the sanctions list, is no candidacy); "among the names
raised:" ("ובין השמות שעולים", "among the names mentioned", "среди называемых имён", "parmi les
noms cités", "entre los nombres que suenan", "unter den genannten Namen") opens a list that takes
the candidacy of the group before it; "not on the agenda" ("אינה על סדר היום") is a refusal, never
an announcement; "there will be no agreement without" a Palestinian state refuses; "will be the
fifth member" is the joining announced; "the turn of X will come" is a candidacy; "with that" as a
sentence adverb ("עם זאת", "вместе с тем", "aun con eso", "dengan itu") opens a clause and makes no
counterpart of the country after it; a refusal word inside a name ("בדוחה", in Doha, holds "דוחה",
rejects) is part of the name; another aim (recognition, another body) inside a closed relative
clause does not silence the candidacy of the main clause; "progress in relations" frozen in Sudan
is Sudan's halt; "today" after "agenda" or "until" ("סדר היום", "עד היום") is no date; "since the
signing" ("מאז חתימת ההסכמים") in September 2020 dates no country's joining.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

T = "הסכמי אברהם. "

CASES = {
    "he": [
        (T + "לפני כשלושה שבועות הציע הבית הלבן לאזרבייג'ן להצטרף להסכמים.", {("AZ", P)}),
        ("הבית הלבן הציע לעומאן להצטרף להסכמי אברהם.", {("OM", P)}),
        (T + "הבית הלבן הציע לעומאן עסקת נשק.", set()),
        (T + "אינדונזיה מוזכרת גם היא ברשימות של הממשל.", {("ID", P)}),
        (T + "גם סוריה מוזכרת בשיחות בוושינגטון.", {("SY", P)}),
        (T + "מאוריטניה מופיעה ברשימת המדינות שנפגעו מהבצורת.", set()),
        (
            T
            + "גורמים בממשל אמרו כי מדינות נוספות מעוניינות להצטרף, ובין השמות שעולים: עומאן ומאוריטניה.",
            {("OM", P), ("MR", P)},
        ),
        (T + "בין השמות שעולים בפסגה: עומאן ומאוריטניה.", set()),
        (T + "סוריה הבהירה כי הצטרפות להסכמים אינה על סדר היום.", {("SY", D)}),
        (T + "לבנון הודיעה כי הנושא עלה על סדר היום.", set()),
        (
            T + "בריאד חזרו השבוע על עמדתם שלפיה לא יהיה הסכם בלי מסלול למדינה פלסטינית.",
            {("SA", D)},
        ),
        (
            "בתחילת החודש הודיע טראמפ כי קזחסטן תהיה החברה החמישית בהסכמי אברהם.",
            {("KZ", A, "2025-11")},
        ),
        (T + "אישה תהיה החברה החמישית בוועדה.", set()),
        (T + "פרשנים מעריכים כי אחרי סעודיה יגיע תורה של עומאן.", {("OM", P)}),
        (T + "עם זאת, סעודיה חזרה על עמדתה שלפיה לא תנרמל את היחסים.", {("SA", D)}),
        (
            T + "עם זאת, בריאד חזרו על עמדתם שלפיה לא יהיה הסכם בלי מסלול למדינה פלסטינית.",
            {("SA", D)},
        ),
        (T + "ישראל מנהלת מגעים עם סעודיה.", {("SA", N)}),
        (T + "אלא שבדוחה הבהירו כי לא ינרמלו את היחסים עם ישראל לפני סיום המלחמה.", {("QA", D)}),
        (T + "סעודיה דוחה את ההצטרפות להסכמים.", {("SA", D)}),
        (T + "סעודיה הודיעה היום כי תצטרף להסכמים.", {("SA", A, "2025-11-20")}),
        (T + "בדוחה מעריכים כי סעודיה תצטרף.", {("SA", P)}),
        (
            "לאחר שקזחסטן הודיעה כי תצטרף להסכמי אברהם, החלו פרשנים לנחש איזו מדינה תהיה הבאה בתור.",
            {("KZ", A)},
        ),
        (T + "אינדונזיה, שנשיאה דיבר על ההכרה בסומלילנד, מופיעה ברשימות של הממשל.", {("ID", P)}),
        (T + "אינדונזיה מעוניינת להצטרף להכרה בסומלילנד.", set()),
        (T + "בסודן הקפיאה מלחמת האזרחים כל התקדמות ביחסים עם ישראל.", {("SD", U)}),
        (T + "בסודן נמשכת מלחמת האזרחים.", set()),
        (
            T + "מאז חתימת ההסכמים בספטמבר 2020 הצטרפו אליהם מרוקו וסודן.",
            {("MA", S, None), ("SD", S, None)},
        ),
        (T + "חתימת ההסכם בין בחריין לישראל נערכה בספטמבר 2020.", {("BH", S, "2020-09")}),
        (T + "סוריה הבהירה כי הצטרפות להסכמים אינה על סדר היום.", {("SY", D, None)}),
        # strict xfails
        (
            T + "המגעים לנורמליזציה בין ירושלים לריאד, שהתקדמו מאוד, הוקפאו לאחר פרוץ המלחמה.",
            {("SA", N), ("SA", U)},
        ),
        (
            T + "נשיא אינדונזיה אמר כי ארצו תכיר בישראל ביום שבו ישראל תכיר בפלסטין.",
            {("ID", D)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Американские чиновники сообщили, что и другие страны региона рассматривают возможность присоединения; среди называемых имён — Узбекистан и Азербайджан.",
            {("UZ", P), ("AZ", P)},
        ),
        (
            "Соглашения Авраама. Вместе с тем Саудовская Аравия заявила, что не присоединится к соглашениям без палестинского государства.",
            {("SA", D)},
        ),
        ("Соглашения Авраама. Вместе с тем Эр-Рияд отказался от нормализации.", {("SA", D)}),
        (
            "Соглашения Авраама. Израиль ведёт переговоры о нормализации с Саудовской Аравией.",
            {("SA", N)},
        ),
        ("Соглашения Авраама. Индонезия также фигурирует в списках администрации.", {("ID", P)}),
        ("Соглашения Авраама. В списке Вашингтона есть и Мавритания.", {("MR", P)}),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Otros países de la región estudian sumarse, y entre los nombres que suenan: Uzbekistán y Azerbaiyán.",
            {("UZ", P), ("AZ", P)},
        ),
        ("La Casa Blanca ofreció a Azerbaiyán sumarse a los Acuerdos de Abraham.", {("AZ", P)}),
        ("Acuerdos de Abraham. La Casa Blanca ofreció a Azerbaiyán un acuerdo comercial.", set()),
        ("Acuerdos de Abraham. Aun con eso, Arabia Saudí rechaza unirse.", {("SA", D)}),
        (
            "Acuerdos de Abraham. Indonesia figura también en las listas de la administración.",
            {("ID", P)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Dengan itu, Arab Saudi menolak untuk menyertai perjanjian itu.",
            {("SA", D)},
        ),
        ("Perjanjian Abraham. Indonesia juga tersenarai dalam senarai Washington.", {("ID", P)}),
    ],
    "id": [
        ("Kesepakatan Abraham. Dengan itu, Arab Saudi menolak bergabung.", {("SA", D)}),
        ("Kesepakatan Abraham. Indonesia juga masuk dalam daftar Washington.", {("ID", P)}),
    ],
    "en": [
        (
            "Abraham Accords. US officials said more countries in the region are considering joining, and among the names mentioned: Uzbekistan and Azerbaijan.",
            {("UZ", P), ("AZ", P)},
        ),
        (
            "Abraham Accords. More countries are considering joining. Among the names mentioned are Uzbekistan and Azerbaijan.",
            {("UZ", P), ("AZ", P)},
        ),
        (
            "Abraham Accords. Among the names mentioned at the summit were Uzbekistan and Azerbaijan.",
            set(),
        ),
        ("Abraham Accords. The White House offered Azerbaijan to join the accords.", {("AZ", P)}),
        (
            "The White House has offered Azerbaijan the chance to join the Abraham Accords.",
            {("AZ", P)},
        ),
        ("Abraham Accords. The White House offered Azerbaijan new trade terms.", set()),
        ("Abraham Accords. Indonesia also appears on the administration's lists.", {("ID", P)}),
        ("Abraham Accords. Indonesia is on Washington's list.", {("ID", P)}),
        ("Abraham Accords. Iran is on the sanctions list.", set()),
        (
            "Abraham Accords. Azerbaijan, which joined the Board of Peace in January, has also been floated as a possible new member.",
            {("AZ", P)},
        ),
        (
            "Abraham Accords. Azerbaijan has also been floated as a possible new member of the Board of Peace.",
            set(),
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. D'autres pays de la région envisagent d'adhérer, et parmi les noms cités : l'Ouzbékistan et l'Azerbaïdjan.",
            {("UZ", P), ("AZ", P)},
        ),
        (
            "Accords d'Abraham. L'Indonésie figure aussi sur les listes de l'administration.",
            {("ID", P)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Weitere Länder der Region erwägen einen Beitritt. Unter den genannten Namen sind Usbekistan und Aserbaidschan.",
            {("UZ", P), ("AZ", P)},
        ),
        ("Abraham-Abkommen. Auch Indonesien steht auf der Liste Washingtons.", {("ID", P)}),
    ],
    "ar": [
        ("عرض البيت الأبيض على أذربيجان الانضمام إلى اتفاقات أبراهام.", {("AZ", P)}),
        ("اتفاقات أبراهام. عرض البيت الأبيض على أذربيجان صفقة تجارية.", set()),
        ("اتفاقات أبراهام. وتظهر إندونيسيا أيضا على قوائم الإدارة الأمريكية.", {("ID", P)}),
    ],
    "tr": [
        ("Beyaz Saray, Azerbaycan'a İbrahim Anlaşmaları'na katılmayı teklif etti.", {("AZ", P)}),
        ("İbrahim Anlaşmaları. Beyaz Saray, Azerbaycan'a ticaret anlaşması teklif etti.", set()),
        ("İbrahim Anlaşmaları. Washington'un listesinde Moritanya da var.", {("MR", P)}),
    ],
    "fa": [
        ("کاخ سفید به جمهوری آذربایجان پیشنهاد پیوستن به پیمان ابراهیم را داد.", {("AZ", P)}),
        ("پیمان ابراهیم. کاخ سفید به جمهوری آذربایجان پیشنهاد همکاری داد.", set()),
        ("پیمان ابراهیم. اندونزی نیز در فهرست واشنگتن قرار دارد.", {("ID", P)}),
    ],
}

KNOWN_MISSES = {
    "he-31": "a refusal told as recognition of Israel on the day Israel recognises Palestine, with no "
    "refusal or accession word ('recognition' is another agreement's word in Hebrew)",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round17_hebrew_news(language, text, expected):
    check_case(language, text, expected)
