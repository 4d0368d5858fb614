"""Round nineteen, Spanish and German news as EFE, El País, Clarín, dpa, the FAZ and the NZZ
write it (with English and French where the same phrasing exists). Classes: "there will be no
normalisation" said with no verb of joining ("no habrá normalización mientras ...", "there will
be no normalisation as long as ...", "keine Anerkennung Israels" after its precondition) as a
refusal, with controls where the normalisation is of something else; membership of the United
Nations ("Mitgliedstaat der Vereinten Nationen", "Estado miembro de la ONU") is another club;
the crown prince's and the Syrian president's names as other papers spell them ("Muhammad bin
Salman", "Mohamed bin Salman", "al Shara", "al-Schara"); a German candidacy told in a
subordinate clause with the verb last ("das als wichtigster Kandidat ... gilt"); normalisation
no longer spoken of as a halt ("von einer Normalisierung sei keine Rede mehr", "ya nadie habla
de normalización", "no longer any talk of normalisation"), with "keine Rede mehr" negating
nothing; the accords' "project" stalling is no halt of the country the sentence before named
("das Projekt ist ins Stocken geraten", "el proyecto se ha estancado", "the project has
stalled"), while the ties stalling stay that country's; a German joining noun with its
genitive owner, then the signing participle ("Der Beitritt des Sudans, im Januar 2021 besiegelt,",
"wurde ... besiegelt"), is that joining signed, no announcement beside it; a founder's pressure
on a named country with no joining verb ("Washington presiona también a Omán", "is also
pressing", "drängt auch") is a candidacy, not where the country presses the founder; a joining
whose object points back ("se sumaron a la propuesta", "joined the initiative", "schloss sich dem
Vorhaben an", "a rejoint l'initiative") to another agreement named before it in the sentence
("los Acuerdos de Isaac", whose name holds "los acuerdos") joins that agreement, while the same
object with the accords alone in view stays their joining; a founder's gaze at a country
("Washington pone sus ojos en Riad", "richtet den Blick auf Riad", "a les yeux tournés vers
Riyad") as a candidacy, not where the country itself looks elsewhere, and a founder's pressure
or gaze leaves a joining noun before it ("Tras la adhesión kazaja", "Nach dem Beitritt
Kasachstans") the announcement it is; normalisation "only with a Palestinian state" said with no
joining verb ("solo llegará con un Estado palestino", "nur mit einem Palästinenserstaat", "ne
viendra qu'avec un État palestinien") as a refusal; a German "dass" clause opening the sentence
whose main clause after the comma is a belief ("Dass Oman ... beitreten werde, gilt in
Washington als wahrscheinlich") is that belief's candidacy, while one confirmed stays the
announcement. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, U, challenge_params, check_case

CASES = {
    "es": [
        (
            "Acuerdos de Abraham. En Damasco se insiste en que no habrá normalización mientras Israel "
            "siga ocupando los Altos del Golán.",
            {("SY", D)},
        ),
        (
            "Acuerdos de Abraham. Argelia advierte de que no habría normalización hasta que exista un "
            "Estado palestino.",
            {("DZ", D)},
        ),
        (
            "Acuerdos de Abraham. Argelia anunció que no habrá normalización de las tarifas aduaneras "
            "con Túnez.",
            set(),
        ),
        (
            "Acuerdos de Abraham. Somalilandia no es reconocida por ningún Estado miembro de las "
            "Naciones Unidas.",
            set(),
        ),
        (
            "Acuerdos de Abraham. Muhammad bin Salmán insiste en que no habrá reconocimiento de Israel "
            "sin un Estado palestino.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. Washington sueña con Siria, pero Ahmed al Shara descartó cualquier "
            "normalización con Israel.",
            {("SY", D)},
        ),
        (
            "Acuerdos de Abraham. Sudán firmó en enero de 2021. Desde que estalló la guerra, ya nadie "
            "habla de normalización en Jartum.",
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
        (
            "Acuerdos de Abraham. Sudán firmó en enero de 2021. Ya nadie habla de la tregua en Jartum.",
            {("SD", S, "2021-01")},
        ),
        (
            "Acuerdos de Abraham. Los Emiratos Árabes Unidos firmaron en 2020. Desde la guerra, el "
            "proyecto se ha estancado.",
            {("AE", S, "2020")},
        ),
        (
            "Acuerdos de Abraham. Según ella, Washington presiona también a Omán y a Mauritania.",
            {("OM", P), ("MR", P)},
        ),
        ("Acuerdos de Abraham. Arabia Saudí presiona a Washington.", set()),
        (
            "Acuerdos de Abraham. Milei lanzó los Acuerdos de Isaac, y Paraguay y Panamá se sumaron "
            "a la propuesta.",
            set(),
        ),
        ("Acuerdos de Abraham. Kazajistán se sumó a la iniciativa.", {("KZ", A)}),
        (
            "Acuerdos de Abraham. Milei lanzó los Acuerdos de Isaac y Kazajistán se sumó a los "
            "Acuerdos de Abraham, la iniciativa de Trump.",
            {("KZ", A)},
        ),
        ("Acuerdos de Abraham. Washington pone ahora sus ojos en Riad.", {("SA", P)}),
        (
            "Acuerdos de Abraham. Tras la adhesión kazaja, Washington pone sus ojos en Riad.",
            {("KZ", A), ("SA", P)},
        ),
        (
            "Acuerdos de Abraham. Tras la adhesión de Kazajistán, Washington presiona a Omán.",
            {("KZ", A), ("OM", P)},
        ),
        ("Acuerdos de Abraham. Riad pone sus ojos en la Copa del Mundo.", set()),
        (
            "Acuerdos de Abraham. Arabia Saudí sigue fuera. Según Riad, la normalización solo "
            "llegará con un Estado palestino.",
            {("SA", D)},
        ),
        ("Acuerdos de Abraham. Según la ONU, la paz solo llegará con un Estado palestino.", set()),
    ],
    "en": [
        (
            "Abraham Accords. Damascus says there will be no normalisation as long as Israel occupies "
            "the Golan Heights.",
            {("SY", D)},
        ),
        (
            "Abraham Accords. Algeria warned there would be no normalization until a Palestinian state "
            "exists.",
            {("DZ", D)},
        ),
        (
            "Abraham Accords. Algeria said there will be no normalisation of customs tariffs with "
            "Tunisia.",
            set(),
        ),
        (
            "Abraham Accords. Somaliland is not recognised by any member state of the United Nations.",
            set(),
        ),
        (
            "Abraham Accords. Crown Prince Muhammad bin Salman ruled out any normalisation without a "
            "Palestinian state.",
            {("SA", D)},
        ),
        (
            "Abraham Accords. Sudan signed in January 2021. There is no longer any talk of "
            "normalisation in Khartoum.",
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
        (
            "Abraham Accords. Washington is also pressing Oman and Mauritania.",
            {("OM", P), ("MR", P)},
        ),
        ("Abraham Accords. Saudi Arabia is pressing Washington for a defence pact.", set()),
        (
            "Abraham Accords. Milei launched the Isaac Accords, and Paraguay and Panama joined the "
            "initiative.",
            set(),
        ),
        ("Abraham Accords. Kazakhstan joined the initiative.", {("KZ", A)}),
    ],
    "fr": [
        (
            "Accords d'Abraham. Le Somaliland n'est reconnu par aucun État membre des Nations unies.",
            set(),
        ),
        (
            "Accords d'Abraham. Mohamed ben Salmane a exclu toute normalisation sans État palestinien.",
            {("SA", D)},
        ),
        (
            "Les accords d'Abraham. Milei a lancé les accords d'Isaac, et le Paraguay a rejoint "
            "l'initiative.",
            set(),
        ),
        ("Les accords d'Abraham. Le Kazakhstan a rejoint l'initiative.", {("KZ", A)}),
        (
            "Les accords d'Abraham. Après l'adhésion du Kazakhstan, Washington a les yeux tournés "
            "vers Riyad.",
            {("KZ", A), ("SA", P)},
        ),
        ("Les accords d'Abraham. Riyad tourne son regard vers l'Expo 2030.", set()),
        (
            "Les accords d'Abraham. Riyad insiste : la normalisation ne viendra qu'avec un État "
            "palestinien.",
            {("SA", D)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Somaliland wird bislang von keinem Mitgliedstaat der Vereinten "
            "Nationen anerkannt.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Kronprinz Muhammad bin Salman hat erklärt, dass es ohne einen "
            "palästinensischen Staat keine Anerkennung Israels geben werde.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Saudi-Arabien, das als wichtigster Kandidat für eine Erweiterung der "
            "Abkommen gilt, lehnt eine Normalisierung weiterhin ab.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Oman, das als möglicher Kandidat galt, schweigt.",
            {("OM", P)},
        ),
        ("Die Abraham-Abkommen. Oman, das als Vermittler gilt, schweigt.", set()),
        (
            "Die Abraham-Abkommen. Der Sudan trat im Januar 2021 bei. Seit dem Krieg sei von einer "
            "Normalisierung keine Rede mehr, heißt es in Khartum.",
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
        (
            "Die Abraham-Abkommen. Der Sudan trat im Januar 2021 bei. Von einer Waffenruhe sei keine "
            "Rede mehr.",
            {("SD", S, "2021-01")},
        ),
        (
            "Die Abraham-Abkommen. Die Emirate unterzeichneten 2020. Politisch hingegen ist das "
            "Projekt ins Stocken geraten.",
            {("AE", S, "2020")},
        ),
        (
            "Die Abraham-Abkommen. Der Sudan unterzeichnete 2021. Seit dem Krieg ist die Annäherung an "
            "Israel ins Stocken geraten.",
            {("SD", S, "2021"), ("SD", U, None)},
        ),
        (
            "Die Abraham-Abkommen. Der Beitritt des Sudans, im Januar 2021 besiegelt, steht nur noch "
            "auf dem Papier.",
            {("SD", S, "2021-01")},
        ),
        (
            "Die Abraham-Abkommen. Der Beitritt Sudans wurde im Januar 2021 besiegelt.",
            {("SD", S, "2021-01")},
        ),
        (
            "Die Abraham-Abkommen. Washington drängt auch Oman und Mauretanien.",
            {("OM", P), ("MR", P)},
        ),
        ("Die Abraham-Abkommen. Trump drängt, Oman schweigt.", set()),
        (
            "Die Abraham-Abkommen. Dass Oman den Abkommen bald beitreten werde, gilt in Washington "
            "als wahrscheinlich.",
            {("OM", P)},
        ),
        (
            "Die Abraham-Abkommen. Dass Kasachstan den Abkommen beitritt, bestätigte Tokajew.",
            {("KZ", A)},
        ),
        (
            "Die Abraham-Abkommen. Riad betont, eine Normalisierung werde es nur mit einem "
            "Palästinenserstaat geben.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Frieden in Gaza gebe es nur mit einem Palästinenserstaat, sagte "
            "der Papst.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Nach dem Beitritt Kasachstans richtet Washington den Blick auf "
            "Riad.",
            {("KZ", A), ("SA", P)},
        ),
        ("Die Abraham-Abkommen. Washington richtet den Blick nun auf Riad.", {("SA", P)}),
        ("Die Abraham-Abkommen. Riad richtet den Blick auf die Expo 2030.", set()),
        (
            "Die Abraham-Abkommen. Milei rief die Isaac-Abkommen ins Leben, und Paraguay schloss sich "
            "dem Vorhaben an.",
            set(),
        ),
        ("Die Abraham-Abkommen. Kasachstan schloss sich dem Vorhaben an.", {("KZ", A)}),
        (
            "Die Abraham-Abkommen. Saudi-Arabien drängt Washington zu einem Verteidigungspakt.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Präsident Ahmed al-Schara lehnt eine Normalisierung ab, solange "
            "Israel den Golan besetzt.",
            {("SY", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round19_es_de_news(language, text, expected):
    check_case(language, text, expected)
