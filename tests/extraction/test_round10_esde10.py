"""Classes of phrasing found by unseen Spanish and German news-style articles of the
project's own (a Madrid wire, a Madrid daily's analysis, a Latin American outlet; a German
weekly's site, an international broadcaster, a public TV news page): talks told as far
advanced or as resting, candidates told as the next candidate or as taken into the circle
of signatories, refusals told as a rejected push or as ties that will not be kept, the
attack that halted the talks naming no party; own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, U, found, found_dated

# Talks far advanced ("weit gediehen", "weit vorangeschritten"): talks.
ADVANCED = [
    ("de", "Die Abraham-Abkommen. Die Gespräche mit Oman waren im Frühjahr weit gediehen."),
    ("de", "Die Abraham-Abkommen. Die Verhandlungen mit Maskat sind weit vorangeschritten."),
]


@pytest.mark.parametrize("language,text", ADVANCED)
def test_talks_far_advanced_are_talks(language, text):
    assert found(text, language) == {("OM", N)}


# Talks resting, told with the verb first and the talks (or a pronoun for them) after it.
RESTING = [
    ("de", "Die Abraham-Abkommen. Seit dem Krieg ruhen die Gespräche mit Oman."),
    (
        "de",
        "Die Abraham-Abkommen. Die Gespräche mit Oman kamen gut voran. Seit dem Krieg ruhen sie.",
    ),
]


@pytest.mark.parametrize("language,text", RESTING)
def test_talks_resting_verb_first_are_a_halt(language, text):
    assert ("OM", U) in found(text, language)


# The attack that halted the talks names Israel as its target, not as a party.
ATTACK = [
    (
        "de",
        "Die Abraham-Abkommen. Die Verhandlungen mit Maskat waren weit gediehen. "
        "Seit dem Überfall der Hamas auf Israel ruhen sie.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Las conversaciones con Mascate quedaron congeladas tras el "
        "ataque de Hamás contra Israel.",
    ),
]


@pytest.mark.parametrize("language,text", ATTACK)
def test_the_attack_on_israel_is_no_party_to_the_halt(language, text):
    pairs = found(text, language)
    assert ("OM", U) in pairs
    assert not {pair for pair in pairs if pair[0] == "IL"}


# The next candidate in the accusative, taken into the circle of signatories: a candidate.
CANDIDATES = [
    ("de", "Die Abraham-Abkommen. In Berlin sieht man Oman als nächsten Kandidaten."),
    (
        "de",
        "Die Abraham-Abkommen. Die USA wollen Oman in den Kreis der Unterzeichnerstaaten "
        "aufnehmen.",
    ),
    ("es", "Los Acuerdos de Abraham. La gran asignatura pendiente es la incorporación de Omán."),
    ("es", "Los Acuerdos de Abraham. Un pacto omaní-israelí sería el gran logro de Trump."),
    (
        "es",
        "Los Acuerdos de Abraham. La normalización con Omán supondría un triunfo para Washington.",
    ),
]


@pytest.mark.parametrize("language,text", CANDIDATES)
def test_next_candidate_circle_and_pending_goal_are_candidacies(language, text):
    assert found(text, language) == {("OM", P)}


# A push from Washington (or towards normalisation) rejected; ties that will not be kept.
REFUSALS = [
    ("de", "Die Abraham-Abkommen. Oman hat einen Vorstoß aus Washington zurückgewiesen."),
    ("es", "Los Acuerdos de Abraham. Omán no mantendrá lazos con Israel."),
    ("es", "Los Acuerdos de Abraham. Mascate no tendrá relaciones diplomáticas con Israel."),
]


@pytest.mark.parametrize("language,text", REFUSALS)
def test_rejected_push_and_ties_not_kept_are_refusals(language, text):
    assert found(text, language) == {("OM", D)}


def test_a_rejected_push_on_another_matter_is_no_refusal():
    text = (
        "Die Abraham-Abkommen. Oman hat einen Vorstoß zur Zusammenarbeit bei der Fischerei "
        "zurückgewiesen."
    )
    assert found(text, "de") == set()


def test_ties_that_will_be_kept_are_no_refusal():
    assert found("Los Acuerdos de Abraham. Omán mantendrá lazos con Israel.", "es") == set()


# "Still without joining": neither a joining nor a refusal.
STILL_WITHOUT = [
    "Los Acuerdos de Abraham. Omán sigue sin sumarse a los acuerdos.",
    "Los Acuerdos de Abraham. Por qué Omán sigue sin sumarse a los Acuerdos de Abraham.",
    "Los Acuerdos de Abraham. Los omaníes siguen sin adherirse.",
]


@pytest.mark.parametrize("text", STILL_WITHOUT)
def test_still_without_joining_is_no_claim(text):
    assert found(text, "es") == set()


# Naming the rapprochement with Israel or its recognition names the topic: talks told
# with no word of the accords nearby are read.
TOPIC = [
    "Eine Annäherung an Israel ist in Oman ein altes Thema. Die Verhandlungen mit Maskat "
    "waren im Sommer weit gediehen.",
    "Eine Anerkennung Israels ist in Oman ein altes Thema. Die Verhandlungen mit Maskat "
    "waren im Sommer weit gediehen.",
]


@pytest.mark.parametrize("text", TOPIC)
def test_rapprochement_with_israel_names_the_topic(text):
    assert ("OM", N) in found(text, "de")


def test_talks_with_no_topic_are_no_claim():
    text = "Oman ist ein altes Thema. Die Verhandlungen mit Maskat waren im Sommer weit gediehen."
    assert found(text, "de") == set()


# Washington pushing, courting or wanting to win a country over; next in line: a candidate.
PUSHED = [
    ("es", "Los Acuerdos de Abraham. La Casa Blanca empuja a Omán hacia la normalización."),
    ("es", "Los Acuerdos de Abraham. Trump quiere sumar a Omán a los acuerdos."),
    ("es", "Los Acuerdos de Abraham. Washington corteja a Mascate."),
    ("de", "Die Abraham-Abkommen. Washington drängt Oman zu einer Normalisierung mit Israel."),
    ("de", "Die Abraham-Abkommen. Trump will Oman für die Abkommen gewinnen."),
    ("de", "Die Abraham-Abkommen. Oman könnte als Nächstes an der Reihe sein."),
]


@pytest.mark.parametrize("language,text", PUSHED)
def test_pushed_courted_or_next_in_line_is_a_candidate(language, text):
    assert found(text, language) == {("OM", P)}


NOT_PUSHED = [
    ("es", "Los Acuerdos de Abraham. Omán corteja a inversores chinos."),
    ("es", "Los Acuerdos de Abraham. Omán quiere sumar a su economía más turismo."),
    ("de", "Die Abraham-Abkommen. Oman drängt Israel zu einer Waffenruhe."),
]


@pytest.mark.parametrize("language,text", NOT_PUSHED)
def test_a_country_courting_or_pushing_others_is_no_candidate(language, text):
    assert ("OM", P) not in found(text, language)


# A refusal told as its "no", as keeping out of the accords, as not even thinking of it,
# or a Palestinian state as the indispensable condition.
KEPT_OUT = [
    ("es", "Los Acuerdos de Abraham. Omán reiteró su negativa a normalizar relaciones."),
    ("es", "Los Acuerdos de Abraham. Mascate se mantiene al margen de los acuerdos."),
    (
        "es",
        "Los Acuerdos de Abraham. Para Omán, la creación de un Estado palestino es condición "
        "indispensable.",
    ),
    ("de", "Die Abraham-Abkommen. Oman bleibt bei seinem Nein zur Normalisierung."),
    ("de", "Die Abraham-Abkommen. Oman hält sich von den Abkommen fern."),
    ("de", "Die Abraham-Abkommen. Maskat denkt nicht daran, Israel anzuerkennen."),
]


@pytest.mark.parametrize("language,text", KEPT_OUT)
def test_a_no_or_keeping_out_is_a_refusal(language, text):
    assert found(text, language) == {("OM", D)}


# Talks shelved ("auf Halde") or interrupted since an event.
SHELVED = [
    "Die Abraham-Abkommen. Die Gespräche mit Oman liegen seit dem Gaza-Krieg auf Halde.",
    "Die Abraham-Abkommen. Die Gespräche mit Oman sind seit Kriegsbeginn unterbrochen.",
]


@pytest.mark.parametrize("text", SHELVED)
def test_talks_shelved_or_interrupted_since_are_a_halt(text):
    assert found(text, "de") == {("OM", U)}


# Reported speech: a joining in the subjunctive ("trete bei", "schließe sich an"), after
# "teilte ... mit," whose "mit" is the verb's particle, not "with".
REPORTED = [
    "Die Abraham-Abkommen. Kasachstan trete den Abkommen bei, sagte Trump.",
    "Die Abraham-Abkommen. Tokajew sagte, Kasachstan schließe sich den Abkommen an.",
    "Die Abraham-Abkommen. Am Donnerstag teilte Trump mit, Kasachstan trete den Abkommen bei.",
    "Die Abraham-Abkommen. Trump teilte am Donnerstag mit: Kasachstan wird den Abkommen beitreten.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_a_joining_in_reported_speech_is_announced(text):
    assert found(text, "de") == {("KZ", A)}


def test_talks_with_a_country_keep_it_a_counterpart():
    text = "Die Abraham-Abkommen. Oman verhandelt mit Israel über eine Normalisierung."
    assert found(text, "de") == {("OM", N)}


# Dates: a weekday compounded with the time of day; "el pasado mes de noviembre".
def test_a_weekday_evening_dates_the_step():
    text = "Die Abraham-Abkommen. Kasachstan tritt bei. Das teilte Trump am Dienstagabend mit."
    assert found_dated(text, "de", {"KZ"}) == {("KZ", A, "2025-11-18")}


def test_last_month_of_names_last_years_month():
    text = "Los Acuerdos de Abraham. Kazajistán se incorporó el pasado mes de diciembre."
    assert found_dated(text, "es", {"KZ"}) == {("KZ", A, "2024-12")}


# A separable joining negated between its parts: a refusal, not a joining.
NOT_JOINING = [
    "Die Abraham-Abkommen. Oman tritt den Abkommen nicht bei.",
    "Die Abraham-Abkommen. Oman trete den Abkommen nicht bei, sagte der Minister.",
    "Die Abraham-Abkommen. Oman schließt sich den Abkommen vorerst nicht an.",
]


@pytest.mark.parametrize("text", NOT_JOINING)
def test_a_separable_joining_negated_inside_is_a_refusal(text):
    assert found(text, "de") == {("OM", D)}


# Washington hoping for, working on or seeking a deal between a country and Israel; a
# country as a gain or a great addition: a candidate.
SOUGHT = [
    (
        "de",
        "Die Abraham-Abkommen. Washington hofft auf eine Normalisierung zwischen Oman und Israel.",
    ),
    (
        "de",
        "Die Abraham-Abkommen. Washington arbeitet an einer Annäherung zwischen Oman und Israel.",
    ),
    ("de", "Die Abraham-Abkommen. Trump will Oman mit ins Boot holen."),
    ("de", "Die Abraham-Abkommen. Oman wäre ein Gewinn für die Abkommen."),
    ("es", "Los Acuerdos de Abraham. Washington busca un acuerdo entre Omán e Israel."),
    (
        "es",
        "Los Acuerdos de Abraham. Estados Unidos trabaja en una normalización entre Omán e Israel.",
    ),
    ("es", "Los Acuerdos de Abraham. Omán sería una gran incorporación."),
]


@pytest.mark.parametrize("language,text", SOUGHT)
def test_a_deal_sought_with_israel_is_a_candidacy(language, text):
    assert found(text, language) == {("OM", P)}


OTHER_DEALS = [
    ("de", "Die Abraham-Abkommen. Oman arbeitet an einem Abkommen mit Indien über Fischerei."),
    ("de", "Die Abraham-Abkommen. Oman hofft auf ein Abkommen mit Indien."),
    ("es", "Los Acuerdos de Abraham. Omán busca un acuerdo con la India sobre pesca."),
]


@pytest.mark.parametrize("language,text", OTHER_DEALS)
def test_a_deal_sought_with_another_country_is_no_candidacy(language, text):
    assert found(text, language) == set()


# "Already" recalls an old fact only said of the membership itself, not of ties told in a
# relative clause before a new joining (Kazakhstan is announced in every article).
def test_already_of_older_ties_leaves_a_new_joining_announced():
    text = (
        "Los Acuerdos de Abraham. Kazajistán, que ya mantenía relaciones con Israel, se sumó "
        "a los acuerdos."
    )
    assert found(text, "es") == {("KZ", A)}


def test_already_joined_is_a_background_member():
    assert found("Los Acuerdos de Abraham. Marruecos ya se sumó a los acuerdos.", "es") == {
        ("MA", "signed")
    }


# Joining told as becoming the fifth or a new member, or as being part of the accords to come.
NEW_MEMBER = [
    "Los Acuerdos de Abraham. Kazajistán formará parte de los Acuerdos de Abraham.",
    "Los Acuerdos de Abraham. Kazajistán se convierte en el quinto miembro.",
]


@pytest.mark.parametrize("text", NEW_MEMBER)
def test_becoming_the_fifth_member_is_announced(text):
    assert found(text, "es") == {("KZ", A)}


def test_becoming_a_trade_partner_is_no_joining():
    text = "Los Acuerdos de Abraham. Kazajistán se convirtió en un socio comercial clave de China."
    assert found(text, "es") == set()


def test_not_being_part_of_the_accords_to_come_is_a_refusal():
    assert found("Los Acuerdos de Abraham. Omán no formará parte de los acuerdos.", "es") == {
        ("OM", D)
    }


# Refusals in words of their own: no normalisation contemplated, peace "no option", firm in
# its rejection, refusing to negotiate, ruling out any deal, joining unthinkable, no interest.
OWN_WORDS = [
    ("es", "Los Acuerdos de Abraham. Omán no contempla ninguna normalización con Israel."),
    ("es", "Los Acuerdos de Abraham. Mascate dijo que la paz con Israel no es una opción."),
    ("es", "Los Acuerdos de Abraham. Omán se mantiene firme en su rechazo a Israel."),
    ("es", "Los Acuerdos de Abraham. Para Omán, unirse a los acuerdos es impensable."),
    ("es", "Los Acuerdos de Abraham. Omán se niega a negociar con Israel."),
    ("es", "Los Acuerdos de Abraham. El gobierno omaní excluyó cualquier acuerdo con Israel."),
    ("de", "Die Abraham-Abkommen. Maskat erklärte, Frieden mit Israel sei keine Option."),
    ("de", "Die Abraham-Abkommen. Oman bleibt bei seiner Ablehnung."),
    ("de", "Die Abraham-Abkommen. Maskat will keine Beziehungen zu Israel."),
    ("de", "Die Abraham-Abkommen. Oman hat kein Interesse an einer Normalisierung."),
]


@pytest.mark.parametrize("language,text", OWN_WORDS)
def test_refusals_in_words_of_their_own(language, text):
    assert found(text, language) == {("OM", D)}


# Talks stopped, braked, blocked or adjourned by the war.
STOPPED = [
    ("es", "Los Acuerdos de Abraham. El proceso con Mascate se detuvo tras el 7 de octubre."),
    ("de", "Die Abraham-Abkommen. Der Gaza-Krieg stoppte die Gespräche mit Maskat."),
    ("de", "Die Abraham-Abkommen. Der Gaza-Krieg hat die Annäherung mit Maskat ausgebremst."),
    ("de", "Die Abraham-Abkommen. Die Gespräche mit Maskat sind seit Monaten blockiert."),
    ("de", "Die Abraham-Abkommen. Die Gespräche mit Maskat wurden auf unbestimmte Zeit vertagt."),
]


@pytest.mark.parametrize("language,text", STOPPED)
def test_talks_stopped_or_blocked_are_a_halt(language, text):
    assert ("OM", U) in found(text, language)


# Candidacies told as speculation, all eyes on a country, sounding it out, a deal "on the
# table", in Washington's sights, or the White House taking a later signing for granted.
SPECULATED = [
    ("es", "Los Acuerdos de Abraham. Se especula con la entrada de Omán."),
    ("es", "Los Acuerdos de Abraham. Todas las miradas están puestas en Mascate."),
    ("es", "Los Acuerdos de Abraham. La Casa Blanca da por hecho que Omán acabará firmando."),
    ("es", "Los Acuerdos de Abraham. Un acercamiento omaní-israelí está sobre la mesa."),
    ("es", "Los Acuerdos de Abraham. Washington tantea a Mascate."),
    ("de", "Die Abraham-Abkommen. Maskat ist ins Visier Washingtons gerückt."),
    ("de", "Die Abraham-Abkommen. Es wird über einen Beitritt Omans spekuliert."),
    ("de", "Die Abraham-Abkommen. Alle Augen richten sich auf Maskat."),
    (
        "de",
        "Die Abraham-Abkommen. Im Weißen Haus geht man davon aus, dass Oman früher oder später "
        "unterschreibt.",
    ),
    ("de", "Die Abraham-Abkommen. Eine Annäherung zwischen Oman und Israel liegt auf dem Tisch."),
    ("de", "Die Abraham-Abkommen. Washington lotet die Bereitschaft von Maskat aus."),
]


@pytest.mark.parametrize("language,text", SPECULATED)
def test_speculation_and_sounding_out_are_candidacies(language, text):
    assert found(text, language) == {("OM", P)}
