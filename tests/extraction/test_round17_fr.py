"""Round seventeen, French news as Le Point, La Croix, Le Soir, Le360, Le Temps and AFP (through
La Presse) write it, with the other languages where the same phrasing exists. Classes:
- a background list's date that is the accords' own: an apposition right after their name ("Les
  accords d'Abraham, conclus en 2020 ..., lient Israël aux Émirats ..."), a signing participle
  opening the sentence ("Signés en septembre 2020, les accords ... entre Israël, les Émirats et
  Bahreïn"), or a period after "depuis" behind a joining ("Cinq pays ont rejoint les accords
  depuis 2020, dont ..."): the members listed after it take no date, while "X et Y, qui ont
  rejoint les accords en 2020" and "... lient Israël à X depuis septembre 2020" keep theirs;
- a repetition adverb between the auxiliary and the participle ("a de nouveau exclu", "has again
  ruled out", "ha descartado de nuevo");
- normalisation likened to treason ("assimile la normalisation à une « haute trahison »"; en, es,
  de, ru, tr, id, ms, fa, he): another country's normalisation so called stays its membership;
- the journalistic conditional of a precondition ("conditionnerait toute normalisation à") and
  "ne reconnaîtrait Israël qu'une fois ...";
- someone who "dit voir X rejoindre": a candidacy, not a joining;
- a group compared with right before its own step ("La Syrie est différente des pays qui ont
  rejoint les accords", "unlike the countries that joined"): the group's step, not the country's;
- "le royaume saoudien", "Djakarta";
- a day after the article's is no refusal's, candidacy's, talks' or halt's date ("attendu à
  Washington le 28 novembre, conditionnerait ...");
- talks a country held, halted in a relative clause after them (", lesquelles sont restées au
  point mort", ", which were frozen", ", las cuales quedaron congeladas"): both the talks and the
  halt (normalisation talks as the subject of the halt stay the halt alone);
- talks that "n'ont jamais repris", "have never resumed", "nunca se reanudaron": a halt;
- a chronology line ("15 septembre 2020. Signature ... des accords entre ..."): the date opening
  its line dates the sentence after it on that line; a date alone on its own line dates nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

CASES = {
    "fr": [
        # the accords' date in an apposition or an opening participle
        (
            "Les accords d'Abraham, conclus en 2020 sous la première présidence de Donald Trump, lient aujourd'hui Israël aux Émirats arabes unis, à Bahreïn et au Maroc.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None)},
        ),
        (
            "Signés à la Maison-Blanche en septembre 2020, les accords d'Abraham avaient d'abord scellé la normalisation entre l'État hébreu, les Émirats arabes unis et Bahreïn.",
            {("AE", S, None), ("BH", S, None)},
        ),
        (
            "Cinq pays ont rejoint les accords d'Abraham depuis 2020, dont les Émirats arabes unis, Bahreïn et le Maroc.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None)},
        ),
        # controls: the date told of the list itself stays
        (
            "Le Maroc et le Soudan, qui ont rejoint les accords d'Abraham en 2020, restent discrets.",
            {("MA", S, "2020"), ("SD", S, "2020")},
        ),
        (
            "Les accords d'Abraham lient Israël aux Émirats arabes unis et à Bahreïn depuis septembre 2020.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "Les Émirats arabes unis, Bahreïn et le Maroc ont normalisé leurs relations avec Israël en 2020 dans le cadre des accords d'Abraham.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")},
        ),
        # a repetition adverb between the auxiliary and the participle
        (
            "L'Algérie a de nouveau exclu, le mois dernier, toute normalisation avec Israël.",
            {("DZ", D)},
        ),
        (
            "La Tunisie a une nouvelle fois exclu toute normalisation avec Israël.",
            {("TN", D)},
        ),
        # control: a repeated joining stays a joining
        (
            "Les accords d'Abraham. Le Kazakhstan a de nouveau confirmé son adhésion.",
            {("KZ", A)},
        ),
        # normalisation likened to treason
        (
            "À Tunis, le président Kaïs Saïed, qui assimile la normalisation à une « haute trahison », reste sur la même ligne.",
            {("TN", D)},
        ),
        # control: treason said of something else
        (
            "Les accords d'Abraham. Le Maroc, signataire des accords, a assimilé les critiques de l'Algérie à une campagne hostile.",
            {("MA", S)},
        ),
        # the journalistic conditional of a precondition; "ne reconnaîtrait ... qu'une fois"
        (
            "Selon des sources proches de la cour, Mohammed ben Salmane conditionnerait toujours toute normalisation à l'établissement d'un État palestinien.",
            {("SA", D)},
        ),
        (
            "Le président a rappelé que Djakarta ne reconnaîtrait Israël qu'une fois la Palestine reconnue.",
            {("ID", D)},
        ),
        # someone who says he sees a country joining: a candidacy
        (
            "L'Arabie saoudite, que Donald Trump dit voir rejoindre les accords d'Abraham « très bientôt », reste la grande inconnue.",
            {("SA", P)},
        ),
        # control: a joining told as said
        (
            "Donald Trump a dit que le Kazakhstan rejoindrait les accords d'Abraham.",
            {("KZ", A)},
        ),
        # a group compared with, right before its own step
        ("« La Syrie est différente des pays qui ont rejoint les accords d'Abraham. »", set()),
        (
            "Les accords d'Abraham. La Syrie, contrairement aux pays qui ont rejoint les accords, partage une frontière avec Israël.",
            set(),
        ),
        # controls: one of the countries that signed; a country named as one of them
        (
            "Le Maroc, l'un des pays qui ont signé les accords d'Abraham en 2020, reste discret.",
            {("MA", S)},
        ),
        # control: the first of the countries that joined, said of the country itself
        (
            "Le Kazakhstan devient le premier pays ayant rejoint les accords d'Abraham depuis 2021.",
            {("KZ", A)},
        ),
        # a day after the article's (read as published on 20 November 2025) is a coming
        # event's, not the refusal's
        (
            "Mohammed ben Salmane, attendu à Washington le 28 novembre, conditionnerait toujours toute normalisation à un État palestinien.",
            {("SA", D, None)},
        ),
        # control: a past day stays
        (
            "L'Indonésie a refusé le 18 novembre de rejoindre les accords d'Abraham.",
            {("ID", D, "2025-11-18")},
        ),
        # "le royaume saoudien"
        (
            "Les accords d'Abraham. Les négociations entre Israël et le royaume saoudien sont gelées.",
            {("SA", U)},
        ),
        # talks halted in a relative clause after them: both the talks and the halt
        (
            "L'Arabie saoudite et Israël avaient entamé des tractations en vue d'une normalisation, lesquelles sont restées au point mort depuis la guerre à Gaza.",
            {("SA", N), ("SA", U)},
        ),
        # control: normalisation talks as the subject, halted in a relative clause: the halt only
        (
            "Les accords d'Abraham. Les négociations de normalisation avec l'Arabie saoudite, qui avaient débuté en 2022, sont gelées.",
            {("SA", U)},
        ),
        # talks that never resumed are a halt
        (
            "Les accords d'Abraham. Les négociations entre Israël et l'Arabie saoudite n'ont jamais repris depuis la guerre à Gaza.",
            {("SA", U)},
        ),
        # a chronology box: a date alone opening its line dates the sentence after it
        (
            "Repères\n15 septembre 2020. Signature à la Maison-Blanche des accords d'Abraham entre Israël, les Émirats arabes unis et Bahreïn.\nJanvier 2021. Le Soudan signe la déclaration des accords à Khartoum.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15"), ("SD", S, "2021-01")},
        ),
        # control: a date alone on its own line (a dateline) dates nothing
        (
            "Par Jean Dupont\n20 novembre 2025.\nLe Kazakhstan a rejoint les accords d'Abraham.",
            {("KZ", A, None)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords, concluded in 2020 under Trump's first term, link Israel to the United Arab Emirates, Bahrain and Morocco.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None)},
        ),
        (
            "Five countries have joined the Abraham Accords since 2020, including the United Arab Emirates and Bahrain.",
            {("AE", S, None), ("BH", S, None)},
        ),
        (
            "Morocco and Sudan, which joined the Abraham Accords in 2020, have kept a low profile.",
            {("MA", S, "2020"), ("SD", S, "2020")},
        ),
        ("Algeria has again ruled out any normalisation with Israel.", {("DZ", D)}),
        ("Tunisia's president likened normalisation with Israel to high treason.", {("TN", D)}),
        ("Syria is different from the countries that joined the Abraham Accords.", set()),
        (
            "Unlike the countries that joined the Abraham Accords, Syria shares a border with Israel.",
            set(),
        ),
        ("Abraham Accords. Oman, like the UAE, could join the accords.", {("OM", P), ("AE", S)}),
        (
            "Abraham Accords. Saudi Arabia held talks on normalisation with Israel, which were frozen after the Hamas attack.",
            {("SA", N), ("SA", U)},
        ),
        (
            "Abraham Accords. Saudi Arabia was negotiating a normalisation deal with Israel, which was frozen after the Hamas attack.",
            {("SA", N), ("SA", U)},
        ),
        (
            "Abraham Accords. Talks between Israel and Saudi Arabia have never resumed since the Gaza war.",
            {("SA", U)},
        ),
        (
            "Mohammed bin Salman, due in Washington on 28 November, still ties any normalisation to a Palestinian state.",
            {("SA", D, None)},
        ),
        (
            "Indonesia refused on 18 November to join the Abraham Accords.",
            {("ID", D, "2025-11-18")},
        ),
        (
            "Timeline\n15 September 2020. The Abraham Accords are signed at the White House by Israel, the United Arab Emirates and Bahrain.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        # control: resumed talks are no halt
        ("Abraham Accords. Talks between Israel and Saudi Arabia have resumed.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham, firmados en 2020 bajo el primer mandato de Trump, unen a Israel con Emiratos Árabes Unidos, Baréin y Marruecos.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None)},
        ),
        ("Argelia ha descartado de nuevo cualquier normalización con Israel.", {("DZ", D)}),
        (
            "El presidente tunecino equiparó la normalización con Israel a una alta traición.",
            {("TN", D)},
        ),
        ("Siria es diferente de los países que se unieron a los Acuerdos de Abraham.", set()),
        (
            "Acuerdos de Abraham. Arabia Saudí había iniciado negociaciones de normalización con Israel, las cuales quedaron congeladas tras el ataque de Hamás.",
            {("SA", N), ("SA", U)},
        ),
        (
            "Cronología\nEnero de 2021. Sudán firma la declaración de los Acuerdos de Abraham en Jartum.",
            {("SD", S, "2021-01")},
        ),
        (
            "Acuerdos de Abraham. Las negociaciones entre Israel y Arabia Saudí nunca se reanudaron tras la guerra de Gaza.",
            {("SA", U)},
        ),
    ],
    "de": [
        (
            "Der tunesische Präsident Kais Saied bezeichnete die Normalisierung mit Israel als Hochverrat.",
            {("TN", D)},
        ),
        # control: another country's normalisation called treason: no refusal by the speaker
        ("Iran bezeichnete die Normalisierung der Emirate mit Israel als Verrat.", {("AE", S)}),
    ],
    "ru": [
        ("Президент Туниса Каис Саид назвал нормализацию с Израилем предательством.", {("TN", D)}),
        ("Иран назвал нормализацию ОАЭ с Израилем предательством.", {("AE", S)}),
    ],
    "tr": [
        (
            "Tunus Cumhurbaşkanı Kays Said, İsrail ile normalleşmeyi ihanet olarak nitelendirdi.",
            {("TN", D)},
        ),
    ],
    "id": [
        (
            "Presiden Tunisia Kais Saied menyebut normalisasi dengan Israel sebagai pengkhianatan.",
            {("TN", D)},
        ),
    ],
    "ms": [
        (
            "Presiden Tunisia Kais Saied menyifatkan normalisasi dengan Israel sebagai pengkhianatan.",
            {("TN", D)},
        ),
    ],
    "fa": [("رئیس‌جمهور تونس عادی‌سازی روابط با اسرائیل را خیانت خواند.", {("TN", D)})],
    "he": [("נשיא תוניסיה כינה את הנורמליזציה עם ישראל בגידה.", {("TN", D)})],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round17_french_news(language, text, expected):
    check_case(language, text, expected)
