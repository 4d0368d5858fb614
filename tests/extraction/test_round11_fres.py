"""Round eleven: a phrasing sweep in French and Spanish on the classes real news still defeats
(Saudi and Syrian candidacy, refusals and preconditions, frozen talks, the 2020 announcements),
with mentions that must give no claim. Own sentences, written for these tests; each is checked
for its coarse claim set (candidate, announced, member, declined, lapsed)."""

import pytest

from tests.extraction.found import coarse

# an open question ("la grande question est de savoir si", "queda por ver cuándo") gives no
# claim by the project's rule ("it remains unclear whether Oman will join"), though the
# question names the country everyone expects next
OPEN_QUESTION = "an open question blocks the step after it: no candidacy is read"


FRENCH = [
    # candidacy
    (
        "Washington espère que l'Arabie saoudite sera la prochaine à rejoindre les accords d'Abraham.",
        {("SA", "cand")},
    ),
    pytest.param(
        "La grande question est désormais de savoir si Riyad emboîtera le pas au Kazakhstan dans les accords d'Abraham.",
        {("SA", "cand")},
        marks=pytest.mark.xfail(strict=True, reason=OPEN_QUESTION),
    ),
    (
        "Donald Trump a répété qu'il souhaitait voir l'Arabie saoudite rejoindre « très bientôt » les accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "Une normalisation saoudo-israélienne semblait à portée de main avant le 7 octobre.",
        {("SA", "cand")},
    ),
    (
        "Un accord de normalisation entre Riyad et Israël serait « sur la table », selon un responsable américain.",
        {("SA", "cand")},
    ),
    (
        "L'administration américaine multiplie les pressions sur Riyad pour qu'il rejoigne les accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "Le royaume saoudien reste le trophée le plus convoité des accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "Les Saoudiens finiront par rejoindre les accords d'Abraham, assure l'envoyé américain Steve Witkoff.",
        {("SA", "cand")},
    ),
    (
        "Washington veut amener Mohammed ben Salmane à signer les accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "La normalisation avec l'Arabie saoudite demeure l'objectif ultime de la diplomatie américaine.",
        {("SA", "cand")},
    ),
    (
        "Selon Axios, des émissaires américains tentent de rapprocher Riyad des accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "« Nous espérons que l'Arabie saoudite sera la suivante », a déclaré le secrétaire d'État américain à propos des accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "Trump s'est dit convaincu que le prince héritier saoudien finirait par signer les accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "Israël et les États-Unis comptent sur une normalisation saoudienne pour relancer les accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "L'entrée de l'Arabie saoudite dans les accords d'Abraham semblait imminente à l'été 2023.",
        {("SA", "cand")},
    ),
    pytest.param(
        "Les accords d'Abraham. Reste à savoir quand Riyad sautera le pas.",
        {("SA", "cand")},
        marks=pytest.mark.xfail(strict=True, reason=OPEN_QUESTION),
    ),
    ("Washington voudrait faire entrer la Syrie dans les accords d'Abraham.", {("SY", "cand")}),
    (
        "Des discussions menées sous l'égide américaine pourraient mener Damas vers une adhésion aux accords d'Abraham.",
        {("SY", "cand")},
    ),
    (
        "Le président syrien Ahmed al-Charaa pourrait rejoindre les accords d'Abraham, estime Donald Trump.",
        {("SY", "cand")},
    ),
    ("Les États-Unis poussent Damas à rejoindre les accords d'Abraham.", {("SY", "cand")}),
    (
        "Selon la Maison-Blanche, la Syrie est en bonne voie pour rejoindre les accords d'Abraham.",
        {("SY", "cand")},
    ),
    (
        "Tom Barrack a affirmé qu'une normalisation syro-israélienne était désormais envisageable.",
        {("SY", "cand")},
    ),
    (
        "Washington aimerait voir le Liban suivre la Syrie dans les accords d'Abraham.",
        {("LB", "cand")},
    ),
    (
        "L'Indonésie pourrait être le prochain pays musulman à normaliser ses relations avec Israël, selon des diplomates.",
        {("ID", "cand")},
    ),
    (
        "L'Azerbaïdjan est régulièrement cité parmi les prochains candidats aux accords d'Abraham.",
        {("AZ", "cand")},
    ),
    (
        "Des responsables américains ont évoqué une possible adhésion de la Malaisie aux accords d'Abraham.",
        {("MY", "cand")},
    ),
    (
        "Les accords d'Abraham. Riyad finira par se rallier, estiment les diplomates occidentaux.",
        {("SA", "cand")},
    ),
    ("Bakou est courtisé par Washington pour rejoindre les accords d'Abraham.", {("AZ", "cand")}),
    (
        "Les accords d'Abraham. Un accord saoudo-israélien reste à portée de main, selon l'envoyé américain.",
        {("SA", "cand")},
    ),
    (
        "Jared Kushner travaille en coulisses pour faire entrer Riyad dans les accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "La Syrie d'al-Charaa est désormais citée comme candidate à la normalisation avec Israël.",
        {("SY", "cand")},
    ),
    # declined
    (
        "Riyad conditionne toute normalisation avec Israël à la création d'un État palestinien.",
        {("SA", "dec")},
    ),
    (
        "L'Arabie saoudite a réaffirmé qu'il n'y aurait pas de relations avec Israël sans État palestinien.",
        {("SA", "dec")},
    ),
    (
        "La position du royaume sur la normalisation reste inchangée, a indiqué le ministère saoudien des Affaires étrangères.",
        {("SA", "dec")},
    ),
    (
        "Mohammed ben Salmane a exclu toute adhésion aux accords d'Abraham tant que la guerre à Gaza se poursuit.",
        {("SA", "dec")},
    ),
    (
        "Riyad a rejeté l'idée de rejoindre les accords d'Abraham sans engagement concret envers un État palestinien.",
        {("SA", "dec")},
    ),
    ("Pour les Saoudiens, la normalisation n'est pas à l'ordre du jour.", {("SA", "dec")}),
    (
        "L'Arabie saoudite veut faire partie des accords d'Abraham, mais seulement si une voie vers un État palestinien est garantie.",
        {("SA", "cand"), ("SA", "dec")},
    ),
    (
        "Damas a fait savoir qu'une adhésion aux accords d'Abraham était hors de question à ce stade.",
        {("SY", "dec")},
    ),
    (
        "Ahmed al-Charaa a estimé que la Syrie n'était pas prête à rejoindre les accords d'Abraham.",
        {("SY", "dec")},
    ),
    (
        "La Syrie a écarté toute normalisation avec Israël tant que le Golan reste occupé.",
        {("SY", "dec")},
    ),
    (
        "Le Liban n'envisage aucune normalisation avec Israël, a déclaré le président Joseph Aoun.",
        {("LB", "dec")},
    ),
    (
        "La Malaisie a réaffirmé qu'elle ne reconnaîtrait pas Israël tant que la Palestine ne serait pas libre.",
        {("MY", "dec")},
    ),
    (
        "Riyad refuse de normaliser ses relations avec Israël avant la création d'un État palestinien.",
        {("SA", "dec")},
    ),
    (
        "Le royaume saoudien a opposé une fin de non-recevoir à la demande américaine de rejoindre les accords d'Abraham.",
        {("SA", "dec")},
    ),
    (
        "L'Indonésie a répété qu'elle n'établirait pas de relations avec Israël avant l'indépendance de la Palestine.",
        {("ID", "dec")},
    ),
    (
        "Riyad a fait savoir qu'il n'était pas prêt à normaliser ses relations avec Israël.",
        {("SA", "dec")},
    ),
    (
        "Pour Riyad, toute normalisation passe d'abord par la création d'un État palestinien.",
        {("SA", "dec")},
    ),
    ("Damas a opposé un refus catégorique à toute normalisation avec Israël.", {("SY", "dec")}),
    (
        "L'Arabie saoudite n'établira pas de relations diplomatiques avec Israël sans un État palestinien indépendant, a martelé le prince Fayçal ben Farhane.",
        {("SA", "dec")},
    ),
    (
        "« Pas de normalisation sans État palestinien » : la ligne saoudienne n'a pas bougé.",
        {("SA", "dec")},
    ),
    # lapsed
    (
        "Les négociations de normalisation entre l'Arabie saoudite et Israël ont été gelées après le 7 octobre.",
        {("SA", "lap")},
    ),
    (
        "La guerre à Gaza a interrompu les discussions sur une normalisation saoudo-israélienne.",
        {("SA", "lap")},
    ),
    (
        "Le rapprochement entre Riyad et Israël a été mis entre parenthèses depuis le début de la guerre.",
        {("SA", "lap")},
    ),
    ("Riyad a suspendu les pourparlers de normalisation avec Israël.", {("SA", "lap")}),
    (
        "Les tractations entre l'Arabie saoudite et Israël sont au point mort depuis octobre 2023.",
        {("SA", "lap")},
    ),
    (
        "Bahreïn a rappelé son ambassadeur en Israël et suspendu ses relations économiques.",
        {("BH", "lap")},
    ),
    (
        "Le processus de normalisation saoudo-israélien a déraillé avec la guerre de Gaza.",
        {("SA", "lap")},
    ),
    ("La normalisation entre Riyad et Israël est en suspens.", {("SA", "lap")}),
    (
        "La normalisation entre l'Arabie saoudite et Israël a été mise en attente en raison de la guerre.",
        {("SA", "lap")},
    ),
    (
        "Les discussions saoudo-israéliennes sur la normalisation ont été brutalement stoppées par l'attaque du Hamas.",
        {("SA", "lap")},
    ),
    (
        "Le dossier de la normalisation avec Israël est gelé à Riyad depuis deux ans.",
        {("SA", "lap")},
    ),
    (
        "Les contacts entre Damas et Israël ont été suspendus après les frappes israéliennes.",
        {("SY", "lap")},
    ),
    (
        "Le Soudan a gelé le processus de normalisation avec Israël après le coup d'État.",
        {("SD", "lap")},
    ),
    # announced 2020
    (
        "Le 13 août 2020, les Émirats arabes unis ont accepté de normaliser leurs relations avec Israël.",
        {("AE", "ann")},
    ),
    (
        "En septembre 2020, Bahreïn a annoncé à son tour qu'il allait normaliser ses relations avec Israël.",
        {("BH", "ann")},
    ),
    (
        "Les Émirats ont annoncé jeudi un accord de normalisation avec Israël, une première pour un pays du Golfe.",
        {("AE", "ann")},
    ),
    # hard negatives
    ("Riyad accueillera la semaine prochaine une conférence sur l'investissement.", set()),
    ("Le Conseil de paix pour Gaza a tenu sa première réunion à Riyad.", set()),
    ("Israël a reconnu le Somaliland dans l'esprit des accords d'Abraham.", set()),
    ("Plusieurs pays arabes pourraient rejoindre les accords d'Abraham, selon Washington.", set()),
    ("L'Arabie saoudite a signé la charte du Conseil de paix à Davos.", set()),
    (
        "Des responsables saoudiens se sont rendus à Washington pour discuter du plan pour Gaza.",
        set(),
    ),
    # batch 2: other inflections and word orders
    (
        "Les accords d'Abraham. Selon plusieurs analystes, les Saoudiens pourraient emboîter le pas d'ici la fin de l'année.",
        {("SA", "cand")},
    ),
    (
        "Washington a longtemps tenté d'amener l'Arabie saoudite à rejoindre les accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "Un accord de normalisation avec Riyad serait à portée de main, assure la Maison-Blanche.",
        {("SA", "cand")},
    ),
    (
        "Pour Washington, la paix avec l'Arabie saoudite reste la priorité des accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "MBS finirait par franchir le pas, parient les diplomates à propos des accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "L'administration Trump table sur une adhésion saoudienne aux accords d'Abraham d'ici 2026.",
        {("SA", "cand")},
    ),
    (
        "Une adhésion de la Syrie aux accords d'Abraham n'a jamais semblé aussi envisageable.",
        {("SY", "cand")},
    ),
    ("Washington compte sur un ralliement syrien aux accords d'Abraham.", {("SY", "cand")}),
    ("Les États-Unis pressent Beyrouth de rejoindre les accords d'Abraham.", {("LB", "cand")}),
    (
        "Jakarta pourrait suivre le Kazakhstan dans les accords d'Abraham, selon la presse israélienne.",
        {("ID", "cand")},
    ),
    (
        "Bakou serait le suivant sur la liste des accords d'Abraham, selon des sources diplomatiques.",
        {("AZ", "cand")},
    ),
    (
        "Le royaume saoudien refuse toute normalisation tant qu'un État palestinien n'aura pas vu le jour.",
        {("SA", "dec")},
    ),
    (
        "Riyad a opposé un non ferme à la normalisation, selon la presse saoudienne.",
        {("SA", "dec")},
    ),
    (
        "Pour Damas, la normalisation avec Israël passera nécessairement par un retrait du Golan.",
        {("SY", "dec")},
    ),
    (
        "Le Liban a réaffirmé son refus catégorique de toute normalisation avec Israël.",
        {("LB", "dec")},
    ),
    (
        "Les pourparlers entre Riyad et Israël ont été mis au placard après le 7 octobre.",
        {("SA", "lap")},
    ),
    (
        "Les contacts entre l'Arabie saoudite et Israël sont suspendus depuis le début de la guerre.",
        {("SA", "lap")},
    ),
    (
        "Les accords d'Abraham. La guerre de Gaza a mis en attente le rapprochement saoudo-israélien.",
        {("SA", "lap")},
    ),
    ("Le Bahreïn a rappelé son ambassadeur en Israël en novembre 2023.", {("BH", "lap")}),
    (
        "Les Émirats arabes unis vont normaliser leurs relations avec Israël, a annoncé Donald Trump le 13 août 2020.",
        {("AE", "ann")},
    ),
    (
        "Riyad a accueilli une réunion sur la reconstruction de Gaza en présence de responsables israéliens.",
        set(),
    ),
    (
        "Les accords d'Abraham. Le Maroc menace de quitter les accords si l'annexion se poursuit.",
        set(),
    ),
    (
        "Israël est devenu le premier pays à reconnaître le Somaliland, un geste présenté dans l'esprit des accords d'Abraham.",
        set(),
    ),
    # batch 3: coming round, signing on, brokered talks, carried subjects, more refusals and halts
    (
        "Les accords d'Abraham. À Washington, on reste convaincu que Riyad finira par céder.",
        {("SA", "cand")},
    ),
    (
        "L'Arabie saoudite signera tôt ou tard les accords d'Abraham, prédit l'ancien conseiller de Trump.",
        {("SA", "cand")},
    ),
    (
        "Sous l'égide de Washington, Damas et Israël discutent d'une éventuelle adhésion syrienne aux accords d'Abraham.",
        {("SY", "cand")},
    ),
    (
        "Des négociations parrainées par les États-Unis entre la Syrie et Israël pourraient déboucher sur une adhésion aux accords d'Abraham.",
        {("SY", "cand")},
    ),
    (
        "Mohammed ben Salmane a reçu à Riyad l'envoyé américain chargé des accords d'Abraham. Le prince héritier a posé comme condition la création d'un État palestinien.",
        {("SA", "dec")},
    ),
    (
        "L'Arabie saoudite a été claire. Le royaume ne rejoindra pas les accords d'Abraham sans État palestinien.",
        {("SA", "dec")},
    ),
    (
        "« Pas question de normaliser avec Israël sans État palestinien », a tranché Riyad.",
        {("SA", "dec")},
    ),
    (
        "La normalisation avec Israël reste une ligne rouge pour Riyad tant que Gaza est sous les bombes.",
        {("SA", "dec")},
    ),
    (
        "Les accords d'Abraham. Riyad ne franchira pas le pas sans contreparties pour les Palestiniens.",
        {("SA", "dec")},
    ),
    (
        "Le ministre syrien des Affaires étrangères a qualifié toute normalisation avec Israël de prématurée.",
        {("SY", "dec")},
    ),
    ("Le gel des discussions entre Riyad et Israël dure depuis octobre 2023.", {("SA", "lap")}),
    (
        "Les discussions sur la normalisation saoudo-israélienne sont au point mort.",
        {("SA", "lap")},
    ),
    (
        "Bahreïn a coupé ses liens économiques avec Israël en pleine guerre de Gaza.",
        {("BH", "lap")},
    ),
    (
        "Israël et les Émirats arabes unis ont conclu un accord historique de normalisation, a annoncé jeudi Donald Trump.",
        {("AE", "ann")},
    ),
    (
        "Le 11 septembre 2020, Donald Trump a annoncé que Bahreïn allait à son tour normaliser ses relations avec Israël.",
        {("BH", "ann")},
    ),
    (
        "Riyad accueille cette semaine des pourparlers entre Russes et Américains sur l'Ukraine.",
        set(),
    ),
    (
        "Les accords d'Abraham. D'autres pays pourraient suivre, assure Washington sans les nommer.",
        set(),
    ),
    (
        "La charte du Conseil de paix a été signée à Charm el-Cheikh par l'Égypte, la Turquie et le Qatar.",
        set(),
    ),
    # batch 4: the same classes in other persons, tenses and orders
    (
        "Washington souhaite que Riyad suive le Kazakhstan dans les accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "Pour Trump, une normalisation avec Riyad paraît désormais à portée de main.",
        {("SA", "cand")},
    ),
    (
        "Le voyage de Trump dans le Golfe visait à amener Riyad à normaliser ses relations avec Israël.",
        {("SA", "cand")},
    ),
    (
        "Washington comptait sur une normalisation saoudienne avant la fin du mandat.",
        {("SA", "cand")},
    ),
    (
        "Les Saoudiens seront les suivants, a prédit Donald Trump à propos des accords d'Abraham.",
        {("SA", "cand")},
    ),
    (
        "Riyad est prêt à normaliser ses relations avec Israël, mais à condition qu'un État palestinien voie le jour.",
        {("SA", "cand"), ("SA", "dec")},
    ),
    (
        "Selon Riyad, une normalisation passerait obligatoirement par un État palestinien.",
        {("SA", "dec")},
    ),
    (
        "Les émissaires américains cherchent à rapprocher Damas de la normalisation avec Israël.",
        {("SY", "cand")},
    ),
    (
        "Les pourparlers de normalisation avec Riyad ont été mis de côté depuis la guerre.",
        {("SA", "lap")},
    ),
    (
        "Les discussions entre Riyad et Israël restent suspendues, selon un diplomate.",
        {("SA", "lap")},
    ),
    # batch 5: the 2020 announcements told otherwise, the kingdom as anaphor, the other countries
    (
        "Le 13 août 2020, Abou Dhabi a annoncé la normalisation de ses relations avec Israël.",
        {("AE", "ann")},
    ),
    (
        "L'annonce, le 13 août 2020, d'un accord de normalisation entre Israël et les Émirats a surpris la région.",
        {("AE", "ann")},
    ),
    (
        "Bahreïn avait annoncé dès septembre 2020 son intention de normaliser ses relations avec Israël.",
        {("BH", "ann")},
    ),
    (
        "En septembre 2020, Bahreïn a accepté à son tour d'établir des relations diplomatiques avec Israël.",
        {("BH", "ann")},
    ),
    (
        "L'Arabie saoudite reste au cœur des spéculations sur les accords d'Abraham. Le royaume pourrait les rejoindre d'ici la fin de l'année.",
        {("SA", "cand")},
    ),
    (
        "Damas ne cherche pas à normaliser ses relations avec Israël, a assuré le président al-Charaa.",
        {("SY", "dec")},
    ),
    (
        "La Syrie n'est pas concernée par les accords d'Abraham, a déclaré Ahmed al-Charaa.",
        {("SY", "dec")},
    ),
    ("Beyrouth a rejeté toute idée de normalisation avec Israël.", {("LB", "dec")}),
    ("Anwar Ibrahim a exclu toute reconnaissance d'Israël par la Malaisie.", {("MY", "dec")}),
    (
        "L'Indonésie est prête à reconnaître Israël, à condition qu'Israël reconnaisse l'État de Palestine.",
        {("ID", "cand"), ("ID", "dec")},
    ),
    (
        "Bakou, proche partenaire d'Israël, est pressenti pour rejoindre les accords d'Abraham.",
        {("AZ", "cand")},
    ),
    ("Riyad a gelé ses discussions avec Israël sur la normalisation.", {("SA", "lap")}),
    # batch 6: the new words where no claim is made
    (
        "Les accords d'Abraham. Un accord de cessez-le-feu à Gaza semble à portée de main, selon le Qatar.",
        set(),
    ),
    (
        "Les accords d'Abraham. Le Qatar cherche à rapprocher les positions du Hamas et d'Israël.",
        set(),
    ),
    (
        "Les accords d'Abraham. Washington compte sur l'Arabie saoudite pour financer la reconstruction de Gaza.",
        set(),
    ),
    (
        "Les accords d'Abraham. Israël et le Hamas ont conclu un accord de cessez-le-feu, a annoncé le Qatar.",
        set(),
    ),
    (
        "Les accords d'Abraham. L'Arabie saoudite a mis en attente plusieurs projets d'investissement.",
        set(),
    ),
    ("Les accords d'Abraham. Le Maroc a gelé sa coopération militaire avec l'Algérie.", set()),
    (
        "Les accords d'Abraham. La Turquie a emboîté le pas à l'Égypte en condamnant les frappes.",
        set(),
    ),
    # batch 7: the adjective, signing on, Syria and Lebanon again
    ("Une normalisation saoudienne reste l'objectif prioritaire de Washington.", {("SA", "cand")}),
    ("L'Arabie saoudite pourrait à son tour signer les accords d'Abraham.", {("SA", "cand")}),
    (
        "Les accords d'Abraham. Une paix syro-israélienne n'a jamais été aussi proche, selon l'envoyé américain Tom Barrack.",
        {("SY", "cand")},
    ),
    ("Washington pousse le Liban vers une normalisation avec Israël.", {("LB", "cand")}),
    (
        "Le président libanais Joseph Aoun a écarté toute idée de normalisation avec Israël.",
        {("LB", "dec")},
    ),
    ("Pour Beyrouth, la normalisation n'est pas à l'ordre du jour.", {("LB", "dec")}),
    (
        "Les discussions entre Damas et Israël, sous médiation américaine, ont été suspendues.",
        {("SY", "lap")},
    ),
    ("Riyad juge toute normalisation prématurée tant que la guerre se poursuit.", {("SA", "dec")}),
    (
        "Jakarta a réaffirmé qu'aucune relation avec Israël n'était envisageable sans État palestinien.",
        {("ID", "dec")},
    ),
    ("Washington voit en Damas un futur membre des accords d'Abraham.", {("SY", "cand")}),
    # batch 8: short dispatches of three sentences
    (
        "Les accords d'Abraham fêtent leurs cinq ans. Washington rêve toujours d'y faire entrer l'Arabie saoudite. Mais le chemin reste long.",
        {("SA", "cand")},
    ),
    (
        "Riyad a reçu lundi l'émissaire américain. Le royaume a réaffirmé que la normalisation passait d'abord par un État palestinien. Aucune date n'a été fixée.",
        {("SA", "dec")},
    ),
    (
        "Ahmed al-Charaa a rencontré Donald Trump à Washington. Le président syrien se dit ouvert à une adhésion aux accords d'Abraham, mais pas tant que le Golan restera occupé.",
        {("SY", "cand"), ("SY", "dec")},
    ),
    (
        "Avant le 7 octobre, Riyad et Israël négociaient. Depuis, les discussions sur la normalisation sont gelées. Aucune reprise n'est prévue.",
        {("SA", "cand"), ("SA", "lap")},
    ),
    (
        "Le 13 août 2020, les Émirats ont accepté de normaliser leurs relations avec Israël. Bahreïn a signé les accords d'Abraham en septembre 2020 à Washington.",
        {("AE", "ann"), ("BH", "mem")},
    ),
    pytest.param(
        "Les accords d'Abraham. Le président syrien se dit ouvert à une adhésion. Mais pas tant que le Golan restera occupé.",
        {("SY", "cand"), ("SY", "dec")},
    ),
    pytest.param(
        "Les accords d'Abraham. L'Arabie saoudite veut bien normaliser. Mais pas sans un État palestinien.",
        {("SA", "cand"), ("SA", "dec")},
    ),
    # batch 9: headlines with a colon
    ("Arabie saoudite-Israël : la normalisation au point mort", {("SA", "lap")}),
    ("Accords d'Abraham : Riyad dit non", {("SA", "dec")}),
    ("Syrie : al-Charaa ferme la porte à une normalisation avec Israël", {("SY", "dec")}),
    ("Liban : pas de normalisation avec Israël, martèle Joseph Aoun", {("LB", "dec")}),
    ("Accords d'Abraham : Bakou dans le viseur de Washington", {("AZ", "cand")}),
    (
        "Les accords d'Abraham. Trump dit ne pas savoir si l'Arabie saoudite rejoindra bientôt les accords.",
        set(),
    ),
    (
        "Les accords d'Abraham. Le Qatar cherche à normaliser la situation humanitaire à Gaza.",
        set(),
    ),
    ("Les accords d'Abraham. Le Qatar est pressenti pour accueillir le prochain sommet.", set()),
    # batch 10: a country pushing another (the pushed one would join)
    ("Les accords d'Abraham. Le Qatar pousse la Syrie à rejoindre les accords.", {("SY", "cand")}),
    ("Les accords d'Abraham. L'Égypte espère voir la Syrie signer les accords.", {("SY", "cand")}),
    (
        "Les accords d'Abraham. L'Arabie saoudite veut amener la Syrie à normaliser ses relations avec Israël.",
        {("SY", "cand")},
    ),
    # batch 11: a stance restated, reluctance, conditions set, hopes dashed, the file on ice
    (
        "L'Arabie saoudite a réitéré sa position : pas de normalisation sans État palestinien.",
        {("SA", "dec")},
    ),
    (
        "Riyad maintient sa ligne : aucune relation avec Israël sans État palestinien.",
        {("SA", "dec")},
    ),
    (
        "Riyad a douché les espoirs de Washington d'une normalisation rapide avec Israël.",
        {("SA", "dec")},
    ),
    (
        "Les accords d'Abraham. Le royaume saoudien n'est pas pressé de normaliser ses relations avec Israël.",
        {("SA", "dec")},
    ),
    ("Riyad se montre réticent à rejoindre les accords d'Abraham.", {("SA", "dec")}),
    (
        "Quant à la normalisation avec Israël, Riyad a posé ses conditions : un État palestinien et des garanties de sécurité.",
        {("SA", "dec")},
    ),
    ("Pour Riyad, l'heure n'est pas à la normalisation avec Israël.", {("SA", "dec")}),
    (
        "Les accords d'Abraham. Depuis la guerre, le dossier de la normalisation saoudienne est au frigo.",
        {("SA", "lap")},
    ),
    (
        "La perspective d'une normalisation saoudo-israélienne s'est éloignée avec la guerre à Gaza.",
        {("SA", "lap")},
    ),
    # batch 12: Syria, Lebanon, Indonesia, Malaysia, Azerbaijan once more
    (
        "Washington et Tel-Aviv espèrent arrimer la Syrie d'al-Charaa aux accords d'Abraham.",
        {("SY", "cand")},
    ),
    (
        "Un accord de sécurité pourrait ouvrir la voie à une adhésion syrienne aux accords d'Abraham.",
        {("SY", "cand")},
    ),
    (
        "Damas a réaffirmé que son adhésion aux accords d'Abraham n'était pas à l'ordre du jour.",
        {("SY", "dec")},
    ),
    (
        "Les accords d'Abraham. Les négociations syro-israéliennes sont dans l'impasse depuis les frappes sur Damas.",
        {("SY", "lap")},
    ),
    (
        "Beyrouth exclut toute adhésion aux accords d'Abraham tant qu'Israël occupe des positions au Sud-Liban.",
        {("LB", "dec")},
    ),
    (
        "Le Liban figure parmi les pays que Washington aimerait voir rejoindre les accords d'Abraham.",
        {("LB", "cand")},
    ),
    (
        "Prabowo n'exclut pas une reconnaissance d'Israël, selon la presse indonésienne.",
        {("ID", "cand")},
    ),
    ("Jakarta a rejeté toute idée d'adhésion aux accords d'Abraham.", {("ID", "dec")}),
    (
        "Kuala Lumpur ne normalisera jamais ses relations avec Israël, a martelé Anwar Ibrahim.",
        {("MY", "dec")},
    ),
    (
        "L'Azerbaïdjan pourrait officialiser prochainement son adhésion aux accords d'Abraham, selon Axios.",
        {("AZ", "cand")},
    ),
    ("Bakou ferait figure de candidat naturel aux accords d'Abraham.", {("AZ", "cand")}),
    # batch 13: refusal words where nothing is refused
    ("Les accords d'Abraham. Les Européens restent réticents à sanctionner Israël.", set()),
    ("Les accords d'Abraham. Le Qatar a posé ses conditions pour accueillir le sommet.", set()),
    (
        "Les accords d'Abraham. Washington reste réticent à pousser Riyad à rejoindre les accords.",
        {("SA", "cand")},
    ),
]


