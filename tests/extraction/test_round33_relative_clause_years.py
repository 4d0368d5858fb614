""" "Alger, qui a rompu avec Rabat en août 2021, a réitéré en novembre son refus", "Algeria,
which cut ties with Morocco in 2021, repeated in November that ...": a month with no year of
its own borrows the year named last before it, but a year named inside a relative clause a
comma opened and closed before the month dates that clause's own past event. A stance told in
the month after it (a refusal, a hope, talks) is then dated by the publication's last such
month (`dates._in_closed_relative`, `confidence._stance_date`), in every language whose
relative words a comma opens (`relatives`). Near misses: a year in a main clause still lends
itself to the month after it, and a signing keeps the borrowed year ("Sudan, which agreed in
October 2020, signed in January").
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, N, S, challenge_params, check_case

# read as published on 20 November 2025: "November" is 2025-11, "December" 2024-12
CASES = {
    "fr": [
        (
            "Alger, qui a rompu ses relations avec Rabat en août 2021, a réitéré en novembre son "
            "refus de normaliser avec Israël.",
            {("DZ", D, "2025-11")},
        ),
        (
            "Nouakchott, qui avait rompu avec Israël en 2010, reste sous pression. Le gouvernement "
            "mauritanien a répété en décembre son refus de toute normalisation.",
            {("MR", D, "2024-12")},
        ),
        (
            "Les Comores, qui ont présidé l'Union africaine en 2023, auraient eu en janvier des "
            "contacts sur une adhésion aux accords d'Abraham.",
            {("KM", N, "2025-01")},
        ),
        # near miss: the year of a main clause is the month's
        (
            "Le Maroc a normalisé ses relations avec Israël en 2020. En décembre, le Soudan a "
            "rejoint les accords d'Abraham.",
            {("MA", S, "2020"), ("SD", S, "2020-12")},
        ),
    ],
    "en": [
        (
            "Algeria, which cut ties with Morocco in August 2021, repeated in November that it "
            "would never normalise relations with Israel.",
            {("DZ", D, "2025-11")},
        ),
        # near miss: a signing keeps the year of the relative clause
        (
            "Sudan, which agreed to normalise in October 2020, signed the Abraham Accords in "
            "January.",
            {("SD", "announced", "2020-10"), ("SD", S, "2020-01")},
        ),
    ],
    "es": [
        (
            "Argelia, que rompió relaciones con Marruecos en agosto de 2021, reiteró en noviembre "
            "que nunca normalizará relaciones con Israel.",
            {("DZ", D, "2025-11")},
        ),
    ],
    "de": [
        (
            "Algerien, das im August 2021 mit Rabat brach, bekräftigte im November, dass es "
            "niemals Beziehungen zu Israel normalisieren werde.",
            {("DZ", D, "2025-11")},
        ),
    ],
    "ru": [
        (
            "Алжир, который разорвал отношения с Марокко в августе 2021 года, в ноябре вновь "
            "заявил, что никогда не нормализует отношения с Израилем.",
            {("DZ", D, "2025-11")},
        ),
    ],
    "ar": [
        (
            "الجزائر، التي قطعت علاقاتها مع المغرب في أغسطس 2021، جددت في نوفمبر رفضها التطبيع "
            "مع إسرائيل.",
            {("DZ", D, "2025-11")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_relative_clause_years(language, text, expected):
    check_case(language, text, expected)
