"""Text helpers: folding for matching (with offsets back into the original) and
collapsing paragraphs that scrapers repeat."""

import bisect
import re
import unicodedata

# Characters dropped before matching: Arabic tatweel plus every format control
# (bidi marks, zero-width joiners, soft hyphen) and combining mark (Arabic
# tashkeel, Hebrew niqqud, Latin accents after decomposition).
_DROPPED_RE = re.compile(
    r"[\u0640\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u0300-\u036f"
    r"\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]"
)

# One character in, one character out: accents off, Arabic letter variants
# unified (Persian and Arabic yeh and kaf, alef with hamza), Eastern digits to
# ASCII, typographic apostrophes to "'", typographic spaces and superscript digits to " ".
_SPECIAL = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ک": "ك",
    "ۀ": "ه",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "´": "'",
    "ё": "е",
    "й": "и",
    # scraped pages put no-break and other typographic spaces between words
    # ("Abraham\u00a0Accords") and non-breaking hyphens inside names
    "\u00a0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2007": " ",
    "\u2008": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u205f": " ",
    "\u3000": " ",
    "\u2010": "-",
    "\u2011": "-",
    # a footnote's superscript number right after a word or a year ("Baréin¹,", "en enero de
    # 2021⁴"): a space, so the word and the year stand alone
    "\u00b9": " ",
    "\u00b2": " ",
    "\u00b3": " ",
    "\u2070": " ",
    "\u2074": " ",
    "\u2075": " ",
    "\u2076": " ",
    "\u2077": " ",
    "\u2078": " ",
    "\u2079": " ",
}


def _build_table():
    table = {}
    for start, end in ((0x00C0, 0x0250), (0x0400, 0x0530), (0x1E00, 0x1F00)):
        for code in range(start, end):
            char = chr(code)
            base = "".join(
                c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
            )
            if len(base) == 1 and base != char:
                table[code] = base
    for digits in ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"):
        for value, char in enumerate(digits):
            table[ord(char)] = str(value)
    for char, repl in _SPECIAL.items():
        table[ord(char)] = repl
    # "ı" (Turkish dotless i) is left alone: folding it would merge real words.
    return table


_TABLE = _build_table()
# str.translate looks every character up in the table and pays for a missed
# lookup (most characters): replacing only the characters the table holds is
# several times faster and gives the same text.
_TABLE_RE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TABLE)) + "]")


# No replacement holds a character the table replaces: replacing one
# character after the other gives the same text as replacing them all at once.
assert not {ord(char) for repl in _TABLE.values() for char in repl} & _TABLE.keys()


def _translate(text):
    # one str.replace (in C) for each distinct character the text holds,
    # instead of a Python call for each occurrence
    for char in set(_TABLE_RE.findall(text)):
        text = text.replace(char, _TABLE[ord(char)])
    return text


# Quotation marks are dropped too, with the space after one that stands
# between spaces: a quoted word inside a phrase ("a « rejoint » les accords",
# "to \u201cexpand\u201d the accords") still reads as the phrase.
_QUOTES = '"\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a'
# Single quotes too ("Trump says Riyadh will 'soon' join", British and South Asian
# papers quote so), except between two letters or digits, where they are apostrophes
# ("Trump's", "l'adhésion", "Kazakistan'ın") and stay.
_SINGLE_QUOTES = "'\u2018\u2019"
# Characters that do not fold one-to-one: the dropped ones, and "İ", whose
# lower case is two characters ("i" + combining dot).  Written to start with
# one character class, so that the search jumps between such characters
# instead of trying a match at every position; the same as
# (?<=\s)[quotes][^\S\n]|[quotes]|(?<!\w)[single]|[single](?!\w)|[dropped İ].
# An editor's square brackets inside a word ("ne se pos[ait] pas", "[t]he accords", "join[ed]")
# are dropped with the letters between them kept: the match holds the letters and the closing
# bracket (`_BRACKETED_LETTERS`); anything else in square brackets stays as it is, a footnote's
# number after a word ("joined[1]") among them.
_BRACKETED_LETTERS = (
    r"(?:(?<=[^\W\d_]\[)[^\W\d_]{1,12}\]|(?<=\[)[^\W\d_]{1,3}\](?=[^\W\d_])|(?<!\[))"
)
_SPECIAL_RE = re.compile(
    "["
    + _QUOTES
    + _SINGLE_QUOTES
    + _DROPPED_RE.pattern[1:-1]
    + r"İ\["
    + "]"
    + _BRACKETED_LETTERS
    + rf"(?:(?<=\s[{_QUOTES}])[^\S\n])?(?!(?<=\w[{_SINGLE_QUOTES}])\w)"
)
_EDITOR_BRACKETS_RE = re.compile(r"\[" + _BRACKETED_LETTERS)
# the Latin comma and the Arabic one (Arabic, Persian), for every module that asks for a comma
COMMA_RE = re.compile("[,،]")
# a word of letters or digits, as the clause rules count them
WORD_RE = re.compile(r"[^\W_]+")
# a mark that ends a sentence, or a line break
SENTENCE_MARK_RE = re.compile(r"[.!?؟\n]")
_SINGLE_QUOTE_RE = re.compile(f"[{_SINGLE_QUOTES}]")
# A single quote with a letter or digit on both sides: an apostrophe, kept.
_APOSTROPHE_RE = re.compile(rf"(?<=\w)[{_SINGLE_QUOTES}](?=\w)")


