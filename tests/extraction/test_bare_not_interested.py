"""Round thirty-two, a refusal said with "not interested" and nothing after it: "Oman has told
everyone who asks that it is not interested.", "Doha a fait savoir qu'il n'était pas
intéressé.", "no está interesado por ahora", "sei daran nicht interessiert", "tidak tertarik",
"tidak berminat", "не заинтересован", "غير مهتمة", with the accords named before. "Not interested in joining" was read; the
bare answer ends its clause, or a time word or "in the idea" follows. Near misses: another
object after it ("not interested in the gas deal") or a subject that is no country ("the
public is not interested"). Turkish, whose object stands before "ilgilenmiyor", is left
out: the bare verb cannot be told from one with its object. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords are back on the agenda. Oman has told every envoy that it is not interested.",
            {("OM", D)},
        ),
        (
            "The Abraham Accords are back on the agenda. Kuwait said it was not interested, for now.",
            {("KW", D)},
        ),
        # near misses: another object, a subject that is no country
        (
            "The Abraham Accords are back on the agenda. Oman said it was not interested in the gas deal.",
            set(),
        ),
        (
            "The Abraham Accords are back on the agenda. In Oman, the public is not interested in the debate.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham reviennent dans le débat. Le Koweït a fait savoir qu'il n'était pas intéressé.",
            {("KW", D)},
        ),
        (
            "Les accords d'Abraham reviennent dans le débat. Oman n'est pas intéressé pour l'instant.",
            {("OM", D)},
        ),
        (
            "Les accords d'Abraham reviennent dans le débat. Oman n'est pas intéressé par le contrat de gaz.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham vuelven al debate. Kuwait dijo que no está interesado por ahora.",
            {("KW", D)},
        ),
        (
            "Los Acuerdos de Abraham vuelven al debate. Omán no está interesado en el contrato de gas.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen sind wieder im Gespräch. Kuwait erklärte, es sei daran nicht interessiert.",
            {("KW", D)},
        ),
        (
            "Die Abraham-Abkommen sind wieder im Gespräch. Kuwait ist nicht interessiert an dem Gasgeschäft.",
            set(),
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham kembali dibahas. Kuwait menyatakan tidak tertarik untuk saat ini.",
            {("KW", D)},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения снова обсуждаются. Кувейт заявил, что не заинтересован.",
            {("KW", D)},
        ),
        (
            "Авраамовы соглашения снова обсуждаются. Кувейт не заинтересован в газовой сделке.",
            set(),
        ),
    ],
    "ar": [
        ("عادت اتفاقيات أبراهام إلى النقاش. قالت الكويت إنها غير مهتمة.", {("KW", D)}),
        ("عادت اتفاقيات أبراهام إلى النقاش. الكويت غير مهتمة بصفقة الغاز.", set()),
    ],
    "ms": [
        (
            "Perjanjian Abraham kembali dibincangkan. Kuwait menyatakan ia tidak berminat buat masa ini.",
            {("KW", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_bare_not_interested(language, text, expected):
    check_case(language, text, expected)
