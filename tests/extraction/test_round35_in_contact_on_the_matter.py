"""Round thirty-five, a founder "in contact with" a country "on the matter" (the accords being the
topic) reports talks: the country negotiates, as "holding talks with" did. Turkish "Bakü ile bu
konuda temas halinde", English "in contact with Baku on the matter", French "en contact avec
Bakou à ce sujet", Spanish "en contacto con Bakú sobre el tema", German "steht dazu in Kontakt
mit", Russian "в контакте с Баку по этому вопросу", Arabic "على اتصال مع باكو بهذا الشأن",
Persian "در این باره با باکو در تماس است", Hebrew "נמצא בקשר עם באקו בעניין", Indonesian
"menjalin kontak dengan Baku soal ini", Kazakh "бұл мәселе бойынша Бакумен байланыста". Near
misses: contact with no matter named, or on another matter (trade), gives no claim. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, N, challenge_params, check_case

KZ = {
    "en": "Kazakhstan joined the Abraham Accords. ",
    "tr": "Kazakistan Abraham Anlaşmaları'na katıldı. ",
    "fr": "Le Kazakhstan a rejoint les accords d'Abraham. ",
    "es": "Kazajistán se sumó a los Acuerdos de Abraham. ",
    "de": "Kasachstan trat den Abraham-Abkommen bei. ",
    "ru": "Казахстан присоединился к Авраамовым соглашениям. ",
    "ar": "انضمت كازاخستان إلى اتفاقيات أبراهام. ",
    "fa": "قزاقستان به پیمان‌های ابراهیم پیوست. ",
    "he": "קזחסטן הצטרפה להסכמי אברהם. ",
    "id": "Kazakhstan bergabung dengan Abraham Accords. ",
    "kk": "Қазақстан Авраам келісімдеріне қосылды. ",
}
BOTH = {("KZ", A), ("AZ", N)}
ONLY = {("KZ", A)}

CASES = {
    "tr": [
        (
            KZ["tr"]
            + "Washington'daki kulis bilgilerine göre ABD yönetimi Bakü ile bu konuda temas halinde.",
            BOTH,
        ),
        (KZ["tr"] + "ABD yönetimi Bakü ile temas halinde.", ONLY),
    ],
    "en": [
        (KZ["en"] + "The US administration is in contact with Baku on the matter.", BOTH),
        (KZ["en"] + "Israel is in contact with Baku on trade.", ONLY),
    ],
    "fr": [(KZ["fr"] + "L'administration américaine est en contact avec Bakou à ce sujet.", BOTH)],
    "es": [
        (
            KZ["es"] + "La administración estadounidense está en contacto con Bakú sobre el tema.",
            BOTH,
        )
    ],
    "de": [(KZ["de"] + "Die US-Regierung steht dazu in Kontakt mit Baku.", BOTH)],
    "ru": [(KZ["ru"] + "Администрация США находится в контакте с Баку по этому вопросу.", BOTH)],
    "ar": [(KZ["ar"] + "والإدارة الأمريكية على اتصال مع باكو بهذا الشأن.", BOTH)],
    "fa": [(KZ["fa"] + "دولت آمریکا در این باره با باکو در تماس است.", BOTH)],
    "he": [(KZ["he"] + "הממשל האמריקני נמצא בקשר עם באקו בעניין.", BOTH)],
    "id": [(KZ["id"] + "Pemerintah AS menjalin kontak dengan Baku soal ini.", BOTH)],
    "kk": [(KZ["kk"] + "АҚШ әкімшілігі бұл мәселе бойынша Бакумен байланыста.", BOTH)],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_in_contact_on_the_matter(language, text, expected):
    check_case(language, text, expected)
