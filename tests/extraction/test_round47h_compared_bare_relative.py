"""Round forty-seven, a country compared with ("comme", "après", "como", "después de",
"following") followed at once by a relative word with no comma before it ("après le Kazakhstan
qui a rallié les accords en novembre", "como Kazajistán que se sumó", "following Kazakhstan
which joined"): the relative clause tells that country's own step, as it did with the comma
(", qui", ", que", ", which"); before, the country was only compared with, its joining and the
joining's date went to the sentence's subject (`bare_relatives` fr en es). Near misses: a
relative with no comma after a country not compared with keeps its reading; a compared country
with no relative after it ("comme le Kazakhstan, l'Azerbaïdjan pourrait rejoindre") takes no
step. German has no relative without a comma. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

CASES = {
    "fr": [
        (
            "L'Azerbaïdjan pourrait suivre, après le Kazakhstan qui a rallié les accords "
            "d'Abraham en novembre.",
            {("AZ", P), ("KZ", A)},
        ),
        (
            "L'arrivée d'un second pays du Caucase, après le Kazakhstan qui a rejoint les accords "
            "d'Abraham en novembre, confirmerait la tendance.",
            {("KZ", A)},
        ),
        (
            "Comme le Kazakhstan, l'Azerbaïdjan pourrait rejoindre les accords d'Abraham.",
            {("AZ", P)},
        ),
    ],
    "es": [
        (
            "Azerbaiyán podría sumarse pronto, como Kazajistán que se sumó a los Acuerdos de "
            "Abraham en noviembre.",
            {("AZ", P), ("KZ", A)},
        ),
        (
            "Después de Kazajistán que se adhirió a los Acuerdos de Abraham en noviembre, "
            "Azerbaiyán podría ser el siguiente.",
            {("AZ", P), ("KZ", A)},
        ),
    ],
    "en": [
        (
            "Following Kazakhstan which joined the Abraham Accords in November, Azerbaijan could "
            "be next.",
            {("AZ", P), ("KZ", A)},
        ),
        ("Like Kazakhstan, Azerbaijan could join the Abraham Accords.", {("AZ", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_compared_bare_relative(language, text, expected):
    assert found(text, language) == expected
