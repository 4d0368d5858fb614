"""Round forty-seven, talks with Israel on security arrangements or border security told beside the
accords ("Suriah, yang pemerintahan barunya tengah berunding dengan Israel soal pengaturan keamanan
di perbatasan, dinilai masih jauh dari Perjanjian Abraham", "negocia con Israel arreglos de
seguridad en la frontera", "ведет переговоры с Израилем о мерах безопасности на границе"): the
talks are on another subject, no negotiation of the accords. The `off_topic` key had the
compounds ("security talks", "perundingan keamanan", "negociaciones de seguridad") but not the
arrangements, measures and border security as the talks' object; they are added in Indonesian,
Malay, Spanish, German, Russian, Turkish, French, Arabic, Hebrew and Persian. Near misses: talks
on joining the accords stay negotiating; a joining told after security arrangements are agreed
stays read; security guarantees asked in exchange for a recognition ("مقابل ضمانات أمنية") are its
condition, not another subject, and are not in the key. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, N, P, challenge_params, found

CASES = {
    "id": [
        (
            "Suriah, yang pemerintahan barunya tengah berunding dengan Israel soal pengaturan "
            "keamanan di perbatasan, dinilai masih jauh dari Perjanjian Abraham.",
            set(),
        ),
        (
            "Suriah tengah berunding dengan Israel soal bergabung dengan Perjanjian Abraham.",
            {("SY", N)},
        ),
        (
            "Setelah pengaturan keamanan di perbatasan disepakati, Suriah akan bergabung dengan "
            "Perjanjian Abraham.",
            {("SY", A)},
        ),
    ],
    "ms": [
        (
            "Syria sedang berunding dengan Israel mengenai pengaturan keselamatan di sempadan, "
            "tetapi masih jauh daripada Perjanjian Abraham.",
            set(),
        ),
        ("Syria sedang berunding untuk menyertai Perjanjian Abraham.", {("SY", N)}),
    ],
    "es": [
        (
            "Siria, cuyo nuevo gobierno negocia con Israel arreglos de seguridad en la frontera, "
            "sigue lejos de los Acuerdos de Abraham.",
            set(),
        ),
        ("Siria negocia con Israel su adhesión a los Acuerdos de Abraham.", {("SY", N)}),
    ],
    "de": [
        (
            "Syrien, dessen neue Regierung mit Israel über Sicherheitsvereinbarungen verhandelt, "
            "ist von den Abraham-Abkommen noch weit entfernt.",
            set(),
        ),
    ],
    "ru": [
        (
            "Сирия ведет переговоры с Израилем о мерах безопасности на границе, но к Авраамовым "
            "соглашениям не присоединилась.",
            set(),
        ),
        (
            "Сирия ведет переговоры с Израилем о присоединении к Авраамовым соглашениям.",
            {("SY", N)},
        ),
    ],
    "tr": [
        (
            "Suriye, İsrail ile sınırda güvenlik düzenlemeleri konusunda müzakere ediyor ama "
            "İbrahim Anlaşmalarına katılmadı.",
            set(),
        ),
        (
            "Suriye, İsrail ile İbrahim Anlaşmalarına katılım konusunda müzakere ediyor.",
            {("SY", N)},
        ),
    ],
    "ar": [
        (
            "سوريا، التي تتفاوض حكومتها الجديدة مع إسرائيل حول الترتيبات الأمنية على الحدود، لا تزال "
            "بعيدة عن اتفاقيات أبراهام.",
            set(),
        ),
        ("أعلنت سوريا استعدادها للاعتراف بإسرائيل مقابل ضمانات أمنية.", {("SY", P)}),
    ],
    "fr": [
        (
            "La Syrie, qui négocie avec Israël sur la sécurité à la frontière, reste loin des "
            "accords d'Abraham.",
            set(),
        ),
    ],
    "he": [
        (
            "סוריה, שממשלתה החדשה מנהלת מגעים עם ישראל על ביטחון הגבול, עדיין רחוקה מהסכמי אברהם.",
            set(),
        ),
    ],
    "fa": [
        (
            "سوریه که دولت جدیدش با اسرائیل درباره امنیت مرزی مذاکره می‌کند، هنوز از پیمان ابراهیم "
            "دور است.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_security_arrangements(language, text, expected):
    assert found(text, language) == expected
