""" "The same names keep coming up: A, B, C" in talk of new members of the accords: each
name listed after "dieselben Namen fallen", "звучат одни и те же имена", "les mêmes noms
reviennent", "suenan los mismos nombres", "hep aynı isimler geçiyor", "تتردد الأسماء نفسها",
"עולים אותם שמות", "nama-nama yang sama muncul", "همان نام‌ها مطرح می‌شوند", "баяғы
есімдер аталады" is a candidate (prospective). Without the accords in view, or with the
names on another list, nothing."""

import pytest

from tests.extraction.found import P, found

CANDIDATES = [
    (
        "de",
        "Über weitere Beitritte zu den Abraham-Abkommen wird spekuliert. Dabei fallen immer "
        "wieder dieselben Namen: Aserbaidschan, Usbekistan und Mauretanien.",
    ),
    (
        "ru",
        "Идут разговоры о новых участниках соглашений Авраама. Всё время звучат одни и те же "
        "имена: Азербайджан, Узбекистан и Мавритания.",
    ),
    (
        "fr",
        "On spécule sur de nouveaux membres des accords d'Abraham. Les mêmes noms reviennent "
        "sans cesse : l'Azerbaïdjan, l'Ouzbékistan et la Mauritanie.",
    ),
    (
        "es",
        "Se especula sobre nuevos miembros de los Acuerdos de Abraham. Siempre suenan los "
        "mismos nombres: Azerbaiyán, Uzbekistán y Mauritania.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları'na yeni katılımlar konuşuluyor. Hep aynı isimler geçiyor: "
        "Azerbaycan, Özbekistan ve Moritanya.",
    ),
    (
        "ar",
        "يدور الحديث عن أعضاء جدد في اتفاقيات أبراهام. تتردد الأسماء نفسها: أذربيجان "
        "وأوزبكستان وموريتانيا.",
    ),
    (
        "id",
        "Muncul spekulasi tentang anggota baru Perjanjian Abraham. Nama-nama yang sama muncul: "
        "Azerbaijan, Uzbekistan dan Mauritania.",
    ),
    (
        "ms",
        "Timbul spekulasi tentang ahli baharu Perjanjian Abraham. Nama-nama yang sama muncul: "
        "Azerbaijan, Uzbekistan dan Mauritania.",
    ),
    (
        "fa",
        "درباره اعضای جدید پیمان ابراهیم گمانه‌زنی می‌شود. همان نام‌ها مطرح می‌شوند: "
        "آذربایجان، ازبکستان و موریتانی.",
    ),
]


@pytest.mark.parametrize("language,text", CANDIDATES)
def test_the_same_names_listed_are_candidates(language, text):
    assert {("AZ", P), ("UZ", P)} <= found(text, language)


@pytest.mark.parametrize(
    "language,text",
    [
        (
            "he",
            "מדברים על חברות חדשות בהסכמי אברהם. שוב ושוב עולים אותם שמות: אזרבייג'ן ואוזבקיסטן.",
        ),
        (
            "kk",
            "Авраам келісімдерінің жаңа мүшелері туралы әңгіме көп. Әрдайым баяғы есімдер "
            "аталады: Әзірбайжан мен Өзбекстан.",
        ),
    ],
)
def test_the_same_names_in_hebrew_and_kazakh(language, text):
    assert found(text, language) == {("AZ", P), ("UZ", P)}


NEAR_MISSES = [
    # no accords in view: a sanctions list's names
    ("de", "Auf der neuen Sanktionsliste fallen dieselben Namen wie im Vorjahr: Iran und Syrien."),
    ("ru", "В санкционном списке звучат всё те же имена: Иран и Сирия."),
    ("fr", "Au tournoi de football, les mêmes noms reviennent : l'Iran et la Syrie."),
]


@pytest.mark.parametrize("language,text", NEAR_MISSES)
def test_the_same_names_elsewhere_are_no_candidates(language, text):
    assert found(text, language) == set()
