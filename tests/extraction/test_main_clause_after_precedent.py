"""A main clause after a precedent told in a relative clause, and the words around it.
- A country after an after-word kept only for its relative clause ("Après le Kazakhstan, qui a
  officialisé son adhésion, Washington courtise ...", "Nach Kasachstan, das seinen Beitritt
  verkündete, umwirbt ...") takes that clause's step, not the main verb; a verb-final
  modal or careful cue after the clause closes does not turn the clause's joining.
- Courting told with an adverb ("corteja ahora a"), a French list repeating its preposition
  ("au Liban et à la Syrie"), and German refusals with the particle at the clause end in the
  plural ("schlossen einen Beitritt aus").
- A leader inside a relative clause about no country ("die Linie, die Kronprinz ... ausgegeben
  hat: keine Anerkennung ...") is whose line it is.
- A halt whose object is a pronoun standing for the talks of its sentence ("before the war
  derailed them", "avant que la guerre ne les interrompe", "antes de que la guerra las
  interrumpiera", "bis der Krieg sie unterbrach", "но война прервала их").
Controls: a pronoun halt with no talks before it, and the courted country without a
relative clause. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, U, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Après le Kazakhstan, qui a officialisé son adhésion aux accords d'Abraham le 6 "
            "novembre, l'administration Trump courtise désormais l'Azerbaïdjan et l'Ouzbékistan.",
            {("KZ", A, "2025-11-06"), ("AZ", P), ("UZ", P)},
        ),
        (
            "Les accords d'Abraham. Quant au Liban et à la Syrie, leurs dirigeants ont écarté "
            "toute adhésion à court terme.",
            {("LB", D), ("SY", D)},
        ),
        (
            "Les accords d'Abraham. L'Arabie saoudite menait des pourparlers avancés avec Israël, "
            "avant que la guerre ne les interrompe.",
            {("SA", N), ("SA", U)},
        ),
    ],
    "de": [
        (
            "Nach Kasachstan, das am 6. November seinen Beitritt zu den Abraham-Abkommen "
            "verkündete, umwirbt die Regierung Trump nun Aserbaidschan und Usbekistan.",
            {("KZ", A, "2025-11-06"), ("AZ", P), ("UZ", P)},
        ),
        (
            "Die Abraham-Abkommen. Nach Kasachstan umwirbt die Regierung Trump nun Aserbaidschan "
            "und Usbekistan.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Die Abraham-Abkommen. Es gilt die Linie, die Kronprinz Mohammed bin Salman "
            "ausgegeben hat: keine Anerkennung Israels ohne einen palästinensischen Staat.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Libanon und Syrien schlossen einen baldigen Beitritt aus.",
            {("LB", D), ("SY", D)},
        ),
        (
            "Die Abraham-Abkommen. Libanon und Syrien schließen einen Beitritt nicht aus.",
            {("LB", P), ("SY", P)},
        ),
    ],
    "es": [
        (
            "Tras Kazajistán, que oficializó su adhesión a los Acuerdos de Abraham el 6 de "
            "noviembre, la Administración Trump corteja ahora a Azerbaiyán y Uzbekistán.",
            {("KZ", A, "2025-11-06"), ("AZ", P), ("UZ", P)},
        ),
        (
            "Los Acuerdos de Abraham. Arabia Saudí mantenía negociaciones avanzadas con Israel, "
            "antes de que la guerra las interrumpiera.",
            {("SA", N), ("SA", U)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Saudi Arabia held advanced talks with Israel, before the Gaza "
            "war derailed them.",
            {("SA", N), ("SA", U)},
        ),
        (
            "The Abraham Accords. Saudi officials hosted Biden's envoys in Riyadh, but the war "
            "interrupted them.",
            set(),
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Саудовская Аравия вела переговоры с Израилем о нормализации, "
            "но война прервала их.",
            {("SA", N), ("SA", U)},
        ),
    ],
}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, {}))
def test_main_clause_after_precedent(language, text, expected):
    check_case(language, text, expected)


# Talks told in their own clause ("were well advanced", "قطعت شوطا كبيرا") were held, even
# when a halt across a clause break follows ("before they stalled").
HELD_THEN_HALTED = {
    "en": [
        (
            "The Abraham Accords. Talks between Riyadh and Israel were well advanced before they "
            "stalled after October 7.",
            {("SA", N), ("SA", U)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. وكانت المفاوضات بين الرياض وتل أبيب قد قطعت شوطا كبيرا.",
            {("SA", N)},
        ),
    ],
}


@pytest.mark.parametrize("language, text, expected", challenge_params(HELD_THEN_HALTED, {}))
def test_held_then_halted(language, text, expected):
    check_case(language, text, expected)
