"""extract() never raises and its offsets always point at its evidence, whatever
the input: arbitrary Unicode, mixed scripts, bidi controls, odd punctuation,
very long text."""

import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accords.extraction import SUPPORTED_LANGUAGES, detect_language, extract
from accords.extraction.scoring import claim_word_run

SENTENCES = [
    "Kazakhstan will join the Abraham Accords.",
    "Kazakhstan akan bergabung dengan Abraham Accords pada 2025.",
    "Казахстан присоединится к Соглашениям Авраама 6 ноября 2025 года.",
    "كازاخستان ستنضم إلى اتفاقيات أبراهام.",
    "קזחסטן תצטרף להסכמי אברהם.",
    "قزاقستان به توافق ابراهیم خواهد پیوست.",
    "Kazakistan'ın Abraham Anlaşmaları'na katılacağını açıkladı.",
    "Saudi Arabia will not join without a Palestinian state.",
]
CONTROL = [
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2069",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u0640",
    "\u064b",
    "\u0651",
    "\u05b0",
    "\u00ad",
]
PUNCTUATION = list(".!?؟…;:,،—–-\"'«»“”()[]\n\t ")


def check(text, **kwargs):
    result = extract(text, **kwargs)
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.evidence
        assert 0 <= claim.confidence <= 1
    return result


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.sampled_from((None,) + SUPPORTED_LANGUAGES))
def test_arbitrary_unicode_never_raises(text, language):
    check(text, language=language)


mixed = st.lists(
    st.one_of(
        st.sampled_from(SENTENCES),
        st.sampled_from(CONTROL),
        st.sampled_from(PUNCTUATION),
        st.text(max_size=5),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed, st.sampled_from(SUPPORTED_LANGUAGES), st.dates(min_value=datetime.date(1990, 1, 1)))
def test_mixed_scripts_with_bidi_controls_keep_offsets_exact(text, language, published):
    check(text, language=language, published=published)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(SENTENCES),
    st.lists(st.sampled_from(CONTROL), min_size=1, max_size=5),
    st.integers(0, 30),
)
def test_controls_inside_names_are_ignored_but_offsets_stay_in_the_original(
    sentence, controls, position
):
    position = min(position, len(sentence))
    text = sentence[:position] + "".join(controls) + sentence[position:]
    check(text)


def test_pathological_punctuation_never_raises():
    for text in (
        "." * 5000,
        "?" * 3000 + "Kazakhstan",
        "\n" * 10000,
        "«»" * 2000,
        "؟،" * 2000,
        "Kazakhstan" + "," * 4000 + " will join the Abraham Accords.",
    ):
        check(text, language="en")


def test_a_one_megabyte_input_finishes_with_exact_offsets():
    article = " ".join(SENTENCES) + "\n"
    text = (article * (1_000_000 // len(article) + 1))[:1_000_000]
    result = check(text, language="en")
    assert result.claims  # the English sentence is found despite the noise around it


def test_lone_surrogates_do_not_break_detection_or_extraction():
    text = "Kazakhstan \ud800 will join the Abraham Accords \udfff."
    detect_language(text)
    check(text)


def test_non_string_input_gives_no_claims():
    assert extract(None).claims == []  # type: ignore[arg-type]
    assert extract(b"Kazakhstan will join", language="en").claims == []  # type: ignore[arg-type]


def test_no_sentence_piece_is_longer_than_the_bound():
    from accords.extraction.sentences import MAX_SENTENCE, split_sentences

    text = claim_word_run(50_000)
    spans = split_sentences(text)
    assert max(end - start for start, end in spans) <= MAX_SENTENCE
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")


def test_work_grows_linearly_with_an_unpunctuated_run(monkeypatch):
    """Counts clause-break lookups (the inner step of assigning cues and dates):
    four times the text must cost about four times the lookups, not 16 or 64."""
    from accords.extraction import assignment, claims, confidence, finding, sentence, steps

    calls = {"n": 0}
    original = finding._crosses

    def counting(*args):
        calls["n"] += 1
        return original(*args)

    for module in (finding, claims, sentence, steps, assignment, confidence):
        monkeypatch.setattr(module, "_crosses", counting)
    counts = []
    for length in (8_000, 32_000):
        calls["n"] = 0
        extract(claim_word_run(length), language="en")
        counts.append(calls["n"])
    assert counts[0] > 100
    assert counts[1] / counts[0] < 5.5, counts


@pytest.mark.parser_fault
def test_a_fault_on_one_sentence_costs_only_that_sentence(monkeypatch, caplog):
    """A fault of the rules on one sentence is logged and that sentence gives nothing; the
    article's other sentences keep their claims (the whole article used to be lost)."""
    from accords.extraction import claims

    real = claims._sentence_claims

    def failing_on_oman(folded, start, end, *args, **kwargs):
        if "oman" in folded[start:end]:
            raise RuntimeError("a fault of the rules")
        return real(folded, start, end, *args, **kwargs)

    monkeypatch.setattr(claims, "_sentence_claims", failing_on_oman)
    text = (
        "Kazakhstan joined the Abraham Accords on 6 November 2025. "
        "Oman will join the Abraham Accords next year. "
        "Saudi Arabia rejected the Abraham Accords."
    )
    found = {(c.country, c.status) for c in extract(text, language="en").claims}
    assert found == {("KZ", "announced"), ("SA", "declined")}
    faults = [r for r in caplog.records if r.name == "accords.extraction.claims"]
    assert len(faults) == 1 and faults[0].exc_info is not None
