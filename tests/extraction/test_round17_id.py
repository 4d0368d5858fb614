"""Round seventeen, Indonesian news as Kompas, Detik, Tempo, CNN Indonesia, Antara and Republika
write it (with Malay and English where the same phrasing exists). Classes: "his country is not
ready" ("negaranya belum siap", "negaranya belum bersedia", "his country was not ready", "son pays
n'était pas prêt", "su país no está preparado", "sein Land sei noch nicht bereit") said by
a country of itself is a refusal as things stand, while a thing not ready ("dokumen ... belum
siap") is none; talks named by an anaphor that opens a halt cue ("Namun pembicaraan itu
terhenti", "rundingan itu terhenti") are the talks of the country in scope, which the halt takes:
the cue is read after the anaphor, its subject; talks that go on ("pembicaraan itu berlanjut")
give no halt; a member list after a continuation ("kemudian disusul Maroko dan Sudan", "followed
by Morocco and Sudan") does not take the date of the signing told before it, only a date of its
own ("... in December 2020").
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, N, P, S, U, challenge_params, check_case

CASES = {
    "id": [
        (
            "Utusan AS Tom Barrack menyebut Damaskus sebagai calon anggota Abraham Accords, meski "
            "Presiden Suriah Ahmed al-Sharaa menyatakan negaranya belum siap.",
            {("SY", P), ("SY", D)},
        ),
        ("Abraham Accords. Suriah belum siap untuk bergabung.", {("SY", D)}),
        ("Abraham Accords. Menurut Kazakhstan, dokumen penandatanganan belum siap.", set()),
        (
            "Abraham Accords. Normalisasi hubungan antara Riyadh dan Israel pernah dibahas secara "
            "intensif pada 2023. Namun pembicaraan itu terhenti setelah serangan Hamas pada "
            "7 Oktober 2023.",
            # the attack's day is the event's, not the halt's (round forty-four)
            {("SA", U, None)},
        ),
        (
            "Abraham Accords. Arab Saudi sempat membahas normalisasi dengan Israel pada 2023. "
            "Namun pembicaraan tersebut dibekukan.",
            {("SA", U)},
        ),
        (
            "Abraham Accords. Arab Saudi sempat berunding dengan Israel pada 2023. Namun pembicaraan "
            "itu berlanjut di Riyadh.",
            {("SA", N)},
        ),
        (
            "Abraham Accords diteken pada 2020 oleh Uni Emirat Arab dan Bahrain, kemudian disusul "
            "Maroko dan Sudan.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham dimeterai pada 2020 oleh UAE dan Bahrain, kemudian disusuli "
            "Maghribi dan Sudan.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Perjanjian Abraham. Syria disebut calon anggota, tetapi Presiden Ahmed al-Sharaa "
            "berkata negaranya belum bersedia.",
            {("SY", P), ("SY", D)},
        ),
        ("Perjanjian Abraham. Oman belum bersedia untuk menyertai.", {("OM", D)}),
        (
            "Perjanjian Abraham. Arab Saudi pernah berunding dengan Israel pada 2023. Namun rundingan "
            "itu terhenti selepas serangan Hamas.",
            {("SA", N), ("SA", U)},
        ),
        (
            "Perjanjian Abraham. Arab Saudi pernah berunding dengan Israel pada 2023. Namun rundingan "
            "itu diteruskan di Riyadh.",
            {("SA", N)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords were signed in 2020 by the UAE and Bahrain, followed by Morocco "
            "and Sudan.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "The Abraham Accords were signed in 2020 by the UAE and Bahrain, followed by Morocco "
            "and Sudan in December 2020.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12"), ("SD", S, "2020-12")},
        ),
        (
            "Abraham Accords. Syria is named as a candidate, but President Ahmed al-Sharaa said his "
            "country was not ready.",
            {("SY", P), ("SY", D)},
        ),
        (
            "Abraham Accords. Syria is named as a candidate, but President Ahmed al-Sharaa said the "
            "paperwork was not ready.",
            {("SY", P)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. La Syrie est citée comme candidate, mais le président al-Charaa a "
            "affirmé que son pays n'était pas prêt.",
            {("SY", P), ("SY", D)},
        ),
        (
            "Accords d'Abraham. La Syrie est citée comme candidate, mais le président al-Charaa a "
            "affirmé que le texte n'était pas prêt.",
            {("SY", P)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Siria aparece entre los candidatos, pero el presidente al Sharaa "
            "afirmó que su país no está preparado.",
            {("SY", P), ("SY", D)},
        ),
        (
            "Acuerdos de Abraham. Siria aparece entre los candidatos, pero el presidente al Sharaa "
            "afirmó que el documento no está preparado.",
            {("SY", P)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Syrien gilt als Kandidat, doch Präsident al-Scharaa sagte, sein Land "
            "sei noch nicht bereit.",
            {("SY", P), ("SY", D)},
        ),
        (
            "Abraham-Abkommen. Syrien gilt als Kandidat, doch Präsident al-Scharaa sagte, das "
            "Dokument sei noch nicht bereit.",
            {("SY", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round17_indonesian_news(language, text, expected):
    check_case(language, text, expected)
