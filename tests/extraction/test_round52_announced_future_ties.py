"""A decision told as announced, with the ties still to be established ("The White House announced
that Morocco would establish full diplomatic relations with Israel", "Trump a annoncé que le Maroc
établirait des relations diplomatiques", "anunció que Marruecos establecería relaciones
diplomáticas", "объявил, что Марокко установит полные дипломатические отношения", "Fas'ın tam
diplomatik ilişki kuracağını açıkladı", "толық дипломатиялық қатынас орнататынын жариялады", "اعلام
کرد که مراکش روابط دیپلماتیک کامل ... برقرار خواهد کرد"): the country's announcement (rule 1).
English read the modal as a wish (a genitive's modal, "X's accession would be", and a cue in the
tail that "would" weakened), French and Spanish had no cue for the reported future, Russian,
Turkish, Kazakh and Persian missed the adjective, the accusative or the words between. German,
Arabic, Hebrew, Indonesian and Malay read it already. Near misses: a modal of possibility
("could", "pourrait", "podría") or a belief ("said ... would ... eventually") stays a candidacy.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

CASES = {
    "en": [
        (
            "The White House announced that Morocco would establish full diplomatic relations "
            "with Israel.",
            {("MA", A)},
        ),
        ("Officials announced that Bahrain would establish formal ties with Israel.", {("BH", A)}),
        ("Trump announced that Morocco would join the accords.", {("MA", A)}),
        ("Trump announced that Saudi Arabia could establish relations with Israel.", {("SA", P)}),
        ("Trump said Saudi Arabia would establish relations with Israel eventually.", {("SA", P)}),
        ("Saudi Arabia's accession would be a milestone for the accords.", {("SA", P)}),
    ],
    "fr": [
        (
            "Donald Trump a annoncé que le Maroc établirait des relations diplomatiques "
            "complètes avec Israël.",
            {("MA", A)},
        ),
        (
            "La Maison Blanche avait annoncé que le Soudan normaliserait ses relations avec "
            "Israël.",
            {("SD", A)},
        ),
    ],
    "es": [
        (
            "Trump anunció que Marruecos establecería relaciones diplomáticas plenas con Israel.",
            {("MA", A)},
        ),
        ("La Casa Blanca anunció que Sudán se sumaría a los acuerdos de Abraham.", {("SD", A)}),
    ],
    "ru": [
        (
            "Трамп объявил, что Марокко установит полные дипломатические отношения с Израилем.",
            {("MA", A)},
        ),
    ],
    "tr": [("Trump, Fas'ın İsrail ile tam diplomatik ilişki kuracağını açıkladı.", {("MA", A)})],
    "kk": [
        (
            "Трамп Марокконың Израильмен толық дипломатиялық қатынас орнататынын жариялады.",
            {("MA", A)},
        )
    ],
    "fa": [
        (
            "ترامپ اعلام کرد که مراکش روابط دیپلماتیک کامل با اسرائیل برقرار خواهد کرد.",
            {("MA", A)},
        )
    ],
    "de": [
        (
            "Trump kündigte an, dass Marokko volle diplomatische Beziehungen mit Israel aufnehmen "
            "werde.",
            {("MA", A)},
        )
    ],
    "ar": [("أعلن ترامب أن المغرب سيقيم علاقات دبلوماسية كاملة مع إسرائيل.", {("MA", A)})],
    "id": [
        (
            "Trump mengumumkan bahwa Maroko akan menjalin hubungan diplomatik penuh dengan Israel.",
            {("MA", A)},
        )
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_announced_future_ties(language, text, expected):
    assert found(text, language) == expected


# a modal of possibility after the announcing verb: whatever else is read, no announcement
NOT_ANNOUNCED = [
    (
        "fr",
        "Washington a annoncé que l'Arabie saoudite pourrait établir des relations avec Israël.",
    ),
    ("es", "Trump anunció que Arabia Saudí podría establecer relaciones con Israel."),
    (
        "ru",
        "Трамп заявил, что Саудовская Аравия может установить дипломатические отношения с Израилем.",
    ),
    ("en", "Trump announced that Saudi Arabia might one day establish ties with Israel."),
]


@pytest.mark.parametrize(("language", "text"), NOT_ANNOUNCED)
def test_a_possibility_announced_is_no_announcement(language, text):
    assert ("SA", A) not in found(text, language)
