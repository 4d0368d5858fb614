"""Lists real news builds around a candidacy, in several languages (own sentences): a list
glued by "but also" / "mais aussi", a group noun followed by "including" / "notamment" /
"в том числе", a list after the step told with "as could" / "tout comme" / "как и"; and, in
Arabic, a halt told by any word of stopping next to normalisation or talks."""

import pytest

from tests.extraction.found import P, U, found

CANDIDATES = {("SA", P), ("SY", P), ("ID", P)}

LISTS = [
    ("en", "Saudi Arabia, but also Syria and Indonesia, could join the Abraham Accords."),
    (
        "fr",
        "L'Arabie saoudite, mais aussi la Syrie ou encore l'Indonésie pourraient rejoindre les accords d'Abraham.",
    ),
    (
        "es",
        "Arabia Saudí, pero también Siria e Indonesia, podrían sumarse a los Acuerdos de Abraham.",
    ),
    (
        "de",
        "Saudi-Arabien, aber auch Syrien und Indonesien könnten den Abraham-Abkommen beitreten.",
    ),
    (
        "en",
        "Other countries could follow into the Abraham Accords, including Saudi Arabia, Syria and Indonesia.",
    ),
    (
        "fr",
        "D'autres pays pourraient suivre dans les accords d'Abraham, notamment l'Arabie saoudite, la Syrie et l'Indonésie.",
    ),
    (
        "es",
        "Otros países podrían sumarse a los Acuerdos de Abraham, en particular Arabia Saudí, Siria e Indonesia.",
    ),
    (
        "de",
        "Weitere Länder könnten den Abraham-Abkommen beitreten, insbesondere Saudi-Arabien, Syrien und Indonesien.",
    ),
    (
        "ru",
        "К Авраамовым соглашениям могут присоединиться и другие страны, в том числе Саудовская Аравия, Сирия и Индонезия.",
    ),
    (
        "id",
        "Negara lain bisa bergabung dengan Abraham Accords, termasuk Arab Saudi, Suriah, dan Indonesia.",
    ),
    ("ar", "قد تنضم دول أخرى إلى اتفاقيات أبراهام، بما فيها السعودية وسوريا وإندونيسيا."),
    ("en", "Saudi Arabia could join the Abraham Accords, as could Syria and Indonesia."),
    (
        "fr",
        "L'Arabie saoudite pourrait rejoindre les accords d'Abraham, tout comme la Syrie et l'Indonésie.",
    ),
    (
        "es",
        "Arabia Saudí podría sumarse a los Acuerdos de Abraham, al igual que Siria e Indonesia.",
    ),
    (
        "de",
        "Saudi-Arabien könnte den Abraham-Abkommen beitreten, ebenso wie Syrien und Indonesien.",
    ),
    (
        "ru",
        "Саудовская Аравия может присоединиться к Авраамовым соглашениям, как и Сирия и Индонезия.",
    ),
]


@pytest.mark.parametrize(("language", "text"), LISTS)
def test_every_country_of_the_list_is_a_candidate(language, text):
    assert found(text, language) == CANDIDATES


def test_a_country_only_compared_with_still_takes_nothing():
    text = "Saudi Arabia could join the Abraham Accords, unlike Algeria."
    assert found(text, "en") == {("SA", P)}


ARABIC_HALTS = [
    "اتفاقيات أبراهام. عرقلت الحرب على غزة مسار التطبيع بين السعودية وإسرائيل.",
    "اتفاقيات أبراهام. تراجع مسار التطبيع السعودي مع إسرائيل بعد هجوم حماس.",
    "اتفاقيات أبراهام. انهارت مساعي التطبيع بين السعودية وإسرائيل مع بدء الحرب.",
    "اتفاقيات أبراهام. تأجل التطبيع السعودي الإسرائيلي إلى أجل غير مسمى.",
    "اتفاقيات أبراهام. تباطأت وتيرة التطبيع بين السعودية وإسرائيل منذ الحرب.",
    "اتفاقيات أبراهام. أطاحت الحرب بمحادثات التطبيع السعودية الإسرائيلية.",
]


@pytest.mark.parametrize("text", ARABIC_HALTS)
def test_a_word_of_stopping_beside_normalisation_is_a_halt(text):
    assert found(text, "ar") == {("SA", U)}


def test_a_word_of_stopping_with_no_normalisation_is_no_halt():
    text = "اتفاقيات أبراهام. تراجعت صادرات السعودية من النفط وتعثر نمو اقتصادها."
    assert found(text, "ar") == set()


REJECTED = [
    ("en", "Saudi Arabia rejects the Abraham Accords.", {("SA", "declined")}),
    ("en", "Lebanon's leaders reject normalization outright.", {("LB", "declined")}),
    ("en", "Algeria rejected the normalization of ties with Israel.", {("DZ", "declined")}),
    ("en", "Saudi Arabia did not reject the Abraham Accords.", set()),
    ("en", "Trump dismissed the Abraham Accords' critics.", set()),
    ("es", "Arabia Saudí rechaza los Acuerdos de Abraham.", {("SA", "declined")}),
    ("ru", "Саудовская Аравия отвергает Авраамовы соглашения.", {("SA", "declined")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), REJECTED)
def test_a_refusal_word_before_the_accords_name_is_a_refusal(language, text, expected):
    assert found(text, language) == expected


COMPARED_FIRST = [
    (
        "en",
        "Unlike the UAE, Saudi Arabia has never signed the Abraham Accords, insisting on a "
        "Palestinian state first.",
        {("SA", "declined"), ("AE", "signed")},
    ),
    (
        "en",
        "Unlike the UAE, Saudi Arabia and Qatar refuse to join the Abraham Accords.",
        {("SA", "declined"), ("QA", "declined"), ("AE", "signed")},
    ),
    (
        "en",
        "Like the UAE, Bahrain and Morocco, Kazakhstan has joined the Abraham Accords.",
        {("KZ", "announced"), ("AE", "signed"), ("BH", "signed"), ("MA", "signed")},
    ),
    (
        "fr",
        "Contrairement aux Émirats arabes unis, l'Arabie saoudite n'a pas signé les accords "
        "d'Abraham, faute d'État palestinien.",
        {("SA", "declined"), ("AE", "signed")},
    ),
    (
        "es",
        "A diferencia de Emiratos, Arabia Saudí se niega a sumarse a los Acuerdos de Abraham.",
        {("SA", "declined"), ("AE", "signed")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), COMPARED_FIRST)
def test_a_comparison_opening_the_sentence_ends_at_its_comma(language, text, expected):
    assert found(text, language) == expected


def test_for_lack_of_a_state_is_a_precondition():
    text = "Saudi Arabia has not joined the Abraham Accords for lack of a Palestinian state."
    assert found(text, "en") == {("SA", "declined")}
