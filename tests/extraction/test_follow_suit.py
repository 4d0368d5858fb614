"""A prediction that a country will follow suit or do the same ("Saudi Arabia will follow suit",
"l'Arabie saoudite fera de même", "Saudi-Arabien werde nachziehen", "السعودية ستحذو حذوها",
"Arab Saudi akan melakukan hal yang sama") is a candidacy (`prospective`), in the future or the
conditional, with or without adverbs; said with a negation it is a refusal (`declined`); a past
"did the same" still continues the step told before it, and "will follow" with a place or an
object ("bakal menyusul ke Riyadh") is none. A founder named after "according to" with a first
name or a title ("selon Donald Trump,", "according to US President Donald Trump,") tells the
expectation of the one speaking, not a decision; the founder as the agent of what the words are
about ("según el acuerdo anunciado por Trump,") speaks no one's expectation.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords. Saudi Arabia will follow suit, Trump said.", {("SA", P)}),
        (
            "The Abraham Accords. Kazakhstan joined in November, and Trump said Azerbaijan "
            "would soon follow suit.",
            {("KZ", A), ("AZ", P)},
        ),
        ("The Abraham Accords. Trump predicted that Oman would do the same.", {("OM", P)}),
        ("The Abraham Accords. Saudi Arabia is widely expected to follow suit.", {("SA", P)}),
        (
            "The Abraham Accords. Saudi Arabia will not follow suit, its foreign minister said.",
            {("SA", D)},
        ),
        ("The Abraham Accords. Riyadh won't do the same, the minister said.", {("SA", D)}),
        (
            "The UAE signed the Abraham Accords in September 2020. Morocco did the same in "
            "December.",
            {("AE", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        (
            "The Abraham Accords. According to US President Donald Trump, Saudi Arabia will "
            "join the accords.",
            {("SA", P)},
        ),
        (
            "The Abraham Accords. According to the Kazakh foreign ministry, Kazakhstan will "
            "join the accords.",
            {("KZ", A)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Trump assure que l'Arabie saoudite fera bientôt de même.",
            {("SA", P)},
        ),
        ("Les accords d'Abraham. Selon Trump, Oman en fera autant.", {("OM", P)}),
        (
            "Les accords d'Abraham. L'Arabie saoudite ne fera pas de même, a dit son ministre.",
            {("SA", D)},
        ),
        ("Les accords d'Abraham. L'Algérie n'emboîtera pas le pas.", {("DZ", D)}),
        (
            "Les accords d'Abraham. Selon Donald Trump, l'Arabie saoudite rejoindra les accords.",
            {("SA", P)},
        ),
        (
            "Les accords d'Abraham. D'après le président américain Donald Trump, l'Arabie "
            "saoudite rejoindra les accords.",
            {("SA", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Trump aseguró que Arabia Saudí hará lo mismo.",
            {("SA", P)},
        ),
        (
            "Los Acuerdos de Abraham. Trump aseguró que Omán seguirá pronto el ejemplo de "
            "Kazajistán.",
            {("OM", P)},
        ),
        ("Los Acuerdos de Abraham. Arabia Saudí no hará lo mismo, dijo su ministro.", {("SA", D)}),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Trump sagte, Saudi-Arabien werde bald nachziehen.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen. Trump erwartet, dass Saudi-Arabien nachziehen wird.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen. Bald wird auch Saudi-Arabien nachziehen, sagte Trump.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen. Kasachstan ist beigetreten; bald dürfte Aserbaidschan "
            "nachziehen.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            "Die Abraham-Abkommen. Saudi-Arabien werde nicht nachziehen, sagte der Minister.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Trump sagte, Oman werde dem Beispiel folgen.",
            {("OM", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Трамп заявил, что Саудовская Аравия последует её примеру.",
            {("SA", P)},
        ),
        (
            "Соглашения Авраама. Трамп уверен, что Оман сделает то же самое.",
            {("OM", P)},
        ),
        (
            "Соглашения Авраама. Саудовская Аравия не последует её примеру, заявил министр.",
            {("SA", D)},
        ),
    ],
    "ar": [
        ("اتفاقيات أبراهام. قال ترامب إن السعودية ستحذو حذوها.", {("SA", P)}),
        ("اتفاقيات أبراهام. قال ترامب إن عمان ستلحق بالركب قريبا.", {("OM", P)}),
        ("اتفاقيات أبراهام. وأكد ترامب أن السعودية ستفعل الشيء نفسه.", {("SA", P)}),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Trump, Suudi Arabistan'ın da aynı yolu izleyeceğini söyledi.",
            {("SA", P)},
        ),
    ],
    "id": [
        ("Abraham Accords. Menurut Trump, Arab Saudi akan segera menyusul.", {("SA", P)}),
        ("Abraham Accords. Arab Saudi akan menyusul, kata Trump.", {("SA", P)}),
        (
            "Abraham Accords. Trump menyebut Arab Saudi akan melakukan hal yang sama.",
            {("SA", P)},
        ),
        ("Abraham Accords. Oman akan mengikuti jejak Maroko.", {("OM", P)}),
        ("Abraham Accords. Timnas Indonesia bakal menyusul ke Riyadh untuk laga uji coba.", set()),
        (
            "Maroko menandatangani Abraham Accords pada Desember 2020. Sudan melakukan hal yang "
            "sama pada Januari 2021.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Trump berkata Arab Saudi akan menyusul tidak lama lagi.",
            {("SA", P)},
        ),
        ("Perjanjian Abraham. Oman akan melakukan perkara yang sama.", {("OM", P)}),
    ],
    "he": [
        ("הסכמי אברהם. טראמפ אמר כי סעודיה תלך בעקבותיה.", {("SA", P)}),
        ("הסכמי אברהם. לדברי טראמפ, סעודיה תעשה כמותה.", {("SA", P)}),
    ],
    "fa": [
        ("پیمان ابراهیم. ترامپ گفت عربستان سعودی نیز همین راه را خواهد رفت.", {("SA", P)}),
    ],
}

# the founder as the agent of what the words are about: a deal's terms, no one's expectation
AGENT_CASES = {
    "es": [
        (
            "Según el acuerdo anunciado por Trump, Israel y Mongolia establecerán relaciones "
            "diplomáticas.",
            {("MN", A)},
        ),
    ],
    "fr": [
        (
            "Selon l'accord annoncé par Trump, Israël et la Mongolie établiront des relations "
            "diplomatiques.",
            {("MN", A)},
        ),
    ],
    "id": [
        (
            "Menurut kesepakatan yang diumumkan Trump, Israel dan Mongolia akan menjalin "
            "hubungan diplomatik.",
            {("MN", A)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_following_suit_is_a_candidacy_and_not_following_a_refusal(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(AGENT_CASES, {}))
def test_a_founder_as_agent_after_according_to_speaks_no_expectation(language, text, expected):
    check_case(language, text, expected)
