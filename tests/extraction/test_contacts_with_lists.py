"""Contacts described as positive, constructive or intensive with a country ("positive contacts
with Azerbaijan and Uzbekistan were continuing", "contacts constructifs avec Bakou", "positive
Kontakte mit", "позитивные контакты с", "olumlu temaslar") are talks (`negotiating`); every
country of the list after the partner word takes them ("talks with Syria, Lebanon and Iraq"),
or before a postposition that closes a list (Turkish "Azerbaycan ve Özbekistan ile"), but not
a country a comma alone sets before the partner ("talks with Mauritania, Oman said", "Suudi
Arabistan, Umman ile görüşmelerini dondurdu": the subject). Plain contacts ("has longstanding
contacts with Israel") are none.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import N, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. The official said positive contacts with Azerbaijan and "
            "Uzbekistan were continuing.",
            {("AZ", N), ("UZ", N)},
        ),
        (
            "The Abraham Accords. Washington is holding talks with Syria, Lebanon and Iraq.",
            {("SY", N), ("LB", N), ("IQ", N)},
        ),
        (
            "The Abraham Accords. Washington is holding talks with Mauritania, Oman said.",
            {("MR", N)},
        ),
        (
            "The Abraham Accords. Kazakhstan has longstanding contacts with Israel.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Des contacts sont en cours avec l'Azerbaïdjan et "
            "l'Ouzbékistan, selon ce responsable.",
            {("AZ", N), ("UZ", N)},
        ),
        ("Les accords d'Abraham. Washington a des contacts constructifs avec Bakou.", {("AZ", N)}),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Es gebe positive Kontakte mit Aserbaidschan und Usbekistan, "
            "sagte der Beamte.",
            {("AZ", N), ("UZ", N)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Вашингтон ведет позитивные контакты с Баку и Ташкентом.",
            {("AZ", N), ("UZ", N)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Yetkili, Azerbaycan ve Özbekistan ile olumlu temasların "
            "sürdüğünü belirtti.",
            {("AZ", N), ("UZ", N)},
        ),
        (
            "İbrahim Anlaşmaları. Yetkili, Azerbaycan ve Özbekistan ile görüşmelerin sürdüğünü "
            "belirtti.",
            {("AZ", N), ("UZ", N)},
        ),
        (
            "İbrahim Anlaşmaları. Suudi Arabistan, Umman ile görüşmelerini dondurdu.",
            {("SA", U)},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Washington menjalin komunikasi intensif dengan Mauritania dan Oman.",
            {("MR", N), ("OM", N)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_contacts_are_talks_with_every_listed_country(language, text, expected):
    check_case(language, text, expected)
