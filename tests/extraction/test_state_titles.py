"""A state's title standing for a country named before in the article: "the kingdom", "le
royaume", "el reino", "das Königreich", "королевство", "المملكة", "הממלכה", "krallık",
"kerajaan itu" (Indonesian), "корольдік" is the kingdom (Saudi Arabia, Morocco, Bahrain,
Jordan) named last before it, even when another country was named in between; "the
sultanate", "le sultanat", "السلطنة" is Oman (`kingdom_words`, `sultanate_words`,
`emirate_words`; `claims._StateTitles`). Near misses: with no kingdom named before, the title
stands for no one (not the non-kingdom in scope); "the republic", "die Republik",
"республика" (`republic_words`) is the country named last that is no monarchy, so never a
kingdom named last; Malay "kerajaan itu" is "that government", the country in scope.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Saudi Arabia hosted a summit. Kazakhstan joined the Abraham Accords. The kingdom wants to join the Abraham Accords too.",
            {("KZ", A), ("SA", P)},
        ),
        (
            "Kazakhstan joined the Abraham Accords. The kingdom wants to join the Abraham Accords too.",
            {("KZ", A)},
        ),
        (
            "Oman hosted a summit. Kazakhstan joined the Abraham Accords. The sultanate wants to join the Abraham Accords too.",
            {("KZ", A), ("OM", P)},
        ),
        (
            "Morocco signed the Abraham Accords. The republic wants to join the Abraham Accords too.",
            {("MA", S)},
        ),
        (
            "Kazakhstan made its decision in Astana. Saudi Arabia hosted a summit. The republic "
            "will join the Abraham Accords.",
            {("KZ", A)},
        ),
    ],
    "fr": [
        (
            "L'Arabie saoudite a accueilli un sommet. Le Kazakhstan a rejoint les accords d'Abraham. Le royaume veut rejoindre les accords d'Abraham.",
            {("KZ", A), ("SA", P)},
        ),
        (
            "Le Kazakhstan a rejoint les accords d'Abraham. Le royaume veut rejoindre les accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Oman a accueilli un sommet. Le Kazakhstan a rejoint les accords d'Abraham. Le sultanat veut rejoindre les accords d'Abraham.",
            {("KZ", A), ("OM", P)},
        ),
    ],
    "es": [
        (
            "Arabia Saudí acogió una cumbre. Kazajistán se ha unido a los Acuerdos de Abraham. El reino quiere unirse a los Acuerdos de Abraham.",
            {("KZ", A), ("SA", P)},
        ),
        (
            "Kazajistán se ha unido a los Acuerdos de Abraham. El reino quiere unirse a los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        (
            "Omán acogió una cumbre. Kazajistán se ha unido a los Acuerdos de Abraham. El sultanato quiere unirse a los Acuerdos de Abraham.",
            {("KZ", A), ("OM", P)},
        ),
    ],
    "de": [
        (
            "Saudi-Arabien war Gastgeber eines Gipfels. Kasachstan ist den Abraham-Abkommen beigetreten. Das Königreich will den Abraham-Abkommen beitreten.",
            {("KZ", A), ("SA", P)},
        ),
        (
            "Kasachstan ist den Abraham-Abkommen beigetreten. Das Königreich will den Abraham-Abkommen beitreten.",
            {("KZ", A)},
        ),
        (
            "Marokko unterzeichnete die Abraham-Abkommen. Die Republik will den Abraham-Abkommen beitreten.",
            {("MA", S)},
        ),
        (
            "Kasachstan hat entschieden. Die Republik tritt den Abraham-Abkommen bei.",
            {("KZ", A)},
        ),
    ],
    "ru": [
        (
            "Саудовская Аравия провела саммит. Казахстан присоединился к Соглашениям Авраама. Королевство хочет присоединиться к Соглашениям Авраама.",
            {("KZ", A), ("SA", P)},
        ),
        (
            "Казахстан присоединился к Соглашениям Авраама. Королевство хочет присоединиться к Соглашениям Авраама.",
            {("KZ", A)},
        ),
        (
            "Марокко подписало Соглашения Авраама. Республика хочет присоединиться к Соглашениям Авраама.",
            {("MA", S)},
        ),
    ],
    "ar": [
        (
            "استضافت السعودية قمة. انضمت كازاخستان إلى اتفاقات أبراهام. وتريد المملكة الانضمام إلى اتفاقات أبراهام.",
            {("KZ", A), ("SA", P)},
        ),
        (
            "انضمت كازاخستان إلى اتفاقات أبراهام. وتريد المملكة الانضمام إلى اتفاقات أبراهام.",
            {("KZ", A)},
        ),
        (
            "استضافت عمان قمة. انضمت كازاخستان إلى اتفاقات أبراهام. وتريد السلطنة الانضمام إلى اتفاقات أبراهام.",
            {("KZ", A), ("OM", P)},
        ),
    ],
    "he": [
        (
            "סעודיה אירחה פסגה. קזחסטן הצטרפה להסכמי אברהם. הממלכה רוצה להצטרף להסכמי אברהם.",
            {("KZ", A), ("SA", P)},
        ),
        (
            "קזחסטן הצטרפה להסכמי אברהם. הממלכה רוצה להצטרף להסכמי אברהם.",
            {("KZ", A)},
        ),
    ],
    "tr": [
        (
            "Suudi Arabistan bir zirveye ev sahipliği yaptı. Kazakistan İbrahim Anlaşmalarına katıldı. Krallık da İbrahim Anlaşmalarına katılmak istiyor.",
            {("KZ", A), ("SA", P)},
        ),
        (
            "Kazakistan İbrahim Anlaşmalarına katıldı. Krallık da İbrahim Anlaşmalarına katılmak istiyor.",
            {("KZ", A)},
        ),
    ],
    "id": [
        (
            "Arab Saudi menjadi tuan rumah pertemuan. Kazakhstan telah bergabung dengan Abraham Accords. Kerajaan itu ingin bergabung dengan Abraham Accords.",
            {("KZ", A), ("SA", P)},
        ),
        (
            "Kazakhstan telah bergabung dengan Abraham Accords. Kerajaan itu ingin bergabung dengan Abraham Accords.",
            {("KZ", A)},
        ),
    ],
    "ms": [
        (
            "Arab Saudi menjadi tuan rumah sidang kemuncak. Kazakhstan telah menyertai Perjanjian Abraham. Kerajaan itu mahu menyertai Perjanjian Abraham.",
            {("KZ", A), ("KZ", P)},
        ),
    ],
    "kk": [
        (
            "Сауд Арабиясы саммит өткізді. Қазақстан Авраам келісімдеріне қосылды. Корольдік те Авраам келісімдеріне қосылғысы келеді.",
            {("KZ", A), ("SA", P)},
        ),
        (
            "Қазақстан Авраам келісімдеріне қосылды. Корольдік те Авраам келісімдеріне қосылғысы келеді.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_state_titles(language, text, expected):
    check_case(language, text, expected)
