"""Claims assembly: the article read sentence by sentence (`_extract`),
each sentence's steps (`_sentence_claims`), background members named with no
step of their own, reporting dates of the next sentence, and each claim once
(`_deduplicate`)."""

import bisect
import dataclasses
import datetime
import functools
import itertools
import logging
import re
from typing import NamedTuple

from .assignment import _assignments, _excepted, _subject_lists
from .confidence import (
    _RUMOURED,
    THEN_BEFORE_LIST,
    _later_words,
    _refusals_override,
    _scored,
    own_date_after,
    respective_dates,
    sequence_re,
    set_off_period,
    then_after_comma,
)
from .dates import counted_before, find_dates, find_reporting_dates
from .finding import (
    _CLAUSE_PUNCTUATION_RE,
    _LEDGER_HEAD_RE,
    SEMICOLONS,
    _between,
    _boilerplate,
    _clause_breaks,
    _colon_datelines,
    _conjunction_re,
    _crosses,
    _cues,
    _datelines,
    _disowns,
    _groups,
    _ledger_head,
    _mentions,
    _punctuation_breaks,
    _Sorted,
    _text_date,
)
from .matching import scan_all
from .records import Claim, _Cue, _Found, _Mention, _Step
from .sentence import _ACCORDS_NAME_RE, _Sentence
from .sentences import split_sentences, wrapped_line_breaks
from .statuses import (
    ACCORDS_BEGAN,
    CONFLICT_PARTIES,
    DECIDED,
    EMIRATES,
    FOUNDERS,
    KINGDOMS,
    MONARCHIES,
    NOT_CANDIDATES,
    OLDER_PEACE,
    SIGNATORIES_2020,
    SIGNING_DAYS,
    SULTANATES,
    UNRECOGNISED,
)
from .steps import FOUNDING_DATE_GAP, _adjusted_cues, _assessment, founding_marks
from .text import (
    COMMA_RE,
    SENTENCE_MARK_RE,
    WORD_RE,
    alternation,
    fold,
    join_broken_words,
    to_folded,
    to_original,
)

logger = logging.getLogger(__name__)

_CLOSING = "\"'”’»)]"


def _is_question(sentence_text):
    """The sentence ends with "?" or "؟", then closing quotes or brackets,
    then white space (what the pattern [?؟][closing]*\\s*$ finds), read from
    its end instead of searched through the whole sentence."""
    return sentence_text.rstrip().rstrip(_CLOSING).endswith(("?", "؟"))


_COLON_QUESTION_WORDS = 4  # "...: ¿quién más?", "...: who else?", "...: من التالي؟"
_COLON_STATEMENT_WORDS = 8  # the statement before that colon


def _asks_after_colon(folded, start, end, mentions, cues, lang):
    """A statement that ends on a short question of its own after a colon, the
    question naming no country and telling no step ("Since Kazakhstan announced
    it would join, one question is back: who else?", "..., la pregunta vuelve a
    circular: ¿quién más?"), or after its last comma when the question opens
    with one of the language's `closing_questions` ("..., so what changed?",
    "..., فما الذي تغير؟"): only the last words ask, the statement before the
    colon or comma is still told."""
    colon = folded.rfind(":", start, end)
    statement_words = _COLON_STATEMENT_WORDS
    if colon < 0 or len(folded[colon + 1 : end].split()) > _COLON_QUESTION_WORDS:
        colon = _closing_question_comma(folded, start, end, lang)
        statement_words = _CLOSING_STATEMENT_WORDS
        head = folded[start : mentions[0].start].split() if mentions else []
        if colon >= 0 and lang.verb_final and len(head) == 1 and head[0] not in lang.articles:
            # "Wird Saudi-Arabien beitreten, und warum jetzt?": the verb alone before the
            # country opens a question of the statement too (German puts it second otherwise)
            return False
    if colon < 0:
        return False
    if len(folded[start:colon].split()) < statement_words:
        return False
    return not any(m.start > colon for m in mentions) and not any(
        c.start > colon and c.category in ("status", "generic") for c in cues
    )


_SPEAKER_LABEL_WORDS = 2  # "Host:", "المذيعة:", "Q:" before an interviewer's question
_TURN_LABEL_WORDS = 3  # "BEN SADOWSKI:", "MARY ANN HALE:": a transcript's speaker before a turn


def _after_speaker_label(text, start, end):
    """Where a sentence opens with a transcript's speaker label (a name of three words at most,
    each capitalised, letters only, then a colon: "BEN SADOWSKI: The crown prince ...",
    "JOURNALISTE : Le prince héritier ...", "Host: It wants ..."), the original offset right
    after it; else None.  A sentence's own words before a colon ("Она выдвинула условие: ...")
    are no label: they are not all capitalised."""
    colon = text.find(":", start, end)
    if colon < 0:
        return None
    words = text[start:colon].strip(_OPENER_PUNCTUATION).split()
    if not words or len(words) > _TURN_LABEL_WORDS:
        return None
    if not all(_LABEL_WORD_RE.fullmatch(w) and w[0].isupper() for w in words):
        return None
    return colon + 1


_LABEL_WORD_RE = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]*)*")


def _asks_about_described(folded, start, mentions, cues, lang):
    """A question opening with one of the language's `topic_questions` on the
    country it asks about, then a relative clause right after the name that
    holds every step word, if any ("What about Sudan, which signed in January 2021?",
    "وماذا عن السودان، الذي كان رابع الموقعين؟", "Et qu'en est-il du Soudan, qui
    a signé en janvier 2021 ?"): the question asks what became of the country,
    the relative clause still tells what it did.  A step word before the
    relative word ("What about Sudan signing?") or a second country before it
    leaves the whole a question."""
    if not lang.topic_questions or not mentions:
        return False
    head = folded[start:].lstrip(_OPENER_PUNCTUATION + "¿")
    label, colon, rest = head.partition(":")
    if colon and len(label.split()) <= _SPEAKER_LABEL_WORDS:
        head = rest.lstrip(_OPENER_PUNCTUATION + "¿")  # a speaker's label: "Host: What about ..."
    opener = next((o for o in lang.topic_questions if head.startswith(o + " ")), None)
    relatives = [c for c in cues if c.category == "relatives"]
    if opener is None or not relatives:
        return False
    asked = mentions[0]
    opened = start + (len(folded[start:]) - len(head)) + len(opener)
    if len(folded[opened : asked.start].split()) > 1:
        return False  # the country stands right after the opener ("what about the UAE")
    relative = next((r for r in relatives if r.start >= asked.word_end), None)
    if relative is None or folded[asked.word_end : relative.start].strip(" ,،") != "":
        return False
    steps = [c for c in cues if c.category in ("status", "generic", "background")]
    return not any(c.start < relative.start for c in steps)


_CLOSING_QUESTION_WORDS = 6  # "..., alors qu'est-ce qui a changé ?"
_CLOSING_STATEMENT_WORDS = 3  # "Kazakistan anlaşmalara katıldı, peki ne değişti?"


def _closing_question_comma(folded, start, end, lang):
    """The offset of the last comma of a sentence when the words after it are a
    short question opening with one of the language's `closing_questions` ("so
    what", "فما", "peki ne"), else -1."""
    if not lang.closing_questions:
        return -1
    comma = max(folded.rfind(",", start, end), folded.rfind("،", start, end))
    if comma < 0:
        return -1
    tail = folded[comma + 1 : end].strip().lstrip("¿")
    if len(tail.split()) > _CLOSING_QUESTION_WORDS:
        return -1
    if not any(tail.startswith(opener + " ") for opener in lang.closing_questions):
        return -1
    return comma


_TOPIC_WINDOW = 4  # sentences back in which the accords must be named
_ARTICLE_TOPIC_HITS = 3  # or named this often anywhere in the article
_LEAD_SENTENCES = 3  # or named in the title and lead
# a line above the lead that ends with no full stop (a kicker, a byline, a date line:
# "Von MARKUS BRENNER", "Publicado el 23 de abril de 2026") or is shorter than a few words
# is page furniture, not one of its sentences
_LEAD_WORDS = 4
_LEAD_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_LEAD_ENDS = frozenset(".!?…\"»“”'’)")
_DENIAL_REACH = 5  # sentences after a denial that may still repeat its rumour


# "The Kingdom of Morocco – December 22, 2020": a state's formal title before its name
_STATE_TITLES = frozenset(
    "kingdom republic state sultanate emirate of islamic federal democratic hashemite "
    "royaume republique etat du de reino republica estado del konigreich republik".split()
)


def _copula_subject(text, index, folded, span, mentions, articles=()):
    """A line opening with a country's own name (not a capital or another alias,
    not in capitals), then a dash ("Сауд Арабиясы – аймақтағы ең ірі монархия",
    "Казахстан — ...") is a sentence whose dash is its copula, not a wire
    dateline ("WASHINGTON –", "Эр-Рияд –"): the name is read."""
    start, end = span
    named = [m for m in _between(mentions, start, end) if m.end <= end]
    if len(named) != 1 or named[0].kind != "name":
        return False
    name = named[0]
    start_original, end_original = (
        (name.start, name.end)
        if index is None
        else (index.original(name.start), index.original(name.end))
    )
    if text[start_original:end_original].isupper():
        return False
    rest = folded[start:end].replace(folded[name.word_start : name.word_end], "", 1)
    # "The United Arab Emirates – September 15, 2020", a line of a list of
    # signatories: an article before the name is still the name's line
    rest = rest.strip(" \t-–—")
    return all(word in articles or word in _STATE_TITLES for word in rest.split())


def _dated_list_line(folded, span, mentions, lang, published):
    """A line holding only a country's name or short name ("ОАЭ", "UAE") and a dash, with
    a date right after the dash ("ОАЭ – 15.09.2020", "UAE – September 2020"), is a line of
    a members' list, not a wire dateline (whose dash opens the story's text)."""
    start, end = span
    named = [m for m in _between(mentions, start, end) if m.end <= end]
    if len(named) != 1 or named[0].kind not in ("name", "alias"):
        return False
    line_end = folded.find("\n", end)
    line_end = len(folded) if line_end < 0 else line_end
    return _line_date(folded, start, line_end, named[0], named[0], lang, published) is not None


def _lead_on_topic(folded, spans, with_topic):
    """The accords named in the title and lead: the first sentences, and the first of
    at least a few words ending with a full stop, past a kicker, a byline or a date line."""
    if any(with_topic[:_LEAD_SENTENCES]):
        return True
    counted = 0
    for (a, b), on_topic in zip(spans, with_topic, strict=True):
        tail = folded[a:b].rstrip()
        if not tail or tail[-1] not in _LEAD_ENDS:
            continue
        if len(_LEAD_WORD_RE.findall(folded, a, b)) < _LEAD_WORDS:
            continue
        if on_topic:
            return True
        counted += 1
        if counted == _LEAD_SENTENCES:
            return False
    return False


def _holds_cue(cue_starts, span):
    position = bisect.bisect_left(cue_starts, span[0])
    return position < len(cue_starts) and cue_starts[position] < span[1]


def _unwrapped(folded, index, breaks):
    """The folded text with each line break inside a sentence (wrapped by hand
    or by a PDF: breaks, from `wrapped_line_breaks`) read as a space, so that names
    and phrases run across it ("the Abraham\naccords"); the same length, so the
    offsets hold."""
    if not breaks:
        return folded
    pieces, last = [], 0
    for position in breaks:
        at = to_folded(index, position)
        if last <= at < len(folded) and folded[at] == "\n":
            bullet = _BULLET_RE.match(folded, at + 1)
            if bullet is None:
                pieces += [folded[last:at], " "]
                last = at + 1
                continue
            # a list set out in lines ("members:\n- the UAE (2020)\n- Bahrain"): the bullet
            # read as a space, and the break between two items as a comma
            before = folded[last:at].rstrip()
            between_items = bool(before) and before[-1] not in ":,;،"
            pieces += [folded[last:at], "," if between_items else " ", bullet.group(1), " "]
            last = bullet.end()
    pieces.append(folded[last:])
    return "".join(pieces)


