"""Round thirty-one, "became the first Gulf state to establish full relations with Israel":
being the first of a kind to establish relations or to recognise Israel is a membership (as
"the first to normalise ties" was), read as one cue; the words after "became the first" are no
joining still to come. French "le premier pays du Golfe à établir des relations ... avec
Israël" likewise; Spanish, Indonesian and Malay were read already. Near misses: the first to
establish trade relations with another country is no step, and the last to normalise is a refusal. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. The UAE became the first Arab state to establish full relations "
            "with Israel in August 2020.",
            {("AE", S)},
        ),
        (
            "The Abraham Accords. The UAE became the first Gulf state to recognise Israel in 2020.",
            {("AE", S)},
        ),
        (
            "The Abraham Accords. Morocco became the first country to establish trade ties with "
            "Brazil in 2024.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. En août 2020, les Émirats sont devenus le premier pays du Golfe "
            "à établir des relations complètes avec Israël.",
            {("AE", S)},
        ),
        (
            "Les accords d'Abraham. Le Maroc fut le premier pays à établir des relations "
            "commerciales avec la Chine.",
            set(),
        ),
        (
            "Les accords d'Abraham. Oman a dit qu'il serait le dernier pays du Golfe à normaliser "
            "ses relations avec Israël.",
            {("OM", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. En agosto de 2020, Emiratos se convirtió en el primer país del "
            "Golfo en establecer relaciones plenas con Israel.",
            {("AE", S)},
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham. Pada Agustus 2020, UEA menjadi negara Teluk pertama yang menjalin "
            "hubungan penuh dengan Israel.",
            {("AE", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_first_to_establish(language, text, expected):
    check_case(language, text, expected)
