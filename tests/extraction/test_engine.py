"""Behaviour of the extraction engine on short, targeted sentences."""

import datetime

import pytest

from accords.extraction import SUPPORTED_LANGUAGES, Claim, detect_language, extract
from accords.extraction.languages import expand_alternatives
from accords.extraction.text import collapse_repeated_paragraphs, fold, to_folded, to_original

PUBLISHED = datetime.date(2025, 11, 7)  # a Friday


def claims(text, language="en", published=PUBLISHED):
    return {
        (c.country, c.status) for c in extract(text, language=language, published=published).claims
    }


def test_supported_languages_come_from_the_data_files():
    assert {"en", "id"} <= set(SUPPORTED_LANGUAGES)
    assert list(SUPPORTED_LANGUAGES) == sorted(SUPPORTED_LANGUAGES)


def test_it_ignores_oman_inside_romania():
    text = "Romania said it would join the Abraham Accords talks as an observer."
    assert all(country != "OM" for country, _ in claims(text))


def test_it_gives_the_claim_to_the_country_that_joins_not_the_announcer():
    text = "The United States announced that Kazakhstan will join the Abraham Accords."
    assert claims(text) == {("KZ", "announced")}


def test_founders_get_no_claim_for_ordinary_news():
    assert claims("Israel and the United States signed the Abraham Accords in 2020.") == set()


def test_a_founder_leaving_is_a_claim_about_its_own_membership():
    assert ("US", "withdrawn") in claims("The United States withdrew from the Abraham Accords.")


def test_will_not_join_is_declined():
    assert claims("Saudi Arabia will not join the Abraham Accords.") == {("SA", "declined")}


def test_a_refusal_with_a_precondition_is_declined_and_the_precondition_country_gets_nothing():
    text = "Riyadh will not move forward without a Palestinian state, officials said of the Abraham Accords."
    assert claims(text) == {("SA", "declined")}


def test_could_join_is_prospective_not_announced():
    assert claims("Indonesia could join the Abraham Accords next year.") == {("ID", "prospective")}


def test_a_question_makes_no_claim():
    assert claims("Will Oman join the Abraham Accords?") == set()


def test_a_countrys_denial_of_its_own_joining_is_its_refusal():
    text = "Azerbaijan denied reports that it will join the Abraham Accords."
    assert claims(text) == {("AZ", "declined")}


def test_trade_agreements_between_members_are_not_signings():
    text = "The UAE and Israel signed a free trade agreement on Tuesday."
    assert claims(text) == set()


def test_attending_a_summit_is_no_claim():
    text = "Leaders of Kyrgyzstan, Tajikistan and Uzbekistan met in Astana to discuss the Abraham Accords."
    assert claims(text) == set()


def test_indonesian_as_in_capitals_is_the_united_states_but_as_in_lowercase_is_not():
    mentions = extract(
        "AS dan Kazakhstan akan bergabung dengan Abraham Accords.", language="id"
    ).claims
    assert {c.country for c in mentions} == {"KZ"}  # AS is a founder: found, but no claim
    assert claims("Kazakhstan akan bergabung dengan Abraham Accords, as.", "id") == {
        ("KZ", "announced")
    }


def test_a_bare_year_has_year_precision_not_january_first():
    found = extract("Bahrain signed the Abraham Accords in 2020.", language="en").claims
    assert [(c.date, c.date_precision) for c in found] == [("2020", "year")]


def test_relative_weekdays_resolve_against_the_publication_date():
    found = extract(
        "Kazakhstan said on Thursday it will join the Abraham Accords.",
        language="en",
        published=PUBLISHED,
    ).claims
    assert [(c.date, c.date_precision) for c in found] == [("2025-11-06", "day")]


def test_indonesian_yesterday_resolves_against_the_publication_date():
    found = extract(
        "Kazakhstan kemarin menyatakan akan bergabung dengan Abraham Accords.",
        language="id",
        published=PUBLISHED,
    ).claims
    assert [(c.country, c.date) for c in found] == [("KZ", "2025-11-06")]


