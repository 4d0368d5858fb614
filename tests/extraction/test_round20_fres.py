"""French and Spanish news as Le Point, RFI, Libération, El Mundo, BBC Mundo and Europa Press
write it (with English and German where the same phrasing exists). Classes: a wish to join
followed by what must come first ("Nous voulons en faire partie, mais il faut d'abord un
chemin vers un État palestinien", "but first there must be", "pero antes debe haber", "aber
zuerst muss es ... geben") is interest and a refusal as things stand, the French wish also
with the accords as a clitic ("en faire partie"); a recognition promised for the day another
one comes ("le jour où Israël reconnaîtra la Palestine", "el día que Israel reconozca a
Palestina", "the day Israel recognises Palestine", "an dem Tag, an dem Israel Palästina
anerkennt") or once a state is recognised ("una vez reconocido el Estado de Palestina",
"once a Palestinian state is recognised", "erst nach der Anerkennung eines palästinensischen
Staates") is a refusal, and Palestine named inside such a condition is what is asked for,
never the country that acts; ties with Israel "only" in the conditional ("solo contemplaría
relaciones con Israel", "would only establish relations with Israel") is a refusal as things
stand, not interest. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Mohammed ben Salmane était à Washington. « Nous voulons en faire partie, "
            "mais il faut d'abord un chemin vers un État palestinien », a-t-il déclaré devant la presse.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Les accords d'Abraham. « Nous voulons faire partie des accords, mais il faut d'abord un État "
            "palestinien », a déclaré le prince héritier saoudien.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Les accords d'Abraham. « Nous voulons la paix, mais il faut d'abord un cessez-le-feu », "
            "a déclaré le ministre saoudien.",
            set(),
        ),
        (
            "Les accords d'Abraham. L'Indonésie reconnaîtra Israël le jour où Israël reconnaîtra la Palestine.",
            {("ID", D)},
        ),
        (
            "Les accords d'Abraham. Le Maroc a annoncé la reprise des relations diplomatiques avec Israël le "
            "jour où Washington a reconnu sa souveraineté sur le Sahara.",
            {("MA", A)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. «Queremos formar parte de ellos, pero antes debe haber un camino hacia "
            "un Estado palestino», dijo el príncipe heredero saudí.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Los Acuerdos de Abraham. Indonesia reconocerá a Israel el día que Israel reconozca a Palestina.",
            {("ID", D)},
        ),
        (
            "Los Acuerdos de Abraham. Yakarta ha reiterado, por boca de su ministro, que Indonesia solo "
            "contemplaría relaciones con Israel una vez reconocido el Estado de Palestina.",
            {("ID", D)},
        ),
        (
            "Los Acuerdos de Abraham. Indonesia solo establecería lazos con Israel en el marco de una "
            "solución de dos Estados.",
            {("ID", D)},
        ),
        (
            "Los Acuerdos de Abraham. Marruecos anunció que se unirá a los acuerdos el día que Washington "
            "reconozca su soberanía sobre el Sáhara.",
            {("MA", A)},
        ),
        (
            "Los Acuerdos de Abraham. La reconstrucción de Gaza empezará una vez reconocido el Estado de "
            "Palestina, según Egipto.",
            set(),
        ),
    ],
    "en": [
        (
            'The Abraham Accords. "We want to be part of the accords, but first there must be a Palestinian '
            'state," the Saudi crown prince said.',
            {("SA", P), ("SA", D)},
        ),
        (
            "The Abraham Accords. Indonesia would only establish relations with Israel once a Palestinian "
            "state is recognised.",
            {("ID", D)},
        ),
        (
            "The Abraham Accords. Indonesia will recognise Israel on the day Israel recognises Palestine.",
            {("ID", D)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. «Wir wollen Teil der Abkommen sein, aber zuerst muss es einen Weg zu "
            "einem palästinensischen Staat geben», sagte der saudische Kronprinz.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Indonesien will Israel erst nach der Anerkennung eines palästinensischen "
            "Staates anerkennen.",
            {("ID", P), ("ID", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round20_french_spanish_news(language, text, expected):
    check_case(language, text, expected)
