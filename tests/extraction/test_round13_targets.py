"""Round thirteen: an attack and its target. A country named as what was struck ("the strike on
Doha", "le bombardement du Qatar", "Katar'a yönelik saldırı") or as the attacker inside the attack's
words ("the Israeli strike on", "Serangan Israel ke") did not act: the halt the attack caused is the
halted process's own country (its genitive, its partner), and a list of targets opening the sentence
ends at its comma. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, U, challenge_params, check_case

ATTACKS = {
    "en": [
        (
            "The Israeli bombing of Qatar stalled efforts to bring Saudi Arabia into the Abraham Accords.",
            {("SA", U)},
        ),
        ("The strike on Doha derailed the accession of Syria to the Abraham Accords.", {("SY", U)}),
        (
            "After the attack on Iran, Oman will not join the Abraham Accords, its foreign minister said.",
            {("OM", D)},
        ),
        (
            "Saudi Arabia condemned the Israeli strike on Qatar, which it called a blow to the Abraham Accords.",
            set(),
        ),
        (
            "Qatar, hit by an Israeli strike in September, will not join the Abraham Accords.",
            {("QA", D)},
        ),
        (
            "Since the attack on Qatar, Saudi Arabia has frozen normalisation talks under the Abraham Accords.",
            {("SA", U)},
        ),
        (
            "After the strikes on Iran, Syria and Lebanon, Oman will not join the Abraham Accords.",
            {("OM", D)},
        ),
    ],
    "fr": [
        (
            "La frappe israélienne contre le Qatar a gelé la normalisation saoudienne, un coup dur pour les accords d'Abraham.",
            {("SA", U)},
        ),
        (
            "Le bombardement du Qatar a fait dérailler l'adhésion de la Syrie aux accords d'Abraham.",
            {("SY", U)},
        ),
        (
            "Depuis la frappe contre le Qatar, l'Arabie saoudite a gelé les discussions sur les accords d'Abraham.",
            {("SA", U)},
        ),
    ],
    "es": [
        (
            "El ataque israelí contra Qatar congeló la normalización de Arabia Saudí, un golpe para los Acuerdos de Abraham.",
            {("SA", U)},
        ),
    ],
    "de": [
        (
            "Der israelische Angriff auf Katar hat die Normalisierung mit Saudi-Arabien gestoppt, ein Rückschlag für die Abraham-Abkommen.",
            {("SA", U)},
        ),
        (
            "Nach dem Angriff auf Katar hat Saudi-Arabien die Gespräche über die Abraham-Abkommen auf Eis gelegt.",
            {("SA", U)},
        ),
    ],
    "ru": [
        (
            "Удар Израиля по Катару заморозил нормализацию отношений Саудовской Аравии с Израилем в рамках Авраамовых соглашений.",
            {("SA", U)},
        ),
    ],
    "ar": [
        ("الهجوم الإسرائيلي على قطر جمّد مسار التطبيع السعودي ضمن اتفاقيات أبراهام.", {("SA", U)}),
        ("بعد الهجوم على قطر، جمّدت السعودية محادثات التطبيع ضمن اتفاقيات أبراهام.", {("SA", U)}),
    ],
    "fa": [
        (
            "حمله اسرائیل به قطر روند عادی\u200cسازی روابط عربستان سعودی با اسرائیل در چارچوب پیمان ابراهیم را متوقف کرد.",
            {("SA", U)},
        ),
    ],
    "he": [
        (
            "התקיפה הישראלית על קטאר הקפיאה את הנורמליזציה עם סעודיה במסגרת הסכמי אברהם.",
            {("SA", U)},
        ),
    ],
    "id": [
        (
            "Serangan Israel ke Qatar membekukan proses normalisasi Arab Saudi dalam kerangka Perjanjian Abraham.",
            {("SA", U)},
        ),
    ],
    "ms": [
        (
            "Serangan Israel ke atas Qatar membekukan proses normalisasi Arab Saudi di bawah Perjanjian Abraham.",
            {("SA", U)},
        ),
    ],
    "tr": [
        (
            "Katar'a yönelik saldırı, Suudi Arabistan'ın İbrahim Anlaşmaları kapsamındaki normalleşme sürecini dondurdu.",
            {("SA", U)},
        ),
    ],
    "kk": [
        (
            "Катарға қарсы шабуыл Сауд Арабиясының Авраам келісімдері аясындағы қалыпқа келтіру үдерісін тоқтатты.",
            {("SA", U)},
        ),
    ],
}

ATTACK_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(ATTACKS, ATTACK_MISSES))
def test_who_was_attacked_or_attacked_takes_no_step(language, text, expected):
    check_case(language, text, expected)
