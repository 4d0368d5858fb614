"""Round fifty-one, a correction notice quoting the headline it corrects ("Ralat berita
\\"Indonesia Siap Bergabung dengan Abraham Accords\\"", "Redaksi meralat judul ... berita berjudul
...", "We have corrected the headline ...", "ha rectificado el titular ...") gave the joining the
wrong headline told. `corrections` gains the notice's own words: "ralat berita", "meralat judul",
"pembetulan berita", "corrected the headline", "correction to the article", "ha rectificado el
titular", "fe de erratas", "a corrigé le titre", "erratum", "haberin başlığını düzelttik"; a
step after it in its clause is no claim, as after "an earlier version said". Near misses: the
refusal the notice tells in its own next sentence stands, and a headline quoted with no
correction ("berita berjudul ...") is read as before. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

CASES = {
    "id": [
        ('Ralat Berita "Indonesia Siap Bergabung dengan Abraham Accords"', set()),
        (
            'Redaksi meralat judul berita berjudul "Indonesia Siap Bergabung dengan Abraham '
            'Accords" yang tayang pada Selasa (23/9/2025). Kemlu menegaskan Indonesia tidak akan '
            "bergabung dengan Abraham Accords sebelum Palestina merdeka.",
            {("ID", D)},
        ),
        ('Berita berjudul "Oman Siap Bergabung dengan Abraham Accords" ramai dibaca.', {("OM", P)}),
    ],
    "ms": [
        (
            'Pembetulan berita "Indonesia Bersedia Sertai Perjanjian Abraham" yang disiarkan '
            "semalam.",
            set(),
        ),
    ],
    "en": [
        (
            'We have corrected the headline "Indonesia ready to join the Abraham Accords", which '
            "misread the speech.",
            set(),
        ),
        (
            'Correction to the article "Oman set to join the Abraham Accords" published on Monday.',
            set(),
        ),
    ],
    "es": [
        (
            'La redacción ha rectificado el titular "Indonesia se sumará a los Acuerdos de '
            'Abraham", que no se ajustaba al discurso.',
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_correction_notice(language, text, expected):
    assert found(text, language) == expected
