"""A country that looks favourably on joining ("looks favourably on joining", "voit d'un bon œil une
adhésion", "steht einem Beitritt wohlwollend gegenüber", "положительно относится к
присоединению", "تنظر بإيجابية إلى الانضمام", "מביטה בחיוב על הצטרפות", "نگاه مثبتی دارد",
"olumlu bakıyor", "sıcak baktığını") shows its interest: a candidacy, not a joining announced (the
joining noun alone read as one).  "Welcomed ... to a great extent" ("بإيجابية إلى حد كبير") is
no view of a joining of its own.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

OM = {("OM", P)}

CASES = {
    "en": [
        ("Oman looks favourably on joining the Abraham Accords.", OM),
        ("Oman views the Abraham Accords favourably.", OM),
    ],
    "fr": [("Oman voit d'un bon œil une adhésion aux accords d'Abraham.", OM)],
    "de": [("Oman steht einem Beitritt zu den Abraham-Abkommen wohlwollend gegenüber.", OM)],
    "ru": [("Оман положительно относится к присоединению к Авраамовым соглашениям.", OM)],
    "ar": [
        ("تنظر سلطنة عمان بإيجابية إلى الانضمام إلى اتفاقيات أبراهام.", OM),
        (
            "رحبت الإمارات بإيجابية إلى حد كبير بانضمام كازاخستان إلى اتفاقيات أبراهام.",
            {("KZ", "announced"), ("AE", "signed")},
        ),
    ],
    "he": [("עומאן מביטה בחיוב על הצטרפות להסכמי אברהם.", OM)],
    "fa": [("عمان به پیوستن به پیمان ابراهیم نگاه مثبتی دارد.", OM)],
    "tr": [
        ("Umman İbrahim Anlaşmaları'na katılmaya olumlu bakıyor.", OM),
        (
            "Suudi Arabistan Veliaht Prensi Muhammed bin Selman, ülkesinin İbrahim "
            "Anlaşmaları'na sıcak baktığını söyledi.",
            {("SA", P)},
        ),
        ("Umman İbrahim Anlaşmaları'na sıcak bakmıyor.", set()),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_favourable_view_of_joining_is_a_candidacy(language, text, expected):
    check_case(language, text, expected)
