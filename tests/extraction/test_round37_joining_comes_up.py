"""Round thirty-seven, a country's joining that "comes up" or is "back on the agenda" (in the
press, in talk): prospective, others' speculation, not a decision announced ("Azerbaijan's
accession to the Abraham Accords has often come up", "is back on the agenda", "katılmasının ...
sık sık gündeme geldiğini", "присоединение ... часто всплывает", "ist wieder im Gespräch",
"revient sur la table", "عاد انضمام ... إلى الواجهة", "دوباره مطرح شده", "עלתה שוב על הפרק").
Spanish "sobre la mesa" and Indonesian "kembali mencuat" were read before. Near misses: a joining
said to be off the agenda stays a refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Azerbaijan's accession to the Abraham Accords has often come up in the American press.",
            {("AZ", P)},
        ),
        ("Azerbaijan joining the Abraham Accords is back on the agenda.", {("AZ", P)}),
        ("For Azerbaijan, accession to the Abraham Accords is not on the agenda.", {("AZ", D)}),
    ],
    "tr": [
        (
            "Bakü'nün İbrahim Anlaşmaları'na katılmasının Amerikan basınında sık sık gündeme geldiğini söyledi.",
            {("AZ", P)},
        ),
        ("Azerbaycan'ın İbrahim Anlaşmaları'na katılması yeniden gündeme geldi.", {("AZ", P)}),
        ("Azerbaycan'ın İbrahim Anlaşmaları'na katılması gündemde değil.", {("AZ", D)}),
    ],
    "ru": [
        (
            "Присоединение Азербайджана к Авраамовым соглашениям часто всплывает в американской прессе.",
            {("AZ", P)},
        ),
    ],
    "de": [
        (
            "Ein Beitritt Aserbaidschans zu den Abraham-Abkommen ist wieder im Gespräch.",
            {("AZ", P)},
        ),
    ],
    "fr": [
        ("L'adhésion de l'Azerbaïdjan aux accords d'Abraham revient sur la table.", {("AZ", P)}),
    ],
    "ar": [
        (
            "عاد انضمام أذربيجان إلى اتفاقيات أبراهام إلى الواجهة في الصحافة الأمريكية.",
            {("AZ", P)},
        ),
    ],
    "fa": [
        ("پیوستن آذربایجان به توافق ابراهیم دوباره مطرح شده است.", {("AZ", P)}),
    ],
    "he": [
        ("הצטרפות אזרבייג'ן להסכמי אברהם עלתה שוב על הפרק.", {("AZ", P)}),
    ],
    "es": [
        (
            "La adhesión de Azerbaiyán a los Acuerdos de Abraham vuelve a estar sobre la mesa.",
            {("AZ", P)},
        ),
    ],
    "id": [
        ("Bergabungnya Azerbaijan dengan Abraham Accords kembali mencuat.", {("AZ", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_joining_comes_up(language, text, expected):
    check_case(language, text, expected)
