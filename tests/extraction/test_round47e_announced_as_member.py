"""Round forty-seven, a country announced as the newest member (Malay "Kazakhstan diumumkan
sebagai anggota terbaharu pada November lalu", Indonesian "diumumkan sebagai anggota terbaru"):
the passive of announcing with the member noun is a joining (`joined`: announced for a step
after 2021, signed for a first signatory's of 2020), as "anggota terbaharu perjanjian" already
was. Near misses: announced as something else ("diumumkan sebagai tuan rumah KTT baru") is no
claim; a first signatory announced as a member in 2020 signed. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found

MS = "Perjanjian Abraham ditandatangani pada 2020. "
ID = "Perjanjian Abraham diteken pada 2020. "

CASES = {
    "ms": [
        (
            MS + "Kazakhstan pula diumumkan sebagai anggota terbaharu pada November lalu, dengan "
            "presidennya sendiri mengesahkan keputusan itu.",
            {("KZ", A)},
        ),
        (MS + "Bahrain diumumkan sebagai anggota baharu pada September 2020.", {("BH", S)}),
        (MS + "Kazakhstan diumumkan sebagai tuan rumah sidang kemuncak baharu.", set()),
    ],
    "id": [
        (ID + "Kazakhstan diumumkan sebagai anggota terbaru pada 6 November 2025.", {("KZ", A)}),
        (ID + "Kazakhstan diumumkan sebagai tuan rumah KTT baru.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_announced_as_member(language, text, expected):
    assert found(text, language) == expected
