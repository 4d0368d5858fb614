"""Round thirteen, English news (with Indonesian, Malay and Turkish where said the same way).

Classes found by news-style texts of wire services, Gulf, Israeli, Asian and South Asian
papers and think-tank explainers:
- single quotation marks ("Trump says Riyadh will 'soon' join", British and South Asian
  style) are dropped before matching as double ones are; an apostrophe between two letters
  ("Trump's", "Kazakistan'ın") stays;
- candidacies: "on track to join", "seen as the next Central Asian nation", "have also been
  mentioned" after a candidate question, "the expansion of the accords to include X";
- halts told with phrasal verbs: "backed away from", "walked away from", "cooled on"
  normalisation ("mundur dari", "menjauh dari", "berundur daripada");
- "ruling out" as a refusal word;
- "restored ties with Israel" is a joining (signed for a first signatory in 2020);
  "becoming the first country to sign on" is the joining, no signing;
- Kazakhstan (whose decision was announced) in a member list with only a year, or in
  reported speech ("Trump announced that Kazakhstan would join"), is announced;
- a group called on to reject the accords ("Iran called on Muslim countries to reject")
  refuses for no named country;
- "rejecting speculation" is a denial; "named by U.S. officials as" names the country before;
  a capital "remains committed to the accords"; "the next ... after Kazakhstan" ("berikutnya
  setelah", "seterusnya selepas") does not make Kazakhstan the subject;
- "was ready to", "has been quietly courting", "close to joining"; a halted "push to bring X
  into the accords" or "plans to normalise"; "voted to suspend economic ties"; Kazakhstan
  "poised to" join (its decision);
- an accession "not imminent", "a long way off" (a prediction), "a non-starter" (a refusal);
  "became the fourth Arab state to normalise ties" in 2020 (a membership); "could soon
  include X"; "inching toward normalisation"; "X's joining of the accords".
Controls give no claim or keep the other reading. Own sentences, written for these tests.
"""

import pytest

from tests.extraction.found import A, D, P, S, U, challenge_params, check_case

QUOTES = {
    "en": [
        ("Trump says Saudi Arabia will \u2018soon\u2019 join Abraham Accords", {("SA", P)}),
        (
            "Trump said he expects Saudi Arabia to 'come in' to the Abraham Accords by the end of the year.",
            {("SA", P)},
        ),
        (
            "Sudan 'froze' its normalisation with Israel, a quiet blow to the Abraham Accords.",
            {("SD", U)},
        ),
        (
            "Kazakhstan's decision to join the 'Abraham Accords' was welcomed by the UAE, Bahrain and Morocco, which signed in 2020.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S)},
        ),
    ],
    "id": [
        ("Trump: Arab Saudi akan 'segera' bergabung dengan Abraham Accords", {("SA", P)}),
        (
            "Kazakhstan 'resmi' bergabung dengan Abraham Accords, kata Kementerian Luar Negeri di Astana.",
            {("KZ", A)},
        ),
    ],
    "ms": [
        ("Trump: Arab Saudi akan 'segera' menyertai Perjanjian Abraham", {("SA", P)}),
    ],
    "tr": [
        ("Trump: Suudi Arabistan 'yakında' İbrahim Anlaşmaları'na katılacak", {("SA", P)}),
        # the apostrophe of a case suffix stays
        (
            "Kazakistan'ın İbrahim Anlaşmaları'na katılma kararı Astana'da açıklandı.",
            {("KZ", A)},
        ),
    ],
}

