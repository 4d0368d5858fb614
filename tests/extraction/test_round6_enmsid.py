"""Classes of phrasing from English, Malay and Indonesian news (US, UK, Gulf, Israeli and
Asian English-language outlets; Malaysian and Indonesian papers), each carried to the other
languages where it exists:

- a name inside an apposition describes the subject before it ("Malaysia, Indonesia's
  neighbour, rejects ...", "Somaliland, a region that broke away from Somalia, says ...");
- pressure and persuasion with the country as object ("leaning on X to follow suit",
  "usaha memujuk X", "membujuk X untuk ikut serta"; Turkish "katılmaya ikna");
- "the first Gulf states to recognise Israel" told of members: signed, no announcement;
- talks or ties lying dormant ("dormant", "en sommeil", "aletargadas", "ruht", "в спячке",
  "רדומים", "في حالة سبات", "mati suri", "terus beku");
- joining idioms ("coming aboard", "resumed relations", "menganggotai", "menyatakan diri
  bergabung", "agreed on 6 November to join");
- refusals told as a stance on the idea ("menolak keras wacana normalisasi", "mengesampingkan
  kemungkinan ... bergabung", "tie any opening towards Israel to", "absent a route");
- mediators of other talks take no step (en, ms, id);
- a pair joined by a hyphen ("Sudan-Israel ties", "hubungan Khartoum-Israel") makes Israel
  the counterpart, and the name right after a halt's noun is its subject;
- talks told as well advanced ("well advanced", "hampir rampung", "très avancées", "muy
  avanzadas", "weit fortgeschritten", "на продвинутой стадии"): negotiating;
- a membership told after another body the country signed ("which signed the Board of Peace
  charter, says its accession ...") is that body's.

Own sentences, written for this test. Each case gives every claim expected; a third item is
the date the claim must carry (published 2025-11-20, see `found.py`).
"""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

