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


# Halts told through the counterpart ("normalisation with X is on hold"): X's halt.
HALT_WITH_COUNTERPART = [
    (
        "fr",
        "Les accords d'Abraham. Le rapprochement avec Oman a été mis entre parenthèses depuis "
        "la guerre.",
    ),
    (
        "fr",
        "Les accords d'Abraham. Le processus de normalisation avec Mascate est au point mort.",
    ),
    ("es", "Los Acuerdos de Abraham. La normalización con Omán quedó congelada tras la guerra."),
    ("es", "Los Acuerdos de Abraham. Las negociaciones con Mascate están en suspenso."),
    ("en", "The Abraham Accords. Normalization with Oman has been on hold since the war."),
    ("en", "The Abraham Accords. Talks with Muscat were frozen last year."),
]


@pytest.mark.parametrize("language,text", HALT_WITH_COUNTERPART)
def test_a_halt_told_through_the_counterpart(language, text):
    assert found(text, language) == {("OM", "suspended")}


# Expanding or extending the accords "to" a country, a country others covet, a deal with it
# that "remains the goal", pushing it to normalise: a candidate.
MORE_CANDIDATE_TURNS = [
    ("fr", "Les accords d'Abraham. Trump veut étendre les accords d'Abraham à Oman.", "OM"),
    ("fr", "Les accords d'Abraham. L'élargissement des accords au Koweït est à l'étude.", "KW"),
    ("fr", "Les accords d'Abraham. Le Qatar reste la pièce que convoite Washington.", "QA"),
    (
        "fr",
        "Les accords d'Abraham. Une normalisation entre Israël et Oman demeure l'objectif.",
        "OM",
    ),
    ("fr", "Les accords d'Abraham. Washington pousse Mascate à normaliser.", "OM"),
    ("es", "Los Acuerdos de Abraham. Trump quiere extender los Acuerdos de Abraham a Omán.", "OM"),
    ("es", "Los Acuerdos de Abraham. La ampliación de los acuerdos a Kuwait se estudia.", "KW"),
    ("es", "Los Acuerdos de Abraham. Catar es la pieza que codicia Washington.", "QA"),
    (
        "es",
        "Los Acuerdos de Abraham. Un acuerdo entre Israel y Omán sigue siendo el objetivo.",
        "OM",
    ),
    ("es", "Los Acuerdos de Abraham. Washington empuja a Mascate a normalizar.", "OM"),
]


@pytest.mark.parametrize("language,text,country", MORE_CANDIDATE_TURNS)
def test_more_candidate_turns(language, text, country):
    assert found(text, language) == {(country, P)}


# An expansion with no country after it gives the country before it nothing.
def test_an_expansion_with_no_target_is_no_candidacy():
    text = "Les accords d'Abraham. Après le Kazakhstan, l'élargissement des accords piétine."
    assert ("KZ", P) not in found(text, "fr")


# A deal "the object of" negotiations: talks.
@pytest.mark.parametrize(
    "language,text",
    [
        (
            "fr",
            "Les accords d'Abraham. La normalisation israélo-koweïtienne fait l'objet de "
            "discussions.",
        ),
        (
            "es",
            "Los Acuerdos de Abraham. La normalización entre Kuwait e Israel es objeto de "
            "negociaciones.",
        ),
    ],
)
def test_the_object_of_talks(language, text):
    assert found(text, language) == {("KW", "negotiating")}


# Normalisation that "goes through" a Palestinian state, "no normalisation without" one:
# a refusal, also when the country is named after the quote.
NO_NORMALISATION_WITHOUT = [
    (
        "fr",
        "Les accords d'Abraham. Pour Koweït, la normalisation passe par un État palestinien.",
    ),
    ("fr", "Les accords d'Abraham. Pas de normalisation sans État palestinien, répète Koweït."),
    (
        "es",
        "Los Acuerdos de Abraham. Para Kuwait, la normalización pasa por un Estado palestino.",
    ),
    ("es", "Los Acuerdos de Abraham. No habrá normalización sin Estado palestino, insiste Kuwait."),
]


@pytest.mark.parametrize("language,text", NO_NORMALISATION_WITHOUT)
def test_no_normalisation_without(language, text):
    assert found(text, language) == {("KW", D)}


