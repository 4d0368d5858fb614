"""Indonesian, Malay and Persian news as Tempo, CNN Indonesia, Utusan Malaysia, Malaysiakini,
Radio Farda and Euronews Persian write it (with the other languages where the same phrasing
exists). Classes: a ratification told as never completed ("proses ratifikasinya tak pernah
rampung", "its ratification was never completed", "sa ratification n'a jamais été achevée",
"ратификация так и не завершилась") is no ratification, while one completed stays one; a wish
to join with a time adverb between the wish and the joining verb ("مایل است روزی ...
بپیوندد", "wants to one day join", "quiere algún día unirse") is a candidacy, not an
announcement, and its negation ("مایل نیست ... بپیوندد") a refusal; a day and month in
brackets after a weekday ("Selasa (30/12)") in an article published in January is the
previous year's December, as a month named alone already is; an outlet holding a country's
name ("CNN Indonesia") is no mention of that country.
Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract
from tests.extraction.found import A, D, P, S, challenge_params, check_case

R = "ratified"

CASES = {
    "id": [
        (
            "Kesepakatan Abraham. Sudan meneken deklarasi itu, namun proses ratifikasinya tak pernah rampung.",
            {("SD", S)},
        ),
        (
            "Kesepakatan Abraham. Sudan meneken deklarasi itu, namun ratifikasinya tidak pernah selesai karena perang.",
            {("SD", S)},
        ),
        (
            "Kesepakatan Abraham. Menurut sang menteri, Riyadh ingin suatu hari bergabung dengan kesepakatan itu.",
            {("SA", P)},
        ),
        (
            'Kesepakatan Abraham. Baca artikel CNN Indonesia "Oman Ingin Gabung Abraham Accords" selengkapnya.',
            {("OM", P)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Sudan menandatangani deklarasi itu, tetapi ratifikasinya tidak pernah selesai.",
            {("SD", S)},
        ),
        (
            "Perjanjian Abraham. Menurut menteri itu, Riyadh mahu suatu hari nanti menyertai perjanjian tersebut.",
            {("SA", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Khartoum signed the declaration, but its ratification was never completed.",
            {("SD", S)},
        ),
        (
            "The Abraham Accords. Khartoum signed the declaration, and its ratification was completed later.",
            {("SD", S), ("SD", R)},
        ),
        (
            "The Abraham Accords. The minister said Riyadh wants to one day join the Abraham Accords.",
            {("SA", P)},
        ),
        (
            "The Abraham Accords. The minister said Riyadh will join the Abraham Accords.",
            {("SA", A)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Khartoum a signé la déclaration, mais sa ratification n'a jamais été achevée.",
            {("SD", S)},
        ),
        (
            "Les accords d'Abraham. Le ministre dit que Riyad souhaite un jour rejoindre les accords.",
            {("SA", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Jartum firmó la declaración, pero su ratificación nunca se completó.",
            {("SD", S)},
        ),
        (
            "Los Acuerdos de Abraham. El ministro dijo que Riad quiere algún día unirse a los Acuerdos de Abraham.",
            {("SA", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Khartum unterzeichnete die Erklärung, doch die Ratifizierung wurde nie abgeschlossen.",
            {("SD", S)},
        ),
        (
            "Die Abraham-Abkommen. Der Minister sagte, Riad wolle eines Tages den Abraham-Abkommen beitreten.",
            {("SA", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Хартум подписал декларацию, но ратификация так и не завершилась.",
            {("SD", S)},
        ),
    ],
    "fa": [
        (
            "توافق‌های ابراهیم. وزیر گفت ریاض مایل است روزی به توافق‌های ابراهیم بپیوندد.",
            {("SA", P)},
        ),
        (
            "توافق‌های ابراهیم. وزیر گفت ریاض می‌خواهد در آینده به توافق‌های ابراهیم بپیوندد.",
            {("SA", P)},
        ),
        (
            "توافق‌های ابراهیم. وزیر گفت ریاض مایل نیست به توافق‌های ابراهیم بپیوندد.",
            {("SA", D)},
        ),
        (
            "توافق‌های ابراهیم. وزیر گفت ریاض به توافق‌های ابراهیم خواهد پیوست.",
            {("SA", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round24_indonesian_malay_persian_news(language, text, expected):
    check_case(language, text, expected)


# A day and month in brackets (Indonesian "Selasa (30/12)"), read in an article of 2 January:
# a month after the publication's is last year's; one up to it is this year's.
BRACKET_DATES = [
    (
        "Kesepakatan Abraham. Presiden Trump mengatakan pada Selasa (30/12) bahwa ia yakin Arab Saudi akan bergabung.",
        ("SA", P, "2025-12-30"),
    ),
    (
        "Kesepakatan Abraham. Presiden Mauritania menegaskan pada Senin (29/12) bahwa negaranya tidak akan bergabung.",
        ("MR", D, "2025-12-29"),
    ),
    (
        "Kesepakatan Abraham. Presiden Somaliland mengatakan pada Kamis (1/1) bahwa Hargeisa siap bergabung.",
        ("XS", P, "2026-01-01"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRACKET_DATES)
def test_round24_bracketed_day_month_across_the_new_year(text, expected):
    claims = extract(text, language="id", published=datetime.date(2026, 1, 2)).claims
    assert {(c.country, c.status, c.date) for c in claims} == {expected}