CANDIDACIES = {
    "en": [
        (
            "Abraham Accords: Indonesia is on track to normalise ties with Israel by the end of the year, according to a person briefed on the talks.",
            {("ID", P)},
        ),
        ("Saudi Arabia on track to join Abraham Accords, Witkoff claims", {("SA", P)}),
        (
            "Abraham Accords: Uzbekistan is seen as the next Central Asian nation likely to sign up, after Kazakhstan announced its decision last week.",
            {("UZ", P), ("KZ", A)},
        ),
        (
            "Oman is touted as the next Gulf state to sign the Abraham Accords, though Muscat has said nothing.",
            {("OM", P)},
        ),
        (
            "Which countries could join the Abraham Accords next? Saudi Arabia is the prize most coveted by Washington. Oman, Mauritania and Indonesia have also been mentioned.",
            {("SA", P), ("OM", P), ("MR", P), ("ID", P)},
        ),
        (
            "Jared Kushner told an investor conference in Riyadh that the expansion of the Abraham Accords to include Saudi Arabia was 'inevitable'.",
            {("SA", P)},
        ),
        (
            "Witkoff has spoken of an enlargement of the accords to include Azerbaijan, Israel's main oil supplier, in his push for the Abraham Accords.",
            {("AZ", P)},
        ),
    ],
    "id": [
        (
            "Arab Saudi berada di jalur untuk bergabung dengan Abraham Accords, klaim Witkoff.",
            {("SA", P)},
        ),
        (
            "Uzbekistan dipandang sebagai negara Asia Tengah berikutnya yang akan bergabung dengan Abraham Accords.",
            {("UZ", P)},
        ),
        (
            "Negara mana yang bisa bergabung dengan Abraham Accords berikutnya? Arab Saudi menjadi incaran utama Washington. Oman, Mauritania dan Indonesia juga disebut-sebut.",
            {("SA", P), ("OM", P), ("MR", P), ("ID", P)},
        ),
        (
            "Jared Kushner mengatakan perluasan Abraham Accords untuk mencakup Arab Saudi tidak terelakkan.",
            {("SA", P)},
        ),
    ],
    "ms": [
        (
            "Uzbekistan dilihat sebagai negara Asia Tengah seterusnya yang akan menyertai Perjanjian Abraham.",
            {("UZ", P)},
        ),
        (
            "Negara mana yang mungkin menyertai Perjanjian Abraham seterusnya? Arab Saudi menjadi sasaran utama Washington. Oman, Mauritania dan Indonesia turut disebut.",
            {("SA", P), ("OM", P), ("MR", P), ("ID", P)},
        ),
        (
            "Kushner berkata perluasan Perjanjian Abraham untuk merangkumi Arab Saudi tidak dapat dielakkan.",
            {("SA", P)},
        ),
    ],
}

HALTS = {
    "en": [
        (
            "Saudi Arabia has backed away from normalisation with Israel since the Gaza war.",
            {("SA", U)},
        ),
        (
            "Sudan has quietly walked away from its normalisation with Israel, diplomats say, a setback for the Abraham Accords.",
            {("SD", U)},
        ),
        (
            "Saudi Arabia has cooled on normalisation since the Gaza war began, officials involved in the Abraham Accords talks said.",
            {("SA", U)},
        ),
        # controls: a negated halt; another party pulling back from territory
        (
            "Riyadh has not backed away from normalisation with Israel, a Saudi official insisted, as the Abraham Accords marked their fifth anniversary.",
            set(),
        ),
        (
            "Damascus has made any rapprochement with Israel conditional on Israel pulling back from the territory it seized, keeping Syria out of the Abraham Accords.",
            {("SY", D)},
        ),
    ],
    "id": [
        (
            "Arab Saudi mundur dari normalisasi dengan Israel sejak perang Gaza, pukulan bagi Abraham Accords.",
            {("SA", U)},
        ),
        (
            "Sudan telah menjauh dari normalisasi dengan Israel, kata para diplomat, sebuah pukulan bagi Abraham Accords.",
            {("SD", U)},
        ),
    ],
    "ms": [
        (
            "Arab Saudi berundur daripada normalisasi dengan Israel sejak perang Gaza, tamparan kepada Perjanjian Abraham.",
            {("SA", U)},
        ),
    ],
}

