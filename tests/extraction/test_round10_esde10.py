"""Classes of phrasing found by unseen Spanish and German news-style articles of the
project's own (a Madrid wire, a Madrid daily's analysis, a Latin American outlet; a German
weekly's site, an international broadcaster, a public TV news page): talks told as far
advanced or as resting, candidates told as the next candidate or as taken into the circle
of signatories, refusals told as a rejected push or as ties that will not be kept, the
attack that halted the talks naming no party; own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, N, P, U, found

# Talks far advanced ("weit gediehen", "weit vorangeschritten"): talks.
ADVANCED = [
    ("de", "Die Abraham-Abkommen. Die Gespräche mit Oman waren im Frühjahr weit gediehen."),
    ("de", "Die Abraham-Abkommen. Die Verhandlungen mit Maskat sind weit vorangeschritten."),
]


@pytest.mark.parametrize("language,text", ADVANCED)
def test_talks_far_advanced_are_talks(language, text):
    assert found(text, language) == {("OM", N)}


# Talks resting, told with the verb first and the talks (or a pronoun for them) after it.
RESTING = [
    ("de", "Die Abraham-Abkommen. Seit dem Krieg ruhen die Gespräche mit Oman."),
    (
        "de",
        "Die Abraham-Abkommen. Die Gespräche mit Oman kamen gut voran. Seit dem Krieg ruhen sie.",
    ),
]


@pytest.mark.parametrize("language,text", RESTING)
def test_talks_resting_verb_first_are_a_halt(language, text):
    assert ("OM", U) in found(text, language)


# The attack that halted the talks names Israel as its target, not as a party.
ATTACK = [
    (
        "de",
        "Die Abraham-Abkommen. Die Verhandlungen mit Maskat waren weit gediehen. "
        "Seit dem Überfall der Hamas auf Israel ruhen sie.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Las conversaciones con Mascate quedaron congeladas tras el "
        "ataque de Hamás contra Israel.",
    ),
]


@pytest.mark.parametrize("language,text", ATTACK)
def test_the_attack_on_israel_is_no_party_to_the_halt(language, text):
    pairs = found(text, language)
    assert ("OM", U) in pairs
    assert not {pair for pair in pairs if pair[0] == "IL"}


# The next candidate in the accusative, taken into the circle of signatories: a candidate.
CANDIDATES = [
    ("de", "Die Abraham-Abkommen. In Berlin sieht man Oman als nächsten Kandidaten."),
    (
        "de",
        "Die Abraham-Abkommen. Die USA wollen Oman in den Kreis der Unterzeichnerstaaten "
        "aufnehmen.",
    ),
    ("es", "Los Acuerdos de Abraham. La gran asignatura pendiente es la incorporación de Omán."),
    ("es", "Los Acuerdos de Abraham. Un pacto omaní-israelí sería el gran logro de Trump."),
    (
        "es",
        "Los Acuerdos de Abraham. La normalización con Omán supondría un triunfo para Washington.",
    ),
]


@pytest.mark.parametrize("language,text", CANDIDATES)
def test_next_candidate_circle_and_pending_goal_are_candidacies(language, text):
    assert found(text, language) == {("OM", P)}


# A push from Washington (or towards normalisation) rejected; ties that will not be kept.
REFUSALS = [
    ("de", "Die Abraham-Abkommen. Oman hat einen Vorstoß aus Washington zurückgewiesen."),
    ("es", "Los Acuerdos de Abraham. Omán no mantendrá lazos con Israel."),
    ("es", "Los Acuerdos de Abraham. Mascate no tendrá relaciones diplomáticas con Israel."),
]


@pytest.mark.parametrize("language,text", REFUSALS)
def test_rejected_push_and_ties_not_kept_are_refusals(language, text):
    assert found(text, language) == {("OM", D)}


def test_a_rejected_push_on_another_matter_is_no_refusal():
    text = (
        "Die Abraham-Abkommen. Oman hat einen Vorstoß zur Zusammenarbeit bei der Fischerei "
        "zurückgewiesen."
    )
    assert found(text, "de") == set()


def test_ties_that_will_be_kept_are_no_refusal():
    assert found("Los Acuerdos de Abraham. Omán mantendrá lazos con Israel.", "es") == set()


# "Still without joining": neither a joining nor a refusal.
STILL_WITHOUT = [
    "Los Acuerdos de Abraham. Omán sigue sin sumarse a los acuerdos.",
    "Los Acuerdos de Abraham. Por qué Omán sigue sin sumarse a los Acuerdos de Abraham.",
    "Los Acuerdos de Abraham. Los omaníes siguen sin adherirse.",
]


@pytest.mark.parametrize("text", STILL_WITHOUT)
def test_still_without_joining_is_no_claim(text):
    assert found(text, "es") == set()


# Naming the rapprochement with Israel or its recognition names the topic: talks told
# with no word of the accords nearby are read.
TOPIC = [
    "Eine Annäherung an Israel ist in Oman ein altes Thema. Die Verhandlungen mit Maskat "
    "waren im Sommer weit gediehen.",
    "Eine Anerkennung Israels ist in Oman ein altes Thema. Die Verhandlungen mit Maskat "
    "waren im Sommer weit gediehen.",
]


@pytest.mark.parametrize("text", TOPIC)
def test_rapprochement_with_israel_names_the_topic(text):
    assert ("OM", N) in found(text, "de")


def test_talks_with_no_topic_are_no_claim():
    text = "Oman ist ein altes Thema. Die Verhandlungen mit Maskat waren im Sommer weit gediehen."
    assert found(text, "de") == set()
