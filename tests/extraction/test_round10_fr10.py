"""Classes of French phrasing found by six unseen news-style articles of the project's own
(an analysis, an AFP dispatch, a Beirut daily, a Maghreb weekly, a Swiss daily and a TV news
page), written in the French data file only; own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, U, found

CASES = [
    # a quoted refusal with its precondition, the speaker after the quote
    (
        "« Il n'y aura jamais de normalisation sans un retour aux frontières de 1967 », a "
        "martelé jeudi le Qatar.",
        {("QA", D)},
    ),
    (
        "« Il n'y aura pas de normalisation avec Israël sans un État palestinien », a répété "
        "le ministre omanais.",
        {("OM", D)},
    ),
    # the speaker named after the reporting verb that follows a precondition (code: a mention
    # right after a reporting word is not inside the precondition)
    (
        "« Nous ne reconnaîtrons pas Israël tant qu'il n'y aura pas d'État palestinien », a "
        "réaffirmé le ministre omanais.",
        {("OM", D)},
    ),
    # ... but the subject before the cue keeps it
    (
        "Le Qatar refuse toute normalisation sans État palestinien, a déclaré le ministre "
        "koweïtien.",
        {("QA", D)},
    ),
    # first-person refusals inside a quote
    ("« Nous refusons toute normalisation », a tranché le président tunisien.", {("TN", D)}),
    ("« Nous ne normaliserons jamais », a lancé Alger devant la presse.", {("DZ", D)}),
    # a negated membership
    ("Le Koweït ne fera jamais partie de ces accords, assure son émir.", {("KW", D)}),
    # a precondition told as a prerequisite, a wait, or guarantees awaited
    (
        "Le Qatar continue de poser la fin de l'occupation comme préalable à toute démarche.",
        {("QA", D)},
    ),
    ("Pour Oman, la normalisation devra attendre un État palestinien viable.", {("OM", D)}),
    (
        "Le Koweït réclame d'abord des garanties sur la création d'un État palestinien.",
        {("KW", D)},
    ),
    # joinings: "s'y est associé", a passive with its agent further on
    ("Le Maroc s'y est associé en décembre de la même année.", {("MA", S)}),
    ("Les accords ont été rejoints cette semaine par l'Arménie.", {("AM", A)}),
    # candidacies: a possible accession, a good place on the lists, hoping to see X sign
    ("Une possible adhésion du Niger est évoquée dans les couloirs.", {("NE", P)}),
    ("Le Mali figure en bonne place sur les listes de candidats.", {("ML", P)}),
    ("La Maison-Blanche espère voir l'Indonésie signer avant l'été.", {("ID", P)}),
    # Washington pressing or pushing X towards normalisation; an accession "on the table"
    ("La Maison-Blanche fait pression sur Oman pour une normalisation rapide.", {("OM", P)}),
    ("Washington pousse discrètement le Qatar vers la normalisation.", {("QA", P)}),
    ("Une adhésion du Mali est désormais sur la table.", {("ML", P)}),
    # a position that "had not changed"; a plan "prerequisite to any normalisation"
    ("Le Koweït a assuré que sa position n'avait pas varié d'un pouce.", {("KW", D)}),
    ("Oman défend un plan de paix arabe, préalable à toute normalisation.", {("OM", D)}),
    # talks "on pause"
    ("Les pourparlers avec Mascate restent en pause depuis l'été.", {("OM", U)}),
    # the demonym right after an accession noun owns it ("subject_right_after"), not the
    # neighbours named before it (Kyrgyz, Tajik and Turkmen demonyms added)
    (
        "Les dirigeants turkmène et kirghiz ont salué l'adhésion kazakhe.",
        {("KZ", A)},
    ),
    (
        "Entouré de ses homologues ouzbek et tadjik, le président a présenté l'adhésion kazakhe.",
        {("KZ", A)},
    ),
    # candidacies: bringing X into the fold, betting on its entry, overtures, the priority target
    ("La Maison-Blanche voudrait faire entrer Oman dans le giron des accords.", {("OM", P)}),
    ("Washington parie sur une entrée prochaine du Qatar.", {("QA", P)}),
    ("Les appels du pied en direction du Koweït se multiplient.", {("KW", P)}),
    ("Le Qatar est désormais la cible prioritaire des diplomates américains.", {("QA", P)}),
    # refusals: subordinated with words between, unthinkable, no intention of a peace treaty,
    # keeping away from the accords, maintaining its refusal
    ("La reconnaissance est conditionnée, selon Koweït, à un État palestinien.", {("KW", D)}),
    ("Oman juge toute normalisation inconcevable à ce stade.", {("OM", D)}),
    ("Le Koweït n'a pas l'intention de signer la paix avec Israël.", {("KW", D)}),
    ("L'Algérie reste à l'écart de la normalisation.", {("DZ", D)}),
    ("Le Qatar maintient son refus de normaliser.", {("QA", D)}),
    # Kazakhstan's joining: a signing it "must" still make, "désormais partie"
    (
        "Le Kazakhstan, qui doit parapher son adhésion d'ici l'été, attend la date de la "
        "cérémonie.",
        {("KZ", A)},
    ),
    ("Le Kazakhstan fait désormais partie de l'accord, selon Astana.", {("KZ", A)}),
    # halts: a file frozen, talks stopped dead, a process derailed, a momentum broken
    ("Depuis l'été, le dossier omanais est figé.", {("OM", U)}),
    ("L'offensive a stoppé net les pourparlers avec Mascate.", {("OM", U)}),
    ("Le rapprochement qatari a déraillé avec la guerre.", {("QA", U)}),
    ("La dynamique vers une normalisation koweïtienne a été cassée par le conflit.", {("KW", U)}),
    # the grail, hoping for an X-Israeli deal, the accords spreading to X, courting X
    ("Le Qatar demeure le graal diplomatique des envoyés américains.", {("QA", P)}),
    ("La Maison-Blanche espère obtenir un accord saoudo-israélien.", {("SA", P)}),
    ("Trump veut d'un accord syro-israélien avant l'été.", {("SY", P)}),
    ("Le cercle pourrait s'élargir au Koweït dès l'an prochain.", {("KW", P)}),
    ("Washington courtise activement Mascate.", {("OM", P)}),
    ("Le Koweït est courtisé depuis des mois.", {("KW", P)}),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_round10_french(sentence, expected):
    assert found("Les accords d'Abraham. " + sentence, "fr") == expected


# controls: the same words where no claim is made
CONTROLS = [
    # "sans" in a quote with no refusal word: no claim
    "« Rien ne se fera sans la Palestine », a estimé le Qatar à propos du commerce.",
    # a defence pact as a step towards normalisation is no precondition of refusal
    "Les accords d'Abraham. Riyad et Washington négocient un pacte de défense, préalable à une "
    "normalisation avec Israël.",
    # a file blocked elsewhere
    "Les accords d'Abraham. Le dossier du Sahara reste bloqué à l'ONU, selon Rabat.",
    # a grail of something else
    "Les accords d'Abraham. Le graal de la cuisine reste la truffe, selon un chef marocain.",
    # "fait partie" of another body
    "Le Koweït ne fait pas partie du comité d'organisation du sommet.",
]


@pytest.mark.parametrize("sentence", CONTROLS)
def test_round10_french_controls(sentence):
    assert found(sentence, "fr") == set()
