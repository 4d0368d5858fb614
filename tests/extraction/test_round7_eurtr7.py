"""Classes of phrasing found by unseen Spanish, German, Russian and Turkish news-style
articles of the project's own (analysis, a live blog, an interview, a press review), dense in
candidates, refusals, halts and reactions that are no joining; each carried to the other
languages where it is said the same way. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, U, found

# The favourite, the most-named country, the one on top of the list: others' view, prospective.
FAVOURITE = [
    ("es", "Acuerdos de Abraham: Omán figura en todas las quinielas de la Casa Blanca."),
    ("es", "Acuerdos de Abraham: el nombre que más suena en Washington es Omán."),
    ("de", "Abraham-Abkommen: Ganz oben auf der Liste des Weißen Hauses steht Oman."),
    ("ru", "Авраамовы соглашения: Оман считается фаворитом на вступление."),
    ("tr", "İbrahim Anlaşmaları için en çok adı geçen ülke Umman."),
    ("en", "The Abraham Accords: Oman is the front-runner, diplomats in Washington say."),
    ("fr", "Les accords d'Abraham : Oman tient la corde selon les diplomates américains."),
]


@pytest.mark.parametrize("language,text", FAVOURITE)
def test_the_favourite_is_a_candidate(language, text):
    assert found(text, language) == {("OM", P)}


# A belief or a "no doubt" that ends in a colon, or takes a "that": the step after it is the
# speaker's prediction, not a joining.
NO_DOUBT = [
    ("ru", "Президент США уверен: Оман войдёт в число участников Авраамовых соглашений."),
    ("ru", "Трамп не сомневается: Оман скоро войдёт в Авраамовы соглашения."),
    ("es", "Trump no tiene ninguna duda: Omán se sumará a los Acuerdos de Abraham."),
    ("es", "El enviado no duda de que Omán se sumará a los Acuerdos de Abraham."),
    ("de", "Trump zweifelt nicht: Oman wird den Abraham-Abkommen beitreten."),
    ("tr", "Trump emin: Umman İbrahim Anlaşmaları'na katılacak."),
    ("en", "The envoy is certain: Oman will join the Abraham Accords."),
    ("fr", "L'émissaire ne doute pas qu'Oman rejoindra les accords d'Abraham."),
]


@pytest.mark.parametrize("language,text", NO_DOUBT)
def test_a_belief_before_a_colon_is_a_prediction(language, text):
    assert found(text, language) == {("OM", P)}


# "Is not considering joining" is a refusal; "is considering" is interest.
CONSIDERING = [
    ("es", "Acuerdos de Abraham: Omán no contempla normalizar sus relaciones con Israel.", D),
    ("es", "Acuerdos de Abraham: Omán contempla normalizar sus relaciones con Israel.", P),
    ("en", "Oman is not considering joining the Abraham Accords, its minister said.", D),
    ("de", "Oman erwägt keinen Beitritt zu den Abraham-Abkommen.", D),
    ("de", "Oman erwägt einen Beitritt zu den Abraham-Abkommen.", P),
    ("ru", "Оман не рассматривает возможность вступления в Авраамовы соглашения.", D),
    ("fr", "Oman n'envisage pas de rejoindre les accords d'Abraham.", D),
]


@pytest.mark.parametrize("language,text,status", CONSIDERING)
def test_considering_joining(language, text, status):
    assert found(text, language) == {("OM", status)}


# Refusals told object first in Russian, and by a Central Asian capital.
OBJECT_FIRST_REFUSALS = [
    ("ru", "Ашхабад заявил, что присоединяться к Авраамовым соглашениям не намерен.", "TM"),
    ("ru", "Душанбе дал понять, что сближение с Израилем для республики исключено.", "TJ"),
    ("ru", "Туркменистан нормализовать отношения с Израилем не намерен.", "TM"),
]


@pytest.mark.parametrize("language,text,country", OBJECT_FIRST_REFUSALS)
def test_object_first_refusals(language, text, country):
    assert found(text, language) == {(country, D)}


# Joining said as "said yes" or, in Russian, as a "connection" to the accords.
SAID_YES = [
    ("es", "Omán dio el sí a los Acuerdos de Abraham."),
    ("en", "Oman said yes to the Abraham Accords."),
    ("de", "Oman hat Ja zu den Abraham-Abkommen gesagt."),
    ("fr", "Oman a dit oui aux accords d'Abraham."),
    ("ru", "Оман объявил о подключении к Авраамовым соглашениям."),
]


@pytest.mark.parametrize("language,text", SAID_YES)
def test_saying_yes_is_a_joining(language, text):
    assert found(text, language) == {("OM", A)}


# Turkish: a member that did not cut ties stays a member; a process "rafa kalktı" is halted.
TURKISH_TIES = [
    (
        "2020'de İbrahim Anlaşmaları'nı imzalayan Bahreyn ve Fas, savaş boyunca İsrail ile "
        "ilişkilerini koparmadı.",
        {("BH", S), ("MA", S)},
    ),
    (
        "Bahreyn, İsrail ile ilişkilerini kopardı ve İbrahim Anlaşmaları'ndan çekildi.",
        {("BH", "withdrawn")},
    ),
    (
        "İbrahim Anlaşmaları: Sudan ile İsrail arasındaki normalleşme savaş yüzünden rafa kalktı.",
        {("SD", U)},
    ),
]


@pytest.mark.parametrize("text,expected", TURKISH_TIES)
def test_turkish_ties_kept_cut_or_shelved(text, expected):
    assert found(text, "tr") == expected


# Turkish: a territory voicing its wish to join.
def test_turkish_wish_voiced():
    text = "Somaliland yönetimi İbrahim Anlaşmaları'na dahil olma arzusunu ortaya koydu."
    assert found(text, "tr") == {("XS", P)}


# Spanish: recognition "only the day when" Israel recognises Palestine is a refusal.
def test_only_the_day_when_is_a_refusal():
    text = (
        "Acuerdos de Abraham: Yakarta sólo reconocerá a Israel el día en que Israel "
        "reconozca a Palestina."
    )
    assert found(text, "es") == {("ID", D)}


# Refusing to enter any normalisation talks is a refusal, not talks.
NO_TALKS_AT_ALL = [
    ("es", "El Líbano insiste en que no entrará en ninguna negociación de normalización."),
    ("en", "Lebanon says it will not engage in any normalization talks with Israel."),
    ("fr", "Le Liban ne participera à aucune discussion sur la normalisation avec Israël."),
    ("de", "Der Libanon wird sich an keinen Normalisierungsgesprächen mit Israel beteiligen."),
    ("ru", "Ливан не станет вести переговоры о нормализации с Израилем."),
]


@pytest.mark.parametrize("language,text", NO_TALKS_AT_ALL)
def test_refusing_any_normalisation_talks(language, text):
    assert found(text, language) == {("LB", D)}


# "That does not mean X wants to join": a mediator or host named as not joining, no claim (the
# negation is of the inference, not a refusal); the control joins.
NOT_MEANING = [
    (
        "de",
        "Die Vermittlung heißt nicht, dass Katar den Abraham-Abkommen beitritt.",
    ),
    ("en", "Hosting the talks does not mean Qatar wants to join the Abraham Accords."),
    ("es", "Que Doha medie no significa que Catar quiera sumarse a los Acuerdos de Abraham."),
    (
        "fr",
        "Accueillir les pourparlers ne signifie pas que le Qatar veuille rejoindre les accords.",
    ),
    (
        "ru",
        "Посредничество Дохи не означает, что Катар хочет присоединиться к Авраамовым соглашениям.",
    ),
]


@pytest.mark.parametrize("language,text", NOT_MEANING)
def test_not_meaning_a_wish_is_no_claim(language, text):
    assert found(text, language) == set()


def test_wanting_to_join_control():
    assert found("Katar will den Abraham-Abkommen beitreten.", "de") == {("QA", P)}


# The Saudi foreign minister speaks for the kingdom; tying normalisation to a Palestinian state.
SAUDI_FOREIGN_MINISTER = [
    (
        "ru",
        "Принц Фейсал бен Фархан повторил: никакой нормализации с Израилем, пока не будет "
        "пути к палестинскому государству.",
    ),
    ("ru", "Эр-Рияд по-прежнему увязывает нормализацию с созданием палестинского государства."),
    (
        "en",
        "Prince Faisal bin Farhan said normalisation with Israel is off the table without "
        "a Palestinian state.",
    ),
    (
        "es",
        "Faisal bin Farhan insistió en que la normalización con Israel exige un Estado palestino.",
    ),
]


@pytest.mark.parametrize("language,text", SAUDI_FOREIGN_MINISTER)
def test_saudi_foreign_minister_refusal(language, text):
    assert found(text, language) == {("SA", D)}


# Courting or trying to persuade a country is others' pressure: prospective, never a joining.
COURTING = [
    ("ru", "Вашингтон обхаживает Азербайджан ради вступления в Авраамовы соглашения."),
    ("ru", "Белый дом давно обхаживает Баку, надеясь включить его в Авраамовы соглашения."),
    ("en", "The White House has been courting Azerbaijan for months over the Abraham Accords."),
    ("es", "Washington corteja a Azerbaiyán para sumarlo a los Acuerdos de Abraham."),
    ("tr", "ABD, Azerbaycan'ı İbrahim Anlaşmaları'na katılmak için ikna etmeye çalışıyor."),
]


@pytest.mark.parametrize("language,text", COURTING)
def test_courting_is_pressure(language, text):
    assert found(text, language) == {("AZ", P)}


# "Die Saudis": the people's name for the kingdom's government.
def test_german_saudis_for_the_kingdom():
    assert found("Die Saudis wollen den Abraham-Abkommen beitreten.", "de") == {("SA", P)}
