"""Round fifty-two, English older misses: a dated entry of a chronology told in several
sentences on its line ("- Oct. 7: Hamas attacks Israel. Talks on normalisation are frozen.")
dates its later sentences with the day or month that opens the line, set off by a colon or a
spaced dash, in every language (`claims._entry_date`); before, only the entry's first sentence
took it.
Near misses: a dateline's place before the date, a date set off by a comma (a narrative's
opening adverbial), a date alone on its own line (a dateline), an entry whose later sentence
has a date of its own, and a sentence on the next line. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, P, S, U, challenge_params, found_dated

DATED = {"SA", "SD", "XS", "MA", "OM", "ID"}

CASES = {
    "en": [
        (
            "2023\n\n- Oct. 7: Gunmen cross the border. Talks on Saudi-Israeli normalisation are "
            "frozen.\n",
            {("SA", U, "2023-10-07")},
        ),
        (
            "2023\n\n- April 15: Fighting erupts in Khartoum. Sudan's normalisation with Israel "
            "stalls.\n",
            {("SD", U, "2023-04-15")},
        ),
        (
            "- 26 December 2025 – Israel recognises Somaliland. Somaliland's president says it "
            "intends to join the Abraham Accords.\n",
            {("XS", P, "2025-12-26")},
        ),
        (
            "- March 2026: A new government takes office in Jakarta. Indonesia says it will not "
            "join the Abraham Accords without a Palestinian state.\n",
            {("ID", D, "2026-03")},
        ),
        # near misses: no entry's date
        (
            "Washington, Oct. 7: Gunmen cross the border. Talks on Saudi-Israeli normalisation "
            "are frozen.\n",
            {("SA", U, None)},
        ),
        (
            "On Oct. 7, 2023, gunmen crossed the border. Talks on Saudi-Israeli normalisation "
            "are frozen.\n",
            {("SA", U, None)},
        ),
        (
            "Oct. 7, 2023\nGunmen crossed the border. Talks on Saudi-Israeli normalisation are "
            "frozen.\n",
            {("SA", U, None)},
        ),
        (
            "- Oct. 7, 2023: Gunmen cross the border.\nTalks on Saudi-Israeli normalisation are "
            "frozen.\n",
            {("SA", U, None)},
        ),
        (
            "- Dec. 10, 2020: Morocco agrees to restore relations with Israel. The declaration "
            "is signed in Rabat on Dec. 22.\n",
            {("MA", "announced", "2020-12-10"), ("MA", S, "2020-12-22")},
        ),
    ],
    "fr": [
        (
            "- 7 octobre 2023 : des hommes armés franchissent la frontière. Les discussions de "
            "normalisation entre l'Arabie saoudite et Israël sont gelées.\n",
            {("SA", U, "2023-10-07")},
        ),
        (
            "Le 7 octobre 2023, des hommes armés ont franchi la frontière. Les discussions de "
            "normalisation entre l'Arabie saoudite et Israël sont gelées.\n",
            {("SA", U, None)},
        ),
    ],
    "es": [
        (
            "- 7 de octubre de 2023: hombres armados cruzan la frontera. Las conversaciones de "
            "normalización entre Arabia Saudí e Israel quedan congeladas.\n",
            {("SA", U, "2023-10-07")},
        ),
    ],
    "de": [
        (
            "- 7. Oktober 2023: Bewaffnete überqueren die Grenze. Die "
            "Normalisierungsgespräche zwischen Saudi-Arabien und Israel werden eingefroren.\n",
            {("SA", U, "2023-10-07")},
        ),
    ],
    "ru": [
        (
            "- 7 октября 2023 года: боевики пересекают границу. Переговоры о нормализации "
            "между Саудовской Аравией и Израилем заморожены.\n",
            {("SA", U, "2023-10-07")},
        ),
    ],
    "ar": [
        (
            "- 7 أكتوبر 2023: مسلحون يعبرون الحدود. محادثات التطبيع بين السعودية وإسرائيل تتجمد.\n",
            {("SA", U, "2023-10-07")},
        ),
    ],
    "he": [
        (
            "- 7 באוקטובר 2023: חמושים חוצים את הגבול. שיחות הנורמליזציה בין סעודיה לישראל "
            "הוקפאו.\n",
            {("SA", U, "2023-10-07")},
        ),
    ],
    "tr": [
        (
            "- 7 Ekim 2023: Silahlılar sınırı geçiyor. Suudi Arabistan ile İsrail arasındaki "
            "normalleşme görüşmeleri donduruldu.\n",
            {("SA", U, "2023-10-07")},
        ),
    ],
    "id": [
        (
            "- 26 Desember 2025 - Israel mengakui Somaliland. Presiden Somaliland menyatakan "
            "niatnya bergabung dengan Perjanjian Abraham.\n",
            {("XS", P, "2025-12-26")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_chronology_entry_dates_its_later_sentences(language, text, expected):
    assert found_dated(text, language, DATED) == expected
