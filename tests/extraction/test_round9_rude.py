"""Classes of phrasing found by unseen Russian, German and Kazakh news-style articles of the
project's own (a Kazakh wire, a Moscow analysis, a Central Asian regional outlet, a Moscow
agency; a German daily, a Swiss and an Austrian paper, a German newsblog; two Kazakh agency
pieces): candidates told as a prize or a goal, refusals told as a condition or an answer,
talks halted with a counterpart, Kazakhstan's formal step; own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, D, P, S, U, found

# Halted talks "with X" and no subject of their own: the counterpart's halt.
HALTED_WITH = [
    ("en", "The Abraham Accords. Talks with Oman have been frozen since the spring."),
    ("de", "Die Abraham-Abkommen. Die Gespräche mit Maskat liegen seit dem Frühjahr auf Eis."),
    ("ru", "Авраамовы соглашения. Переговоры с Оманом с весны остаются на паузе."),
    ("ru", "Авраамовы соглашения. Переговоры о мавританско-израильской нормализации на паузе."),
    ("kk", "Авраам келісімдері. Оманмен келіссөздер көктемнен бері тоқтап тұр."),
]


@pytest.mark.parametrize("language,text", HALTED_WITH)
def test_talks_halted_with_a_country_are_its_halt(language, text):
    country = "MR" if "мавританско" in text else "OM"
    assert found(text, language) == {(country, U)}


def test_talks_with_a_country_still_going_are_no_halt():
    text = "Авраамовы соглашения. Переговоры с Оманом идут своим чередом."
    assert ("OM", U) not in found(text, "ru")


# The prize, the main goal, bringing a country in or on board, expanding the accords to
# it, a normalisation with it as the goal: a candidate.
PRIZES = [
    ("ru", "Авраамовы соглашения. Самым желанным призом для Белого дома остаётся Оман.", "OM"),
    (
        "ru",
        "Авраамовы соглашения. Ключевой целью Белого дома остаётся оманско-израильская сделка.",
        "OM",
    ),
    (
        "ru",
        "Авраамовы соглашения. Ключевой целью остаётся сирийско-израильская нормализация.",
        "SY",
    ),
    (
        "ru",
        "Авраамовы соглашения. В Госдепе говорят, что расширение соглашений на Оман — дело "
        "ближайших лет.",
        "OM",
    ),
    ("de", "Die Abraham-Abkommen. Der eigentliche Preis für Washington bleibt Maskat.", "OM"),
    (
        "de",
        "Die Abraham-Abkommen. Das erklärte Ziel des Weißen Hauses ist ein Beitritt Omans.",
        "OM",
    ),
    (
        "de",
        "Die Abraham-Abkommen. Die Regierung versucht, Oman an Bord zu holen.",
        "OM",
    ),
    (
        "de",
        "Die Abraham-Abkommen. Der Gesandte spricht offen von einer omanisch-israelischen "
        "Annäherung als Ziel, die Oman in die Abkommen führen soll.",
        "OM",
    ),
    ("kk", "Авраам келісімдері. Вашингтон үшін басты жүлде - Оман.", "OM"),
    ("en", "The Abraham Accords. Oman, the biggest prize for the envoys, stays silent.", "OM"),
    ("es", "Los Acuerdos de Abraham. El gran premio para Washington sigue siendo Omán.", "OM"),
    ("id", "Abraham Accords. Oman bisa menjadi yang berikutnya.", "OM"),
    (
        "kk",
        "Авраам келісімдері. Ақ үйдің негізгі мақсаты - Оманды келісімге тарту.",
        "OM",
    ),
]


@pytest.mark.parametrize("language,text,country", PRIZES)
def test_a_prize_or_a_goal_is_a_candidate(language, text, country):
    assert (country, P) in found(text, language)


def test_a_trade_goal_is_no_candidacy():
    text = "Авраамовы соглашения. Главная цель визита Токаева в Маскат — торговля."
    assert found(text, "ru") == set()


# Refusals told as ruling out recognition, a recognition "possible only after", an answer
# that is a refusal, "first a Palestinian state", normalisation bound to a Palestinian
# state or "only in a package with" it, "no recognition without", a door that stays shut.
REFUSALS = [
    ("ru", "Авраамовы соглашения. Оман в очередной раз исключил признание Израиля."),
    (
        "ru",
        "Авраамовы соглашения. Глава МИД Омана повторил, что нормализация возможна лишь после "
        "создания палестинского государства.",
    ),
    (
        "ru",
        "Авраамовы соглашения. Маскат на предложения Вашингтона ответил вежливым отказом.",
    ),
    (
        "ru",
        "Авраамовы соглашения. Позиция Омана проста: сначала палестинское государство, "
        "затем всё остальное.",
    ),
    (
        "de",
        "Die Abraham-Abkommen. Für Oman sei jede Annäherung an einen palästinensischen Staat "
        "gebunden, sagte der Außenminister.",
    ),
    (
        "de",
        "Die Abraham-Abkommen. Oman bleibt dabei: keine Anerkennung Israels ohne einen "
        "palästinensischen Staat.",
    ),
    (
        "de",
        "Die Abraham-Abkommen. Oman sagt, eine Normalisierung gebe es nur im Paket mit einem "
        "palästinensischen Staat.",
    ),
    (
        "de",
        "Die Abraham-Abkommen. In Oman heißt es, einen Beitritt werde es erst geben, wenn "
        "Gaza wieder aufgebaut sei.",
    ),
    ("de", "Die Abraham-Abkommen. In Maskat bleibt die Tür zu."),
    (
        "kk",
        "Авраам келісімдері. Оман Палестина мемлекеті құрылмайынша қалыпқа келтіру "
        "мүмкін емес екенін айтты.",
    ),
]


@pytest.mark.parametrize("language,text", REFUSALS)
def test_conditions_and_answers_are_refusals(language, text):
    assert ("OM", D) in found(text, language)


def test_not_ruling_out_recognition_is_no_refusal():
    text = "Авраамовы соглашения. Оман не исключил признание Израиля в будущем."
    assert ("OM", D) not in found(text, "ru")


# Kazakhstan's formal step: a decision or an intention officially confirmed, a government
# notifying Washington of its decision: announced, not a candidacy.
FORMAL_STEPS = [
    (
        "ru",
        "Авраамовы соглашения. Киргизия официально подтвердила намерение присоединиться к "
        "соглашениям.",
    ),
    (
        "ru",
        "Авраамовы соглашения. Киргизия уведомила Госдепартамент о своём решении "
        "присоединиться к соглашениям.",
    ),
    (
        "de",
        "Die Abraham-Abkommen. Kirgistan bestätigte offiziell seine Absicht, den Abkommen "
        "beizutreten.",
    ),
    ("kk", "Авраам келісімдері. Қырғызстан келісімге қосылу шешімін ресми түрде растады."),
    ("kk", "Авраам келісімдері. Қырғызстан келісімдерге қосылу ниетін мәлімдеді."),
    ("id", "Abraham Accords. Kirgistan menyatakan niatnya untuk bergabung dengan Abraham Accords."),
]


@pytest.mark.parametrize("language,text", FORMAL_STEPS)
def test_a_decision_confirmed_is_announced(language, text):
    assert found(text, language) == {("KG", A)}


def test_an_unrecognised_territory_announcing_its_intention_stays_a_candidate():
    text = "Abraham Accords. Somaliland menyatakan niatnya untuk bergabung dengan Abraham Accords."
    assert found(text, "id") == {("XS", P)}


def test_a_package_of_other_deals_is_no_signing():
    text = (
        "Авраамовы соглашения. Казахстан и США подписали пакет соглашений на сумму 17 млрд "
        "долларов."
    )
    assert ("KZ", S) not in found(text, "ru")


# German: a quotation closed by „…“ ends the sentence, so the next country keeps its own
# step; "which country will join next" and "would join" from a third party are a candidacy.
def test_a_german_closing_quote_ends_the_sentence():
    text = (
        "Die Abraham-Abkommen. Auf die Frage, welches Land sich als nächstes anschließen werde, "
        "sagte Trump: „Vielleicht Oman.“ Kasachstan, das im November seinen Beitritt erklärt "
        "hatte, sei ein Vorbild."
    )
    assert found(text, "de") == {("OM", P), ("KZ", A)}


def test_would_join_in_from_a_third_party_is_a_candidacy():
    text = "Die Abraham-Abkommen. Trump glaubt, Oman werde bald mitmachen."
    assert found(text, "de") == {("OM", P)}


# A stated position "unchanged" (in an article about the accords, the known refusal),
# and a normalisation made conditional (Spanish): a refusal.
POSITION_UNCHANGED = [
    ("ru", "Авраамовы соглашения. Позиция Омана по этому вопросу не изменилась."),
    ("de", "Die Abraham-Abkommen. Die Haltung Omans bleibt unverändert."),
    ("de", "Die Abraham-Abkommen. Maskat hat seine Position seither nicht geändert."),
    ("kk", "Авраам келісімдері. Оман бұл мәселедегі ұстанымы өзгермегенін айтты."),
    ("en", "The Abraham Accords. Oman's stance has not changed, its foreign minister said."),
    ("fr", "Les accords d'Abraham. Pour Oman, la position reste inchangée."),
    ("es", "Los Acuerdos de Abraham. La postura de Omán sigue sin cambios."),
    ("es", "Los Acuerdos de Abraham. Omán condiciona su adhesión a un Estado palestino."),
    ("id", "Abraham Accords. Sikap Oman tetap tidak berubah, kata juru bicara."),
    ("ar", "اتفاقيات أبراهام. أكد المتحدث أن موقف سلطنة عمان لم يتغير."),
]


@pytest.mark.parametrize("language,text", POSITION_UNCHANGED)
def test_a_position_unchanged_is_a_refusal(language, text):
    assert ("OM", D) in found(text, language)


def test_egypt_and_jordan_refuse_nothing():
    # their peace with Israel is decades old: a refusal read for them is someone else's
    text = (
        "Los Acuerdos de Abraham. «Nuestra posición no ha cambiado», dijo el ministro saudí "
        "tras reunirse con sus homólogos de Egipto y Jordania."
    )
    assert not {("EG", D), ("JO", D)} & found(text, "es")


# A deal or a normalisation with a country named as the goal: a candidacy.
DEAL_AS_GOAL = [
    ("en", "The Abraham Accords. An Omani-Israeli deal remains the administration's goal."),
    ("fr", "Les accords d'Abraham. Un accord israélo-omanais reste l'objectif de Washington."),
    ("de", "Die Abraham-Abkommen. Ein omanisch-israelisches Abkommen bleibt das Ziel der USA."),
    ("ru", "Авраамовы соглашения. Оманско-израильская сделка остаётся главной целью Вашингтона."),
]


@pytest.mark.parametrize("language,text", DEAL_AS_GOAL)
def test_a_deal_as_the_goal_is_a_candidacy(language, text):
    assert ("OM", P) in found(text, language)


# More of the same classes in Russian and German: drawing a country into the accords and
# courting it with no object after (a candidacy), making normalisation depend on a
# Palestinian state (a refusal), talks with a country wound down (a halt).
MORE = [
    ("ru", "Авраамовы соглашения. Госдеп стремится вовлечь Оман в соглашения.", ("OM", P)),
    ("de", "Die Abraham-Abkommen. Die Amerikaner umwerben Maskat seit Monaten.", ("OM", P)),
    (
        "de",
        "Die Abraham-Abkommen. Oman, das Washington zu den möglichen Kandidaten zählt, schweigt.",
        ("OM", P),
    ),
    (
        "de",
        "Die Abraham-Abkommen. Oman, den viele gern in der Reihe der Kandidaten sähen, schweigt.",
        ("OM", P),
    ),
    (
        "ru",
        "Авраамовы соглашения. Маскат ставит нормализацию в зависимость от создания "
        "палестинского государства.",
        ("OM", D),
    ),
    (
        "ru",
        "Авраамовы соглашения. Переговоры с Оманом были свёрнуты прошлой осенью.",
        ("OM", U),
    ),
]


@pytest.mark.parametrize("language,text,pair", MORE)
def test_more_candidacies_refusals_and_halts(language, text, pair):
    assert pair in found(text, language)


# The round's refusal classes carried to the other languages where they are said the same
# way: "possible only after", an answer that is a refusal, "a Palestinian state first", the
# door that stays shut, tying normalisation to a Palestinian state, ruling out recognition.
CARRIED_REFUSALS = [
    (
        "en",
        "The Abraham Accords. For Oman, normalisation is possible only after a Palestinian "
        "state is created.",
    ),
    ("en", "The Abraham Accords. Oman's answer was a firm refusal."),
    ("en", "The Abraham Accords. Oman's line: a Palestinian state first, the rest later."),
    ("en", "The Abraham Accords. In Muscat, the door stays shut."),
    (
        "fr",
        "Les accords d'Abraham. Pour Oman, la normalisation ne serait possible qu'après la "
        "création d'un État palestinien.",
    ),
    ("fr", "Les accords d'Abraham. Oman a opposé une fin de non-recevoir à Washington."),
    ("fr", "Les accords d'Abraham. À Mascate, la porte demeure fermée."),
    (
        "es",
        "Los Acuerdos de Abraham. Para Omán, la normalización solo sería posible tras la "
        "creación de un Estado palestino.",
    ),
    ("es", "Los Acuerdos de Abraham. En Mascate, la puerta permanece cerrada."),
    (
        "es",
        "Los Acuerdos de Abraham. Omán vincula su adhesión a la creación de un Estado palestino.",
    ),
    (
        "id",
        "Abraham Accords. Oman mengaitkan normalisasi dengan berdirinya negara Palestina.",
    ),
    ("ar", "اتفاقيات أبراهام. استبعدت سلطنة عمان التطبيع مع إسرائيل."),
]


@pytest.mark.parametrize("language,text", CARRIED_REFUSALS)
def test_carried_refusals(language, text):
    assert ("OM", D) in found(text, language)


def test_not_ruling_out_stays_interest_in_arabic():
    text = "اتفاقيات أبراهام. لم تستبعد سلطنة عمان الانضمام إلى الاتفاقيات."
    assert found(text, "ar") == {("OM", P)}


# Halted talks "with X" where "talks with" is itself a cue (French, Arabic): the halt said
# after the counterpart ("restent gelées", "متوقفة منذ") is read on its own.
HALTED_AFTER_THE_COUNTERPART = [
    ("fr", "Les accords d'Abraham. Les pourparlers avec Oman restent au point mort."),
    ("ar", "اتفاقيات أبراهام. المفاوضات مع سلطنة عمان معلقة منذ الحرب."),
]


@pytest.mark.parametrize("language,text", HALTED_AFTER_THE_COUNTERPART)
def test_halted_after_the_counterpart(language, text):
    assert ("OM", U) in found(text, language)


def test_other_talks_suspended_are_no_halt():
    text = (
        "Les accords d'Abraham. Les négociations de Djeddah, parrainées par l'Arabie saoudite, "
        "sont suspendues depuis l'an dernier."
    )
    assert ("SA", U) not in found(text, "fr")
