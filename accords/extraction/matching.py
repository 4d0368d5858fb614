"""Whole-word scanning of folded text with an Aho-Corasick automaton.

pyahocorasick finds keys anywhere, even inside words ("oman" in "romania"), so
every hit is checked here: it must start and end at a word boundary, except
for a clitic prefix (Arabic "وال", Hebrew "ו") or an inflection suffix
(Russian "-а", Kazakh "-ның") that the language file allows, or a "*" wildcard
cue, which may end anywhere inside a word.
"""

import functools
import re
from operator import attrgetter
from typing import NamedTuple

from .languages import inner_adverb_step
from .text import alternation


class Hit(NamedTuple):
    start: int  # folded offsets of the key itself
    end: int
    word_start: int  # including an accepted prefix
    word_end: int  # including an accepted suffix or the wildcard's rest of word
    entries: tuple


# a run of characters for which str.isalnum() is true, found in one call
_ALNUM_RUN_RE = re.compile(r"[^\W_]*")
_new_hit = tuple.__new__  # Hit's fields without the call through its __new__
_START = attrgetter("start")
_END = attrgetter("end")


def _prefix_start(folded, start, lang):
    # a key that starts with punctuation (", and") needs no boundary before it
    if start == 0 or not folded[start - 1].isalnum() or not folded[start].isalnum():
        return start
    if not lang.max_prefix:
        return None  # inside a word, and the language allows no clitic prefix
    limit = max(0, start - lang.max_prefix - 1)
    position = start
    while position > limit and folded[position - 1].isalnum():
        position -= 1
    if position > 0 and folded[position - 1].isalnum():
        return None  # the word goes on further back than any prefix
    return position if folded[position:start] in lang.prefixes else None


def _suffix_end(folded, end, lang, wildcard):
    length = len(folded)
    if end >= length or not folded[end].isalnum() or not folded[end - 1].isalnum():
        return end
    if wildcard:
        return _ALNUM_RUN_RE.match(folded, end).end()
    if not lang.max_suffix:
        return None
    position = _ALNUM_RUN_RE.match(folded, end, min(length, end + lang.max_suffix + 1)).end()
    if position < length and folded[position].isalnum():
        return None
    return position if folded[end:position] in lang.suffixes else None


_TAIL_REACH = 100  # German puts the verb's second part at the clause end
# a verb-final language's halt ends the clause its process opened, a relative clause between
# ("مذاکرات عادی‌سازی ... که با میانجی‌گری دولت جو بایدن پیش می‌رفت، ... متوقف شد")
HALT_TAIL_REACH = 140
# a full stop after a day of one or two digits before a word ("am 7. Oktober",
# German ordinal days) ends no sentence
_SENTENCE_END_RE = re.compile(r"[!?;؟\n]|(?<!\d)\.|(?<=\d{3})\.|(?<=\d)\.(?!\s\w)")


@functools.cache
def _any_of(tails):
    """One pattern for a tuple of tails: the first at a word's start, the longest there
    (a tail opening with a comma, a participle set off after the head's noun phrase,
    "talks between X and Israel, frozen since", may follow a word directly)."""
    words = alternation(tuple(t for t in tails if not t.startswith(",")))
    commas = alternation(tuple(t for t in tails if t.startswith(",")))
    both = "|".join(p for p in (words and rf"(?<!\w)(?:{words})", commas) if p)
    return re.compile(both)


def _tail_span(folded, start, tail, reach=_TAIL_REACH):
    """(start, end) of the tail word(s) within a few words after start, in the same sentence;
    tail is one folded phrase or a tuple of them (the first found)."""
    window = folded[start : start + reach]
    if isinstance(tail, tuple):
        pattern = _any_of(tail)
        if not pattern.search(window):
            return None
        stop = _SENTENCE_END_RE.search(window)
        match = pattern.search(window[: stop.start()] if stop else window)
        if not match:
            return None
        end = start + match.end()
        while end < len(folded) and folded[end].isalnum():
            end += 1
        return start + match.start(), end
    if tail not in window:
        return None  # the common case: no sentence end to look for
    stop = _SENTENCE_END_RE.search(window)
    if stop:
        window = window[: stop.start()]
    position = window.find(tail)
    while position >= 0:
        before = window[position - 1] if position > 0 else " "
        if not before.isalnum() or tail.startswith(","):
            end = start + position + len(tail)
            while end < len(folded) and folded[end].isalnum():
                end += 1
            return start + position, end
        position = window.find(tail, position + 1)
    return None


