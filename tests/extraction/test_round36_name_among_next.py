"""Round thirty-six, a country whose "name comes up among the possible next countries" ("adı da
sıradaki olası ülkeler arasında geçiyor", "имя ... звучит среди возможных следующих стран",
"el nombre de ... suena entre los posibles próximos", "le nom de ... circule parmi les
prochains", "der Name ... fällt unter den möglichen nächsten", "يتردد اسم ... المرشحة"): others'
candidate list, `prospective` (rule 3), told through the country's name rather than the country.
Data: `cues.prospective` (en, tr, ru, es, fr, de, ar). As every joining cue, it counts where the
accords are named nearby. Near misses: a name that comes up elsewhere (a summit, the news)
gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "tr": [
        (
            "Kazakistan İbrahim Anlaşmaları'na katıldı. Azerbaycan'ın adı da sıradaki olası ülkeler "
            "arasında geçiyor.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
    "ru": [
        (
            "Казахстан присоединился к Авраамовым соглашениям. Имя Азербайджана также звучит среди "
            "возможных следующих стран.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            "Казахстан присоединился к Авраамовым соглашениям. Имя Азербайджана звучит в новостях "
            "каждый день.",
            {("KZ", A)},
        ),
    ],
    "en": [
        (
            "Kazakhstan joined the Abraham Accords. Azerbaijan's name also comes up among the possible "
            "next countries.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            "Kazakhstan joined the Abraham Accords. Azerbaijan's name came up at the summit in Baku.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "Kazajistán se unió a los Acuerdos de Abraham. El nombre de Azerbaiyán también suena entre "
            "los posibles próximos países.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
    "fr": [
        (
            "Le Kazakhstan a rejoint les accords d'Abraham. Le nom de l'Azerbaïdjan circule parmi les "
            "prochains pays possibles.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
    "de": [
        (
            "Kasachstan ist den Abraham-Abkommen beigetreten. Auch der Name Aserbaidschans fällt unter "
            "den möglichen nächsten Ländern.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
    "ar": [
        (
            "انضمت كازاخستان إلى اتفاقيات أبراهام. ويتردد اسم أذربيجان أيضا بين الدول المرشحة التالية.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_name_among_next(language, text, expected):
    check_case(language, text, expected)
