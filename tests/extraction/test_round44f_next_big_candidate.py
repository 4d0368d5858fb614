"""Round forty-four, a candidate called the next big one, an adjective of size between "next"
and the candidate noun ("Als nächster großer Kandidat gilt Saudi-Arabien", "el próximo gran
candidato", "bir sonraki büyük aday", "المرشح الكبير التالي", "למועמדת הגדולה הבאה", "نامزد بزرگ
بعدی", "келесі ірі үміткері"): others' speculation, a candidacy (`cues.prospective`, de es tr ar
he fa kk; English "the next big candidate", French "le prochain grand candidat", Russian
"следующим крупным кандидатом" and Malay and Indonesian "calon/kandidat besar" were read already).
Near misses: the next big summit held in a capital, and a party's next big candidate in an
election, are no candidacy. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

_SA = {("SA", P)}

CASES = {
    "de": [
        (
            "Als nächster großer Kandidat für die Abraham-Abkommen gilt in Washington Saudi-Arabien.",
            _SA,
        ),
        ("Saudi-Arabien gilt als nächster großer Kandidat für die Abraham-Abkommen.", _SA),
        ("Die Abraham-Abkommen. Der nächste große Gipfel findet in Saudi-Arabien statt.", set()),
        (
            "Die Abraham-Abkommen. Der nächste große Kandidat der Partei für die Wahl ist ein"
            " Unternehmer aus Riad.",
            set(),
        ),
    ],
    "en": [("Saudi Arabia is seen as the next big candidate for the Abraham Accords.", _SA)],
    "fr": [
        (
            "L'Arabie saoudite est considérée comme le prochain grand candidat aux accords"
            " d'Abraham.",
            _SA,
        )
    ],
    "es": [
        ("El próximo gran candidato a los Acuerdos de Abraham es Arabia Saudí.", _SA),
        ("Arabia Saudí es vista como el próximo gran candidato a los Acuerdos de Abraham.", _SA),
        ("Los Acuerdos de Abraham. La próxima gran cumbre se celebrará en Arabia Saudí.", set()),
    ],
    "ru": [
        (
            "Саудовская Аравия считается следующим крупным кандидатом на присоединение к"
            " Авраамовым соглашениям.",
            _SA,
        )
    ],
    "tr": [
        ("Suudi Arabistan, İbrahim Anlaşmaları için bir sonraki büyük aday olarak görülüyor.", _SA),
        ("İbrahim Anlaşmaları. Bir sonraki büyük zirve Suudi Arabistan'da yapılacak.", set()),
    ],
    "ar": [
        ("تعتبر السعودية المرشح الكبير التالي للانضمام إلى اتفاقيات أبراهام.", _SA),
        ("اتفاقيات أبراهام. ستعقد القمة الكبيرة التالية في السعودية.", set()),
    ],
    "he": [
        ("סעודיה נחשבת למועמדת הגדולה הבאה להסכמי אברהם.", _SA),
        ("המועמדת הגדולה הבאה להסכמי אברהם היא סעודיה.", _SA),
        ("הסכמי אברהם. הפסגה הגדולה הבאה תתקיים בסעודיה.", set()),
    ],
    "fa": [("عربستان سعودی نامزد بزرگ بعدی پیمان ابراهیم به شمار می‌رود.", _SA)],
    "kk": [("Сауд Арабиясы Авраам келісімдерінің келесі ірі үміткері болып саналады.", _SA)],
    "id": [
        ("Arab Saudi dianggap sebagai kandidat besar berikutnya untuk Perjanjian Abraham.", _SA)
    ],
    "ms": [("Arab Saudi dilihat sebagai calon besar seterusnya untuk Perjanjian Abraham.", _SA)],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_next_big_candidate(language, text, expected):
    check_case(language, text, expected)
