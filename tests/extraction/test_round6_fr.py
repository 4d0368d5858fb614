"""Classes of phrasing found by unseen French news of the project's own (wire, analysis,
FAQ, op-ed, live blog, interview, brief), each carried to the other languages where it
exists: a refusal told as closing the door, a joining told as swelling the ranks, an
accession noun that is put on hold, the head of a candidates' list, exploratory talks
under way, and French turns (the expletive "ne" after "avant que", "s'associer aux
accords", "le ralliement de X", "souscrire aux accords", "subordonner toute
normalisation", "haute trahison", a halt with an adverb)."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, found, found_dated

# A country closing the door on the accords refuses: declined.
CLOSED_THE_DOOR = [
    ("fr", "Le Pakistan a fermé la porte à toute participation aux accords d'Abraham."),
    ("en", "Pakistan has closed the door on any participation in the Abraham Accords."),
    ("de", "Pakistan hat einer Teilnahme an den Abraham-Abkommen eine Absage erteilt."),
    ("es", "Pakistán cerró la puerta a cualquier participación en los Acuerdos de Abraham."),
    ("ru", "Пакистан закрыл дверь для любого участия в Соглашениях Авраама."),
    ("tr", "Pakistan, İbrahim Anlaşmaları'na katılım kapısını kapattı."),
    ("ar", "أغلقت باكستان الباب أمام أي مشاركة في اتفاقيات أبراهام."),
    ("ar", "باكستان أغلقت الباب أمام الانضمام إلى اتفاقيات أبراهام."),
    ("fa", "پاکستان در را بر هرگونه مشارکت در توافق ابراهیم بست."),
    ("he", "פקיסטן סגרה את הדלת בפני כל השתתפות בהסכמי אברהם."),
    ("id", "Pakistan menutup pintu bagi keikutsertaan dalam Abraham Accords."),
    ("ms", "Pakistan menutup pintu kepada sebarang penyertaan dalam Perjanjian Abraham."),
    ("kk", "Пәкістан Авраам келісімдеріне қатысу есігін жапты."),
    ("fr", "Le Pakistan, lui, ne sera jamais de la partie dans les accords d'Abraham."),
]


@pytest.mark.parametrize("language, text", CLOSED_THE_DOOR)
def test_closing_the_door_is_a_refusal(language, text):
    assert found(text, language) == {("PK", D)}


def test_not_closing_the_door_stays_interest():
    assert found("Le Maroc ne ferme pas la porte aux accords d'Abraham.", "fr") == {("MA", P)}


# "Swelled the ranks": a joining (announced for a recent step).
SWELLED_THE_RANKS = [
    ("fr", "Le Kazakhstan vient de grossir les rangs des pays signataires des accords d'Abraham."),
    ("en", "Kazakhstan has just swelled the ranks of signatories to the Abraham Accords."),
    ("es", "Kazajistán acaba de engrosar las filas de los Acuerdos de Abraham."),
    ("de", "Kasachstan reiht sich in die Abraham-Abkommen ein."),
    ("tr", "Kazakistan, İbrahim Anlaşmaları'nın saflarına katıldı."),
    ("ru", "Казахстан пополнил ряды участников Соглашений Авраама."),
    ("ar", "التحقت كازاخستان بركب اتفاقيات أبراهام."),
]


@pytest.mark.parametrize("language, text", SWELLED_THE_RANKS)
def test_swelling_the_ranks_is_a_joining(language, text):
    assert found(text, language) == {("KZ", A)}


# An accession or membership noun that is on hold, frozen or in suspense: suspended only.
ACCESSION_ON_HOLD = [
    ("fr", "L'adhésion soudanaise aux accords d'Abraham est en suspens."),
    ("en", "Sudan's accession to the Abraham Accords is on hold."),
    ("es", "La adhesión de Sudán a los Acuerdos de Abraham está en suspenso."),
    ("de", "Der Beitritt Sudans zu den Abraham-Abkommen liegt auf Eis."),
    ("ru", "Присоединение Судана к Соглашениям Авраама заморожено."),
    ("tr", "Sudan'ın İbrahim Anlaşmaları'na katılımı askıya alındı."),
    ("ar", "انضمام السودان إلى اتفاقيات أبراهام معلق."),
    ("id", "Keanggotaan Sudan dalam Abraham Accords ditangguhkan."),
    ("ms", "Keahlian Sudan dalam Perjanjian Abraham ditangguhkan."),
    ("he", "הצטרפות סודן להסכמי אברהם מוקפאת."),
    ("fa", "عضویت سودان در توافق ابراهیم معلق شده است."),
    ("kk", "Суданның Авраам келісімдеріне қосылуы тоқтатылды."),
]


@pytest.mark.parametrize("language, text", ACCESSION_ON_HOLD)
def test_an_accession_on_hold_is_suspended(language, text):
    assert found(text, language) == {("SD", U)}


# Heading the list of candidates, or being the ideal candidate: others' view, prospective.
HEAD_OF_THE_LIST = [
    ("fr", "En tête de liste pour les accords d'Abraham figure la Mauritanie."),
    ("en", "Mauritania tops the list of candidates for the Abraham Accords."),
    ("es", "Mauritania encabeza la lista de candidatos a los Acuerdos de Abraham."),
    (
        "de",
        "Mauretanien steht ganz oben auf der Liste der Kandidaten für die Abraham-Abkommen.",
    ),
    ("ru", "Мавритания возглавляет список кандидатов на присоединение к Соглашениям Авраама."),
    ("tr", "Moritanya, İbrahim Anlaşmaları için aday listesinin başında yer alıyor."),
    ("ar", "تتصدر موريتانيا قائمة المرشحين للانضمام إلى اتفاقيات أبراهام."),
    ("fa", "موریتانی در صدر فهرست نامزدهای پیوستن به توافق ابراهیم قرار دارد."),
    ("he", "מאוריטניה עומדת בראש רשימת המועמדות להצטרף להסכמי אברהם."),
    ("id", "Mauritania berada di urutan teratas daftar kandidat Abraham Accords."),
    ("ms", "Mauritania mendahului senarai calon untuk Perjanjian Abraham."),
    ("kk", "Мавритания Авраам келісімдеріне үміткерлер тізімінің басында тұр."),
    ("fr", "La Mauritanie est perçue à Washington comme le candidat idéal aux accords d'Abraham."),
]


@pytest.mark.parametrize("language, text", HEAD_OF_THE_LIST)
def test_the_head_of_the_candidates_list_is_a_prospect(language, text):
    assert found(text, language) == {("MR", P)}


# Exploratory talks under way between Washington and a country: that country negotiates.
EXPLORATORY_TALKS = [
    (
        "fr",
        "Des discussions exploratoires seraient en cours entre Washington et Bakou sur les accords d'Abraham.",
    ),
    (
        "en",
        "Exploratory talks are reportedly under way between Washington and Baku on the Abraham Accords.",
    ),
    (
        "es",
        "Azerbaiyán mantiene conversaciones exploratorias en curso con Washington sobre los Acuerdos de Abraham.",
    ),
    ("de", "Aserbaidschan führt Sondierungsgespräche mit Washington über die Abraham-Abkommen."),
    (
        "ru",
        "Между Вашингтоном и Баку, по данным источников, идут предварительные консультации о Соглашениях Авраама.",
    ),
]


@pytest.mark.parametrize("language, text", EXPLORATORY_TALKS)
def test_exploratory_talks_under_way_are_negotiations(language, text):
    assert found(text, language) == {("AZ", N)}


def test_the_expletive_ne_after_avant_que_negates_nothing():
    text = (
        "Les Émirats arabes unis et Bahreïn avaient signé les accords d'Abraham le 15 septembre "
        "2020, avant que le Maroc ne les rejoigne en décembre de la même année."
    )
    claims = found_dated(text, "fr", {"AE", "BH"})
    assert ("AE", S, "2020-09-15") in claims
    assert ("BH", S, "2020-09-15") in claims
    assert not any(claim[1] == D for claim in claims)


def test_a_real_negation_before_avant_que_still_refuses():
    text = "L'Arabie saoudite ne rejoindra pas les accords d'Abraham avant que la Palestine ne soit un État."
    assert found(text, "fr") == {("SA", D)}


FRENCH_TURNS = [
    (
        "Le Kazakhstan va s'associer aux accords d'Abraham, a fait savoir la présidence.",
        {("KZ", A)},
    ),
    (
        "Après le ralliement du Kazakhstan aux accords d'Abraham, Washington cherche de nouvelles recrues.",
        {("KZ", A)},
    ),
    ("Khartoum avait souscrit aux accords d'Abraham en janvier 2021.", {("SD", S)}),
    (
        "Le royaume saoudien continue de subordonner toute normalisation avec Israël à la création d'un État palestinien.",
        {("SA", D)},
    ),
    (
        "La Tunisie partage cette ligne. Le président tunisien a qualifié la normalisation de « haute trahison ».",
        {("TN", D)},
    ),
    (
        "Le royaume saoudien a durci le ton sur les accords d'Abraham. Les tractations engagées sous "
        "l'administration Biden avaient été brutalement interrompues par le conflit.",
        {("SA", U)},
    ),
    (
        "La grande prise reste l'Arabie saoudite, que Washington espère toujours voir suivre dans les accords d'Abraham.",
        {("SA", P)},
    ),
    (
        "Le président Prabowo a laissé entendre que l'Indonésie pourrait envisager une reconnaissance "
        "d'Israël, mais seulement une fois l'indépendance palestinienne acquise.",
        {("ID", P), ("ID", D)},
    ),
]


@pytest.mark.parametrize("text, expected", FRENCH_TURNS)
def test_french_turns_of_phrase(text, expected):
    assert found(text, "fr") == expected


# A country making a Palestinian state the precondition of normalisation refuses; the
# adjective "Palestinian" names what is asked for, not who acts.
MADE_IT_A_PRECONDITION = [
    (
        "fr",
        "Depuis la guerre, le royaume saoudien a fait de la question palestinienne un préalable à toute normalisation avec Israël.",
    ),
    (
        "en",
        "Since the war, Saudi Arabia has made a Palestinian state a precondition for any normalisation with Israel.",
    ),
    (
        "es",
        "Desde la guerra, Arabia Saudí ha hecho de un Estado palestino una condición previa para cualquier normalización con Israel.",
    ),
    (
        "de",
        "Seit dem Krieg hat Saudi-Arabien einen palästinensischen Staat zur Vorbedingung für jede Normalisierung mit Israel gemacht.",
    ),
    (
        "ru",
        "После войны Саудовская Аравия сделала палестинское государство предварительным условием любой нормализации с Израилем.",
    ),
    ("ar", "منذ الحرب، جعلت السعودية قيام دولة فلسطينية شرطا مسبقا لأي تطبيع مع إسرائيل."),
    (
        "id",
        "Sejak perang, Arab Saudi menjadikan negara Palestina sebagai prasyarat bagi normalisasi dengan Israel.",
    ),
    (
        "ms",
        "Sejak perang, Arab Saudi menjadikan negara Palestin sebagai prasyarat untuk normalisasi dengan Israel.",
    ),
    ("he", "מאז המלחמה, סעודיה הפכה מדינה פלסטינית לתנאי מוקדם לכל נורמליזציה עם ישראל."),
    (
        "kk",
        "Соғыстан бері Сауд Арабиясы Палестина мемлекетін Израильмен қалыпқа келтірудің алғышарты етті.",
    ),
    (
        "tr",
        "Savaştan bu yana Suudi Arabistan, Filistin devletini İsrail ile normalleşmenin ön koşulu haline getirdi.",
    ),
    (
        "fa",
        "از زمان جنگ، عربستان سعودی تشکیل کشور فلسطین را پیش‌شرط هرگونه عادی‌سازی با اسرائیل کرده است.",
    ),
]


@pytest.mark.parametrize("language, text", MADE_IT_A_PRECONDITION)
def test_making_a_palestinian_state_a_precondition_is_a_refusal(language, text):
    assert found(text, language) == {("SA", D)}


def test_another_precondition_of_a_founder_is_no_claim():
    text = "Israel has made the disarmament of Hamas a precondition for any withdrawal from Gaza."
    assert found(text, "en") == set()


# "We want to be part": a quote in the first person plural after the country is named
# is that country's wish (prospective).
WE_WANT_TO_BE_PART = [
    (
        "fr",
        "L'Arabie saoudite a répondu avec prudence. « Nous voulons faire partie des accords d'Abraham », a-t-il assuré.",
    ),
    (
        "en",
        'Saudi Arabia\'s crown prince answered cautiously. "We want to be part of the Abraham Accords," he said.',
    ),
    (
        "de",
        "Der saudische Kronprinz antwortete vorsichtig. „Wir wollen Teil der Abraham-Abkommen sein“, sagte er.",
    ),
    (
        "id",
        'Putra mahkota Saudi menjawab dengan hati-hati. "Kami ingin menjadi bagian dari Abraham Accords," katanya.',
    ),
]


@pytest.mark.parametrize("language, text", WE_WANT_TO_BE_PART)
def test_a_first_person_wish_in_a_quote_is_the_speakers_country(language, text):
    assert found(text, language) == {("SA", P)}


# "For X, joining the accords would be suicide": the joining is the subject of a
# hypothesis, no claim.
JOINING_WOULD_BE = [
    ("fr", "Pour Islamabad, rejoindre les accords d'Abraham serait suicidaire."),
    ("en", "For Islamabad, joining the Abraham Accords would be political suicide."),
]


@pytest.mark.parametrize("language, text", JOINING_WOULD_BE)
def test_a_joining_that_would_be_costly_is_no_claim(language, text):
    assert found(text, language) == set()


MORE_FRENCH_TURNS = [
    (
        "Le Kazakhstan a fait connaître sa décision de se joindre au groupe des accords d'Abraham.",
        {("KZ", A)},
    ),
    (
        "En octobre 2020, Donald Trump annonçait que le Soudan allait établir des liens avec Israël.",
        {("SD", A)},
    ),
    (
        "Les Émirats et Bahreïn ont officialisé leur engagement dans les accords d'Abraham "
        "lors d'une cérémonie à la Maison-Blanche en septembre 2020.",
        {("AE", S), ("BH", S)},
    ),
    (
        "Les Émirats arabes unis et Bahreïn, premiers à franchir le Rubicon en 2020, ont "
        "signé les accords d'Abraham.",
        {("AE", S), ("BH", S)},
    ),
]


@pytest.mark.parametrize("text, expected", MORE_FRENCH_TURNS)
def test_more_french_turns_of_phrase(text, expected):
    assert found(text, "fr") == expected