def _capitalized_name(text, folded, index, cue, lang):
    """Whether a modal word (`capitalized_names`: English "may") is written with a capital
    inside its sentence ("In May, Qatar joined", "Theresa May said"): a month or a name, no
    modal.  At a sentence's start a capital says nothing, nor in a headline in title case
    ("Qatar May Normalize Ties": the next word has a capital too)."""
    if cue.category != "modals" or folded[cue.start : cue.end] not in lang.capitalized_names:
        return False
    start = to_original(index, cue.start)
    if not text[start : start + 1].isupper():
        return False
    after = text[to_original(index, cue.end) : to_original(index, cue.end) + 40].lstrip()
    if after[:1].isupper():
        return False
    before = text[max(0, start - 40) : start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;")


# a line opening with a dash or bullet: the spaces before it, then the bullet itself
_BULLET_RE = re.compile(r"([ \t]*)[-–—•·▪](?= )")


# a short name in quotation marks holding a dash: «Центральная Азия – США», „Zentralasien – USA“
_QUOTED_NAME_RE = re.compile(r'«[^«»\n]{1,60}»|“[^“”\n]{1,60}”|„[^„“”\n]{1,60}[“”]|"[^"\n]{1,60}"')


def _quoted_name_dashes(text, folded, index):
    """A dash inside a short quoted name ("the «Central Asia – USA» summit") is part of
    the name, no clause break: read as a hyphen (the same length, so no offset moves)."""
    if "–" not in text and "—" not in text:
        return folded
    chars = None
    for match in _QUOTED_NAME_RE.finditer(text):
        name = match.group()
        if "–" not in name and "—" not in name:
            continue
        start, end = to_folded(index, match.start()), to_folded(index, match.end())
        for position in range(start, min(end, len(folded))):
            if folded[position] in "–—":
                chars = chars if chars is not None else list(folded)
                chars[position] = "-"
    return "".join(chars) if chars is not None else folded


def _extract(text, lang, published):
    folded, index = fold(text)
    folded, index = join_broken_words(text, folded, index, lang.conjunctions)
    # the line breaks inside sentences, found once: the unwrapped text and the sentences need them
    wrapped = wrapped_line_breaks(text, lang.line_joiners, lang.months)
    folded = _unwrapped(folded, index, wrapped)
    folded = _quoted_name_dashes(text, folded, index)
    furniture = _boilerplate(folded, lang)
    # countries, cues and context words in one pass over the text
    country_hits, cue_hits, context_hits = scan_all(lang, folded)
    # a line opening "Kazakhstan joins Abraham Accords - ..." is a headline
    # with a dash, not a dateline ("ISLAMABAD (Reuters) -"): a status cue in it
    # keeps its countries
    cue_starts = sorted(hit.word_start for hit in cue_hits)
    found_mentions = _Sorted(_mentions(text, folded, index, lang, country_hits))
    datelines = sorted(
        [
            span
            for span in _datelines(text, index)
            if not _holds_cue(cue_starts, span)
            and not _copula_subject(text, index, folded, span, found_mentions, lang.articles)
            and not _dated_list_line(folded, span, found_mentions, lang, published)
        ]
        + [
            # a colon dateline names a city ("KUALA LUMPUR:"); a country's own
            # name there ("SUDAN: ...") is a kicker whose country is read
            span
            for span in _colon_datelines(text, index)
            if not _holds_cue(cue_starts, span)
            and all(m.kind == "capital" for m in _between(found_mentions, *span))
        ]
        + furniture
    )
    mentions = _Sorted(_outside(found_mentions, datelines))
    if not mentions:
        return []
    cues = _Sorted(_outside(_cues(folded, lang, (cue_hits, context_hits), mentions), furniture))
    if lang.capitalized_names:
        cues = _Sorted(c for c in cues if not _capitalized_name(text, folded, index, c, lang))
    israel = [(m.start, m.end) for m in mentions if m.country == "IL"]
    israel_starts = [start for start, _ in israel]

    def names_israel(position):
        number = bisect.bisect_right(israel_starts, position) - 1
        return number >= 0 and position < israel[number][1]

    # "Israel" alone does not make a text about the accords; their name,
    # "normalization" or "the declaration" does
    strong_topics = [
        cue.start for cue in cues if cue.category == "topic" and not names_israel(cue.start)
    ]
    conjunction_re = _conjunction_re(lang)
    break_words = _Sorted(cue for cue in cues if cue.category == "clause_breaks")
    anaphora = _Sorted(_outside_groups(cues))
    pairs = _Sorted(cue for cue in cues if cue.category == "pairs")
    partner_words = _Sorted(cue for cue in cues if cue.category == "partners")
    latter = _Sorted(cue for cue in cues if cue.category == "latter")
    scope = _Scope()
    state_titles = _StateTitles(mentions, lang)
    contrasts = state_titles.contrasts
    claims = []
    denied = set()  # countries that denied a rumour: the rumour itself is no claim
    carried = None  # the step of the sentence before: "Morocco followed in December" takes it
    carried_from = frozenset()  # the countries that took it there
    generic = None  # the step of a sentence before naming no country: "These include Oman" takes it
    asked = (
        None  # that step asked as a question ("Who else could join?"): an answer may name the list
    )
    listed = False  # that step told before a colon: the lines after it are the list
    bare_answer = False  # that step asked by a question naming no one: only a bare name answers
    hoped = None  # (start, steps) of the sentence before: hopes a restriction may limit
    sentences = split_sentences(text, lang.abbreviations, wrapped, lang.number_abbreviations)
    text_date = _text_date(text, published)
    folded_spans = [(to_folded(index, a), to_folded(index, b)) for a, b in sentences]
    with_topic = [
        bisect.bisect_left(strong_topics, a) < bisect.bisect_left(strong_topics, b)
        for a, b in folded_spans
    ]
    # an article that names the accords in its title or lead, or keeps naming
    # them, is about them throughout
    article_on_topic = len(strong_topics) >= _ARTICLE_TOPIC_HITS or _lead_on_topic(
        folded, folded_spans, with_topic
    )
    signed_other = 0  # sentences left that another agreement's signing speaks for
    # the furniture's spans by start, and the furthest end of those starting up to each:
    # a sentence inside one is found by bisection (a long text holds thousands)
    furniture = sorted(furniture)
    furniture_starts = [a for a, _ in furniture]
    furniture_reach = list(itertools.accumulate((b for _, b in furniture), max))
    denied_at = {}  # country -> the sentence of its denial
    for number, (sentence_start, sentence_end) in enumerate(sentences):
        start, end = folded_spans[number]
        for country in [c for c in denied if number - denied_at.get(c, number) > _DENIAL_REACH]:
            # "Islamabad rejects speculation that ..." in a standfirst: the rumour
            # repeated in the next sentences is no claim, but a candidacy told much
            # later by someone else ("commentators have argued Pakistan could
            # follow") is a new one
            denied.discard(country)
        inside = bisect.bisect_right(furniture_starts, start) - 1
        if inside >= 0 and furniture_reach[inside] >= end:
            # "Read also: ..." between two sentences is no sentence of the
            # article: it does not age the country in scope, but no step
            # carries over it to the next sentence
            carried = generic = hoped = asked = None
            continue
        # "Kazakhstan will join next month": about the accords only if they
        # were named nearby (not "will join the BRICS bank" in a text that
        # names Israel once)
        near_topic = article_on_topic or any(
            with_topic[max(0, number - _TOPIC_WINDOW) : number + 2]
        )
        sentence_mentions = _between(mentions, start, end)
        sentence_anaphora = _titles_of_names(
            folded, _between(anaphora, start, end), sentence_mentions, lang
        )
        carried_country = scope.current() if sentence_anaphora else None
        titled = [a for a in sentence_anaphora if state_titles.kind(folded, a) is not None]
        if titled and not _named_before(titled[0], sentence_mentions):
            # "the kingdom", "le royaume", "المملكة": the kingdom named last before it,
            # whatever country the sentence before was about (none if no kingdom was named)
            carried_country = state_titles.country(folded, titled[0], sentence_mentions, None)
        counterparts = _counterparts(partner_words, sentence_mentions) if sentence_anaphora else ()
        anaphors = [
            _Mention(a.start, end, a.start, end, country, "anaphor")
            for a in sentence_anaphora
            for end in [_anaphor_end(a, cues, folded, lang)]
            for country in [
                state_titles.country(folded, a, sentence_mentions, carried_country, counterparts)
                if a in titled
                else _anaphor_country(
                    folded, a, sentence_mentions, carried_country, counterparts, contrasts
                )
            ]
            if country
        ]
        if anaphors:
            # "The West African country may join": the one country in scope,
            # unless this sentence already named one before the anaphor ("Sudan signed
            # in 2021; its government has frozen contacts": then that one, past a
            # semicolon)
            sentence_mentions = sorted(sentence_mentions + anaphors, key=lambda m: m.start)
            carried_country = carried_country or anaphors[0].country
        # only as the sentence's opening subject ("Ancak iki ülke de", "Both countries
        # have said"), not "ratification in both countries" deep in it
        named_pairs = _between(pairs, start, end) if pairs else []
        sentence_pairs = [
            p for p in named_pairs if len(folded[start : p.start].split()) <= _OPENING_WORDS
        ]
        pair = scope.pair_named() if sentence_pairs else None
        if named_pairs and not sentence_pairs and scope.current():
            sides = [p for p in named_pairs if _between_sides(folded, p, lang)]
            if sides and not any(m.country not in _NOT_CARRIED for m in sentence_mentions):
                # "Exploratory talks between the two governments have begun", after a
                # sentence naming Mauritania and Israel: the sides are the one country in
                # scope and its counterpart, deeper in a sentence naming no country
                sentence_pairs, pair = sides[:1], (scope.current(),)
        if pair and not any(
            m.country not in _NOT_CARRIED and m.start < sentence_pairs[0].end
            for m in sentence_mentions
        ):
            # "Indonesia and Pakistan ... Both countries have said they will not": the
            # two countries the sentence right before named, and only those two
            first = sentence_pairs[0]
            sentence_mentions = sorted(
                [m for m in sentence_mentions if not (first.start <= m.start < first.end)]
                + [
                    _Mention(first.start, first.end, first.start, first.end, c, "anaphor")
                    for c in pair
                ],
                key=lambda m: m.start,
            )
        if lang.first_of_list and not any(m.country not in _NOT_CARRIED for m in sentence_mentions):
            # "... Emirates, Bahrain, Morocco and Sudan. The first two signed in September
            # 2020.": the first countries of the list the sentence right before named
            sentence_mentions = sorted(
                sentence_mentions + _first_of_list(folded, start, end, lang, scope.listed_before()),
                key=lambda m: m.start,
            )
        last = scope.last_named() if latter else None
        inner = _latter_after_semicolon(folded, _between(latter, start, end), sentence_mentions)
        if inner:
            # "Genannt werden Aserbaidschan, Oman und Indonesien; Letzteres ...": the last
            # country named before the semicolon, in the same sentence
            sentence_mentions = sorted(sentence_mentions + inner, key=lambda m: m.start)
        elif last and not any(m.country not in _NOT_CARRIED for m in sentence_mentions):
            # "Ce dernier n'a jamais ratifié le texte": the last country named just
            # before, even after a list that leaves no one country in scope (a
            # Palestinian state it asks for names no other country)
            sentence_mentions = sorted(
                sentence_mentions
                + [
                    _Mention(a.start, a.end, a.start, a.end, last, "anaphor")
                    for a in _between(latter, start, end)
                ],
                key=lambda m: m.start,
            )
        sentence_cues = _between(cues, start, end)
        halted_after = _halt_after_semicolon(folded, start, end, sentence_cues, sentence_mentions)
        if halted_after is not None:
            # "Sudan signed in 2021; since 2023 contacts with Israel have been frozen": the
            # clause after the semicolon halts the ties of the one country before it
            sentence_mentions = sorted(sentence_mentions + [halted_after], key=lambda m: m.start)
        if carried_country:
            sentence_cues = _after_anaphors(folded, sentence_cues, sentence_mentions)
        # another agreement's signing holds for the next two sentences, until one names the accords
        after_other_signing = signed_other > 0
        if _signs_other(sentence_cues):
            signed_other = _OTHER_SIGNED_SENTENCES
        elif any(c.category == "topic" for c in sentence_cues):
            signed_other = 0
        else:
            signed_other -= 1
        # "BEN SADOWSKI: The crown prince said ...": a transcript's speaker label is no
        # word of the sentence it opens
        label_end = _after_speaker_label(text, sentence_start, sentence_end)
        opening = start if label_end is None else to_folded(index, label_end)
        carrier = scope.carrier(folded, (opening, end), sentence_cues, sentence_mentions, lang)
        if carrier is not None:
            # "It will join the accords", "the crown prince said he would", Indonesian
            # "keanggotaannya": the one country the last sentences were about
            sentence_mentions = sorted(sentence_mentions + [carrier], key=lambda m: m.start)
        else:
            scope.titled(folded, opening, sentence_cues, sentence_mentions)
        scope.read(sentence_mentions, sentence_cues, folded, opening, lang.articles)
        if hoped is not None and not any(m.country not in _NOT_CARRIED for m in sentence_mentions):
            # "Saudi Arabia is ready to join. But not without a Palestinian state.":
            # a sentence opening with a restriction and naming no one (but the
            # Palestinians) limits the hope told just before; open to it, and
            # refusing it as things stand
            claims += _restricted_alone(folded, start, sentence_cues, hoped, text, sentence_end)
        hoped = None
        if not sentence_mentions:
            # "Other countries would be next." names none: its step passes to a
            # list the next sentence opens ("These include Oman and Qatar.")
            generic = _generic_step(
                folded,
                start,
                end,
                sentence_cues,
                break_words,
                lang,
                published,
                near_topic,
            )
            # the question's own words ("which country", "who is next") leave it
            # open; its answer may still name who
            question = _is_question(text[sentence_start:sentence_end])
            own_cues = [c for c in sentence_cues if c.category != "questions"]
            asked = (
                _generic_step(
                    folded, start, end, own_cues, break_words, lang, published, near_topic
                )
                if question or _opens_list(text[sentence_start:sentence_end])
                else None
            )
            bare_answer = False
            if asked is None and question:
                # "The latest country to join the accords? Kazakhstan.", "¿El último en
                # sumarse? Kazajistán.": a question naming no one, its subject the step's own
                # noun phrase, asks who took it; an answer that is only a name says who (not
                # "Who will join next? Analysts mention Oman and Qatar.")
                asked = _generic_step(
                    folded,
                    start,
                    end,
                    own_cues,
                    break_words,
                    lang,
                    published,
                    near_topic,
                    nameless=True,
                )
                bare_answer = asked is not None
            listed = asked is not None and _opens_list(text[sentence_start:sentence_end])
            carried = None
            continue
        if asked is not None:
            # "Who else could join? — Azerbaijan, almost certainly.": an answer
            # opening with a list and telling no step of its own names who
            generic = asked
            opener = _answer_opener(
                folded,
                start,
                text[sentence_start:sentence_end],
                sentence_mentions,
                sentence_cues,
                lang,
                listed,
                bare_answer,
            )
            sentence_cues = sentence_cues + opener
            if bare_answer and not opener:
                generic = None  # "Who will join next? Analysts mention Oman": no bare answer
            # "... signed by the following states:" then one line per state:
            # each line opening with a name and telling nothing else goes on
            # with the list
            if not (opener and listed):
                asked = None
                listed = False
        sentence_cues = sentence_cues + _spirit_of_next(number, folded_spans, cues, mentions)
        members_before = _members_before_semicolon(
            folded, start, end, sentence_mentions, sentence_cues
        )
        if members_before:
            # "The UAE and Bahrain ... remain the core of the project; Morocco followed that
            # December": a continuation past the semicolon goes on with the first
            # signatories named before it, members, not with the sentence before
            carried, carried_from = "signed", members_before
        ledger = _ledger_steps(folded, start, end, sentence_mentions, sentence_cues, lang)
        if ledger:
            # "UAE: deal announced Aug 13, 2020; treaty signed Sept 15, 2020": each dated
            # part of a ledger line tells its own step (a signing word there is no
            # participle describing the accords)
            sentence_cues = sorted(
                [
                    c
                    for c in sentence_cues
                    if not (
                        c.category == "generic" and any(s.start <= c.start < s.end for s in ledger)
                    )
                ]
                + ledger,
                key=lambda c: c.start,
            )
        try:
            found = _sentence_claims(
                folded,
                start,
                end,
                sentence_mentions,
                sentence_cues,
                break_words,
                lang,
                published,
                near_topic,
                conjunction_re,
                text[sentence_start:sentence_end],
                denied,
                carried,
                generic,
                carried_from,
            )
        except Exception:
            # a fault of the rules on one sentence costs that sentence, not the article
            logger.exception("sentence %d of the article could not be read", number)
            found = []
        for country in denied:
            denied_at.setdefault(country, number)
        for country in [c for c in denied_at if c not in denied]:
            del denied_at[country]
        if after_other_signing and not any(
            c.category in ("topic", "off_topic") for c in sentence_cues
        ):
            # "Trump signed the Board of Peace charter. Beside him signed the
            # representatives of Saudi Arabia, Turkey ...": a signing told right
            # after another agreement's, with no object of its own, is that one's too
            found = [f for f in found if f.status != "signed" or f.background]
        if (
            any(c.category == "joint_declarations" for c in sentence_cues)
            # a founder as the counterpart ("with Israel and the US"), not the host or
            # mediator ("at the White House", "mediated by Donald Trump")
            and not any(
                m.country in FOUNDERS
                and any(
                    c.category in _COUNTERPART_MARKERS
                    and 0 <= m.word_start - c.end <= _COUNTERPART_GAP
                    for c in sentence_cues
                )
                for m in sentence_mentions
            )
            and not _ACCORDS_NAME_RE.search(folded, start, end)
        ):
            # "Aliyev and Pashinyan signed a joint declaration at the White House": a joint
            # declaration signed with neither founder named and the accords unnamed is one
            # between its signers, another agreement (the accords' first signatories aside)
            # (told as a recalled fact too: "in August last year ... signed a joint declaration")
            found = [f for f in found if f.status != "signed" or f.country in SIGNATORIES_2020]
        if found and _ties_with_another(sentence_mentions, sentence_cues, folded, start, end):
            # "Saudi Arabia agreed to normalise ties with Iran", "Turkey agreed to restore
            # relations with Armenia": ties agreed or made with another country, in a sentence
            # naming neither Israel nor the accords, are those two countries' own: no joining,
            # nor one to come ("could normalise ties with Iran"); a refusal keeps its claim
            found = [
                f
                for f in found
                if f.status not in ("announced", "signed", "ratified", "prospective")
            ]
        # a sentence naming only the founders ("Washington says other countries
        # will join") can also hand its step to a list in the next one
        generic = (
            None
            if found
            else _generic_step(
                folded, start, end, sentence_cues, break_words, lang, published, near_topic
            )
        )
        carried = _carried_status(found)
        carried_from = frozenset(f.country for f in found)
        hoped = (
            sentence_start,
            [f for f in found if f.status in ("prospective", "negotiating") and not f.background],
        )
        members = _background_members(
            folded,
            start,
            end,
            sentence_mentions,
            # the halt told after a semicolon leaves the clause before it the country's
            # own, as a sentence of its own would be
            [
                f
                for f in found
                if halted_after is None
                or f.country != halted_after.country
                or f.status not in ("suspended", "withdrawn")
            ],
            conjunction_re,
            lang,
            published,
            near_topic,
            with_topic[number],
            text[sentence_start:sentence_end],
            sentence_cues,
            text_date,
        )
        carried, carried_from = _members_told_last(
            found, members, sentence_mentions, carried, carried_from
        )
        found += members
        found = _halt_undated_by_signing(found)
        if carried is None and found and all(f.background for f in found):
            # "The UAE and Bahrain signed in September 2020. Morocco followed in December.":
            # first signatories read as background pass their signing on to a continuation
            carried = found[-1].status
            carried_from = frozenset(f.country for f in found)
        evidence = text[sentence_start:sentence_end]
        heading = None
        if number and any(f.date is None for f in found):
            heading = _chronology_date(
                text,
                folded,
                sentences[number - 1],
                folded_spans[number - 1],
                sentence_start,
                lang,
                published,
            )
            if heading is None:
                heading = _entry_date(
                    text, folded, sentences, folded_spans, number, lang, published
                )
            if heading is None:
                heading = _live_blog_date(
                    text, folded, sentences, folded_spans, number, lang, published
                )
        heading_above = None
        if heading is None and any(f.date is None and not f.background for f in found):
            heading_above = _heading_line_date(
                text, folded, sentences, folded_spans, number, lang, published
            )
        same_day = None
        # "Four days later, Morocco ...", "... un mois plus tard.": counted from the date the
        # text named last, never from the publication (before "the next day": "چهار روز بعد")
        offset = (
            _counted_offset(folded, folded_spans[number], lang)
            if number and any(f.date is None for f in found)
            else None
        )
        if offset is not None:
            same_day = _counted_date(
                _same_day_date(
                    folded_spans, number, folded, lang, published, _OFFSET_BASES[offset[0]]
                ),
                offset,
            )
        elif (
            number
            and any(f.date is None for f in found)
            and any(c.category == "same_day" for c in sentence_cues)
        ):
            same_day = _same_day_date(folded_spans, number, folded, lang, published)
        elif (
            number
            and any(f.date is None for f in found)
            # opening the sentence ("Dès le lendemain, ...", "وفي اليوم التالي"), not a
            # hypothesis inside it ("ستواجه الشارع في اليوم التالي": would face the street
            # the next day)
            and any(
                c.category == "next_day"
                and c.start - folded_spans[number][0] <= _NEXT_DAY_REACH
                # Persian "چند روز بعد" (a few days later) holds "روز بعد" (the next day):
                # a count before the words makes them no next day
                and not counted_before(folded, c.start, lang)
                for c in sentence_cues
            )
        ):
            # "... vendredi dernier. Dès le lendemain, le Pakistan ...": the day after it
            same_day = _next_day(_same_day_date(folded_spans, number, folded, lang, published))
        reporting = None
        if any(f.date is None for f in found) and number + 1 < len(sentences):
            reporting = _reporting_date(
                sentences[number + 1],
                index,
                folded,
                mentions,
                cues,
                lang,
                published,
                {f.country for f in found},
            )
        # "signed the accords and agreed to normalize relations", "a deal
        # brokered for the UAE and Bahrain, which pledged to normalize
        # relations", both in September 2020: a joining told beside the
        # country's own signing, at the same date, is what was signed
        # ("announced in August and signed in September" keeps both, and so
        # do two steps whose dates are not told)
        signed_here = [f for f in found if f.status == "signed" and not f.background]
        # "Bahrain recalled its envoy from Israel and suspended contacts with
        # its government": a founder halting in a sentence where another
        # country halts is that country's counterpart, not a second party
        halted_here = {
            f.status
            for f in found
            if f.status in ("suspended", "withdrawn") and f.country not in FOUNDERS
        }
        # "the accession was approved by the Senate", "Der Beitritt ... wurde
        # vom Parlament gebilligt": the joining is what was ratified, not an
        # announcement beside it (a joining of another date keeps its own)
        ratified_here = {
            (f.country, f.date.value if f.date else None) for f in found if f.status == "ratified"
        }
        dated_here = {(f.country, f.status) for f in found if f.date is not None}
        for step in found:
            if (
                step.status == "announced"
                and (
                    step.country,
                    step.date.value if step.date else None,
                )
                in ratified_here
            ):
                continue
            if (
                step.country in denied
                and step.status in _RUMOURED
                and not _before_publication_month(step.date, published)
            ):
                # the denied rumour repeated; a dated freeze or break of the past still
                # counts, and so does a stance dated before the month of the denial's
                # report ("saying last September that Indonesia would recognize Israel")
                continue
            if step.country in FOUNDERS and step.status in halted_here:
                continue
            if (
                step.status == "signed"
                and step.country in UNRECOGNISED
                and not _ACCORDS_NAME_RE.search(folded, *folded_spans[number])
            ):
                # "Israel and Somaliland signed a joint declaration": a territory the
                # parties have not accepted signs only its recognition, unless the sentence
                # names the accords themselves
                continue
            if step.status == "announced" and any(
                f.country == step.country
                and f.date is not None
                and step.date is not None
                and f.date.value == step.date.value
                for f in signed_here
            ):
                continue
            status, date = step.status, step.date
            # the same step read twice in the sentence, once with its own date ("После того
            # как в ноябре Казахстан объявил о присоединении ..."): the undated reading takes
            # no date from around the sentence, and gives way to that one
            undated = date is None and (step.country, status) not in dated_here and not step.caused
            if undated and heading is not None:
                date = heading  # "15 septembre 2020. Signature ... des accords entre ..."
            if (
                undated
                and date is None
                and heading_above is not None
                and not step.background
                and (status != "signed" or heading_above.value[:4] <= _LAST_FOUNDING_YEAR)
            ):
                # "6. 18 November: In the Oval Office\nThe crown prince said ...": not a
                # signing of 2020-2021 told again under a later year's heading
                date = heading_above
            if undated and date is None and same_day is not None and not step.background:
                date = same_day  # "26 December ... The same day, Somaliland said it would join"
            if (
                undated
                and date is None
                and reporting is not None
                and status != "signed"
                and not step.background
            ):
                date = reporting
            if status == "announced" and step.country in UNRECOGNISED:
                status = "prospective"  # "Somaliland will join": its intention; the parties have not accepted it
            claims.append(
                Claim(
                    country=step.country,
                    status=status,
                    date=date.value if date else None,
                    date_precision=date.precision if date else None,
                    confidence=round(min(0.99, max(0.05, step.confidence)), 2),
                    evidence=evidence,
                    start=sentence_start,
                    end=sentence_end,
                    background=step.background,
                )
            )
    retracted = _retracted_sentences(sentences, folded_spans, folded, cues)
    if retracted:
        # "Wir hatten gesagt, Oman habe seinen Beitritt angekündigt. Das stimmt nicht.": a
        # correction notice tells what it said before, then that it was wrong
        claims = [c for c in claims if c.start not in retracted]
    scenario = _scenario_sentences(text, sentences, folded_spans, folded, cues)
    if scenario:
        # "Scenario A: Saudi Arabia joins the accords before 2028.": a step told under a
        # scenario's heading or frame is a hypothesis; the country's joining is a
        # candidacy, and a refusal or a halt in the frame's own sentence is nothing. Later
        # in the entry, a step with its date, a member told as background and a refusal
        # restated ("Pakistan hat einen Beitritt ... ausgeschlossen") are the facts the
        # scenario builds on: they stay
        claims = [
            dataclasses.replace(c, status="prospective")
            if c.status in _SCENARIO_CANDIDACIES
            and c.start in scenario
            and (scenario[c.start] or c.date is None)
            and not c.background
            else c
            for c in claims
            if not (scenario.get(c.start) and c.status in _SCENARIO_VOID and not c.background)
        ]
    # "Morocco agreed to normalize relations": a text telling a country's
    # announcement is not also telling it as a background member
    # (in a text dated on or after the day the country signed, only in the sentence
    # telling the announcement, "Sudan, which announced its joining in October 2020":
    # "the agreement between Israel and the Emirates announced on 13 August" told on
    # the signing day is the step before the signing, the member it became stays)
    announcing = {
        (c.country, None if published is None or published < SIGNING_DAYS[c.country] else c.start)
        for c in claims
        if c.status == "announced" and not c.background and c.country in SIGNATORIES_2020
    }
    claims = [
        c
        for c in claims
        if not (
            c.background
            and c.status == "signed"
            and ((c.country, None) in announcing or (c.country, c.start) in announcing)
        )
    ]
    # "Colombia, which broke off relations with Israel in 2024": leaving the accords
    # presupposes being in them; a country the text never makes a member (and no
    # first signatory) that broke ties with Israel since the accords, in a sentence
    # not naming them, left no accords
    # (a break before them, Mauritania's in 2010, stays the end of its earlier ties)
    members = {c.country for c in claims if c.status in ("signed", "ratified", "announced")}
    # "which froze its ties with Tel Aviv in 2009, then cut them": an undated break told
    # after the same country's freeze dated before the accords, in its sentence, ended
    # those earlier ties too
    old_freezes = {
        (c.country, c.evidence)
        for c in claims
        if c.status == "suspended" and c.date is not None and int(c.date[:4]) < ACCORDS_BEGAN
    }
    claims = [
        c
        for c in claims
        if not (
            c.status == "withdrawn"
            and (c.date is None or int(c.date[:4]) >= ACCORDS_BEGAN)
            and not (c.date is None and (c.country, c.evidence) in old_freezes)
            and c.country not in members
            and c.country not in SIGNATORIES_2020
            and c.country not in FOUNDERS
            # "Mongolia withdrew from the Abraham Accords": the text makes it a member
            and not _ACCORDS_NAME_RE.search(c.evidence.lower())
        )
    ]
    # Israel and the United States made the accords: a step read for either (a
    # halt told beside the war Israel fought, "Hamas attacked Israel and the
    # talks were shelved") is another country's; only leaving them is theirs
    return _deduplicate([c for c in claims if c.country not in FOUNDERS or c.status == "withdrawn"])


_SCENARIO_CANDIDACIES = ("announced", "signed", "ratified", "negotiating")
_SCENARIO_VOID = ("declined", "suspended", "withdrawn")
_SCENARIO_OPENING = 3  # "In the first scenario", "В этом сценарии": words before the frame
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


def _scenario_sentences(text, sentences, folded_spans, folded, cues):
    """The sentences told under a scenario's frame, by their starts: True for one opening
    with it ("Scenario A: ...", "Szenario A: ...", "Dalam skenario ini ...", "السيناريو
    الأول: ..."), False for the sentences after it up to the next blank line (the
    scenario's entry); a sentence told after a blank line is outside it."""
    framed = {}
    if not any(c.category == "scenarios" for c in cues):
        return framed  # most articles: no frame to look for, sentence by sentence
    inside = False
    for number, (sentence_start, _) in enumerate(sentences):
        if number and _BLANK_LINE_RE.search(text, sentences[number - 1][1], sentence_start):
            inside = False
        start, end = folded_spans[number]
        opening = any(
            c.category == "scenarios" and len(folded[start : c.start].split()) <= _SCENARIO_OPENING
            for c in _between(cues, start, end)
        )
        inside = inside or opening
        if inside:
            framed[sentence_start] = opening
    return framed


def _retracted_sentences(sentences, folded_spans, folded, cues):
    """The starts of the sentences that the next one calls wrong from its opening words
    ("Das ist falsch.", "That is incorrect.", "Это неверно."), a correction's verdict."""
    retracted = set()
    for number in range(1, len(sentences)):
        start, end = folded_spans[number]
        if any(
            c.category == "retractions"
            and not folded[start : c.start].strip(_RETRACTION_OPENS)
            # the verdict alone, or before a semicolon or a colon ("That is incorrect: Muscat
            # has made no such statement"), not "Das ist falsch, sagen Kritiker, denn ..."
            and folded[c.end : end].strip(_RETRACTION_OPENS)[:1] in ("", ".", "!", ";", ":")
            for c in _between(cues, start, end)
        ):
            retracted.add(sentences[number - 1][0])
    return retracted


_RETRACTION_OPENS = " \"'«»„“”-–—"  # what a verdict opening its sentence may follow


_RESTRICTION_OPENS = 2  # characters (a quote, a dash) a restriction opening its sentence may follow
_RESTRICTED_CONFIDENCE = 0.7


def _restricted_alone(folded, start, cues, hoped, text, sentence_end):
    """Declined claims for the hopes of the sentence before when this one, naming no
    country and telling no step, opens with a restriction ("But not without ...",
    "Mais pas tant que ...", "Aber nur, wenn ...")."""
    hoped_start, steps = hoped
    if not steps or any(c.category in ("status", "generic", "denials") for c in cues):
        return []
    if not any(
        c.category == "restrictions"
        and len(folded[start : c.start].strip(" \t\n\"'«“„‘-–—")) <= _RESTRICTION_OPENS
        for c in cues
    ):
        return []
    evidence = text[hoped_start:sentence_end]
    return [
        Claim(
            country=step.country,
            status="declined",
            date=step.date.value if step.date else None,
            date_precision=step.date.precision if step.date else None,
            confidence=_RESTRICTED_CONFIDENCE,
            evidence=evidence,
            start=hoped_start,
            end=sentence_end,
            background=False,
        )
        for step in {s.country: s for s in steps}.values()
    ]


_JOINING = _RUMOURED | {"joined"}
_NOT_CARRIED = FOUNDERS + CONFLICT_PARTIES  # never the country a pronoun stands for
_TITLED_SPEAKER_GAP = 12  # "a déclaré mardi le prince héritier": reporting verb to the title
_SCOPE_SENTENCES = 2  # sentences back in which the one country in scope was named
_COUNTERPART_MARKERS = ("partners", "comparisons", "agents")
_ISRAEL = "IL"
_COUNTERPART_GAP = 5  # "with the United States", "mit US-Präsident": a founder right after "with"
_PARTNER_REACH = 80  # characters back from a name in which a partner word may start
_OPENING_WORDS = (
    1  # "But it", "Et il", "وهو": words a pronoun or title may follow and open its sentence
)
_OPENER_WORDS = 3  # words an opener of a sentence with no subject may take ("اعلام کرد")
_STEM = 3  # letters a word keeps before a pronoun suffix
_BEFORE_CUE = 2  # "it will join": the cue's verb right after the pronoun
_AFTER_CUE = 4  # "stellte er", "pochte er": a pronoun right after its verb is its subject


class _Scope:
    """The one country the last sentences were about, for a sentence that names
    none but says "it", "the crown prince" or glues a pronoun to its cue
    ("انضمامها", "keanggotaannya").  Conservative: a sentence naming two
    countries (the founders and the Palestinians aside) leaves none in scope;
    a founder acting in a sentence (not "with Israel") may be who "it" or "he"
    is, so a pronoun then carries nothing; a scope two sentences old is gone."""

    def __init__(self):
        self.country = None
        self.last = None  # the country named last, even in a list
        self.age = 0
        self.founder_acting = False  # a founder, not a counterpart, named since (or before) it
        self.pair = None  # the two countries the last sentence named, in text order
        self.order = ()  # the countries the last sentence named, in text order
        self.with_israel = False  # the last sentence naming a country named Israel beside it

    def read(self, mentions, cues, folded, opening=None, articles=frozenset()):
        """Update the scope with a sentence's mentions (carried ones included)."""
        named = set()
        first = None
        order = []
        for m in mentions:
            if m.country not in _NOT_CARRIED:
                if m.country not in named:
                    order.append(m)
                named.add(m.country)
                self.last = m.country
                if first is None:
                    first = m.start
        self.pair = _pair(order, folded)
        if named:
            self.order = tuple(m.country for m in order)
            self.country = (
                named.pop()
                if len(named) == 1
                else _opening_subject(order, folded, opening, articles)
            )
            self.with_israel = any(m.country == _ISRAEL for m in mentions)
            self.age = 0
            self.founder_acting = _founder_acting(mentions, cues, first)
            return
        self.age += 1
        if mentions and _founder_acting(mentions, cues, None):
            self.founder_acting = True

    def titled(self, folded, start, cues, mentions):
        """A sentence naming no country of its own that opens with a leader's title
        ("The crown prince was warm.") is about the country in scope even with no
        step: it keeps that country in scope as if named again. Only titles: an
        opening "it" is often no one ("It is not a no.")."""
        if self.current() is None:
            return
        if any(m.country not in _NOT_CARRIED and m.kind != "anaphor" for m in mentions):
            return
        if any(
            c.category == "titles" and len(folded[start : c.start].split()) <= _OPENING_WORDS
            for c in cues
        ):
            self.age = -1  # read() then counts this sentence: the scope is this sentence's

    def pair_named(self):
        """The two countries the sentence right before named, or None; where it named one
        country and Israel ("trade between the Emirates and Israel. The two states ..."),
        that one country (Israel, the counterpart, takes no step). Not Somaliland: what it
        and Israel sign together is their recognition, not the accords ("Beide Seiten
        unterzeichneten eine Erklärung")."""
        if (
            self.pair is None
            and self.age == 0
            and self.with_israel
            and self.country
            and self.country not in UNRECOGNISED
        ):
            return (self.country,)
        return self.pair

    def listed_before(self):
        """The countries the sentence right before named, in text order ((), if it named
        none or is not the sentence right before)."""
        return self.order if self.age == 0 else ()

    def last_named(self):
        """The country named last in the sentences in scope, or None."""
        return self.last if self.age < _SCOPE_SENTENCES else None

    def current(self):
        """The country in scope, or None."""
        return self.country if self.age < _SCOPE_SENTENCES else None

    def carrier(self, folded, span, cues, mentions, lang):
        """A mention of the country in scope standing for a pronoun, a title or a
        pronoun suffix of this sentence (its span, cues and mentions), or None."""
        if self.current() is None:
            return None
        # "unter amerikanischer Vermittlung", "con mediación estadounidense": a founder
        # named as the mediator is no actor of the sentence
        mentions = [m for m in mentions if not _mediator(m, cues)]
        own = [m for m in mentions if m.country not in _NOT_CARRIED and m.kind != "anaphor"]
        if own:
            # the sentence names a country of its own: only a halt opening it, before
            # that same country's clause, is still the one in scope's
            return self._opening_halt(folded, span, cues, mentions, own)
        steps = [c for c in cues if c.category in ("status", "generic")]
        if not steps:
            # "It made clear there will be no normalisation without a Palestinian state":
            # a negation before a precondition is a refusal with no cue word of its own
            # (or after a precondition opening it: "Ohne ... gibt es keine Beziehungen")
            conditions = [c.start for c in cues if c.category == "preconditions"]
            steps = [
                c
                for c in cues
                if c.category == "negations"
                and any(c.end <= p or _opening(folded, span[0], p) for p in conditions)
            ][:1]
        if not steps:
            return None
        first = steps[0]
        start, end = span
        titles = [c for c in cues if c.category == "titles"]
        # "« Nous voulons ... », a déclaré mardi le prince héritier": a title right after a
        # reporting verb (a day at most between) is the quote's speaker; the quote's "nous"
        # is the country in scope even with a founder named since
        speaker = next(
            (
                word
                for word in titles
                if any(
                    c.category == "reporting" and 0 <= word.start - c.end <= _TITLED_SPEAKER_GAP
                    for c in cues
                )
            ),
            None,
        )
        words = titles + _pronouns(folded, start, end, lang)
        for word in sorted(words):
            opens = len(folded[start : word.start].split()) <= _OPENING_WORDS
            # "... said it will join", "qu'il rejoindra", "أنها لن تنضم": right before its verb
            before_cue = any(
                0 <= c.start - word.end <= _BEFORE_CUE and "," not in folded[word.end : c.start]
                for c in steps
            )
            if not (
                opens or before_cue or word is speaker or 0 <= word.start - first.end <= _AFTER_CUE
            ):
                continue  # "... pressed it to join": an object, or a word deep in the sentence
            if (
                word.category == "pronouns"
                and speaker is None
                and (self.founder_acting or _founder_acting(mentions, cues, word.start))
            ):
                return None  # "Israel said it would": the pronoun may be the founder
            return _Mention(word.start, word.end, word.start, word.end, self.country, "anaphor")
        # "The talks are well advanced", "Die Gespräche sind weit fortgeschritten": talks told
        # as a fact with no country of their own are, as a halt is, the one country in scope's;
        # not talks with someone else ("talks with the IMF", "Gespräche mit dem IWF") nor
        # talks under a condition or a negation ("talks can only open if the war ends")
        halts = [
            s
            for s in steps
            if s.payload == "suspended"
            or (
                s.payload == "negotiating" and not any(c.category in _TALKS_ELSEWHERE for c in cues)
            )
        ]
        if (
            halts
            and not mentions
            and not any(c.category == "modals" for c in cues)
            # "the project has stalled", "das Projekt ist ins Stocken geraten": a
            # group or the accords' project before the halt is what stalled
            and not any(c.category == "generic_subjects" and c.end <= halts[0].start for c in cues)
        ):
            # "the talks were interrupted by the war", "the normalisation track
            # froze": a halt told as a fact in a sentence naming no country (not
            # even Israel) is the one country in scope's; not one demanded or feared.
            # A founder acting in the sentence before does not stand in its way: it
            # may be who "it" is, not who the talks belong to ("Washington and Riyadh
            # negotiated a package. Since October 2023 those talks have lain idle.")
            return self._at(halts[0].start)
        if self.founder_acting or _founder_acting(mentions, cues, None):
            return None
        for step in steps:
            if _pronoun_suffix(folded, step, cues, lang):
                return self._at(step.start)
        opener = _dropped_subject(folded, start, end, lang)
        if opener is not None:
            # "Anunció que se sumará", "وقررت الانضمام", "Menyatakan akan bergabung": the
            # subject left unsaid stands before the verb (which may be the cue itself)
            return self._at(opener)
        halt = _halted_ties(steps, mentions, cues)
        if halt is not None:
            # "Since the war began, contacts with Israel have been frozen": the
            # ties halted are those of the one country in scope
            return self._at(halt)
        refusal = _bare_precondition(steps, mentions, cues)
        if refusal is not None:
            # "Riyadh has been clear. No normalisation without a Palestinian state.": a
            # precondition told with no subject is the one country in scope's
            return self._at(refusal)
        return None

    def _opening_halt(self, folded, span, cues, mentions, own):
        """ "Die Gespräche liegen seit dem Gaza-Krieg auf Eis, und Riad pocht weiterhin auf
        ...", "The talks have been frozen since the war, and Riyadh still insists ...": a
        halt told as a fact, opening the sentence with no country of its own, before a comma
        and a clause naming only the country in scope, is that country's; the mention at its
        start, or None."""
        if any(m.country != self.country for m in own):
            return None
        halts = [c for c in cues if c.category == "status" and c.payload == "suspended"]
        if not halts:
            return None
        halt = halts[0]
        comma = folded.find(",", halt.end, own[0].start)
        if (
            comma < 0
            or any(m.start < comma for m in mentions)
            or any(c.category in _HALT_OWNERS and c.start < comma for c in cues)
            # the talks halted may be a cue of their own ("Les discussions sont gelées")
            or any(
                c.category == "status" and c.start < halt.start and c.payload != "negotiating"
                for c in cues
            )
            or halt.start - span[0] > _HALT_OPENING_REACH
        ):
            return None
        return self._at(halt.start)

    def _at(self, position):
        """The country in scope standing, unnamed, at a position of the sentence."""
        return _Mention(position, position, position, position, self.country, "anaphor")


# words before the comma that make an opening halt someone else's or no fact: a wish or
# fear ("the opposition wants the talks frozen"), a group, talks with someone else
_HALT_OWNERS = ("modals", "generic_subjects", "organisations", "questions")
_HALT_OPENING_REACH = 60  # "Die Gespräche liegen seit dem Gaza-Krieg auf Eis": the halt's start

# words that give talks a partner of their own ("talks with the IMF", "Gespräche mit dem IWF")
# or make them no fact ("talks can only open if the war ends", "no talks without a state")
_TALKS_ELSEWHERE = (
    "partners",
    "organisations",
    "agents",
    "conditions",
    "restrictions",
    "preconditions",
    "negations",
    "questions",
)


def _between_sides(folded, pair, lang):
    """Whether a pair phrase ("the two sides") stands right after a word for "between"
    ("between the two sides", "بين الجانبين") or right before one (Turkish "iki taraf
    arasında"): the sides of talks, not two countries named anywhere."""
    before = WORD_RE.findall(folded[max(0, pair.start - 24) : pair.start])
    after = WORD_RE.findall(folded[pair.end : pair.end + 24])
    return bool(
        (before and before[-1] in lang.between_words) or (after and after[0] in lang.between_words)
    )


# "agreed to restore full diplomatic relations", "وافقت السعودية على تطبيع العلاقات": step to ties
_TIES_NOUN_GAP = 40
# "relations diplomatiques avec", "ties with": the ties, an adjective, "with"
_TIES_PARTNER_GAP = 16
_TIES_RECIPROCAL_GAP = 24  # "relations diplomatiques entre eux", "Beziehungen zueinander"


def _ties_with_another(mentions, cues, folded, start, end):
    """Does a step's cue (joining, announced, signed, to come) of a sentence naming neither
    Israel (by any of its names) nor the accords govern ties (`ties_nouns`: "relations",
    "ties", "العلاقات") made with another country, one that is no founder and not the
    conflict's other party, named right after a partner word ("normalise ties with Iran",
    "normaliser ses relations avec l'Iran"; `comitatives`, languages whose verb comes first),
    or made by two such countries named before them with each other ("relations with each
    other", "العلاقات بينهما", "Beziehungen zueinander"; `reciprocals`)?"""
    if any(m.country == _ISRAEL for m in mentions) or _ACCORDS_NAME_RE.search(folded, start, end):
        return False
    steps = [
        c
        for c in cues
        if c.category == "status"
        and c.payload in ("joined", "announced", "signed", "ratified", "prospective")
    ]
    # the ties the step governs: after it or inside its cue ("agreed to normalise ties",
    # "sepakat menormalisasi hubungan"; the subject may come
    # between, "وافقت السعودية على تطبيع العلاقات"), or before it in verb-final languages
    # ("ihre Beziehungen zueinander zu normalisieren")
    ties = [
        t
        for t in cues
        if t.category == "ties_nouns"
        and any(s.start <= t.start and t.start - s.end <= _TIES_NOUN_GAP for s in steps)
    ]
    ties_before = [
        t
        for t in cues
        if t.category == "ties_nouns" and any(0 <= s.start - t.end <= _TIES_NOUN_GAP for s in steps)
    ]
    if not ties and not ties_before:
        return False  # "joined last week, together with Azerbaijan": company, no partner
    # ("Pakistan, which has close military ties with Saudi Arabia, could follow": ties before
    # the step are another clause's in the languages with the partner word)
    partners = [
        p
        for p in cues
        if p.category == "comitatives"
        and any(0 <= p.start - t.end <= _TIES_PARTNER_GAP for t in ties)
    ]
    # the partner, and a subject of the step named before it: "normalisation of relations with
    # Riyadh remains Washington's goal" names no subject, Riyadh is Israel's counterpart
    for p in partners:
        partner = {
            m.country
            for m in mentions
            if m.country not in NOT_CANDIDATES and 0 <= m.word_start - p.end <= _COUNTERPART_GAP
        }
        if partner and any(
            m.country not in NOT_CANDIDATES and m.country not in partner and m.end <= p.start
            for m in mentions
        ):
            return True
    return any(
        r.category == "reciprocals"
        and any(0 <= r.start - t.end <= _TIES_RECIPROCAL_GAP for t in ties + ties_before)
        and len(
            {m.country for m in mentions if m.start < r.start and m.country not in NOT_CANDIDATES}
        )
        >= 2
        for r in cues
    )


def _opening_subject(order, folded, opening, articles):
    """The country that opens a sentence naming several ("Sudan, which signed in 2021,
    offers a lesson for Hargeisa.", "Le Soudan, qui ..."), an article at most before it,
    alone and not as the head of a list, or None: the subject a pronoun opening the next
    sentence stands for ("Its normalisation has been frozen")."""
    if opening is None or len(order) < 2:
        return None
    head = order[0]
    if head.kind == "anaphor" or any(
        word not in articles for word in WORD_RE.findall(folded[opening : head.start])
    ):
        return None  # "For Kazakhstan there is no downside": no subject
    for before, other in itertools.pairwise(order):
        gap = folded[before.word_end : other.start]
        clause = re.split(r"[,;:–—]", gap)[-1] if re.search(r"[,;:–—]", gap) else None
        if _words_but(gap, articles) <= 1 or (
            clause is not None and _words_but(clause, articles) <= 1
        ):
            # "Bahrain and the UAE", "Bahrain, the UAE": a list opens it; "Morocco followed
            # in December, Sudan in January": another country opens a clause of its own
            return None
    return head.country


def _words_but(text, articles):
    """How many words a text holds, its articles aside ("et le" is one)."""
    return sum(word not in articles for word in WORD_RE.findall(text))


def _first_of_list(folded, start, end, lang, listed):
    """ "The first two signed in September 2020", "Los tres primeros ya mantienen
    relaciones", "Die ersten beiden ...": a sentence opening with a phrase for the first N
    countries of a list (`first_of_list`, of its first four words at most) stands for the first
    N the sentence right before named (`listed`, text order), as anaphor mentions over the
    phrase; none when that sentence named no more than N (then nothing is picked out)."""
    words = list(itertools.islice(WORD_RE.finditer(folded, start, end), 4))
    for size in (4, 3, 2):
        if len(words) < size:
            continue
        phrase = " ".join(w.group() for w in words[:size])
        count = lang.first_of_list.get(phrase)
        if count and len(listed) > count:
            a, b = words[0].start(), words[size - 1].end()
            return [_Mention(a, b, a, b, country, "anaphor") for country in listed[:count]]
    return []


def _pair(order, folded):
    """The two countries a sentence named (first mentions, text order), or the last
    two of more when they stand as a list of their own at its end ("... Indonesia
    and Pakistan": one word at most between them, and more than that before them)."""
    if len(order) < 2:
        return None

    def listed(left, right, commas=True):
        gap = folded[left.word_end : right.start]
        if not commas and ("," in gap or "،" in gap):
            return False
        return len(WORD_RE.findall(gap)) <= 1

    if len(order) == 2:
        return (order[0].country, order[1].country)
    if listed(order[-2], order[-1], commas=False) and not listed(order[-3], order[-2]):
        return (order[-2].country, order[-1].country)
    return None


def _pronouns(folded, start, end, lang):
    """The subject pronouns of a sentence ("it", "er", Arabic "وهو" with its clitic),
    as cues; looked for only in a sentence that may carry the country in scope (a
    scan of the whole text would meet "it" inside every "with")."""
    pronouns, prefixes = lang.pronouns, lang.prefixes
    if not pronouns:
        return []
    found = []
    for match in WORD_RE.finditer(folded, start, end):
        word = match.group()
        if word in pronouns or (
            prefixes and any(word.endswith(p) and word[: -len(p)] in prefixes for p in pronouns)
        ):
            found.append(_Cue(match.start(), match.end(), "pronouns", None))
    return found


def _dropped_subject(folded, start, end, lang):
    """Where a word of `dropped_subject_openers` opens the sentence, a
    conjunction at most before it ("Anunció que", "Y anunció", "وأعلنت" with its
    clitic, "Заявил, что"): a verb whose subject was left unsaid, or None.  A
    sentence opening with a noun ("El presidente anunció") has its subject."""
    openers = lang.dropped_subject_openers
    if not openers:
        return None
    words = []
    for match in WORD_RE.finditer(folded, start, end):
        words.append(match)
        if len(words) > _OPENER_WORDS:
            break
    if words and words[0].group() in lang.conjunctions:
        words = words[1:]
    text = [w.group() for w in words]
    for opener in openers:
        parts = opener.split()
        if len(parts) > len(text) or text[1 : len(parts)] != parts[1:]:
            continue
        if text[0] == parts[0] or any(text[0] == p + parts[0] for p in lang.prefixes):
            return words[0].start()
    return None


def _halted_ties(steps, mentions, cues):
    """Where a sentence with no subject halts its ties with a founder ("contacts
    with Israel are frozen", "die Annäherung an Israel liegt auf Eis"): the
    start of the halt, or None.  Every country it names is a founder right after
    "with" (a counterpart); a founder alone would be who froze them."""
    if not mentions or any(m.country not in FOUNDERS for m in mentions):
        return None
    if not all(
        any(
            c.category in _COUNTERPART_MARKERS and 0 <= m.word_start - c.end <= _COUNTERPART_GAP
            for c in cues
        )
        for m in mentions
    ):
        return None
    return next((s.start for s in steps if s.payload in ("suspended", "withdrawn")), None)


_UNSPOKEN_REFUSAL_BLOCKERS = ("modals", "questions", "conditions", "generic_subjects", "denials")


def _opening(folded, start, position):
    """Whether a position opens the sentence starting at start (a conjunction at most
    before it: "Ohne", "But without")."""
    return len(folded[start:position].split()) <= _OPENING_WORDS


def _bare_precondition(steps, mentions, cues):
    """Where a sentence with no subject sets a precondition on ties ("No normalisation
    without a Palestinian state", "Ohne palästinensischen Staat gibt es keine
    Beziehungen zu Israel", "Pas de relations avec Israël sans État palestinien"): the
    start of the refusal, or None.  The sentence names the accords' topic (normalisation,
    or Israel as the counterpart), no country but a founder right after "with" and the
    Palestinians inside the precondition, and no wish, question, condition or group
    ("the opposition demands", "some states say") that would make it someone else's."""
    if any(c.category in _UNSPOKEN_REFUSAL_BLOCKERS for c in cues):
        return None
    if not any(c.category == "topic" for c in cues):
        return None
    for m in mentions:
        if m.country in CONFLICT_PARTIES:
            continue
        if m.country not in FOUNDERS or not any(
            c.category in _COUNTERPART_MARKERS and 0 <= m.word_start - c.end <= _COUNTERPART_GAP
            for c in cues
        ):
            return None
    # a precondition: its word, or the Palestinians named inside a refusal cue that holds
    # it ("there will be no normalisation with Israel without a Palestinian state")
    if not any(c.category == "preconditions" for c in cues) and not any(
        m.country in CONFLICT_PARTIES for m in mentions
    ):
        return None
    # a refusal cue ("there will be no normalisation without"), or a negation the
    # carrier took as the step ("no ties without", "Ohne ... keine Beziehungen")
    refusal = next((s for s in steps if s.payload == "declined" or s.category == "negations"), None)
    return refusal.start if refusal is not None else None


_HALT_CLAUSE_END_RE = re.compile(r"[,،;؛:]")


def _halt_after_semicolon(folded, start, end, cues, mentions):
    """The one country named before a semicolon, standing unnamed at the halt the clause
    after it tells with no country of its own ("Sudan signed in 2021; since 2023 its
    contacts with Israel have been frozen"), or None."""
    mark = max(folded.rfind(";", start, end), folded.rfind("؛", start, end))
    if mark < 0:
        return None
    before = {m.country for m in mentions if m.end <= mark and m.country not in _NOT_CARRIED}
    if len(before) != 1:
        return None
    after_cues = [c for c in cues if c.start > mark]
    halt = next((c for c in after_cues if c.payload in ("suspended", "withdrawn")), None)
    # the halt's own clause: a country named in a clause after it ("; those talks have
    # been frozen since ..., and Riyadh has since hardened its terms") is no subject of it
    closing = _HALT_CLAUSE_END_RE.search(folded, halt.end, end) if halt else None
    after = [
        m for m in mentions if m.start > mark and (closing is None or m.start < closing.start())
    ]
    if after:
        halt = _halted_ties(after_cues, after, after_cues)
    else:
        halt = halt.start if halt else None
    if halt is None:
        return None
    return _Mention(halt, halt, halt, halt, next(iter(before)), "anaphor")


_MEDIATOR_GAP = 4  # "mediated by Washington": an attendance word this close to the founder


def _mediator(mention, cues):
    """A founder right before or after a word of mediation (`mediations`: "unter
    amerikanischer Vermittlung", "sous médiation américaine", "mediated by Washington")."""
    return mention.country in FOUNDERS and any(
        c.category == "mediations"
        and (
            0 <= c.start - mention.word_end <= _MEDIATOR_GAP
            or 0 <= mention.word_start - c.end <= _MEDIATOR_GAP
        )
        for c in cues
    )


def _founder_acting(mentions, cues, before):
    """The first country named (before a position, or at all) is a founder and
    no counterpart right after "with", "zu", "like": it may be what a pronoun
    stands for ("Israel said it would", not "after talks with Israel, it")."""
    if not mentions:
        return False
    first = mentions[0]  # mentions are in text order
    if first.country not in FOUNDERS or (before is not None and first.start >= before):
        return False
    return not any(
        c.category in _COUNTERPART_MARKERS and 0 <= first.word_start - c.end <= _COUNTERPART_GAP
        for c in cues
    )


def _pronoun_suffix(folded, cue, cues, lang):
    """A word of the cue ends with a pronoun suffix of the language
    ("انضمامها" is "انضمام" and "ها", "aksesinya", "הצטרפותה"); a word of the
    accords' name or of another agreement ("anlaşması") is none."""
    names = [(c.start, c.end) for c in cues if c.category in ("topic", "off_topic")]
    for word in re.finditer(r"\S+", folded[cue.start : cue.end]):
        start, end = cue.start + word.start(), cue.start + word.end()
        if any(a <= start and end <= b for a, b in names):
            continue
        if any(
            end - start >= len(suffix) + _STEM and word.group().endswith(suffix)
            for suffix in lang.pronoun_suffixes
        ):
            return True
    return False


_OTHER_SIGNED_REACH = 80  # "signed this Thursday in Davos, at the forum, the charter of"
_OTHER_SIGNED_SENTENCES = (
    2  # "... signed the charter. It oversees Gaza. X and Y were among the signatories."
)


def _is_signing(cue):
    """A signing cue, a status cue ("signed the accords") or a generic one ("signed")."""
    return cue.category in ("generic", "status") and cue.payload == "signed"


def _signs_other(cues):
    """The sentence signs another agreement: a signing cue with an off-topic
    word ("charter", "trade agreement") shortly after it and no word naming the
    accords between them."""
    for cue in cues:
        if not _is_signing(cue):
            continue
        for other in cues:
            if other.category == "off_topic" and 0 <= other.start - cue.end <= _OTHER_SIGNED_REACH:
                if not any(
                    t.category == "topic" and cue.end <= t.start < other.start for t in cues
                ):
                    return True
    return False


def _spirit_of_next(number, spans, cues, mentions):
    """ "Israel and Somaliland signed a joint declaration. The text was drafted
    in the spirit of the accords.": a next sentence naming no country that
    says "in the spirit of" speaks of what this one signed (its words, else none)."""
    if number + 1 >= len(spans):
        return []
    start, end = spans[number + 1]
    spirit = [c for c in _between(cues, start, end) if c.category == "in_the_spirit"]
    if not spirit or _between(mentions, start, end):
        return []
    return spirit


def _outside_groups(cues):
    """The anaphora not inside a group noun ("iki komşu ülkenin", the two
    neighbouring countries: no one country); one pass over the cues, which are
    sorted by start (a group starting with its anaphor comes first)."""
    spans = sorted(
        (c.start, 0 if c.category == "generic_subjects" else 1, c.end, c)
        for c in cues
        if c.category in ("generic_subjects", "anaphora")
    )
    group_end = -1
    for _start, kind, end, cue in spans:
        if kind == 0:
            group_end = max(group_end, end)
        elif end > group_end:
            yield cue


def _after_anaphors(folded, cues, mentions):
    """ "Namun pembicaraan itu terhenti", "rundingan itu dibekukan": a status cue whose
    first words are an anaphor read as the country in scope ("those talks") starts
    after it; the anaphor is its subject, before it."""
    ends = {m.start: m.end for m in mentions if m.kind == "anaphor"}
    if not ends:
        return cues
    moved = False
    kept = []
    for cue in cues:
        end = ends.get(cue.start)
        if end is not None and cue.category == "status" and end < cue.end:
            while end < cue.end and folded[end].isspace():
                end += 1
            cue = cue._replace(start=end)
            moved = True
        kept.append(cue)
    return sorted(kept, key=lambda c: c.start) if moved else cues


class _StateTitles:
    """The states an anaphor holding a title stands for: "the kingdom", "le royaume",
    "المملكة" (`kingdom_words`) is the kingdom (`statuses.KINGDOMS`) named last before it
    in the article, "the sultanate" Oman, "the emirate" the emirate named last; none
    when no such state was named before, or when the last naming of one is a list of
    two of them ("Bahrain and Morocco ... the kingdom"). "The republic", "республика"
    (`republic_words`) is the country named last that is no monarchy and no founder; "the
    breakaway region", "سلطات الإقليم" (`region_words`) the unrecognised territory named last,
    not the state it broke from named after it ("Somaliland in the north of Somalia")."""

    def __init__(self, mentions, lang):
        self.contrasts = _contrasts(lang)
        self.kinds = [
            (words, named, [m.start for m in named], {m.country for m in named})
            for words, titled in (
                (lang.kingdom_words, KINGDOMS.__contains__),
                (lang.sultanate_words, SULTANATES.__contains__),
                (lang.emirate_words, EMIRATES.__contains__),
                (lang.region_words, UNRECOGNISED.__contains__),
                (lang.republic_words, _republic),
            )
            if words
            for named in [[m for m in mentions if titled(m.country)]]
        ]

    def kind(self, folded, anaphor):
        """The index of the title an anaphor holds, or None."""
        words = folded[anaphor.start : anaphor.end]
        for number, (kind_words, _, _, _) in enumerate(self.kinds):
            if any(word in words for word in kind_words):
                return number
        return None

    def country(self, folded, anaphor, mentions, carried, counterparts=frozenset()):
        """The state of the anaphor's title named last before it, or None. A sentence
        that names a country before the anaphor (or around it: "المملكة العربية
        السعودية" is a name) reads it as any anaphor, if that country has the title."""
        number = self.kind(folded, anaphor)
        if number is None:
            return None
        _, named, starts, countries = self.kinds[number]
        if _named_before(anaphor, mentions):
            country = _anaphor_country(
                folded, anaphor, mentions, carried, counterparts, self.contrasts
            )
            return country if country in countries else None
        last = bisect.bisect_left(starts, anaphor.start) - 1
        if last < 0:
            return None
        country = named[last].country
        for before in reversed(named[max(0, last - _TITLE_LIST_REACH) : last]):
            between = folded[before.end : named[last].start]
            if before.country != country and not SENTENCE_MARK_RE.search(between):
                return None  # "Bahrain and Morocco": which kingdom is meant is not told
        return country


def _republic(country):
    """Whether "the republic" may stand for a country: any but a monarchy and the founders."""
    return country not in MONARCHIES and country not in FOUNDERS


def _named_before(anaphor, mentions):
    """Whether the sentence names a country (no founder) before the anaphor's end."""
    return any(m.start < anaphor.end and m.country not in FOUNDERS for m in mentions)


# mentions of the same kind looked at before the last one: a list of states in one sentence
_TITLE_LIST_REACH = 4


def _anaphor_country(folded, anaphor, mentions, carried, counterparts=frozenset(), contrasts=()):
    """The country an anaphor stands for: the one in scope when the sentence named
    none before it; the one the sentence named before it when the anaphor opens the
    clause after a semicolon ("Sudan signed in 2021; its government has since frozen
    contacts"), or after a colon or a comma and a contrasting coordinator (`contrasts`:
    "but", "אבל", "لكن") when that country was named only as a counterpart
    (`counterparts`, the starts of mentions right after a partner word: "the talks with
    the Saudis remain stuck: the kingdom insists ...", "normalisation with Riyadh would
    add a point, but in the kingdom they keep saying ..."; not "the crown prince said it
    in November: the kingdom wants ...", where the colon opens what the subject said and
    the date before it is the claim's); else none."""
    before = [m for m in mentions if m.start < anaphor.end and m.country not in FOUNDERS]
    if not before:
        return carried
    gap = folded[before[-1].word_end : anaphor.start]
    colon = -1
    if all(m.start in counterparts for m in before):
        colon = max(_clause_colon(gap), _contrast_comma(gap, contrasts))
    mark = max(gap.rfind(";"), gap.rfind("؛"), colon)
    if len({m.country for m in before}) == 1 and mark >= 0 and len(gap[mark + 1 :].split()) <= 1:
        # the anaphor opens the clause after the semicolon (a conjunction at most before
        # it), as its subject: not "...; in Jerusalem they talk of the next country"
        return before[-1].country
    return None


def _counterparts(partners, mentions):
    """The starts of the mentions right after a partner word (`partners`, sorted: "with
    the Saudis", "con Riad"): countries named as a counterpart, not as a subject."""
    return frozenset(
        m.start
        for m in mentions
        if any(
            0 <= m.word_start - p.end <= _COUNTERPART_GAP
            for p in _between(partners, m.word_start - _PARTNER_REACH, m.word_start)
        )
    )


def _contrasts(lang):
    """The coordinators that contrast ("but", "mais", "אבל", "لكن"): `coordinators` that
    are no list `conjunctions` ("and", "و" are both)."""
    return tuple(c for c in lang.coordinators if c not in lang.conjunctions)


def _contrast_comma(gap, contrasts):
    """The end of a contrasting coordinator right after the gap's last comma (", but",
    "، لكن", ", אבל"), with a preposition at most after it before the anaphor ("but in the
    kingdom"), or -1."""
    comma = max(gap.rfind(","), gap.rfind("،"))
    if comma < 0:
        return -1
    words = gap[comma + 1 :].split()
    if words and words[0] in contrasts and len(words) <= 2:
        return gap.find(words[0], comma) + len(words[0]) - 1
    return -1


def _clause_colon(gap):
    """The last colon in a gap that ends a clause (a space after it, not "10:30"), or -1."""
    mark = gap.rfind(":")
    return mark if mark >= 0 and gap[mark + 1 : mark + 2].isspace() else -1


def _latter_after_semicolon(folded, latter, mentions):
    """ "the latter" opening the clause after a semicolon ("Oman and Indonesia are named;
    the latter has said ...") or right after the comma closing a list ("..., Sudan and
    Kazakhstan, the latter having joined in November"): the last country named before it
    in the sentence."""
    found = []
    for word in latter:
        before = [m for m in mentions if m.end <= word.start and m.country not in _NOT_CARRIED]
        if not before:
            continue
        gap = folded[before[-1].word_end : word.start]
        mark = max(gap.rfind(";"), gap.rfind("؛"))
        if mark < 0 and gap.strip() in _COMMAS:
            # "..., Sudan and Kazakhstan, the latter having joined in November", "...,
            # Sudan dan Kazakhstan, yang terakhir disebut bergabung": right after a list's
            # closing comma, its last member
            mark = gap.find(gap.strip())
        if mark >= 0 and len(gap[mark + 1 :].split()) <= 1:
            found.append(
                _Mention(word.start, word.end, word.start, word.end, before[-1].country, "anaphor")
            )
    return found


@functools.cache
def _possessive_step_re(lang):
    """The language's `possessive_steps` ("its normalisation", "su acuerdo") as one pattern
    ending at a word's end, or None."""
    if not lang.possessive_steps:
        return None
    return re.compile(rf"(?:{alternation(lang.possessive_steps)})(?!\w)")


def _anaphor_end(anaphor, cues, folded, lang):
    """An anaphor holding a joining of its own ("its accession", "son
    adhésion", "seinen Beitritt") ends where that joining's cue starts: the
    possessive is the subject, the noun the step ("this process", which a
    halt follows, stays whole).  So does a possessive before a normalisation
    or deal whose cue, a halt's or an announcement's, opens with the noun ("its
    normalisation stalled", "its deal was announced")."""
    possessive_step = _possessive_step_re(lang)
    inside = [
        c.start
        for c in _between(cues, anaphor.start, anaphor.end)
        if c.category == "status"
        and (
            c.payload in _JOINING
            or (possessive_step is not None and possessive_step.match(folded, anaphor.start))
        )
        and anaphor.start < c.start < anaphor.end
    ]
    return min(inside, default=anaphor.end)


def _outside(items, spans):
    """The items (in text order) that do not start inside a span (sorted):
    the last span starting at or before an item decides, in one sweep."""
    kept = []
    number = -1
    for item in items:
        while number + 1 < len(spans) and spans[number + 1][0] <= item.start:
            number += 1
        if number < 0 or item.start >= spans[number][1]:
            kept.append(item)
    return kept


_DASHED_NAME_ARTICLE = 4  # "l'", "the ", "die ": before a name set off by dashes


def _without_dashed_name(folded, punctuation, mentions):
    """Two dashes with only a country's name between them ("The region's biggest player – Saudi
    Arabia – makes no secret of ...", "Аймақтағы ең ірі ойыншы – Сауд Арабиясы – ..."): an
    apposition naming the subject, no clause break at either dash."""
    dashes = [p for p in punctuation if folded[p] in "—–"]
    dropped = set()
    for first, second in zip(dashes, dashes[1:], strict=False):
        if any(
            first < m.word_start
            and m.word_end <= second
            and len(folded[first + 1 : m.word_start].strip()) <= _DASHED_NAME_ARTICLE
            and not folded[m.word_end : second].strip()
            for m in mentions
        ):
            dropped.update((first, second))
    return [p for p in punctuation if p not in dropped] if dropped else punctuation


def _new_sentence(
    folded, start, end, lang, published, near_topic, mentions, by_category, break_words
):
    """A sentence ready to be read: its clause breaks and Israel's mentions worked out once.
    A line of a list ("The Kingdom of Morocco – December 22, 2020") has no clause break
    at its dash: the date after it is the line's."""
    punctuation = _punctuation_breaks(folded, start, end)
    if any(c.payload == "line" for c in by_category.get("list_openers", ())):
        punctuation = [p for p in punctuation if folded[p] not in "—–-"]
    punctuation = _without_dashed_name(folded, punctuation, mentions)
    head = _ledger_dash(folded, start, end, mentions, lang)
    if head is not None:
        punctuation = [p for p in punctuation if p != head]
    return _Sentence(
        folded=folded,
        start=start,
        end=end,
        lang=lang,
        published=published,
        near_topic=near_topic,
        mentions=mentions,
        by_category=by_category,
        breaks=_clause_breaks(folded, punctuation, break_words, start, end, lang.coordinators),
        punctuation=punctuation,
        israel=[(m.start, m.end) for m in mentions if m.country == "IL"],
    )


_SPEAKER_LABEL = re.compile(r"\s*(?:[^\W\d][\w.'’ -]{0,40}:\s*)?[-–—]?\s*", re.UNICODE)


def _titles_of_names(folded, anaphora, mentions, lang):
    """The anaphora that are no state's formal title before its own name: "the
    kingdom" in "The Kingdom of Morocco", "the republic" in "the Republic of
    Azerbaijan" names the country after the genitive, not the one in scope."""
    starts = {m.word_start for m in mentions}
    kept = []
    for anaphor in anaphora:
        after = folded[anaphor.end : anaphor.end + 12].lstrip()
        gap = len(folded[anaphor.end : anaphor.end + 12]) - len(after)
        genitive = next(
            (g for g in lang.genitives if after.startswith(g + " ")),
            None,
        )
        if genitive is not None:
            rest = anaphor.end + gap + len(genitive) + 1
            rest_text = folded[rest : rest + 8]
            rest += len(rest_text) - len(rest_text.lstrip())
            for article in ("",) + tuple(a + " " for a in lang.articles):
                if rest + len(article) in starts and folded.startswith(article, rest):
                    break
            else:
                kept.append(anaphor)
            continue
        kept.append(anaphor)
    return kept


def _before_publication_month(date, published):
    """The date is of a month (or a year) before the publication's."""
    if date is None or published is None:
        return False
    month = published.isoformat()[:7]
    value = date.value
    return value[:4] < month[:4] or (len(value) >= 7 and value[:7] < month)


def _opens_list(sentence_text):
    """The sentence ends with a colon: a list follows, line by line."""
    return sentence_text.rstrip().endswith(":")


def _answer_opener(folded, start, sentence_text, mentions, cues, lang, listed=False, bare=False):
    """A zero-width list opener before the list that opens an answer to the
    question before ("Who else could join?" "Rahman: Azerbaijan, almost
    certainly."): only when the answer is no question itself, tells no step
    of its own, and nothing but a speaker's label ("Rahman:", "A:") or a dash
    stands before its first country."""
    if not mentions or _is_question(sentence_text):
        return []
    if any(
        c.category in ("status", "generic", "denials", "questions", "negations", "refusals")
        for c in cues
    ):
        return []
    first = mentions[0]
    before = folded[start : first.word_start].rstrip()
    # "L'Azerbaïdjan", "The Kingdom of Morocco": articles and a formal title
    # before the name are the name's
    stripped = True
    while stripped and before:
        stripped = False
        for word in sorted(set(lang.articles) | _STATE_TITLES, key=len, reverse=True):
            if before.endswith(word) and (
                len(before) == len(word) or not before[-len(word) - 1].isalnum()
            ):
                before = before[: -len(word)].rstrip()
                stripped = True
                break
    if not _SPEAKER_LABEL.fullmatch(before) or (bare and before):
        return []  # bare: the answer to a question naming no one is only the name
    return [_Cue(first.start, first.start, "list_openers", "line" if listed else None)]


def _generic_step(
    folded, start, end, cues, break_words, lang, published, near_topic, nameless=False
):
    """The step of a sentence whose subject is a group with no name ("other
    countries would join"), or None; nameless: a question naming no one needs no
    such group ("The latest to join?")."""
    if not nameless and not any(c.category == "generic_subjects" for c in cues):
        return None
    by_category = {}
    for cue in cues:
        by_category.setdefault(cue.category, []).append(cue)
    sentence = _new_sentence(
        folded, start, end, lang, published, near_topic, [], by_category, break_words
    )
    steps = _adjusted_cues(sentence, sentence.words("negations"), sentence.words("preconditions"))
    return steps[0].status if steps else None


_BACKGROUND_CONFIDENCE = 0.6
_PLACE_REACH = 6  # "visit to the UAE": a place word this close before the country
_OTHER_SIGNING_REACH = (
    40  # "signed in Davos the charter of ...": the other agreement this close after the signing
)


def _dash_opens_list(folded, position, group, end, articles):
    """Whether the dash at position opens a list of two or more names right after it (an
    article at most between) that a second dash closes."""
    if folded[position] not in "—–" or len(group) < 2 or position >= group[0].start:
        return False
    between = folded[position + 1 : group[0].word_start].strip()
    if between and between not in articles:
        return False
    rest = folded[group[-1].word_end : end].lstrip()
    return rest[:1] in ("—", "–")


def _halt_undated_by_signing(found):
    """A member's signing and its halt read from one sentence with the same date ("Sudan
    signed in January 2021, but the war froze the process"): the date is the signing's;
    the halt, which the sentence ties to no time of its own, keeps none."""
    signed = {(f.country, f.date) for f in found if f.status == "signed" and f.date is not None}
    return [
        f._replace(date=None) if f.status == "suspended" and (f.country, f.date) in signed else f
        for f in found
    ]


_SIGNED_RIGHT_AFTER = 3  # characters from a country's name to its own bare "signed"
_SIGNED_CLAUSE_END = 30  # or to the verb closing its clause, where the verb comes last


_COLON_CLAUSE = 40  # characters from a name to the colon closing its short clause


def _signed_after_colon(folded, name_end, verb_start):
    """Whether a bare "signed" at verb_start opens the clause after a colon that closes
    the clause of a name ending at name_end, a pronoun at most between."""
    gap = folded[name_end:verb_start]
    colon = gap.find(":")
    return (
        0 <= colon <= _COLON_CLAUSE
        and not any(p in gap[:colon] for p in ",;،؛")
        and len(gap[colon + 1 :].split()) <= 1
        and not any(p in gap[colon + 1 :] for p in ",;:")
    )


_SIGNED_AUXILIARY_GAP = 16  # ", qui avait ", " had ": a relative word and an auxiliary at most


def _auxiliary_between(folded, name_end, signed, cues, lang):
    """Whether only one of the language's auxiliaries stands between a country's name and
    its bare "signed", after a relative word right after the name or not ("Le Soudan avait
    signé", "le Soudan, qui avait signé", "Sudan had signed")."""
    if not 0 < signed.start - name_end <= _SIGNED_AUXILIARY_GAP:
        return False
    gap = folded[name_end : signed.start]
    relative = next(
        (
            c
            for c in cues
            if c.category == "relatives" and name_end <= c.start and c.end <= signed.start
        ),
        None,
    )
    if relative is not None:
        if folded[name_end : relative.start].strip():
            return False
        gap = folded[relative.end : signed.start]
    words = gap.split()
    return len(words) == 1 and words[0] in lang.auxiliary_words


def _follower_relative(folded, name_end, marker, cues):
    """Whether a word of following starts right after a relative word that follows a
    country's name ("le Soudan, qui avait suivi en janvier 2021", "Sudan, which followed
    in January")."""
    return any(
        c.category == "relatives"
        and name_end <= c.start
        and not folded[name_end : c.start].strip(" ,")
        and not folded[c.end : marker.start].strip()
        for c in cues
    )


_FOLLOWED_DATE_GAP = 4  # characters from a word of following to the date after it


def _followed_date(folded, mention, cues, dates):
    """The date right after a word of following that opens the name's relative clause ("le
    Soudan, qui avait suivi en janvier 2021, ..."): that member's own; None when there is
    no such word or date."""
    markers = [
        c
        for c in cues
        if c.category == "continuations_after"
        and _follower_relative(folded, mention.word_end, c, cues)
    ]
    return next(
        (
            d
            for c in markers
            for d in dates
            if c.start <= d.start and d.start - c.end <= _FOLLOWED_DATE_GAP
        ),
        None,
    )


def _carried_signer(folded, mention, cues, halted, lang):
    """ "Sudan is the opposite case: it signed in January 2021, but the war left the
    process frozen", "firmó en enero de 2021, pero ...": the country in scope, standing
    for a pronoun or a dropped subject, that took only the halt, right before its own bare
    "signed" ahead of it, signed as a first signatory named there would."""
    return mention.country in halted and _signed_before_halt(folded, mention, cues, lang=lang)


def _signed_before_halt(folded, mention, cues, halted=True, lang=None):
    """ "Sudan signed in January 2021, but the war froze the process", "السودان وقع في
    يناير 2021، لكن المسار متوقف منذ اندلاع الحرب": a first signatory named alone whose
    own bare "signed" (no accords word beside it) stands right after its name, ahead of
    the halt told later in the sentence, is a member that halted, not a halt only.  With
    the language given, an auxiliary may stand between, after a relative word or not ("Le
    Soudan avait signé en janvier 2021, mais ...", "le Soudan, qui avait signé en janvier
    2021 mais dont le processus est gelé", "Sudan had signed in January 2021, but ...")."""
    # halted=False: the bare "signed" right after the name is all that is asked
    verb_final = lang is not None and lang.verb_final
    halts = (
        [c.start for c in cues if c.category == "status" and c.payload == "suspended"]
        if halted
        else []
    )
    return (
        any(
            c.category == "generic"
            and c.payload == "signed"
            and (
                0 <= c.start - mention.word_end <= _SIGNED_RIGHT_AFTER
                or (
                    lang is not None and _auxiliary_between(folded, mention.word_end, c, cues, lang)
                )
                # "Sudan is the opposite case: it signed in January 2021, but ...", "Sudán es el
                # caso opuesto: firmó en enero de 2021, pero ...": the verb opening the clause
                # after a colon that closes the name's own short clause (a pronoun at most
                # before the verb), only with a halt after it
                or (halted and _signed_after_colon(folded, mention.word_end, c.start))
                # "Sudan Ocak 2021'de imzaladı, ancak ...": the verb closes the clause, its
                # date before it
                or (
                    verb_final
                    and 0 <= c.start - mention.word_end <= _SIGNED_CLAUSE_END
                    and not any(p in folded[mention.word_end : c.start] for p in ",،;")
                )
            )
            and all(h > c.end for h in halts)
            for c in cues
        )
        or (
            # "le Soudan, qui avait suivi en janvier 2021 avant que la guerre ne gèle le
            # processus": a word of following opening the name's relative clause is its
            # joining, as a bare "signed" there would be (only with a halt after it)
            halted
            and lang is not None
            and any(
                c.category == "continuations_after"
                and _follower_relative(folded, mention.word_end, c, cues)
                and all(h > c.end for h in halts)
                for c in cues
            )
        )
    )


def _signatory_examples(folded, mentions, cues, conjunction_re, lang):
    """The first signatories of a list right after a `signatory_examples` phrase
    ("signatories such as the UAE and Bahrain", "des signataires comme les Émirats")
    or right before it (Turkish "BAE ve Bahreyn gibi imzacı ülkeler"): only articles,
    commas and spaces between.  A question around them still names them members."""
    phrases = [c for c in cues if c.category == "signatory_examples"]
    if not phrases:
        return []
    articles = set(lang.articles)

    def bare(gap):
        return all(w in articles for w in gap.replace(",", " ").replace("،", " ").split())

    named = []
    for group in _groups(folded, mentions, conjunction_re, bracketed=True):
        if any(
            (p.end <= group[0].word_start and bare(folded[p.end : group[0].word_start]))
            or (group[-1].word_end <= p.start and bare(folded[group[-1].word_end : p.start]))
            for p in phrases
        ):
            named += [m for m in group if m.country in SIGNATORIES_2020]
    return named


def _background_members(
    folded,
    start,
    end,
    mentions,
    found,
    conjunction_re,
    lang,
    published,
    near_topic,
    topic_here,
    sentence_text,
    cues,
    text_date,
):
    """The accords' first signatories named with no step of their own: a
    list of two or more of them in a text about the accords ("which already
    include the UAE, Bahrain, Morocco and Sudan", "between Israel, the UAE
    and Bahrain"), or one of them in a sentence naming the accords, are
    members: signed, as background.  Their date is the 2020 or 2021 date of
    the list's clause (";" and dashes end it), else none.

    Not background: the accords named inside a supposition ("if ..., the UAE would
    leave"), a sentence about leaving them ("fear the UAE could quit the accords"), a ceremony someone attended, a list that holds as many
    countries with no step of their own (a list of candidates for something else), and
    a first signatory before its signing day in a text dated before it (it
    had announced, not signed)."""
    # a halt of its own ("..., Morocco and Sudan, where contacts with Israel are frozen") leaves
    # a first signatory a member of a list of them: only a member has ties to freeze (named
    # alone, "Bahrain recalled its ambassador but stayed in the accords", it halts only)
    claimed = {f.country for f in found if f.status != "suspended"}
    halted = {f.country for f in found} - claimed
    if not near_topic or not any(
        m.country in SIGNATORIES_2020
        and m.country not in claimed
        and (m.kind != "anaphor" or _carried_signer(folded, m, cues, halted, lang))
        for m in mentions
    ):
        return []  # no first signatory left to name as a member
    if _is_question(sentence_text) and not _asks_about_described(
        folded, start, mentions, cues, lang
    ):
        # "What have signatories such as the UAE and Bahrain gained?": the question asks
        # about them, the words before their names still call them signatories
        mentions = _signatory_examples(folded, mentions, cues, conjunction_re, lang)
        if not mentions:
            return []
    corrections = [cue.start for cue in cues if cue.category == "corrections"]
    if corrections:
        # "An earlier version said that Morocco had signed in 2021": what the correction
        # says the text told is no background either
        mentions = [m for m in mentions if m.start < corrections[0]]
    categories = {cue.category for cue in cues}
    conditions = [cue.start for cue in cues if cue.category == "conditions"]
    if conditions and any(c.category == "topic" and c.start > conditions[0] for c in cues):
        return []  # the accords named inside a supposition: "if ..., the UAE would leave the accords"
    if any(c.category == "status" and c.payload == "withdrawn" for c in cues):
        return []  # leaving told, feared or threatened ("could leave the accords"): the step decides
    if _disowns(
        [c for c in cues if c.category == "unrelated"], [c for c in cues if c.category == "topic"]
    ):
        return []  # "a contract signed with an Emirati company, unrelated to the accords"
    # envoys who attended, with no step told of them (not "the White House hosted ... the UAE")
    attended = (
        [cue.start for cue in cues if cue.category == "attendance"]
        if not categories & {"status", "generic"}
        else []
    )
    # "Morocco and Egypt signed the Board of Peace charter": a list right
    # before its own signing of something else is no background to the accords
    other_signings = [
        c.start
        for c in cues
        if (c.category == "generic" and c.payload == "signed")
        or (c.category == "status" and c.payload in ("signed", "joined"))
        if any(
            o.category == "off_topic" and 0 <= o.start - c.end <= _OTHER_SIGNING_REACH for o in cues
        )
    ]
    results = []
    dates = None
    continuing = [cue.start for cue in cues if cue.category == "continuations"]
    # "signed in September 2020, with Morocco and Sudan following": a list whose step
    # closes its clause as a later one took it after the date before it
    later = [cue for cue in cues if cue.category == "later_steps"]
    # "..., and Morocco and Sudan later joined", "والمغرب والسودان انضما لاحقا": a list with
    # "later" right beside it came after the dates named before that word
    afterwards = _later_words(
        folded,
        start,
        lang,
        [c for c in cues if c.category == "afterwards"],
        [c for c in cues if c.category in ("same_day", "next_day", "hedges")],
    )
    # "during a visit to the UAE", "in Abu Dhabi", "le sommet de Bahreïn": a
    # place where something happened, not a member
    places = [cue.end for cue in cues if cue.category == "places"]
    places_after = [cue.start for cue in cues if cue.category == "places_after"]
    named = [
        m
        for m in mentions
        if (m.kind != "anaphor" or _carried_signer(folded, m, cues, halted, lang))
        and not any(0 <= m.word_start - p <= _PLACE_REACH for p in places)
        and not any(0 <= p - m.word_end <= _PLACE_REACH for p in places_after)
    ]
    for group in _groups(folded, named, conjunction_re, bracketed=True):
        group = _named_by_name(folded, group, cues)
        if not group:
            continue
        if any(0 <= s - group[-1].end <= _OTHER_SIGNING_REACH for s in other_signings):
            continue
        if _denied_likeness(group, cues):
            continue
        listed = len({m.country for m in group if m.country in SIGNATORIES_2020}) >= 2
        members = [
            m
            for m in group
            if m.country in SIGNATORIES_2020
            and m.country not in claimed
            and (
                listed or m.country not in halted or _signed_before_halt(folded, m, cues, lang=lang)
            )
        ]
        line_date = _dated_member_line(folded, start, end, group, cues, lang, published)
        gapped = _gapped_member(folded, start, end, group, found, lang, published)
        if gapped is not None:
            line_date = gapped.date
        if not members or (
            len({m.country for m in group if m.country in SIGNATORIES_2020}) < 2
            and not topic_here
            and not _follows_members(group, results, cues)
            and not _follower_clause(folded, group, cues, end, lang, published)
            and not _signing_of_2020(folded, start, end, cues, lang, published)
            and line_date is None
            and gapped is None
        ):
            continue
        if any(a > group[-1].end for a in attended):
            continue  # "envoys of the UAE attended"
        others = {
            m.country
            for m in group
            if m.country not in SIGNATORIES_2020 + FOUNDERS + OLDER_PEACE
            and m.country not in claimed
        }
        if len(others) >= len({m.country for m in members}):
            continue  # mostly countries with no step of their own: a list of candidates for something else
        if dates is None:
            dates = [
                d
                for d in find_dates(folded, start, end, lang, published)
                if not d.relative and d.value[:4] in ("2020", "2021")
            ]
            strong = [
                m.start()
                for m in _CLAUSE_PUNCTUATION_RE.finditer(folded, start, end)
                if folded[m.start()] != ":"
            ]
            founded = _founding(folded, start, end, cues, mentions, dates, strong)
        # "les quatre pays arabes qui ont normalisé en 2020 – Emirats, Bahreïn, Maroc, Soudan –":
        # a dash opening the list, a dash or the end closing it, sets out the members of
        # the clause before it, as a colon does
        breaks_here = [
            b for b in strong if not _dash_opens_list(folded, b, group, end, lang.articles)
        ]
        then_words = (
            [
                m.start()
                for m in sequence_re(lang.sequence_openers).finditer(
                    folded, max(start, group[0].start - THEN_BEFORE_LIST), group[-1].start
                )
            ]
            if lang.sequence_openers
            else []
        )
        near = [
            d
            for d in dates
            if not _crosses(breaks_here, min(d.end, group[0].start), max(d.start, group[-1].end))
            # "signed in 2020 by the UAE and Bahrain and later by Morocco", "in
            # September 2020, followed by Morocco", "diteken pada 2020 ..., kemudian
            # disusul Maroko": the list after a continuation came later than the date
            and not any(d.end <= c < group[0].start for c in continuing)
            and not any(
                d.end <= c < group[0].start and then_after_comma(folded, c) for c in then_words
            )
            and not (
                d.end <= group[0].start
                and any(
                    0 <= c.start - group[-1].end <= _LATER_STEP_GAP
                    and _later_step(folded, c, end, dates)
                    for c in later
                )
            )
            and not _accords_own_date(folded, start, end, d, mentions, cues, group)
            and not _founding_date(folded, d, founded, group, cues, mentions, lang)
            and not _accords_date_before(folded, start, d, group, cues, mentions, lang)
            # "منذ 2020، هي الإمارات والبحرين ...", "Desde su lanzamiento en 2020, los
            # acuerdos han reunido a ...": a period's start told before a list of members
            and not (
                len({m.country for m in members}) > 1
                and d.end <= group[0].start
                and _period_start(folded, d, cues)
                and set_off_period(folded, d, group, lang)
            )
        ]
        date = min(
            near,
            key=lambda d: min(abs(d.start - group[-1].end), abs(group[0].start - d.end)),
            default=None,
        )
        if date is not None and date.end <= group[0].start:
            date = _own_clause_date(folded, group, near, named) or date
        if (
            date is not None
            and date.precision != "year"
            and _compared_before(folded, group, cues, lang, date)
        ):
            # "faisant du Royaume le quatrième pays ..., après les Emirats arabes unis,
            # Bahreïn et le Soudan": the members the step is compared with came before its
            # day or month (a year, "en 2020", may be theirs too)
            date = None
        relative_starts = [c.start for c in cues if c.category == "relatives"]
        respective = respective_dates(
            [c for c in cues if c.category == "respectively"],
            group,
            dates,
            functools.partial(_crosses, strong),
        )
        for mention in members:
            claimed.add(mention.country)
            status = "signed"
            if text_date is not None and text_date < SIGNING_DAYS[mention.country]:
                status = "announced"
            own_date = date
            if date is not None and any(
                group[0].start < c < mention.start and date.end <= c for c in then_words
            ):
                # "Après les Émirats et Bahreïn en septembre 2020, puis le Maroc et le
                # Soudan": a member after "then" in the list came later than the date
                # told before that word
                own_date = None
            if date is not None and _in_relative_before(
                folded, date, mention, named, relative_starts
            ):
                # "die Emirate und Bahrain, die im September 2020 den Anfang machten, ferner
                # Marokko und der Sudan": the relative clause's date is of the countries
                # before it; the list going on after the clause is undated
                own_date = None
            if own_date is not None and _told_later(
                folded, own_date, mention, group, afterwards, named
            ):
                own_date = None
            bracketed = _bracketed_date(folded, mention, group, dates)
            if bracketed is not None:
                own_date = bracketed  # "Morocco (December 2020), Sudan (January 2021)"
            if line_date is not None:
                own_date = line_date  # "- Bahrain – September 2020": the line's own date
            trailing = _trailing_date(folded, mention, group, dates)
            if trailing is not None:
                own_date = trailing  # "Marokko im Dezember 2020, der Sudan im Januar 2021"
            if id(mention) in respective:
                own_date = respective[id(mention)]  # "in 2020 and 2021 respectively"
            followed = _followed_date(folded, mention, cues, dates)
            if followed is not None:
                own_date = followed  # "le Soudan, qui avait suivi en janvier 2021"
            results.append(
                _Found(
                    mention.country, status, own_date, _BACKGROUND_CONFIDENCE, status == "signed"
                )
            )
        if len({m.country for m in members}) >= 2:
            # "kini merangkumi UAE, Bahrain, Maghribi, Sudan dan Kazakhstan": a member
            # list naming Kazakhstan beside the first signatories tells its decision,
            # announced (no ceremony), undated
            for mention in group:
                if mention.country in DECIDED and mention.country not in claimed:
                    claimed.add(mention.country)
                    results.append(
                        _Found(mention.country, "announced", None, _BACKGROUND_CONFIDENCE, True)
                    )
    return results


def _strong_topics(cues, mentions):
    """The words for the accords that are not inside Israel's name, from a raw cue list (as
    `_Sentence.strong_topics` for a sentence): "Israel" alone names no accords."""
    return [
        c
        for c in cues
        if c.category == "topic"
        and not any(m.country == "IL" and m.start <= c.start < m.end for m in mentions)
    ]


def _founding(folded, start, end, cues, mentions, dates, strong):
    """The founding words describing the accords (`steps.founding_marks`): ends of those
    whose date follows them, starts of those with a date right before them."""
    words = [c for c in cues if c.category == "founding_participles"]
    if not words:
        return (), ()
    topics = _strong_topics(cues, mentions)
    relatives = [c for c in cues if c.category == "relatives"]
    return founding_marks(
        folded,
        start,
        end,
        words,
        topics,
        relatives,
        mentions,
        dates,
        functools.partial(_crosses, strong),
    )


def _founding_date(folded, date, founded, group, cues, mentions, lang):
    """ "Conclus en 2020, les accords ...", "Die 2020 geschlossenen Abraham-Abkommen": the
    date right after a founding word, or right before one, is the accords'; not when the
    list stands in the founding word's own phrase (`_founded_with`)."""
    after, before = founded
    return any(
        0 <= date.start - a <= _PARTICIPLE_DATE_REACH
        and not _founded_with(folded, a, date, group, cues, mentions, lang)
        for a in after
    ) or any(0 <= b - date.end <= FOUNDING_DATE_GAP for b in before)


def _founded_with(folded, participle, date, group, cues, mentions, lang):
    """ "Lancés en septembre 2020 avec les Émirats arabes unis et Bahreïn, ...", "conclus en
    2020 par Israël avec les Emirats, ...": a counterpart or agent word close after the date
    (two words at most between) opens the list, with no comma or word for the accords
    between the founding word and the list: the accords were founded with them, then."""
    first = group[0].start
    if participle > first or COMMA_RE.search(folded, participle, first):
        return False
    if any(participle <= t.start < first for t in _strong_topics(cues, mentions)):
        return False
    return any(
        c.category in ("partners", "agents")
        and date.end <= c.start < first
        and len(
            [w for w in re.findall(r"\w+", folded[date.end : c.start]) if w not in lang.articles]
        )
        <= _FOUNDED_WITH_WORDS
        for c in cues
    )


_FOUNDED_WITH_WORDS = 2  # "en 2020 par Israël avec": the words before the counterpart word


def _own_clause_date(folded, group, near, dates_named):
    """ "Bahrain and Morocco joined in 2020, while Sudan signed in January 2021",
    "Maghribi menyusul pada Disember 2020, manakala Sudan menandatangani pada Januari
    2021": a list whose nearest date stands before it across a comma takes the date after
    it in its own clause instead (no comma, bracket or other name between), else None."""
    first, last = group[0].word_start, group[-1].word_end
    if not any(d.end <= first and "," in folded[d.end : first] for d in near):
        return None
    return next(
        (
            d
            for d in near
            if 0 <= d.start - last <= _OWN_CLAUSE_REACH
            and not any(c in folded[last : d.start] for c in ",;:()")
            and not any(last <= m.word_start < d.start for m in dates_named)
        ),
        None,
    )


_OWN_CLAUSE_REACH = 30  # from a list's last name to its own date: "signed in January 2021"
_LATER_STEP_GAP = 3  # "Morocco and Sudan following", "Marokko und der Sudan folgten"
_PERIOD_START_REACH = 30  # "desde su lanzamiento en 2020": "since" and its event's date


def _period_start(folded, date, cues):
    """Whether the date follows a "since" word (`time_since`) in its clause, no comma between
    ("since 2020", "منذ 2020", "desde su lanzamiento en 2020"): the start of a period."""
    return any(
        c.category == "time_since"
        and 0 <= date.start - c.end <= _PERIOD_START_REACH
        and not _COMMA_OR_STOP_RE.search(folded, c.end, date.start)
        for c in cues
    )


_COMMA_OR_STOP_RE = re.compile("[,،;:.]")
_COMMAS = (",", "،")


_COMPARED_GAP = 5  # "après les Emirats", "following the UAE": the word and the list


def _compared_before(folded, group, cues, lang, date):
    """Whether the list follows an after-word (a comparison that also opens a time clause,
    `time_clauses`) right after a comma ("..., après les Emirats arabes unis, Bahreïn et le
    Soudan", "..., following the UAE, Bahrain and Sudan"; not "comme"), the date told before
    that word: the countries took the sentence's step before it (a date after them, "...,
    signataires à la Maison Blanche le 15 septembre 2020", is their own)."""
    return any(
        c.category == "comparisons"
        and date.end <= c.start
        and 0 <= group[0].word_start - c.end <= _COMPARED_GAP
        and folded[max(0, c.start - 2) : c.start].strip() in _COMMAS
        and any(folded.startswith(word, c.start) for word in lang.time_clauses)
        for c in cues
    )


def _later_step(folded, cue, end, dates):
    """Whether a `later_steps` cue closes its clause (the sentence ends or a comma,
    semicolon, colon or bracket follows: "and Morocco and Sudan followed, the idea was")
    or has a date of its own right after it ("Marokko folgte im Dezember 2020"); not
    "following months of talks", "joined later that year"."""
    rest = folded[cue.end : end].lstrip()
    if not rest or rest[0] in ".,;:)!?…":
        return True
    return any(0 <= d.start - cue.end <= _LATER_STEP_GAP + 3 for d in dates)


def _told_later(folded, date, mention, group, afterwards, named):
    """Whether a "later" word after the date stands right beside the member's list, with no
    punctuation between it and the member ("..., and Morocco and Sudan later joined",
    "والمغرب والسودان انضما لاحقا", "و پس از آن مراکش"): the member came after that date.
    Not a word that leads another list ("by the UAE and Bahrain and later by Morocco")."""
    for w in afterwards:
        if w.start < date.end:
            continue
        if 0 <= w.start - group[-1].end <= _LIST_AFTERWARDS_REACH:
            if _leads_another_list(w, group, named):
                continue
            between = folded[mention.end : w.start]
        elif 0 <= group[0].start - w.end <= _LIST_AFTERWARDS_REACH:
            between = folded[w.end : mention.start]
        else:
            continue
        if not _LATER_MARKS_RE.search(between):
            return True
    return False


def _leads_another_list(word, group, mentions):
    """Whether a country outside the list comes right after the "later" word."""
    return any(
        0 <= m.start - word.end <= _LIST_AFTERWARDS_REACH and all(m is not g for g in group)
        for m in mentions
    )


_LATER_MARKS_RE = re.compile(r"[,;:()\[\]«»\"“”—–،؛.]")


def _in_relative_before(folded, date, mention, named, relative_starts):
    """Whether the date sits in a relative clause opened after a country named before it
    and closed by a comma before this member ("X and Y, which signed in 2020, as well as
    Z": the list goes on after the clause, and Z is not what the clause tells; not "its
    entry into the accords, which the UAE and Bahrain signed in 2020")."""
    if date.end > mention.start or "," not in folded[date.end : mention.start]:
        return False
    # a founder inside the clause is where it happened ("which signed them at the White
    # House in September 2020"), not the country the clause is about
    before = [m.end for m in named if m.end <= date.start and m.country not in FOUNDERS]
    return bool(before) and any(before[-1] <= r < date.start for r in relative_starts)


_LIST_AFTERWARDS_REACH = 24  # a "later" word beside a background list: "and Sudan later joined", "le Soudan les ont rejoints plus tard"
_APPOSITION_GAP = 1  # "les accords d'Abraham, conclus en 2020, ...": the comma right after the name
_OPENING_TOPIC_GAP = 6  # "Signés en 2020, les accords ...": the comma, an article, the name
_SINCE_DATE_GAP = 2  # "depuis 2020", "since 2020": a space between


def _accords_own_date(folded, start, end, date, mentions, cues, group):
    """A date that is not the members' in a background list named after it: one right
    after "since" behind a joining in its own part of the sentence ("Cinq pays ont rejoint
    les accords depuis 2020, dont ...": a period), or one in a part between commas that
    names no country (the founders aside) and describes the accords: an apposition right
    after their name ("Les accords d'Abraham, conclus en 2020 sous ..., lient Israël aux
    Émirats ...") or a signing word opening the sentence before it ("Signés en septembre
    2020, les accords ... entre ..."). Such a date is the accords', and the countries
    listed after it take none (as "initially signed in 2020, the accords included X, Y")."""
    left = max(folded.rfind(",", start, date.start), start)
    right = folded.find(",", date.end, end)
    if right < 0 or group[0].start < right:
        return False
    if any(c.category == "time_since" and 0 <= date.start - c.end <= _SINCE_DATE_GAP for c in cues):
        return any(
            c.category == "status" and c.payload in ("joined", "signed") and left <= c.start
            for c in cues
            if c.end <= date.start
        )
    if any(left <= m.start < right and m.country not in FOUNDERS for m in mentions):
        return False
    if any(0 <= right - m.end <= 1 for m in mentions):
        return False  # "zwischen Israel, den Emiraten ...": a list goes on after the comma
    topics = _strong_topics(cues, mentions)
    if left > start:
        return any(0 <= left - t.end <= _APPOSITION_GAP for t in topics)
    opening_signing = any(_is_signing(c) and not folded[start : c.start].strip() for c in cues)
    return opening_signing and any(0 <= t.start - right <= _OPENING_TOPIC_GAP for t in topics)


_PARTICIPLE_GAP = 3  # "the Abraham Accords, signed", "Perjanjian Abraham dimeterai"
_PARTICIPLE_DATE_REACH = 30  # "signed in September 2020": the participle's own date
_OWN_VERB_WORDS = 2  # words between the accords' date and a list that is no agent's


_ATTRIBUTIVE_DATE_GAP = 6  # "2020'de imzalanan": the date's case ending and a space
_DATIVE_ENDINGS = ("a", "e", "а", "е")  # Turkish "-a", "-e", "-na"; Kazakh "-ға", "-ге", "-на"
_ATTRIBUTIVE_TOPIC_GAP = 3  # "imzalanan anlaşmalara", "imzalanan İbrahim Anlaşmaları'na"


def _attributive_participle_date(folded, date, group, cues, mentions, lang):
    """ "2020'de imzalanan anlaşmalara bugüne kadar BAE, Bahreyn, Fas ve Sudan katıldı": a
    date right before a passive participle (`attributive_participles`) that stands right
    before a word for the accords describes them; the members listed after take none of
    it (as "initially signed in 2020, the accords included X, Y")."""
    if not lang.attributive_participles:
        return False
    for participle in lang.attributive_participles:
        at = folded.find(participle, date.end, date.end + _ATTRIBUTIVE_DATE_GAP + len(participle))
        if at < 0 or folded[at - 1 : at] not in (" ", "\n"):
            continue
        after = at + len(participle)
        if any(after <= m.start < group[0].start for m in mentions):
            continue
        topic = next(
            (
                c
                for c in cues
                if c.category == "topic"
                and 0 <= c.start - after <= _ATTRIBUTIVE_TOPIC_GAP
                and c.end <= group[0].start
            ),
            None,
        )
        # the accords so described, in the dative, are what the members joined
        # ("anlaşmalara ... katıldı", "келісімдерге ... қосылды"); a step told "within
        # the framework of" them ("İbrahim Anlaşmaları çerçevesinde") keeps their year
        if topic is not None and folded[topic.end - 1 : topic.end] in _DATIVE_ENDINGS:
            return True
    return False


def _accords_date_before(folded, start, date, group, cues, mentions, lang):
    """ "Perjanjian Abraham yang dimeterai pada 2020 kini merangkumi UAE, ...", "The
    Abraham Accords, signed in 2020, now include the UAE, ...": a date right after a
    signing word that describes the accords (their name right before it, or a relative
    word between) is the accords' own; a list after it, past other words (a verb of
    its own) with no country, agent ("by", "oleh") or counterpart ("with") between,
    is named as their members, undated. Not "signed in 2020 by the UAE", "dimeterai
    pada September 2020 antara Israel dengan UAE". A word for the accords opening the
    sentence after a text about them stands for their name ("Perjanjian yang dimeterai
    pada 2020 itu kini disertai UAE, ...", "The pact signed in 2020 now includes ...")."""
    if not date.end <= group[0].start:
        return False
    if _attributive_participle_date(folded, date, group, cues, mentions, lang):
        return True
    signing = next(
        (
            c
            for c in cues
            if c.end <= date.start <= c.end + _PARTICIPLE_DATE_REACH and _is_signing(c)
        ),
        None,
    )
    if signing is None:
        return False
    relatives = [c for c in cues if c.category == "relatives" and c.end <= signing.start]
    if not any(
        t.category == "topic"
        and (_ACCORDS_NAME_RE.search(folded, t.start, t.end) or not folded[start : t.start].strip())
        and t.end <= signing.start
        and (
            signing.start - t.end <= _PARTICIPLE_GAP
            or any(
                t.end <= r.start
                and not folded[t.end : r.start].strip(" ,")
                and not folded[r.end : signing.start].strip(" ,")
                for r in relatives
            )
        )
        for t in cues
    ):
        return False
    if (
        any(m.country in FOUNDERS for m in group)  # "between Israel, the UAE and Bahrain"
        or any(date.end <= m.start < group[0].start for m in mentions)
        or any(
            c.category in _COUNTERPART_MARKERS and date.end <= c.start < group[0].start
            for c in cues
        )
    ):
        return False
    # a verb of the list's own, at least two words ("kini merangkumi", "now include"), not
    # a preposition alone ("between the UAE and Bahrain") nor a year's word ("в сентябре
    # 2020 года ОАЭ"); one word after a relative clause right before the signing word,
    # which closed at the date ("yang dimeterai pada 2020 menyaksikan UAE"), though not one
    # of `between_words` ("antara UAE dan Bahrain")
    words = [
        word
        for word in re.findall(r"\w+", folded[date.end : group[0].start])
        if word not in lang.articles
    ]
    if len(words) >= _OWN_VERB_WORDS:
        return True
    return (
        len(words) == 1
        and words[0] not in lang.between_words
        and any(not folded[r.end : signing.start].strip(" ,") for r in relatives)
    )


def _signing_of_2020(folded, start, end, cues, lang, published):
    """A signing dated 2020 or 2021 in a sentence that names the accords only by a
    word for them ("die das Abkommen 2020 unterzeichnet hatten", "que firmaron el
    pacto en 2020") after a text about them: a first signatory named there signed them."""
    return any(_is_signing(c) for c in cues) and any(
        not d.relative and d.value[:4] in ("2020", "2021")
        for d in find_dates(folded, start, end, lang, published)
    )


_LINE_BULLETS = "-–—•*·0123456789.) \t"  # what may open a list's line before its country
_LINE_SEPARATORS = ("(", "–", "—", "-", ":")  # between a line's country and its date
_LINE_DATE_GAP = 4  # "Bahrain (15 ...", "Bahrain – September 2020": the separator to the date
_LINE_ALIAS = 12  # "(UAE)", "(ОАЭ)": a short name in brackets right after the country's name
# "مراکش: دی ۱۳۹۹ (دسامبر ۲۰۲۰)", "Sudan: 22 Rabiʻ II 1442 (January 2021)": a date in another
# calendar (a year of three or four digits, a day and month words around it) before the
# Gregorian date in brackets
_OTHER_CALENDAR_RE = re.compile(
    r"[ \t]*(?:\d{1,2}[ \t]+)?(?:[^\W\d_]+[ \t]+){0,3}\d{3,4}(?:[ \t]+[^\W\d_]+){0,2}\.?[ \t]*\([ \t]*"
)


def _line_date(folded, start, end, first, last, lang, published):
    """The date of a verbless line of one country (from `first` to `last`, its name
    perhaps repeated), a separator and a date: nothing but a bullet or a number before the
    name, perhaps its short name in brackets after it ("Emiriah Arab Bersatu (UAE)"),
    then a bracket, a dash or a colon and the date right after ("ОАЭ – 15.09.2020",
    "- Bahrain – September 2020", "Bahrain (15 сентября 2020 года);"); None where the
    line is no such line."""
    if folded[start : first.word_start].strip(_LINE_BULLETS):
        return None
    rest = folded[last.word_end : end].lstrip(" \t)")
    closing = rest.find(")")
    if (
        rest.startswith("(")
        and 0 < closing <= _LINE_ALIAS
        and not any(ch.isdigit() for ch in rest[:closing])
    ):
        rest = rest[closing + 1 :].lstrip(" \t")  # "Emiriah Arab Bersatu (UAE) – ..."
    if not rest.startswith(_LINE_SEPARATORS):
        return None
    date_from = end - len(rest) + 1
    return next(
        (
            d
            for d in find_dates(folded, date_from, end, lang, published)
            if (
                0 <= d.start - date_from <= _LINE_DATE_GAP
                or _OTHER_CALENDAR_RE.fullmatch(folded, date_from, d.start) is not None
            )
            and not d.relative
        ),
        None,
    )


def _dated_member_line(folded, start, end, group, cues, lang, published):
    """A verbless line of a members' list in a text about the accords (`_line_date`): one
    first signatory opening it and a 2020 or 2021 date ("Bahrain (15 сентября 2020
    года);", "- Bahrain – September 2020"): a member, and that date is the line's (None
    where the line is no such line).  Not a line with a step word of its own, nor a date
    of another year ("Sudan – 2023: civil war").  A ratification told in a bracket after
    the country ("- Soudan : janvier 2021 (jamais ratifié)", "(never ratified)") is a note
    on the member, no step word of the line's."""
    if len({m.country for m in group}) != 1 or any(
        c.category in ("status", "generic")
        and not _bracketed_ratification(folded, group[-1].word_end, c)
        for c in cues
    ):
        return None
    date = _line_date(folded, start, end, group[0], group[-1], lang, published)
    return date if date is not None and date.value[:4] in ("2020", "2021") else None


def _bracketed_ratification(folded, after, cue):
    """A ratification cue inside a bracket opened after the line's country and still open
    at the cue ("Sudan: January 2021 (never ratified)")."""
    if cue.payload != "ratified" or cue.start < after:
        return False
    opened = folded.rfind("(", after, cue.start)
    return opened >= 0 and ")" not in folded[opened : cue.start]


class _Gap(NamedTuple):
    """A member told by a gapping dash, and the date of its clause (or None)."""

    date: object


_GAP_DASHES = ("-", "–", "—")


def _gapped_member(folded, start, end, group, found, lang, published):
    """ "Тогда к ним присоединились ОАЭ, Бахрейн и Марокко, а в начале 2021 года - Судан",
    "..., а Судан — в 2021 году": after first signatories whose signing the sentence
    tells, one more in a clause of its own set off by a dash (the verb left out, as the
    dash shows) is a member too, with the 2020 or 2021 date of that clause ("а Судан —
    в гражданской войне", with none, is no such member).  None where the group is no
    such member."""
    if len({m.country for m in group}) != 1 or group[0].country not in SIGNATORIES_2020:
        return None
    if not any(f.status == "signed" and f.country in SIGNATORIES_2020 for f in found):
        return None
    before = folded[start : group[0].word_start]
    piece = before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1 :]
    after = folded[group[-1].word_end : end]
    if piece.rstrip().endswith(_GAP_DASHES) and piece.strip(" " + "".join(_GAP_DASHES)):
        lo, hi = group[0].word_start - len(piece), group[0].word_start
    elif after.lstrip().startswith(_GAP_DASHES):
        cut = min((i for i in (after.find(","), after.find(";")) if i >= 0), default=len(after))
        lo, hi = group[-1].word_end, group[-1].word_end + cut
    else:
        return None
    dates = [
        d
        for d in find_dates(folded, lo, hi, lang, published)
        if not d.relative and d.value[:4] in ("2020", "2021")
    ]
    return _Gap(dates[0]) if dates else None


