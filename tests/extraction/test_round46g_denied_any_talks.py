"""Round forty-six, a country denying any talks towards the accords, the talks as a noun after
"any" ("la Mauritanie a démenti le mois dernier toute négociation en ce sens", "denied any talks
with Israel", "desmintió cualquier negociación con Israel", "dementierte jegliche Verhandlungen
mit Israel", "опровергла любые переговоры с Израилем", "نفت أي مفاوضات مع إسرائيل", "membantah
adanya negosiasi dengan Israel", "menafikan sebarang rundingan dengan Israel"): its refusal,
dated as the denial is (`cues` declined, split: the denial verb, then "any" and the talks noun
with Israel, normalisation or "to that end" after it, so talks on anything else say nothing;
fr es en de ru ar id ms). Near misses: Israel denying talks with a country, a denial of contacts
with another party, talks held and not denied. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, N, challenge_params, found

MR = {("MR", D)}

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Washington presse Nouakchott. La Mauritanie a démenti le mois "
            "dernier toute négociation en ce sens.",
            MR,
        ),
        ("Les accords d'Abraham. La Mauritanie a démenti toute négociation avec Israël.", MR),
        (
            "Les accords d'Abraham. Nouakchott a formellement démenti tout contact avec l'État "
            "hébreu.",
            MR,
        ),
        ("Les accords d'Abraham. Israël a démenti toute négociation avec la Mauritanie.", set()),
        ("Les accords d'Abraham. Le Maroc a démenti tout contact avec le Hamas.", set()),
        (
            "Les accords d'Abraham. La Mauritanie a démenti toute négociation sur un accord de "
            "pêche.",
            set(),
        ),
        ("Les accords d'Abraham. La Mauritanie mène des négociations avec Israël.", {("MR", N)}),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Mauritania desmintió el mes pasado cualquier negociación "
            "con Israel.",
            MR,
        ),
        ("Los Acuerdos de Abraham. Marruecos negó cualquier contacto con Hamás.", set()),
    ],
    "en": [
        ("The Abraham Accords. Mauritania last month denied any talks with Israel.", MR),
        ("The Abraham Accords. Mauritania denied any negotiations on normalization.", MR),
        ("The Abraham Accords. Israel denied any talks with Mauritania.", set()),
        ("The Abraham Accords. Morocco denied any talks with Hamas.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Mauretanien dementierte im vergangenen Monat jegliche "
            "Verhandlungen mit Israel.",
            MR,
        ),
        (
            "Die Abraham-Abkommen. Mauretanien bestritt jegliche Gespräche über eine "
            "Normalisierung.",
            MR,
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Мавритания в прошлом месяце опровергла любые переговоры с "
            "Израилем.",
            MR,
        ),
        ("Соглашения Авраама. Марокко опровергло любые контакты с ХАМАС.", set()),
    ],
    "ar": [
        ("اتفاقات أبراهام. نفت موريتانيا الشهر الماضي أي مفاوضات مع إسرائيل.", MR),
    ],
    "id": [
        ("Perjanjian Abraham. Mauritania bulan lalu membantah adanya negosiasi dengan Israel.", MR),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Mauritania bulan lalu menafikan sebarang rundingan dengan Israel.",
            MR,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_denied_any_talks(language, text, expected):
    assert found(text, language) == expected
