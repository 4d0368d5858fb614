"""Round thirty-six, a country that "will not enter any normalisation process" with Israel: a
refusal told as entering a process ("normalleşme sürecine girmeyeceği", "no entrará en ningún
proceso de normalización", "n'entrera dans aucun processus de normalisation", "in keinen
Normalisierungsprozess eintreten", "لن يدخل في أي مسار للتطبيع", "tidak akan masuk ke dalam
proses normalisasi") is `declined`, as Russian "не вступит ни в какой процесс нормализации"
already was. Data: `cues.declined` (en, es, fr, de, ar, tr, id, ms). Near misses: analysts
saying a country will enter such a process make no refusal. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "tr": [
        (
            "Açıklamada, Irak'ın İsrail ile herhangi bir normalleşme sürecine girmeyeceği ifade "
            "edildi.",
            {("IQ", D)},
        ),
    ],
    "en": [
        ("Baghdad said Iraq will not enter any normalisation process with Israel.", {("IQ", D)}),
        (
            "Analysts said Saudi Arabia will enter a normalisation process with Israel next year.",
            set(),
        ),
    ],
    "es": [
        (
            "Bagdad aseguró que Irak no entrará en ningún proceso de normalización con Israel.",
            {("IQ", D)},
        ),
        (
            "Los analistas creen que Arabia Saudí entrará en un proceso de normalización con Israel.",
            set(),
        ),
    ],
    "fr": [
        (
            "Bagdad a assuré que l'Irak n'entrera dans aucun processus de normalisation avec Israël.",
            {("IQ", D)},
        ),
    ],
    "de": [
        (
            "Bagdad erklärte, der Irak werde in keinen Normalisierungsprozess mit Israel eintreten.",
            {("IQ", D)},
        ),
    ],
    "ar": [
        ("أكدت بغداد أن العراق لن يدخل في أي مسار للتطبيع مع إسرائيل.", {("IQ", D)}),
    ],
    "id": [
        (
            "Baghdad menegaskan Irak tidak akan masuk ke dalam proses normalisasi apa pun dengan "
            "Israel.",
            {("IQ", D)},
        ),
    ],
    "ms": [
        (
            "Putrajaya berkata Malaysia tidak akan masuk ke dalam proses normalisasi dengan Israel.",
            {("MY", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_enter_no_process(language, text, expected):
    check_case(language, text, expected)