_LIKENESS_GAP = 6  # "comme les Émirats": an article at most between the comparison and the list
_DENIED_LIKENESS_REACH = 12  # "n'est pas dans la même situation que": the negation before it


def _denied_likeness(group, cues):
    """ "La Syrie n'est pas dans la même situation que les Émirats ou Bahreïn", "Syria is not
    like the UAE": a list right after a comparison that a negation just before denies is
    what another country is said not to be like; no membership of theirs is told."""
    negation_ends = [c.end for c in cues if c.category == "negations"]
    return any(
        c.category == "comparisons"
        and 0 <= group[0].word_start - c.end <= _LIKENESS_GAP
        and any(0 <= c.start - n <= _DENIED_LIKENESS_REACH for n in negation_ends)
        for c in cues
    )


def _follows_members(group, results, cues):
    """ "Los Emiratos y Baréin se atrevieron en 2020; Marruecos los siguió en diciembre",
    "the UAE and Bahrain led the way; Morocco followed them": one first signatory right
    before a word of following (`continuations_after`) after a list of members told in
    its sentence joins them as a member, with its own clause's date."""
    return bool(results) and any(
        c.category == "continuations_after" and 0 <= c.start - group[-1].end <= _FOLLOWS_GAP
        for c in cues
    )


_FOLLOWS_GAP = 2  # the space between the country and its following word


