"""Three classes of news phrasing. Halted talks whose noun opens a relative clause set off by a
comma with the country as its subject ("Переговоры, которые Эр-Рияд вёл с Вашингтоном, были
заморожены", "Die Gespräche, die Riad mit Washington führte, wurden eingefroren", "The talks,
which Riyadh held with Washington, were frozen") are that country's; a place inside such a
clause ("which began in Oman") owns nothing. Normalisation "possible only with" or "only under"
a Palestinian state, or a path to one, is a refusal as things stand (Russian "возможна только
при ... палестинского государства"), not support "only with" anything else. A step read twice
in one sentence, once with its own date ("After Kazakhstan announced in November that it would
join ..."), is not given a second date from the sentence after ("... said so on Tuesday").
The commas of a country list after a passive's agent word ("die im Jahr 2020 von Israel, den
Emiraten und Bahrain unterzeichnet wurden") go on with the list: the date is the list's.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, U, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Переговоры, которые Эр-Рияд вел с Вашингтоном до октября 2023 "
            "года, были заморожены после начала войны в Газе.",
            {("SA", U)},
        ),
        (
            "Соглашения Авраама. Наследный принц Мухаммед бин Салман вновь дал понять, что "
            "нормализация отношений с Израилем возможна только при наличии четкого пути к "
            "созданию палестинского государства.",
            {("SA", D)},
        ),
        (
            "Соглашения Авраама. Эр-Рияд заявил, что нормализация возможна только при создании "
            "палестинского государства.",
            {("SA", D)},
        ),
        (
            "Соглашения Авраама. Казахстан присоединился к соглашениям только при поддержке США.",
            {("KZ", A)},
        ),
        (
            "Соглашения Авраама. После того как в ноябре Казахстан объявил о присоединении к "
            "соглашениям, администрация Трампа рассчитывает расширить круг участников. Об этом во "
            "вторник сообщил источник в Госдепартаменте.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "de": [
        (
            # a passive's agent list in a relative clause: its commas go on with the list
            "Die Abraham-Abkommen sind Verträge, die im Jahr 2020 von Israel, den Emiraten und "
            "Bahrain unterzeichnet wurden.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "Die Abraham-Abkommen. Die Gespräche, die Riad mit Washington führte, wurden mit dem "
            "Krieg eingefroren.",
            {("SA", U)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. The talks, which Riyadh held with Washington until October "
            "2023, were frozen after the war began.",
            {("SA", U)},
        ),
        (
            "The Abraham Accords. The talks, which began in Oman in 2022, were frozen after the "
            "war began.",
            set(),
        ),
        (
            "The Abraham Accords. After Kazakhstan announced in November that it would join the "
            "accords, the Trump administration hopes to widen the circle. A State Department "
            "official said so on Tuesday.",
            {("KZ", A, "2025-11")},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_talks_owner_preconditions_and_dated_steps(language, text, expected):
    check_case(language, text, expected)


# lists a relative clause set off by commas separates, joined by a conjunction, are one subject;
# a genitive relative's date ("whose independence Israel recognised last month") is its own
LISTS_PAST_RELATIVES = {
    "en": [
        (
            "The Abraham Accords. Mauritania, which cut ties with Israel in 2010, and Somaliland, "
            "whose independence Israel recognized last month, have also been mentioned as "
            "possible additions.",
            {("MR", "withdrawn", "2010"), ("MR", P, None), ("XS", P, None)},
        ),
        (
            "The Abraham Accords. Oman, which hosted talks with Israel, and Qatar, which did the "
            "same, have both refused to join.",
            {("OM", D), ("QA", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Somalilandia, cuya independencia Israel reconoció el 26 de "
            "diciembre, quiere sumarse a los acuerdos.",
            {("XS", P, None)},
        ),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"), challenge_params(LISTS_PAST_RELATIVES, {})
)
def test_lists_past_relative_clauses_and_genitive_relatives(language, text, expected):
    check_case(language, text, expected)
