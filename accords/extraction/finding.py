"""What the parser finds in an article's folded text before reading it:
country mentions, cue words, datelines and page furniture, country lists
and clause breaks.  Also `_Sorted`/`_between`, the sorted lists every later
step slices by position.
"""

import bisect
import datetime
import functools
import re
from operator import attrgetter
from typing import NamedTuple

from .matching import (
    _PARTICLE_TAIL_REACH,
    _TAIL_REACH,
    HALT_TAIL_REACH,
    _clause_final_tail,
    _particle_tails,
    _tail_span,
    scan_all,
    tail_within_reach,
)
from .records import _Cue, _Mention
from .statuses import CONFLICT_PARTIES, FOUNDERS
from .text import COMMA_RE, SENTENCE_MARK_RE, alternation, to_folded

# Quotes and brackets are no break: "...," the minister said on Monday;
# "Kazakhstan on Thursday (6/11) announced".
# A dash glued between two words ("Saudi–Israeli talks") joins them, as a hyphen does.
_CLAUSE_PUNCTUATION_RE = re.compile(r"[;:—–؛](?:(?<=[;:؛])|(?!\w)|(?<!\w.))")
# a record's fields without the call through its __new__ (found by the thousand)
_new = tuple.__new__


def _mentions(text, folded, index, lang, hits=None):
    """Country mentions; hits are the countries' hits if already found (scan_all)."""
    mentions = []
    for hit in scan_all(lang, folded)[0] if hits is None else hits:
        if index is None:
            original_start, original_end = hit.start, hit.end
        else:
            original_start, original_end = index.original(hit.start), index.original(hit.end)
        for entry in hit.entries:
            if entry.case == "cap" and not text[original_start].isupper():
                continue
            if entry.case not in (None, "cap") and text[original_start:original_end] != entry.case:
                continue
            if entry.kind == "institution":
                break  # "Majelis Ulama Indonesia": a body's name, not the country
            mentions.append(
                _new(
                    _Mention,
                    (hit.start, hit.end, hit.word_start, hit.word_end, entry.iso, entry.kind),
                )
            )
            break
    return _owned_capitals_dropped(folded, mentions, lang)


# Israel, the United States, Palestine: the object after a subject, no ministry's owner
_NO_OWNERS = frozenset(FOUNDERS + CONFLICT_PARTIES)


def _owned_capitals_dropped(folded, mentions, lang):
    """A capital or a ministry standing for its country ("Kemlu", "Wisma Putra") right
    before another country's name, a space between them, is that country's ministry
    ("Kemlu Arab Saudi" is the Saudi foreign ministry): no mention of its own.  Not in a
    verb-final language, where a subject stands before its object ("Исламабад Израильді
    мойындамайды"), nor before Israel, the United States or Palestine, which follow a
    subject as the object of a verb-less headline or a list ("Jakarta Israel" is no
    ministry)."""
    if (
        lang.verb_final
        or lang.prefixes  # Arabic "فأبوظبي والمنامة": a conjunction fused to the next name
        or len(mentions) < 2
        or not any(m.kind == "capital" for m in mentions)
    ):
        return mentions
    return [
        m
        for m, after in zip(mentions, [*mentions[1:], None], strict=True)
        if not (
            m.kind == "capital"
            and after is not None
            and after.country != m.country
            and after.country not in _NO_OWNERS
            and after.kind != "capital"
            and 0 < after.word_start - m.word_end <= 1
            and folded[m.word_end : after.word_start].isspace()
        )
    ]


class _Kinds(NamedTuple):
    """What a hit's entries say, read once per automaton value (see _kinds)."""

    payloads: frozenset
    categories: frozenset
    split_halt: bool  # a split cue of a halt ("conversaciones ~ quedaron congeladas")
    talks: bool  # a cue of talks
    # the entries without a tail, in their order: all a hit reads where no tail is in reach
    # (a key like "normalization" heads hundreds of split cues and few plain ones)
    plain: tuple
    split: bool  # some entry has a tail


_KINDS = {}  # id of an automaton value's entries -> (the entries, their _Kinds)


def _kinds(entries):
    """The payloads and categories of a hit's entries: the same few thousand
    entry tuples come back in every article (the automaton's values), so each
    is read once, kept by its id as long as it lives (matching.tail_screen)."""
    found = _KINDS.get(id(entries))
    if found is None or found[0] is not entries:
        kinds = _Kinds(
            frozenset(entry.payload for entry in entries),
            frozenset(entry.category for entry in entries),
            any(entry.tail and entry.payload == "suspended" for entry in entries),
            any(entry.payload == "negotiating" for entry in entries),
            tuple(entry for entry in entries if not entry.tail),
            any(entry.tail for entry in entries),
        )
        found = _KINDS[id(entries)] = (entries, kinds)
    return found[1]