_RELATIVE_END_RE = re.compile(r"[,;:()—–،؛]|\.(?!\d)")


def _follower_clause(folded, group, cues, end, lang, published):
    """ "Marokko, das im Dezember 2020 nachzog, setzt auf Tourismus", "Morocco, which
    followed in December 2020, bets on tourism": one first signatory with a relative
    clause of its own right after it whose verb is a word of following (`later_steps`,
    `continuations_after`) joined the members before it, even with no list of them in
    its sentence; the clause's 2020 or 2021 date, which the caller requires, is its own.
    Not a clause that follows something else first ("which followed the talks"): the
    following word closes the clause or has its date right after it."""
    if len(group) != 1:
        return False
    opener = next(
        (
            c
            for c in cues
            if c.category == "relatives" and 0 <= c.start - group[-1].end <= _FOLLOWS_GAP
        ),
        None,
    )
    if opener is None:
        return False
    closing = _RELATIVE_END_RE.search(folded, opener.end, end)
    clause_end = closing.start() if closing else end
    dates = [
        d
        for d in find_dates(folded, opener.end, clause_end, lang, published)
        if not d.relative and d.value[:4] in ("2020", "2021")
    ]
    return bool(dates) and any(
        c.category in ("later_steps", "continuations_after")
        and opener.end <= c.start
        and c.end <= clause_end
        and (
            not folded[c.end : clause_end].strip()
            or any(0 <= d.start - c.end <= _LATER_STEP_GAP + 3 for d in dates)
        )
        and _bare_before(folded, opener.end, c.start, dates)
        for c in cues
    )


