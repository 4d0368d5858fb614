"""Article structures found by unseen English articles (an interview, a live blog, an explainer
with FAQ headings, a column, a government media note, a think-tank analysis), with French,
Spanish and German where the same structure exists. Classes: a question naming no country
("Who else could join?", "Which country could join next?", "Qui d'autre pourrait rejoindre
les accords ?", "¿Quién más podría sumarse?") answered by the next sentence, which opens with
a country list (after a speaker's label or a dash) and tells no step of its own: the list takes
the question's step, and an answer with its own negation or a question for an answer gives
nothing; officials who "have floated" countries after such a question; a candidate list told
as a founder's shortlist that "includes" countries ("la liste restreinte de Washington
comprend", "la lista corta de Washington incluye"), not any list ("the shortlist of venues");
a list of signatories after a colon, one line per state with its formal title and an article
before its name ("The Kingdom of Morocco – December 22, 2020"): a name line, not a dateline, the
list goes on line by line and the date after each line's dash is that line's; a formal title
("the Kingdom of", "the Republic of", "le Royaume de") is no anaphor for the country in scope and
stands inside a list; interest with its owner between the noun and its aim ("the interest of
Armenia in joining", "l'intérêt de l'Arménie pour une adhésion", "el interés de Armenia en
sumarse", "das Interesse Armeniens an einem Beitritt") is that owner's interest, not a joining.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords are back in the news. Which country could join next?\n"
            "Hassan: Oman, I would say.",
            {("OM", P)},
        ),
        (
            "The Abraham Accords are back in the news. Who is most likely to join next?\n"
            "– Mauritania and Niger, in that order.",
            {("MR", P), ("NE", P)},
        ),
        (
            "The Abraham Accords are back in the news. Who else could join?\n"
            "U.S. officials have floated Armenia and Libya.",
            {("AM", P), ("LY", P)},
        ),
        (
            "The Abraham Accords are back in the news. Who else could join?\n"
            "Oman will not, its minister says.",
            set(),
        ),
        (
            "The Abraham Accords are back in the news. Who else could join?\nOman? Qatar?",
            set(),
        ),
        (
            "The Abraham Accords are back in the news. The White House's shortlist, diplomats say, "
            "includes Niger and Libya.",
            {("NE", P), ("LY", P)},
        ),
        (
            "The Abraham Accords are back in the news. The shortlist of venues includes Egypt.",
            set(),
        ),
        (
            "The Abraham Accords Declaration has been signed by the following states:\n\n"
            "The United Arab Emirates – September 15, 2020\n",
            {("AE", S)},
        ),
        (
            "The Abraham Accords Declaration has been signed by the following states:\n\n"
            "The Kingdom of Bahrain – September 15, 2020\n"
            "The Republic of the Sudan – January 6, 2021\n"
            "The Republic of Azerbaijan – May 12, 2026\n",
            {("BH", S, "2020-09-15"), ("SD", S, "2021-01-06"), ("AZ", S, "2026-05-12")},
        ),
        (
            "The Abraham Accords Declaration has been signed by the following states:\n\n"
            "The Kingdom of Bahrain – September 15, 2020\n\n"
            "Officials from Oman – a neighbour – attended.\n",
            {("BH", S, "2020-09-15")},
        ),
        (
            "The Abraham Accords are back in the news. Washington welcomed the interest of Armenia "
            "and the Republic of Niger in joining the Abraham Accords.",
            {("AM", P), ("NE", P)},
        ),
        (
            "The Abraham Accords are back in the news. Washington welcomed the interest expressed by "
            "the Government of Armenia in joining the accords.",
            {("AM", P)},
        ),
        (
            "The Abraham Accords are back in the news. Interest rates in Armenia rose last month.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham reviennent dans l'actualité. Qui d'autre pourrait rejoindre les "
            "accords ?\nR. : L'Azerbaïdjan, sans doute.",
            {("AZ", P)},
        ),
        (
            "Les accords d'Abraham reviennent dans l'actualité. La liste restreinte de Washington, "
            "selon des diplomates, comprend le Niger et la Libye.",
            {("NE", P), ("LY", P)},
        ),
        (
            "Les accords d'Abraham reviennent dans l'actualité. Washington salue l'intérêt de "
            "l'Arménie pour une adhésion.",
            {("AM", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen sind zurück in den Schlagzeilen. Washington begrüßt das Interesse "
            "Armeniens an einem Beitritt.",
            {("AM", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham vuelven a la actualidad. ¿Quién más podría sumarse?\n"
            "Azerbaiyán, sin duda.",
            {("AZ", P)},
        ),
        (
            "Los Acuerdos de Abraham vuelven a la actualidad. La lista corta de Washington, según "
            "diplomáticos, incluye a Níger y Libia.",
            {("NE", P), ("LY", P)},
        ),
        (
            "Los Acuerdos de Abraham vuelven a la actualidad. Washington celebra el interés de "
            "Armenia en sumarse.",
            {("AM", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round23_structures(language, text, expected):
    check_case(language, text, expected)
