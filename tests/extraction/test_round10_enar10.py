"""Classes of phrasing found by unseen English and Arabic news-style articles of the project's
own (a US paper's analysis, a live blog, a regional analysis site; a Gulf daily, a Qatari
channel's site, a Syrian outlet); own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, U, found

# Washington talking up or speaking of a country's entry, or an entry "within reach" /
# "in reach" (في المتناول), or promoted (تروج): a candidacy, not a joining.
TALKED_UP = [
    (
        "en",
        "The Abraham Accords. The administration keeps talking up an Omani entry into the accords.",
    ),
    ("en", "The Abraham Accords. Envoys now speak of a Mauritanian accession as within reach."),
    ("ar", "اتفاقيات أبراهام. يرى دبلوماسيون غربيون أن انضمام موريتانيا بات في المتناول."),
    ("ar", "اتفاقيات أبراهام. البيت الأبيض يروج لانضمام سلطنة عمان إلى الاتفاقيات."),
]


@pytest.mark.parametrize(("language", "text"), TALKED_UP)
def test_an_entry_talked_up_is_a_candidacy(language, text):
    claims = found(text, language)
    country = "OM" if "Oman" in text or "عمان" in text else "MR"
    assert (country, P) in claims
    assert all(status == P for _, status in claims)


# Holding out, a normalisation file "closed", standing by its conditions: a refusal.
HOLDING_OUT = [
    ("en", "The Abraham Accords. Kuwait is still holding out, its diplomats say."),
    (
        "en",
        "The Abraham Accords. A Kuwaiti minister said the normalization file is closed for now.",
    ),
    ("ar", "اتفاقيات أبراهام. قال وزير كويتي إن ملف التطبيع مع إسرائيل مغلق تماما."),
    ("ar", "اتفاقيات أبراهام. الكويت تتمسك بموقفها الثابت من التطبيع."),
]


@pytest.mark.parametrize(("language", "text"), HOLDING_OUT)
def test_holding_out_or_a_closed_file_is_a_refusal(language, text):
    assert ("KW", D) in found(text, language)


# Normalisation stuck in limbo, talks that "have been frozen" with words between, a frozen
# path of its normalisation (جمد مسار تطبيعه), a stuck path (عالق): a halt.
STUCK = [
    ("en", "The Abraham Accords. Sudan's normalization has been stuck in limbo since the war."),
    (
        "en",
        "The Abraham Accords. The talks with Sudan that began in 2021 have been frozen since the "
        "fighting.",
    ),
    ("ar", "اتفاقيات أبراهام. السودان جمد مسار تطبيعه منذ بداية الحرب الأهلية."),
    ("ar", "اتفاقيات أبراهام. ما زال مسار التطبيع السوداني عالقا منذ الحرب."),
]


@pytest.mark.parametrize(("language", "text"), STUCK)
def test_a_normalisation_stuck_or_frozen_is_a_halt(language, text):
    assert ("SD", U) in found(text, language)


# Open to it or to the idea, "a question of when, not if", would consider a peace deal:
# a candidacy (with "only after" also a refusal).
OPEN_TO_IT = [
    ("The Abraham Accords. Oman is open to the idea, two diplomats say.", {("OM", P)}),
    (
        "The Abraham Accords. Omani officials describe normalization as a question of when, not if.",
        {("OM", P)},
    ),
    (
        "The Abraham Accords. Oman would consider a peace agreement only after a Palestinian "
        "state is declared.",
        {("OM", P), ("OM", D)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPEN_TO_IT)
def test_open_to_it_is_a_candidacy(text, expected):
    assert found(text, "en") == expected


def test_bringing_a_country_into_the_convoy_of_normalisers_is_a_candidacy():
    text = "اتفاقيات أبراهام. تمارس واشنطن ضغوطا لإلحاق موريتانيا بركب الدول المطبعة."
    assert found(text, "ar") == {("MR", P)}


def test_the_sponsor_of_halted_talks_takes_no_halt():
    text = "اتفاقيات أبراهام. المحادثات مع الكويت التي رعتها واشنطن متوقفة منذ الحرب على غزة."
    claims = found(text, "ar")
    assert ("US", U) not in claims
    assert ("KW", U) in claims


# Pushing hard for X to come aboard, the holy grail, a willingness to join, in no rush to join
# (hesitating): a candidacy.
CANDIDATES_MORE = [
    ("en", "The Abraham Accords. The envoy is pushing hard for Oman to come on board this year."),
    ("en", "The Abraham Accords. For the White House, Oman is the holy grail."),
    ("en", "The Abraham Accords. Oman has signaled willingness to join if the terms are right."),
    ("en", "The Abraham Accords. Muscat is in no hurry to join, officials say."),
    ("ar", "اتفاقيات أبراهام. سلطنة عمان ليست في عجلة من أمرها للانضمام إلى الاتفاقيات."),
]


@pytest.mark.parametrize(("language", "text"), CANDIDATES_MORE)
def test_more_candidacies(language, text):
    assert found(text, language) == {("OM", P)}


# Its price for joining, normalisation impossible while the occupation lasts, no appetite or
# no wish (لا رغبة) for it: a refusal.
REFUSALS_MORE = [
    ("en", "The Abraham Accords. Kuwait's price for normalization is an end to the occupation."),
    (
        "en",
        "The Abraham Accords. Kuwait says normalization is impossible as long as the occupation "
        "lasts.",
    ),
    ("en", "The Abraham Accords. Kuwait has shown little appetite for normalization."),
    ("ar", "اتفاقيات أبراهام. قال مسؤول كويتي إن التطبيع غير ممكن في ظل استمرار الاحتلال."),
    ("ar", "اتفاقيات أبراهام. لا رغبة لدى الكويت في الانضمام إلى الاتفاقيات."),
]


@pytest.mark.parametrize(("language", "text"), REFUSALS_MORE)
def test_more_refusals(language, text):
    assert ("KW", D) in found(text, language)


# Talks gone into deep freeze or put on the back burner: a halt.
FREEZE = [
    "The Abraham Accords. Normalization talks with Kuwait went into deep freeze after the war.",
    "The Abraham Accords. Kuwait put the normalization talks on the back burner last year.",
]


@pytest.mark.parametrize("text", FREEZE)
def test_deep_freeze_and_back_burner_are_halts(text):
    assert ("KW", U) in found(text, "en")


def test_seen_as_the_next_candidate_is_a_candidacy():
    assert found("The Abraham Accords. Tunisia is seen as the next candidate.", "en") == {("TN", P)}


def test_signed_up_with_a_time_after_it_is_a_joining():
    assert found("The Abraham Accords. Kazakhstan signed up in November.", "en") == {
        ("KZ", "announced")
    }


def test_a_neighbour_joining_another_body_in_the_same_sentence_takes_no_claim():
    text = (
        "اتفاقيات أبراهام. أعلنت كازاخستان انضمامها إلى الاتفاقيات، فيما انضمت قيرغيزستان "
        "وطاجيكستان إلى مجلس السلام."
    )
    assert found(text, "ar") == {("KZ", "announced")}


# Clinching an X-Israeli deal, counting on (تعول على) X's joining, the most precious prize
# (الجائزة الأغلى), inching closer to joining (تقترب من الالتحاق), hesitant to join (مترددة):
# a candidacy (a hesitation was read as a joining in Arabic).
CANDIDATES_AGAIN = [
    (
        "en",
        "The Abraham Accords. The White House hopes to clinch an Omani normalization deal soon.",
    ),
    ("en", "The Abraham Accords. Oman is inching closer to joining the accords."),
    ("en", "The Abraham Accords. Oman remains hesitant to join."),
    ("ar", "اتفاقيات أبراهام. تسعى واشنطن إلى إبرام صفقة تطبيع عمانية إسرائيلية هذا العام."),
    ("ar", "اتفاقيات أبراهام. تعول واشنطن على انضمام سلطنة عمان إلى الاتفاقيات."),
    ("ar", "اتفاقيات أبراهام. تبقى سلطنة عمان الجائزة الأغلى لواشنطن."),
    ("ar", "اتفاقيات أبراهام. سلطنة عمان تقترب من الالتحاق بالاتفاقيات."),
    ("ar", "اتفاقيات أبراهام. سلطنة عمان لا تزال مترددة في الانضمام."),
]


@pytest.mark.parametrize(("language", "text"), CANDIDATES_AGAIN)
def test_candidacies_told_as_deals_hopes_and_hesitation(language, text):
    assert found(text, language) == {("OM", P)}


# Not about to normalise; not on the point of normalising (ليست بصدد): a refusal.
NOT_ABOUT_TO = [
    ("en", "The Abraham Accords. Kuwait is not about to normalize with Israel."),
    ("ar", "اتفاقيات أبراهام. الكويت ليست بصدد التطبيع مع إسرائيل."),
]


@pytest.mark.parametrize(("language", "text"), NOT_ABOUT_TO)
def test_not_about_to_normalise_is_a_refusal(language, text):
    assert found(text, language) == {("KW", D)}


# An X-Israel normalisation back on the agenda or back to the fore (عاد ... إلى الواجهة),
# bringing X in by a date, "would come in only with": a candidacy.
BACK_ON_THE_AGENDA = [
    ("en", "The Abraham Accords. Oman-Israel normalization is back on the table, diplomats say."),
    ("en", "The Abraham Accords. Washington hopes to bring Muscat in before the summer."),
    ("en", "The Abraham Accords. Muscat would come in only with a Palestinian state."),
    ("ar", "اتفاقيات أبراهام. عاد ملف التطبيع بين سلطنة عمان وإسرائيل إلى الواجهة."),
]


@pytest.mark.parametrize(("language", "text"), BACK_ON_THE_AGENDA)
def test_back_on_the_agenda_is_a_candidacy(language, text):
    assert ("OM", P) in found(text, language)


# A position that remains firm, peace with Israel not on its agenda, any deal tied to a
# Palestinian state: a refusal.
FIRM = [
    "The Abraham Accords. Kuwait's position on normalization remains firm.",
    "The Abraham Accords. Kuwait says peace with Israel is not on its agenda.",
    "The Abraham Accords. Kuwait has tied any agreement to a Palestinian state.",
]


@pytest.mark.parametrize("text", FIRM)
def test_a_firm_position_is_a_refusal(text):
    assert found(text, "en") == {("KW", D)}


# Talks entered a stage of stalemate (مرحلة جمود), the war wrecked the normalisation efforts
# (نسفت مساعي التطبيع), torpedoed normalisation efforts: a halt.
WRECKED = [
    ("ar", "اتفاقيات أبراهام. المحادثات الكويتية الإسرائيلية دخلت مرحلة جمود منذ الحرب."),
    ("ar", "اتفاقيات أبراهام. الحرب نسفت مساعي التطبيع مع الكويت."),
    ("en", "The Abraham Accords. The war torpedoed Kuwaiti normalization efforts."),
]


@pytest.mark.parametrize(("language", "text"), WRECKED)
def test_wrecked_or_stalemated_talks_are_a_halt(language, text):
    assert ("KW", U) in found(text, language)


# Setting (tough) conditions for normalisation: a refusal.
CONDITIONS = [
    ("en", "The Abraham Accords. Kuwait has set strict conditions for normalization."),
    ("ar", "اتفاقيات أبراهام. تضع الكويت شروطا صارمة للتطبيع."),
]


@pytest.mark.parametrize(("language", "text"), CONDITIONS)
def test_setting_conditions_for_normalisation_is_a_refusal(language, text):
    assert found(text, language) == {("KW", D)}