_FOLLOWER_SPARE_WORDS = 2  # "im", "dann im": words beside the date before a verb-final follower


def _bare_before(folded, start, end, dates):
    """Whether between a relative pronoun and its word of following there is nothing but
    a date and at most two short words ("das im Dezember 2020 nachzog"), no object the
    verb follows ("das im Dezember 2020 den Gesprächen folgte")."""
    rest = folded[start:end]
    for d in dates:
        if start <= d.start and d.end <= end:
            rest = rest.replace(folded[d.start : d.end], " ")
    return len(rest.split()) <= _FOLLOWER_SPARE_WORDS


def _named_by_name(folded, group, cues=()):
    """A background list's members named by their names: a capital stands for
    a place ("speaking in Abu Dhabi"), unless the list is of first
    signatories' capitals alone, three or more, not right after a short
    preposition ("the core of 2020: Abu Dhabi, Manama, Rabat and Khartoum",
    not "a stop in Abu Dhabi, Manama and Rabat"), which only the accords'
    members make, or a capital alone right before its own bare "signed" with no
    preposition before it ("Khartoum signed in January 2021, but ...", "الخرطوم
    وقعت في يناير 2021"), the government that signed."""
    capitals = [m for m in group if m.kind == "capital"]
    if not capitals:
        return group
    if (
        len(group) == 1
        and _signed_before_halt(folded, group[0], cues, halted=False)
        and not _PREPOSITION_BEFORE_RE.search(
            folded, max(0, group[0].word_start - 6), group[0].word_start
        )
    ):
        return group
    if (
        len(capitals) == len(group)
        and all(m.country in SIGNATORIES_2020 for m in capitals)
        and len({m.country for m in capitals}) >= _CAPITAL_LIST
        and not _PREPOSITION_BEFORE_RE.search(
            folded, max(0, group[0].word_start - 6), group[0].word_start
        )
    ):
        return group
    return [m for m in group if m.kind != "capital"]


