"""Round forty-five, the Malay and Indonesian form of a condition English papers already read
("normalisation requires a clear path to a Palestinian state"): "normalisasi dengan Israel
memerlukan laluan yang jelas ke arah negara Palestin", "membutuhkan jalan yang jelas menuju
negara Palestina": the country's refusal as things stand (declined cues ms id). Near misses:
a need of something else toward somewhere else ("memerlukan pelaburan besar ke arah utara")
gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, found

KZ = ("KZ", A)

CASES = {
    "en": [
        (
            "Kazakhstan joined the Abraham Accords. Saudi Arabia says normalisation requires an "
            "irreversible path to a Palestinian state.",
            {KZ, ("SA", D)},
        ),
    ],
    "ms": [
        (
            "Kazakhstan menyertai Perjanjian Abraham. Arab Saudi terus menegaskan bahawa "
            "normalisasi dengan Israel memerlukan laluan yang jelas ke arah negara Palestin.",
            {KZ, ("SA", D)},
        ),
        (
            "Kazakhstan menyertai Perjanjian Abraham. Projek kereta api Arab Saudi memerlukan "
            "pelaburan besar ke arah utara.",
            {KZ},
        ),
    ],
    "id": [
        (
            "Kazakhstan bergabung dengan Perjanjian Abraham. Arab Saudi menegaskan bahwa "
            "normalisasi dengan Israel membutuhkan jalan yang jelas menuju negara Palestina.",
            {("KZ", A), ("SA", D)},
        ),
        (
            "Kazakhstan bergabung dengan Perjanjian Abraham. Proyek kereta Arab Saudi "
            "membutuhkan investasi besar menuju wilayah utara.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_requires_path(language, text, expected):
    assert found(text, language) == expected
