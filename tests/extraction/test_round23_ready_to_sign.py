"""Readiness to sign, found by an unseen live blog (a president saying his government is "ready
to sign tomorrow" if invited), in all twelve languages: "is ready to sign", "prêt à signer",
"bereit, die Abkommen zu unterzeichnen", "готов подписать", "مستعدة للتوقيع", "imzalamaya
hazır", "siap menandatangani", "bersedia menandatangani", "آماده امضای", "מוכנה לחתום", "қол
қоюға дайын" is a candidacy, as readiness to join already was, also with a condition on being
invited after it; negated it is a refusal; readiness to sign another agreement ("a trade
agreement with India", "un accord commercial") gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords. Niger is ready to sign tomorrow, its president said.", {("NE", P)}),
        (
            "The Abraham Accords. Niger's president told reporters that his government is "
            '"ready to sign tomorrow" if invited.',
            {("NE", P)},
        ),
        ("The Abraham Accords. Niger is not ready to sign.", {("NE", D)}),
        ("The Abraham Accords. Oman is ready to sign a trade agreement with India.", set()),
    ],
    "fr": [
        ("Les accords d'Abraham. Le Niger se dit prêt à signer dès demain.", {("NE", P)}),
        (
            "Les accords d'Abraham. Oman est prêt à signer un accord commercial avec l'Inde.",
            set(),
        ),
    ],
    "de": [
        ("Die Abraham-Abkommen. Niger ist bereit, die Abkommen zu unterzeichnen.", {("NE", P)}),
    ],
    "ru": [
        ("Соглашения Авраама. Нигер готов подписать соглашения хоть завтра.", {("NE", P)}),
    ],
    "ar": [
        ("اتفاقيات أبراهام. النيجر مستعدة للتوقيع على الاتفاقيات.", {("NE", P)}),
    ],
    "tr": [
        ("İbrahim Anlaşmaları. Nijer anlaşmaları imzalamaya hazır.", {("NE", P)}),
    ],
    "id": [
        ("Perjanjian Abraham. Niger siap menandatangani perjanjian itu.", {("NE", P)}),
    ],
    "ms": [
        ("Perjanjian Abraham. Niger bersedia menandatangani perjanjian itu.", {("NE", P)}),
    ],
    "fa": [
        ("توافق ابراهیم. نیجر آماده امضای این توافق است.", {("NE", P)}),
    ],
    "he": [
        ("הסכמי אברהם. סומלילנד מוכנה לחתום על ההסכמים.", {("XS", P)}),
    ],
    "kk": [
        ("Авраам келісімдері. Нигер келісімге қол қоюға дайын.", {("NE", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round23_ready_to_sign(language, text, expected):
    check_case(language, text, expected)
