"""Classes of phrasing found by unseen English, Indonesian and Malay news-style articles of the
project's own (a wire dispatch, a US analysis, a Gulf outlet; Jakarta and Kuala Lumpur
outlets): a position on normalisation "unchanged", normalisation "conditional on" a Palestinian
state, a country as Washington's "prize", "could be next", a country's normalisation with Israel
as a goal, "great additions", pressing a country to follow "the same step", and an answer
after a journalist's question; own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, found

# A country's position on normalisation or on Israel "unchanged", "has not shifted": a refusal.
POSITION_UNCHANGED = [
    ("en", "The Abraham Accords. Oman's position on normalisation remains unchanged.", "OM"),
    ("en", "The Abraham Accords. Officials in Muscat said Oman's stance had not shifted.", "OM"),
    ("id", "Kesepakatan Abraham. Sikap Oman terhadap normalisasi tetap tidak berubah.", "OM"),
    ("id", "Kesepakatan Abraham. Menurut Muskat, posisi Oman tak bergeser sedikit pun.", "OM"),
    ("ms", "Perjanjian Abraham. Pendirian Oman mengenai normalisasi kekal tidak berubah.", "OM"),
    ("ms", "Perjanjian Abraham. Kedudukan Oman tetap tidak berganjak, kata menterinya.", "OM"),
]


@pytest.mark.parametrize("language,text,country", POSITION_UNCHANGED)
def test_an_unchanged_position_is_a_refusal(language, text, country):
    assert found(text, language) == {(country, D)}


# Normalisation "bersyarat" (conditional) on a Palestinian state; "no normalisation" stated.
CONDITIONAL = [
    (
        "id",
        "Kesepakatan Abraham. Muskat menyatakan normalisasi bersyarat pada kemerdekaan Palestina.",
        "OM",
    ),
    (
        "ms",
        "Perjanjian Abraham. Muscat berkata normalisasi bersyarat kepada penubuhan negara Palestin.",
        "OM",
    ),
    (
        "ms",
        "Perjanjian Abraham. Oman kekal dengan dasarnya, iaitu tiada normalisasi selagi Palestin "
        "dijajah.",
        "OM",
    ),
]


@pytest.mark.parametrize("language,text,country", CONDITIONAL)
def test_conditional_normalisation_is_a_refusal(language, text, country):
    assert found(text, language) == {(country, D)}


# A country as Washington's prize, "could be next", "great additions", a country's
# normalisation with Israel as a goal, pressing it to take "the same step": a candidate.
CANDIDATES = [
    ("en", "The Abraham Accords. For the White House, the real prize is Oman.", "OM"),
    ("en", "The Abraham Accords. Oman, the biggest prize left, has kept silent.", "OM"),
    (
        "en",
        "The Abraham Accords. Trump said Oman would be a great addition to the pact.",
        "OM",
    ),
    (
        "en",
        "The Abraham Accords. Diplomats say Oman-Israel normalization is the next goal.",
        "OM",
    ),
    ("id", "Kesepakatan Abraham. Bagi Washington, Oman adalah hadiah terbesar.", "OM"),
    ("id", "Kesepakatan Abraham. Oman bisa menjadi yang berikutnya, kata diplomat.", "OM"),
    (
        "id",
        "Kesepakatan Abraham. Amerika mendesak Oman untuk mengikuti langkah yang sama.",
        "OM",
    ),
    ("ms", "Perjanjian Abraham. Oman kekal hadiah utama bagi Washington.", "OM"),
    ("ms", "Perjanjian Abraham. Oman mungkin menjadi negara seterusnya, kata penganalisis.", "OM"),
    (
        "ms",
        "Perjanjian Abraham. Washington memujuk Oman untuk mengikut jejak yang sama.",
        "OM",
    ),
]


@pytest.mark.parametrize("language,text,country", CANDIDATES)
def test_candidates_in_other_words(language, text, country):
    assert found(text, language) == {(country, P)}


# Controls: a peace prize, a model country to follow, no claim for them.
NO_CLAIM = [
    ("en", "The Abraham Accords. Trump still hopes for the Nobel Peace Prize."),
    (
        "id",
        "Kesepakatan Abraham. Washington membujuk sejumlah negara Muslim untuk mengikuti langkah "
        "Oman.",
    ),
]


@pytest.mark.parametrize("language,text", NO_CLAIM)
def test_no_claim(language, text):
    assert found(text, language) == set()


# A journalist's question before a comma and a speaker's answer: the answer is a claim.
def test_an_answer_after_a_question_is_a_claim():
    text = "The Abraham Accords. Asked about the idea, a spokesman said Oman will not recognise Israel."
    assert found(text, "en") == {("OM", D)}


def test_an_open_question_stays_open():
    text = "The Abraham Accords. Asked whether Oman would join, the minister declined to comment."
    assert found(text, "en") == set()


# "Following X", "since X did Y": X's own step is its own, not the main clause's.
FOLLOWING_AND_SINCE = [
    (
        "en",
        "The Abraham Accords. Oman agreed to join the accords, the first new member since the "
        "United Arab Emirates and Bahrain signed in 2020.",
        {("OM", "announced"), ("AE", "signed"), ("BH", "signed")},
    ),
    (
        "id",
        "Kesepakatan Abraham. Washington terus mendesak Oman untuk bergabung, menyusul Kazakhstan "
        "yang menyatakan bergabung pada November 2025.",
        {("OM", P), ("KZ", "announced")},
    ),
    (
        "ms",
        "Perjanjian Abraham. Washington terus mendesak Oman untuk menyertai perjanjian itu, "
        "menyusul Kazakhstan yang mengumumkan penyertaannya pada November 2025.",
        {("OM", P), ("KZ", "announced")},
    ),
]


@pytest.mark.parametrize("language,text,expected", FOLLOWING_AND_SINCE)
def test_a_following_or_since_clause_keeps_its_own_step(language, text, expected):
    assert found(text, language) == expected


# Washington courting a country, its normalisation or "a X-Israeli deal" as a goal, talks
# "under way", "not interested in normalisation", normalisation that "can only come with":
# candidacies, talks and refusals in words of their own.
MORE_STEPS = [
    ("en", "The Abraham Accords. The administration has been courting Oman for months.", ("OM", P)),
    (
        "en",
        "The Abraham Accords. An Omani-Israeli deal remains the administration's top goal.",
        ("OM", P),
    ),
    (
        "en",
        "The Abraham Accords. Talks on an Omani-Israeli normalisation deal are under way.",
        ("OM", "negotiating"),
    ),
    (
        "en",
        "The Abraham Accords. Oman is not interested in normalisation, its minister said.",
        ("OM", D),
    ),
    (
        "en",
        "The Abraham Accords. Oman says normalisation can only come with a Palestinian state.",
        ("OM", D),
    ),
    ("id", "Kesepakatan Abraham. Washington sedang mendekati Oman.", ("OM", P)),
    (
        "id",
        "Kesepakatan Abraham. Normalisasi Oman-Israel menjadi tujuan utama Gedung Putih.",
        ("OM", P),
    ),
    (
        "id",
        "Kesepakatan Abraham. Perundingan Oman-Israel sedang berlangsung, kata pejabat.",
        ("OM", "negotiating"),
    ),
    ("id", "Kesepakatan Abraham. Oman tidak tertarik pada normalisasi.", ("OM", D)),
    ("ms", "Perjanjian Abraham. Washington sedang memikat Oman.", ("OM", P)),
    (
        "ms",
        "Perjanjian Abraham. Normalisasi Oman-Israel menjadi matlamat utama Rumah Putih.",
        ("OM", P),
    ),
    ("ms", "Perjanjian Abraham. Meluaskan perjanjian itu kepada Oman kekal keutamaan.", ("OM", P)),
    (
        "ms",
        "Perjanjian Abraham. Rundingan Oman-Israel masih berlangsung, kata pegawai.",
        ("OM", "negotiating"),
    ),
    ("ms", "Perjanjian Abraham. Oman tidak berminat dengan normalisasi.", ("OM", D)),
]


@pytest.mark.parametrize("language,text,expected", MORE_STEPS)
def test_more_steps_in_words_of_their_own(language, text, expected):
    assert found(text, language) == {expected}


def test_ceasefire_talks_under_way_are_no_accession_talks():
    text = "The Abraham Accords. Ceasefire talks with Hamas are under way in Cairo, Egypt said."
    assert found(text, "en") == set()


# The same two classes carried to the other languages' data files: a position "unchanged"
# is a refusal, a country as Washington's "prize" a candidacy.
CARRIED_POSITION = [
    ("fr", "Les accords d'Abraham. La position d’Oman n’a pas changé, a dit son ministre."),
    ("fr", "Les accords d'Abraham. La position d'Oman sur la normalisation reste inchangée."),
    ("de", "Die Abraham-Abkommen. Die Position Omans zur Normalisierung bleibt unverändert."),
    ("de", "Die Abraham-Abkommen. Omans Haltung hat sich nicht geändert."),
    ("es", "Los Acuerdos de Abraham. La posición de Omán sobre la normalización no ha cambiado."),
    ("ru", "Авраамовы соглашения. Позиция Омана по нормализации не изменилась."),
    ("tr", "İbrahim Anlaşmaları. Umman'ın normalleşme konusundaki tutumu değişmedi."),
    ("ar", "اتفاقيات أبراهام. موقف عمان من التطبيع لم يتغير."),
    ("he", "הסכמי אברהם. עמדתה של עומאן בנושא הנורמליזציה לא השתנתה."),
    ("fa", "توافق ابراهیم. موضع عمان درباره عادی‌سازی تغییر نکرده است."),
]


@pytest.mark.parametrize("language,text", CARRIED_POSITION)
def test_an_unchanged_position_is_a_refusal_in_other_languages(language, text):
    assert found(text, language) == {("OM", D)}


CARRIED_PRIZE = [
    ("fr", "Les accords d'Abraham. Pour Washington, le grand prix reste Oman.", "OM"),
    ("de", "Die Abraham-Abkommen. Der Hauptpreis für Washington bleibt Oman.", "OM"),
    ("es", "Los Acuerdos de Abraham. El gran premio para Washington sigue siendo Omán.", "OM"),
    ("ru", "Авраамовы соглашения. Главным призом для Вашингтона остаётся Оман.", "OM"),
    ("tr", "İbrahim Anlaşmaları. Washington için en büyük ödül Umman.", "OM"),
    ("ar", "اتفاقيات أبراهام. تبقى السعودية الجائزة الكبرى لواشنطن.", "SA"),
    ("he", "הסכמי אברהם. הפרס הגדול של וושינגטון הוא עומאן.", "OM"),
    ("kk", "Авраам келісімдері. Сауд Арабиясы Вашингтон үшін басты жүлде болып қала береді.", "SA"),
]


@pytest.mark.parametrize("language,text,country", CARRIED_PRIZE)
def test_the_prize_is_a_candidate_in_other_languages(language, text, country):
    assert found(text, language) == {(country, P)}


# A quoted "our position has not changed" after meeting counterparts from other countries:
# the counterparts take no refusal.
COUNTERPARTS = [
    (
        "es",
        'Los Acuerdos de Abraham. Omán no se unirá a los acuerdos. "Nuestra posición no ha '
        'cambiado", dijo el ministro tras reunirse con sus homólogos de Egipto y Jordania.',
    ),
    (
        "he",
        'הסכמי אברהם. עומאן לא תצטרף להסכמים. "עמדתנו לא השתנתה", אמר השר לאחר פגישה עם '
        "עמיתיו ממצרים ומירדן.",
    ),
]


@pytest.mark.parametrize("language,text", COUNTERPARTS)
def test_counterparts_take_no_refusal(language, text):
    assert ("EG", D) not in found(text, language) and ("JO", D) not in found(text, language)


# Neighbours met before a joining ("with the leaders of X", "including those of X",
# "dengan pemimpin X", "bersama pemimpin X"): counterparts, not the joiner; and a plain
# "mengumumkan bergabung" (announced joining) is an announcement.
NEIGHBOURS_MET = [
    (
        "en",
        "The Abraham Accords. At a dinner with the leaders of Uzbekistan and Tajikistan, "
        "Tokayev announced that Kazakhstan would join.",
    ),
    (
        "en",
        "The Abraham Accords. Kazakhstan's president met Central Asian leaders, including those "
        "of Uzbekistan and Tajikistan, before announcing the decision to join.",
    ),
    (
        "id",
        "Kesepakatan Abraham. Dalam pertemuan dengan pemimpin Uzbekistan dan Tajikistan, Tokayev "
        "mengumumkan Kazakhstan akan bergabung.",
    ),
    (
        "id",
        "Kesepakatan Abraham. Kazakhstan mengumumkan bergabung setelah pertemuan dengan para "
        "pemimpin Uzbekistan dan Tajikistan.",
    ),
    (
        "ms",
        "Perjanjian Abraham. Dalam pertemuan bersama pemimpin Uzbekistan dan Tajikistan, Tokayev "
        "mengumumkan Kazakhstan akan menyertai perjanjian itu.",
    ),
]


@pytest.mark.parametrize("language,text", NEIGHBOURS_MET)
def test_neighbours_met_take_no_joining(language, text):
    assert found(text, language) == {("KZ", "announced")}


def test_several_countries_including_stay_candidates():
    text = "The Abraham Accords. Several countries, including Oman and Qatar, could join."
    assert found(text, "en") == {("OM", P), ("QA", P)}


# A stated refusal in other words: rejecting "any form of" normalisation, "no intention of
# establishing them" / "tidak berniat membukanya", standing firm on its stance.
STATED_REFUSALS = [
    ("en", "The Abraham Accords. Oman rejects any form of normalisation with Israel."),
    (
        "en",
        "The Abraham Accords. Oman has no diplomatic ties with Israel and no intention of "
        "establishing them.",
    ),
    ("en", "The Abraham Accords. On normalisation, Oman remains firm in its stance."),
    (
        "id",
        "Kesepakatan Abraham. Oman tidak memiliki hubungan diplomatik dengan Israel dan tidak "
        "berniat membukanya.",
    ),
    ("id", "Kesepakatan Abraham. Soal normalisasi, Oman tetap pada pendiriannya."),
    ("ms", "Perjanjian Abraham. Oman menolak sebarang usaha normalisasi dengan Israel."),
    (
        "ms",
        "Perjanjian Abraham. Oman tidak mempunyai hubungan diplomatik dengan Israel dan tidak "
        "berhasrat mewujudkannya.",
    ),
    ("ms", "Perjanjian Abraham. Mengenai normalisasi, Oman kekal dengan pendiriannya."),
]


@pytest.mark.parametrize("language,text", STATED_REFUSALS)
def test_stated_refusals(language, text):
    assert found(text, language) == {("OM", D)}


# Halted talks or normalisation "with X" and no other country acting: X's halt ("talks with
# Riyadh were frozen", "Israel's normalisation with X has been frozen"); Algeria breaking off
# relations with Morocco stays no claim.
HALTS_WITH = [
    ("en", "The Abraham Accords. Normalisation with Oman is on hold.", {("OM", "suspended")}),
    (
        "en",
        "The Abraham Accords. Israel's normalisation talks with Oman were frozen after the war.",
        {("OM", "suspended")},
    ),
    (
        "en",
        "The Abraham Accords. Israel suspended normalisation talks with Oman.",
        {("OM", "suspended")},
    ),
    (
        "id",
        "Kesepakatan Abraham. Pembicaraan normalisasi dengan Oman ditangguhkan sejak perang Gaza.",
        {("OM", "suspended")},
    ),
    (
        "ms",
        "Perjanjian Abraham. Rundingan normalisasi dengan Oman dibekukan sejak perang Gaza.",
        {("OM", "suspended")},
    ),
    ("en", "The Abraham Accords. Algeria suspended relations with Morocco.", set()),
]


@pytest.mark.parametrize("language,text,expected", HALTS_WITH)
def test_halts_with_a_country_are_its_own(language, text, expected):
    assert found(text, language) == expected


# A body named after the country (the ulema council, a university, the central bank) is no
# mention of the country: its statement gives the country no step.
INSTITUTIONS = [
    (
        "id",
        "Kesepakatan Abraham. Majelis Ulama Indonesia menyatakan keikutsertaan itu harus "
        "diawasi agar tidak menjadi pintu normalisasi.",
        set(),
    ),
    (
        "id",
        "Kesepakatan Abraham. Indonesia menolak normalisasi, kata pengamat Universitas Indonesia.",
        {("ID", D)},
    ),
    (
        "ms",
        "Perjanjian Abraham. Penganalisis Universiti Kebangsaan Malaysia berkata Arab Saudi "
        "mungkin bergabung.",
        {("SA", P)},
    ),
    (
        "en",
        "The Abraham Accords. A scholar at the University of Malaya said Oman could join.",
        {("OM", P)},
    ),
]


@pytest.mark.parametrize("language,text,expected", INSTITUTIONS)
def test_institutions_named_after_a_country_are_no_mention(language, text, expected):
    assert found(text, language) == expected


def test_last_november_is_the_latest_before_publication():
    import datetime

    from accords.extraction import extract

    text = (
        "The Abraham Accords. The UAE and Bahrain signed in 2020. Kazakhstan's decision to "
        "join last November added a new name."
    )
    claims = extract(text, language="en", published=datetime.date(2026, 5, 20)).claims
    assert ("KZ", "announced", "2025-11") in {(c.country, c.status, c.date) for c in claims}


# More stated refusals: "will not establish ties" (no "with Israel" needed), "tidak akan
# menjalin sebarang hubungan", not bowing to pressure ("tidak akan tunduk kepada tekanan");
# and the Palestinians supported ("menyokong Palestin", "in solidarity with Palestine") are
# no subject of the refusal beside them.
MORE_REFUSALS = [
    (
        "en",
        "The Abraham Accords. Muscat has long said it will not establish ties until a "
        "Palestinian state exists.",
    ),
    (
        "ms",
        "Perjanjian Abraham. Menurut menterinya, Oman tidak akan menjalin sebarang hubungan "
        "dengan Israel.",
    ),
    (
        "ms",
        "Perjanjian Abraham. Oman menegaskan ia tidak akan tunduk kepada tekanan Amerika untuk "
        "mengiktiraf Israel.",
    ),
    ("ms", "Perjanjian Abraham. Oman tetap teguh menyokong Palestin dan menolak normalisasi."),
    (
        "id",
        "Kesepakatan Abraham. Oman tidak akan tunduk pada tekanan Washington untuk mengakui "
        "Israel.",
    ),
    ("id", "Kesepakatan Abraham. Oman tetap mendukung Palestina dan menolak normalisasi."),
]


@pytest.mark.parametrize("language,text", MORE_REFUSALS)
def test_more_stated_refusals(language, text):
    assert found(text, language) == {("OM", D)}


# Washington's eye on a country: all eyes on it, sights set on it, the holy grail, getting it
# on board, hoping it "will come in soon": a candidacy.
EYES_ON = [
    ("en", "The Abraham Accords. All eyes are now on Muscat."),
    ("en", "The Abraham Accords. Washington has set its sights on Oman."),
    ("en", "The Abraham Accords. An Omani-Israeli deal is the holy grail of US diplomacy."),
    ("en", "The Abraham Accords. Trump said he hopes Oman will come in soon."),
    ("en", "The Abraham Accords. Getting Muscat on board is the top priority."),
    ("id", "Kesepakatan Abraham. Semua mata kini tertuju pada Muskat."),
    ("ms", "Perjanjian Abraham. Semua mata kini tertumpu kepada Muscat."),
]


@pytest.mark.parametrize("language,text", EYES_ON)
def test_eyes_on_a_country_is_a_candidacy(language, text):
    assert found(text, language) == {("OM", P)}
