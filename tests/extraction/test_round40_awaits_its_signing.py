"""Round forty, a country that "still awaits its signing": the signing is still ahead, so the
step is announced, not signed (rule 1). The cues held only a qualified signature ("its formal
signing", "su firma oficial", "التوقيع الرسمي"); a bare possessive one is read too: "awaits its
signing", "todavía espera su firma", "attend toujours sa signature", "wartet noch auf seine
Unterzeichnung", "hâlâ imzayı bekliyor", "تنتظر توقيعها", "ממתינה לחתימה", "در انتظار امضای
آن", "қол қоюды әлі де күтуде" (announced cues). Russian and Indonesian read it already. Near
misses: the signed first members next to it keep their signing. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "en": [
        ("Abraham Accords: Azerbaijan still awaits its signing.", {("AZ", A)}),
        (
            "The UAE signed the Abraham Accords in 2020, while Azerbaijan still awaits its signature.",
            {("AE", S), ("AZ", A)},
        ),
    ],
    "es": [("Acuerdos de Abraham: Azerbaiyán todavía espera su firma.", {("AZ", A)})],
    "fr": [("Accords d'Abraham : l'Azerbaïdjan attend toujours sa signature.", {("AZ", A)})],
    "de": [("Abraham-Abkommen: Aserbaidschan wartet noch auf seine Unterzeichnung.", {("AZ", A)})],
    "tr": [("İbrahim Anlaşmaları: Azerbaycan hâlâ imzayı bekliyor.", {("AZ", A)})],
    "ar": [("اتفاقيات أبراهام: أذربيجان لا تزال تنتظر توقيعها.", {("AZ", A)})],
    "he": [("הסכמי אברהם: אזרבייג'ן עדיין ממתינה לחתימה.", {("AZ", A)})],
    "fa": [("پیمان ابراهیم: آذربایجان هنوز در انتظار امضای آن است.", {("AZ", A)})],
    "kk": [("Авраам келісімдері: Әзірбайжан әлі де қол қоюды күтуде.", {("AZ", A)})],
    "ru": [("Соглашения Авраама: Азербайджан всё ещё ждёт подписания.", {("AZ", A)})],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_awaits_its_signing(language, text, expected):
    check_case(language, text, expected)
