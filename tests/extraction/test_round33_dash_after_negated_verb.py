"""Round thirty-three, a dash joining two clauses after a negated verb ("о нормализации
предпочитают не вспоминать – контакты с Израилем фактически свернуты", "ya no se habla de
normalización – los contactos con Israel están congelados"): the negation is the first verb's,
not the halt's, as it was before a coordinator ("was never completed and was frozen"). One
dash only: two dashes set off an aside inside the negated clause.
Near misses: "не были – вопреки слухам – свернуты" (an aside between two dashes) and a halt
denied right before its word ("не заморожены – они продолжаются") stay no halt.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. А в Хартуме, погрузившемся в войну генералов, о нормализации "
            "предпочитают не вспоминать – контакты с Израилем фактически свернуты.",
            {("SD", U)},
        ),
        (
            "Соглашения Авраама. Контакты Судана с Израилем не были – вопреки слухам – свернуты.",
            set(),
        ),
        (
            "Соглашения Авраама. Переговоры Саудовской Аравии с Израилем не заморожены – они "
            "продолжаются.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. En Jartum ya no se habla de normalización – los contactos "
            "con Israel están congelados.",
            {("SD", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_dash_after_negated_verb(language, text, expected):
    check_case(language, text, expected)
