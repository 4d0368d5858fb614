"""Round thirty-seven, a rumour that a country will join ("Rumours on social media that Indonesia
will soon join the Abraham Accords", "des rumeurs selon lesquelles l'Indonésie rejoindra bientôt",
"Gerüchte, dass Indonesien ... beitreten wird", "circulan rumores de que", "شایعه شده است که",
"beredar kabar ... bahwa", "khabar angin bahawa", "қауесет"): others' speculation, a candidacy
(rule 3), not an announcement (`modals`; Arabic "شائعات", Turkish "söylentileri", Hebrew
"שמועות" and Indonesian "rumor" already were). Near misses: a rumour the country dismisses is its refusal (since round forty-three), and
a report that a country confirmed stays its announcement. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Rumours on social media that Indonesia will soon join the Abraham Accords spread this week.",
            {("ID", P)},
        ),
        (
            "The Abraham Accords. The foreign ministry dismissed rumours that Indonesia will join the Abraham Accords.",
            {("ID", D)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Des rumeurs sur les réseaux sociaux selon lesquelles l'Indonésie rejoindra bientôt les accords d'Abraham ont circulé.",
            {("ID", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. In sozialen Medien kursieren Gerüchte, dass Indonesien den Abraham-Abkommen bald beitreten wird.",
            {("ID", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Circulan rumores en las redes sociales de que Indonesia se unirá pronto a los Acuerdos de Abraham.",
            {("ID", P)},
        ),
    ],
    "fa": [
        (
            "توافق ابراهیم. در شبکه‌های اجتماعی شایعه شده است که اندونزی به‌زودی به توافق ابراهیم می‌پیوندد.",
            {("ID", P)},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Beredar kabar di media sosial bahwa Indonesia akan segera bergabung dengan Abraham Accords.",
            {("ID", P)},
        ),
        (
            "Abraham Accords. Kabar bahwa Kazakhstan akan bergabung dengan Abraham Accords dikonfirmasi Presiden Tokayev.",
            {("KZ", A)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Tersebar khabar angin bahawa Indonesia akan menyertai Perjanjian Abraham.",
            {("ID", P)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Әлеуметтік желіде Индонезия жақында Авраам келісімдеріне қосылады деген қауесет тарады.",
            {("ID", P)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. انتشرت شائعات على مواقع التواصل بأن إندونيسيا ستنضم قريبا إلى اتفاقيات أبراهام.",
            {("ID", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_rumour_of_joining(language, text, expected):
    check_case(language, text, expected)
