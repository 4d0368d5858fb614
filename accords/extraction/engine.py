"""Text in, claims out: which country takes which step on the Abraham Accords path.

For every sentence: country mentions and cue words (both from the language
file) are found on folded text; each status cue is adjusted by negations,
modal and conditional words around it (_adjusted_cues), then given to the
country list it is about (_assignments): the nearest one before it in its
clause, else the one after it, skipping counterparts ("with Israel"),
comparisons ("like the UAE"), places, countries inside a precondition
("without a Palestinian state"), countries that only attended, and the
founding parties (_subject_lists).  Dates, background and confidence come
last (_scored).  A join cue counts only where the accords are named nearby
or in the article's lead; a signing only where they are named in the
sentence and nothing else (trade, peace treaties) is signed.

The steps live in their own modules, in the order they run:

- records.py: the named records passed between steps, and Claim/Extraction;
- finding.py: mentions, cues, datelines, page furniture, lists, clause breaks;
- claims.py: the article sentence by sentence (_extract, _sentence_claims),
  background members, reporting dates, each claim once;
- sentence.py: one sentence under analysis (_Sentence);
- steps.py: cues turned by negations, modals and conditions (_adjusted_cues);
- assignment.py: who takes each step (_subject_lists, _assignments, gaps);
- confidence.py: dates, background and confidence (_scored);
- embedded.py: English quoted inside an article in another language.
"""

import datetime
import logging

from .claims import _deduplicate, _extract
from .detect import identify_language
from .embedded import embedded_claims
from .languages import SUPPORTED_LANGUAGES, get_language
from .records import Claim, Extraction

__all__ = ["Claim", "Extraction", "extract"]

logger = logging.getLogger(__name__)


def extract(
    text: str, *, language: str | None = None, published: datetime.date | None = None
) -> Extraction:
    """Claims found in text; never raises on any str input.

    language None means detect it; published resolves relative dates
    ("on Thursday", "kemarin")."""
    if not isinstance(text, str) or not text.strip():
        return Extraction(language, [])
    try:
        if language is None:
            # a language that is not one of ours is named, and gives no claims
            language = identify_language(text)
        lang = get_language(language) if language in SUPPORTED_LANGUAGES else None
        if lang is None:
            return Extraction(language, [])
        if isinstance(published, datetime.datetime):
            published = published.date()
        elif not isinstance(published, datetime.date):
            published = None
        claims = _extract(text, lang, published)
        # English quoted inside an article in another language
        embedded = embedded_claims(text, language, published, _extract)
        if embedded:
            claims = _deduplicate(claims + embedded)
        return Extraction(language, claims)
    except Exception:  # the contract is "never raises": log the bug, return nothing
        logger.exception("extraction failed")
        return Extraction(language, [])
