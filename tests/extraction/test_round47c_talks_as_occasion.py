"""Round forty-seven, talks with a founder told in a time clause right after a joining
("Kazakhstan said it had agreed to join the framework, after President Tokayev held talks
with US President Trump at the White House"): the leaders' meeting is the occasion of the
decision, not a negotiation, and it no longer turns the joining into talks (English read
only the talks; French "après que ... a eu des entretiens avec", Spanish "tras mantener
conversaciones con", Hebrew "לאחר ש... קיים שיחות עם", Indonesian "setelah ... melakukan
pembicaraan dengan" and Arabic "بعد أن أجرى ... محادثات مع" already kept the joining). Near
misses: talks with no founder named ("will join after talks on normalisation") still decide
the step; another country's talks in the time clause ("joined the accords, after Syria held
talks with Israel") are that country's; talks said as the subject's own ("held talks with
the United States on joining") are talks. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, N, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "

CASES = {
    "en": [
        (
            EN + "Kazakhstan announced it would join after Tokayev held talks with Washington.",
            {("KZ", A)},
        ),
        (
            EN + "Kazakhstan said it had agreed to join the US-brokered framework, after President "
            "Kassym-Jomart Tokayev held talks with US President Donald Trump at the White House.",
            {("KZ", A)},
        ),
        (
            EN
            + "Azerbaijan said it would join the accords following talks with the United States.",
            {("AZ", A)},
        ),
        (EN + "Indonesia will join after talks on normalisation.", {("ID", N)}),
        (
            EN + "Kazakhstan joined the accords, after Syria held talks with Israel.",
            {("KZ", A), ("SY", N)},
        ),
        (
            EN + "Saudi Arabia held talks with the United States on joining the accords.",
            {("SA", N)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham ont été signés en 2020. Le Kazakhstan a annoncé qu'il "
            "rejoindrait les accords après que Tokaïev a eu des entretiens avec Washington.",
            {("KZ", A)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם נחתמו ב-2020. קזחסטן הודיעה כי תצטרף להסכמים לאחר שטוקאייב קיים שיחות "
            "עם וושינגטון.",
            {("KZ", A)},
        ),
    ],
    "id": [
        (
            "Abraham Accords ditandatangani pada 2020. Kazakhstan mengumumkan akan bergabung "
            "dengan Abraham Accords setelah Tokayev melakukan pembicaraan dengan Washington.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_talks_as_occasion(language, text, expected):
    assert found(text, language) == expected
