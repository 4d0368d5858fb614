"""Sentence splitting for Latin, Cyrillic, Arabic and Hebrew punctuation."""

import re

from .text import fold

# A sentence ends at . ! ? ؟ … (possibly repeated, possibly followed by closing
# quotes or brackets, German „…“ and ‚…‘ among them) followed by white space, or at a line break, or (see
# _glued_boundary) glued to the next word.
# Written to start with one character class (a line break or a full stop
# and the like) so that the search jumps between them instead of trying a
# match at every position; the same as [.!?؟…。]+[\"'”’»)\]]*(?=\s|[^\W\d_])|\n.
_BOUNDARY_RE = re.compile(r"[.!?؟…。\n](?:(?<=\n)|[.!?؟…。]*[\"'”’“‘»)\]]*(?=\s|[^\W\d_]))")
# Scraped pages lose the space after a full stop ("...السلام".من جانبها",
# "сообщил.Трамп"): with no space, a full stop ends a sentence only before a
# letter of a script without case (Arabic, Persian, Hebrew), or between a
# lower-case letter and a capital ("U.S.", "т.е.", "example.com" go on).
_UNCASED_RE = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]")


def _glued_boundary(text, start, end):
    """A full stop with no space after it: is it a sentence end?"""
    if start == 0 or not (text[start - 1].isalpha() or text[start - 1] in "\"'”’“‘»)]"):
        return False
    following = text[end]
    if _UNCASED_RE.match(following):
        return True
    before = text[start - 1]
    return following.isupper() and before.islower() and start >= 2 and text[start - 2].isalpha()


# The word before a full stop (dotted words count as one: "U.S"), read
# backwards from the stop: one match at the stop instead of a search trying
# every position of the 20 characters before it; the same word as
# (\w+(?:\.\w+)*)\.$ searched in those 20 characters and the stop.
_LAST_WORD_BACKWARDS_RE = re.compile(r"\w+(?:\.\w+)*")
# No sentence of real prose is this long: a longer run (a page that lost its
# punctuation, a list, a hostile input) is cut into pieces of at most this
# many characters at white space, so the work per sentence stays bounded and
# the time for a text grows linearly with its length.
MAX_SENTENCE = 1000


def _last_word(text, position):
    """The word right before the full stop at position (within 20
    characters), or None."""
    match = _LAST_WORD_BACKWARDS_RE.match(text[max(0, position - 20) : position][::-1])
    return match.group()[::-1] if match else None


def _ends_with_abbreviation(text, position, abbreviations, numbered=frozenset()):
    word = _last_word(text, position)
    if word is None:
        return False
    if word.lower() in numbered:
        # "No. 10", "Nr. 5": the abbreviation of a number stands before one; before a word
        # it is the word itself ("A: No. Astana agreed ...", an answer) and ends the sentence
        return text[position + 1 : position + 3].lstrip()[:1].isdigit()
    # "J. Smith", "U.S. officials", "Mr. Rubio": a single letter or a dotted
    # acronym or a known abbreviation does not end the sentence.
    # "am 22. Dezember": a German ordinal day, not a sentence end
    return (
        len(word) == 1
        or "." in word
        or word.lower() in abbreviations
        # "F-35.", "Су-57.": a model's number after a hyphen ends the
        # sentence; it is no German ordinal day
        or (
            word.isdigit()
            and len(word) <= 2
            and text[position - len(word) - 1 : position - len(word)] != "-"
        )
    )


# what follows a line break: a line going on in lower case
_LOWER_NEXT_RE = re.compile(r"[ \t]*[^\W\d_]")


# what follows a line break in a list set out in lines: a dash or bullet, then a space
_BULLET_NEXT_RE = re.compile(r"\s*[-–—•·▪] ")


def _list_line(text, position, end):
    """A line break inside a list set out in lines after a colon ("... lists the
    parties:\n– the UAE (15 September 2020),\n– Bahrain ..."): the next line opens
    with a dash or bullet, the text before ends with the colon or with an item's comma
    or semicolon (blank lines between are allowed)."""
    if not _BULLET_NEXT_RE.match(text, end):
        return False
    before = text[max(0, position - 200) : position].rstrip()
    return bool(before) and (
        before[-1] in ":,;"
        # an item ending as a sentence does ("- The embassy opened in 2023.") ends there
        or (before[-1] not in _SENTENCE_ENDS and _inside_bullet_list(text, position))
    )


_SENTENCE_ENDS = frozenset(".!?…؟")


_BULLET_LINES = 12  # how many bullet lines back the colon opening their list is looked for


def _inside_bullet_list(text, position):
    """Whether the line ending at `position` is a bullet item of a list a colon opened,
    items with no comma at their end ("members:\n- the UAE (September 2020)\n- Bahrain
    (September 2020)"): walking back over bullet lines (blank lines allowed) to a line
    ending with the colon."""
    end = position
    for _ in range(_BULLET_LINES):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not _BULLET_NEXT_RE.match(text, start):
            return line.endswith(":")
        if start == 0:
            return False
        end = start - 1
    return False


# the last word of a line (a hyphen or apostrophe before it makes it part of a longer word)
_LAST_WORD_RE = re.compile(r"(?<![\w'’-])[^\W\d_]+$")
# what follows a line break going on after a joining word: a word, a number or an opening quote
_ANY_NEXT_RE = re.compile(r"[ \t]*[\w„“\"«(]")


