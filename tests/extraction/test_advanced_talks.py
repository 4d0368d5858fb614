"""Round thirty-one, talks told as well advanced with a masculine noun: French "les
pourparlers ... étaient bien avancés" and "les contacts ... sont très avancés" (the feminine
"négociations ... bien avancées" was read already), Spanish "los contactos ... estaban muy
avanzados" ("negociaciones ... avanzadas" was read already) are negotiations. The talks' noun
must stand before the words of progress: works well advanced are no talks, and trade talks are
off topic. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import N, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Les pourparlers entre Riyad et Israël étaient déjà bien avancés "
            "en 2023.",
            {("SA", N)},
        ),
        (
            "Les accords d'Abraham. Les contacts entre Nouakchott et Israël sont très avancés.",
            {("MR", N)},
        ),
        (
            "Les accords d'Abraham. Les travaux du port de Riyad étaient bien avancés en 2023.",
            set(),
        ),
        (
            "Les accords d'Abraham. Les pourparlers commerciaux entre Riyad et Le Caire sont bien avancés.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Los contactos entre Riad e Israel estaban muy avanzados en 2023.",
            {("SA", N)},
        ),
        (
            "Los Acuerdos de Abraham. Las obras del puerto de Riad estaban muy avanzadas en 2023.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_advanced_talks(language, text, expected):
    check_case(language, text, expected)
