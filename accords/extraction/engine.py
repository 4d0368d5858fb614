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
"""

import bisect
import datetime
import functools
import logging
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .dates import find_dates
from .detect import identify_language
from .languages import SUPPORTED_LANGUAGES, get_language
from .matching import scan
from .sentences import split_sentences
from .statuses import FOUNDERS, OLDER_PEACE, SIGNATORIES_2020, SIGNING_DAYS, UNRECOGNISED
from .text import fold, fold_phrase, join_broken_words, to_folded, to_original

logger = logging.getLogger(__name__)

# Statuses a negation turns into a refusal ("will not join"); a negated
# refusal ("did not rule out joining") is interest.  Other negated cues
# ("has not signed yet") say nothing certain and are dropped.
_NEGATED = {"announced": "declined", "prospective": "declined", "declined": "prospective"}
# Founders only get a claim about leaving or freezing their own membership.
_FOUNDER_STATUSES = {"suspended", "withdrawn"}
# Steps that are facts: after "should", "could" they are not claimed at all.
_FACTS = {"signed", "joined", "ratified", "suspended", "withdrawn", "negotiating"}
# What a denied rumour is about: joining.  Later sentences saying it again give nothing.
_RUMOURED = {"prospective", "negotiating", "announced"}
_NEGATION_REACH = 30  # folded characters between a negation and its cue
_MODAL_REACH = 60
_RESTRICTION_REACH = 120  # "would join ... but only if": a restriction after the cue, in its sentence
_CAREFUL_REACH = 60  # a "talks"/"possible" cue this close to "accession" decides its status
_HALT_REACH = 40  # talks this close to "froze", "halted" are the thing halted
_TOPIC_WINDOW = 4  # sentences back in which the accords must be named
_ARTICLE_TOPIC_HITS = 3  # or named this often anywhere in the article
_LEAD_SENTENCES = 3  # or named in the title and lead
_OFF_TOPIC_REACH = 80  # "trade" this close to "signed", in its clause, makes it a trade signing
_DATE_REACH = 80  # a date this close to a claim (same clause, nearest cue) belongs to it
# Quotes and brackets are no break: "...," the minister said on Monday;
# "Kazakhstan on Thursday (6/11) announced".
_CLAUSE_PUNCTUATION_RE = re.compile(r"[;:—–؛]")
_QUESTION_RE = re.compile(r"[?؟][\"'”’»)\]]*\s*$")


@dataclass(frozen=True)
class Claim:
    country: str
    status: str
    date: str | None
    date_precision: str | None
    confidence: float
    evidence: str
    start: int
    end: int
    background: bool

    def as_json(self):
        return {
            "country": self.country,
            "status": self.status,
            "date": self.date,
            "date_precision": self.date_precision,
            "confidence": self.confidence,
            "evidence": self.evidence,
            "background": self.background,
        }


@dataclass(frozen=True)
class Extraction:
    language: str | None  # ISO 639-1; may be a language we do not read (then no claims)
    claims: list[Claim]  # each (country, status, date) once, the most confident, in text order

    @property
    def supported(self):
        return self.language in SUPPORTED_LANGUAGES


class _Step(NamedTuple):
    """A status cue after negations, modals and conditions turned it."""

    start: int
    end: int
    status: str
    weakened: bool  # a modal or condition made it prospective


class _Assignment(NamedTuple):
    """A step given to the country list it is about."""

    cue_start: int
    cue_end: int
    status: str
    weakened: bool
    subject: list  # the _Mention list taking the step
    after: bool  # the subject follows the cue
    continuation: bool | str  # True: "followed by"; "gap": a dated list with no verb of its own


class _Found(NamedTuple):
    """One country's step read from one sentence, before it becomes a Claim."""

    country: str
    status: str
    date: object  # dates.FoundDate or None
    confidence: float
    background: bool


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    word_start: int
    word_end: int
    country: str
    kind: str


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    category: str
    payload: str | None


def extract(text: str, *, language: str | None = None, published: datetime.date | None = None) -> Extraction:
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
        return Extraction(language, _extract(text, lang, published))
    except Exception:  # the contract is "never raises": log the bug, return nothing
        logger.exception("extraction failed")
        return Extraction(language, [])


def _mentions(text, folded, index, lang):
    mentions = []
    for hit in scan(lang.countries, folded, lang):
        original_start = to_original(index, hit.start)
        original_end = to_original(index, hit.end)
        for iso, kind, case in hit.entries:
            if case == "cap" and not text[original_start].isupper():
                continue
            if case not in (None, "cap") and text[original_start:original_end] != case:
                continue
            mentions.append(_Mention(hit.start, hit.end, hit.word_start, hit.word_end, iso, kind))
            break
    return mentions


def _cues(folded, lang):
    cues = []
    for automaton, overlapping in ((lang.cues, False), (lang.context, True)):
        # context words are independent signals: ", disusul" (a clause break)
        # must not hide "disusul" (a continuation)
        for hit in scan(automaton, folded, lang, overlapping=overlapping):
            for category, payload, _wildcard, tail in hit.entries:
                # a split cue ("افتتحت ... سفارتها", "botschaft ... eröffnet") is
                # kept at its head: the subject may stand between the parts
                if tail and _find_tail(folded, hit.word_end, tail) is None:
                    continue
                cues.append(_Cue(hit.word_start, hit.word_end, category, payload))
    cues.sort(key=lambda cue: cue.start)
    return cues


_SUFFIX_RE = re.compile(r"'?(\w+)")
_TAIL_REACH = 100  # German puts the verb's second part at the clause end
_SENTENCE_END_RE = re.compile(r"[.!?;؟\n]")


def _find_tail(folded, start, tail):
    """End of the tail word(s) within a few words after start, in the same sentence."""
    window = folded[start:start + _TAIL_REACH]
    stop = _SENTENCE_END_RE.search(window)
    if stop:
        window = window[:stop.start()]
    position = window.find(tail)
    while position >= 0:
        before = window[position - 1] if position > 0 else " "
        if not before.isalnum():
            end = start + position + len(tail)
            while end < len(folded) and folded[end].isalnum():
                end += 1
            return end
        position = window.find(tail, position + 1)
    return None


class _Sorted:
    """Items sorted by start, sliced by position in O(log n): a long article
    has thousands of sentences, each asking for its own mentions and cues."""

    def __init__(self, items):
        self.items = sorted(items, key=lambda item: item.start)
        self.starts = [item.start for item in self.items]

    def __iter__(self):
        return iter(self.items)

    def __bool__(self):
        return bool(self.items)


def _between(items, start, end):
    if not isinstance(items, _Sorted):
        items = _Sorted(items)
    return items.items[bisect.bisect_left(items.starts, start):bisect.bisect_left(items.starts, end)]


# "KUALA LUMPUR - ", "RIYADH, Nov 6 (Reuters) — ", "الرياض - ": where the
# report was filed, not who acts.
_DATELINE_RE = re.compile(r"(?m)^[ \t]*[^\n.!?;:]{1,60}?\s[-–—]+\s")


