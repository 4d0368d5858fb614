"""Round twenty-two, a French daily's chronology carried to the other languages: a step told
"le lendemain" ("the next day", "al día siguiente", "am nächsten Tag", "на следующий день",
"keesokan harinya", "ertesi gün", "في اليوم التالي") with no date of its own takes the day after
the last day named in the two sentences before (`next_day`, as `same_day` takes that day
itself), when it opens the sentence. Near misses: "au lendemain de la guerre" (right after an
event, no day named before) gives no date, nor does "the next day" inside a hypothesis ("would
face the street the next day"), and a step with its own date keeps it.
Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract

PUBLISHED = datetime.date(2025, 12, 3)

CASES = [
    (
        "fr",
        "Les accords d'Abraham. Trump a affirmé vendredi dernier que le Pakistan rejoindrait les accords. "
        "Dès le lendemain, le Pakistan a exclu toute adhésion.",
        "2025-11-29",
    ),
    (
        "fr",
        "Les accords d'Abraham. Trump a affirmé le 28 novembre que le Pakistan rejoindrait les accords. "
        "Le lendemain, Islamabad a exclu toute adhésion.",
        "2025-11-29",
    ),
    (
        "en",
        "The Abraham Accords. Trump said on 28 November that Pakistan would join the accords. The next day, "
        "Pakistan ruled out joining.",
        "2025-11-29",
    ),
    (
        "es",
        "Los Acuerdos de Abraham. Trump dijo el 28 de noviembre que Pakistán se sumaría. Al día siguiente, "
        "Pakistán descartó cualquier adhesión.",
        "2025-11-29",
    ),
    (
        "de",
        "Die Abraham-Abkommen. Trump sagte am 28. November, Pakistan werde beitreten. Am nächsten Tag lehnte "
        "Pakistan einen Beitritt ab.",
        "2025-11-29",
    ),
    (
        "ru",
        "Соглашения Авраама. Трамп заявил 28 ноября, что Пакистан присоединится. На следующий день Пакистан "
        "отверг присоединение к соглашениям.",
        "2025-11-29",
    ),
    (
        "id",
        "Perjanjian Abraham. Trump mengatakan pada 28 November bahwa Pakistan akan bergabung. Keesokan "
        "harinya, Pakistan menolak bergabung dengan Perjanjian Abraham.",
        "2025-11-29",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları. Trump 28 Kasım'da Pakistan'ın katılacağını söyledi. Ertesi gün Pakistan "
        "anlaşmalara katılmayı reddetti.",
        "2025-11-29",
    ),
    (
        "ar",
        "اتفاقيات أبراهام. قال ترامب في 28 نوفمبر إن باكستان ستنضم. وفي اليوم التالي رفضت باكستان الانضمام "
        "إلى اتفاقيات أبراهام.",
        "2025-11-29",
    ),
    # near misses
    (
        "ar",
        "اتفاقيات أبراهام. قال ترامب في 28 نوفمبر إن باكستان ستنضم. ورفضت باكستان الانضمام إلى اتفاقيات "
        "أبراهام، وقالت إن أي حكومة تفعل ذلك ستواجه الشارع في اليوم التالي.",
        None,
    ),
    (
        "fr",
        "Les accords d'Abraham. Le Pakistan a exclu toute adhésion au lendemain de la guerre.",
        None,
    ),
    (
        "en",
        "The Abraham Accords. Trump said on 28 November that Pakistan would join. The next day, on 1 "
        "December, Pakistan ruled out joining.",
        "2025-12-01",
    ),
]


@pytest.mark.parametrize(("language", "text", "date"), CASES)
def test_round22_next_day(language, text, date):
    claims = extract(text, language=language, published=PUBLISHED).claims
    assert [c.date for c in claims if c.country == "PK" and c.status == "declined"] == [date]
