"""Classes of phrasing found by unseen French and Spanish news-style articles of the
project's own (a Paris daily, a Maghreb and a West African outlet, Spanish and Latin
American papers), each carried to the other languages where it is said the same way;
own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract
from tests.extraction.found import A, D, P, found

# A country's position on normalisation "unchanged", or normalisation that "remains
# subject to" a Palestinian state: a refusal.
POSITION_UNCHANGED = [
    (
        "fr",
        "Les accords d'Abraham. Pour Kuala Lumpur, la position sur la normalisation avec "
        "Israël demeure inchangée.",
        "MY",
    ),
    (
        "fr",
        "Les accords d'Abraham. Au Liban, toute normalisation reste subordonnée au retrait "
        "israélien des territoires occupés.",
        "LB",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. En Malasia, la postura sobre la normalización con Israel no "
        "ha variado en absoluto.",
        "MY",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Para el Líbano, la normalización queda supeditada a una "
        "retirada israelí del sur.",
        "LB",
    ),
    (
        "en",
        "The Abraham Accords. Malaysia's stance on relations with Israel has not changed, a "
        "ministry spokesman said.",
        "MY",
    ),
]


@pytest.mark.parametrize("language,text,country", POSITION_UNCHANGED)
def test_position_unchanged_is_a_refusal(language, text, country):
    assert found(text, language) == {(country, D)}


# A member's own position "unchanged" is no refusal: only a position on normalisation is.
def test_a_member_keeping_its_position_refuses_nothing():
    text = (
        "Les accords d'Abraham. Les Émirats ont fait savoir que leur position n'a pas changé : "
        "ils restent membres des accords."
    )
    assert found(text, "fr") == {("AE", "signed")}


# "Solo ... cuando": a restriction with words between its parts.
def test_only_when_with_words_between_is_a_refusal():
    text = (
        "Los Acuerdos de Abraham. Malasia solo establecerá relaciones plenas con Israel "
        "cuando Palestina sea un Estado independiente."
    )
    assert ("MY", D) in found(text, "es")
    assert ("MY", A) not in found(text, "es")


# Becoming the fifth (new, last) country or member of the accords: a joining, announced
# for a newcomer whose signing is still to come.
BECOMES_NTH_MEMBER = [
    ("fr", "Les accords d'Abraham. L'Azerbaïdjan devient le sixième pays des accords d'Abraham."),
    (
        "fr",
        "Les accords d'Abraham. L'Azerbaïdjan est devenu le nouveau pays membre des accords.",
    ),
    ("es", "Los Acuerdos de Abraham. Azerbaiyán se convierte en el sexto país de los acuerdos."),
    ("es", "Los Acuerdos de Abraham. Azerbaiyán se convirtió en el nuevo miembro de los acuerdos."),
]


@pytest.mark.parametrize("language,text", BECOMES_NTH_MEMBER)
def test_becoming_the_nth_member_is_a_joining(language, text):
    assert found(text, language) == {("AZ", A)}


# "Last November" next to a month: the latest such month up to publication, never the year
# the paragraph has just named (a 2020 year would make a newcomer's joining a signing).
LAST_MONTH = [
    (
        "es",
        "Los Acuerdos de Abraham se firmaron en 2020. El pasado octubre se incorporó Azerbaiyán.",
    ),
    (
        "fr",
        "Les accords d'Abraham ont été signés en 2020. En octobre dernier, l'Azerbaïdjan a "
        "rejoint les accords.",
    ),
    ("en", "The Abraham Accords were signed in 2020. Last October Azerbaijan joined the accords."),
]


@pytest.mark.parametrize("language,text", LAST_MONTH)
def test_last_month_is_the_latest_before_publication(language, text):
    claims = extract(text, language=language, published=datetime.date(2025, 12, 4)).claims
    assert {(c.country, c.status, c.date) for c in claims} == {("AZ", A, "2025-10")}


# A target of Washington's diplomacy, in its sights, a goal or priority, a country it would
# like to convince, the next candidate, pressure "so that" it takes the step: a candidate.
CANDIDATE_TURNS = [
    (
        "fr",
        "Les accords d'Abraham. Oman fait partie des prochaines cibles de la diplomatie "
        "américaine.",
        "OM",
    ),
    ("fr", "Les accords d'Abraham. Le Niger est désormais dans le viseur de Washington.", "NE"),
    (
        "fr",
        "Les accords d'Abraham. Pour la Maison Blanche, un rapprochement israélo-koweïtien "
        "serait l'objectif prioritaire de l'année.",
        "KW",
    ),
    (
        "fr",
        "Les accords d'Abraham. Un accord saoudo-israélien reste la priorité absolue du président.",
        "SA",
    ),
    (
        "fr",
        "Les accords d'Abraham. Le Koweït figure parmi les pays que Washington voudrait "
        "convaincre.",
        "KW",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Omán es el próximo objetivo de la diplomacia estadounidense.",
        "OM",
    ),
    ("es", "Los Acuerdos de Abraham. Níger está en el punto de mira de Washington.", "NE"),
    (
        "es",
        "Los Acuerdos de Abraham. Un pacto saudí-israelí sigue siendo el objetivo declarado "
        "de la Casa Blanca.",
        "SA",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Kuwait, cuya adhesión es la gran prioridad del enviado, "
        "guarda silencio.",
        "KW",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. La Casa Blanca señala a Omán como el siguiente candidato.",
        "OM",
    ),
    ("es", "Los Acuerdos de Abraham. Washington presiona a Mascate para que dé el paso.", "OM"),
]


@pytest.mark.parametrize("language,text,country", CANDIDATE_TURNS)
def test_candidate_turns(language, text, country):
    assert found(text, language) == {(country, P)}


# Hoping to attract investors is no wish to convince anyone to join.
@pytest.mark.parametrize(
    "language,text",
    [
        (
            "fr",
            "Le Kazakhstan, membre tout neuf des accords d'Abraham, cherche à attirer des "
            "capitaux.",
        ),
        (
            "es",
            "Kazajistán, recién llegado a los Acuerdos de Abraham, espera atraer a inversores "
            "israelíes.",
        ),
    ],
)
def test_attracting_investment_is_no_candidacy(language, text):
    assert ("KZ", P) not in found(text, language)


# "Join the accords signed in 2020 by the UAE and Bahrain": the agent of the participle
# describing the accords signed them (background members); the joiner is the subject.
SIGNED_BY_AFTER_A_JOINING = [
    (
        "fr",
        "Les accords d'Abraham. Oman pourrait rejoindre les accords signés en 2020 par les "
        "Emirats arabes unis et Bahreïn.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Omán podría sumarse a los acuerdos firmados en 2020 por "
        "Emiratos Árabes Unidos y Baréin.",
    ),
    (
        "en",
        "The Abraham Accords. Oman could join the accords signed in 2020 by the United Arab "
        "Emirates and Bahrain.",
    ),
]


@pytest.mark.parametrize("language,text", SIGNED_BY_AFTER_A_JOINING)
def test_the_signers_of_the_accords_do_not_join_them(language, text):
    assert found(text, language) == {("OM", P), ("AE", "signed"), ("BH", "signed")}


# Talks on disarmament or a land border are no accession talks.
@pytest.mark.parametrize(
    "language,text",
    [
        (
            "fr",
            "Les accords d'Abraham. Le Liban négocie avec Washington le désarmement du Hezbollah.",
        ),
        (
            "es",
            "Los Acuerdos de Abraham. El Líbano negocia con Israel la demarcación de la frontera.",
        ),
        (
            "en",
            "The Abraham Accords. Lebanon is negotiating with Washington over the disarmament "
            "of Hezbollah.",
        ),
    ],
)
def test_disarmament_talks_are_no_accession_talks(language, text):
    assert found(text, language) == set()
