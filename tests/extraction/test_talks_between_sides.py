"""Talks told with qualified contacts ("exploratory contacts between", "contacts
exploratoires ... entre", "contactos exploratorios entre", "محادثات استكشافية بين",
"gizli temaslar sürüyor", "گفت‌وگوهای مقدماتی میان", "מגעים ראשוניים בין"), and their sides
told as a pair after a word for "between" ("between the two governments", "entre ambos
gobiernos", "بين الجانبين") in a sentence naming no country: the one country in scope (named
with Israel in the sentence before) holds the talks. Controls: a pair phrase with no
"between" deep in a sentence ("no embassy opened in the two countries", "both sides signed a
defence pact") is no one's step; a sentence naming its own country keeps it.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import N, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Washington hosted envoys from Mauritania and Israel last week. "
            "Talks between the two sides on normalization are continuing.",
            {("MR", N)},
        ),
        (
            "The Abraham Accords. Mauritania met Israeli officials last week. Exploratory talks "
            "between the two governments have now begun.",
            {("MR", N)},
        ),
        (
            "The Abraham Accords. Mauritania met Israeli officials last week. The crown prince "
            "said both sides signed a defence pact.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Des contacts exploratoires ont lieu entre la Mauritanie et Israël.",
            {("MR", N)},
        ),
        (
            "Les accords d'Abraham. La Mauritanie a reçu un émissaire israélien. Des contacts "
            "exploratoires ont désormais lieu entre les deux gouvernements.",
            {("MR", N)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Hay contactos exploratorios entre Mauritania e Israel.",
            {("MR", N)},
        ),
        (
            "Los Acuerdos de Abraham. Mauritania recibió a un enviado israelí. Ahora hay contactos "
            "exploratorios entre ambos gobiernos.",
            {("MR", N)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Mauretanien empfing einen israelischen Gesandten. Nun gibt es "
            "Sondierungsgespräche zwischen beiden Regierungen.",
            {("MR", N)},
        ),
    ],
    "ar": [
        ("اتفاقيات أبراهام. وتجري محادثات استكشافية بين موريتانيا وإسرائيل.", {("MR", N)}),
        (
            "اتفاقيات أبراهام. استقبلت موريتانيا مبعوثا إسرائيليا. وتجري الآن محادثات استكشافية بين الجانبين.",
            {("MR", N)},
        ),
        (
            "اتفاقيات أبراهام. جمدت السودان مسار التطبيع مع إسرائيل. ولم تفتح أي سفارة في البلدين.",
            {("SD", U)},
        ),
    ],
    "tr": [
        ("İbrahim Anlaşmaları. Moritanya ile İsrail arasında gizli temaslar sürüyor.", {("MR", N)}),
    ],
    "fa": [
        ("پیمان ابراهیم. گفت‌وگوهای مقدماتی میان موریتانی و اسرائیل در جریان است.", {("MR", N)}),
    ],
    "he": [
        ("הסכמי אברהם. מגעים ראשוניים בין מאוריטניה לישראל מתקיימים בימים אלה.", {("MR", N)}),
    ],
}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, {}))
def test_talks_between_sides(language, text, expected):
    check_case(language, text, expected)
