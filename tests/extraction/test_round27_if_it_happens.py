"""A joining noun followed by "if it happens" set off by commas is a hypothesis about a joining
still to come, and the country only a candidate: Arabic writes the condition "إن حصل", "إن حدث",
"إن تم" between commas ("انضمام باكو، إن حصل، سيكون رمزيا"), and "إن" (if) folds to the same
letters as "أن" (that), so the condition is read only in that shape, between two commas. Before,
the joining noun with a future verb after it was read as a joining announced. The other
languages already read it ("Azerbaijan's accession, if it happens, would be symbolic", "la
adhesión de Azerbaiyán, si se produce, sería simbólica"). Near misses: "بعد أن حصل" (after it
happened) is no condition, nor an aside "، إن صح التعبير،" (so to speak) after a joining
announced.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

CASES = {
    "ar": [
        ("اتفاقيات أبراهام. يرى محللون أن انضمام باكو، إن حصل، سيكون رمزيا.", {("AZ", P)}),
        (
            "اتفاقيات أبراهام. قال باحث إن انضمام أذربيجان، إن حدث، سيكون رسالة إلى الدول "
            "الإسلامية.",
            {("AZ", P)},
        ),
        ("اتفاقيات أبراهام. انضمام الرياض، إن تم، سيغير موازين المنطقة.", {("SA", P)}),
        (
            "اتفاقيات أبراهام. أعلنت باكو انضمامها بعد أن حصل الاتفاق، إن صح التعبير، على دعم "
            "واسع.",
            {("AZ", A)},
        ),
        (
            "اتفاقيات أبراهام. ستنضم أذربيجان إلى الاتفاقيات بعد أن حصل وزيرها على الضوء الأخضر.",
            {("AZ", A)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Analysts say Azerbaijan's accession, if it happens, would be "
            "largely symbolic.",
            {("AZ", P)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Los analistas creen que la adhesión de Azerbaiyán, si se "
            "produce, sería simbólica.",
            {("AZ", P)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Selon les analystes, l'adhésion de l'Azerbaïdjan, si elle a lieu, "
            "serait symbolique.",
            {("AZ", P)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Der Beitritt Aserbaidschans wird, falls er zustande kommt, ein "
            "Signal sein.",
            {("AZ", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. По мнению аналитиков, присоединение Азербайджана, если оно "
            "состоится, будет скорее символическим.",
            {("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_joining_if_it_happens_is_a_candidacy(language, text, expected):
    assert found(text, language) == expected
