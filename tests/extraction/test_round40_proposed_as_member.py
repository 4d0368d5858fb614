"""Round forty, a country proposed as a member by someone else ("the White House proposed
Azerbaijan as a member of the Abraham Accords", "which the White House proposed as a member",
"a proposé l'Azerbaïdjan comme membre", "schlug Aserbaidschan als neues Mitglied ... vor", "als
Mitglied vorgeschlagen", "propuso a Azerbaiyán como miembro", "mengusulkan Azerbaijan sebagai
anggota", "mencadangkan ... sebagai anggota", "yeni üye olarak önerdi", "жаңа мүшесі ретінде
ұсынды", "اقترح ... عضوا جديدا", "הציע את ... כחברה חדשה", "به عنوان عضو جدید ... پیشنهاد کرد"),
and the proposal of its accession told with a possessive noun ("anlaşmalara katılımını önerdi",
"келісімдеріне қосылуын ұсынды", no announcement): others' proposal, prospective (`cues`).
Near misses: a capital proposed as a venue gives no claim; Russian already read it. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        ("The White House proposed Azerbaijan as a member of the Abraham Accords.", {("AZ", P)}),
        (
            "Azerbaijan, which the White House proposed as a member of the Abraham Accords in January, has not answered.",
            {("AZ", P)},
        ),
        ("The envoy proposed Riyadh as the venue for the Abraham Accords summit.", set()),
    ],
    "fr": [
        (
            "La Maison-Blanche a proposé l'Azerbaïdjan comme membre des accords d'Abraham.",
            {("AZ", P)},
        ),
    ],
    "de": [
        (
            "Das Weiße Haus hat Aserbaidschan als Mitglied der Abraham-Abkommen vorgeschlagen.",
            {("AZ", P)},
        ),
        (
            "Das Weiße Haus schlug Aserbaidschan als neues Mitglied der Abraham-Abkommen vor.",
            {("AZ", P)},
        ),
    ],
    "es": [
        (
            "La Casa Blanca propuso a Azerbaiyán como miembro de los Acuerdos de Abraham.",
            {("AZ", P)},
        ),
    ],
    "id": [
        ("Gedung Putih mengusulkan Azerbaijan sebagai anggota Abraham Accords.", {("AZ", P)}),
    ],
    "ms": [
        ("Rumah Putih mencadangkan Azerbaijan sebagai anggota Perjanjian Abraham.", {("AZ", P)}),
    ],
    "tr": [
        ("Beyaz Saray, Azerbaycan'ın İbrahim Anlaşmaları'na katılımını önerdi.", {("AZ", P)}),
        ("Beyaz Saray Azerbaycan'ı İbrahim Anlaşmaları'na yeni üye olarak önerdi.", {("AZ", P)}),
    ],
    "kk": [
        ("Ақ үй Әзербайжанның Авраам келісімдеріне қосылуын ұсынды.", {("AZ", P)}),
        ("Ақ үй Әзербайжанды Авраам келісімдерінің жаңа мүшесі ретінде ұсынды.", {("AZ", P)}),
    ],
    "ar": [
        ("اقترح البيت الأبيض أذربيجان عضوا جديدا في اتفاقيات إبراهيم.", {("AZ", P)}),
    ],
    "he": [
        ("הבית הלבן הציע את אזרבייג'ן כחברה חדשה בהסכמי אברהם.", {("AZ", P)}),
    ],
    "fa": [
        ("کاخ سفید آذربایجان را به عنوان عضو جدید توافق ابراهیم پیشنهاد کرد.", {("AZ", P)}),
    ],
    "ru": [
        ("Белый дом предложил Азербайджан как нового участника Соглашений Авраама.", {("AZ", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_proposed_as_member(language, text, expected):
    check_case(language, text, expected)
