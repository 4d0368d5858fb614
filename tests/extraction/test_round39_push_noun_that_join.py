"""Round thirty-nine, a push told as a noun with the joiner after it ("dorongan Amerika Serikat agar
Indonesia bergabung", "desakan Washington agar", "imbauan Trump supaya", "gesaan Amerika Syarikat
agar Malaysia menyertai", "Endonezya'nın katılması yönündeki ABD baskısı"): others' wish,
prospective, not the pushed country's own joining. "tekanan ... agar" and the push verbs were read
so already; the nouns are now `modals` in Indonesian and Malay, and Turkish reads the verbal noun
"katılması yönünde(ki)" with a push word after it (`cues.prospective`). Near misses: a country's own
joining beside such a push, and a push refused. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "id": [
        (
            "Ulama menanggapi dorongan Amerika Serikat agar Indonesia bergabung dengan Perjanjian Abraham.",
            {("ID", P)},
        ),
        (
            "Desakan Washington supaya Indonesia bergabung dengan Perjanjian Abraham terus menguat.",
            {("ID", P)},
        ),
        (
            "Imbauan Trump agar Indonesia bergabung dengan Perjanjian Abraham dibahas di DPR.",
            {("ID", P)},
        ),
        (
            "Kazakhstan bergabung dengan Perjanjian Abraham setelah dorongan Washington.",
            {("KZ", A)},
        ),
    ],
    "ms": [
        (
            "Gesaan Amerika Syarikat agar Malaysia menyertai Perjanjian Abraham mendapat kecaman.",
            {("MY", P)},
        ),
        (
            "Desakan Washington supaya Malaysia menyertai Perjanjian Abraham semakin kuat.",
            {("MY", P)},
        ),
        (
            "Dorongan Amerika Syarikat agar Brunei menyertai Perjanjian Abraham tidak dihiraukan.",
            {("BN", P)},
        ),
    ],
    "tr": [
        (
            "Endonezya'nın İbrahim Anlaşmaları'na katılması yönündeki ABD baskısı artıyor.",
            {("ID", P)},
        ),
        (
            "Washington'un Endonezya'nın İbrahim Anlaşmaları'na katılması yönündeki baskısı sürüyor.",
            {("ID", P)},
        ),
        (
            "ABD, Azerbaycan'ın İbrahim Anlaşmaları'na katılması yönünde çağrıda bulundu.",
            {("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_push_noun_that_join(language, text, expected):
    check_case(language, text, expected)
