"""Round thirty-three, any step toward Israel tied to the creation of a Palestinian state ("связывает
любые шаги навстречу Израилю с созданием палестинского государства", "lie tout rapprochement avec
Israël à la création d'un État palestinien", "vincula cualquier paso hacia Israel a la creación de
un Estado palestino", "קושרת כל צעד לקראת ישראל בהקמת מדינה פלסטינית"): the country's
precondition, a refusal as things stand, whatever the object tied, as "увязывает нормализацию"
and "ties any step" were. The cue's tail is the Palestinian state itself, so the plain verbs
("связывает", "lie", "vincula") count only with it.
Near misses: analysts tying the accords' future to a state are no country; two countries bound
by friendship ("связывает дружба") and a pause tied to the war are no condition.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Индонезия, крупнейшая мусульманская страна мира, связывает "
            "любые шаги навстречу Израилю с созданием палестинского государства.",
            {("ID", D)},
        ),
        (
            "Соглашения Авраама. Саудовская Аравия связала возможную нормализацию с появлением "
            "палестинского государства.",
            {("SA", D)},
        ),
        (
            "Соглашения Авраама. Аналитики связывают будущее соглашений с созданием "
            "палестинского государства.",
            set(),
        ),
        ("Соглашения Авраама. Азербайджан и Израиль связывает тесная дружба.", set()),
        ("Соглашения Авраама. Эксперты связывают паузу в переговорах с войной в Газе.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Indonésie lie tout rapprochement avec Israël à la création "
            "d'un État palestinien.",
            {("ID", D)},
        ),
        (
            "Les accords d'Abraham. Les experts lient l'avenir des accords à la création d'un "
            "État palestinien.",
            set(),
        ),
        ("Les accords d'Abraham. Le Maroc lie ses exportations à la demande européenne.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Indonesia vincula cualquier paso hacia Israel a la creación "
            "de un Estado palestino.",
            {("ID", D)},
        ),
        (
            "Los Acuerdos de Abraham. Los analistas vinculan el futuro de los acuerdos a la "
            "creación de un Estado palestino.",
            set(),
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. אינדונזיה קושרת כל צעד לקראת ישראל בהקמת מדינה פלסטינית.",
            {("ID", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Indonesia ties any step toward Israel to the creation of a "
            "Palestinian state.",
            {("ID", D)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Indonesien knüpft jede Annäherung an Israel an die Gründung "
            "eines Palästinenserstaates.",
            {("ID", D)},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Indonesia mengaitkan setiap langkah menuju Israel dengan berdirinya "
            "negara Palestina.",
            {("ID", D)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Индонезия Израильмен жақындасуды Палестина мемлекетінің "
            "құрылуымен байланыстырады.",
            {("ID", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_steps_tied_to_state(language, text, expected):
    check_case(language, text, expected)
