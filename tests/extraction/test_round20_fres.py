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
stand, not interest; another body named right after a joining, a preposition and an article
between ("seinem Beitritt zum Friedensrat", "el siguiente en reconocer a Somalilandia"), is what
is joined even when the accords are named further on; a denied link ("a rejeté tout lien entre
son entrée au Conseil de paix et une éventuelle normalisation", "rejected any link between",
"rechazó cualquier vínculo entre", "wies jeden Zusammenhang zwischen ... zurück") tells no step
of either side, while a refusal after it in its own clause stands; the founding charter of another body
("die Gründungscharta", "la charte fondatrice", "the founding charter") is what was signed
beside a refusal, no signing of the accords; a joining that gives new life to a process that had
stalled ("redonne du souffle à un dispositif qui s'était essoufflé", "breathes new life into",
"da nuevo aliento a", "neues Leben eingehaucht") is a revival, not a halt. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, U, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Le Kazakhstan a annoncé son adhésion. Mais l'adhésion redonne du souffle à "
            "un dispositif qui s'était essoufflé avec la guerre de Gaza.",
            {("KZ", A)},
        ),
        (
            "Les accords d'Abraham. Le Kazakhstan a annoncé son adhésion. Mais l'adhésion de l'Arabie saoudite, "
            "qui s'était essoufflée avec la guerre de Gaza, reste bloquée.",
            {("KZ", A), ("SA", U)},
        ),
        (
            "Les accords d'Abraham. Le gouvernement pakistanais a rejeté tout lien entre son entrée au Conseil "
            "de paix voulu par Donald Trump et une éventuelle normalisation avec Israël.",
            set(),
        ),
        (
            "Les accords d'Abraham. Le Pakistan a rejeté tout lien entre son vote à l'ONU et une éventuelle "
            "normalisation, et exclu toute adhésion aux accords.",
            {("PK", D)},
        ),
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
            "Los Acuerdos de Abraham. Kazajistán anunció su adhesión. La adhesión da nuevo aliento a un proceso "
            "que se había estancado con la guerra de Gaza.",
            {("KZ", A)},
        ),
        (
            "Los Acuerdos de Abraham. El Gobierno de Pakistán ha rechazado este jueves cualquier vínculo entre "
            "su ingreso en la Junta de Paz impulsada por el presidente de Estados Unidos, Donald Trump, y una "
            "eventual "
            "normalización de relaciones con Israel.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham. Analistas consultados por la radio creen que Etiopía, aliado de Hargeisa, "
            "podría ser el siguiente en reconocer a Somalilandia.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham. Los analistas creen que Etiopía podría ser la siguiente en unirse a los "
            "acuerdos.",
            {("ET", P)},
        ),
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
            "The Abraham Accords. Kazakhstan announced its accession. The accession breathes new life into a "
            "process that had stalled with the Gaza war.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords. Pakistan ruled out normalisation, hours after Prime Minister Shehbaz Sharif "
            "signed the founding charter in Davos.",
            {("PK", D)},
        ),
        (
            "The Abraham Accords. Pakistan's government rejected any link between its entry into the Board of "
            "Peace promoted by Donald Trump and a possible normalisation of relations with Israel.",
            set(),
        ),
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
            "Die Abraham-Abkommen. Kasachstan kündigte seinen Beitritt an. Der Beitritt hat dem Prozess, der mit "
            "dem Gaza-Krieg ins Stocken geraten war, neues Leben eingehaucht.",
            {("KZ", A)},
        ),
        (
            "Die Abraham-Abkommen. Pakistan schloss eine Normalisierung aus, Stunden nachdem Premierminister "
            "Shehbaz Sharif in Davos die Gründungscharta unterzeichnet hatte.",
            {("PK", D)},
        ),
        (
            "Die Abraham-Abkommen. Pakistan schloss eine Normalisierung aus, Stunden nachdem Premierminister "
            "Shehbaz Sharif in Davos das Handelsabkommen unterzeichnet hatte.",
            {("PK", D)},
        ),
        (
            "Die Abraham-Abkommen. Pakistans Regierung wies jeden Zusammenhang zwischen seinem Beitritt zum "
            "Friedensrat von Präsident Donald Trump und einer Normalisierung mit Israel zurück.",
            set(),
        ),
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
