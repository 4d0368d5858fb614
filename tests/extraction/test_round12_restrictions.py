"""A hope limited by a restriction ("but not without a Palestinian state", "aber nicht, solange",
"Mais pas tant que"): open to the step and refusing it as things stand. The restriction may
close the sentence of the hope or open a sentence of its own that names no one else. Own
sentences, in each language."""

import pytest

from tests.extraction.found import coarse

HOPE_AND_REFUSAL = {("SA", "cand"), ("SA", "dec")}

CASES = [
    (
        "en",
        "The Abraham Accords. Saudi Arabia wants to join the accords, but not without a Palestinian state.",
        HOPE_AND_REFUSAL,
    ),
    (
        "en",
        "The Abraham Accords. Saudi Arabia wants to join the accords. But not without a Palestinian state.",
        HOPE_AND_REFUSAL,
    ),
    (
        "en",
        "Normalization with Israel is on the table, Syria's president said, but not until the Golan is returned.",
        {("SY", "cand"), ("SY", "dec")},
    ),
    (
        "en",
        "The Abraham Accords. Riyadh could eventually join the accords. But not while the war in Gaza goes on.",
        HOPE_AND_REFUSAL,
    ),
    (
        "en",
        "The Abraham Accords. Saudi Arabia could join the accords. But not everyone in Riyadh agrees.",
        {("SA", "cand")},
    ),
    (
        "en",
        "The Abraham Accords. Kazakhstan joined the accords last week. But not without criticism at home.",
        {("KZ", "ann")},
    ),
    (
        "en",
        "The Abraham Accords. Saudi Arabia could join the accords. The crown prince visits Washington. But not without a Palestinian state.",
        {("SA", "cand")},
    ),
    (
        "de",
        "Die Abraham-Abkommen. Saudi-Arabien will beitreten, aber nicht ohne einen palästinensischen Staat.",
        HOPE_AND_REFUSAL,
    ),
    (
        "de",
        "Die Abraham-Abkommen. Saudi-Arabien will den Abkommen beitreten. Aber nicht ohne einen palästinensischen Staat.",
        HOPE_AND_REFUSAL,
    ),
    (
        "de",
        "Die Abraham-Abkommen. Syrien zeigt sich offen für eine Normalisierung. Allerdings nicht, solange Israel den Golan besetzt hält.",
        {("SY", "cand"), ("SY", "dec")},
    ),
    (
        "ru",
        "Авраамовы соглашения. Саудовская Аравия готова присоединиться к соглашениям, но не без палестинского государства.",
        HOPE_AND_REFUSAL,
    ),
    (
        "ru",
        "Авраамовы соглашения. Саудовская Аравия может присоединиться к соглашениям. Но не раньше создания палестинского государства.",
        HOPE_AND_REFUSAL,
    ),
    (
        "id",
        "Abraham Accords. Arab Saudi ingin bergabung dengan Abraham Accords, tetapi tidak tanpa negara Palestina.",
        HOPE_AND_REFUSAL,
    ),
    (
        "id",
        "Abraham Accords. Arab Saudi berpeluang bergabung dengan Abraham Accords. Namun tidak sebelum berdirinya negara Palestina.",
        HOPE_AND_REFUSAL,
    ),
    (
        "ms",
        "Perjanjian Abraham. Arab Saudi mahu menyertai Perjanjian Abraham, tetapi tidak tanpa negara Palestin.",
        HOPE_AND_REFUSAL,
    ),
    (
        "ms",
        "Perjanjian Abraham. Arab Saudi mungkin menyertai Perjanjian Abraham. Namun tidak selagi perang di Gaza berterusan.",
        HOPE_AND_REFUSAL,
    ),
    (
        "ar",
        "اتفاقيات أبراهام. السعودية مستعدة للانضمام إلى اتفاقيات أبراهام، ولكن ليس قبل قيام دولة فلسطينية.",
        HOPE_AND_REFUSAL,
    ),
    (
        "ar",
        "اتفاقيات أبراهام. قد تنضم السعودية إلى اتفاقيات أبراهام. لكن ليس دون مسار نحو دولة فلسطينية.",
        HOPE_AND_REFUSAL,
    ),
    (
        "fa",
        "پیمان ابراهیم. عربستان سعودی آماده پیوستن به پیمان ابراهیم است، اما نه بدون کشور فلسطینی.",
        HOPE_AND_REFUSAL,
    ),
    (
        "fa",
        "پیمان ابراهیم. عربستان سعودی ممکن است به پیمان ابراهیم بپیوندد. اما نه پیش از تشکیل کشور فلسطینی.",
        HOPE_AND_REFUSAL,
    ),
    (
        "he",
        "הסכמי אברהם. סעודיה מוכנה להצטרף להסכמי אברהם, אבל לא בלי מדינה פלסטינית.",
        HOPE_AND_REFUSAL,
    ),
    (
        "he",
        "הסכמי אברהם. סעודיה עשויה להצטרף להסכמי אברהם. אך לא לפני שתקום מדינה פלסטינית.",
        HOPE_AND_REFUSAL,
    ),
    (
        "fr",
        "Les accords d'Abraham. L'Arabie saoudite veut bien normaliser. Mais pas sans un État palestinien.",
        HOPE_AND_REFUSAL,
    ),
    (
        "fr",
        "Les accords d'Abraham. L'Arabie saoudite veut bien normaliser. Mais pas tout de suite.",
        {("SA", "cand")},
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Arabia Saudí está dispuesta a normalizar. Pero no sin un Estado palestino.",
        HOPE_AND_REFUSAL,
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_restriction_limits_the_hope_told_with_it_or_just_before(language, text, expected):
    assert coarse(text, language) == expected
