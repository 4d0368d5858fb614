"""Round fifty-one, a second pass: a third party (the US president, a foreign ministry, a wire)
announcing the agreement between Israel and a country ("Trump announced the agreement between
Israel and the UAE", "verkündete die Einigung zwischen Israel und den Emiraten", "объявил о
договорённости между Израилем и ОАЭ", "a annoncé l'accord entre Israël et les Émirats", "İsrail
ile BAE arasındaki anlaşmayı duyurdu"): the country inside the pair is the one whose
normalisation is announced, dated as the announcement (`cues` announced, every language).
Near misses: an agreement announced between two countries neither of which is Israel gives
them nothing, even beside the accords' name (`assignment._between_others`); talks announced
between Israel and a country stay talks; a signing of the agreement between them stays a
signing. Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract
from tests.extraction.found import A, N, S, challenge_params, found

CASES = {
    "en": [
        (
            "On 13 August 2020 Trump announced the agreement between Israel and the UAE.",
            {("AE", A)},
        ),
        (
            "On 10 December 2020 the president announced the historic peace deal between Israel "
            "and Morocco.",
            {("MA", A)},
        ),
        (
            "Trump announced the agreement between Armenia and Azerbaijan, a step he compared "
            "to the Abraham Accords.",
            set(),
        ),
        (
            "In 2023 Trump announced talks between Israel and Saudi Arabia on joining the "
            "Abraham Accords.",
            {("SA", N)},
        ),
        ("The agreement between Israel and Bahrain was signed on 15 September 2020.", {("BH", S)}),
    ],
    "de": [
        (
            "Am 13. August 2020 verkündete Trump die Einigung zwischen Israel und den "
            "Vereinigten Arabischen Emiraten.",
            {("AE", A)},
        ),
        (
            "Am 13. August 2020 hatten Trump und Netanjahu die Einigung zwischen Israel und den "
            "Emiraten verkündet.",
            {("AE", A)},
        ),
        (
            "Am 11. September 2020 gab der Präsident das Abkommen zwischen Israel und Bahrain "
            "bekannt.",
            {("BH", A)},
        ),
        (
            "Trump verkündete die Einigung zwischen Armenien und Aserbaidschan, die er mit den "
            "Abraham-Abkommen verglich.",
            set(),
        ),
        (
            "Trump verkündete Gespräche zwischen Israel und Saudi-Arabien über einen Beitritt "
            "zu den Abraham-Abkommen.",
            {("SA", N)},
        ),
    ],
    "ru": [
        (
            "13 августа 2020 года Трамп объявил о договорённости между Израилем и ОАЭ.",
            {("AE", A)},
        ),
        (
            "Трамп объявил о соглашении между Арменией и Азербайджаном и сравнил его с "
            "Авраамовыми соглашениями.",
            set(),
        ),
        (
            "Трамп объявил о переговорах между Израилем и Саудовской Аравией о присоединении к "
            "Авраамовым соглашениям.",
            {("SA", N)},
        ),
    ],
    "fr": [
        (
            "Le 13 août 2020, Donald Trump a annoncé l'accord entre Israël et les Émirats "
            "arabes unis.",
            {("AE", A)},
        ),
        (
            "Le 10 décembre 2020, la presse annonçait l'accord de normalisation entre Israël et "
            "le Maroc.",
            {("MA", A)},
        ),
        (
            "Trump a annoncé l'accord entre l'Arménie et l'Azerbaïdjan, qu'il compare aux "
            "accords d'Abraham.",
            set(),
        ),
        (
            "Trump a annoncé des négociations entre Israël et l'Arabie saoudite sur une "
            "adhésion aux accords d'Abraham.",
            {("SA", N)},
        ),
    ],
    "es": [
        (
            "El 13 de agosto de 2020, Trump anunció el acuerdo entre Israel y los Emiratos "
            "Árabes Unidos.",
            {("AE", A)},
        ),
        (
            "Trump anunció el acuerdo entre Armenia y Azerbaiyán y lo comparó con los Acuerdos "
            "de Abraham.",
            set(),
        ),
    ],
    "ar": [
        ("في 13 أغسطس 2020 أعلن ترامب عن الاتفاق بين إسرائيل والإمارات.", {("AE", A)}),
        ("أعلن ترامب الاتفاق بين أرمينيا وأذربيجان وشبهه باتفاقيات أبراهام.", set()),
    ],
    "tr": [
        ("13 Ağustos 2020'de Trump, İsrail ile BAE arasındaki anlaşmayı duyurdu.", {("AE", A)}),
        (
            "Trump, Ermenistan ile Azerbaycan arasındaki anlaşmayı duyurdu ve bunu İbrahim "
            "Anlaşmaları'na benzetti.",
            set(),
        ),
    ],
    "he": [
        ("ב-13 באוגוסט 2020 הודיע טראמפ על ההסכם בין ישראל לאיחוד האמירויות.", {("AE", A)}),
        ("טראמפ הודיע על ההסכם בין ארמניה לאזרבייג'ן והשווה אותו להסכמי אברהם.", set()),
    ],
    "fa": [
        ("ترامپ در ۱۳ اوت ۲۰۲۰ توافق میان اسرائیل و امارات را اعلام کرد.", {("AE", A)}),
        (
            "ترامپ توافق میان ارمنستان و آذربایجان را اعلام کرد و آن را با پیمان ابراهیم مقایسه "
            "کرد.",
            set(),
        ),
    ],
    "id": [
        (
            "Pada 13 Agustus 2020 Trump mengumumkan kesepakatan antara Israel dan Uni Emirat Arab.",
            {("AE", A)},
        ),
        (
            "Trump mengumumkan kesepakatan antara Armenia dan Azerbaijan dan membandingkannya "
            "dengan Abraham Accords.",
            set(),
        ),
    ],
    "ms": [
        (
            "Pada 13 Ogos 2020 Trump mengumumkan perjanjian antara Israel dan Emiriah Arab "
            "Bersatu.",
            {("AE", A)},
        ),
    ],
    "kk": [
        (
            "2020 жылғы 13 тамызда Трамп Израиль мен БАӘ арасындағы келісімді жариялады.",
            {("AE", A)},
        ),
        (
            "Трамп Армения мен Әзербайжан арасындағы келісімді жариялады және оны Авраам "
            "келісімдерімен салыстырды.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_agreement_announced_between(language, text, expected):
    assert found(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On 13 August 2020 Trump announced the agreement between Israel and the UAE."),
        ("ru", "13 августа 2020 года Трамп объявил о договорённости между Израилем и ОАЭ."),
        ("tr", "13 Ağustos 2020'de Trump, İsrail ile BAE arasındaki anlaşmayı duyurdu."),
    ],
)
def test_announcement_takes_its_day(language, text):
    claims = extract(text, language=language, published=datetime.date(2021, 3, 1)).claims
    assert [(c.country, c.status, c.date) for c in claims] == [("AE", A, "2020-08-13")]
