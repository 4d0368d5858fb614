"""A wish to join followed by "but before that there must be ..." ("اما پیش از آن باید", "אבל
קודם צריך", "لكن قبل ذلك يجب", "tetapi sebelumnya harus", "tetapi sebelum itu mesti", "но
сначала должен"), as English "but first there must be", restricts the wish: the country is a
candidate and declines as things stand. "No normalisation before a Palestinian state is
established" ("לפני שתקום מדינה פלסטינית") is a precondition. Near misses: "before that" telling
an earlier step ("and before that it signed a defence pact") restricts nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "fa": [
        (
            "پیمان ابراهیم. ولیعهد گفت عربستان سعودی می‌خواهد به پیمان ابراهیم بپیوندد، اما پیش از آن باید "
            "مسیری روشن به سوی کشور فلسطینی وجود داشته باشد.",
            {("SA", P), ("SA", D)},
        ),
        (
            "پیمان ابراهیم. عربستان سعودی می‌خواهد به پیمان ابراهیم بپیوندد و پیش از آن با آمریکا توافق دفاعی "
            "امضا کرد.",
            {("SA", P)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. סעודיה רוצה להצטרף להסכמי אברהם, אבל קודם צריך להיות מסלול ברור למדינה פלסטינית.",
            {("SA", P), ("SA", D)},
        ),
        (
            "הסכמי אברהם. משרד החוץ של אינדונזיה הבהיר כי לא תהיה נורמליזציה עם ישראל לפני שתקום מדינה "
            "פלסטינית עצמאית.",
            {("ID", D)},
        ),
        (
            "הסכמי אברהם. סעודיה רוצה להצטרף להסכמי אברהם, וקודם לכן חתמה על הסכם הגנה עם וושינגטון.",
            {("SA", P)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. السعودية تريد الانضمام إلى اتفاقيات أبراهام، لكن قبل ذلك يجب أن يكون هناك مسار "
            "واضح نحو دولة فلسطينية.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Arab Saudi ingin bergabung dengan Abraham Accords, tetapi sebelumnya harus ada "
            "jalan yang jelas menuju negara Palestina.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Abraham Accords. Arab Saudi ingin bergabung dengan Abraham Accords dan sebelumnya telah "
            "menandatangani pakta pertahanan.",
            {("SA", P)},
        ),
    ],
    "ms": [
        (
            "Abraham Accords. Arab Saudi ingin menyertai Perjanjian Abraham, tetapi sebelum itu mesti ada "
            "laluan jelas ke arah negara Palestin.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Саудовская Аравия хочет присоединиться к Соглашениям Авраама, но сначала "
            "должен появиться ясный путь к палестинскому государству.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Соглашения Авраама. Саудовская Аравия хочет присоединиться к Соглашениям Авраама, сначала она "
            "подпишет оборонный пакт с США.",
            {("SA", P)},
        ),
    ],
    "en": [
        (
            "Abraham Accords. Saudi Arabia wants to join the accords, but first there must be a clear path to "
            "a Palestinian state.",
            {("SA", P), ("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_first_must(language, text, expected):
    check_case(language, text, expected)