def _joined_line(text, position, end, joiners, months):
    """A line ending on an article, a preposition or a conjunction (`line_joiners`: "am",
    "the", "в", "في") goes on in the next line, whatever that line opens with ("am\n29.
    Januar 2026 ausgeschlossen", "in\nNew York"); so does one ending on a month's name when
    the next opens with a number, its year ("nach dem 7. Oktober\n2023 ausgesetzt")."""
    following = _ANY_NEXT_RE.match(text, end)
    if following is None:
        return False
    word = _LAST_WORD_RE.search(text, max(0, position - 40), position)
    if word is None:
        return False
    folded = fold(word.group())[0]
    if folded in joiners:
        return True
    return folded in months and text[following.end() - 1].isdigit()


# a date broken across a line ("on 22\nDecember 2020", "on 29 Sept.\n2025", "on September
# 29,\n2025"): the line before ends with its day, or its day and month, or its month and day
_DAY_BEFORE_RE = re.compile(r"(?<![\w.,])\d{1,2}\.?$")
# a short word may stand before the month and before the year ("22 de\ndiciembre de 2020")
_MONTH_YEAR_NEXT_RE = re.compile(
    r"[ \t]*(?:[^\W\d_]{1,3}[ \t]+)?([^\W\d_]+)\.?,?[ \t]+(?:[^\W\d_]{1,3}[ \t]+)?\d{4}(?!\d)"
)
_DAY_MONTH_BEFORE_RE = re.compile(r"(?<![\w.,])\d{1,2}\.?[ \t]+([^\W\d_]+)\.?$")
_MONTH_DAY_BEFORE_RE = re.compile(r"(?<![\w.])([^\W\d_]+)\.?[ \t]+\d{1,2},?$")
_YEAR_NEXT_RE = re.compile(r"[ \t]*\d{4}(?!\d)")
_DATE_LINE_REACH = 40


def _broken_date(text, position, end, months):
    """Whether the line break at `position` cuts a date in two: the line before ends with
    its day and the next opens with a month (`months`, folded words) and a year, or the
    line before ends with a day and a month (either order) and the next opens with a year.
    A PDF's or a hand's wrap, not a new line ("said on 29 Sept.\n2025 that ...")."""
    if not months:
        return False
    before = text[max(0, position - _DATE_LINE_REACH) : position].rstrip(" \t")
    if _DAY_BEFORE_RE.search(before):
        following = _MONTH_YEAR_NEXT_RE.match(text, end)
        return following is not None and fold(following.group(1))[0] in months
    if not _YEAR_NEXT_RE.match(text, end):
        return False
    found = _DAY_MONTH_BEFORE_RE.search(before) or _MONTH_DAY_BEFORE_RE.search(before)
    return found is not None and fold(found.group(1))[0] in months


def _wrapped_line(text, position, end, joiners=frozenset(), months=frozenset()):
    """A line break inside a sentence: text wrapped by hand or by a PDF
    ("Kazakh-\nstan" and "joined the\naccords" go on in lower case; "will join the\nAbraham
    ..." after a joining word, `_joined_line`), the line before not ending a paragraph; a
    line break inside a list set out in lines (`_list_line`); or one inside a date
    (`_broken_date`)."""
    if _list_line(text, position, end) or _broken_date(text, position, end, months):
        return True
    if (joiners or months) and _joined_line(text, position, end, joiners, months):
        return True
    following = _LOWER_NEXT_RE.match(text, end)
    if following is None or not text[following.end() - 1].islower():
        return False
    before = text[max(0, position - 8) : position].rstrip(" \t")
    return bool(before) and before[-1] != "\n"


def wrapped_line_breaks(text, joiners=frozenset(), months=frozenset()):
    """The positions of the line breaks inside sentences (see _wrapped_line); joiners: the
    language's `line_joiners`, months: its folded month names."""
    if "\n" not in text:
        return []
    return [
        match.start()
        for match in _LINE_BREAK_RE.finditer(text)
        if _wrapped_line(text, match.start(), match.end(), joiners, months)
    ]


_LINE_BREAK_RE = re.compile(r"\n")


def split_sentences(text, abbreviations=frozenset(), wrapped=None, numbered=frozenset()):
    """(start, end) of each sentence, white space trimmed, in text order.  wrapped: the
    text's wrapped line breaks if already found (`wrapped_line_breaks`), not read again;
    numbered: abbreviations that end no sentence only before a number ("No. 10")."""
    wrapped = set(wrapped_line_breaks(text) if wrapped is None else wrapped)
    spans = []
    start = 0
    length = len(text)
    for match in _BOUNDARY_RE.finditer(text):
        end = match.end()
        boundary = match.group()
        if end < length and not text[end].isspace() and boundary != "\n":
            if not _glued_boundary(text, match.start(), end):
                continue
        if boundary == "\n" and match.start() in wrapped:
            continue
        if boundary != "\n":
            if (
                text[end : end + 3].lstrip()[:1].islower()
            ):  # "e.g. the", a cased script going on in lower case
                continue
            if boundary[0] == "." and _ends_with_abbreviation(
                text, match.start(), abbreviations, numbered
            ):
                continue
        spans.append((start, end))
        start = end
    spans.append((start, length))
    trimmed = []
    for begin, finish in spans:
        while begin < finish and text[begin].isspace():
            begin += 1
        while finish > begin and text[finish - 1].isspace():
            finish -= 1
        while finish - begin > MAX_SENTENCE:
            cut = text.rfind(" ", begin + MAX_SENTENCE // 2, begin + MAX_SENTENCE)
            cut = cut if cut > begin else begin + MAX_SENTENCE
            trimmed.append((begin, cut))
            begin = cut
            while begin < finish and text[begin].isspace():
                begin += 1
        if finish > begin:
            trimmed.append((begin, finish))
    return trimmed
