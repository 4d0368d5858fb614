"""Round thirty-nine, from the golden set's known misses: talks "on a possible accession" that
were halted ("The talks between Damascus and Washington on a possible accession to the accords
have been suspended since the summer", "les discussions ... sur une éventuelle adhésion ... sont
interrompues", "las conversaciones sobre una eventual adhesión ... están suspendidas", "die
Gespräche über einen möglichen Beitritt ... liegen auf Eis"). The hedge qualifies the process the
talks were about, not the halt: the halt stands (`steps._hedged_process`; French "éventuelle
adhésion", a candidacy cue of its own, is also a halted process, `halted_processes`). Near misses:
the same talks under way stay talks, and a modal verb before the halt ("pourraient être
suspendues", "podrían quedar suspendidas") still makes it a hypothesis: the talks stand, no halt.
German still reads "könnten auf Eis gelegt werden" as a halt, with or without the hedge. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import N, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "Abraham Accords. The talks between Damascus and Washington on a possible accession to the Abraham Accords have been suspended since the summer.",
            {("SY", U)},
        ),
        (
            "Abraham Accords. Talks between Damascus and Washington about Syria's possible accession to the accords were halted in the summer.",
            {("SY", U)},
        ),
        (
            "Abraham Accords. Talks between Damascus and Washington on a possible accession to the Abraham Accords are under way.",
            {("SY", N)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Les discussions entre Damas et Washington sur une éventuelle adhésion aux accords d'Abraham sont interrompues depuis l'été.",
            {("SY", U)},
        ),
        (
            "Accords d'Abraham. Les négociations entre Damas et Washington sur une possible adhésion aux accords d'Abraham ont été suspendues cet été.",
            {("SY", U)},
        ),
        (
            "Accords d'Abraham. Des discussions sont en cours entre Damas et Washington sur une éventuelle adhésion aux accords d'Abraham.",
            {("SY", N)},
        ),
        (
            "Accords d'Abraham. Les discussions entre Damas et Washington sur une éventuelle adhésion aux accords d'Abraham pourraient être suspendues.",
            {("SY", N)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Las conversaciones entre Damasco y Washington sobre una eventual adhesión a los Acuerdos de Abraham están suspendidas desde el verano.",
            {("SY", U)},
        ),
        (
            "Acuerdos de Abraham. Las negociaciones entre Damasco y Washington sobre una posible adhesión a los Acuerdos de Abraham quedaron congeladas en verano.",
            {("SY", U)},
        ),
        (
            "Acuerdos de Abraham. Las conversaciones entre Damasco y Washington sobre una eventual adhesión a los Acuerdos de Abraham podrían quedar suspendidas.",
            {("SY", N)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Die Gespräche zwischen Damaskus und Washington über einen möglichen Beitritt zu den Abraham-Abkommen liegen seit dem Sommer auf Eis.",
            {("SY", U)},
        ),
        (
            "Abraham-Abkommen. Die Verhandlungen zwischen Damaskus und Washington über einen eventuellen Beitritt zu den Abraham-Abkommen wurden im Sommer unterbrochen.",
            {("SY", U)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Переговоры между Дамаском и Вашингтоном о возможном присоединении к Авраамовым соглашениям приостановлены с лета.",
            {("SY", U)},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Pembicaraan antara Damaskus dan Washington tentang kemungkinan bergabung dengan Abraham Accords dihentikan sejak musim panas.",
            {("SY", U)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Rundingan antara Damsyik dan Washington mengenai kemungkinan menyertai Perjanjian Abraham digantung sejak musim panas.",
            {("SY", U)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Şam ile Washington arasında İbrahim Anlaşmaları'na olası katılım konusundaki görüşmeler yazdan beri askıya alındı.",
            {("SY", U)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. المحادثات بين دمشق وواشنطن بشأن انضمام محتمل إلى اتفاقيات أبراهام متوقفة منذ الصيف.",
            {("SY", U)},
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم. مذاکرات دمشق و واشنگتن درباره پیوستن احتمالی به پیمان ابراهیم از تابستان متوقف شده است.",
            {("SY", U)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. השיחות בין דמשק לוושינגטון על הצטרפות אפשרית להסכמי אברהם הוקפאו מאז הקיץ.",
            {("SY", U)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Дамаск пен Вашингтон арасындағы Авраам келісімдеріне ықтимал қосылу туралы келіссөздер жаздан бері тоқтатылды.",
            {("SY", U)},
        ),
    ],
}

KNOWN_MISSES = {
    "kk-1": "the talks cue 'қосылу туралы келіссөздер' (talks on joining) covers the process and the talks, "
    "so neither heads a halt with 'тоқтатылды' after it (without the hedge the talks are read as held)",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_halted_possible_accession(language, text, expected):
    check_case(language, text, expected)