def test_background_statements_are_marked_and_less_confident():
    text = (
        "Kazakhstan will join the Abraham Accords. "
        "Bahrain, which signed the accords in 2020, welcomed the move."
    )
    found = {c.country: c for c in extract(text, language="en", published=PUBLISHED).claims}
    assert found["BH"].background and not found["KZ"].background
    assert found["BH"].confidence < found["KZ"].confidence


def test_claims_are_deduplicated_across_repeated_paragraphs():
    paragraph = "Kazakhstan will join the Abraham Accords."
    found = extract(f"{paragraph}\n{paragraph}\n{paragraph}", language="en").claims
    assert len(found) == 1


def test_evidence_is_the_sentence_at_the_offsets():
    text = "Intro line.\n\nOfficials said Kazakhstan will join the Abraham Accords. More later."
    (claim,) = extract(text, language="en").claims
    assert isinstance(claim, Claim)
    assert text[claim.start : claim.end] == claim.evidence
    assert claim.evidence == "Officials said Kazakhstan will join the Abraham Accords."
    assert set(claim.as_json()) == {
        "country",
        "status",
        "date",
        "date_precision",
        "confidence",
        "evidence",
        "background",
    }


def test_unknown_language_or_empty_text_gives_no_claims():
    assert extract("", language="en").claims == []
    assert extract("Kazakhstan will join the Abraham Accords.", language="xx").claims == []


def test_detection_is_none_for_too_little_text():
    assert detect_language("12 34 !!") is None


def test_folding_keeps_offsets_when_marks_are_removed():
    folded, index = fold("A\u200fB\u0640C")
    assert folded == "abc"
    assert [to_original(index, position) for position in range(4)] == [0, 2, 4, 5]
    assert [to_folded(index, position) for position in range(6)] == [0, 1, 1, 2, 2, 3]


def test_alternatives_expand_including_nested_and_empty_options():
    assert expand_alternatives("join(s|ed|)") == ["joins", "joined", "join"]
    assert sorted(expand_alternatives("a (b (c|d)|e)")) == ["a b c", "a b d", "a e"]


def test_alternatives_keep_the_spaces_inside_options():
    assert expand_alternatives("(la |toda |)normalización") == [
        "la normalización",
        "toda normalización",
        "normalización",
    ]


def test_nested_alternatives_expand_in_time_linear_in_their_output(monkeypatch):
    """A group of verbs each with its own endings, then more groups: an
    option not chosen is never expanded (expanding inner groups first made
    one Spanish cue take a minute at load time)."""
    from accords.extraction import languages

    calls = []
    original = languages._expanded
    monkeypatch.setattr(
        languages, "_expanded", lambda pattern: calls.append(pattern) or original(pattern)
    )
    verbs = "|".join(f"v{i}(a|b|c|d)" for i in range(12))
    pattern = f"({verbs}) (x|y|z) (p|q|r|s) ~ (1|2|3)"
    phrases = expand_alternatives(pattern)
    assert len(phrases) == 12 * 4 * 3 * 4 * 3
    assert len(calls) < 200


def test_invalid_data_syntax_fails_loudly():
    with pytest.raises(ValueError):
        expand_alternatives("hopes? to join")


@pytest.mark.parametrize(
    "change",
    [
        {"negatoins": ["not"]},  # a misspelt key
        {"verb_first": "yes"},  # a flag that is no boolean
        {"negation_reach": 3.5},
        {"conjunctions": "and"},  # a phrase list that is one string
        {"aliases": {"KZ": "Kazakstan"}},
        {"relative_periods": {"last year": ["decade", -1]}},
        {"numeric_dates": "ymd"},
        {"leader_sources": {}},  # leaders with no source for their office
    ],
)
def test_a_data_file_key_unknown_or_of_the_wrong_shape_fails_loudly(change):
    from accords.extraction.languages import build_language, check_schema, read_raw

    raw = {**read_raw("en"), **change}
    with pytest.raises(ValueError, match=next(iter(change))):
        check_schema(raw)
    with pytest.raises(ValueError):
        build_language(raw)