def _cues(folded, lang, hits=None, mentions=()):
    """Cue and context words; hits are the cues' and the context's hits if
    already found (scan_all).  mentions are the countries' (sorted), to place
    a split cue with a country between its parts."""
    if hits is None:
        # context words are independent signals: ", disusul" (a clause break)
        # must not hide "disusul" (a continuation)
        hits = scan_all(lang, folded)[1:]
    cue_hits, context_hits = hits
    # what each hit's entries say, looked up once per hit for the three passes below
    cue_kinds = [_kinds(hit.entries) for hit in cue_hits]
    context_kinds = [_kinds(hit.entries) for hit in context_hits]
    hits_and_kinds = ((cue_hits, cue_kinds), (context_hits, context_kinds))
    # the cues' spans and what they say
    spans = _Spans(
        (hit.word_start, hit.word_end, kinds.payloads)
        for hit, kinds in zip(cue_hits, cue_kinds, strict=True)
    )
    off_topic = []
    # "pousse", "llevar a": heads of hopes that push or bring someone (`causatives`)
    causative_starts = set()
    # "ein Abkommen mit Riad ~ in Reichweite": a country right after a partner word
    # between a split cue's parts is its counterpart, not the subject after the verb
    partner_ends = []
    # "but", "mais", "pero": a word of stopping and a process of joining on either side
    # of one are in two clauses
    break_starts = []
    # "تربطها علاقات", "وتربط كازاخستان علاقات" (relations bind it, it has ties): the
    # head of a split cue ("تربط ~ التطبيع", links normalisation to) followed by these
    bond_starts = []
    # ", dessen", ", die": a verb-final relative clause closes with its finite verb
    relative_ends = []
    # the heads of split halts ("conversaciones ~ quedaron congeladas")
    halt_heads = []
    # talks told in the clause before ("negoció ... un acuerdo de normalización, pero ...")
    talk_starts = []
    # nameless groups ("otros países", "other countries") that may stand between a hope's parts
    group_starts = []
    # "dass", "que": a clause opened after a comma ("hofft, dass Usbekistan nachzieht")
    opener_starts = []
    for hit, kinds in zip(context_hits, context_kinds, strict=True):
        categories = kinds.categories
        if "off_topic" in categories:
            off_topic.append(hit)
        if "generic_subjects" in categories:
            group_starts.append(hit.word_start)
        if "complementizers" in categories:
            opener_starts.append(hit.word_start)
        if "causatives" in categories:
            causative_starts.add(hit.word_start)
        if "partners" in categories:
            partner_ends.append(hit.word_end)
        if "clause_breaks" in categories:
            break_starts.append(hit.word_start)
        if "bonds" in categories:
            bond_starts.append(hit.word_start)
        if "relatives" in categories:
            relative_ends.append(hit.word_end)
    for found, found_kinds in hits_and_kinds:
        for hit, kinds in zip(found, found_kinds, strict=True):
            if kinds.split_halt:
                halt_heads.append(hit.word_start)
            if kinds.talks:
                talk_starts.append(hit.word_start)
    off_topic.sort(key=attrgetter("word_start"))
    off_topic_starts = [hit.word_start for hit in off_topic]
    break_starts.sort()
    relative_ends.sort()
    partner_ends.sort()
    opener_starts.sort()
    bond_starts.sort()
    halt_heads.sort()
    talk_starts.sort()
    group_starts.sort()
    cues = []
    kept_tails = []  # the tails of the split status cues kept
    # "Ein Beitritt ist für Armenien kein Thema": a split status cue read at its tail
    # (the country between its parts) leaves its head no reading of its own
    moved_heads = {}
    for found, found_kinds in hits_and_kinds:
        for hit, kinds in zip(found, found_kinds, strict=True):
            tails = {}
            # the split cues' tails: none to look for where none is within reach
            # (asked once per hit, and only of a hit with a split cue); without one
            # the hit reads only its plain entries
            # "Переговоры ..., которые ... находились на продвинутой стадии, были
            # заморожены", "Talks ..., which were well advanced, were frozen": in any
            # language a split halt whose process a relative clause describes reaches as
            # far as a verb-final halt
            long_reach = lang.verb_final or (
                kinds.split_halt and _relative_after(relative_ends, hit.word_end)
            )
            # "Saudi-Arabien schloss am Dienstag bei einem Treffen ... einen Beitritt aus":
            # a separable verb's particle closing the clause reaches further still
            particles = kinds.split and _particle_tails(hit.entries, lang.clause_final_particles)
            reached = kinds.split and tail_within_reach(
                folded,
                hit.word_end,
                hit.entries,
                _PARTICLE_TAIL_REACH
                if particles
                else HALT_TAIL_REACH
                if long_reach
                else _TAIL_REACH,
            )
            for entry in hit.entries if reached else ():
                # a split cue ("افتتحت ... سفارتها", "botschaft ... eröffnet") is
                # kept at its head: the subject may stand between the parts
                # a halt pair in a verb-final language reaches further (HALT_TAIL_REACH)
                halt_pair = (
                    lang.verb_final
                    and entry.payload == "suspended"
                    and isinstance(entry.tail, tuple)
                )
                # a halt whose process a relative clause describes ends the clause the
                # process opened, as far as a verb-final halt
                relative_halt = (
                    entry.payload == "suspended"
                    and entry.tail
                    and _relative_after(relative_ends, hit.word_end)
                )
                if entry.tail:
                    reach = HALT_TAIL_REACH if halt_pair or relative_halt else _TAIL_REACH
                    tail = _tail_span(folded, hit.word_end, entry.tail, reach)
                    if tail is None and entry in particles:
                        tail = _clause_final_tail(folded, hit.word_end, entry.tail, reach)
                    if tail is None or _inside(tail, spans, entry.payload):
                        continue
                    if lang.verb_final and _closes_relative(
                        folded, hit.word_start, hit.word_end, relative_ends
                    ):
                        # "Niger, dessen Junta sich Russland zugewandt hat, gilt als
                        # ausgeschlossen": the auxiliary closing a relative clause heads no
                        # split cue whose tail stands in the main clause after its comma
                        continue
                    if _off_topic_between(off_topic, off_topic_starts, hit.word_end, tail[0]):
                        # "unterzeichnete ein Handelsabkommen mit ... Abraham-Abkommen":
                        # the verb's object is the other agreement between the parts
                        continue
                    if _off_topic_from_tail(off_topic, off_topic_starts, tail):
                        # "يراهن ... على ضم الضفة الغربية": the tail's last word opens
                        # another subject (annexing the West Bank), which is its object
                        continue
                    if entry.payload == "suspended" and _named_past_time_clause(
                        folded, lang, mentions, hit.word_start, tail[1]
                    ):
                        # "אחרי שקזחסטן הודיעה על הצטרפותה ..., המדיניות הישראלית נתקעה":
                        # a joining inside a time clause opening the sentence is no process
                        # halted by the stalling told after its comma with a subject of its own
                        continue
                    if bond_starts and _bond_right_after(
                        folded, mentions, bond_starts, hit.word_end, tail[0]
                    ):
                        continue  # "التي تربطها علاقات بإسرائيل": ties, not a condition
                    if (
                        entry.payload == "prospective"
                        and group_starts
                        and _sorted_within(group_starts, hit.word_end, tail[0])
                        and not _between(mentions, hit.word_end, tail[0])
                    ):
                        # "la Casa Blanca confía en que otros países de Asia Central sigan
                        # sus pasos", "hopes other countries will follow suit": the nameless
                        # group between a hope's parts is who would follow, no country named
                        continue
                    if (
                        isinstance(entry.tail, tuple)
                        or (
                            entry.payload == "suspended"
                            and any(
                                _crosses(break_starts, hit.word_end, head)
                                for head in _sorted_within(halt_heads, hit.word_end + 1, tail[0])
                            )
                            and any(
                                not _crosses(break_starts, talk, hit.word_start)
                                for talk in _sorted_within(
                                    talk_starts,
                                    hit.word_start - _TALKS_BEFORE_HALT,
                                    hit.word_start + 1,
                                )
                            )
                        )
                    ) and _crosses(break_starts, hit.word_end, tail[0]):
                        # a halt pair ("halt_words" and "halted_processes"): "the war
                        # stalled the reforms, but normalisation ..." is no halt; nor is a
                        # halt's split cue across one to a halt with a head of its own
                        # ("negotiated a normalisation deal, but those talks were frozen":
                        # the talks stay, the halt is the second clause's)
                        continue
                    tails[entry] = tail
            for entry in hit.entries if reached else kinds.plain:
                if entry.tail and (
                    entry not in tails or _longer_tail(tails[entry], tails.values())
                ):
                    continue
                if (
                    not entry.tail
                    and entry.category == "status"
                    and (
                        entry.payload == "prospective"
                        and any(
                            other.category == "status" and other.payload == "declined"
                            for other in tails
                        )
                        # "Der Beitritt Aserbaidschans wird geprüft": the bare joining
                        # noun heads a split cue whose tail was found (in a verb-final
                        # language read at that tail); the longer reading wins
                        or (
                            lang.verb_final
                            and entry.payload == "announced"
                            and any(
                                other.category == "status" and other.payload == "prospective"
                                for other in tails
                            )
                        )
                    )
                ):
                    # Persian "آماده عادی‌سازی ... نیست" (not ready to normalise): the
                    # interest whose own words end in a negating tail is a refusal;
                    # the longer reading wins, as a longer tail does
                    continue
                if (
                    found is context_hits
                    and entry.category == "refusals"
                    and _inside((hit.word_start, hit.word_end), spans, "declined")
                ):
                    # "nicht ausgeschlossen": the refusal word is part of a longer cue
                    continue
                start, end = hit.word_start, hit.word_end
                tail_end = tails[entry][1] if entry.tail else None
                if entry.tail and (
                    (
                        lang.verb_final
                        and _subject_between(
                            folded, mentions, end, tails[entry][0], partner_ends, opener_starts
                        )
                    )
                    or (
                        not lang.verb_first
                        and entry.payload == "suspended"
                        and _named_right_after(folded, mentions, end, tails[entry][0])
                    )
                    or (
                        # "Le Qatar pousse la Syrie à rejoindre", "Egipto quiere llevar a
                        # Siria a firmar": the country between a hope's or a push's parts
                        # is who would join, not the one hoping or pushing before it
                        hit.word_start in causative_starts
                        and entry.payload == "prospective"
                        and not (lang.verb_final or lang.verb_first)
                        and _subject_between(folded, mentions, end, tails[entry][0], partner_ends)
                    )
                ):
                    # "Nach Bahrain und Marokko schloss sich auch Kasachstan den
                    # Abkommen an": the country between the parts is the
                    # subject, not a list before the head; read at the tail
                    start, end = tails[entry]
                    tail_end = None
                    if entry.category == "status":
                        moved_heads[hit.word_start, hit.word_end] = entry.payload
                if entry.tail and entry.category in ("not_negations", "comment_refusals"):
                    # "avant que le Maroc ne les rejoigne": an idiom with a gap
                    # covers its tail, the negation word it makes empty
                    end = tails[entry][1]
                cues.append(_new(_Cue, (start, end, entry.category, entry.payload, tail_end)))
                if (
                    entry.tail
                    and entry.category in ("status", "generic")
                    and not (lang.verb_final or lang.verb_first)
                ):
                    kept_tails.append((*tails[entry], entry.payload))
    if moved_heads:
        cues = [
            cue
            for cue in cues
            if not (
                cue.category == "status"
                and moved_heads.get((cue.start, cue.end), cue.payload) != cue.payload
            )
        ]
    if kept_tails:
        cues = _outside_tails(cues, kept_tails)
    cues = [
        cue
        for cue in cues
        # "dimeterai pada 2020 apabila UAE dan Bahrain bersetuju ...": a word of condition
        # that also means "when", right after a year, tells when it happened
        if cue.category != "conditions"
        or not _YEAR_BEFORE_RE.search(folded, max(0, cue.start - 12), cue.start)
    ]
    if lang.after_verbal_nouns:
        cues = [cue for cue in cues if not _noun_not_conjunction(folded, lang, cue)]
    if lang.since_places:
        place_starts = {m.word_start for m in mentions if m.kind in _PLACE_KINDS}
        cues = [cue for cue in cues if not _since_before_place(folded, lang, cue, place_starts)]
    # "... normalleştirmiş, Sudan da ... açıklamıştı": a converb's comma closes its clause
    cues += [_Cue(at, at + 1, "clause_breaks", None) for at in _converb_breaks(folded, lang)]
    cues.sort(key=lambda cue: cue.start)
    return cues


