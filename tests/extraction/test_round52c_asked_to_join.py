"""Round fifty-two, a third party asking, approaching or inviting a country to join ("The US has
approached Azerbaijan about joining the Abraham Accords", "has asked Azerbaijan to join",
"offered Azerbaijan membership of the Abraham Accords", "הממשל הזמין את אזרבייג'ן להצטרף",
"פנה לבאקו בנוגע להצטרפות", "فاتحت واشنطن باكو في الانضمام", "طلبت من أذربيجان الانضمام",
"a demandé à l'Azerbaïdjan de rejoindre", "approché Bakou au sujet d'une adhésion",
"gebeten, den Abkommen beizutreten", "попросили Азербайджан присоединиться", "Azerbaycan'ın
katılmasını istedi", "را به پیوستن ... دعوت کرد"): the US pressing a country is others'
speculation, prospective (the labelling rules); these were read as the country's announced
joining from the verb of joining, or gave nothing. Near misses: the country's own joining stays
announced; a question put to an official ("Asked whether X would join", "was asked how ...
if X were pressed to join": English reads "asked X to join" only after "has", "have", "had",
"formally" or "officially") gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import challenge_params, found

P = "prospective"

CASES = {
    "en": [
        ("The US has approached Azerbaijan about joining the Abraham Accords.", {("AZ", P)}),
        ("The administration has asked Azerbaijan to join the accords.", {("AZ", P)}),
        ("Washington offered Azerbaijan membership of the Abraham Accords.", {("AZ", P)}),
        ("Asked whether Azerbaijan would join the accords, the minister said nothing.", set()),
        (
            "The spokesman was asked how the cabinet would react if Oman were pressed to join "
            "the accords.",
            set(),
        ),
        ("Azerbaijan has joined the Abraham Accords, the White House said.", {("AZ", "announced")}),
    ],
    "he": [
        ("הממשל האמריקני הזמין את אזרבייג'ן להצטרף להסכמי אברהם.", {("AZ", P)}),
        ("הממשל האמריקני פנה לבאקו בינואר בנוגע להצטרפות להסכמי אברהם.", {("AZ", P)}),
        ("אזרבייג'ן הודיעה כי תצטרף להסכמי אברהם.", {("AZ", "announced")}),
    ],
    "ar": [
        ("فاتحت واشنطن باكو في الانضمام إلى اتفاقيات أبراهام.", {("AZ", P)}),
        ("طلبت الإدارة الأمريكية من أذربيجان الانضمام إلى اتفاقيات أبراهام.", {("AZ", P)}),
        ("أعلنت أذربيجان انضمامها إلى اتفاقيات أبراهام.", {("AZ", "announced")}),
    ],
    "fr": [
        ("Washington a demandé à l'Azerbaïdjan de rejoindre les accords d'Abraham.", {("AZ", P)}),
        (
            "Les États-Unis ont approché Bakou au sujet d'une adhésion aux accords d'Abraham.",
            {("AZ", P)},
        ),
    ],
    "de": [
        ("Washington hat Aserbaidschan gebeten, den Abraham-Abkommen beizutreten.", {("AZ", P)}),
        (
            "Die USA haben Aserbaidschan aufgefordert, den Abraham-Abkommen beizutreten.",
            {("AZ", P)},
        ),
    ],
    "ru": [
        ("США попросили Азербайджан присоединиться к Соглашениям Авраама.", {("AZ", P)}),
    ],
    "tr": [
        ("ABD, Azerbaycan'ın İbrahim Anlaşmalarına katılmasını istedi.", {("AZ", P)}),
    ],
    "fa": [
        ("واشنگتن جمهوری آذربایجان را به پیوستن به پیمان ابراهیم دعوت کرد.", {("AZ", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_asked_to_join(language, text, expected):
    assert found(text, language) == expected
