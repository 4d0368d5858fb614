"""Round forty-five, a halt told as a deal left on paper ("the deal has remained on paper since the
war began", "l'accord est resté sur le papier", "el acuerdo se quedó en papel mojado", "todo quedó
en el papel", "das Abkommen steht nur auf dem Papier", "соглашение осталось лишь на бумаге",
"ההסכם נותר על הנייר"): the country's halt, beside its signing with the signing's own date, as the
round forty-four dead letter. Read only with the deal, the normalisation, the process (or the
Spanish and French "everything") as the subject, so that another text left on paper, or "on
paper" meaning "formally" ("the deal still exists on paper": existing with no "only"), gives no
halt. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, found_dated

SIGNED = ("SD", S, "2021-01")
HALTED = ("SD", U, None)
BH_SIGNED = {("BH", S, "2020")}

CASES = {
    "en": [
        (
            "Sudan signed the Abraham Accords in January 2021, but the deal has remained on "
            "paper since the war began.",
            {SIGNED, HALTED},
        ),
        (
            "Sudan signed the Abraham Accords in January 2021; the normalisation exists only "
            "on paper since the generals turned on each other.",
            {SIGNED, HALTED},
        ),
        (
            "The Abraham Accords turn five. The Arab Peace Initiative, which Saudi Arabia "
            "drafted in 2002, has remained on paper.",
            set(),
        ),
        (
            "Sudan signed the Abraham Accords in January 2021, and the deal still exists on "
            "paper, diplomats say.",
            {SIGNED},
        ),
        (
            "The Abraham Accords turn five. On paper, Bahrain has been a member since it "
            "signed the accords in 2020.",
            BH_SIGNED,
        ),
    ],
    "fr": [
        (
            "Le Soudan a signé les accords d'Abraham en janvier 2021, mais l'accord est resté "
            "sur le papier depuis le début de la guerre.",
            {SIGNED, HALTED},
        ),
        (
            "Le Soudan a signé les accords d'Abraham en janvier 2021, mais la normalisation "
            "n'existe que sur le papier depuis que l'armée et les paramilitaires s'affrontent.",
            {SIGNED, HALTED},
        ),
        (
            "Les accords d'Abraham ont cinq ans. Le plan de paix arabe, proposé par l'Arabie "
            "saoudite en 2002, est resté sur le papier.",
            set(),
        ),
    ],
    "es": [
        (
            "Sudán firmó los Acuerdos de Abraham en enero de 2021, pero el acuerdo se quedó en "
            "papel mojado cuando estalló la guerra.",
            {SIGNED, HALTED},
        ),
        (
            "Los Acuerdos de Abraham cumplen cinco años. Sudán firmó en enero de 2021. Con "
            "Jartum, sin embargo, todo quedó en el papel desde que estalló la guerra civil.",
            {SIGNED, HALTED},
        ),
        (
            "Los Acuerdos de Abraham cumplen cinco años. La iniciativa de paz árabe, que Arabia "
            "Saudita presentó en 2002, se quedó en papel mojado.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham cumplen cinco años. Sobre el papel, Baréin es miembro "
            "desde que firmó los acuerdos en 2020.",
            BH_SIGNED,
        ),
    ],
    "de": [
        (
            "Der Sudan unterzeichnete die Abraham-Abkommen im Januar 2021, doch das Abkommen "
            "steht seit Kriegsbeginn nur auf dem Papier.",
            {SIGNED, HALTED},
        ),
        (
            "Die Abraham-Abkommen werden fünf. Die arabische Friedensinitiative, die "
            "Saudi-Arabien 2002 vorlegte, steht bis heute nur auf dem Papier.",
            set(),
        ),
    ],
    "ru": [
        (
            "Судан подписал Авраамовы соглашения в январе 2021 года, но с начала войны "
            "соглашение осталось лишь на бумаге.",
            {SIGNED, HALTED},
        ),
        (
            "Авраамовым соглашениям пять лет. Арабская мирная инициатива, предложенная "
            "Саудовской Аравией в 2002 году, осталась на бумаге.",
            set(),
        ),
    ],
    "he": [
        (
            "סודן חתמה על הסכמי אברהם בינואר 2021, אך ההסכם נותר על הנייר מאז פרצה המלחמה.",
            {SIGNED, HALTED},
        ),
        (
            "הסכמי אברהם בני חמש. יוזמת השלום הערבית, שהציגה סעודיה ב-2002, נותרה על הנייר.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_on_paper(language, text, expected):
    assert found_dated(text, language, {"SD", "BH"}) == expected
