"""Round thirty-eight, an official saying it has "no information on talks" between Israel and a
country (no knowledge, no indication of negotiations): a denial of talks, no negotiating, no
candidacy and no step ("has no information on talks", "n'a aucune information sur des
négociations", "lägen keine Erkenntnisse über Verhandlungen vor", "Hinweise darauf, dass ...
Gespräche führe, lägen nicht vor", "no tiene constancia de negociaciones", "нет сведений о
переговорах", "müzakerelere ilişkin bilgi bulunmadığını", "لا تتوفر معلومات عن مفاوضات", "اطلاعی
از مذاکرات ندارد", "אין מידע על מגעים", "tidak memiliki informasi tentang perundingan", "tiada
maklumat mengenai rundingan", "келіссөздер туралы мәлімет жоқ"; `denials`). Near misses: talks
told as a fact stay negotiating, and a refusal said in the same sentence still refuses. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import D, N, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. The ministry said it has no information on talks between Israel and Azerbaijan on accession.",
            set(),
        ),
        (
            "The Abraham Accords. London is not aware of any negotiations between Israel and Oman on joining the accords.",
            set(),
        ),
        (
            "The Abraham Accords. Azerbaijan is in talks with Israel on joining the accords.",
            {("AZ", N)},
        ),
        (
            "The Abraham Accords. The ministry has no information on talks with Azerbaijan, which says it will not join the accords.",
            {("AZ", D)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le ministère n'a aucune information sur des négociations entre Israël et l'Azerbaïdjan sur une adhésion.",
            set(),
        ),
        (
            "Les accords d'Abraham. Paris n'a pas connaissance de négociations entre Israël et Oman sur une adhésion aux accords.",
            set(),
        ),
        (
            "Les accords d'Abraham. L'Azerbaïdjan négocie avec Israël son adhésion aux accords.",
            {("AZ", N)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Über Verhandlungen zwischen Israel und Aserbaidschan über einen Beitritt lägen der Bundesregierung keine Erkenntnisse vor.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Hinweise darauf, dass Oman Gespräche über eine Normalisierung führe, lägen nicht vor.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Das Ministerium hat keine Erkenntnisse über Verhandlungen mit Aserbaidschan über einen Beitritt.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Aserbaidschan verhandelt mit Israel über einen Beitritt.",
            {("AZ", N)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. El ministerio no tiene constancia de negociaciones entre Israel y Azerbaiyán para una adhesión.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham. Sin información sobre negociaciones entre Omán e Israel para sumarse a los acuerdos.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham. Azerbaiyán negocia con Israel su adhesión a los acuerdos.",
            {("AZ", N)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. В министерстве нет никаких сведений о переговорах Азербайджана с Израилем о присоединении.",
            set(),
        ),
        (
            "Соглашения Авраама. МИД не располагает информацией о переговорах Омана о присоединении к соглашениям.",
            set(),
        ),
        (
            "Соглашения Авраама. Азербайджан ведёт переговоры с Израилем о присоединении к соглашениям.",
            {("AZ", N)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Bakanlık, Azerbaycan ile İsrail arasında katılım müzakerelerine ilişkin herhangi bir bilgi bulunmadığını açıkladı.",
            set(),
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. قالت الوزارة إنه لا تتوفر لديها معلومات عن مفاوضات بين إسرائيل وأذربيجان للانضمام إلى الاتفاقيات.",
            set(),
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم. وزارت خارجه گفت اطلاعی از مذاکرات آذربایجان با اسرائیل برای پیوستن به پیمان ابراهیم ندارد.",
            set(),
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. במשרד אמרו כי אין להם מידע על מגעים בין ישראל לאזרבייג'ן להצטרפות להסכמים.",
            set(),
        ),
    ],
    "id": [
        (
            "Abraham Accords. Kementerian tidak memiliki informasi tentang perundingan antara Israel dan Azerbaijan untuk bergabung.",
            set(),
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Kementerian tiada maklumat mengenai rundingan antara Israel dan Azerbaijan untuk menyertai perjanjian itu.",
            set(),
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Министрлік Әзербайжан мен Израиль арасындағы қосылу жөніндегі келіссөздер туралы ешқандай мәлімет жоқ екенін айтты.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_information_on_talks(language, text, expected):
    check_case(language, text, expected)
