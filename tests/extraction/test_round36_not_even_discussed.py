"""Round thirty-six, a joining that "is not even discussed": a refusal told as a passive with
no agent ("вопрос о присоединении даже не обсуждается", "joining is not even being discussed",
"ni siquiera se discute", "n'est même pas discutée", "werde nicht einmal diskutiert",
"katılımın tartışılmadığını", "tidak dibahas") is `declined`, like "not on the agenda"; before,
the joining noun alone gave a candidacy or an announcement. Data: `cues.declined` (en, es, fr,
de, ru, tr, id, ms). Near misses: a joining that is being discussed is no refusal, and a
meeting where something else was not discussed gives nothing. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "ru": [
        (
            "В министерстве иностранных дел Пакистана ответили, что вопрос о присоединении к "
            "Авраамовым соглашениям даже не обсуждается.",
            {("PK", D)},
        ),
        (
            "Присоединение Малайзии к Авраамовым соглашениям вообще не обсуждается, подчеркнул министр.",
            {("MY", D)},
        ),
    ],
    "en": [
        (
            "A spokesman in Islamabad said joining the Abraham Accords is not even being discussed.",
            {("PK", D)},
        ),
        (
            "For Malaysia, accession to the Abraham Accords is not under discussion, the minister said.",
            {("MY", D)},
        ),
    ],
    "es": [
        (
            "El portavoz dijo que la adhesión de Pakistán a los Acuerdos de Abraham ni siquiera se "
            "discute.",
            {("PK", D)},
        ),
    ],
    "fr": [
        (
            "Le ministre a affirmé que l'adhésion du Pakistan aux accords d'Abraham n'est même pas "
            "discutée.",
            {("PK", D)},
        ),
    ],
    "de": [
        (
            "Ein Beitritt Pakistans zu den Abraham-Abkommen werde in Islamabad nicht einmal "
            "diskutiert, sagte der Sprecher.",
            {("PK", D)},
        ),
    ],
    "tr": [
        (
            "Pakistan Dışişleri Bakanlığı, İbrahim Anlaşmaları'na katılımın tartışılmadığını bile "
            "söyledi.",
            {("PK", D)},
        ),
    ],
    "id": [
        (
            "Jakarta menegaskan keikutsertaan Indonesia dalam Perjanjian Abraham bahkan tidak dibahas.",
            {("ID", D)},
        ),
    ],
    "ms": [
        (
            "Menteri berkata penyertaan Malaysia dalam Perjanjian Abraham langsung tidak dibincangkan.",
            {("MY", D)},
        ),
    ],
}

# Near misses: no refusal where the joining is discussed, or where the thing not discussed is
# something else.
NEAR_MISSES = {
    "en": [
        "Officials said Pakistan's accession to the Abraham Accords is being discussed in Washington.",
        "The Abraham Accords were mentioned, but Pakistan's trade quota was not even discussed.",
    ],
    "ru": [
        "Источники сообщили, что присоединение Азербайджана к Авраамовым соглашениям обсуждается в "
        "Вашингтоне.",
    ],
    "de": [
        "Ein Beitritt Aserbaidschans zu den Abraham-Abkommen wird in Washington diskutiert.",
    ],
    "es": [
        "Según fuentes diplomáticas, la adhesión de Pakistán a los Acuerdos de Abraham se discute en "
        "Washington.",
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_not_even_discussed(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(
    ("language", "text"),
    [(language, text) for language, texts in NEAR_MISSES.items() for text in texts],
)
def test_discussed_is_no_refusal(language, text):
    from tests.extraction.found import found

    assert not any(status == D for _, status in found(text, language))
