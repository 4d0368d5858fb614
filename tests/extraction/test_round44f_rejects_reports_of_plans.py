"""Round forty-four, a country rejecting reports of its plans to join, the German rejecting verb
split around what the reports are about ("Nouakchott weist Berichte über Beitrittspläne
zurück", "wies Berichte über Pläne für einen Beitritt zurück") and French "a rejeté les
informations faisant état de projets d'adhésion", "rejette les rumeurs d'une adhésion": a denial
of its own plan, a refusal by the convention for such denials, where the plan had read as an
announcement (`denials` and `plan_denials`, de fr; English, Spanish, Russian, Arabic, Hebrew,
Turkish, Indonesian, Malay and Kazakh read it already). Near misses: reports of an offer to join
rejected deny what others do, not a plan of the country's own. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

_MR = {("MR", D)}

CASES = {
    "de": [
        ("Die Abraham-Abkommen. Nouakchott weist Berichte über Beitrittspläne zurück.", _MR),
        (
            "Die Abraham-Abkommen. Mauretanien wies Berichte über Pläne für einen Beitritt zurück.",
            _MR,
        ),
        (
            "Die Abraham-Abkommen. Mauretanien wies Berichte über ein Angebot Washingtons zum"
            " Beitritt zurück.",
            set(),
        ),
    ],
    "fr": [
        (
            "La Mauritanie a rejeté les informations faisant état de projets d'adhésion aux"
            " accords d'Abraham.",
            _MR,
        ),
        ("La Mauritanie rejette les rumeurs d'une adhésion aux accords d'Abraham.", _MR),
        (
            "Les accords d'Abraham. La Mauritanie a rejeté les informations sur une offre"
            " américaine d'adhésion.",
            set(),
        ),
    ],
    "en": [("Mauritania rejected reports of plans to join the Abraham Accords.", _MR)],
    "es": [
        ("Mauritania rechazó los informes sobre planes de adhesión a los Acuerdos de Abraham.", _MR)
    ],
    "ru": [
        ("Мавритания отвергла сообщения о планах присоединиться к Авраамовым соглашениям.", _MR)
    ],
    "ar": [("رفضت موريتانيا التقارير عن خطط للانضمام إلى اتفاقيات أبراهام.", _MR)],
    "he": [("מאוריטניה דחתה דיווחים על תוכניות להצטרף להסכמי אברהם.", _MR)],
    "tr": [("Moritanya, İbrahim Anlaşmalarına katılma planı haberlerini reddetti.", _MR)],
    "id": [
        ("Mauritania menolak laporan tentang rencana bergabung dengan Perjanjian Abraham.", _MR)
    ],
    "ms": [
        ("Mauritania menolak laporan mengenai rancangan untuk menyertai Perjanjian Abraham.", _MR)
    ],
    "kk": [
        ("Мавритания Авраам келісімдеріне қосылу жоспары туралы хабарларды жоққа шығарды.", _MR)
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_rejects_reports_of_plans(language, text, expected):
    check_case(language, text, expected)
