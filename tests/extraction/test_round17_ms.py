"""Round seventeen, Malay news as Bernama, Berita Harian, Sinar Harian, Utusan Malaysia, Astro
Awani and Malaysiakini write it (with Indonesian, English, French, Spanish and German where the
same phrasing exists). Classes: the Malaysian papers' dateline "KUALA LUMPUR: " (a place in
capitals and a colon at a line start) is where the story was filed, its capital takes no step,
while a country's own name there ("SUDAN: ...") is a kicker and is read; a topic word inside
another agreement's name ("deklarasi damai", "peace declaration") names that agreement, not the
accords; a headline proposal ("Rumah Putih cadang X sertai ...") is a candidacy, not a joining;
a passive of persuasion with its persuader ("sedang dipujuk Washington") is a candidacy; a
nominal refusal whose subjects stand after "negara-negara Islam yang besar seperti" belongs to
them, and so does "the refusal of X to recognise Israel" ("le refus de X de reconnaître Israël",
"la negativa de X a reconocer a Israel", "die Weigerung X, Israel anzuerkennen"), which read
"recognise Israel" alone as a joining before; a cabinet's approval of "the peace agreement with Israel" is a ratification even though
"perjanjian damai" names other pacts elsewhere (a cue holding the other words names its own
object); linking "any step in that direction" to a Palestinian state is a refusal as things
stand; "disenaraikan sebagai calon", "listed as the likeliest candidates" are a candidacy, but not for
hosting a games or a summit ("tuan rumah", "to host");
Kazakhstan named in a list of members of the accords "sealed in 2020" is its announced decision,
undated, and the accords' own year (a signing word right after their name, or after "yang") dates
no member listed after a verb of the list's own ("kini merangkumi", "now include", "comptent
aujourd'hui"), while an agent, a counterpart or Israel in the list keeps it; "pada penghujung tahun itu" takes the year named before; a day and month "of the same
year" keep the day.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, challenge_params, check_case

R = "ratified"

CASES = {
    "ms": [
        (
            "KUALA LUMPUR: Ketika Washington memburu anggota baharu Perjanjian Abraham, nasibnya "
            "tidak seragam di kalangan negara yang sudah menandatanganinya.",
            set(),
        ),
        (
            "PUTRAJAYA: Malaysia tidak akan menyertai Perjanjian Abraham, tegas Wisma Putra.",
            {("MY", D)},
        ),
        (
            "SUDAN: Kerajaan menandatangani Perjanjian Abraham pada 6 Januari 2021.",
            {("SD", S, "2021-01-06")},
        ),
        (
            "Perjanjian Abraham. Azerbaijan dan Armenia menandatangani deklarasi damai di Rumah Putih "
            "pada 8 Ogos 2025.",
            set(),
        ),
        (
            "Maghribi menandatangani deklarasi bersama dengan Israel dan Amerika Syarikat pada "
            "22 Disember 2020 di Rabat.",
            {("MA", S, "2020-12-22")},
        ),
        ("Rumah Putih cadang Azerbaijan sertai Perjanjian Abraham", {("AZ", P)}),
        ("Washington usul Oman sertai Perjanjian Abraham", {("OM", P)}),
        ("Azerbaijan sertai Perjanjian Abraham", {("AZ", A)}),
        (
            "Wisma Putra tolak cadangan AS, Malaysia tidak akan sertai Perjanjian Abraham",
            {("MY", D)},
        ),
        ("Perjanjian Abraham. Azerbaijan pula dikatakan sedang dipujuk Washington.", {("AZ", P)}),
        ("Perjanjian Abraham. Azerbaijan memujuk Armenia supaya berdamai.", set()),
        (
            "Perjanjian Abraham. Keengganan negara-negara Islam yang besar seperti Indonesia, "
            "Pakistan dan Malaysia untuk mengiktiraf Israel menunjukkan had sebenar perjanjian itu.",
            {("ID", D), ("PK", D), ("MY", D)},
        ),
        (
            "Perjanjian Abraham. Negara-negara Islam yang besar terus enggan mengiktiraf Israel.",
            set(),
        ),
        (
            "Perjanjian Abraham. Kabinet UAE meluluskan perjanjian damai dengan Israel pada "
            "19 Oktober 2020.",
            {("AE", R, "2020-10-19")},
        ),
        (
            "Perjanjian Abraham. Parlimen Malaysia meluluskan perjanjian perdagangan itu pada 2024.",
            set(),
        ),
        (
            "Perjanjian Abraham. Trump yakin Arab Saudi akan menyertainya, meskipun Riyadh masih "
            "mengaitkan sebarang langkah ke arah itu dengan penubuhan negara Palestin.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Perjanjian Abraham. Riyadh mengaitkan langkah itu dengan keselamatan serantau.",
            set(),
        ),
        (
            "Perjanjian Abraham. Penganalisis berkata Azerbaijan dan Uzbekistan kini disenaraikan "
            "sebagai calon paling hampir untuk mengikut jejak Kazakhstan.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Perjanjian Abraham. Malaysia disenaraikan sebagai calon tuan rumah Sukan SEA.",
            set(),
        ),
        (
            "Perjanjian Abraham yang dimeterai pada 2020 kini merangkumi UAE, Bahrain, Maghribi, "
            "Sudan dan Kazakhstan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S), ("KZ", A, None)},
        ),
        (
            "Perjanjian Abraham dimeterai pada September 2020 antara Israel dengan UAE dan Bahrain, "
            "sebelum Maghribi dan Sudan turut serta pada penghujung tahun itu.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
        (
            "Perjanjian Abraham dimeterai pada 2020. Maghribi menandatangani deklarasi bersama "
            "dengan Israel pada 22 Disember tahun yang sama.",
            {("MA", S, "2020-12-22")},
        ),
        (
            "Perjanjian Abraham yang dimeterai pada 2020 kini merangkumi UAE, Bahrain, Maghribi "
            "dan Sudan.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Perjanjian Abraham dimeterai pada September 2020 antara Israel dengan UAE dan Bahrain.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "Perjanjian Abraham. Sudan menandatanganinya pada Januari 2021. Perang saudara yang "
            "meletus pada April 2023 kemudiannya membekukan sebarang langkah susulan.",
            {("SD", S), ("SD", "suspended")},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Azerbaijan dan Armenia menandatangani deklarasi damai di Gedung Putih "
            "pada 8 Agustus 2025.",
            set(),
        ),
        ("Gedung Putih Usulkan Azerbaijan Gabung Abraham Accords", {("AZ", P)}),
        ("Azerbaijan Gabung Abraham Accords", {("AZ", A)}),
        ("Abraham Accords. Azerbaijan disebut tengah dibujuk Washington.", {("AZ", P)}),
        ("Abraham Accords. Indonesia menolak dibujuk Washington.", {("ID", D)}),
        (
            "Abraham Accords. Keengganan negara-negara Islam yang besar seperti Indonesia, Pakistan, "
            "dan Malaysia untuk mengakui Israel menunjukkan batas kesepakatan itu.",
            {("ID", D), ("PK", D), ("MY", D)},
        ),
        (
            "Abraham Accords. Kabinet UEA menyetujui perjanjian damai dengan Israel pada "
            "19 Oktober 2020.",
            {("AE", R, "2020-10-19")},
        ),
        (
            "Abraham Accords. Riyadh masih mengaitkan setiap langkah ke arah itu dengan pembentukan "
            "negara Palestina.",
            {("SA", D)},
        ),
        (
            "Abraham Accords. Azerbaijan dan Uzbekistan kini dimasukkan sebagai kandidat terkuat.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Abraham Accords. Indonesia dimasukkan sebagai kandidat tuan rumah Piala Asia.",
            set(),
        ),
        (
            "Abraham Accords yang ditandatangani pada 2020 kini mencakup UEA, Bahrain, Maroko, "
            "Sudan, dan Kazakhstan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S), ("KZ", A, None)},
        ),
        (
            "Abraham Accords diteken pada September 2020 oleh UEA dan Bahrain, sebelum Maroko dan "
            "Sudan ikut bergabung pada akhir tahun itu.",
            {("AE", S), ("BH", S), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
    ],
    "en": [
        ("ISLAMABAD: Pakistan has no intention of joining the Abraham Accords.", {("PK", D)}),
        (
            "Abraham Accords. The refusal of large Muslim countries such as Indonesia, Pakistan and "
            "Malaysia to recognise Israel shows the limits of the accords.",
            {("ID", D), ("PK", D), ("MY", D)},
        ),
        (
            "Abraham Accords. Kazakhstan agreed to recognise Israel's role, despite the refusal of "
            "its neighbours.",
            {("KZ", A)},
        ),
        (
            "Abraham Accords. Analysts have listed Azerbaijan and Uzbekistan as the likeliest "
            "candidates.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Abraham Accords. Analysts have listed Azerbaijan as the likeliest candidate to host the "
            "next summit.",
            set(),
        ),
        (
            "Abraham Accords. Azerbaijan and Armenia signed a peace declaration at the White House "
            "on 8 August 2025.",
            set(),
        ),
        (
            "Abraham Accords. Azerbaijan and Armenia signed the declaration at the White House on "
            "8 August 2025.",
            {("AZ", S), ("AM", S)},
        ),
        (
            "Abraham Accords. The UAE cabinet approved the peace treaty with Israel on 19 October 2020.",
            {("AE", R, "2020-10-19")},
        ),
        (
            "Abraham Accords. Riyadh still ties any step in that direction to a Palestinian state.",
            {("SA", D)},
        ),
        (
            "The Abraham Accords were signed in September 2020 by the UAE and Bahrain, before Morocco "
            "and Sudan joined at the end of that year.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
        (
            "The Abraham Accords were signed in 2020. Morocco signed its joint declaration with "
            "Israel on 22 December of the same year.",
            {("MA", S, "2020-12-22")},
        ),
        (
            "The Abraham Accords, signed in 2020, now include the UAE, Bahrain, Morocco and Sudan.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "The Abraham Accords, signed in 2020 between the UAE, Bahrain and Israel, were later "
            "joined by Morocco.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S)},
        ),
        (
            "The Abraham Accords, signed in 2020, now include the UAE, Bahrain, Morocco, Sudan and "
            "Kazakhstan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S), ("KZ", A, None)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Le refus de grands pays musulmans comme l'Indonésie, le Pakistan et "
            "la Malaisie de reconnaître Israël montre les limites des accords.",
            {("ID", D), ("PK", D), ("MY", D)},
        ),
        (
            "Les accords d'Abraham, signés en 2020, comptent aujourd'hui les Émirats arabes unis, "
            "Bahreïn, le Maroc et le Soudan.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Accords d'Abraham. L'Azerbaïdjan et l'Arménie ont signé une déclaration de paix à la "
            "Maison-Blanche le 8 août 2025.",
            set(),
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. La negativa de grandes países musulmanes como Indonesia, Pakistán "
            "y Malasia a reconocer a Israel muestra los límites de los acuerdos.",
            {("ID", D), ("PK", D), ("MY", D)},
        ),
        (
            "Los Acuerdos de Abraham se firmaron en 2020. El Consejo de Ministros emiratí aprobó el "
            "tratado de paz el 19 de octubre de ese año.",
            {("AE", R, "2020-10-19")},
        ),
        (
            "Acuerdos de Abraham. Azerbaiyán y Armenia firmaron una declaración de paz en la Casa "
            "Blanca el 8 de agosto de 2025.",
            set(),
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Die Weigerung großer muslimischer Länder wie Indonesien, Pakistan und "
            "Malaysia, Israel anzuerkennen, zeigt die Grenzen der Abkommen.",
            {("ID", D), ("PK", D), ("MY", D)},
        ),
        (
            "Abraham-Abkommen. Aserbaidschan und Armenien unterzeichneten im Weißen Haus am "
            "8. August 2025 eine Friedenserklärung.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {
    "ms-25": "a halt whose subject is the war ('Perang saudara ... membekukan sebarang langkah "
    "susulan') in a sentence that names no country: the country of the sentence before is not "
    "carried to it",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round17_malay_news(language, text, expected):
    check_case(language, text, expected)
