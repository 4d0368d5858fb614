"""A host's guests named in a list ("hosted the leaders of A, B and C") take no step told
after them: the one joining is named again. Own sentences, in each language with `guests`."""

import pytest

from tests.extraction.found import A, S, found

C5 = {"KZ", "KG", "TJ", "TM", "UZ"}

HOSTED = [
    (
        "en",
        "Trump hosted the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and "
        "Uzbekistan on Thursday and announced that Kazakhstan would join the Abraham Accords.",
    ),
    (
        "ru",
        "Трамп принял в Белом доме лидеров Казахстана, Киргизии, Таджикистана, Туркменистана и "
        "Узбекистана, после чего объявил о присоединении Казахстана к Авраамовым соглашениям.",
    ),
    (
        "de",
        "Trump empfing die Präsidenten von Kasachstan, Kirgistan, Tadschikistan, Turkmenistan und "
        "Usbekistan und verkündete, Kasachstan werde den Abraham-Abkommen beitreten.",
    ),
]


@pytest.mark.parametrize(("language", "text"), HOSTED)
def test_the_guests_take_no_step(language, text):
    assert {pair for pair in found(text, language) if pair[0] in C5} == {("KZ", A)}


SUBJECTS = [
    ("en", "The leaders of Morocco and Sudan signed the Abraham Accords declaration."),
    ("de", "Die Präsidenten von Marokko und Sudan unterzeichneten die Abraham-Abkommen."),
]


@pytest.mark.parametrize(("language", "text"), SUBJECTS)
def test_leaders_as_the_subject_still_take_their_step(language, text):
    assert found(text, language) == {("MA", S), ("SD", S)}