_YEAR_BEFORE_RE = re.compile(r"(?<!\d)(?:19|20)\d\d\s?,?\s?\Z")


def _outside_tails(cues, tails):
    """A status cue lying inside the tail of a split status cue that says
    something else is that cue's own part, not a step of its own: in "Keputusan
    Kazakhstan untuk menyertai" (a decision, "keputusan ~ untuk menyertai") or
    "Keengganan X untuk bergabung" (a refusal) the infinitive is not an aim
    (interest) beside it.  Not in a verb-final or verb-first language, where the
    tail is the verb the step is read at or whose subject follows it.  tails: (start, end, status) of the kept split cues."""
    tails = sorted(tails)
    starts = [start for start, _, _ in tails]

    def inside_another(cue):
        # only the tails starting a little before the cue can hold it (bisection: a long
        # article keeps thousands of tails)
        number = bisect.bisect_right(starts, cue.start)
        first = bisect.bisect_left(starts, cue.start - _TAIL_SPAN, 0, number)
        # a split cue whose own tail reaches past the other's ("pourparlers entre ~ sur
        # une normalisation", then "normalisation ~ ont été suspendus") is a step of its own
        cue_end = cue.tail_end or cue.end
        # a plain cue starting inside the tail, after its first word ("interest ... in
        # joining", then "joining the Abraham Accords"), shares its words, even where it
        # reaches past them; one starting with the tail is a longer reading of its own
        return any(
            (cue_end <= end or (cue.tail_end is None and start < cue.start < end))
            and cue.payload != status
            for start, end, status in tails[first:number]
        )

    return [
        cue for cue in cues if cue.category not in ("status", "generic") or not inside_another(cue)
    ]


