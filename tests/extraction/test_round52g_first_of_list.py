"""Round fifty-two: a sentence opening with "the first two" or "the first three" ("Los dos
primeros los firmaron en septiembre de 2020", "Die ersten beiden unterzeichneten ...", "Les deux
premiers les ont signés ...", "Первые две страны подписали ...", "İlk ikisi ... imzaladı",
"الدولتان الأوليان وقعتا ...") after a sentence listing countries gave its step to no one, so a
date told there was lost for the list's first members; now the phrase stands for the first N
countries the sentence right before listed, in text order (`first_of_list`, all twelve languages;
`claims._first_of_list`). Near misses: after a sentence naming no more than N countries the
phrase picks out nothing ("both" is `pairs`' word), the phrase deep in a sentence or a sentence
two back gives nothing, and "the first two years" with no step stays no claim. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import S, found_dated

MEMBERS = {
    "es": (
        "Los Acuerdos de Abraham cuentan ya con Emiratos Árabes Unidos, Baréin, Marruecos y Sudán "
        "entre sus integrantes. Los dos primeros los firmaron en la Casa Blanca en septiembre de "
        "2020."
    ),
    "en": (
        "The Abraham Accords now count the United Arab Emirates, Bahrain, Morocco and Sudan among "
        "their members. The first two signed them at the White House in September 2020."
    ),
    "de": (
        "Zu den Abraham-Abkommen gehören die Emirate, Bahrain, Marokko und der Sudan. Die ersten "
        "beiden unterzeichneten sie im September 2020 im Weißen Haus."
    ),
    "fr": (
        "Les accords d'Abraham comptent les Émirats arabes unis, Bahreïn, le Maroc et le Soudan. "
        "Les deux premiers les ont signés à la Maison Blanche en septembre 2020."
    ),
    "ru": (
        "Участниками Авраамовых соглашений стали ОАЭ, Бахрейн, Марокко и Судан. Первые две страны "
        "подписали их в Белом доме в сентябре 2020 года."
    ),
    "tr": (
        "İbrahim Anlaşmaları'na BAE, Bahreyn, Fas ve Sudan katıldı. İlk ikisi anlaşmaları Eylül "
        "2020'de Beyaz Saray'da imzaladı."
    ),
    "id": (
        "Perjanjian Abraham kini beranggotakan Uni Emirat Arab, Bahrain, Maroko, dan Sudan. Dua "
        "negara pertama menandatanganinya di Gedung Putih pada September 2020."
    ),
    "ms": (
        "Perjanjian Abraham kini dianggotai Emiriah Arab Bersatu, Bahrain, Maghribi dan Sudan. Dua "
        "negara pertama menandatanganinya di Rumah Putih pada September 2020."
    ),
    "ar": (
        "تضم اتفاقيات أبراهام الإمارات والبحرين والمغرب والسودان. الدولتان الأوليان وقعتا "
        "الاتفاقيات في البيت الأبيض في سبتمبر 2020."
    ),
    "he": (
        "להסכמי אברהם הצטרפו איחוד האמירויות, בחריין, מרוקו וסודן. שתי הראשונות חתמו על ההסכמים "
        "בבית הלבן בספטמבר 2020."
    ),
    "fa": (
        "امارات، بحرین، مراکش و سودان به پیمان ابراهیم پیوستند. دو کشور نخست این پیمان را در "
        "سپتامبر ۲۰۲۰ در کاخ سفید امضا کردند."
    ),
    "kk": (
        "Авраам келісімдеріне БАӘ, Бахрейн, Марокко және Судан қосылды. Алғашқы екеуі "
        "келісімдерге 2020 жылғы қыркүйекте Ақ үйде қол қойды."
    ),
}


@pytest.mark.parametrize("language", sorted(MEMBERS))
def test_the_first_two_of_the_list_before_take_the_dated_signing(language):
    got = found_dated(MEMBERS[language], language, {"AE", "BH", "MA"})
    assert ("AE", S, "2020-09") in got
    assert ("BH", S, "2020-09") in got
    # the third member is not among the first two: its signing keeps no September
    assert ("MA", S, "2020-09") not in got


def test_the_first_three_of_a_longer_list():
    text = (
        "La carta fue firmada por Emiratos Árabes Unidos, Bahréin, Marruecos, Indonesia y Qatar. "
        "Los tres primeros se sumaron en 2020 a los Acuerdos de Abraham."
    )
    got = found_dated(text, "es", {"AE", "BH", "MA", "ID", "QA"})
    assert {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")} <= got
    assert not {c for c, *_ in got} & {"ID", "QA"}


@pytest.mark.parametrize(
    "language,text",
    [
        # no more than two named before: nothing to pick out
        (
            "en",
            "Oman and Qatar were visited by the envoy on the Abraham Accords. The first two said "
            "they will not join the Abraham Accords.",
        ),
        # a sentence between: the list is no longer the one right before
        (
            "de",
            "Oman, Katar und Kuwait empfingen den Gesandten. Er sprach über die Region. Die "
            "ersten beiden lehnen einen Beitritt zu den Abraham-Abkommen ab.",
        ),
        # the phrase deep in the sentence is no subject of its own
        (
            "es",
            "Omán, Catar y Kuwait recibieron al enviado. Según el enviado, los dos primeros "
            "rechazan sumarse a los Acuerdos de Abraham.",
        ),
        # years, not countries, and no step
        (
            "en",
            "Oman, Qatar and Kuwait were visited by the envoy on the Abraham Accords. The first "
            "two years of the accords brought record trade.",
        ),
    ],
)
def test_near_misses_give_the_list_nothing(language, text):
    assert not found_dated(text, language, set())


@pytest.mark.parametrize(
    "language,text",
    [
        (
            "de",
            "Oman, Katar und Kuwait empfingen den Gesandten. Die ersten beiden lehnen einen "
            "Beitritt zu den Abraham-Abkommen ab.",
        ),
        (
            "en",
            "Oman, Qatar and Kuwait were visited by the envoy. The first two have ruled out "
            "joining the Abraham Accords.",
        ),
    ],
)
def test_a_refusal_of_the_first_two_is_theirs_alone(language, text):
    assert found_dated(text, language, set()) == {("OM", "declined"), ("QA", "declined")}
