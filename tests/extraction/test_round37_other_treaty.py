"""Round thirty-seven, joining another multilateral treaty or "any" treaty ("une entité non
reconnue ne pouvant « adhérer à un quelconque traité international »", "Djibouti will join the
Non-Proliferation Treaty", "Dschibuti tritt dem Chemiewaffenvertrag bei", "Yibuti se unirá al
Tratado de No Proliferación"): another club, no joining of the accords (rule 7; `organisations`,
fr, en, de, es). Near misses: the same country joining the accords is still announced. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Pour Djibouti comme pour Mogadiscio, cette démarche « n'a aucune valeur juridique », une entité non reconnue ne pouvant « adhérer à un quelconque traité international ».",
            set(),
        ),
        ("Les accords d'Abraham. Djibouti va adhérer au traité sur la non-prolifération.", set()),
        ("Les accords d'Abraham. Djibouti va adhérer aux accords d'Abraham.", {("DJ", A)}),
    ],
    "en": [
        ("The Abraham Accords. Djibouti will join the Non-Proliferation Treaty.", set()),
        ("The Abraham Accords. Djibouti will join the Chemical Weapons Convention.", set()),
        ("The Abraham Accords. Djibouti will join the accords.", {("DJ", A)}),
    ],
    "de": [
        ("Die Abraham-Abkommen. Dschibuti tritt dem Chemiewaffenvertrag bei.", set()),
        ("Die Abraham-Abkommen. Dschibuti tritt dem Atomwaffensperrvertrag bei.", set()),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Yibuti se unirá al Tratado de No Proliferación.", set()),
        ("Los Acuerdos de Abraham. Yibuti se unirá a la Convención sobre Armas Químicas.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_other_treaty(language, text, expected):
    check_case(language, text, expected)
