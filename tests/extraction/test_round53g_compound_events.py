"""A German event told by a closed compound before its date ("seit Beginn des Bürgerkriegs
2023", "nach dem Großangriff vom 7. Oktober 2023", "seit dem Armeeputsch im Oktober 2021",
"seit dem Nahostkrieg im Oktober 2023"): the compound's last piece is the event word
(`cause_events` "*krieg*", "*angriff*", "*putsch*", "*anschlag", "*konflikt*", "*krise", ...),
so the date is the war's, the attack's or the coup's, and the halt told after, since or
because of it stays undated, as after the bare "Krieg" or a hyphenated "Gaza-Krieg" (read
before). German alone writes such compounds as one word; the other languages put the event in
a word of its own ("civil war", "guerra civil", "guerre civile"). A date told with the halt
itself ("im Oktober 2023 auf Eis gelegt"), or set off from the war by the halt's own words,
keeps it."""

import pytest

from tests.extraction.found import U, found_dated

SUDAN = "Der Sudan trat den Abraham-Abkommen im Januar 2021 bei. "

UNDATED = [
    SUDAN + "Doch seit Beginn des Bürgerkriegs 2023 liegt die Annäherung auf Eis.",
    SUDAN + "Seit dem Armeeputsch im Oktober 2021 liegt die Annäherung allerdings auf Eis.",
    "Saudi-Arabien hat die Gespräche über die Abraham-Abkommen nach dem Großangriff vom "
    "7. Oktober 2023 auf Eis gelegt.",
    "Saudi-Arabien hat die Gespräche über die Abraham-Abkommen seit dem Nahostkrieg im Oktober "
    "2023 auf Eis gelegt.",
    # read before: the event word after a hyphen or opening the compound
    SUDAN + "Doch seit Ausbruch des Bürgerkriegs im April 2023 liegt die Normalisierung auf Eis.",
    "Saudi-Arabien hat die Gespräche über die Abraham-Abkommen nach dem Hamas-Angriff vom "
    "7. Oktober 2023 auf Eis gelegt.",
]


@pytest.mark.parametrize("text", UNDATED)
def test_a_halt_after_a_compound_event_keeps_no_date(text):
    found = found_dated(text, "de", {"SD", "SA"})
    halts = {item for item in found if item[1] == U}
    assert halts and all(item[2] is None for item in halts)


@pytest.mark.parametrize(
    "text,country,date",
    [
        # the date told with the halt itself
        (
            "Saudi-Arabien hat die Gespräche über die Abraham-Abkommen im Oktober 2023 auf Eis "
            "gelegt.",
            "SA",
            "2023-10",
        ),
        # a date after the war, set off by the halt's own words
        (
            SUDAN + "Wegen des Bürgerkriegs liegt die Annäherung seit April 2023 auf Eis.",
            "SD",
            "2023-04",
        ),
    ],
)
def test_a_halt_dated_by_its_own_words_keeps_it(text, country, date):
    found = found_dated(text, "de", {country})
    halts = {item for item in found if item[0] == country and item[1] == U}
    assert halts and all(str(item[2]).startswith(date) for item in halts)


def test_the_signing_before_keeps_its_month():
    found = found_dated(UNDATED[0], "de", {"SD"})
    assert any(item[1] == "signed" and str(item[2]).startswith("2021-01") for item in found)
