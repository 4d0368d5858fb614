"""Round thirty-one, a joining told as entering with no object, as English "will come in" is
read: Spanish "Arabia Saudita va a entrar", "Creo que los saudíes entrarán", French "l'Arabie
saoudite va entrer", with the accords named before, are candidacies. The bare verb counts only
where nothing follows it or a time word: "entrarán en la ciudad", "va a entrar en una recesión",
"entreront dans la ville" are other entries. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "es": [
        ("Los Acuerdos de Abraham. Arabia Saudita va a entrar. Lo sé.", {("SA", P)}),
        ("Los Acuerdos de Abraham. Creo que los saudíes entrarán.", {("SA", P)}),
        ("Los Acuerdos de Abraham. Omán entrará tarde o temprano.", {("OM", P)}),
        ("Los Acuerdos de Abraham. Las tropas saudíes entrarán en la ciudad.", set()),
        ("Los Acuerdos de Abraham. Arabia Saudita va a entrar en una recesión.", set()),
    ],
    "fr": [
        ("Les accords d'Abraham. L'Arabie saoudite va entrer, je le sais.", {("SA", P)}),
        ("Les accords d'Abraham. Oman y entrera tôt ou tard.", {("OM", P)}),
        ("Les accords d'Abraham. Les troupes saoudiennes entreront dans la ville.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_bare_entering(language, text, expected):
    check_case(language, text, expected)
