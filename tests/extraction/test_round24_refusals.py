"""Refusals and candidacies told in few words, as interviews, explainers and analyses in
Spanish and Arabic tell them (with English, French, German and Russian where the same
phrasing exists). Classes: ruling out being the next country ("ha descartado ser el
próximo", "исключил, что станет следующим"), as "has ruled out being the next", "a exclu
d'être le prochain" already were; rejecting it or the idea outright, the object a pronoun or
"the idea" with an adverb of manner ("lo rechaza de plano", "rejects it outright", "le
rejette catégoriquement", "رفض الفكرة علنا", "hat die Idee öffentlich abgelehnt", "публично
отвергла эту идею"); "no peace with Israel as long as" a condition holds ("no habrá paz con
Israel mientras", "there will be no peace with Israel as long as", "لا سلام مع إسرائيل ما
دامت", "мира с Израилем не будет, пока"), as the French and German forms already were; and a
country that may follow a member told with a pronoun for that member ("وقد تتبعها ماليزيا",
"Malasia podría seguirla", "la Malaisie pourrait le suivre"); any agreement that "must begin
with" an Israeli withdrawal as a precondition ("cualquier acuerdo debe empezar por la retirada",
"any deal must begin with an Israeli withdrawal", "tout accord doit commencer par un retrait",
"أي اتفاق يجب أن يبدأ بانسحاب"). Near misses: an agreement that must begin with
something else, a rejection of something else, peace made between other countries.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. Damasco repite que cualquier acuerdo debe empezar por la retirada de sus tropas.",
            {("SY", D)},
        ),
        (
            "Los Acuerdos de Abraham. Egipto dice que cualquier acuerdo debe empezar por un estudio de viabilidad.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham. Qatar ha descartado ser el próximo, según su cancillería.",
            {("QA", D)},
        ),
        ("Los Acuerdos de Abraham. Túnez lo rechaza de plano.", {("TN", D)}),
        (
            "Los Acuerdos de Abraham. El primer ministro malasio ha rechazado la idea públicamente.",
            {("MY", D)},
        ),
        (
            "Los Acuerdos de Abraham. Beirut repite que no habrá paz con Israel mientras sus tropas sigan en el sur.",
            {("LB", D)},
        ),
        (
            "Los Acuerdos de Abraham. Kazajistán se sumó, y Uzbekistán podría seguirla.",
            {("KZ", A), ("UZ", P)},
        ),
        ("Los Acuerdos de Abraham. Túnez rechazó de plano la subida del precio del gas.", set()),
        ("Los Acuerdos de Abraham. Egipto firmó la paz con Jordania hace décadas.", set()),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. تقول بيروت إن أي اتفاق يجب أن يبدأ بانسحاب القوات الإسرائيلية.",
            {("LB", D)},
        ),
        ("اتفاقيات أبراهام. رفضت تونس الفكرة علنا.", {("TN", D)}),
        (
            "اتفاقيات أبراهام. يقول لبنان إنه لا سلام مع إسرائيل ما دامت قواتها في الجنوب.",
            {("LB", D)},
        ),
        ("اتفاقيات أبراهام. انضمت كازاخستان، وقد تتبعها أوزبكستان.", {("KZ", A), ("UZ", P)}),
        ("اتفاقيات أبراهام. رفضت تونس رفع أسعار الغاز.", set()),
    ],
    "en": [
        (
            "The Abraham Accords. Beirut says any deal must begin with an Israeli withdrawal.",
            {("LB", D)},
        ),
        (
            "The Abraham Accords. Egypt's minister said any deal must begin with a feasibility study.",
            set(),
        ),
        ("The Abraham Accords. Tunisia rejects it outright.", {("TN", D)}),
        (
            "The Abraham Accords. The Malaysian prime minister has publicly rejected the idea.",
            {("MY", D)},
        ),
        (
            "The Abraham Accords. Beirut says there will be no peace with Israel as long as its troops stay.",
            {("LB", D)},
        ),
        ("The Abraham Accords. Tunisia rejected the new gas tariff outright.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Beyrouth affirme que tout accord doit commencer par un retrait israélien.",
            {("LB", D)},
        ),
        ("Les accords d'Abraham. La Tunisie le rejette catégoriquement.", {("TN", D)}),
        (
            "Les accords d'Abraham. Le Kazakhstan a adhéré, et l'Ouzbékistan pourrait le suivre.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
    "de": [
        ("Die Abraham-Abkommen. Malaysia hat die Idee öffentlich abgelehnt.", {("MY", D)}),
    ],
    "ru": [
        ("Соглашения Авраама. Катар исключил, что станет следующим.", {("QA", D)}),
        (
            "Соглашения Авраама. Ливан заявил, что мира с Израилем не будет, пока тот держит войска на юге.",
            {("LB", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round24_refusals(language, text, expected):
    check_case(language, text, expected)