def fold(text):
    """Return (folded, index): folded is lower-cased, accent- and mark-free text
    for matching; index maps each folded position to its original position
    (one extra position for the end) through to_original and to_folded, or is
    None when positions are unchanged."""
    if not _SPECIAL_RE.search(text):
        lowered = text.lower()
        if len(lowered) == len(text):
            return _translate(lowered), None
    # Copy the runs between special characters in bulk: Arabic with tashkeel
    # or Turkish with "İ" must not fall back to a per-character loop.
    pieces = []
    index = Offsets()
    size = 0
    last = 0
    for match in _SPECIAL_RE.finditer(text):
        position = match.start()
        if position > last:
            pieces.append(text[last:position].lower())
            index.add(size, last)
            size += position - last
        if match.group() == "İ":
            pieces.append("i")
            index.add(size, position)
            size += 1
        elif match.group()[0] == "[":
            letters = match.group()[1:-1]  # the editor's letters, kept without the brackets
            pieces.append(letters.lower())
            index.add(size, position + 1)
            size += len(letters)
        last = match.end()
    if last < len(text):
        pieces.append(text[last:].lower())
        index.add(size, last)
        size += len(text) - last
    folded = _translate("".join(pieces))  # one character for one: the index holds
    if len(folded) != size:
        # another character whose lower case is longer (rare): go slowly
        return _fold_slowly(text)
    index.add(size, len(text))
    index.size = size + 1
    return folded, index


def _fold_slowly(text):
    # an editor's brackets inside a word, dropped as in fold
    brackets = set()
    for match in _EDITOR_BRACKETS_RE.finditer(text):
        brackets.update((match.start(), match.end() - 1))
    out = []
    index = Offsets()
    size = 0
    for position, char in enumerate(text):
        if char in _QUOTES or (char in _SINGLE_QUOTES and not _APOSTROPHE_RE.match(text, position)):
            continue
        if position in brackets:
            continue
        lowered = char.lower()
        if len(lowered) != 1:
            lowered = lowered[0]
        folded = _DROPPED_RE.sub("", lowered.translate(_TABLE))
        out.append(folded)
        for _ in folded:
            index.add(size, position)
            size += 1
    index.add(size, len(text))
    index.size = size + 1
    return "".join(out), index


