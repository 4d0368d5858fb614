"""Round forty-three, a prediction that a country "will follow" soon ("Trump says Saudi Arabia will
follow very soon", "assure que l'Arabie saoudite suivra « très bientôt »", "Arabia Saudita seguirá
muy pronto", "Саудовская Аравия очень скоро последует", "последует его примеру"): a candidacy,
prospective, where only "could follow" and "will follow suit" were read (`cues.prospective`, en fr
es ru; a time adverb or "the example" must go with the verb; German "werde bald folgen" was left
out, as the same words after a semicolon tell a signing to come: "sei Kasachstan bereit, sich
anzuschließen; die Unterzeichnung solle bald folgen"). Near misses: a country that will follow
talks closely, and a ceremony that will follow soon, give nothing. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

_KZ = ("KZ", A)
_BOTH = {_KZ, ("SA", P)}

CASES = {
    "en": [
        (
            "Kazakhstan joined the Abraham Accords. Trump says Saudi Arabia will follow very soon.",
            _BOTH,
        ),
        (
            "Kazakhstan joined the Abraham Accords. Saudi Arabia will follow the talks closely.",
            {_KZ},
        ),
        ("Kazakhstan joined the Abraham Accords. A signing ceremony will follow soon.", {_KZ}),
    ],
    "fr": [
        (
            "Le Kazakhstan a rejoint les accords d'Abraham. Donald Trump assure désormais que"
            " l'Arabie saoudite suivra « très bientôt ».",
            _BOTH,
        ),
        (
            "Le Kazakhstan a rejoint les accords d'Abraham. L'Arabie saoudite suivra de près les"
            " discussions.",
            {_KZ},
        ),
        (
            "Le Kazakhstan a rejoint les accords d'Abraham. Une cérémonie de signature suivra"
            " bientôt.",
            {_KZ},
        ),
    ],
    "es": [
        (
            "Kazajistán se une a los Acuerdos de Abraham. Trump asegura que Arabia Saudita seguirá"
            " muy pronto.",
            _BOTH,
        ),
        (
            "Kazajistán se une a los Acuerdos de Abraham. Arabia Saudita seguirá de cerca las"
            " negociaciones.",
            {_KZ},
        ),
    ],
    "ru": [
        (
            "Казахстан присоединился к Авраамовым соглашениям. Трамп уверен, что Саудовская Аравия"
            " очень скоро последует.",
            _BOTH,
        ),
        (
            "Казахстан присоединился к Авраамовым соглашениям. Трамп уверен, что Саудовская Аравия"
            " последует его примеру.",
            _BOTH,
        ),
        (
            "Казахстан присоединился к Авраамовым соглашениям. Вскоре последует церемония"
            " подписания.",
            {_KZ},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_will_follow_soon(language, text, expected):
    check_case(language, text, expected)
