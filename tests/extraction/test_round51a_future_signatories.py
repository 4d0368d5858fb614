"""A signatory or member noun qualified as future, given as what a country is or is presented as
("presented as future signatories of the Abraham Accords", "presentados como futuros firmantes",
"gelten als künftige Unterzeichner", "называли будущими подписантами", "présentée comme un futur
signataire"): others' view of a candidate (`prospective`), not a membership. The signatory noun
alone had read it as signed in English, Spanish, German and Russian. Near misses: future
signatories as the object of another verb ("wants to help future signatories") give the subject
nothing new, and a country already a member keeps its signing. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, found

ID_MR = {("ID", P), ("MR", P)}

CASES = {
    "en": [
        (
            "Indonesia and Mauritania have often been presented as future signatories of the "
            "Abraham Accords.",
            ID_MR,
        ),
        ("Oman is seen by many diplomats as a future party to the Abraham Accords.", {("OM", P)}),
        (
            "Bahrain signed the Abraham Accords in 2020 and wants to help future signatories.",
            {("BH", S)},
        ),
    ],
    "es": [
        (
            "Indonesia y Mauritania han sido presentados a menudo como futuros firmantes de los "
            "Acuerdos de Abraham.",
            ID_MR,
        ),
        (
            "Mauritania sería un futuro miembro de los Acuerdos de Abraham, según los analistas.",
            {("MR", P)},
        ),
        (
            "Baréin firmó los Acuerdos de Abraham en 2020 y quiere ayudar a los futuros firmantes.",
            {("BH", S)},
        ),
    ],
    "fr": [
        (
            "L'Indonésie et la Mauritanie ont souvent été présentées comme de futurs signataires "
            "des accords d'Abraham.",
            ID_MR,
        ),
    ],
    "de": [
        (
            "Indonesien und Mauretanien gelten als künftige Unterzeichner der Abraham-Abkommen.",
            ID_MR,
        ),
        (
            "Bahrain unterzeichnete die Abraham-Abkommen 2020 und will künftigen Unterzeichnern "
            "helfen.",
            {("BH", S)},
        ),
    ],
    "ru": [
        (
            "Индонезию и Мавританию часто называли будущими подписантами Авраамовых соглашений.",
            ID_MR,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_future_signatories(language, text, expected):
    assert found(text, language) == expected
