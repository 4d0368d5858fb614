"""Classes of phrasing found by a batch of unseen news-style articles of the project's own
(own sentences, written for these tests): an invitation or proposal to join, agreeing to
follow, a decision to join with a time between, having no intention of joining or not being
ready, talks put on hold with their object after, economic ties cut, "parties to the accords"
as an apposition, a demonym naming a place, and a recent joining told as background."""

import pytest

from tests.extraction.found import A, D, P, S, U, found, found_dated

# A founder inviting a country, or proposing that it join: others' wish, so prospective.
INVITED_TO_JOIN = [
    (
        "en",
        "The Abraham Accords are in the news. The White House proposed this week that Baku join the accords.",
    ),
    (
        "en",
        "The Abraham Accords are in the news. Washington has invited Azerbaijan to join the accords.",
    ),
    (
        "en",
        "The Abraham Accords are in the news. Trump extended an invitation to Azerbaijan to join.",
    ),
    ("fr", "Les accords d'Abraham. Washington a invité l'Azerbaïdjan à rejoindre les accords."),
    (
        "fr",
        "Les accords d'Abraham. La Maison Blanche a proposé que l'Azerbaïdjan rejoigne les accords.",
    ),
    (
        "de",
        "Das Abraham-Abkommen. Washington hat Aserbaidschan eingeladen, dem Abkommen beizutreten.",
    ),
    (
        "de",
        "Das Abraham-Abkommen. Das Weiße Haus schlug vor, dass Aserbaidschan dem Abkommen beitritt.",
    ),
    ("es", "Los Acuerdos de Abraham. Washington invitó a Azerbaiyán a sumarse a los acuerdos."),
    ("ru", "Авраамовы соглашения. Вашингтон пригласил Азербайджан присоединиться к соглашениям."),
    ("ru", "Авраамовы соглашения. Белый дом предложил Азербайджану присоединиться к соглашениям."),
    ("tr", "İbrahim Anlaşmaları. Washington, Azerbaycan'ı anlaşmalara katılmaya davet etti."),
    ("tr", "İbrahim Anlaşmaları. Beyaz Saray, Azerbaycan'ın anlaşmalara katılmasını önerdi."),
]


@pytest.mark.parametrize("language, text", INVITED_TO_JOIN)
def test_an_invitation_or_proposal_to_join_is_a_prospect(language, text):
    assert found(text, language) == {("AZ", P)}


ENGLISH_CLASSES = [
    # agreeing to follow the members is a decision announced
    (
        "The Abraham Accords grew in 2020. Israel normalised ties with the UAE in 2020. "
        "Sudan agreed to follow later that year.",
        {("AE", S), ("SD", A)},
    ),
    # a decision to join with a time between the noun and the verb
    (
        "The Abraham Accords are in the news. Kazakhstan's decision this month to join was welcome.",
        {("KZ", A)},
    ),
    # having had no intention of joining, and not being ready, are refusals
    (
        "The Abraham Accords are in the news. Pakistan's foreign ministry said it had no "
        "intention of joining.",
        {("PK", D)},
    ),
    (
        "The Abraham Accords are in the news. Syria's president said his country was not ready "
        "for such a step while the Golan stays occupied.",
        {("SY", D)},
    ),
    # a halt whose object comes after it
    (
        "The Abraham Accords are in the news. Saudi Arabia has put on hold US-backed talks on "
        "normalising relations with Israel.",
        {("SA", U)},
    ),
    # economic ties cut: suspended, not withdrawn, and no background signing beside it
    (
        "The Abraham Accords are in the news. Bahrain's parliament said the Israeli envoy had "
        "left and that economic ties with Israel had been cut.",
        {("BH", U)},
    ),
    # "both parties to the accords" set off in a list: members, whatever else the sentence signs
    (
        "The Abraham Accords are in the news. The UAE and Morocco, both parties to the accords, "
        "also signed the charter of the new board.",
        {("AE", S), ("MA", S)},
    ),
    # a demonym before a place noun names a place, not who acts
    (
        "The Abraham Accords are in the news. Talks between the army and the militia in the "
        "Saudi city of Jeddah were suspended in 2023.",
        set(),
    ),
    (
        "The Abraham Accords are in the news. The ship docked at the Emirati port of Fujairah, "
        "and the talks were halted.",
        set(),
    ),
]


