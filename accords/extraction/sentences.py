"""Sentence splitting for Latin, Cyrillic, Arabic and Hebrew punctuation."""

import re

# A sentence ends at . ! ? ؟ … (possibly repeated, possibly followed by closing
# quotes or brackets) followed by white space, or at a line break.
_BOUNDARY_RE = re.compile(r"[.!?؟…。]+[\"'”’»)\]]*(?=\s)|\n")
_LAST_WORD_RE = re.compile(r"(\w+(?:\.\w+)*)\.$")
# No sentence of real prose is this long: a longer run (a page that lost its
# punctuation, a list, a hostile input) is cut into pieces of at most this
# many characters at white space, so the work per sentence stays bounded and
# the time for a text grows linearly with its length.
MAX_SENTENCE = 1000


def _ends_with_abbreviation(text, position, abbreviations):
    match = _LAST_WORD_RE.search(text, max(0, position - 20), position + 1)
    if not match:
        return False
    word = match.group(1)
    # "J. Smith", "U.S. officials", "Mr. Rubio": a single letter or a dotted
    # acronym or a known abbreviation does not end the sentence.
    # "am 22. Dezember": a German ordinal day, not a sentence end
    return len(word) == 1 or "." in word or word.lower() in abbreviations or (word.isdigit() and len(word) <= 2)


def split_sentences(text, abbreviations=frozenset()):
    """(start, end) of each sentence, white space trimmed, in text order."""
    spans = []
    start = 0
    length = len(text)
    for match in _BOUNDARY_RE.finditer(text):
        end = match.end()
        if match.group() != "\n":
            following = text[end:end + 3].lstrip()
            if match.group()[0] == "." and _ends_with_abbreviation(text, match.start(), abbreviations):
                continue
            if following[:1].islower():  # "e.g. the", a cased script going on in lower case
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
