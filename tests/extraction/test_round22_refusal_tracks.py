"""Round twenty-two, refusals told as staying out of any normalisation process, and joinings
told under a condition. Classes: a country that "will not be part of any normalisation track"
or "will not take part in any normalisation process" refuses, in all twelve languages ("ne fera
partie d'aucun processus de normalisation", "no formará parte de ningún proceso de
normalización", "wird sich an keinem Normalisierungsprozess beteiligen", "لن يشارك في أي مسار
تطبيع", "не будет участвовать ни в каком процессе нормализации", "hiçbir normalleşme
sürecinin parçası olmayacak", "بخشی از هیچ روند عادی‌سازی نخواهد بود", "לא תהיה חלק מאף
תהליך נורמליזציה", "tidak akan menjadi bagian dari proses normalisasi", "tidak akan menjadi
sebahagian daripada sebarang proses normalisasi", "ешқандай ... үдерісіне қатыспайды"), while
staying out of a process of another kind gives nothing; a joining noun with "if it happens"
set off after it ("انضمام باكو، لو تم، سيكون رمزيا", "Baku's accession, if it happens, will
be symbolic", "si elle se concrétise", "si se produce", "falls er zustande kommt") is a
candidacy, not an announcement, while a concessive "وإن تم ذلك" after an announced joining
leaves it announced.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords. Lebanon will not be part of any normalization track.", {("LB", D)}),
        (
            "The Abraham Accords. Aoun said Lebanon would not take part in any normalisation process.",
            {("LB", D)},
        ),
        ("The Abraham Accords. Lebanon will not be part of any security arrangement.", set()),
        (
            "The Abraham Accords. Analysts say Baku's accession, if it happens, will be largely symbolic.",
            {("AZ", P)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Liban ne fera partie d'aucun processus de normalisation.",
            {("LB", D)},
        ),
        (
            "Les accords d'Abraham. Le Liban ne participera à aucun processus de normalisation.",
            {("LB", D)},
        ),
        (
            "Les accords d'Abraham. Le Liban ne fera partie d'aucun processus de paix régional.",
            set(),
        ),
        (
            "Les accords d'Abraham. L'adhésion de Bakou, si elle se concrétise, sera largement symbolique.",
            {("AZ", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. El Líbano no formará parte de ningún proceso de normalización.",
            {("LB", D)},
        ),
        (
            "Los Acuerdos de Abraham. La adhesión de Bakú, si se produce, será en gran medida simbólica.",
            {("AZ", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Der Libanon wird nicht Teil eines Normalisierungsprozesses sein.",
            {("LB", D)},
        ),
        (
            "Die Abraham-Abkommen. Der Libanon wird sich an keinem Normalisierungsprozess beteiligen.",
            {("LB", D)},
        ),
        (
            "Die Abraham-Abkommen. Der Beitritt Bakus wird, falls er zustande kommt, weitgehend symbolisch sein.",
            {("AZ", P)},
        ),
    ],
    "ar": [
        ("اتفاقيات إبراهيم. لبنان لن يشارك في أي مسار تطبيع.", {("LB", D)}),
        ("اتفاقيات إبراهيم. أكد عون أن لبنان لن يكون جزءا من أي مسار للتطبيع.", {("LB", D)}),
        ("اتفاقيات إبراهيم. لبنان لن يشارك في أي مسار تفاوضي حول الحدود.", set()),
        ("اتفاقيات إبراهيم. يرى محللون أن انضمام باكو، إن حصل، سيكون رمزيا.", {("AZ", P)}),
        ("اتفاقيات إبراهيم. يرى محللون أن انضمام باكو، لو تم، سيكون رمزيا.", {("AZ", P)}),
        (
            "اتفاقيات إبراهيم. وبعد أن حصلت الرباط على اعتراف أميركي بسيادتها على الصحراء أعلنت تطبيع "
            "العلاقات مع إسرائيل في ديسمبر 2020.",
            {("MA", A)},
        ),
        ("اتفاقيات إبراهيم. أعلنت باكو انضمامها، وإن تم ذلك دون توقيع.", {("AZ", A)}),
    ],
    "ru": [
        ("Соглашения Авраама. Ливан не будет частью никакого процесса нормализации.", {("LB", D)}),
        (
            "Соглашения Авраама. Ливан не будет участвовать ни в каком процессе нормализации.",
            {("LB", D)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Lübnan hiçbir normalleşme sürecinin parçası olmayacak.",
            {("LB", D)},
        ),
        ("İbrahim Anlaşmaları. Lübnan hiçbir normalleşme sürecine katılmayacak.", {("LB", D)}),
    ],
    "fa": [
        ("پیمان ابراهیم. لبنان بخشی از هیچ روند عادی‌سازی نخواهد بود.", {("LB", D)}),
    ],
    "he": [
        ("הסכמי אברהם. לבנון לא תהיה חלק מאף תהליך נורמליזציה.", {("LB", D)}),
    ],
    "id": [
        (
            "Abraham Accords. Lebanon tidak akan menjadi bagian dari proses normalisasi apa pun.",
            {("LB", D)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Lubnan tidak akan menjadi sebahagian daripada sebarang proses normalisasi.",
            {("LB", D)},
        ),
    ],
    "kk": [
        ("Авраам келісімдері. Ливан ешқандай қалыпқа келтіру үдерісіне қатыспайды.", {("LB", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round22_refusal_tracks(language, text, expected):
    check_case(language, text, expected)
