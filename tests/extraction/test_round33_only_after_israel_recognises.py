"""Round thirty-three, a Russian step possible only after Israel recognises Palestine or a state is
created, told with "после того, как" ("признание Израиля возможно только после того, как Израиль
признает Палестину", "нормализация возможна лишь после того, как будет создано палестинское
государство"): a refusal as things stand, as "возможно только после признания Палестины" was;
Palestine in the accusative and the state as the clause's subject are the condition's tail.
Near misses: peace in general with no country gives no claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Однако в Джакарте ответили быстро: признание Израиля возможно "
            "только после того, как Израиль признает Палестину.",
            {("ID", D)},
        ),
        (
            "Соглашения Авраама. Индонезия заявила, что нормализация возможна лишь после того, "
            "как будет создано палестинское государство.",
            {("ID", D)},
        ),
        (
            "Соглашения Авраама. Эксперты считают, что мир возможен только после того, как "
            "Израиль признает Палестину.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_only_after_israel_recognises(language, text, expected):
    check_case(language, text, expected)
