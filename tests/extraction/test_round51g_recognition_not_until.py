"""Round fifty-one, a recognition or a joining told as coming "not before" a condition, German
"erst ... wenn" around the verb ("Jakarta werde Israel erst anerkennen, wenn ein
palästinensischer Staat existiere"): the condition word right after the cue made it a
supposition, read as interest (prospective) beside the refusal the restriction gives. The step
is refused until then and no interest is told, as English "will recognise Israel only once",
French "ne reconnaîtra Israël que lorsque" and Spanish "solo reconocerá ... cuando" were read:
a condition word that is the tail of a split restriction whose head, a word of "not before"
(new key `until_heads`, German "erst"), stands before the cue no longer makes it a supposition.
German `cues` prospective gains a readiness to recognise Israel ("sei bereit, Israel
anzuerkennen"), as "is ready to recognise Israel" and "est prête à reconnaître Israël" were read.

Near misses: "nur ... wenn" (only if) keeps the interest beside the condition, as "would only
join if" does; a plain "if" after a recognition still to come is a supposition; "aber erst,
wenn" after a wish to join keeps the wish; a readiness to recognise Palestine gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

STATE = "ein palästinensischer Staat existiert."

CASES = {
    "de": [
        (
            "Jakarta werde Israel erst anerkennen, wenn ein palästinensischer Staat existiere.",
            {("ID", D)},
        ),
        ("Malaysia wird den Abraham-Abkommen erst beitreten, wenn " + STATE, {("MY", D)}),
        (
            "Laut Außenministerium will Kuala Lumpur Israel erst anerkennen, wenn " + STATE,
            {("MY", D)},
        ),
        ("Indonesien sei bereit, Israel anzuerkennen.", {("ID", P)}),
        (
            "Indonesien wird den Abraham-Abkommen nur beitreten, wenn " + STATE,
            {("ID", P), ("ID", D)},
        ),
        ("Indonesien wird Israel anerkennen, wenn " + STATE, {("ID", P)}),
        (
            "Indonesien will den Abraham-Abkommen beitreten, aber erst, wenn " + STATE,
            {("ID", P), ("ID", D)},
        ),
        ("Frankreich sei bereit, Palästina anzuerkennen.", set()),
    ],
    "en": [
        ("Jakarta will recognise Israel only once a Palestinian state exists.", {("ID", D)}),
        ("Indonesia is ready to recognise Israel.", {("ID", P)}),
        (
            "Indonesia would only join the Abraham Accords if a Palestinian state existed.",
            {("ID", P), ("ID", D)},
        ),
    ],
    "fr": [
        (
            "L'Indonésie ne reconnaîtra Israël que lorsqu'un Etat palestinien existera.",
            {("ID", D)},
        ),
    ],
    "es": [
        ("Indonesia solo reconocerá a Israel cuando exista un Estado palestino.", {("ID", D)}),
    ],
}

KNOWN_MISSES = {
    "de-3": "'will' (wants) before the restricted recognition is a modal that still reads a wish "
    "beside the refusal; as 'intends to' it would be the refusal alone",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_recognition_not_until(language, text, expected):
    assert found(text, language) == expected
