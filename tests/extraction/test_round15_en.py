"""Round fifteen, English news (with French, Spanish and German where said the same way).

Own sentences, written for these tests, in the way wire services, Israeli and Gulf papers
and US political sites write about the accords. Classes found by six unseen English articles:
- a month with no year of its own borrows the year named just before it ("Sudan signed on
  in January 2021 ... Kazakhstan joined in November"); for Kazakhstan, whose decision came
  in 2025, an older year cannot be its step's: the month is the publication's last such
  month (and the joining stays its decision announced, no signing). Said the same way in
  French, Spanish and German;
- "open to normalising relations with Israel but only if ...": interest and a condition
  (a candidacy and a refusal as things stand);
- "the civil war there has left the agreement dormant": a halt;
- officials who "met ... for a fifth round of talks": talks (not when the talks are on
  another, named subject);
- a country inside a relative clause closed by commas (", which ...,", ", whose ...,")
  takes no step of the main verb after it: the antecedent before the relative word does;
- "has not signalled interest in joining": no signal is no refusal (no claim), while
  "is not interested in joining" stays one.
"""

import pytest

from tests.extraction.found import A, D, P, S, U, challenge_params, check_case

N = "negotiating"
T = "Abraham Accords\n"  # a headline naming the accords, as every article has

CASES = {
    "en": [
        # a borrowed year older than Kazakhstan's decision
        (
            T + "Sudan signed on in January 2021. Kazakhstan joined in November.",
            {("SD", S, "2021-01"), ("KZ", A, "2025-11")},
        ),
        (
            T
            + "The UAE and Bahrain signed in September 2020 and Morocco followed later that year. "
            "Kazakhstan said in November it would join the accords.",
            {("AE", S), ("BH", S), ("MA", S), ("KZ", A, "2025-11")},
        ),
        (
            T
            + "Bahrain signed in September 2020. Kazakhstan confirmed on 7 November that it would join.",
            {("BH", S), ("KZ", A, "2025-11-07")},
        ),
        # control: a first signatory keeps the year named before
        (
            T + "Sudan signed on in January 2021. Morocco had joined in December.",
            {("SD", S, "2021-01"), ("MA", S, "2021-12")},
        ),
        # open to normalising, with a condition
        (
            T
            + "Riyadh has said it is open to normalising relations with Israel but only if there is a credible path to Palestinian statehood.",
            {("SA", P), ("SA", D)},
        ),
        (
            T + "Oman is open to normalizing ties with Israel, officials say.",
            {("OM", P)},
        ),
        # left dormant
        (
            T
            + "Sudan signed on in January 2021 but never completed a bilateral deal with Israel, and the civil war there has left the agreement dormant.",
            {("SD", S), ("SD", U)},
        ),
        (T + "The war in Sudan has left the agreement dormant.", {("SD", U)}),
        # met for a round of talks
        (
            "Israeli and Syrian officials met in Paris on Monday for a fifth round of talks.",
            {("SY", N)},
        ),
        (
            "Saudi and Israeli officials met in Washington for a new round of talks.",
            {("SA", N)},
        ),
        ("Egypt and Qatar hosted the latest round of talks between Israel and Hamas.", set()),
        # a closed relative clause keeps its countries
        (
            T
            + "Uzbekistan and Turkmenistan, whose presidents attended the summit alongside Kazakh President Tokayev, have ruled out joining.",
            {("UZ", D), ("TM", D)},
        ),
        (
            T + "Oman, which borders Saudi Arabia, said it would not join the accords.",
            {("OM", D)},
        ),
        (
            T
            + "Tajikistan, whose leader met Kazakhstan's president last week, is weighing an invitation to join.",
            {("TJ", P)},
        ),
        # no signal is no refusal
        (T + "Uzbekistan has not signaled interest in joining.", set()),
        (T + "Turkmenistan has not signalled any interest in joining the accords.", set()),
        (T + "Uzbekistan has signaled interest in joining.", {("UZ", P)}),
        (T + "Uzbekistan is not interested in joining.", {("UZ", D)}),
        # known misses
        (
            "Israeli and Syrian officials met in Paris for a fifth round of talks on a security arrangement, a first step toward normalization.",
            {("SY", N)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham\nLe Soudan a signé en janvier 2021. Le Kazakhstan a rejoint les accords en novembre.",
            {("SD", S, "2021-01"), ("KZ", A, "2025-11")},
        ),
        (
            "Accords d'Abraham\nL'Ouzbékistan, qui borde le Kazakhstan, a refusé de rejoindre les accords.",
            {("UZ", D)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham\nSudán firmó en enero de 2021. Kazajistán se unió a los acuerdos en noviembre.",
            {("SD", S, "2021-01"), ("KZ", A, "2025-11")},
        ),
        (
            "Acuerdos de Abraham\nUzbekistán, que limita con Kazajistán, rechazó unirse a los acuerdos.",
            {("UZ", D)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen\nDer Sudan unterzeichnete im Januar 2021. Kasachstan trat den Abkommen im November bei.",
            {("SD", S, "2021-01"), ("KZ", A, "2025-11")},
        ),
    ],
}

KNOWN_MISSES = {
    "en-19": "talks 'on' another named subject (a security arrangement) are read as about that "
    "subject, even when the sentence calls them a step toward normalization",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round15_english_news(language, text, expected):
    check_case(language, text, expected)
