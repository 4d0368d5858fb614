"""Round thirty-five (a pass over the golden set's known misses): a first signatory in a list of
them that halts its ties in the same sentence ("the UAE, Bahrain, Morocco and Sudan, where the
war has frozen contacts with Israel", "..., où la guerre a gelé les contacts", "..., donde la
guerra congeló los contactos", "..., wo der Krieg die Kontakte eingefroren hat", "..., где ...
контакты с Израилем заморожены") is still a member of the list: only a member has ties to
freeze. Its halt had taken it out of the background members (a country with a step of its own
in the sentence is no background member), so the list lost it (`claims._background_members`).
Near misses: a first signatory named alone whose ties are halted in a sentence naming the
accords ("Bahrain recalled its ambassador ... but never left the accords") halts only, as the
golden labels read it. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

LISTED = {("AE", S), ("BH", S), ("MA", S), ("SD", S), ("SD", U)}

CASES = {
    "en": [
        (
            "The Abraham Accords bring together the UAE, Bahrain, Morocco and Sudan, where the war "
            "has frozen contacts with Israel.",
            LISTED,
        ),
        (
            "Bahrain recalled its ambassador from Israel in 2023 but never left the Abraham Accords.",
            {("BH", U)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham réunissent les Émirats, Bahreïn, le Maroc et le Soudan, où la "
            "guerre a gelé les contacts avec Israël.",
            LISTED,
        ),
        (
            "Bahreïn a rappelé son ambassadeur en Israël en 2023 sans quitter les accords d'Abraham.",
            {("BH", U)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham reúnen a Emiratos, Baréin, Marruecos y Sudán, donde la guerra "
            "congeló los contactos con Israel.",
            LISTED,
        ),
        (
            "Baréin retiró a su embajador de Israel en 2023, pero no abandonó los Acuerdos de "
            "Abraham.",
            {("BH", U)},
        ),
    ],
    "de": [
        (
            "Zu den Abraham-Abkommen gehören die Emirate, Bahrain, Marokko und der Sudan, wo der "
            "Krieg die Kontakte zu Israel eingefroren hat.",
            LISTED,
        ),
    ],
    "ru": [
        (
            "В Авраамовых соглашениях участвуют ОАЭ, Бахрейн, Марокко и Судан, где из-за войны "
            "контакты с Израилем заморожены.",
            LISTED,
        ),
        (
            "Бахрейн в 2023 году отозвал посла из Израиля, но из Авраамовых соглашений не вышел.",
            {("BH", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_halted_member_listed(language, text, expected):
    check_case(language, text, expected)
