"""Round thirty-nine, a time limit on a joining ("Azerbaijan is expected to join by the end of the
year") is no precondition: the Turkish "kadar" and the Kazakh "дейін" (until) are a condition only
after a verbal form ("Filistin devleti kurulana kadar", "tanınıncaya kadar", "kurulmasına kadar",
"құрылғанға дейін", "құрылуына дейін"), not after a noun of time ("yıl sonuna kadar", "жыл
соңына дейін"), which had cancelled the candidacy (`after_verbal_nouns`, `verbal_noun_endings`,
tr and now kk; the other languages read their "by the end of the year" so already). Near misses:
the conditions themselves stay refusals. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "tr": [
        (
            "İbrahim Anlaşmaları. Azerbaycan'ın yıl sonuna kadar anlaşmalara katılması bekleniyor.",
            {("AZ", P)},
        ),
        (
            "İbrahim Anlaşmaları. Suudi Arabistan, Filistin devleti kurulana kadar anlaşmalara katılmayacak.",
            {("SA", D)},
        ),
        (
            "İbrahim Anlaşmaları. Suudi Arabistan, bağımsız bir Filistin devletinin kurulmasına kadar normalleşmeye gitmeyecek.",
            {("SA", D)},
        ),
        (
            "İbrahim Anlaşmaları. Suudi Arabistan, Filistin devleti tanınıncaya kadar anlaşmalara katılmayacağını açıkladı.",
            {("SA", D)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Әзербайжан жыл соңына дейін келісімдерге қосылуы мүмкін.",
            {("AZ", P)},
        ),
        (
            "Авраам келісімдері. Сауд Арабиясы Палестина мемлекеті құрылғанға дейін келісімдерге қосылмайды.",
            {("SA", D)},
        ),
        (
            "Авраам келісімдері. Сауд Арабиясы Палестина мемлекетінің құрылуына дейін келісімдерге қосылмайды.",
            {("SA", D)},
        ),
    ],
    "en": [
        (
            "Abraham Accords. Azerbaijan is expected to join the accords by the end of the year.",
            {("AZ", P)},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Азербайджан может присоединиться к соглашениям до конца года.",
            {("AZ", P)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. من المتوقع أن تنضم أذربيجان إلى الاتفاقيات قبل نهاية العام.",
            {("AZ", P)},
        ),
    ],
    "fa": [
        (
            "توافق ابراهیم. انتظار می‌رود آذربایجان تا پایان سال به توافق بپیوندد.",
            {("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_time_limits(language, text, expected):
    check_case(language, text, expected)
