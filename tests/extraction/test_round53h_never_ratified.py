"""A step never ratified: "but never went on to ratify them", "pero nunca llegó a ratificarlos",
"mais ne les a jamais ratifiés", "ratifizierte sie aber nie", "но так и не ратифицировал",
"لكنها لم تصادق عليها قط", "ancak hiçbir zaman onaylamadı", "tetapi tidak pernah
meratifikasinya", "אך מעולם לא אשררה", "اما هرگز آن را تصویب نکرد", "бірақ оларды ешқашан
ратификацияламады".  A signing never ratified keeps its signing and no ratification; an
announcement never ratified stays an announcement, with no signing beside it.  All twelve
languages read these already; the tests keep them so.  Near miss: a bare "never ratified" with
no step of its own gives nothing."""

import pytest

from tests.extraction.found import A, S, found

ANNOUNCED_NEVER_RATIFIED = [
    (
        "en",
        "Oman announced in March 2024 that it would join the Abraham Accords but never went on "
        "to ratify them.",
    ),
    (
        "es",
        "Omán anunció en marzo de 2024 que se uniría a los Acuerdos de Abraham, pero nunca llegó "
        "a ratificarlos.",
    ),
    (
        "fr",
        "Oman a annoncé en mars 2024 qu'il rejoindrait les accords d'Abraham, mais ne les a "
        "jamais ratifiés.",
    ),
    (
        "de",
        "Oman gab im März 2024 bekannt, den Abraham-Abkommen beizutreten, ratifizierte sie aber "
        "nie.",
    ),
    (
        "ru",
        "Оман объявил в марте 2024 года о присоединении к Авраамовым соглашениям, но так и не "
        "ратифицировал их.",
    ),
    ("ar", "أعلنت عمان في مارس 2024 انضمامها إلى اتفاقيات أبراهام لكنها لم تصادق عليها قط."),
    (
        "tr",
        "Umman, Mart 2024'te İbrahim Anlaşmalarına katılacağını açıkladı ancak anlaşmaları "
        "hiçbir zaman onaylamadı.",
    ),
    (
        "id",
        "Oman mengumumkan pada Maret 2024 bahwa akan bergabung dengan Perjanjian Abraham tetapi "
        "tidak pernah meratifikasinya.",
    ),
    (
        "ms",
        "Oman mengumumkan pada Mac 2024 bahawa ia akan menyertai Perjanjian Abraham tetapi tidak "
        "pernah meratifikasinya.",
    ),
    ("he", "עומאן הודיעה במרץ 2024 כי תצטרף להסכמי אברהם אך מעולם לא אשררה אותם."),
    (
        "fa",
        "عمان در مارس ۲۰۲۴ اعلام کرد که به پیمان ابراهیم می‌پیوندد اما هرگز آن را تصویب نکرد.",
    ),
    (
        "kk",
        "Оман 2024 жылғы наурызда Авраам келісімдеріне қосылатынын жариялады, бірақ оларды "
        "ешқашан ратификацияламады.",
    ),
]


@pytest.mark.parametrize("language,text", ANNOUNCED_NEVER_RATIFIED)
def test_an_announcement_never_ratified_stays_an_announcement(language, text):
    assert found(text, language) == {("OM", A)}


@pytest.mark.parametrize(
    "language,text",
    [
        (
            "en",
            "Sudan signed the Abraham Accords declaration in January 2021 but never went on to "
            "ratify it.",
        ),
        (
            "es",
            "Sudán firmó la declaración de los Acuerdos de Abraham en enero de 2021, pero nunca "
            "llegó a ratificarla.",
        ),
        (
            "fr",
            "Le Soudan a signé la déclaration des accords d'Abraham en janvier 2021 mais ne l'a "
            "jamais ratifiée.",
        ),
        (
            "ru",
            "Судан подписал декларацию Авраамовых соглашений в январе 2021 года, но так и не "
            "ратифицировал её.",
        ),
        ("he", "סודן חתמה על הצהרת הסכמי אברהם בינואר 2021 אך מעולם לא אשררה אותה."),
    ],
)
def test_a_signing_never_ratified_keeps_its_signing(language, text):
    assert found(text, language) == {("SD", S)}


@pytest.mark.parametrize(
    "language,text",
    [
        ("en", "Oman never went on to ratify the Abraham Accords."),
        ("es", "Omán nunca llegó a ratificar los Acuerdos de Abraham."),
        ("fr", "Oman n'a jamais ratifié les accords d'Abraham."),
    ],
)
def test_never_ratified_alone_gives_nothing(language, text):
    assert not found(text, language)
