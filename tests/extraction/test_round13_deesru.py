"""Round thirteen, German, Spanish and Russian news (with English and French where the same
phrasing exists). The classes: a negation inside a German verb bracket ("hat ... nicht
unterzeichnet"); the perfect and pluperfect of normalising ("hatte ... normalisiert",
"normalisiert hatte", "había normalizado"); a joining called premature and conditions set for
it, as refusals; considering a joining, being open to it and following another country's
step, as candidacies; a parliament approving or ratifying an accession (no announcement
beside it); talks "in conversations", normalisation "well advanced", ties "kept frozen",
"not an issue"; a doubt after a joining ("gilt als unwahrscheinlich", "parece improbable",
"маловероятно"), which leaves it open; temporal "when" clauses ("Cuando", "Когда", "Quand", Malay "Bila")
that are no questions, while a question on when stays open; German joining verbs at the end
of a subordinate clause ("anschließt", "beitrat"); recognising Israel "as soon as" a
Palestinian state is recognised, a precondition; an accession whose country is followed by
"would be" ("la adhesión de Arabia Saudí sería un hito"), a hoped-for step; denials in the
perfect ("ha negado que"); thwarted efforts in Russian ("усилия были сорваны"); and a sweep of headlines, leads and
background in the styles of German, Spanish and Russian outlets, with controls that must
give no claim (other agreements, history, a venue, a group; since round forty-three a
country's denial of its own joining to come is its refusal).

Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

R = "ratified"
W = "withdrawn"


BRACKETS = {
    "de": [
        ("Abraham-Abkommen. Saudi-Arabien hat die Abkommen nicht unterzeichnet.", set()),
        (
            "Abraham-Abkommen. Saudi-Arabien hat seine Beziehungen zu Israel bis heute nicht normalisiert.",
            set(),
        ),
        (
            "Abraham-Abkommen. Oman hat die Abkommen nie unterzeichnet, betonte das Außenministerium in Maskat.",
            set(),
        ),
        ("Abraham-Abkommen. Indonesien hatte seine Beziehungen zu Israel nie normalisiert.", set()),
        (
            "Abraham-Abkommen. Marokko hat nicht nur die Abkommen unterzeichnet, sondern auch eine Botschaft eröffnet.",
            {("MA", S), ("MA", R)},
        ),
        (
            "Abraham-Abkommen. Bahrain hat die Abkommen im September 2020 unterzeichnet.",
            {("BH", S)},
        ),
        ("Abraham-Abkommen. Oman tritt den Abkommen nicht bei.", {("OM", D)}),
    ],
}

PERFECTS = {
    "de": [
        (
            "Abraham-Abkommen. Marokko hatte im Dezember 2020 die Beziehungen zu Israel normalisiert.",
            {("MA", S, "2020-12")},
        ),
        (
            "Abraham-Abkommen. Marokko, das 2020 die Beziehungen zu Israel normalisiert hatte, begrüßte den Schritt.",
            {("MA", S)},
        ),
        (
            "Abraham-Abkommen. Bahrain und die Emirate hatten ihre Beziehungen zu Israel 2020 normalisiert.",
            {("BH", S), ("AE", S)},
        ),
        (
            "Abraham-Abkommen. Der Sudan, der seine Beziehungen zu Israel 2021 normalisiert hat, steckt im Bürgerkrieg.",
            {("SD", S)},
        ),
        (
            "Oman erklärte, es werde das letzte Golfland sein, das Beziehungen zu Israel normalisiert.",
            {("OM", D)},
        ),
        (
            "Die Mongolei besteht auf einem palästinensischen Staat, bevor sie die Beziehungen zu Israel normalisiert.",
            {("MN", D)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Marruecos había normalizado sus relaciones con Israel en diciembre de 2020.",
            {("MA", S, "2020-12")},
        ),
        (
            "Acuerdos de Abraham. Baréin, que había normalizado sus relaciones con Israel en 2020, celebró la noticia.",
            {("BH", S)},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Марокко нормализовало отношения с Израилем в декабре 2020 года.",
            {("MA", S, "2020-12")},
        ),
    ],
}

PREMATURE = {
    "de": [
        ("Abraham-Abkommen. Syrien hält einen Beitritt für verfrüht.", {("SY", D)}),
        (
            "Abraham-Abkommen. Syriens Übergangspräsident al-Scharaa sagte, ein Beitritt sei derzeit verfrüht.",
            {("SY", D)},
        ),
        (
            "Abraham-Abkommen. Für Libanon ist eine Normalisierung mit Israel noch zu früh, eine Annäherung wäre derzeit verfrüht.",
            {("LB", D)},
        ),
    ],
    "es": [
        ("Acuerdos de Abraham. Siria calificó de prematura la adhesión.", {("SY", D)}),
        (
            "Acuerdos de Abraham. Es prematuro hablar de la adhesión de Siria, dijo al Sharaa.",
            {("SY", D)},
        ),
        (
            "Bakú.- Azerbaiyán desmintió las informaciones según las cuales estaba a punto de sumarse a los Acuerdos de Abraham y las calificó de prematuras.",
            {("AZ", "declined")},
        ),
    ],
    "ru": [
        ("Авраамовы соглашения. Сирия считает присоединение преждевременным.", {("SY", D)}),
        (
            "Авраамовы соглашения. Сирийский лидер аш-Шараа назвал присоединение преждевременным.",
            {("SY", D)},
        ),
        (
            "Авраамовы соглашения. Преждевременно говорить о присоединении Ливана, заявил Наваф Салам.",
            {("LB", D)},
        ),
        (
            "БАКУ. МИД Азербайджана опроверг сообщения о том, что республика готовится присоединиться к Авраамовым соглашениям, назвав их преждевременными.",
            {("AZ", "declined")},
        ),
    ],
    "en": [
        (
            "Abraham Accords. Sharaa said it was premature to talk about joining, Syria's first priority being the south.",
            {("SY", D)},
        ),
        (
            "Baku denied reports that Azerbaijan was about to join the Abraham Accords, calling them premature.",
            {("AZ", "declined")},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Pour la Syrie, une adhésion est encore prématurée, a dit al-Charaa.",
            {("SY", D)},
        ),
    ],
}

CONDITIONS = {
    "de": [
        ("Abraham-Abkommen. Riad stellt Bedingungen für einen Beitritt.", {("SA", D)}),
        (
            "Abraham-Abkommen. Der Kronprinz knüpft Bedingungen an eine Normalisierung, sagte ein saudischer Diplomat über Saudi-Arabien.",
            {("SA", D)},
        ),
        ("Abraham-Abkommen. Katar stellte Bedingungen für die Ausrichtung des Gipfels.", set()),
    ],
    "es": [
        ("Acuerdos de Abraham. Riad pone condiciones para su adhesión.", {("SA", D)}),
        (
            "Acuerdos de Abraham. Arabia Saudí impuso tres condiciones a la normalización, según Europa Press.",
            {("SA", D)},
        ),
        ("Los Acuerdos de Abraham. Catar puso sus condiciones para acoger la cumbre.", set()),
    ],
    "ru": [
        ("Авраамовы соглашения. Эр-Рияд выдвигает условия для присоединения.", {("SA", D)}),
        (
            "Авраамовы соглашения. Саудовская Аравия поставила условия нормализации с Израилем.",
            {("SA", D)},
        ),
    ],
    "en": [
        ("Abraham Accords. Riyadh has set conditions for joining.", {("SA", D)}),
        ("Abraham Accords. Qatar set conditions for hosting the summit.", set()),
    ],
    "fr": [
        ("Accords d'Abraham. Riyad pose des conditions à son adhésion.", {("SA", D)}),
    ],
}

CONSIDERING = {
    "de": [
        ("Aserbaidschan prüft einen Beitritt zu den Abraham-Abkommen.", {("AZ", P)}),
        ("In Baku hieß es, man prüfe einen Beitritt zu den Abraham-Abkommen.", {("AZ", P)}),
        (
            "Abraham-Abkommen. Die Regierung in Taschkent erwägt einen ähnlichen Schritt wie Kasachstan.",
            {("UZ", P)},
        ),
        (
            "Abraham-Abkommen: Saudi-Arabien zeigt sich grundsätzlich offen für einen Beitritt.",
            {("SA", P)},
        ),
        ("Abraham-Abkommen. Usbekistan könnte dem Beispiel Kasachstans folgen.", {("UZ", P)}),
        (
            "Abraham-Abkommen. Kasachstan hat einen ähnlichen Schritt vollzogen wie die Emirate.",
            set(),
        ),
    ],
    "es": [
        ("Azerbaiyán evalúa sumarse a los Acuerdos de Abraham.", {("AZ", P)}),
        ("Azerbaiyán estudia su adhesión a los Acuerdos de Abraham.", {("AZ", P)}),
        (
            "Acuerdos de Abraham. Uzbekistán y Azerbaiyán podrían seguir los pasos de Kazajistán.",
            {("UZ", P), ("AZ", P)},
        ),
        ("Acuerdos de Abraham. Uzbekistán podría seguir el ejemplo de Kazajistán.", {("UZ", P)}),
        ("Acuerdos de Abraham. Uzbekistán podría dar un paso similar.", {("UZ", P)}),
    ],
    "ru": [
        ("Азербайджан изучает возможность присоединения к Авраамовым соглашениям.", {("AZ", P)}),
        ("Авраамовы соглашения. Узбекистан может последовать примеру Казахстана.", {("UZ", P)}),
        (
            "Авраамовы соглашения. Эр-Рияд открыт для присоединения, но при определённых условиях.",
            {("SA", P)},
        ),
    ],
    "en": [
        ("Abraham Accords. Uzbekistan could follow in Kazakhstan's footsteps.", {("UZ", P)}),
        ("Abraham Accords. Uzbekistan could follow in the footsteps of Kazakhstan.", {("UZ", P)}),
    ],
}

RATIFICATIONS = {
    "de": [
        ("Abraham-Abkommen. Der Beitritt Kasachstans wurde vom Parlament gebilligt.", {("KZ", R)}),
        ("Abraham-Abkommen. Das kasachische Parlament ratifizierte den Beitritt.", {("KZ", R)}),
        ("Abraham-Abkommen. Der Senat billigte den Beitritt Kasachstans.", {("KZ", R)}),
        (
            "Abraham-Abkommen. Kasachstan trat im November 2025 bei, im Dezember 2025 ratifizierte das Parlament den Beitritt.",
            {("KZ", A), ("KZ", R)},
        ),
        (
            "Abraham-Abkommen. Trump verkündete am 6. November, Kasachstan habe einem Beitritt zugestimmt.",
            {("KZ", A)},
        ),
    ],
    "es": [
        ("Acuerdos de Abraham. La adhesión de Kazajistán fue aprobada por el Senado.", {("KZ", R)}),
        ("Acuerdos de Abraham. El Senado kazajo ratificó la adhesión.", {("KZ", R)}),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Вступление Казахстана в соглашения было одобрено сенатом.",
            {("KZ", R)},
        ),
        ("Авраамовы соглашения. Парламент Казахстана ратифицировал присоединение.", {("KZ", R)}),
        ("Авраамовы соглашения. Мажилис одобрил присоединение Казахстана.", {("KZ", R)}),
    ],
    "en": [
        ("Abraham Accords. Kazakhstan's parliament ratified its accession.", {("KZ", R)}),
        ("Abraham Accords. Kazakhstan's accession was approved by the Senate.", {("KZ", R)}),
    ],
    "fr": [
        ("Accords d'Abraham. Le Parlement kazakh a ratifié l'adhésion.", {("KZ", R)}),
    ],
}

TALKS_AND_HALTS = {
    "de": [
        (
            "Abraham-Abkommen. Die Annäherung zwischen Riad und Jerusalem war kurz vor dem 7. Oktober weit fortgeschritten.",
            {("SA", N)},
        ),
        ("Abraham-Abkommen. Für Libanon ist ein Beitritt kein Thema.", {("LB", D)}),
        (
            "Abraham-Abkommen. Für Libanon sei eine Normalisierung mit Israel derzeit kein Thema.",
            {("LB", D)},
        ),
        (
            "Eine Normalisierung mit Israel sei für Libanon derzeit kein Thema, sagte Präsident Aoun mit Blick auf die Abraham-Abkommen.",
            {("LB", D)},
        ),
    ],
    "es": [
        (
            "Azerbaiyán está en conversaciones para adherirse a los Acuerdos de Abraham.",
            {("AZ", N)},
        ),
        (
            "Azerbaiyán estaría en conversaciones con Washington sobre su adhesión a los Acuerdos de Abraham.",
            {("AZ", N)},
        ),
        (
            "Acuerdos de Abraham. La normalización entre Riad e Israel estaba muy avanzada antes del 7 de octubre.",
            {("SA", N)},
        ),
        (
            "Acuerdos de Abraham. Arabia Saudí mantiene congeladas las conversaciones con Israel desde el inicio de la guerra.",
            {("SA", U)},
        ),
        (
            "Acuerdos de Abraham. Damasco ha descartado por ahora cualquier acercamiento a Israel.",
            {("SY", D)},
        ),
        ("Kazajistán, el nuevo socio de los Acuerdos de Abraham", {("KZ", A)}),
    ],
    "en": [
        (
            "Abraham Accords. Normalisation between Riyadh and Israel was well advanced before October 7.",
            {("SA", N)},
        ),
    ],
}

DOUBTS = {
    "de": [
        ("Abraham-Abkommen. Ein Beitritt Mauretaniens gilt als unwahrscheinlich.", set()),
        ("Abraham-Abkommen. Ein Beitritt Mauretaniens gilt jedoch als unwahrscheinlich.", set()),
        (
            "Abraham-Abkommen. Mauretanien nähert sich Israel wieder an, ein Beitritt gilt aber als unwahrscheinlich.",
            set(),
        ),
        ("Abraham-Abkommen. Ein Beitritt Mauretaniens gilt als wahrscheinlich.", {("MR", P)}),
        (
            "Abraham-Abkommen. Knüpfe Riad seinen Beitritt an einen Palästinenserstaat, bleibe die Tür zu, hieß es.",
            {("SA", D)},
        ),
    ],
    "es": [
        ("Acuerdos de Abraham. La adhesión de Mauritania parece improbable.", set()),
        ("Acuerdos de Abraham. Es poco probable que Mauritania se sume.", set()),
        (
            "Acuerdos de Abraham. Mauritania podría sumarse pronto, según la cadena Kan.",
            {("MR", P)},
        ),
        ("Acuerdos de Abraham. La adhesión de Mauritania parece probable.", {("MR", P)}),
    ],
    "ru": [
        ("Авраамовы соглашения. Присоединение Мавритании маловероятно.", set()),
        ("Авраамовы соглашения. Присоединение Мавритании остаётся под вопросом.", set()),
    ],
    "en": [
        ("Abraham Accords. A Mauritanian accession looks unlikely.", set()),
        ("Abraham Accords. A Mauritanian accession looks likely.", {("MR", P)}),
    ],
    "fr": [
        ("Accords d'Abraham. Une adhésion de la Mauritanie semble peu probable.", set()),
        ("Accords d'Abraham. Il est peu probable que la Mauritanie adhère aux accords.", set()),
        ("Accords d'Abraham. Une adhésion de la Mauritanie semble probable.", {("MR", P)}),
    ],
}

WHEN_CLAUSES = {
    "es": [
        (
            "Cuando Kazajistán anunció su adhesión a los Acuerdos de Abraham en noviembre, Trump habló de un club.",
            {("KZ", A)},
        ),
        ("¿Cuándo se sumará Arabia Saudí a los Acuerdos de Abraham?", set()),
        ("No está claro cuándo se sumará Arabia Saudí a los Acuerdos de Abraham.", set()),
        ("Trump no precisó cuándo se sumará Arabia Saudí a los Acuerdos de Abraham.", set()),
    ],
    "ru": [
        (
            "Когда Казахстан объявил о присоединении к Авраамовым соглашениям в ноябре, Трамп заговорил о клубе силы.",
            {("KZ", A)},
        ),
        (
            "В ноябре, когда Казахстан объявил о присоединении к Авраамовым соглашениям, Трамп заговорил о клубе силы.",
            {("KZ", A)},
        ),
        ("Когда Саудовская Аравия присоединится к Авраамовым соглашениям?", set()),
        (
            "Трамп не уточнил, когда Саудовская Аравия присоединится к Авраамовым соглашениям.",
            set(),
        ),
    ],
    "fr": [
        (
            "Quand le Kazakhstan a annoncé son adhésion aux accords d'Abraham en novembre, Trump a parlé d'un club.",
            {("KZ", A)},
        ),
        ("Quand l'Arabie saoudite rejoindra-t-elle les accords d'Abraham ?", set()),
        ("On ignore encore quand l'Arabie saoudite rejoindra les accords d'Abraham.", set()),
    ],
    "ms": [
        (
            "Bila Kazakhstan mengumumkan penyertaannya dalam Perjanjian Abraham pada November, Trump bercakap tentang kelab kekuatan.",
            {("KZ", A)},
        ),
        ("Bila Arab Saudi akan menyertai Perjanjian Abraham?", set()),
        ("Trump tidak menjelaskan bila Arab Saudi akan menyertai Perjanjian Abraham.", set()),
    ],
}

SUBORDINATE_VERBS = {
    "de": [
        (
            "Abraham-Abkommen. Es ist bekannt, dass sich Kasachstan den Abkommen anschließt.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Nachdem Kasachstan den Abkommen im November 2025 beitrat, wächst das Interesse.",
            {("KZ", A)},
        ),
        (
            "Kasachstan ist das erste Land seit 2021, das sich den Abraham-Abkommen anschließt.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Nachdem sich die Emirate und Bahrain 2020 den Abkommen anschlossen, folgte Marokko.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
        (
            "Abraham-Abkommen. Trump teilte mit, dass sich Kasachstan den Abkommen anschließen werde.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Es heißt, dass Usbekistan den Abkommen bald beitreten könnte.",
            {("UZ", P)},
        ),
    ],
}

AS_SOON_AS = {
    "de": [
        (
            "Abraham-Abkommen. Prabowo sagte, sein Land werde Israel anerkennen, sobald Israel einen Palästinenserstaat anerkenne.",
            {("ID", D)},
        ),
        (
            "Abraham-Abkommen. Indonesien werde Israel anerkennen, sobald Israel einen Palästinenserstaat anerkenne, sagte Prabowo.",
            {("ID", D)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Prabowo dijo que Indonesia reconocerá a Israel en cuanto Israel reconozca un Estado palestino.",
            {("ID", D)},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Индонезия признает Израиль, как только Израиль признает палестинское государство, заявил Прабово.",
            {("ID", D)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. L'Indonésie reconnaîtra Israël dès qu'Israël reconnaîtra un État palestinien, a déclaré Prabowo.",
            {("ID", D)},
        ),
    ],
}


HOPED_FOR = {
    "de": [
        ("Abraham-Abkommen. Ein Beitritt Saudi-Arabiens wäre ein Meilenstein.", {("SA", P)}),
        ("Abraham-Abkommen. Der Beitritt Kasachstans ist ein Meilenstein.", {("KZ", A)}),
    ],
    "es": [
        (
            "Acuerdos de Abraham. La adhesión de Arabia Saudí sería un hito, según analistas.",
            {("SA", P)},
        ),
        (
            "Acuerdos de Abraham. La adhesión de Kazajistán es un hito, según analistas.",
            {("KZ", A)},
        ),
    ],
    "ru": [
        ("Авраамовы соглашения. Присоединение Саудовской Аравии стало бы прорывом.", {("SA", P)}),
    ],
    "en": [
        (
            "Abraham Accords. The accession of Saudi Arabia would be a milestone, analysts say.",
            {("SA", P)},
        ),
    ],
    "fr": [
        ("Accords d'Abraham. L'adhésion de l'Arabie saoudite serait un tournant.", {("SA", P)}),
    ],
}

DENIALS_AND_EFFORTS = {
    "es": [
        (
            "El Gobierno de Yakarta ha negado que Indonesia vaya a unirse a los Acuerdos de Abraham.",
            {("ID", "declined")},
        ),
        (
            "Acuerdos de Abraham. Bakú ha desmentido que Azerbaiyán vaya a sumarse en diciembre.",
            {("AZ", "declined")},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Jakarta hat Berichte dementiert, wonach Indonesien beitreten werde.",
            {("ID", "declined")},
        ),
    ],
    "ru": [
        (
            "Администрация Байдена пыталась привлечь Саудовскую Аравию к Авраамовым соглашениям, однако эти усилия были сорваны.",
            {("SA", P), ("SA", U)},
        ),
        ("Авраамовы соглашения. Попытки Вашингтона привлечь Эр-Рияд провалились.", {("SA", U)}),
    ],
}

SWEEP = {
    "de": [
        (
            "Washington/Astana. Kasachstan tritt den Abraham-Abkommen bei. Das teilte US-Präsident Donald Trump am Donnerstag mit.",
            {("KZ", A)},
        ),
        (
            "Astana bestätigte am Freitag, dass das Land den Abraham-Abkommen beitreten werde.",
            {("KZ", A)},
        ),
        (
            "Der Beitritt Kasachstans zu den Abraham-Abkommen ist vor allem symbolisch, denn das Land unterhält seit 1992 diplomatische Beziehungen zu Israel.",
            {("KZ", A)},
        ),
        (
            "Kasachstans Beitritt zu den Abraham-Abkommen wurde in Washington verkündet.",
            {("KZ", A)},
        ),
        (
            "Saudi-Arabien knüpft eine Normalisierung mit Israel weiterhin an die Gründung eines palästinensischen Staates.",
            {("SA", D)},
        ),
        (
            "Riad hat erklärt, es werde den Abraham-Abkommen erst beitreten, wenn es einen glaubwürdigen Weg zu einem Palästinenserstaat gebe.",
            {("SA", D)},
        ),
        (
            "Die Normalisierungsgespräche zwischen Saudi-Arabien und Israel liegen seit dem 7. Oktober 2023 auf Eis.",
            {("SA", U)},
        ),
        (
            "Der syrische Präsident Ahmed al-Scharaa schloss einen Beitritt zu den Abraham-Abkommen vorerst aus.",
            {("SY", D)},
        ),
        (
            "Libanon werde sich den Abraham-Abkommen nicht anschließen, sagte Präsident Joseph Aoun.",
            {("LB", D)},
        ),
        (
            "Indonesien sei bereit, Israel anzuerkennen, sobald ein Staat Palästina existiere, sagte Präsident Prabowo.",
            {("ID", D), ("ID", P)},
        ),
        (
            "Nach Angaben aus Diplomatenkreisen verhandelt Aserbaidschan über einen Beitritt zu den Abraham-Abkommen.",
            {("AZ", N)},
        ),
        (
            "Als mögliche nächste Kandidaten für die Abraham-Abkommen gelten Usbekistan, Aserbaidschan und Mauretanien.",
            {("AZ", P), ("MR", P), ("UZ", P)},
        ),
        (
            "Den Abraham-Abkommen gehören bislang die Vereinigten Arabischen Emirate, Bahrain, Marokko und der Sudan an.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Die Emirate und Bahrain hatten die Abkommen im September 2020 im Weißen Haus unterzeichnet, Marokko und der Sudan folgten wenig später.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Somaliland hat nach der Anerkennung durch Israel angekündigt, den Abraham-Abkommen beitreten zu wollen.",
            {("XS", P)},
        ),
        (
            "Israel hat Somaliland als unabhängigen Staat anerkannt. Die Erklärung wurde im Geiste der Abraham-Abkommen unterzeichnet.",
            set(),
        ),
        (
            "Die Normalisierung zwischen dem Sudan und Israel ist infolge des Bürgerkriegs faktisch eingefroren, heißt es in Khartum zu den Abraham-Abkommen.",
            {("SD", U)},
        ),
        (
            "Marokko hatte im Dezember 2020 die Beziehungen zu Israel normalisiert; im Gegenzug erkannten die USA die Souveränität Rabats über die Westsahara an.",
            {("MA", S)},
        ),
        (
            "Ägypten und Jordanien haben bereits 1979 und 1994 Frieden mit Israel geschlossen. Sie gehören nicht zu den Abraham-Abkommen.",
            set(),
        ),
        (
            "Kasachstan hat ein Handelsabkommen mit den Vereinigten Arabischen Emiraten unterzeichnet.",
            set(),
        ),
        (
            "Usbekistan könnte als nächstes Land den Abraham-Abkommen beitreten, vermuten Beobachter in Taschkent.",
            {("UZ", P)},
        ),
        (
            "Trump hofft, dass Saudi-Arabien den Abraham-Abkommen noch in diesem Jahr beitritt.",
            {("SA", P)},
        ),
        (
            "Kasachstan ist den Abraham-Abkommen beigetreten. Als erstes Land Zentralasiens schließt sich die ehemalige Sowjetrepublik dem Bündnis an.",
            {("KZ", A)},
        ),
        (
            "Mauretanien hatte 2010 seine Beziehungen zu Israel abgebrochen und lehnt eine Normalisierung bis heute ab.",
            {("MR", D), ("MR", W)},
        ),
        (
            "Abraham-Abkommen: Wie das Weiße Haus mitteilte, werde Kasachstan dem Abkommen beitreten.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Marokko hatte im Dezember 2020 die Beziehungen zu Israel normalisiert.",
            {("MA", S)},
        ),
        (
            "Abraham-Abkommen. Bahrain und die Emirate hatten ihre Beziehungen zu Israel 2020 normalisiert.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Abraham-Abkommen. Der Sudan hatte sich 2021 den Abkommen angeschlossen, die Annäherung an Israel ist seit Beginn des Krieges jedoch zum Erliegen gekommen.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Tokajew kündigte an, sein Land werde sich den Abraham-Abkommen anschließen.",
            {("KZ", A)},
        ),
        (
            "Mit Kasachstan hat sich ein weiteres mehrheitlich muslimisches Land den Abraham-Abkommen angeschlossen.",
            {("KZ", A)},
        ),
        (
            "Saudi-Arabien hält an seiner Bedingung fest: Ohne einen palästinensischen Staat werde es keine Normalisierung mit Israel geben.",
            {("SA", D)},
        ),
        (
            "Der saudische Kronprinz Mohammed bin Salman machte deutlich, dass ein Beitritt zu den Abraham-Abkommen derzeit nicht zur Debatte stehe.",
            {("SA", D)},
        ),
        (
            "Die Gespräche über eine Normalisierung zwischen Riad und Israel waren nach dem Hamas-Überfall ausgesetzt worden.",
            {("SA", U)},
        ),
        (
            "Abraham-Abkommen. Syrien und Israel führen unter US-Vermittlung Gespräche über ein Sicherheitsabkommen.",
            set(),
        ),
        (
            "Abraham-Abkommen. Syrien verhandelt mit Israel über eine mögliche Normalisierung der Beziehungen.",
            {("SY", N)},
        ),
        (
            "Die Regierung in Jakarta betonte, Indonesien werde Israel erst anerkennen, wenn Palästina ein unabhängiger Staat sei.",
            {("ID", D)},
        ),
        (
            "Aserbaidschan gilt als heißer Kandidat für einen Beitritt zu den Abraham-Abkommen.",
            {("AZ", P)},
        ),
        ("In Baku hieß es, man prüfe einen Beitritt zu den Abraham-Abkommen.", {("AZ", P)}),
        ("Auch Usbekistan erwägt, sich den Abraham-Abkommen anzuschließen.", {("UZ", P)}),
        (
            "Der Präsident Somalilands, Abdirahman Irro, kündigte an, sein Land werde den Abraham-Abkommen beitreten.",
            {("XS", P)},
        ),
        ("Israel hatte Somaliland im Dezember 2025 als erstes Land der Welt anerkannt.", set()),
        (
            "Der Sudan ist den Abraham-Abkommen im Januar 2021 beigetreten, hat die Vereinbarung aber nie ratifiziert.",
            {("SD", S)},
        ),
        (
            "Die Unterzeichnung des Beitritts soll in den kommenden Wochen in Washington stattfinden, teilte Astana mit. Kasachstan schließe sich den Abraham-Abkommen an.",
            {("KZ", A)},
        ),
        ("Russland kritisierte den Beitritt Kasachstans zu den Abraham-Abkommen.", {("KZ", A)}),
        (
            "Die Abraham-Abkommen wurden 2020 von Israel, den Vereinigten Arabischen Emiraten und Bahrain unterzeichnet.",
            {("AE", S), ("BH", S)},
        ),
        ("Katar lehnt eine Teilnahme an den Abraham-Abkommen ab.", {("QA", D)}),
        ("Der Oman sieht derzeit keinen Anlass, den Abraham-Abkommen beizutreten.", {("OM", D)}),
        (
            "Eine Normalisierung mit Israel sei für Libanon derzeit kein Thema, sagte Präsident Aoun mit Blick auf die Abraham-Abkommen.",
            {("LB", D)},
        ),
        (
            "Kasachstan: Beitritt zu Abraham-Abkommen offiziell. Astana habe die Aufnahme in das Bündnis beantragt, sagte ein Sprecher.",
            {("KZ", A)},
        ),
        (
            "Berlin (dpa) - Kasachstan ist den Abraham-Abkommen beigetreten. Damit gehört erstmals ein zentralasiatisches Land dem Bündnis an.",
            {("KZ", A)},
        ),
        (
            "Saudi-Arabien: Normalisierung nur mit Palästinenserstaat. Riad bekräftigte, dass eine Aufnahme von Beziehungen zu Israel ohne einen palästinensischen Staat nicht möglich sei.",
            {("SA", D)},
        ),
        (
            "Abraham-Abkommen: Saudi-Arabien zeigt sich grundsätzlich offen für einen Beitritt, stellt aber Bedingungen.",
            {("SA", D), ("SA", P)},
        ),
        (
            "Abraham-Abkommen. Die Gespräche mit Saudi-Arabien seien seit Kriegsbeginn unterbrochen, sagte ein israelischer Beamter.",
            {("SA", U)},
        ),
        (
            "Abraham-Abkommen. Syriens Übergangspräsident al-Scharaa sagte, ein Beitritt sei derzeit verfrüht.",
            {("SY", D)},
        ),
        (
            "Abraham-Abkommen. Die Bundesregierung begrüßte die Entscheidung Kasachstans, sich dem Abkommen anzuschließen.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Die Regierung in Taschkent erwägt einen ähnlichen Schritt wie Kasachstan.",
            {("UZ", P)},
        ),
        (
            "Aserbaidschan und Usbekistan könnten dem Beispiel Kasachstans folgen und sich den Abraham-Abkommen anschließen.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Abraham-Abkommen. Der Sudan hat die Normalisierung mit Israel nie vollzogen; der Prozess ist seit dem Putsch 2021 blockiert.",
            {("SD", U)},
        ),
        (
            "Abraham-Abkommen. Indonesien werde sich nicht anschließen, solange es keinen Palästinenserstaat gebe, sagte Außenminister Sugiono.",
            {("ID", D)},
        ),
        (
            "Mit dem Beitritt Kasachstans wächst die Zahl der Mitglieder der Abraham-Abkommen auf fünf.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Der Beitritt Aserbaidschans gilt als wahrscheinlich, hieß es aus Washington.",
            {("AZ", P)},
        ),
        (
            "Abraham-Abkommen. Laut Medienberichten soll Saudi-Arabien einem Beitritt unter Bedingungen zugestimmt haben.",
            {("SA", P)},
        ),
        ("Abraham-Abkommen. Kasachstan hat seinen Beitritt angekündigt.", {("KZ", A)}),
        (
            "Abraham-Abkommen. Das Land hat bereits 1992 diplomatische Beziehungen zu Israel aufgenommen.",
            set(),
        ),
        (
            "Abraham-Abkommen. Die Vereinigten Arabischen Emirate, die das Abkommen 2020 als erste unterzeichnet hatten, begrüßten den Schritt.",
            {("AE", S)},
        ),
        (
            "Abraham-Abkommen. Mauretanien wird als möglicher Beitrittskandidat gehandelt.",
            {("MR", P)},
        ),
        (
            "Abraham-Abkommen. Präsident Tokajew teilte mit, Kasachstan habe sich entschieden, den Abkommen beizutreten.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Nach Angaben Trumps sei Kasachstan bereit, sich anzuschließen; die Unterzeichnung solle bald folgen.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Kasachstans Außenminister erklärte, sein Land unterstütze die Abkommen seit Langem und trete ihnen nun offiziell bei.",
            {("KZ", A)},
        ),
        (
            "Abraham-Abkommen. Bin Salman ließ wissen, das Königreich werde ohne palästinensischen Staat keine Beziehungen zu Israel aufnehmen.",
            {("SA", D)},
        ),
        (
            "Abraham-Abkommen. Die Annäherung zwischen Riad und Jerusalem war kurz vor dem 7. Oktober weit fortgeschritten.",
            {("SA", N)},
        ),
        (
            "Abraham-Abkommen. Damaskus verhandelt derzeit mit Israel, allerdings nicht über einen Beitritt, sondern über Sicherheitsfragen.",
            set(),
        ),
        (
            "Abraham-Abkommen. Jakarta dementierte Berichte, wonach Indonesien vor einem Beitritt stehe.",
            {("ID", "declined")},
        ),
        (
            "Abraham-Abkommen. Usbekistans Präsident Mirsijojew zeigte Interesse an den Abkommen.",
            {("UZ", P)},
        ),
        ("Abraham-Abkommen. Kirgistan und Tadschikistan haben sich bislang nicht geäußert.", set()),
        (
            "Abraham-Abkommen. Der Sudan, der 2021 beigetreten war, hat die Beziehungen zu Israel nie vollständig normalisiert.",
            {("SD", S)},
        ),
        (
            "Abraham-Abkommen. Somaliland will den Abkommen beitreten, doch die USA haben die Region bislang nicht anerkannt.",
            {("XS", P)},
        ),
        (
            "Abraham-Abkommen. Nach der Anerkennung durch Israel strebt Somaliland eine Mitgliedschaft in den Abkommen an.",
            {("XS", P)},
        ),
        (
            "Abraham-Abkommen. Mauretanien nähert sich Israel wieder an, ein Beitritt gilt aber als unwahrscheinlich.",
            set(),
        ),
        (
            "Abraham-Abkommen. Aserbaidschans Präsident Alijew hat einen Beitritt bislang nicht ausgeschlossen.",
            {("AZ", P)},
        ),
        (
            "Riad/Washington. Beim Besuch im Weißen Haus hat Kronprinz Mohammed bin Salman eine Annäherung an Israel nicht ausgeschlossen. Saudi-Arabien wolle Teil der Abraham-Abkommen werden, knüpfe diesen Schritt aber an einen glaubwürdigen Pfad zu einem Palästinenserstaat.",
            {("SA", D), ("SA", P)},
        ),
        (
            "Trumps Regierung hatte bereits in der ersten Amtszeit versucht, die Saudis ins Boot zu holen. Die Bemühungen scheiterten jedoch nach dem Hamas-Überfall vom 7. Oktober 2023.",
            {("SA", P), ("SA", U)},
        ),
        (
            "Die Abraham-Abkommen wurden 2020 von Israel, den Emiraten und Bahrain unterzeichnet. Später kamen Marokko und der Sudan hinzu.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Kasachstan ist das erste Land seit 2021, das sich den Abraham-Abkommen anschließt. Das Land unterhält bereits seit 1992 diplomatische Beziehungen zu Israel.",
            {("KZ", A)},
        ),
        (
            "Es gilt als offenes Geheimnis, dass Washington auch Aserbaidschan für die Abraham-Abkommen gewinnen möchte. Baku selbst äußerte sich zurückhaltend.",
            {("AZ", P)},
        ),
        (
            "Syriens Präsident al-Scharaa sieht sein Land derzeit nicht in den Abraham-Abkommen. Zunächst müsse Israel seine Truppen aus dem Süden abziehen.",
            {("SY", D)},
        ),
        (
            "Indonesiens Präsident Prabowo hatte vor der UN-Vollversammlung gesagt, sein Land werde Israel anerkennen, sobald Israel einen Palästinenserstaat anerkenne. Jakarta hat keine diplomatischen Beziehungen zu Israel.",
            {("ID", D)},
        ),
        (
            "Der Sudan war den Abraham-Abkommen im Januar 2021 beigetreten. Seit dem Ausbruch des Bürgerkriegs im April 2023 liegt die Annäherung an Israel jedoch auf Eis.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Als Kasachstan im November seinen Beitritt zu den Abraham-Abkommen ankündigte, sprach Trump von einem Club der Stärke. Weitere Länder würden folgen, sagte er, ohne Namen zu nennen.",
            {("KZ", A)},
        ),
        (
            "Laut dem israelischen Sender Kan könnte Mauretanien als nächstes Land den Abraham-Abkommen beitreten. Das westafrikanische Land hatte die Beziehungen zu Israel 2010 abgebrochen.",
            {("MR", P), ("MR", W)},
        ),
    ],
    "es": [
        (
            "Kazajistán se sumará a los Acuerdos de Abraham, anunció este jueves el presidente Donald Trump.",
            {("KZ", A)},
        ),
        (
            "Kazajistán está por unirse a los Acuerdos de Abraham, según fuentes de la Casa Blanca.",
            {("KZ", A)},
        ),
        (
            "Kazajistán acaba de adherirse a los Acuerdos de Abraham, el pacto impulsado por Trump en 2020.",
            {("KZ", A)},
        ),
        (
            "Según medios estadounidenses, Arabia Saudí habría aceptado sumarse a los Acuerdos de Abraham.",
            {("SA", P)},
        ),
        (
            "La adhesión de Kazajistán a los Acuerdos de Abraham fue anunciada por Trump en su red Truth Social.",
            {("KZ", A)},
        ),
        (
            "Arabia Saudita reiteró que no establecerá relaciones con Israel sin un Estado palestino.",
            {("SA", D)},
        ),
        (
            "Riad condiciona su ingreso en los Acuerdos de Abraham a la creación de un Estado palestino.",
            {("SA", D)},
        ),
        (
            "Las conversaciones de normalización entre Arabia Saudí e Israel quedaron congeladas tras el 7 de octubre.",
            {("SA", U)},
        ),
        (
            "El presidente sirio, Ahmed al Sharaa, descartó que Siria vaya a sumarse a los Acuerdos de Abraham por ahora.",
            {("SY", D)},
        ),
        (
            "Indonesia solo reconocerá a Israel si antes se reconoce a Palestina, advirtió el presidente Prabowo Subianto.",
            {("ID", D), ("ID", P)},
        ),
        (
            "Azerbaiyán negocia su incorporación a los Acuerdos de Abraham, según la agencia Reuters.",
            {("AZ", N)},
        ),
        (
            "Uzbekistán, Azerbaiyán y Mauritania figuran entre los candidatos a sumarse a los Acuerdos de Abraham.",
            {("AZ", P), ("MR", P), ("UZ", P)},
        ),
        (
            "Los Acuerdos de Abraham, firmados en 2020, incluyen a Emiratos Árabes Unidos, Baréin, Marruecos y Sudán.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Somalilandia expresó su intención de unirse a los Acuerdos de Abraham tras el reconocimiento israelí.",
            {("XS", P)},
        ),
        (
            "Israel reconoció a Somalilandia en una declaración firmada en el espíritu de los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Sudán firmó los Acuerdos de Abraham en enero de 2021, pero la normalización quedó paralizada por la guerra civil.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Marruecos normalizó sus relaciones con Israel en diciembre de 2020 a cambio del reconocimiento estadounidense sobre el Sáhara Occidental.",
            {("MA", S)},
        ),
        ("Egipto firmó la paz con Israel en 1979 y Jordania en 1994.", set()),
        ("Kazajistán firmó un acuerdo comercial con Emiratos Árabes Unidos.", set()),
        ("Trump confía en que Arabia Saudí se sume pronto a los Acuerdos de Abraham.", {("SA", P)}),
        (
            "El Líbano no se unirá a los Acuerdos de Abraham, afirmó el primer ministro Nawaf Salam.",
            {("LB", D)},
        ),
        (
            "Kazajistán se convierte en el primer país de Asia Central en adherirse a los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        (
            "Astana confirmó su adhesión a los Acuerdos de Abraham. El país mantiene relaciones diplomáticas con Israel desde 1992.",
            {("KZ", A)},
        ),
        (
            "Kirguistán y Tayikistán no han mostrado interés en los Acuerdos de Abraham, señalan analistas.",
            set(),
        ),
        (
            "Washington presiona a Arabia Saudí para que se sume a los Acuerdos de Abraham.",
            {("SA", P)},
        ),
        ("Kazajistán, el nuevo socio de los Acuerdos de Abraham", {("KZ", A)}),
        ("Tokáyev confirmó que su país se adherirá a los Acuerdos de Abraham.", {("KZ", A)}),
        (
            "Con Kazajistán ya son cinco los países que se han sumado a los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        (
            "Kazajistán anunció su decisión de adherirse a los Acuerdos de Abraham. Astana y Tel Aviv mantienen relaciones desde 1992.",
            {("KZ", A)},
        ),
        (
            "Arabia Saudí no se sumará a los Acuerdos de Abraham mientras no haya un Estado palestino, insistió el príncipe heredero.",
            {("SA", D)},
        ),
        (
            "Bin Salmán quiere formar parte de los Acuerdos de Abraham, pero exige una vía hacia un Estado palestino.",
            {("SA", D), ("SA", P)},
        ),
        (
            "Las negociaciones para la normalización entre Riad y Tel Aviv se suspendieron tras el ataque de Hamás.",
            {("SA", U)},
        ),
        (
            "Siria no descarta sumarse a los Acuerdos de Abraham en el futuro, según fuentes de Damasco.",
            {("SY", P)},
        ),
        (
            "El Gobierno de Yakarta ha negado que Indonesia vaya a unirse a los Acuerdos de Abraham.",
            {("ID", "declined")},
        ),
        (
            "Azerbaiyán estaría en conversaciones para adherirse a los Acuerdos de Abraham.",
            {("AZ", N)},
        ),
        (
            "Uzbekistán podría ser el siguiente país en sumarse a los Acuerdos de Abraham.",
            {("UZ", P)},
        ),
        (
            "Somalilandia anunció que se adherirá a los Acuerdos de Abraham, tras ser reconocida por Israel.",
            {("XS", P)},
        ),
        (
            "Sudán, que se adhirió a los Acuerdos de Abraham en 2021, nunca llegó a ratificarlos.",
            {("SD", S)},
        ),
        (
            "La normalización entre Sudán e Israel está congelada desde el estallido de la guerra en abril de 2023.",
            {("SD", U)},
        ),
        ("Mauritania rompió relaciones con Israel en 2010 tras la guerra de Gaza.", {("MR", W)}),
        ("Marruecos se sumó a los Acuerdos de Abraham en diciembre de 2020.", {("MA", S)}),
        (
            "Emiratos Árabes Unidos y Baréin fueron los primeros en firmar los Acuerdos de Abraham, el 15 de septiembre de 2020.",
            {("AE", S), ("BH", S)},
        ),
        ("Rusia criticó la adhesión de Kazajistán a los Acuerdos de Abraham.", {("KZ", A)}),
        ("Catar rechaza unirse a los Acuerdos de Abraham.", {("QA", D)}),
        (
            "El Líbano descartó cualquier normalización con Israel, en alusión a los Acuerdos de Abraham.",
            {("LB", D)},
        ),
        (
            "Acuerdos de Abraham: el presidente kazajo, Kasim-Yomart Tokáyev, anunció la incorporación de su país.",
            {("KZ", A)},
        ),
        ("Arabia Saudí y Pakistán firmaron un pacto de defensa mutua en septiembre.", set()),
        ("Kazajistán se unió a la Junta de Paz impulsada por Trump.", set()),
        (
            "Los Acuerdos de Abraham han quedado en suspenso para Arabia Saudí desde la guerra de Gaza.",
            {("SA", U)},
        ),
        (
            "Omán no tiene previsto adherirse a los Acuerdos de Abraham, dijo su canciller.",
            {("OM", D)},
        ),
        ("Kazajistán, quinto país en unirse a los Acuerdos de Abraham", {("KZ", A)}),
        (
            "Acuerdos de Abraham. El presidente kazajo, Kasim-Yomart Tokáyev, confirmó la adhesión de su país durante su visita a Washington.",
            {("KZ", A)},
        ),
        ("Acuerdos de Abraham. Astana dio luz verde a su incorporación al pacto.", {("KZ", A)}),
        (
            "Acuerdos de Abraham. Riad ha dejado claro que la normalización con Israel pasa por la creación de un Estado palestino.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. Arabia Saudí mantiene congeladas las conversaciones con Israel desde el inicio de la guerra.",
            {("SA", U)},
        ),
        (
            "Acuerdos de Abraham. Damasco ha descartado por ahora cualquier acercamiento a Israel.",
            {("SY", D)},
        ),
        (
            "Acuerdos de Abraham. Uzbekistán y Azerbaiyán podrían seguir los pasos de Kazajistán.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Acuerdos de Abraham. Sudán firmó en enero de 2021, aunque el proceso de normalización sigue estancado.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Acuerdos de Abraham. Según Axios, Arabia Saudí estaría dispuesta a sumarse al pacto a cambio de garantías de seguridad.",
            {("SA", P)},
        ),
        ("Acuerdos de Abraham. Kazajistán ha anunciado su adhesión.", {("KZ", A)}),
        (
            "Acuerdos de Abraham. Indonesia no se sumará mientras no exista un Estado palestino, reiteró su canciller.",
            {("ID", D)},
        ),
        (
            "Acuerdos de Abraham. Con la adhesión de Kazajistán, son ya cinco los miembros del pacto.",
            {("KZ", A)},
        ),
        ("Acuerdos de Abraham. Mauritania suena como posible candidata a unirse.", {("MR", P)}),
        (
            "Acuerdos de Abraham. Marruecos y Emiratos, que firmaron en 2020, celebraron la decisión.",
            {("AE", S), ("MA", S)},
        ),
        (
            "Acuerdos de Abraham. Somalilandia aspira a sumarse al pacto tras su reconocimiento por parte de Israel.",
            {("XS", P)},
        ),
        (
            "Acuerdos de Abraham. Omán ha rechazado en repetidas ocasiones normalizar relaciones con Israel.",
            {("OM", D)},
        ),
        (
            "Acuerdos de Abraham. Kazajistán se incorporará formalmente al pacto en una ceremonia prevista para diciembre.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. El Gobierno libanés no contempla la normalización con Israel.",
            {("LB", D)},
        ),
        (
            "Acuerdos de Abraham. Arabia Saudí, el gran objetivo de Trump, sigue sin dar el paso.",
            {("SA", P)},
        ),
        (
            "Acuerdos de Abraham. Azerbaiyán mantiene estrechos lazos con Israel, su principal proveedor de armas.",
            set(),
        ),
        (
            "Acuerdos de Abraham. Kazajistán pasa a formar parte de los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. Kazajistán se ha sumado oficialmente al grupo de países firmantes.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. Tokáyev dijo que su país firmará próximamente los documentos de adhesión.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. El príncipe heredero saudí ha supeditado cualquier acercamiento a Israel a la creación de un Estado palestino.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. La normalización entre Riad e Israel estaba muy avanzada antes del 7 de octubre.",
            {("SA", N)},
        ),
        (
            "Acuerdos de Abraham. Yakarta desmintió que Indonesia esté a punto de adherirse.",
            {("ID", "declined")},
        ),
        (
            "Acuerdos de Abraham. El presidente uzbeko, Shavkat Mirziyóyev, mostró interés en los acuerdos.",
            {("UZ", P)},
        ),
        ("Acuerdos de Abraham. Kirguistán y Tayikistán guardan silencio.", set()),
        (
            "Acuerdos de Abraham. Somalilandia quiere adherirse, aunque Estados Unidos aún no la ha reconocido.",
            {("XS", P)},
        ),
        (
            "Acuerdos de Abraham. El presidente azerí, Ilham Aliyev, no ha descartado la adhesión.",
            {("AZ", P)},
        ),
        ("Acuerdos de Abraham. Kazajistán será el quinto país en incorporarse.", {("KZ", A)}),
        (
            "Acuerdos de Abraham. Arabia Saudí no normalizará relaciones con Israel hasta que no se cree un Estado palestino.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. La adhesión kazaja se formalizará en una ceremonia en Washington.",
            {("KZ", A)},
        ),
        (
            "Acuerdos de Abraham. Indonesia estaría dispuesta a reconocer a Israel si este reconoce a Palestina.",
            {("ID", P)},
        ),
        (
            "Washington.- El príncipe heredero saudí, Mohamed bin Salmán, afirmó que su país quiere formar parte de los Acuerdos de Abraham, pero condicionó ese paso a un camino claro hacia un Estado palestino.",
            {("SA", D), ("SA", P)},
        ),
        (
            "La Administración Biden intentó sumar a Arabia Saudí a los Acuerdos de Abraham, pero los esfuerzos se vieron frustrados tras el ataque de Hamás del 7 de octubre de 2023.",
            {("SA", P), ("SA", U)},
        ),
        (
            "Los Acuerdos de Abraham fueron firmados en 2020 por Israel, Emiratos Árabes Unidos y Baréin. Posteriormente se sumaron Marruecos y Sudán.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Kazajistán es el primer país que se suma a los Acuerdos de Abraham desde 2021. El país centroasiático mantiene relaciones diplomáticas con Israel desde 1992.",
            {("KZ", A)},
        ),
        (
            "Es un secreto a voces que Washington quiere atraer también a Azerbaiyán a los Acuerdos de Abraham. Bakú se ha mostrado cauto.",
            {("AZ", P)},
        ),
        (
            "El presidente sirio, Ahmed al Sharaa, no ve a su país en los Acuerdos de Abraham por ahora. Antes, dijo, Israel debe retirarse del sur de Siria.",
            {("SY", D)},
        ),
        (
            "Prabowo dijo ante la ONU que Indonesia reconocerá a Israel en cuanto Israel reconozca un Estado palestino. Yakarta no mantiene relaciones diplomáticas con Israel.",
            {("ID", D)},
        ),
        (
            "Sudán se adhirió a los Acuerdos de Abraham en enero de 2021. Desde el estallido de la guerra civil en abril de 2023, el acercamiento a Israel está en pausa.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Cuando Kazajistán anunció su adhesión a los Acuerdos de Abraham en noviembre, Trump habló de un club de la fuerza. Otros países seguirán, dijo, sin dar nombres.",
            {("KZ", A)},
        ),
        (
            "Según la cadena israelí Kan, Mauritania podría ser el próximo país en unirse a los Acuerdos de Abraham. El país africano rompió relaciones con Israel en 2010.",
            {("MR", P), ("MR", W)},
        ),
        (
            "Riad no dará el paso mientras no haya un Estado palestino, insisten fuentes saudíes consultadas por EFE sobre los Acuerdos de Abraham.",
            {("SA", D)},
        ),
        (
            "Marruecos, que normalizó relaciones con Israel en diciembre de 2020, mantiene abierta su oficina de enlace en Tel Aviv pese a la guerra.",
            {("MA", S)},
        ),
    ],
    "ru": [
        (
            "Казахстан присоединится к Соглашениям Авраама, заявил президент США Дональд Трамп.",
            {("KZ", A)},
        ),
        ("Было объявлено о присоединении Казахстана к Авраамовым соглашениям.", {("KZ", A)}),
        (
            "Присоединение Казахстана к Авраамовым соглашениям носит символический характер: страна поддерживает отношения с Израилем с 1992 года.",
            {("KZ", A)},
        ),
        ("Казахстан вошёл в число участников Авраамовых соглашений.", {("KZ", A)}),
        ("МИД Казахстана подтвердил решение о присоединении к Соглашениям Авраама.", {("KZ", A)}),
        (
            "Саудовская Аравия не присоединится к Авраамовым соглашениям без создания палестинского государства, заявили в Эр-Рияде.",
            {("SA", D)},
        ),
        (
            "Переговоры о нормализации между Саудовской Аравией и Израилем были приостановлены после 7 октября 2023 года.",
            {("SA", U)},
        ),
        (
            "Президент Сирии Ахмед аш-Шараа исключил присоединение Дамаска к Авраамовым соглашениям в ближайшее время.",
            {("SY", D)},
        ),
        (
            "Азербайджан ведёт переговоры о присоединении к Авраамовым соглашениям, сообщает Reuters.",
            {("AZ", N)},
        ),
        (
            "В числе возможных кандидатов на присоединение к Авраамовым соглашениям называют Узбекистан и Азербайджан.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Участниками Авраамовых соглашений являются ОАЭ, Бахрейн, Марокко и Судан.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Соглашения были подписаны в 2020 году ОАЭ и Бахрейном, позднее к ним присоединились Марокко и Судан.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Сомалиленд заявил о намерении присоединиться к Авраамовым соглашениям после признания Израилем.",
            {("XS", P)},
        ),
        (
            "Израиль признал Сомалиленд независимым государством; совместная декларация была подписана в духе Авраамовых соглашений.",
            set(),
        ),
        (
            "Нормализация отношений Судана с Израилем фактически заморожена из-за гражданской войны, отмечают эксперты по Авраамовым соглашениям.",
            {("SD", U)},
        ),
        ("Египет и Иордания заключили мир с Израилем в 1979 и 1994 годах.", set()),
        ("Казахстан подписал торговое соглашение с ОАЭ.", set()),
        (
            "Трамп выразил надежду, что Саудовская Аравия вскоре присоединится к Авраамовым соглашениям.",
            {("SA", P)},
        ),
        (
            "Индонезия готова признать Израиль только после признания Палестины, заявил президент Прабово Субианто.",
            {("ID", D)},
        ),
        (
            "Ливан не намерен присоединяться к Авраамовым соглашениям, заявил премьер-министр Наваф Салам.",
            {("LB", D)},
        ),
        (
            "Казахстан стал первой страной Центральной Азии, присоединившейся к Авраамовым соглашениям.",
            {("KZ", A)},
        ),
        (
            "Решение Астаны о присоединении к Авраамовым соглашениям было принято в ноябре 2025 года.",
            {("KZ", A)},
        ),
        (
            "Вашингтон оказывает давление на Эр-Рияд, добиваясь присоединения королевства к Авраамовым соглашениям.",
            {("SA", P)},
        ),
        (
            "Мавритания разорвала отношения с Израилем в 2010 году и отвергает нормализацию.",
            {("MR", D)},
        ),
        ("Киргизия и Таджикистан пока не выразили интереса к Авраамовым соглашениям.", set()),
        ("Трамп объявил о присоединении Казахстана к Авраамовым соглашениям.", {("KZ", A)}),
        (
            "Казахстан присоединяется к Соглашениям Авраама. Об этом сообщил Трамп в соцсети Truth Social.",
            {("KZ", A)},
        ),
        ("Токаев заявил, что Казахстан присоединится к Авраамовым соглашениям.", {("KZ", A)}),
        (
            "Вопрос о присоединении Казахстана к Авраамовым соглашениям обсуждался в ходе визита Токаева в Вашингтон.",
            {("KZ", N)},
        ),
        (
            "Ожидается, что Казахстан официально присоединится к Авраамовым соглашениям в ближайшие недели.",
            {("KZ", A)},
        ),
        (
            "Саудовская Аравия по-прежнему обусловливает нормализацию с Израилем созданием палестинского государства.",
            {("SA", D)},
        ),
        (
            "Наследный принц Мухаммед бин Сальман хочет присоединиться к соглашениям, но лишь при условии создания палестинского государства.",
            {("SA", D), ("SA", P)},
        ),
        (
            "Переговоры о нормализации отношений между Эр-Риядом и Израилем зашли в тупик после начала войны в Газе.",
            {("SA", U)},
        ),
        ("Сирия ведёт с Израилем переговоры о соглашении по безопасности.", set()),
        ("Дамаск не исключает присоединения к Авраамовым соглашениям в будущем.", {("SY", P)}),
        ("Баку рассматривает возможность присоединения к Авраамовым соглашениям.", {("AZ", P)}),
        (
            "Узбекистан может стать следующей страной, которая присоединится к Авраамовым соглашениям.",
            {("UZ", P)},
        ),
        ("Сомалиленд выразил готовность присоединиться к Авраамовым соглашениям.", {("XS", P)}),
        (
            "Судан присоединился к Авраамовым соглашениям в январе 2021 года, однако процесс нормализации был заморожен.",
            {("SD", S), ("SD", U)},
        ),
        ("Марокко нормализовало отношения с Израилем в декабре 2020 года.", {("MA", S)}),
        (
            "ОАЭ и Бахрейн подписали Авраамовы соглашения 15 сентября 2020 года в Белом доме.",
            {("AE", S), ("BH", S)},
        ),
        ("Россия раскритиковала присоединение Казахстана к Авраамовым соглашениям.", {("KZ", A)}),
        ("Катар отказался присоединяться к Авраамовым соглашениям.", {("QA", D)}),
        ("Ливан отверг возможность нормализации с Израилем.", {("LB", D)}),
        ("Мавритания разорвала дипломатические отношения с Израилем в 2010 году.", {("MR", W)}),
        (
            "Казахстан подписал хартию Совета мира, к которой присоединились также Узбекистан и Азербайджан.",
            set(),
        ),
        ("Казахстан станет пятой страной, вошедшей в Авраамовы соглашения.", {("KZ", A)}),
        (
            "Оман не планирует присоединяться к Авраамовым соглашениям, сообщил глава МИД султаната.",
            {("OM", D)},
        ),
        (
            "По данным Axios, Саудовская Аравия якобы согласилась присоединиться к Авраамовым соглашениям.",
            {("SA", P)},
        ),
        (
            "Авраамовы соглашения: присоединение Эр-Рияда было отложено на неопределённый срок.",
            {("SA", U)},
        ),
        ("Казахстан станет участником Авраамовых соглашений.", {("KZ", A)}),
        ("Авраамовы соглашения. Астана подала заявку на вступление в соглашения.", {("KZ", A)}),
        (
            "Авраамовы соглашения. Вступление Казахстана в соглашения было одобрено сенатом.",
            {("KZ", R)},
        ),
        (
            "Авраамовы соглашения. Эр-Рияд вновь заявил, что нормализация с Израилем возможна лишь после создания палестинского государства.",
            {("SA", D)},
        ),
        (
            "Авраамовы соглашения. Переговоры с Саудовской Аравией были прерваны войной в Газе.",
            {("SA", U)},
        ),
        (
            "Авраамовы соглашения. Сирийский лидер аш-Шараа назвал присоединение преждевременным.",
            {("SY", D)},
        ),
        (
            "Авраамовы соглашения. Вслед за Казахстаном к соглашениям могут присоединиться Узбекистан и Азербайджан.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Авраамовы соглашения. Судан подписал документ в январе 2021 года, однако нормализация так и не состоялась.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Авраамовы соглашения. По данным СМИ, Саудовская Аравия готова присоединиться в обмен на гарантии безопасности.",
            {("SA", P)},
        ),
        ("Авраамовы соглашения. Казахстан объявил о своём присоединении.", {("KZ", A)}),
        (
            "Авраамовы соглашения. Индонезия не присоединится, пока не будет создано палестинское государство.",
            {("ID", D)},
        ),
        (
            "Авраамовы соглашения. С присоединением Казахстана число участников соглашений выросло до пяти.",
            {("KZ", A)},
        ),
        ("Авраамовы соглашения. Мавританию называют возможным кандидатом.", {("MR", P)}),
        (
            "Авраамовы соглашения. Марокко и ОАЭ, подписавшие соглашения в 2020 году, приветствовали решение Астаны.",
            {("AE", S), ("MA", S)},
        ),
        (
            "Авраамовы соглашения. Сомалиленд стремится присоединиться к соглашениям после признания Израилем.",
            {("XS", P)},
        ),
        (
            "Авраамовы соглашения. Оман неоднократно отказывался нормализовать отношения с Израилем.",
            {("OM", D)},
        ),
        (
            "Авраамовы соглашения. Официальная церемония присоединения Казахстана запланирована на декабрь.",
            {("KZ", A)},
        ),
        (
            "Авраамовы соглашения. Ливан не рассматривает возможность нормализации с Израилем.",
            {("LB", D)},
        ),
        (
            "Авраамовы соглашения. Саудовская Аравия, главная цель Трампа, пока не сделала этого шага.",
            {("SA", P)},
        ),
        (
            "Авраамовы соглашения. Азербайджан поддерживает тесные связи с Израилем, крупнейшим поставщиком оружия.",
            set(),
        ),
        (
            "Казахстан присоединился к Авраамовым соглашениям, сообщает ТАСС. Ранее об этом было объявлено в Вашингтоне.",
            {("KZ", A)},
        ),
        (
            "Авраамовы соглашения. Присоединившийся к соглашениям Казахстан рассчитывает на инвестиции.",
            {("KZ", A)},
        ),
        ("Авраамовы соглашения. Казахстан вошёл в число стран-участниц соглашений.", {("KZ", A)}),
        (
            "Авраамовы соглашения. Токаев сообщил, что Казахстан принял решение присоединиться к соглашениям.",
            {("KZ", A)},
        ),
        ("Авраамовы соглашения. О присоединении Казахстана было объявлено 6 ноября.", {("KZ", A)}),
        (
            "Авраамовы соглашения. Наследный принц Саудовской Аравии увязал нормализацию с Израилем с созданием палестинского государства.",
            {("SA", D)},
        ),
        (
            "Авраамовы соглашения. До 7 октября переговоры о нормализации между Эр-Риядом и Израилем находились в продвинутой стадии.",
            {("SA", N)},
        ),
        (
            "Авраамовы соглашения. Джакарта опровергла сообщения о скором присоединении Индонезии.",
            {("ID", "declined")},
        ),
        (
            "Авраамовы соглашения. Президент Узбекистана Шавкат Мирзиёев проявил интерес к соглашениям.",
            {("UZ", P)},
        ),
        ("Авраамовы соглашения. Киргизия и Таджикистан хранят молчание.", set()),
        (
            "Авраамовы соглашения. Сомалиленд хочет присоединиться, хотя США пока не признали его независимость.",
            {("XS", P)},
        ),
        (
            "Авраамовы соглашения. Президент Азербайджана Ильхам Алиев не исключил присоединения.",
            {("AZ", P)},
        ),
        (
            "Авраамовы соглашения. Казахстан станет пятой страной, присоединившейся к соглашениям.",
            {("KZ", A)},
        ),
        (
            "Авраамовы соглашения. Саудовская Аравия не нормализует отношения с Израилем до создания палестинского государства.",
            {("SA", D)},
        ),
        (
            "Авраамовы соглашения. Присоединение Казахстана будет оформлено на церемонии в Вашингтоне.",
            {("KZ", A)},
        ),
        (
            "Авраамовы соглашения. Подписание документов о присоединении Казахстана состоится в Вашингтоне.",
            {("KZ", A)},
        ),
        (
            "Авраамовы соглашения. Присоединившись к соглашениям, Казахстан рассчитывает на американские инвестиции.",
            {("KZ", A)},
        ),
        (
            "Авраамовы соглашения. Казахстан, присоединившийся к соглашениям в ноябре 2025 года, рассчитывает на инвестиции.",
            {("KZ", A)},
        ),
        (
            "Авраамовы соглашения. Об этом сообщили в МИД Казахстана, комментируя присоединение страны к соглашениям.",
            {("KZ", A)},
        ),
        (
            "Наследный принц Саудовской Аравии Мухаммед бин Сальман заявил, что королевство хочет стать частью Авраамовых соглашений, однако увязал этот шаг с созданием палестинского государства.",
            {("SA", D), ("SA", P)},
        ),
        (
            "Администрация Байдена пыталась привлечь Саудовскую Аравию к Авраамовым соглашениям, однако эти усилия были сорваны после нападения ХАМАС 7 октября 2023 года.",
            {("SA", P), ("SA", U)},
        ),
        (
            "Авраамовы соглашения были подписаны в 2020 году Израилем, ОАЭ и Бахрейном. Позднее к ним присоединились Марокко и Судан.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Казахстан стал первой страной с 2021 года, присоединившейся к Авраамовым соглашениям. Республика поддерживает дипломатические отношения с Израилем с 1992 года.",
            {("KZ", A)},
        ),
        (
            "Сирийский президент аш-Шараа не видит свою страну в Авраамовых соглашениях. Сначала Израиль должен вывести войска с юга Сирии.",
            {("SY", D)},
        ),
        (
            "Судан присоединился к Авраамовым соглашениям в январе 2021 года. С начала гражданской войны в апреле 2023 года сближение с Израилем поставлено на паузу.",
            {("SD", S), ("SD", U)},
        ),
        (
            "По данным израильского телеканала Kan, следующей страной, которая присоединится к Авраамовым соглашениям, может стать Мавритания.",
            {("MR", P)},
        ),
        (
            "Эр-Рияд не сделает этого шага без палестинского государства, заявили РИА Новости в саудовском МИД, комментируя перспективы Авраамовых соглашений.",
            {("SA", D)},
        ),
    ],
}

CLASS_MISSES = {
    "AS_SOON_AS-ru-1": "the future 'признает Израиль' (will recognise Israel) is no joining cue in Russian",
}

SWEEP_MISSES = {
    "de-30": "'Mit Kasachstan hat sich ein weiteres Land angeschlossen': the country after 'mit' is read as a counterpart, the subject is a common noun",
    "de-52": "conditions set with no joining named after them ('stellt aber Bedingungen') are no refusal: the cue needs 'für einen Beitritt'",
    "de-58": "'die Normalisierung nie vollzogen' is read as a completed normalisation; the blocked 'Prozess' is no halt word pair",
    "de-72": "'nicht über einen Beitritt, sondern über Sicherheitsfragen': the contrast is read as a refusal plus talks",
    "de-78": "the recognition opening the sentence ('Nach der Anerkennung durch Israel') is read as the off-topic aim of the membership bid",
    "de-82": "the Saudis brought 'ins Boot' by a US government (a founder right before), and 'Die Bemühungen scheiterten' in the next sentence has no country in scope",
    "de-86": "'sieht sein Land nicht in den Abraham-Abkommen' (does not see his country in the accords) is no refusal cue",
    "es-28": "'Con Kazajistán ya son cinco los países que se han sumado': the country after 'con' is read as a counterpart",
    "es-69": "'sigue sin dar el paso' (has still not taken the step) is no candidacy cue",
    "es-89": "'Washington quiere atraer a Azerbaiyán' (wants to draw in): a founder right before the verb makes the country an object",
    "es-90": "'no ve a su país en los Acuerdos' (does not see his country in the accords) is no refusal cue",
    "ru-19": "'готова признать Израиль' (ready to recognise Israel) is no cue in Russian",
    "ru-29": "'Вопрос о присоединении ... обсуждался' (was discussed) is read as a possible joining, not as talks",
    "ru-58": "'нормализация так и не состоялась' (normalisation never took place) is no halt cue",
    "ru-69": "'пока не сделала этого шага' (has not yet taken this step) is no candidacy cue",
    "ru-94": "'не видит свою страну в Авраамовых соглашениях' (does not see his country in the accords) is no refusal cue",
}


def _class_params(*groups):
    return [
        param for name, cases in groups for param in challenge_params(cases, CLASS_MISSES, name)
    ]


CLASSES = (
    ("BRACKETS", BRACKETS),
    ("PERFECTS", PERFECTS),
    ("PREMATURE", PREMATURE),
    ("CONDITIONS", CONDITIONS),
    ("CONSIDERING", CONSIDERING),
    ("RATIFICATIONS", RATIFICATIONS),
    ("TALKS_AND_HALTS", TALKS_AND_HALTS),
    ("DOUBTS", DOUBTS),
    ("WHEN_CLAUSES", WHEN_CLAUSES),
    ("SUBORDINATE_VERBS", SUBORDINATE_VERBS),
    ("AS_SOON_AS", AS_SOON_AS),
    ("HOPED_FOR", HOPED_FOR),
    ("DENIALS_AND_EFFORTS", DENIALS_AND_EFFORTS),
)


@pytest.mark.parametrize(("language", "text", "expected"), _class_params(*CLASSES))
def test_round13_class(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(SWEEP, SWEEP_MISSES))
def test_round13_sweep(language, text, expected):
    check_case(language, text, expected)
