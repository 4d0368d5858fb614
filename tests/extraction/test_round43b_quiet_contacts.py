"""Round forty-three, talks told as quiet or discreet contacts under way with a country or its
capital ("מתנהלים מגעים שקטים עם באקו", "تجري اتصالات هادئة مع باكو", "Es laufen stille Kontakte
mit Aserbaidschan", "с Азербайджаном идут негласные контакты"): the country's talks, negotiating
(negotiating cues he ar de ru tr fa ms; English "quiet contacts with", French "contacts
discrets", Spanish "contactos discretos" and Indonesian "kontak diam-diam" were read already;
Kazakh not written). Near misses: a quiet talk or holiday of one person with someone in a capital
gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import N, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Azerbaijan is the next candidate for the Abraham Accords, and quiet contacts with "
            "Baku are under way.",
            {("AZ", N), ("AZ", P)},
        ),
    ],
    "he": [
        (
            "אזרבייג'ן היא המועמדת הבאה להסכמי אברהם, ובמקביל מתנהלים מגעים שקטים עם באקו בתיווך אמריקאי.",
            {("AZ", N), ("AZ", P)},
        ),
        ("הסכמי אברהם על הפרק: מתנהלים מגעים שקטים עם אזרבייג'ן.", {("AZ", N)}),
        ("הסכמי אברהם על הפרק. שר החוץ ניהל שיחה שקטה עם אשתו בבאקו.", set()),
    ],
    "ar": [
        (
            "أذربيجان هي المرشحة التالية لاتفاقيات أبراهام، وتجري اتصالات هادئة مع باكو بوساطة أمريكية.",
            {("AZ", N), ("AZ", P)},
        ),
        ("اتفاقيات أبراهام على الطاولة: تجري اتصالات هادئة مع أذربيجان.", {("AZ", N)}),
        ("اتفاقيات أبراهام على الطاولة. قضى الوزير عطلة هادئة مع عائلته في باكو.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen stehen auf der Tagesordnung: Es laufen stille Kontakte mit "
            "Aserbaidschan.",
            {("AZ", N)},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения на повестке: с Азербайджаном идут негласные контакты.",
            {("AZ", N)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları gündemde. Bakan, Azerbaycan'la sessiz görüşmeler yürütülüyor dedi.",
            {("AZ", N)},
        ),
    ],
    "fa": [
        (
            "توافق ابراهیم در دستور کار است: تماس‌های بی‌سروصدا با جمهوری آذربایجان ادامه دارد.",
            {("AZ", N)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham kembali dibincangkan: rundingan senyap dengan Azerbaijan sedang "
            "berlangsung.",
            {("AZ", N)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_quiet_contacts(language, text, expected):
    check_case(language, text, expected)
