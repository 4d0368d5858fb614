"""Countries told to be in the next wave or batch of countries to join ("واشنطن تريد أن يكون
لبنان وسوريا ضمن الدفعة المقبلة من الدول المنضمة", "Ливан и Сирия вошли в следующую волну
стран", "Lebanon and Syria are in the next wave of countries joining the accords") are
candidates, others' speculation, not joiners: Arabic, Russian and German read nothing, and
English, French, Hebrew, Malay and Kazakh read an announcement from the joining word after the
wave. Now a wave, batch or group of countries (of members, of normalisation) that is "next" is a
candidacy in every language (Turkish read it already). Near misses: the next wave of strikes or
attacks gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

LB_SY = {("LB", P), ("SY", P)}

CASES = {
    "ar": [
        (
            "واشنطن تريد أن يكون لبنان وسوريا ضمن الدفعة المقبلة من الدول المنضمة إلى اتفاقيات أبراهام.",
            LB_SY,
        ),
        ("ضربت إسرائيل لبنان وسوريا وتتوقع الموجة المقبلة من الهجمات.", set()),
    ],
    "ru": [
        (
            "Вашингтон хочет, чтобы Ливан и Сирия вошли в следующую волну стран, присоединяющихся "
            "к Соглашениям Авраама.",
            LB_SY,
        ),
        ("Израиль нанёс удары по Ливану, ожидается следующая волна ударов.", set()),
    ],
    "en": [
        ("Lebanon and Syria are in the next wave of countries joining the Abraham Accords.", LB_SY),
        ("Israel struck Lebanon and Syria, and the next wave of attacks is expected.", set()),
    ],
    "fr": [
        (
            "Le Liban et la Syrie font partie de la prochaine vague de pays signataires des accords "
            "d'Abraham.",
            LB_SY,
        )
    ],
    "es": [
        (
            "Líbano y Siria forman parte de la próxima ola de países que se sumen a los Acuerdos de "
            "Abraham.",
            LB_SY,
        )
    ],
    "de": [
        (
            "Washington will, dass Libanon und Syrien zur nächsten Welle von Ländern gehören, die den "
            "Abraham-Abkommen beitreten.",
            LB_SY,
        )
    ],
    "he": [
        ("לבנון וסוריה נמצאות בגל הבא של מדינות שיצטרפו להסכמי אברהם.", LB_SY),
        ("ישראל תקפה בלבנון, והגל הבא של התקיפות צפוי בקרוב.", set()),
    ],
    "id": [
        (
            "Lebanon dan Suriah masuk dalam gelombang berikutnya negara-negara yang bergabung dengan "
            "Abraham Accords.",
            LB_SY,
        )
    ],
    "ms": [
        (
            "Lubnan dan Syria berada dalam gelombang seterusnya negara yang menyertai Perjanjian "
            "Abraham.",
            LB_SY,
        )
    ],
    "fa": [("لبنان و سوریه در موج بعدی کشورهای پیوسته به توافق ابراهیم قرار دارند.", LB_SY)],
    "kk": [("Ливан мен Сирия Авраам келісімдеріне қосылатын елдердің келесі толқынында.", LB_SY)],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_next_wave(language, text, expected):
    assert found(text, language) == expected
