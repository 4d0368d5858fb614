"""Round fifteen, French news as Le Monde, France 24, RFI, Jeune Afrique, L'Orient-Le Jour and
Le Figaro write it (with English, Spanish and German where the same phrasing exists), found by
six unseen golden articles (tests/fixtures/articles/fr/heldout15-*). Classes: a founder's
leader named by a title alone as the speaker ("a affirmé le président américain", "the US
president said", "dijo el presidente estadounidense": his expectation, prospective); "s'est dit
prêt ... si" (a condition set in someone's words: interest and a refusal); "un premier pas",
"un pas vers" (no negation); a passive's agents continued by "puis par", "then by", "y luego"
and a singular relative after the list ("dont l'adhésion", "whose accession", "cuya
adhesión", "dessen Beitritt": the last country's); the journalistic conditional "serait en
discussions" (reported talks); "suivre le mouvement" and a refusal with an adverb before
"exclu"; "ne normalisera jamais avec" ("nunca normalizará con"); a news channel named after a
country ("France 24") is no mention; two years joined by "et", "and", a dash ("en 2020 et
2021") are a span, which dates nothing and lends no year to a later month; a denial after a
clause break ("même si Damas dément ...", "although Damascus denies") holds its own clause;
"dément toute perspective d'adhésion" (a refusal); "que Trump voit toujours rejoindre" (his
expectation); a push "de s'engager dans le processus de normalisation"; a belief told as a
short tag after the step ("..., j'en suis certain", "..., Trump hopes", "..., estoy seguro").
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

CASES = {
    "fr": [
        # a founder's leader by his title
        (
            "L'Arabie saoudite rejoindra les accords d'Abraham, a affirmé le président américain.",
            {("SA", P)},
        ),
        (
            "« La Syrie signera les accords d'Abraham », a assuré le Premier ministre israélien.",
            {("SY", P)},
        ),
        (
            "Le Kazakhstan rejoindra les accords d'Abraham, a affirmé le président américain.",
            {("KZ", A)},
        ),
        (
            "L'Arabie saoudite rejoindra les accords d'Abraham, a affirmé le ministre saoudien.",
            {("SA", A)},
        ),
        # a condition in someone's words, "s'est dit"
        (
            "Le président Prabowo s'est dit prêt à reconnaître Israël si Israël reconnaît un État palestinien.",
            {("ID", P), ("ID", D)},
        ),
        (
            "L'Indonésie se dit prête à normaliser ses relations avec Israël si un État palestinien voit le jour.",
            {("ID", P), ("ID", D)},
        ),
        # "pas" as a step
        (
            "Washington espère y voir un premier pas vers l'entrée de la Syrie dans les accords d'Abraham.",
            {("SY", P)},
        ),
        (
            "Pour Washington, ce serait un pas décisif vers l'adhésion du Liban aux accords d'Abraham.",
            {("LB", P)},
        ),
        ("Le Liban ne rejoindra pas les accords d'Abraham.", {("LB", D)}),
        # agents continued by "puis par", a singular relative after the list
        (
            "Les accords d'Abraham ont été rejoints par le Maroc et le Soudan, puis par le Kazakhstan, dont l'adhésion a été annoncée en novembre.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
        (
            "Les accords d'Abraham ont été signés par les Émirats arabes unis puis par Bahreïn.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Le Maroc, le Soudan et le Kazakhstan, dont l'adhésion a été annoncée en novembre, sont cités par la Maison Blanche comme des membres des accords d'Abraham.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
        (
            "Ni la Tunisie ni l'Algérie n'envisagent de normaliser leurs relations avec Israël.",
            {("TN", D), ("DZ", D)},
        ),
        # the hearsay conditional on talks
        (
            "Selon Axios, Bakou serait en discussions avec Washington sur une adhésion aux accords d'Abraham.",
            {("AZ", N)},
        ),
        (
            "Riyad et Washington seraient en négociations sur une normalisation avec Israël, selon le Wall Street Journal.",
            {("SA", N)},
        ),
        ("L'adhésion de l'Arabie saoudite aux accords d'Abraham serait un tournant.", {("SA", P)}),
        # following the movement, a refusal after an adverb
        (
            "Les accords d'Abraham s'élargissent. La Malaisie et le Pakistan ont d'ores et déjà exclu de suivre le mouvement.",
            {("MY", D), ("PK", D)},
        ),
        (
            "Les accords d'Abraham s'élargissent. Le Liban a catégoriquement exclu de rejoindre les accords.",
            {("LB", D)},
        ),
        ("Les accords d'Abraham s'élargissent. Oman pourrait suivre le mouvement.", {("OM", P)}),
        # "normalisera avec"
        (
            "L'Algérie a réaffirmé qu'elle ne normaliserait jamais avec l'entité sioniste.",
            {("DZ", D)},
        ),
        ("Le Koweït ne normalisera pas avec Israël, a déclaré son ministre.", {("KW", D)}),
        # a news channel named after a country
        (
            "Les accords d'Abraham. Le président syrien a écarté, dans un entretien accordé à France 24, toute adhésion à court terme.",
            {("SY", D)},
        ),
        (
            "Les accords d'Abraham. France 24 rejoindra le consortium des chaînes arabes en janvier.",
            set(),
        ),
        # a span of years
        (
            "Les accords d'Abraham. Outre les Émirats, Bahreïn, le Maroc et le Soudan, signataires en 2020 et 2021, le Kazakhstan a annoncé en novembre son ralliement aux accords.",
            {
                ("AE", S, None),
                ("BH", S, None),
                ("MA", S, None),
                ("SD", S, None),
                ("KZ", A, "2025-11"),
            },
        ),
        (
            "Les Émirats arabes unis et Bahreïn ont signé les accords d'Abraham en 2020.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        # a denial after a clause break
        (
            "Les accords d'Abraham. La Syrie négocie avec Israël, selon plusieurs médias, même si Damas dément toute perspective d'adhésion aux accords.",
            {("SY", N), ("SY", D)},
        ),
        (
            "Les accords d'Abraham. La Syrie négocie avec Israël, même si Damas dément les informations.",
            {("SY", N)},
        ),
        (
            "Les accords d'Abraham. Oman a démenti les informations selon lesquelles il rejoindrait les accords.",
            {("OM", "declined")},
        ),
        (
            "Les accords d'Abraham. Damas dément toute perspective d'adhésion aux accords.",
            {("SY", D)},
        ),
        (
            "Nouakchott dément tout projet de normalisation avec Israël.",
            set(),
        ),
        # Trump sees a country join
        (
            "Les accords d'Abraham. Reste l'Arabie saoudite, que Donald Trump voit toujours rejoindre les accords.",
            {("SA", P)},
        ),
        # a push to engage in normalisation
        (
            "Washington presse Beyrouth de s'engager sur la voie de la normalisation avec Israël.",
            {("LB", P)},
        ),
        (
            "L'émissaire américaine, qui avait pressé Beyrouth de s'engager dans le processus de normalisation, a quitté le Liban.",
            {("LB", P)},
        ),
        # a belief as a tag after the step
        ("L'Arabie saoudite rejoindra les accords d'Abraham, j'en suis certain.", {("SA", P)}),
        # known misses
        (
            "Les accords d'Abraham. Le Soudan n'a jamais concrétisé la normalisation, que la guerre a gelée en avril 2023.",
            {("SD", U)},
        ),
        (
            "Les accords d'Abraham. Le Liban ne bougera pas avant l'Arabie saoudite. Or le royaume conditionne toujours une normalisation à la création d'un État palestinien.",
            {("SA", D)},
        ),
    ],
    "en": [
        ("Saudi Arabia will join the Abraham Accords, I am sure of it.", {("SA", P)}),
        ("Saudi Arabia will join the Abraham Accords, Trump hopes.", {("SA", P)}),
        ("Kazakhstan will join the Abraham Accords, Tokayev said.", {("KZ", A)}),
        ("Saudi Arabia will join the Abraham Accords, the US president said.", {("SA", P)}),
        ("Kazakhstan will join the Abraham Accords, the US president said.", {("KZ", A)}),
        (
            "The Abraham Accords were joined by Morocco and Sudan, then by Kazakhstan, whose accession was announced in November.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
        (
            "Abraham Accords. Syria's president told France 24 that joining the accords was not on the table.",
            {("SY", D)},
        ),
        (
            "Between 2020 and 2021, the UAE, Bahrain, Morocco and Sudan joined the Abraham Accords.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Abraham Accords. Syria is in talks with Israel on normalization, although Damascus denies the reports.",
            {("SY", N)},
        ),
        ("Algeria reaffirmed it would never normalize with the Zionist entity.", {("DZ", D)}),
    ],
    "es": [
        ("Arabia Saudí se unirá a los Acuerdos de Abraham, estoy seguro.", {("SA", P)}),
        (
            "Arabia Saudí se unirá a los Acuerdos de Abraham, dijo el presidente estadounidense.",
            {("SA", P)},
        ),
        ("Argelia reafirmó que nunca normalizará con Israel.", {("DZ", D)}),
        (
            "A los Acuerdos de Abraham se sumaron Marruecos y Sudán, y luego Kazajistán, cuya adhesión fue anunciada en noviembre.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
        (
            "Entre 2020 y 2021, Emiratos Árabes Unidos, Baréin, Marruecos y Sudán se sumaron a los Acuerdos de Abraham.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "de": [
        (
            "Saudi-Arabien wird den Abraham-Abkommen beitreten, sagte der US-Präsident.",
            {("SA", P)},
        ),
        (
            "Den Abraham-Abkommen traten Marokko und Sudan bei, dann Kasachstan, dessen Beitritt im November angekündigt wurde.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
        (
            "Zwischen 2020 und 2021 traten die Emirate, Bahrain, Marokko und Sudan den Abraham-Abkommen bei.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
    ],
}

KNOWN_MISSES = {
    "fr-35": "a halt told in an object relative after its process ('la normalisation, que la "
    "guerre a gelée'): the halt's clause after ', que' holds no halted process of its own",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round15_french_news(language, text, expected):
    check_case(language, text, expected)
