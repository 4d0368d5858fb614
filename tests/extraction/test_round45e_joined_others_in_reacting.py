"""Round forty-five, a country that joins others in a reaction ("Djibouti joined Egypt and Turkey
in condemning the move", Hebrew "מצטרפת למצרים ולטורקיה שגינו את הצעד", Spanish "se sumó a
Egipto y Turquía en la condena", Russian "присоединилась к Египту и Турции, осудившим", Arabic
"انضمت إلى مصر وتركيا في إدانة"): what is joined is the others' condemnation or welcome, no
accession, so neither the joiner nor the countries joined take a step (the `organisations` of
each language: a joining whose object is another thing). Near misses: a country that joins
others in the accords still joins. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found

TOPIC = {
    "en": "The Abraham Accords were signed in 2020. ",
    "he": "הסכמי אברהם נחתמו ב-2020. ",
    "es": "Los Acuerdos de Abraham se firmaron en 2020. ",
    "ru": "Авраамовы соглашения подписаны в 2020 году. ",
    "ar": "وقعت اتفاقيات أبراهام عام 2020. ",
}

CASES = {
    "en": [
        (TOPIC["en"] + "Djibouti joined Egypt and Turkey in condemning the recognition.", set()),
        (TOPIC["en"] + "Qatar joined Oman in welcoming the ceasefire on Sunday.", set()),
        (TOPIC["en"] + "Algeria has joined Tunisia in denouncing the step.", set()),
        (
            TOPIC["en"] + "Kazakhstan joined the UAE and Bahrain in the accords.",
            {("KZ", A), ("AE", S), ("BH", S)},
        ),
    ],
    "he": [
        (TOPIC["he"] + "ג'יבוטי מצטרפת למצרים ולטורקיה שגינו את ההכרה", set()),
        (TOPIC["he"] + "ירדן הצטרפה למצרים בגינוי הצעד הישראלי", set()),
        (TOPIC["he"] + "קטאר הצטרפה לעומאן שבירכה על ההחלטה", set()),
    ],
    "es": [
        (
            TOPIC["es"] + "Yibuti se sumó a Egipto y Turquía en la condena del reconocimiento.",
            set(),
        ),
        (TOPIC["es"] + "Argelia se sumó a Túnez en rechazar la decisión.", set()),
    ],
    "ru": [
        (TOPIC["ru"] + "Джибути присоединилась к Египту и Турции, осудившим это решение.", set()),
        (TOPIC["ru"] + "Алжир присоединился к Тунису в осуждении этого шага.", set()),
    ],
    "ar": [
        (TOPIC["ar"] + "وانضمت جيبوتي إلى مصر وتركيا في إدانة الاعتراف.", set()),
        (TOPIC["ar"] + "وانضمت الجزائر إلى تونس في رفض القرار.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_joined_others_in_reacting(language, text, expected):
    assert found(text, language) == expected
