"""Round forty-five, a position of support for a Palestinian state said to be unchanged, as a
joining country's ministry tells it: "Kazakhstan's position supporting an independent
Palestinian state remains unchanged", "позиция Казахстана в поддержку создания независимого
палестинского государства остается неизменной", "Палестина мемлекетін құруды қолдайтын ұстанымы
өзгеріссіз қалады": a stance, not a refusal (new key `supports`, a support word inside the split
"position ~ unchanged" refusal or right before its head, with the Palestinians named beside it;
`steps._supporting_position`). Near misses: a position on the Palestinian problem with no word
of support, and a precondition after the unchanged position, stay refusals. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, found

KZ = {("KZ", A)}

CASES = {
    "en": [
        (
            "Kazakhstan joined the Abraham Accords. The ministry said Kazakhstan's position "
            "supporting an independent Palestinian state within the 1967 borders remains "
            "unchanged.",
            KZ,
        ),
        (
            "The Abraham Accords keep growing. Uzbekistan's position on the Palestinian problem "
            "remains unchanged.",
            {("UZ", D)},
        ),
        (
            "The Abraham Accords keep growing. Saudi Arabia's position remains unchanged: no "
            "normalisation without a Palestinian state.",
            {("SA", D)},
        ),
    ],
    "ru": [
        (
            "Казахстан присоединился к Соглашениям Авраама. Представитель МИД подчеркнул, что "
            "позиция Казахстана в поддержку создания независимого палестинского государства "
            "остается неизменной.",
            KZ,
        ),
        (
            "Соглашения Авраама расширяются. Наша позиция по палестинской проблеме остается "
            "неизменной, заявил представитель МИД Узбекистана.",
            {("UZ", D)},
        ),
    ],
    "kk": [
        (
            "Қазақстан Авраам келісімдеріне қосылды. Министрлік өкілі Қазақстанның тәуелсіз "
            "Палестина мемлекетін құруды қолдайтын ұстанымы өзгеріссіз қалатынын атап өтті.",
            KZ,
        ),
    ],
    "fr": [
        (
            "Le Kazakhstan a rejoint les accords d'Abraham. Le ministère a souligné que la "
            "position du Kazakhstan en faveur d'un État palestinien indépendant reste inchangée.",
            KZ,
        ),
    ],
    "es": [
        (
            "Kazajistán se sumó a los Acuerdos de Abraham. El ministerio subrayó que la posición "
            "de Kazajistán en apoyo a un Estado palestino independiente sigue sin cambios.",
            KZ,
        ),
    ],
    "ar": [
        (
            "انضمت كازاخستان إلى الاتفاقيات الإبراهيمية. وأكدت الوزارة أن موقف كازاخستان الداعم "
            "لإقامة دولة فلسطينية مستقلة لم يتغير.",
            KZ,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_supporting_position(language, text, expected):
    assert found(text, language) == expected
