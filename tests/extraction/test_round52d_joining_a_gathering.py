"""Round fifty-two, part D: a country joining a gathering ("Uzbekistan also joined the dinner",
"Yemeğe Özbekistan da katılıyor", "к саммиту присоединились", "به نشست پیوستند", "انضمت إلى
القمة") attends it: the joining verb has its own object, so the accords named in the sentence
before give it no accession (`off_topic`, ten languages; Indonesian and Malay read it already).
Near misses: a gathering named beside an accession whose object is the accords ("At the summit,
Kazakhstan announced it would join the Abraham Accords") keeps the accession. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, found

LEAD = {
    "en": "Kazakhstan will join the Abraham Accords. ",
    "tr": "Kazakistan'ın bu akşam İbrahim Anlaşmaları'na katılması bekleniyor. ",
    "fr": "Le Kazakhstan va rejoindre les accords d'Abraham. ",
    "es": "Kazajistán se unirá a los Acuerdos de Abraham. ",
    "de": "Kasachstan wird den Abraham-Abkommen beitreten. ",
    "ru": "Казахстан присоединится к Авраамовым соглашениям. ",
    "ar": "ستنضم كازاخستان إلى اتفاقيات أبراهام. ",
    "fa": "قزاقستان به پیمان ابراهیم می‌پیوندد. ",
    "he": "קזחסטן תצטרף להסכמי אברהם. ",
    "kk": "Қазақстан Авраам келісімдеріне қосылады. ",
    "id": "Kazakhstan akan bergabung dengan Abraham Accords. ",
    "ms": "Kazakhstan akan menyertai Perjanjian Abraham. ",
}

KZ_ONLY = {("KZ", A)}

GATHERINGS = {
    "en": [
        "The leaders of Uzbekistan and Kyrgyzstan also joined the dinner.",
        "Tajikistan joined the summit on Friday.",
    ],
    "tr": [
        "Yemeğe Özbekistan ve Kırgızistan liderleri de katılıyor.",
        "Tacikistan da zirveye katıldı.",
    ],
    "fr": [
        "L'Ouzbékistan et le Kirghizistan ont aussi rejoint le dîner.",
        "Le Tadjikistan s'est joint au sommet vendredi.",
    ],
    "es": [
        "Uzbekistán y Kirguistán también se sumaron a la cena.",
        "Tayikistán se unió a la cumbre el viernes.",
    ],
    "de": ["Dem Abendessen schlossen sich auch Usbekistan und Kirgistan an."],
    "ru": [
        "К ужину также присоединились Узбекистан и Киргизия.",
        "К саммиту в пятницу присоединился Таджикистан.",
    ],
    "ar": [
        "وانضمت أوزبكستان وقرغيزستان أيضا إلى مأدبة العشاء.",
        "وانضمت طاجيكستان إلى القمة يوم الجمعة.",
    ],
    "fa": [
        "ازبکستان و قرقیزستان نیز به ضیافت شام پیوستند.",
        "تاجیکستان هم روز جمعه به نشست پیوست.",
    ],
    "he": ["גם אוזבקיסטן וקירגיזסטן הצטרפו לארוחת הערב."],
    "kk": ["Өзбекстан мен Қырғызстан да кешкі асқа қосылды."],
    "id": ["Uzbekistan dan Kirgistan juga bergabung dalam jamuan makan malam."],
    "ms": ["Uzbekistan dan Kyrgyzstan turut menyertai jamuan makan malam."],
}

CASES = {
    language: [(LEAD[language] + sentence, KZ_ONLY) for sentence in sentences]
    for language, sentences in GATHERINGS.items()
}

# the gathering beside an accession of the accords: the accession stays
NEAR_MISSES = {
    "en": [("At the summit, Kazakhstan announced it would join the Abraham Accords.", KZ_ONLY)],
    "tr": [
        (
            "Zirveye katılan Tokayev, Kazakistan'ın İbrahim Anlaşmaları'na katılacağını açıkladı.",
            KZ_ONLY,
        )
    ],
    "fr": [("Au dîner, le Kazakhstan a annoncé qu'il rejoindrait les accords d'Abraham.", KZ_ONLY)],
    "es": [
        (
            "Antes de unirse a la cena, Kazajistán anunció que se sumará a los Acuerdos de "
            "Abraham.",
            KZ_ONLY,
        )
    ],
    "de": [("Vor dem Treffen kündigte Kasachstan an, dem Abraham-Abkommen beizutreten.", KZ_ONLY)],
    "ru": [
        (
            "Перед встречей с Трампом Казахстан объявил о присоединении к Авраамовым соглашениям.",
            KZ_ONLY,
        )
    ],
    "ar": [("وقبل الذهاب إلى القمة أعلنت كازاخستان انضمامها إلى اتفاقيات أبراهام.", KZ_ONLY)],
    "fa": [("قزاقستان پیش از رفتن به نشست واشنگتن اعلام کرد به پیمان ابراهیم می‌پیوندد.", KZ_ONLY)],
    "he": [("קזחסטן הודיעה לפני הפגישה כי תצטרף להסכמי אברהם.", KZ_ONLY)],
    "kk": [("Қазақстан кездесу алдында Авраам келісімдеріне қосылатынын жариялады.", KZ_ONLY)],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_joining_a_gathering_is_no_accession(language, text, expected):
    assert found(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"), challenge_params(NEAR_MISSES, {}, prefix="near")
)
def test_a_gathering_beside_the_accords_keeps_the_accession(language, text, expected):
    assert found(text, language) == expected