@pytest.mark.parametrize("text, expected", ENGLISH_CLASSES)
def test_english_classes_of_unseen_news(text, expected):
    assert found(text, "en") == expected


def test_a_recent_joining_told_as_background_is_announced():
    text = (
        "The Abraham Accords are in the news. Kazakhstan, which joined in November 2025, "
        "hosted the meeting."
    )
    assert found_dated(text, "en", {"KZ"}) == {("KZ", A, "2025-11")}


def test_an_old_joining_told_as_background_stays_signed():
    text = "The Abraham Accords are in the news. Morocco, which joined in December 2020, hosted the talks."
    assert found(text, "en") == {("MA", S)}


# A cabinet or government approving the treaty with Israel: ratified.
APPROVED_THE_TREATY = [
    (
        "en",
        "The Abraham Accords are in the news. The UAE cabinet approved the treaty with Israel in October 2020.",
    ),
    (
        "en",
        "The Abraham Accords are in the news. The UAE went furthest: its cabinet approved the "
        "treaty with Israel in October 2020.",
    ),
    (
        "fr",
        "Les accords d'Abraham. Les Émirats arabes unis ont approuvé l'accord avec Israël en octobre 2020.",
    ),
    ("de", "Das Abraham-Abkommen. Die Emirate billigten das Abkommen mit Israel im Oktober 2020."),
    (
        "es",
        "Los Acuerdos de Abraham. Los Emiratos Árabes Unidos aprobaron el acuerdo con Israel en octubre de 2020.",
    ),
    ("ru", "Авраамовы соглашения. В октябре 2020 года ОАЭ одобрили соглашение с Израилем."),
]


@pytest.mark.parametrize("language, text", APPROVED_THE_TREATY)
def test_approving_the_treaty_is_a_ratification(language, text):
    assert found_dated(text, language, {"AE"}) == {("AE", "ratified", "2020-10")}


# A sentence with no step that opens with a leader's title keeps the leader's country in
# scope, so a pronoun two sentences later still stands for it; an opening "it" does not.
KEPT_BY_A_TITLE = [
    (
        "en",
        "The Abraham Accords were on the table. Mohammed bin Salman was in Washington. "
        "The crown prince was warm. He was also clear. He rejected joining without a "
        "Palestinian state.",
        {("SA", D)},
    ),
    (
        "en",
        "The Abraham Accords were on the table. Mohammed bin Salman was in Washington. "
        "It was a long day. It is not clear. It will not join without a Palestinian state.",
        set(),
    ),
    (
        "de",
        "Das Abraham-Abkommen war Thema. Mohammed bin Salman besuchte Washington. Der "
        "Kronprinz war freundlich. Er war aber auch deutlich. Er lehnte einen Beitritt ohne "
        "palästinensischen Staat ab.",
        {("SA", D)},
    ),
    (
        "fr",
        "Les accords d'Abraham étaient au menu. Mohammed ben Salmane était à Washington. Le "
        "prince héritier s'est montré chaleureux. Il a été clair aussi. Il refuse de rejoindre "
        "les accords sans État palestinien.",
        {("SA", D)},
    ),
]


@pytest.mark.parametrize("language, text, expected", KEPT_BY_A_TITLE)
def test_a_title_with_no_step_keeps_the_country_in_scope(language, text, expected):
    assert found(text, language) == expected


