"""Round forty-nine, a joint declaration signed by countries outside the accords' first
signatories, with neither founder named by its name and the accords unnamed in the sentence
("Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint declaration at the White
House", "лидеры Азербайджана и Армении подписали совместную декларацию при посредничестве
Дональда Трампа", "وقعت أذربيجان وأرمينيا إعلانا مشتركا", "Azerbaycan ve Ermenistan ortak
deklarasyon imzaladı"): a declaration between its signers, another agreement, where the bare
"declaration" had made it the accords' signing. New key `joint_declarations` (English, Russian,
Arabic, Turkish, French, German, Spanish); the host or mediator ("at the White House", "mediated
by Donald Trump") is no founder named, and a signing so told as a recalled, dated fact is dropped too.
Near misses: Morocco's joint declaration with the United States and Israel stays a signing (a
first signatory, the founders named); a country's joint declaration "with Israel and the US"
stays a signing; a declaration signed with no "joint" keeps its reading. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, found

EN = "Kazakhstan joined the Abraham Accords in November. "
RU = "Казахстан присоединился к Авраамовым соглашениям в ноябре. "
AR = "انضمت كازاخستان إلى اتفاقيات أبراهام في نوفمبر. "
TR = "Kazakistan kasımda İbrahim Anlaşmaları'na katıldı. "
S = "signed"

CASES = {
    "en": [
        (
            EN + "In August, Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint "
            "declaration at the White House.",
            {("KZ", A)},
        ),
        (
            EN + "Morocco, the United States and Israel signed a joint declaration in December "
            "2020.",
            {("KZ", A), ("MA", S)},
        ),
    ],
    "ru": [
        (
            RU + "В августе Алиев и премьер Армении Никол Пашинян подписали в Белом доме "
            "совместную декларацию.",
            {("KZ", A)},
        ),
        (
            RU + "Лидеры Азербайджана и Армении подписали совместную декларацию при "
            "посредничестве Дональда Трампа.",
            {("KZ", A)},
        ),
        (
            RU + "Примечательно, что в августе 2025 года в Вашингтоне лидеры Азербайджана и "
            "Армении подписали совместную декларацию.",
            {("KZ", A)},
        ),
        (
            RU + "Марокко, США и Израиль подписали совместную декларацию в декабре 2020 года.",
            {("KZ", A), ("MA", S)},
        ),
        (
            RU + "Азербайджан подписал совместную декларацию с Израилем и США.",
            {("KZ", A), ("AZ", S)},
        ),
    ],
    "ar": [
        (AR + "ووقعت أذربيجان وأرمينيا إعلانا مشتركا في البيت الأبيض.", {("KZ", A)}),
    ],
    "tr": [
        (TR + "Azerbaycan ve Ermenistan, Beyaz Saray'da ortak deklarasyon imzaladı.", {("KZ", A)}),
    ],
    "de": [
        (
            "Kasachstan ist im November den Abraham-Abkommen beigetreten. Im August "
            "unterzeichneten Aserbaidschan und Armenien eine gemeinsame Erklärung im Weißen Haus.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "Kazajistán se sumó a los Acuerdos de Abraham en noviembre. En agosto, Azerbaiyán y "
            "Armenia firmaron una declaración conjunta en la Casa Blanca.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_joint_declaration(language, text, expected):
    assert found(text, language) == expected
