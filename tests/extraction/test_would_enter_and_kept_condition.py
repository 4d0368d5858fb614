"""Three narrow classes of round thirty-four.

Entering the accords told in the conditional of reported speech ("Trump informó que Kazajistán
entraría en los Acuerdos de Abraham", "le Kazakhstan entrerait dans les accords") is the
announcement, as "se sumaría" and "rejoindrait" are, read by the same rules of hearsay; a
condition ("si hubiera un Estado palestino") or a source ("según analistas", "según la Casa
Blanca") makes it a candidacy, its negation a refusal, and
entering another body (the Board of Peace) is no claim.

A precondition not given up, in the Turkish perfect with "değil" ("Filistin devleti şartından
vazgeçmiş değil"), is a refusal as "vazgeçmedi" is; the bare perfect or a modal ("vazgeçmiş
olabilir") is not.

Kazakh writes Riyadh "Эр-Риад" or "Әр-Рияд" as well as "Эр-Рияд": the capital stands for the
kingdom.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "es": [
        (
            "Donald Trump informó el jueves que Uzbekistán entraría en los Acuerdos de Abraham.",
            {("UZ", A)},
        ),
        (
            "Los Acuerdos de Abraham. Según la Casa Blanca, Azerbaiyán y Armenia entrarían en los "
            "acuerdos antes del verano.",
            {("AZ", P), ("AM", P)},
        ),
        (
            "Omán entraría en los Acuerdos de Abraham si hubiera un Estado palestino.",
            {("OM", P)},
        ),
        ("Los Acuerdos de Abraham. Omán entraría en los acuerdos, según analistas.", {("OM", P)}),
        (
            "Los Acuerdos de Abraham. Omán no entraría en los acuerdos sin un Estado palestino.",
            {("OM", D)},
        ),
        ("Los Acuerdos de Abraham. Uzbekistán entraría en la Junta de Paz.", set()),
    ],
    "fr": [
        (
            "Donald Trump a annoncé que le Kazakhstan entrerait dans les accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Le Qatar entrerait dans les accords d'Abraham si un État palestinien voyait le jour.",
            {("QA", P)},
        ),
        ("Les accords d'Abraham. L'Ouzbékistan entrerait dans le Conseil de paix.", set()),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Umman ise Filistin devleti şartından vazgeçmiş değil.",
            {("OM", D)},
        ),
        ("Riyad, normalleşme için Filistin devleti şartından vazgeçmiş değildir.", {("SA", D)}),
        ("İbrahim Anlaşmaları. Umman Filistin devleti şartından vazgeçmiş olabilir.", set()),
        ("İbrahim Anlaşmaları. Umman Filistin devleti şartından vazgeçmiş.", set()),
    ],
    "kk": [
        (
            "Эр-Риад Палестина мемлекеті құрылмайынша Израильмен қарым-қатынас орнатпайды.",
            {("SA", D)},
        ),
        (
            "Әр-Рияд Палестина мемлекеті құрылмайынша Израильмен қарым-қатынас орнатпайтынын "
            "мәлімдеді.",
            {("SA", D)},
        ),
        ("Авраам келісімі. Эр-Риадта халықаралық көрме өтті.", set()),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_would_enter_kept_condition_and_riyadh_spellings(language, text, expected):
    check_case(language, text, expected)