_TAIL_SPAN = 200  # characters a split cue's tail may span (its words, to the last one's end)


_INVERTED_SUBJECT_REACH = 30  # "schloss sich nun auch Kasachstan": a few short words


_PARTNER_GAP = 5  # "mit Riad", "mit dem Libanon": the partner word this close before the name


def _bond_right_after(folded, mentions, bond_starts, start, end):
    """A bond word ("علاقات") right after a split cue's head (start), or after the
    subject named right after it, and before its tail (end): "تربطها علاقات وثيقة
    بإسرائيل" says who has ties; the head links nothing to a condition."""
    number = bisect.bisect_left(bond_starts, start)
    if number == len(bond_starts) or bond_starts[number] >= end:
        return False
    bond = bond_starts[number]
    if not folded[start:bond].strip():
        return True
    return any(
        not folded[start : m.word_start].strip() and not folded[m.word_end : bond].strip()
        for m in _between(mentions, start, bond)
    )


def _subject_between(folded, mentions, start, end, partner_ends=(), opener_starts=()):
    """A country other than Israel (the counterpart) named right after the
    head (start) and before the tail (end): the subject after the verb, not
    an object further on ("macht eine Normalisierung ... von X abhängig"), nor
    a counterpart right after a partner word ("ein Abkommen mit Riad ... in
    Reichweite"). A comma right after the head that opens a clause with a
    complementizer ("hofft, dass Usbekistan nachzieht") keeps the subject after it."""
    return any(
        m.country != "IL"
        and m.word_start - start <= _INVERTED_SUBJECT_REACH
        and m.end <= end
        and _no_comma_but_opener(folded, start, m.word_start, opener_starts)
        and not _sorted_within(partner_ends, m.word_start - _PARTNER_GAP, m.word_start + 1)
        for m in _between(mentions, start, end)
    )


def _no_comma_but_opener(folded, start, end, opener_starts):
    """No comma between start and end, or only one right after start, followed by a
    complementizer (", dass")."""
    gap = folded[start:end]
    if "," not in gap:
        return True
    rest = gap.lstrip()
    if not rest.startswith(",") or "," in rest[1:]:
        return False
    comma = start + gap.index(",")
    return bool(_sorted_within(opener_starts, comma + 1, comma + 3))


def _named_right_after(folded, mentions, start, end):
    """A country other than Israel right after a halt's head, one space between, and
    ending before its tail: the head's own subject ("hubungan Khartoum-Israel terus
    beku", "normalisasi Sudan ... terhenti"), not a list named before the head."""
    return any(
        m.country != "IL"
        and m.word_start - start <= 1
        and m.end <= end
        and not folded[start : m.word_start].strip()
        for m in _between(mentions, start, end)
    )


class _Spans:
    """The cues' (start, end, payloads) sorted by start, with the longest
    span's length: the cues that may hold a span are found by bisection
    (a megabyte of text has thousands of cues)."""

    def __init__(self, spans):
        self.spans = sorted(spans, key=lambda span: span[0])
        self.starts = [span[0] for span in self.spans]
        self.longest = max((end - start for start, end, _ in self.spans), default=0)


def _relative_after(relative_ends, end):
    """Whether a relative clause (", which", ", которые") opens within a split cue's
    ordinary reach after its head's end."""
    return bool(_sorted_within(relative_ends, end, end + _TAIL_REACH))


def _closes_relative(folded, start, end, relative_ends):
    """The word at start..end ends a relative clause: a comma right after it, and a
    relative word (", die", ", dessen") before it with no comma between."""
    if folded[end : end + 1] != ",":
        return False
    # the last relative word up to start (relative_ends are sorted): a comma after it
    # is one after every relative word before it too
    number = bisect.bisect_right(relative_ends, start)
    return number > 0 and folded.find(",", relative_ends[number - 1], start) < 0


def _inside(span, spans, payload):
    """span ends a cue begun further back that says something else than
    payload: "ausgeschlossen" (a refusal) in "nicht ausgeschlossen"
    (interest), the tail of "hat ~ ausgeschlossen" there too.  A cue that
    starts with the span ("محادثات التطبيع" after "جمدت ~ محادثات") does not hide it."""
    start, end = span
    # only a cue starting before the span, and no further back than the
    # longest cue's length before its end, can hold it
    first = bisect.bisect_left(spans.starts, end - spans.longest)
    last = bisect.bisect_left(spans.starts, start)
    for other_start, other_end, payloads in spans.spans[first:last]:
        if other_start < start and end <= other_end and payload not in payloads:
            if payload == "negotiating" and payloads == _HEDGED_AIM and other_end == end:
                # "обсуждает с Баку возможное присоединение": the hedged joining ending
                # with the talks' tail is what they are about, not another reading (not
                # "eine Normalisierung zwischen ~ wären", a hope's head past the tail)
                continue
            return True
    return False


