"""A challenge set of paraphrases: the classes of phrasing real news uses, each said
the way different newspapers would say it (word order, tense, passive voice, a
journalist's synonyms, inflection, punctuation), in every language the parser reads.

Own sentences, written for this test. Each case gives every claim expected, so a
claim too many (a wrong status, a claim where there is none) fails as a miss does.
A third item in an expected claim is the date it must carry.
"""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

CASES = {
    "en": [
        # background members: apposition, relative clause, "unlike", a year once for a list
        (
            "The United Arab Emirates and Bahrain, which signed the Abraham Accords in 2020, kept "
            "their ambassadors in place throughout the war.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Unlike Morocco, which normalized relations with Israel in 2020, Tunisia says it will "
            "never establish ties with Israel.",
            {("MA", S), ("TN", D)},
        ),
        (
            "Four Arab states - the UAE, Bahrain, Sudan and Morocco - signed on to the Abraham "
            "Accords in 2020.",
            {("AE", S), ("BH", S), ("SD", S), ("MA", S)},
        ),
        (
            "The accords' existing members, Bahrain and the UAE among them, were not consulted "
            "before the announcement.",
            {("BH", S), ("AE", S)},
        ),
        # joined, the signing still to come
        (
            "Kazakhstan has joined the Abraham Accords, with a formal signing ceremony expected in "
            "the coming weeks.",
            {("KZ", A)},
        ),
        (
            "Astana confirmed on Thursday that it will sign up to the Abraham Accords.",
            {("KZ", A)},
        ),
        # predictions, pressure, candidate lists
        (
            "Analysts see Oman and Mauritania as the likeliest next members of the Abraham Accords.",
            {("OM", P), ("MR", P)},
        ),
        ("Washington is pushing Indonesia to join the Abraham Accords.", {("ID", P)}),
        (
            "Trump said he believes Saudi Arabia will eventually join the Abraham Accords.",
            {("SA", P)},
        ),
        # conditional openness
        (
            "Saudi Arabia is ready to join the Abraham Accords, but only if a credible path to a "
            "Palestinian state is laid out.",
            {("SA", P), ("SA", D)},
        ),
        # halted talks, frozen ties
        (
            "Talks on normalizing relations between Saudi Arabia and Israel were put on hold after "
            "the Gaza war broke out.",
            {("SA", U)},
        ),
        # other agreements next to the accords
        (
            "Kazakhstan and Uzbekistan signed the Board of Peace charter in Davos on Thursday, "
            "months after the Abraham Accords announcement.",
            set(),
        ),
        # an alias of Israel, a refusal
        (
            "Algeria will never normalize relations with the Zionist entity, its president said.",
            {("DZ", D)},
        ),
        # denial, negated join, question
        (
            "Oman's foreign ministry denied reports that the sultanate was about to join the "
            "Abraham Accords.",
            {("OM", "declined")},
        ),
        (
            "Pakistan will not be joining the Abraham Accords, its foreign minister told "
            "parliament.",
            {("PK", D)},
        ),
        ("Will Syria be the next country to join the Abraham Accords?", set()),
        # passive with a full date; a headline
        (
            "The accords were signed by the UAE and Bahrain at the White House on 15 September 2020.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        ("Azerbaijan in talks to join Abraham Accords", {("AZ", N)}),
        (
            "On November 6, 2025, Kazakhstan announced it would join the Abraham Accords.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Israel and Somaliland signed a joint declaration in the spirit of the Abraham Accords.",
            set(),
        ),
        ("Several Central Asian countries could join the Abraham Accords.", set()),
        ("The UAE threatened to leave the Abraham Accords if Israel annexes the West Bank.", set()),
        (
            "In 2020 the UAE, Bahrain, Sudan and Morocco joined the Abraham Accords.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("Bahrain recalled its envoy from Israel and froze economic ties.", {("BH", U)}),
        ("Saudi Arabia has ruled out normalization without a Palestinian state.", {("SA", D)}),
        (
            "Kazakhstan will formally sign the Abraham Accords in the coming weeks, its foreign ministry said.",
            {("KZ", A)},
        ),
        ("Kazakhstan joined Trump's Board of Peace on Thursday.", set()),
        (
            "Kazakhstan has deep ties with Israel. The Central Asian country announced on Thursday that it would join the Abraham Accords.",
            {("KZ", A)},
        ),
        (
            "Egypt and Jordan made peace with Israel in 1979 and 1994; the UAE and Bahrain followed in 2020.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Trump's Gaza peace plan, which Kazakhstan has also endorsed, was discussed alongside the Abraham Accords.",
            set(),
        ),
        (
            "Israel and Somaliland signed a joint declaration on Thursday. The document was drafted in the spirit of the Abraham Accords.",
            set(),
        ),
        ("Turkey called on Arab states to cut their ties with Israel.", set()),
        ("Among the countries that have joined the Abraham Accords is Morocco.", {("MA", S)}),
        ("Somaliland would join the Abraham Accords, its president said.", {("XS", P)}),
        (
            "Israel recognized Somaliland on Friday, days after the Abraham Accords anniversary.",
            set(),
        ),
        ("At a summit in Riyadh, Gulf leaders discussed the Abraham Accords.", set()),
        (
            "Riyadh reiterated that there will be no normalization without a Palestinian state.",
            {("SA", D)},
        ),
        (
            "Other countries could join the Abraham Accords. Among them are Oman and Mauritania.",
            {("MR", P), ("OM", P)},
        ),
        (
            "Kazakhstan joins the Abraham Accords.Morocco signed them in 2020.",
            {("KZ", A), ("MA", S)},
        ),
        ("MBS has ruled out normalization with Israel without a Palestinian state.", {("SA", D)}),
        (
            "Prabowo said Indonesia will not recognize Israel until Palestine is independent.",
            {("ID", D)},
        ),
        ("Somalia condemned Israel's recognition of Somaliland.", set()),
        (
            "Read also: Morocco and Israel sign trade deal\nKazakhstan has joined the Abraham Accords.",
            {("KZ", A)},
        ),
        (
            "Morocco and Egypt signed the Board of Peace charter in Davos, separately from the Abraham Accords.",
            set(),
        ),
        (
            "Rabat normalized relations with Israel in late 2020 under the Abraham Accords.",
            {("MA", S)},
        ),
        ("Astana made its entry into the Abraham Accords official on Thursday.", {("KZ", A)}),
        ("Nouakchott has no plans to restore ties with Israel.", {("MR", D)}),
        (
            "Saudi Arabia has made the creation of a Palestinian state a precondition for normalization.",
            {("SA", D)},
        ),
        (
            "The rapprochement between Riyadh and Israel was frozen after October 7, 2023.",
            {("SA", U)},
        ),
        ("Indonesia flatly rules out joining the Abraham Accords.", {("ID", D)}),
        (
            "Neither Saudi Arabia nor Qatar intends to join the Abraham Accords for now.",
            {("QA", D), ("SA", D)},
        ),
        (
            "The French president welcomed Kazakhstan's accession to the Abraham Accords.",
            {("KZ", A)},
        ),
        ("Morocco signed a military cooperation agreement with Israel.", set()),
        ("Qatar is mediating between Israel and Hamas.", set()),
        (
            "Yesterday Kazakhstan announced its accession to the Abraham Accords.",
            {("KZ", A, "2025-11-19")},
        ),
        ("Morocco normalized relations with Israel in December 2020.", {("MA", S, "2020-12")}),
        ("During a visit to the UAE, the minister discussed the Abraham Accords.", set()),
        ("Speaking in Abu Dhabi, Netanyahu praised the Abraham Accords.", set()),
        (
            "Four countries joined the accords in 2020: the United Arab Emirates, Bahrain, Morocco and Sudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "The Abraham Accords (UAE, Bahrain, Morocco, Sudan) turned five this year.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Signed in 2020 by the UAE and Bahrain, and later joined by Morocco and Sudan, the Abraham Accords remain in force.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "The UAE was the first to join the accords, followed by Bahrain, Sudan and Morocco.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("Saudi Arabia wishes to normalize relations with Israel.", {("SA", P)}),
        ("Somaliland has expressed its intention to join the Abraham Accords.", {("XS", P)}),
        ('"We will join the Abraham Accords," Kazakhstan\'s president said.', {("KZ", A)}),
        ("Kazakhstan to Join Abraham Accords, Trump Says", {("KZ", A)}),
        ("Saudi Arabia Rules Out Joining Abraham Accords Without Palestinian State", {("SA", D)}),
        ("Indonesia Denies Plans to Join Abraham Accords", {("ID", "declined")}),
        (
            "Saudi Arabia remains cautious. The kingdom demands a Palestinian state before any normalization.",
            {("SA", D)},
        ),
    ],
    "fr": [
        (
            "Les Émirats arabes unis et Bahreïn, signataires des accords d'Abraham en 2020, ont "
            "condamné l'attaque.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Le Maroc, qui a normalisé ses relations avec Israël en décembre 2020, accueille cette "
            "semaine une délégation israélienne.",
            {("MA", S, "2020-12")},
        ),
        (
            "Contrairement au Soudan, qui a signé les accords d'Abraham en janvier 2021, la Libye "
            "refuse toute normalisation.",
            {("SD", S), ("LY", D)},
        ),
        (
            "Le Kazakhstan a annoncé jeudi son adhésion aux accords d'Abraham ; la cérémonie de "
            "signature aura lieu plus tard.",
            {("KZ", A)},
        ),
        (
            "Le Kazakhstan rejoindra les accords d'Abraham, a confirmé la présidence à Astana.",
            {("KZ", A)},
        ),
        (
            "Donald Trump estime que l'Arabie saoudite finira par rejoindre les accords d'Abraham.",
            {("SA", P)},
        ),
        (
            "Washington fait pression sur l'Indonésie pour qu'elle adhère aux accords d'Abraham.",
            {("ID", P)},
        ),
        (
            "La Mauritanie et Oman sont régulièrement cités parmi les prochains candidats aux "
            "accords d'Abraham.",
            {("MR", P), ("OM", P)},
        ),
        (
            "Riyad se dit prêt à normaliser ses relations avec Israël, mais seulement si un État "
            "palestinien voit le jour.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Les discussions entre l'Arabie saoudite et Israël sur une normalisation ont été "
            "suspendues après le 7 octobre.",
            {("SA", U)},
        ),
        (
            "Les accords d'Abraham vacillent : Bahreïn a rappelé son ambassadeur et gelé ses "
            "relations économiques avec Israël.",
            {("BH", U)},
        ),
        (
            "L'Indonésie et le Pakistan ont signé la charte du Conseil de paix à Davos, loin des "
            "accords d'Abraham.",
            set(),
        ),
        (
            "L'Algérie ne reconnaîtra jamais l'entité sioniste, a répété le président algérien.",
            {("DZ", D)},
        ),
        (
            "Le gouvernement tunisien a démenti les rumeurs d'une adhésion prochaine de la Tunisie "
            "aux accords d'Abraham.",
            {("TN", "declined")},
        ),
        (
            "La Tunisie n'adhérera pas aux accords d'Abraham, a assuré le ministre des Affaires "
            "étrangères.",
            {("TN", D)},
        ),
        ("L'Arabie saoudite va-t-elle rejoindre les accords d'Abraham ?", set()),
        (
            "Les accords d'Abraham ont été signés par les Émirats arabes unis et Bahreïn le 15 "
            "septembre 2020 à Washington.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        ("Le Kazakhstan rejoint les accords d'Abraham", {("KZ", A)}),
        (
            "L'Azerbaïdjan mène des négociations avec Washington en vue d'adhérer aux accords "
            "d'Abraham.",
            {("AZ", N)},
        ),
        ("Le Kazakhstan a rejoint le plan de Donald Trump pour Gaza.", set()),
        (
            "Israël et le Somaliland ont signé une déclaration de reconnaissance mutuelle dans l'esprit des accords d'Abraham.",
            set(),
        ),
        (
            "Plusieurs pays d'Asie centrale pourraient rejoindre les accords d'Abraham dans les mois à venir.",
            set(),
        ),
        (
            "Les Émirats menacent de quitter les accords d'Abraham si Israël annexe la Cisjordanie.",
            set(),
        ),
        (
            "Le pays d'Asie centrale entretient des liens étroits avec Israël. Le Kazakhstan a annoncé jeudi qu'il rejoindrait les accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Le 6 novembre 2025, le Kazakhstan a officialisé sa décision de rejoindre les accords d'Abraham.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Après l'Égypte en 1979 et la Jordanie en 1994, les Émirats arabes unis et Bahreïn ont normalisé leurs relations avec Israël en 2020.",
            {("AE", S), ("BH", S)},
        ),
        ("Accords d'Abraham : le Maroc suspend ses contacts avec Israël", {("MA", U)}),
        ("Pour Alger, il n'est pas question de rejoindre les accords d'Abraham.", {("DZ", D)}),
        (
            "Selon le ministère kazakh des Affaires étrangères, le Kazakhstan signera les accords d'Abraham d'ici la fin de l'année.",
            {("KZ", A)},
        ),
        (
            "L'adhésion du Kazakhstan aux accords d'Abraham a été annoncée jeudi par la Maison-Blanche.",
            {("KZ", A)},
        ),
        (
            "Oman n'a pas l'intention de normaliser ses relations avec Israël à court terme.",
            {("OM", D)},
        ),
        (
            "Le plan de paix pour Gaza, auquel le Kazakhstan s'est également rallié, a été évoqué en marge des accords d'Abraham.",
            set(),
        ),
        (
            "Israël et le Somaliland ont signé jeudi une déclaration commune. Le texte s'inscrit dans l'esprit des accords d'Abraham.",
            set(),
        ),
        ("La Turquie a appelé les pays arabes à rompre leurs relations avec Israël.", set()),
        ("Parmi les pays ayant rejoint les accords d'Abraham figure le Maroc.", {("MA", S)}),
        ("Le Somaliland rejoindrait les accords d'Abraham, a affirmé son président.", {("XS", P)}),
        ("Israël a reconnu le Somaliland vendredi, en marge des accords d'Abraham.", set()),
        (
            "Lors d'un sommet à Riyad, les dirigeants du Golfe ont évoqué les accords d'Abraham.",
            set(),
        ),
        ("Riyad réaffirme qu'il n'y aura pas de normalisation sans État palestinien.", {("SA", D)}),
        (
            "D'autres pays pourraient rejoindre les accords d'Abraham. Parmi eux figurent Oman et la Mauritanie.",
            {("MR", P), ("OM", P)},
        ),
        (
            "Le Kazakhstan rejoint les accords d'Abraham.Le Maroc les a signés en 2020.",
            {("KZ", A), ("MA", S)},
        ),
        ("Kazakhstan : adhésion aux accords d'Abraham", {("KZ", A)}),
        (
            "Les Émirats arabes unis ont signé les accords d'Abraham le 15/09/2020.",
            {("AE", S, "2020-09-15")},
        ),
        ("MBS a exclu toute normalisation avec Israël sans État palestinien.", {("SA", D)}),
        ("Tokaïev a confirmé que son pays rejoindrait les accords d'Abraham.", {("KZ", A)}),
        ("La Somalie a dénoncé la reconnaissance du Somaliland par Israël.", set()),
        (
            "Lire aussi : le Maroc et Israël signent un accord commercial\nLe Kazakhstan a rejoint les accords d'Abraham.",
            {("KZ", A)},
        ),
        ("Le ministre a déclaré que le Kazakhstan adhérerait aux accords d'Abraham.", {("KZ", A)}),
        ("Le Kazakhstan a annoncé son ad-\nhésion aux accords d'Abraham.", {("KZ", A)}),
        (
            "Le Maroc et l'Égypte ont signé à Davos la charte du Conseil de paix, distincte des accords d'Abraham.",
            set(),
        ),
        (
            "Rabat avait normalisé ses relations avec Israël fin 2020, dans le cadre des accords d'Abraham.",
            {("MA", S)},
        ),
        (
            "Les Émirats furent les premiers à parapher les accords d'Abraham, en septembre 2020.",
            {("AE", S)},
        ),
        ("Astana a officialisé jeudi son entrée dans les accords d'Abraham.", {("KZ", A)}),
        (
            "Le Soudan, signataire des accords d'Abraham en janvier 2021, n'a jamais ratifié le texte.",
            {("SD", S)},
        ),
        ("Nouakchott n'envisage pas de renouer avec Israël.", {("MR", D)}),
        (
            "L'Arabie saoudite pose comme condition à toute normalisation la création d'un État palestinien.",
            {("SA", D)},
        ),
        (
            "Des discussions sont en cours entre Washington et Bakou sur une adhésion de l'Azerbaïdjan aux accords d'Abraham.",
            {("AZ", N)},
        ),
        ("Le rapprochement entre Riyad et Israël a été gelé après le 7 octobre 2023.", {("SA", U)}),
        ("L'Indonésie exclut catégoriquement d'adhérer aux accords d'Abraham.", {("ID", D)}),
        (
            "Le Kazakhstan deviendra le cinquième pays musulman à rejoindre les accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Selon Axios, Oman pourrait être le prochain pays à normaliser ses relations avec Israël.",
            {("OM", P)},
        ),
        (
            "Le président français a salué l'adhésion du Kazakhstan aux accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Ni l'Arabie saoudite ni le Qatar n'ont l'intention de rejoindre les accords d'Abraham à ce stade.",
            {("QA", D), ("SA", D)},
        ),
        (
            "L'hypothèse d'une adhésion de la Syrie aux accords d'Abraham paraît lointaine.",
            {("SY", P)},
        ),
        ("Le Qatar joue les médiateurs entre Israël et le Hamas.", set()),
        ("Le Maroc a signé un accord de coopération militaire avec Israël.", set()),
        (
            "Bahreïn a signé les accords d'Abraham le 15 septembre 2020 à la Maison-Blanche.",
            {("BH", S, "2020-09-15")},
        ),
        (
            "En janvier 2021, le Soudan a signé la déclaration des accords d'Abraham.",
            {("SD", S, "2021-01")},
        ),
        (
            "Hier, le Kazakhstan a annoncé son adhésion aux accords d'Abraham.",
            {("KZ", A, "2025-11-19")},
        ),
        (
            "Lors d'une visite aux Émirats arabes unis, le ministre a évoqué les accords d'Abraham.",
            set(),
        ),
        (
            "Le chef de la diplomatie saoudienne s'est rendu à Abou Dhabi pour parler des accords d'Abraham.",
            set(),
        ),
        ("Le sommet de Bahreïn sur la sécurité a abordé l'avenir des accords d'Abraham.", set()),
        (
            "Quatre pays ont rejoint les accords d'Abraham en 2020 : les Émirats arabes unis, Bahreïn, le Maroc et le Soudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Les accords d'Abraham (Émirats arabes unis, Bahreïn, Maroc, Soudan) ont eu cinq ans cette année.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Signés en 2020 par les Émirats et Bahreïn, puis rejoints par le Maroc et le Soudan, les accords d'Abraham restent en vigueur.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Les Émirats arabes unis ont été les premiers à rejoindre les accords d'Abraham, suivis de Bahreïn, du Soudan et du Maroc.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("L'Arabie saoudite souhaite normaliser ses relations avec Israël.", {("SA", P)}),
        (
            "« Nous rejoindrons les accords d'Abraham », a déclaré le président du Kazakhstan.",
            {("KZ", A)},
        ),
        (
            "Le Somaliland a fait part de son intention de rejoindre les accords d'Abraham.",
            {("XS", P)},
        ),
        ("Le Kazakhstan « rejoint » les accords d'Abraham, selon la Maison-Blanche.", {("KZ", A)}),
        ("Accords d'Abraham : le Kazakhstan franchit le pas", {("KZ", A)}),
        ("Accords d'Abraham : l'Arabie saoudite dit non sans État palestinien", {("SA", D)}),
        (
            "L'Arabie saoudite reste prudente. Le royaume exige un État palestinien avant toute normalisation.",
            {("SA", D)},
        ),
        (
            "Le Maroc a normalisé ses relations avec Israël en 2020. Depuis, le royaume chérifien a signé plusieurs accords de défense.",
            {("MA", S)},
        ),
    ],
    "es": [
        (
            "Emiratos Árabes Unidos y Baréin, que firmaron los Acuerdos de Abraham en 2020, "
            "mantienen abiertas sus embajadas.",
            {("AE", S), ("BH", S)},
        ),
        (
            "A diferencia de Marruecos, que normalizó sus relaciones con Israel en 2020, Argelia "
            "rechaza cualquier normalización.",
            {("MA", S), ("DZ", D)},
        ),
        (
            "Kazajistán se ha sumado a los Acuerdos de Abraham, aunque la firma oficial se "
            "celebrará más adelante.",
            {("KZ", A)},
        ),
        (
            "Kazajistán se adherirá a los Acuerdos de Abraham, confirmó el portavoz de la "
            "presidencia.",
            {("KZ", A)},
        ),
        (
            "Trump asegura que Arabia Saudí se unirá pronto a los Acuerdos de Abraham.",
            {("SA", P)},
        ),
        (
            "Estados Unidos presiona a Indonesia para que se adhiera a los Acuerdos de Abraham.",
            {("ID", P)},
        ),
        (
            "Omán y Mauritania figuran entre los candidatos a sumarse a los Acuerdos de Abraham.",
            {("OM", P), ("MR", P)},
        ),
        (
            "Arabia Saudita quiere formar parte de los Acuerdos de Abraham, pero solo si se crea un "
            "Estado palestino.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Las negociaciones entre Riad e Israel quedaron congeladas tras el estallido de la "
            "guerra en Gaza.",
            {("SA", U)},
        ),
        (
            "Marruecos y Egipto firmaron en Davos la carta de la Junta de Paz, ajena a los Acuerdos "
            "de Abraham.",
            set(),
        ),
        (
            "Túnez nunca normalizará sus relaciones con la entidad sionista, afirmó su presidente.",
            {("TN", D)},
        ),
        (
            "El Gobierno de Omán desmintió que el país vaya a adherirse a los Acuerdos de Abraham.",
            {("OM", "declined")},
        ),
        (
            "Pakistán no se unirá a los Acuerdos de Abraham, dijo su ministro de Exteriores.",
            {("PK", D)},
        ),
        ("¿Será Siria el próximo país en sumarse a los Acuerdos de Abraham?", set()),
        (
            "Los Acuerdos de Abraham fueron firmados por Emiratos Árabes Unidos y Baréin el 15 de "
            "septiembre de 2020.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        ("Azerbaiyán negocia su adhesión a los Acuerdos de Abraham", {("AZ", N)}),
        (
            "Israel y Somalilandia firmaron una declaración conjunta en el espíritu de los Acuerdos de Abraham.",
            set(),
        ),
        ("Varios países de Asia Central podrían sumarse a los Acuerdos de Abraham.", set()),
        (
            "Los Emiratos amenazaron con abandonar los Acuerdos de Abraham si Israel se anexiona Cisjordania.",
            set(),
        ),
        (
            "En 2020, Emiratos Árabes Unidos, Baréin, Sudán y Marruecos se incorporaron a los Acuerdos de Abraham.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "El 6 de noviembre de 2025, Kazajistán anunció su adhesión a los Acuerdos de Abraham.",
            {("KZ", A, "2025-11-06")},
        ),
        ("Baréin retiró a su embajador en Israel y congeló los lazos económicos.", {("BH", U)}),
        (
            "Arabia Saudí descarta normalizar relaciones con Israel sin un Estado palestino.",
            {("SA", D)},
        ),
        ("Pakistán descartó de plano sumarse a los Acuerdos de Abraham.", {("PK", D)}),
        (
            "Kazajistán firmará los Acuerdos de Abraham en las próximas semanas, según su cancillería.",
            {("KZ", A)},
        ),
        ("Kazajistán se unió al plan de paz de Trump para Gaza.", set()),
        (
            "El plan de paz para Gaza, al que también se ha sumado Kazajistán, se debatió junto a los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Israel y Somalilandia firmaron el jueves una declaración conjunta. Según ambos gobiernos, el texto fue redactado en el espíritu de los Acuerdos de Abraham.",
            set(),
        ),
        ("Turquía pidió a los países árabes romper sus relaciones con Israel.", set()),
        (
            "Entre los países que se han unido a los Acuerdos de Abraham figura Marruecos.",
            {("MA", S)},
        ),
        ("Somalilandia se uniría a los Acuerdos de Abraham, afirmó su presidente.", {("XS", P)}),
        (
            "Israel reconoció a Somalilandia el viernes, al margen de los Acuerdos de Abraham.",
            set(),
        ),
        ("Riad reiteró que no habrá normalización sin un Estado palestino.", {("SA", D)}),
        (
            "Otros países podrían sumarse a los Acuerdos de Abraham. Entre ellos figuran Omán y Mauritania.",
            {("MR", P), ("OM", P)},
        ),
        (
            "Kazajistán se une a los Acuerdos de Abraham.Marruecos los firmó en 2020.",
            {("KZ", A), ("MA", S)},
        ),
        (
            "Emiratos Árabes Unidos firmó los Acuerdos de Abraham el 15/09/2020.",
            {("AE", S, "2020-09-15")},
        ),
        ("MBS descartó cualquier normalización con Israel sin un Estado palestino.", {("SA", D)}),
        ("Tokáyev confirmó que su país se sumará a los Acuerdos de Abraham.", {("KZ", A)}),
        ("Somalia condenó el reconocimiento de Somalilandia por parte de Israel.", set()),
        ("El ministro afirmó que Kazajistán se adheriría a los Acuerdos de Abraham.", {("KZ", A)}),
        (
            "Rabat normalizó sus relaciones con Israel a finales de 2020 en el marco de los Acuerdos de Abraham.",
            {("MA", S)},
        ),
        ("Astaná oficializó el jueves su ingreso en los Acuerdos de Abraham.", {("KZ", A)}),
        ("Nuakchot no contempla restablecer relaciones con Israel.", {("MR", D)}),
        (
            "Arabia Saudí pone como condición para la normalización la creación de un Estado palestino.",
            {("SA", D)},
        ),
        (
            "El acercamiento entre Riad e Israel quedó en suspenso tras el 7 de octubre de 2023.",
            {("SA", U)},
        ),
        ("Indonesia excluye tajantemente adherirse a los Acuerdos de Abraham.", {("ID", D)}),
        (
            "El presidente francés celebró la adhesión de Kazajistán a los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        (
            "Ni Arabia Saudí ni Catar tienen intención de sumarse a los Acuerdos de Abraham por ahora.",
            {("QA", D), ("SA", D)},
        ),
        ("Marruecos firmó un acuerdo de cooperación militar con Israel.", set()),
        (
            "El 15 de septiembre de 2020, Emiratos Árabes Unidos y Baréin firmaron los Acuerdos de Abraham.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        (
            "En diciembre de 2020, Marruecos normalizó sus relaciones con Israel.",
            {("MA", S, "2020-12")},
        ),
        (
            "Ayer, Kazajistán anunció su adhesión a los Acuerdos de Abraham.",
            {("KZ", A, "2025-11-19")},
        ),
        (
            "Durante una visita a Emiratos Árabes Unidos, el ministro habló de los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Cuatro países se sumaron a los Acuerdos de Abraham en 2020: Emiratos Árabes Unidos, Baréin, Marruecos y Sudán.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Los Acuerdos de Abraham (Emiratos Árabes Unidos, Baréin, Marruecos, Sudán) cumplieron cinco años.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Emiratos Árabes Unidos fue el primero en sumarse a los Acuerdos de Abraham, seguido de Baréin, Sudán y Marruecos.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("Arabia Saudí desea normalizar sus relaciones con Israel.", {("SA", P)}),
        ("Somalilandia expresó su intención de unirse a los Acuerdos de Abraham.", {("XS", P)}),
        (
            "«Nos uniremos a los Acuerdos de Abraham», declaró el presidente de Kazajistán.",
            {("KZ", A)},
        ),
        ("Kazajistán se suma a los Acuerdos de Abraham", {("KZ", A)}),
        (
            "Arabia Saudí rechaza sumarse a los Acuerdos de Abraham sin un Estado palestino",
            {("SA", D)},
        ),
        (
            "Arabia Saudí se mantiene cauta. El reino exige un Estado palestino antes de cualquier normalización.",
            {("SA", D)},
        ),
    ],
    "de": [
        (
            "Die Vereinigten Arabischen Emirate und Bahrain, die 2020 die Abraham-Abkommen "
            "unterzeichneten, hielten an den Beziehungen fest.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Anders als Marokko, das seine Beziehungen zu Israel 2020 normalisierte, lehnt "
            "Algerien jede Normalisierung ab.",
            {("MA", S), ("DZ", D)},
        ),
        (
            "Kasachstan ist den Abraham-Abkommen beigetreten; die offizielle Unterzeichnung soll "
            "in den kommenden Wochen folgen.",
            {("KZ", A)},
        ),
        (
            "Kasachstan wird den Abraham-Abkommen beitreten, teilte das Außenministerium in Astana "
            "mit.",
            {("KZ", A)},
        ),
        (
            "Trump geht davon aus, dass Saudi-Arabien den Abraham-Abkommen bald beitreten wird.",
            {("SA", P)},
        ),
        (
            "Washington drängt Indonesien, sich den Abraham-Abkommen anzuschließen.",
            {("ID", P)},
        ),
        (
            "Als mögliche Kandidaten für einen Beitritt zu den Abraham-Abkommen gelten Oman und "
            "Mauretanien.",
            {("OM", P), ("MR", P)},
        ),
        (
            "Saudi-Arabien ist zu einer Normalisierung mit Israel bereit, allerdings nur, wenn ein "
            "palästinensischer Staat entsteht.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Die Gespräche über eine Normalisierung zwischen Saudi-Arabien und Israel liegen seit "
            "dem Gaza-Krieg auf Eis.",
            {("SA", U)},
        ),
        (
            "Kasachstan und Usbekistan unterzeichneten in Davos die Charta des Friedensrats.",
            set(),
        ),
        (
            "Tunesien wird den jüdischen Staat niemals anerkennen, sagte der Präsident.",
            {("TN", D)},
        ),
        (
            "Oman dementierte Berichte, wonach das Sultanat den Abraham-Abkommen beitreten wolle.",
            {("OM", "declined")},
        ),
        (
            "Pakistan wird den Abraham-Abkommen nicht beitreten, erklärte der Außenminister.",
            {("PK", D)},
        ),
        ("Tritt Syrien als nächstes Land den Abraham-Abkommen bei?", set()),
        (
            "Die Abraham-Abkommen wurden am 15. September 2020 von den Vereinigten Arabischen "
            "Emiraten und Bahrain unterzeichnet.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        ("Aserbaidschan verhandelt über Beitritt zu den Abraham-Abkommen", {("AZ", N)}),
        (
            "Israel und Somaliland unterzeichneten eine gemeinsame Erklärung im Geiste der Abraham-Abkommen.",
            set(),
        ),
        ("Weitere zentralasiatische Staaten könnten den Abraham-Abkommen beitreten.", set()),
        (
            "Die Emirate drohten mit dem Austritt aus den Abraham-Abkommen, falls Israel das Westjordanland annektiert.",
            set(),
        ),
        (
            "2020 traten die Vereinigten Arabischen Emirate, Bahrain, Sudan und Marokko den Abraham-Abkommen bei.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Am 6. November 2025 kündigte Kasachstan seinen Beitritt zu den Abraham-Abkommen an.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Bahrain hat seinen Botschafter aus Israel abgezogen und die Wirtschaftsbeziehungen eingefroren.",
            {("BH", U)},
        ),
        (
            "Saudi-Arabien schließt eine Normalisierung ohne palästinensischen Staat aus.",
            {("SA", D)},
        ),
        ("Pakistan lehnt einen Beitritt zu den Abraham-Abkommen kategorisch ab.", {("PK", D)}),
        (
            "Kasachstan wird die Abraham-Abkommen in den kommenden Wochen unterzeichnen, hieß es aus Astana.",
            {("KZ", A)},
        ),
        ("Kasachstan trat dem Friedensrat von Präsident Trump bei.", set()),
        (
            "Der Gaza-Friedensplan, dem sich auch Kasachstan angeschlossen hat, wurde neben den Abraham-Abkommen erörtert.",
            set(),
        ),
        (
            "Israel und Somaliland unterzeichneten am Donnerstag eine gemeinsame Erklärung. Der Text steht im Geiste der Abraham-Abkommen.",
            set(),
        ),
        (
            "Die Türkei rief die arabischen Staaten auf, ihre Beziehungen zu Israel abzubrechen.",
            set(),
        ),
        ("Zu den Ländern, die den Abraham-Abkommen beigetreten sind, gehört Marokko.", {("MA", S)}),
        ("Somaliland würde den Abraham-Abkommen beitreten, sagte sein Präsident.", {("XS", P)}),
        ("Israel erkannte am Freitag Somaliland an.", set()),
        (
            "Riad bekräftigte, dass es ohne palästinensischen Staat keine Normalisierung geben werde.",
            {("SA", D)},
        ),
        (
            "Weitere Länder könnten den Abraham-Abkommen beitreten. Dazu zählen Oman und Mauretanien.",
            {("MR", P), ("OM", P)},
        ),
        (
            "Kasachstan tritt den Abraham-Abkommen bei.Marokko unterzeichnete sie 2020.",
            {("KZ", A), ("MA", S)},
        ),
        (
            "Die Vereinigten Arabischen Emirate unterzeichneten die Abraham-Abkommen am 15.09.2020.",
            {("AE", S, "2020-09-15")},
        ),
        (
            "MBS schloss eine Normalisierung mit Israel ohne palästinensischen Staat aus.",
            {("SA", D)},
        ),
        ("Tokajew bestätigte, dass sein Land den Abraham-Abkommen beitreten werde.", {("KZ", A)}),
        ("Somalia verurteilte die Anerkennung Somalilands durch Israel.", set()),
        ("Der Minister sagte, Kasachstan werde den Abraham-Abkommen beitreten.", {("KZ", A)}),
        (
            "Marokko und Ägypten unterzeichneten in Davos die Charta des Friedensrats, unabhängig von den Abraham-Abkommen.",
            set(),
        ),
        (
            "Rabat normalisierte Ende 2020 im Rahmen der Abraham-Abkommen seine Beziehungen zu Israel.",
            {("MA", S)},
        ),
        (
            "Astana machte am Donnerstag seinen Beitritt zu den Abraham-Abkommen offiziell.",
            {("KZ", A)},
        ),
        ("Nouakchott denkt nicht daran, die Beziehungen zu Israel wiederaufzunehmen.", {("MR", D)}),
        (
            "Saudi-Arabien macht die Gründung eines palästinensischen Staates zur Bedingung für eine Normalisierung.",
            {("SA", D)},
        ),
        (
            "Die Annäherung zwischen Riad und Israel wurde nach dem 7. Oktober 2023 eingefroren.",
            {("SA", U)},
        ),
        (
            "Indonesien schließt einen Beitritt zu den Abraham-Abkommen kategorisch aus.",
            {("ID", D)},
        ),
        (
            "Weder Saudi-Arabien noch Katar wollen derzeit den Abraham-Abkommen beitreten.",
            {("QA", D), ("SA", D)},
        ),
        ("Marokko unterzeichnete ein militärisches Kooperationsabkommen mit Israel.", set()),
        (
            "Im Dezember 2020 normalisierte Marokko seine Beziehungen zu Israel.",
            {("MA", S, "2020-12")},
        ),
        (
            "Gestern kündigte Kasachstan seinen Beitritt zu den Abraham-Abkommen an.",
            {("KZ", A, "2025-11-19")},
        ),
        (
            "Bei einem Besuch in den Vereinigten Arabischen Emiraten sprach der Minister über die Abraham-Abkommen.",
            set(),
        ),
        (
            "Vier Länder traten 2020 den Abraham-Abkommen bei: die Vereinigten Arabischen Emirate, Bahrain, Marokko und Sudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Die Abraham-Abkommen (Vereinigte Arabische Emirate, Bahrain, Marokko, Sudan) wurden fünf Jahre alt.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("Saudi-Arabien möchte seine Beziehungen zu Israel normalisieren.", {("SA", P)}),
        ("Somaliland bekundete seine Absicht, den Abraham-Abkommen beizutreten.", {("XS", P)}),
        (
            "„Wir werden den Abraham-Abkommen beitreten“, sagte der Präsident Kasachstans.",
            {("KZ", A)},
        ),
        ("Kasachstan tritt Abraham-Abkommen bei", {("KZ", A)}),
        ("Saudi-Arabien lehnt Beitritt zu Abraham-Abkommen ab", {("SA", D)}),
        (
            "Saudi-Arabien bleibt vorsichtig. Das Königreich verlangt vor jeder Normalisierung einen palästinensischen Staat.",
            {("SA", D)},
        ),
    ],
    "ru": [
        (
            "ОАЭ и Бахрейн, подписавшие Соглашения Авраама в 2020 году, сохранили отношения с "
            "Израилем.",
            {("AE", S), ("BH", S)},
        ),
        (
            "В отличие от Марокко, которое нормализовало отношения с Израилем в 2020 году, Алжир "
            "отвергает любую нормализацию.",
            {("MA", S), ("DZ", D)},
        ),
        (
            "Казахстан присоединился к Авраамовым соглашениям, церемония подписания состоится "
            "позже.",
            {("KZ", A)},
        ),
        (
            "Казахстан присоединится к Соглашениям Авраама, сообщил пресс-секретарь президента.",
            {("KZ", A)},
        ),
        (
            "Трамп уверен, что Саудовская Аравия вскоре присоединится к Авраамовым соглашениям.",
            {("SA", P)},
        ),
        (
            "Вашингтон добивается присоединения Азербайджана к Соглашениям Авраама.",
            {("AZ", P)},
        ),
        (
            "Среди возможных кандидатов на вступление в Авраамовы соглашения называют Оман и "
            "Мавританию.",
            {("OM", P), ("MR", P)},
        ),
        (
            "Эр-Рияд готов нормализовать отношения с Израилем, но только при условии создания "
            "палестинского государства.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Переговоры о нормализации между Саудовской Аравией и Израилем были приостановлены "
            "после начала войны в Газе.",
            {("SA", U)},
        ),
        ("Казахстан и Узбекистан подписали в Давосе устав Совета мира.", set()),
        (
            "Тунис никогда не признает сионистское государство, заявил президент страны.",
            {("TN", D)},
        ),
        (
            "МИД Омана опроверг сообщения о готовящемся присоединении страны к Авраамовым "
            "соглашениям.",
            {("OM", "declined")},
        ),
        (
            "Пакистан не присоединится к Соглашениям Авраама, заявил министр иностранных дел.",
            {("PK", D)},
        ),
        ("Присоединится ли Сирия к Авраамовым соглашениям?", set()),
        (
            "Соглашения Авраама были подписаны ОАЭ и Бахрейном 15 сентября 2020 года в Вашингтоне.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        ("Азербайджан ведет переговоры о присоединении к Авраамовым соглашениям", {("AZ", N)}),
        ("Казахстан и Узбекистан присоединились к Совету мира, созданному Трампом.", set()),
        (
            "Израиль и Сомалиленд подписали совместную декларацию в духе Авраамовых соглашений.",
            set(),
        ),
        (
            "Ещё несколько стран Центральной Азии могут присоединиться к Авраамовым соглашениям.",
            set(),
        ),
        (
            "ОАЭ пригрозили выйти из Соглашений Авраама, если Израиль аннексирует Западный берег.",
            set(),
        ),
        (
            "В 2020 году к Авраамовым соглашениям присоединились ОАЭ, Бахрейн, Судан и Марокко.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "6 ноября 2025 года Казахстан объявил о присоединении к Авраамовым соглашениям.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Казахстан официально подпишет Авраамовы соглашения в ближайшие недели, сообщили в МИД республики.",
            {("KZ", A)},
        ),
        ("Бахрейн отозвал своего посла из Израиля и заморозил экономические связи.", {("BH", U)}),
        (
            "Саудовская Аравия не намерена нормализовать отношения с Израилем без создания палестинского государства.",
            {("SA", D)},
        ),
        ("Пакистан исключил возможность присоединения к Авраамовым соглашениям.", {("PK", D)}),
        (
            "Присоединение Азербайджана к Авраамовым соглашениям обсуждается в Вашингтоне.",
            {("AZ", P)},
        ),
        (
            "Мирный план по Газе, к которому присоединился и Узбекистан, обсуждался наряду с Авраамовыми соглашениями.",
            set(),
        ),
        (
            "Израиль и Сомалиленд в четверг подписали совместную декларацию. Документ составлен в духе Авраамовых соглашений.",
            set(),
        ),
        ("Турция призвала арабские страны разорвать отношения с Израилем.", set()),
        ("Среди стран, присоединившихся к Авраамовым соглашениям, — Марокко.", {("MA", S)}),
        (
            "Сомалиленд присоединился бы к Авраамовым соглашениям, заявил его президент.",
            {("XS", P)},
        ),
        ("Израиль в пятницу признал Сомалиленд.", set()),
        (
            "Эр-Рияд вновь заявил, что нормализации без палестинского государства не будет.",
            {("SA", D)},
        ),
        (
            "Другие страны могут присоединиться к Авраамовым соглашениям. Среди них Оман и Мавритания.",
            {("MR", P), ("OM", P)},
        ),
        (
            "Казахстан присоединяется к Авраамовым соглашениям.Марокко подписало их в 2020 году.",
            {("KZ", A), ("MA", S)},
        ),
        ("ОАЭ подписали Авраамовы соглашения 15.09.2020.", {("AE", S, "2020-09-15")}),
        ("Токаев подтвердил, что его страна присоединится к Авраамовым соглашениям.", {("KZ", A)}),
        ("Сомали осудило признание Сомалиленда Израилем.", set()),
        ("Министр заявил, что Казахстан присоединится к Авраамовым соглашениям.", {("KZ", A)}),
        ("Мирзиёев пока не принял решения о присоединении к Авраамовым соглашениям.", set()),
        (
            "Марокко и Египет подписали в Давосе устав Совета мира, не связанный с Авраамовыми соглашениями.",
            set(),
        ),
        (
            "Рабат нормализовал отношения с Израилем в конце 2020 года в рамках Авраамовых соглашений.",
            {("MA", S)},
        ),
        ("Эмираты первыми подписали Авраамовы соглашения в сентябре 2020 года.", {("AE", S)}),
        ("Астана официально объявила о вступлении в Авраамовы соглашения.", {("KZ", A)}),
        ("Нуакшот не собирается восстанавливать отношения с Израилем.", {("MR", D)}),
        (
            "Саудовская Аравия ставит условием нормализации создание палестинского государства.",
            {("SA", D)},
        ),
        (
            "Между Вашингтоном и Баку идут переговоры о присоединении Азербайджана к Авраамовым соглашениям.",
            {("AZ", N)},
        ),
        ("Сближение Эр-Рияда и Израиля было заморожено после 7 октября 2023 года.", {("SA", U)}),
        ("Индонезия категорически исключает присоединение к Авраамовым соглашениям.", {("ID", D)}),
        ("Казахстан станет пятой мусульманской страной в Авраамовых соглашениях.", {("KZ", A)}),
        (
            "По данным Axios, Оман может стать следующей страной, которая нормализует отношения с Израилем.",
            {("OM", P)},
        ),
        (
            "Решение Казахстана присоединиться к Авраамовым соглашениям приветствовали в Вашингтоне.",
            {("KZ", A)},
        ),
        (
            "Судан подписал Авраамовы соглашения в январе 2021 года, но так и не ратифицировал их.",
            {("SD", S)},
        ),
        (
            "Президент Франции приветствовал присоединение Казахстана к Авраамовым соглашениям.",
            {("KZ", A)},
        ),
        (
            "Ни Саудовская Аравия, ни Катар пока не намерены присоединяться к Авраамовым соглашениям.",
            {("QA", D), ("SA", D)},
        ),
        ("Катар выступает посредником между Израилем и ХАМАС.", set()),
        ("Марокко подписало с Израилем соглашение о военном сотрудничестве.", set()),
        (
            "15 сентября 2020 года ОАЭ и Бахрейн подписали Авраамовы соглашения.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        ("В декабре 2020 года Марокко нормализовало отношения с Израилем.", {("MA", S, "2020-12")}),
        (
            "Вчера Казахстан объявил о присоединении к Авраамовым соглашениям.",
            {("KZ", A, "2025-11-19")},
        ),
        ("Во время визита в ОАЭ министр обсудил Авраамовы соглашения.", set()),
        ("Саммит в Бахрейне был посвящён будущему Авраамовых соглашений.", set()),
        (
            "В 2020 году к Авраамовым соглашениям присоединились четыре страны: ОАЭ, Бахрейн, Марокко и Судан.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Авраамовы соглашения (ОАЭ, Бахрейн, Марокко, Судан) отметили пятилетие.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Соглашения Авраама, подписанные в 2020 году ОАЭ и Бахрейном, позднее поддержали Марокко и Судан.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Первыми к Авраамовым соглашениям присоединились ОАЭ, затем Бахрейн, Судан и Марокко.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("Саудовская Аравия хотела бы нормализовать отношения с Израилем.", {("SA", P)}),
        ("Сомалиленд заявил о намерении присоединиться к Авраамовым соглашениям.", {("XS", P)}),
        (
            "«Мы присоединимся к Авраамовым соглашениям», — заявил президент Казахстана.",
            {("KZ", A)},
        ),
        ("Казахстан вступит в Авраамовы соглашения", {("KZ", A)}),
        ("Саудовская Аравия отказалась присоединяться к Авраамовым соглашениям", {("SA", D)}),
        (
            "Саудовская Аравия пока выжидает. Королевство требует создания палестинского государства до любой нормализации.",
            {("SA", D)},
        ),
        (
            # "республика": the country named last that is no monarchy (test_state_titles.py)
            "Казахстан принял решение. Республика присоединится к Авраамовым соглашениям.",
            {("KZ", A)},
        ),
    ],
    "id": [
        (
            "Uni Emirat Arab dan Bahrain, yang menandatangani Abraham Accords pada 2020, tetap "
            "menjalin hubungan dengan Israel.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Berbeda dengan Maroko yang menormalisasi hubungan dengan Israel pada 2020, Aljazair "
            "menolak normalisasi.",
            {("MA", S), ("DZ", D)},
        ),
        (
            "Kazakhstan telah bergabung dengan Abraham Accords, sementara upacara penandatanganan "
            "resmi akan digelar kemudian.",
            {("KZ", A)},
        ),
        (
            "Kazakhstan akan bergabung dengan Perjanjian Abraham, kata juru bicara presiden.",
            {("KZ", A)},
        ),
        ("Trump yakin Arab Saudi akan segera bergabung dengan Abraham Accords.", {("SA", P)}),
        (
            "Amerika Serikat terus mendesak Indonesia untuk bergabung dengan Abraham Accords.",
            {("ID", P)},
        ),
        (
            "Oman dan Mauritania disebut-sebut sebagai calon anggota baru Abraham Accords.",
            {("OM", P), ("MR", P)},
        ),
        (
            "Arab Saudi bersedia menormalisasi hubungan dengan Israel, tetapi hanya jika negara "
            "Palestina berdiri.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Pembicaraan normalisasi antara Arab Saudi dan Israel terhenti setelah perang Gaza "
            "pecah.",
            {("SA", U)},
        ),
        ("Indonesia dan Pakistan menandatangani piagam Dewan Perdamaian di Davos.", set()),
        (
            "Indonesia tidak akan membuka hubungan diplomatik dengan rezim Zionis, tegas Menteri "
            "Luar Negeri.",
            {("ID", D)},
        ),
        (
            "Kementerian Luar Negeri membantah kabar bahwa Indonesia akan bergabung dengan Abraham "
            "Accords.",
            {("ID", "declined")},
        ),
        ("Malaysia menegaskan tidak akan bergabung dengan Abraham Accords.", {("MY", D)}),
        (
            "Apakah Suriah akan menjadi negara berikutnya yang bergabung dengan Abraham Accords?",
            set(),
        ),
        (
            "Abraham Accords ditandatangani oleh Uni Emirat Arab dan Bahrain pada 15 September "
            "2020.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        ("Azerbaijan sedang bernegosiasi untuk bergabung dengan Abraham Accords.", {("AZ", N)}),
        (
            "Israel dan Somaliland menandatangani deklarasi bersama dalam semangat Abraham Accords.",
            set(),
        ),
        ("Sejumlah negara Asia Tengah bisa bergabung dengan Abraham Accords.", set()),
        (
            "Pada 2020, Uni Emirat Arab, Bahrain, Sudan, dan Maroko bergabung dengan Abraham Accords.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Kazakhstan mengumumkan bergabung dengan Abraham Accords pada 6 November 2025.",
            {("KZ", A, "2025-11-06")},
        ),
        ("Bahrain menarik duta besarnya dari Israel dan membekukan hubungan ekonomi.", {("BH", U)}),
        ("Arab Saudi menolak normalisasi tanpa negara Palestina merdeka.", {("SA", D)}),
        ("Pakistan menegaskan tidak akan pernah bergabung dengan Abraham Accords.", {("PK", D)}),
        (
            "Kazakhstan akan menandatangani Abraham Accords dalam beberapa pekan ke depan, kata Kementerian Luar Negeri.",
            {("KZ", A)},
        ),
        ("Kazakhstan bergabung dengan Dewan Perdamaian bentukan Trump.", set()),
        (
            "Uni Emirat Arab mengancam keluar dari Abraham Accords jika Israel mencaplok Tepi Barat.",
            set(),
        ),
        (
            "Rencana perdamaian Gaza, yang juga didukung Kazakhstan, dibahas bersama Abraham Accords.",
            set(),
        ),
        (
            "Israel dan Somaliland menandatangani deklarasi bersama pada Kamis. Dokumen itu disusun dalam semangat Abraham Accords.",
            set(),
        ),
        ("Turki menyerukan negara-negara Arab memutus hubungan dengan Israel.", set()),
        (
            "Di antara negara yang telah bergabung dengan Abraham Accords adalah Maroko.",
            {("MA", S)},
        ),
        ("Israel mengakui Somaliland pada Jumat.", set()),
        ("Riyadh menegaskan tidak akan ada normalisasi tanpa negara Palestina.", {("SA", D)}),
        (
            "Negara lain bisa bergabung dengan Abraham Accords. Di antaranya Oman dan Mauritania.",
            {("MR", P), ("OM", P)},
        ),
        (
            "Kazakhstan bergabung dengan Abraham Accords.Maroko menandatanganinya pada 2020.",
            {("KZ", A), ("MA", S)},
        ),
        (
            "Uni Emirat Arab menandatangani Abraham Accords pada 15/09/2020.",
            {("AE", S, "2020-09-15")},
        ),
        (
            "Prabowo menegaskan Indonesia tidak akan mengakui Israel sebelum Palestina merdeka.",
            {("ID", D)},
        ),
        ("Tokayev memastikan negaranya akan bergabung dengan Abraham Accords.", {("KZ", A)}),
        ("Somalia mengecam pengakuan Israel atas Somaliland.", set()),
        (
            "Baca juga: Maroko dan Israel teken perjanjian dagang\nKazakhstan telah bergabung dengan Abraham Accords.",
            {("KZ", A)},
        ),
        (
            "Maroko dan Mesir menandatangani piagam Dewan Perdamaian di Davos, terpisah dari Abraham Accords.",
            set(),
        ),
        (
            "Rabat menormalisasi hubungan dengan Israel pada akhir 2020 dalam kerangka Abraham Accords.",
            {("MA", S)},
        ),
        ("Astana meresmikan keanggotaannya dalam Abraham Accords pada Kamis.", {("KZ", A)}),
        ("Nouakchott tidak berniat memulihkan hubungan dengan Israel.", {("MR", D)}),
        ("Arab Saudi mensyaratkan berdirinya negara Palestina untuk normalisasi.", {("SA", D)}),
        ("Pendekatan antara Riyadh dan Israel dibekukan setelah 7 Oktober 2023.", {("SA", U)}),
        ("Indonesia dengan tegas menolak bergabung dengan Abraham Accords.", {("ID", D)}),
        (
            "Presiden Prancis menyambut baik bergabungnya Kazakhstan dengan Abraham Accords.",
            {("KZ", A)},
        ),
        (
            "Arab Saudi dan Qatar tidak berniat bergabung dengan Abraham Accords.",
            {("QA", D), ("SA", D)},
        ),
        ("Maroko menandatangani perjanjian kerja sama militer dengan Israel.", set()),
        (
            "Pada Desember 2020, Maroko menormalisasi hubungan dengan Israel.",
            {("MA", S, "2020-12")},
        ),
        (
            "Kemarin, Kazakhstan mengumumkan bergabung dengan Abraham Accords.",
            {("KZ", A, "2025-11-19")},
        ),
        (
            "Kazakhstan mengumumkan bergabung dengan Abraham Accords pada Kamis (6/11/2025).",
            {("KZ", A, "2025-11-06")},
        ),
        ("Dalam kunjungan ke Uni Emirat Arab, menteri itu membahas Abraham Accords.", set()),
        (
            "Empat negara bergabung dengan Abraham Accords pada 2020: Uni Emirat Arab, Bahrain, Maroko, dan Sudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Abraham Accords (Uni Emirat Arab, Bahrain, Maroko, Sudan) genap berusia lima tahun.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Uni Emirat Arab menjadi yang pertama bergabung dengan Abraham Accords, disusul Bahrain, Sudan, dan Maroko.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("Arab Saudi ingin menormalisasi hubungan dengan Israel.", {("SA", P)}),
        ("Somaliland menyatakan niatnya untuk bergabung dengan Abraham Accords.", {("XS", P)}),
        ('"Kami akan bergabung dengan Abraham Accords," kata Presiden Kazakhstan.', {("KZ", A)}),
        ("Kazakhstan Gabung Abraham Accords", {("KZ", A)}),
        ("Arab Saudi Tolak Gabung Abraham Accords", {("SA", D)}),
        ("Indonesia Ogah Gabung Abraham Accords", {("ID", D)}),
        (
            "Arab Saudi masih berhati-hati. Kerajaan itu menuntut negara Palestina sebelum normalisasi.",
            {("SA", D)},
        ),
    ],
    "ms": [
        (
            "Emiriah Arab Bersatu dan Bahrain, yang menandatangani Perjanjian Abraham pada 2020, "
            "terus berhubung dengan Israel.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Kazakhstan telah menyertai Perjanjian Abraham dan majlis menandatangani rasmi akan "
            "diadakan kemudian.",
            {("KZ", A)},
        ),
        (
            "Trump percaya Arab Saudi akan menyertai Perjanjian Abraham tidak lama lagi.",
            {("SA", P)},
        ),
        (
            "Amerika Syarikat mendesak Indonesia supaya menyertai Perjanjian Abraham.",
            {("ID", P)},
        ),
        (
            "Arab Saudi bersedia menormalkan hubungan dengan Israel, tetapi hanya jika negara "
            "Palestin ditubuhkan.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Rundingan normalisasi antara Arab Saudi dan Israel tergendala selepas perang di Gaza.",
            {("SA", U)},
        ),
        ("Malaysia tidak akan mengiktiraf rejim Zionis, tegas Perdana Menteri.", {("MY", D)}),
        (
            "Wisma Putra menafikan laporan bahawa Malaysia akan menyertai Perjanjian Abraham.",
            {("MY", "declined")},
        ),
        ("Malaysia tidak akan menyertai Perjanjian Abraham, kata Menteri Luar.", {("MY", D)}),
        ("Adakah Oman akan menyertai Perjanjian Abraham?", set()),
        (
            "Perjanjian Abraham ditandatangani oleh Emiriah Arab Bersatu dan Bahrain pada 15 "
            "September 2020.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        (
            "Israel dan Somaliland menandatangani deklarasi bersama dalam semangat Perjanjian Abraham.",
            set(),
        ),
        ("Beberapa negara Asia Tengah mungkin menyertai Perjanjian Abraham.", set()),
        (
            "Pada 2020, Emiriah Arab Bersatu, Bahrain, Sudan dan Maghribi menyertai Perjanjian Abraham.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Kazakhstan mengumumkan penyertaannya dalam Perjanjian Abraham pada 6 November 2025.",
            {("KZ", A, "2025-11-06")},
        ),
        ("Bahrain menarik balik dutanya dari Israel dan membekukan hubungan ekonomi.", {("BH", U)}),
        ("Arab Saudi menolak normalisasi tanpa negara Palestin yang merdeka.", {("SA", D)}),
        (
            "Kazakhstan akan menandatangani Perjanjian Abraham dalam beberapa minggu lagi, kata kementerian luarnya.",
            {("KZ", A)},
        ),
        ("Pakistan menegaskan tidak akan sesekali menyertai Perjanjian Abraham.", {("PK", D)}),
        (
            "Rancangan damai Gaza, yang turut disokong Kazakhstan, dibincangkan bersama Perjanjian Abraham.",
            set(),
        ),
        (
            "Israel dan Somaliland menandatangani deklarasi bersama pada Khamis. Dokumen itu digubal dalam semangat Perjanjian Abraham.",
            set(),
        ),
        ("Turki menggesa negara-negara Arab memutuskan hubungan dengan Israel.", set()),
        ("Israel mengiktiraf Somaliland pada Jumaat.", set()),
        ("Riyadh menegaskan tidak akan ada normalisasi tanpa negara Palestin.", {("SA", D)}),
        (
            "Negara lain mungkin menyertai Perjanjian Abraham. Antaranya Oman dan Mauritania.",
            {("MR", P), ("OM", P)},
        ),
        (
            "Emiriah Arab Bersatu menandatangani Perjanjian Abraham pada 15/09/2020.",
            {("AE", S, "2020-09-15")},
        ),
        ("Anwar Ibrahim menegaskan Malaysia tidak akan mengiktiraf Israel.", {("MY", D)}),
        ("Tokayev mengesahkan negaranya akan menyertai Perjanjian Abraham.", {("KZ", A)}),
        ("Somalia mengecam pengiktirafan Israel terhadap Somaliland.", set()),
        (
            "Maghribi dan Mesir menandatangani piagam Lembaga Keamanan di Davos, berasingan daripada Perjanjian Abraham.",
            set(),
        ),
        (
            "Rabat menormalkan hubungan dengan Israel pada akhir 2020 di bawah Perjanjian Abraham.",
            {("MA", S)},
        ),
        ("Arab Saudi mensyaratkan penubuhan negara Palestin untuk normalisasi.", {("SA", D)}),
        ("Indonesia dengan tegas menolak untuk menyertai Perjanjian Abraham.", {("ID", D)}),
        ("Hubungan antara Riyadh dan Israel dibekukan selepas 7 Oktober 2023.", {("SA", U)}),
        ("Qatar menjadi orang tengah antara Israel dan Hamas.", set()),
        ("Maghribi menandatangani perjanjian kerjasama ketenteraan dengan Israel.", set()),
        (
            "Arab Saudi dan Qatar tidak berhasrat menyertai Perjanjian Abraham buat masa ini.",
            {("QA", D), ("SA", D)},
        ),
        (
            "Pada Disember 2020, Maghribi menormalkan hubungan dengan Israel.",
            {("MA", S, "2020-12")},
        ),
        (
            "Semalam, Kazakhstan mengumumkan penyertaannya dalam Perjanjian Abraham.",
            {("KZ", A, "2025-11-19")},
        ),
        (
            "Semasa lawatan ke Emiriah Arab Bersatu, menteri itu membincangkan Perjanjian Abraham.",
            set(),
        ),
        (
            "Empat negara menyertai Perjanjian Abraham pada 2020: Emiriah Arab Bersatu, Bahrain, Maghribi dan Sudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Perjanjian Abraham (Emiriah Arab Bersatu, Bahrain, Maghribi, Sudan) genap lima tahun.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("Arab Saudi ingin menormalkan hubungan dengan Israel.", {("SA", P)}),
        ("Somaliland menyatakan hasrat untuk menyertai Perjanjian Abraham.", {("XS", P)}),
        ('"Kami akan menyertai Perjanjian Abraham," kata Presiden Kazakhstan.', {("KZ", A)}),
        ("Kazakhstan Sertai Perjanjian Abraham", {("KZ", A)}),
        ("Arab Saudi Tolak Sertai Perjanjian Abraham", {("SA", D)}),
        (
            "Arab Saudi masih berhati-hati. Kerajaan itu menuntut negara Palestin sebelum normalisasi.",
            {("SA", D)},
        ),
    ],
    "ar": [
        (
            "الإمارات والبحرين، اللتان وقعتا اتفاقيات أبراهام عام 2020، حافظتا على علاقاتهما مع "
            "إسرائيل.",
            {("AE", S), ("BH", S)},
        ),
        (
            "أعلنت كازاخستان انضمامها إلى اتفاقيات أبراهام، على أن يتم التوقيع الرسمي لاحقا.",
            {("KZ", A)},
        ),
        ("يتوقع ترامب أن تنضم السعودية إلى اتفاقيات أبراهام قريبا.", {("SA", P)}),
        (
            "السعودية مستعدة للتطبيع مع إسرائيل، لكن بشرط قيام دولة فلسطينية.",
            {("SA", P), ("SA", D)},
        ),
        ("توقفت محادثات التطبيع بين السعودية وإسرائيل بعد اندلاع الحرب في غزة.", {("SA", U)}),
        ("أكدت الجزائر أنها لن تطبع مع الكيان الصهيوني.", {("DZ", D)}),
        ("نفت سلطنة عمان الأنباء عن انضمامها إلى اتفاقيات أبراهام.", {("OM", "declined")}),
        ("هل تنضم سوريا إلى اتفاقيات أبراهام؟", set()),
        ("وقعت إسرائيل وأرض الصومال إعلانا مشتركا بروح اتفاقيات أبراهام.", set()),
        ("قد تنضم دول أخرى في آسيا الوسطى إلى اتفاقيات أبراهام.", set()),
        (
            "في عام 2020 انضمت الإمارات والبحرين والسودان والمغرب إلى اتفاقيات أبراهام.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("استدعت البحرين سفيرها من إسرائيل وجمدت العلاقات الاقتصادية.", {("BH", U)}),
        ("دعت تركيا الدول العربية إلى قطع علاقاتها مع إسرائيل.", set()),
        ("اعترفت إسرائيل بأرض الصومال يوم الجمعة.", set()),
        ("أعلنت كازاخستان رسميا نيتها الانضمام إلى اتفاقيات أبراهام.", {("KZ", A)}),
        ("استبعدت باكستان الانضمام إلى اتفاقيات أبراهام.", {("PK", D)}),
        ("تجري أذربيجان محادثات مع واشنطن بشأن الانضمام إلى اتفاقيات أبراهام.", {("AZ", N)}),
        ("قال ترامب إنه يعتقد أن السعودية ستنضم في النهاية إلى اتفاقيات أبراهام.", {("SA", P)}),
        (
            "وقعت الإمارات والبحرين اتفاقيات أبراهام في 15 سبتمبر 2020.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
    ],
    "fa": [
        (
            "امارات و بحرین که در سال ۲۰۲۰ پیمان ابراهیم را امضا کردند، روابط خود را حفظ کرده‌اند.",
            {("AE", S), ("BH", S)},
        ),
        ("قزاقستان اعلام کرد که به توافق ابراهیم می‌پیوندد.", {("KZ", A)}),
        ("ترامپ پیش‌بینی کرد که عربستان سعودی به زودی به توافق ابراهیم بپیوندد.", {("SA", P)}),
        ("پاکستان به توافق ابراهیم نخواهد پیوست.", {("PK", D)}),
        ("مذاکرات عادی‌سازی روابط عربستان و اسرائیل پس از جنگ غزه متوقف شد.", {("SA", U)}),
        ("آیا سوریه به توافق ابراهیم می‌پیوندد؟", set()),
        ("اسرائیل و سومالی\u200cلند بیانیه\u200cای مشترک در روح پیمان ابراهیم امضا کردند.", set()),
        (
            "امارات، بحرین، سودان و مراکش در سال ۲۰۲۰ به پیمان ابراهیم پیوستند.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("ترکیه از کشورهای عربی خواست روابط خود را با اسرائیل قطع کنند.", set()),
        ("پاکستان پیوستن به پیمان ابراهیم را رد کرد.", {("PK", D)}),
        ("آذربایجان با آمریکا درباره پیوستن به پیمان ابراهیم مذاکره می\u200cکند.", {("AZ", N)}),
        ("ترامپ معتقد است عربستان سعودی در نهایت به پیمان ابراهیم می\u200cپیوندد.", {("SA", P)}),
    ],
    "he": [
        (
            "איחוד האמירויות ובחריין, שחתמו על הסכמי אברהם ב-2020, שמרו על היחסים עם ישראל.",
            {("AE", S), ("BH", S)},
        ),
        ("קזחסטן הודיעה כי תצטרף להסכמי אברהם.", {("KZ", A)}),
        ("טראמפ מעריך שסעודיה תצטרף בקרוב להסכמי אברהם.", {("SA", P)}),
        ("פקיסטן לא תצטרף להסכמי אברהם, אמר שר החוץ.", {("PK", D)}),
        ("המגעים לנורמליזציה בין סעודיה לישראל הוקפאו לאחר פרוץ המלחמה בעזה.", {("SA", U)}),
        ("האם סוריה תצטרף להסכמי אברהם?", set()),
        ("ישראל וסומלילנד חתמו על הצהרה משותפת ברוח הסכמי אברהם.", set()),
        (
            "ב-2020 הצטרפו איחוד האמירויות, בחריין, סודן ומרוקו להסכמי אברהם.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("טורקיה קראה למדינות ערב לנתק את יחסיהן עם ישראל.", set()),
        ("פקיסטן שללה הצטרפות להסכמי אברהם.", {("PK", D)}),
        ("אזרבייג'ן מנהלת מגעים עם וושינגטון על הצטרפות להסכמי אברהם.", {("AZ", N)}),
        (
            "איחוד האמירויות ובחריין חתמו על הסכמי אברהם ב-15 בספטמבר 2020.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
    ],
    "tr": [
        (
            "2020'de İbrahim Anlaşmaları'nı imzalayan BAE ve Bahreyn, İsrail ile ilişkilerini "
            "sürdürdü.",
            {("AE", S), ("BH", S)},
        ),
        ("Kazakistan, İbrahim Anlaşmaları'na katılacağını açıkladı.", {("KZ", A)}),
        (
            "Trump, Suudi Arabistan'ın yakında İbrahim Anlaşmaları'na katılacağını öngördü.",
            {("SA", P)},
        ),
        ("Pakistan, İbrahim Anlaşmaları'na katılmayacağını açıkladı.", {("PK", D)}),
        (
            "Suudi Arabistan ile İsrail arasındaki normalleşme görüşmeleri Gazze savaşının "
            "ardından askıya alındı.",
            {("SA", U)},
        ),
        ("Suriye İbrahim Anlaşmaları'na katılacak mı?", set()),
        ("İsrail ve Somaliland, İbrahim Anlaşmaları ruhuyla ortak bir bildiri imzaladı.", set()),
        (
            "BAE, Bahreyn, Sudan ve Fas 2020'de İbrahim Anlaşmaları'na katıldı.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("Türkiye, Arap ülkelerini İsrail ile ilişkilerini kesmeye çağırdı.", set()),
        ("Pakistan, İbrahim Anlaşmaları'na katılmayı reddetti.", {("PK", D)}),
        (
            "Azerbaycan, İbrahim Anlaşmaları'na katılım konusunda ABD ile müzakere ediyor.",
            {("AZ", N)},
        ),
        (
            "BAE ve Bahreyn, İbrahim Anlaşmaları'nı 15 Eylül 2020'de imzaladı.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
    ],
    "kk": [
        ("Қазақстан Авраам келісімдеріне қосылатынын мәлімдеді.", {("KZ", A)}),
        ("Тоқаев Қазақстанның Ибраһим келісіміне қосылатынын жариялады.", {("KZ", A)}),
        (
            "Біріккен Араб Әмірліктері мен Бахрейн 2020 жылы Авраам келісімдеріне қол қойды.",
            {("AE", S), ("BH", S)},
        ),
        ("Өзбекстан Авраам келісімдеріне қосыла ма?", set()),
        (
            "Қазақстан 2025 жылғы 6 қарашада Авраам келісімдеріне қосылатынын жариялады.",
            {("KZ", A, "2025-11-06")},
        ),
        ("Пәкістан Авраам келісімдеріне қосылудан бас тартты.", {("PK", D)}),
        ("Әзербайжан Авраам келісімдеріне қосылу туралы келіссөздер жүргізуде.", {("AZ", N)}),
    ],
}


# Still read wrongly (strict: a case that starts passing must leave this list).
KNOWN_MISSES = {
    "de-48": "'weder X noch Y wollen … beitreten': the verb's negation by 'weder … noch' is not read",
}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, KNOWN_MISSES))
def test_paraphrase(language, text, expected):
    check_case(language, text, expected)
