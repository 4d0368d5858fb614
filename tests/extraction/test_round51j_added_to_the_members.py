"""Round fifty-one, a new member told as added to the accords or to their members ("auxquels
s'est ajouté le Kazakhstan", "to which Kazakhstan was added", "a los que se añadió Kazajistán",
"Kasachstan wurde den Abkommen hinzugefügt", "yang kemudian diikuti Kazakhstan", "التي أضيفت
إليها كازاخستان", "שאליהם נוספה קזחסטן", "به آن اضافه شد", "Kazakistan'ın da eklendiği İbrahim
Anlaşmaları"): a joining ("joined": announced for a step still recent, as Kazakhstan's of November
2025, signed for a first signatory of 2020-2021). A relative word governed by a preposition
opening the cue (", auxquels s'est ajouté", ", a los que se añadió", ", to which") gives it to the
country after the verb, not to the list before the relative. Near misses: a country added to
another list (sanctions, guests), an effort to bring a country in that has not succeeded, and a
list of signatories that has not moved ("la liste des signataires n'a pas bougé", "the list of
signatories has not changed", `questions` fr en es de ru): neither a joining nor a signing for the
country named before it, whose announcement stays. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, S, challenge_params, found_dated

CASES = {
    "fr": [
        (
            "Les accords d'Abraham, auxquels s'est ajouté le Kazakhstan en novembre, restent le "
            "grand succès diplomatique de Trump.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Les accords d'Abraham réunissent les Émirats, Bahreïn, le Maroc et le Soudan, "
            "auxquels s'est ajouté le Kazakhstan en novembre.",
            {("AE", S), ("BH", S), ("MA", S, None), ("SD", S), ("KZ", A, "2025-11")},
        ),
        (
            "Le Kazakhstan est venu s'ajouter aux accords d'Abraham ce mois-ci.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Les accords d'Abraham, auquel s'est ajouté le Maroc en décembre 2020, ont cinq ans.",
            {("MA", S, "2020-12")},
        ),
        ("Depuis les accords d'Abraham, la liste des signataires n'a pas bougé.", set()),
        (
            "Le Kazakhstan a rejoint les accords d'Abraham ce mois-ci, mais la liste des "
            "signataires n'a pas bougé d'un nom.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Le Kazakhstan a rejoint les accords d'Abraham ce mois-ci, mais la liste des "
            "signataires est restée la même.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Après les accords d'Abraham, Washington a ajouté le Kazakhstan à la liste des pays "
            "sanctionnés.",
            set(),
        ),
        (
            "À la cérémonie des accords d'Abraham, la liste des invités, à laquelle s'est ajouté "
            "le Kazakhstan, était longue.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords, to which Kazakhstan was added in November, remain Trump's "
            "proudest achievement.",
            {("KZ", A, "2025-11")},
        ),
        (
            "The Abraham Accords bring together the UAE, Bahrain, Morocco and Sudan, to which "
            "Kazakhstan was added this month.",
            {("AE", S), ("BH", S), ("MA", S, None), ("SD", S), ("KZ", A, "2025-11")},
        ),
        (
            "Kazakhstan was formally added to the Abraham Accords this month.",
            {("KZ", A, "2025-11")},
        ),
        (
            "After the Abraham Accords, Washington added Kazakhstan to the list of sanctioned "
            "states.",
            set(),
        ),
        ("Since the Abraham Accords were signed, the list of signatories has not moved.", set()),
        (
            "Kazakhstan announced its accession to the Abraham Accords this month, but the list "
            "of signatories has not changed.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham reúnen a Emiratos, Bahréin, Marruecos y Sudán, a los que se "
            "añadió Kazajistán en noviembre.",
            {("AE", S), ("BH", S), ("MA", S, None), ("SD", S), ("KZ", A, "2025-11")},
        ),
        (
            "Kazajistán fue añadido este mes a la lista de firmantes de los Acuerdos de Abraham.",
            {("KZ", A, "2025-11")},
        ),
        ("Tras los Acuerdos de Abraham, Kazajistán fue añadido a la lista de sanciones.", set()),
        (
            "Kazajistán anunció este mes su adhesión a los Acuerdos de Abraham, pero la lista de "
            "firmantes no se ha movido.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама, к которым в ноябре добавился Казахстан, остаются в силе.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Гости церемонии соглашений Авраама, к которым добавился Казахстан, собрались в "
            "Вашингтоне.",
            set(),
        ),
        (
            "В ноябре Казахстан добавился к списку участников соглашений Авраама.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Казахстан в ноябре объявил о присоединении к соглашениям Авраама, но список "
            "подписантов так и не изменился.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Санкции против Казахстана, к которым добавился новый пакет, осложняют соглашения "
            "Авраама.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen, zu denen im November Kasachstan hinzugefügt wurde, gelten "
            "weiter.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Kasachstan kündigte diesen Monat seinen Beitritt zu den Abraham-Abkommen an, doch die "
            "Liste der Unterzeichner hat sich nicht verändert.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "id": [
        (
            "Abraham Accords, yang kemudian diikuti Kazakhstan pada November, masih berlaku.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham, yang kemudian diikuti oleh Kazakhstan pada November, kekal "
            "menjadi kebanggaan Washington.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام، التي أضيفت إليها كازاخستان في نوفمبر، ما زالت قائمة.",
            {("KZ", A, "2025-11")},
        ),
        (
            "تتحدث واشنطن كثيرا عن اتفاقيات أبراهام. وقد نجحت في نوفمبر في إضافة كازاخستان إلى "
            "القائمة.",
            {("KZ", A, "2025-11")},
        ),
        ("تسعى واشنطن إلى ضم لبنان إلى اتفاقيات أبراهام.", {("LB", P)}),
        ("بعد اتفاقيات أبراهام، أضافت واشنطن كازاخستان إلى قائمة العقوبات.", set()),
    ],
    "he": [
        ("הסכמי אברהם, שאליהם נוספה קזחסטן בנובמבר, עדיין בתוקף.", {("KZ", A, "2025-11")}),
    ],
    "fa": [
        (
            "پیمان ابراهیم که قزاقستان در نوامبر به آن اضافه شد، همچنان پابرجاست.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "tr": [
        (
            "Kasımda Kazakistan'ın da eklendiği İbrahim Anlaşmaları hâlâ yürürlükte.",
            {("KZ", A, "2025-11")},
        ),
        ("Kazakistan kasımda İbrahim Anlaşmalarına eklendi.", {("KZ", A, "2025-11")}),
        ("İbrahim Anlaşmalarından sonra Kazakistan yaptırım listesine eklendi.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_added_to_the_members(language, text, expected):
    assert found_dated(text, language, {"KZ", "MA"}) == expected
