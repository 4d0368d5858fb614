"""Classes found by an unseen live blog and an opinion column (English), carried to the other
languages where they are said the same way: a denial told as a participle or gerund after the
statement that makes it ("issued a statement denying reports that ...", "un communiqué
démentant des informations", "un comunicado negando que", "بيانا نافية أن", "haberlerini
yalanlayarak", "хабарды жоққа шығарып") denies the rumour after it, which gives the rumour
no claim (since round forty-three the country's own denial of its joining is its refusal),
while a refusal said beside it still counts; an aside between two dashes that names no country and tells
no step ("has said — repeatedly, publicly, in writing — that it will not normalize") is no clause
break between the subject and the step after it, and an aside holding a clause of its own
("— and its diplomats agree —") stays one.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Libya's government issued a statement denying reports that "
            "Tripoli is about to join the accords.",
            {("LY", "declined")},
        ),
        (
            "The Abraham Accords. Libya's government issued a statement denying reports that it "
            "will join, and said it will not join.",
            {("LY", D)},
        ),
        (
            "The Abraham Accords. Libya's government issued a statement denying reports "
            "that Tripoli is about to join the accords. Its president said last September that "
            "Libya would join the accords once a Palestinian state exists.",
            {("LY", P, "2025-09"), ("LY", D, "2025-09")},
        ),
        (
            "The Abraham Accords. Libya's government issued a statement denying reports that "
            "Tripoli is about to join the accords. Libya would join the accords soon, the "
            "reports had said.",
            {("LY", D)},
        ),
        (
            "The Abraham Accords. Qatar has said — repeatedly, publicly, in writing — that it "
            "will not normalize without a Palestinian state.",
            {("QA", D)},
        ),
        (
            "The Abraham Accords. Qatar has said — and its diplomats agree — that it will not "
            "normalize.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le gouvernement libyen a publié un communiqué démentant des "
            "informations selon lesquelles Tripoli s'apprête à rejoindre les accords.",
            {("LY", "declined")},
        ),
        (
            "Les accords d'Abraham. Le Qatar a répété – publiquement, par écrit – qu'il ne "
            "normaliserait pas sans État palestinien.",
            {("QA", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. El Gobierno libio emitió un comunicado negando que Trípoli "
            "vaya a sumarse a los acuerdos.",
            {("LY", "declined")},
        ),
        (
            "Los Acuerdos de Abraham. Catar ha dicho – una y otra vez, por escrito – que no "
            "normalizará sin un Estado palestino.",
            {("QA", D)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. أصدرت الحكومة الليبية بيانا نافية أن تكون طرابلس بصدد الانضمام إلى "
            "الاتفاقيات.",
            set(),
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Libya hükümeti, Trablus'un anlaşmalara katılacağı haberlerini "
            "yalanlayarak açıklama yaptı.",
            {("LY", "declined")},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Ливия үкіметі Триполидің келісімдерге қосылатыны туралы хабарды "
            "жоққа шығарып, мәлімдеме жасады.",
            {("LY", "declined")},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Katar hat – wiederholt und öffentlich – erklärt, dass es ohne "
            "palästinensischen Staat nicht normalisieren werde.",
            {("QA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round23_asides_denials(language, text, expected):
    check_case(language, text, expected)
