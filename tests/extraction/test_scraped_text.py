"""Text as scrapers deliver it: navigation and share lines, cookie banners,
photo captions and "Read also" links, capitals, repeated paragraphs, Windows
line endings, typographic spaces and quotes, Arabic tatweel and the Arabic
forms of Persian letters.  The claims must be those of the clean article."""

import datetime

import pytest

from accords.extraction import extract
from accords.extraction.text import collapse_repeated_paragraphs

PUBLISHED = datetime.date(2025, 11, 7)
ARTICLE = (
    "Kazakhstan will join the Abraham Accords, the White House said on Thursday.\n\n"
    "Saudi Arabia will not join without a Palestinian state, its foreign minister said.\n"
)
CLEAN = [("KZ", "announced", "2025-11-06"), ("SA", "declined", None)]


def claims(text, language="en", published=PUBLISHED):
    result = extract(text, language=language, published=published)
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.evidence
    return sorted((c.country, c.status, c.date) for c in result.claims)


def test_the_clean_article_gives_the_reference_claims():
    assert claims(ARTICLE) == CLEAN


def test_navigation_cookie_and_share_lines_add_nothing():
    page = (
        "Home | World | Middle East | Business\n"
        "We use cookies to improve your experience. Accept all cookies\n"
        "Share on Facebook  Share on X  Copy link\n"
        + ARTICLE
        + "Advertisement\nSubscribe to our newsletter\n"
    )
    assert claims(page) == CLEAN


def test_read_also_and_related_links_are_not_claims_of_the_article():
    page = (
        "Read also: Oman will join the Abraham Accords next month\n"
        + ARTICLE
        + "Related: Indonesia agrees to join the Abraham Accords\n"
        "Photo: Mauritania signed the accords, a caption says\n"
    )
    assert claims(page) == CLEAN


@pytest.mark.parametrize(
    "language, line, article",
    [
        (
            "id",
            "Baca juga: Oman akan bergabung dengan Abraham Accords",
            "Kazakhstan akan bergabung dengan Abraham Accords, kata Gedung Putih.",
        ),
        (
            "de",
            "Mehr zum Thema: Oman tritt den Abraham-Abkommen bei",
            "Kasachstan wird den Abraham-Abkommen beitreten, teilte das Weiße Haus mit.",
        ),
        (
            "ar",
            "اقرأ أيضاً: عمان تنضم إلى اتفاقيات أبراهام",
            "أعلن البيت الأبيض أن كازاخستان ستنضم إلى اتفاقيات أبراهام.",
        ),
        (
            "fr",
            "À lire aussi : Oman rejoint les accords d'Abraham",
            "Le Kazakhstan va rejoindre les accords d'Abraham, a annoncé la Maison-Blanche.",
        ),
    ],
)
def test_link_lines_are_skipped_in_every_language(language, line, article):
    found = claims(line + "\n\n" + article + "\n", language=language, published=None)
    assert [country for country, *_ in found] == ["KZ"]


def test_an_all_capitals_page_gives_the_same_claims():
    assert claims(ARTICLE.upper()) == CLEAN


def test_an_all_capitals_headline_is_read_like_any_title():
    page = "KAZAKHSTAN TO JOIN ABRAHAM ACCORDS, WHITE HOUSE SAYS\n\nThe announcement came on Thursday.\n"
    assert claims(page) == [("KZ", "announced", "2025-11-06")]


def test_paragraphs_repeated_by_the_scraper_give_each_claim_once():
    doubled = ARTICLE + "\n" + ARTICLE + "\n" + ARTICLE
    assert claims(doubled) == CLEAN
    assert collapse_repeated_paragraphs(doubled).count("Kazakhstan will join") == 1


def test_windows_line_endings_change_nothing():
    assert claims(ARTICLE.replace("\n", "\r\n")) == CLEAN


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u3000"])
def test_typographic_spaces_between_words_change_nothing(space):
    assert claims(ARTICLE.replace(" ", space)) == CLEAN


