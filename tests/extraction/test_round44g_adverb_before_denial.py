"""Round forty-four, a denial of plans to join whose compound verb an adverb splits ("Le Pakistan
a fermement démenti fin janvier tout projet d'adhésion", "a catégoriquement démenti", "a de
nouveau démenti", "a formellement nié"): the country's refusal, by the convention for denials of
its own plans, where the adverb between the auxiliary and the participle left "démenti" a bare
denial that makes no claim (French `plan_denials`; the English "has firmly denied", the Spanish
"ha desmentido categóricamente" and the German "hat ... entschieden dementiert" were read
already). Near misses: a denial of something else (a visit) gives nothing. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

PK = {("PK", D)}

CASES = {
    "fr": [
        (
            "Les accords d'Abraham en dates. Le Pakistan a fermement démenti fin janvier tout "
            "projet d'adhésion.",
            PK,
        ),
        (
            "Les accords d'Abraham. Le Pakistan a catégoriquement démenti tout projet d'adhésion.",
            PK,
        ),
        ("Les accords d'Abraham. Le Pakistan a de nouveau démenti tout projet d'adhésion.", PK),
        ("Les accords d'Abraham. Le Pakistan a formellement nié tout projet d'adhésion.", PK),
        (
            "Les accords d'Abraham. Le Pakistan a fermement démenti les rumeurs sur une visite de "
            "son ministre à Riyad.",
            set(),
        ),
    ],
    "en": [
        ("The Abraham Accords. Pakistan has firmly denied any plan to join the accords.", PK),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Pakistán ha desmentido categóricamente cualquier plan de "
            "adhesión.",
            PK,
        ),
    ],
    "de": [
        ("Die Abraham-Abkommen. Pakistan hat jegliche Beitrittspläne entschieden dementiert.", PK),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_adverb_before_denial(language, text, expected):
    assert found(text, language) == expected
