"""The status taxonomy: one list used by the models, the parser, the API and the CLI."""

import datetime

# Ordered from the earliest stage of a country's path to the latest; the three
# last ones are exits.  Values are stable identifiers (stored, exported).
STATUSES = (
    "prospective",  # interest, speculation or expectation that it may join
    "negotiating",  # talks about joining confirmed under way
    "announced",  # a decision or agreement to join announced, not yet signed
    "signed",  # signed the accords, the declaration or a normalization agreement
    "ratified",  # ratified, or relations formally in force
    "declined",  # refuses, or will not join without a precondition
    "suspended",  # participation or relations frozen
    "withdrawn",  # left the accords
)

# The exits that are halts of a membership or of talks: a freeze, a withdrawal.
LAPSES = ("suspended", "withdrawn")

PRECISIONS = ("day", "month", "year")

# What a negation makes of a step: "will not join" is a refusal, "did not rule
# out" is interest.  A fact negated ("has not signed") is no step at all.
NEGATED = {"announced": "declined", "prospective": "declined", "declined": "prospective"}

# The accords' first year: nothing before it is a signing or an announcement of
# them, and a date before it told in another clause is older history.
ACCORDS_BEGAN = 2020

# Founding parties: the parser proposes nothing for them unless the text is
# about their own membership.
FOUNDERS = ("IL", "US")

# The states a title stands for ("the kingdom", "the sultanate", "the emirate"): an
# anaphor holding such a word is the one of them named last before it.
KINGDOMS = ("SA", "MA", "BH", "JO")
SULTANATES = ("OM",)
EMIRATES = ("AE", "QA", "KW")
MONARCHIES = KINGDOMS + SULTANATES + EMIRATES

# The countries that signed the accords in 2020 and early 2021.  Named in a
# text about the accords, in a list or beside the accords' name, they are
# background members ("which already include the UAE, Bahrain, Morocco and
# Sudan"), whatever shape the sentence takes.
SIGNATORIES_2020 = ("AE", "BH", "MA", "SD")

# The day each of them signed (a text dated before it can only tell of an
# announcement); for Sudan the normalization agreed in October 2020, which
# texts count as its step, ahead of the declaration it signed in January 2021.
SIGNING_DAYS = {
    "AE": datetime.date(2020, 9, 15),
    "BH": datetime.date(2020, 9, 15),
    "MA": datetime.date(2020, 12, 22),
    "SD": datetime.date(2020, 10, 23),
}

# Israel's older peace partners (Egypt 1979, Jordan 1994): often listed beside
# the first signatories, never members of the accords.
OLDER_PEACE = ("EG", "JO")

# Territories the parties have not accepted as states (Somaliland, "XS", has no
# ISO code).  Their own "we will join" is an intention, not a decision the
# parties took: prospective, never announced.
UNRECOGNISED = ("XS",)

# The other party of the conflict the accords step around: what the text says of
# the Palestinians' stance is about the conflict, rarely about joining.  Kept,
# at lower confidence.
CONFLICT_PARTIES = ("PS",)

# The founders and the conflict's other party: the countries a joining is never proposed for
# when the text names them beside another country (tested by membership only).
NOT_CANDIDATES = FOUNDERS + CONFLICT_PARTIES

# Countries whose joining the parties themselves announced (the first signatories in
# 2020, Kazakhstan on 6 November 2025, each told first by the US president): a founder
# telling it is the announcement.
ANNOUNCED_BY_FOUNDERS = SIGNATORIES_2020 + ("KZ",)

# Countries whose joining was announced with its signing still to come (Kazakhstan,
# November 2025): a joining of theirs told as expected ("Kazakhstan is expected to
# join", "انتظار می‌رود قزاقستان بپیوندد") is that decision, not a candidacy.
DECIDED = ("KZ",)
# The year their decision was announced: no step of theirs is older.
DECIDED_IN = 2025

# The founders' leaders and envoys, as texts name them when they speak (folded when
# used): a future joining of another country in their words is their expectation.
FOUNDER_SPEAKERS = (
    "trump",
    "трамп",
    "ترامب",
    "ترمپ",
    "ترامپ",
    "טראמפ",
    "netanyahu",
    "netanyahou",
    "netanjahu",
    "нетаньяху",
    "нетаньяхи",
    "نتنياهو",
    "نتانیاهو",
    "נתניהו",
    "witkoff",
    "уиткофф",
    "ويتكوف",
    "ویتکاف",
    "rubio",
    "рубио",
    "روبيو",
    "روبیو",
    # their titles with no name ("a affirmé le président américain", "said the US
    # president", "dijo el presidente estadounidense")
    "president americain",
    "president des etats-unis",
    "premier ministre israelien",
    "secretaire d'etat americain",
    "us president",
    "american president",
    "israeli prime minister",
    "us secretary of state",
    "presidente estadounidense",
    "presidente de estados unidos",
    "primer ministro israeli",
    "us-prasident",
    "amerikanische prasident",
    "israelische ministerprasident",
)
