"""One sentence under analysis (`_Sentence`): its words by category, its
clause breaks, and the questions the later steps ask about them."""

import bisect
import collections
import datetime
import functools
import itertools
import re
from dataclasses import dataclass, field

from .dates import find_dates
from .finding import _DATELINE_RE, _crosses, time_clause_end
from .statuses import FOUNDERS
from .text import COMMA_RE

_ACCORDS_NAME_RE = re.compile(r"abra|avra|ibra|авра|абра|ибра|براه|ברה")
_OBJECT_REACH = 25  # "declaration on the mutual", "туралы бірлескен": a document and its object
# "Marokko wiederum, seit ... dabei, ...": one word between the country and the opening comma
_SET_OFF_GAP = 12
_HYPHENS = ("-", "\u2010", "\u2011")  # "UN-Mitgliedstaat": an organisation fused to a cue
_OFF_TOPIC_REACH = 80  # "trade" this close to "signed", in its clause, makes it a trade signing
_PRECEDENT_GAP = 3  # "после присоединения", "après l'adhésion": the after-word to the joining noun
DECISION_GAP = 12  # "после решения Казахстана", "Kazakhstan's move to": a decision noun between
_WORDS_RE = re.compile(r"\w+")
_DASHES = "—–"
_PARENTHETICAL_REACH = 200  # the longest parenthetical between two dashes skipped whole
_SUFFIX_BEFORE_CUE = 6  # "Barış Kurulu'na katılmayı", "Бейбітшілік кеңесіне қосылу"
_SUFFIX_RE = re.compile(r"[\w'’]{0,4}\s+(?:\w{1,3}\s+)?")  # a case ending, an article


@functools.cache
def _decision_filler(lang):
    """The words that may stand between an after-word and the country whose decision
    follows: decision nouns, articles and the words of genitives ("после решения", "après
    la décision du")."""
    return lang.decision_nouns.union(
        lang.articles, *(_WORDS_RE.findall(g) for g in lang.genitives or ())
    )


def _decided(lang, after_word, before, after):
    """ "после решения Казахстана присоединиться", "Following Kazakhstan's move to join",
    "Menyusul langkah Kazakhstan bergabung": a decision noun between the after-word and
    the country (`before`), between the country's possessive and its step (`after`), or
    ending the after-word itself; nothing else in either gap."""
    decisions = lang.decision_nouns
    if not decisions:
        return False
    words_before = _WORDS_RE.findall(before)
    words_after = _WORDS_RE.findall(after[2:] if after.startswith(POSSESSIVES) else after)
    last_words = _WORDS_RE.findall(after_word)[-1:]
    return (
        set(words_before) <= _decision_filler(lang)
        and set(words_after) <= decisions
        and bool(decisions & {*words_before, *words_after, *last_words})
    )


_FIRST_WORD_RE = re.compile(r"\w*")
_COMMAS = ",،"  # the Latin comma and the Arabic one (Arabic, Persian)
_SEMICOLON_RE = re.compile("[;؛]")
_PRECEDENT_SUFFIX_RE = re.compile(r"\w{0,6}\s{1,2}$")  # "katılmasının ardından": the noun's ending
# "Sudan's accession", "Following Kazakhstan's accession": a possessive between a name and its step
POSSESSIVES = ("'s", "’s")


class _NoWords(list):
    """The words of a category the sentence does not hold: an empty list that
    cannot be changed (one is shared by every sentence)."""

    def _refuse(self, *args, **kwargs):
        raise TypeError("the empty word list is shared: copy it to change it")

    append = extend = insert = remove = pop = clear = sort = reverse = _refuse
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse


