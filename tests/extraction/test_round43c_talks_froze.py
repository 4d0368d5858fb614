"""Round forty-three, halted talks told with an intransitive verb of freezing, the partner after
"with" ("talks with Saudi Arabia froze after the Hamas attack", "les négociations avec
l'Arabie saoudite se sont figées", "переговоры с Саудовской Аравией замерли", "השיחות עם סעודיה
קפאו"), and the present of a chronology's line ("Octobre 2023 : ... se figent", "se congelan",
"замирают"): the talks' country, suspended (`cues.suspended` en fr es ru he; the passive "were
frozen" was read already, as were de id ms tr ar fa kk). The English verb is also transitive
("Israel froze settlement construction"), so there it needs a preposition or a time word after
it. Near misses: talks that never froze, talks going on after someone else froze something.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, check_case

CASES = {
    "en": [
        (
            "Talks with Saudi Arabia on joining the Abraham Accords froze after the Hamas attack.",
            {("SA", U)},
        ),
        (
            "Negotiations with Riyadh over the Abraham Accords have frozen since the war began.",
            {("SA", U)},
        ),
        (
            "October 2023: talks with Saudi Arabia on the Abraham Accords freeze after the Hamas attack.",
            {("SA", U, "2023-10")},
        ),
        (
            "Talks with Saudi Arabia on the Abraham Accords never froze after the Hamas attack.",
            set(),
        ),
        (
            "Talks with Saudi Arabia on the Abraham Accords resumed after Israel froze settlement construction.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les négociations avec l'Arabie saoudite sur les accords d'Abraham se sont figées après "
            "l'attaque du Hamas.",
            {("SA", U)},
        ),
        (
            "Octobre 2023 : les pourparlers avec Riyad sur les accords d'Abraham se figent.",
            {("SA", U, "2023-10")},
        ),
        (
            "Les négociations avec l'Arabie saoudite sur les accords d'Abraham ne se sont jamais figées.",
            set(),
        ),
    ],
    "es": [
        (
            "Las negociaciones con Arabia Saudita sobre los Acuerdos de Abraham se congelan tras el ataque de Hamás.",
            {("SA", U)},
        ),
        (
            "Octubre de 2023: las conversaciones con Riad sobre los Acuerdos de Abraham se paralizan.",
            {("SA", U, "2023-10")},
        ),
        (
            "Las negociaciones con Arabia Saudita sobre los Acuerdos de Abraham no se congelan.",
            set(),
        ),
    ],
    "ru": [
        (
            "Переговоры с Саудовской Аравией о присоединении к Соглашениям Авраама замерли после нападения ХАМАС.",
            {("SA", U)},
        ),
        ("Октябрь 2023 года: переговоры с Эр-Риядом по Соглашениям Авраама замирают.", {("SA", U)}),
        (
            "Переговоры с Саудовской Аравией о Соглашениях Авраама не замерли даже после нападения ХАМАС.",
            set(),
        ),
    ],
    "he": [
        ("השיחות עם סעודיה על הצטרפות להסכמי אברהם קפאו אחרי מתקפת חמאס.", {("SA", U)}),
        ("השיחות עם סעודיה על הסכמי אברהם לא קפאו גם אחרי מתקפת חמאס.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_talks_froze(language, text, expected):
    check_case(language, text, expected)
