"""Round thirty-seven, a country that "would like to see itself (as) part of" the accords: its own
wish, prospective ("would like to see itself as part of the Abraham Accords", "хотело бы видеть
себя частью", "le gustaría verse como parte de", "aimerait se voir faire partie des accords",
"sähe sich gern als Teil", "kendini ... bir parçası olarak görmek istediğini", "تود أن ترى
نفسها جزءا من", "ingin melihat dirinya sebagai bagian dari", "sebahagian daripada", "רוצה לראות
את עצמה חלק"). The French "faire partie" inside it was read as a joining decided. Near miss: a
country that sees itself as part of another grouping gives nothing. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The crown prince said Saudi Arabia would like to see itself as part of the Abraham Accords.",
            {("SA", P)},
        ),
        ("Saudi Arabia would like to see itself as part of the BRICS group.", set()),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Саудовская Аравия хотела бы видеть себя частью Авраамовых соглашений.",
            {("SA", P)},
        ),
        (
            "Наследный принц Мухаммед бин Салман повторил, что королевство «хотело бы видеть себя частью» соглашений.",
            {("SA", P)},
        ),
    ],
    "es": [
        (
            "El príncipe heredero dijo que a Arabia Saudí le gustaría verse como parte de los Acuerdos de Abraham.",
            {("SA", P)},
        ),
    ],
    "fr": [
        (
            "Le prince héritier a dit que l'Arabie saoudite aimerait se voir faire partie des accords d'Abraham.",
            {("SA", P)},
        ),
    ],
    "de": [
        (
            "Der Kronprinz sagte, Saudi-Arabien sähe sich gern als Teil der Abraham-Abkommen.",
            {("SA", P)},
        ),
    ],
    "tr": [
        (
            "Veliaht prens, Suudi Arabistan'ın kendini İbrahim Anlaşmaları'nın bir parçası olarak görmek istediğini söyledi.",
            {("SA", P)},
        ),
    ],
    "ar": [
        ("قال ولي العهد إن السعودية تود أن ترى نفسها جزءا من اتفاقيات أبراهام.", {("SA", P)}),
    ],
    "id": [
        (
            "Putra mahkota mengatakan Arab Saudi ingin melihat dirinya sebagai bagian dari Abraham Accords.",
            {("SA", P)},
        ),
    ],
    "ms": [
        (
            "Putera mahkota berkata Arab Saudi ingin melihat dirinya sebagai sebahagian daripada Perjanjian Abraham.",
            {("SA", P)},
        ),
    ],
    "he": [
        ("יורש העצר אמר כי סעודיה רוצה לראות את עצמה חלק מהסכמי אברהם.", {("SA", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_see_itself_part(language, text, expected):
    check_case(language, text, expected)
