"""A fourth challenge set, Spanish and German (with a few English, French and Russian
cases): phrasings met in unseen news, one group per class the rules were taught to read.
Lists with a personal "a" before each member, a refusal said as "conditions any
rapprochement on", an ambassador called home and ties left suspended, "keinerlei
Absicht", "will sich (nicht) anschließen", a joining proposed to a country, a country
"traded as a candidate", talks about a naval base or between warring parties (no claim),
and Somaliland's president or adjective as the subject.

Own sentences, written for this test. Each case gives every claim expected; a third
item in an expected claim is the date it must carry.
"""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

CASES = {
    "es": [
        # a list with a personal "a" before each member
        (
            "Los diplomáticos estadounidenses mencionan a Omán y a Azerbaiyán como posibles "
            "candidatos a los Acuerdos de Abraham.",
            {("OM", P), ("AZ", P)},
        ),
        (
            "La Casa Blanca presiona a Indonesia y a Malasia para que se sumen a los Acuerdos de "
            "Abraham.",
            {("ID", P), ("MY", P)},
        ),
        # a refusal said as a condition on any rapprochement
        (
            "Riad sigue condicionando cualquier acercamiento a Israel a la creación de un Estado "
            "palestino, lejos de los Acuerdos de Abraham.",
            {("SA", D)},
        ),
        (
            "Según su ministro, Malasia condiciona la normalización a un acuerdo de paz "
            "definitivo, por lo que no se unirá a los Acuerdos de Abraham.",
            {("MY", D)},
        ),
        # an ambassador called home, ties left suspended
        (
            "En plena guerra, Baréin llamaba a consultas a su embajador en Israel, pese a los "
            "Acuerdos de Abraham.",
            {("BH", U)},
        ),
        (
            "Marruecos, firmante de los Acuerdos de Abraham, anunció que sus relaciones "
            "diplomáticas con Israel quedaban suspendidas en diciembre de 2023.",
            {("MA", S, None), ("MA", U, "2023-12")},
        ),
        # a joining proposed to a country
        (
            "Washington propuso a Azerbaiyán sumarse a los Acuerdos de Abraham.",
            {("AZ", P)},
        ),
        # other talks, no claim
        (
            "Se debate la ampliación de los Acuerdos de Abraham. Mientras tanto, Rusia negocia "
            "desde hace años una base naval en el mar Rojo.",
            set(),
        ),
        (
            "Nadie habla ya de los Acuerdos de Abraham en Yeda. Arabia Saudí acogió allí "
            "conversaciones entre las partes en conflicto, que llevan meses suspendidas.",
            set(),
        ),
        # not among the candidates: others' view, no refusal
        (
            "Catar, mediador en Gaza, tampoco figura entre los candidatos a los Acuerdos de "
            "Abraham.",
            set(),
        ),
        (
            "Para los analistas, Omán no está entre los posibles candidatos a sumarse a los "
            "Acuerdos de Abraham.",
            set(),
        ),
        # Somaliland's president and adjective
        (
            "El presidente Irro reiteró que quiere sumarse a los Acuerdos de Abraham.",
            {("XS", P)},
        ),
        (
            "El Gobierno somalilandés quiere unirse a los Acuerdos de Abraham.",
            {("XS", P)},
        ),
        # ties with Israel halted, in a sentence with no subject: the country before
        (
            "Sudán se sumó a los Acuerdos de Abraham en enero de 2021. Desde que estalló la "
            "guerra, los contactos con Israel están congelados.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Arabia Saudí negociaba con Washington su adhesión a los Acuerdos de Abraham. Tras "
            "el ataque de Hamás, las conversaciones con Israel quedaron congeladas.",
            {("SA", N), ("SA", U)},
        ),
        # Israel alone freezing: no country carried
        (
            "Bahréin firmó los Acuerdos de Abraham en 2020. Israel congeló sus relaciones con "
            "Turquía.",
            {("BH", S)},
        ),
        # more verbs of joining, signing and refusing
        (
            "Según la Casa Blanca, Kazajistán ingresará en los Acuerdos de Abraham antes de fin "
            "de año.",
            {("KZ", A)},
        ),
        (
            "El Gobierno kazajo confirmó su incorporación a los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        (
            "Astaná formalizará su entrada en los Acuerdos de Abraham en una ceremonia en "
            "Washington.",
            {("KZ", A)},
        ),
        (
            "Emiratos y Baréin suscribieron los Acuerdos de Abraham en la Casa Blanca.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Riad ha supeditado su entrada en los Acuerdos de Abraham a la creación de un Estado "
            "palestino.",
            {("SA", D)},
        ),
        (
            "Yakarta ha cerrado la puerta a los Acuerdos de Abraham mientras continúe la guerra.",
            {("ID", D)},
        ),
        # "al": the contraction after a joining verb; "formado por" lists the members
        (
            "Con este paso, Kazajistán se une al grupo de los Acuerdos de Abraham formado por "
            "Emiratos Árabes Unidos, Baréin, Marruecos y Sudán.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Marruecos se sumó al pacto en diciembre de 2020, en el marco de los Acuerdos de "
            "Abraham.",
            {("MA", S, "2020-12")},
        ),
        # "since" before a year starts a period: no date, no background
        (
            "Kazajistán es el primer país que se incorpora al marco de los Acuerdos de Abraham "
            "desde 2021.",
            {("KZ", A, None)},
        ),
        (
            "Según la prensa israelí, Siria y Líbano podrían ser los siguientes en los Acuerdos "
            "de Abraham.",
            {("SY", P), ("LB", P)},
        ),
        (
            "En Washington, como posibles candidatos a los Acuerdos de Abraham suenan Omán y "
            "Mauritania.",
            {("OM", P), ("MR", P)},
        ),
        # a refusal said as a noun; halts in other words
        (
            "Pakistán ha reiterado su rechazo a los Acuerdos de Abraham.",
            {("PK", D)},
        ),
        (
            "La normalización entre Israel y Arabia Saudí quedó aparcada tras el 7 de octubre de "
            "2023, lejos de los Acuerdos de Abraham.",
            {("SA", U, "2023-10-07")},
        ),
        (
            "Las conversaciones entre Riad e Israel sobre los Acuerdos de Abraham están en punto "
            "muerto.",
            {("SA", U)},
        ),
    ],
    "de": [
        # "keinerlei Absicht"
        (
            "Malaysia habe keinerlei Absicht, den Abraham-Abkommen beizutreten, sagte der "
            "Außenminister.",
            {("MY", D)},
        ),
        # "will sich (nicht) anschließen"
        (
            "Oman will sich den Abraham-Abkommen vorerst nicht anschließen.",
            {("OM", D)},
        ),
        (
            "Somaliland möchte sich den Abraham-Abkommen so bald wie möglich anschließen.",
            {("XS", P)},
        ),
        (
            "Präsident Irro will sich den Abraham-Abkommen anschließen.",
            {("XS", P)},
        ),
        # a belief in the subjunctive of reported speech
        (
            "Der Gesandte gehe davon aus, dass Oman den Abraham-Abkommen beitreten werde.",
            {("OM", P)},
        ),
        # a joining proposed to a country
        (
            "Washington hat Usbekistan einen Beitritt zu den Abraham-Abkommen vorgeschlagen.",
            {("UZ", P)},
        ),
        # a country traded as a candidate
        (
            "Mauretanien wird in Diplomatenkreisen als möglicher Kandidat für die "
            "Abraham-Abkommen gehandelt.",
            {("MR", P)},
        ),
        # not a candidate: others' view, no refusal
        (
            "Katar gilt in Washington nicht als möglicher Kandidat für die Abraham-Abkommen.",
            set(),
        ),
        # other talks, no claim
        (
            "Von den Abraham-Abkommen ist in Khartum kaum noch die Rede. Russland verhandelt "
            "dort seit Jahren über einen Marinestützpunkt.",
            set(),
        ),
        (
            "Die Abraham-Abkommen spielen in Kairo keine Rolle. Ägypten vermittelte Gespräche "
            "zwischen den Kriegsparteien, die seit Monaten ausgesetzt sind.",
            set(),
        ),
        # ties with Israel halted, in a sentence with no subject: the country before
        (
            "Der Sudan war den Abraham-Abkommen im Januar 2021 beigetreten. Seit Ausbruch des "
            "Krieges liegt die Annäherung an Israel auf Eis.",
            {("SD", S), ("SD", U)},
        ),
        # more verbs of joining and refusing
        (
            "Kasachstan schließt sich als erstes Land Zentralasiens den Abraham-Abkommen an.",
            {("KZ", A)},
        ),
        (
            "Nach Angaben aus Astana wird Kasachstan Teil der Abraham-Abkommen.",
            {("KZ", A)},
        ),
        (
            "Riad erteilte einem Beitritt zu den Abraham-Abkommen eine klare Absage.",
            {("SA", D)},
        ),
        (
            "Usbekistan winkt beim Thema Abraham-Abkommen vorerst ab.",
            {("UZ", D)},
        ),
        (
            "Syrien sei an einem Beitritt zu den Abraham-Abkommen derzeit nicht interessiert, "
            "sagte al-Scharaa.",
            {("SY", D)},
        ),
        (
            "Oman sei an einem Beitritt zu den Abraham-Abkommen grundsätzlich interessiert.",
            {("OM", P)},
        ),
        (
            "Aserbaidschan gilt in Washington als heißer Kandidat für die Abraham-Abkommen.",
            {("AZ", P)},
        ),
        # a halt told after a German ordinal day
        (
            "Die Gespräche über einen Beitritt Saudi-Arabiens zu den Abraham-Abkommen wurden "
            "nach dem 7. Oktober 2023 gestoppt.",
            {("SA", U, "2023-10-07")},
        ),
        (
            "Laut Trump könnte Saudi-Arabien schon bald folgen und den Abraham-Abkommen beitreten.",
            {("SA", P)},
        ),
        (
            "Marokko hatte seine Beziehungen zu Israel im Dezember 2020 im Rahmen der "
            "Abraham-Abkommen normalisiert.",
            {("MA", S, "2020-12")},
        ),
        # candidates named before the list
        (
            "Als mögliche Kandidaten für die Abraham-Abkommen gelten Aserbaidschan und Usbekistan.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Als weitere Kandidaten für die Abraham-Abkommen werden Oman und Mauretanien genannt.",
            {("OM", P), ("MR", P)},
        ),
        (
            "Pakistan bekräftigte seine Ablehnung der Abraham-Abkommen.",
            {("PK", D)},
        ),
        (
            "Eine Normalisierung zwischen Israel und Saudi-Arabien im Rahmen der Abraham-Abkommen "
            "ist vorerst vom Tisch.",
            {("SA", U)},
        ),
    ],
    "en": [
        (
            "Sudan signed the Abraham Accords declaration in January 2021. Since the war began, "
            "contacts with Israel have been frozen.",
            {("SD", S), ("SD", U)},
        ),
        (
            "The Abraham Accords dominate the agenda in Washington. Russia, meanwhile, is "
            "negotiating a naval base on the Red Sea.",
            set(),
        ),
        (
            "Qatar is not among the likely candidates for the Abraham Accords, analysts say.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham dominent l'agenda de Washington. Pendant ce temps, la Russie "
            "négocie une base navale sur la mer Rouge.",
            set(),
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения обсуждают в Вашингтоне. Тем временем Россия ведёт переговоры "
            "о создании военно-морской базы на Красном море.",
            set(),
        ),
    ],
}


# Still read wrongly (strict: a case that starts passing must leave this list), with why.
KNOWN_MISSES = {}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, KNOWN_MISSES))
def test_paraphrase(language, text, expected):
    check_case(language, text, expected)
