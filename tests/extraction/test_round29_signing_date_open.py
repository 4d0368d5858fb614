""" "Сроки подписания ... пока не определены", "Der Termin für die Unterzeichnung steht noch
nicht fest", "la date de la signature n'a pas encore été fixée": a signing right after a word
for its date (`schedule_nouns`), in a sentence that denies that date, is still to come; the
joining told beside it stays announced (`steps._signing_yet_to_be_set`). Near misses: the
same date words with a date given and no denial, and a signing told outright, are signings.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Сроки подписания документов о присоединении Казахстана к Соглашениям Авраама пока не "
            "определены.",
            {("KZ", A)},
        ),
        (
            "Дата подписания документов о вступлении Казахстана в Соглашения Авраама ещё не назначена.",
            {("KZ", A)},
        ),
        (
            "Дата подписания документов о вступлении Казахстана в Соглашения Авраама — 5 марта.",
            {("KZ", S)},
        ),
        (
            "Казахстан подписал документы о присоединении к Соглашениям Авраама в Вашингтоне.",
            {("KZ", S)},
        ),
    ],
    "de": [
        (
            "Der Termin für die Unterzeichnung der Dokumente über den Beitritt Kasachstans zu den "
            "Abraham-Abkommen steht noch nicht fest.",
            {("KZ", A)},
        ),
        (
            "Der Termin für die Unterzeichnung war der 15. September 2020: Damals haben die Emirate "
            "die Abraham-Abkommen unterzeichnet.",
            {("AE", S)},
        ),
    ],
    "fr": [
        (
            "La date de la signature des documents d'adhésion du Kazakhstan aux accords d'Abraham n'a "
            "pas encore été fixée.",
            {("KZ", A)},
        ),
        (
            "Le Kazakhstan a signé son adhésion aux accords d'Abraham à Washington.",
            {("KZ", S)},
        ),
    ],
    "en": [
        (
            "The date for the signing of Kazakhstan's accession to the Abraham Accords has not been set.",
            {("KZ", A)},
        ),
        (
            "Kazakhstan signed its accession to the Abraham Accords in Washington.",
            {("KZ", S)},
        ),
    ],
    "id": [
        (
            "Tanggal penandatanganan dokumen bergabungnya Kazakhstan dengan Abraham Accords belum "
            "ditentukan.",
            {("KZ", A)},
        ),
    ],
    "kk": [
        (
            "Қазақстанның Авраам келісімдеріне қосылуы туралы құжаттарға қол қою мерзімі әлі "
            "белгіленген жоқ.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "La fecha de la firma de los documentos de adhesión de Kazajistán a los Acuerdos de Abraham "
            "todavía no se ha fijado.",
            {("KZ", A)},
        ),
        (
            "Kazajistán firmó su adhesión a los Acuerdos de Abraham en Washington.",
            {("KZ", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_signing_date_open(language, text, expected):
    check_case(language, text, expected)