_NO_WORDS = _NoWords()
_NO_WORDS_FACTORY = itertools.repeat(_NO_WORDS).__next__  # a C call: no Python frame per miss


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
    # ends of "signed" describing the accords or another agreement: the date right after is theirs
    participles: list = field(default_factory=list)
    # the starts of participles standing before the accords' name ("2020'de imzalanan
    # İbrahim Anlaşmaları"): the date right before one is theirs
    participles_before: list = field(default_factory=list)
    found_strong_topics: list | None = None
    found_strong_punctuation: list | None = None
    found_dash_pairs: dict | None = None
    found_time_clause: int | None = -1  # -1: not looked for yet

    def __post_init__(self):
        # words(category) is asked hundreds of times per article: a dict's own
        # item lookup (a category missing gives the shared empty list)
        self.words = collections.defaultdict(_NO_WORDS_FACTORY, self.by_category).__getitem__

    def dates(self):
        """The sentence's dates, found once (gaps and scoring both need them)."""
        if self.found_dates is None:
            found = find_dates(self.folded, self.start, self.end, self.lang, self.published)
            # "WASHINGTON, 7 Nov -- X will join, Trump said after meeting its
            # president yesterday": the dateline's day is the wire's, the
            # sentence's own date (here yesterday) the step's
            dateline = found and _DATELINE_RE.match(self.folded, self.start, self.end)
            if dateline and len(dateline.group().split()) <= 8:
                inside = [d for d in found if d.end <= dateline.end()]
                if inside and len(inside) < len(found):
                    found = found[len(inside) :]
                    anchor = _dateline_day(inside[-1], self.published)
                    if anchor is not None and any(d.relative for d in found):
                        # "KUALA LUMPUR, 3 Feb – Malaysia hari ini menegaskan ...": a
                        # relative day counts from the dateline's day, not the page's
                        found = find_dates(self.folded, dateline.end(), self.end, self.lang, anchor)
            self.found_dates = found
        return self.found_dates

    def strong_punctuation(self):
        # a colon introduces what the subject said ("the kingdom's position
        # had not changed: normalization would require ..."): no break here
        if self.found_strong_punctuation is None:
            self.found_strong_punctuation = [p for p in self.punctuation if self.folded[p] != ":"]
        return self.found_strong_punctuation

    def words(self, category):  # replaced per instance by __post_init__; kept for readers
        return self.by_category.get(category, _NO_WORDS)

    def crosses(self, left, right):
        return self._crosses_outside_pairs(self.breaks, left, right)

    def crosses_strong(self, left, right):
        """Whether strong punctuation (not a colon) stands between left and right, a
        parenthetical between two dashes skipped whole."""
        return self._crosses_outside_pairs(self.strong_punctuation(), left, right)

    def _crosses_outside_pairs(self, breaks, left, right):
        if not _crosses(breaks, left, right):
            return False
        pairs = self.dash_pairs()
        if not pairs:
            return True
        # "Ahmad el-Chareh, qui a rencontré Trump – une première –, n'exclut plus ...": a
        # parenthetical between two dashes, both between left and right, is skipped whole
        position = bisect.bisect_left(breaks, left)
        for b in breaks[position:]:
            if b >= right:
                break
            partner = pairs.get(b)
            if partner is None or not left <= partner < right:
                return True
        return False

    def time_clause(self):
        """The comma closing a time clause that opens the sentence ("After Kazakhstan
        joined the accords, ...", `time_clauses`), or None; looked for once."""
        if self.found_time_clause == -1:
            self.found_time_clause = time_clause_end(self.folded, self.lang, self.start, self.end)
        return self.found_time_clause

    def time_clause_between(self, left, right):
        """Whether the comma closing an opening time clause stands between left and right."""
        closing = self.time_clause()
        return closing is not None and left < closing < right

    def dash_pairs(self):
        """{dash: its partner} for the dashes that open and close a parenthetical (the
        first and second dash of the sentence, then the third and fourth, ...), with
        no other clause punctuation between them."""
        if self.found_dash_pairs is None:
            pairs = {}
            dashes = [p for p in self.punctuation if self.folded[p] in _DASHES]
            for opening, closing in zip(dashes[::2], dashes[1::2], strict=False):
                if closing - opening <= _PARENTHETICAL_REACH and not any(
                    opening < p < closing for p in self.punctuation
                ):
                    pairs[opening], pairs[closing] = closing, opening
            self.found_dash_pairs = pairs
        return self.found_dash_pairs

    def near_before(self, items, position, reach):
        if not items:
            return False  # the common case: no word of the kind in the sentence
        return any(
            position - reach <= item.end <= position + 1 and not self.crosses(item.end, position)
            for item in items
        ) or any(item.start >= position and item.end <= position + 1 for item in items)

    def strong_topics(self):
        # "Israel" alone does not make "signed" or "negotiations" about the
        # accords (gas deals, ceasefire talks); their name or "normalization" does
        if self.found_strong_topics is None:
            self.found_strong_topics = [
                t
                for t in self.words("topic")
                if not any(s <= t.start < e or t.start <= s < t.end for s, e in self.israel)
            ]
        return self.found_strong_topics

    def organisation_after(self, cue):
        """ "will join the BRICS": an organisation after the cue in its clause; or one
        fused right before it ("UN-Mitgliedstaat", "EU-Beitritt", "NATO-Mitglied"),
        whose member or joining the cue names."""
        return any(
            (0 <= o.start - cue.end <= 40 and not self.crosses(cue.end, o.start))
            or self.folded[o.end : cue.start] in _HYPHENS
            # "Barış Kurulu'na katılmayı reddetti", "dem Friedensrat beizutreten": where the
            # object stands before the verb, the body right before the joining word
            or (
                self._object_first()
                and 0 <= cue.start - o.end <= _SUFFIX_BEFORE_CUE
                and _SUFFIX_RE.fullmatch(self.folded, o.end, cue.start) is not None
            )
            for o in self.words("organisations")
        )

    def _object_first(self):
        """Whether the language puts the object before its verb (German's verb-final
        clauses, Turkish, Kazakh, Persian)."""
        lang = self.lang
        return lang.verb_final or lang.preconditions_follow or lang.subject_first

    def other_counterpart(self, cue):
        """A country other than the founders right after "with" following the cue,
        with another country in the sentence to have broken off with it ("Algeria
        broke off relations with Morocco", "Israel froze its ties with Turkey");
        "talks with Riyadh are frozen", naming no other, is Israel's counterpart's halt."""
        for marker in self.words("partners"):
            if 0 <= marker.start - cue.end <= 30 and not self.crosses(cue.end, marker.start):
                named = [m for m in self.mentions if 0 <= m.word_start - marker.end <= 8]
                if named and named[0].country not in FOUNDERS:
                    return any(
                        m.country != named[0].country and not self.in_attack(m)
                        for m in self.mentions
                    )
        return False

    def precedent_owner(self, start, end, status):
        """The country of a joining told as a precedent, with another country in the
        sentence to take the rest: an after-word (a comparison) right before the joining
        noun and the country right after it ("После присоединения Казахстана", "بعد
        انضمام كازاخستان", "l'adhésion du Kazakhstan"), the country between the after-word
        and its possessive noun or gerund ("Following Kazakhstan's accession", "In the
        wake of Kazakhstan joining"), or an after-postposition right after the noun and
        the country before it ("Kazakistan'ın ... katılmasının ardından"). None otherwise.
        A gerund is told by its ending (`gerund_endings`: English "-ing")."""
        if status not in ("announced", "joined"):
            return None
        folded, mentions = self.folded, self.mentions
        owner = None
        for c in self.words("comparisons"):
            if 0 <= start - c.end <= _PRECEDENT_GAP and not folded[c.end : start].strip():
                genitives = ("",) + tuple(self.lang.genitives or ())
                owner = next(
                    (
                        m
                        for m in mentions
                        if 0 <= m.word_start - end <= 12
                        and folded[end : m.word_start].strip() in genitives
                    ),
                    None,
                )
            else:
                owner = (
                    next(
                        (
                            m
                            for m in mentions
                            if 0 <= m.word_start - c.end <= DECISION_GAP
                            and 0 <= start - m.word_end <= DECISION_GAP
                            and _decided(
                                self.lang,
                                folded[c.start : c.end],
                                folded[c.end : m.word_start],
                                folded[m.word_end : start],
                            )
                        ),
                        None,
                    )
                    or next(
                        (
                            m
                            for m in mentions
                            if 0 <= m.word_start - c.end <= _PRECEDENT_GAP
                            and not folded[c.end : m.word_start].strip()
                            and (
                                folded[m.word_end : start].strip() in POSSESSIVES
                                or (
                                    not folded[m.word_end : start].strip()
                                    and _FIRST_WORD_RE.match(folded, start, end)
                                    .group()
                                    .endswith(self.lang.gerund_endings)
                                )
                                # German "Nach Kasachstans Beitritt": the name in the genitive
                                or (
                                    not folded[m.word_end : start].strip()
                                    and m.kind == "name"
                                    and folded[m.end : m.word_end] in self.lang.genitive_suffixes
                                )
                            )
                        ),
                        None,
                    )
                )
            if owner is not None:
                break
        if owner is None:
            for c in self.words("comparisons_after"):
                if 0 <= c.start - end <= 10 and _PRECEDENT_SUFFIX_RE.match(folded, end, c.start):
                    before = [
                        m for m in mentions if m.end <= start and not self.crosses(m.end, start)
                    ]
                    owner = before[-1] if before else None
                    break
        if owner is None or owner.country in FOUNDERS:
            return None
        if not any(
            m.country != owner.country and m.country not in FOUNDERS and m.start > end
            for m in mentions
        ):
            return None  # no other country to take the sentence's other steps
        return owner

    def closed_relatives(self, before):
        """(relative word, closing comma) of each relative clause opened by a comma
        (", which", ", yang", Arabic and Persian "،") and closed by the next comma
        before `before` ("Mauritania, which severed ties with Israel, could join")."""
        found = []
        folded = self.folded
        for r in self.words("relatives") + self._object_relatives(before):
            if r.start >= before or folded[r.start] not in _COMMAS:
                continue
            close = COMMA_RE.search(folded, r.end, before)
            # "the UAE and Bahrain, which signed in September 2020; Morocco, ...": a clause
            # ended by a semicolon is not closed by a comma after it
            if close is not None and not _SEMICOLON_RE.search(folded, r.end, close.start()):
                found.append((r, close.start()))
        return found

    def _object_relatives(self, before):
        """Object relatives (`object_relatives`: ", a la que", ", на который") a comma opens
        before `before`: closed by a comma, such a clause is a relative clause too ("Arabia
        Saudí, a la que Washington presiona, mantiene congeladas las conversaciones")."""
        words = self.lang.object_relatives
        if not words:
            return []
        pattern = _object_relative_re(words)
        return [
            _Span(m.start(), m.end())
            for m in pattern.finditer(self.folded, self.start, min(before, self.end))
        ]

    def in_attack(self, mention, *, target=True):
        """Named in an attack's words, as its author ("the Israeli strike on") or,
        unless target is False, as its target right after them ("... on Qatar"): no
        party to anything the sentence says was done."""
        return any(
            t.start <= mention.start
            and (mention.end <= t.end or target and mention.word_start - t.end <= 6)
            for t in self.words("targets")
        )

    def off_topic_near(self, cue):
        # "signed a trade agreement": the other subject must be in the cue's
        # clause, and nearer to the cue than any word naming the accords
        def distance(item):
            return abs(item.start - cue.start)

        near = [
            o
            for o in self.words("off_topic")
            # "approved the peace treaty", "meluluskan perjanjian damai dengan Israel": a
            # cue that holds the other words names its own object, as a ratifying split
            # cue's tail does ("اعتمد مجلس الوزراء ... معاهدة السلام مع إسرائيل"; a halt's
            # head inside "المفاوضات الأمنية" still names the other talks)
            if not (cue.start <= o.start and o.end <= cue.end)
            and not (
                cue.payload == "ratified"
                and cue.tail_end is not None
                and cue.end <= o.start
                and o.end <= cue.tail_end
            )
            and distance(o) <= _OFF_TOPIC_REACH
            and not self.crosses(min(o.start, cue.start), max(o.start, cue.start))
            and not self._set_off_before(cue, o)
        ]
        if not near:
            return False
        if self.lang.verb_final and any(0 <= cue.start - o.end <= 2 for o in near):
            # Kazakh "қорғаныс келісіміне қол қойды": the object right
            # before a verb-final verb is what was signed, whatever follows
            return True
        # "signed a joint declaration on mutual recognition", Kazakh "өзара тану
        # туралы декларацияға": a name of the accords' own documents whose
        # object (after it, before it in verb-final languages) is another
        # subject names that other agreement
        strong = [t for t in self.strong_topics() if not any(self._names_other(t, o) for o in near)]
        # "устав которого ... подписал, а с нормализацией это не связано", "whose charter X
        # signed, but it has nothing to do with normalisation": the accords named past a
        # clause-break word ("but", ", а") are another clause's, not what this cue signed
        strong = [t for t in strong if not self._past_break_word(cue, t)]
        return not strong or min(map(distance, near)) < min(map(distance, strong))

    def _past_break_word(self, cue, topic):
        """A clause-break word ("but", ", а", "mientras") stands between the cue and the topic."""
        left, right = min(cue.end, topic.end), max(cue.start, topic.start)
        return any(left <= b.start and b.end <= right for b in self.words("clause_breaks"))

    def _set_off_before(self, cue, other):
        """The cue stands in a phrase set off by commas right after a country ("Marokko,
        seit Dezember 2020 mit von der Partie, setzt auf Tourismus"; "Рабат, восстановивший
        отношения с Израилем ..., делает ставку на туризм"): the other subject after the
        closing comma is the main clause's, not the cue's."""
        if other.start < cue.end:
            return False
        folded = self.folded
        opening = folded.rfind(",", self.start, cue.start)
        if opening < 0 or folded.find(",", cue.end, other.start) < 0:
            return False
        # the country right before the opening comma, or with one word between ("Marokko
        # wiederum,")
        return any(
            m.end <= opening and len(folded[m.end : opening].strip()) <= _SET_OFF_GAP
            for m in self.mentions
        )

    def _names_other(self, topic, other):
        if _ACCORDS_NAME_RE.search(self.folded[topic.start : topic.end]):
            return False  # "the Abraham Accords by a decade": the accords' own name
        if other.start <= topic.start and topic.end <= other.end:
            return True  # "deklarasi damai", "peace declaration": the word is the other's name
        spans = [(topic.end, other.start)]
        if self.lang.verb_final:
            spans.append((other.end, topic.start))
        return any(
            0 <= end - start <= _OBJECT_REACH
            and not any(c in ",.;:" for c in self.folded[start:end])
            for start, end in spans
        )


# days a dated line may stand before the page's publication: a wire's dateline a few days,
# a search result's snippet or an archive entry ("6 nov 2025 — Trump anunció este jueves
# ...", on a page read months later) any day since the accords
_DATELINE_LAG = 4000


def _dateline_day(date, published):
    """The day of a dateline's date if it is a day before the publication, else None
    (the publication day itself changes nothing)."""
    if date.precision != "day" or published is None:
        return None
    day = datetime.date.fromisoformat(date.value)
    return day if 0 < (published - day).days <= _DATELINE_LAG else None


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


@functools.cache
def _object_relative_re(words):
    """A comma, then one of the object relative words whole (", a la que", ", на который")."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[,،]\s*(?:{alternatives})(?![^\W_])")
