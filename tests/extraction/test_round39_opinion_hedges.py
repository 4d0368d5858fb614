"""Round thirty-nine, a prediction told as someone's opinion ("in his view, Saudi Arabia will join
the accords within months", "in the view of the minister", "à son avis", "de l'avis du ministre",
"seiner Meinung nach", "nach Einschätzung des Ministers", "en su opinión", "a juicio del
ministro", "في رأيه", "برأيه", "по его мнению", "по мнению министра", "kanaatine göre", "به نظر
او", "menurut pendapatnya", "pada pendapatnya", "לדעתו", "להערכתה", "оның пікірінше"): a
minister's or an analyst's belief, prospective, not an announcement (`hedges`).  Near misses: a
joining already told, with the opinion on it in a clause after ("which in his view was a
mistake"), stays announced.  Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. In his view, Saudi Arabia will join the accords within months.",
            {("SA", P)},
        ),
        (
            "The Abraham Accords. In the view of the minister, Saudi Arabia will join before the elections.",
            {("SA", P)},
        ),
        (
            "The Abraham Accords. Kazakhstan has joined the accords, which in his view was a mistake.",
            {("KZ", A)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. À son avis, l'Arabie saoudite rejoindra les accords d'ici quelques mois.",
            {("SA", P)},
        ),
        (
            "Les accords d'Abraham. De l'avis du ministre, l'Arabie saoudite rejoindra les accords avant les élections.",
            {("SA", P)},
        ),
        (
            "Les accords d'Abraham. Le Kazakhstan a rejoint les accords, ce qui à son avis était une erreur.",
            {("KZ", A)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Nach Einschätzung des Ministers wird Saudi-Arabien den Abkommen bald beitreten.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen. Saudi-Arabien wird seiner Meinung nach den Abkommen beitreten.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen. Nach Einschätzung des Ministers wird Saudi-Arabien den Abkommen in wenigen Monaten beitreten.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen. Kasachstan ist den Abkommen beigetreten, was seiner Meinung nach ein Fehler war.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. En su opinión, Arabia Saudita se unirá a los acuerdos en pocos meses.",
            {("SA", P)},
        ),
        (
            "Los Acuerdos de Abraham. A juicio del ministro, Arabia Saudí se sumará a los acuerdos antes de las elecciones.",
            {("SA", P)},
        ),
    ],
    "ar": [
        ("اتفاقيات أبراهام. وفي رأيه، ستنضم السعودية إلى الاتفاقيات خلال أشهر.", {("SA", P)}),
        ("اتفاقيات أبراهام. برأيه ستنضم السعودية إلى اتفاقيات إبراهيم قريبا.", {("SA", P)}),
    ],
    "ru": [
        (
            "Соглашения Авраама. По его мнению, Саудовская Аравия присоединится к соглашениям в течение нескольких месяцев.",
            {("SA", P)},
        ),
        (
            "Соглашения Авраама. По мнению министра, Саудовская Аравия присоединится к соглашениям до выборов.",
            {("SA", P)},
        ),
        (
            "Соглашения Авраама. Казахстан присоединился к соглашениям, что, по его мнению, было ошибкой.",
            {("KZ", A)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Kanaatine göre Suudi Arabistan birkaç ay içinde anlaşmalara katılacak.",
            {("SA", P)},
        ),
    ],
    "fa": [
        (
            "توافق‌های ابراهیم. به نظر او عربستان سعودی ظرف چند ماه به این توافق‌ها خواهد پیوست.",
            {("SA", P)},
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham. Menurut pendapatnya, Arab Saudi akan bergabung dengan perjanjian itu dalam beberapa bulan.",
            {("SA", P)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Pada pendapatnya, Arab Saudi akan menyertai perjanjian itu dalam beberapa bulan.",
            {("SA", P)},
        ),
    ],
    "he": [
        ("הסכמי אברהם. לדעתו סעודיה תצטרף להסכמים בתוך חודשים.", {("SA", P)}),
        ("הסכמי אברהם. להערכתה, סעודיה תצטרף להסכמים עוד לפני הבחירות.", {("SA", P)}),
        ("הסכמי אברהם. קזחסטן הצטרפה להסכמים, ולדעתו זו הייתה טעות.", {("KZ", A)}),
    ],
    "kk": [
        (
            "Авраам келісімдері. Оның пікірінше, Сауд Арабиясы бірнеше ай ішінде келісімдерге қосылады.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {
    "de-3": "the opinion opens the clause further before the verb-final joining word than a hedge reaches ('den Abkommen in wenigen Monaten' between them)",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_opinion_hedges(language, text, expected):
    check_case(language, text, expected)