REFUSALS = {
    "en": [
        (
            "Prime Minister Shehbaz Sharif told parliament that Pakistan would never recognise Israel, ruling out any move to join the Abraham Accords.",
            {("PK", D)},
        ),
        (
            "Indonesia never recognised Israel, ruling out joining the Abraham Accords for now.",
            {("ID", D)},
        ),
        # control: not ruling out is interest
        (
            "Lebanon is not ruling out joining the Abraham Accords, a minister in Beirut said.",
            {("LB", P)},
        ),
    ],
}

MEMBERS = {
    "en": [
        (
            "Rabat, which restored ties with Israel in December 2020 under the Abraham Accords, has kept its liaison office open despite the war.",
            {("MA", S)},
        ),
        (
            "Morocco restored full diplomatic relations with Israel in December 2020 as part of the Abraham Accords.",
            {("MA", S)},
        ),
        (
            "Kazakhstan has agreed to join the Abraham Accords, becoming the first country to sign on to the normalisation pacts during Trump's second term, the White House said.",
            {("KZ", A)},
        ),
        (
            "Members of the Abraham Accords: UAE (2020), Bahrain (2020), Morocco (2020), Sudan (2021), Kazakhstan (2025).",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S), ("KZ", A)},
        ),
    ],
    "id": [
        (
            "Anggota Abraham Accords: UEA (2020), Bahrain (2020), Maroko (2020), Sudan (2021), Kazakhstan (2025).",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S), ("KZ", A)},
        ),
    ],
    "ms": [
        (
            "Anggota Perjanjian Abraham: UAE (2020), Bahrain (2020), Maghribi (2020), Sudan (2021), Kazakhstan (2025).",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S), ("KZ", A)},
        ),
    ],
}

REPORTED = {
    "en": [
        (
            "Trump announced on Thursday that Kazakhstan would join the Abraham Accords.",
            {("KZ", A)},
        ),
        (
            "Kazakhstan's government said on Thursday the country would join the Abraham Accords.",
            {("KZ", A)},
        ),
        (
            "Tokayev said that Kazakhstan would join the Abraham Accords. The Kazakh leader described the step as a natural continuation of Astana's multi-vector diplomacy.",
            {("KZ", A)},
        ),
        # controls: another country in a founder's words stays his expectation
        (
            "Trump announced on Thursday that Saudi Arabia would join the Abraham Accords.",
            {("SA", P)},
        ),
        ("Trump said Azerbaijan would join the Abraham Accords.", {("AZ", P)}),
    ],
    "id": [
        (
            "Trump mengumumkan pada Kamis bahwa Kazakhstan akan bergabung dengan Abraham Accords.",
            {("KZ", A)},
        ),
    ],
    "ms": [
        (
            "Trump mengumumkan pada Khamis bahawa Kazakhstan akan menyertai Perjanjian Abraham.",
            {("KZ", A)},
        ),
    ],
}

CALLED = {
    "en": [
        ("Iran called on Muslim countries to reject the Abraham Accords.", set()),
        ("Turkey urged Arab countries to reject the Abraham Accords.", set()),
        # control: the caller's own refusal
        (
            "Iran rejected the Abraham Accords and called on Muslim countries to do the same.",
            {("IR", D)},
        ),
    ],
    "id": [
        ("Iran menyerukan negara-negara Muslim untuk menolak Abraham Accords.", set()),
    ],
    "ms": [
        ("Iran menggesa negara-negara Islam supaya menolak Perjanjian Abraham.", set()),
    ],
}