_HEDGED_AIM = frozenset({"prospective"})


def _longer_tail(tail, tails):
    """Another part of the same head reaches the same end from further back:
    "schließt ~ nicht aus" over "schließt ~ aus"."""
    return any(other[1] == tail[1] and other[0] < tail[0] for other in tails)


_START = attrgetter("start")


class _Sorted:
    """Items sorted by start, sliced by position in O(log n): a long article
    has thousands of sentences, each asking for its own mentions and cues."""

    def __init__(self, items):
        self.items = sorted(items, key=_START)
        self.starts = [item.start for item in self.items]

    def __iter__(self):
        return iter(self.items)

    def __bool__(self):
        return bool(self.items)


def _sorted_within(positions, start, end):
    """The sorted positions p with start <= p < end, found by bisection (a long text holds
    thousands: asking each one would make reading quadratic)."""
    return positions[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, end)]


def _between(items, start, end):
    if not isinstance(items, _Sorted):
        items = _Sorted(items)
    return items.items[
        bisect.bisect_left(items.starts, start) : bisect.bisect_left(items.starts, end)
    ]


# "KUALA LUMPUR - ", "RIYADH, Nov 6 (Reuters) — ", "الرياض - ": where the
# report was filed, not who acts.
# EFE writes the agency's name and a full stop glued to the dash: "Astaná, 7 nov (EFE).- ".
_TALKS_BEFORE_HALT = (
    80  # "negoció con Washington un acuerdo de normalización": talks this close before
)
# (the dash on the same line: "- Bahrain (2020)\n- Morocco" is a list set out in lines;
# a line opened by a bullet, "– ОАЭ и Бахрейн – с сентября 2020 года", is a list's line too)
_DATELINE_RE = re.compile(
    r"(?m)^[ \t]*(?![-–—•*·])(?:[^\n.!?;:]|(?<=\d)\.(?=\d)){1,60}?(?:[ \t][-–—]+\s|\)\.[-–—]+\s*)"
)
# every dateline holds one of these dashes on its line
_DASH_RE = re.compile(r"[-–—]")
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


def _line_matches(pattern, text, needed=None):
    """pattern.finditer(text) for a pattern that matches only at a line start
    ("(?m)^...") and never an empty string: tried at each line start instead of
    at every position of the text.  needed: a pattern that every match holds on
    its first line (a dateline's dash), or None; the lines before the next place
    it occurs are then passed over without a try (a long text has thousands)."""
    matches = []
    start = 0  # of a line
    reached = 0  # the end of the last match: a match never overlaps it
    while True:
        if needed is not None:
            found = needed.search(text, start)
            if found is None:
                return matches
            # the start of the line holding it (start itself where it is on this line)
            start = text.rfind("\n", start, found.start()) + 1 or start
        if start >= reached:
            match = pattern.match(text, start)
            if match:
                matches.append(match)
                reached = match.end()
        newline = text.find("\n", start)
        if newline < 0:
            return matches
        start = newline + 1


def _datelines(text, index):
    spans = []
    for match in _line_matches(_DATELINE_RE, text, _DASH_RE):
        after = text[match.end() : match.end() + 1]
        if after.islower():
            # "UAE - signed Sept 15, 2020": a fact box's line, a country and its step in
            # lower case after the dash; a report after its dateline opens with a capital
            continue
        if len(match.group().split()) <= 8:
            spans.append((to_folded(index, match.start()), to_folded(index, match.end())))
    return spans


# "KUALA LUMPUR: ...", "PUTRAJAYA: ...", "ISLAMABAD: ...": the Malaysian and Gulf
# papers' dateline, a place in capitals and a colon at a line start
_COLON_DATELINE_RE = re.compile(
    r"(?m)^[ \t]*([^\W\d_][^\W\d_'’.-]*(?:[ \t][^\W\d_'’.-]+){0,3}):[ \t]"
)


_COLON_AFTER_LETTER_RE = re.compile(r"([^\W\d_]):[ \t]")
_COLON_RE = re.compile(":")  # every colon dateline holds one on its line


def _colon_datelines(text, index):
    """Spans of the lines opened by a place in capitals and a colon ("KUALA LUMPUR: "):
    the kicker words ("ANALISIS:", "OPINION:") match too, and hold no place."""
    # most texts hold no colon after a letter that is not lower case: then none
    # (each colon is found by str.find and the letter before it tried there, instead
    # of the regex engine trying every position of the text)
    at = text.find(":", 1)
    while at >= 0:
        match = _COLON_AFTER_LETTER_RE.match(text, at - 1)
        if match and not match.group(1).islower():
            break
        at = text.find(":", at + 1)
    else:
        return []
    spans = []
    for match in _line_matches(_COLON_DATELINE_RE, text, _COLON_RE):
        if match.group(1).isupper():
            spans.append((to_folded(index, match.start()), to_folded(index, match.end())))
    return spans


@functools.cache
def _boilerplate_re(lang):
    """A line that starts with "Read also:", "Share on", "Photo:" (the data
    file's "boilerplate") is page furniture: a link to another story, a
    caption, a share button.  Its countries and cues are not the article's."""
    if not lang.boilerplate:
        return None
    return re.compile(r"(?m)^[^\w\n]*(?:" + alternation(lang.boilerplate) + r")(?!\w)([^\n]*)")


def _boilerplate(folded, lang):
    """The furniture lines; under a heading alone on its line ("Read more", "Related
    articles:", "Mehr zum Thema"), the link titles listed after it too: short lines up to
    a blank line that end as no sentence does (a headline), at most four."""
    pattern = _boilerplate_re(lang)
    if not pattern:
        return []
    spans = []
    for match in _line_matches(pattern, folded):
        end = match.end()
        if _prose_after_header(match):
            continue
        if not _WORD_RE.search(match.group(1)):
            # a header alone on its line ("Mehr zum Thema", "LEA TAMBIÉN"): the links under it
            end = _link_lines_end(folded, end)
        spans.append((match.start(), end))
    return spans


