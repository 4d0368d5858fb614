"""French and German news as Le Monde, France Info, Libération, the Süddeutsche Zeitung,
tagesschau.de and the NZZ write it (with English and Spanish where the same phrasing exists).
Classes: Swiss German spelling with "ss" for "ß" ("anzuschliessen", "schliesst ... aus") reads
as the "ß" spelling does; talks "broken off" are halted talks ("die Gespräche waren
abgebrochen worden", "les discussions avaient été rompues", "talks had been broken off",
"las conversaciones habían sido rotas", "brach die Gespräche ab", "a rompu les discussions",
"broke off talks", "rompió las conversaciones"), while relations broken off stay a break of
ties; a refusal waved away ("hat abgewinkt", "waved off the idea"), not a wave to a crowd; a
joining said not to be tied to another deal ("ein Beitritt ist damit nicht verbunden", "une
adhésion n'est pas liée à", "accession is not tied to") gives nothing, also with a speaker
closing the sentence, while a joining said to be tied to it stays one; and a country that
"never made a move" to join ("hat nie Anstalten gemacht, sich anzuschliessen", "n'a jamais
fait mine de rejoindre") takes no step, where one that refused declines; lists set out in lines
opened by dashes after a colon ("zählt die Vertragsparteien auf:" then "– die Emirate (15.
September 2020)," line by line) are one list; talk of countries "now" or "also" ("on nous parle
désormais de X", "se habla ahora de X", "die Rede ist auch von X", speculation in a capital "über einen ähnlichen
Schritt", diplomats who "évoquent toutefois" X) names candidates, where plain
talk of a country ("on parle de X comme d'un pays pauvre") does not; a joining thought about
through "y" ("Nouakchott y songerait") is a candidacy.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, U, challenge_params, check_case

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen. Als Usbekistan im Mai ankündigte, sich den Abkommen anzuschliessen, "
            "reagierte Teheran verärgert.",
            {("UZ", A, "2025-05")},
        ),
        ("Die Abraham-Abkommen. Oman schliesst einen Beitritt aus.", {("OM", D)}),
        (
            "Die Abraham-Abkommen. Die Verhandlungen Riads mit Israel waren im Oktober 2023 abgebrochen worden.",
            {("SA", U, "2023-10")},
        ),
        (
            "Die Abraham-Abkommen. Riad brach die Gespräche mit Israel im Oktober 2023 ab.",
            {("SA", U, "2023-10")},
        ),
        (
            "Die Abraham-Abkommen. Marokko hat die Beziehungen zu Israel abgebrochen.",
            {("MA", "withdrawn")},
        ),
        ("Die Abraham-Abkommen. Tunesien hat öffentlich abgewinkt.", {("TN", D)}),
        ("Die Abraham-Abkommen. Der Schiedsrichter hat abgewinkt, Marokko spielte weiter.", set()),
        (
            "Die Abraham-Abkommen. Ein Beitritt zu den Abkommen ist damit nicht verbunden, sagte der syrische "
            "Präsident al-Scharaa.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Der Beitritt Syriens ist mit dem Sicherheitsabkommen verbunden, sagte "
            "Präsident al-Scharaa.",
            {("SY", A)},
        ),
        ("Die Abraham-Abkommen. Kuwait hat nie Anstalten gemacht, sich anzuschliessen.", set()),
        (
            "Die Abraham-Abkommen. Die Erklärung nennt die Unterzeichner:\n\n– die Emirate (15. September "
            "2020),\n– Bahrain (15. September 2020),\n– Marokko (22. Dezember 2020).\n\nSonst nichts.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15"), ("MA", S, "2020-12-22")},
        ),
        (
            "Die Abraham-Abkommen. Die Erklärung nennt die Unterzeichner.\n\n– Marokko hat Tee exportiert.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. In Washington ist inzwischen auch von Usbekistan die Rede.",
            {("UZ", P)},
        ),
        (
            "Die Abraham-Abkommen. Die Entscheidung ist auch von Saudi-Arabien begrüßt worden.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. In Maskat wird nun über einen ähnlichen Schritt spekuliert.",
            {("OM", P)},
        ),
        ("Die Abraham-Abkommen. In Riad wurde auch über die Abkommen gesprochen.", set()),
        ("Die Abraham-Abkommen. Kuwait hat es abgelehnt, sich anzuschließen.", {("KW", D)}),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Les discussions de Riyad avec Israël avaient été rompues en octobre 2023.",
            {("SA", U, "2023-10")},
        ),
        (
            "Les accords d'Abraham. Riyad a rompu les discussions avec Israël en octobre 2023.",
            {("SA", U, "2023-10")},
        ),
        (
            "Les accords d'Abraham. Une adhésion n'est pas liée à cet accord de sécurité, a souligné le "
            "président syrien Al-Charaa.",
            set(),
        ),
        (
            "Les accords d'Abraham. L'adhésion de la Syrie est liée à cet accord de sécurité, a souligné le "
            "président Al-Charaa.",
            {("SY", A)},
        ),
        (
            "Les accords d'Abraham. Le Koweït n'a jamais fait mine de vouloir rejoindre les accords.",
            set(),
        ),
        (
            "Les accords d'Abraham. Le Koweït n'a jamais fait le moindre pas pour rejoindre les accords.",
            set(),
        ),
        ("Les accords d'Abraham. Le Koweït a refusé de rejoindre les accords.", {("KW", D)}),
        (
            "Les accords d'Abraham. On nous parle désormais de la Libye et de la Mauritanie.",
            {("LY", P), ("MR", P)},
        ),
        ("Les accords d'Abraham. On parle de la Mauritanie comme d'un pays pauvre.", set()),
        ("Les accords d'Abraham. Selon la presse, Nouakchott y songerait.", {("MR", P)}),
        (
            "Les accords d'Abraham. D'autres pays pourraient suivre. Des diplomates évoquent toutefois Oman.",
            {("OM", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Riyadh's negotiations with Israel had been broken off in October 2023.",
            {("SA", U, "2023-10")},
        ),
        (
            "The Abraham Accords. Riyadh broke off talks with Israel in October 2023.",
            {("SA", U, "2023-10")},
        ),
        ("The Abraham Accords. Tunisia waved off the idea.", {("TN", D)}),
        ("The Abraham Accords. Oman's minister waved to the crowd.", set()),
        (
            "The Abraham Accords. An accession is not tied to the security pact, the Syrian president said.",
            set(),
        ),
        (
            "The Abraham Accords. Syria will join the accords, President al-Sharaa said.",
            {("SY", A)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Las negociaciones de Riad con Israel habían sido rotas en octubre de 2023.",
            {("SA", U, "2023-10")},
        ),
        (
            "Los Acuerdos de Abraham. Riad rompió las conversaciones con Israel en octubre de 2023.",
            {("SA", U, "2023-10")},
        ),
        (
            "Los Acuerdos de Abraham. Se habla ahora de Mauritania como posible candidata.",
            {("MR", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round24_french_german_news(language, text, expected):
    check_case(language, text, expected)
