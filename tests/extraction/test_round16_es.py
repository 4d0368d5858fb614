"""Round sixteen, Spanish news as El País, EFE, Europa Press, BBC Mundo, Infobae and CNN en
Español write it (with English, French and German where the same phrasing exists). Classes: EFE's
dateline "Riad, 20 nov (EFE).- " (the agency and a full stop glued to the dash) is where and when
the dispatch was filed: its capital takes no step and its day is no claim's date; an adverb
between a candidacy verb and its complement ("figura también en las quinielas"); the perfect
participle of a precondition ("ha vinculado cualquier normalización a"); the predicate first ("el
gran objetivo sigue siendo X", "el mayor premio sería X"); efforts to bring a country in ("los
esfuerzos de Washington para atraer a X"); a path to a Palestinian state to be secured first
("asegurar un camino creíble hacia", a refusal as things stand); a signing told right after
another agreement's signing, with no object of its own, is that agreement's ("Trump firmó la carta
de la Junta de Paz. Junto a él firmaron X, Y", two sentences on, until the accords are named);
"abre la puerta a", "opens the door to", "ouvre la voie à" are a candidacy only before a step
("a una normalización", "to joining"), not before a place ("a Asia Central"); "tras la firma",
"après la signature" tell a time; talks told before "pero" stay talks when a halt with its own head
("esas conversaciones quedaron congeladas") follows: a split halt does not start at a process noun
before the break, and a country after "que" following it is no
signer.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

CASES = {
    "es": [
        (
            "Riad, 20 nov (EFE).- Kazajistán se unirá a los Acuerdos de Abraham, anunció ayer Donald Trump.",
            {("KZ", A, "2025-11-19")},
        ),
        (
            "Rabat, 19 nov (EFE).-Indonesia descartó este miércoles sumarse a los Acuerdos de Abraham.",
            {("ID", D)},
        ),
        (
            "Omán figura también en las quinielas de los diplomáticos para unirse a los Acuerdos de Abraham.",
            {("OM", P)},
        ),
        (
            "Para los Acuerdos de Abraham, Azerbaiyán aparece ya en las quinielas de Washington.",
            {("AZ", P)},
        ),
        (
            "Indonesia ha vinculado cualquier normalización con Israel a la creación de un Estado palestino.",
            {("ID", D)},
        ),
        (
            "Riad, que ha vinculado su adhesión a los Acuerdos de Abraham a un Estado palestino, guarda silencio.",
            {("SA", D)},
        ),
        (
            "En la ampliación de los Acuerdos de Abraham, el gran objetivo sigue siendo Arabia Saudí.",
            {("SA", P)},
        ),
        (
            "El mayor premio sería Indonesia, según los diplomáticos que trabajan en los Acuerdos de Abraham.",
            {("ID", P)},
        ),
        (
            "Los Acuerdos de Abraham. Washington redobla sus esfuerzos para atraer a Mauritania.",
            {("MR", P)},
        ),
        (
            "Los intentos de la Casa Blanca por sumar a Omán a los Acuerdos de Abraham no han dado fruto.",
            {("OM", P)},
        ),
        (
            "Arabia Saudí quiere unirse a los Acuerdos de Abraham, pero antes quiere asegurar un camino creíble hacia un Estado palestino.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Los Acuerdos de Abraham. Trump firmó en Davos la carta de la Junta de Paz. Junto a él firmaron Arabia Saudí, Turquía e Indonesia.",
            set(),
        ),
        (
            "Trump firmó en Davos la carta de la Junta de Paz. Omán firmó después los Acuerdos de Abraham.",
            {("OM", S)},
        ),
        (
            "Kazajistán se suma a los Acuerdos de Abraham y abre la puerta a Asia Central.",
            {("KZ", A)},
        ),
        (
            "Los Acuerdos de Abraham. Arabia Saudí abre la puerta a una posible normalización con Israel.",
            {("SA", P)},
        ),
        ("Indonesia podría abrir el camino a una adhesión a los Acuerdos de Abraham.", {("ID", P)}),
        (
            "Los Acuerdos de Abraham. Arabia Saudí negoció con Washington un acuerdo de normalización, pero esas conversaciones quedaron congeladas tras el ataque de Hamás.",
            {("SA", N), ("SA", U)},
        ),
        (
            "Los Acuerdos de Abraham. Indonesia negociaba en secreto un acercamiento con Israel, pero las conversaciones se congelaron con la guerra.",
            {("ID", N), ("ID", U)},
        ),
        (
            "Los Acuerdos de Abraham. La normalización con Arabia Saudí quedó congelada tras el ataque de Hamás.",
            {("SA", U)},
        ),
        (
            "El primer ministro de Pakistán aclaró tras la firma que Islamabad no se sumará a los Acuerdos de Abraham.",
            {("PK", D)},
        ),
    ],
    "en": [
        (
            "Abraham Accords. Saudi Arabia negotiated a normalization deal with Washington, but those talks were frozen after the Hamas attack.",
            {("SA", N), ("SA", U)},
        ),
        ("Kazakhstan joins the Abraham Accords and opens the door to Central Asia.", {("KZ", A)}),
        ("Abraham Accords: Oman opens the door for joining the pact.", {("OM", P)}),
        (
            "On the Abraham Accords, Trump signed the Board of Peace charter in Davos. Beside him signed Saudi Arabia, Turkey and Indonesia.",
            set(),
        ),
        (
            "Trump signed the Board of Peace charter in Davos. Oman later signed the Abraham Accords.",
            {("OM", S)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Arabie saoudite a négocié avec Washington un accord de normalisation, mais ces discussions ont été gelées après l'attaque du Hamas.",
            {("SA", N), ("SA", U)},
        ),
        (
            "Le Kazakhstan rejoint les accords d'Abraham et ouvre la voie à l'Asie centrale.",
            {("KZ", A)},
        ),
        (
            "Les accords d'Abraham. L'Arabie saoudite ouvre la voie à une normalisation avec Israël.",
            {("SA", P)},
        ),
        (
            "Les accords d'Abraham. Trump a signé à Davos la charte du Conseil de la paix. À ses côtés ont signé l'Arabie saoudite, la Turquie et l'Indonésie.",
            set(),
        ),
        (
            "Le Premier ministre pakistanais a précisé après la signature que le Pakistan ne rejoindra pas les accords d'Abraham.",
            {("PK", D)},
        ),
    ],
    "de": [
        (
            "Zu den Abraham-Abkommen: Trump unterzeichnete in Davos die Charta des Friedensrats. Neben ihm unterschrieben Saudi-Arabien, die Türkei und Indonesien.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {
    "fr-1": "talks told before 'mais' and their halt after it: 'a négocié ... un accord de "
    "normalisation, mais ces discussions ont été gelées' keeps only the halt",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round16_spanish_news(language, text, expected):
    check_case(language, text, expected)