DENIALS = {
    "en": [
        (
            "Malaysia reiterated on Friday that it would not establish diplomatic ties with Israel, rejecting speculation that Kuala Lumpur could join the Abraham Accords.",
            {("MY", D)},
        ),
        (
            "Pakistan has no intention of joining the Abraham Accords, rejecting speculation that it would be the next Muslim country after Kazakhstan.",
            {("PK", D)},
        ),
        # a namer after "by" is not the one named
        (
            "Mauritania has been named by U.S. officials as a possible new member of the Abraham Accords.",
            {("MR", P)},
        ),
        (
            "Sudan's army chief Abdel Fattah al-Burhan has said Khartoum remains committed to the Abraham Accords despite the war.",
            {("SD", S)},
        ),
    ],
    "id": [
        (
            "Pakistan tidak berniat bergabung dengan Abraham Accords, sekaligus menepis spekulasi bahwa negaranya akan menjadi negara Muslim berikutnya setelah Kazakhstan.",
            {("PK", D)},
        ),
        (
            "Uzbekistan dipandang sebagai negara Asia Tengah berikutnya setelah Kazakhstan yang akan bergabung dengan Abraham Accords.",
            {("UZ", P), ("KZ", A)},
        ),
    ],
    "ms": [
        (
            "Malaysia menegaskan tidak akan menjalin hubungan diplomatik dengan Israel, sekali gus menolak spekulasi bahawa Kuala Lumpur mungkin menyertai Perjanjian Abraham.",
            {("MY", D)},
        ),
        (
            "Pakistan tidak berniat untuk menyertai Perjanjian Abraham, sekali gus menolak spekulasi bahawa ia akan menjadi negara Islam seterusnya selepas Kazakhstan.",
            {("PK", D)},
        ),
    ],
}

MORE = {
    "en": [
        (
            "Saudi Arabia said on Tuesday it was ready to normalise ties with Israel under the Abraham Accords.",
            {("SA", P)},
        ),
        (
            "Washington's push to bring Riyadh into the Abraham Accords has stalled, according to two Gulf officials.",
            {("SA", U)},
        ),
        (
            "Kushner, the architect of the Abraham Accords, has been quietly courting Riyadh.",
            {("SA", P)},
        ),
        (
            "Riyadh has shelved plans to normalise relations with Israel, two sources said, citing the war in Gaza.",
            {("SA", U)},
        ),
        (
            "Bahrain's parliament voted to suspend economic ties with Israel in November 2023.",
            {("BH", U)},
        ),
        (
            "Azerbaijan and Armenia were close to joining the Abraham Accords, Witkoff said.",
            {("AZ", P), ("AM", P)},
        ),
        # Kazakhstan "poised to" join is its decision; anyone else's is a candidacy
        (
            "Kazakhstan is poised to become the fifth country to join the Abraham Accords.",
            {("KZ", A)},
        ),
        ("Saudi Arabia is poised to join the Abraham Accords, Trump claimed.", {("SA", P)}),
    ],
}

NOMINAL = {
    "en": [
        (
            "Saudi Arabia's entry into the Abraham Accords is not imminent, officials said.",
            {("SA", P)},
        ),
        (
            "Syria's accession to the Abraham Accords is a long way off, Sharaa said.",
            {("SY", P)},
        ),
        (
            "Indonesia's normalisation of ties with Israel, floated by Trump, is a non-starter, Jakarta said.",
            {("ID", D)},
        ),
        (
            "The UAE became the first Gulf state to normalise ties with Israel in August 2020, followed by Bahrain in September.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Morocco became the fourth Arab state to normalise relations with Israel in 2020.",
            {("MA", S)},
        ),
        (
            "The Abraham Accords could soon include Azerbaijan, according to Witkoff.",
            {("AZ", P)},
        ),
        (
            "Saudi Arabia and Israel are inching toward normalisation, U.S. officials say.",
            {("SA", P)},
        ),
        (
            "Kazakhstan's joining of the Abraham Accords was welcomed by the UAE.",
            {("KZ", A), ("AE", S)},
        ),
        # control: an accession told as near stays announced
        (
            "Kazakhstan's accession to the Abraham Accords is imminent, officials in Astana said.",
            {("KZ", A)},
        ),
    ],
}

