"""Round forty-nine, a joining foretold as "will eventually join" ("Riyadh akhirnya akan menyertai
perjanjian itu", "pada akhirnya akan bergabung", "Riyadh will eventually join the accords", "wird
sich den Abkommen irgendwann anschließen", "eninde sonunda anlaşmalara katılacak", "ақыр соңында
келісімдерге қосылады") is a prediction (prospective), not a decision told: it was read as the
joining announced. Malay, Indonesian, English, German, Turkish and Kazakh: `hedges` "akhirnya
akan", "irgendwann", "eninde sonunda", "ақыр соңында" (a hedge turns an announced cue in its
clause); Indonesian "pada akhirnya akan" also a `modals` entry (its joining verb has no tense);
English a prospective cue "will eventually join", since the adverb stands inside the announced
cue. French "finira par rejoindre", Spanish "acabará sumándose", Russian "в конце концов
присоединится", Arabic "في نهاية المطاف", Hebrew "בסופו של דבר" and Persian "سرانجام" already
read. Near misses: a past joining told with "finally" or "eventually" ("Maghribi akhirnya
menyertai perjanjian itu pada Disember 2020", "Sudan eventually signed in January 2021") stays a
signing, and a decision finally announced ("Kazakhstan eventually announced it would join")
stays announced. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, S, challenge_params, found

MS = "Perjanjian Abraham ditandatangani pada 2020. "
ID = "Abraham Accords diteken pada 2020. "
EN = "The Abraham Accords were signed in 2020. "
DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "
TR = "İbrahim Anlaşmaları 2020'de imzalandı. "
KK = "Авраам келісімдеріне 2020 жылы қол қойылды. "

CASES = {
    "ms": [
        (MS + "Riyadh akhirnya akan menyertai perjanjian itu.", {("SA", P)}),
        (
            MS + "Kedua-dua panelis bersetuju bahawa Riyadh akhirnya akan menyertai perjanjian "
            "itu, tetapi tidak dalam masa terdekat.",
            {("SA", P)},
        ),
        (MS + "Maghribi akhirnya menyertai perjanjian itu pada Disember 2020.", {("MA", S)}),
    ],
    "id": [
        (ID + "Riyadh pada akhirnya akan bergabung dengan Abraham Accords.", {("SA", P)}),
        (ID + "Maroko akhirnya bergabung pada Desember 2020.", {("MA", S)}),
        (
            ID + "Kazakhstan akhirnya mengumumkan akan bergabung dengan Abraham Accords.",
            {("KZ", A)},
        ),
    ],
    "en": [
        (EN + "Riyadh will eventually join the accords.", {("SA", P)}),
        (EN + "Saudi Arabia would eventually sign, he said.", {("SA", P)}),
        (EN + "Sudan eventually signed in January 2021.", {("SD", S)}),
        (EN + "Kazakhstan eventually announced it would join the accords.", {("KZ", A)}),
    ],
    "de": [
        (DE + "Riad wird sich den Abkommen irgendwann anschließen.", {("SA", P)}),
    ],
    "tr": [
        (TR + "Riyad eninde sonunda anlaşmalara katılacak.", {("SA", P)}),
    ],
    "kk": [
        (KK + "Эр-Рияд ақыр соңында келісімдерге қосылады.", {("SA", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_will_eventually_join(language, text, expected):
    assert found(text, language) == expected