def _prose_after_header(match):
    """ "Lihat juga Arab Saudi. Putra Mahkota ... mengatakan ...": a furniture word with
    no colon of its own ("see also") opening a long line of several sentences opens
    prose, not a link (a link's title is one short line)."""
    header = match.group(0)[: match.start(1) - match.start()].rstrip()
    rest = match.group(1)
    return (
        not header.endswith(":")
        and len(rest) > _LINK_LINE_LENGTH
        and _SENTENCE_INSIDE_RE.search(rest) is not None
    )


_SENTENCE_INSIDE_RE = re.compile(r"[.!?]\s+\w")


_WORD_RE = re.compile(r"\w")
_LINK_LINES = 4  # at most, under one header
_LINK_LINE_LENGTH = 160
_PROSE_ENDS = frozenset(".!…:;\"'»”“)")  # a headline may end with a question mark


def _link_lines_end(folded, end):
    """The end of the links listed under a furniture header alone on its line: up to four
    short lines right after it, none ending as a sentence does (a link is a headline, with no
    full stop); a blank line or a line of prose ends them."""
    for _ in range(_LINK_LINES):
        if not folded.startswith("\n", end):
            break
        line_end = folded.find("\n", end + 1)
        if line_end < 0:
            line_end = len(folded)
        line = folded[end + 1 : line_end].strip()
        if not line or len(line) > _LINK_LINE_LENGTH or line[-1] in _PROSE_ENDS:
            break
        end = line_end
    return end


SEMICOLONS = ";؛"  # the Latin semicolon and the Arabic one (Arabic, Persian)
_LEDGER_HEAD_RE = re.compile(r"[\s\-–—•*·]*(?:[^\W\d_]{1,4}\s+)?")  # "- ", "• the "
# "UAE:", or a dash with spaces around it in a fact box ("UAE - announced Aug 13, 2020;
# signed Sept 15, 2020", "Émirats — annoncé le 13 août 2020 ; signé le 15 septembre 2020")
_LEDGER_COLON_RE = re.compile(r"\s*:|\s+[-–—]\s")


def _ledger_head(folded, start, end, mentions):
    """The end of a ledger line's head, a country and a colon (or a spaced dash) opening the
    sentence (after a bullet: "- UAE: deal announced Aug 13, 2020; treaty signed Sept 15,
    2020"), when
    a semicolon follows in the sentence; else None."""
    if not mentions or not any(folded.find(mark, start, end) >= 0 for mark in SEMICOLONS):
        return None
    first = min(mentions, key=lambda m: m.start)
    if first.kind == "anaphor" or not _LEDGER_HEAD_RE.fullmatch(folded, start, first.word_start):
        return None
    colon = _LEDGER_COLON_RE.match(folded, first.word_end, end)
    return colon.end() if colon else None


@functools.cache
def _conjunction_re(lang):
    # "A, B and C", "A dan B", "A و B", "A, B et le C": only separators
    # (and articles) between list members
    conjunctions = alternation(lang.conjunctions) or "(?!)"
    articles = alternation(lang.articles) or "(?!)"
    # "Uzbekistan and the Republic of Armenia": a state's formal title before the next name
    title = rf"(?:(?:{_STATE_TITLE_WORDS})\s+(?:of|de|du|del|d')\s*(?:(?:{articles})(?!\w)\s*)?)?"
    # "Azerbaycan'ın ve Pakistan'ın", "Suudi Arabistan'ın yanı sıra Umman": a genitive after
    # an apostrophe on a member before a conjunction or a comma ("Suudi Arabistan'ın Filistin
    # devleti ...", with nothing between, is a genitive of its own)
    genitive = alternation(sorted(lang.genitive_suffixes))
    genitive = rf"(?:['’](?:{genitive})(?=\s*(?:,|(?:{conjunctions})(?!\w))))?" if genitive else ""
    # "Syria, and eventually Lebanon", "la Syrie et, à terme, le Liban": a hedging adverb
    # right after the conjunction keeps the list going (`list_adverbs`); so does one right
    # after a list's comma ("l'Indonésie, la Mauritanie, parfois Oman", "Indonesia,
    # Mauritania, sometimes Oman")
    adverbs = alternation(lang.list_adverbs)
    adverb = rf"(?:(?:{adverbs})(?!\w)[\s,،]*)?" if adverbs else ""
    after_comma = rf"|(?:(?<=[,،])|(?<=[,،]\s)){adverb}" if adverbs else ""
    return re.compile(
        rf"^{genitive}[\s,،、/&()]*(?:(?:{conjunctions})(?!\w)[\s,،()]*{adverb}{after_comma})?"
        rf"(?:(?:{articles})(?!\w)\s*)?{title}$"
    )


# the formal titles of states, folded, as they stand before a name in an official list
_STATE_TITLE_WORDS = (
    r"(?:islamic |federal |democratic |hashemite |)(?:kingdom|republic|state|sultanate|emirate)"
    r"|(?:royaume|republique|etat|sultanat|reino|republica|estado|sultanato)"
)


# (the year may stand first or before a case word: "(2020 жылғы желтоқсан)", "(декабрь
# 2020 года)", "(екеуі де 2020 жылдың қыркүйегінде)")
_BRACKETED_YEAR_RE = re.compile(r"\s*\([^()]{0,30}\b(?:19|20)\d\d\b[^()\d]{0,24}\)")
# "Marokko im Dezember 2020, der Sudan im Januar 2021": a member's own date, a few words
# ending with a year and a comma, between two names of a list
# (a preposition at most before the date: "signed in September 2020, and" is a step of its own)
_DATED_GAP_RE = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:\d{1,2}\.?\s+)?[^\W\d_]+\s+(?:19|20)\d\d\s*,")


_GROUP_WORDS = 3  # "and the Central Asian countries": words of a nameless group before its noun


