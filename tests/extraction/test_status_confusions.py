"""Minimal pairs for the status confusions real news causes, in every language the parser reads.

Each group is two to four sentences that differ in one phrase and change the status:
- a decision to join with no ceremony told (announced) against a signing reported (signed);
- a joining officials confirm (announced) against one that could happen or is being talked
  about (prospective, negotiating);
- a refusal with a condition ("will not join until a Palestinian state", declined) against
  interest with a condition ("ready to join if", prospective; "only if" adds declined);
- a halt of talks or ties (suspended) against a refusal to start them (declined) and a member
  that stays in (signed).

Own sentences, written for this test. Each case gives every claim expected.
"""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

CASES = {
    "en": [
        # decided to join, no ceremony told / a signing reported
        (
            "Kazakhstan has agreed to join the Abraham Accords, the foreign ministry in Astana "
            "said on Friday.",
            {("KZ", A)},
        ),
        (
            "Kazakhstan signed the Abraham Accords at a ceremony in Washington on Friday.",
            {("KZ", S)},
        ),
        (
            "Azerbaijan decided to join the Abraham Accords, a presidential aide told reporters "
            "in Baku.",
            {("AZ", A)},
        ),
        (
            "Azerbaijan formally signed its accession to the Abraham Accords at the White House.",
            {("AZ", S)},
        ),
        # confirmed / could / in talks
        (
            "Uzbekistan is set to join the Abraham Accords, two officials in Tashkent confirmed.",
            {("UZ", A)},
        ),
        (
            "Uzbekistan could join the Abraham Accords, diplomats in the region say.",
            {("UZ", P)},
        ),
        (
            "Mauritania is in talks to join the Abraham Accords, a senior US official said.",
            {("MR", N)},
        ),
        (
            "Mauritania will join the Abraham Accords, its government confirmed on Tuesday.",
            {("MR", A)},
        ),
        # a refusal with a condition / interest with a condition
        (
            "Saudi Arabia will not join the Abraham Accords until a Palestinian state is "
            "established, its foreign minister said.",
            {("SA", D)},
        ),
        (
            "Saudi Arabia is prepared to join the Abraham Accords, but only once a Palestinian "
            "state is established.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Indonesia will not open diplomatic ties with Israel unless Palestinian statehood is "
            "recognised first, a spokesman in Jakarta said.",
            {("ID", D)},
        ),
        (
            "Indonesia is open to joining the Abraham Accords if Israel agrees to a Palestinian "
            "state.",
            {("ID", P)},
        ),
        # a halt / a refusal to start / a member still in
        (
            "Saudi Arabia froze its normalization talks with Israel after the war in Gaza began.",
            {("SA", U)},
        ),
        ("Saudi Arabia refused to begin normalization talks with Israel.", {("SA", D)}),
        (
            "Bahrain recalled its ambassador from Israel and suspended contacts with the Israeli "
            "government.",
            {("BH", U)},
        ),
        (
            "Bahrain remains committed to the Abraham Accords, its foreign minister said.",
            {("BH", S)},
        ),
        (
            "Oman's talks on joining the Abraham Accords have stalled, diplomats say.",
            {("OM", U)},
        ),
        # a second set, written after the first rules: other words for the same classes
        (
            "Oman's normalization talks with Israel have been suspended since the war began.",
            {("OM", U)},
        ),
        ("Oman is reportedly considering joining the Abraham Accords.", {("OM", P)}),
        (
            "Morocco remains a full party to the Abraham Accords despite public anger over Gaza.",
            {("MA", S)},
        ),
        (
            "Kazakhstan's accession to the Abraham Accords will be formalised at a signing ceremony next month.",
            {("KZ", A)},
        ),
        (
            "Pakistan has ruled out joining the Abraham Accords as long as the occupation continues.",
            {("PK", D)},
        ),
        (
            "Armenia held a first round of talks with Washington on joining the Abraham Accords.",
            {("AM", N)},
        ),
    ],
    "de": [
        (
            "Kasachstan hat sich bereit erklärt, den Abraham-Abkommen beizutreten, teilte das "
            "Außenministerium in Astana mit.",
            {("KZ", A)},
        ),
        (
            "Kasachstan hat die Abraham-Abkommen am Freitag bei einer Zeremonie in Washington "
            "unterzeichnet.",
            {("KZ", S)},
        ),
        ("Aserbaidschan hat beschlossen, den Abraham-Abkommen beizutreten.", {("AZ", A)}),
        (
            "Aserbaidschan unterzeichnete im Weißen Haus feierlich seinen Beitritt zu den "
            "Abraham-Abkommen.",
            {("AZ", S)},
        ),
        (
            "Usbekistan wird den Abraham-Abkommen beitreten, bestätigten zwei Regierungsvertreter "
            "in Taschkent.",
            {("UZ", A)},
        ),
        (
            "Usbekistan könnte den Abraham-Abkommen beitreten, heißt es aus Diplomatenkreisen.",
            {("UZ", P)},
        ),
        ("Mauretanien verhandelt über einen Beitritt zu den Abraham-Abkommen.", {("MR", N)}),
        (
            "Saudi-Arabien wird den Abraham-Abkommen nicht beitreten, solange es keinen "
            "palästinensischen Staat gibt, sagte der Außenminister.",
            {("SA", D)},
        ),
        (
            "Saudi-Arabien ist bereit, den Abraham-Abkommen beizutreten, aber nur wenn ein "
            "palästinensischer Staat entsteht.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Indonesien wird keine Beziehungen zu Israel aufnehmen, bevor Palästina unabhängig ist.",
            {("ID", D)},
        ),
        (
            "Indonesien wäre bereit, den Abraham-Abkommen beizutreten, falls Israel einen "
            "palästinensischen Staat anerkennt.",
            {("ID", P)},
        ),
        (
            "Saudi-Arabien hat die Normalisierungsgespräche mit Israel nach Beginn des Gaza-Kriegs "
            "eingefroren.",
            {("SA", U)},
        ),
        (
            "Saudi-Arabien lehnte es ab, Normalisierungsgespräche mit Israel aufzunehmen.",
            {("SA", D)},
        ),
        (
            "Bahrain hat seinen Botschafter aus Israel zurückgerufen und die Kontakte zur "
            "israelischen Regierung ausgesetzt.",
            {("BH", U)},
        ),
        (
            "Bahrain steht weiterhin zu den Abraham-Abkommen, sagte der Außenminister.",
            {("BH", S)},
        ),
        (
            "Die Gespräche über einen Beitritt Omans zu den Abraham-Abkommen sind ins Stocken "
            "geraten.",
            {("OM", U)},
        ),
        # a second set, written after the first rules: other words for the same classes
        (
            "Die Normalisierungsgespräche zwischen Oman und Israel liegen seit Kriegsbeginn auf Eis.",
            {("OM", U)},
        ),
        ("Oman erwägt einen Beitritt zu den Abraham-Abkommen.", {("OM", P)}),
        ("Marokko bleibt trotz der Proteste Mitglied der Abraham-Abkommen.", {("MA", S)}),
        (
            "Der Beitritt Kasachstans zu den Abraham-Abkommen soll im kommenden Monat feierlich unterzeichnet werden.",
            {("KZ", A)},
        ),
        (
            "Pakistan schließt einen Beitritt zu den Abraham-Abkommen aus, solange die Besatzung andauert.",
            {("PK", D)},
        ),
        (
            "Armenien führt Gespräche mit Washington über einen Beitritt zu den Abraham-Abkommen.",
            {("AM", N)},
        ),
    ],
    "fr": [
        (
            "Le Kazakhstan a accepté de rejoindre les accords d'Abraham, a indiqué vendredi la "
            "diplomatie kazakhe.",
            {("KZ", A)},
        ),
        (
            "Le Kazakhstan a signé les accords d'Abraham lors d'une cérémonie à Washington "
            "vendredi.",
            {("KZ", S)},
        ),
        (
            "L'Azerbaïdjan a décidé d'adhérer aux accords d'Abraham, selon un conseiller "
            "présidentiel.",
            {("AZ", A)},
        ),
        (
            "L'Azerbaïdjan a officiellement signé son adhésion aux accords d'Abraham à la Maison "
            "Blanche.",
            {("AZ", S)},
        ),
        (
            "L'Ouzbékistan s'apprête à rejoindre les accords d'Abraham, ont confirmé deux "
            "responsables à Tachkent.",
            {("UZ", A)},
        ),
        (
            "L'Ouzbékistan pourrait rejoindre les accords d'Abraham, estiment des diplomates.",
            {("UZ", P)},
        ),
        ("La Mauritanie négocie son adhésion aux accords d'Abraham.", {("MR", N)}),
        (
            "L'Arabie saoudite ne rejoindra pas les accords d'Abraham tant qu'un État palestinien "
            "n'aura pas vu le jour, a déclaré son ministre des Affaires étrangères.",
            {("SA", D)},
        ),
        (
            "L'Arabie saoudite est prête à rejoindre les accords d'Abraham, mais seulement si un "
            "État palestinien est créé.",
            {("SA", P), ("SA", D)},
        ),
        (
            "L'Indonésie n'établira pas de relations avec Israël sans un État palestinien "
            "indépendant.",
            {("ID", D)},
        ),
        (
            "L'Indonésie serait disposée à rejoindre les accords d'Abraham si Israël reconnaît un "
            "État palestinien.",
            {("ID", P)},
        ),
        (
            "L'Arabie saoudite a gelé ses discussions de normalisation avec Israël après le début "
            "de la guerre à Gaza.",
            {("SA", U)},
        ),
        (
            "L'Arabie saoudite a refusé d'engager des discussions de normalisation avec Israël.",
            {("SA", D)},
        ),
        (
            "Bahreïn a rappelé son ambassadeur en Israël et suspendu ses contacts avec le "
            "gouvernement israélien.",
            {("BH", U)},
        ),
        (
            "Le Maroc reste attaché aux accords d'Abraham, a assuré son ministre des Affaires "
            "étrangères.",
            {("MA", S)},
        ),
        (
            "Les discussions sur l'adhésion d'Oman aux accords d'Abraham sont au point mort.",
            {("OM", U)},
        ),
        # a second set, written after the first rules: other words for the same classes
        (
            "Les discussions de normalisation entre Oman et Israël sont suspendues depuis le début de la guerre.",
            {("OM", U)},
        ),
        ("Oman envisage de rejoindre les accords d'Abraham.", {("OM", P)}),
        ("Le Maroc demeure membre des accords d'Abraham malgré la colère de la rue.", {("MA", S)}),
        (
            "L'adhésion du Kazakhstan aux accords d'Abraham sera officialisée lors d'une cérémonie le mois prochain.",
            {("KZ", A)},
        ),
        (
            "Le Pakistan exclut de rejoindre les accords d'Abraham tant que l'occupation se poursuit.",
            {("PK", D)},
        ),
        (
            "L'Arménie mène des pourparlers avec Washington sur une adhésion aux accords d'Abraham.",
            {("AM", N)},
        ),
    ],
    "es": [
        (
            "Kazajistán aceptó sumarse a los Acuerdos de Abraham, informó el viernes la "
            "cancillería kazaja.",
            {("KZ", A)},
        ),
        (
            "Kazajistán firmó los Acuerdos de Abraham en una ceremonia celebrada en Washington el "
            "viernes.",
            {("KZ", S)},
        ),
        (
            "Azerbaiyán decidió adherirse a los Acuerdos de Abraham, según un asesor presidencial.",
            {("AZ", A)},
        ),
        (
            "Azerbaiyán firmó oficialmente su adhesión a los Acuerdos de Abraham en la Casa Blanca.",
            {("AZ", S)},
        ),
        (
            "Uzbekistán se unirá a los Acuerdos de Abraham, confirmaron dos funcionarios en "
            "Taskent.",
            {("UZ", A)},
        ),
        (
            "Uzbekistán podría sumarse a los Acuerdos de Abraham, según diplomáticos de la región.",
            {("UZ", P)},
        ),
        ("Mauritania negocia su adhesión a los Acuerdos de Abraham.", {("MR", N)}),
        (
            "Arabia Saudita no se sumará a los Acuerdos de Abraham mientras no exista un Estado "
            "palestino, afirmó su canciller.",
            {("SA", D)},
        ),
        (
            "Arabia Saudita se muestra dispuesta a incorporarse a los Acuerdos de Abraham, pero "
            "solo si se crea un Estado palestino.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Indonesia no establecerá relaciones con Israel sin un Estado palestino independiente.",
            {("ID", D)},
        ),
        (
            "Indonesia estaría dispuesta a sumarse a los Acuerdos de Abraham si Israel reconoce un "
            "Estado palestino.",
            {("ID", P)},
        ),
        (
            "Arabia Saudita congeló las conversaciones de normalización con Israel tras el inicio "
            "de la guerra en Gaza.",
            {("SA", U)},
        ),
        (
            "Arabia Saudita se negó a iniciar conversaciones de normalización con Israel.",
            {("SA", D)},
        ),
        (
            "Baréin llamó a consultas a su embajador en Israel y suspendió los contactos con el "
            "gobierno israelí.",
            {("BH", U)},
        ),
        (
            "Marruecos sigue comprometido con los Acuerdos de Abraham, aseguró su ministro de "
            "Exteriores.",
            {("MA", S)},
        ),
        (
            "Las negociaciones para la adhesión de Omán a los Acuerdos de Abraham están estancadas.",
            {("OM", U)},
        ),
        # a second set, written after the first rules: other words for the same classes
        (
            "Las conversaciones de normalización entre Omán e Israel están suspendidas desde el inicio de la guerra.",
            {("OM", U)},
        ),
        ("Omán estudia sumarse a los Acuerdos de Abraham.", {("OM", P)}),
        (
            "Marruecos sigue siendo miembro de los Acuerdos de Abraham pese a las protestas.",
            {("MA", S)},
        ),
        (
            "La adhesión de Kazajistán a los Acuerdos de Abraham se formalizará en una ceremonia el próximo mes.",
            {("KZ", A)},
        ),
        (
            "Pakistán descarta unirse a los Acuerdos de Abraham mientras continúe la ocupación.",
            {("PK", D)},
        ),
        (
            "Armenia mantiene conversaciones con Washington para sumarse a los Acuerdos de Abraham.",
            {("AM", N)},
        ),
    ],
    "ru": [
        (
            "Казахстан согласился присоединиться к Авраамовым соглашениям, сообщил в пятницу МИД "
            "республики.",
            {("KZ", A)},
        ),
        (
            "Казахстан подписал Авраамовы соглашения на церемонии в Вашингтоне в пятницу.",
            {("KZ", S)},
        ),
        (
            "Азербайджан принял решение присоединиться к Авраамовым соглашениям, сообщил помощник "
            "президента.",
            {("AZ", A)},
        ),
        (
            "Азербайджан официально подписал документы о присоединении к Авраамовым соглашениям в "
            "Белом доме.",
            {("AZ", S)},
        ),
        (
            "Узбекистан вскоре присоединится к Авраамовым соглашениям, подтвердили два чиновника "
            "в Ташкенте.",
            {("UZ", A)},
        ),
        (
            "Узбекистан может присоединиться к Авраамовым соглашениям, считают дипломаты.",
            {("UZ", P)},
        ),
        ("Мавритания ведёт переговоры о присоединении к Авраамовым соглашениям.", {("MR", N)}),
        (
            "Саудовская Аравия не присоединится к Авраамовым соглашениям, пока не будет создано "
            "палестинское государство, заявил министр иностранных дел.",
            {("SA", D)},
        ),
        (
            "Саудовская Аравия готова присоединиться к Авраамовым соглашениям, но только при "
            "условии создания палестинского государства.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Индонезия не установит отношения с Израилем без независимого палестинского "
            "государства.",
            {("ID", D)},
        ),
        (
            "Индонезия готова присоединиться к Авраамовым соглашениям, если Израиль признает "
            "палестинское государство.",
            {("ID", P)},
        ),
        (
            "Саудовская Аравия заморозила переговоры о нормализации с Израилем после начала войны "
            "в Газе.",
            {("SA", U)},
        ),
        (
            "Саудовская Аравия отказалась начинать переговоры о нормализации с Израилем.",
            {("SA", D)},
        ),
        (
            "Бахрейн отозвал своего посла из Израиля и приостановил контакты с израильским "
            "правительством.",
            {("BH", U)},
        ),
        (
            "Марокко по-прежнему привержено Авраамовым соглашениям, заявил министр иностранных дел.",
            {("MA", S)},
        ),
        (
            "Переговоры о присоединении Омана к Авраамовым соглашениям зашли в тупик.",
            {("OM", U)},
        ),
        # a second set, written after the first rules: other words for the same classes
        (
            "Переговоры о нормализации между Оманом и Израилем приостановлены с начала войны.",
            {("OM", U)},
        ),
        ("Оман рассматривает возможность присоединения к Авраамовым соглашениям.", {("OM", P)}),
        ("Марокко остаётся участником Авраамовых соглашений, несмотря на протесты.", {("MA", S)}),
        (
            "Присоединение Казахстана к Авраамовым соглашениям будет оформлено на церемонии в следующем месяце.",
            {("KZ", A)},
        ),
        (
            "Пакистан исключил присоединение к Авраамовым соглашениям, пока продолжается оккупация.",
            {("PK", D)},
        ),
        (
            "Армения провела с Вашингтоном первый раунд переговоров о присоединении к Авраамовым соглашениям.",
            {("AM", N)},
        ),
    ],
    "tr": [
        (
            "Kazakistan, İbrahim Anlaşmaları'na katılmayı kabul ettiğini açıkladı.",
            {("KZ", A)},
        ),
        (
            "Kazakistan, İbrahim Anlaşmaları'nı cuma günü Washington'da düzenlenen bir törenle "
            "imzaladı.",
            {("KZ", S)},
        ),
        ("Azerbaycan, İbrahim Anlaşmaları'na katılma kararı aldı.", {("AZ", A)}),
        (
            "Azerbaycan, İbrahim Anlaşmaları'na katılım belgesini Beyaz Saray'da resmen imzaladı.",
            {("AZ", S)},
        ),
        (
            "İki yetkili, Özbekistan'ın yakında İbrahim Anlaşmaları'na katılacağını doğruladı.",
            {("UZ", A)},
        ),
        ("Özbekistan, İbrahim Anlaşmaları'na katılabilir.", {("UZ", P)}),
        (
            "Moritanya, İbrahim Anlaşmaları'na katılmak için müzakere yürütüyor.",
            {("MR", N)},
        ),
        (
            "Suudi Arabistan, Filistin devleti kurulmadıkça İbrahim Anlaşmaları'na "
            "katılmayacağını açıkladı.",
            {("SA", D)},
        ),
        (
            "Suudi Arabistan, ancak bir Filistin devleti kurulursa İbrahim Anlaşmaları'na "
            "katılmaya hazır olduğunu söyledi.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Endonezya, bağımsız bir Filistin devleti olmadan İsrail ile ilişki kurmayacak.",
            {("ID", D)},
        ),
        (
            "Endonezya, İsrail bir Filistin devletini tanırsa İbrahim Anlaşmaları'na katılmaya "
            "hazır.",
            {("ID", P)},
        ),
        (
            "Suudi Arabistan, Gazze savaşının başlamasının ardından İsrail ile normalleşme "
            "görüşmelerini dondurdu.",
            {("SA", U)},
        ),
        (
            "Suudi Arabistan, İsrail ile normalleşme görüşmelerine başlamayı reddetti.",
            {("SA", D)},
        ),
        (
            "Bahreyn, İsrail'deki büyükelçisini geri çağırdı ve İsrail hükümetiyle temasları "
            "askıya aldı.",
            {("BH", U)},
        ),
        ("Fas, İbrahim Anlaşmaları'na bağlılığını sürdürdüğünü açıkladı.", {("MA", S)}),
        (
            "Umman'ın İbrahim Anlaşmaları'na katılımına ilişkin görüşmeler çıkmaza girdi.",
            {("OM", U)},
        ),
        # a second set, written after the first rules: other words for the same classes
        (
            "Umman ile İsrail arasındaki normalleşme görüşmeleri savaşın başlamasından bu yana askıda.",
            {("OM", U)},
        ),
        ("Umman, İbrahim Anlaşmaları'na katılmayı değerlendiriyor.", {("OM", P)}),
        (
            "Fas, protestolara rağmen İbrahim Anlaşmaları'nın tarafı olmaya devam ediyor.",
            {("MA", S)},
        ),
        (
            "Kazakistan'ın İbrahim Anlaşmaları'na katılımı gelecek ay düzenlenecek bir törenle resmileşecek.",
            {("KZ", A)},
        ),
        ("Pakistan, işgal sürdükçe İbrahim Anlaşmaları'na katılmayı reddediyor.", {("PK", D)}),
        (
            "Ermenistan, İbrahim Anlaşmaları'na katılım için Washington ile görüşmeler yürütüyor.",
            {("AM", N)},
        ),
    ],
    "kk": [
        ("Қазақстан Авраам келісімдеріне қосылуға келісті.", {("KZ", A)}),
        (
            "Қазақстан жұма күні Вашингтонда өткен салтанатты рәсімде Авраам келісімдеріне қол "
            "қойды.",
            {("KZ", S)},
        ),
        ("Әзербайжан Авраам келісімдеріне қосылу туралы шешім қабылдады.", {("AZ", A)}),
        ("Әзербайжан Ақ үйде Авраам келісімдеріне ресми түрде қол қойды.", {("AZ", S)}),
        ("Өзбекстан Авраам келісімдеріне қосылуы мүмкін.", {("UZ", P)}),
        (
            "Мавритания Авраам келісімдеріне қосылу туралы келіссөздер жүргізіп жатыр.",
            {("MR", N)},
        ),
        (
            "Сауд Арабиясы Палестина мемлекеті құрылмайынша Авраам келісімдеріне қосылмайды.",
            {("SA", D)},
        ),
        (
            "Сауд Арабиясы Палестина мемлекеті құрылған жағдайда ғана Авраам келісімдеріне "
            "қосылуға дайын.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Сауд Арабиясы Газадағы соғыстан кейін Израильмен қалыпқа келтіру келіссөздерін "
            "тоқтата тұрды.",
            {("SA", U)},
        ),
        (
            "Сауд Арабиясы Израильмен қалыпқа келтіру келіссөздерін бастаудан бас тартты.",
            {("SA", D)},
        ),
        ("Бахрейн Израильдегі елшісін кері шақыртып алды.", {("BH", U)}),
        ("Марокко Авраам келісімдеріне адал болып қала береді.", {("MA", S)}),
        # a second set, written after the first rules: other words for the same classes
        ("Оман Авраам келісімдеріне қосылуды қарастырып жатыр.", {("OM", P)}),
        (
            "Марокко наразылықтарға қарамастан Авраам келісімдерінің мүшесі болып қала береді.",
            {("MA", S)},
        ),
        (
            "Пәкістан басқыншылық жалғасып жатқанда Авраам келісімдеріне қосылмайтынын мәлімдеді.",
            {("PK", D)},
        ),
        (
            "Армения Вашингтонмен Авраам келісімдеріне қосылу жөнінде келіссөздер жүргізіп жатыр.",
            {("AM", N)},
        ),
    ],
    "ar": [
        (
            "وافقت كازاخستان على الانضمام إلى اتفاقيات أبراهام، وفق ما أعلنته وزارة الخارجية في "
            "أستانا يوم الجمعة.",
            {("KZ", A)},
        ),
        ("وقعت كازاخستان على اتفاقيات أبراهام خلال مراسم أقيمت في واشنطن يوم الجمعة.", {("KZ", S)}),
        ("قررت أذربيجان الانضمام إلى اتفاقيات أبراهام، بحسب مستشار رئاسي.", {("AZ", A)}),
        ("وقعت أذربيجان رسميا وثيقة انضمامها إلى اتفاقيات أبراهام في البيت الأبيض.", {("AZ", S)}),
        ("أكد مسؤولان في طشقند أن أوزبكستان ستنضم إلى اتفاقيات أبراهام.", {("UZ", A)}),
        ("قد تنضم أوزبكستان إلى اتفاقيات أبراهام، بحسب دبلوماسيين في المنطقة.", {("UZ", P)}),
        ("موريتانيا تجري مفاوضات للانضمام إلى اتفاقيات أبراهام.", {("MR", N)}),
        (
            "أعلنت السعودية أنها لن تنضم إلى اتفاقيات أبراهام ما لم تقم دولة فلسطينية.",
            {("SA", D)},
        ),
        (
            "السعودية مستعدة للانضمام إلى اتفاقيات أبراهام، ولكن فقط إذا قامت دولة فلسطينية.",
            {("SA", P), ("SA", D)},
        ),
        ("لن تقيم إندونيسيا علاقات مع إسرائيل من دون دولة فلسطينية مستقلة.", {("ID", D)}),
        (
            "إندونيسيا مستعدة للانضمام إلى اتفاقيات أبراهام إذا اعترفت إسرائيل بدولة فلسطينية.",
            {("ID", P)},
        ),
        ("جمدت السعودية محادثات التطبيع مع إسرائيل بعد اندلاع الحرب في غزة.", {("SA", U)}),
        ("رفضت السعودية بدء محادثات التطبيع مع إسرائيل.", {("SA", D)}),
        (
            "استدعت البحرين سفيرها لدى إسرائيل وعلقت الاتصالات مع الحكومة الإسرائيلية.",
            {("BH", U)},
        ),
        ("أكد المغرب التزامه باتفاقيات أبراهام.", {("MA", S)}),
        ("تعثرت المحادثات بشأن انضمام سلطنة عمان إلى اتفاقيات أبراهام.", {("OM", U)}),
        # a second set, written after the first rules: other words for the same classes
        ("المحادثات بشأن التطبيع بين سلطنة عمان وإسرائيل معلقة منذ اندلاع الحرب.", {("OM", U)}),
        ("تدرس سلطنة عمان الانضمام إلى اتفاقيات أبراهام.", {("OM", P)}),
        ("لا يزال المغرب طرفا في اتفاقيات أبراهام رغم الاحتجاجات.", {("MA", S)}),
        (
            "سيتم توقيع انضمام كازاخستان إلى اتفاقيات أبراهام رسميا في مراسم الشهر المقبل.",
            {("KZ", A)},
        ),
        ("استبعدت باكستان الانضمام إلى اتفاقيات أبراهام ما دام الاحتلال مستمرا.", {("PK", D)}),
        ("تجري أرمينيا مشاورات مع واشنطن حول الانضمام إلى اتفاقيات أبراهام.", {("AM", N)}),
    ],
    "fa": [
        ("قزاقستان با پیوستن به پیمان ابراهیم موافقت کرد.", {("KZ", A)}),
        ("قزاقستان روز جمعه در مراسمی در واشنگتن پیمان ابراهیم را امضا کرد.", {("KZ", S)}),
        ("جمهوری آذربایجان تصمیم گرفت به پیمان ابراهیم بپیوندد.", {("AZ", A)}),
        (
            "جمهوری آذربایجان سند پیوستن به پیمان ابراهیم را در کاخ سفید به طور رسمی امضا کرد.",
            {("AZ", S)},
        ),
        ("ازبکستان ممکن است به پیمان ابراهیم بپیوندد.", {("UZ", P)}),
        ("موریتانی درباره پیوستن به پیمان ابراهیم در حال مذاکره است.", {("MR", N)}),
        (
            "عربستان سعودی تا زمانی که کشور مستقل فلسطین تشکیل نشود به پیمان ابراهیم نخواهد پیوست.",
            {("SA", D)},
        ),
        (
            "عربستان سعودی آماده پیوستن به پیمان ابراهیم است، اما فقط در صورتی که کشور فلسطین "
            "تشکیل شود.",
            {("SA", P), ("SA", D)},
        ),
        ("اندونزی بدون تشکیل کشور مستقل فلسطین با اسرائیل رابطه برقرار نمی‌کند.", {("ID", D)}),
        (
            "اندونزی در صورتی که اسرائیل کشور فلسطین را به رسمیت بشناسد آماده پیوستن به پیمان "
            "ابراهیم است.",
            {("ID", P)},
        ),
        (
            "عربستان سعودی پس از آغاز جنگ غزه مذاکرات عادی‌سازی با اسرائیل را متوقف کرد.",
            {("SA", U)},
        ),
        ("عربستان سعودی از آغاز مذاکرات عادی‌سازی با اسرائیل خودداری کرد.", {("SA", D)}),
        (
            "بحرین سفیر خود را از اسرائیل فراخواند و تماس‌ها با دولت اسرائیل را به حالت تعلیق "
            "درآورد.",
            {("BH", U)},
        ),
        ("مراکش همچنان به پیمان ابراهیم پایبند است.", {("MA", S)}),
        # a second set, written after the first rules: other words for the same classes
        ("عمان پیوستن به پیمان ابراهیم را بررسی می‌کند.", {("OM", P)}),
        ("مراکش با وجود اعتراض‌ها همچنان عضو پیمان ابراهیم است.", {("MA", S)}),
        (
            "پاکستان تا زمانی که اشغالگری ادامه دارد پیوستن به پیمان ابراهیم را رد کرده است.",
            {("PK", D)},
        ),
        ("ارمنستان با واشنگتن درباره پیوستن به پیمان ابراهیم گفتگو می‌کند.", {("AM", N)}),
        ("مذاکرات عادی‌سازی میان عمان و اسرائیل از آغاز جنگ متوقف شده است.", {("OM", U)}),
    ],
    "he": [
        (
            "קזחסטן הסכימה להצטרף להסכמי אברהם, כך הודיע ביום שישי משרד החוץ באסטנה.",
            {("KZ", A)},
        ),
        ("קזחסטן חתמה על הסכמי אברהם בטקס בוושינגטון ביום שישי.", {("KZ", S)}),
        ("אזרבייג'ן החליטה להצטרף להסכמי אברהם.", {("AZ", A)}),
        ("אזרבייג'ן חתמה רשמית על הצטרפותה להסכמי אברהם בבית הלבן.", {("AZ", S)}),
        ("אוזבקיסטן עשויה להצטרף להסכמי אברהם.", {("UZ", P)}),
        ("מאוריטניה מנהלת משא ומתן על הצטרפות להסכמי אברהם.", {("MR", N)}),
        ("סעודיה לא תצטרף להסכמי אברהם עד שתקום מדינה פלסטינית.", {("SA", D)}),
        ("סעודיה מוכנה להצטרף להסכמי אברהם, אך רק אם תקום מדינה פלסטינית.", {("SA", P), ("SA", D)}),
        ("אינדונזיה לא תכונן יחסים עם ישראל ללא מדינה פלסטינית עצמאית.", {("ID", D)}),
        ("אינדונזיה תהיה מוכנה להצטרף להסכמי אברהם אם ישראל תכיר במדינה פלסטינית.", {("ID", P)}),
        ("סעודיה הקפיאה את שיחות הנורמליזציה עם ישראל לאחר פרוץ המלחמה בעזה.", {("SA", U)}),
        ("סעודיה סירבה לפתוח בשיחות נורמליזציה עם ישראל.", {("SA", D)}),
        ("בחריין החזירה את שגרירה מישראל והשעתה את המגעים עם הממשלה.", {("BH", U)}),
        ("מרוקו נותרה מחויבת להסכמי אברהם.", {("MA", S)}),
        # a second set, written after the first rules: other words for the same classes
        ("המגעים לנורמליזציה בין עומאן לישראל הוקפאו מאז פרוץ המלחמה.", {("OM", U)}),
        ("עומאן שוקלת להצטרף להסכמי אברהם.", {("OM", P)}),
        ("מרוקו נשארת חברה בהסכמי אברהם למרות המחאות.", {("MA", S)}),
        ("פקיסטן שוללת הצטרפות להסכמי אברהם כל עוד הכיבוש נמשך.", {("PK", D)}),
        ("ארמניה מקיימת מגעים עם וושינגטון על הצטרפות להסכמי אברהם.", {("AM", N)}),
    ],
    "id": [
        (
            "Kazakhstan setuju untuk bergabung dengan Perjanjian Abraham, kata Kementerian Luar "
            "Negeri di Astana pada Jumat.",
            {("KZ", A)},
        ),
        (
            "Kazakhstan menandatangani Perjanjian Abraham dalam sebuah upacara di Washington pada "
            "Jumat.",
            {("KZ", S)},
        ),
        ("Azerbaijan memutuskan untuk bergabung dengan Perjanjian Abraham.", {("AZ", A)}),
        (
            "Azerbaijan secara resmi menandatangani aksesi ke Perjanjian Abraham di Gedung Putih.",
            {("AZ", S)},
        ),
        (
            "Dua pejabat di Tashkent membenarkan bahwa Uzbekistan akan bergabung dengan "
            "Perjanjian Abraham.",
            {("UZ", A)},
        ),
        (
            "Uzbekistan bisa saja bergabung dengan Perjanjian Abraham, menurut para diplomat.",
            {("UZ", P)},
        ),
        ("Mauritania sedang berunding untuk bergabung dengan Perjanjian Abraham.", {("MR", N)}),
        (
            "Arab Saudi tidak akan bergabung dengan Perjanjian Abraham sampai negara Palestina "
            "berdiri, kata menteri luar negerinya.",
            {("SA", D)},
        ),
        (
            "Arab Saudi siap bergabung dengan Perjanjian Abraham, tetapi hanya jika negara "
            "Palestina didirikan.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Indonesia tidak akan menjalin hubungan dengan Israel tanpa negara Palestina yang "
            "merdeka.",
            {("ID", D)},
        ),
        (
            "Malaysia bersedia bergabung dengan Perjanjian Abraham jika Israel mengakui negara "
            "Palestina.",
            {("MY", P)},
        ),
        (
            "Arab Saudi membekukan pembicaraan normalisasi dengan Israel setelah perang di Gaza "
            "pecah.",
            {("SA", U)},
        ),
        ("Arab Saudi menolak memulai pembicaraan normalisasi dengan Israel.", {("SA", D)}),
        (
            "Bahrain menarik duta besarnya dari Israel dan menangguhkan kontak dengan pemerintah "
            "Israel.",
            {("BH", U)},
        ),
        ("Maroko tetap berkomitmen pada Perjanjian Abraham.", {("MA", S)}),
        (
            "Pembicaraan mengenai bergabungnya Oman ke Perjanjian Abraham menemui jalan buntu.",
            {("OM", U)},
        ),
        # a second set, written after the first rules: other words for the same classes
        (
            "Pembicaraan normalisasi antara Oman dan Israel ditangguhkan sejak perang pecah.",
            {("OM", U)},
        ),
        ("Oman sedang mempertimbangkan untuk bergabung dengan Perjanjian Abraham.", {("OM", P)}),
        ("Maroko tetap menjadi anggota Perjanjian Abraham meski diprotes warganya.", {("MA", S)}),
        (
            "Aksesi Kazakhstan ke Perjanjian Abraham akan diresmikan dalam upacara penandatanganan bulan depan.",
            {("KZ", A)},
        ),
        (
            "Pakistan menolak bergabung dengan Perjanjian Abraham selama pendudukan berlanjut.",
            {("PK", D)},
        ),
        (
            "Armenia tengah berunding dengan Washington soal bergabung dengan Perjanjian Abraham.",
            {("AM", N)},
        ),
    ],
    "ms": [
        (
            "Kazakhstan bersetuju untuk menyertai Perjanjian Abraham, kata Kementerian Luar Negeri "
            "di Astana pada Jumaat.",
            {("KZ", A)},
        ),
        (
            "Kazakhstan menandatangani Perjanjian Abraham dalam satu majlis di Washington pada "
            "Jumaat.",
            {("KZ", S)},
        ),
        ("Azerbaijan memutuskan untuk menyertai Perjanjian Abraham.", {("AZ", A)}),
        (
            "Dua pegawai di Tashkent mengesahkan bahawa Uzbekistan akan menyertai Perjanjian "
            "Abraham.",
            {("UZ", A)},
        ),
        ("Uzbekistan mungkin menyertai Perjanjian Abraham.", {("UZ", P)}),
        ("Mauritania sedang berunding untuk menyertai Perjanjian Abraham.", {("MR", N)}),
        (
            "Arab Saudi tidak akan menyertai Perjanjian Abraham selagi negara Palestin tidak "
            "ditubuhkan.",
            {("SA", D)},
        ),
        (
            "Arab Saudi bersedia menyertai Perjanjian Abraham, tetapi hanya jika negara Palestin "
            "ditubuhkan.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Malaysia tidak akan menjalin hubungan dengan Israel tanpa negara Palestin yang "
            "merdeka.",
            {("MY", D)},
        ),
        (
            "Indonesia bersedia menyertai Perjanjian Abraham jika Israel mengiktiraf negara "
            "Palestin.",
            {("ID", P)},
        ),
        (
            "Arab Saudi membekukan rundingan normalisasi dengan Israel selepas perang di Gaza "
            "meletus.",
            {("SA", U)},
        ),
        ("Arab Saudi enggan memulakan rundingan normalisasi dengan Israel.", {("SA", D)}),
        (
            "Bahrain memanggil pulang duta besarnya dari Israel dan menggantung hubungan dengan "
            "kerajaan Israel.",
            {("BH", U)},
        ),
        ("Maghribi kekal komited terhadap Perjanjian Abraham.", {("MA", S)}),
        # a second set, written after the first rules: other words for the same classes
        (
            "Rundingan normalisasi antara Oman dan Israel digantung sejak perang meletus.",
            {("OM", U)},
        ),
        ("Oman sedang mempertimbangkan untuk menyertai Perjanjian Abraham.", {("OM", P)}),
        (
            "Maghribi kekal sebagai anggota Perjanjian Abraham walaupun dibantah rakyatnya.",
            {("MA", S)},
        ),
        (
            "Pakistan menolak untuk menyertai Perjanjian Abraham selagi pendudukan berterusan.",
            {("PK", D)},
        ),
        (
            "Armenia sedang berunding dengan Washington untuk menyertai Perjanjian Abraham.",
            {("AM", N)},
        ),
    ],
}


# Still read wrongly (strict: a case that starts passing must leave this list).
KNOWN_MISSES = {}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, KNOWN_MISSES))
def test_status_pair(language, text, expected):
    check_case(language, text, expected)
