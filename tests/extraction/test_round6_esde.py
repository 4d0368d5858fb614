"""Phrasing classes met in Spanish and German news, carried to the other languages where they
exist: a headline whose second half follows a dash (no dateline), an accession "not on the
agenda", a wish to belong, an outside power courting a country, talks stalled halfway, a
joining told in the imperfect of reported speech, "possible candidate" in the singular; "did the same" after an apposition, after a "without"
clause closed by ", and", and after a counterpart ("ties with Israel, and Morocco followed");
a German signing noun left open ("Unterzeichnung steht noch aus"); a stance carried to another
country ("the same goes for Malaysia", "Malaysia takes a similar line"); a Palestinian state
inside "a path to" or "the creation of" is the condition, never the one who refuses; "only"
before the verb and "if" after it ("solo se unirá ... si", "nur beitreten, wenn"): interest and
a refusal as things stand.

Own sentences, written for this test. Each case gives every claim expected.
"""

import pytest

from tests.extraction.found import A, D, P, S, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "Pakistan ruled out joining the Abraham Accords. The same goes for Malaysia.",
            {("PK", D), ("MY", D)},
        ),
        (
            "Pakistan ruled out joining the Abraham Accords. Malaysia takes a similar line.",
            {("PK", D), ("MY", D)},
        ),
        (
            "The UAE and Bahrain normalised ties with Israel in 2020. Sudan, then in transition, "
            "followed suit.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("SD", S)},
        ),
        (
            "The UAE and Bahrain normalised ties with Israel in 2020 without demanding anything "
            "similar, and Morocco did the same in December.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")},
        ),
        # a headline with a dash is no dateline
        ("Kazakhstan joins Abraham Accords - report", {("KZ", A)}),
        ("ASTANA (Reuters) - Kazakhstan has agreed to join the Abraham Accords.", {("KZ", A)}),
        # not on the agenda
        (
            "Syria's accession to the Abraham Accords is not on the agenda, Damascus said.",
            {("SY", D)},
        ),
        # a wish to belong
        (
            "Somaliland aspires to join the Abraham Accords, its president said in Hargeisa.",
            {("XS", P)},
        ),
        # an outside power courting a country
        (
            "Washington is courting Azerbaijan to join the Abraham Accords, officials said.",
            {("AZ", P)},
        ),
    ],
    "es": [
        (
            "Arabia Saudita solo se unirá a los Acuerdos de Abraham si hay un Estado palestino.",
            {("SA", P), ("SA", D)},
        ),
        (
            "¿Por qué Arabia Saudí no entra en los Acuerdos de Abraham? Porque lo supedita a la creación de un Estado palestino.",
            set(),
        ),
        (
            "Indonesia ha dejado claro que no reconocerá a Israel sin un Estado palestino. Lo mismo sostienen Argelia y Túnez.",
            {("ID", D), ("DZ", D), ("TN", D)},
        ),
        (
            "Pakistán descartó sumarse a los Acuerdos de Abraham. Indonesia, el país con más musulmanes del mundo, mantiene una línea similar.",
            {("PK", D), ("ID", D)},
        ),
        (
            "Los Emiratos y Bahréin normalizaron sus relaciones con Israel en 2020 sin exigir "
            "nada parecido, y Marruecos hizo lo propio en diciembre.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")},
        ),
        (
            "Los Emiratos y Bahréin normalizaron sus relaciones con Israel en 2020. Sudán, el "
            "cuarto socio, lo hizo en plena transición.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("SD", S)},
        ),
        ("Kazajistán se suma a los Acuerdos de Abraham - informe", {("KZ", A)}),
        (
            "La adhesión de Siria a los Acuerdos de Abraham no está sobre la mesa, dijeron en "
            "Damasco.",
            {("SY", D)},
        ),
        (
            "Somalilandia aspira a integrarse en los Acuerdos de Abraham, según su presidente.",
            {("XS", P)},
        ),
        (
            "Arabia Saudita manifestó el deseo de formar parte de los Acuerdos de Abraham.",
            {("SA", P)},
        ),
        (
            "A Arabia Saudita le gustaría formar parte de los Acuerdos de Abraham, dijo el "
            "príncipe heredero.",
            {("SA", P)},
        ),
        (
            "Los Acuerdos de Abraham siguen creciendo. Trump anunció que Kazajistán se adhería "
            "al pacto.",
            {("KZ", A)},
        ),
        ("Marruecos rubricó los Acuerdos de Abraham en diciembre de 2020.", {("MA", S, "2020-12")}),
        ("Kazajistán dio luz verde a su adhesión a los Acuerdos de Abraham.", {("KZ", A)}),
        (
            "Indonesia: unirse a los Acuerdos de Abraham no entra en sus planes, dijo el canciller.",
            {("ID", D)},
        ),
        (
            "Las conversaciones entre Riad e Israel sobre los Acuerdos de Abraham están en el "
            "congelador desde 2023.",
            {("SA", U)},
        ),
        (
            "En Washington se menciona a Azerbaiyán como posible candidato a los Acuerdos de "
            "Abraham.",
            {("AZ", P)},
        ),
        (
            "La normalización de Sudán con Israel en el marco de los Acuerdos de Abraham se ha "
            "quedado a medio camino por la guerra.",
            {("SD", U)},
        ),
    ],
    "de": [
        (
            "Saudi-Arabien wird den Abraham-Abkommen nur beitreten, wenn es einen palästinensischen Staat gibt.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Saudi-Arabien bleibt skeptisch. Das Königreich knüpft eine Anerkennung Israels weiterhin an einen glaubwürdigen Weg zu einem palästinensischen Staat.",
            {("SA", D)},
        ),
        (
            "Pakistan lehnt einen Beitritt zu den Abraham-Abkommen ab. Gleiches gilt für Malaysia.",
            {("PK", D), ("MY", D)},
        ),
        (
            "Pakistan lehnt einen Beitritt zu den Abraham-Abkommen ab. Malaysia vertritt dieselbe Position.",
            {("PK", D), ("MY", D)},
        ),
        (
            "Die Emirate und Bahrain normalisierten 2020 ihre Beziehungen zu Israel, und Marokko "
            "zog im Dezember nach.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")},
        ),
        (
            "Die Emirate und Bahrain normalisierten 2020 ihre Beziehungen zu Israel. Marokko tat "
            "es ihnen im Dezember gleich.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")},
        ),
        ("Kasachstan tritt Abraham-Abkommen bei - Bericht", {("KZ", A)}),
        (
            "Syrien: Ein Beitritt zu den Abraham-Abkommen steht nicht zur Debatte.",
            {("SY", D)},
        ),
        (
            "Aserbaidschan wird Teil der sogenannten Abraham-Abkommen, teilte Baku mit.",
            {("AZ", A)},
        ),
        (
            "Somaliland strebt eine Mitgliedschaft in den Abraham-Abkommen an, sagte der "
            "Präsident in Hargeisa.",
            {("XS", P)},
        ),
        (
            "Im November gab Kasachstan bekannt, bei den Abraham-Abkommen mitzumachen.",
            {("KZ", A)},
        ),
        (
            "Kasachstan tritt den Abraham-Abkommen bei, eine Unterzeichnung ist noch nicht "
            "erfolgt.",
            {("KZ", A)},
        ),
        ("Kasachstan tritt Abraham-Abkommen bei - Unterzeichnung steht noch aus", {("KZ", A)}),
        ("Marokko ist seit 2020 Mitgliedsstaat der Abraham-Abkommen.", {("MA", S, "2020")}),
        ("Ein Beitritt zu den Abraham-Abkommen kommt für Pakistan nicht infrage.", {("PK", D)}),
        (
            "Die Gespräche zwischen Riad und Israel über die Abraham-Abkommen laufen seit 2023 "
            "auf Sparflamme.",
            {("SA", U)},
        ),
        (
            "Aserbaidschan gilt in Washington als heißer Anwärter auf einen Platz in den "
            "Abraham-Abkommen.",
            {("AZ", P)},
        ),
        (
            "Das Weiße Haus umwirbt Aserbaidschan seit Wochen, damit es den Abraham-Abkommen "
            "beitritt.",
            {("AZ", P)},
        ),
    ],
    "fr": [
        (
            "Le Pakistan exclut de rejoindre les accords d'Abraham. Il en va de même pour la Malaisie.",
            {("PK", D), ("MY", D)},
        ),
        (
            "Le Pakistan exclut de rejoindre les accords d'Abraham. La Malaisie partage cette position.",
            {("PK", D), ("MY", D)},
        ),
        (
            "Les Émirats et Bahreïn ont normalisé leurs relations avec Israël en 2020. Le Soudan "
            "en a fait autant.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("SD", S)},
        ),
        (
            "Les Émirats et Bahreïn ont normalisé leurs relations avec Israël en 2020. Le Maroc, "
            "alors isolé, a fait de même.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S)},
        ),
        ("Le Kazakhstan rejoint les accords d'Abraham - rapport", {("KZ", A)}),
        (
            "Le Somaliland aspire à rejoindre les accords d'Abraham, a déclaré son président.",
            {("XS", P)},
        ),
    ],
    "ru": [
        (
            "Пакистан исключил присоединение к Соглашениям Авраама. Малайзия придерживается той же позиции.",
            {("PK", D), ("MY", D)},
        ),
        (
            "Присоединение Сирии к Соглашениям Авраама не стоит на повестке дня, заявили в "
            "Дамаске.",
            {("SY", D)},
        ),
        (
            "Сомалиленд стремится присоединиться к Соглашениям Авраама, заявил президент.",
            {("XS", P)},
        ),
        (
            "ОАЭ и Бахрейн нормализовали отношения с Израилем в 2020 году. Марокко сделало то же "
            "самое в декабре.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")},
        ),
    ],
    "tr": [
        (
            "Pakistan İbrahim Anlaşmaları'na katılmayı reddetti. Malezya da aynı tutumu sürdürüyor.",
            {("PK", D), ("MY", D)},
        ),
        ("Suriye'nin İbrahim Anlaşmaları'na katılımı gündemde değil, dedi Şam.", {("SY", D)}),
        ("Somaliland, İbrahim Anlaşmaları'na katılmayı arzuluyor.", {("XS", P)}),
        (
            "BAE ve Bahreyn 2020'de İsrail ile ilişkilerini normalleştirdi. Fas da aynısını yaptı.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S)},
        ),
    ],
    "id": [
        (
            "Pakistan menolak bergabung dengan Perjanjian Abraham. Malaysia mengambil sikap serupa.",
            {("PK", D), ("MY", D)},
        ),
        (
            "Pakistan menolak bergabung dengan Perjanjian Abraham. Hal serupa berlaku bagi Malaysia.",
            {("PK", D), ("MY", D)},
        ),
        (
            "Bergabungnya Suriah ke Perjanjian Abraham tidak ada dalam agenda, kata Damaskus.",
            {("SY", D)},
        ),
        (
            "Somaliland berkeinginan untuk bergabung dengan Perjanjian Abraham, kata presidennya.",
            {("XS", P)},
        ),
        (
            "UEA dan Bahrain menormalisasi hubungan dengan Israel pada 2020. Maroko melakukan hal "
            "yang sama pada Desember.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")},
        ),
    ],
    "ms": [
        (
            "Pakistan menolak untuk menyertai Perjanjian Abraham. Indonesia mengambil pendirian yang sama.",
            {("PK", D), ("ID", D)},
        ),
        (
            "Somaliland berhasrat untuk menyertai Perjanjian Abraham, kata presidennya.",
            {("XS", P)},
        ),
        (
            "UAE dan Bahrain menormalkan hubungan dengan Israel pada 2020. Maghribi melakukan "
            "perkara yang sama pada Disember.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round6_esde_case(language, text, expected):
    check_case(language, text, expected)
