"""English said inside an article in another language: a quoted statement or post in English is
read with the English data file, its claim cited with the host sentence around it; English words
that make no claim, and the host language's own sentences, add nothing. Own sentences, written
for these tests."""

import pytest

from accords.extraction import extract
from tests.extraction.found import A, D, challenge_params, check_case

QUOTES = {
    "ar": [
        (
            'كتب الرئيس توكاييف على منصة إكس: "Kazakhstan will join the Abraham Accords, which have brought peace to the region".',
            {("KZ", A)},
        ),
    ],
    "fa": [
        (
            "توکایف در شبکه اجتماعی ایکس نوشت: «Kazakhstan will join the Abraham Accords».",
            {("KZ", A)},
        ),
    ],
    "he": [
        (
            'נשיא קזחסטן כתב ברשת X: "Kazakhstan will join the Abraham Accords and we are proud of it".',
            {("KZ", A)},
        ),
    ],
    "ru": [
        (
            "Министр написал в соцсети: «Oman has no plans to join the Abraham Accords at this stage».",
            {("OM", D)},
        ),
    ],
    "kk": [
        (
            "Тоқаев X желісінде былай деп жазды: «Kazakhstan will join the Abraham Accords».",
            {("KZ", A)},
        ),
    ],
    "tr": [
        (
            'Tokayev sosyal medyada şunu yazdı: "Kazakhstan will join the Abraham Accords".',
            {("KZ", A)},
        ),
    ],
    "fr": [
        (
            "Le ministre a écrit sur X : « Saudi Arabia will not join the Abraham Accords without a Palestinian state ».",
            {("SA", D)},
        ),
    ],
    "de": [
        (
            "Der Minister schrieb auf X: „Saudi Arabia will not join the Abraham Accords without a Palestinian state“.",
            {("SA", D)},
        ),
    ],
    "es": [
        (
            'El ministro escribió en X: "Saudi Arabia will not join the Abraham Accords without a Palestinian state".',
            {("SA", D)},
        ),
    ],
    "id": [
        (
            'Menteri itu menulis di X: "Indonesia will not join the Abraham Accords until Palestine is free".',
            {("ID", D)},
        ),
    ],
    "ms": [
        ('Menteri itu menulis di X: "Malaysia will never join the Abraham Accords".', {("MY", D)}),
    ],
}

NO_CLAIM = {
    "ar": [
        (
            'نشرت الصحيفة تقريرا بعنوان "The Abraham Accords at five: what comes next" دون أن تذكر أي دولة.',
            set(),
        ),
    ],
    "fr": [
        ("Le Kazakhstan rejoindra les accords d’Abraham, a annoncé Donald Trump.", {("KZ", A)}),
    ],
    "ru": [
        (
            "Посол сказал: «We welcome peace in the region and the friendship of our peoples».",
            set(),
        ),
    ],
    "de": [
        ("Das Motto lautete „Peace through strength“, sagte der Gesandte zu Saudi-Arabien.", set()),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(QUOTES, {}))
def test_an_english_quote_gives_its_claim(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(NO_CLAIM, {}))
def test_english_words_without_a_claim_add_nothing(language, text, expected):
    check_case(language, text, expected)


def test_the_quote_is_cited_with_its_host_sentence_and_less_confidence():
    text = (
        "Астана, 7 ноября. Президент написал в соцсети: «Kazakhstan will join the Abraham Accords». "
        "Других подробностей не сообщается."
    )
    (claim,) = extract(text, language="ru").claims
    assert (claim.country, claim.status) == ("KZ", "announced")
    assert claim.evidence == text[claim.start : claim.end]
    assert claim.evidence.startswith("Президент написал") and claim.evidence.endswith("».")
    alone = extract("Kazakhstan will join the Abraham Accords.", language="en").claims[0]
    assert claim.confidence < alone.confidence


def test_an_english_article_is_read_once():
    text = 'Tokayev wrote: "Kazakhstan will join the Abraham Accords".'
    assert [(c.country, c.status) for c in extract(text, language="en").claims] == [
        ("KZ", "announced")
    ]


def test_an_article_with_no_english_does_not_load_the_english_data(monkeypatch):
    # building English takes seconds: a worker's first Indonesian article must not pay for it
    from accords.extraction import embedded

    def no_english(code):
        raise AssertionError(f"{code} data loaded for an article with no English in it")

    monkeypatch.setattr(embedded, "get_language", no_english)
    text = "Kazakhstan resmi bergabung dengan Perjanjian Abraham, kata Gedung Putih."
    assert [(c.country, c.status) for c in extract(text, language="id").claims] == [
        ("KZ", "announced")
    ]
