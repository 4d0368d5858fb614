"""Semicolons between steps. A ledger line ("UAE: deal announced Aug 13, 2020; treaty signed
Sept 15, 2020; approved by the cabinet Oct 19, 2020") tells one step per part between its
semicolons, each with its own date, for the country at the line's head (`ledger_steps`,
`claims._ledger_steps`); in prose, a step opening the clause after a semicolon with no country
of its own goes on with the country of the clause before, when each clause between tells a step
(`assignment._goes_on_past_semicolons`). Also: the accords' signing day told before a semicolon
reaches "los suscribieron X, Y y Z" after it (`confidence._signing_before_semicolon`); a
continuation past a semicolon ("...; Morocco followed that December") goes on with the first
signatories named before it, not the sentence before (`claims._members_before_semicolon`); a
halt after a semicolon keeps the country before it although another clause after the halt names
a country; a relative clause ended by a semicolon is not closed by a comma after it; a list set
off by two dashes keeps the date after its closing dash.
Near misses: a semicolon list of different countries, each with its own verb, gives each its own
step only; a country named after the semicolon with its own verb keeps that step; the accords
named as the subject after the semicolon ("; the accords were signed in 2020") give no step to
the country before; talks in a ledger part are talks, not a joining announced.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, S, U, challenge_params, check_case

R = "ratified"

CASES = {
    "en": [
        (
            "Abraham Accords: the members.\n- UAE: deal announced Aug 13, 2020; treaty signed at "
            "the White House Sept 15, 2020; approved by the cabinet Oct 19, 2020\n",
            {("AE", A, "2020-08-13"), ("AE", S, "2020-09-15"), ("AE", R, "2020-10-19")},
        ),
        (
            "Abraham Accords: the members.\n- Bahrain: announced Sept 11, 2020; declaration signed "
            "Sept 15, 2020\n",
            {("BH", A, "2020-09-11"), ("BH", S, "2020-09-15")},
        ),
        (
            "Abraham Accords: the members.\n- Sudan: announced Oct 23, 2020; declaration signed Jan "
            "6, 2021; ties frozen since April 2023\n",
            {("SD", A, "2020-10-23"), ("SD", S, "2021-01-06"), ("SD", U, "2023-04")},
        ),
        (
            "Abraham Accords. The UAE announced its normalisation with Israel on 13 August 2020; "
            "signed the accords on 15 September 2020; and ratified them on 19 October 2020.",
            {("AE", A, "2020-08-13"), ("AE", S, "2020-09-15"), ("AE", R, "2020-10-19")},
        ),
        (
            "The Abraham Accords were signed on 15 September 2020 at the White House; they were "
            "signed by Israel, the UAE and Bahrain.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        (
            "Abraham Accords. The UAE and Bahrain, which signed the declaration in September 2020, "
            "remain the core of the project; Morocco followed that December.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        (
            "Abraham Accords. A Saudi-Israeli normalization deal was reportedly within reach in "
            "2023; those talks have been frozen since the war began, and Riyadh has since hardened "
            "its terms.",
            {("SA", U, None)},
        ),
        (
            "Abraham Accords. The first signatories – the UAE, Bahrain and Morocco – came in 2020 "
            "in exchange for tangible rewards.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")},
        ),
        # near misses: each country its own verb; the accords as the subject after the
        # semicolon; talks in a ledger part
        (
            "Abraham Accords. The UAE signed the accords in September 2020; Sudan announced its "
            "normalisation in October 2020; Morocco joined in December 2020.",
            {("AE", S, "2020-09"), ("SD", A, "2020-10"), ("MA", S, "2020-12")},
        ),
        (
            "Abraham Accords. Oman is being courted by Washington; the accords were signed in "
            "September 2020.",
            {("OM", P, None)},
        ),
        (
            "Abraham Accords: the candidates.\n- Saudi Arabia: talks announced in 2023; frozen "
            "since October 2023\n",
            {("SA", N, "2023"), ("SA", U, "2023-10")},
        ),
        (
            "Abraham Accords: the members.\n- Kazakhstan: accession announced Nov 6, 2025; signing "
            "ceremony yet to be scheduled\n",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham en bref.\n- Maroc : normalisation annoncée le 10 décembre 2020 ; "
            "déclaration signée à Rabat le 22 décembre 2020\n",
            {("MA", A, "2020-12-10"), ("MA", S, "2020-12-22")},
        ),
        (
            "Accords d'Abraham. Le Maroc a annoncé sa normalisation avec Israël le 10 décembre 2020 ; "
            "a signé la déclaration le 22 décembre 2020.",
            {("MA", A, "2020-12-10"), ("MA", S, "2020-12-22")},
        ),
        (
            "Les accords d'Abraham ont été signés le 15 septembre 2020 à la Maison-Blanche ; ils ont "
            "été signés par Israël, les Émirats arabes unis et Bahreïn.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        (
            "Accords d'Abraham. Les Émirats et Bahreïn, qui ont signé en septembre 2020, restent le "
            "cœur du projet ; le Maroc a suivi en décembre 2020.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        # near miss: the country after the semicolon keeps its own verb
        (
            "Accords d'Abraham. Les Émirats ont signé en septembre 2020 ; le Maroc a rejoint les "
            "accords en décembre 2020.",
            {("AE", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham, miembro por miembro.\n- Sudán: adhesión anunciada el 23 de "
            "octubre de 2020; declaración firmada en Jartum el 6 de enero de 2021\n",
            {("SD", A, "2020-10-23"), ("SD", S, "2021-01-06")},
        ),
        (
            "Acuerdos de Abraham. Sudán anunció su normalización con Israel el 23 de octubre de 2020; "
            "firmó la declaración el 6 de enero de 2021.",
            {("SD", A, "2020-10-23"), ("SD", S, "2021-01-06")},
        ),
        (
            "Los Acuerdos de Abraham se firmaron el 15 de septiembre de 2020 en los jardines de la "
            "Casa Blanca; los suscribieron Israel, Emiratos Árabes Unidos y Baréin.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        (
            "Acuerdos de Abraham. Los primeros firmantes —Emiratos, Baréin y Marruecos— llegaron en "
            "2020 a cambio de beneficios concretos.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")},
        ),
        # near miss: a semicolon list of different countries, each with its own verb
        (
            "Acuerdos de Abraham. Emiratos firmó en septiembre de 2020; Marruecos se sumó en "
            "diciembre de 2020; Arabia Saudita se niega a normalizar.",
            {("AE", S, "2020-09"), ("MA", S, "2020-12"), ("SA", D, None)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen im Überblick.\n- Bahrain: angekündigt am 11. September 2020; "
            "unterzeichnet am 15. September 2020\n",
            {("BH", A, "2020-09-11"), ("BH", S, "2020-09-15")},
        ),
        (
            "Abraham-Abkommen. Bahrain hat am 11. September 2020 die Normalisierung mit Israel "
            "angekündigt; unterzeichnete am 15. September 2020 die Abkommen.",
            {("BH", A, "2020-09-11"), ("BH", S, "2020-09-15")},
        ),
        (
            "Die Abraham-Abkommen wurden am 15. September 2020 im Weißen Haus unterzeichnet; "
            "unterzeichnet haben sie Israel, die Emirate und Bahrain.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        (
            "Abraham-Abkommen. Die Emirate und Bahrain, die im September 2020 unterzeichneten, "
            "bilden den Kern des Projekts; Marokko folgte im Dezember 2020.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама: кто и когда.\n- Марокко: объявлено 10 декабря 2020 года; подписано "
            "в Рабате 22 декабря 2020 года\n",
            {("MA", A, "2020-12-10"), ("MA", S, "2020-12-22")},
        ),
        (
            "Соглашения Авраама. Марокко объявило о нормализации 10 декабря 2020 года; подписало "
            "декларацию 22 декабря 2020 года.",
            {("MA", A, "2020-12-10"), ("MA", S, "2020-12-22")},
        ),
        (
            "Соглашения Авраама. Соглашения Авраама были подписаны 15 сентября 2020 года в Белом "
            "доме; их подписали Израиль, ОАЭ и Бахрейн.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        (
            "Соглашения Авраама. Первые подписанты — ОАЭ, Бахрейн и Марокко — пришли в соглашения "
            "в 2020 году.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları: üyeler.\n- Fas: 10 Aralık 2020'de açıklandı; 22 Aralık 2020'de "
            "Rabat'ta imzalandı\n",
            {("MA", A, "2020-12-10"), ("MA", S, "2020-12-22")},
        ),
    ],
    "id": [
        (
            "Abraham Accords: para anggota.\n- Sudan: diumumkan 23 Oktober 2020; ditandatangani di "
            "Khartoum 6 Januari 2021\n",
            {("SD", A, "2020-10-23"), ("SD", S, "2021-01-06")},
        ),
        (
            "Abraham Accords. Sudan mengumumkan normalisasi dengan Israel pada 23 Oktober 2020; "
            "menandatangani deklarasi pada 6 Januari 2021.",
            {("SD", A, "2020-10-23"), ("SD", S, "2021-01-06")},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham: senarai anggota.\n- Bahrain: diumumkan 11 September 2020; "
            "ditandatangani 15 September 2020\n",
            {("BH", A, "2020-09-11"), ("BH", S, "2020-09-15")},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام: الأعضاء.\n- المغرب: الإعلان في 10 ديسمبر 2020؛ التوقيع في الرباط في "
            "22 ديسمبر 2020\n",
            {("MA", A, "2020-12-10"), ("MA", S, "2020-12-22")},
        ),
        (
            "وقعت اتفاقيات أبراهام في 15 سبتمبر 2020 في البيت الأبيض؛ ووقعتها إسرائيل والإمارات "
            "والبحرين.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم: اعضا.\n- بحرین: اعلام در ۱۱ سپتامبر ۲۰۲۰؛ امضا در ۱۵ سپتامبر ۲۰۲۰\n",
            {("BH", A, "2020-09-11"), ("BH", S, "2020-09-15")},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם: החברות.\n- בחריין: הוכרז ב-11 בספטמבר 2020; נחתם ב-15 בספטמבר 2020\n",
            {("BH", A, "2020-09-11"), ("BH", S, "2020-09-15")},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері: мүшелер.\n- Марокко: 2020 жылғы 10 желтоқсанда жарияланды; 2020 "
            "жылғы 22 желтоқсанда Рабатта қол қойылды\n",
            {("MA", A, "2020-12-10"), ("MA", S, "2020-12-22")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_semicolon_steps(language, text, expected):
    check_case(language, text, expected)
