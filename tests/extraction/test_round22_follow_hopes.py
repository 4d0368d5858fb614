"""Round twenty-two, hopes that a named country will follow: a founder or a third party hoping,
expecting or betting that a country will follow a member's example ("Washington hopes
Uzbekistan will emulate Astana", "espère que l'Ouzbékistan l'imitera", "espera que
Uzbekistán siga sus pasos", "hofft, dass Usbekistan nachzieht", "надеется, что Узбекистан
последует его примеру", "تأمل أن تحذو أوزبكستان حذوها", "מקווה שאוזבקיסטן תלך בעקבותיה",
"امیدوار است ازبکستان از آن پیروی کند", "Özbekistan'ın da aynı yolu izlemesini umuyor",
"berharap Uzbekistan akan mengikuti jejaknya", "үлгісін қайталайды деп үміттенеді"): the
country named between the hope and the following is a candidate, not the one hoping before
it ("Astana hopes Tashkent will follow suit", also across "hofft, dass"); the member whose
example it is keeps its own step, and a nameless group between the parts ("other countries",
"otros países") makes no country a candidate. In Arabic the example followed is a pronoun
("حذوها"): with a named model after "حذو" the model would take the step. Following
something else ("will follow the talks closely", "suivra les négociations", "siga negociando
con Rusia", "mengikuti perundingan itu") gives nothing, nor does a hope that a member's step
pushes nameless others to follow. Also in English: expecting a country to join "at the right
moment" or "in due course" (a joining with no object but a time), and persuading or
convincing a country "to sign on" or "to normalise".
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Kazakhstan joined in November. Washington hopes Uzbekistan will emulate Astana.",
            {("KZ", A), ("UZ", P)},
        ),
        (
            "The Abraham Accords. Kazakhstan joined in November. Officials expect Azerbaijan would soon follow suit.",
            {("KZ", A), ("AZ", P)},
        ),
        ("The Abraham Accords. Washington hopes Uzbekistan will follow the talks closely.", set()),
        ("The Abraham Accords. Astana hopes Tashkent will follow suit.", {("UZ", P)}),
        ("The Abraham Accords. Riyadh expects Damascus to join the accords.", {("SY", P)}),
        (
            "The Abraham Accords. Kazakhstan joined in November. Washington hopes other countries will follow suit.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords. Trump said he expected Syria to join at the right moment.",
            {("SY", P)},
        ),
        ("The Abraham Accords. Trump expects Lebanon to join in due course.", {("LB", P)}),
        ("The Abraham Accords. Washington hopes to persuade Mauritania to sign on.", {("MR", P)}),
        ("The Abraham Accords. Envoys are trying to convince Oman to normalise.", {("OM", P)}),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Kazakhstan a adhéré en novembre. Washington espère que "
            "l'Ouzbékistan l'imitera.",
            {("KZ", A), ("UZ", P)},
        ),
        (
            "Les accords d'Abraham. Washington espère que l'Azerbaïdjan suivra le mouvement.",
            {("AZ", P)},
        ),
        (
            "Les accords d'Abraham. Washington espère que l'Ouzbékistan suivra les négociations.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Kazajistán se adhirió en noviembre. Washington espera que "
            "Uzbekistán siga sus pasos.",
            {("KZ", A), ("UZ", P)},
        ),
        ("Los Acuerdos de Abraham. La Casa Blanca confía en que Azerbaiyán lo imite.", {("AZ", P)}),
        (
            "Los Acuerdos de Abraham. Washington espera que Uzbekistán siga negociando con Rusia.",
            set(),
        ),
        ("Los Acuerdos de Abraham. Astaná espera que Taskent siga sus pasos.", {("UZ", P)}),
        (
            "Los Acuerdos de Abraham. Tras la adhesión de Kazajistán, la Casa Blanca confía en que otros "
            "países de la región sigan sus pasos.",
            {("KZ", A)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Kasachstan trat im November bei. Washington hofft, dass Usbekistan nachzieht.",
            {("KZ", A), ("UZ", P)},
        ),
        (
            "Die Abraham-Abkommen. Man erwartet, dass Aserbaidschan dem Beispiel folgt.",
            {("AZ", P)},
        ),
        ("Die Abraham-Abkommen. Astana hofft, dass Taschkent nachzieht.", {("UZ", P)}),
    ],
    "ru": [
        (
            "Соглашения Авраама. Казахстан присоединился в ноябре. Вашингтон надеется, что Узбекистан "
            "последует его примеру.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات إبراهيم. انضمت كازاخستان في نوفمبر. وتأمل واشنطن أن تحذو أوزبكستان حذوها.",
            {("KZ", A), ("UZ", P)},
        ),
        ("اتفاقيات إبراهيم. وتأمل واشنطن أن تحذو دول أخرى حذو كازاخستان.", set()),
    ],
    "he": [
        (
            "הסכמי אברהם. קזחסטן הצטרפה בנובמבר. וושינגטון מקווה שאוזבקיסטן תלך בעקבותיה.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم. قزاقستان در نوامبر پیوست. واشنگتن امیدوار است ازبکستان نیز از آن پیروی کند.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Washington, Özbekistan'ın da aynı yolu izlemesini umuyor.",
            {("UZ", P)},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Kazakhstan bergabung pada November. Washington berharap Uzbekistan akan "
            "mengikuti jejaknya.",
            {("KZ", A), ("UZ", P)},
        ),
        (
            "Abraham Accords. Pemerintah AS berharap langkah Kazakhstan dapat mendorong negara lain "
            "untuk mengikuti jejaknya.",
            set(),
        ),
        (
            "Abraham Accords. Washington berharap Uzbekistan akan mengikuti perundingan itu dengan saksama.",
            set(),
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Kazakhstan menyertai pada November. Washington berharap Uzbekistan akan "
            "mengikut jejaknya.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Қазақстан қарашада қосылды. Вашингтон Өзбекстан да оның үлгісін "
            "қайталайды деп үміттенеді.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round22_hopes_to_follow(language, text, expected):
    check_case(language, text, expected)
