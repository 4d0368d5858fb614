"""Round forty-nine, a Kazakh intention to join told with the dative verbal noun ("Харгейса ...
Ыбырайым келісімдеріне қосылуға ниет білдірді", "қосылуға ниетін білдірген"): only "қосылу
ниеті", "қосылуға ниетті" and the announced "қосылу ниетін жариялады" were read, so a country's
own wish after Israel's recognition gave nothing. Kazakh only (English "expressed its intention
to join", Russian "выразила намерение присоединиться", Malay "menyatakan hasrat untuk
menyertai", Indonesian "menyatakan niat untuk bergabung" and Turkish "katılma niyetini dile
getirdi" already read as prospective). Near misses: an intention to do something else
("ынтымақтастықты дамытуға ниет білдірді") and the intention not expressed ("қосылуға ниет
білдірмеді") give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

KK = "Авраам келісімдеріне 2020 жылы қол қойылды. "

CASES = {
    "kk": [
        (
            KK + "Израиль Сомалилендті таныды, ал Харгейса бұдан кейін Ыбырайым келісімдеріне "
            "қосылуға ниет білдірді.",
            {("XS", P)},
        ),
        (KK + "Сомалиленд келісімдерге қосылуға ниетін білдірген.", {("XS", P)}),
        (KK + "Әзербайжан Израильмен ынтымақтастықты дамытуға ниет білдірді.", set()),
        (KK + "Сомалиленд келісімдерге қосылуға ниет білдірмеді.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_kazakh_expressed_intention(language, text, expected):
    assert found(text, language) == expected
