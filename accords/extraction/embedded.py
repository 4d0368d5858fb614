"""English said inside an article in another language: a quoted statement
(« Kazakhstan will join the Abraham Accords », a dit ...) or an embedded post
is read with the English data file, and its claims join the article's.

A stretch is taken for English when it is written in Latin letters, holds at
least a few words and enough of English's function words (`function_words`
in the English data file), and the language detector agrees.  Its claims keep
their English reading, with the host sentence around them as evidence (who
said it stays in view) and a little less confidence: the host language's own
words are not read with them.
"""

import bisect
import functools
import re

from .detect import identify_language
from .languages import SUPPORTED_LANGUAGES, get_language, read_raw
from .records import Claim
from .sentences import split_sentences
from .text import alternation, first_letters

# a quoted stretch on one line: straight, curly, guillemets, German low quotes
_QUOTED_RE = re.compile(
    r'"([^"\n]{12,800})"|“([^”\n]{12,800})”|«([^»\n]{12,800})»|„([^“”\n]{12,800})[“”]'
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 4
_MIN_FUNCTION_WORDS = 2
_FUNCTION_SHARE = 0.15  # of the stretch's words
_LATIN_SHARE = 0.8
_CONFIDENCE_FACTOR = 0.9


@functools.cache
def _english_function_words():
    """The English data file's function words, read without building the language."""
    if "en" not in SUPPORTED_LANGUAGES:
        return frozenset()
    return frozenset(word.lower() for word in read_raw("en").get("function_words", []))


@functools.cache
def _function_word_re(function_words):
    return re.compile(
        rf"\b{first_letters(function_words)}(?:{alternation(function_words)})\b", re.IGNORECASE
    )


def _english_like(stretch, function_words):
    words = _WORD_RE.findall(stretch)
    if len(words) < _MIN_WORDS:
        return False
    if sum(word.isascii() for word in words) < _LATIN_SHARE * len(words):
        return False
    hits = sum(word.lower() in function_words for word in words)
    return hits >= _MIN_FUNCTION_WORDS and hits >= _FUNCTION_SHARE * len(words)


def english_stretches(text, sentences, function_words):
    """(start, end) of the sentences, and the quoted stretches inside them, written
    in English, none inside another."""
    found = list(sentences)
    for sentence_start, sentence_end in sentences:
        for match in _QUOTED_RE.finditer(text, sentence_start, sentence_end):
            group = next(number for number in range(1, 5) if match.group(number) is not None)
            found.append(match.span(group))
    found.sort(key=lambda span: (span[0], -span[1]))
    kept = []
    for start, end in found:
        if kept and start < kept[-1][1]:
            continue  # inside (or across) a stretch already taken
        stretch = text[start:end]
        if _english_like(stretch, function_words) and identify_language(stretch) == "en":
            kept.append((start, end))
    return kept


def embedded_claims(text, language, published, extract_in):
    """Claims of the English stretches of a text in another language;
    extract_in(text, lang, published) reads one stretch."""
    function_words = _english_function_words()
    if language == "en" or not function_words:
        return []
    # the common case: no two English function words anywhere, no English to read (and
    # the English data, seconds to build, is not loaded for it)
    hits = [m.start() for m in _function_word_re(function_words).finditer(text)]
    if len(hits) < _MIN_FUNCTION_WORDS:
        return []
    sentences = [
        (a, b)
        for a, b in split_sentences(text)
        if bisect.bisect_left(hits, b) - bisect.bisect_left(hits, a) >= _MIN_FUNCTION_WORDS
    ]
    if not sentences:
        return []
    stretches = english_stretches(text, sentences, function_words)
    if not stretches:
        return []
    english = get_language("en")
    claims = []
    for start, end in stretches:
        host = next(((a, b) for a, b in sentences if a <= start and end <= b), (start, end))
        for claim in extract_in(text[start:end], english, published):
            claims.append(
                Claim(
                    claim.country,
                    claim.status,
                    claim.date,
                    claim.date_precision,
                    round(claim.confidence * _CONFIDENCE_FACTOR, 2),
                    text[host[0] : host[1]],
                    host[0],
                    host[1],
                    claim.background,
                )
            )
    return claims