def test_a_data_file_without_its_code_or_lingua_name_fails_loudly():
    from accords.extraction.languages import check_schema, read_raw

    for key in ("code", "lingua"):
        raw = {k: v for k, v in read_raw("en").items() if k != key}
        with pytest.raises(ValueError, match=key):
            check_schema(raw)


def test_word_order_settings_are_read_once_into_the_language():
    from accords.extraction.languages import get_language

    german, turkish, arabic, english = (get_language(code) for code in ("de", "tr", "ar", "en"))
    assert german.verb_final and turkish.verb_final and not english.verb_final
    assert arabic.verb_first and not english.verb_first
    assert english.negation_reach == 30 and arabic.negation_reach != 30


def test_collapse_keeps_the_first_of_repeated_paragraphs():
    assert collapse_repeated_paragraphs("A\nB\nA\nC\nB") == "A\nB\nC"


@pytest.mark.parametrize("code", SUPPORTED_LANGUAGES)
def test_every_language_file_loads_and_covers_all_statuses(code):
    from accords.extraction.languages import get_language, read_raw
    from accords.extraction.statuses import STATUSES

    assert get_language(code).code == code
    raw = read_raw(code)
    covered = set(raw["cues"]) | set(raw.get("generic_cues", {}))
    assert set(STATUSES) <= covered <= set(STATUSES) | {"joined"}
    for key in ("negations", "modals", "background", "months", "relative_days"):
        assert raw.get(key), f"{code} has no {key}"


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("ar", "وأعلنت واشنطن أن كازاخستانَ ستنضمّ إلى اتفاقيات أبراهام.", {("KZ", "announced")}),
        (
            "ar",
            "السعودية لن تنضم إلى اتفاقيات أبراهام دون قيام دولة فلسطينية.",
            {("SA", "declined")},
        ),
        (
            "ar",
            "وكانت الإمـــارات والبحرين قد وقعت على اتفاقيات أبراهام في عام 2020.",
            {("AE", "signed"), ("BH", "signed")},
        ),
        ("he", "ובחריין חתמה על הסכמי אברהם ב-2020.", {("BH", "signed")}),
        ("he", "סעודיה לא תצטרף להסכמי אברהם.", {("SA", "declined")}),
        (
            "ru",
            "Президент сообщил, что Казахстан присоединится к Соглашениям Авраама.",
            {("KZ", "announced")},
        ),
        (
            "ru",
            "ОАЭ и Бахрейн подписали Соглашения Авраама в 2020 году.",
            {("AE", "signed"), ("BH", "signed")},
        ),
        ("ru", "Саудовская Аравия не присоединится к Соглашениям Авраама.", {("SA", "declined")}),
        (
            "kk",
            "Трамп Қазақстанның Авраам келісімдеріне қосылатынын мәлімдеді.",
            {("KZ", "announced")},
        ),
        (
            "tr",
            "Trump, Kazakistan'ın Abraham Anlaşmaları'na katılacağını açıkladı.",
            {("KZ", "announced")},
        ),
        (
            "tr",
            "Suudi Arabistan, Filistin devleti kurulmadan Abraham Anlaşmaları'na katılmayacak.",
            {("SA", "declined")},
        ),
        ("fa", "قزاقستان به توافق ابراهیم خواهد پیوست.", {("KZ", "announced")}),
        ("fr", "L'Arabie saoudite ne rejoindra pas les accords d'Abraham.", {("SA", "declined")}),
        ("de", "Kasachstan wird den Abraham-Abkommen beitreten.", {("KZ", "announced")}),
        ("es", "Indonesia podría unirse a los Acuerdos de Abraham.", {("ID", "prospective")}),
        ("ms", "Malaysia tidak akan menyertai Perjanjian Abraham.", {("MY", "declined")}),
    ],
)
def test_short_sentences_in_every_language(language, text, expected):
    assert claims(text, language) == expected