# Talks "left up in the air": a halt.
def test_talks_up_in_the_air_are_halted():
    text = (
        "Los Acuerdos de Abraham. Las conversaciones con Omán quedaron en el aire tras la guerra."
    )
    assert found(text, "es") == {("OM", "suspended")}


# Neighbours reacting (or not) to another's joining do not join.
NEIGHBOURS_REACTING = [
    (
        "fr",
        "Les accords d'Abraham. Le Tadjikistan et le Turkménistan, voisins de l'Ouzbékistan, "
        "n'ont pas réagi à son adhésion.",
    ),
    ("fr", "Les accords d'Abraham. Le Tadjikistan a salué son adhésion."),
    (
        "es",
        "Los Acuerdos de Abraham. Tayikistán y Turkmenistán, vecinos de Uzbekistán, no "
        "reaccionaron a su adhesión.",
    ),
    ("es", "Los Acuerdos de Abraham. Tayikistán saludó su adhesión."),
]


@pytest.mark.parametrize("language,text", NEIGHBOURS_REACTING)
def test_neighbours_reacting_do_not_join(language, text):
    assert not {claim for claim in found(text, language) if claim[0] in ("TJ", "TM")}


# Breaking off relations with Israel since the accords, told of a country the text never
# makes a member: no withdrawal from the accords.
@pytest.mark.parametrize(
    "language,text",
    [
        (
            "es",
            "Los Acuerdos de Abraham. Bolivia, que rompió relaciones con Israel en 2023, no "
            "tiene ningún papel en este proceso.",
        ),
        (
            "en",
            "The Abraham Accords. Bolivia, which broke off relations with Israel in 2023, plays "
            "no part in this.",
        ),
    ],
)
def test_a_non_member_breaking_ties_left_no_accords(language, text):
    assert ("BO", "withdrawn") not in found(text, language)


# "The latter" after a list: the last country named, whose halt it tells.
THE_LATTER = [
    (
        "fr",
        "Les accords d'Abraham réunissent Israël, les Émirats arabes unis, Bahreïn et le "
        "Soudan. Ce dernier n'a rien ratifié, et le processus y est à l'arrêt depuis la guerre.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham reúnen a Israel, Emiratos Árabes Unidos, Baréin y Sudán. Este "
        "último nunca los ratificó, y el proceso quedó congelado desde la guerra.",
    ),
    (
        "en",
        "The Abraham Accords bring together Israel, the UAE, Bahrain and Sudan. The latter "
        "never ratified them, and the process has been frozen since the war.",
    ),
]


@pytest.mark.parametrize("language,text", THE_LATTER)
def test_the_latter_is_the_last_country_named(language, text):
    claims = found(text, language)
    assert ("SD", "suspended") in claims
    assert not {c for c in claims if c[1] == "suspended" and c[0] != "SD"}


# "Any prospect of ratification" is no ratification.
@pytest.mark.parametrize(
    "language,text",
    [
        (
            "fr",
            "Les accords d'Abraham. Le Soudan, en guerre, a vu disparaître toute perspective de "
            "ratification.",
        ),
        (
            "es",
            "Los Acuerdos de Abraham. Sudán, en guerra, ha perdido toda perspectiva de "
            "ratificación.",
        ),
        ("en", "The Abraham Accords. Sudan, at war, has lost any prospect of ratification."),
    ],
)
def test_a_prospect_of_ratification_is_none(language, text):
    assert ("SD", "ratified") not in found(text, language)


# "X tampoco", "X non plus": the step of the sentence before, for X too.
@pytest.mark.parametrize(
    "language,text",
    [
        ("es", "Los Acuerdos de Abraham. Brunéi no se unirá a los acuerdos. Malasia tampoco."),
        ("fr", "Les accords d'Abraham. Brunei ne rejoindra pas les accords. La Malaisie non plus."),
    ],
)
def test_neither_carries_the_refusal(language, text):
    assert found(text, language) == {("BN", D), ("MY", D)}


# "After the accession of X": a joining told as a past event opens a clause of its own; the
# candidacy before it is not its object.
@pytest.mark.parametrize(
    "language,text",
    [
        (
            "fr",
            "Les accords d'Abraham. Oman serait la prochaine cible de Washington après "
            "l'adhésion du Kazakhstan annoncée en novembre.",
        ),
        (
            "es",
            "Los Acuerdos de Abraham. Omán sería el próximo objetivo de Washington tras la "
            "adhesión de Kazajistán anunciada en noviembre.",
        ),
    ],
)
def test_after_the_accession_of(language, text):
    assert found(text, language) == {("OM", P), ("KZ", A)}


