"""Round forty-three, a country named "as a further candidate" or "as the next candidate" ("Trump
nannte erneut Saudi-Arabien als weiteren Kandidaten", "Oman wird als neuer Kandidat gehandelt",
"cited Saudi Arabia as the next candidate", "see Oman as another candidate"): a candidacy,
prospective, as "als nächsten Kandidaten" and "as a candidate" were (`cues.prospective`, de en;
French "comme un autre candidat", Spanish "como otro candidato", Russian "следующим кандидатом",
Turkish "bir sonraki aday olarak" and Indonesian "sebagai kandidat berikutnya" are read already,
and have cases here). Near misses: a person named as a further candidate for an election, and a
further candidate with no "as", give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

_KZ = ("KZ", A)

CASES = {
    "de": [
        (
            "Kasachstan tritt den Abraham-Abkommen bei. Trump nannte erneut Saudi-Arabien als"
            " weiteren Kandidaten.",
            {_KZ, ("SA", P)},
        ),
        (
            "Kasachstan tritt den Abraham-Abkommen bei. Oman wird als neuer Kandidat gehandelt.",
            {_KZ, ("OM", P)},
        ),
        (
            "Kasachstan tritt den Abraham-Abkommen bei. Die Partei nominierte Müller als weiteren"
            " Kandidaten für die Wahl.",
            {_KZ},
        ),
        (
            "Kasachstan tritt den Abraham-Abkommen bei. Frankreich schickt einen weiteren"
            " Kandidaten ins Rennen um den UN-Posten.",
            {_KZ},
        ),
    ],
    "en": [
        (
            "Kazakhstan joined the Abraham Accords. Trump again cited Saudi Arabia as the next"
            " candidate.",
            {_KZ, ("SA", P)},
        ),
        (
            "Kazakhstan joined the Abraham Accords. Analysts see Oman as another candidate.",
            {_KZ, ("OM", P)},
        ),
        (
            "Kazakhstan joined the Abraham Accords. France fielded another candidate for the UN"
            " post.",
            {_KZ},
        ),
    ],
    "fr": [
        (
            "Le Kazakhstan rejoint les accords d'Abraham. Trump a cité l'Arabie saoudite comme un"
            " autre candidat.",
            {_KZ, ("SA", P)},
        ),
    ],
    "es": [
        (
            "Kazajistán se une a los Acuerdos de Abraham. Trump volvió a mencionar a Arabia Saudita"
            " como otro candidato.",
            {_KZ, ("SA", P)},
        ),
    ],
    "ru": [
        (
            "Казахстан присоединился к Авраамовым соглашениям. Трамп снова назвал Саудовскую"
            " Аравию следующим кандидатом.",
            {_KZ, ("SA", P)},
        ),
    ],
    "tr": [
        (
            "Kazakistan İbrahim Anlaşmaları'na katıldı. Trump, Suudi Arabistan'ı yeniden bir sonraki"
            " aday olarak gösterdi.",
            {_KZ, ("SA", P)},
        ),
    ],
    "id": [
        (
            "Kazakhstan bergabung dengan Abraham Accords. Trump kembali menyebut Arab Saudi sebagai"
            " kandidat berikutnya.",
            {_KZ, ("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_named_as_further_candidate(language, text, expected):
    check_case(language, text, expected)
