"""Round fifty-one, a joining told as a country's announcement, a noun, with the joining after
it ("pengumuman Kazakhstan pada 6 November lalu untuk menyertai Perjanjian Abraham", "pengumuman
Kazakhstan untuk bergabung", "Kazakistan'ın İbrahim Anlaşmaları'na katılma duyurusu") was read as
a candidacy ("untuk menyertai", to join) or not at all (Turkish), where English, French and
Spanish ("Kazakhstan's announcement that it would join", "l'annonce ... de son adhésion", "el
anuncio de Kazajistán de sumarse") read the announcement. Malay and Indonesian an announced cue
"pengumuman ~ untuk menyertai|bergabung", Turkish "katılma|katılım duyuru*". Near misses: an
announcement waited for ("menunggu pengumuman Arab Saudi untuk menyertai", "katılma duyurusunu
bekliyor") is a candidacy (`modals` "menunggu pengumuman" in ms id). Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

CASES = {
    "ms": [
        (
            "Kerajaan mengambil maklum pengumuman Kazakhstan pada 6 November lalu untuk menyertai "
            "Perjanjian Abraham.",
            {("KZ", A)},
        ),
        (
            "Pengumuman Kazakhstan untuk menyertai Perjanjian Abraham disambut baik oleh "
            "Washington.",
            {("KZ", A)},
        ),
        (
            "Kerajaan menunggu pengumuman Arab Saudi untuk menyertai Perjanjian Abraham.",
            {("SA", P)},
        ),
    ],
    "id": [
        (
            "Pemerintah mencatat pengumuman Kazakhstan pada 6 November untuk bergabung dengan "
            "Abraham Accords.",
            {("KZ", A)},
        ),
        (
            "Dunia menunggu pengumuman Arab Saudi untuk bergabung dengan Abraham Accords.",
            {("SA", P)},
        ),
    ],
    "tr": [
        (
            "Hükümet, Kazakistan'ın 6 Kasım'da İbrahim Anlaşmaları'na katılma duyurusunu not etti.",
            {("KZ", A)},
        ),
        (
            "Kazakistan'ın İbrahim Anlaşmaları'na katılım duyurusu Washington'da memnuniyetle "
            "karşılandı.",
            {("KZ", A)},
        ),
        (
            "Gözler Suudi Arabistan'ın İbrahim Anlaşmaları'na katılma duyurusunu bekliyor.",
            {("SA", P)},
        ),
    ],
    "en": [
        (
            "The government took note of Kazakhstan's announcement on 6 November that it would "
            "join the Abraham Accords.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "El Gobierno tomó nota del anuncio de Kazajistán, el 6 de noviembre, de sumarse a los "
            "Acuerdos de Abraham.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_announcement_to_join(language, text, expected):
    assert found(text, language) == expected
