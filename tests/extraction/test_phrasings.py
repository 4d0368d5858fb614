"""Varied phrasings news uses, one sentence each: the claims an editor would
expect (and none for questions, meetings, mediators or other treaties)."""

import datetime

import pytest

from accords.extraction import extract

PUBLISHED = datetime.date(2025, 11, 7)

ENGLISH = [
    (
        "Kazakhstan becomes the first Central Asian nation to join the Abraham Accords.",
        {("KZ", "announced")},
    ),
    (
        "Saudi Arabia has said normalization with Israel is conditional on a path to Palestinian statehood.",
        {("SA", "declined")},
    ),
    (
        "The administration hopes to bring Saudi Arabia into the Abraham Accords before the end of Trump's term.",
        {("SA", "prospective")},
    ),
    ("Mauritania is reportedly considering joining the accords.", {("MR", "prospective")}),
    (
        "Israel and Morocco normalized relations in December 2020 as part of the Abraham Accords.",
        {("MA", "signed")},
    ),
    ("Sudan agreed to normalize ties with Israel in October 2020.", {("SD", "announced")}),
    ("Bahrain recalled its ambassador to Israel in November 2023.", {("BH", "suspended")}),
    (
        "Riyadh insists it will not establish diplomatic relations with Israel until a Palestinian state is created.",
        {("SA", "declined")},
    ),
    (
        "Officials in Jakarta said Indonesia had no plans to join the Abraham Accords.",
        {("ID", "declined")},
    ),
    (
        "Azerbaijan, which already has close ties with Israel, is seen as a likely candidate to join the Abraham Accords.",
        {("AZ", "prospective")},
    ),
    (
        "The UAE was the first country to sign the Abraham Accords in September 2020.",
        {("AE", "signed")},
    ),
    ("Is Saudi Arabia next in line to join the Abraham Accords?", set()),
    (
        "Kazakh Foreign Minister Murat Nurtleu said Astana's decision to join the Abraham Accords was driven by economic interests.",
        {("KZ", "announced")},
    ),
    (
        "Egypt and Jordan signed peace treaties with Israel in 1979 and 1994, long before the Abraham Accords.",
        set(),
    ),
    (
        "Tokayev met Uzbek President Shavkat Mirziyoyev in Tashkent on Friday to discuss the Abraham Accords.",
        set(),
    ),
    (
        "Libya denied reports that it was holding secret talks on joining the Abraham Accords.",
        set(),
    ),
    ("Pakistan will never recognize Israel, its prime minister said.", {("PK", "declined")}),
    (
        "Sudan signed the Abraham Accords declaration in Khartoum on 6 January 2021.",
        {("SD", "signed")},
    ),
    ("Oman has ruled out normalizing ties with Israel.", {("OM", "declined")}),
]

INDONESIAN = [
    (
        "Kazakhstan resmi menjadi negara kelima yang bergabung dengan Abraham Accords.",
        {("KZ", "signed")},
    ),
    (
        "Arab Saudi menyatakan normalisasi dengan Israel bergantung pada pembentukan negara Palestina.",
        {("SA", "declined")},
    ),
    (
        "Pemerintahan Trump berharap dapat membawa Arab Saudi masuk ke dalam Abraham Accords.",
        {("SA", "prospective")},
    ),
    (
        "Mauritania dikabarkan tengah mempertimbangkan untuk bergabung dengan Abraham Accords.",
        {("MR", "prospective")},
    ),
    (
        "Maroko menormalisasi hubungan dengan Israel pada Desember 2020 dalam kerangka Abraham Accords.",
        {("MA", "signed")},
    ),
    ("Bahrain menarik duta besarnya dari Israel pada November 2023.", {("BH", "suspended")}),
    (
        "Indonesia menegaskan tidak akan membuka hubungan diplomatik dengan Israel sebelum Palestina merdeka.",
        {("ID", "declined")},
    ),
    (
        "Azerbaijan, yang telah lama menjalin hubungan erat dengan Israel, disebut-sebut sebagai kandidat kuat berikutnya untuk bergabung dengan Abraham Accords.",
        {("AZ", "prospective")},
    ),
    (
        "Uni Emirat Arab menjadi negara pertama yang menandatangani Abraham Accords pada September 2020.",
        {("AE", "signed")},
    ),
    (
        "Apakah Arab Saudi akan menjadi negara berikutnya yang bergabung dengan Abraham Accords?",
        set(),
    ),
    (
        "Mesir dan Yordania telah menandatangani perjanjian damai dengan Israel pada 1979 dan 1994, jauh sebelum Abraham Accords.",
        set(),
    ),
    (
        "Presiden Tokayev bertemu Presiden Uzbekistan di Tashkent pada Jumat untuk membahas Abraham Accords.",
        set(),
    ),
    (
        "Libya membantah laporan bahwa pihaknya tengah melakukan pembicaraan rahasia untuk bergabung dengan Abraham Accords.",
        set(),
    ),
    ("Pakistan tidak akan pernah mengakui Israel, kata perdana menterinya.", {("PK", "declined")}),
    (
        "Sudan menandatangani deklarasi Abraham Accords di Khartoum pada 6 Januari 2021.",
        {("SD", "signed")},
    ),
    ("Oman menolak untuk menormalisasi hubungan dengan Israel.", {("OM", "declined")}),
    (
        "Trump mengatakan Kazakhstan telah setuju untuk bergabung dengan Abraham Accords pada Kamis (6/11/2025).",
        {("KZ", "announced")},
    ),
]


def found(text, language):
    return {
        (c.country, c.status) for c in extract(text, language=language, published=PUBLISHED).claims
    }


@pytest.mark.parametrize("text, expected", ENGLISH)
def test_english_phrasings(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", INDONESIAN)
def test_indonesian_phrasings(text, expected):
    assert found(text, "id") == expected