_CAPITAL_LIST = 3  # first signatories' capitals in one list that name the members
# a word of one to three letters right before the list: "in", "à", "в", "في"
_PREPOSITION_BEFORE_RE = re.compile(r"(?:^|[^\w])\w{1,3}\s+$")


_CHRONOLOGY_DATE_LENGTH = 48  # "jeudi 15 septembre 2020.", "2025 жылғы 6 қарашасында."


def _chronology_date(text, folded, span, folded_span, sentence_start, lang, published=None):
    """A chronology line ("15 septembre 2020. Signature à la Maison-Blanche des accords
    entre ...", "Janvier 2021. Le Soudan signe ..."): a sentence that is nothing but a
    date, opening its line, with the sentence after it on the same line, dates that
    sentence. A date alone on a line of its own (a dateline) dates nothing. A list's
    item number may stand before the date, and the day of a year-in-review list may leave
    its year to the publication ("7. 6 ноября. Казахстан объявляет ...", "3) November 6.
    ...")."""
    if "\n" in text[span[1] : sentence_start] or (span[0] and text[span[0] - 1] != "\n"):
        return None
    start, end = folded_span
    if end - start > _CHRONOLOGY_DATE_LENGTH:
        return None  # more than a date: most sentences, told without reading their dates
    dates = [d for d in find_dates(folded, start, end, lang) if not d.relative]
    if not dates and published is not None:
        # a day whose year the publication gives; not a month alone ("Сентябрь." may
        # head an entry on an older event), nor a number with a full stop opening the line,
        # maybe the item's ("4. Сентябрь.")
        dates = [
            d
            for d in find_dates(folded, start, end, lang, published)
            if not d.relative
            and d.precision == "day"
            and not (d.start == start and _ITEM_DAY_RE.match(folded, d.start))
        ]
    if len(dates) != 1:
        return None
    date = dates[0]
    before = folded[start : date.start].strip(" .:-–—")
    after = folded[date.end : end].strip(" .:-–—")
    if after and folded[date.end - 1].isdigit() and _YEAR_NOUN_RE.fullmatch(after):
        after = ""  # "15 сентября 2020 года.", "6 қараша 2025 жылы.": the year's own noun
    if _ITEM_NUMBER_RE.fullmatch(before):
        before = ""  # "7. 6 ноября.": the entry's number in its list
    if before or after or date.precision == "year":
        return None
    return date