_SCREENS = {}  # id of an automaton value's entries -> (the entries, their tail screen)


def tail_screen(entries):
    """One pattern finding any tail of these entries as plain text, or None if
    none has a tail: every tail needs it to match within reach first, so a
    key with hundreds of split cues ("normalization ~ is back on the table",
    ...) costs one search where none of its tails follows (the common case).
    Kept by the id of the entries, which live as long as their automaton."""
    found = _SCREENS.get(id(entries))
    if found is None or found[0] is not entries:
        tails = set()
        for entry in entries:
            tail = getattr(entry, "tail", None)
            if tail:
                tails.update(tail if isinstance(tail, tuple) else (tail,))
        pattern = None
        if tails:
            pattern = re.compile(alternation(tails))
        found = _SCREENS[id(entries)] = (entries, pattern)
    return found[1]


def tail_within_reach(folded, start, entries, reach=_TAIL_REACH):
    """Whether any tail of the entries appears within reach after start (a
    necessary condition for _tail_span to find one)."""
    screen = tail_screen(entries)
    return screen is not None and screen.search(folded, start, start + reach) is not None


def _no_tail_found(folded, hit, particles=frozenset()):
    """A hit made only of split cues ("çağırdı ~ katılmaya") none of whose tails
    follows: it is no cue, and must not hide a shorter one it overlaps
    ("çağır*", a modal). particles: the language's `clause_final_particles`, a tail of
    one found further where it closes the clause (_clause_final_tail)."""
    for entry in hit.entries:
        if not getattr(entry, "tail", None):
            return False  # the common case: a cue read as it is
    far = _particle_tails(hit.entries, particles)
    if far and any(_clause_final_tail(folded, hit.word_end, e.tail, _TAIL_REACH) for e in far):
        return False
    if not tail_within_reach(folded, hit.word_end, hit.entries):
        return True
    return not any(_tail_span(folded, hit.word_end, entry.tail) for entry in hit.entries)


_PARTICLE_TAIL_REACH = 220  # the longest German middle field before a clause-final particle
_PARTICLES = {}  # id of an automaton value's entries -> (the entries, those with a particle tail)
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?)»“”\"]|$)")


def _particle_tails(entries, particles):
    """The entries whose tail is a separable verb's particle (`clause_final_particles`:
    German "an", "bei", "aus", "ab"), every alternative of it ending in one; an empty
    frozenset where the language lists none. Kept by the id of the entries."""
    if not particles:
        return frozenset()
    found = _PARTICLES.get(id(entries))
    if found is None or found[0] is not entries:
        found = _PARTICLES[id(entries)] = (
            entries,
            frozenset(e for e in entries if e.tail and _ends_in_particle(e.tail, particles)),
        )
    return found[1]


def _ends_in_particle(tail, particles):
    tails = tail if isinstance(tail, tuple) else (tail,)
    return all(t.split()[-1] in particles for t in tails if t.split())


def _clause_final_tail(folded, start, tail, reach):
    """A separable verb's particle past the usual reach, up to _PARTICLE_TAIL_REACH, where it
    closes the clause (punctuation or the text's end right after it): "Indonesien lehnte
    am Montag in einer Erklärung des Außenministeriums ... eine Normalisierung erneut ab."
    None where no such particle is found."""
    far = _tail_span(folded, start, tail, _PARTICLE_TAIL_REACH)
    if far is None or far[0] - start < reach:
        return None  # none, or the first one within reach already failed
    return far if _CLAUSE_END_RE.match(folded, far[1]) else None


def _key_start(folded, start, lang, prefix_ends):
    """Where a key starting at start starts with its prefix, or None where it
    starts inside a word (the test scan and scan_all make before a hit)."""
    if start and folded[start - 1].isalnum() and folded[start].isalnum():
        max_prefix = lang.max_prefix
        if (
            not max_prefix
            or start >= max_prefix + 2
            and folded[start - max_prefix - 2 : start].isalnum()
        ):
            return None
        if folded[start - 1] not in prefix_ends:
            return None
        return _prefix_start(folded, start, lang)
    return start


