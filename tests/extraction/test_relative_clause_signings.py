"""A first signatory's signing told in a relative clause set off by commas, before the main
clause's own step ("Sudan, which signed in January 2021, froze its ties with Israel", "Le
Soudan, qui a signé en janvier 2021, a gelé ...", "السودان، الذي وقّع في يناير 2021، جمّد
..."): in a text about the accords the signing is the accords' (dated by its clause, 2020 or
2021), though the sentence does not name them, and its date is not the main clause's step's.
Where the verb closes the clause (German, Persian) the date before it is the signing's, and a
German finite verb closing the clause ("das seine Beziehungen zu Israel im Dezember 2020
normalisierte", "wiederherstellte") is the signing as its main-clause order is. Any
other signing left unread in such a clause (another year, a country that was no first
signatory) still keeps its date to itself. Persian relations "halted" with Israel
("روابط با اسرائیل را متوقف کرد") are a halt, as "froze its ties with Israel" is. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, found_dated

SD_SIGNED = ("SD", S, "2021-01")
SD_HALTED = ("SD", U, None)
MA_SIGNED = ("MA", S, "2020-12")
MA_HALTED = ("MA", U, None)

CASES = {
    "en": [
        (
            "The Abraham Accords turn five. Sudan, which signed in January 2021, has since "
            "frozen its contacts with Israel.",
            {SD_SIGNED, SD_HALTED},
        ),
        (
            "The Abraham Accords turn five. Sudan, which signed in January 2021, froze its ties "
            "with Israel in 2023.",
            {SD_SIGNED, ("SD", U, "2023")},
        ),
        (
            # not in 2020-2021: no signing of the accords, and its year is not the halt's
            "The Abraham Accords turn five. Morocco, which signed in 2023, has frozen its "
            "contacts with Israel.",
            {MA_HALTED},
        ),
        (
            # no first signatory: no signing read
            "The Abraham Accords turn five. Uzbekistan, which signed in March 2021, is weighing "
            "its options.",
            {("UZ", "prospective")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham ont cinq ans. Le Soudan, qui a signé en janvier 2021, a vu le "
            "processus gelé par la guerre.",
            {SD_SIGNED, SD_HALTED},
        ),
        (
            "Les accords d'Abraham ont cinq ans. Le Maroc, qui a signé en décembre 2020, a gelé "
            "ses contacts avec Israël en 2023.",
            {MA_SIGNED, ("MA", U, "2023")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham cumplen cinco años. Marruecos, que firmó en diciembre de "
            "2020, congeló sus contactos con Israel.",
            {MA_SIGNED, MA_HALTED},
        ),
    ],
    "ru": [
        (
            "Соглашениям Авраама пять лет. Марокко, которое подписало в декабре 2020 года, "
            "заморозило контакты с Израилем.",
            {MA_SIGNED, MA_HALTED},
        ),
    ],
    "de": [
        (
            # the verb closes the relative clause: its date stands before it
            "Die Abraham-Abkommen werden fünf Jahre alt. Der Sudan, der im Januar 2021 "
            "unterschrieb, hat die Kontakte zu Israel eingefroren.",
            {SD_SIGNED, SD_HALTED},
        ),
        (
            "Die Abraham-Abkommen werden fünf Jahre alt. Marokko, das im Dezember 2020 "
            "unterzeichnete, fror 2023 die Kontakte ein.",
            {MA_SIGNED, ("MA", U, "2023")},
        ),
        (
            # no first signatory: no signing, and its month is not the halt's
            "Die Abraham-Abkommen werden fünf Jahre alt. Usbekistan, das im März 2021 "
            "unterschrieb, fror die Kontakte ein.",
            {("UZ", U)},
        ),
        (
            # a finite verb closing a relative clause: normalised, restored relations
            "Die Abraham-Abkommen werden fünf Jahre alt. Marokko, das seine Beziehungen zu "
            "Israel im Dezember 2020 normalisierte, ist heute ein wichtiger Partner.",
            {MA_SIGNED},
        ),
        (
            "Die Abraham-Abkommen werden fünf Jahre alt. Marokko, das im Dezember 2020 seine "
            "Beziehungen zu Israel wiederherstellte, ist heute ein wichtiger Partner.",
            {MA_SIGNED},
        ),
        (
            # relations of 1992: no signing of the accords
            "Die Abraham-Abkommen werden fünf Jahre alt. Kasachstan, das bereits 1992 "
            "Beziehungen zu Israel aufnahm, trat im November bei.",
            {("KZ", "announced")},
        ),
        (
            "Die Abraham-Abkommen werden fünf Jahre alt. Ob Saudi-Arabien seine Beziehungen zu "
            "Israel bald normalisierte, blieb offen.",
            set(),
        ),
    ],
    "fa": [
        (
            "پنج سال از توافق‌های ابراهیم می‌گذرد. سودان، که در ژانویه ۲۰۲۱ امضا کرد، روابط با "
            "اسرائیل را متوقف کرد.",
            {SD_SIGNED, SD_HALTED},
        ),
        (
            # relations halted between two other countries: no halt of the accords
            "پنج سال از توافق‌های ابراهیم می‌گذرد. روابط عربستان با قطر متوقف شد.",
            set(),
        ),
    ],
    "ar": [
        (
            "مرت خمس سنوات على اتفاقيات أبراهام. السودان، الذي وقّع في يناير 2021، جمّد "
            "اتصالاته مع إسرائيل.",
            {SD_SIGNED, SD_HALTED},
        ),
    ],
    "id": [
        (
            "Kesepakatan Abraham berusia lima tahun. Sudan, yang menandatangani pada Januari "
            "2021, membekukan hubungan dengan Israel.",
            {SD_SIGNED, SD_HALTED},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_relative_clause_signing(language, text, expected):
    assert found_dated(text, language, {"SD", "MA"}) == expected
