"""Round forty-four, "yesterday" as an adjective before the step's noun ("Zur gestrigen
Ankündigung, dass Kasachstan ... beitritt", "Вчерашнее заявление о присоединении
Казахстана", "dünkü açıklama", "кешегі мәлімдеме"): the day before the publication day, as the
adverb already was ("gestern", "вчера", "dün", "кеше"; `relative_days` de ru tr kk; the
Turkish "dünkü" had given the publication's own day). English "yesterday's", French "d'hier",
Spanish "de ayer" and the others already read so. Near misses: yesterday's talks on trade with
Kazakhstan give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

# the day before the publication date the class tests read with (found.PUBLISHED)
DAY = "2025-11-19"

CASES = {
    "de": [
        (
            "Zur gestrigen Ankündigung, dass Kasachstan den Abraham-Abkommen "
            "beitritt, erklärt der Sprecher der Fraktion:",
            {("KZ", A, DAY)},
        ),
        (
            "Die gestrige Ankündigung Kasachstans, den Abraham-Abkommen "
            "beizutreten, wurde in der Region begrüßt.",
            {("KZ", A, DAY)},
        ),
        ("Die gestrigen Gespräche in Berlin drehten sich um den Handel mit Kasachstan.", set()),
    ],
    "ru": [
        (
            "Вчерашнее заявление о присоединении Казахстана к Соглашениям "
            "Авраама приветствовали в регионе.",
            {("KZ", A, DAY)},
        ),
        ("На вчерашней встрече в Москве обсуждали торговлю с Казахстаном.", set()),
    ],
    "tr": [
        (
            "Kazakistan'ın İbrahim Anlaşmaları'na katılacağına dair dünkü açıklama "
            "memnuniyetle karşılandı.",
            {("KZ", A, DAY)},
        ),
    ],
    "kk": [
        (
            "Қазақстанның Авраам келісімдеріне қосылатыны туралы кешегі мәлімдеме құпталды.",
            {("KZ", A, DAY)},
        ),
    ],
    "en": [
        (
            "Yesterday's announcement that Kazakhstan will join the Abraham Accords was welcomed.",
            {("KZ", A, DAY)},
        ),
    ],
    "fr": [
        (
            "L'annonce d'hier de l'adhésion du Kazakhstan aux accords d'Abraham a été saluée.",
            {("KZ", A, DAY)},
        ),
    ],
    "es": [
        (
            "El anuncio de ayer de la adhesión de Kazajistán a los "
            "Acuerdos de Abraham fue bien recibido.",
            {("KZ", A, DAY)},
        ),
    ],
    "he": [
        (
            "ההודעה של אתמול על הצטרפות קזחסטן להסכמי אברהם התקבלה בברכה.",
            {("KZ", A, DAY)},
        )
    ],
    "ar": [
        (
            "لقي إعلان أمس عن انضمام كازاخستان إلى اتفاقيات أبراهام ترحيبا واسعا.",
            {("KZ", A, DAY)},
        ),
    ],
    "fa": [
        (
            "اعلام دیروز پیوستن قزاقستان به توافق ابراهیم با استقبال روبه‌رو شد.",
            {("KZ", A, DAY)},
        ),
    ],
    "id": [
        (
            "Pengumuman kemarin bahwa Kazakhstan bergabung dengan Abraham Accords disambut baik.",
            {("KZ", A, DAY)},
        ),
    ],
    "ms": [
        (
            "Pengumuman semalam bahawa Kazakhstan menyertai Perjanjian Abraham disambut baik.",
            {("KZ", A, DAY)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_yesterdays_announcement(language, text, expected):
    check_case(language, text, expected)
