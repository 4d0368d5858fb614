"""Spanish and German news as El País, EFE, La Nación, the FAZ, Der Spiegel and Deutsche Welle
write it (with English and French where the same phrasing exists, and Russian, Indonesian,
Arabic and Turkish for the halt after a semicolon and the mediating founder). Classes:

- a refusal whose split cue is read at its tail, the country between its parts ("Ein Beitritt
  ist für Armenien derzeit kein Thema"), keeps the negation of its own words: no interest, and the
  bare joining noun at its head says nothing of its own;
- "the latter" ("Letzteres", "esta última", "cette dernière") in a sentence that asks for a
  Palestinian state, and "the latter" opening the clause after a semicolon, stand for the last
  country named before;
- names said to circulate ("kursieren weitere Namen", "circulan otros nombres", "other names are
  circulating") are a candidacy of no one country, which a list opened in the next sentence by
  "Genannt werden", "Se citan", "Sont cités", "Mentioned are" takes;
- "anunció su ingreso", "a annoncé son entrée" as an announced joining;
- wanting to sign the accords ("quiere firmar", "wants to sign", "veut signer") as a wish, and not
  wanting to ("no quieren firmar", "ne veut pas signer") as a refusal, in a sentence that names
  them;
- talks "para sumarse", "to join" as talks, also in the journalistic conditional;
- "niega que vaya a sumarse" as a denial: no joining;
- a date in a relative clause after part of a list ("die Emirate und Bahrain, die im September
  2020 den Anfang machten, ferner Marokko und der Sudan") is not the date of the list going on
  after the clause's comma;
- a halt after a semicolon with no country of its own ("...; seit April 2023 liegen die Kontakte
  zu Israel auf Eis") is the halt of the one country named before it, which keeps its signing;
  and a "since" past the semicolon does not turn the clause before it into a recalled signing;
- "the most-cited candidate" ("el candidato que más suena", "der meistgenannte Kandidat", "le
  candidat le plus cité");
- months after "a fines de", "a comienzos de", "at the end of", "à la fin de";
- "no está en su agenda" and the bare "halten sich fern" as refusals;
- "tampoco" right after a relative word ("Pakistán, que tampoco reconoce a Israel, rechazó") is
  the relative clause's: the country before it is no follower;
- Libya's prime minister by his name ("Dbeibah");
- "will only talk about normalisation once ..." ("solo hablará de normalización cuando", "ne
  parlera de normalisation que lorsque", "erst dann über eine Normalisierung sprechen, wenn") as
  a refusal as things stand;
- courting an accession named by a demonym ("wirbt seit Jahren um einen saudischen Beitritt",
  "busca una adhesión saudí", "plaide pour une adhésion saoudienne"): a candidacy, no
  announcement;
- talks told as "well advanced" in a relative clause of their own, closed by a comma before the
  halt's verb, were held (dated by the clause) and then halted (undated);
- a genitive relative ("dessen", "cuya") naming another country keeps that country and its
  date to itself, and the auxiliary closing a German relative clause ("..., dessen Junta sich
  Russland zugewandt hat, hält einen Beitritt für ausgeschlossen") heads no split refusal whose
  tail is in the main clause;
- a founder named as the mediator ("unter amerikanischer Vermittlung", "con mediación
  estadounidense", "US-brokered") leaves a halt told with no other country to the country in
  scope.

Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

CASES = {
    "de": [
        # the split refusal read at its tail
        ("Die Abraham-Abkommen. Ein Beitritt ist für Armenien derzeit kein Thema.", {("AM", D)}),
        (
            "Die Abraham-Abkommen. Eine Normalisierung sei für Tunesien vorerst kein Thema.",
            {("TN", D)},
        ),
        ("Die Abraham-Abkommen. Für Tunesien ist ein Beitritt kein Thema.", {("TN", D)}),
        ("Die Abraham-Abkommen. Das Wetter ist für Tunesien kein Thema.", set()),
        # the latter
        (
            "Die Abraham-Abkommen. Als Kandidaten gelten Aserbaidschan, Oman und Indonesien; Letzteres "
            "will Israel erst anerkennen, wenn es einen palästinensischen Staat gibt.",
            {("AZ", P), ("OM", P), ("ID", P), ("ID", D)},
        ),
        # names circulating, then a list
        (
            "Die Abraham-Abkommen. In Washington kursieren neue Namen. Genannt werden Oman und Katar.",
            {("OM", P), ("QA", P)},
        ),
        ("Die Abraham-Abkommen. Genannt werden Oman und Katar.", set()),
        # a relative clause's date and the list going on after it
        (
            "Zu den Abraham-Abkommen gehören die Emirate und Bahrain, die im September 2020 "
            "unterschrieben, sowie Marokko und der Sudan.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        # a halt after a semicolon; an announcement not turned into a signing by its "seit"
        (
            "Die Abraham-Abkommen. Der Sudan unterzeichnete im Januar 2021; seit April 2023 liegen "
            "die Kontakte zu Israel jedoch auf Eis.",
            {("SD", S, "2021-01"), ("SD", U, "2023-04")},
        ),
        (
            "Die Abraham-Abkommen. Die Regierung des Sudans hatte die Normalisierung im Oktober 2020 "
            "angekündigt; seit April 2023 herrscht Krieg.",
            {("SD", A, "2020-10")},
        ),
        (
            "Die Abraham-Abkommen. Der Sudan unterzeichnete 2021; seit 2023 herrscht dort Krieg.",
            {("SD", S)},
        ),
        # the most-cited candidate
        ("Die Abraham-Abkommen. Aserbaidschan ist der meistgenannte Kandidat.", {("AZ", P)}),
        # a refusal by staying away
        ("Die Abraham-Abkommen. Katar hält sich bislang fern.", {("QA", D)}),
        ("Die Abraham-Abkommen. Katar hält sich von dem Streit fern.", set()),
        # only talking about normalisation once ...
        (
            "Die Abraham-Abkommen. Tunesien werde erst dann über eine Normalisierung sprechen, wenn "
            "ein palästinensischer Staat existiert.",
            {("TN", D)},
        ),
        # courting an accession named by a demonym
        (
            "Die Abraham-Abkommen. Washington wirbt seit Jahren um einen saudischen Beitritt.",
            {("SA", P)},
        ),
        ("Die Abraham-Abkommen. Washington drängt auf einen indonesischen Beitritt.", {("ID", P)}),
        # a genitive relative keeps its date
        (
            "Die Abraham-Abkommen. Mali, dessen Junta sich im Mai 2021 Russland zugewandt hat, lehnt "
            "einen Beitritt ab.",
            {("ML", D, None)},
        ),
        # the auxiliary closing a relative clause heads no split refusal
        (
            "Die Abraham-Abkommen. Niger, dessen Junta sich Russland zugewandt hat, hält einen "
            "Beitritt für ausgeschlossen.",
            {("NE", D)},
        ),
        # a mediating founder
        (
            "Die Abraham-Abkommen. Saudi-Arabien lehnt einen Beitritt ab. Die Gespräche, die unter "
            "amerikanischer Vermittlung geführt worden waren, liegen seither auf Eis.",
            {("SA", D), ("SA", U)},
        ),
        (
            "Die Abraham-Abkommen. Saudi-Arabien lehnt einen Beitritt ab. Die Gespräche, die Israel "
            "geführt hatte, liegen seither auf Eis.",
            {("SA", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Los candidatos son Azerbaiyán, Omán e Indonesia. Esta última "
            "solo reconocerá a Israel cuando exista un Estado palestino.",
            {("ID", D)},
        ),
        (
            "Los Acuerdos de Abraham. En Washington circulan otros nombres. Se citan Omán y Catar.",
            {("OM", P), ("QA", P)},
        ),
        ("Los Acuerdos de Abraham. Se citan Omán y Catar.", set()),
        (
            "Los Acuerdos de Abraham. Kazajistán, que anunció su ingreso en noviembre, fue el primero.",
            {("KZ", A, "2025-11")},
        ),
        ("Los Acuerdos de Abraham. El banco anunció su ingreso de 300 millones.", set()),
        (
            "Los Acuerdos de Abraham. Según la prensa, Bakú habría iniciado conversaciones para sumarse.",
            {("AZ", N)},
        ),
        ("Los Acuerdos de Abraham. Bakú inició conversaciones para sumarse.", {("AZ", N)}),
        (
            "Los Acuerdos de Abraham. Túnez niega que vaya a sumarse a los acuerdos.",
            {("TN", "declined")},
        ),
        ("Los Acuerdos de Abraham. Túnez se niega a sumarse a los acuerdos.", {("TN", D)}),
        (
            "Forman parte de los Acuerdos de Abraham Emiratos y Baréin, que firmaron en septiembre de "
            "2020, así como Marruecos y Sudán.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Los Acuerdos de Abraham. Sudán firmó en enero de 2021; desde abril de 2023, sin embargo, "
            "los contactos con Israel están congelados.",
            {("SD", S, "2021-01"), ("SD", U, "2023-04")},
        ),
        ("Los Acuerdos de Abraham. Azerbaiyán es el candidato que más suena.", {("AZ", P)}),
        (
            "Los Acuerdos de Abraham. Túnez descartó cualquier adhesión a fines de marzo.",
            {("TN", D, "2025-03")},
        ),
        (
            "Los Acuerdos de Abraham. Túnez descartó cualquier adhesión a comienzos de abril.",
            {("TN", D, "2025-04")},
        ),
        (
            "Los Acuerdos de Abraham. Túnez dijo que unirse a los acuerdos no está en su agenda.",
            {("TN", D)},
        ),
        (
            "Los Acuerdos de Abraham. Pakistán, que tampoco reconoce a Israel, rechazó los acuerdos.",
            {("PK", D)},
        ),
        (
            "Los Acuerdos de Abraham. Indonesia rechazó los acuerdos. Pakistán tampoco.",
            {("ID", D), ("PK", D)},
        ),
        (
            "Los Acuerdos de Abraham. El gobierno de Dbeibah descartó cualquier acercamiento.",
            {("LY", D)},
        ),
        ("Los Acuerdos de Abraham. Joseph Aoun rechazó cualquier normalización.", {("LB", D)}),
        (
            "Los Acuerdos de Abraham. El Líbano solo hablará de normalización cuando Israel se retire "
            "del sur.",
            {("LB", D)},
        ),
        (
            "Los Acuerdos de Abraham. Washington busca desde hace años una adhesión saudí.",
            {("SA", P)},
        ),
        # wanting to sign, and not wanting to
        ("Omán y Catar no quieren firmar los Acuerdos de Abraham.", {("OM", D), ("QA", D)}),
        ("Omán quiere firmar los Acuerdos de Abraham.", {("OM", P)}),
        ("Omán quiere firmar un acuerdo comercial con Israel.", set()),
        (
            "Los Acuerdos de Abraham. Las negociaciones entre Arabia Saudí e Israel, que estaban muy "
            "avanzadas en septiembre de 2023, quedaron congeladas tras la guerra.",
            {("SA", N, "2023-09"), ("SA", U, None)},
        ),
        (
            "Los Acuerdos de Abraham. Las negociaciones entre Arabia Saudí e Israel quedaron "
            "congeladas en octubre de 2023.",
            {("SA", U, "2023-10")},
        ),
        (
            "Los Acuerdos de Abraham. Níger, cuya junta se volcó hacia Rusia en julio de 2023, "
            "rechaza sumarse.",
            {("NE", D, None)},
        ),
        (
            "Los Acuerdos de Abraham. Arabia Saudí rechaza sumarse. Las conversaciones, con mediación "
            "estadounidense, quedaron congeladas.",
            {("SA", D), ("SA", U)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. The candidates are Azerbaijan, Oman and Indonesia; the latter will "
            "only recognise Israel once a Palestinian state exists.",
            {("AZ", P), ("OM", P), ("ID", P), ("ID", D)},
        ),
        (
            "The Abraham Accords. Other names are circulating in Washington. Mentioned are Oman and Qatar.",
            {("OM", P), ("QA", P)},
        ),
        ("The Abraham Accords. Baku opened talks to join the accords.", {("AZ", N)}),
        ("The Abraham Accords. Baku rejected talks to join the accords.", {("AZ", D)}),
        (
            "The Abraham Accords include the UAE and Bahrain, which signed in September 2020, as well "
            "as Morocco and Sudan.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "The Abraham Accords. Sudan signed in January 2021; since April 2023, however, its "
            "contacts with Israel have been frozen.",
            {("SD", S, "2021-01"), ("SD", U, "2023-04")},
        ),
        (
            "The Abraham Accords. Sudan signed in January 2021; since April 2023, Israel has been at war.",
            {("SD", S, "2021-01")},
        ),
        ("The Abraham Accords. Azerbaijan is the most frequently cited candidate.", {("AZ", P)}),
        ("Oman does not want to sign the Abraham Accords.", {("OM", D)}),
        ("Oman wants to sign a trade deal with the UAE.", set()),
        (
            "The Abraham Accords. Tunisia ruled out joining at the end of March.",
            {("TN", D, "2025-03")},
        ),
        (
            "The Abraham Accords. Lebanon will only talk about normalisation once Israel withdraws.",
            {("LB", D)},
        ),
        (
            "The Abraham Accords. Talks between Saudi Arabia and Israel, which were well advanced in "
            "September 2023, were frozen after the war began.",
            {("SA", N, "2023-09"), ("SA", U, None)},
        ),
        (
            "The Abraham Accords. Saudi Arabia refuses to join. The US-brokered talks were frozen "
            "after the war began.",
            {("SA", D), ("SA", U)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Les candidats sont l'Azerbaïdjan, Oman et l'Indonésie. Cette "
            "dernière ne reconnaîtra Israël que lorsqu'un État palestinien existera.",
            {("ID", D)},
        ),
        (
            "Les accords d'Abraham. D'autres noms circulent à Washington. Sont cités Oman et le Qatar.",
            {("OM", P), ("QA", P)},
        ),
        (
            "Les accords d'Abraham. Le Kazakhstan, qui a annoncé son entrée en novembre, a été le premier.",
            {("KZ", A, "2025-11")},
        ),
        ("Les accords d'Abraham. Le ministre a annoncé son entrée au gouvernement.", set()),
        (
            "Les accords d'Abraham réunissent les Émirats et Bahreïn, qui ont signé en septembre "
            "2020, ainsi que le Maroc et le Soudan.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Les accords d'Abraham. Le Soudan a signé en janvier 2021 ; depuis avril 2023, les "
            "contacts avec Israël sont gelés.",
            {("SD", S, "2021-01"), ("SD", U, "2023-04")},
        ),
        ("Les accords d'Abraham. L'Azerbaïdjan est le candidat le plus cité.", {("AZ", P)}),
        ("Oman ne veut pas signer les accords d'Abraham.", {("OM", D)}),
        ("Oman veut signer les accords d'Abraham.", {("OM", P)}),
        (
            "Les accords d'Abraham. La Tunisie a exclu toute adhésion à la fin de février.",
            {("TN", D, "2025-02")},
        ),
        (
            "Les accords d'Abraham. D'autres pays, dont la Mauritanie, sont cités parmi les "
            "prochains candidats.",
            {("MR", P)},
        ),
        (
            "Les accords d'Abraham. Le Liban ne parlera de normalisation que lorsque Israël se sera "
            "retiré du sud.",
            {("LB", D)},
        ),
        (
            "Les accords d'Abraham. Washington plaide depuis des années pour une adhésion saoudienne.",
            {("SA", P)},
        ),
        (
            "Les accords d'Abraham. Les négociations entre l'Arabie saoudite et Israël, qui étaient "
            "très avancées en septembre 2023, ont été gelées après le début de la guerre.",
            {("SA", N, "2023-09"), ("SA", U, None)},
        ),
        (
            "Les accords d'Abraham. L'Arabie saoudite refuse d'adhérer. Les discussions, menées sous "
            "médiation américaine, ont été gelées.",
            {("SA", D), ("SA", U)},
        ),
    ],
    # the halt after a semicolon and the mediating founder, in other languages
    "ru": [
        (
            "Авраамовы соглашения. Судан подписал декларацию в январе 2021 года; с апреля 2023 года "
            "контакты с Израилем заморожены.",
            {("SD", S, "2021-01"), ("SD", U, "2023-04")},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Sudan menandatangani deklarasi pada Januari 2021; sejak April 2023 "
            "hubungan dengan Israel dibekukan.",
            {("SD", S, "2021-01"), ("SD", U, "2023-04")},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. وقع السودان الإعلان في يناير 2021؛ ومنذ أبريل 2023 جُمدت الاتصالات مع إسرائيل.",
            {("SD", S, "2021-01"), ("SD", U, "2023-04")},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Suudi Arabistan katılmayı reddediyor. ABD arabuluculuğunda "
            "yürütülen görüşmeler savaşın ardından donduruldu.",
            {("SA", D), ("SA", U)},
        ),
        (
            "İbrahim Anlaşmaları. Sudan Ocak 2021'de deklarasyonu imzaladı; Nisan 2023'ten bu yana "
            "İsrail ile temaslar donduruldu.",
            {("SD", S, "2021-01"), ("SD", U, "2023-04")},
        ),
    ],
}

KNOWN_MISSES = {
    "tr-2": "the founder before the postposition ('İsrail ile temaslar donduruldu') is taken as the "
    "halt's subject, as it is when the clause is a sentence of its own: only a counterpart word "
    "before the founder ('with Israel') sets it aside",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round22_spanish_german_news(language, text, expected):
    check_case(language, text, expected)