# Wanting to join told in the past ("il voulait faire partie", "quería formar parte"),
# a country in the press's speculation, an accession proposed to it: a candidate.
PAST_WISHES_AND_SPECULATION = [
    (
        "fr",
        "Les accords d'Abraham. L'émir a dit en novembre qu'Oman voulait faire partie des accords.",
    ),
    ("es", "Los Acuerdos de Abraham. Omán dijo en noviembre que quería formar parte de ellos."),
    (
        "fr",
        "Les accords d'Abraham. Oman figure depuis des semaines dans les spéculations de la "
        "presse.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Omán figura desde hace semanas en las especulaciones de la "
        "prensa.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. En enero, la Casa Blanca le propuso formalmente la adhesión "
        "a Omán.",
    ),
]


@pytest.mark.parametrize("language,text", PAST_WISHES_AND_SPECULATION)
def test_past_wishes_and_speculation(language, text):
    assert found(text, language) == {("OM", P)}


# "Avant que le Maroc ne les rejoigne en décembre": a joining in the subjunctive with its
# month or year is a past joining (a first signatory's, so its signing).
def test_a_dated_subjunctive_joining_is_a_past_joining():
    text = (
        "Les accords d'Abraham. Les Émirats arabes unis et Bahreïn avaient signé en septembre "
        "2020, avant que le Maroc ne les rejoigne en décembre de la même année."
    )
    assert found(text, "fr") == {("AE", "signed"), ("BH", "signed"), ("MA", "signed")}


def test_an_undated_subjunctive_joining_stays_a_wish():
    text = "Les accords d'Abraham. Washington veut conclure avant que Oman ne les rejoigne."
    assert ("OM", A) not in found(text, "fr")


# Neighbours named in an apposition to the joiner ("Kazakhstan, a neighbour of Russia and
# China, has joined"): all of them describe it; none joins.
NEIGHBOURS_IN_APPOSITION = [
    (
        "fr",
        "Les accords d'Abraham. L'Ouzbékistan, voisin du Tadjikistan et du Turkménistan, a "
        "rejoint les accords d'Abraham.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Uzbekistán, vecino de Tayikistán y Turkmenistán, se ha sumado "
        "a los Acuerdos de Abraham.",
    ),
    (
        "en",
        "The Abraham Accords. Uzbekistan, a neighbour of Tajikistan and Turkmenistan, has joined "
        "the Abraham Accords.",
    ),
]


@pytest.mark.parametrize("language,text", NEIGHBOURS_IN_APPOSITION)
def test_neighbours_in_an_apposition_do_not_join(language, text):
    assert found(text, language) == {("UZ", A)}


# Joining the condemnation is no joining.
@pytest.mark.parametrize(
    "language,text",
    [
        (
            "es",
            "Los Acuerdos de Abraham. Túnez, aliado de Argelia, se sumó a la condena de la "
            "decisión.",
        ),
        (
            "fr",
            "Les accords d'Abraham. La Tunisie s'est jointe à la condamnation de cette décision.",
        ),
    ],
)
def test_joining_the_condemnation_is_no_joining(language, text):
    assert ("TN", A) not in found(text, language)


# Rejecting "any idea of" normalisation (an adverb between), judging it premature: a refusal.
@pytest.mark.parametrize(
    "language,text",
    [
        (
            "fr",
            "Les accords d'Abraham. Le Koweït rejette catégoriquement toute idée de normalisation.",
        ),
        ("fr", "Les accords d'Abraham. Koweït juge toute normalisation prématurée."),
        ("es", "Los Acuerdos de Abraham. Kuwait rechaza de plano toda idea de normalización."),
        ("es", "Los Acuerdos de Abraham. Kuwait considera la normalización prematura."),
    ],
)
def test_rejecting_any_idea_of_normalisation(language, text):
    assert found(text, language) == {("KW", D)}