# Wire, Gulf and Asian news pieces (headline, dateline, background) read whole.
ARTICLES = {
    "en": [
        (
            "ASTANA – Kazakhstan will join the Abraham Accords, President Kassym-Jomart Tokayev's office said on Nov. 6, 2025. The decision follows a phone call between Tokayev, U.S. President Donald Trump and Israeli Prime Minister Benjamin Netanyahu. The Central Asian nation already maintains full diplomatic relations with Israel.",
            {("KZ", A)},
        ),
        (
            "Scoop: White House pushing Indonesia to join Abraham Accords\nThe Trump administration is pressing Indonesia to join the Abraham Accords as part of a broader deal, two U.S. officials said.",
            {("ID", P)},
        ),
        (
            "ISLAMABAD: Pakistan has no plans to join the Abraham Accords, the Foreign Office said on Thursday.",
            {("PK", D)},
        ),
        (
            "Kazakhstan has long maintained ties with Israel. Now the Central Asian nation is set to join the Abraham Accords, Trump said.",
            {("KZ", A)},
        ),
        (
            "Egypt signed a peace treaty with Israel in 1979 and Jordan followed in 1994, decades before the Abraham Accords.",
            set(),
        ),
        (
            "Netanyahu said Thursday he believes more countries will join the Abraham Accords 'very soon', without naming them.",
            set(),
        ),
        (
            "Trump hosted the leaders of Kazakhstan, Uzbekistan, Tajikistan, Kyrgyzstan and Turkmenistan at the White House for a C5+1 summit on critical minerals.",
            set(),
        ),
        (
            "Israel recognised Somaliland on Dec. 26, 2025, signing a joint declaration that Prime Minister Benjamin Netanyahu said was in the spirit of the Abraham Accords.",
            set(),
        ),
        # still misread (strict xfails below)
        (
            "The agreements, brokered in 2020 under the Abraham Accords, saw the United Arab Emirates, Bahrain and Morocco establish ties with Israel.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
        (
            "Saudi Arabia has frozen normalisation with Israel since the Gaza war, dimming hopes for the Abraham Accords.",
            {("SA", U)},
        ),
        (
            "Bahrain's decision to join the Abraham Accords in September 2020 came weeks after the UAE's.",
            {("BH", S), ("AE", S)},
        ),
        (
            "Azerbaijan's president said on Tuesday that Baku would join the Abraham Accords.",
            {("AZ", A)},
        ),
        (
            "The expansion of the Abraham Accords to Central Asia began with Kazakhstan, and Washington hopes Uzbekistan will be next.",
            {("KZ", A), ("UZ", P)},
        ),
        (
            "Riyadh has not shelved plans to normalise relations with Israel under the Abraham Accords, a Saudi official said.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {
    "en-10": "'dimming hopes for' after a clause break keeps the hope as a candidacy beside the halt",
    "en-11": "a first signatory's 2020 decision told in a text written later stays announced, "
    "not the membership it became",
    "en-12": "a country's own leader reporting its joining with a backshifted 'would' is read "
    "as a prediction (only Kazakhstan, whose decision is known, is turned back)",
    "en-13": "'began with Kazakhstan' names the first new member with no joining word",
    "en-14": "a negated halt of plans to normalise undoes the halt, but its negation then turns "
    "the plan itself into a refusal",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(QUOTES, {}))
def test_single_quotes_are_dropped(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CANDIDACIES, {}))
def test_candidacies(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(HALTS, {}))
def test_halts_told_with_phrasal_verbs(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(REFUSALS, {}))
def test_ruling_out_is_a_refusal(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(MEMBERS, {}))
def test_restored_ties_and_member_lists(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(REPORTED, {}))
def test_a_decided_joining_in_reported_speech(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CALLED, {}))
def test_a_group_called_on_to_refuse(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(DENIALS, {}))
def test_denied_speculation_and_namers(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(MORE, {}))
def test_readiness_courting_plans_and_poised(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(NOMINAL, {}))
def test_nominal_accessions_and_ordinal_normalisations(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(ARTICLES, KNOWN_MISSES))
def test_news_pieces(language, text, expected):
    check_case(language, text, expected)
