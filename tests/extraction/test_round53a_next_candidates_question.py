""" "X's joining revived the question of the next candidates": the next candidates, members or
signatories named as the object of a question, a debate or speculation at the end of the
clause are others without names, no candidacy of the country whose joining raised it (the
joining itself is still told). Forms: "the question of / speculation about the next
candidates" (en), "la question des / les spéculations sur les prochains candidats" (fr), "el
debate sobre los próximos candidatos" (es), "die Spekulationen über die nächsten Mitglieder
neu belebt" (de), "вопрос о следующих кандидатах" (ru), "persoalan tentang calon seterusnya"
(ms), "שאלת המועמדות הבאות" (he); in Turkish and Kazakh the question word follows the noun
("sıradaki adaylar sorusunu", "келесі үміткерлер туралы мәселені"). Arabic, Indonesian and
Persian were read so already. Speculation that goes on to name the candidates ("centres on
Saudi Arabia") still makes them candidates."""

import pytest

from tests.extraction.found import A, P, found

RAISED = [
    (
        "en",
        "Kazakhstan joining the Abraham Accords has revived speculation about the next members.",
    ),
    (
        "fr",
        "L'adhésion du Kazakhstan aux accords d'Abraham a relancé la question des prochains "
        "candidats.",
    ),
    (
        "es",
        "La adhesión de Kazajistán a los Acuerdos de Abraham reavivó el debate sobre los "
        "próximos candidatos.",
    ),
    (
        "de",
        "Der Beitritt Kasachstans zu den Abraham-Abkommen hat die Spekulationen über die "
        "nächsten Mitglieder neu belebt.",
    ),
    (
        "ru",
        "Присоединение Казахстана к Соглашениям Авраама вновь подняло вопрос о следующих "
        "кандидатах.",
    ),
    (
        "ms",
        "Penyertaan Kazakhstan dalam Perjanjian Abraham menghidupkan semula persoalan tentang "
        "calon seterusnya.",
    ),
    ("he", "הצטרפותה של קזחסטן להסכמי אברהם העלתה מחדש את שאלת המועמדות הבאות."),
    (
        "kk",
        "Қазақстанның Авраам келісімдеріне қосылуы келесі үміткерлер туралы мәселені қайта "
        "көтерді.",
    ),
    (
        "ar",
        "أعاد انضمام كازاخستان إلى اتفاقيات أبراهام طرح سؤال المرشحين المقبلين.",
    ),
    (
        "id",
        "Bergabungnya Kazakhstan dengan Perjanjian Abraham menghidupkan kembali pertanyaan "
        "tentang kandidat berikutnya.",
    ),
    (
        "fa",
        "پیوستن قزاقستان به پیمان ابراهیم دوباره پرسش درباره نامزدهای بعدی را مطرح کرد.",
    ),
]


@pytest.mark.parametrize("language,text", RAISED)
def test_the_joining_that_raised_the_question_is_no_candidacy(language, text):
    assert found(text, language) == {("KZ", A)}


def test_the_turkish_question_after_the_noun_gives_no_candidacy():
    text = (
        "Kazakistan'ın İbrahim Anlaşmaları'na katılması, sıradaki adaylar sorusunu yeniden "
        "gündeme getirdi."
    )
    assert ("KZ", P) not in found(text, "tr")


def test_a_dated_joining_keeps_its_date_beside_the_question():
    text = (
        "L'adhésion du Kazakhstan aux accords d'Abraham, annoncée le 6 novembre 2025, a "
        "relancé la question des prochains candidats."
    )
    assert found(text, "fr") == {("KZ", A)}


@pytest.mark.parametrize(
    "language,text",
    [
        (
            "en",
            "The Abraham Accords are growing. Speculation about the next members centres on "
            "Saudi Arabia and Azerbaijan.",
        ),
        (
            "fr",
            "Les accords d'Abraham s'élargissent. Les spéculations sur les prochains membres se "
            "concentrent sur l'Arabie saoudite et l'Azerbaïdjan.",
        ),
        (
            "es",
            "Los Acuerdos de Abraham crecen. Las especulaciones sobre los próximos candidatos se "
            "centran en Arabia Saudí y Azerbaiyán.",
        ),
    ],
)
def test_speculation_that_names_them_still_makes_candidates(language, text):
    assert found(text, language) == {("SA", P), ("AZ", P)}


@pytest.mark.xfail(
    strict=True,
    reason="the question goes on after a comma with a candidate of its own; the joining "
    "country before it still takes the nameless 'next members'",
)
def test_the_question_going_on_after_a_comma():
    text = (
        "Kazakhstan's accession to the Abraham Accords revived the debate about the next "
        "members, with Azerbaijan most often cited."
    )
    assert ("KZ", P) not in found(text, "en")