def _past_nameless_group(folded, gap_start, gap_end, nameless, conjunction_re):
    """Where a list goes on past a nameless group conjoined inside it ("Azerbaijan and the
    Central Asian countries, as well as Pakistan", "Azerbaycan ve Orta Asya ülkelerinin
    yanı sıra Pakistan"): the end of that group's word, when only a conjunction and a few
    words stand before it; else gap_start."""
    for start, end in _spans_within(nameless, gap_start, gap_end):
        words = folded[gap_start:start].split()
        if (
            1 <= len(words) <= _GROUP_WORDS + 2
            and conjunction_re.match(" " + words[0] + " ")
            and not any(c in folded[gap_start:start] for c in ",،;:")
        ):
            return end
    return gap_start


def _spans_within(spans, start, end):
    """The (start, end) spans lying wholly between start and end."""
    return [(a, b) for a, b in spans if start <= a and b <= end]


_ASIDE_WORDS = 5  # "y, desde noviembre, aunque todavía sin firma, Kazajistán": words of one aside


def _past_dated_aside(folded, gap_start, gap_end, dated, conjunction_re):
    """Where a list goes on past a time aside set off by commas right after its conjunction
    ("Marruecos, Sudán y, este mismo mes, Kazajistán", "le Soudan et, en janvier 2021, le
    Kazakhstan"): the position of the aside's last comma, when the aside (one or two, each of
    a few words) holds a date (`dated`: the sentence's date spans); else gap_start. An aside
    naming no time ("y, según fuentes diplomáticas, Omán podría") may open a clause of its
    own, and keeps the list closed."""
    if not dated:
        return gap_start
    gap = folded[gap_start:gap_end]
    commas = [i for i, c in enumerate(gap) if c in ",،"]
    if len(commas) < 2 or len(commas) > 3 or not conjunction_re.match(gap[: commas[0]]):
        return gap_start
    if not gap[: commas[0]].strip(" "):
        return gap_start  # a comma alone, no conjunction before the aside
    asides = [gap[a + 1 : b] for a, b in zip(commas, commas[1:], strict=False)]
    if any(
        not 1 <= len(a.split()) <= _ASIDE_WORDS or any(c in a for c in ".;:!?()") for a in asides
    ):
        return gap_start
    first_aside = (gap_start + commas[0], gap_start + commas[1])
    if not any(first_aside[0] <= a and b <= first_aside[1] for a, b in dated):
        return gap_start
    return gap_start + commas[-1]


