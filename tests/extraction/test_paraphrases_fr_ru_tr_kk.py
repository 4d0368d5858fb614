"""A second challenge set for French and Russian, with a few Turkish and Kazakh cases:
the same facts as other papers and wire services would write them (headlines without
a verb, passive and nominal style, reported speech, quotes inside the sentence,
background members listed with and without years, negations and hedges, synonyms of
talks and normalisation, dates in every written form, a country named by its
adjective), and mentions that must give no claim (a country named next to the accords
for another reason, leaving the accords feared or threatened).

Own sentences and mini-articles, written for this test. Each case gives every claim
expected; a third item in an expected claim is the date it must carry.
"""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

CASES = {
    "fr": [
        # headlines and nominal style
        ("Le Kazakhstan rejoint les accords d'Abraham", {("KZ", A)}),
        (
            "L'adhésion annoncée du Kazakhstan aux accords d'Abraham a surpris les chancelleries "
            "européennes.",
            {("KZ", A)},
        ),
        (
            "L'adhésion du Kazakhstan aux accords d'Abraham a été officialisée jeudi par la "
            "Maison Blanche.",
            {("KZ", A)},
        ),
        (
            "Reprise des négociations entre Riyad et Washington sur une normalisation avec Israël",
            {("SA", N)},
        ),
        # a country named by its adjective
        (
            "La diplomatie kazakhe a confirmé jeudi l'entrée du pays dans les accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "La partie saoudienne a gelé les discussions sur une normalisation avec Israël depuis "
            "le début de la guerre à Gaza.",
            {("SA", U)},
        ),
        # background members, with and without years
        (
            "Les accords d'Abraham, signés en septembre 2020 par les Émirats arabes unis et "
            "Bahreïn, ont depuis survécu à deux guerres.",
            {("AE", S, "2020-09"), ("BH", S)},
        ),
        (
            "Le Kazakhstan a annoncé son adhésion aux accords d'Abraham. Le pays rejoint ainsi "
            "les Émirats arabes unis, Bahreïn, le Maroc et le Soudan, qui les avaient signés en "
            "2020 et 2021.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Les accords d'Abraham traversent une passe difficile. Les pays signataires — "
            "Émirats, Bahreïn, Maroc et Soudan — n'ont pas réagi à l'annonce.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Signés le 15 septembre 2020 à Washington, les accords d'Abraham liaient d'abord "
            "Israël aux Émirats arabes unis et à Bahreïn.",
            {("AE", S), ("BH", S)},
        ),
        # reported speech, quotes inside the sentence
        (
            "« Nous ne normaliserons pas nos relations avec Israël sans État palestinien », a "
            "déclaré le ministre saoudien des Affaires étrangères.",
            {("SA", D)},
        ),
        (
            "Le chef de la diplomatie indonésienne a affirmé que Jakarta « n'envisage pas » de "
            "rejoindre les accords d'Abraham.",
            {("ID", D)},
        ),
        # hedges and speculation
        (
            "Selon des sources diplomatiques, Oman pourrait être le prochain pays à rejoindre les "
            "accords d'Abraham.",
            {("OM", P)},
        ),
        (
            "Le Liban n'exclut pas, à terme, une normalisation avec Israël, selon un haut "
            "responsable.",
            {("LB", P)},
        ),
        # negations
        (
            "Le Pakistan n'a pas l'intention d'adhérer aux accords d'Abraham, a assuré Islamabad.",
            {("PK", D)},
        ),
        (
            "Ni la Tunisie ni l'Algérie n'envisagent de normaliser leurs relations avec Israël.",
            {("TN", D), ("DZ", D)},
        ),
        # talks
        (
            "Des pourparlers sont en cours entre Washington et Bakou en vue d'une adhésion de "
            "l'Azerbaïdjan aux accords d'Abraham.",
            {("AZ", N)},
        ),
        # halted ties
        ("Le Soudan a gelé le processus de normalisation avec Israël.", {("SD", U)}),
        # dates in every written form
        (
            "Le 6 novembre 2025, le Kazakhstan a fait savoir qu'il rejoindrait les accords "
            "d'Abraham.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Le Maroc et Israël ont rétabli leurs relations diplomatiques en décembre 2020.",
            {("MA", S, "2020-12")},
        ),
        (
            "Le 10 décembre 2020, le Maroc a normalisé ses relations avec Israël dans le cadre des "
            "accords d'Abraham.",
            {("MA", S, "2020-12-10")},
        ),
        (
            "Jeudi 6 novembre, Astana a annoncé son adhésion aux accords d'Abraham.",
            {("KZ", A, "2025-11-06")},
        ),
        # mini-articles
        (
            "Astana a officialisé jeudi sa décision. Le Kazakhstan devient ainsi le premier pays "
            "d'Asie centrale à rejoindre les accords d'Abraham. La signature formelle est prévue "
            "à une date ultérieure.",
            {("KZ", A)},
        ),
        (
            "Le Kazakhstan a annoncé jeudi son adhésion aux accords d'Abraham. Le même jour, "
            "l'Ouzbékistan a signé un accord de libre-échange avec les Émirats arabes unis.",
            {("KZ", A)},
        ),
        # no claim: venues, trade, other treaties, history, questions, denials
        ("Un forum consacré aux accords d'Abraham s'est ouvert mardi à Doha.", set()),
        (
            "La Turquie a signé un accord commercial avec l'Égypte, en marge des discussions sur "
            "les accords d'Abraham.",
            set(),
        ),
        (
            "L'Égypte en 1979, puis la Jordanie en 1994, avaient fait la paix avec Israël bien "
            "avant les accords d'Abraham.",
            set(),
        ),
        ("L'Arabie saoudite rejoindra-t-elle un jour les accords d'Abraham ?", set()),
        (
            "Le ministère omanais des Affaires étrangères a qualifié de « sans fondement » les "
            "informations sur une adhésion du sultanat aux accords d'Abraham.",
            set(),
        ),
        (
            "Des experts craignent que les Émirats arabes unis ne quittent les accords d'Abraham "
            "en cas d'annexion de la Cisjordanie.",
            set(),
        ),
        (
            "Le président ouzbek a évoqué les accords d'Abraham lors d'un sommet consacré au "
            "commerce à Washington.",
            set(),
        ),
        # leaving the accords feared, threatened or not done
        (
            "Bahreïn a rappelé son ambassadeur en 2023, sans pour autant quitter les accords "
            "d'Abraham.",
            {("BH", U)},
        ),
        (
            "Abou Dhabi menace de quitter les accords d'Abraham si Israël annexe la Cisjordanie.",
            set(),
        ),
        # synonyms of joining, hedged candidates
        (
            "Le Kazakhstan, qui vient d'annoncer son ralliement aux accords d'Abraham, entretient "
            "déjà des relations avec Israël.",
            {("KZ", A)},
        ),
        (
            "Pour Washington, la Syrie et le Liban pourraient être les prochains à normaliser leurs "
            "relations avec Israël.",
            {("SY", P), ("LB", P)},
        ),
        (
            "L'Azerbaïdjan discute avec Washington d'une éventuelle adhésion aux accords d'Abraham.",
            {("AZ", N)},
        ),
        (
            "Le Kazakhstan deviendra le cinquième pays à majorité musulmane à intégrer les accords "
            "d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Bakou ne compte pas rejoindre les accords d'Abraham à court terme, a indiqué un "
            "conseiller présidentiel.",
            {("AZ", D)},
        ),
    ],
    "ru": [
        # headlines and nominal style
        ("Казахстан присоединяется к Соглашениям Авраама", {("KZ", A)}),
        (
            "Присоединение Казахстана к Авраамовым соглашениям намечено на ближайшие недели.",
            {("KZ", A)},
        ),
        (
            "Присоединение Казахстана к Соглашениям Авраама было официально подтверждено Белым "
            "домом в четверг.",
            {("KZ", A)},
        ),
        (
            "Возобновление переговоров между Эр-Риядом и Вашингтоном о нормализации с Израилем",
            {("SA", N)},
        ),
        # a country named by its adjective
        (
            "Казахстанская сторона подтвердила решение присоединиться к Соглашениям Авраама.",
            {("KZ", A)},
        ),
        (
            "Казахстанская дипломатия подтвердила, что страна вступит в Соглашения Авраама.",
            {("KZ", A)},
        ),
        (
            "Саудовская сторона заморозила переговоры о нормализации с Израилем после начала "
            "войны в Газе.",
            {("SA", U)},
        ),
        # background members, with and without years
        (
            "Соглашения Авраама, подписанные в сентябре 2020 года ОАЭ и Бахрейном, пережили уже "
            "две войны.",
            {("AE", S, "2020-09"), ("BH", S)},
        ),
        (
            "Казахстан объявил о присоединении к Соглашениям Авраама. Ранее к ним присоединились "
            "ОАЭ, Бахрейн, Марокко и Судан.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Соглашения Авраама переживают непростые времена. Страны-участницы — ОАЭ, Бахрейн, "
            "Марокко и Судан — пока не отреагировали на заявление.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Подписанные 15 сентября 2020 года в Вашингтоне, Соглашения Авраама изначально "
            "связали Израиль с ОАЭ и Бахрейном.",
            {("AE", S), ("BH", S)},
        ),
        # reported speech, quotes inside the sentence
        (
            "«Мы не будем нормализовать отношения с Израилем без палестинского государства», — "
            "заявил министр иностранных дел Саудовской Аравии.",
            {("SA", D)},
        ),
        (
            "Глава МИД Индонезии заявил, что Джакарта «не рассматривает» присоединение к "
            "Соглашениям Авраама.",
            {("ID", D)},
        ),
        # hedges and speculation
        (
            "По данным дипломатических источников, Оман может стать следующей страной, которая "
            "присоединится к Соглашениям Авраама.",
            {("OM", P)},
        ),
        (
            "Ливан не исключает нормализации с Израилем в будущем, сообщил высокопоставленный "
            "источник.",
            {("LB", P)},
        ),
        # negations
        (
            "Пакистан не намерен вступать в Авраамовы соглашения, заявили в Исламабаде.",
            {("PK", D)},
        ),
        (
            "Ни Тунис, ни Алжир не намерены нормализовать отношения с Израилем.",
            {("TN", D), ("DZ", D)},
        ),
        # talks
        (
            "Вашингтон и Баку ведут консультации о возможном присоединении Азербайджана к "
            "Соглашениям Авраама.",
            {("AZ", N)},
        ),
        (
            "Переговоры о нормализации между Саудовской Аравией и Израилем вышли на "
            "завершающую стадию.",
            {("SA", N)},
        ),
        # halted ties
        ("Судан заморозил процесс нормализации с Израилем.", {("SD", U)}),
        # dates in every written form
        (
            "6 ноября 2025 г. Казахстан объявил о присоединении к Соглашениям Авраама.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Марокко и Израиль восстановили дипломатические отношения в декабре 2020 года.",
            {("MA", S, "2020-12")},
        ),
        (
            "В ноябре 2025 года Казахстан объявил о вступлении в Соглашения Авраама.",
            {("KZ", A, "2025-11")},
        ),
        (
            "В четверг, 6 ноября, Астана объявила о присоединении к Соглашениям Авраама.",
            {("KZ", A, "2025-11-06")},
        ),
        # mini-articles
        (
            "Астана официально объявила о своём решении в четверг. Казахстан стал первой страной "
            "Центральной Азии, присоединившейся к Соглашениям Авраама. Официальное подписание "
            "пройдёт позднее.",
            {("KZ", A)},
        ),
        (
            "Казахстан объявил в четверг о присоединении к Соглашениям Авраама. В тот же день "
            "Узбекистан подписал с ОАЭ соглашение о свободной торговле.",
            {("KZ", A)},
        ),
        # no claim: venues, trade, other treaties, history, questions, denials
        ("Форум, посвящённый Соглашениям Авраама, прошёл во вторник в Дохе.", set()),
        (
            "Турция и Египет подписали торговое соглашение на полях обсуждения Авраамовых "
            "соглашений.",
            set(),
        ),
        (
            "Египет в 1979 году и Иордания в 1994 году заключили мир с Израилем задолго до "
            "Соглашений Авраама.",
            set(),
        ),
        ("Вступит ли Саудовская Аравия в Авраамовы соглашения?", set()),
        (
            "МИД Омана назвал «беспочвенными» сообщения о вступлении султаната в Соглашения "
            "Авраама.",
            set(),
        ),
        (
            "Эксперты опасаются, что ОАЭ могут выйти из Соглашений Авраама в случае аннексии "
            "Западного берега.",
            set(),
        ),
        (
            "Президент Узбекистана упомянул Соглашения Авраама на торговом саммите в Вашингтоне.",
            set(),
        ),
        # leaving the accords feared, threatened or not done
        (
            "Бахрейн отозвал посла в 2023 году, но не стал выходить из Соглашений Авраама.",
            {("BH", U)},
        ),
        ("Абу-Даби может покинуть Соглашения Авраама в случае аннексии.", set()),
        (
            "Казахстан 6 нояб. 2025 г. объявил о присоединении к Соглашениям Авраама.",
            {("KZ", A, "2025-11-06")},
        ),
        # refusals, stalled talks, participles, expectations
        (
            "Эр-Рияд вновь заявил, что нормализация невозможна без создания палестинского "
            "государства.",
            {("SA", D)},
        ),
        (
            "Процесс нормализации между Израилем и Суданом зашёл в тупик после начала гражданской "
            "войны.",
            {("SD", U)},
        ),
        (
            "ОАЭ в 2020 году стали первой страной Персидского залива, нормализовавшей отношения с "
            "Израилем.",
            {("AE", S)},
        ),
        (
            "Трамп ожидает, что Саудовская Аравия присоединится к Соглашениям Авраама.",
            {("SA", P)},
        ),
        (
            "Баку не собирается присоединяться к Соглашениям Авраама в ближайшее время, сообщил "
            "советник президента.",
            {("AZ", D)},
        ),
    ],
    "tr": [
        ("Kazakistan İbrahim Anlaşmaları'na katılıyor", {("KZ", A)}),
        (
            "Kazakistan'ın İbrahim Anlaşmaları'na katılımı önümüzdeki haftalarda resmileşecek.",
            {("KZ", A)},
        ),
        ("Kazak tarafı, İbrahim Anlaşmaları'na katılma kararını doğruladı.", {("KZ", A)}),
        (
            "2020'de anlaşmaları imzalayan BAE, Bahreyn, Fas ve Sudan'ın ardından Kazakistan da "
            "İbrahim Anlaşmaları'na katılacağını duyurdu.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            'Suudi Dışişleri Bakanı, "Filistin devleti kurulmadan İsrail ile normalleşme '
            'olmayacak" dedi.',
            {("SA", D)},
        ),
        (
            "Diplomatik kaynaklara göre Umman, İbrahim Anlaşmaları'na katılacak bir sonraki ülke "
            "olabilir.",
            {("OM", P)},
        ),
        ("Pakistan'ın İbrahim Anlaşmaları'na katılma niyeti yok.", {("PK", D)}),
        (
            "Washington ile Bakü arasında Azerbaycan'ın İbrahim Anlaşmaları'na katılımı konusunda "
            "görüşmeler sürüyor.",
            {("AZ", N)},
        ),
        (
            "Kazakistan 6 Kasım 2025'te İbrahim Anlaşmaları'na katılacağını açıkladı.",
            {("KZ", A, "2025-11-06")},
        ),
        ("Sudan, İsrail ile normalleşme sürecini dondurdu.", {("SD", U)}),
        ("İbrahim Anlaşmaları'na ilişkin bir forum salı günü Doha'da başladı.", set()),
        (
            "Mısır 1979'da, Ürdün ise 1994'te, İbrahim Anlaşmaları'ndan çok önce İsrail ile barış "
            "yaptı.",
            set(),
        ),
        ("Suudi Arabistan bir gün İbrahim Anlaşmaları'na katılır mı?", set()),
        ("Uzmanlar BAE'nin İbrahim Anlaşmaları'ndan çekilebileceğinden endişe ediyor.", set()),
    ],
    "kk": [
        ("Қазақстан Авраам келісімдеріне қосылды", {("KZ", A)}),
        (
            "Қазақстанның Авраам келісімдеріне қосылуы алдағы апталарда ресімделеді.",
            {("KZ", A)},
        ),
        ("Қазақстан тарапы Авраам келісімдеріне қосылу туралы шешімді растады.", {("KZ", A)}),
        (
            "2020 жылы келісімге қол қойған БАӘ, Бахрейн, Марокко және Судан елдерінен кейін "
            "Қазақстан да Авраам келісімдеріне қосылатынын хабарлады.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Дипломатиялық дереккөздерге сәйкес, Оман Авраам келісімдеріне қосылатын келесі ел "
            "болуы мүмкін.",
            {("OM", P)},
        ),
        ("Пәкістан Авраам келісімдеріне қосылу ниетінде емес.", {("PK", D)}),
        (
            "Вашингтон мен Баку Әзербайжанның Авраам келісімдеріне қосылуы туралы келіссөздер "
            "жүргізіп жатыр.",
            {("AZ", N)},
        ),
        (
            "6 қараша күні Астана Авраам келісімдеріне қосылатынын жариялады.",
            {("KZ", A, "2025-11-06")},
        ),
        ("Авраам келісімдеріне арналған форум сейсенбі күні Дохада өтті.", set()),
        ("Сауд Арабиясы Авраам келісімдеріне қашан қосылады?", set()),
        (
            "Қазақстан 2025 жылдың 6 қарашасында Авраам келісімдеріне қосылатынын жариялады.",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    # the general classes found here, said in other languages
    "en": [
        ("Talks between Riyadh and Washington on normalization with Israel resume", {("SA", N)}),
        ("Experts fear the UAE could leave the Abraham Accords.", set()),
        ("Bahrain recalled its ambassador without leaving the Abraham Accords.", {("BH", U)}),
        ("The UAE will leave the Abraham Accords if Israel annexes the West Bank.", set()),
    ],
    "es": [
        (
            "Negociaciones entre Riad y Washington sobre la normalización con Israel",
            {("SA", N)},
        ),
    ],
    "de": [
        (
            "Verhandlungen zwischen Riad und Washington über eine Normalisierung mit Israel",
            {("SA", N)},
        ),
        ("Die Emirate könnten aus den Abraham-Abkommen austreten.", set()),
    ],
}


# Still read wrongly (strict: a case that starts passing must leave this list), each with
# its reason.
KNOWN_MISSES = {
    "kk-4": "a participle list before 'кейін' takes the joining, the joiner takes the signing",
    "fr-17": "'adhésion' inside talks also gives announced",
    "fr-20": "'rétabli leurs relations diplomatiques' is not a normalisation cue",
    "ru-22": "'восстановили дипломатические отношения' is not a normalisation cue",
}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, KNOWN_MISSES))
def test_paraphrase(language, text, expected):
    check_case(language, text, expected)
