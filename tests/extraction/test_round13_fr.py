"""Round thirteen, French news (with Spanish, English and German where the same phrasing
exists). Classes: a halt of talks whose process lies inside the talks' own words ("les
pourparlers entre Riyad et Washington sur une normalisation ... ont été suspendus");
reflexive joinings with an adverb or a day inside ("s'est officiellement joint", "s'est
rallié jeudi aux accords"); joining "the club" of the accords; persuasion with the country
between verb and infinitive ("convaincre l'Indonésie de rejoindre", "convencer a Indonesia
de unirse") and its passive ("sont appelés à rejoindre", "son llamados a sumarse"); a past
joining negated ("n'a jamais rejoint": no step, not a refusal); participation suspended and
"no longer active members" (suspended); an offer never received (no claim); a country's own
cooperation or ties with Israel frozen; little eagerness to join (a refusal, as "peu pressé
de"); a door not closed (interest, not a refusal) and a door slammed (refusal); ties "lettre
morte" / "papel mojado" (a halt); a third party's refusal of another's joining ("La Somalie
rejette toute adhésion du Somaliland": no refusal by Somaliland); a founder's words told
after the step ("X rejoindra ..., a déclaré Donald Trump": his expectation); adverbs of
several words inside the verb ("allait « très bientôt » normaliser"); an embassy opened
(ratified; "Tel-Aviv" names Israel); "Pour Trump, X rejoindra" (the founder's expectation);
"Après le Kazakhstan, X et Y ..." (the first country is a precedent, not a candidate); a
first signatory's accession dated 2020 after "since" ("depuis l'adhésion du Maroc en 2020":
signed); a condition set while open to joining ("tout en posant comme condition": interest
and refusal); ties ", normalisées en 2020" (signed). Controls give no claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

R = "ratified"

CASES = {
    "fr": [
        # halts of talks told around the talks' own words
        (
            "Les pourparlers entre Riyad et Washington sur une normalisation avec Israël ont été suspendus après l'attaque du 7 octobre.",
            {("SA", U)},
        ),
        (
            "Normalisation israélo-saoudienne : les discussions sont à l'arrêt depuis la guerre de Gaza.",
            {("SA", U)},
        ),
        (
            "Riyad a gelé les négociations sur la normalisation avec Israël, selon la chaîne Al-Arabiya. Les accords d'Abraham restent dans l'impasse.",
            {("SA", U)},
        ),
        # reflexive joinings with a word inside
        (
            "Le Kazakhstan s'est officiellement joint aux accords d'Abraham le 6 novembre 2025.",
            {("KZ", A)},
        ),
        (
            "Le Kazakhstan s'est rallié jeudi aux accords d'Abraham, devenant le quatrième pays à le faire sous Trump.",
            {("KZ", A)},
        ),
        (
            "Astana s'est finalement rallié aux accords d'Abraham, a confirmé le ministère kazakh.",
            {("KZ", A)},
        ),
        # the club
        (
            "Le Kazakhstan rejoint le club des accords d'Abraham, aux côtés des Émirats arabes unis, de Bahreïn, du Maroc et du Soudan.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "ASTANA (AFP) - Le Kazakhstan intègre le cercle des pays signataires des accords d'Abraham.",
            {("KZ", A)},
        ),
        # persuasion: the country between the verb and the infinitive
        (
            "Trump veut convaincre l'Indonésie et le Pakistan de rejoindre les accords d'Abraham.",
            {("ID", P), ("PK", P)},
        ),
        (
            "Washington encourage la Mauritanie à normaliser ses relations avec Israël dans le cadre des accords d'Abraham.",
            {("MR", P)},
        ),
        (
            "Selon Tom Barrack, la Syrie et le Liban sont appelés à rejoindre les accords d'Abraham.",
            {("SY", P), ("LB", P)},
        ),
        ("L'Azerbaïdjan a été invité à rejoindre les accords d'Abraham, selon Axios.", {("AZ", P)}),
        (
            "Trump a exhorté l'Arabie saoudite à rejoindre les accords d'Abraham lors de la visite de MBS.",
            {("SA", P)},
        ),
        # a past joining negated: no step
        ("Oman n'a jamais rejoint les accords d'Abraham.", set()),
        ("Le Qatar n'a toujours pas adhéré aux accords d'Abraham.", set()),
        ("Oman a rejoint les accords d'Abraham, selon un communiqué.", {("OM", A)}),
        # participation frozen, members no longer active
        ("Le Soudan a suspendu sa participation aux accords d'Abraham.", {("SD", U)}),
        (
            "Les Émirats arabes unis ne sont plus membres actifs des accords d'Abraham, selon un responsable émirati.",
            {("AE", U)},
        ),
        (
            "Nouveau coup de froid : Rabat gèle sa coopération avec Israël. Le Maroc avait rejoint les accords d'Abraham en 2020.",
            {("MA", U), ("MA", S)},
        ),
        (
            "Des manifestants ont défilé à Rabat contre la coopération avec Israël, demandant de geler les projets. Le Maroc a signé les accords d'Abraham en 2020.",
            {("MA", S)},
        ),
        # an offer never received
        (
            "L'Ouzbékistan n'a reçu aucune proposition de rejoindre les accords d'Abraham, assure Tachkent.",
            set(),
        ),
        # little eagerness
        (
            "Mohammed ben Salmane n'a guère montré d'empressement à rejoindre les accords d'Abraham.",
            {("SA", D)},
        ),
        (
            "Les Saoudiens montrent peu d'enthousiasme à rejoindre les accords d'Abraham.",
            {("SA", D)},
        ),
        # doors
        ("Riyad n'a pas fermé la porte à une normalisation avec Israël.", {("SA", P)}),
        ("L'Arabie saoudite a claqué la porte aux accords d'Abraham.", {("SA", D)}),
        ("Riyad a fermé la porte à toute normalisation avec Israël.", {("SA", D)}),
        # a dead letter
        ("La normalisation entre Khartoum et Tel-Aviv est restée lettre morte.", {("SD", U)}),
        # embassies
        ("Les Émirats arabes unis ont ouvert leur ambassade à Tel-Aviv en 2021.", {("AE", R)}),
        ("Bahreïn a inauguré son ambassade en Israël.", {("BH", R)}),
        # the founder's expectation
        (
            "Pour Trump, l'Arabie saoudite rejoindra les accords d'Abraham d'ici la fin de l'année.",
            {("SA", P)},
        ),
        (
            "Pour Riyad, l'Arabie saoudite rejoindra les accords d'Abraham le moment venu.",
            {("SA", A)},
        ),
        # a precedent named first
        (
            "Après le Kazakhstan, l'Azerbaïdjan pourrait rejoindre les accords d'Abraham.",
            {("AZ", P)},
        ),
        (
            "Dans le sillage du Kazakhstan, l'Ouzbékistan envisage de rejoindre les accords d'Abraham.",
            {("UZ", P)},
        ),
        (
            "Israël a frappé l'Iran après que l'Arabie saoudite a refusé de rejoindre les accords d'Abraham.",
            {("SA", D)},
        ),
        # accession in 2020 told from later
        (
            "Il s'agit du premier élargissement des accords d'Abraham depuis l'adhésion du Soudan et du Maroc en 2020.",
            {("SD", S, "2020"), ("MA", S, "2020")},
        ),
        # a condition set while open
        (
            "Damas n'exclut pas de rejoindre un jour les accords d'Abraham, a déclaré le président syrien Ahmed al-Charaa, tout en posant comme condition le retrait israélien du Golan.",
            {("SY", P), ("SY", D)},
        ),
        # ties normalised, a participle after the pair
        (
            "Les relations entre Rabat et Israël, normalisées en 2020 dans le cadre des accords d'Abraham, n'ont jamais été rompues.",
            {("MA", S, "2020")},
        ),
        (
            "Les relations entre Riyad et Israël n'ont jamais été normalisées, malgré les accords d'Abraham.",
            set(),
        ),
        # more of the press's turns, read right already
        (
            "Adhésion du Kazakhstan aux accords d'Abraham : un geste surtout symbolique, selon les analystes.",
            {("KZ", A)},
        ),
        (
            "L'Arabie saoudite ne rejoindra pas les accords d'Abraham sans un État palestinien, a répété le prince héritier Mohammed ben Salmane.",
            {("SA", D)},
        ),
        (
            "Washington pousse l'Arabie saoudite à rejoindre les accords d'Abraham, mais Riyad exige des garanties sur la création d'un État palestinien.",
            {("SA", P), ("SA", D)},
        ),
        (
            "À l'instar des Émirats arabes unis et de Bahreïn, le Maroc a normalisé ses relations avec Israël en décembre 2020 dans le cadre des accords d'Abraham.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
        (
            "Le Liban ne signera jamais les accords d'Abraham, a martelé le président Joseph Aoun.",
            {("LB", D)},
        ),
        (
            "Selon Steve Witkoff, l'Azerbaïdjan pourrait être le prochain pays à rejoindre les accords d'Abraham.",
            {("AZ", P)},
        ),
        (
            "HARGEISA — Après la reconnaissance israélienne du 26 décembre 2025, le Somaliland se dit prêt à adhérer aux accords d'Abraham.",
            {("XS", P)},
        ),
        (
            "Le Soudan a suspendu sa participation aux accords d'Abraham, selon Khartoum.",
            {("SD", U)},
        ),
        (
            "Les discussions entre Bakou et Washington sur l'adhésion de l'Azerbaïdjan aux accords d'Abraham sont bien avancées, selon des sources.",
            {("AZ", N)},
        ),
        # controls
        (
            "Israël et le Somaliland ont signé une déclaration de reconnaissance mutuelle dans l'esprit des accords d'Abraham.",
            set(),
        ),
        (
            "Donald Trump prédit que « de nombreux pays » rejoindront bientôt les accords d'Abraham.",
            set(),
        ),
        (
            "L'Égypte et la Jordanie ont signé la paix avec Israël en 1979 et 1994, bien avant les accords d'Abraham.",
            set(),
        ),
        ("Le Maroc et Israël ont signé un accord de défense en 2021.", set()),
        ("La Turquie a vivement critiqué les accords d'Abraham.", set()),
        ("Lire aussi : L'Arabie saoudite rejoindra-t-elle les accords d'Abraham ?", set()),
        # a third party's refusal of another's joining
        ("La Somalie rejette toute adhésion du Somaliland aux accords d'Abraham.", {("XS", P)}),
        ("L'Arabie saoudite rejette toute adhésion aux accords d'Abraham.", {("SA", D)}),
        # a founder's words told after the step
        ("L'Arabie saoudite rejoindra les accords d'Abraham, a déclaré Donald Trump.", {("SA", P)}),
        (
            "L'Arabie saoudite rejoindra bientôt les accords d'Abraham, a assuré Trump mardi.",
            {("SA", P)},
        ),
        ("Le Kazakhstan rejoindra les accords d'Abraham, a annoncé Donald Trump.", {("KZ", A)}),
        (
            "L'Arabie saoudite rejoindra les accords d'Abraham, a déclaré le prince héritier, après sa rencontre avec Trump.",
            {("SA", A)},
        ),
        # an adverb of several words inside the verb, quotes around it
        (
            "Trump a affirmé que l'Arabie saoudite allait « très bientôt » normaliser ses relations avec Israël.",
            {("SA", P)},
        ),
        ("L'Arabie saoudite va très bientôt rejoindre les accords d'Abraham.", {("SA", A)}),
        # hopes gone
        (
            "Les espoirs d'une adhésion saoudienne aux accords d'Abraham se sont évanouis avec la guerre à Gaza.",
            {("SA", U)},
        ),
        ("Rabat a gelé les relations avec Israël, a annoncé le ministère marocain.", {("MA", U)}),
        # known misses
        (
            "Selon Axios, l'Azerbaïdjan rejoindrait prochainement les accords d'Abraham.",
            {("AZ", P)},
        ),
        (
            "Le Kazakhstan aurait signé les accords d'Abraham lors d'une cérémonie discrète, affirme un média russe.",
            {("KZ", S)},
        ),
        ("L'Algérie pousse la Mauritanie à ne pas rejoindre les accords d'Abraham.", set()),
        ("L'ambassadeur marocain a été rappelé de Tel-Aviv, rapporte Hespress.", {("MA", U)}),
        (
            "Le Kazakhstan, aux côtés de l'Azerbaïdjan, pourrait rejoindre les accords d'Abraham.",
            {("KZ", P), ("AZ", P)},
        ),
        (
            "L'Indonésie est prête à normaliser ses relations avec Israël si un État palestinien est reconnu, a déclaré le président Prabowo à l'ONU.",
            {("ID", P), ("ID", D)},
        ),
    ],
    "es": [
        (
            "Las conversaciones entre Riad y Washington sobre una normalización con Israel fueron suspendidas tras el 7 de octubre.",
            {("SA", U)},
        ),
        ("Kazajistán se ha unido oficialmente a los Acuerdos de Abraham.", {("KZ", A)}),
        ("Kazajistán entra en el club de los Acuerdos de Abraham.", {("KZ", A)}),
        (
            "Trump quiere convencer a Indonesia y Pakistán de unirse a los Acuerdos de Abraham.",
            {("ID", P), ("PK", P)},
        ),
        (
            "Siria y Líbano son llamados a sumarse a los Acuerdos de Abraham, según Tom Barrack.",
            {("SY", P), ("LB", P)},
        ),
        ("Omán nunca se ha unido a los Acuerdos de Abraham.", set()),
        ("Sudán suspendió su participación en los Acuerdos de Abraham.", {("SD", U)}),
        (
            "Los Emiratos ya no son miembros activos de los Acuerdos de Abraham, según un funcionario emiratí.",
            {("AE", U)},
        ),
        (
            "Uzbekistán no ha recibido ninguna propuesta para unirse a los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Marruecos congeló su cooperación con Israel. Rabat se unió a los Acuerdos de Abraham en 2020.",
            {("MA", U), ("MA", S)},
        ),
        (
            "Mohamed bin Salmán ha mostrado poco entusiasmo por unirse a los Acuerdos de Abraham.",
            {("SA", D)},
        ),
        ("Arabia Saudí no ha cerrado la puerta a una normalización con Israel.", {("SA", P)}),
        ("La normalización entre Jartum e Israel quedó en papel mojado.", {("SD", U)}),
        ("Los Emiratos abrieron su embajada en Tel Aviv en 2021.", {("AE", R)}),
        (
            "Para Trump, Arabia Saudí se unirá a los Acuerdos de Abraham antes de fin de año.",
            {("SA", P)},
        ),
        (
            "Tras Kazajistán, Azerbaiyán y Uzbekistán podrían sumarse a los Acuerdos de Abraham.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Es la primera ampliación de los Acuerdos de Abraham desde la adhesión de Sudán y Marruecos en 2020.",
            {("SD", S, "2020"), ("MA", S, "2020")},
        ),
        (
            "Damasco no descarta unirse algún día a los Acuerdos de Abraham, poniendo como condición la retirada israelí del Golán.",
            {("SY", P), ("SY", D)},
        ),
        (
            "Las relaciones entre Rabat e Israel, normalizadas en 2020 en el marco de los Acuerdos de Abraham, siguen firmes.",
            {("MA", S, "2020")},
        ),
        (
            "Somalia rechaza cualquier adhesión de Somalilandia a los Acuerdos de Abraham.",
            {("XS", P)},
        ),
        ("Arabia Saudí se unirá a los Acuerdos de Abraham, dijo Trump.", {("SA", P)}),
        (
            "Trump aseguró que Arabia Saudí va a unirse «muy pronto» a los Acuerdos de Abraham.",
            {("SA", P)},
        ),
        ("Arabia Saudí podría muy pronto unirse a los Acuerdos de Abraham.", {("SA", P)}),
    ],
    "en": [
        ("Kazakhstan has officially joined the Abraham Accords.", {("KZ", A)}),
        ("Kazakhstan joins the club of Abraham Accords members.", {("KZ", A)}),
        ("Oman has never joined the Abraham Accords.", set()),
        ("Sudan has suspended its participation in the Abraham Accords.", {("SD", U)}),
        (
            "The UAE is no longer an active member of the Abraham Accords, an Emirati official said.",
            {("AE", U)},
        ),
        ("Uzbekistan has received no offer to join the Abraham Accords, Tashkent said.", set()),
        (
            "Morocco froze its cooperation with Israel over the Gaza war. Rabat joined the Abraham Accords in 2020.",
            {("MA", U), ("MA", S)},
        ),
        (
            "Saudi crown prince Mohammed bin Salman has shown little eagerness to join the Abraham Accords.",
            {("SA", D)},
        ),
        ("Saudi Arabia has not closed the door to normalisation with Israel.", {("SA", P)}),
        (
            "For Trump, Saudi Arabia will join the Abraham Accords by the end of the year.",
            {("SA", P)},
        ),
        (
            "It is the first expansion of the Abraham Accords since the accession of Sudan and Morocco in 2020.",
            {("SD", S, "2020"), ("MA", S, "2020")},
        ),
        (
            "The UAE announced on 13 August 2020 that it would normalise relations with Israel.",
            {("AE", A, "2020-08-13")},
        ),
        (
            "Damascus does not rule out joining the Abraham Accords one day, setting as a condition an Israeli withdrawal from the Golan.",
            {("SY", P), ("SY", D)},
        ),
        ("Iran protested after Saudi Arabia refused to join the Abraham Accords.", {("SA", D)}),
        ("Somalia rejects any accession of Somaliland to the Abraham Accords.", {("XS", P)}),
        ("Saudi Arabia will join the Abraham Accords, Trump said.", {("SA", P)}),
        (
            'Saudi Arabia will "very soon" join the Abraham Accords, President Donald Trump said on Tuesday.',
            {("SA", P)},
        ),
        ("Saudi Arabia will very soon join the Abraham Accords.", {("SA", A)}),
        ("Kazakhstan will join the Abraham Accords, Trump said.", {("KZ", A)}),
    ],
    "de": [
        (
            "Es ist die erste Erweiterung seit dem Beitritt Marokkos und Sudans zu den Abraham-Abkommen im Jahr 2020.",
            {("MA", S, "2020"), ("SD", S, "2020")},
        ),
        ("Usbekistan hat kein Angebot erhalten, den Abraham-Abkommen beizutreten.", set()),
        ("Oman ist den Abraham-Abkommen nie beigetreten.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round13_french_news(language, text, expected):
    check_case(language, text, expected)
