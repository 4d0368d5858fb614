"""English sentences of the project's own about Saudi, Syrian and other candidacies, refusals and halts, as wire services, Gulf dailies and analysis pieces write them (round eleven)."""

import pytest

from accords.extraction import extract
from tests.extraction.found import COARSE

LANGUAGE = "en"

# (sentence, the claims as country:coarse status: cand, ann, mem, dec, lap)
CASES = [
    (
        "Normalization with Saudi Arabia remains the ultimate goal of the Trump administration's Abraham Accords push.",
        ["SA:cand"],
    ),
    (
        "Trump has repeatedly said he hopes Saudi Arabia will join the Abraham Accords soon.",
        ["SA:cand"],
    ),
    (
        "Saudi Arabia, long seen as the biggest prize for the Abraham Accords, has so far resisted, insisting on a Palestinian state first.",
        ["SA:cand", "SA:dec"],
    ),
    (
        "A Saudi-Israeli normalization deal, which would expand the Abraham Accords, had appeared within reach.",
        ["SA:cand"],
    ),
    (
        "Riyadh has conditioned any normalization with Israel on a credible path to Palestinian statehood.",
        ["SA:dec"],
    ),
    (
        "The Saudis have made clear they will not normalize relations with Israel without a Palestinian state.",
        ["SA:dec"],
    ),
    (
        "Talks on normalization between Saudi Arabia and Israel were frozen after the Hamas attack of October 7.",
        ["SA:lap"],
    ),
    ("The war in Gaza put Saudi normalization with Israel on ice.", ["SA:lap"]),
    (
        "Mohammed bin Salman is expected to discuss joining the Abraham Accords during his visit to Washington.",
        ["SA:cand"],
    ),
    (
        "Syrian President Ahmed al-Sharaa said joining the Abraham Accords was not on the table for now.",
        ["SY:dec"],
    ),
    ("US envoy Tom Barrack said Syria could eventually join the Abraham Accords.", ["SY:cand"]),
    ("Washington wants Syria and Lebanon to join the Abraham Accords.", ["LB:cand", "SY:cand"]),
    (
        "Damascus is seen in Washington as a possible next member of the Abraham Accords.",
        ["SY:cand"],
    ),
    ('Trump said Saudi Arabia would join the Abraham Accords "at the right time".', ["SA:cand"]),
    ("Officials in Washington are pushing Riyadh to sign on to the Abraham Accords.", ["SA:cand"]),
    (
        "The administration believes Saudi Arabia will eventually come around on the Abraham Accords.",
        ["SA:cand"],
    ),
    (
        "Saudi Arabia reiterated that it will not establish diplomatic relations with Israel unless an independent Palestinian state is established.",
        ["SA:dec"],
    ),
    ("The Saudi foreign ministry said its position on normalization had not changed.", ["SA:dec"]),
    ("Saudi Arabia suspended the normalization talks when the Gaza war broke out.", ["SA:lap"]),
    (
        "Trump told reporters he thought the Saudis would be joining the Abraham Accords.",
        ["SA:cand"],
    ),
    (
        "Saudi normalization is the crown jewel Trump still seeks for the Abraham Accords.",
        ["SA:cand"],
    ),
    (
        "Crown Prince Mohammed bin Salman has said the kingdom will not join the Abraham Accords until there is a pathway to a Palestinian state.",
        ["SA:dec"],
    ),
    ("Al-Sharaa told reporters that Syria is not ready to join the Abraham Accords.", ["SY:dec"]),
    (
        "Israel and Syria have held US-brokered talks that Washington hopes will lead Damascus into the Abraham Accords.",
        ["SY:cand"],
    ),
    (
        "Syria rejected the idea of joining the Abraham Accords while Israel occupies the Golan Heights.",
        ["SY:dec"],
    ),
    ('"We hope Saudi Arabia is next," the president said of the Abraham Accords.', ["SA:cand"]),
    (
        "MBS said he wants Saudi Arabia to be part of the Abraham Accords but needs a clear path to a two-state solution.",
        ["SA:cand", "SA:dec"],
    ),
    (
        "Trump has made no secret of his desire to see Saudi Arabia join the Abraham Accords.",
        ["SA:cand"],
    ),
    (
        "Saudi Arabia is widely seen as the most important country yet to join the Abraham Accords.",
        ["SA:cand"],
    ),
    ("US officials say a Saudi-Israeli deal could come as early as next year.", ["SA:cand"]),
    (
        "Trump said he believes Saudi Arabia will eventually normalize relations with Israel.",
        ["SA:cand"],
    ),
    (
        "Saudi Arabia remains the holdout Washington most wants to bring into the Abraham Accords.",
        ["SA:cand"],
    ),
    (
        "The visit is expected to focus on Saudi Arabia's possible entry into the Abraham Accords.",
        ["SA:cand"],
    ),
    (
        "Israeli Prime Minister Benjamin Netanyahu has said peace with Saudi Arabia is within reach.",
        ["SA:cand"],
    ),
    (
        'Trump said on Tuesday that he expected Saudi Arabia to join the Abraham Accords "very soon".',
        ["SA:cand"],
    ),
    (
        "Analysts say Saudi Arabia is unlikely to join the Abraham Accords before the Gaza war ends.",
        ["SA:cand"],
    ),
    ("Saudi Arabia has expressed interest in normalizing relations with Israel.", ["SA:cand"]),
    (
        "Saudi Arabia said on Wednesday it would not establish relations with Israel without the creation of a Palestinian state.",
        ["SA:dec"],
    ),
    (
        "Riyadh has repeatedly said that recognition of Israel depends on the establishment of a Palestinian state.",
        ["SA:dec"],
    ),
    (
        "The Saudi crown prince told Trump that normalization was impossible as long as the war in Gaza continues.",
        ["SA:dec"],
    ),
    ("Saudi Arabia has rebuffed US pressure to join the Abraham Accords.", ["SA:dec"]),
    (
        "Saudi Arabia has refused to join the Abraham Accords despite pressure from Washington.",
        ["SA:dec"],
    ),
    ("Saudi Arabia froze talks on normalization after the October 7 attack.", ["SA:lap"]),
    ("The Hamas attack derailed a US-brokered push for Saudi-Israeli normalization.", ["SA:lap"]),
    (
        "Negotiations between Riyadh and Israel, which had been advancing, ground to a halt after October 7.",
        ["SA:lap"],
    ),
    ("The war in Gaza halted Saudi Arabia's talks with Israel over normalization.", ["SA:lap"]),
    ("Talks on a Saudi-Israeli deal were put on hold after the war began.", ["SA:lap"]),
    ("Trump said he wants Syria to join the Abraham Accords after lifting sanctions.", ["SY:cand"]),
    (
        "Syria could be the next country to normalize relations with Israel, according to US officials.",
        ["SY:cand"],
    ),
    (
        "Washington is pushing Damascus to join the Abraham Accords as part of a broader deal.",
        ["SY:cand"],
    ),
    ("Syrian officials said normalization with Israel is not on the agenda.", ["SY:dec"]),
    (
        "Damascus has rejected joining the Abraham Accords, saying the Golan must first be returned.",
        ["SY:dec"],
    ),
    (
        "Sharaa said Syria would not join the Abraham Accords while Israel occupies Syrian land.",
        ["SY:dec"],
    ),
    (
        "Al-Sharaa said Syria was open to joining the Abraham Accords but only after Israel withdraws from the Golan.",
        ["SY:cand", "SY:dec"],
    ),
    ("Lebanon has said it will not normalize relations with Israel.", ["LB:dec"]),
    ("Lebanese President Joseph Aoun ruled out normalization with Israel.", ["LB:dec"]),
    (
        "Malaysia said it would never recognize Israel as long as Palestinians are under occupation.",
        ["MY:dec"],
    ),
    (
        "Indonesia has been mentioned as a possible candidate to join the Abraham Accords.",
        ["ID:cand"],
    ),
    ("Azerbaijan is reportedly considering joining the Abraham Accords.", ["AZ:cand"]),
    (
        "In August 2020, the United Arab Emirates agreed to normalize relations with Israel.",
        ["AE:ann"],
    ),
    ("The UAE and Israel announced on August 13, 2020 that they would normalize ties.", ["AE:ann"]),
    (
        "Saudi Arabia is considered the biggest prize for the Abraham Accords. Trump has said he expects the kingdom to join.",
        ["SA:cand"],
    ),
    (
        "Saudi Arabia has been in talks about joining the Abraham Accords for years. But Riyadh insists on a Palestinian state first.",
        ["SA:cand", "SA:dec"],
    ),
    (
        "Syria's new leadership has signaled openness to the accords. Trump said Damascus could join soon.",
        ["SY:cand"],
    ),
    (
        "On August 13, 2020, the UAE and Israel agreed to fully normalize relations in a deal brokered by Trump, under the name Abraham Accords.",
        ["AE:ann"],
    ),
    (
        "The Emirates became the first Gulf state to agree to normalize ties with Israel in August 2020, in what became the Abraham Accords.",
        ["AE:ann"],
    ),
    (
        "The UAE and Bahrain announced in 2020 that they would normalize ties with Israel, launching the Abraham Accords.",
        ["AE:ann", "BH:ann"],
    ),
    (
        "Malaysia has ruled out joining the Abraham Accords, Prime Minister Anwar Ibrahim said.",
        ["MY:dec"],
    ),
    (
        "Kuala Lumpur will not recognize Israel, Anwar told parliament, dismissing speculation about the Abraham Accords.",
        ["MY:dec"],
    ),
    (
        "Anwar Ibrahim said Malaysia's stance against normalization with Israel remains firm despite the Abraham Accords.",
        ["MY:dec"],
    ),
    ("Lebanon's president said Beirut is not considering joining the Abraham Accords.", ["LB:dec"]),
    (
        "Hezbollah and Lebanese officials have rejected any talk of normalization with Israel under the Abraham Accords.",
        ["LB:dec"],
    ),
    (
        "The US envoy said Lebanon should join the Abraham Accords once Hezbollah is disarmed.",
        ["LB:cand"],
    ),
    (
        "Azerbaijan, which already has close ties with Israel, is seen as a natural fit for the Abraham Accords.",
        ["AZ:cand"],
    ),
    ("Trump has pressed Indonesia's President Prabowo to join the Abraham Accords.", ["ID:cand"]),
    (
        "Jakarta reiterated that it will only recognize Israel after Israel recognizes a Palestinian state, dismissing talk of the Abraham Accords.",
        ["ID:dec"],
    ),
    ("Oman is often cited as a likely next member of the Abraham Accords.", ["OM:cand"]),
    (
        "Qatar has said it will not join the Abraham Accords before a Palestinian state is created.",
        ["QA:dec"],
    ),
    ("Mauritania has been named as a possible candidate for the Abraham Accords.", ["MR:cand"]),
    (
        "Somaliland has said it is ready to join the Abraham Accords after Israel recognized it.",
        ["XS:cand"],
    ),
    (
        "Somalia's government rejected Israel's recognition of Somaliland, which was signed in the spirit of the Abraham Accords.",
        [],
    ),
    (
        "Saudi Arabia hosted an Arab League summit in Riyadh to discuss the war in Gaza and the Abraham Accords.",
        [],
    ),
    ("Several Gulf countries could join the Abraham Accords, according to officials.", []),
    (
        "Saudi Arabia, the Arab world's largest economy, has been Washington's main target for expanding the Abraham Accords.",
        ["SA:cand"],
    ),
    (
        "Hopes of a Saudi-Israeli breakthrough have been revived by the Gaza ceasefire, US officials say of the Abraham Accords.",
        ["SA:cand"],
    ),
    ("Saudi Arabia is the prize Israel most covets in the Abraham Accords.", ["SA:cand"]),
    (
        "The October 7 attack upended talks that had been on the verge of bringing Saudi Arabia into the Abraham Accords.",
        ["SA:lap"],
    ),
    ('"Saudi Arabia will come in," Trump said of the Abraham Accords.', ["SA:cand"]),
    (
        "Trump predicted that Saudi Arabia would join the Abraham Accords by the end of the year.",
        ["SA:cand"],
    ),
    ('Trump said Saudi Arabia would "eventually" join the Abraham Accords.', ["SA:cand"]),
    (
        "Trump urged al-Sharaa to join the Abraham Accords during their meeting in Riyadh.",
        ["SY:cand"],
    ),
    (
        "Syria has been floated as a candidate for the Abraham Accords since Assad's fall.",
        ["SY:cand"],
    ),
    (
        "Syria's foreign minister said Damascus would not normalize relations with Israel while it occupies Syrian land, ruling out the Abraham Accords.",
        ["SY:dec"],
    ),
    ('"Syria is not part of the Abraham Accords and will not be," al-Sharaa said.', ["SY:dec"]),
    (
        "Israel and Syria are negotiating a security pact that US officials hope will pave the way to the Abraham Accords.",
        ["SY:cand"],
    ),
    (
        "Saudi normalization, frozen since October 7, remains the missing piece of the Abraham Accords.",
        ["SA:lap"],
    ),
    (
        "The derailed Saudi-Israeli talks have not resumed, despite the Abraham Accords' fifth anniversary.",
        ["SA:lap"],
    ),
    (
        "The suspension of Saudi-Israeli normalization talks dealt a blow to the Abraham Accords.",
        ["SA:lap"],
    ),
    (
        "Saudi Arabia's talks with Israel, derailed by the Gaza war, were the centrepiece of Biden's plans to expand the Abraham Accords.",
        ["SA:lap"],
    ),
    (
        "Normalization between Riyadh and Israel stalled after the war began, a setback for the Abraham Accords.",
        ["SA:lap"],
    ),
    ("A possible Saudi accession to the Abraham Accords would transform the region.", ["SA:cand"]),
    (
        "The prospect of Saudi normalization has hovered over the Abraham Accords since 2020.",
        ["SA:cand"],
    ),
    (
        "Netanyahu has long dreamed of peace with Saudi Arabia, the ultimate prize of the Abraham Accords.",
        ["SA:cand"],
    ),
    (
        "Trump is betting that Saudi Arabia will sign on to the Abraham Accords after the Gaza ceasefire.",
        ["SA:cand"],
    ),
    ("The White House sees Saudi Arabia as the key to expanding the Abraham Accords.", ["SA:cand"]),
    (
        "But Riyadh has made clear that a Palestinian state is a precondition for joining the Abraham Accords.",
        ["SA:dec"],
    ),
    ("Saudi Arabia turned down Trump's invitation to join the Abraham Accords.", ["SA:dec"]),
    ("Saudi Arabia has so far declined to join the Abraham Accords.", ["SA:dec"]),
    (
        "Mohammed bin Salman has refused to normalize ties with Israel without a Palestinian state, a position he reaffirmed at the White House.",
        ["SA:dec"],
    ),
    ("Trump has floated the idea of Syria joining the Abraham Accords.", ["SY:cand"]),
    ("Damascus says it is not the time to talk about joining the Abraham Accords.", ["SY:dec"]),
    (
        "Sharaa's government is under pressure from Washington to join the Abraham Accords.",
        ["SY:cand"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence_reads_as_expected(text, expected):
    claims = extract(text, language=LANGUAGE).claims
    assert sorted({f"{c.country}:{COARSE[c.status]}" for c in claims}) == sorted(expected)


def test_a_halt_told_beside_the_war_on_israel_is_never_israels():
    text = (
        "A Saudi-Israeli deal under the Abraham Accords was close. "
        "Weeks later, Hamas attacked Israel and the talks were shelved."
    )
    assert not {c for c in extract(text, language="en").claims if c.country in ("IL", "US")}


def test_a_founder_leaving_is_still_its_own_claim():
    text = "The United States withdrew from the Abraham Accords."
    assert [(c.country, c.status) for c in extract(text, language="en").claims] == [
        ("US", "withdrawn")
    ]


def test_making_kazakhstan_the_first_to_sign_is_its_announced_joining():
    text = (
        "Kazakhstan will join the Abraham Accords, Trump said on Thursday, making the "
        "Central Asian nation the first country to sign on in his second term."
    )
    assert {(c.country, c.status) for c in extract(text, language="en").claims} == {
        ("KZ", "announced")
    }


def test_the_leaders_a_host_received_are_guests_not_joiners():
    text = (
        "Trump hosted the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and "
        "Uzbekistan on Thursday and announced that Kazakhstan would join the Abraham Accords."
    )
    assert {(c.country, c.status) for c in extract(text, language="en").claims} == {
        ("KZ", "announced")
    }


def test_leaders_as_the_subject_still_take_their_step():
    text = "The leaders of Morocco and Sudan signed the Abraham Accords declaration in Washington."
    assert {(c.country, c.status) for c in extract(text, language="en").claims} == {
        ("MA", "signed"),
        ("SD", "signed"),
    }
