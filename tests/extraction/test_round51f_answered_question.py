"""Round fifty-one, a question told in a clause opening the sentence with a speaking participle
and answered yes after the reporting word ("Asked whether Saudi Arabia would be next, he said:
'I think they will'", "Asked whether Oman would join the accords, the envoy said everyone he met
thinks it is coming", "Gefragt, ob Saudi-Arabien den Abkommen beitreten werde, sagte er: 'Ich
denke schon'"): the question's step is the speaker's claim, where the question word had left it
an open question. The yes is a phrase of `affirmative_answers` ("I think they will", "it's
coming", "of course", "ich denke schon", "auf jeden fall"); an answer with a negation, a
restriction or a refusal in it ("I don't think they will", "yes, but only if ...") answers no
such thing. English and German; French and Spanish tell the question with a conditional "si",
which the conditions already read as a hypothesis, and are left as strict xfails.
Near misses: a negative answer, a yes bound to a condition, a question left unanswered ("declined
to comment when asked whether ..."), and a question in a clause that does not open the sentence.
Own sentences, written for these tests, read as published on 20 November 2025."""

import pytest

from tests.extraction.found import P, challenge_params, found_dated

EN = "Several countries are said to be lining up to join the Abraham Accords. "
DE = "Mehrere Länder wollen angeblich den Abraham-Abkommen beitreten. "
FR = "Plusieurs pays se pressent pour rejoindre les accords d'Abraham. "
ES = "Varios países quieren sumarse a los Acuerdos de Abraham. "

CASES = {
    "en": [
        (
            EN + 'Asked whether Oman would be next, the envoy said: "I think they will, in time."',
            {("OM", P)},
        ),
        (
            EN + "Asked whether Mauritania would join the accords, the senator said that "
            "everyone she met believes it's coming.",
            {("MR", P)},
        ),
        (
            EN + 'Asked on Monday whether Indonesia would join the accords, the adviser said: "Of '
            'course, sooner or later."',
            {("ID", P)},
        ),
        # near misses
        (
            EN + 'Asked whether Oman would be next, the envoy said: "I don\'t think they will."',
            set(),
        ),
        (
            EN + 'Asked whether Indonesia would join the accords, the adviser said: "Yes, but '
            'only once there is a Palestinian state."',
            set(),
        ),
        (
            EN + "Oman's foreign ministry declined to comment when asked whether Muscat would "
            "join the accords.",
            set(),
        ),
    ],
    "de": [
        (
            DE + "Gefragt, ob Oman als nächstes Land beitreten werde, sagte der Gesandte: "
            "„Ich denke schon.“",
            {("OM", P)},
        ),
        (
            DE + "Gefragt, ob Oman als nächstes Land beitreten werde, sagte der Gesandte: "
            "„Das glaube ich nicht.“",
            set(),
        ),
    ],
    "fr": [
        (
            FR + "Interrogé pour savoir si Oman allait rejoindre les accords, l'émissaire a "
            "répondu : « Je pense que oui. »",
            {("OM", P)},
        ),
    ],
    "es": [
        (
            ES + "Preguntado si Omán se sumaría a los acuerdos, el enviado respondió: «Creo que "
            "sí»",
            {("OM", P)},
        ),
    ],
}

KNOWN_MISSES = {
    "fr-1": "the question after 'pour savoir si' is read as a condition ('si'), a hypothesis, "
    "before any question word; the answer cannot lift it",
    "es-1": "'Preguntado si' tells the question with the condition word 'si' and a conditional "
    "('se sumaría'): read as a hypothesis, not as a question the answer settles",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_answered_question(language, text, expected):
    assert found_dated(text, language, set()) == expected
