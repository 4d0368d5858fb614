"""Classes of phrasing found by unseen English and French news-style articles of the
project's own (a wire dispatch, an analysis, an explainer; a Paris daily, a Maghreb and a
West African outlet), each carried to the other languages where it is said the same way;
own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, N, P, S, U, found

# Several rounds of talks or discussions about joining: talks.
ROUNDS_OF_TALKS = [
    (
        "en",
        "The Abraham Accords. Mauritanian and American officials have held several rounds of "
        "discussions this winter.",
    ),
    (
        "fr",
        "Les accords d'Abraham. La Mauritanie a tenu plusieurs séries de discussions avec "
        "Washington cet hiver.",
    ),
    (
        "de",
        "Die Abraham-Abkommen. Mauretanien und die USA haben mehrere Verhandlungsrunden über "
        "einen Beitritt geführt.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Mauritania ha celebrado varias rondas de conversaciones sobre su "
        "adhesión con Washington.",
    ),
    (
        "ru",
        "Авраамовы соглашения. Мавритания провела с Вашингтоном несколько раундов переговоров "
        "о присоединении.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları. Moritanya bu kış Washington ile birkaç katılım müzakere turu yaptı.",
    ),
    (
        "id",
        "Abraham Accords. Mauritania telah menggelar beberapa putaran perundingan tentang "
        "bergabung dengan Washington.",
    ),
    (
        "ms",
        "Perjanjian Abraham. Mauritania telah mengadakan beberapa pusingan rundingan mengenai "
        "normalisasi dengan Washington.",
    ),
    (
        "ar",
        "اتفاقيات أبراهام. أجرت موريتانيا عدة جولات من المحادثات بشأن الانضمام مع واشنطن.",
    ),
    (
        "fa",
        "توافق ابراهیم. موریتانی چند دور مذاکرات درباره پیوستن با واشنگتن برگزار کرده است.",
    ),
    (
        "he",
        "הסכמי אברהם. מאוריטניה קיימה כמה סבבי שיחות על הצטרפות עם וושינגטון.",
    ),
]


@pytest.mark.parametrize("language,text", ROUNDS_OF_TALKS)
def test_rounds_of_talks_are_talks(language, text):
    assert found(text, language) == {("MR", N)}


# A country on a leader's wish list, the name most often mentioned, a plausible recruit,
# a country others would like to see "on board" or "come aboard": a candidate.
WISH_LISTS = [
    (
        "en",
        "The Abraham Accords. Trump has named Oman as a country he would like to see on board.",
        "OM",
    ),
    (
        "en",
        "The Abraham Accords. President Trump said he expects Riyadh to come aboard at the "
        "right time.",
        "SA",
    ),
    (
        "en",
        "The Abraham Accords. Oman is high on Washington's wish list.",
        "OM",
    ),
    (
        "en",
        "The Abraham Accords. Of all the capitals, Mauritania is the name most often mentioned.",
        "MR",
    ),
    (
        "en",
        "The Abraham Accords. Analysts say Syria's new rulers could be persuaded.",
        "SY",
    ),
    (
        "fr",
        "Les accords d'Abraham. Le Niger est évoqué par des analystes comme une recrue possible.",
        "NE",
    ),
    (
        "fr",
        "Les accords d'Abraham. La Mauritanie est la plus souvent citée.",
        "MR",
    ),
    (
        "fr",
        "Les accords d'Abraham. Oman figure sur la liste des souhaits de Donald Trump.",
        "OM",
    ),
    (
        "de",
        "Die Abraham-Abkommen. Oman steht weit oben auf Trumps Wunschliste.",
        "OM",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Omán figura en la lista de deseos de Trump.",
        "OM",
    ),
    (
        "ru",
        "Авраамовы соглашения. Оман значится в списке желаний Трампа.",
        "OM",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları. Umman, Trump'ın istek listesinde yer alıyor.",
        "OM",
    ),
    (
        "id",
        "Abraham Accords. Oman masuk dalam daftar keinginan Trump.",
        "OM",
    ),
    (
        "ar",
        "اتفاقيات أبراهام. سلطنة عمان على قائمة أمنيات ترامب.",
        "OM",
    ),
]


@pytest.mark.parametrize("language,text,country", WISH_LISTS)
def test_wish_lists_and_likely_recruits_are_candidates(language, text, country):
    assert found(text, language) == {(country, P)}


# A refusal told as "no question of", "will not sign up", "ruled the move out",
# "no reason to normalise", "sets its rejection of any normalisation", "will not follow
# that path", "does not consider engaging on that road": declined.
REFUSALS = [
    (
        "en",
        "The Abraham Accords. Pakistan's foreign minister said there was no question of joining.",
        "PK",
    ),
    ("en", "The Abraham Accords. Islamabad has flatly ruled the move out.", "PK"),
    (
        "en",
        "The Abraham Accords. Lebanon's president said normalization is not on his country's "
        "agenda.",
        "LB",
    ),
    (
        "en",
        "The Abraham Accords. Muscat has told visitors it sees no reason to normalise.",
        "OM",
    ),
    (
        "en",
        "The Abraham Accords. Jakarta insists recognition of Palestine must precede any step "
        "toward Israel.",
        "ID",
    ),
    (
        "fr",
        "Les accords d'Abraham. Tripoli répète que le rejet de toute normalisation est une "
        "constante nationale.",
        "LY",
    ),
    (
        "fr",
        "Les accords d'Abraham. Le Sénégal, lui, a tranché : pas question de normaliser.",
        "SN",
    ),
    (
        "fr",
        "Les accords d'Abraham. Dakar n'envisage pas de s'engager dans cette voie.",
        "SN",
    ),
    (
        "fr",
        "Les accords d'Abraham. Le président a assuré que la Tunisie ne suivra pas ce chemin.",
        "TN",
    ),
]


@pytest.mark.parametrize("language,text,country", REFUSALS)
def test_refusals_in_more_words(language, text, country):
    assert found(text, language) == {(country, D)}


# "Would only consider ... once a Palestinian state is recognised": interest with a
# condition, a candidate and a refusal.
def test_only_once_adds_a_refusal():
    text = (
        "The Abraham Accords. Jakarta would only consider opening ties with Israel once "
        "Israel recognizes Palestine."
    )
    assert found(text, "en") == {("ID", P), ("ID", D)}


# A halt told as talks shelved or put on ice, an ambassador sent home, economic dealings
# cut off, a process suspended indefinitely.
HALTS = [
    (
        "en",
        "The Abraham Accords. Bahrain's ambassador had returned home from Israel and economic "
        "dealings had been cut off.",
        "BH",
    ),
    (
        "en",
        "The Abraham Accords. For Sudan, the process that was meant to follow has been "
        "suspended indefinitely.",
        "SD",
    ),
]


@pytest.mark.parametrize("language,text,country", HALTS)
def test_halts_in_more_words(language, text, country):
    assert (country, U) in found(text, language)


# A first signatory that "took the plunge" or "normalised in December 2020": signed, not a
# joining still to come; the same words for a new country are its announcement.
def test_took_the_step_in_2020_is_a_signature():
    assert found(
        "Les accords d'Abraham. Le Maroc, seul pays du Maghreb à avoir franchi le pas en "
        "décembre 2020, reste critiqué à Alger.",
        "fr",
    ) == {("MA", S)}
    assert found(
        "The Abraham Accords. Morocco, which normalised in December 2020, has let ministerial "
        "visits lapse.",
        "en",
    ) == {("MA", S)}
    assert found("Les accords d'Abraham. Le Kazakhstan a franchi le pas.", "fr") == {
        ("KZ", "announced")
    }


# A country named by its capital or its adjective in West Africa and the Maghreb.
def test_west_african_and_maghreb_capitals_and_adjectives():
    assert found(
        "Les accords d'Abraham. Le gouvernement libyen réaffirme son rejet de toute normalisation.",
        "fr",
    ) == {("LY", D)}
    assert found(
        "The Abraham Accords. Dakar has ruled out joining the accords.",
        "en",
    ) == {("SN", D)}


# "Sees no reason to normalise": a refusal.
NO_REASON = [
    ("en", "The Abraham Accords. Muscat sees no reason to normalise while the occupation lasts."),
    ("fr", "Les accords d'Abraham. Mascate ne voit aucune raison de normaliser."),
    ("de", "Die Abraham-Abkommen. Oman sieht keinen Grund, seine Beziehungen zu normalisieren."),
    (
        "es",
        "Los Acuerdos de Abraham. Omán no ve razones para normalizar mientras dure la ocupación.",
    ),
    ("ru", "Авраамовы соглашения. Оман не видит причин для нормализации с Израилем."),
    ("tr", "İbrahim Anlaşmaları. Umman, normalleşmek için hiçbir sebep görmüyor."),
    ("id", "Abraham Accords. Oman tidak melihat alasan untuk normalisasi dengan Israel."),
    (
        "ms",
        "Perjanjian Abraham. Oman tidak melihat sebab untuk menormalkan hubungan dengan Israel.",
    ),
    ("ar", "اتفاقيات أبراهام. سلطنة عمان لا ترى أي مبرر للتطبيع مع إسرائيل."),
    ("he", "הסכמי אברהם. עומאן אינה רואה סיבה לנרמל את היחסים עם ישראל."),
]


@pytest.mark.parametrize("language,text", NO_REASON)
def test_no_reason_to_normalise_is_a_refusal(language, text):
    assert found(text, language) == {("OM", D)}


# A joining welcomed, praised or condemned "by" another country: the agent of the reaction
# only reacted, the joiner is the one named with the joining.
REACTIONS = [
    ("en", "The Abraham Accords. Kazakhstan's accession was condemned by Iran."),
    ("en", "The Abraham Accords. Kazakhstan joined the accords, a move criticised by Iran."),
    ("fr", "Les accords d'Abraham. L'adhésion du Kazakhstan a été condamnée par l'Iran."),
    ("fr", "Les accords d'Abraham. Le ralliement du Kazakhstan, dénoncé par l'Iran, a surpris."),
    ("es", "Los Acuerdos de Abraham. La adhesión de Kazajistán fue condenada por Irán."),
    ("id", "Abraham Accords. Bergabungnya Kazakhstan dikecam oleh Iran."),
    ("ms", "Perjanjian Abraham. Penyertaan Kazakhstan dikecam oleh Iran."),
]


@pytest.mark.parametrize("language,text", REACTIONS)
def test_the_agent_of_a_reaction_takes_no_joining(language, text):
    assert ("IR", "announced") not in found(text, language)
    assert ("KZ", "announced") in found(text, language)


# Another country's joining to come, told in a founder's words (the US president, Israel's
# prime minister, Washington): their expectation, a candidate; Kazakhstan's own
# announcement, first told by the US president, stays an announcement.
FOUNDER_SAYS = [
    ("en", "The Abraham Accords. Trump announced that Saudi Arabia will join the accords."),
    ("en", "The Abraham Accords. Netanyahu said Saudi Arabia will join the accords soon."),
    (
        "fr",
        "Les accords d'Abraham. Donald Trump a affirmé que l'Arabie saoudite rejoindrait les accords.",
    ),
    ("fr", "Les accords d'Abraham. Selon Trump, l'Arabie saoudite rejoindra les accords."),
    ("es", "Los Acuerdos de Abraham. Trump anunció que Arabia Saudita se unirá a los acuerdos."),
    ("de", "Die Abraham-Abkommen. Trump sagte, Saudi-Arabien werde den Abkommen beitreten."),
    (
        "ru",
        "Авраамовы соглашения. Трамп заявил, что Саудовская Аравия присоединится к соглашениям.",
    ),
    ("id", "Abraham Accords. Trump mengatakan Arab Saudi akan bergabung dengan Abraham Accords."),
]


@pytest.mark.parametrize("language,text", FOUNDER_SAYS)
def test_a_founder_telling_another_country_will_join_is_a_candidate(language, text):
    assert found(text, language) == {("SA", P)}


def test_kazakhstan_announced_by_the_us_president_stays_announced():
    assert found(
        "The Abraham Accords. Trump announced that Kazakhstan will join the accords.", "en"
    ) == {("KZ", "announced")}
    assert found(
        "Les accords d'Abraham. Le Kazakhstan a annoncé qu'il rejoindrait les accords.", "fr"
    ) == {("KZ", "announced")}


# Others expecting a country to follow suit, a "possible addition", a country approached
# about joining: a candidate.
def test_following_suit_additions_and_approaches_are_candidacy():
    assert found(
        "The Abraham Accords. Observers expect Azerbaijan to follow Kazakhstan's lead.", "en"
    ) == {("AZ", P)}
    assert found(
        "The Abraham Accords. Indonesia has been mentioned as a possible addition.", "en"
    ) == {("ID", P)}
    assert found("The Abraham Accords. Oman has been approached about joining.", "en") == {
        ("OM", P)
    }


# A country courted or pressed "by" a founder: the founder presses, the country named
# before is the candidate.
COURTED_BY = [
    ("en", "The Abraham Accords. Oman is being courted by Washington."),
    ("en", "The Abraham Accords. Oman is under heavy pressure from Washington to join."),
    ("fr", "Les accords d'Abraham. Oman est courtisé par Washington."),
    ("es", "Los Acuerdos de Abraham. Omán está siendo cortejado por Washington."),
]


@pytest.mark.parametrize("language,text", COURTED_BY)
def test_courted_by_a_founder_is_a_candidate(language, text):
    assert found(text, language) == {("OM", P)}


def test_no_plan_to_establish_ties_is_a_refusal_in_french():
    assert found(
        "Les accords d'Abraham. Le Qatar affirme n'avoir aucun projet d'établir des relations "
        "avec Israël.",
        "fr",
    ) == {("QA", D)}