class Offsets:
    """Folded positions mapped to original ones, stored by runs: where a run
    starts (starts) and the original position it starts at (origins); inside a
    run both advance together.  A megabyte of Arabic with tashkeel keeps one
    entry per removed mark, not one per character."""

    def __init__(self):
        self.starts = []
        self.origins = []
        self.size = 0  # folded positions mapped: the folded length plus the end

    def add(self, start, origin):
        """Folded position start is at original position origin (starts grow)."""
        if self.starts and origin - start == self.origins[-1] - self.starts[-1]:
            return  # the run before goes on
        self.starts.append(start)
        self.origins.append(origin)

    def original(self, position):
        number = bisect.bisect_right(self.starts, position) - 1
        return self.origins[number] + position - self.starts[number]

    def folded(self, position):
        """The first folded position at or after an original position."""
        number = bisect.bisect_right(self.origins, position) - 1
        if number < 0:
            return 0
        folded = self.starts[number] + position - self.origins[number]
        run_end = self.starts[number + 1] if number + 1 < len(self.starts) else self.size
        return min(folded, run_end)

    def runs(self, start, end):
        """(folded, original) where runs begin between folded start and end."""
        if start >= end:
            return
        first = bisect.bisect_right(self.starts, start) - 1
        yield start, self.origins[first] + start - self.starts[first]
        for number in range(first + 1, bisect.bisect_left(self.starts, end)):
            yield self.starts[number], self.origins[number]


def to_original(index, position):
    return position if index is None else index.original(position)


def to_folded(index, position):
    """The first folded position at or after an original position."""
    return position if index is None else index.folded(position)


def fold_phrase(phrase):
    # A data file's single quotes are all apostrophes ("'s", "l'", "(l'|l’)objectif"): kept,
    # where a text's quotation marks are dropped.
    return "'".join(fold(piece)[0] for piece in _SINGLE_QUOTE_RE.split(phrase)).strip()


def collapse_repeated_paragraphs(text):
    """Drop every paragraph that repeats one seen earlier (compared with
    whitespace normalised), keeping the first occurrence and the line breaks.
    Scraped pages often carry the whole article twice."""
    seen = set()
    kept = []
    for paragraph in text.split("\n"):
        key = " ".join(paragraph.split())
        if key and key in seen:
            continue
        if key:
            seen.add(key)
        kept.append(paragraph)
    collapsed = "\n".join(kept)
    return re.sub(r"\n{3,}", "\n\n", collapsed)


# "at- mayacağını": a word broken at a line end, its hyphen kept and the break
# turned into a space.  The hyphen comes first in the pattern (a letter before
# it is checked behind it) so that the search jumps from hyphen to hyphen.
_BROKEN_WORD_RE = re.compile(r"-(?<=[^\W\d_]-)[ \t]*\n?[ \t]*(?=([^\W\d_]+))")


def join_broken_words(text, folded, index, keep=frozenset()):
    """Remove the hyphen and break inside words broken across lines: the
    piece after the hyphen starts with a lower-case letter and is not one of
    `keep` (German "Handels- und Wirtschaftsfragen" stays as it is).  Returns
    (folded, index) like fold."""
    cuts = []
    for match in _BROKEN_WORD_RE.finditer(folded):
        if match.end() == match.start() + 1:
            continue  # "Bin-Salman": an ordinary hyphen
        original = to_original(index, match.end())
        if text[original].islower() and match.group(1) not in keep:
            cuts.append(match.span())
    if not cuts:
        return folded, index
    if index is None:
        index = Offsets()
        index.add(0, 0)
        index.size = len(folded) + 1
    pieces, new_index, size, last = [], Offsets(), 0, 0
    for start, end in cuts + [(index.size, index.size)]:
        pieces.append(folded[last:start])
        for position, original in index.runs(last, start):
            new_index.add(size + position - last, original)
        size += start - last
        last = end
    new_index.size = size
    return "".join(pieces), new_index


def alternation(words):
    """One regex matching any of the words, escaped, the longest first where
    several match at one place (so that "and also" is tried before "and").
    Written as a trie ("and(?: also)?|but"): the regex engine reads each letter
    once instead of trying every word in turn, the same matches several times
    faster on a long list (the tails of split cues, the months, the English
    function words)."""
    tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(tree)


def _trie_pattern(node):
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a word ending here: what follows is tried first (greedy), then nothing
    return f"(?:{body})?" if "" in node else body


def first_letters(*word_lists):
    """A look-ahead for the first letters of the words: put before a pattern
    that opens with their alternation at a word's start, it turns away the
    positions where no word can start with one test, which the regex engine
    would otherwise make for every word (a pattern opening with a look-behind
    gets none of its own skipping).  Empty where there are no words."""
    firsts = {word[0] for words in word_lists for word in words if word}
    return f"(?=[{re.escape(''.join(sorted(firsts)))}])" if firsts else ""