def _joined(text, end, phrases):
    """(number of the automaton, end, Rest) of each rest of the factored phrases
    (phrases: (number of the automaton, Rests)) that follows a head ending at end in
    text at once: the keys the phrases would have written out that end there."""
    for number, factored in phrases:
        rests = factored.rests
        prefix = text[end : end + factored.prefix_length]
        for length in factored.lengths.get(prefix, factored.shorter):
            if end + length <= len(text):
                rest = rests.get(text[end : end + length])
                if rest is not None:
                    yield number, end + length, rest


def _joined_hits(folded, start, end, phrases, lang, prefix_ends, suffix_starts):
    """(number of the automaton, Hit) of each key of a factored phrase whose head
    is found at start..end: the hits its written-out keys would give."""
    word_start = None
    length = len(folded)
    for number, key_end, rest in _joined(folded, end, phrases):
        if word_start is None:
            word_start = _key_start(folded, start, lang, prefix_ends)
            if word_start is None:
                return
        word_end = key_end
        if key_end < length and folded[key_end].isalnum() and folded[key_end - 1].isalnum():
            word_end = _inside_end(folded, key_end, lang, rest.wildcard, suffix_starts)
            if word_end is None:
                continue
        yield number, _new_hit(Hit, (start, key_end, word_start, word_end, rest.entries))


def scan(automaton, folded, lang, *, overlapping=False, extra=()):
    """Whole-word hits in text order; where hits overlap the leftmost longest
    wins, unless overlapping is asked for.  extra: hits found otherwise
    (adverb_hits), ordered with these after them, as scan_all orders them: where an
    extra hit spans what a key's hit spans, the key's is kept."""
    if not len(automaton):
        return []
    candidates = []
    append = candidates.append
    length = len(folded)
    max_prefix, max_suffix = lang.max_prefix, lang.max_suffix
    # an accepted prefix ends with, and a suffix starts with, one of these letters
    prefix_ends = {prefix[-1] for prefix in lang.prefixes if prefix}
    suffix_starts = {suffix[0] for suffix in lang.suffixes if suffix}
    for last, (key_length, entries, wildcard, factored) in automaton.iter(folded):
        end = last + 1
        if factored:
            # the head of a factored phrase: its rests looked up right after it
            phrases = [(0, rests) for rests in factored]
            for _, hit in _joined_hits(
                folded, end - key_length, end, phrases, lang, prefix_ends, suffix_starts
            ):
                candidates.append(hit)
            if not entries:
                continue
        # the end first: it is the cheaper test and rejects most hits inside
        # words.  A key ending at a word boundary needs no suffix (the common
        # case, tested here without a call), nor does one in a language
        # without suffixes need the call to be turned down
        if end < length and folded[end].isalnum() and folded[last].isalnum():
            if not wildcard:
                # the word goes on beyond any suffix: turned down without a call
                if (
                    not max_suffix
                    or folded[end : end + max_suffix + 2].isalnum()
                    and end + max_suffix + 2 <= length
                ):
                    continue
                if folded[end] not in suffix_starts:
                    continue  # no suffix of the language starts with the next letter
            word_end = _suffix_end(folded, end, lang, wildcard)
            if word_end is None:
                continue
        else:
            word_end = end
        start = end - key_length
        if start and folded[start - 1].isalnum() and folded[start].isalnum():
            # the word starts further back than any prefix: turned down without a call
            if (
                not max_prefix
                or start >= max_prefix + 2
                and folded[start - max_prefix - 2 : start].isalnum()
            ):
                continue
            if folded[start - 1] not in prefix_ends:
                continue  # no prefix of the language ends with the letter before
            word_start = _prefix_start(folded, start, lang)
            if word_start is None:
                continue
        else:
            word_start = start
        append(_new_hit(Hit, (start, end, word_start, word_end, entries)))
    candidates.extend(extra)
    return _ordered(
        candidates, folded, overlapping=overlapping, particles=lang.clause_final_particles
    )


