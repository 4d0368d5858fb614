"""What the parser finds in a text, as the class tests and the challenge sets compare it."""

import datetime

import pytest

from accords.extraction import extract

# The challenge sets' articles are read as published on this day (relative dates resolve to it).
PUBLISHED = datetime.date(2025, 11, 20)

S, A, P, N, D, U = "signed", "announced", "prospective", "negotiating", "declined", "suspended"


def found(text, language):
    """The (country, status) pairs the parser finds."""
    return {(claim.country, claim.status) for claim in extract(text, language=language).claims}


def found_dated(text, language, dated):
    """(country, status), with the date as a third item for the countries in `dated`."""
    pairs = set()
    for claim in extract(text, language=language, published=PUBLISHED).claims:
        if claim.country in dated:
            pairs.add((claim.country, claim.status, claim.date))
        else:
            pairs.add((claim.country, claim.status))
    return pairs


def challenge_params(cases, known_misses, prefix=""):
    """One test per case of a challenge set ({language: [(text, expected), ...]}), named
    language-number (prefix-language-number with a prefix, for several sets in one test);
    the known misses ({id: reason}) are strict xfails, so a case that starts passing must
    leave the list."""
    params = []
    for language, language_cases in cases.items():
        for number, (text, expected) in enumerate(language_cases, 1):
            case_id = f"{prefix}-{language}-{number}" if prefix else f"{language}-{number}"
            marks = []
            if case_id in known_misses:
                marks = [pytest.mark.xfail(strict=True, reason=known_misses[case_id])]
            params.append(pytest.param(language, text, expected, id=case_id, marks=marks))
    return params


def numbered_params(cases, known_misses):
    """As challenge_params, for cases of any shape ({language: [item, ...]}): one test per
    item, (language, item), named language-number."""
    params = []
    for language, items in cases.items():
        for number, item in enumerate(items, 1):
            case_id = f"{language}-{number}"
            marks = []
            if case_id in known_misses:
                marks = [pytest.mark.xfail(strict=True, reason=known_misses[case_id])]
            params.append(pytest.param(language, item, id=case_id, marks=marks))
    return params


def check_case(language, text, expected):
    """A challenge case: exactly the claims expected, dates where a claim gives one."""
    dated = {item[0] for item in expected if len(item) == 3}
    assert found_dated(text, language, dated) == expected


# The corpus scorer's coarse statuses, short and long: prospective and negotiating are a
# candidacy, signed and ratified a membership, suspended and withdrawn a lapse.
COARSE = {
    "prospective": "cand",
    "negotiating": "cand",
    "announced": "ann",
    "signed": "mem",
    "ratified": "mem",
    "declined": "dec",
    "suspended": "lap",
    "withdrawn": "lap",
}
COARSE_NAMES = {
    "cand": "candidate",
    "ann": "announced",
    "mem": "member",
    "dec": "declined",
    "lap": "lapsed",
}


def coarse(text, language, *, names=False):
    """The (country, coarse status) pairs the parser finds (long names with names=True)."""
    return {
        (claim.country, COARSE_NAMES[COARSE[claim.status]] if names else COARSE[claim.status])
        for claim in extract(text, language=language).claims
    }