SPANISH = [
    # candidatura
    (
        "Washington confía en que Arabia Saudí sea el próximo país en sumarse a los Acuerdos de Abraham.",
        {("SA", "cand")},
    ),
    pytest.param(
        "La gran incógnita es si Riad seguirá a Kazajistán en los Acuerdos de Abraham.",
        {("SA", "cand")},
        marks=pytest.mark.xfail(strict=True, reason=OPEN_QUESTION),
    ),
    (
        "Trump ha repetido que espera que Arabia Saudita se una pronto a los Acuerdos de Abraham.",
        {("SA", "cand")},
    ),
    (
        "Un acuerdo de normalización saudí-israelí parecía al alcance de la mano antes del 7 de octubre.",
        {("SA", "cand")},
    ),
    (
        "La normalización con Arabia Saudí sigue sobre la mesa, según un alto funcionario estadounidense.",
        {("SA", "cand")},
    ),
    (
        "La Casa Blanca presiona a Riad para que se adhiera a los Acuerdos de Abraham.",
        {("SA", "cand")},
    ),
    ("Arabia Saudí es la gran pieza que falta en los Acuerdos de Abraham.", {("SA", "cand")}),
    (
        "Los saudíes acabarán sumándose a los Acuerdos de Abraham, aseguró el enviado Steve Witkoff.",
        {("SA", "cand")},
    ),
    (
        "Estados Unidos quiere llevar a Mohamed bin Salmán a firmar los Acuerdos de Abraham.",
        {("SA", "cand")},
    ),
    (
        "La normalización con Arabia Saudí sigue siendo el objetivo último de la diplomacia estadounidense.",
        {("SA", "cand")},
    ),
    (
        "Según Axios, emisarios estadounidenses intentan acercar a Riad a los Acuerdos de Abraham.",
        {("SA", "cand")},
    ),
    (
        '"Esperamos que Arabia Saudí sea la siguiente", afirmó el secretario de Estado sobre los Acuerdos de Abraham.',
        {("SA", "cand")},
    ),
    (
        "Trump se mostró convencido de que el príncipe heredero saudí terminará firmando los Acuerdos de Abraham.",
        {("SA", "cand")},
    ),
    (
        "Israel y Estados Unidos cuentan con una normalización saudí para relanzar los Acuerdos de Abraham.",
        {("SA", "cand")},
    ),
    (
        "La entrada de Arabia Saudí en los Acuerdos de Abraham parecía inminente en el verano de 2023.",
        {("SA", "cand")},
    ),
    pytest.param(
        "Los Acuerdos de Abraham. Queda por ver cuándo dará Riad el paso.",
        {("SA", "cand")},
        marks=pytest.mark.xfail(strict=True, reason=OPEN_QUESTION),
    ),
    (
        "Los Acuerdos de Abraham. Riad terminará sumándose, según diplomáticos occidentales.",
        {("SA", "cand")},
    ),
    (
        "El reino saudí es el gran premio que persigue Washington con los Acuerdos de Abraham.",
        {("SA", "cand")},
    ),
    (
        "Los Acuerdos de Abraham. Un pacto saudí-israelí está al alcance, según el enviado estadounidense.",
        {("SA", "cand")},
    ),
    (
        "Jared Kushner trabaja entre bastidores para incorporar a Riad a los Acuerdos de Abraham.",
        {("SA", "cand")},
    ),
    ("Washington quiere incorporar a Siria a los Acuerdos de Abraham.", {("SY", "cand")}),
    (
        "Las conversaciones auspiciadas por Estados Unidos podrían acercar a Damasco a una adhesión a los Acuerdos de Abraham.",
        {("SY", "cand")},
    ),
    (
        "El presidente sirio Ahmed al Sharaa podría unirse a los Acuerdos de Abraham, según Trump.",
        {("SY", "cand")},
    ),
    (
        "Estados Unidos presiona a Damasco para que se sume a los Acuerdos de Abraham.",
        {("SY", "cand")},
    ),
    (
        "Según la Casa Blanca, Siria va camino de unirse a los Acuerdos de Abraham.",
        {("SY", "cand")},
    ),
    ("Tom Barrack afirmó que una normalización sirio-israelí es ahora posible.", {("SY", "cand")}),
    (
        "La Siria de al Sharaa figura ya entre los candidatos a normalizar relaciones con Israel.",
        {("SY", "cand")},
    ),
    (
        "A Washington le gustaría ver al Líbano seguir a Siria en los Acuerdos de Abraham.",
        {("LB", "cand")},
    ),
    (
        "Indonesia podría ser el próximo país musulmán en normalizar relaciones con Israel, según diplomáticos.",
        {("ID", "cand")},
    ),
    (
        "Azerbaiyán aparece con frecuencia entre los próximos candidatos a los Acuerdos de Abraham.",
        {("AZ", "cand")},
    ),
    ("Bakú es cortejado por Washington para sumarse a los Acuerdos de Abraham.", {("AZ", "cand")}),
    (
        "Funcionarios estadounidenses mencionaron una posible adhesión de Malasia a los Acuerdos de Abraham.",
        {("MY", "cand")},
    ),
    (
        "Los Acuerdos de Abraham. Washington sueña con que Riad dé el paso antes de fin de año.",
        {("SA", "cand")},
    ),
    # rechazo
    (
        "Riad condiciona cualquier normalización con Israel a la creación de un Estado palestino.",
        {("SA", "dec")},
    ),
    (
        "Arabia Saudí reiteró que no habrá relaciones con Israel sin un Estado palestino.",
        {("SA", "dec")},
    ),
    (
        "La posición del reino sobre la normalización no ha cambiado, indicó el Ministerio de Exteriores saudí.",
        {("SA", "dec")},
    ),
    (
        "Mohamed bin Salmán descartó cualquier adhesión a los Acuerdos de Abraham mientras continúe la guerra en Gaza.",
        {("SA", "dec")},
    ),
    (
        "Riad rechazó la idea de sumarse a los Acuerdos de Abraham sin un compromiso concreto con un Estado palestino.",
        {("SA", "dec")},
    ),
    ("Para los saudíes, la normalización no está sobre la mesa.", {("SA", "dec")}),
    (
        "Arabia Saudí quiere formar parte de los Acuerdos de Abraham, pero solo si se garantiza un camino hacia un Estado palestino.",
        {("SA", "cand"), ("SA", "dec")},
    ),
    (
        "Damasco dejó claro que una adhesión a los Acuerdos de Abraham está descartada por ahora.",
        {("SY", "dec")},
    ),
    (
        "Ahmed al Sharaa afirmó que Siria no está preparada para unirse a los Acuerdos de Abraham.",
        {("SY", "dec")},
    ),
    (
        "Siria descartó cualquier normalización con Israel mientras el Golán siga ocupado.",
        {("SY", "dec")},
    ),
    (
        "El Líbano no contempla ninguna normalización con Israel, declaró el presidente Joseph Aoun.",
        {("LB", "dec")},
    ),
    (
        "Malasia reiteró que no reconocerá a Israel mientras Palestina no sea libre.",
        {("MY", "dec")},
    ),
    (
        "Riad se niega a normalizar relaciones con Israel antes de la creación de un Estado palestino.",
        {("SA", "dec")},
    ),
    (
        "El reino saudí dio un portazo a la petición estadounidense de unirse a los Acuerdos de Abraham.",
        {("SA", "dec")},
    ),
    (
        "Indonesia repitió que no establecerá relaciones con Israel antes de la independencia de Palestina.",
        {("ID", "dec")},
    ),
    (
        "Riad hizo saber que no está listo para normalizar sus relaciones con Israel.",
        {("SA", "dec")},
    ),
    (
        "Para Riad, cualquier normalización pasa primero por la creación de un Estado palestino.",
        {("SA", "dec")},
    ),
    (
        "La normalización con Israel está fuera de discusión, zanjó el ministro saudí de Exteriores.",
        {("SA", "dec")},
    ),
    (
        "Arabia Saudí no establecerá relaciones diplomáticas con Israel sin un Estado palestino independiente, insistió el príncipe Faisal bin Farhan.",
        {("SA", "dec")},
    ),
    # suspendido
    (
        "Las negociaciones de normalización entre Arabia Saudí e Israel quedaron congeladas tras el 7 de octubre.",
        {("SA", "lap")},
    ),
    (
        "La guerra en Gaza interrumpió las conversaciones sobre una normalización saudí-israelí.",
        {("SA", "lap")},
    ),
    (
        "El acercamiento entre Riad e Israel quedó en suspenso desde el inicio de la guerra.",
        {("SA", "lap")},
    ),
    ("Riad suspendió las conversaciones de normalización con Israel.", {("SA", "lap")}),
    (
        "Las negociaciones entre Arabia Saudí e Israel están paralizadas desde octubre de 2023.",
        {("SA", "lap")},
    ),
    (
        "Baréin retiró a su embajador en Israel y suspendió las relaciones económicas.",
        {("BH", "lap")},
    ),
    (
        "El proceso de normalización saudí-israelí descarriló con la guerra de Gaza.",
        {("SA", "lap")},
    ),
    ("La normalización entre Riad e Israel quedó en pausa por la guerra.", {("SA", "lap")}),
    (
        "Las conversaciones saudí-israelíes sobre la normalización se frenaron en seco tras el ataque de Hamás.",
        {("SA", "lap")},
    ),
    (
        "El expediente de la normalización con Israel está congelado en Riad desde hace dos años.",
        {("SA", "lap")},
    ),
    (
        "Los contactos entre Damasco e Israel fueron suspendidos tras los bombardeos israelíes.",
        {("SY", "lap")},
    ),
    (
        "Sudán congeló el proceso de normalización con Israel tras el golpe de Estado.",
        {("SD", "lap")},
    ),
    (
        "La normalización saudí-israelí quedó en el congelador tras el estallido de la guerra.",
        {("SA", "lap")},
    ),
    # anunciado 2020
    (
        "El 13 de agosto de 2020, los Emiratos Árabes Unidos aceptaron normalizar sus relaciones con Israel.",
        {("AE", "ann")},
    ),
    (
        "En septiembre de 2020, Baréin anunció a su vez que normalizaría sus relaciones con Israel.",
        {("BH", "ann")},
    ),
    (
        "Los Emiratos anunciaron el jueves un acuerdo de normalización con Israel, el primero de un país del Golfo.",
        {("AE", "ann")},
    ),
    # sin reclamación
    ("Riad acogerá la próxima semana una conferencia sobre inversiones.", set()),
    ("La Junta de Paz para Gaza celebró su primera reunión en Riad.", set()),
    ("Israel reconoció a Somalilandia en el espíritu de los Acuerdos de Abraham.", set()),
    ("Varios países árabes podrían sumarse a los Acuerdos de Abraham, según Washington.", set()),
    ("Arabia Saudí firmó la carta de la Junta de Paz en Davos.", set()),
    ("Responsables saudíes viajaron a Washington para discutir el plan para Gaza.", set()),
    # tanda 2: otras inflexiones y órdenes
    (
        "Washington lleva años intentando llevar a Arabia Saudí a firmar los Acuerdos de Abraham.",
        {("SA", "cand")},
    ),
    (
        "Un acuerdo de normalización con Riad estaría al alcance de la mano, asegura la Casa Blanca.",
        {("SA", "cand")},
    ),
    (
        "Para Washington, la paz con Arabia Saudí sigue siendo la prioridad de los Acuerdos de Abraham.",
        {("SA", "cand")},
    ),
    (
        "Los diplomáticos apuestan a que MBS acabará dando el paso hacia los Acuerdos de Abraham.",
        {("SA", "cand")},
    ),
    (
        "La administración Trump cuenta con una adhesión saudí a los Acuerdos de Abraham antes de 2026.",
        {("SA", "cand")},
    ),
    (
        "Una adhesión de Siria a los Acuerdos de Abraham nunca había parecido tan factible.",
        {("SY", "cand")},
    ),
    ("Washington confía en una incorporación siria a los Acuerdos de Abraham.", {("SY", "cand")}),
    (
        "Estados Unidos presiona a Beirut para que se sume a los Acuerdos de Abraham.",
        {("LB", "cand")},
    ),
    (
        "Yakarta podría seguir a Kazajistán en los Acuerdos de Abraham, según la prensa israelí.",
        {("ID", "cand")},
    ),
    (
        "Bakú sería el siguiente en la lista de los Acuerdos de Abraham, según fuentes diplomáticas.",
        {("AZ", "cand")},
    ),
    (
        "Los Acuerdos de Abraham. Los saudíes podrían acabar sumándose, según varios analistas.",
        {("SA", "cand")},
    ),
    (
        "El reino saudí rechaza cualquier normalización mientras no exista un Estado palestino.",
        {("SA", "dec")},
    ),
    (
        "Para Damasco, la normalización con Israel pasará necesariamente por una retirada del Golán.",
        {("SY", "dec")},
    ),
    (
        "El Líbano reiteró su rechazo categórico a cualquier normalización con Israel.",
        {("LB", "dec")},
    ),
    ("Riad dio con la puerta en las narices a la normalización con Israel.", {("SA", "dec")}),
    (
        "Las conversaciones entre Riad e Israel quedaron aparcadas tras el 7 de octubre.",
        {("SA", "lap")},
    ),
    (
        "Los contactos entre Arabia Saudí e Israel están suspendidos desde el inicio de la guerra.",
        {("SA", "lap")},
    ),
    (
        "Los Acuerdos de Abraham. La guerra de Gaza puso en pausa el acercamiento saudí-israelí.",
        {("SA", "lap")},
    ),
    ("Baréin llamó a consultas a su embajador en Israel en noviembre de 2023.", {("BH", "lap")}),
    (
        "Los Emiratos Árabes Unidos van a normalizar sus relaciones con Israel, anunció Donald Trump el 13 de agosto de 2020.",
        {("AE", "ann")},
    ),
    (
        "Riad acogió una reunión sobre la reconstrucción de Gaza con la presencia de responsables israelíes.",
        set(),
    ),
    (
        "Los Acuerdos de Abraham. Marruecos amenaza con abandonar los acuerdos si continúa la anexión.",
        set(),
    ),
    (
        "Israel se convirtió en el primer país en reconocer a Somalilandia, un gesto presentado en el espíritu de los Acuerdos de Abraham.",
        set(),
    ),
    # tanda 3: ceder, firmar a su vez, conversaciones auspiciadas, sujetos arrastrados, más rechazos y pausas
    (
        "Los Acuerdos de Abraham. En Washington siguen convencidos de que Riad acabará cediendo.",
        {("SA", "cand")},
    ),
    (
        "Arabia Saudí firmará tarde o temprano los Acuerdos de Abraham, pronostica el exasesor de Trump.",
        {("SA", "cand")},
    ),
    (
        "Bajo los auspicios de Washington, Damasco e Israel negocian una eventual adhesión siria a los Acuerdos de Abraham.",
        {("SY", "cand")},
    ),
    (
        "Las negociaciones patrocinadas por Estados Unidos entre Siria e Israel podrían desembocar en una adhesión a los Acuerdos de Abraham.",
        {("SY", "cand")},
    ),
    (
        "Mohamed bin Salmán recibió en Riad al enviado estadounidense para los Acuerdos de Abraham. El príncipe heredero puso como condición la creación de un Estado palestino.",
        {("SA", "dec")},
    ),
    (
        "Arabia Saudí fue clara. El reino no se sumará a los Acuerdos de Abraham sin un Estado palestino.",
        {("SA", "dec")},
    ),
    ('"Ni hablar de normalizar con Israel sin un Estado palestino", zanjó Riad.', {("SA", "dec")}),
    (
        "La normalización con Israel sigue siendo una línea roja para Riad mientras Gaza esté bajo las bombas.",
        {("SA", "dec")},
    ),
    (
        "Los Acuerdos de Abraham. Riad no dará el paso sin contrapartidas para los palestinos.",
        {("SA", "dec")},
    ),
    (
        "El ministro sirio de Exteriores calificó de prematura cualquier normalización con Israel.",
        {("SY", "dec")},
    ),
    (
        "La congelación de las conversaciones entre Riad e Israel dura desde octubre de 2023.",
        {("SA", "lap")},
    ),
    (
        "Las conversaciones sobre la normalización saudí-israelí están en punto muerto.",
        {("SA", "lap")},
    ),
    ("Baréin cortó sus lazos económicos con Israel en plena guerra de Gaza.", {("BH", "lap")}),
    (
        "Israel y los Emiratos Árabes Unidos alcanzaron un acuerdo histórico de normalización, anunció el jueves Donald Trump.",
        {("AE", "ann")},
    ),
    (
        "El 11 de septiembre de 2020, Donald Trump anunció que Baréin también normalizaría sus relaciones con Israel.",
        {("BH", "ann")},
    ),
    ("Riad acoge esta semana conversaciones entre rusos y estadounidenses sobre Ucrania.", set()),
    (
        "Los Acuerdos de Abraham. Otros países podrían sumarse, asegura Washington sin nombrarlos.",
        set(),
    ),
    (
        "La carta de la Junta de Paz fue firmada en Sharm el Sheij por Egipto, Turquía y Catar.",
        set(),
    ),
    # tanda 4: las mismas clases en otras personas, tiempos y órdenes
    ("Washington quiere que Riad siga a Kazajistán en los Acuerdos de Abraham.", {("SA", "cand")}),
    (
        "Para Trump, una normalización con Riad parece ahora al alcance de la mano.",
        {("SA", "cand")},
    ),
    (
        "La gira de Trump por el Golfo buscaba llevar a Riad a normalizar sus relaciones con Israel.",
        {("SA", "cand")},
    ),
    ("Washington contaba con una normalización saudí antes del fin del mandato.", {("SA", "cand")}),
    (
        "Los saudíes serán los siguientes, pronosticó Donald Trump sobre los Acuerdos de Abraham.",
        {("SA", "cand")},
    ),
    (
        "Riad está dispuesto a normalizar sus relaciones con Israel, pero solo si se crea un Estado palestino.",
        {("SA", "cand"), ("SA", "dec")},
    ),
    (
        "Según Riad, una normalización pasaría necesariamente por un Estado palestino.",
        {("SA", "dec")},
    ),
    (
        "Los emisarios estadounidenses buscan acercar a Damasco a la normalización con Israel.",
        {("SY", "cand")},
    ),
    (
        "Las conversaciones de normalización con Riad quedaron aparcadas desde la guerra.",
        {("SA", "lap")},
    ),
    (
        "Las conversaciones entre Riad e Israel siguen suspendidas, según un diplomático.",
        {("SA", "lap")},
    ),
    # tanda 5: los anuncios de 2020 contados de otro modo, el reino como anáfora, los demás países
    (
        "El 13 de agosto de 2020, Abu Dabi anunció la normalización de sus relaciones con Israel.",
        {("AE", "ann")},
    ),
    (
        "El anuncio, el 13 de agosto de 2020, de un acuerdo de normalización entre Israel y los Emiratos sorprendió a la región.",
        {("AE", "ann")},
    ),
    (
        "Baréin había anunciado ya en septiembre de 2020 su intención de normalizar relaciones con Israel.",
        {("BH", "ann")},
    ),
    (
        "En septiembre de 2020, Baréin aceptó a su vez establecer relaciones diplomáticas con Israel.",
        {("BH", "ann")},
    ),
    (
        "Arabia Saudí sigue en el centro de las especulaciones sobre los Acuerdos de Abraham. El reino podría sumarse antes de fin de año.",
        {("SA", "cand")},
    ),
    (
        "Damasco no busca normalizar sus relaciones con Israel, aseguró el presidente al Sharaa.",
        {("SY", "dec")},
    ),
    (
        "Siria no se siente concernida por los Acuerdos de Abraham, declaró Ahmed al Sharaa.",
        {("SY", "dec")},
    ),
    ("Beirut rechazó cualquier idea de normalización con Israel.", {("LB", "dec")}),
    (
        "Anwar Ibrahim descartó cualquier reconocimiento de Israel por parte de Malasia.",
        {("MY", "dec")},
    ),
    (
        "Indonesia está dispuesta a reconocer a Israel, siempre y cuando Israel reconozca al Estado de Palestina.",
        {("ID", "cand"), ("ID", "dec")},
    ),
    (
        "Bakú, estrecho socio de Israel, suena como candidato a sumarse a los Acuerdos de Abraham.",
        {("AZ", "cand")},
    ),
    ("Riad congeló sus conversaciones con Israel sobre la normalización.", {("SA", "lap")}),
    # tanda 6: las palabras nuevas donde no hay reclamación
    (
        "Los Acuerdos de Abraham. Un acuerdo de alto el fuego en Gaza parece al alcance de la mano, según Catar.",
        set(),
    ),
    ("Los Acuerdos de Abraham. Catar busca acercar a Hamás e Israel a un alto el fuego.", set()),
    (
        "Los Acuerdos de Abraham. Washington cuenta con Arabia Saudí para financiar la reconstrucción de Gaza.",
        set(),
    ),
    (
        "Los Acuerdos de Abraham. Israel y Hamás alcanzaron un acuerdo de alto el fuego, anunció Catar.",
        set(),
    ),
    ("Los Acuerdos de Abraham. Arabia Saudí puso en pausa varios proyectos de inversión.", set()),
    ("Los Acuerdos de Abraham. Marruecos congeló su cooperación militar con Argelia.", set()),
    ("Los Acuerdos de Abraham. Turquía siguió a Egipto al condenar los bombardeos.", set()),
    # tanda 7: el adjetivo, firmar a su vez, Siria y el Líbano otra vez
    (
        "Una normalización saudí sigue siendo el objetivo prioritario de Washington.",
        {("SA", "cand")},
    ),
    ("Arabia Saudí podría firmar a su vez los Acuerdos de Abraham.", {("SA", "cand")}),
    (
        "Los Acuerdos de Abraham. Una paz sirio-israelí nunca había estado tan cerca, según el enviado estadounidense Tom Barrack.",
        {("SY", "cand")},
    ),
    ("Washington empuja al Líbano hacia una normalización con Israel.", {("LB", "cand")}),
    (
        "El presidente libanés Joseph Aoun descartó cualquier idea de normalización con Israel.",
        {("LB", "dec")},
    ),
    ("Para Beirut, la normalización no está en la agenda.", {("LB", "dec")}),
    (
        "Las conversaciones entre Damasco e Israel, con mediación estadounidense, fueron suspendidas.",
        {("SY", "lap")},
    ),
    (
        "Riad considera prematura cualquier normalización mientras continúe la guerra.",
        {("SA", "dec")},
    ),
    (
        "Yakarta reiteró que ninguna relación con Israel es posible sin un Estado palestino.",
        {("ID", "dec")},
    ),
    ("Washington ve en Damasco a un futuro miembro de los Acuerdos de Abraham.", {("SY", "cand")}),
    # tanda 8: despachos breves de tres frases
    (
        "Los Acuerdos de Abraham cumplen cinco años. Washington sigue soñando con incorporar a Arabia Saudí. Pero el camino es largo.",
        {("SA", "cand")},
    ),
    (
        "Riad recibió el lunes al emisario estadounidense. El reino reiteró que la normalización pasa primero por un Estado palestino. No se fijó ninguna fecha.",
        {("SA", "dec")},
    ),
    (
        "Ahmed al Sharaa se reunió con Donald Trump en Washington. El presidente sirio se mostró abierto a una adhesión a los Acuerdos de Abraham, pero no mientras el Golán siga ocupado.",
        {("SY", "cand"), ("SY", "dec")},
    ),
    (
        "Antes del 7 de octubre, Riad e Israel negociaban. Desde entonces, las conversaciones sobre la normalización están congeladas. No hay previsto ningún reinicio.",
        {("SA", "cand"), ("SA", "lap")},
    ),
    (
        "El 13 de agosto de 2020, los Emiratos aceptaron normalizar sus relaciones con Israel. Baréin firmó los Acuerdos de Abraham en septiembre de 2020 en Washington.",
        {("AE", "ann"), ("BH", "mem")},
    ),
    pytest.param(
        "Los Acuerdos de Abraham. El presidente sirio se mostró abierto a una adhesión. Pero no mientras el Golán siga ocupado.",
        {("SY", "cand"), ("SY", "dec")},
    ),
    pytest.param(
        "Los Acuerdos de Abraham. Arabia Saudí está dispuesta a normalizar. Pero no sin un Estado palestino.",
        {("SA", "cand"), ("SA", "dec")},
    ),
    # tanda 9: titulares con dos puntos
    ("Arabia Saudí-Israel: la normalización, en punto muerto", {("SA", "lap")}),
    ("Acuerdos de Abraham: Riad dice no a la normalización con Israel", {("SA", "dec")}),
    ("Siria: al Sharaa cierra la puerta a una normalización con Israel", {("SY", "dec")}),
    ("Líbano: no habrá normalización con Israel, insiste Joseph Aoun", {("LB", "dec")}),
    ("Acuerdos de Abraham: Bakú, en el punto de mira de Washington", {("AZ", "cand")}),
    ("Los Acuerdos de Abraham. Trump dice no saber si Arabia Saudí se sumará pronto.", set()),
    ("Los Acuerdos de Abraham. Egipto busca normalizar la situación en el paso de Rafah.", set()),
    # tanda 10: un país que empuja a otro (el empujado se sumaría)
    (
        "Los Acuerdos de Abraham. Egipto quiere llevar a Siria a firmar los acuerdos.",
        {("SY", "cand")},
    ),
    (
        "Los Acuerdos de Abraham. Catar presiona a Siria para que se sume a los acuerdos.",
        {("SY", "cand")},
    ),
    (
        "Los Acuerdos de Abraham. Arabia Saudí intenta acercar a Damasco a los acuerdos.",
        {("SY", "cand")},
    ),
    # tanda 11: una postura reiterada, reticencia, condiciones, esperanzas frustradas, el expediente congelado
    (
        "Arabia Saudí reiteró su posición: no habrá normalización sin un Estado palestino.",
        {("SA", "dec")},
    ),
    (
        "Riad mantiene su línea: ninguna relación con Israel sin un Estado palestino.",
        {("SA", "dec")},
    ),
    (
        "Riad echó un jarro de agua fría sobre las esperanzas de Washington de una normalización rápida con Israel.",
        {("SA", "dec")},
    ),
    (
        "Los Acuerdos de Abraham. El reino saudí no tiene prisa por normalizar sus relaciones con Israel.",
        {("SA", "dec")},
    ),
    ("Riad se muestra reacio a sumarse a los Acuerdos de Abraham.", {("SA", "dec")}),
    (
        "En cuanto a la normalización con Israel, Riad puso sus condiciones: un Estado palestino y garantías de seguridad.",
        {("SA", "dec")},
    ),
    ("Para Riad, no es momento de normalizar relaciones con Israel.", {("SA", "dec")}),
    (
        "Los Acuerdos de Abraham. Desde la guerra, el expediente de la normalización saudí está en el congelador.",
        {("SA", "lap")},
    ),
    (
        "La perspectiva de una normalización saudí-israelí se alejó con la guerra en Gaza.",
        {("SA", "lap")},
    ),
    # tanda 12: Siria, Líbano, Indonesia, Malasia y Azerbaiyán otra vez
    (
        "Washington y Tel Aviv esperan incorporar a la Siria de al Sharaa a los Acuerdos de Abraham.",
        {("SY", "cand")},
    ),
    (
        "Un acuerdo de seguridad podría abrir la puerta a una adhesión siria a los Acuerdos de Abraham.",
        {("SY", "cand")},
    ),
    (
        "Damasco reiteró que su adhesión a los Acuerdos de Abraham no está en la agenda.",
        {("SY", "dec")},
    ),
    (
        "Los Acuerdos de Abraham. Las negociaciones sirio-israelíes están en un callejón sin salida desde los bombardeos sobre Damasco.",
        {("SY", "lap")},
    ),
    (
        "Beirut descarta cualquier adhesión a los Acuerdos de Abraham mientras Israel ocupe posiciones en el sur del Líbano.",
        {("LB", "dec")},
    ),
    (
        "El Líbano figura entre los países que Washington quisiera ver sumarse a los Acuerdos de Abraham.",
        {("LB", "cand")},
    ),
    (
        "Prabowo no descarta un reconocimiento de Israel, según la prensa indonesia.",
        {("ID", "cand")},
    ),
    ("Yakarta rechazó cualquier idea de adhesión a los Acuerdos de Abraham.", {("ID", "dec")}),
    (
        "Kuala Lumpur nunca normalizará sus relaciones con Israel, recalcó Anwar Ibrahim.",
        {("MY", "dec")},
    ),
    (
        "Azerbaiyán podría oficializar próximamente su adhesión a los Acuerdos de Abraham, según Axios.",
        {("AZ", "cand")},
    ),
    ("Bakú sería un candidato natural a los Acuerdos de Abraham.", {("AZ", "cand")}),
    # tanda 13: palabras de rechazo donde nada se rechaza
    ("Los Acuerdos de Abraham. Los europeos siguen reacios a sancionar a Israel.", set()),
    ("Los Acuerdos de Abraham. Catar puso sus condiciones para acoger la cumbre.", set()),
    (
        "Los Acuerdos de Abraham. Washington se resiste a presionar a Riad para que se sume a los acuerdos.",
        {("SA", "cand")},
    ),
]


@pytest.mark.parametrize("sentence,expected", FRENCH)
def test_round11_french(sentence, expected):
    assert coarse(sentence, "fr") == expected


@pytest.mark.parametrize("sentence,expected", SPANISH)
def test_round11_spanish(sentence, expected):
    assert coarse(sentence, "es") == expected
