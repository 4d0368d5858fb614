"""Round thirty-four, the lead of an article past the short lines above it: a kicker, a byline
and a date line ("NAHOST-KRACHER", "Von MARKUS BRENNER", "Veröffentlicht am 23.04.2026 - 17:41
Uhr") are page furniture, not sentences of the lead, so accords named in the first sentences of
at least four words make the whole article about them, as they do when the lead opens the text
("Im November verkündete dann Kasachstan seinen Beitritt", far below, is a joining of the
accords). Near misses: the accords named only after three sentences of the lead, and a lead
about another agreement, leave a joining far below them unread. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

_FILLER = {
    "de": (
        "Der Präsident sprach lange mit Journalisten. Die Stimmung im Saal war gut. "
        "Danach gab es ein Abendessen. Die Gäste blieben bis spät in die Nacht. "
        "Am Morgen reisten alle wieder ab. "
    ),
    "en": (
        "The president spoke at length to reporters. The mood in the room was good. "
        "A dinner followed. The guests stayed late into the night. "
        "In the morning everyone left again. "
    ),
    "fr": (
        "Le président a parlé longuement aux journalistes. L'ambiance dans la salle était bonne. "
        "Un dîner a suivi. Les invités sont restés tard dans la nuit. "
        "Le matin, tout le monde est reparti. "
    ),
    "es": (
        "El presidente habló largamente con los periodistas. El ambiente en la sala era bueno. "
        "Siguió una cena. Los invitados se quedaron hasta tarde. "
        "Por la mañana todos se fueron. "
    ),
}

_HEAD = {
    "de": "NAHOST\nGroßer Abend in Washington!\n\nVon MARKUS BRENNER\n\nVeröffentlicht am 23.04.2026\n\n",
    "en": "WORLD\nA big night in Washington\n\nBy JANE DOE\n\nPublished April 23, 2026\n\n",
    "fr": "MONDE\nGrande soirée à Washington\n\nPar JEAN DUPONT\n\nPublié le 23 avril 2026\n\n",
    "es": "MUNDO\nGran noche en Washington\n\nPor JUAN PÉREZ\n\nPublicado el 23 de abril de 2026\n\n",
}

_LEAD = {
    "de": "Es war ein Abend voller Reden. Trump sprach stundenlang über die Abraham-Abkommen. ",
    "en": "It was an evening full of speeches. Trump spoke for hours about the Abraham Accords. ",
    "fr": "Ce fut une soirée pleine de discours. Trump a parlé des heures des accords d'Abraham. ",
    "es": "Fue una noche llena de discursos. Trump habló horas de los Acuerdos de Abraham. ",
}

_OTHER_LEAD = {
    "de": "Es war ein Abend voller Reden. Trump sprach stundenlang über ein Handelsabkommen. ",
    "en": "It was an evening full of speeches. Trump spoke for hours about a trade deal. ",
    "fr": "Ce fut une soirée pleine de discours. Trump a parlé des heures d'un accord commercial. ",
    "es": "Fue una noche llena de discursos. Trump habló horas de un acuerdo comercial. ",
}

_LATE_LEAD = {
    "de": "Es war ein Abend voller Reden. Eine Band spielte alte Lieder. Viele Gäste tanzten bis Mitternacht. Trump sprach über die Abraham-Abkommen. ",
    "en": "It was an evening full of speeches. A band played old songs. Many guests danced until midnight. Trump spoke about the Abraham Accords. ",
    "fr": "Ce fut une soirée pleine de discours. Un orchestre jouait de vieilles chansons. Beaucoup d'invités ont dansé. Trump a parlé des accords d'Abraham. ",
    "es": "Fue una noche llena de discursos. Una banda tocó viejas canciones. Muchos invitados bailaron hasta medianoche. Trump habló de los Acuerdos de Abraham. ",
}

_JOINING = {
    "de": "Im November verkündete dann Kasachstan seinen Beitritt.",
    "en": "In November Kazakhstan then announced its accession.",
    "fr": "En novembre, le Kazakhstan a ensuite annoncé son adhésion.",
    "es": "En noviembre, Kazajistán anunció después su adhesión.",
}


def _cases(lang):
    head, filler, joining = _HEAD[lang], _FILLER[lang], _JOINING[lang]
    return [
        (head + _LEAD[lang] + filler + joining, {("KZ", A)}),
        (head + _OTHER_LEAD[lang] + filler + joining, set()),
        (head + _LATE_LEAD[lang] + filler + filler + joining, set()),
    ]


CASES = {lang: _cases(lang) for lang in ("de", "en", "fr", "es")}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_lead_past_furniture(language, text, expected):
    check_case(language, text, expected)
