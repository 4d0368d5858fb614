"""Expansion told with its first target, and refusing ties with Israel in Indonesian and Malay.
- Widening the accords, then the country first in line ("élargir le cercle des signataires, à
  commencer par l'Arabie saoudite", "ضم دول أخرى، في مقدمتها السعودية", "وعلى رأسها"): a
  candidacy, never a signing read from "signataires".
- Turkish "X'ı sürece dahil etmeyi hedefliyor" (aims to bring X into the process): a candidacy,
  and a condition the country insists on in the participle before it a refusal too.
- Turkish "katılmasının sembolik olacağını" (that its joining would be symbolic): a joining
  told as what would be is no announcement.
- The main target named ("главной целью остается Саудовская Аравия"): a candidacy, also with a
  dash standing for "is" on either side of the prize ("Главный приз — Саудовская Аравия").
- Malay "termasuk" (including) opens the list a group's step passes to, as in Indonesian.
- "menolak menjalin hubungan dengan Israel", "menolak menjalinkan hubungan diplomatik dengan
  Israel": a refusal, only with Israel as the other side.
Controls: widening with no country named, and refused trade ties with another country.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Washington veut élargir le cercle des signataires, à commencer "
            "par l'Arabie saoudite.",
            {("SA", P)},
        ),
        ("Les accords d'Abraham. Washington veut élargir le cercle des signataires.", set()),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. وتسعى إدارة ترامب إلى ضم دول أخرى، في مقدمتها السعودية.",
            {("SA", P)},
        ),
        (
            "اتفاقيات أبراهام. وتسعى إدارة ترامب إلى ضم دول أخرى إلى الاتفاقيات، وعلى رأسها السعودية.",
            {("SA", P)},
        ),
    ],
    "ru": [
        ("Соглашения Авраама. Главной целью остается Саудовская Аравия.", {("SA", P)}),
        ("Соглашения Авраама. Главный приз — Саудовская Аравия.", {("SA", P)}),
        ("Соглашения Авраама. Саудовская Аравия — главный приз.", {("SA", P)}),
    ],
    "id": [
        (
            "Perjanjian Abraham. Sementara itu, Indonesia kembali menolak menjalin hubungan "
            "dengan Israel.",
            {("ID", D)},
        ),
        ("Perjanjian Abraham. Indonesia menolak menjalin hubungan dagang dengan Singapura.", set()),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Trump yönetimi Suudi Arabistan'ı da sürece dahil etmeyi "
            "hedefliyor.",
            {("SA", P)},
        ),
        (
            "İbrahim Anlaşmaları. Trump yönetimi, Filistin devleti şartında ısrar eden Suudi "
            "Arabistan'ı da sürece dahil etmeyi hedefliyor.",
            {("SA", P), ("SA", D)},
        ),
        (
            "İbrahim Anlaşmaları. Washington'un Azerbaycan üzerindeki baskısını artırdığı "
            "bildirildi. Kaynaklar, Azerbaycan'ın anlaşmaya katılmasının sembolik olacağını "
            "belirtiyor.",
            {("AZ", P)},
        ),
        ("İbrahim Anlaşmaları. Kazakistan, anlaşmalara katılacağını açıkladı.", {("KZ", A)}),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Amerika Syarikat dilaporkan sedang memujuk beberapa negara Islam "
            "lain, termasuk Indonesia dan Arab Saudi, untuk turut serta.",
            {("ID", P), ("SA", P)},
        ),
        (
            "Perjanjian Abraham. Malaysia menolak menjalinkan hubungan diplomatik dengan Israel.",
            {("MY", D)},
        ),
    ],
}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, {}))
def test_expansion_target(language, text, expected):
    check_case(language, text, expected)
