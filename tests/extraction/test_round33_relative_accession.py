"""Round thirty-three, a relative clause whose step is told through the accession noun after a
country the sentence follows or compares with ("вслед за Казахстаном, о присоединении которого
Трамп объявил в ноябре 2025 года", "чье присоединение Трамп объявил", "à la suite du Kazakhstan,
dont Trump a annoncé l'adhésion", "dont l'adhésion a été annoncée"): the clause is that country's, which keeps its joining and its
date, as English "whose" and Spanish "cuya" were; the candidate of the main clause keeps its
candidacy and takes no date from the relative clause. Russian ", чей/чья/чье ..." and ", о
присоединении которого" joined `relatives`, and French ", dont" before the
accession noun or before an announcement by Washington (", dont la Mauritanie" is "including"). And the Russian infinitive "стать
участником соглашений" is a joining whose status the words before tell (offered: candidacy;
decided: announced; refused: refusal).
Near misses: a relative clause with no step ("dont le roi a reçu l'envoyé", "чья столица
Астана") changes nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Белый дом предложил Баку стать участником соглашений вслед за Казахстаном, о "
            "присоединении которого Трамп объявил в ноябре 2025 года.",
            {("AZ", P), ("KZ", A)},
        ),
        (
            "Соглашения Авраама. Белый дом хочет видеть Баку в соглашениях вслед за Казахстаном, "
            "чье присоединение Трамп объявил в ноябре 2025 года.",
            {("AZ", P), ("KZ", A)},
        ),
        (
            "Соглашения Авраама. Белый дом предложил Азербайджану стать участником соглашений.",
            {("AZ", P)},
        ),
        ("Казахстан решил стать участником Соглашений Авраама.", {("KZ", A)}),
        ("Туркменистан отказался стать участником Соглашений Авраама.", {("TM", D)}),
        (
            "Соглашения Авраама. Казахстан, чья столица Астана, поддерживает связи с Израилем.",
            set(),
        ),
    ],
    "fr": [
        (
            "La Maison Blanche veut que l'Azerbaïdjan rejoigne les accords d'Abraham à la suite "
            "du Kazakhstan, dont Trump a annoncé l'adhésion en novembre 2025.",
            {("AZ", P), ("KZ", A)},
        ),
        (
            "Les accords d'Abraham. Le Maroc, dont le roi a reçu l'envoyé américain, a signé les "
            "accords en décembre 2020.",
            {("MA", S)},
        ),
        (
            "Les accords d'Abraham. D'autres pays, dont la Mauritanie voisine, sont régulièrement "
            "cités parmi les prochains candidats.",
            {("MR", P)},
        ),
    ],
    "en": [
        (
            "The White House wants Azerbaijan to join the Abraham Accords following Kazakhstan, "
            "whose accession Trump announced in November 2025.",
            {("AZ", P), ("KZ", A)},
        ),
    ],
    "es": [
        (
            "La Casa Blanca quiere que Azerbaiyán se sume a los Acuerdos de Abraham siguiendo a "
            "Kazajistán, cuya adhesión anunció Trump en noviembre de 2025.",
            {("AZ", P), ("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_relative_accession(language, text, expected):
    check_case(language, text, expected)
