"""A clause opening the sentence ("Although it has no ties with Israel, ...")
ends at its first comma: the country after the comma is the subject, not a
second counterpart, and the opening clause's negation does not turn the step
after it (own sentences, written for these tests)."""

import pytest

from tests.extraction.found import found

OPENING_CLAUSE_THEN_SUBJECT = [
    (
        "en",
        "The Abraham Accords remain open. Although it has no ties with Israel, Riyadh had "
        "moved closer until the Gaza war halted the process.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham siguen abiertos. Aunque no tiene relaciones con Israel, Riad "
        "se acercaba hasta que la guerra en Gaza frenó la iniciativa.",
    ),
    (
        "fr",
        "Les accords d'Abraham restent ouverts. Bien qu'il n'ait pas de relations avec Israël, "
        "Riyad a gelé ses relations avec Israël.",
    ),
    (
        "ru",
        "Авраамовы соглашения остаются открытыми. Хотя у королевства нет отношений с Израилем, "
        "Эр-Рияд заморозил переговоры из-за войны.",
    ),
    (
        "de",
        "Die Abraham-Abkommen bleiben offen. Obwohl es keine Beziehungen zu Israel gibt, wurden "
        "die Gespräche Riads mit Israel im Krieg auf Eis gelegt.",
    ),
    (
        "ar",
        "ما زالت اتفاقيات أبراهام مطروحة. رغم أنها لا تقيم علاقات مع إسرائيل، جمدت الرياض "
        "المحادثات بسبب الحرب.",
    ),
]


@pytest.mark.parametrize("language, text", OPENING_CLAUSE_THEN_SUBJECT)
def test_the_country_after_an_opening_clause_is_the_subject(language, text):
    assert found(text, language) == {("SA", "suspended")}


def test_a_counterpart_list_inside_a_sentence_stays_a_counterpart():
    # no opening clause: "with Israel, the UAE and Bahrain" is one list of partners
    text = (
        "The Abraham Accords remain open. Oman froze its trade with Israel, the UAE and "
        "Bahrain after the war began."
    )
    assert ("AE", "suspended") not in found(text, "en")
    assert ("BH", "suspended") not in found(text, "en")