def _groups(folded, mentions, conjunction_re, bracketed=False, nameless=(), date_spans=()):
    """Country lists: mentions separated only by commas and "and" (and a nameless group
    conjoined between them, `nameless`: its spans; a time aside after the conjunction,
    `date_spans`: the sentence's date spans)."""
    groups = []
    for mention in mentions:
        gap_start = groups[-1][-1].word_end if groups else 0
        if date_spans and groups:
            gap_start = _past_dated_aside(
                folded, gap_start, mention.word_start, date_spans, conjunction_re
            )
        if nameless and groups:
            gap_start = _past_nameless_group(
                folded, gap_start, mention.word_start, nameless, conjunction_re
            )
        # "المغرب (22 ديسمبر 2020)، السودان (6 يناير 2021)", "Morocco (2020), Sudan
        # (2021)": a year in brackets after a name goes on with the list, and so does a
        # date closed by a comma ("Marokko im Dezember 2020, der Sudan im Januar 2021")
        dated = (
            bracketed
            and groups
            and (
                _BRACKETED_YEAR_RE.match(folded, gap_start, mention.word_start)
                or _DATED_GAP_RE.match(folded, gap_start, mention.word_start)
            )
        )
        if dated:
            gap_start = dated.end()
        if groups and conjunction_re.match(folded[gap_start : mention.word_start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _punctuation_breaks(folded, start, end):
    """Positions of clause punctuation (";", ":", dashes) in folded[start:end], in order."""
    return [m.start() for m in _CLAUSE_PUNCTUATION_RE.finditer(folded, start, end)]


def _clause_breaks(folded, punctuation, break_words, start, end, coordinators=()):
    """The punctuation breaks and the break words ("but", "while") between start and end, in order.
    A clause opening the sentence ("Although it has no ties with Israel, ...")
    ends at its first comma; a coordinator opening it ("Mais la vraie cible, c'est
    l'Arabie saoudite", `coordinators`) joins the sentence to the one before and
    opens no clause."""
    between = _between(break_words, start, end)
    words = [cue.start for cue in between]
    if (
        words
        and words[0] == start
        and folded[between[0].start : between[0].end] not in coordinators
    ):
        comma = COMMA_RE.search(folded, start, end)
        if comma:
            words.append(comma.start())
    return sorted(punctuation + words)


def _noun_not_conjunction(folded, lang, cue):
    """Turkish "sürece" is "as long as" only right after a verbal noun ("kurulmadığı
    sürece"); after anything else ("Sudan da sürece katıldı") it is the noun "the
    process" in the dative, no precondition."""
    if (
        cue.category != "preconditions"
        or folded[cue.start : cue.end] not in lang.after_verbal_nouns
    ):
        return False
    before = folded[max(0, cue.start - 40) : cue.start].split()
    return not (before and before[-1].endswith(lang.verbal_noun_endings))


_SINCE_CATEGORIES = frozenset({"background", "time_since"})
# "Rabat", "Abou Dhabi": a capital; not a country's name, since "the first to join since
# Sudan" ("depuis le Soudan") names its joining
_PLACE_KINDS = frozenset({"capital"})


def _since_before_place(folded, lang, cue, place_starts):
    """French "depuis", Spanish "desde" say "from", not "since", right before a place: a
    country's capital ("desde Rabat", "depuis Abou Dhabi"), or a building, an office, a
    podium or a city of `since_places` ("depuis le Bureau ovale", "desde la Casa Blanca",
    "depuis la tribune de l'ONU", "depuis Washington"), after one space and at most one
    article.  place_starts: where the capitals start.  "depuis 2020", "desde la guerra",
    "depuis la signature" and a country's own name ("le premier depuis le Soudan") stay
    times."""
    if cue.category not in _SINCE_CATEGORIES or folded[cue.start : cue.end] not in lang.since_words:
        return False
    at = cue.end + 1
    if folded[cue.end : at] != " ":
        return False
    starts = [at]
    for article in lang.articles:
        joined = article.endswith("'")
        if folded.startswith(article if joined else article + " ", at):
            starts.append(at + len(article) + (0 if joined else 1))
    for start in starts:
        if start in place_starts:
            return True
        for place in lang.since_places:
            end = start + len(place)
            if folded.startswith(place, start) and not folded[end : end + 1].isalnum():
                return True
    return False


@functools.cache
def _converb_re(lang):
    endings = alternation(lang.converb_endings)
    return re.compile(rf"\w(?:{endings}),") if endings else None


def _converb_breaks(folded, lang):
    """The commas right after a converb (Turkish "normalleştirmiş,", Kazakh
    "келтіріп,", `converb_endings`): in a verb-final language the clause before
    ends there, and its subject list takes no step told after it."""
    pattern = _converb_re(lang)
    if pattern is None:
        return []
    return [m.end() - 1 for m in pattern.finditer(folded)]


def _crosses(breaks, left, right):
    position = bisect.bisect_left(breaks, left)
    return position < len(breaks) and breaks[position] < right


def _off_topic_from_tail(off_topic, starts, tail):
    """An off-topic phrase that starts inside a split cue's tail and runs past its end."""
    for other in off_topic[bisect.bisect_left(starts, tail[0]) :]:
        if other.word_start >= tail[1]:
            return False
        if other.word_end > tail[1]:
            return True
    return False


def _off_topic_between(off_topic, starts, start, end):
    """An off-topic word ("trade agreement") lying wholly between start and end;
    off_topic sorted by word_start, starts their word_starts (a bisection, so a
    long text's split cues cost no pass over every off-topic word)."""
    for other in off_topic[bisect.bisect_left(starts, start) :]:
        if other.word_start >= end:
            return False
        if other.word_end <= end:
            return True
    return False


_TIME_CLAUSE_REACH = 220  # the longest opening time clause, its opener to its closing comma
_SENTENCE_OPENING_REACH = 300  # how far back a sentence's start is looked for


@functools.cache
def _time_clause_re(lang):
    """ "After", "Half a year after", "Nachdem": a time clause's opener among the sentence's
    first four words (`time_clauses`), or for Turkish and Kazakh its closer right before a
    comma (`time_clauses_after`: "katıldıktan sonra,"). None where the language lists none."""
    if lang.time_clauses:
        openers = alternation(lang.time_clauses)
        return re.compile(rf"[\W\d]*(?:\w+[^\w,،;:]+){{0,3}}?(?:{openers})(?!\w)[^,،;:]*?[,،]")
    if lang.time_clauses_after:
        closers = alternation(lang.time_clauses_after)
        return re.compile(rf"[^,،;:]*?(?<!\w)(?:{closers})\s*[,،]")
    return None


def time_clause_end(folded, lang, start, end):
    """The comma closing a time clause that opens the sentence starting at start ("After
    Kazakhstan joined the accords, ...", "Nachdem Kasachstan ... verkündet hatte, ...",
    "Kazakistan ... katıldıktan sonra, ..."), before end; None where the sentence opens with
    none."""
    pattern = _time_clause_re(lang)
    if pattern is None:
        return None
    match = pattern.match(folded, start, min(end, start + _TIME_CLAUSE_REACH))
    return match.end() - 1 if match else None


def sentence_start_before(folded, position):
    """Where the sentence holding position starts (after the last sentence end before it,
    looked for a few hundred characters back)."""
    floor = max(0, position - _SENTENCE_OPENING_REACH)
    start = floor
    for match in SENTENCE_MARK_RE.finditer(folded, floor, position):
        start = match.end()
    while start < position and folded[start].isspace():
        start += 1
    return start


def _named_past_time_clause(folded, lang, mentions, start, end):
    """Whether a time clause opening the sentence holds start and closes before end, with a
    country named between its closing comma and end: "Nachdem Kasachstan den Beitritt
    verkündet hatte, geriet die israelische Politik ins Stocken", "..., סעודיה הקפיאה את
    המגעים" (the halt is the main clause's subject's, not of the joining before)."""
    if not COMMA_RE.search(folded, start, end):
        return False  # the common case: no comma between the parts
    closing = time_clause_end(folded, lang, sentence_start_before(folded, start), end)
    if closing is None or not start < closing < end:
        return False
    # Arabic "، تعثرت السياسة الإسرائيلية": the subject right after its verb
    reach = end + _SUBJECT_AFTER_VERB if lang.verb_first else end
    return bool(_between(mentions, closing, reach))


_SUBJECT_AFTER_VERB = 40


_UNRELATED_AFTER = 24  # "nothing to do with the Abraham Accords": the accords' name after it
_UNRELATED_BEFORE = 12  # "İbrahim Anlaşmaları ile hiçbir ilgisi yok": before it (suffixes between)


def _disowns(unrelated, topics):
    """ "has nothing to do with the Abraham Accords", "n'a rien à voir avec les accords",
    "ارتباطی با پیمان ابراهیم ندارد", "İbrahim Anlaşmaları ile hiçbir ilgisi yok": a word of
    `unrelated` with the accords' name right after it, inside its split, or right before it
    (verb-final order), and the accords named nowhere else in the sentence ("Morocco, which
    signed the accords, said the pipeline has nothing to do with them" keeps its signing):
    the sentence says its subject is not the accords."""

    def pointed(topic):
        for word in unrelated:
            end = word.tail_end or word.end
            if word.start <= topic.start <= end + _UNRELATED_AFTER:
                return True
            if 0 <= word.start - topic.end <= _UNRELATED_BEFORE:
                return True
        return False

    named = [t for t in topics if pointed(t)]
    # "Авраам келісімдеріне": the name's own words found inside it are that name
    return bool(named) and all(
        any(n.start <= t.start and t.end <= n.end for n in named) for t in topics
    )
