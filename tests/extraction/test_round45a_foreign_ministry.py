"""Round forty-five, the foreign ministry standing for the country the sentence before named
("Jakarta shut it down. The foreign ministry put out a statement saying there would be no
normalization with Israel unless ...", "La cancillería rechazó unirse", "Kementerian tersebut
menolak"): an anaphor (`anaphora` en fr es de ms id), so its refusal is that country's. Near
misses: a ministry after a sentence naming only Israel (a founder, never carried) gives
nothing, and a ministry whose country is named in its own sentence ("The foreign ministry of
Indonesia") is that country's. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, found

KZ = ("KZ", A)
REFUSED = {KZ, ("ID", D)}

CASES = {
    "en": [
        (
            "Kazakhstan joined the Abraham Accords. Jakarta shut it down. The foreign ministry "
            "said there would be no normalization with Israel unless Israel recognizes an "
            "independent Palestinian state.",
            REFUSED,
        ),
        (
            "Kazakhstan joined the Abraham Accords. Jakarta shut it down. The foreign ministry "
            "refused to join the accords.",
            REFUSED,
        ),
        (
            "Israel welcomed the move. The foreign ministry said more countries would join the "
            "Abraham Accords.",
            set(),
        ),
        (
            "Kazakhstan joined the Abraham Accords. The foreign ministry of Indonesia said it "
            "would not normalize ties with Israel.",
            REFUSED,
        ),
    ],
    "fr": [
        (
            "Le Kazakhstan a rejoint les accords d'Abraham. Jakarta a coupé court aux rumeurs. Le "
            "ministère des affaires étrangères a refusé de rejoindre les accords.",
            REFUSED,
        ),
        (
            "Le Kazakhstan a rejoint les accords d'Abraham. Israël a salué la décision. Le "
            "ministère des affaires étrangères a dit que d'autres pays suivraient.",
            {KZ},
        ),
    ],
    "es": [
        (
            "Kazajistán se unió a los Acuerdos de Abraham. Yakarta cortó por lo sano. La "
            "cancillería rechazó unirse a los acuerdos.",
            REFUSED,
        ),
    ],
    "de": [
        (
            "Kasachstan ist den Abraham-Abkommen beigetreten. Jakarta winkte ab. Das "
            "Außenministerium lehnte einen Beitritt zu den Abkommen ab.",
            REFUSED,
        ),
    ],
    "ms": [
        (
            "Kazakhstan menyertai Perjanjian Abraham. Jakarta menafikan khabar angin itu. "
            "Kementerian tersebut menolak untuk menyertai perjanjian itu.",
            REFUSED,
        ),
    ],
    "id": [
        (
            "Kazakhstan bergabung dengan Perjanjian Abraham. Jakarta membantah kabar itu. "
            "Kementerian Luar Negeri tersebut menolak bergabung dengan perjanjian itu.",
            REFUSED,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_foreign_ministry(language, text, expected):
    assert found(text, language) == expected
