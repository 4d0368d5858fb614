"""Round thirty-five, the inflected and plural forms of speculation, likelihood and pressure words
are modals as their base forms were: Turkish "spekülasyonlara" ("katılımına ilişkin
spekülasyonlara yanıt verdi": speculation about the accession, not the accession), Arabic "رجحت"
and "مرجحا" (statements or a speaker deeming an accession likely), French "subit des pressions",
Spanish "sufre presiones", Kazakh "қысымға" and the joining before "үшін" ahead of the pressure
("қосылу үшін қысымға ұшырап отыр"). All are candidacies. Near misses: a speculation denied gives
no claim, a member's own pressures at home leave its membership alone, and in the languages that
had the forms already (English, Russian, Persian, Indonesian, Hebrew) nothing changes. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, S, challenge_params, check_case

CASES = {
    "tr": [
        (
            "Hacıyev, Azerbaycan'ın Abraham Anlaşmaları'na katılımına ilişkin spekülasyonlara yanıt verdi.",
            {("AZ", P)},
        ),
        (
            "Bakan, Azerbaycan'ın Abraham Anlaşmaları'na katılacağı yönündeki spekülasyonları yalanladı.",
            {("AZ", "declined")},
        ),
    ],
    "ar": [
        (
            "قال ترامب في تصريحات رجحت انضمام السعودية إلى اتفاقيات أبراهام.",
            {("SA", P)},
        ),
        (
            "وتحدث عن اتفاقيات أبراهام، مرجحا انضمام موريتانيا إليها قريبا.",
            {("MR", P)},
        ),
    ],
    "fr": [
        (
            "La Mauritanie subit des pressions pour rejoindre les accords d'Abraham.",
            {("MR", P)},
        ),
        (
            "La Mauritanie fait l'objet de pressions pour rejoindre les accords d'Abraham.",
            {("MR", P)},
        ),
        (
            "Le Maroc, qui a rejoint les accords d'Abraham en 2020, résiste aux pressions de la rue.",
            {("MA", S)},
        ),
    ],
    "es": [
        (
            "Mauritania sufre presiones para sumarse a los Acuerdos de Abraham.",
            {("MR", P)},
        ),
        (
            "Marruecos, que se sumó a los Acuerdos de Abraham en 2020, resiste las presiones internas.",
            {("MA", S)},
        ),
    ],
    "kk": [
        (
            "Мавритания Авраам келісімдеріне қосылу үшін қысымға ұшырап отыр.",
            {("MR", P)},
        ),
        (
            "Мавританияға Авраам келісімдеріне қосылу үшін қысым көрсетілуде.",
            {("MR", P)},
        ),
        (
            "Мавритания Авраам келісімдеріне қосылу үшін қысымға қарамастан бас тартты.",
            {("MR", P), ("MR", D)},
        ),
        (
            "Марокко 2020 жылы Авраам келісімдеріне қосылды, бірақ қоғамның қысымына тап болды.",
            {("MA", S)},
        ),
    ],
    "en": [
        (
            "Aliyev responded to speculation about Azerbaijan's accession to the Abraham Accords.",
            {("AZ", P)},
        ),
    ],
    "ru": [
        (
            "Он ответил на спекуляции о присоединении Азербайджана к Авраамовым соглашениям.",
            {("AZ", P)},
        ),
    ],
    "fa": [
        (
            "موریتانی برای پیوستن به پیمان‌های ابراهیم زیر فشار شدید قرار دارد.",
            {("MR", P)},
        ),
    ],
    "id": [
        (
            "Mauritania berada di bawah tekanan berat untuk bergabung dengan Abraham Accords.",
            {("MR", P)},
        ),
    ],
    "he": [
        (
            "הוא הגיב לספקולציות על הצטרפות אזרבייג'ן להסכמי אברהם.",
            {("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_speculation_and_pressure_forms(language, text, expected):
    check_case(language, text, expected)
