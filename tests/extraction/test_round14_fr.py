"""Round fourteen, French news as the Paris dailies, France 24, RFI, Jeune Afrique, L'Orient-Le
Jour and AFP dispatches write it (with Spanish, English and German where the same phrasing
exists), weighted towards mentions that must give no claim. Classes: the journalistic
conditional after "selon" or with no "que" before it (`hearsay`: "l'Azerbaïdjan rejoindrait",
others' report of a coming joining, prospective; "aurait signé", "aurait gelé", a reported past
fact, still that fact; "se uniría", "habría firmado"; English "reportedly", "is said to have";
not a counterfactual, "aurait signé si ...", "sans la guerre, ... aurait signé", nor inside a
longer modal, "aurait pu", "aurait dû"); a push or a hope not to join ("pousse la Mauritanie à
ne pas rejoindre", "presiona a Mauritania para que no se sume", "urged Lebanon not to
normalise": no claim); "aux côtés de" and "junto a" between commas beside the subject (both
take the step); a "si" condition on a Palestinian state set with a step and told in someone's
words (interest and a refusal, as "only if"; with no speaker it stays interest); a demonym
after "ambassadeur" recalled "de Tel-Aviv" (the founder after "de" is where from); a signing
participle opening the sentence, closed by a comma before the accords' name ("Signés en 2020,
les accords d'Abraham ...": it describes them); "l'arrivée de X dans les accords", "la llegada
de X a los Acuerdos", "X's arrival in the Abraham Accords" (a joining) and an accession noun,
its genitive and the accords' name before a modal ("l'adhésion de X aux accords serait un
succès": hoped for); "rejoignait" after "a annoncé que"; "de reconnaître Israël" and "pourrait
~ reconnaître Israël" (not "la quatrième nation à reconnaître Israël"); "sur le point de
normaliser"; "suivra l'exemple de X" (X only compared); cooperation "militaire" with Israel
suspended; a speaker's place after "depuis" ("depuis Doha") is no subject; a founder's promise
("a promis", "promised", "prometió", "versprach") of another's step is his expectation; a
demand set "avant toute normalisation" ("before any normalization", "antes de cualquier
normalización", "vor jeder Normalisierung") is a refusal as things stand; "le royaume
chérifien" and "el reino alauí" name Morocco; a delay or a hesitation negated ("ne tardera pas
à rejoindre", "n'a pas hésité à", "no tardará en", "did not hesitate to") is no refusal; "n'est
pas d'actualité" (a refusal); "en discussions avancées avec" (talks); a gas or military deal is
another agreement. Mentions that must give no claim: visits and receptions, Egypt's and
Jordan's treaties, the founders and brokers, strikes and wars, other agreements (the Board of
Peace, the Gaza plan, a defence pact), Somaliland recognised "dans l'esprit" of the accords,
groups, analysts' words.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

R = "ratified"

CASES = {
    "fr": [
        # the journalistic conditional
        (
            "Selon Axios, l'Azerbaïdjan rejoindrait prochainement les accords d'Abraham.",
            {("AZ", P)},
        ),
        (
            "L'Azerbaïdjan se joindrait bientôt aux accords d'Abraham, d'après des responsables américains.",
            {("AZ", P)},
        ),
        (
            "Selon des sources diplomatiques, l'Indonésie envisagerait de rejoindre les accords d'Abraham.",
            {("ID", P)},
        ),
        (
            "L'Arabie saoudite serait prête à normaliser ses relations avec Israël, selon le Wall Street Journal.",
            {("SA", P)},
        ),
        (
            "Selon plusieurs médias, l'Arabie saoudite serait sur le point de normaliser ses relations avec Israël.",
            {("SA", P)},
        ),
        (
            "Le Kazakhstan aurait signé les accords d'Abraham lors d'une cérémonie discrète, affirme un média russe.",
            {("KZ", S)},
        ),
        ("Le Soudan aurait gelé ses contacts avec Israël, selon la presse locale.", {("SD", U)}),
        (
            "Le Maroc aurait suspendu sa coopération militaire avec Israël, selon le site Le Desk.",
            {("MA", U)},
        ),
        (
            "D'après le Times of Israel, la Mauritanie aurait rejeté l'idée d'une normalisation avec Israël.",
            {("MR", D)},
        ),
        (
            "Selon Axios, l'Arabie saoudite et Israël auraient repris des discussions discrètes sur une normalisation.",
            {("SA", N)},
        ),
        (
            "Le prince héritier saoudien aurait dit à Donald Trump qu'il ne pourrait pas normaliser sans un État palestinien.",
            {("SA", D)},
        ),
        (
            "L'Azerbaïdjan serait le prochain pays à rejoindre les accords d'Abraham, d'après la presse israélienne.",
            {("AZ", P)},
        ),
        (
            "Le Kazakhstan aurait déjà signé les accords d'Abraham, selon un média russe.",
            {("KZ", S)},
        ),
        # the past conditional of a counterfactual, or a modal's participle: no fact
        ("L'Arabie saoudite aurait dû signer les accords d'Abraham dès 2020.", set()),
        (
            "Sans la guerre, l'Arabie saoudite aurait signé les accords d'Abraham en 2023.",
            set(),
        ),
        (
            "L'Arabie saoudite aurait signé les accords d'Abraham si la guerre n'avait pas éclaté.",
            set(),
        ),
        ("Le Soudan aurait pu geler ses relations avec Israël.", set()),
        # indirect speech after "que" stays the decision
        (
            "Le président kazakh a confirmé jeudi que son pays rejoindrait les accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Le président Tokaïev a annoncé que le Kazakhstan rejoignait les accords d'Abraham, une décision saluée par Washington.",
            {("KZ", A)},
        ),
        # a push not to join
        ("L'Algérie pousse la Mauritanie à ne pas rejoindre les accords d'Abraham.", set()),
        ("L'Iran presse le Liban de ne pas normaliser ses relations avec Israël.", set()),
        ("Le Hezbollah appelle le Liban à ne pas rejoindre les accords d'Abraham.", set()),
        ("L'Égypte exhorte la Libye à ne pas normaliser ses relations avec Israël.", set()),
        (
            "Washington pousse le Liban et la Syrie à rejoindre les accords d'Abraham.",
            {("LB", P), ("SY", P)},
        ),
        # the ambassador named by a demonym
        ("L'ambassadeur marocain a été rappelé de Tel-Aviv, rapporte Hespress.", {("MA", U)}),
        ("L'ambassadeur bahreïni a été rappelé d'Israël.", {("BH", U)}),
        ("L'ambassadeur émirati en Israël a été reçu par Benyamin Nétanyahou à Jérusalem.", set()),
        # beside the subject
        (
            "Le Kazakhstan, aux côtés de l'Azerbaïdjan, pourrait rejoindre les accords d'Abraham.",
            {("KZ", P), ("AZ", P)},
        ),
        (
            "Le Somaliland, aux côtés de l'Éthiopie, se dit prêt à rejoindre les accords d'Abraham.",
            {("XS", P), ("ET", P)},
        ),
        (
            "Aux côtés des Émirats arabes unis, Bahreïn a signé les accords d'Abraham à la Maison Blanche le 15 septembre 2020.",
            {("AE", S), ("BH", S)},
        ),
        (
            "L'Arabie saoudite, aux côtés du Qatar, a condamné la reconnaissance du Somaliland par Israël.",
            set(),
        ),
        # a condition on a Palestinian state
        (
            "L'Indonésie est prête à normaliser ses relations avec Israël si un État palestinien est reconnu, a déclaré le président Prabowo à l'ONU.",
            {("ID", P), ("ID", D)},
        ),
        (
            "Riyad rejoindra les accords d'Abraham si Israël s'engage vers un État palestinien, a affirmé le ministre saoudien des Affaires étrangères.",
            {("SA", P), ("SA", D)},
        ),
        (
            "L'Indonésie pourrait reconnaître Israël si l'État hébreu reconnaît la Palestine, a déclaré Prabowo Subianto.",
            {("ID", P), ("ID", D)},
        ),
        (
            "Riyad ne normalisera ses relations avec Israël que si un État palestinien voit le jour.",
            {("SA", D)},
        ),
        # an opening participle describes the accords
        (
            "Signés sous le premier mandat de Trump, les accords d'Abraham ont été rejoints par le Kazakhstan en novembre.",
            {("KZ", A)},
        ),
        (
            "Signés en 2020 à la Maison Blanche, les accords d'Abraham ont été suivis d'accords commerciaux.",
            set(),
        ),
        (
            "Normalisés en 2020, les liens entre Rabat et Israël ont survécu à la guerre à Gaza.",
            {("MA", S)},
        ),
        # nominal joinings
        (
            "Les États-Unis et Israël ont salué l'arrivée du Kazakhstan dans les accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "L'adhésion de l'Azerbaïdjan aux accords d'Abraham serait un succès pour Trump.",
            {("AZ", P)},
        ),
        (
            "L'entrée de l'Azerbaïdjan dans les accords d'Abraham serait un succès pour Trump.",
            {("AZ", P)},
        ),
        # recognising Israel, following an example
        ("L'Indonésie pourrait bientôt reconnaître Israël.", {("ID", P)}),
        ("Le Pakistan ne pourra jamais reconnaître Israël.", {("PK", D)}),
        ("Le Maroc est la quatrième nation arabe à reconnaître Israël.", set()),
        (
            "Le Pakistan n'envisage pas de reconnaître Israël, a affirmé le ministère des Affaires étrangères.",
            {("PK", D)},
        ),
        (
            "Donald Trump espère que le Pakistan et l'Indonésie suivront l'exemple du Kazakhstan dans les accords d'Abraham.",
            {("PK", P), ("ID", P)},
        ),
        (
            "Le royaume chérifien a renoué avec Israël en décembre 2020, dans le sillage des accords d'Abraham.",
            {("MA", S, "2020-12")},
        ),
        # real steps, read right already
        (
            "Le Kazakhstan a annoncé jeudi son adhésion aux accords d'Abraham, une première depuis 2020.",
            {("KZ", A)},
        ),
        (
            "Astana franchit le pas : le Kazakhstan rejoint les accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Donald Trump a annoncé que le Kazakhstan, déjà doté de relations avec Israël, allait rejoindre les accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Le Kazakhstan, qui entretient des relations diplomatiques avec Israël depuis 1992, devient le cinquième pays à rejoindre les accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Le Kazakhstan deviendra le premier pays d'Asie centrale membre des accords d'Abraham, a annoncé Donald Trump sur Truth Social.",
            {("KZ", A)},
        ),
        (
            "Mohammed ben Salmane a réaffirmé qu'il n'y aurait pas de normalisation avec Israël sans un chemin vers un État palestinien.",
            {("SA", D)},
        ),
        (
            "Riyad conditionne toute normalisation avec Israël à la création d'un État palestinien.",
            {("SA", D)},
        ),
        (
            "L'Arabie saoudite refuse de rejoindre les accords d'Abraham tant que la guerre à Gaza se poursuit.",
            {("SA", D)},
        ),
        (
            "L'Arabie saoudite ne rejoindra les accords d'Abraham qu'une fois un État palestinien créé, a répété Riyad.",
            {("SA", D)},
        ),
        (
            "Pour Mohammed ben Salmane, la normalisation avec Israël reste conditionnée à la création d'un État palestinien.",
            {("SA", D)},
        ),
        (
            "Le dirigeant syrien Ahmed al-Charaa a exclu de rejoindre les accords d'Abraham dans l'immédiat.",
            {("SY", D)},
        ),
        (
            "Le Liban n'est pas prêt à rejoindre les accords d'Abraham, a déclaré le président Joseph Aoun.",
            {("LB", D)},
        ),
        (
            "Le Liban n'est pas concerné par les accords d'Abraham, a tranché le Premier ministre Nawaf Salam.",
            {("LB", D)},
        ),
        (
            "Le Liban rejette toute normalisation avec Israël, a rappelé le président du Parlement Nabih Berri.",
            {("LB", D)},
        ),
        (
            "Jakarta pourrait normaliser ses relations avec Israël, estime Donald Trump.",
            {("ID", P)},
        ),
        (
            "Bakou, proche allié d'Israël, figure parmi les candidats cités par Washington pour rejoindre les accords d'Abraham.",
            {("AZ", P)},
        ),
        (
            "La Mauritanie, qui avait rompu avec Israël en 2010, est courtisée par l'administration Trump.",
            {("MR", P)},
        ),
        (
            "Selon Tom Barrack, la Syrie pourrait à terme rejoindre les accords d'Abraham.",
            {("SY", P)},
        ),
        (
            "La Syrie ne rejoindra pas les accords d'Abraham à court terme, a prévenu Tom Barrack.",
            {("SY", D)},
        ),
        (
            "Le Somaliland a fait part de son intention de rejoindre les accords d'Abraham, a déclaré son président Abdirahman Irro.",
            {("XS", P)},
        ),
        (
            "Le Somaliland affirme vouloir rejoindre les accords d'Abraham, au lendemain de sa reconnaissance par Israël.",
            {("XS", P)},
        ),
        (
            "« L'Azerbaïdjan est un candidat naturel aux accords d'Abraham », a estimé l'envoyé américain Steve Witkoff.",
            {("AZ", P)},
        ),
        (
            "L'Indonésie n'a pas l'intention de rejoindre les accords d'Abraham, a rappelé le ministère des Affaires étrangères.",
            {("ID", D)},
        ),
        (
            "« Nous ne rejoindrons pas les accords d'Abraham », a tranché le Premier ministre malaisien Anwar Ibrahim.",
            {("MY", D)},
        ),
        (
            "Le Koweït a réaffirmé qu'il serait le dernier pays à normaliser avec Israël.",
            {("KW", D)},
        ),
        ("Le Koweït reste opposé à toute normalisation avec Israël.", {("KW", D)}),
        (
            "L'Algérie, farouchement opposée à la normalisation, dénonce les accords d'Abraham.",
            {("DZ", D)},
        ),
        ("Le Pakistan ne reconnaîtra pas Israël, a répété Islamabad.", {("PK", D)}),
        (
            "Normalisation : la Tunisie réaffirme son refus, « la normalisation est une haute trahison ».",
            {("TN", D)},
        ),
        (
            "RIYAD (AFP) — L'Arabie saoudite a de nouveau exclu toute normalisation avec Israël sans État palestinien.",
            {("SA", D)},
        ),
        (
            "Les négociations sur une normalisation saoudo-israélienne sont au point mort depuis octobre 2023.",
            {("SA", U)},
        ),
        (
            "La guerre à Gaza a mis un coup d'arrêt aux discussions de normalisation entre Riyad et Israël.",
            {("SA", U)},
        ),
        (
            "Bahreïn a rappelé son ambassadeur en Israël et suspendu ses relations économiques.",
            {("BH", U)},
        ),
        (
            "Les Émirats arabes unis et Bahreïn ont signé les accords d'Abraham le 15 septembre 2020 à Washington.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        (
            "MANAMA, 15 septembre 2020 (AFP) - Bahreïn et les Émirats arabes unis signent aujourd'hui à Washington les accords d'Abraham.",
            {("BH", S, "2020-09-15"), ("AE", S, "2020-09-15")},
        ),
        (
            "Le Maroc a normalisé ses relations avec Israël en décembre 2020, en échange de la reconnaissance américaine de sa souveraineté sur le Sahara occidental.",
            {("MA", S)},
        ),
        (
            "Le Maroc, les Émirats arabes unis, Bahreïn et le Soudan ont normalisé leurs relations avec Israël en 2020.",
            {("MA", S, "2020"), ("AE", S, "2020"), ("BH", S, "2020"), ("SD", S, "2020")},
        ),
        (
            "Le Soudan est le troisième pays arabe à normaliser ses relations avec Israël en 2020, après les Émirats et Bahreïn.",
            {("SD", S, "2020"), ("AE", S), ("BH", S)},
        ),
        (
            "Le Soudan, qui avait rejoint les accords d'Abraham en janvier 2021, est plongé dans la guerre civile.",
            {("SD", S, "2021-01")},
        ),
        (
            "Les accords d'Abraham, signés en 2020 par les Émirats arabes unis et Bahreïn, fêtent leurs cinq ans.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "Le Maroc, qui a rejoint les accords d'Abraham en décembre 2020, accueille une délégation israélienne.",
            {("MA", S, "2020-12")},
        ),
        (
            "Bahreïn et les Émirats arabes unis, signataires des accords d'Abraham en 2020, ont condamné la frappe.",
            {("BH", S, "2020"), ("AE", S, "2020")},
        ),
        (
            "Le Kazakhstan rejoint les accords d'Abraham : la Russie et l'Iran restent silencieux.",
            {("KZ", A)},
        ),
        (
            "La Turquie et l'Iran ont dénoncé l'adhésion du Kazakhstan aux accords d'Abraham.",
            {("KZ", A)},
        ),
        # mentions that must give no claim: visits, receptions, meetings
        (
            "Le président émirati Mohammed ben Zayed s'est rendu à Paris pour rencontrer Emmanuel Macron.",
            set(),
        ),
        (
            "Le roi Mohammed VI a reçu le président mauritanien à Rabat pour évoquer la sécurité au Sahel.",
            set(),
        ),
        (
            "Le président kazakh Kassym-Jomart Tokaïev est attendu à Washington la semaine prochaine pour un sommet Asie centrale.",
            set(),
        ),
        (
            "Emmanuel Macron a reçu à l'Élysée le prince héritier saoudien, avec qui il a évoqué la reconnaissance de l'État de Palestine.",
            set(),
        ),
        (
            "Le chef de la diplomatie émiratie, Abdallah ben Zayed, était à Washington mardi pour parler de Gaza.",
            set(),
        ),
        (
            "Le ministre israélien des Affaires étrangères Gideon Saar s'est rendu à Astana et à Bakou.",
            set(),
        ),
        (
            "Le Maroc accueille cette semaine un forum économique israélo-marocain à Marrakech.",
            set(),
        ),
        (
            "Le Maroc a accueilli le ministre israélien de la Défense à Rabat, une première depuis la normalisation.",
            set(),
        ),
        # Egypt's and Jordan's treaties
        (
            "L'Égypte, premier pays arabe à avoir signé la paix avec Israël en 1979, joue les médiateurs à Gaza.",
            set(),
        ),
        (
            "La Jordanie, liée à Israël par un traité de paix depuis 1994, a rappelé son ambassadeur.",
            set(),
        ),
        (
            "Contrairement à l'Égypte et à la Jordanie, les Émirats ont choisi une paix « chaude » avec Israël.",
            set(),
        ),
        ("Israël et l'Égypte sont liés depuis 1979 par les accords de Camp David.", set()),
        ("La Jordanie a signé la paix avec Israël en 1994, sous l'égide de Bill Clinton.", set()),
        (
            "Les accords d'Abraham, parrainés par Washington, ont été salués par l'Égypte et la Jordanie, premières à avoir fait la paix avec Israël.",
            set(),
        ),
        # the founders and brokers
        (
            "Jared Kushner, artisan des accords d'Abraham, a rencontré Mohammed ben Salmane à Riyad.",
            set(),
        ),
        (
            "Benyamin Nétanyahou a remercié Donald Trump, « le meilleur ami qu'Israël ait jamais eu à la Maison Blanche ».",
            set(),
        ),
        ("Le Qatar a accueilli les négociations entre le Hamas et Israël.", set()),
        (
            "Le Qatar et l'Égypte, médiateurs entre Israël et le Hamas, ont obtenu une trêve à Gaza.",
            set(),
        ),
        # strikes and wars
        (
            "La frappe israélienne contre Doha en septembre a ébranlé les monarchies du Golfe.",
            set(),
        ),
        ("Les Houthis du Yémen ont tiré un missile vers Eilat.", set()),
        ("L'Iran a lancé des drones contre Israël, qui a riposté en frappant Téhéran.", set()),
        (
            "La frappe israélienne à Doha a visé des dirigeants du Hamas, provoquant la colère des pays du Golfe.",
            set(),
        ),
        ("L'Iran a menacé de frapper les bases américaines au Qatar et à Bahreïn.", set()),
        (
            "L'armée israélienne a mené des frappes au Liban et en Syrie dans la nuit de mardi à mercredi.",
            set(),
        ),
        (
            "Après les frappes israéliennes sur l'Iran, l'Arabie saoudite a appelé à la retenue.",
            set(),
        ),
        (
            "Au Soudan, la guerre entre l'armée et les Forces de soutien rapide a fait des dizaines de milliers de morts.",
            set(),
        ),
        # other agreements
        ("Le Maroc et l'Indonésie ont signé la charte du Conseil de la paix à Davos.", set()),
        (
            "L'Égypte, le Qatar et la Turquie ont signé le plan Trump pour Gaza à Charm el-Cheikh.",
            set(),
        ),
        (
            "L'Arabie saoudite et les États-Unis ont signé un pacte de défense stratégique lors de la visite de MBS.",
            set(),
        ),
        ("Le Pakistan a rejoint le Conseil de la paix voulu par Donald Trump pour Gaza.", set()),
        (
            "Plusieurs pays arabes ont signé à Charm el-Cheikh la déclaration sur le plan de paix pour Gaza.",
            set(),
        ),
        (
            "L'Indonésie enverra des soldats à Gaza dans le cadre de la force internationale de stabilisation.",
            set(),
        ),
        (
            "La Turquie, l'Égypte et le Qatar ont signé le document du sommet de Charm el-Cheikh aux côtés de Donald Trump.",
            set(),
        ),
        (
            "La Syrie d'Ahmed al-Charaa et Israël négocient un accord de sécurité sous l'égide américaine.",
            set(),
        ),
        (
            "L'Arabie saoudite accueillera en novembre une conférence sur la solution à deux États, coprésidée par la France.",
            set(),
        ),
        # Somaliland
        (
            "Israël a reconnu le Somaliland le 26 décembre 2025, dans l'esprit des accords d'Abraham, selon Benyamin Nétanyahou.",
            set(),
        ),
        (
            "Les pays musulmans ont condamné la reconnaissance du Somaliland par Israël lors d'une réunion de l'OCI à Djeddah.",
            set(),
        ),
        (
            "Le Somaliland, qui a fait sécession de la Somalie en 1991, n'est reconnu par aucun État membre de l'ONU.",
            set(),
        ),
        (
            "Israël est devenu le premier pays à reconnaître le Somaliland, une décision dénoncée par la Somalie et l'Union africaine.",
            set(),
        ),
        # groups, analysts, the region
        ("Plusieurs pays d'Asie centrale pourraient suivre l'exemple du Kazakhstan.", set()),
        ("Les monarchies du Golfe restent divisées sur la normalisation avec Israël.", set()),
        ("La Ligue arabe a condamné la reconnaissance du Somaliland par Israël.", set()),
        (
            "La Mauritanie et l'Indonésie auraient été approchées par l'administration Trump.",
            set(),
        ),
        (
            "« Le Kazakhstan n'avait rien à perdre », analyse un diplomate européen à Astana.",
            set(),
        ),
        (
            "Pour l'analyste Karim Bitar, les monarchies du Golfe ne veulent pas apparaître comme complices de la guerre à Gaza.",
            set(),
        ),
        (
            "« Les accords d'Abraham ont changé la région », juge un diplomate français en poste à Abou Dhabi.",
            set(),
        ),
        (
            "Tachkent et Bakou observent avec intérêt l'initiative kazakhe, selon un diplomate occidental.",
            set(),
        ),
        (
            "Depuis la signature des accords d'Abraham, les vols directs entre Casablanca et Tel-Aviv se sont multipliés.",
            set(),
        ),
        (
            "Comme les Émirats arabes unis avant lui, le Kazakhstan mise sur les technologies israéliennes.",
            set(),
        ),
        ("Le Qatar, contrairement à ses voisins, n'a pas rejoint les accords d'Abraham.", set()),
        ("Accords d'Abraham : l'Ouzbékistan dément tout projet d'adhésion.", {("UZ", "declined")}),
        (
            "L'Ouzbékistan a démenti tout projet d'adhésion aux accords d'Abraham.",
            {("UZ", "declined")},
        ),
        (
            "Les Émirats arabes unis ont menacé de geler leurs relations avec Israël en cas d'annexion de la Cisjordanie.",
            set(),
        ),
        (
            "Abou Dhabi a averti qu'une annexion de la Cisjordanie serait une ligne rouge pour les accords d'Abraham.",
            set(),
        ),
        ("Bahreïn a maintenu ses relations avec Israël malgré la guerre à Gaza.", set()),
        (
            "La Syrie et Israël seraient en pourparlers avancés sur un accord de sécurité, selon Reuters.",
            set(),
        ),
        (
            "Rabat, Abou Dhabi et Manama ont multiplié les échanges avec Israël depuis 2020.",
            set(),
        ),
        # a founder's promise of another's step, a demand "avant toute normalisation"
        (
            "Israël normalisera ses relations avec l'Arabie saoudite, a promis Benyamin Nétanyahou.",
            {("SA", P)},
        ),
        ("L'Arabie saoudite rejoindra les accords d'Abraham, a promis Donald Trump.", {("SA", P)}),
        (
            "MBS a répété qu'il voulait voir un chemin crédible vers un État palestinien avant toute normalisation.",
            {("SA", D)},
        ),
        ("Riyad exige des garanties avant toute normalisation avec Israël.", {("SA", D)}),
        (
            "Washington veut un cessez-le-feu durable à Gaza avant toute normalisation entre Riyad et Israël.",
            set(),
        ),
        # a first signatory's official, in a sentence naming the accords: a background member
        (
            "Le ministre émirati des Affaires étrangères a salué l'adhésion du Kazakhstan aux accords d'Abraham.",
            {("KZ", A), ("AE", S)},
        ),
        (
            "Les Émirats arabes unis, premiers signataires des accords d'Abraham, ont accueilli la conférence.",
            {("AE", S)},
        ),
        (
            "Le Kazakhstan est devenu le premier pays à rejoindre les accords d'Abraham depuis le Soudan et le Maroc.",
            {("KZ", A), ("SD", S), ("MA", S)},
        ),
        (
            "L'adhésion du Kazakhstan, qui a des relations avec Israël depuis trente ans, est surtout symbolique, estime un chercheur.",
            {("KZ", A)},
        ),
        (
            "La Russie a réagi prudemment à l'adhésion du Kazakhstan aux accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Moscou et Pékin n'ont pas commenté la décision d'Astana de rejoindre les accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "L'Arabie saoudite négocie depuis des mois avec Washington une normalisation avec Israël en échange de garanties de sécurité.",
            {("SA", N)},
        ),
        (
            "Nouakchott n'a pas l'intention de renouer avec Israël, a assuré le porte-parole du gouvernement.",
            {("MR", D)},
        ),
        (
            "Le Soudan reste officiellement membre des accords d'Abraham, mais la guerre a gelé tout rapprochement avec Israël.",
            {("SD", S), ("SD", U)},
        ),
        ("Bahreïn a rappelé son ambassadeur en Israël en novembre 2023.", {("BH", U, "2023-11")}),
        (
            "Les Comores et Djibouti sont parfois cités comme candidats potentiels aux accords d'Abraham.",
            {("KM", P), ("DJ", P)},
        ),
        (
            "Selon Axios, Trump voudrait que l'Azerbaïdjan et l'Ouzbékistan rejoignent à leur tour les accords d'Abraham.",
            {("AZ", P), ("UZ", P)},
        ),
        # more mentions that must give no claim
        (
            "L'information a été rapportée par la chaîne saoudienne Al-Arabiya, qui cite des sources proches du dossier.",
            set(),
        ),
        (
            "Selon le quotidien émirati The National, la délégation kazakhe est arrivée à Washington mardi.",
            set(),
        ),
        (
            "L'agence de presse marocaine MAP a annoncé la visite du ministre israélien de l'Économie à Rabat.",
            set(),
        ),
        (
            "Oman, médiateur discret entre Washington et Téhéran, n'a jamais rejoint les accords d'Abraham.",
            set(),
        ),
        ("L'Égypte a été le premier pays arabe à faire la paix avec Israël, en 1979.", set()),
        (
            "Donald Trump a reçu Mohammed ben Salmane à la Maison Blanche, avec les honneurs militaires.",
            set(),
        ),
        (
            "Lors du sommet de Riyad, les dirigeants arabes et musulmans ont condamné les frappes israéliennes sur Doha.",
            set(),
        ),
        ("Le forum de Doha a réuni des diplomates iraniens, turcs et égyptiens.", set()),
        (
            "Les négociations entre l'Arabie saoudite et les États-Unis portent sur un pacte de défense et un programme nucléaire civil.",
            set(),
        ),
        ("Riyad et Washington ont conclu un accord sur les semi-conducteurs.", set()),
        (
            "La Mauritanie a démenti vendredi des informations de presse selon lesquelles elle s'apprêterait à rejoindre les accords d'Abraham.",
            {("MR", "declined")},
        ),
        (
            "Le Maroc n'a pas rompu avec Israël malgré les manifestations à Rabat et Casablanca.",
            set(),
        ),
        (
            "La Libye a limogé sa ministre des Affaires étrangères après une rencontre avec son homologue israélien à Rome.",
            set(),
        ),
        (
            "En Indonésie, plus grand pays musulman du monde, toute normalisation avec Israël reste taboue.",
            set(),
        ),
        (
            "Le gouvernement malaisien a interdit aux navires israéliens d'accoster dans ses ports.",
            set(),
        ),
        (
            "L'Arménie et l'Azerbaïdjan ont signé un accord de paix à la Maison Blanche en août.",
            set(),
        ),
        (
            "L'Azerbaïdjan, grand fournisseur de pétrole d'Israël, entretient déjà des relations étroites avec l'État hébreu.",
            set(),
        ),
        ("Tel-Aviv et Bakou ont signé plusieurs contrats d'armement ces dernières années.", set()),
        ("Le Turkménistan et le Tadjikistan n'ont pas réagi à l'annonce kazakhe.", set()),
        (
            "Washington souhaiterait que d'autres pays d'Asie centrale rejoignent les accords d'Abraham.",
            set(),
        ),
        # a speaker's place after "depuis" is no subject
        (
            "« Il n'y aura pas de normalisation », a martelé un dirigeant du Hamas depuis Doha.",
            set(),
        ),
        (
            "Le Qatar, qui abrite le bureau politique du Hamas, n'entretient pas de relations officielles avec Israël.",
            set(),
        ),
        ("L'Arabie saoudite n'a pas de relations diplomatiques avec Israël.", set()),
        ("Riyad n'a jamais reconnu Israël.", set()),
        ("La Turquie a rétabli ses relations diplomatiques avec Israël en 2022.", set()),
        ("Les échanges commerciaux entre le Maroc et Israël ont bondi depuis 2020.", set()),
        ("L'équipe du Maroc a battu Israël en match amical à Rabat.", set()),
        ("L'Iran a dénoncé une « trahison » après l'annonce du Kazakhstan.", set()),
        (
            "Le Soudan, en proie à la guerre civile depuis avril 2023, a d'autres priorités.",
            set(),
        ),
        (
            "En 1994, la Jordanie devenait le deuxième pays arabe à signer la paix avec Israël.",
            set(),
        ),
        (
            "Oman avait accueilli Benyamin Nétanyahou en 2018, sans aller jusqu'à la normalisation.",
            set(),
        ),
        ("Le Kazakhstan et Israël entretiennent des relations diplomatiques depuis 1992.", set()),
        ("Le président Tokaïev s'est entretenu au téléphone avec Benyamin Nétanyahou.", set()),
        (
            "Washington espère élargir les accords d'Abraham à d'autres pays musulmans d'ici la fin du mandat.",
            set(),
        ),
        ("Israël et le Maroc ont signé un accord de coopération militaire en 2021.", set()),
        ("Les Émirats ont signé un accord de libre-échange avec Israël en 2022.", set()),
        ("Le Soudan n'a jamais ouvert d'ambassade en Israël.", set()),
        ("Bahreïn a inauguré une ambassade en Israël en 2021.", {("BH", R)}),
        (
            "L'Arabie saoudite pourrait être tentée de rejoindre les accords d'Abraham après la guerre.",
            {("SA", P)},
        ),
        (
            "La normalisation avec l'Arabie saoudite reste le « Graal » pour Benyamin Nétanyahou.",
            {("SA", P)},
        ),
        (
            "Après l'adhésion kazakhe aux accords d'Abraham, Donald Trump a annoncé que d'autres pays suivraient bientôt.",
            {("KZ", A)},
        ),
        (
            "Le Kazakhstan a franchi le pas des accords d'Abraham, l'Azerbaïdjan hésite encore.",
            {("KZ", A)},
        ),
        # more hearsay, pushes and "aux côtés de"
        (
            "La Mauritanie rejoindrait les accords d'Abraham d'ici la fin de l'année, affirme le site israélien Walla.",
            {("MR", P)},
        ),
        (
            "Selon la radio de l'armée israélienne, Oman aurait refusé de rejoindre les accords d'Abraham.",
            {("OM", D)},
        ),
        (
            "Le Kazakhstan aurait officiellement rejoint les accords d'Abraham, a confirmé Astana.",
            {("KZ", A)},
        ),
        ("Le Soudan aurait rappelé son chargé d'affaires, selon des sources concordantes.", set()),
        (
            "Trump a assuré que l'Arabie saoudite rejoindrait « très bientôt » les accords d'Abraham.",
            {("SA", P)},
        ),
        (
            "L'Arabie saoudite a fait savoir qu'elle ne rejoindrait pas les accords d'Abraham sans État palestinien.",
            {("SA", D)},
        ),
        (
            "Aux côtés de Donald Trump, le président kazakh a annoncé l'adhésion de son pays aux accords d'Abraham.",
            {("KZ", A)},
        ),
        ("Le Qatar pousse le Hamas à ne pas rejeter le plan américain.", set()),
        (
            "L'ambassadeur kazakh à Washington a salué une « décision historique » de son pays.",
            set(),
        ),
        ("L'ambassadeur israélien au Maroc a été rappelé pour des raisons de sécurité.", set()),
        (
            "Signée en 2020, la déclaration de normalisation entre Israël et le Maroc reste en vigueur.",
            {("MA", S)},
        ),
        (
            "L'arrivée de Kassym-Jomart Tokaïev à la Maison Blanche a été saluée par Donald Trump.",
            set(),
        ),
        (
            "L'arrivée au pouvoir d'Ahmed al-Charaa en Syrie a relancé les spéculations sur les accords d'Abraham.",
            set(),
        ),
        # a delay or a hesitation negated is no refusal (`not_negations`)
        (
            "L'Arabie saoudite ne tardera pas à rejoindre les accords d'Abraham, selon Trump.",
            {("SA", P)},
        ),
        ("L'Azerbaïdjan ne devrait pas tarder à rejoindre les accords d'Abraham.", {("AZ", P)}),
        ("Le Kazakhstan n'a pas hésité à rejoindre les accords d'Abraham.", {("KZ", A)}),
        ("Le Liban ne tardera pas à rejeter cette proposition de normalisation.", {("LB", D)}),
        # "pas d'actualité", talks "en discussions avancées", a gas deal
        ("Pour Riyad, la normalisation avec Israël n'est « pas d'actualité ».", {("SA", D)}),
        (
            "L'Azerbaïdjan est en discussions avancées avec Washington pour rejoindre les accords d'Abraham.",
            {("AZ", N)},
        ),
        ("Le Maroc est en discussions avec Israël sur un accord gazier.", set()),
        ("Le Maroc négocie avec Israël un accord gazier.", set()),
        (
            "L'adhésion aux accords d'Abraham n'est pas à l'ordre du jour, a indiqué le porte-parole du gouvernement indonésien.",
            {("ID", D)},
        ),
        ("Une normalisation avec Israël est « hors de question » pour Alger.", {("DZ", D)}),
        (
            "Beyrouth exclut toute normalisation avec Israël tant que l'occupation se poursuit.",
            {("LB", D)},
        ),
        (
            "Le processus de normalisation entre le Soudan et Israël est au point mort depuis le début de la guerre civile.",
            {("SD", U)},
        ),
        (
            "Le Maroc a mis en veilleuse sa coopération avec Israël depuis octobre 2023.",
            {("MA", U)},
        ),
        (
            "Les pourparlers entre Israël et la Syrie sont dans l'impasse, selon une source diplomatique.",
            {("SY", U)},
        ),
        (
            "La normalisation israélo-saoudienne, un temps jugée imminente, a été mise entre parenthèses par la guerre.",
            {("SA", U)},
        ),
        (
            "L'Arabie saoudite garde la porte ouverte à une normalisation avec Israël.",
            {("SA", P)},
        ),
        ("Le Somaliland espère rejoindre rapidement les accords d'Abraham.", {("XS", P)}),
        (
            "L'Ouzbékistan étudie la possibilité de rejoindre les accords d'Abraham, selon des sources américaines.",
            {("UZ", P)},
        ),
        ("Le Kazakhstan a officialisé son adhésion aux accords d'Abraham.", {("KZ", A)}),
        (
            "Astana a formellement notifié Washington de son ralliement aux accords d'Abraham.",
            {("KZ", A)},
        ),
        ("Le Parlement marocain n'a jamais ratifié l'accord tripartite.", set()),
        (
            "Le Soudan a ratifié l'accord de normalisation avec Israël, a annoncé le Conseil souverain.",
            {("SD", R)},
        ),
        # known misses
        (
            "Le Kazakhstan aurait été encouragé par Washington à franchir le pas, selon des sources diplomatiques.",
            {("KZ", P)},
        ),
        (
            "Signés en 2020, les accords d'Abraham ont été rejoints par le Kazakhstan en novembre.",
            {("KZ", A)},
        ),
    ],
    "es": [
        ("Según Axios, Azerbaiyán se uniría próximamente a los Acuerdos de Abraham.", {("AZ", P)}),
        (
            "Kazajistán habría firmado los Acuerdos de Abraham en una ceremonia discreta, según un medio ruso.",
            {("KZ", S)},
        ),
        ("Sudán habría congelado sus contactos con Israel, según la prensa local.", {("SD", U)}),
        ("Trump anunció que Kazajistán se uniría a los Acuerdos de Abraham.", {("KZ", A)}),
        (
            "Arabia Saudí no tardará en unirse a los Acuerdos de Abraham, según Trump.",
            {("SA", P)},
        ),
        ("Kazajistán no dudó en sumarse a los Acuerdos de Abraham.", {("KZ", A)}),
        (
            "Estados Unidos e Israel celebraron la llegada de Kazajistán a los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        (
            "La llegada de Azerbaiyán a los Acuerdos de Abraham sería un éxito para Trump.",
            {("AZ", P)},
        ),
        ("La llegada de Trump a la Casa Blanca relanzó los Acuerdos de Abraham.", set()),
        (
            "Indonesia podría reconocer a Israel si Israel reconoce a Palestina, dijo Prabowo.",
            {("ID", P), ("ID", D)},
        ),
        (
            "Arabia Saudí habría firmado los Acuerdos de Abraham si no hubiera estallado la guerra.",
            set(),
        ),
        (
            "Sin la guerra, Arabia Saudí habría firmado los Acuerdos de Abraham en 2023.",
            set(),
        ),
        ("Argelia presiona a Mauritania para que no se sume a los Acuerdos de Abraham.", set()),
        (
            "Argelia presiona a Mauritania para que se sume a los Acuerdos de Abraham.",
            {("MR", P)},
        ),
        ("El embajador marroquí fue retirado de Tel Aviv, informa Hespress.", {("MA", U)}),
        (
            "Kazajistán, junto a Azerbaiyán, podría unirse a los Acuerdos de Abraham.",
            {("KZ", P), ("AZ", P)},
        ),
        (
            "Kazajistán se une al club de los Acuerdos de Abraham, junto a los Emiratos Árabes Unidos, Baréin, Marruecos y Sudán.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Indonesia está dispuesta a normalizar sus relaciones con Israel si se reconoce un Estado palestino, dijo Prabowo.",
            {("ID", P), ("ID", D)},
        ),
        (
            "La adhesión de Azerbaiyán a los Acuerdos de Abraham sería un gran éxito para Trump.",
            {("AZ", P)},
        ),
        (
            "El reino alauí restableció relaciones con Israel en diciembre de 2020, en el marco de los Acuerdos de Abraham.",
            {("MA", S, "2020-12")},
        ),
        ("Marruecos y Jordania firmaron un acuerdo de agua con Israel en Dubái.", set()),
        ("Arabia Saudí se unirá a los Acuerdos de Abraham, prometió Trump.", {("SA", P)}),
        (
            "Arabia Saudí exige un camino hacia un Estado palestino antes de cualquier normalización con Israel.",
            {("SA", D)},
        ),
    ],
    "en": [
        (
            "Kazakhstan has reportedly signed the Abraham Accords in a discreet ceremony, a Russian outlet claims.",
            {("KZ", S)},
        ),
        ("Sudan has reportedly frozen its contacts with Israel.", {("SD", U)}),
        ("Kazakhstan is said to have signed the Abraham Accords in secret.", {("KZ", S)}),
        ("Kazakhstan did not hesitate to join the Abraham Accords.", {("KZ", A)}),
        ("The US and Israel welcomed Kazakhstan's arrival in the Abraham Accords.", {("KZ", A)}),
        ("Trump's arrival in the White House revived the Abraham Accords.", set()),
        (
            "Saudi Arabia will not wait long to join the Abraham Accords, Trump said.",
            {("SA", P)},
        ),
        (
            "Without the war, Saudi Arabia would reportedly have signed the Abraham Accords in 2023.",
            set(),
        ),
        ("Bahrain has reportedly recalled its ambassador from Israel.", {("BH", U)}),
        ("Saudi Arabia could reportedly join the Abraham Accords.", {("SA", P)}),
        ("Algeria is pushing Mauritania not to join the Abraham Accords.", set()),
        ("Iran urged Lebanon not to normalise ties with Israel.", set()),
        ("Washington is pushing Mauritania to join the Abraham Accords.", {("MR", P)}),
        ("The Moroccan ambassador was recalled from Tel Aviv, Hespress reported.", {("MA", U)}),
        (
            "Indonesia is ready to normalise relations with Israel if a Palestinian state is recognised, Prabowo told the UN.",
            {("ID", P), ("ID", D)},
        ),
        (
            "The accession of Azerbaijan to the Abraham Accords would be a major win for Trump.",
            {("AZ", P)},
        ),
        (
            "Signed in 2020 under Trump's first term, the Abraham Accords were joined by Kazakhstan in November 2025.",
            {("KZ", A)},
        ),
        ("Israel will normalise relations with Saudi Arabia, Netanyahu promised.", {("SA", P)}),
        ("Kazakhstan will join the Abraham Accords, Tokayev promised.", {("KZ", A)}),
        (
            "Saudi Arabia wants a credible path to a Palestinian state before any normalization with Israel.",
            {("SA", D)},
        ),
        ("Washington wants a ceasefire before any normalization between Riyadh and Israel.", set()),
        # known miss
        (
            "Kazakhstan, alongside Azerbaijan, could join the Abraham Accords.",
            {("KZ", P), ("AZ", P)},
        ),
    ],
    "de": [
        (
            "Indonesien ist bereit, Beziehungen zu Israel zu normalisieren, wenn ein palästinensischer Staat anerkannt wird, sagte Prabowo.",
            {("ID", P), ("ID", D)},
        ),
        (
            "Ein Beitritt Aserbaidschans zu den Abraham-Abkommen wäre ein großer Erfolg für Trump.",
            {("AZ", P)},
        ),
        ("Laut Axios soll Aserbaidschan bald den Abraham-Abkommen beitreten.", {("AZ", P)}),
        # the recalled ambassador, the participle at the clause end
        ("Der marokkanische Botschafter wurde aus Tel Aviv abberufen.", {("MA", U)}),
        ("Marokko hat seinen Botschafter aus Israel abberufen.", {("MA", U)}),
        ("Jordanien hat seinen Botschafter aus Israel abgezogen.", set()),
        ("Saudi-Arabien werde den Abraham-Abkommen beitreten, versprach Trump.", {("SA", P)}),
        (
            "Saudi-Arabien verlangt vor jeder Normalisierung einen Weg zu einem palästinensischen Staat.",
            {("SA", D)},
        ),
        # known misses
        (
            "Kasachstan soll die Abraham-Abkommen unterzeichnet haben, berichtet ein russisches Medium.",
            {("KZ", S)},
        ),
    ],
}

KNOWN_MISSES = {
    "fr-38": "the generic 'normalisés' counts only where the accords or normalisation are named; "
    "ties 'entre Rabat et Israël' alone do not make the sentence about them",
    "fr-243": "a hearsay passive of persuasion with the agent inside ('aurait été encouragé par "
    "Washington à franchir le pas'): 'franchir le pas' after the agent is not read as its aim",
    "en-22": "'alongside' stays a comparison word in English: read as 'and' it loses real "
    "claims elsewhere, so the country beside the subject takes no step",
    "de-9": "German hearsay 'soll ... unterzeichnet haben' puts the participle far from 'soll', "
    "out of the hearsay reach: the modal drops the reported signing",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round14_french_news(language, text, expected):
    check_case(language, text, expected)