CASES = {
    "en": [
        ("Talks between Saudi Arabia and Israel were well advanced before the war.", {("SA", N)}),
        (
            "The Abraham Accords came up. Indonesia, which signed the Board of Peace charter "
            "in Davos, says its accession changes nothing.",
            set(),
        ),
        ("Sudan-Israel ties have been frozen since the war.", {("SD", U)}),
        ("Israel–Bahrain relations were suspended last year.", {("BH", U)}),
        # apposition
        (
            "Malaysia, Indonesia's neighbour, has also refused to normalise relations with Israel.",
            {("MY", D)},
        ),
        (
            "Somaliland, a breakaway region of Somalia, said it would join the Abraham Accords.",
            {("XS", P)},
        ),
        # persuasion
        (
            "Washington has been leaning on Oman, a quiet broker, to follow suit and join the "
            "Abraham Accords.",
            {("OM", P)},
        ),
        (
            "Analysts have floated Azerbaijan as a plausible next entrant to the Abraham Accords.",
            {("AZ", P)},
        ),
        # ordinal recognisers
        (
            "The Abraham Accords were signed in 2020 by the UAE and Bahrain, the first Gulf "
            "states to recognise Israel.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        # dormant ties
        (
            "Sudan's relationship with Israel has lain dormant since the civil war began, five "
            "years after the Abraham Accords.",
            {("SD", U)},
        ),
        # joining idioms
        (
            "Kazakhstan is coming aboard the Abraham Accords, the White House said.",
            {("KZ", A)},
        ),
        (
            "Morocco, which resumed formal relations with Israel in December 2020, is a member "
            "of the Abraham Accords.",
            {("MA", S, "2020-12")},
        ),
        (
            "Kazakhstan, which agreed on 6 November to join the Abraham Accords, has set no "
            "date for a ceremony.",
            {("KZ", A, "2025-11-06")},
        ),
        # refusal as a stance
        (
            "Saudi Arabia remains outside the Abraham Accords and ties any opening towards Israel "
            "to a Palestinian state.",
            {("SA", D)},
        ),
        # mediators
        (
            "Egypt and Qatar, which mediated the ceasefire talks, met in Cairo; the Abraham "
            "Accords were not on the agenda.",
            set(),
        ),
    ],
    "ms": [
        ("Rundingan antara Arab Saudi dan Israel hampir selesai sebelum perang.", {("SA", N)}),
        (
            "Kazakhstan bersetuju untuk bergabung dengan Perjanjian Abraham pada November tahun lalu.",
            {("KZ", A, "2024-11")},
        ),
        (
            "Perjanjian Abraham disebut. Sementara itu, Indonesia yang turut menandatangani "
            "piagam Lembaga Keamanan di Davos menegaskan penyertaannya tidak mengubah "
            "sokongan terhadap Palestin.",
            set(),
        ),
        (
            "Perang Sudan: UAE dikecam, hubungan Khartoum-Israel terus beku",
            {("SD", U)},
        ),
        (
            "Malaysia, negara jiran Indonesia, turut menolak keras wacana normalisasi dengan "
            "Israel.",
            {("MY", D)},
        ),
        (
            "Somaliland pula, wilayah yang berpisah daripada Somalia, menyatakan hasrat untuk "
            "bersama dalam Perjanjian Abraham.",
            {("XS", P)},
        ),
        (
            "Amerika Syarikat meneruskan usaha memujuk Oman supaya menyertai Perjanjian Abraham.",
            {("OM", P)},
        ),
        (
            "UAE, antara negara Arab pertama memulihkan hubungan dengan Israel pada 2020, kekal "
            "dalam Perjanjian Abraham.",
            {("AE", S, "2020")},
        ),
        ("Kazakhstan bersetuju untuk menganggotai Perjanjian Abraham.", {("KZ", A)}),
        (
            "Proses normalisasi Sudan dengan Israel kini terbantut akibat perang saudara.",
            {("SD", U)},
        ),
        (
            "Mesir dan Qatar, yang menjadi pengantara dalam rundingan damai Gaza, bertemu di "
            "Kaherah. Perjanjian Abraham tidak dibincangkan.",
            set(),
        ),
    ],
    "id": [
        (
            "Pada 2023, perundingan segitiga antara Washington, Riyadh, dan Tel Aviv "
            "disebut-sebut hampir rampung.",
            {("SA", N, "2023")},
        ),
        (
            "Abraham Accords disebut. Indonesia yang ikut meneken piagam Dewan Perdamaian di "
            "Davos menegaskan keikutsertaannya tidak mengubah sikap soal Palestina.",
            set(),
        ),
        ("Hubungan Sudan-Israel dibekukan sejak perang saudara.", {("SD", U)}),
        (
            "Malaysia, negara tetangga Indonesia, juga menolak keras wacana normalisasi dengan "
            "Israel.",
            {("MY", D)},
        ),
        (
            "Amerika Serikat tengah membujuk Oman untuk ikut serta dalam Abraham Accords.",
            {("OM", P)},
        ),
        (
            "Presiden Suriah mengesampingkan kemungkinan Damaskus bergabung dengan Abraham "
            "Accords dalam waktu dekat.",
            {("SY", D)},
        ),
        (
            "Hubungan Sudan dengan Israel praktis mati suri sejak perang saudara pecah, "
            "meski Khartoum meneken Abraham Accords.",
            {("SD", U), ("SD", S)},
        ),
        ("Kazakhstan menyatakan diri bergabung dengan Abraham Accords.", {("KZ", A)}),
        (
            "Mesir dan Qatar menjadi penengah dalam perundingan gencatan senjata di Gaza, "
            "bukan dalam Abraham Accords.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les négociations entre l'Arabie saoudite et Israël étaient très avancées avant la "
            "guerre.",
            {("SA", N)},
        ),
        (
            "Les accords d'Abraham ont été évoqués. L'Indonésie, qui a signé la charte du "
            "Conseil de paix à Davos, assure que son adhésion ne change rien.",
            set(),
        ),
        (
            "Les relations Soudan-Israël sont gelées depuis le début de la guerre.",
            {("SD", U)},
        ),
        (
            "La Malaisie, voisine de l'Indonésie, rejette toute normalisation avec Israël.",
            {("MY", D)},
        ),
        (
            "La normalisation entre le Soudan et Israël est en sommeil depuis le début de la "
            "guerre.",
            {("SD", U)},
        ),
    ],
    "es": [
        (
            "Las negociaciones entre Arabia Saudí e Israel estaban muy avanzadas antes de la "
            "guerra.",
            {("SA", N)},
        ),
        ("Las relaciones Sudán-Israel están congeladas desde la guerra.", {("SD", U)}),
        (
            "Somalilandia, una región separatista de Somalia, anunció que se unirá a los "
            "Acuerdos de Abraham.",
            {("XS", P)},
        ),
        (
            "Emiratos Árabes Unidos y Baréin, los primeros países del Golfo en reconocer a "
            "Israel, firmaron los Acuerdos de Abraham en 2020.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "Las relaciones de Sudán con Israel permanecen aletargadas desde el inicio de la "
            "guerra.",
            {("SD", U)},
        ),
    ],
    "de": [
        (
            "Die Gespräche zwischen Saudi-Arabien und Israel waren vor dem Krieg weit "
            "fortgeschritten.",
            {("SA", N)},
        ),
        ("Die Beziehungen Sudan-Israel liegen seit Kriegsbeginn auf Eis.", {("SD", U)}),
        (
            "Malaysia, ein Nachbar Indonesiens, lehnt eine Normalisierung mit Israel ebenfalls ab.",
            {("MY", D)},
        ),
        (
            "Die Annäherung zwischen Saudi-Arabien und Israel ruht seit dem 7. Oktober.",
            {("SA", U)},
        ),
    ],
    "ru": [
        (
            "Переговоры между Саудовской Аравией и Израилем были на продвинутой стадии до войны.",
            {("SA", N)},
        ),
        ("Отношения Судан-Израиль заморожены с начала войны.", {("SD", U)}),
        (
            "Сомалиленд, отколовшийся от Сомали регион, заявил о намерении присоединиться к "
            "Соглашениям Авраама.",
            {("XS", P)},
        ),
        (
            "Отношения Судана с Израилем фактически в спячке с начала войны.",
            {("SD", U)},
        ),
    ],
    "ar": [
        (
            "أعلنت أرض الصومال، الإقليم الانفصالي عن الصومال، أنها ستنضم إلى اتفاقيات أبراهام.",
            {("XS", P)},
        ),
        (
            "العلاقات بين السودان وإسرائيل في حالة سبات منذ اندلاع الحرب.",
            {("SD", U)},
        ),
    ],
    "he": [
        ("מלזיה, שכנתה של אינדונזיה, דוחה כל נורמליזציה עם ישראל.", {("MY", D)}),
        ("המגעים בין סעודיה לישראל רדומים מאז 7 באוקטובר.", {("SA", U)}),
    ],
    "tr": [
        ("Sudan-İsrail ilişkileri savaştan beri askıda.", {("SD", U)}),
        (
            "Somaliland, Somali'den ayrılan bölge, İbrahim Anlaşmaları'na katılacağını söyledi.",
            {("XS", P)},
        ),
        (
            "Washington, Suudi Arabistan'ı İbrahim Anlaşmaları'na katılmaya ikna etmeye çalışıyor.",
            {("SA", P)},
        ),
    ],
}

# Still read wrongly (strict: a case that starts passing must leave this list), with why.
KNOWN_MISSES = {}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, KNOWN_MISSES))
def test_round6_class(language, text, expected):
    check_case(language, text, expected)