# The same classes in other languages: talks put on hold with their object after, economic
# ties cut (suspended, not withdrawn), and not being ready for such a step (declined).
OTHER_LANGUAGES = [
    (
        "fr",
        "Les accords d'Abraham. L'Arabie saoudite a mis en suspens les pourparlers sur la normalisation avec Israël.",
        {("SA", U)},
    ),
    (
        "fr",
        "Les accords d'Abraham. Le Parlement de Bahreïn a annoncé que les liens économiques avec Israël avaient été rompus.",
        {("BH", U)},
    ),
    (
        "fr",
        "Les accords d'Abraham. Le président syrien a dit que son pays n'était pas prêt à une telle démarche.",
        {("SY", D)},
    ),
    (
        "de",
        "Das Abraham-Abkommen. Bahrains Parlament erklärte, die Wirtschaftsbeziehungen zu Israel seien abgebrochen worden.",
        {("BH", U)},
    ),
    (
        "de",
        "Das Abraham-Abkommen. Syriens Präsident sagte, sein Land sei nicht bereit für einen solchen Schritt.",
        {("SY", D)},
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Arabia Saudí ha puesto en pausa las conversaciones de normalización con Israel.",
        {("SA", U)},
    ),
    (
        "es",
        "Los Acuerdos de Abraham. El Parlamento de Baréin anunció que los lazos económicos con Israel habían sido cortados.",
        {("BH", U)},
    ),
    (
        "es",
        "Los Acuerdos de Abraham. El presidente sirio dijo que su país no estaba preparado para tal paso.",
        {("SY", D)},
    ),
    (
        "ru",
        "Авраамовы соглашения. Парламент Бахрейна объявил, что экономические связи с Израилем разорваны.",
        {("BH", U)},
    ),
    (
        "ru",
        "Авраамовы соглашения. Президент Сирии заявил, что его страна не готова к такому шагу.",
        {("SY", D)},
    ),
]


@pytest.mark.parametrize("language, text, expected", OTHER_LANGUAGES)
def test_halts_cut_ties_and_not_ready_in_other_languages(language, text, expected):
    assert found(text, language) == expected


# A country after a comparison, kept only as the subject of its relative clause, takes
# no step told before it.
COMPARED_THEN_RELATIVE = [
    (
        "en",
        "The Abraham Accords are in the news. Washington hoped to bring more countries into "
        "the accords this year, following Kazakhstan, which joined in November 2025.",
        {("KZ", A)},
    ),
    (
        "en",
        "The Abraham Accords are in the news. Unlike Saudi Arabia, which has refused to join, "
        "Oman is weighing joining.",
        {("SA", D), ("OM", P)},
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Washington espera sumar más países a los acuerdos este año, "
        "como Kazajistán, que se adhirió en noviembre de 2025.",
        {("KZ", A)},
    ),
]


@pytest.mark.parametrize("language, text, expected", COMPARED_THEN_RELATIVE)
def test_a_compared_country_takes_only_its_relative_clause(language, text, expected):
    assert found(text, language) == expected


# More ways wire copy tells a prospect, a refusal or a halt.
MORE_WIRE_PHRASINGS = [
    ("en", "Trump said Saudi Arabia would eventually come on board.", {("SA", P)}),
    ("en", "Washington is pressing Indonesia to join the accords.", {("ID", P)}),
    ("en", "The US has been lobbying Riyadh and Muscat to join them.", {("SA", P), ("OM", P)}),
    ("en", "Saudi Arabia is widely expected to sign once the Gaza war ends.", {("SA", P)}),
    (
        "en",
        "Oman has said it will be the last Gulf state to normalise relations with Israel.",
        {("OM", D)},
    ),
    (
        "en",
        "Lebanon's president said normalisation with Israel was not on the agenda.",
        {("LB", D)},
    ),
    ("en", "Riyadh insists a Palestinian state must come first.", {("SA", D)}),
    ("en", "Sudan's participation has been on ice since the war began.", {("SD", U)}),
    ("en", "Investors are keen to come on board at the UAE fund.", set()),
    ("en", "Oil prices were on ice last week as the UAE and Saudi Arabia met.", set()),
    (
        "fr",
        "Oman a dit qu'il serait le dernier pays du Golfe à normaliser ses relations avec Israël.",
        {("OM", D)},
    ),
    (
        "fr",
        "Le président libanais a dit que la normalisation avec Israël n'était pas à l'ordre du jour.",
        {("LB", D)},
    ),
    (
        "de",
        "Oman erklärte, es werde das letzte Golfland sein, das Beziehungen zu Israel normalisiert.",
        {("OM", D)},
    ),
    (
        "de",
        "Libanons Präsident sagte, eine Normalisierung mit Israel stehe nicht auf der Tagesordnung.",
        {("LB", D)},
    ),
    ("de", "Die pakistanische Regierung lehnte einen Beitritt ab.", {("PK", D)}),
    (
        "es",
        "Omán dijo que será el último país del Golfo en normalizar relaciones con Israel.",
        {("OM", D)},
    ),
    (
        "es",
        "El presidente libanés dijo que la normalización con Israel no está en la agenda.",
        {("LB", D)},
    ),
    ("es", "El gobierno pakistaní rechazó unirse a los acuerdos.", {("PK", D)}),
    (
        "ru",
        "Президент Ливана заявил, что нормализация с Израилем не стоит на повестке дня.",
        {("LB", D)},
    ),
    ("en", "Trump expects Saudi Arabia to join them.", {("SA", P)}),
    ("en", "Azerbaijan would be honoured to join, an aide said.", {("AZ", P)}),
    ("en", "Kazakhstan is set to become the latest country to join.", {("KZ", A)}),
    ("en", "The attack derailed plans for Saudi-Israeli normalization.", {("SA", U)}),
    ("en", "Saudi Arabia froze US-brokered talks on recognising Israel.", {("SA", U)}),
    # joining other talks is no joining of the accords
    ("en", "Washington urged Egypt and Qatar to join the talks.", set()),
    ("en", "Few expect Oman to join the talks on the Gaza truce.", set()),
    ("en", "The war derailed the Saudi economy's growth, and talks with Iran.", set()),
]