def scan_all(lang, folded):
    """The hits of each automaton lang.words combines (countries, cues,
    context), found in one pass over the text: for each, the list scan()
    would give for that automaton alone (countries and cues leftmost-longest,
    context overlapping)."""
    automaton = lang.words
    found = ([], [], [])
    if not len(automaton):
        return found
    length = len(folded)
    max_prefix, max_suffix = lang.max_prefix, lang.max_suffix
    prefix_ends = {prefix[-1] for prefix in lang.prefixes if prefix}
    suffix_starts = {suffix[0] for suffix in lang.suffixes if suffix}
    for last, (key_length, holders, wildcard, factored) in automaton.iter(folded):
        end = last + 1
        if factored is not None:
            # the head of a factored phrase: its rests looked up right after it
            for number, hit in _joined_hits(
                folded, end - key_length, end, factored, lang, prefix_ends, suffix_starts
            ):
                found[number].append(hit)
            if not holders:
                continue
        # as in scan: the end first, and a key inside a word turned down without a call
        inside = end < length and folded[end].isalnum() and folded[last].isalnum()
        if inside:
            if not wildcard:
                if (
                    not max_suffix
                    or folded[end : end + max_suffix + 2].isalnum()
                    and end + max_suffix + 2 <= length
                ):
                    continue
                if folded[end] not in suffix_starts:
                    continue
                plain_end = _suffix_end(folded, end, lang, False)
                if plain_end is None:
                    continue
            else:
                plain_end = None  # worked out below for the holders that are no wildcard
        start = end - key_length
        if start and folded[start - 1].isalnum() and folded[start].isalnum():
            if (
                not max_prefix
                or start >= max_prefix + 2
                and folded[start - max_prefix - 2 : start].isalnum()
            ):
                continue
            if folded[start - 1] not in prefix_ends:
                continue
            word_start = _prefix_start(folded, start, lang)
            if word_start is None:
                continue
        else:
            word_start = start
        if not inside:
            for number, entries, _ in holders:
                found[number].append(_new_hit(Hit, (start, end, word_start, end, entries)))
        elif not wildcard:
            for number, entries, _ in holders:
                found[number].append(_new_hit(Hit, (start, end, word_start, plain_end, entries)))
        else:
            for number, entries, holder_wildcard in holders:
                word_end = _inside_end(folded, end, lang, holder_wildcard, suffix_starts)
                if word_end is not None:
                    found[number].append(_new_hit(Hit, (start, end, word_start, word_end, entries)))
    if lang.inner_adverbs is not None:
        found[1].extend(adverb_hits(lang, folded, suffix_starts))
    return tuple(
        _ordered(candidates, folded, overlapping=number == 2, particles=lang.clause_final_particles)
        for number, candidates in enumerate(found)
    )


_ADVERB_REACH = 200  # the longest cue read after an auxiliary and its adverbs


def adverb_hits(lang, folded, suffix_starts=None):
    """Status and generic cues opening with an auxiliary, found with inner
    adverbs between the auxiliary and the rest ("will soon join", "va très
    bientôt rejoindre", "akan segera bergabung"): each is the cue read as if
    the adverbs were not there, spanning them, its step changed by them (see
    languages.inner_adverb_step).  The text is searched for an auxiliary
    followed by adverbs; only there is the automaton run again, on the
    auxiliary joined to what follows the adverbs."""
    inner = lang.inner_adverbs
    if suffix_starts is None:
        suffix_starts = {suffix[0] for suffix in lang.suffixes if suffix}
    hits = []
    # an auxiliary, or any simple verb before an adverb that may follow it
    # ("congeló después sus contactos": the word before the adverb is the head)
    for pattern, adverb_re in (
        (inner.pattern, inner.adverb),
        (inner.after_verbs, inner.after_verb_adverb),
    ):
        if pattern is None:
            continue
        for match in pattern.finditer(folded):
            start, cut = match.start(), match.start(1)
            head = folded[start:cut]  # the auxiliary and its space
            if not head.endswith(" "):  # "have, however, been": the auxiliary before a comma
                head += " "
            # the rest may begin after any of the adverbs ("is soon likely to join":
            # "soon", then the cue "is likely to join")
            kinds = []
            position = cut
            while position < match.end():
                adverb = adverb_re.match(folded, position)
                if adverb is None:
                    break
                kinds.append(inner.kinds[adverb.group(1)])
                position = adverb.end()
                hits.extend(
                    _cues_after_adverbs(
                        lang, folded, start, head, position, tuple(kinds), suffix_starts
                    )
                )
    return hits


