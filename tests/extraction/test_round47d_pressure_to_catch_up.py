"""Round forty-seven, the Arabic pressure or urging to "catch up with the caravan" (اللحاق بالركب,
joining those who went before) and American pressure on countries named with the purpose after
them ("ضغوط أمريكية على دول أخرى، بينها السعودية وأذربيجان، للحاق بالركب", "حث ترامب باكو على
اللحاق بالركب"): a candidacy, as the pressure "to join" already was. Near misses: pressure for
something else ("لخفض أسعار النفط") gives nothing; reports of pressure with no purpose (a reply to
them, "تحدثت عن ضغوط أمريكية على إسلام آباد") give nothing. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

AR = "وقعت اتفاقيات أبراهام عام 2020. "

CASES = {
    "ar": [
        (
            AR
            + "وتتحدث الصحف عن ضغوط أمريكية على دول أخرى، بينها السعودية وأذربيجان، للحاق بالركب.",
            {("SA", P), ("AZ", P)},
        ),
        (AR + "وحث ترامب باكو على اللحاق بالركب في أقرب وقت.", {("AZ", P)}),
        (AR + "وتحدثت مصادر عن ضغوط أميركية على الرياض للانضمام قبل نهاية العام.", {("SA", P)}),
        (AR + "وتتحدث الصحف عن ضغوط أمريكية على السعودية لخفض أسعار النفط.", set()),
        (AR + "ردا على تقارير تحدثت عن ضغوط أمريكية على إسلام آباد.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_pressure_to_catch_up(language, text, expected):
    assert found(text, language) == expected