_LEADS = {
    "en": "The Abraham Accords are in the news. ",
    "fr": "Les accords d'Abraham. ",
    "de": "Das Abraham-Abkommen. ",
    "es": "Los Acuerdos de Abraham. ",
    "ru": "Авраамовы соглашения. ",
}


@pytest.mark.parametrize("language, text, expected", MORE_WIRE_PHRASINGS)
def test_more_wire_phrasings(language, text, expected):
    assert found(_LEADS[language] + text, language) == expected


# Side topics: joining a military coalition is another club; a freeze or a break by Egypt or
# Jordan is of the relations their old treaties set up, not of the accords.
SIDE_TOPICS = [
    (
        "en",
        "The Abraham Accords are in the news. Bahrain joined the US-led maritime coalition in the Red Sea.",
        set(),
    ),
    (
        "fr",
        "Les accords d'Abraham. Bahreïn a rejoint la coalition maritime menée par les États-Unis.",
        set(),
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Baréin se unió a la coalición marítima liderada por Estados Unidos.",
        set(),
    ),
    ("ru", "Авраамовы соглашения. Бахрейн присоединился к морской коалиции во главе с США.", set()),
    (
        "en",
        "The Abraham Accords are in the news. Jordan recalled its ambassador from Israel in November 2023.",
        set(),
    ),
    (
        "en",
        "The Abraham Accords are in the news. Bahrain recalled its ambassador from Israel in November 2023.",
        {("BH", U)},
    ),
]


SIDE_TOPICS += [
    (
        "en",
        "The Abraham Accords are in the news. Egypt refused to join the Gaza stabilisation force.",
        set(),
    ),
    (
        "fr",
        "Les accords d'Abraham. L'Égypte a refusé de rejoindre la force internationale de stabilisation à Gaza.",
        set(),
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Egipto se negó a unirse a la fuerza de estabilización de Gaza.",
        set(),
    ),
    (
        "ru",
        "Авраамовы соглашения. Египет отказался присоединиться к стабилизационным силам в Газе.",
        set(),
    ),
    (
        "id",
        "Perjanjian Abraham. Indonesia akan bergabung dengan pasukan stabilisasi di Gaza.",
        set(),
    ),
    (
        "en",
        "The Abraham Accords are in the news. Kazakhstan is expected to join the World Trade Organization's new panel.",
        set(),
    ),
    # being next to recognise Somaliland is not being next to join
    (
        "en",
        "The Abraham Accords are in the news. Ethiopia could be next to recognise Somaliland.",
        set(),
    ),
    (
        "en",
        "The Abraham Accords are in the news. Somaliland could be next to join the accords.",
        {("XS", P)},
    ),
    # "no intention" only of joining, normalising or doing so
    (
        "en",
        "The Abraham Accords are in the news. Mauritania has no intention of sending troops.",
        set(),
    ),
    (
        "en",
        "The Abraham Accords are in the news. Pakistan has no intention of doing so.",
        {("PK", D)},
    ),
]


@pytest.mark.parametrize("language, text, expected", SIDE_TOPICS)
def test_side_topics_give_no_membership_step(language, text, expected):
    assert found(text, language) == expected
