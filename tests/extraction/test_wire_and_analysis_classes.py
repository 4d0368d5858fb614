"""Classes of phrasing from wire dispatches, analysis pieces and op-eds, mostly
French, with the same class in English, Spanish and German where it occurs
(own sentences, written for these tests)."""

import pytest

from tests.extraction.found import A, D, P, S, U, found, found_dated

R = "ratified"

CASES = [
    # "l'adhésion du Kazakhstan", "the accession of Oman": the country after a
    # genitive right after the accession noun is its subject, not a country
    # named earlier in the clause
    (
        "fr",
        "L'Indonésie n'a aucun projet de rejoindre les accords d'Abraham, a fait savoir le "
        "ministère indonésien, au lendemain de l'adhésion du Kazakhstan.",
        {("ID", D), ("KZ", A)},
    ),
    (
        "fr",
        "Accords d'Abraham : le ministère émirati a salué l'adhésion d'Oman.",
        {("OM", A), ("AE", S)},
    ),
    (
        "es",
        "El ministerio indonesio comentó la adhesión de Kazajistán a los acuerdos de Abraham.",
        {("KZ", A)},
    ),
    # a member "of the accords" named in passing is a background member
    (
        "fr",
        "Au Maroc, autre membre des accords d'Abraham, les manifestations se succèdent.",
        {("MA", S)},
    ),
    ("en", "Morocco, a member of the Abraham Accords, hosted the water forum.", {("MA", S)}),
    ("es", "Marruecos, miembro de los acuerdos de Abraham, acogió el foro del agua.", {("MA", S)}),
    ("de", "Marokko, Mitglied der Abraham-Abkommen, war Gastgeber des Forums.", {("MA", S)}),
    # ... but a future or a new member is no signatory yet
    (
        "fr",
        "L'Arabie saoudite pourrait devenir le prochain membre des accords d'Abraham.",
        {("SA", P)},
    ),
    (
        "fr",
        "Le Kazakhstan, nouveau membre des accords d'Abraham, a reçu une délégation.",
        {("KZ", A)},
    ),
    # "the newest entrant", "franchir le pas" in the infinitive
    (
        "fr",
        "Le Kazakhstan, dernier entrant dans les accords d'Abraham, a reçu une délégation.",
        {("KZ", A)},
    ),
    (
        "fr",
        "Accords d'Abraham : Trump s'est dit convaincu que l'Arabie saoudite finirait par "
        "franchir le pas.",
        {("SA", P)},
    ),
    # "the next on the list": a candidate
    (
        "fr",
        "Pour les accords d'Abraham, Washington présente Oman comme le prochain sur la liste.",
        {("OM", P)},
    ),
    ("en", "Riyadh is next on the list for the Abraham Accords, officials say.", {("SA", P)}),
    # "would like to see X join": the speaker's wish, the country prospective
    (
        "fr",
        "L'administration Trump aimerait voir la Syrie et le Liban rejoindre les accords "
        "d'Abraham.",
        {("SY", P), ("LB", P)},
    ),
    (
        "en",
        "The White House wants to see Syria and Lebanon join the Abraham Accords.",
        {("SY", P), ("LB", P)},
    ),
    (
        "es",
        "A Washington le gustaría ver a Siria unirse a los acuerdos de Abraham.",
        {("SY", P)},
    ),
    # a past wish ("souhaitait faire partie") is interest too
    (
        "fr",
        "Le prince héritier a déclaré que l'Arabie saoudite souhaitait faire partie des "
        "accords d'Abraham, mais uniquement avec un État palestinien.",
        {("SA", P), ("SA", D)},
    ),
    # a deadline ("before the end of the term") is no precondition
    (
        "fr",
        "Washington veut que Damas rejoigne les accords d'Abraham avant la fin du mandat.",
        {("SY", P)},
    ),
    (
        "es",
        "Washington quiere que Siria se sume a los acuerdos de Abraham antes de fin de año.",
        {("SY", P)},
    ),
    (
        "de",
        "Washington will, dass Syrien den Abraham-Abkommen bis Ende des Jahres beitritt.",
        {("SY", P)},
    ),
    # ... while a state to be created first still is one
    (
        "fr",
        "Damas ne normalisera pas ses relations avec Israël avant la création d'un État "
        "palestinien.",
        {("SY", D)},
    ),
    # "makes no secret": a negation that negates nothing
    (
        "fr",
        "Washington ne le cache pas, il aimerait voir la Syrie rejoindre les accords d'Abraham.",
        {("SY", P)},
    ),
    (
        "en",
        "Riyadh makes no secret that it wants to join the Abraham Accords.",
        {("SA", P)},
    ),
    ("es", "Riad no oculta que quiere unirse a los acuerdos de Abraham.", {("SA", P)}),
    # "not without a Palestinian state" is a refusal; "not without friction" is no negation
    (
        "fr",
        "Accords d'Abraham : Riyad répète qu'il n'y en aura pas sans État palestinien.",
        {("SA", D)},
    ),
    (
        "fr",
        "L'adhésion du Kazakhstan aux accords d'Abraham n'est pas sans rappeler celle du Maroc.",
        {("KZ", A), ("MA", S)},
    ),
    # "not concerned by the accords", "there will be no normalisation": a refusal
    (
        "fr",
        "Le président syrien a affirmé que la Syrie n'était « pas concernée » par les accords "
        "d'Abraham.",
        {("SY", D)},
    ),
    (
        "fr",
        "« Il n'y aura pas de normalisation avec Israël », a assuré le président libanais.",
        {("LB", D)},
    ),
    # negotiating another agreement (a security pact) is no accession talk
    (
        "fr",
        "Accords d'Abraham : la Syrie négocie avec Israël un accord de sécurité sur le sud du "
        "pays.",
        set(),
    ),
    (
        "es",
        "Acuerdos de Abraham: Siria negocia con Israel un acuerdo de seguridad para el sur.",
        set(),
    ),
    # the recall of an ambassador and economic ties cut: suspended
    (
        "fr",
        "Malgré les accords d'Abraham, le Parlement a annoncé le rappel de l'ambassadeur de "
        "Bahreïn et l'arrêt des relations économiques avec Israël.",
        {("BH", U)},
    ),
    (
        "fr",
        "Accords d'Abraham : Bahreïn a rappelé son ambassadeur en Israël et annoncé l'arrêt "
        "des relations économiques.",
        {("BH", U)},
    ),
    (
        "en",
        "Despite the Abraham Accords, parliament announced the recall of the ambassador of "
        "Bahrain and halted economic ties with Israel.",
        {("BH", U)},
    ),
    # a government's approval of the treaty: ratified, its country carried by "its government"
    (
        "fr",
        "Les accords d'Abraham ont cinq ans. Les Émirats sont allés le plus loin. Leur "
        "gouvernement a approuvé le traité dès octobre 2020.",
        {("AE", R)},
    ),
    (
        "en",
        "The Abraham Accords turned five. The UAE went furthest. Its government approved the "
        "treaty in October 2020.",
        {("AE", R)},
    ),
    (
        "es",
        "Los acuerdos de Abraham cumplen cinco años. Emiratos fue el que más avanzó. Su "
        "gobierno aprobó el tratado en octubre de 2020.",
        {("AE", R)},
    ),
    (
        "de",
        "Die Abraham-Abkommen werden fünf. Die Emirate gingen am weitesten. Seine Regierung "
        "billigte den Vertrag im Oktober 2020.",
        {("AE", R)},
    ),
    # the imperfect "signaient" and a list following in the next clause
    (
        "fr",
        "Le 15 septembre 2020, les Émirats arabes unis et Bahreïn signaient les accords "
        "d'Abraham. Le Maroc suivait en décembre, puis le Soudan en janvier 2021.",
        {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
    ),
    # a refusal verb with an adverb before its object
    (
        "fr",
        "Le Qatar, qui exclut pour sa part toute normalisation avec Israël, n'a pas réagi.",
        {("QA", D)},
    ),
    # joining in the present, "se joindre", "intégrer", "entrer dans": announced;
    # negated, a refusal
    ("fr", "Le Kazakhstan se joint aux accords d'Abraham.", {("KZ", A)}),
    ("fr", "Le Kazakhstan va intégrer les accords d'Abraham.", {("KZ", A)}),
    ("fr", "Le Kazakhstan adhère aux accords d'Abraham, a confirmé Astana.", {("KZ", A)}),
    ("fr", "Le Kazakhstan entre officiellement dans les accords d'Abraham.", {("KZ", A)}),
    ("fr", "L'Indonésie ne se joindra pas aux accords d'Abraham.", {("ID", D)}),
    ("fr", "L'Indonésie n'entrera pas dans les accords d'Abraham.", {("ID", D)}),
    ("fr", "L'Arabie saoudite pourrait se joindre aux accords d'Abraham.", {("SA", P)}),
    # "X rejoint Y dans les accords": X joins, Y is a background member
    (
        "fr",
        "Le Kazakhstan rejoint ainsi les Émirats arabes unis et le Maroc dans les accords "
        "d'Abraham.",
        {("KZ", A), ("AE", S), ("MA", S)},
    ),
    # "will (not) be the next": a candidate, or a refusal when negated
    ("fr", "Accords d'Abraham : Oman ne sera pas le prochain, assure Mascate.", {("OM", D)}),
    (
        "fr",
        "Accords d'Abraham : selon Washington, l'Arabie saoudite sera la prochaine.",
        {("SA", P)},
    ),
    # a question put to someone ("asked about a possible accession") claims nothing;
    # the answer after the comma still does
    (
        "fr",
        "Interrogé sur une éventuelle adhésion de l'Indonésie aux accords d'Abraham, le "
        "porte-parole n'a pas souhaité répondre.",
        set(),
    ),
    (
        "fr",
        "Interrogé sur les accords d'Abraham, le ministre saoudien a affirmé que le royaume ne "
        "les rejoindrait pas sans État palestinien.",
        {("SA", D)},
    ),
    (
        "en",
        "Asked about a possible accession of Indonesia to the Abraham Accords, the spokesman "
        "declined to comment.",
        set(),
    ),
    (
        "es",
        "Preguntado por una posible adhesión de Indonesia a los acuerdos de Abraham, el "
        "portavoz no quiso responder.",
        set(),
    ),
    # a belief ("persuadé que", "convinced that", "seguro de que") makes the step prospective
    (
        "fr",
        "Donald Trump s'est dit persuadé que l'Arabie saoudite rejoindrait les accords d'Abraham.",
        {("SA", P)},
    ),
    ("en", "Trump is convinced that Saudi Arabia will join the Abraham Accords.", {("SA", P)}),
    (
        "es",
        "Trump está seguro de que Arabia Saudí se unirá a los acuerdos de Abraham.",
        {("SA", P)},
    ),
    # recognition of Israel "once Israel recognises Palestine": a precondition, a refusal
    ("fr", "Jakarta reconnaîtra Israël lorsque Israël reconnaîtra la Palestine.", {("ID", D)}),
    ("en", "Jakarta will recognise Israel once Israel recognises Palestine.", {("ID", D)}),
    # "refuse de s'engager": a refusal; "pas de normalisation sans" after a title
    # with no country names no Palestinian refusal
    (
        "fr",
        "Riyad refuse de s'engager dans les accords d'Abraham tant que la guerre se poursuit.",
        {("SA", D)},
    ),
    (
        "fr",
        "Le prince héritier a posé ses conditions : pas de normalisation sans État palestinien.",
        set(),
    ),
    # normalisation talks that resumed are talks; halted, they are suspended
    (
        "fr",
        "Les pourparlers de normalisation entre Riyad et Israël ont repris, selon la presse.",
        {("SA", "negotiating")},
    ),
    (
        "fr",
        "Les pourparlers de normalisation entre Riyad et Israël ont été interrompus en 2023.",
        {("SA", U)},
    ),
    (
        "en",
        "Normalization talks between Riyadh and Israel have resumed, Israeli media reported.",
        {("SA", "negotiating")},
    ),
    (
        "es",
        "Las conversaciones de normalización entre Riad e Israel se han reanudado.",
        {("SA", "negotiating")},
    ),
    # trade ties cut are not the accords
    ("fr", "La Turquie a rompu ses relations commerciales avec Israël en 2024.", set()),
    # relations restored with Israel in a sentence naming the accords: the signing
    (
        "fr",
        "Rabat a renoué ses relations avec Israël en 2020 dans le cadre des accords d'Abraham.",
        {("MA", S)},
    ),
    ("fr", "Ankara a rétabli ses relations avec Israël en 2022.", set()),
    # the first signatories named by their capitals alone, three or more in one
    # list, are background members; after a preposition they are places
    (
        "fr",
        "Accords d'Abraham : cinq ans après, le noyau reste celui de 2020 : Abou Dhabi, "
        "Manama, Rabat et Khartoum.",
        {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
    ),
    (
        "en",
        "Five years on, the Abraham Accords core is still that of 2020: Abu Dhabi, Manama, "
        "Rabat and Khartoum.",
        {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
    ),
    ("fr", "Accords d'Abraham : l'émissaire a fait escale à Abou Dhabi, Manama et Rabat.", set()),
    ("en", "Abraham Accords: the envoy made stops in Abu Dhabi, Manama and Rabat.", set()),
    (
        "fr",
        "Accords d'Abraham : la délégation s'est rendue à Abou Dhabi, Riyad, Doha et Manama.",
        set(),
    ),
    # leaders in the spellings French papers use stand for their country
    ("fr", "Nawaf Salam a exclu toute normalisation avec Israël.", {("LB", D)}),
    (
        "fr",
        "Accords d'Abraham : Irro a réaffirmé sa volonté de rejoindre les accords.",
        {("XS", P)},
    ),
    ("fr", "Ahmad al-Chareh a écarté une adhésion aux accords d'Abraham.", {("SY", D)}),
    # the Somaliland demonym
    (
        "fr",
        "Le président somalilandais a fait part de son intention de rejoindre les accords "
        "d'Abraham.",
        {("XS", P)},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_wire_and_analysis_class(language, text, expected):
    assert found(text, language) == expected


def test_the_next_country_in_a_list_takes_its_own_date():
    text = (
        "Le 15 septembre 2020, les Émirats arabes unis et Bahreïn signaient les accords "
        "d'Abraham. Le Maroc suivait en décembre, puis le Soudan en janvier 2021."
    )
    assert found_dated(text, "fr", {"MA", "SD"}) >= {("MA", S, "2020-12"), ("SD", S, "2021-01")}
