"""Round nineteen, French news as AFP, Le Monde, Jeune Afrique, L'Orient-Le Jour, Le Figaro and a
France 24 live blog write it (with English, Spanish and German where the same phrasing exists).
Classes: the restrictive "ne ... que" ("n'attendrait qu'un signe pour franchir le pas", "ne
demande qu'à rejoindre", "no espera más que", "is only waiting for", "wartet nur auf") is
interest, not a refusal; a wish in the infinitive after a reporting verb ("a assuré vouloir
faire partie", "aseguró querer", "beitreten zu wollen") is a candidacy, not an announcement;
a country "évoquée ... comme candidate" ("mencionada como candidata") is others' candidacy;
pressure in the journalistic conditional ("presserait", "dränge") is pressure; "l'établissement
de relations avec Israël passe par" a Palestinian state ("el establecimiento de relaciones",
"die Aufnahme von Beziehungen ... voraussetzt") is a precondition, and so is a condition
"posée" ("set out its conditions", "stellte seine Bedingungen"); "fait partie des pays
sollicités" ("among the countries approached", "entre los países sondeados", "zu den umworbenen
Ländern") is a candidacy; the reflexive "s'y rallier" is the subject's own joining (not "y
rallier" someone), and an adverb between the auxiliary and the participle ("s'y était à son tour
joint", "avait lui aussi rejoint") keeps the compound tense's cue; a list between dashes right
after a candidacy ("les prochains candidats – X, Y, Z –", "des adhésions imminentes – ... –")
names its subjects, as after a colon; a joining left to the subject's judgment or to conditions still
to be met ("quand il estimera", "quand les conditions seront réunies", "when it deems fit",
"cuando lo considere oportuno"; German "wenn" is a condition already) is a prediction, not a decision
("le moment venu" alone stays the decision it was); a step told "aussitôt", "dans la foulée",
"in the same breath", "acto seguido", "im selben Atemzug" takes the day named just before; in
English, the accords that "allowed Israel to normalise relations with" X, Y and Z tell a past
normalisation (members), not a joining to come (as French "ont permis à Israël de normaliser");
keeping one's distance from the accords ("garde ses distances avec", "keeps its distance from",
"guarda las distancias con", "hält Abstand zu") and "ne se laissera pas entraîner dans la
normalisation" are refusals; "rallier les accords" (no "se") is a joining, and "verrait bien
X signer" ("vería con buenos ojos que X firmara") a wish; a joining noun talked about
("l'adhésion de X est évoquée", "se baraja", "is being floated", "wird diskutiert"), also with
the owner before the noun ("Azerbaijan's accession is being floated", "Aserbaidschans Beitritt
wird diskutiert"), is a candidacy; an accession document "pas encore signé" ("aún no ha
firmado el documento de adhesión") is no refusal, only a ceremony still ahead; a normalisation
that "pende de" the Palestinian question is a precondition; "pas question, pour X, de
normaliser" is X's refusal with X inside the phrase; talks opened in a compound or conditional
tense ("aurait engagé des négociations avec Israël", "négociations ... engagées entre X et
l'État hébreu", "had reportedly opened negotiations with Israel", "habría entablado
negociaciones con Israel") are talks, only with Israel.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Accords d'Abraham. Pas question, pour l'Algérie, de normaliser avec Israël.",
            {("DZ", D)},
        ),
        (
            "Accords d'Abraham. Il n'est plus question pour Oman de rejoindre les accords.",
            {("OM", D)},
        ),
        (
            "Accords d'Abraham. Pas question pour Washington de lâcher l'Arabie saoudite, qui doit signer.",
            set(),
        ),
        (
            "Accords d'Abraham. La Mauritanie aurait engagé des négociations avec Israël.",
            {("MR", "negotiating")},
        ),
        (
            "Accords d'Abraham. Des négociations directes ont été ouvertes entre la Mauritanie et Israël.",
            {("MR", "negotiating")},
        ),
        (
            "Accords d'Abraham. Des négociations ont été engagées entre la Mauritanie et le Sénégal sur la pêche.",
            set(),
        ),
        ("Accords d'Abraham. Astana n'a pas encore signé le document d'adhésion.", set()),
        (
            "Accords d'Abraham. Le Kazakhstan n'a toujours pas signé son adhésion, selon une source diplomatique.",
            set(),
        ),
        ("Accords d'Abraham. Le Kazakhstan refuse de signer le document d'adhésion.", {("KZ", D)}),
        (
            "Accords d'Abraham. Nouakchott garde ses distances avec les accords d'Abraham.",
            {("MR", D)},
        ),
        ("Accords d'Abraham. Le Maroc garde ses distances avec l'Algérie.", set()),
        (
            "Accords d'Abraham. Washington verrait bien l'Arabie saoudite signer avant la fin de l'année.",
            {("SA", P)},
        ),
        (
            "Accords d'Abraham. La Syrie d'Ahmed al-Charaa pourrait à terme rallier les accords, estime un analyste.",
            {("SY", P)},
        ),
        ("Accords d'Abraham. Le Kazakhstan a rallié les accords en novembre.", {("KZ", A)}),
        (
            "Accords d'Abraham. Le Liban ne se laissera pas entraîner dans la normalisation, a martelé Joseph Aoun.",
            {("LB", D)},
        ),
        (
            "Accords d'Abraham. L'adhésion de l'Azerbaïdjan est évoquée avec insistance à Washington.",
            {("AZ", P)},
        ),
        (
            "Accords d'Abraham. Trump a évoqué l'adhésion du Kazakhstan, annoncée en novembre.",
            {("KZ", A)},
        ),
        (
            "Les accords d'Abraham. Reçu à la Maison Blanche le 18 novembre 2025, Mohammed ben Salmane a assuré "
            "vouloir faire partie des accords. Mais le prince héritier a aussitôt posé sa condition : un État palestinien.",
            {("SA", P, "2025-11-18"), ("SA", D, "2025-11-18")},
        ),
        (
            "Les accords d'Abraham. Le 6 novembre 2025, Trump a reçu Tokaïev à Washington. "
            "Le Kazakhstan a annoncé dans la foulée son adhésion aux accords.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Les accords d'Abraham. Le 6 novembre 2025, Trump a reçu Tokaïev à Washington. "
            "Le Kazakhstan a annoncé plus tard son adhésion aux accords.",
            {("KZ", A, None)},
        ),
        (
            "Les accords d'Abraham. L'Arabie saoudite n'attendrait qu'un signe pour franchir le pas.",
            {("SA", P)},
        ),
        ("Les accords d'Abraham. Oman ne demande qu'à rejoindre les accords.", {("OM", P)}),
        (
            "Les accords d'Abraham. Oman n'attend pas de signe pour rejoindre les accords.",
            {("OM", D)},
        ),
        (
            "Les accords d'Abraham. Oman ne rejoindra les accords qu'après la création d'un État palestinien.",
            {("OM", D)},
        ),
        (
            "Les accords d'Abraham. Mohammed ben Salmane avait assuré vouloir faire partie des accords d'Abraham.",
            {("SA", P)},
        ),
        (
            "Les accords d'Abraham. L'Arabie saoudite a dit vouloir approfondir ses liens avec la Chine.",
            set(),
        ),
        (
            "Les accords d'Abraham. L'Indonésie, elle, a été évoquée à plusieurs reprises comme candidate.",
            {("ID", P)},
        ),
        (
            "Les accords d'Abraham. L'Indonésie a été évoquée comme hôte du prochain sommet.",
            set(),
        ),
        (
            "Les accords d'Abraham. Washington presserait Nouakchott de rejoindre les accords, selon plusieurs sources.",
            {("MR", P)},
        ),
        (
            "Les accords d'Abraham. Riyad a rappelé que l'établissement de relations avec Israël passait "
            "d'abord par un État palestinien.",
            {("SA", D)},
        ),
        (
            "Les accords d'Abraham. Le prince héritier saoudien avait aussitôt posé sa condition : "
            "un chemin clair vers une solution à deux États.",
            {("SA", D)},
        ),
        (
            "Les accords d'Abraham. Le Qatar a posé ses conditions pour accueillir le sommet.",
            set(),
        ),
        (
            "Les accords d'Abraham. L'Azerbaïdjan ferait partie des pays sollicités, selon plusieurs médias.",
            {("AZ", P)},
        ),
        (
            "Les accords d'Abraham. Le Kazakhstan est le premier pays à s'y rallier depuis 2021.",
            {("KZ", A)},
        ),
        ("Les accords d'Abraham. Washington espère y rallier Oman.", {("OM", P)}),
        (
            "Les accords d'Abraham. Le Soudan s'y était à son tour joint en janvier 2021.",
            {("SD", S, "2021-01")},
        ),
        (
            "Les accords d'Abraham. Le Maroc avait lui aussi rejoint les accords en décembre 2020.",
            {("MA", S, "2020-12")},
        ),
        (
            "Les accords d'Abraham. Les prochains candidats – l'Indonésie, la Mauritanie, Oman – se font attendre.",
            {("ID", P), ("MR", P), ("OM", P)},
        ),
        (
            "Les accords d'Abraham. Ceux qui annoncent des adhésions imminentes – l'Indonésie, Oman – se trompent.",
            {("ID", P), ("OM", P)},
        ),
        (
            "Les accords d'Abraham. Le Kazakhstan a rejoint les accords – une décision saluée par Tokaïev – "
            "la semaine dernière.",
            {("KZ", A)},
        ),
        (
            "Les accords d'Abraham. Le Koweït, lui, rejoindra les accords quand les conditions seront réunies.",
            {("KW", P)},
        ),
        (
            "Les accords d'Abraham. Le royaume signera quand il estimera avoir obtenu des garanties, "
            "selon un diplomate saoudien.",
            {("SA", P)},
        ),
        ("Les accords d'Abraham. Oman rejoindra les accords la semaine prochaine.", {("OM", A)}),
    ],
    "en": [
        (
            "The Abraham Accords. Mauritania had reportedly opened negotiations with Israel.",
            {("MR", "negotiating")},
        ),
        ("The Abraham Accords. Mauritania had opened negotiations with Senegal.", set()),
        ("The Abraham Accords. Mauritania keeps its distance from the accords.", {("MR", D)}),
        (
            "The Abraham Accords. Azerbaijan's accession is being floated in Washington.",
            {("AZ", P)},
        ),
        (
            "The Abraham Accords. Saudi Arabia's entry into the accords would reshape the region.",
            set(),
        ),
        ("The Abraham Accords. Kazakhstan's accession was announced in November.", {("KZ", A)}),
        (
            "The Abraham Accords. The accords allowed Israel to normalise relations with the UAE, Bahrain and then Morocco.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
        ("The Abraham Accords. Israel will normalise relations with Saudi Arabia.", {("SA", A)}),
        (
            "The Abraham Accords. On 18 November 2025 Mohammed bin Salman said he wanted to be part of the accords. "
            "In the same breath, the crown prince set out his conditions: a Palestinian state.",
            {("SA", P, "2025-11-18"), ("SA", D, "2025-11-18")},
        ),
        (
            "The Abraham Accords. On 6 November 2025 Trump hosted Tokayev in Washington. "
            "That evening, Kazakhstan announced it would join the accords.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "The Abraham Accords. Oman is only waiting for a signal to join the accords.",
            {("OM", P)},
        ),
        (
            "The Abraham Accords. Riyadh set out its conditions: a Palestinian state.",
            {("SA", D)},
        ),
        (
            "The Abraham Accords. Qatar set out its conditions for hosting the summit.",
            set(),
        ),
        (
            "The Abraham Accords. Azerbaijan is among the countries approached by Washington.",
            {("AZ", P)},
        ),
        (
            "The Abraham Accords. Possible candidates – Indonesia, Mauritania, Oman – are taking their time.",
            {("ID", P), ("MR", P), ("OM", P)},
        ),
        (
            "The Abraham Accords. Oman will join the accords when it deems fit.",
            {("OM", P)},
        ),
        ("The Abraham Accords. Oman will join the accords next week.", {("OM", A)}),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Mauritania habría entablado negociaciones con Israel.",
            {("MR", "negotiating")},
        ),
        ("Los Acuerdos de Abraham. Mauritania habría entablado negociaciones con Senegal.", set()),
        ("Los Acuerdos de Abraham. Kazajistán aún no ha firmado el documento de adhesión.", set()),
        (
            "Los Acuerdos de Abraham. Kazajistán se niega a firmar el documento de adhesión.",
            {("KZ", D)},
        ),
        (
            "Los Acuerdos de Abraham. La normalización entre Riad e Israel pende de la cuestión palestina.",
            {("SA", D)},
        ),
        (
            "Los Acuerdos de Abraham. Mauritania guarda las distancias con los acuerdos.",
            {("MR", D)},
        ),
        (
            "Los Acuerdos de Abraham. Washington vería con buenos ojos que Arabia Saudí firmara antes de fin de año.",
            {("SA", P)},
        ),
        (
            "Los Acuerdos de Abraham. La adhesión de Azerbaiyán se baraja con insistencia en Washington.",
            {("AZ", P)},
        ),
        (
            "Los Acuerdos de Abraham. El 18 de noviembre de 2025, Mohamed bin Salmán aseguró querer formar parte de "
            "los acuerdos. Acto seguido, el príncipe heredero puso sus condiciones: un Estado palestino.",
            {("SA", P, "2025-11-18"), ("SA", D, "2025-11-18")},
        ),
        (
            "Los Acuerdos de Abraham. Omán no espera más que una señal para sumarse a los acuerdos.",
            {("OM", P)},
        ),
        (
            "Los Acuerdos de Abraham. Omán no pide otra cosa que sumarse a los acuerdos.",
            {("OM", P)},
        ),
        (
            "Los Acuerdos de Abraham. Mohamed bin Salmán aseguró querer formar parte de los Acuerdos de Abraham.",
            {("SA", P)},
        ),
        (
            "Los Acuerdos de Abraham. Indonesia ha sido mencionada como candidata.",
            {("ID", P)},
        ),
        (
            "Los Acuerdos de Abraham. Riad recordó que el establecimiento de relaciones con Israel pasa "
            "primero por un Estado palestino.",
            {("SA", D)},
        ),
        (
            "Los Acuerdos de Abraham. Azerbaiyán figura entre los países sondeados por Washington.",
            {("AZ", P)},
        ),
        (
            "Los Acuerdos de Abraham. Los posibles candidatos – Indonesia, Mauritania, Omán – se hacen esperar.",
            {("ID", P), ("MR", P), ("OM", P)},
        ),
        (
            "Los Acuerdos de Abraham. Omán se sumará a los acuerdos cuando lo considere oportuno.",
            {("OM", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Mauretanien hält weiter Abstand zu den Abraham-Abkommen.",
            {("MR", D)},
        ),
        (
            "Die Abraham-Abkommen. Aserbaidschans Beitritt wird in Washington diskutiert.",
            {("AZ", P)},
        ),
        (
            "Die Abraham-Abkommen. Ein Beitritt Aserbaidschans wird in Washington diskutiert.",
            {("AZ", P)},
        ),
        (
            "Die Abraham-Abkommen. Am 6. November 2025 empfing Trump Tokajew. "
            "Kasachstan kündigte im selben Atemzug seinen Beitritt zu den Abkommen an.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Die Abraham-Abkommen. Am 6. November 2025 empfing Trump Tokajew. "
            "Kasachstan kündigte später seinen Beitritt zu den Abkommen an.",
            {("KZ", A, None)},
        ),
        (
            "Die Abraham-Abkommen. Oman wartet nur auf ein Signal, um den Abkommen beizutreten.",
            {("OM", P)},
        ),
        (
            "Die Abraham-Abkommen. Mohammed bin Salman versicherte, den Abraham-Abkommen beitreten zu wollen.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen. Washington dränge Nouakchott zum Beitritt, heißt es.",
            {("MR", P)},
        ),
        (
            "Die Abraham-Abkommen. Riad erinnerte daran, dass die Aufnahme von Beziehungen zu Israel "
            "zuerst einen palästinensischen Staat voraussetzt.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Riad stellte seine Bedingungen: ein palästinensischer Staat.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Aserbaidschan gehört zu den von Washington umworbenen Ländern.",
            {("AZ", P)},
        ),
        (
            "Die Abraham-Abkommen. Mögliche Kandidaten – Indonesien, Mauretanien, Oman – lassen auf sich warten.",
            {("ID", P), ("MR", P), ("OM", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round19_french_news(language, text, expected):
    check_case(language, text, expected)