# a list item's number before a chronology line's date ("7.", "7)", "#7")
_ITEM_NUMBER_RE = re.compile(r"#?\d{1,2}[.)]?")
# a yearless day written with a full stop opening the line ("4. сентябрь"): it may be the
# item's number
_ITEM_DAY_RE = re.compile(r"\d{1,2}\.")


_ENTRY_BACK = 3  # sentences of a chronology entry before the one it dates
_ENTRY_BULLETS = " -–—•*"  # what may stand before an entry's date on its line


def _entry_date(text, folded, sentences, folded_spans, number, lang, published=None):
    """A dated entry of a chronology, told in several sentences on its line ("- Oct. 7:
    Hamas attacks Israel. Talks on normalisation are frozen.", "7 octobre 2023 : le Hamas
    attaque Israël. Les discussions sont gelées."): the day or month that opens the line,
    set off by a colon or a spaced dash, dates the entry's later sentences too. Only
    sentences of the same line: a date alone on its line (a dateline) is no entry's."""
    first = number
    while first > max(0, number - _ENTRY_BACK):
        if "\n" in text[sentences[first - 1][1] : sentences[first][0]]:
            break
        first -= 1
    if first == number or "\n" in text[sentences[first][1] : sentences[number][0]]:
        return None  # the sentence opens its line: its own opening date is read as such
    start, end = folded_spans[first]
    line_start = text.rfind("\n", 0, sentences[first][0]) + 1
    if text[line_start : sentences[first][0]].strip(_ENTRY_BULLETS):
        return None  # the line's first sentence is not where it begins
    dates = find_dates(folded, start, end, lang)
    if not dates:
        return None
    caption = _caption_date(folded, start, end, dates, published)
    if caption is not None:
        return caption
    date = min(dates, key=lambda d: d.start)
    if (
        date.relative
        or date.precision == "year"
        or folded[start : date.start].strip(_ENTRY_BULLETS)
    ):
        return None
    return date if _set_off_end(folded, date) is not None else None


def _set_off_end(folded, date):
    """Where a date set off by a colon or a spaced dash ends, its year's noun with it ("7
    октября 2023 года:", "6 қараша 2025 жылы –", "18 November:"), or None when no colon or
    dash follows it: the date of a chronology's entry or of a heading."""
    close = date.end
    noun = _YEAR_NOUN_AFTER_RE.match(folded, close)
    if noun and folded[close - 1].isdigit():
        close = noun.end()
    after = folded[close : close + 3]
    if after.lstrip()[:1] == ":" or (after[:1].isspace() and after[1:2] in _GAP_DASHES):
        return close
    return None


_CAPTION_PLACE_WORDS = 3  # "Washington", "Oval Ofis", "Abu Dabi"


_CAPTION_LAG = 7  # days: a place and a date nearer the page's day are a wire's dateline


def _caption_date(folded, start, end, dates, published):
    """A photo caption's or a gallery entry's opening sentence of a place and a day or month
    only ("15 September 2020, Washington. The UAE and Bahrain sign ...", "Abu Dabi, Haziran
    2021. İsrail'in BAE'deki büyükelçiliği ... açıldı."): that date dates the entry's later
    sentences on its line. A year alone, a relative day or a longer sentence is no caption's;
    nor is a date within a week of the page's day ("Jerusalén, 27 de diciembre de 2025. ..."
    opening a report: the wire's dateline, not the day of what it tells)."""
    if len(dates) != 1 or published is None:
        return None
    date = dates[0]
    if date.relative or date.precision not in ("day", "month"):
        return None
    last = datetime.date.fromisoformat(
        date.value if date.precision == "day" else date.value + "-01"
    )
    if date.precision == "month":
        last = (last + datetime.timedelta(days=31)).replace(day=1) - datetime.timedelta(days=1)
    if (published - last).days <= _CAPTION_LAG:
        return None
    before = folded[start : date.start].strip()
    after = folded[date.end : end].strip().rstrip(".")
    if before and not after and before.endswith((",", "،")):
        place = before[:-1]
    elif after.startswith((",", "،")) and not before:
        place = after[1:]
    else:
        return None
    words = place.split()
    if not 0 < len(words) <= _CAPTION_PLACE_WORDS or any(not w.isalpha() for w in words):
        return None
    return date


_TIME_STAMP_RE = re.compile(r"\s*(?:[-–—•*]\s*)?\d{1,2}[:.h]\d{2}(?!\d)")
_LIVE_BLOG_BACK = 60  # sentences back from a timed entry where its day's header is looked for
_HEADER_WORDS = 2  # what a header holds besides its date: a weekday, the year's noun


def _live_blog_date(text, folded, sentences, folded_spans, number, lang, published):
    """A live blog's entry ("10:15 Казахстан объявил ...", "14h30 Le Maroc ...") opening its
    line with a time of day: the day of the last header line before it, a line holding only
    a date of day precision ("7 декабря", "Samedi 7 décembre 2025"), dates it. Entries
    before any header, or after a line that is no header nor entry, keep no such date."""
    sentence_start = sentences[number][0]
    line_start = text.rfind("\n", 0, sentence_start) + 1
    if text[line_start:sentence_start].strip() or not _TIME_STAMP_RE.match(text, sentence_start):
        return None
    for back in range(number - 1, max(-1, number - _LIVE_BLOG_BACK), -1):
        begin, finish = sentences[back]
        if text[text.rfind("\n", 0, begin) + 1 : begin].strip():
            continue  # not the first sentence of its line
        start, end = folded_spans[back]
        dates = [d for d in find_dates(folded, start, end, lang, published) if not d.relative]
        if len(dates) == 1 and dates[0].precision == "day":
            date = dates[0]
            rest = folded[start : date.start] + " " + folded[date.end : end]
            if len(rest.split()) <= _HEADER_WORDS and "\n" in text[finish : sentences[back + 1][0]]:
                return date
            return None
        if not _TIME_STAMP_RE.match(text, begin):
            return None  # a line that is no entry ends the blog's day
    return None


_YEAR_NOUN_AFTER_RE = re.compile(r" [^\W\d_]{1,5}(?=\s*[:–—-])")

# what may stand before a dated heading's date on its line: an entry's bullet or its number
_HEADING_OPENERS = _ENTRY_BULLETS + "0123456789.)"
# a line ending as a sentence does is an entry of its own, no heading of the next line
_HEADING_ENDS = frozenset(".!?…؟")
# an item's number and a month ("1. January: ..."): no day can be told from the number
_HEADING_ITEM_RE = re.compile(r"[ \-–—•*]*\d{1,2}[.)]\s")
# the last year of the first signings (Sudan, January 2021)
_LAST_FOUNDING_YEAR = "2021"


def _heading_line_date(text, folded, sentences, folded_spans, number, lang, published):
    """The date of a dated heading on the line right above the sentence's line (a year in
    review, a timeline told in headed paragraphs: "6. 18 November: The crown prince in the
    Oval Office" then "Mohammed bin Salman said ..."): the heading opens with a day or a month
    (after a bullet or an item's number), set off by a colon or a spaced dash, ends as a title
    does (no full stop: "- Oct. 7: Gunmen cross the border." is an entry told in full), and the
    body follows on the next line, no blank line between; it dates the body's steps that have
    no date of their own. A date alone on its line (a dateline) heads nothing."""
    line_start = text.rfind("\n", 0, sentences[number][0]) + 1
    if line_start < 2 or text[line_start - 2] == "\n":
        return None  # the first line, or a blank line above: a new paragraph
    first = number
    while first > 0 and sentences[first - 1][1] > line_start:
        first -= 1
    if number - first > _ENTRY_BACK:
        return None
    above = first - 1
    heading_start = text.rfind("\n", 0, line_start - 1) + 1
    if above < 0 or sentences[above][0] < heading_start:
        return None
    if text[heading_start : line_start - 1].rstrip()[-1:] in _HEADING_ENDS:
        return None  # "- Oct. 7, 2023: Gunmen cross the border.": an entry told, no title
    while above > 0 and sentences[above - 1][0] >= heading_start:
        above -= 1  # the heading's first sentence
    start, end = folded_spans[above]
    dates = find_dates(folded, start, end, lang, published)
    if not dates:
        return None
    date = min(dates, key=lambda d: d.start)
    if (
        date.relative
        or date.precision == "year"
        or folded[start : date.start].strip(_HEADING_OPENERS)
        or (date.start == start and _HEADING_ITEM_RE.match(folded, start))
    ):
        return None
    close = _set_off_end(folded, date)
    if close is None or not folded[close:end].lstrip(" :-–—"):
        return None  # not set off, or a date alone after its bullet: it heads nothing
    return date


# one short word after a chronology line's date, its year's noun ("года", "г", "жылы", "yılı")
_YEAR_NOUN_RE = re.compile(r"[^\W\d_]{1,5}")


def _same_day_date(folded_spans, number, folded, lang, published, precisions=("day",)):
    """'Israel recognised Somaliland on 26 December. The same day, Hargeisa said it would
    join': the last day named in the two sentences before one that says "the same day"
    (or the last date of one of `precisions`)."""
    for start, end in reversed(folded_spans[max(0, number - _SAME_DAY_BACK) : number]):
        days = [
            d for d in find_dates(folded, start, end, lang, published) if d.precision in precisions
        ]
        if days:
            return max(days, key=lambda d: d.start)
    return None


_SAME_DAY_BACK = 2  # sentences before "the same day" where its day is looked for
_NEXT_DAY_REACH = 8  # "Dès le", "وفي": the words a sentence may open with before "the next day"


# the dates a counted offset may start from: days from a day, months from a day or a month
_OFFSET_BASES = {"day": ("day",), "month": ("day", "month")}


@functools.cache
def _counted_offset_re(lang):
    """The language's `counted_offsets` as one pattern of whole words, or None."""
    if not lang.counted_offsets:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(lang.counted_offsets)})(?!\w)")


@functools.cache
def _time_opening_re(lang):
    """A sentence opened by a "when" word (`when_words`): "When ...", "Als ..."."""
    if not lang.when_words:
        return re.compile(r"(?!)")
    return re.compile(rf"[\s\W]{{0,3}}(?:{alternation(lang.when_words)})(?!\w)")


@functools.cache
def _offset_complement_re(lang):
    """A word right after a counted offset naming what it counts from (`offset_complements`:
    "de que", "после"), or a pattern that never matches."""
    if not lang.offset_complements:
        return re.compile(r"(?!)")
    return re.compile(rf"[\s,]*(?:{alternation(lang.offset_complements)})(?!\w)")


def _counted_offset(folded, span, lang):
    """The (unit, count) of a counted offset opening the sentence ("Four days later,
    ...", "Dès le ...") or closing it ("... un mois plus tard."), or None; one deep in
    the sentence may count from something else ("two days later than planned")."""
    pattern = _counted_offset_re(lang)
    if pattern is None:
        return None
    start, end = span
    complement = _offset_complement_re(lang)
    for match in pattern.finditer(folded, start, end):
        if complement.match(folded, match.end(), end):
            continue  # "Un mes después de que Astana anunciara ...": counted from that event
        opens = match.start() - start <= _NEXT_DAY_REACH
        closes = not folded[match.end() : end].strip(' .!?؟,،»"')
        # "When Khartoum signed the accords the following month, hoping ...", "Als der Sudan
        # ... einen Monat später unterschrieb, ...": closing (but for a verb) the clause that
        # opens the sentence with a "when" word
        comma = folded.find(",", match.end(), end)
        closes_opening = (
            comma >= 0
            and len(folded[match.end() : comma].split()) <= 1
            and bool(_time_opening_re(lang).match(folded, start))
        )
        if opens or closes or closes_opening:
            return lang.counted_offsets[match.group()]
    return None


def _counted_date(date, offset):
    """A found date moved by a counted offset: ("day", 4) from a day gives a day,
    ("month", 1) a month; None without a date to count from."""
    if date is None:
        return None
    unit, count = offset
    if unit == "day":
        moved = datetime.date.fromisoformat(date.value) + datetime.timedelta(days=count)
        return dataclasses.replace(date, value=moved.isoformat())
    year, month = int(date.value[:4]), int(date.value[5:7])
    months = year * 12 + month - 1 + count
    return dataclasses.replace(
        date, value=f"{months // 12:04d}-{months % 12 + 1:02d}", precision="month"
    )


def _next_day(date):
    """The day after a found day ("le lendemain", "the next day"), or None."""
    if date is None:
        return None
    following = datetime.date.fromisoformat(date.value) + datetime.timedelta(days=1)
    return dataclasses.replace(date, value=following.isoformat())


def _reporting_date(span, index, folded, mentions, cues, lang, published, claimed):
    """'Kazakhstan will join. The president said so on Thursday.': the date of
    a following sentence that names no other country and makes no other claim."""
    start, end = to_folded(index, span[0]), to_folded(index, span[1])
    if any(
        m.country not in FOUNDERS and m.country not in claimed
        for m in _between(mentions, start, end)
    ):
        return None
    if any(c.category in ("status", "generic") for c in _between(cues, start, end)):
        return None
    # "Казахстан присоединится. Об этом 6 ноября объявил Трамп": a sentence opening with a
    # report's anaphora tells the day of the claim before, written out as well as relative
    opener = next(
        (
            c
            for c in _between(cues, start, min(end, start + _REPORT_OPENER_REACH))
            if c.category == "report_openers"
        ),
        None,
    )
    if opener is not None and not folded[start : opener.start].strip(_OPENER_PUNCTUATION):
        days = [d for d in find_dates(folded, start, end, lang, published) if d.precision == "day"]
        if days:
            return days[0]
    relative = find_reporting_dates(folded, start, end, lang, published)
    return relative[0] if relative else None


_ELLIPSIS_DATE_GAP = 12  # "Marruecos, en diciembre": the date right after the comma


# the words a verbless line may hold beside its country and date
# "complementizers": "in December that year", "a cambio de que ...": no word of a step's own
_ELLIPSIS_CATEGORIES = frozenset(
    (
        "topic",
        "clause_breaks",
        "conjunctions",
        "same_year",
        "same_month",
        "same_day",
        "complementizers",
    )
)


def _elliptic_continuation(folded, start, end, mentions, cues, lang, published):
    """A sentence with no step word that opens with a country, a comma and that
    country's date ("Marruecos, en diciembre del mismo año, a cambio de ...",
    "Morocco, in December that year.", "المغرب، في ديسمبر من العام نفسه"): the
    verb is left out, and the step is the one of the sentence before."""
    if not mentions or any(c.category not in _ELLIPSIS_CATEGORIES for c in cues):
        return False  # "Uzbekistan, on Friday, welcomed the news": a word of its own
    first = min(mentions, key=lambda m: m.start)
    # a capital before a comma and a date is a dateline ("ISLAMABAD, 23 Ene.")
    if first.kind != "name" or len(folded[start : first.word_start].split()) > 1:
        return False
    comma = first.word_end
    while comma < end and folded[comma] in " \t":
        comma += 1
    if comma >= end or folded[comma] not in ",،":
        return False
    return any(
        0 <= d.start - comma <= _ELLIPSIS_DATE_GAP
        for d in find_dates(folded, comma, end, lang, published)
    )


_LEDGER_PART_WORDS = 12  # "treaty signed at the White House Sept 15, 2020": one short part
_LEDGER_DATE_RE = re.compile(r"\d")


@functools.cache
def _ledger_step_re(lang):
    """The language's ledger words (`ledger_steps`) as one whole-word pattern, or None."""
    if not lang.ledger_steps:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(lang.ledger_steps)})(?!\w)")


def _ledger_part(folded, left, right):
    """Is folded[left:right] a ledger line's part: short, with a digit of a date in it?"""
    return len(folded[left:right].split()) <= _LEDGER_PART_WORDS and bool(
        _LEDGER_DATE_RE.search(folded, left, right)
    )


_LEDGER_DASH_RE = re.compile(r"\s+([–—])\s")


def _ledger_dash(folded, start, end, mentions, lang):
    """The dash after a fact box line's country ("UAE – signed September 15, 2020",
    "Bahrain — deal announced Sept 11, 2020; accords signed Sept 15, 2020"), where the part
    after it up to a semicolon is short and holds a date and a ledger word: no clause
    break, the steps after it are the country's.  Its position, or None."""
    pattern = _ledger_step_re(lang)
    first = _first_named(mentions, start, end)
    if pattern is None or first is None:
        return None
    if not _LEDGER_HEAD_RE.fullmatch(folded, start, first.word_start):
        return None
    dash = _LEDGER_DASH_RE.match(folded, first.word_end, end)
    if dash is None:
        return None
    stop = _part_end(folded, dash.end(), end)
    if not _ledger_part(folded, dash.end(), stop):
        return None
    return dash.start(1) if pattern.search(folded[dash.end() : stop]) else None


# a fact box line's label before its country ("- Newest: Kazakhstan, announced ...",
# "Dernier venu : le Kazakhstan, annoncé ..."): a bullet, at most two words and a colon,
# an article
_LEDGER_LABEL_RE = re.compile(
    r"[\s\-–—•*·]*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s*)?(?:[^\W\d_]{1,4}\s+)?"
)
_LEDGER_COMMA_RE = re.compile(r"\s*[,،]\s*")
# "announced November 6, 2025", "signed at the White House Sept 15, 2020"
_LEDGER_COMMA_PART_WORDS = 8


def _ledger_comma_head(folded, start, end, mentions, pattern):
    """The end of a fact box line's head whose country is followed by a comma and a ledger
    word at once ("- Newest: Kazakhstan, announced November 6, 2025; signing pending",
    "Último: Kazajistán, anunciado el 6 de noviembre de 2025"): the participle right after
    the comma is the country's step, as after a colon; a label of at most two words and a
    colon may stand before the country.  Its position, or None."""
    first = _first_named(mentions, start, end)
    if first is None or not _LEDGER_LABEL_RE.fullmatch(folded, start, first.word_start):
        return None
    comma = _LEDGER_COMMA_RE.match(folded, first.word_end, end)
    if comma is None or not pattern.match(folded, comma.end(), end):
        return None
    stop = _part_end(folded, comma.end(), end)
    if len(folded[comma.end() : stop].split()) > _LEDGER_COMMA_PART_WORDS:
        # "Host: Qatar, announced on Monday 12 May that it would host the summit": prose
        return None
    return comma.end()


