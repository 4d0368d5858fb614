"""Unseen Spanish and English news (an El Confidencial analysis, a CNN en Español story, a
Financial Times report, a Middle East Eye analysis). Classes: a candidacy told in the perfect
tense with no adverb ("Pakistan has been floated in US conversations", "han aparecido en las
quinielas de Washington", "ont figuré dans les pronostics", "ist als Kandidat gehandelt
worden"); the idea floated ("the idea has been floated") stays no claim. A continuation told
verb-first at the head of a sentence ("Les siguieron Marruecos y Sudán", "Next came Morocco",
"Es folgten Marokko und Sudan", "Vinrent ensuite le Maroc") takes the step of the sentence
before, and what follows that is no country takes nothing ("Es folgten Proteste"); a relative
clause with a step of its own after the first follower ("Les siguieron Marruecos, que anunció su
incorporación en diciembre, y Sudán") gives that step to the first follower alone, which still
takes the continued step, and the conjunction after the clause carries the continuation on. A
precondition told as dependence on the Palestinian state or question ("any step will depend on
the Palestinian question", "cualquier paso dependerá de la cuestión palestina", "dépendra de
la question palestinienne", "hänge von einem palästinensischen Staat ab") is a refusal; the same
dependence said of no country stays no claim. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Abraham Accords. Jakarta has insisted that any step will depend on the Palestinian question.",
            {("ID", D)},
        ),
        (
            "Abraham Accords. Stability in Gaza depends on the Palestinian question, analysts say.",
            set(),
        ),
        ("Abraham Accords: Oman has been floated as a possible next member.", {("OM", P)}),
        ("Abraham Accords. Qatar, too, has been floated in US conversations.", {("QA", P)}),
        ("Abraham Accords. Mauritania had been mooted for months as a candidate.", {("MR", P)}),
        ("Abraham Accords. The idea has been floated in Oman's press, which mocked it.", set()),
        (
            "The Abraham Accords. The UAE and Bahrain signed in 2020. Next came Morocco, which "
            "announced its decision in December, and Sudan.",
            {("AE", S), ("BH", S), ("MA", S), ("MA", A), ("SD", S)},
        ),
        (
            "The Abraham Accords. The UAE and Bahrain signed in 2020. Next came protests in Morocco.",
            {("AE", S), ("BH", S)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Yakarta ha insistido en que cualquier paso dependerá de la cuestión palestina.",
            {("ID", D)},
        ),
        (
            "Acuerdos de Abraham. La estabilidad de Gaza depende de la cuestión palestina, según analistas.",
            set(),
        ),
        (
            "Acuerdos de Abraham. Siria y Líbano también han aparecido en las quinielas de Washington.",
            {("SY", P), ("LB", P)},
        ),
        (
            "Acuerdos de Abraham. Omán ha figurado ya en las apuestas de la Casa Blanca.",
            {("OM", P)},
        ),
        ("Acuerdos de Abraham. Omán ha aparecido en un documental sobre el Golfo.", set()),
        (
            "Los Acuerdos de Abraham. Los Emiratos y Baréin firmaron en 2020. Les siguieron "
            "Marruecos, que anunció su incorporación en diciembre, y Sudán.",
            {("AE", S), ("BH", S), ("MA", S), ("MA", A), ("SD", S)},
        ),
        (
            "Los Acuerdos de Abraham. Los Emiratos y Baréin firmaron en 2020. Les siguieron "
            "Marruecos y Sudán.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Los Acuerdos de Abraham. Los Emiratos y Baréin firmaron en 2020. Les siguieron "
            "meses de silencio.",
            {("AE", S), ("BH", S)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Jakarta a répété que tout pas dépendra de la question palestinienne.",
            {("ID", D)},
        ),
        (
            "Accords d'Abraham. La stabilité de Gaza dépend de la question palestinienne, selon des analystes.",
            set(),
        ),
        (
            "Accords d'Abraham. Oman a également figuré dans les pronostics de Washington.",
            {("OM", P)},
        ),
        ("Accords d'Abraham. Oman a figuré dans le classement des pays les plus sûrs.", set()),
        (
            "Les accords d'Abraham. Les Émirats et Bahreïn ont signé en 2020. Vinrent ensuite "
            "le Maroc et le Soudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen: Jakarta betont, jeder Schritt hänge von einem palästinensischen Staat ab.",
            {("ID", D)},
        ),
        (
            "Abraham-Abkommen: Die Stabilität in Gaza hängt von der Palästinenserfrage ab, sagen Analysten.",
            set(),
        ),
        ("Abraham-Abkommen: Oman ist in Washington als Kandidat gehandelt worden.", {("OM", P)}),
        ("Abraham-Abkommen: Oman ist als Reiseziel gelobt worden.", set()),
        (
            "Das Abraham-Abkommen. Die Emirate und Bahrain unterzeichneten 2020. Es folgten "
            "Marokko und Sudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Das Abraham-Abkommen. Die Emirate und Bahrain unterzeichneten 2020. Es folgten "
            "Proteste in Marokko.",
            {("AE", S), ("BH", S)},
        ),
    ],
}

KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round21_unseen_news(language, text, expected):
    check_case(language, text, expected)