def _cues_after_adverbs(lang, folded, start, head, resume, kinds, suffix_starts):
    """The cues that open with the auxiliary (head, at start) and go on at resume."""
    hits = []
    window = head + folded[resume : resume + _ADVERB_REACH]
    for last, (key_length, holders, _, factored) in lang.words.iter(window):
        # a key starting at the auxiliary and going on after it
        if key_length != last + 1 or factored is None and last < len(head):
            continue
        keys = [(number, entries, wildcard, last + 1) for number, entries, wildcard in holders]
        if factored is not None:
            # the head of a factored phrase: the keys it stands for, read in the window
            keys += [
                (number, rest.entries, rest.wildcard, key_end)
                for number, key_end, rest in _joined(window, last + 1, factored)
            ]
        for number, entries, holder_wildcard, key_end in keys:
            if number != 1 or key_end <= len(head):
                continue
            end = resume + key_end - len(head)
            changed = _with_adverbs(entries, kinds)
            if not changed:
                continue
            word_end = end
            if end < len(folded) and folded[end].isalnum() and folded[end - 1].isalnum():
                word_end = _inside_end(folded, end, lang, holder_wildcard, suffix_starts)
                if word_end is None:
                    continue
            hits.append(_new_hit(Hit, (start, end, start, word_end, changed)))
    return hits


_WITH_ADVERBS = {}  # (id of an automaton value's entries, adverb kinds) -> (entries, changed)


def _with_adverbs(entries, kinds):
    """The status and generic entries of a cue, each with the step the adverbs
    leave it (entries left without a step are dropped).  The same tuple for the
    same cue and adverbs each time, so that what is kept by a tuple's id
    (tail_screen, finding._kinds) stays as many as the automaton's values."""
    key = (id(entries), tuple(kinds))
    found = _WITH_ADVERBS.get(key)
    if found is None or found[0] is not entries:
        found = _WITH_ADVERBS[key] = (entries, _changed_by_adverbs(entries, kinds))
    return found[1]


def _changed_by_adverbs(entries, kinds):
    changed = []
    for entry in entries:
        if entry.category not in ("status", "generic"):
            continue
        step = entry.payload
        for kind in kinds:
            step = step and inner_adverb_step(step, kind)
        if step:
            changed.append(entry if step == entry.payload else entry._replace(payload=step))
    return tuple(changed)


def _inside_end(folded, end, lang, wildcard, suffix_starts):
    """Where a key ending inside a word ends with its suffix or wildcard, or None."""
    if wildcard:
        return _suffix_end(folded, end, lang, True)
    max_suffix = lang.max_suffix
    if (
        not max_suffix
        or folded[end : end + max_suffix + 2].isalnum()
        and end + max_suffix + 2 <= len(folded)
    ):
        return None
    if folded[end] not in suffix_starts:
        return None
    return _suffix_end(folded, end, lang, False)


def _ordered(candidates, folded, *, overlapping, particles=frozenset()):
    """The hits by start, the longest first where two start together (two stable
    sorts: cheaper than one with a key function built for every hit); unless
    ``overlapping``, leftmost-longest: "tidak akan menormalisasi" wins over the
    later "akan menormalisasi hubungan", "Papua New Guinea" over "Guinea"; a split
    cue whose tail is missing from ``folded`` (the text the hits were found in)
    hides no shorter cue it overlaps."""
    candidates.sort(key=_END, reverse=True)
    candidates.sort(key=_START)
    if overlapping:
        return candidates
    kept = []
    last = len(candidates) - 1
    for number, hit in enumerate(candidates):
        if kept and hit.start < kept[-1].end:
            continue
        if (
            number < last
            and candidates[number + 1].start < hit.end
            and _no_tail_found(folded, hit, particles)
        ):
            continue  # a split cue whose tail is missing hides no shorter cue it overlaps
        kept.append(hit)
    return kept