# an ISO date heading the text ("2020-08", "date 2020-08-20"), as page stores write it
_HEADING_DATE_RE = re.compile(r"\A\W*(?:\w+\s+)?(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)")


def _text_date(text, published):
    """The latest day the text can have been written: the publication date,
    else the ISO date heading it (a month stands for its last day)."""
    if published is not None:
        return published
    match = _HEADING_DATE_RE.match(text[:40])
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2]), match[3]
    try:
        if day:
            return datetime.date(year, month, int(day))
        following = datetime.date(year + month // 12, month % 12 + 1, 1)
    except ValueError:
        return None
    return following - datetime.timedelta(days=1)


def _datelines(text, index):
    spans = []
    for match in _DATELINE_RE.finditer(text):
        if len(match.group().split()) <= 8:
            spans.append((to_folded(index, match.start()), to_folded(index, match.end())))
    return spans


_BOILERPLATE_CACHE = {}


def _boilerplate_re(lang):
    """A line that starts with "Read also:", "Share on", "Photo:" (the data
    file's "boilerplate") is page furniture: a link to another story, a
    caption, a share button.  Its countries and cues are not the article's."""
    if lang.code not in _BOILERPLATE_CACHE:
        phrases = sorted((fold_phrase(p) for p in lang.raw.get("boilerplate", [])), key=len, reverse=True)
        _BOILERPLATE_CACHE[lang.code] = re.compile(
            r"(?m)^[^\w\n]*(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)[^\n]*"
        ) if phrases else None
    return _BOILERPLATE_CACHE[lang.code]


def _boilerplate(folded, lang):
    pattern = _boilerplate_re(lang)
    return [match.span() for match in pattern.finditer(folded)] if pattern else []


def _extract(text, lang, published):
    folded, index = fold(text)
    folded, index = join_broken_words(text, folded, index, _conjunction_words(lang))
    furniture = _boilerplate(folded, lang)
    datelines = sorted(_datelines(text, index) + furniture)
    dateline_starts = [start for start, _ in datelines]

    def in_dateline(position):
        number = bisect.bisect_right(dateline_starts, position) - 1
        return number >= 0 and position < datelines[number][1]

    furniture_starts = [start for start, _ in furniture]

    def in_furniture(position):
        number = bisect.bisect_right(furniture_starts, position) - 1
        return number >= 0 and position < furniture[number][1]

    mentions = _Sorted(m for m in _mentions(text, folded, index, lang) if not in_dateline(m.start))
    if not mentions:
        return []
    cues = _Sorted(c for c in _cues(folded, lang) if not in_furniture(c.start))
    israel = [(m.start, m.end) for m in mentions if m.country == "IL"]
    israel_starts = [start for start, _ in israel]

    def names_israel(position):
        number = bisect.bisect_right(israel_starts, position) - 1
        return number >= 0 and position < israel[number][1]

    # "Israel" alone does not make a text about the accords; their name,
    # "normalization" or "the declaration" does
    strong_topics = [cue.start for cue in cues if cue.category == "topic" and not names_israel(cue.start)]
    conjunction_re = _conjunction_re(lang)
    break_words = _Sorted(cue for cue in cues if cue.category == "clause_breaks")
    abbreviations = frozenset(lang.raw.get("abbreviations", []))
    anaphora = _Sorted(cue for cue in cues if cue.category == "anaphora")
    claims = []
    denied = set()  # countries that denied a rumour: the rumour itself is no claim
    previous = []  # mentions of the sentence before
    carried = None  # the step of the sentence before: "Morocco followed in December" takes it
    sentences = split_sentences(text, abbreviations)
    text_date = _text_date(text, published)
    folded_spans = [(to_folded(index, a), to_folded(index, b)) for a, b in sentences]
    with_topic = [bisect.bisect_left(strong_topics, a) < bisect.bisect_left(strong_topics, b) for a, b in folded_spans]
    # an article that names the accords in its title or lead, or keeps naming
    # them, is about them throughout
    article_on_topic = len(strong_topics) >= _ARTICLE_TOPIC_HITS or any(with_topic[:_LEAD_SENTENCES])
    for number, (sentence_start, sentence_end) in enumerate(sentences):
        start, end = folded_spans[number]
        # "Kazakhstan will join next month": about the accords only if they
        # were named nearby (not "will join the BRICS bank" in a text that
        # names Israel once)
        near_topic = article_on_topic or any(with_topic[max(0, number - _TOPIC_WINDOW):number + 2])
        sentence_mentions = _between(mentions, start, end)
        sentence_anaphora = _between(anaphora, start, end)
        candidates = [m for m in previous if m.country not in FOUNDERS and m.kind != "anaphor"]
        if sentence_anaphora and candidates:
            # "The West African country may join": the country named just
            # before, unless this sentence already named one before the anaphor
            sentence_mentions = sorted(sentence_mentions + [
                _Mention(a.start, a.end, a.start, a.end, candidates[-1].country, "anaphor")
                for a in sentence_anaphora
                if not any(m.start < a.end and m.country not in FOUNDERS for m in sentence_mentions)
            ], key=lambda m: m.start)
        previous = sentence_mentions
        if not sentence_mentions:
            carried = None
            continue
        sentence_cues = _between(cues, start, end)
        found = _sentence_claims(
            folded, start, end, sentence_mentions, sentence_cues, break_words,
            lang, published, near_topic, conjunction_re, text[sentence_start:sentence_end],
            denied, carried,
        )
        carried = found[-1].status if found else None
        found += _background_members(folded, start, end, sentence_mentions, found, conjunction_re, lang, published,
                                     near_topic, with_topic[number], text[sentence_start:sentence_end],
                                     sentence_cues, text_date)
        evidence = text[sentence_start:sentence_end]
        reporting = None
        if any(f.date is None for f in found) and number + 1 < len(sentences):
            reporting = _reporting_date(sentences[number + 1], index, folded, mentions, cues, lang, published,
                                        {country for country, *_ in found})
        for country, status, date, confidence, background in found:
            if country in denied and status in _RUMOURED:
                continue  # the denied rumour repeated; a dated freeze or break of the past still counts
            if date is None and reporting is not None and status != "signed" and not background:
                date = reporting
            if status == "announced" and country in UNRECOGNISED:
                status = "prospective"  # "Somaliland will join": its intention; the parties have not accepted it
            claims.append(Claim(
                country=country, status=status,
                date=date.value if date else None,
                date_precision=date.precision if date else None,
                confidence=round(min(0.99, max(0.05, confidence)), 2),
                evidence=evidence, start=sentence_start, end=sentence_end,
                background=background,
            ))
    # "Morocco agreed to normalize relations": a text telling a country's
    # announcement is not also telling it as a background member
    announcing = {c.country for c in claims if c.status == "announced" and not c.background
                  and c.country in SIGNATORIES_2020}
    claims = [c for c in claims if not (c.background and c.status == "signed" and c.country in announcing)]
    return _deduplicate(claims)


_BACKGROUND_CONFIDENCE = 0.6


def _background_members(folded, start, end, mentions, found, conjunction_re, lang, published,
                        near_topic, topic_here, sentence_text, cues, text_date):
    """The accords' first signatories named with no step of their own: a
    list of two or more of them in a text about the accords ("which already
    include the UAE, Bahrain, Morocco and Sudan", "between Israel, the UAE
    and Bahrain"), or one of them in a sentence naming the accords, are
    members: signed, as background.  Their date is the 2020 or 2021 date of
    the list's clause (";" and dashes end it), else none.

    Not background: the accords named inside a supposition ("if ..., the UAE would
    leave"), a ceremony someone attended, a list that holds as many
    countries with no step of their own (a list of candidates for something else), and
    a first signatory before its signing day in a text dated before it (it
    had announced, not signed)."""
    if not near_topic or _QUESTION_RE.search(sentence_text):
        return []
    categories = {cue.category for cue in cues}
    conditions = [cue.start for cue in cues if cue.category == "conditions"]
    if conditions and any(c.category == "topic" and c.start > conditions[0] for c in cues):
        return []  # the accords named inside a supposition: "if ..., the UAE would leave the accords"
    # envoys who attended, with no step told of them (not "the White House hosted ... the UAE")
    attended = [cue.start for cue in cues if cue.category == "attendance"] \
        if not categories & {"status", "generic"} else []
    claimed = {country for country, *_ in found}
    results = []
    dates = None
    for group in _groups(folded, [m for m in mentions if m.kind != "anaphor"], conjunction_re):
        members = [m for m in group if m.country in SIGNATORIES_2020 and m.country not in claimed]
        if not members or (len({m.country for m in group if m.country in SIGNATORIES_2020}) < 2 and not topic_here):
            continue
        if any(a > group[-1].end for a in attended):
            continue  # "envoys of the UAE attended"
        others = {m.country for m in group
                  if m.country not in SIGNATORIES_2020 + FOUNDERS + OLDER_PEACE and m.country not in claimed}
        if len(others) >= len({m.country for m in members}):
            continue  # mostly countries with no step of their own: a list of candidates for something else
        if dates is None:
            dates = [d for d in find_dates(folded, start, end, lang, published)
                     if not d.relative and d.value[:4] in ("2020", "2021")]
            strong = [m.start() for m in _CLAUSE_PUNCTUATION_RE.finditer(folded, start, end) if folded[m.start()] != ":"]
        near = [d for d in dates if not _crosses(strong, min(d.end, group[0].start), max(d.start, group[-1].end))]
        date = min(near, key=lambda d: min(abs(d.start - group[-1].end), abs(group[0].start - d.end)), default=None)
        for mention in members:
            claimed.add(mention.country)
            status = "signed"
            if text_date is not None and text_date < SIGNING_DAYS[mention.country]:
                status = "announced"
            results.append(_Found(mention.country, status, date, _BACKGROUND_CONFIDENCE, status == "signed"))
    return results


def _reporting_date(span, index, folded, mentions, cues, lang, published, claimed):
    """'Kazakhstan will join. The president said so on Thursday.': the date of
    a following sentence that names no other country and makes no other claim."""
    start, end = to_folded(index, span[0]), to_folded(index, span[1])
    if any(m.country not in FOUNDERS and m.country not in claimed for m in _between(mentions, start, end)):
        return None
    if any(c.category in ("status", "generic") for c in _between(cues, start, end)):
        return None
    relative = [d for d in find_dates(folded, start, end, lang, published) if d.relative]
    return relative[0] if relative else None


@functools.cache
def _suffix_sets(lang):
    return ({fold_phrase(x) for x in lang.raw.get("partner_suffixes", [])},
            {fold_phrase(x) for x in lang.raw.get("oblique_suffixes", [])})


_CONJUNCTION_CACHE = {}


@functools.cache
def _conjunction_words(lang):
    return frozenset(fold_phrase(w) for w in lang.raw.get("conjunctions", []))


def _conjunction_re(lang):
    if lang.code not in _CONJUNCTION_CACHE:
        def alternation(key):
            words = sorted((fold_phrase(w) for w in lang.raw.get(key, [])), key=len, reverse=True)
            return "|".join(re.escape(word) for word in words) or "(?!)"
        # "A, B and C", "A dan B", "A و B", "A, B et le C": only separators
        # (and articles) between list members
        _CONJUNCTION_RE = re.compile(
            rf"^[\s,،、/&()]*(?:(?:{alternation('conjunctions')})(?!\w)[\s,،()]*)?"
            rf"(?:(?:{alternation('articles')})(?!\w)\s*)?$"
        )
        _CONJUNCTION_CACHE[lang.code] = _CONJUNCTION_RE
    return _CONJUNCTION_CACHE[lang.code]


def _groups(folded, mentions, conjunction_re):
    """Country lists: mentions separated only by commas and "and"."""
    groups = []
    for mention in mentions:
        if groups and conjunction_re.match(folded[groups[-1][-1].word_end:mention.word_start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _clause_breaks(folded, start, end, break_words):
    positions = [m.start() for m in _CLAUSE_PUNCTUATION_RE.finditer(folded, start, end)]
    positions += [cue.start for cue in _between(break_words, start, end)]
    return sorted(positions)


def _crosses(breaks, left, right):
    position = bisect.bisect_left(breaks, left)
    return position < len(breaks) and breaks[position] < right


@dataclass
class _Sentence:
    """One sentence under analysis: its folded span, what was found in it and
    the clause boundaries that limit how far words reach."""

    folded: str
    start: int
    end: int
    lang: object
    published: datetime.date | None
    near_topic: bool
    mentions: list
    by_category: dict
    breaks: list  # clause breaks: punctuation and words like "but"
    punctuation: list  # punctuation breaks only
    israel: list  # spans of Israel's mentions: not a topic word on their own
    found_dates: list | None = None
    participles: list = field(default_factory=list)  # ends of "signed" describing the accords

    def dates(self):
        """The sentence's dates, found once (gaps and scoring both need them)."""
        if self.found_dates is None:
            self.found_dates = find_dates(self.folded, self.start, self.end, self.lang, self.published)
        return self.found_dates

    def strong_punctuation(self):
        # a colon introduces what the subject said ("the kingdom's position
        # had not changed: normalization would require ..."): no break here
        return [p for p in self.punctuation if self.folded[p] != ":"]

    def words(self, category):
        return self.by_category.get(category, [])

    def crosses(self, left, right):
        return _crosses(self.breaks, left, right)

    def near_before(self, items, position, reach):
        return any(
            position - reach <= item.end <= position + 1 and not self.crosses(item.end, position)
            for item in items
        ) or any(item.start >= position and item.end <= position + 1 for item in items)

    def strong_topics(self):
        # "Israel" alone does not make "signed" or "negotiations" about the
        # accords (gas deals, ceasefire talks); their name or "normalization" does
        return [t for t in self.words("topic")
                if not any(s <= t.start < e or t.start <= s < t.end for s, e in self.israel)]

    def organisation_after(self, cue):
        return any(0 <= o.start - cue.end <= 25 and not self.crosses(cue.end, o.start)
                   for o in self.words("organisations"))

    def other_counterpart(self, cue):
        """A country other than the founders right after "with" following the cue."""
        for marker in self.words("partners"):
            if 0 <= marker.start - cue.end <= 30 and not self.crosses(cue.end, marker.start):
                named = [m for m in self.mentions if 0 <= m.word_start - marker.end <= 8]
                if named and named[0].country not in FOUNDERS:
                    return True
        return False

    def off_topic_near(self, cue):
        # "signed a trade agreement": the other subject must be in the cue's
        # clause, and nearer to the cue than any word naming the accords
        def distance(item):
            return abs(item.start - cue.start)

        near = [o for o in self.words("off_topic") if distance(o) <= _OFF_TOPIC_REACH
                and not self.crosses(min(o.start, cue.start), max(o.start, cue.start))]
        if not near:
            return False
        strong = self.strong_topics()
        return not strong or min(map(distance, near)) < min(map(distance, strong))


def _sentence_claims(folded, start, end, mentions, cues, break_words, lang, published,
                     near_topic, conjunction_re, sentence_text, denied, carried=None):
    """(country, status, date, confidence, background) for one sentence;
    carried is the step claimed in the sentence before, which a sentence
    like "Morocco followed in December 2020" continues."""
    by_category = {}
    for cue in cues:
        by_category.setdefault(cue.category, []).append(cue)
    if _QUESTION_RE.search(sentence_text):
        return []  # a question asserts nothing about the country
    denial = bool(by_category.get("denials"))
    if denial:
        # a denial of a rumour asserts nothing, and neither does the rumour
        # repeated in the next sentences: remember who denied.  A refusal
        # said in the same breath ("denied the reports and said it will not
        # join") still counts.
        denied.update(mention.country for mention in mentions)
    sentence = _Sentence(
        folded=folded, start=start, end=end, lang=lang, published=published, near_topic=near_topic,
        mentions=mentions, by_category=by_category,
        breaks=_clause_breaks(folded, start, end, break_words),
        punctuation=_clause_breaks(folded, start, end, []),
        israel=[(m.start, m.end) for m in mentions if m.country == "IL"],
    )
    idioms = sentence.words("not_negations")
    negations = [n for n in sentence.words("negations")
                 if not any(i.start <= n.start and n.end <= i.end for i in idioms)]
    preconditions = [p for p in sentence.words("preconditions")
                     if not any(i.start <= p.start and p.end <= i.end for i in idioms)]
    adjusted = _adjusted_cues(sentence, negations, preconditions)
    if denial:
        # "denies: no decision on joining" is no refusal; only a refusal
        # cue said outright ("will not be part of") is
        flipped = {c.start for c in cues if c.category in ("status", "generic") and c.payload != "declined"}
        adjusted = [a for a in adjusted if not (a.status == "declined" and a.start in flipped)]
    markers = sentence.words("continuations") + sentence.words("continuations_after")
    if carried and markers and not any(a.end <= markers[0].start for a in adjusted):
        # a zero-width cue at the sentence start stands for the step before;
        # only a continuation marker passes it on
        adjusted.insert(0, _Step(start, start, carried, False))
    if not adjusted:
        return []
    groups = _subject_lists(sentence, preconditions, conjunction_re)
    assignments = _assignments(sentence, adjusted, groups)
    results = _refusals_override(_scored(sentence, assignments))
    results = [r for r in results if not _before_the_accords(r.status, r.date)]
    if denial:
        results = [r for r in results if r.status == "declined"]
    return results


_ACCORDS_BEGAN = 2020  # nothing before 2020 is a signing or an announcement of the accords


def _before_the_accords(status, date):
    """"established relations with Israel in 1999": an older normalization,
    not the accords.  Freezes and breaks of that time stay (Mauritania 2010)."""
    return status in ("announced", "signed", "ratified") and date is not None and int(date.value[:4]) < _ACCORDS_BEGAN


def _verb_final(lang):
    """German "die Abkommen unterzeichnet", Turkish, Kazakh, Persian: the verb
    follows its object, so a "signed" right after the accords' name is the
    verb, not a participle describing them.  The data file's "verb_final";
    without it, the word-order settings of verb-final languages say so."""
    raw = lang.raw
    return raw.get("verb_final", bool(raw.get("subject_first") or raw.get("preconditions_follow")))


def _adjusted_cues(sentence, negations, preconditions):
    """Status cues turned by negations, modals and conditions: (start, end,
    status, weakened), in text order."""
    lang = sentence.lang
    status_cues = sentence.words("status") + sentence.words("generic")
    topic_here = bool(sentence.words("topic"))
    strong_topic_here = bool(sentence.strong_topics())
    questions = [q.start for q in sentence.words("questions")]
    restrictions = sentence.words("restrictions")
    adjusted = []
    for cue in status_cues:
        status = cue.payload
        if cue.category == "generic" and not strong_topic_here:
            continue  # "signed", "talks": only about the accords in an accords sentence
        if cue.category == "generic" and not _verb_final(lang) \
                and any(0 <= cue.start - t.end <= 3 for t in sentence.strong_topics()):
            # "the Abraham Accords signed in 2020": a participle describing
            # the accords; its date is theirs, not a claim's
            sentence.participles.append(cue.end)
            continue
        if (cue.category == "generic" or status in ("signed", "joined", "ratified", "suspended", "withdrawn",
                                                    "negotiating")) \
                and sentence.off_topic_near(cue):
            continue  # "signed a trade agreement", "suspended trade ties", "talks on a security pact"
        if status in ("suspended", "withdrawn") and sentence.other_counterpart(cue):
            continue  # "broke off relations with Morocco": not about Israel or the accords
        if cue.category == "status" and not (sentence.near_topic or topic_here):
            continue
        if sentence.organisation_after(cue):
            continue  # "will join the BRICS": another club
        if any(q < cue.start and not sentence.crosses(q, cue.start) for q in questions):
            continue  # "whether Saudi Arabia will join": an open question
        weakened = False
        # a prospective cue just before ("ممکن است به ... بپیوندد") weakens like a modal
        modal = sentence.near_before(sentence.words("modals") + [
            c for c in status_cues if c.payload == "prospective" and c is not cue
        ], cue.start, _MODAL_REACH * (2 if _verb_final(lang) else 1))
        # a refusal is reversed only by a negation right before it ("did not
        # rule out"), not by the reinforcing one of negative concord
        # ("никогда не признает", "asla tanımayacak")
        reach = lang.raw.get("negation_reach", _NEGATION_REACH) if status != "declined" else 4
        concord = status == "declined" and lang.raw.get("negative_concord", False)
        negated = sentence.near_before(negations, cue.start, reach) or any(
            cue.start <= n.start and n.end <= cue.end for n in negations)
        if negated and not concord:
            if status not in _NEGATED:
                continue
            status = _NEGATED[status]
        elif status == "announced" and (modal or any(
            # "if" before the cue in its clause, or right after it ("will
            # recognize Israel if Israel recognizes Palestine")
            (c.end <= cue.start and not sentence.crosses(c.end, cue.start))
            or (0 <= c.start - cue.end <= _MODAL_REACH and not sentence.crosses(cue.end, c.start))
            for c in sentence.words("conditions")
        )):
            status, weakened = "prospective", True
        elif modal and status in _FACTS:
            continue  # "the parliament should ratify": not a fact
        adjusted.append(_Step(cue.start, cue.end, status, weakened))
        if status in ("prospective", "announced") and any(
                (0 <= r.start - cue.end <= _RESTRICTION_REACH
                 and not _crosses(sentence.strong_punctuation(), cue.end, r.start))
                # German "wird erst dann ... abschließen, wenn": the restriction before the verb
                or (0 <= cue.start - r.end <= _RESTRICTION_REACH
                    and not _crosses(sentence.strong_punctuation(), r.end, cue.start))
                for r in restrictions):
            # "would join, but only if there is a Palestinian state": open to
            # it and refusing it as things stand
            adjusted.append(_Step(cue.start, cue.end, "declined", False))
    # "talks ... about an accession", "an accession ... considered possible":
    # the noun alone would say announced; the more careful cue next to it wins
    careful = [(a, b) for a, b, status, _ in adjusted if status in ("prospective", "negotiating")]
    adjusted = [
        item for item in adjusted
        if item.status != "announced" or not any(
            abs(item.start - a) <= _CAREFUL_REACH and not sentence.crosses(min(item.start, a), max(item.start, a))
            for a, _ in careful)
    ]
    # "froze the normalization talks", "переговоры ... приостановлены": the
    # talks next to a halt in its clause are what was halted, not a step
    halts = [a for a, _, status, _ in adjusted if status in ("suspended", "withdrawn")]
    adjusted = [
        item for item in adjusted
        if item.status != "negotiating" or not any(
            abs(item.start - a) <= _HALT_REACH and not sentence.crosses(min(item.start, a), max(item.start, a))
            for a in halts)
    ]
    # "will not move without a Palestinian state": a negation followed by a
    # precondition is a refusal even with no joining verb.
    for precondition in preconditions:
        before = [n for n in negations if n.end <= precondition.start]
        if before and (sentence.near_topic or topic_here):
            negation = before[-1]
            if not any(s == "declined" for _, _, s, _ in adjusted):
                adjusted.append(_Step(negation.start, negation.end, "declined", False))
    return sorted(adjusted)


_DATIVE_REACH = 60


def _subject_lists(sentence, preconditions, conjunction_re):
    """Country lists that may be a subject: counterparts ("with Israel"),
    comparisons ("like the UAE"), places ("Hartum'da") and countries inside a
    precondition ("without a Palestinian state") are left out."""
    folded, lang, mentions = sentence.folded, sentence.lang, sentence.mentions
    first_precondition = min((p.start for p in preconditions), default=sentence.end)
    examples = sentence.words("examples")

    def names_examples(marker):
        # "countries such as Qatar and Oman": the group's members, not a comparison
        return any(e.start <= marker.start and marker.end <= e.end for e in examples)

    markers = sentence.words("partners") + [m for m in sentence.words("comparisons") if not names_examples(m)]
    marker_ends = sorted(marker.end for marker in markers)
    # postpositions (Turkish "İsrail ile", "Kazakistan gibi"): the word after the country marks it
    after_markers = sorted(m.start for m in sentence.words("partners_after")
                           + [m for m in sentence.words("comparisons_after") if not names_examples(m)])
    partner_suffixes, oblique = _suffix_sets(lang)
    datives = {fold_phrase(x) for x in lang.raw.get("dative_suffixes", [])}
    prospective_starts = [c.start for c in sentence.by_category.get("status", []) if c.payload == "prospective"]
    relatives = [r.start for r in sentence.words("relatives")]

    def relative_follows(mention):
        return any(0 <= r - mention.word_end <= 3 for r in relatives)

    def left_out(mention):
        if mention.start > first_precondition:
            return True
        position = bisect.bisect_right(marker_ends, mention.word_start) - 1
        if position >= 0 and mention.word_start - marker_ends[position] <= 6 and not relative_follows(mention):
            # "like the UAE" is only a comparison, but "Unlike Saudi Arabia,
            # which has refused to join" still makes Saudi Arabia the subject
            return True
        position = bisect.bisect_left(after_markers, mention.word_end)
        if position < len(after_markers) and after_markers[position] - mention.word_end <= 6:
            return True
        if partner_suffixes and folded[mention.end:mention.word_end] in partner_suffixes:
            return True  # Kazakh "Израильмен": with Israel
        suffix = _SUFFIX_RE.match(folded, mention.end)
        if suffix and suffix.group(1) in datives and any(
                0 <= p - mention.word_end <= _DATIVE_REACH and not sentence.crosses(mention.word_end, p)
                for p in prospective_starts):
            return False  # Turkish "Umman'a ... baskı": the one pressed or called on
        # Turkish "Gazze'deki", "Hartum'da": a place, not who acts
        return bool(oblique and suffix and suffix.group(1) in oblique)

    excluded = {mention for mention in mentions if left_out(mention)}
    if lang.raw.get("preconditions_follow", False):
        # "Suudi Arabistan, Filistin devleti kurulmadan": the country right
        # before the precondition belongs to it
        for precondition in preconditions:
            before = [m for m in mentions if 0 <= precondition.start - m.word_end <= 40]
            if before:
                excluded.add(before[-1])
    groups = [_after_counterpart(folded, group) if group[0] in excluded else group
              for group in _groups(folded, mentions, conjunction_re)]
    # a member excluded by its marker takes its whole list with it ("with the UAE and Bahrain")
    groups = [[m for m in group if m not in excluded] for group in groups if group[0] not in excluded]
    return [group for group in groups if group]


def _after_counterpart(folded, group):
    """The rest of a list whose first member is a counterpart, from a seam
    where two names stand with only a space between them and no clitic
    "and" on the second (Arabic "والبحرين" is a list): "с Израилем Эр-Рияду"
    is the counterpart, then the subject."""
    for i in range(1, len(group)):
        if not folded[group[i - 1].word_end:group[i].word_start].strip() and group[i].word_start == group[i].start:
            return group[i:]
    return group


def _assignments(sentence, adjusted, groups):
    """Who takes each step: (cue_start, cue_end, status, weakened, subject,
    after, is_continuation)."""
    lang = sentence.lang
    assignments = []
    continued = set()  # ids of the country lists that took a step by continuation
    # "X signed in September 2020, followed by Y in December": Y takes the
    # step of the cue before it, with its own date
    continuations = sorted(c.end for c in sentence.words("continuations"))
    for group in groups:
        position = bisect.bisect_right(continuations, group[0].word_start) - 1
        if position >= 0 and group[0].word_start - continuations[position] <= 6:
            earlier = [a for a in adjusted if a.end <= continuations[position]]
            if earlier and _eligible(group, earlier[-1].status):
                _, _, status, weakened = earlier[-1]
                marker_end = continuations[position]
                assignments.append(_Assignment(marker_end - 1, marker_end, status, weakened, _eligible(group, status),
                                    False, True))
                continued.add(id(group))
    # "Morocco followed in December 2020": the list before the marker
    followers = sorted(c.start for c in sentence.words("continuations_after"))
    for group in groups:
        position = bisect.bisect_left(followers, group[-1].word_end)
        if position < len(followers) and followers[position] - group[-1].word_end <= 6:
            marker = followers[position]
            earlier = [a for a in adjusted if a.end <= group[0].start]
            if earlier and _eligible(group, earlier[-1].status):
                _, _, status, weakened = earlier[-1]
                assignments.append(_Assignment(marker, marker + 1, status, weakened, _eligible(group, status),
                                    False, True))
                continued.add(id(group))

    attendance = [a.start for a in sentence.words("attendance")]
    agent_ends = [a.end for a in sentence.words("agents")]
    agent_after_starts = [a.start for a in sentence.words("agents_after")]
    generic_words = sentence.words("generic_subjects")
    generic_subjects = [g.end for g in generic_words]
    # verb-final languages: a participle right before a group noun describes
    # it (Turkish "katılmak isteyen çok ülke", many countries wanting to join)
    described = [g.start for g in generic_words] if _verb_final(lang) else []
    assigned = set(continued)
    real_cues = [(a, b) for a, b, *_ in adjusted if a < b]
    for cue_start, cue_end, status, weakened in adjusted:
        if cue_start == cue_end:
            continue  # the step of the sentence before: only for continuations
        candidates = [g for g in groups if id(g) not in continued and _eligible(g, status)]
        # "Uzbekistan attended the signing ceremony": a country that only
        # watched does not take the step
        before = [g for g in candidates if g[-1].end <= cue_start
                  and not any(g[-1].end <= a < cue_start for a in attendance)]
        in_clause = [g for g in before if not sentence.crosses(g[-1].end, cue_start)]
        # "A and B signed in 2020 and C and D joined later": a list before an
        # earlier cue belongs to that cue
        previous_end = max((b for a, b in real_cues if b <= cue_start), default=None)
        if previous_end is not None and any(g[0].start >= previous_end for g in in_clause):
            in_clause = [g for g in in_clause if g[0].start >= previous_end]
        # "candidates: Lebanon and Syria": a colon right after the cue introduces its subjects
        after_breaks = [b for b in sentence.breaks if not (sentence.folded[b] == ":" and 0 <= b - cue_end <= 40)]
        following = [g for g in candidates if g[0].start >= cue_end and not _crosses(after_breaks, cue_end, g[0].start)]
        # "Israel recognised Somaliland", Arabic "اعترفت إسرائيل بـ...": the
        # founder is the subject, the country after the verb only its object
        # a founder's pressure, hope or call ("Washington is pressing for
        # Oman's joining") makes the country after it prospective: no exception there
        founder_subject = status not in ("negotiating", "prospective") and any(
            not _eligible(g, status) and 0 <= cue_start - g[-1].end <= _FOUNDER_REACH
            and not sentence.crosses(g[-1].end, cue_start) for g in groups) or (
            lang.raw.get("verb_first") and next(
                (not _eligible(g, status) for g in groups if g[0].start >= cue_end), False))
        if founder_subject:
            following = []
        if previous_end is not None and in_clause and not any(g[0].start >= previous_end for g in in_clause) \
                and following and following[0][0].start - cue_end <= _INVERSION_REACH \
                and not re.search(r"[^\w\s]", sentence.folded[cue_end:following[0][0].word_start]) \
                and any(m.country not in FOUNDERS for m in following[0]):
            # "A and B signed in 2020, in December C joined them" (Russian
            # "к ним присоединилось Марокко"): the list before belongs to the
            # earlier verb; the country right after this one is its subject
            in_clause = []
        # passives: "signed at the White House by the UAE and Bahrain", Turkish
        # "BAE ve Bahreyn tarafından imzalandı"
        agents = [g for g in following if g[0].start - cue_end <= _AGENT_REACH
                  and any(cue_end <= e <= g[0].word_start and g[0].word_start - e <= 8 for e in agent_ends)
                  and not any(cue_end <= a < g[0].start for a, _ in real_cues)]
        agents_before = [g for g in in_clause
                         if any(0 <= s - g[-1].word_end <= 3 and s < cue_start for s in agent_after_starts)]
        subject, after = None, False
        if agents:
            subject, after = agents[0], True
        elif agents_before:
            subject = agents_before[-1]
        elif any(0 <= g - cue_end <= 2 for g in described) or (
                not in_clause and any(cue_start - 40 <= e <= cue_start and not sentence.crosses(e, cue_start)
                                      for e in generic_subjects)):
            subject = None  # "several more countries would join": no country named is the subject
        elif in_clause:
            # the nearest country list before the cue in its clause; in
            # verb-final languages where obliques crowd the verb (Persian),
            # the first one
            subject = in_clause[0] if lang.raw.get("subject_first") else in_clause[-1]
        elif following and (lang.raw.get("verb_first") or not before
                            or following[0][0].start - cue_end <= _INVERSION_REACH):
            # "..., а декларацию подписал Судан": across a clause break, the
            # country right after the verb is its subject
            # "signed in 2020 by the UAE", Arabic "وقّع السودان": the subject after the cue
            subject, after = following[0], True
        elif before and not _crosses(sentence.strong_punctuation(), before[-1][-1].end, cue_start):
            # "X said ... but had ruled out joining": the subject of the clause
            # before, across a word like "but" (not across ":" or ";")
            subject = before[-1]
        if (status == "negotiating" or (founder_subject and status in _PAIRED)) \
                and (subject is None or not _eligible(subject, status)):
            # "Israel would normalize relations with the UAE": a step two
            # parties take together is the other party's too
            subject = _negotiating_partner(sentence, cue_end, groups,
                                           cue_start if status == "negotiating" and subject is None else None)
            after = True  # read through the counterpart: the rarer, less certain reading
        if subject is not None:
            assigned.add(id(subject))
            assignments.append(_Assignment(cue_start, cue_end, status, weakened, _eligible(subject, status), after,
                                           False))
    return assignments + _gapped(sentence, groups, assigned, assignments)


_AGENT_REACH = 90
_FOUNDER_REACH = 15
# steps two parties take together: Israel's normalization "with X" is X's
_PAIRED = {"prospective", "announced", "joined", "signed", "ratified", "negotiating"}
_INVERSION_REACH = 12


_PASSIVE_REACH = 60


def _negotiating_partner(sentence, cue_end, groups, cue_start=None):
    """"Washington is holding talks with Mauritania on its accession": in
    talks with a founder, the other side is the one negotiating."""
    grouped = {id(m) for g in groups for m in g}
    for marker in sentence.words("partners"):
        if 0 <= marker.start - cue_end <= 30 and not sentence.crosses(cue_end, marker.start):
            named = [m for m in sentence.mentions if 0 <= m.word_start - marker.end <= 8
                     and m.country not in FOUNDERS and id(m) not in grouped]
            if named:
                return [named[0]]
    if cue_start is None:
        return None
    # an impersonal or passive "talks are held with X", Russian "с Оманом
    # ведутся переговоры", Turkish "Umman ile ... görüşmeler yürütülüyor": the
    # counterpart named before the cue is the one negotiating
    for marker in sentence.words("partners"):
        named = [m for m in sentence.mentions if 0 <= m.word_start - marker.end <= 8
                 and m.country not in FOUNDERS and id(m) not in grouped
                 and 0 <= cue_start - m.word_end <= _PASSIVE_REACH and not sentence.crosses(m.word_end, cue_start)]
        if named:
            return [named[0]]
    for marker in sentence.words("partners_after"):
        named = [m for m in sentence.mentions if 0 <= marker.start - m.word_end <= 3
                 and m.country not in FOUNDERS and id(m) not in grouped
                 and 0 <= cue_start - marker.end <= _PASSIVE_REACH and not sentence.crosses(marker.end, cue_start)]
        if named:
            return [named[-1]]
    return None


_GAP_DATE_REACH = 16  # "..., and Sudan in January 2021": the date right after the country


def _gapped(sentence, groups, assigned, assignments):
    """"Morocco joined in December 2020 and Sudan in January 2021": a country
    list with no verb of its own but a date right after it takes the step of
    the cue before it in the sentence, with its own date."""
    if not assignments:
        return []
    free = [g for g in groups if id(g) not in assigned]
    if not free:
        return []
    dates = sentence.dates()
    steps = sorted(sentence.words("status") + sentence.words("generic"), key=lambda c: c.start)
    gapped = []
    for group in free:
        end = group[-1].word_end
        own = [d for d in dates if 0 <= d.start - end <= _GAP_DATE_REACH and not d.relative]
        if not own:
            continue
        inner = _inner_gap(sentence, group, own[0], assignments)
        if inner is not None:
            # "Fas Aralık 2020'de, Sudan ise Ocak 2021'de katılmıştı", Persian
            # "مراکش در دسامبر ۲۰۲۰ و سودان در ژانویه ۲۰۲۱ پیوستند": a dated list
            # before or inside the subject-verb span of a step takes that step
            members = [m for m in group if m.country not in FOUNDERS]
            if members:
                gapped.append(_Assignment(end, end + 1, inner.status, inner.weakened, members, False, "gap"))
            continue
        if any(end <= c.start < end + _GAP_DATE_REACH + 12 for c in steps):
            continue  # its own verb follows ("and Sudan in 2021 signed"): not a gap
        earlier = [a for a in assignments
                   if a.cue_end <= group[0].start and a.subject and a.subject[-1].end <= group[0].start]
        if not earlier:
            continue
        cue_start, cue_end, status, weakened, subject, *_ = max(earlier, key=lambda a: a.cue_end)
        if _crosses(sentence.punctuation, max(cue_end, subject[-1].end), group[0].start):
            continue
        if not _after_conjunction(sentence, group[0]):
            continue  # "recalled its ambassador in Israel in November": a place, not a gap
        members = [m for m in group if m.country not in FOUNDERS]
        if members:
            gapped.append(_Assignment(end, end + 1, status, weakened, members, False, "gap"))
    return gapped


def _scored(sentence, assignments):
    """Dates, background and confidence for every country of every assignment."""
    start, end = sentence.start, sentence.end
    dates = sentence.dates() if assignments else []
    # a gapped list has its own date right after it ("and Sudan in January 2021")
    cue_spans = sorted((a.cue_start, a.cue_end) for a in assignments if a.continuation != "gap") or [(start, start)]
    gap_dates = {id(_gap_date(dates, a.subject)) for a in assignments if a.continuation == "gap"}
    # "the first new member since 2021": a date right after "since" starts a
    # period, it is not when an announcement or a refusal was made
    since_ends = [c.end for c in sentence.words("background")]
    since_dates = {id(d) for d in dates if any(0 <= d.start - e <= 6 for e in since_ends)}
    accords_dates = {id(d) for d in dates if any(0 <= d.start - e <= 30 and not sentence.crosses(e, d.start)
                                                 for e in sentence.participles)}
    topic_here = bool(sentence.words("topic"))
    background_here = bool(sentence.words("background"))
    closest = _ClosestCue(cue_spans, sentence.breaks)
    owners = {id(d): closest(d) for d in dates}
    results = []
    # several steps read from one sentence: each reading is less certain
    crowded = len({a.status for a in assignments}) > 1
    for cue_start, cue_end, status, weakened, subject, after, is_continuation in assignments:
        core_start = min(subject[0].start, cue_start)
        core_end = max(subject[-1].end, cue_end)
        if is_continuation == "gap":
            date = _gap_date(dates, subject)
        else:
            own_dates = [d for d in dates if owners[id(d)] == (cue_start, cue_end)
                         and id(d) not in gap_dates
                         and id(d) not in accords_dates
                         and not (status in _RUMOURED | {"declined"} and id(d) in since_dates)]
            date = _nearest_date(own_dates, core_start, core_end, cue_start, sentence.breaks, _DATE_REACH)
        if date is None and not is_continuation:
            # "X has agreed to join, the president said on Thursday": a
            # relative reporting date anywhere in the sentence, across words
            # like "although" but not across ";" or a dash
            reporting = [d for d in own_dates if d.relative]
            date = _nearest_date(reporting, core_start, core_end, cue_start, sentence.punctuation, end - start)
        background = background_here or _is_old(date, sentence.published)
        distance = cue_start - subject[-1].end if not after else subject[0].start - cue_end
        # the list member nearest the cue decides whether the cue is in the
        # list's clause ("UAE, Bahrain and Morocco signed": one clause)
        nearest = subject[0] if after else subject[-1]
        in_clause = distance <= 60 and not sentence.crosses(min(nearest.end, cue_end), max(nearest.start, cue_start))
        for mention in subject:
            confidence = 0.55
            if in_clause:
                confidence += 0.25  # explicit cue in the country's own clause
            if mention.kind in ("name", "alias"):
                confidence += 0.1  # not a capital, demonym or "the country"
            if topic_here:
                confidence += 0.1  # the sentence itself names the accords or Israel
            if after or is_continuation:
                confidence -= 0.05
            if after and not sentence.lang.raw.get("verb_first"):
                confidence -= 0.1  # a subject after its verb is the rarer reading outside verb-first languages
            if weakened:
                confidence -= 0.15
            if crowded:
                confidence -= 0.1
            if background:
                confidence -= 0.25
            final = _joined(status, mention.country, date, background)
            if final in ("prospective", "announced") and mention.country in SIGNATORIES_2020:
                confidence -= 0.15  # the first signatories are members: a step before membership is rarely meant
            results.append(_Found(mention.country, final, date, confidence, background))
    return results


_LAST_SIGNINGS = 2021


def _joined(status, country, date, background):
    """"Has joined": a signing of the past for the accords' first signatories,
    for a step dated 2020-2021 or told as background; otherwise a decision
    announced, the signing still to come (Kazakhstan, November 2025)."""
    if status != "joined":
        return status
    if country in SIGNATORIES_2020 or background or (date is not None and int(date.value[:4]) <= _LAST_SIGNINGS):
        return "signed"
    return "announced"


def _inner_gap(sentence, group, date, assignments):
    """The assignment whose subject follows this dated list closely (", " or
    a conjunction between the date and it) or whose subject-verb span holds it."""
    for assignment in assignments:
        cue_start, cue_end, status, weakened, subject, after, continuation = assignment
        if after or continuation or not subject:
            continue
        if subject[-1].end <= group[0].start and group[-1].end <= cue_start \
                and not _crosses(sentence.punctuation, subject[-1].end, cue_start):
            return assignment
        between = sentence.folded[date.end:subject[0].word_start]
        if group[-1].end <= subject[0].start and len(between) <= 8 and not re.search(r"\w{4,}", between) \
                and subject[-1].end <= cue_start:
            return assignment
    return None


@functools.cache
def _gap_conjunction_re(lang):
    words = sorted((fold_phrase(w) for w in lang.raw.get("conjunctions", [])), key=len, reverse=True)
    articles = sorted((fold_phrase(w) for w in lang.raw.get("articles", [])), key=len, reverse=True)
    conjunctions = "|".join(re.escape(w) for w in words) or "(?!)"
    article = "|".join(re.escape(w) for w in articles) or "(?!)"
    agents = "|".join(re.escape(fold_phrase(w)) for w in lang.raw.get("agents", [])) or "(?!)"
    return re.compile(rf"(?:[,،]|(?<!\w)(?:{conjunctions}))\s*(?:(?:{agents})\s+)?(?:(?:{article})\s+)?$")


def _after_conjunction(sentence, mention):
    """", Sudan", "and Sudan", "y Sudán", Hebrew "וסודן" (the conjunction as a prefix)."""
    if mention.word_start < mention.start and sentence.folded[mention.word_start] in "وו":
        return True
    before = sentence.folded[max(sentence.start, mention.word_start - 30):mention.word_start]
    return bool(_gap_conjunction_re(sentence.lang).search(before))


def _gap_date(dates, subject):
    return next((d for d in dates if 0 <= d.start - subject[-1].word_end <= _GAP_DATE_REACH and not d.relative),
                None)


def _refusals_override(results):
    """"einen Beitritt schließe er aus": a refusal in the sentence overrides
    an accession cue for the same country (and keeps its date)."""
    refused = {r.country for r in results if r.status == "declined"}
    dropped_dates = {r.country: r.date for r in results if r.status == "announced" and r.country in refused and r.date}
    return [
        r._replace(date=r.date or (dropped_dates.get(r.country) if r.status == "declined" else None))
        for r in results
        if not (r.status == "announced" and r.country in refused)
    ]


def _eligible(group, status):
    """Members who may take this step: founders only leave or freeze, and
    only when named alone: in "talks between Saudi Arabia and Israel were
    frozen" Israel is the counterpart.  A demonym ("the Israeli offensive")
    is an adjective of something else, never a founder acting."""
    alone = all(m.country in FOUNDERS for m in group)
    return [m for m in group if m.country not in FOUNDERS
            or (status in _FOUNDER_STATUSES and alone and m.kind != "demonym")]


class _ClosestCue:
    """A date belongs to the nearest cue in its clause: "signed on 22
    December 2020, then opened an embassy in March 2025".  Nearest means: no
    clause break between them first, then fewest characters; on a tie the
    cue first in text order.  Found by bisection (a few candidates per
    date), so a sentence's dates cost O(dates x log cues), not dates x cues."""

    def __init__(self, cue_spans, breaks):
        self.spans = sorted(cue_spans)
        self.breaks = breaks
        self.starts = [span[0] for span in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)
        # for every distinct end, in order, the first span (text order) ending there
        first_by_end = {}
        for number, (_, span_end) in enumerate(self.spans):
            first_by_end.setdefault(span_end, number)
        self.ends = sorted(first_by_end)
        self.first_at_end = [first_by_end[e] for e in self.ends]

    def gap(self, date, span):
        if span[1] <= date.start:
            return (_crosses(self.breaks, span[1], date.start), date.start - span[1])
        if date.end <= span[0]:
            return (_crosses(self.breaks, date.end, span[0]), span[0] - date.end)
        return (False, 0)

    def __call__(self, date):
        candidates = []
        # spans overlapping the date: none starts more than the longest span's length before it
        low = bisect.bisect_left(self.starts, date.start - self.longest)
        high = bisect.bisect_left(self.starts, date.end)
        candidates += [n for n in range(low, high) if self.spans[n][1] > date.start]
        # the span ending last before the date: nearest, and crossing no more breaks than any before it
        position = bisect.bisect_right(self.ends, date.start) - 1
        if position >= 0:
            candidates.append(self.first_at_end[position])
        # the span starting first after it
        position = bisect.bisect_left(self.starts, date.end)
        if position < len(self.spans):
            candidates.append(position)
        best = min(candidates, key=lambda n: (self.gap(date, self.spans[n]), n))
        return self.spans[best]


def _nearest_date(dates, core_start, core_end, cue_start, breaks, reach):
    best = None
    for date in dates:
        if core_start <= date.start and date.end <= core_end:
            distance = 0
        elif date.end <= core_start:
            distance = core_start - date.end
            if distance > reach or _crosses(breaks, date.end, core_start):
                continue
        else:
            distance = date.start - core_end
            if distance > reach or _crosses(breaks, core_end, date.start):
                continue
        key = (distance, abs(date.start - cue_start))
        if best is None or key < best[0]:
            best = (key, date)
    return best[1] if best else None


def _is_old(date, published):
    """A dated step half a year or more before publication is background."""
    if date is None or published is None:
        return False
    year = int(date.value[:4])
    if date.precision == "year":
        return year < published.year
    month = int(date.value[5:7])
    return (published.year - year) * 12 + (published.month - month) >= 6


def _deduplicate(claims):
    """Each (country, status, date) once, the most confident kept; an undated
    claim is dropped when the same step is also found with a date."""
    best = {}
    for claim in claims:
        key = (claim.country, claim.status, claim.date)
        if key not in best or claim.confidence > best[key].confidence:
            best[key] = claim
    dated = {(c.country, c.status) for c in best.values() if c.date is not None}
    kept = [c for c in best.values() if c.date is not None or (c.country, c.status) not in dated]
    order = {id(claim): position for position, claim in enumerate(claims)}
    kept.sort(key=lambda claim: (claim.start, order[id(claim)]))
    return kept
