"""Round forty-seven, a refusal to comment ("the spokesman declined to comment on reports that
Uzbekistan could join", "отказался комментировать сообщения о возможном присоединении
Узбекистана", "رفض المتحدث التعليق على تقارير عن احتمال انضمام", "yorum yapmayı reddetti",
"menolak berkomentar"): the refusal word refuses an answer, not the joining the reports tell, which
stays a candidacy. New key `comment_refusals` (in all languages but Kazakh): a refusal, denial or
refusal cue held whole by it is dropped; a gapped form ("رفض المتحدث التعليق", "از اظهار نظر ...
خودداری کرد") covers its tail. Near misses: the country's own refusal to join beside a refusal to
comment ("Uzbekistan refused to join, and the ministry declined to comment further") stays a
refusal; a refusal to join with no comment word is a refusal. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

CASES = {
    "en": [
        (
            "The spokesman declined to comment on reports that Uzbekistan could join the "
            "Abraham Accords.",
            {("UZ", P)},
        ),
        (
            "Uzbekistan refused to join the Abraham Accords, and the ministry declined to "
            "comment further.",
            {("UZ", D)},
        ),
        ("Uzbekistan refused to join the Abraham Accords.", {("UZ", D)}),
    ],
    "ru": [
        (
            "Представитель МИД отказался комментировать сообщения о возможном присоединении "
            "Узбекистана к Авраамовым соглашениям.",
            {("UZ", P)},
        ),
        (
            "Узбекистан отказался от присоединения к Авраамовым соглашениям, а в МИД отказались "
            "от комментариев.",
            {("UZ", D)},
        ),
        ("Узбекистан отказался присоединиться к Авраамовым соглашениям.", {("UZ", D)}),
    ],
    "ar": [
        (
            "ورفض المتحدث التعليق على تقارير عن احتمال انضمام أوزبكستان إلى اتفاقيات أبراهام.",
            {("UZ", P)},
        ),
        (
            "رفضت الخارجية التعليق على أنباء عن قرب انضمام أوزبكستان إلى اتفاقيات أبراهام.",
            {("UZ", P)},
        ),
        ("ورفضت أوزبكستان الانضمام إلى اتفاقيات أبراهام.", {("UZ", D)}),
    ],
    "tr": [
        (
            "Bakanlık sözcüsü, Özbekistan'ın İbrahim Anlaşmalarına katılabileceğine dair haberler "
            "hakkında yorum yapmayı reddetti.",
            {("UZ", P)},
        ),
        ("Özbekistan İbrahim Anlaşmalarına katılmayı reddetti.", {("UZ", D)}),
    ],
    "id": [
        (
            "Juru bicara Kemlu menolak berkomentar soal kabar kemungkinan Uzbekistan bergabung "
            "dengan Perjanjian Abraham.",
            {("UZ", P)},
        ),
        (
            "Juru bicara menolak berkomentar, tetapi Uzbekistan menolak bergabung dengan "
            "Perjanjian Abraham.",
            {("UZ", D)},
        ),
    ],
    "ms": [
        (
            "Jurucakap kementerian enggan mengulas laporan bahawa Uzbekistan mungkin menyertai "
            "Perjanjian Abraham.",
            {("UZ", P)},
        ),
        ("Uzbekistan enggan menyertai Perjanjian Abraham.", {("UZ", D)}),
    ],
    "fr": [
        (
            "Le porte-parole a refusé de commenter les informations sur une possible adhésion de "
            "l'Ouzbékistan aux accords d'Abraham.",
            {("UZ", P)},
        ),
        ("L'Ouzbékistan a refusé d'adhérer aux accords d'Abraham.", {("UZ", D)}),
    ],
    "es": [
        (
            "El portavoz se negó a comentar los informes sobre una posible adhesión de Uzbekistán "
            "a los Acuerdos de Abraham.",
            {("UZ", P)},
        ),
        ("Uzbekistán se negó a sumarse a los Acuerdos de Abraham.", {("UZ", D)}),
    ],
    "de": [
        (
            "Das Außenministerium lehnte eine Stellungnahme zu Berichten über einen möglichen "
            "Beitritt Usbekistans zu den Abraham-Abkommen ab.",
            {("UZ", P)},
        ),
        ("Usbekistan lehnte einen Beitritt zu den Abraham-Abkommen ab.", {("UZ", D)}),
    ],
    "he": [
        (
            "דובר משרד החוץ סירב להגיב על דיווחים כי אוזבקיסטן עשויה להצטרף להסכמי אברהם.",
            {("UZ", P)},
        ),
        ("אוזבקיסטן סירבה להצטרף להסכמי אברהם.", {("UZ", D)}),
    ],
    "fa": [
        (
            "سخنگوی وزارت خارجه از اظهار نظر درباره گزارش‌های پیوستن احتمالی ازبکستان به پیمان "
            "ابراهیم خودداری کرد.",
            {("UZ", P)},
        ),
        ("ازبکستان از پیوستن به پیمان ابراهیم خودداری کرد.", {("UZ", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_refused_to_comment(language, text, expected):
    assert found(text, language) == expected