# Still hoping to convince or tie a country to the accords, courted by Washington: a candidate.
@pytest.mark.parametrize(
    "language,text",
    [
        ("fr", "Les accords d'Abraham. Washington espère toujours convaincre Mascate."),
        ("fr", "Les accords d'Abraham. Washington espère arrimer Oman aux accords."),
        ("fr", "Les accords d'Abraham. Oman est désormais courtisé par Washington."),
        ("es", "Los Acuerdos de Abraham. Washington espera todavía convencer a Omán."),
        ("es", "Los Acuerdos de Abraham. Omán es cortejado por Washington."),
    ],
)
def test_hoping_to_convince_and_courted(language, text):
    assert found(text, language) == {("OM", P)}


# An accession "was announced" (the joining noun with its genitive, in the passive): announced.
def test_an_accession_announced_in_the_passive():
    text = "Los Acuerdos de Abraham. La incorporación de Uzbekistán fue anunciada por Trump."
    assert found(text, "es") == {("UZ", A)}


# The missing piece, dreaming of bringing a country in: a candidate.
@pytest.mark.parametrize(
    "language,text",
    [
        ("es", "Los Acuerdos de Abraham. Omán es la gran pieza que falta."),
        ("es", "Los Acuerdos de Abraham. La Casa Blanca sueña con sumar a Omán."),
        ("fr", "Les accords d'Abraham. Oman reste la pièce manquante."),
        ("fr", "Les accords d'Abraham. La Maison Blanche rêve de faire entrer Oman."),
    ],
)
def test_the_missing_piece(language, text):
    assert found(text, language) == {("OM", P)}


# "Should formalise its accession at a ceremony": the accession is decided, its formal act
# still to come (announced, not a candidacy weakened by "should").
@pytest.mark.parametrize(
    "language,text",
    [
        (
            "fr",
            "Les accords d'Abraham. L'Ouzbékistan devrait officialiser son adhésion lors d'une "
            "cérémonie à Washington.",
        ),
        (
            "es",
            "Los Acuerdos de Abraham. Uzbekistán debería formalizar su adhesión en una ceremonia "
            "en Washington.",
        ),
    ],
)
def test_formalising_an_accession_to_come(language, text):
    assert found(text, language) == {("UZ", A)}


# Pressed "to join", cited as a candidate: a candidate; a Palestinian state "a precondition":
# a refusal; a rapprochement "broken down": a halt.
@pytest.mark.parametrize(
    "language,text,expected",
    [
        ("fr", "Les accords d'Abraham. Washington presse Mascate de rejoindre les accords.", P),
        ("fr", "Les accords d'Abraham. Oman est souvent cité comme candidat.", P),
        ("es", "Los Acuerdos de Abraham. Omán es citado a menudo como candidato.", P),
        (
            "fr",
            "Les accords d'Abraham. Mascate a répété qu'un État palestinien était une condition "
            "préalable.",
            D,
        ),
        (
            "es",
            "Los Acuerdos de Abraham. Mascate repitió que un Estado palestino es una condición "
            "previa.",
            D,
        ),
        (
            "fr",
            "Les accords d'Abraham. Depuis la guerre, le rapprochement israélo-omanais est en "
            "panne.",
            "suspended",
        ),
    ],
)
def test_pressed_cited_precondition_broken_down(language, text, expected):
    assert found(text, language) == {("OM", expected)}


# "Selon la presse" (the noun) presses no one.
def test_the_press_as_a_noun_is_no_pressure():
    text = "Les accords d'Abraham. Selon la presse, l'Ouzbékistan va rejoindre les accords."
    assert found(text, "fr") == {("UZ", A)}


# The same "position unchanged" refusal, carried to German, Indonesian, Malay and Russian.
@pytest.mark.parametrize(
    "language,text,country",
    [
        (
            "de",
            "Die Abraham-Abkommen. Malaysias Haltung zur Normalisierung mit Israel bleibt "
            "unverändert.",
            "MY",
        ),
        (
            "id",
            "Abraham Accords. Sikap Malaysia terhadap normalisasi dengan Israel tidak berubah.",
            "MY",
        ),
        (
            "ms",
            "Perjanjian Abraham. Pendirian Malaysia terhadap normalisasi dengan Israel tidak "
            "berubah.",
            "MY",
        ),
        (
            "ru",
            "Авраамовы соглашения. Позиция Саудовской Аравии по нормализации с Израилем "
            "остается неизменной.",
            "SA",
        ),
    ],
)
def test_position_unchanged_in_other_languages(language, text, country):
    assert found(text, language) == {(country, D)}
