"""Round forty-seven, a coming joining said to be "only a matter of time" ("Riyadh will join,
it is only a matter of time", Hebrew "ריאד תצטרף, זו שאלה של זמן", Kazakh "бұл тек уақыт
еншісіндегі мәселе"): the speaker's forecast, a candidacy (prospective), as "sooner or later"
already was, and as French "question de temps", German "Frage der Zeit", Russian "вопрос
времени" and the other languages already read it. English knew the phrase only opening the
sentence before its step ("a matter of time before ..."), Hebrew only "עניין של זמן", Kazakh
only the bare "уақыт еншісінде". Near misses: a joining already told ("has joined; the
ceremony is only a matter of time") stays announced; a refusal with the phrase negated beside
it stays a refusal; "in a matter of weeks" is no hedge. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "
HE = "הסכמי אברהם נחתמו ב-2020. "
KK = "Авраам келісімі 2020 жылы қол қойылды. "

CASES = {
    "en": [
        (EN + "Riyadh will join the accords, it is only a matter of time.", {("SA", P)}),
        (
            EN + "Oman will join the accords, the minister said, it is a question of time.",
            {("OM", P)},
        ),
        (EN + "It is only a matter of time before Saudi Arabia joins the accords.", {("SA", P)}),
        (
            EN + "Kazakhstan has joined the accords; the ceremony is only a matter of time.",
            {("KZ", A)},
        ),
        (EN + "Oman will not join the accords, and it is not a question of time.", {("OM", D)}),
        (EN + "Saudi Arabia will join the accords in a matter of weeks.", {("SA", A)}),
    ],
    "he": [
        (HE + 'השר קבע כי "ריאד תצטרף, זו שאלה של זמן".', {("SA", P)}),
        (HE + "לדבריו, סעודיה תצטרף להסכמים וזו שאלה של זמן.", {("SA", P)}),
        (HE + "זו רק שאלה של זמן עד שסעודיה תצטרף להסכמים.", {("SA", P)}),
        (HE + "קזחסטן הצטרפה להסכמים, והטקס הוא רק שאלה של זמן.", {("KZ", A)}),
        (HE + "עומאן לא תצטרף להסכמים, וזו לא שאלה של זמן.", {("OM", D)}),
    ],
    "kk": [
        (KK + "Сауд Арабиясы келісімге қосылады, бұл тек уақыт еншісіндегі мәселе.", {("SA", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_matter_of_time(language, text, expected):
    assert found(text, language) == expected