def test_curly_and_straight_quotes_and_apostrophes_read_alike():
    straight = '"We will join the Abraham Accords," Kazakhstan\'s president said on Thursday.'
    curly = "“We will join the Abraham Accords,” Kazakhstan’s president said on Thursday."
    assert claims(curly) == claims(straight) == [("KZ", "announced", "2025-11-06")]


def test_arabic_tatweel_inside_names_and_verbs_is_ignored():
    plain = "أعلن البيت الأبيض أن كازاخستان ستنضم إلى اتفاقيات أبراهام."
    stretched = "أعلن البيت الأبيض أن كازاخســـتان ستنضـــم إلى اتفاقيـــات أبراهام."
    assert (
        claims(stretched, language="ar", published=None)
        == claims(plain, language="ar", published=None)
        == [("KZ", "announced", None)]
    )


def test_persian_text_typed_with_arabic_yeh_and_kaf_reads_like_persian_letters():
    persian = "قزاقستان به پیمان ابراهیم خواهد پیوست، اما عربستان بدون کشور فلسطینی نخواهد پیوست."
    arabic_letters = persian.replace("ی", "ي").replace("ک", "ك")
    assert arabic_letters != persian
    expected = [("KZ", "announced", None), ("SA", "declined", None)]
    assert claims(persian, language="fa", published=None) == expected
    assert claims(arabic_letters, language="fa", published=None) == expected
    assert extract(arabic_letters).language == "fa"


# Text wrapped by hand or pasted from a PDF: a line going on in lower case goes on with the
# sentence (a broken word, a date on the next line); a line opening with a capital may be a
# new one (a headline), and stays apart.
WRAPPED = [
    ("en", "Kazakh-\nstan joined the Abraham Accords on 6 November 2025.", ("KZ", "announced")),
    ("en", "Kazakhstan will join the Abraham\naccords, the White House said.", ("KZ", "announced")),
    (
        "fr",
        "Le Kazakhstan a rejoint les accords d'Abra-\nham le 6 novembre 2025.",
        ("KZ", "announced"),
    ),
    (
        "de",
        "Kasachstan tritt den Abraham-Abkommen\nbei, teilte das Weiße Haus mit.",
        ("KZ", "announced"),
    ),
    (
        "ru",
        "Казахстан присоединится к Авраамовым\nсоглашениям, заявили в Белом доме.",
        ("KZ", "announced"),
    ),
    (
        "id",
        "Kazakhstan akan bergabung\ndengan Perjanjian Abraham, kata Gedung Putih.",
        ("KZ", "announced"),
    ),
    (
        "es",
        "Kazajistán se unirá a los Acuerdos\nde Abraham, anunció la Casa Blanca.",
        ("KZ", "announced"),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), WRAPPED)
def test_a_sentence_wrapped_across_lines_is_read_whole(language, text, expected):
    result = extract(text, language=language, published=PUBLISHED)
    assert [(c.country, c.status) for c in result.claims] == [expected]
    claim = result.claims[0]
    assert text[claim.start : claim.end] == claim.evidence == text


def test_a_date_on_the_wrapped_line_is_the_claims():
    text = "Kazakhstan joined the Abraham Accords on 6\nnovember 2025, the White House said."
    assert claims(text) == [("KZ", "announced", "2025-11-06")]


def test_a_headline_line_stays_apart_from_the_capitalised_line_after_it():
    text = (
        "Kazakhstan joins Abraham Accords\n"
        "Saudi Arabia will not join without a Palestinian state, its foreign minister said."
    )
    assert claims(text) == [("KZ", "announced", None), ("SA", "declined", None)]


def test_a_paragraph_break_stays_one_whatever_case_follows():
    text = "Oman will join the Abraham Accords\n\nthe kingdom will not, its minister said."
    result = extract(text, language="en")
    assert [(c.country, c.status) for c in result.claims] == [("OM", "announced")]
    assert result.claims[0].evidence == "Oman will join the Abraham Accords"