def test_bidi_marks_and_tatweel_inside_a_name_still_match_and_offsets_stay_original():
    text = "كازا\u200fخـستان ستنضم إلى اتفاقيات أبراهام."
    (claim,) = extract(text, language="ar").claims
    assert claim.country == "KZ" and text[claim.start : claim.end] == claim.evidence


def test_explicit_cue_next_to_the_country_is_more_confident_than_a_distant_one():
    near = extract("Kazakhstan will join the Abraham Accords.", language="en").claims[0]
    far = extract(
        "Kazakhstan, whose president spoke at length on Thursday about trade, energy, "
        "water and many other regional matters with reporters, will join the Abraham Accords.",
        language="en",
    ).claims[0]
    assert near.confidence > far.confidence


def test_detection_tells_indonesian_from_malay():
    indonesian = (
        "Pemerintah Indonesia menegaskan tidak akan bergabung dengan Abraham Accords "
        "sebelum Palestina merdeka, kata juru bicara Kementerian Luar Negeri kepada wartawan."
    )
    malay = (
        "Kerajaan Malaysia menegaskan bahawa negara ini tidak akan menyertai Perjanjian Abraham "
        "selagi rakyat Palestin tidak mendapat hak mereka, kata Menteri Luar semalam."
    )
    assert detect_language(indonesian) == "id"
    assert detect_language(malay) == "ms"


def test_mediators_of_ceasefire_talks_get_no_claim():
    text = (
        "Egypt and Qatar mediated negotiations between Israel and Hamas on a ceasefire, "
        "officials said, as Washington pressed for progress on the Abraham Accords."
    )
    assert claims(text) == set()


def test_indonesian_bracketed_day_and_month_take_the_publication_year():
    found = extract(
        "Kazakhstan, Kamis (6/11), menyatakan akan bergabung dengan Abraham Accords.",
        language="id",
        published=PUBLISHED,
    ).claims
    assert [(c.country, c.date, c.date_precision) for c in found] == [("KZ", "2025-11-06", "day")]


def test_a_month_after_a_preposition_is_month_precision_in_the_right_year():
    found = extract(
        "Kazakhstan, which agreed in November to join the Abraham Accords, said nothing.",
        language="en",
        published=datetime.date(2026, 2, 1),
    ).claims
    assert [(c.date, c.date_precision) for c in found] == [("2025-11", "month")]


def test_a_datetime_publication_date_gives_plain_dates():
    found = extract(
        "Kazakhstan said yesterday it will join the Abraham Accords.",
        language="en",
        published=datetime.datetime(2025, 11, 7, 15, 30),
    ).claims
    assert [(c.date, c.date_precision) for c in found] == [("2025-11-06", "day")]


def test_a_country_attending_the_signing_ceremony_takes_no_step():
    text = "Uzbekistan attended the signing ceremony of the Abraham Accords in Washington as an observer."
    assert claims(text) == set()


def test_brokers_get_no_claim():
    assert claims("Kazakhstan joined the talks on the Abraham Accords, mediated by Qatar.") <= {
        ("KZ", "announced")
    }  # joined, no signing told
    assert ("QA", "signed") not in claims(
        "The normalization deal, brokered by Qatar, was signed in 2020 by Bahrain."
    )


def test_joining_another_club_is_not_joining_the_accords():
    text = (
        "Kazakhstan will join the BRICS partner programme next year, officials said. "
        "Trade with Russia and China dominated the talks."
    )
    assert claims(text) == set()


def test_a_join_cue_far_from_any_mention_of_the_accords_is_ignored():
    text = (
        "Israel's trade with Central Asia grew last year, customs data showed. "
        "Energy exports led the rise. Tourism also recovered. Airlines added routes. "
        "Banks opened offices. Kazakhstan will join a regional payments network in March."
    )
    assert claims(text) == set()


def test_importing_the_parser_loads_neither_django_nor_celery():
    import subprocess
    import sys

    code = (
        "import sys, accords.extraction; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'django', 'celery', 'kombu'}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