def _first_named(mentions, start, end):
    """The first country between start and end named by its name or an alias (not a
    capital, a demonym or a pronoun), or None."""
    named = [m for m in mentions if start <= m.start < end and m.kind in ("name", "alias")]
    return min(named, key=lambda m: m.start) if named else None


def _part_end(folded, start, end):
    """Where a fact box line's part from start ends: its next semicolon, or end."""
    marks = [i for i in (folded.find(m, start, end) for m in SEMICOLONS) if i >= 0]
    return min(marks, default=end)


def _ledger_steps(folded, start, end, mentions, cues, lang):
    """A ledger line's steps: after its head ("UAE:"), each part between semicolons that
    holds a date and a ledger word ("deal announced Aug 13, 2020", "treaty signed at the
    White House Sept 15, 2020", "approved by the UAE Cabinet Oct 19, 2020") and no step
    word of its own ("talks announced in 2023": talks) tells that step, a status cue at the ledger word (a signing word there
    describes no accords: "declaration signed Sept 15, 2020" is the country's signing).
    A head of a country, a comma and the ledger word at once (`_ledger_comma_head`) needs no
    semicolon after it."""
    pattern = _ledger_step_re(lang)
    head = _ledger_head(folded, start, end, mentions) if pattern else None
    if head is None and pattern is not None:
        head = _ledger_comma_head(folded, start, end, mentions, pattern)
    if head is None:
        return []
    marks = [i for i in range(head, end) if folded[i] in SEMICOLONS]
    steps = []
    for left, right in zip([head] + [m + 1 for m in marks], marks + [end], strict=True):
        if not _ledger_part(folded, left, right):
            continue
        word = pattern.search(folded, left, right)
        if word and not any(
            # a step word of the part's own ("talks announced in 2023" are talks, not a
            # joining announced) reads the part; a signing word at the ledger word is its
            c.category in ("status", "generic")
            and left <= c.start < right
            and not (c.category == "generic" and word.start() <= c.start < word.end())
            for c in cues
        ):
            status = lang.ledger_steps[word.group()]
            steps.append(_Cue(word.start(), word.end(), "status", status))
    return steps


def _bracketed_date(folded, mention, group, dates):
    """In a list whose names carry a date in brackets ("the UAE and Bahrain (September
    2020), Morocco (December 2020)"), a member's date is the one in the first brackets
    after it."""
    if len(group) < 2 or not dates:
        return None
    opening = folded.find("(", mention.word_end, group[-1].word_end + _BRACKET_REACH)
    if opening < 0:
        return None
    closing = folded.find(")", opening)
    if closing < 0 or any(opening < m.word_start < closing for m in group):
        return None  # "(Судан — в январе 2021-го)": another member's own date
    inside = [d for d in dates if opening < d.start and d.end <= closing]
    return inside[0] if inside else None


def _trailing_date(folded, mention, group, dates):
    """In a list whose names each carry their date before a comma ("Marokko im Dezember
    2020, der Sudan im Januar 2021"), a member's date is its own date right after it
    (`confidence.own_date_after`, with no comma before the date), before the next comma
    or member; names joined with no comma between ("die Emirate und Bahrain im September
    2020") share the date after the last of them."""
    if len(group) < 2 or not dates:
        return None
    later = [m for m in group if m.word_start > mention.word_end]
    last = mention
    while later and "," not in folded[last.word_end : later[0].word_start]:
        last, later = later[0], later[1:]
    comma = folded.find(",", last.word_end)
    ends = [last.word_end + _TRAILING_REACH] + ([comma] if comma >= 0 else [])
    ends += [later[0].word_start] if later else []
    bound = min(ends)
    return own_date_after(folded, last.word_end, [d for d in dates if d.end <= bound], False)


_TRAILING_REACH = 30  # from a name to the end of its own date


_BRACKET_REACH = 30  # from the list's last name to the brackets after it


def _members_before_semicolon(folded, start, end, mentions, cues):
    """The first signatories named before a semicolon with no step word of their own, when
    a continuation marker ("followed", "folgte", "a suivi") stands after it ("The UAE and
    Bahrain ... remain the core; Morocco followed that December"); else none."""
    markers = [c.start for c in cues if c.category in ("continuations", "continuations_after")]
    if not markers:
        return frozenset()
    mark = max(folded.rfind(semicolon, start, markers[0]) for semicolon in SEMICOLONS)
    if mark < 0 or any(
        c.category in ("status", "generic") and start <= c.start < mark for c in cues
    ):
        return frozenset()
    return frozenset(
        m.country
        for m in mentions
        if m.start < mark and m.kind != "anaphor" and m.country in SIGNATORIES_2020
    )


def _members_told_last(found, members, mentions, carried, carried_from):
    """ "Hargeisa wants to join the accords, the pact the UAE and Bahrain sealed in 2020.
    Morocco and Sudan followed later.": first signatories read as background members in a
    clause after every country with a step of its own (an apposition or a relative clause
    closing the sentence) are the last thing told, and a follower in the next sentence goes
    on with their signing, not with the wish before them."""
    if carried is None or not members or not found:
        return carried, carried_from
    own = {f.country for f in found}
    member_countries = {f.country for f in members}
    own_end = max((m.start for m in mentions if m.country in own), default=None)
    first_member = min((m.start for m in mentions if m.country in member_countries), default=None)
    if own_end is None or first_member is None or first_member < own_end:
        return carried, carried_from
    return members[-1].status, frozenset(member_countries)


def _carried_status(found):
    """The step a continuation in the next sentence takes: the last one told; of a
    country both open to joining and refusing as things stand ("would be willing to do
    so if ..."), the refusal ("Líbano tampoco se sumará")."""
    if not found:
        return None
    last = found[-1]
    if last.status == "prospective" and any(
        f.country == last.country and f.status == "declined" for f in found
    ):
        return "declined"
    return last.status


_REPORT_OPENER_REACH = 40  # characters from a sentence's start to a report's anaphora
_OPENER_PUNCTUATION = " \n\t\"'«»„“”—–-"


_NOBODY_REACH = 24  # "nadie lo ha desmentido", "no one in Astana has denied"


def _denied_by_nobody(folded, denial, nobodies):
    """Whether a negative pronoun (`negative_pronouns`) stands before the denial word in its
    clause, no comma or stop between ("nadie lo desmintió", "no one in Astana has denied it",
    "niemand hat das dementiert", "никто этого не опроверг"): a denial nobody made."""
    return any(
        0 <= denial.start - n.end <= _NOBODY_REACH
        and not _COMMA_OR_STOP_RE.search(folded, n.end, denial.start)
        for n in nobodies
    )


def _held(word, holders):
    """Does one of holders (cues) span word whole ("tout comme" holding "comme")?"""
    return any(h.start <= word.start and word.end <= h.end for h in holders)


def _sentence_claims(
    folded,
    start,
    end,
    mentions,
    cues,
    break_words,
    lang,
    published,
    near_topic,
    conjunction_re,
    sentence_text,
    denied,
    carried=None,
    generic=None,
    carried_from=frozenset(),
):
    """(country, status, date, confidence, background) for one sentence;
    carried is the step claimed in the sentence before, which a sentence
    like "Morocco followed in December 2020" continues; generic is the step of
    a sentence before that named no country, which a list opened with "these
    include" takes."""
    elliptic = False
    by_category = {}
    for cue in cues:
        by_category.setdefault(cue.category, []).append(cue)
    # "di antaranya", "ومن بينها" (among them) hold the word for "between"; "sueña con
    # que", "cuenta con que" (hopes, counts on) the word for "with"; "después de que"
    # (a clause break, after X did) the word for "after X" (a comparison)
    holders = (
        by_category.get("list_openers", [])
        + by_category.get("modals", [])
        + by_category.get("clause_breaks", [])
    )
    # "tout comme", "as well as" (a continuation: the country after it takes the step
    # before) hold the word for "like"
    continuing = by_category.get("continuations", [])
    if continuing and "continuations_after" in by_category:
        # "Es folgte Bahrain", "Im Dezember desselben Jahres folgte Marokko": the follower
        # word inside a continuation that names its follower after it is that phrase's word,
        # not one whose follower stands before it
        by_category["continuations_after"] = [
            c for c in by_category["continuations_after"] if not _held(c, continuing)
        ]
    if "comparisons" in by_category and (holders or continuing):
        by_category["comparisons"] = [
            c
            for c in by_category["comparisons"]
            if not any(o.start <= c.start and c.end <= o.end and o.end > c.end for o in holders)
            and not _held(c, continuing)
        ]
    if "comparisons" in by_category:
        # "Marokko zog im Dezember nach, der Sudan im Januar 2021": an after-word right
        # before a comma or colon is a verb's particle, no one compared after it
        by_category["comparisons"] = [
            c for c in by_category["comparisons"] if folded[c.end : c.end + 1] not in (",", ":")
        ]
    if "partners" in by_category:
        by_category["partners"] = [
            c
            for c in by_category["partners"]
            if not _held(c, holders)
            # "hieß es aus dem saudischen Außenministerium": the "from" of a report's words
            # names its source, no counterpart
            and not _held(c, by_category.get("reporting", ()))
            # "teilte am Donnerstag mit: X ..." (announced): a "with" right before a
            # comma or colon is a verb's particle, no counterpart after it
            and folded[c.end : c.end + 1] not in (",", ":")
        ]
    if "status" in by_category:
        # "akan mengikuti jejak" (will follow in the footsteps), "akan melakukan hal yang
        # sama" (will do the same): a continuation marker or a relative word inside a
        # status cue that opens before it is a word of that cue, not one of its own
        for category in ("continuations_after", "relatives"):
            if category in by_category:
                by_category[category] = [
                    c
                    for c in by_category[category]
                    if not any(s.start < c.start and c.end <= s.end for s in by_category["status"])
                ]
    if (
        _is_question(sentence_text)
        and not _asks_after_colon(folded, start, end, mentions, cues, lang)
        and not _asks_about_described(folded, start, mentions, cues, lang)
    ):
        return []  # a question asserts nothing about the country
    refusal_words = by_category.get("refusals", [])
    if refusal_words and mentions:
        # Hebrew "בדוחה" (in Doha) holds "דוחה" (rejects): a refusal word inside a
        # country's name is part of the name
        refusal_words = by_category["refusals"] = [
            r
            for r in refusal_words
            if not any(m.word_start <= r.start and r.end <= m.word_end for m in mentions)
        ]
    if by_category.get("comment_refusals"):
        # "refused to comment on reports of Uzbekistan's possible joining", "se negó a
        # comentar": the refusal (or denial) word refuses an answer, not the joining
        for category in ("refusals", "denials", "plan_denials"):
            if category in by_category:
                by_category[category] = [
                    r
                    for r in by_category[category]
                    if not _held(r, by_category["comment_refusals"])
                ]
        if "status" in by_category:
            # Turkish "yorum yapmayı reddetti": a refusal verb read as a verb-final cue's tail
            by_category["status"] = [
                c
                for c in by_category["status"]
                if c.payload != "declined" or not _held(c, by_category["comment_refusals"])
            ]
        refusal_words = by_category.get("refusals", [])
    if refusal_words and "denials" in by_category:
        # "se negó a iniciar conversaciones" (refused to) holds "negó" (denied)
        by_category["denials"] = [d for d in by_category["denials"] if not _held(d, refusal_words)]
    if by_category.get("negative_pronouns"):
        # "y en Astana nadie lo desmintió", "no one in Astana has denied it": a denial
        # nobody made denies nothing, and the step told with it stands
        for category in ("denials", "plan_denials"):
            if category in by_category:
                by_category[category] = [
                    d
                    for d in by_category[category]
                    if not _denied_by_nobody(folded, d, by_category["negative_pronouns"])
                ]
    if by_category.get("plan_denials"):
        # a denial verb is a denial first
        verbs = [d for d in by_category["plan_denials"] if not _held(d, refusal_words)]
        by_category["plan_denials"] = verbs
        by_category["denials"] = sorted(
            by_category.get("denials", []) + verbs, key=lambda d: (d.start, d.end)
        )
    denial = bool(by_category.get("denials"))
    false_claim = bool(by_category.get("false_claims")) and not denial
    if denial:
        # a denial of a rumour asserts nothing, and neither does the rumour
        # repeated in the next sentences: remember who denied.  A refusal
        # said in the same breath ("denied the reports and said it will not
        # join") still counts.
        # "says it has had no offer to join, as neighbour Kazakhstan prepares to sign":
        # a country named after a comma that follows the denial is in a clause of its
        # own and denies nothing
        denial_end = min(d.end for d in by_category["denials"])
        newly_denied = {
            mention.country
            for mention in mentions
            if not (
                mention.start >= denial_end
                and any(c in folded[denial_end : mention.start] for c in _COMMAS)
            )
        } - denied
        denied.update(newly_denied)
    if false_claim:
        # "A viral post claims that Saudi Arabia has signed": read as a denial of its own
        # sentence, with no rumour remembered (the true stance told next still counts)
        by_category["denials"] = by_category["false_claims"]
        denial = True
        newly_denied = set()
    if not (
        by_category.get("status")
        or by_category.get("generic")
        or by_category.get("preconditions")
        # "Saudi Arabia rejects the Abraham Accords": a refusal word before their name
        or (refusal_words and by_category.get("topic"))
        or (
            carried
            and (
                # "This time the list is long: Saudi Arabia, then Indonesia ...": a "then"
                # after a country of the sentence's own orders its list; it goes on with
                # the step before only ahead of every country ("Then came Morocco")
                any(
                    all(m.start >= c.end or m.country in FOUNDERS for m in mentions)
                    for c in by_category.get("continuations", ())
                )
                or by_category.get("continuations_after")
            )
        )
        or (generic and by_category.get("list_openers"))
        or (
            elliptic := carried
            and _elliptic_continuation(folded, start, end, mentions, cues, lang, published)
        )
    ):
        return []  # no cue of a step, no refusal by precondition, no step carried on: nothing to read
    if elliptic:
        # "Emiratos y Baréin firmaron en septiembre. Marruecos, en diciembre.": a verbless
        # line naming a country and its date goes on with the step before, as if a
        # "followed" stood right after the country
        after = min(mentions, key=lambda m: m.start).word_end
        by_category.setdefault("continuations_after", []).append(
            _Cue(after, after, "continuations_after", None)
        )
    if by_category.get("conditions") and by_category.get("not_negations"):
        # "tidak terkejut jika", "не удивлюсь, если" (not surprised if): the "if" of
        # an idiom that expects what follows is no supposition
        by_category["conditions"] = [
            c for c in by_category["conditions"] if not _held(c, by_category["not_negations"])
        ]
    sentence = _new_sentence(
        folded, start, end, lang, published, near_topic, mentions, by_category, break_words
    )
    idioms = sentence.words("not_negations")
    # a refusal word that is also a negation ("enggan", unwilling) refuses;
    # it does not turn the refusal around
    negations = [n for n in sentence.words("negations") if not _held(n, idioms + refusal_words)]
    negations = [n for n in negations if not _excepted(n, sentence, mentions)]
    preconditions = [p for p in sentence.words("preconditions") if not _held(p, idioms)]
    adjusted = _adjusted_cues(sentence, negations, preconditions)
    undenied = []
    turned = []  # joinings a plan denial's own refusal word turned
    if denial:
        # "La Syrie négocie avec Israël, même si Damas dément toute perspective
        # d'adhésion", "Syria is in talks, although Damascus denies it": a denial
        # after a clause break holds its own clause; the steps told before it stand
        first = min(d.start for d in by_category["denials"])
        cut = max((b for b in sentence.breaks if b < first), default=None)
        if cut is not None and any(a.end <= cut and a.status != "declined" for a in adjusted):
            undenied = [a for a in adjusted if a.end <= cut]
            adjusted = [a for a in adjusted if a.end > cut]
            # the steps told as facts before the denial are no rumour to drop later
            denied.difference_update(newly_denied)
    if denial:
        # "denies: no decision on joining" is no refusal; only a refusal
        # cue said outright ("will not be part of") is
        flipped = {
            c.start for c in cues if c.category in ("status", "generic") and c.payload != "declined"
        }
        turned = [a for a in adjusted if a.status == "declined" and a.start in flipped]
        adjusted = [a for a in adjusted if not (a.status == "declined" and a.start in flipped)]
        if negations or not any(
            _held(r, by_category.get("plan_denials", ())) for r in refusal_words
        ):
            # "dismissed reports that it will join": only a joining turned by the denial
            # verb's own refusal word ("dismissed"), with no negation, is still denied
            turned = []
    markers = sentence.words("continuations") + sentence.words("continuations_after")
    if (
        carried
        and markers
        and not any(a.end <= markers[0].start for a in adjusted)
        and not _another_model(sentence, mentions, carried_from)
    ):
        # a zero-width cue at the sentence start stands for the step before;
        # only a continuation marker passes it on
        adjusted.insert(0, _Step(start, start, carried, False))
    openers = sentence.words("list_openers")
    if generic and openers and not any(a.end <= openers[0].start for a in adjusted):
        # "Other countries would join. These include Oman and Qatar."
        adjusted.insert(0, _Step(start, start, generic, False))
    # "Indonesia denies plans to join", "Jakarta denied that it plans to normalise", "a
    # démenti les informations selon lesquelles il rejoindrait les accords": a country's
    # denial of its own joining still to come is its refusal; a third party's denial
    # (another country named first) and a denied offer or invitation are not
    denier, own = (
        _plan_denier(sentence, mentions, by_category, adjusted, turned) if denial else (None, [])
    )
    if not adjusted and not undenied and not own:
        return []
    groups = _subject_lists(sentence, preconditions, conjunction_re)
    results = []
    for steps, denied_here in ((undenied, False), (adjusted, denial), (own, None)):
        if not steps:
            continue
        found = _refusals_override(_scored(sentence, _assignments(sentence, steps, groups)))
        found = [
            r
            for r in found
            if not _before_the_accords(r.status, r.date)
            and not _older_peace(r.country, r.status, r.date)
            # "the Emirates' position has not changed: they remain members": a first
            # signatory refuses nothing it has already done
            and not (r.status == "declined" and r.country in SIGNATORIES_2020)
        ]
        if denied_here:
            found = [r for r in found if r.status == "declined"]
        elif denied_here is None:
            found = [r for r in found if r.country == denier and r.status == "declined"]
        results += found
    return results


def _plan_denier(sentence, mentions, by_category, adjusted, turned):
    """The country whose denial of its own joining to come is a refusal, and those
    steps turned into refusals: a denial verb (`plan_denials`) in the sentence, the
    country named first in it as the one who denies ("Washington denies that Riyadh
    ..." is a third party's denial), and the steps a plan, talks or a joining to come
    that hold no word of others' view and have no offer, invitation or pressure
    (`imposed`) in their clause ("denied receiving an offer to join")."""
    verbs = by_category.get("plan_denials")
    if not verbs or not mentions:
        return None, []
    first = min(mentions, key=lambda m: m.start)
    if first.country in FOUNDERS:
        return None, []
    imposed = sentence.words("imposed")
    own = [
        a._replace(status="declined")
        for a in adjusted + turned
        if (a.status in _RUMOURED or a in turned)
        and not _assessment(sentence, a)
        # "denied receiving an offer to join", "bestreitet, zum Beitritt gedrängt zu werden"
        and not any(not sentence.crosses(min(w.start, a.start), max(w.end, a.end)) for w in imposed)
    ]
    return first.country, own


_MODEL_GAP = 8  # " a la ", " to ", " wie ": between a continuation and the model it names


def _another_model(sentence, mentions, carried_from):
    """ "Indonesia holds a stance similar to Pakistan's", "mantiene una postura similar a la
    pakistaní": a continuation whose model is named right after it (no punctuation between)
    carries on the step of the sentence before only if that model took it there; a model
    from further back had a step of its own that this sentence does not tell."""
    folded = sentence.folded
    for marker in sentence.words("continuations_after"):
        for mention in mentions:
            gap = mention.start - marker.end
            if (
                0 < gap <= _MODEL_GAP
                and mention.country not in carried_from
                and not _MODEL_BREAK_RE.search(folded, marker.end, mention.start)
            ):
                return True
    return False


_MODEL_BREAK_RE = re.compile(r"[,.;:()\-–—]")


def _older_peace(country, status, date):
    """ "Egypt and Jordan, which made peace with Israel decades ago": an
    undated signing by Egypt or Jordan is their old peace treaty, not the accords;
    a freeze or a break of theirs ("Jordan recalled its ambassador") is of the
    relations that treaty set up, never of a membership they do not hold; and a
    refusal read for them (a minister's "our position has not changed" after meeting
    Egypt's and Jordan's) cannot be one of normalising, which they did long ago."""
    if country not in OLDER_PEACE:
        return False
    return status in ("suspended", "withdrawn", "declined") or (
        status in ("signed", "ratified") and date is None
    )


def _before_the_accords(status, date):
    """ "established relations with Israel in 1999": an older normalization,
    not the accords.  Freezes and breaks of that time stay (Mauritania 2010)."""
    return (
        status in ("announced", "signed", "ratified")
        and date is not None
        and int(date.value[:4]) < ACCORDS_BEGAN
    )


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
