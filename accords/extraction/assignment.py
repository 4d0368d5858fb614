"""Who takes each step: the country list a step is about (`_assignments`),
after counterparts, comparisons, places and preconditions are left out
(`_subject_lists`); continuations ("followed by"), gapped lists ("and Sudan in
January 2021") and passives' agents."""

import bisect
import functools
import re

from .finding import SEMICOLONS, _conjunction_re, _crosses, _groups, _ledger_head
from .matching import _TAIL_REACH
from .records import _Assignment
from .sentence import DECISION_GAP, POSSESSIVES
from .statuses import CONFLICT_PARTIES, FOUNDERS, LAPSES, NOT_CANDIDATES
from .text import COMMA_RE, WORD_RE, alternation

# Founders only get a claim about leaving or freezing their own membership.
_FOUNDER_STATUSES = {"suspended", "withdrawn"}
_SUFFIX_RE = re.compile(r"'?(\w+)")
# the phrase opening a sentence, up to its first comma, is looked for this far
_OPENING_PHRASE_REACH = 80
_DATIVE_REACH = 60
# Turkish ablative endings ("'dan", "'den"): "from" a country, or the one a request is made of
_ABLATIVES = frozenset(("dan", "den", "ndan", "nden", "tan", "ten"))
_BETWEEN_GAP = 12  # "Riyad ile Tel Aviv": the postposition and a suffix between the two sides
_QUOTED_SPEAKER_GAP = 40  # "Iraqi Foreign Minister Fuad Hussein said": a speaker's name to the verb
# "», dijo el martes el príncipe heredero saudí": a day and a title between
_CLOSING_SPEAKER_GAP = 40
_CONDITION_BEFORE_RESTRICTION = (
    40  # "Палестина тәуелсіздік алғаннан кейін ғана": the condition's words
)
_CLOSING_REST = 25  # "on Tuesday", "in the Oval Office": after the closing speaker
_SPEAKER_GAP = 30  # "», a déclaré mardi le ministre koweïtien": reporting verb to speaker
# "Somaliland, a region that broke away from Somalia, says": after a name, at most one word
# (Malay "pula") and a comma, an apposition of words with no comma of its own
_APPOSITION_OPEN = re.compile(r"\s*(?:\w+\s*)?[,،]\s*([^,،;:.!?()]*)$")
_PAIR_MARKS = {"-", "–", "—", "/"}
_APPOSITION_CLOSE = re.compile(r"[^,،;:.!?()]{0,40}[,،]")
# the comma that closes a relative clause (a colon or semicolon ends the clause too)
_CLAUSE_CLOSE_RE = re.compile(r"[,،;:]")

# ", the fourth partner, ": a short apposition between a country and what it did
_FOLLOWER_APPOSITION_RE = re.compile(r"\s*[,،][^,،.;:!?\d]{1,40}[,،]\s*")
_APPOSITION_CLOSE_RE = re.compile(r"\s*[,،]\s*")
# "Sudan's transitional government", "Bahrain's king": a possessive and at most three words
_FOLLOWER_POSSESSIVE_RE = re.compile(r"(?:'s|’s)(?:\s+[^\W\d]+){1,3}\s+")


_LIST_GAP = 12  # characters between two names of one list (", ", " dan ", ", and the ")


_HEADLINE_REACH = 40  # characters from a headline's opening name to its step noun
_GENITIVE_OWNER_REACH = 30  # characters from a genitive owner to a refusal's words


def _condition_before(sentence, mention, word_start):
    """In a verb-final language a condition stands right before its word ("Палестина
    тәуелсіздік алғаннан кейін ғана"): the mention ends within reach of the word, in its
    clause."""
    return 0 <= word_start - mention.end <= _CONDITION_BEFORE_RESTRICTION and not sentence.crosses(
        mention.end, word_start
    )


def _parted(gap):
    """Whether the text between a name and a postposed marker holds a comma or a word of its
    own (not a suffix after an apostrophe)."""
    return "," in gap or any(
        token[0] not in "'’" and any(ch.isalpha() for ch in token) for token in gap.split()
    )


def _word_end(folded, end):
    """The end of the word a hit ends inside ("ülkeleri" in "ülkelerinin")."""
    while end < len(folded) and folded[end].isalnum():
        end += 1
    return end


def _place_opener(sentence, mention):
    """The sentence opens with one short word that is no article before this name and a
    comma after it ("À Washington,", "In Washington,", "En Riad,"): a place adverbial."""
    opener = _PLACE_OPENER_RE.fullmatch(sentence.folded, sentence.start, mention.word_start)
    return bool(
        opener
        and opener.group(1) not in sentence.lang.articles
        and opener.group(1) not in sentence.lang.additives
        and sentence.folded[mention.word_end : mention.word_end + 2].strip().startswith(",")
    )


# one short word and a space before the name ("à ", "in ", "en "; not "l'")
_PLACE_OPENER_RE = re.compile(r"\s*(\w{1,3})\s+")


def _elided_before(sentence, cue_end, group):
    """A cue whose last character is an elided article's apostrophe ("mise sur l'"), right
    before the country's name: the name is the cue's object, gap or no gap."""
    return group[0].start == cue_end and sentence.folded[cue_end - 1 : cue_end] in ("'", "’")


def _comitative(sentence, partner):
    """ "Uzbekistan, together with Azerbaijan, could join", "junto con", "zusammen mit",
    "вместе с": a partner word ending a conjunction right after a country is that list's
    "and", not a counterpart's "with"."""
    folded = sentence.folded
    for conjunction in sentence.lang.conjunctions:
        start = partner.end - len(conjunction)
        if (
            start > sentence.start
            and len(conjunction) > partner.end - partner.start
            and folded.startswith(conjunction, start)
            and not folded[start - 1].isalnum()
            and any(0 <= start - m.word_end <= 2 for m in sentence.mentions)
        ):
            return True
    return False


def _absolute_with(sentence, partner):
    """ "..., with Algiers saying it rejects any normalisation": a partner word opening an
    absolute clause, a country then a speech verb's participle (`absolute_speech`) right
    after it, names who speaks, not a counterpart."""
    speech = sentence.words("absolute_speech")
    if not speech:
        return False
    following = [m for m in sentence.mentions if 0 <= m.word_start - partner.end <= _PARTNER_GAP]
    end = following[0].word_end if following else None
    return end is not None and any(
        0 < s.start - end <= 2 and not sentence.folded[end : s.start].strip() for s in speech
    )


def _subject_lists(sentence, preconditions, conjunction_re):
    """Country lists that may be a subject: counterparts ("with Israel"),
    comparisons ("like the UAE"), places ("Hartum'da") and countries inside a
    precondition ("without a Palestinian state") are left out."""
    folded, lang, mentions = sentence.folded, sentence.lang, sentence.mentions
    first_precondition = min((p.start for p in preconditions), default=sentence.end)
    # "Sebelum perang, Arab Saudi ...", "Without a deal, Riyadh ...": a precondition
    # closed by a comma before any country names ends there
    closed_at = folded.find(",", first_precondition, sentence.end)
    # (the Palestinians named inside it are what it asks for: "Without a Palestinian state,
    # Riyadh will not join"; another country there may open a list the comma goes on with)
    if closed_at < 0 or any(
        first_precondition < m.start < closed_at and m.country not in CONFLICT_PARTIES
        for m in mentions
    ):
        closed_at = sentence.end
    if closed_at == sentence.end and len(folded[sentence.start : first_precondition].split()) <= 1:
        # "Ohne einen palästinensischen Staat wird Saudi-Arabien nicht beitreten", "Без
        # палестинского государства Саудовская Аравия не присоединится": a precondition
        # opening the sentence with no comma ends before the first other country after
        # the Palestinians it names
        after = [m for m in mentions if m.start > first_precondition]
        if (
            len(after) >= 2
            and after[0].country in CONFLICT_PARTIES
            and after[1].country not in NOT_CANDIDATES
            and not COMMA_RE.search(folded, after[0].end, after[1].start)
        ):
            closed_at = after[1].start - 1
    examples = sentence.words("examples")

    def names_examples(marker):
        # "countries such as Qatar and Oman": the group's members, not a comparison
        return any(e.start <= marker.start and marker.end <= e.end for e in examples)

    # "the bombing of Qatar stalled efforts to ...": who was attacked did not act
    markers = (
        [
            p
            for p in sentence.words("partners")
            if not _comitative(sentence, p) and not _absolute_with(sentence, p)
        ]
        + sentence.words("targets")
        # "the Government's position on Somaliland has not changed": the stance's topic
        + sentence.words("stance_topics")
        # "پس از دیدار با الشرع در ریاض", "during his visit to Riyadh": where it happened
        + sentence.words("places")
        + [m for m in sentence.words("comparisons") if not names_examples(m)]
    )
    marker_ends = sorted(marker.end for marker in markers)
    # postpositions (Turkish "İsrail ile", "Kazakistan gibi"): the word after the country marks it
    # and a place noun after a demonym ("the Saudi city of Jeddah"): a place, not who acts
    after_markers = sorted(
        m.start
        for m in sentence.words("partners_after")
        + sentence.words("places_after")
        + [m for m in sentence.words("comparisons_after") if not names_examples(m)]
    )
    partner_after_starts = [m.start for m in sentence.words("partners_after")]
    partner_suffixes, oblique, datives = (
        lang.partner_suffixes,
        lang.oblique_suffixes,
        lang.dative_suffixes,
    )
    prospective_cues = [
        c for c in sentence.by_category.get("status", []) if c.payload == "prospective"
    ]
    prospective_starts = [c.start for c in prospective_cues]
    relatives = [r.start for r in sentence.words("relatives")]
    betweens = [b.start for b in sentence.words("between_after")]
    step_cues = sentence.words("status") + sentence.words("generic")

    def one_of_two_sides(mention):
        # "Suudi Arabistan ile İsrail arasındaki müzakereler": the word after the next
        # country says "between", so "ile" is "and" and both are sides
        # (before the sentence's steps: a pair after a verb-final cue is not its subject)
        following = [m for m in mentions if m.start >= mention.word_end]
        return bool(
            betweens
            and following
            and not any(c.start < mention.start for c in step_cues)
            and following[0].start - mention.word_end <= _BETWEEN_GAP
            and any(0 <= b - following[0].word_end <= 3 for b in betweens)
        )

    step_starts = [c.start for c in step_cues]

    def owns_step_after(mention):
        # "Following Kazakhstan's accession, ...", "In the wake of Kazakhstan joining":
        # a country whose own step follows it (a possessive at most between) is no comparison
        return (
            any(
                0 <= start - mention.word_end <= 3
                and folded[mention.word_end : start].strip() in POSSESSIVES
                for start in step_starts
            )
            or any(
                # "Following Kazakhstan's move to join": a decision noun may stand between
                0 <= c.start - mention.word_end <= DECISION_GAP
                and sentence.precedent_owner(c.start, c.end, c.payload) is mention
                for c in step_cues
            )
            or (
                # German "Nach Kasachstans Beitritt": the name's genitive ending right before
                # its joining noun (not "dem Beispiel Kasachstans folgen")
                mention.kind == "name"
                and folded[mention.end : mention.word_end] in lang.genitive_suffixes
                and any(
                    c.start == mention.word_end + 1 and c.payload in ("announced", "joined")
                    for c in step_cues
                )
            )
        )

    def opens_clause(marker_end, mention):
        # "אחרי שקזחסטן הודיעה", "پس از آنکه قزاقستان ... اعلام کرد" (after Kazakhstan
        # announced): a conjunction between the marker and the name opens a clause the
        # country is the subject of
        return folded[marker_end : mention.start].strip() in lang.clause_conjunctions

    def relative_follows(mention):
        return any(0 <= r - mention.word_end <= 3 for r in relatives)

    bare_relatives = [r.start for r in sentence.words("bare_relatives")]

    def relative_follows_list(mention):
        # "menyusul UEA, Bahrain, Maroko, dan Sudan yang menandatanganinya": a relative
        # after the list a compared country opens makes the whole list its subject
        end = mention.word_end
        for other in mentions[numbers[id(mention)] + 1 :]:
            gap = folded[end : other.word_start]
            if len(gap) > _LIST_GAP or set(_WORDS_RE.findall(gap)) - plain_words:
                break
            end = other.word_end
        # "comme le Kazakhstan qui a rejoint les accords en novembre": so does a relative
        # word with no comma right after it
        return any(0 <= r - end <= 3 for r in relatives) or any(
            0 <= r - end <= 1 for r in bare_relatives
        )

    relative_words = sentence.words("relatives")

    def in_stepless_relative(mention):
        # "The former Soviet republic, which borders Russia and China, already has ties
        # with Israel, so its accession ...": a name inside a relative clause about no
        # country, the clause telling no step, is the object of the clause's own verb
        if mention.kind == "leader":
            # "die Linie, die Kronprinz Muhammad bin Salman ausgegeben hat: keine
            # Anerkennung ...": a leader inside such a clause is whose line it is
            return False
        opening = next(
            (
                r
                for r in reversed(relative_words)
                if r.end <= mention.start
                and "," not in folded[r.end : mention.start]
                and "،" not in folded[r.end : mention.start]
            ),
            None,
        )
        if opening is None or any(0 <= opening.start - m.word_end <= 3 for m in mentions):
            return False
        if folded[opening.start : opening.end].strip()[:1] not in (",", "،"):
            return False  # a relative with no comma before it ("yang", "который") is left as is
        if 0 <= mention.word_start - opening.end <= 3 and any(
            c.payload in _TALKS and 0 <= opening.start - c.end <= 1 for c in step_cues
        ):
            # "Переговоры, которые Эр-Рияд вёл с Вашингтоном, были заморожены", "Die
            # Gespräche, die Riad mit Washington führte, wurden eingefroren": the subject of
            # the clause on the talks' noun says whose talks they are
            return False
        end = mention.word_end  # the clause closes after the list the name stands in
        for other in mentions[numbers[id(mention)] + 1 :]:
            if not conjunction_re.match(folded[end : other.word_start]):
                break
            end = other.word_end
        close = _CLAUSE_CLOSE_RE.search(folded, end, sentence.end)
        if close is None:
            return False
        return not any(opening.start <= start < close.start() for start in step_starts)

    reporting_ends = [r.end for r in sentence.words("reporting") if r.start > first_precondition]

    def speaker_after(mention):
        # "« no normalisation without a Palestinian state », said the Kuwaiti minister":
        # the speaker named right after a reporting verb that follows the precondition
        return any(0 <= mention.word_start - end <= _SPEAKER_GAP for end in reporting_ends)

    plain_words = _plain_words(lang.conjunctions + lang.list_adverbs, lang.articles)
    numbers = {id(mention): number for number, mention in enumerate(mentions)}

    apposed = {}  # id(mention) -> inside_apposition(mention), each read once

    def inside_apposition(mention):
        key = id(mention)
        if key not in apposed:
            apposed[key] = read_apposition(mention)
        return apposed[key]

    def read_apposition(mention):
        # "Malaysia, Indonesia's neighbour, also rejects", "Malaysia, negara tetangga
        # Indonesia, juga menolak": the name inside the apposition describes the
        # subject before it; the step after the closing comma is the subject's
        index = numbers[id(mention)]
        if index == 0:
            return False
        before = mentions[index - 1]
        opening = _APPOSITION_OPEN.match(folded, before.word_end, mention.start)
        if not opening or opening.end() != mention.start:
            # "Kazakhstan, a neighbour of Russia and China, has joined": the names
            # after the first one inside a described apposition, joined to it by
            # plain words only, are inside it too
            gap = folded[before.word_end : mention.start]
            return (
                "," not in gap
                and "،" not in gap
                and not set(_WORDS_RE.findall(gap)) - plain_words
                and inside_apposition(before)
            )
        closing = _APPOSITION_CLOSE.match(folded, mention.word_end)
        if not closing:
            return False
        described = opening.group(1) + " " + closing.group()[:-1]
        if not set(_WORDS_RE.findall(described)) - plain_words:
            return False  # "the UAE, Bahrain, Morocco": a list
        inside = (before.word_end, closing.end())
        following = index + 1
        while following < len(mentions) and mentions[following].start < inside[1]:
            # another name before the comma: a list, unless it only continues
            # the apposition's own list ("Kazakhstan, a neighbour of Uzbekistan
            # and Kyrgyzstan, joined")
            seam = folded[mentions[following - 1].word_end : mentions[following].start]
            if set(_WORDS_RE.findall(seam)) - plain_words:
                return False
            following += 1
        if following > index + 1:
            # the description without the listed names: "Kazakhstan, Uzbekistan
            # and Kyrgyzstan, which met" describes nothing, it is one list
            rest = folded[mentions[following - 1].word_end : closing.end() - 1]
            if not set(_WORDS_RE.findall(opening.group(1) + " " + rest)) - plain_words:
                return False
        if any(inside[0] <= r.start < inside[1] for r in sentence.words("reporting")):
            return False  # "Normalisation with Israel, Kuwait says, is off the table": the speaker
        if any(inside[0] <= c.start < inside[1] for c in step_cues):
            return False  # a step inside: a clause of its own, not a description
        if any(
            opening.start(1) <= c.start < mention.start for c in sentence.words("modals")
        ) or _place_opener(sentence, before):
            # "À Washington, on évoque l'Azerbaïdjan, l'Indonésie et ...", "In Washington,
            # officials cite ...": a hope or a mention opening the words after the comma, or
            # a place the sentence opens with, starts a clause whose objects follow
            return False
        return any(c.start >= inside[1] for c in step_cues)

    def hyphen_pair(mention):
        # "Sudan-Israel ties", "UAE–Israel trade": the founder glued to another name
        # is the counterpart
        index = numbers[id(mention)]
        for other in mentions[max(index - 1, 0) : index + 2]:
            if other is mention or other.country in FOUNDERS:
                continue
            left, right = sorted((other, mention), key=lambda m: m.start)
            if folded[left.word_end : right.word_start].strip() in _PAIR_MARKS:
                return True
        return False

    targets = sentence.words("targets")
    mention_starts = sorted(m.start for m in mentions)

    def named_between(start, end):
        position = bisect.bisect_left(mention_starts, start)
        return position < len(mention_starts) and mention_starts[position] < end

    def headline_opener(mention):
        # a headline (no full stop) opening with a name in an oblique case, then the
        # step's noun with no other name or break between: the name is who moves
        line = folded[sentence.start : sentence.end].rstrip()
        return (
            mention.start == sentence.start
            and not line.endswith((".", "!", "?", "؟"))
            and any(
                0 <= c.start - mention.word_end <= _HEADLINE_REACH
                and not sentence.crosses(mention.word_end, c.start)
                and not any(mention.word_end <= m.start < c.start for m in mentions)
                for c in step_cues
            )
        )

    def halted_there(mention):
        # "Суданда ... қалыпқа келтіру үдерісі тоқтап қалды", "Sudan'da normalleşme
        # durdu": the one country of the sentence, in the locative before a halt in its
        # clause, is where (and whose) process stopped
        return (
            mention.country not in NOT_CANDIDATES
            and not any(m is not mention and m.country not in FOUNDERS for m in mentions)
            and any(
                c.payload == "suspended"
                # a stopping word and a process of joining (a split cue), not any
                # stopping ("Сауд Арабиясындағы порт құрылысы кейінге қалдырылды"), or
                # the ties with a founder named between them ("Sudan'da ... İsrail ile
                # ilişkiler donduruldu")
                and (c.tail_end is not None or partner_between(mention.word_end, c.start))
                and c.start > mention.word_end
                and not sentence.crosses(mention.word_end, c.start)
                for c in step_cues
            )
        )

    def partner_between(start, end):
        # a founder right before its postposition ("İsrail ile", "Израильмен") between
        return any(
            m.country in FOUNDERS
            and start <= m.start
            and m.word_end < end
            and (
                folded[m.end : m.word_end] in partner_suffixes
                or any(0 <= p - m.word_end <= 1 for p in partner_after_starts)
            )
            for m in mentions
        )

    def genitive_owner(mention):
        suffix = _SUFFIX_RE.match(folded, mention.end) if lang.genitive_suffixes else None
        return bool(
            suffix
            and suffix.group(1) in lang.genitive_suffixes
            and any(
                c.payload == "declined"
                and 0 <= c.start - mention.word_end <= _GENITIVE_OWNER_REACH
                and not sentence.crosses(mention.word_end, c.start)
                for c in step_cues
            )
        )

    def postposed(mention):
        position = bisect.bisect_left(after_markers, mention.word_end)
        return (
            position < len(after_markers)
            and after_markers[position] - mention.word_end <= 6
            # "Suudi Arabistan, ABD ile": a postposition is the name's right before it
            and not named_between(mention.word_end, after_markers[position])
            # "drängt Saudi-Arabien, dem Beispiel zu folgen", "dass Aserbaidschan dem
            # Beispiel folgt": a comma or a word of its own parts the name from the marker
            # ("dem kasachischen Beispiel" names its model right before it; a suffix such
            # as Turkish "'ın" is the name's)
            and not _parted(folded[mention.word_end : after_markers[position]])
            and not one_of_two_sides(mention)
        )

    def refuses_inside(mention):
        # "Solange Riad die Normalisierung an einen Palästinenserstaat knüpft, ...", "As
        # long as Riyadh ties normalisation to a Palestinian state, ...": a country that
        # is not a party to the conflict, followed in the precondition's own clause by a
        # refusal's words, is who refuses (its refusal is what the clause holds true)
        # (not where the precondition word follows its clause, Turkish "sürece")
        if lang.preconditions_follow or mention.country in NOT_CANDIDATES:
            return False
        return any(
            c.payload == "declined"
            and mention.end <= c.start
            and (c.tail_end or c.end) <= closed_at
            and not sentence.crosses(mention.end, c.start)
            and not any(
                m is not mention
                and mention.end <= m.start < c.start
                and m.country not in NOT_CANDIDATES
                for m in mentions
            )
            for c in step_cues
        )

    def left_out(mention):
        if targets and sentence.in_attack(mention, target=False):
            # "the Israeli strike on", "Serangan Israel ke": the attacker named inside
            # the attack's words is not the subject of what the attack did (the target
            # after them is a marker's, below)
            return True
        if mention.country in CONFLICT_PARTIES and genitive_owner(mention):
            # "İsrail'i tanımanın Filistin'in bağımsızlığına bağlı olduğunu": Palestine
            # owning a noun just before a refusal's words is what is asked for, not who
            # refuses
            return True
        if mention.country in CONFLICT_PARTIES and any(
            r.start <= mention.start < max(r.end, r.tail_end or 0)
            for r in sentence.words("restrictions")
        ):
            # "le jour où Israël reconnaîtra la Palestine", "el día que Israel reconozca a
            # Palestina": Palestine inside the condition is what is asked for, not who acts
            return True
        if (
            mention.country in CONFLICT_PARTIES
            and sentence.lang.verb_final
            and any(
                _condition_before(sentence, mention, r.start)
                for r in sentence.words("restrictions")
            )
        ):
            # "Палестина тәуелсіздік алғаннан кейін ғана": in a verb-final language the
            # condition stands before its restriction word, Palestine inside it
            return True
        if (
            mention.country in CONFLICT_PARTIES
            and sentence.lang.verb_final
            and any(m.start < mention.start and m.country not in NOT_CANDIDATES for m in mentions)
            and any(
                c.payload == "declined" and _condition_before(sentence, mention, c.start)
                for c in step_cues
            )
        ):
            # "Endonezya ... ancak Filistin bağımsızlık kazandıktan sonra mümkün": after the
            # refusing country, Palestine right before the refusal's words is its condition
            return True
        if mention.kind == "demonym" and mention.country in CONFLICT_PARTIES:
            # "made a Palestinian state a precondition", "un État palestinien":
            # the adjective names what is asked for, not who acts
            return True
        if inside_apposition(mention):
            return True
        if in_stepless_relative(mention):
            return True
        if mention.country in FOUNDERS and hyphen_pair(mention):
            return True
        if (
            first_precondition < mention.start < closed_at
            and not relative_follows(mention)
            # "... in 2020 without asking for anything, and Morocco did the same":
            # the precondition ends at a clause break
            and not sentence.crosses(first_precondition, mention.start)
            and not speaker_after(mention)
            and not refuses_inside(mention)
        ):
            # "without Saudi Arabia, which ties it to a Palestinian state": a relative
            # after the country makes it the subject of the clause it opens
            return True
        position = bisect.bisect_right(marker_ends, mention.word_start) - 1
        if (
            position >= 0
            and mention.word_start - marker_ends[position] <= 6
            # "talks of Saudi Arabia with Israel, which had been brokered by Washington,
            # were frozen": a founder after a counterpart word takes no step, so the
            # relative after it opens no subject list ("с Израилем, которые", "dengan
            # Israel, yang"): the talks' country stays the subject
            and not (relative_follows_list(mention) and mention.country not in FOUNDERS)
            and not owns_step_after(mention)
            and not opens_clause(marker_ends[position], mention)
        ):
            # "like the UAE" is only a comparison, but "Unlike Saudi Arabia,
            # which has refused to join" still makes Saudi Arabia the subject
            return True
        if postposed(mention):
            return True
        if (
            partner_suffixes
            and folded[mention.end : mention.word_end] in partner_suffixes
            and not one_of_two_sides(mention)
        ):
            return True  # Kazakh "Израильмен": with Israel
        if not datives and not oblique:
            return False  # a language without case suffixes: nothing more to read
        suffix = _SUFFIX_RE.match(folded, mention.end)
        if (
            suffix
            and suffix.group(1) in datives
            and any(
                0 <= p - mention.word_end <= _DATIVE_REACH
                and not sentence.crosses(mention.word_end, p)
                for p in prospective_starts
            )
        ):
            return False  # Turkish "Umman'a ... baskı": the one pressed or called on
        if (
            suffix
            and suffix.group(1) in _ABLATIVES
            and lang.ablative_requests
            and any(
                0 <= c.start - mention.word_end <= _DATIVE_REACH
                and not sentence.crosses(mention.word_end, c.start)
                and sentence.folded[c.start : c.end].endswith(lang.ablative_requests)
                for c in prospective_cues
            )
        ):
            return False  # "ABD, Suudi Arabistan'dan ... katılmasını istedi": the one asked
        if oblique and suffix and suffix.group(1) in oblique and headline_opener(mention):
            return False  # "Kazakistan'dan İbrahim Anlaşmaları kararı": a move from X
        if oblique and suffix and suffix.group(1) in oblique and halted_there(mention):
            return False  # "Суданда ... үдерісі тоқтап қалды": the halt in X is X's
        # Turkish "Gazze'deki", "Hartum'da": a place, not who acts
        return bool(oblique and suffix and suffix.group(1) in oblique)

    excluded = {mention for mention in mentions if left_out(mention)}
    if after_markers:
        # "Azerbaycan ve Özbekistan ile olumlu temaslar": a postposition after a list is
        # the whole list's, not only its last name's
        chain = {
            m for m in mentions if m in excluded and m.country not in FOUNDERS and postposed(m)
        }
        for number in range(len(mentions) - 1, 0, -1):
            mention, before = mentions[number], mentions[number - 1]
            if (
                mention in chain
                and before.country not in FOUNDERS
                and _joined_back(folded, before, mention, conjunction_re)
                # "Suudi Arabistan, Umman ile": a comma alone may close the subject
                and folded[before.word_end : mention.word_start].strip(" ,")
            ):
                excluded.add(before)
                chain.add(before)
    if lang.preconditions_follow:
        # "Suudi Arabistan, Filistin devleti kurulmadan": the country right
        # before the precondition belongs to it
        for precondition in preconditions:
            before = [m for m in mentions if 0 <= precondition.start - m.word_end <= 40]
            if before and "," not in folded[before[-1].word_end : precondition.start]:
                # not across a comma: "Suudi Arabistan, iki devletli çözüm olmadan" (the
                # subject, then a precondition naming no country)
                excluded.add(before[-1])
    # "although", "aunque": a clause opening the sentence ends at its comma; so does a
    # step told first as a gerund or participle ("Заморозив контакты с Израилем, Судан")
    openers = [
        w.start
        for w in sentence.words("clause_breaks") + sentence.words("status")
        if w.start == sentence.start
    ]
    # "Unlike the UAE, Saudi Arabia ...", "Contrairement aux Émirats, l'Arabie
    # saoudite ...": a comparison opening the sentence ends at a comma
    compared_first = any(w.start == sentence.start for w in sentence.words("comparisons"))
    # "Après Astana, Bakou ...", "Deux semaines après Astana, Bakou ...", "Après
    # l'adhésion du Kazakhstan, l'Azerbaïdjan ...": a phrase opening the sentence (a clause
    # word at its start, or a comparison before its first comma and any country) ends at
    # that comma, and so does a list begun inside it
    comma = COMMA_RE.search(folded, sentence.start, sentence.start + _OPENING_PHRASE_REACH)
    opening_end = comma.start() if comma else sentence.start
    # (not a list of examples: "Namen wie Oman, Mauretanien oder Indonesien")
    opening_compared = [
        w.end
        for w in sentence.words("comparisons")
        if w.start < opening_end
        and not any(e.start <= w.start and w.end <= e.end for e in sentence.words("examples"))
        # "Kasachstan trat neben den Emiraten, Bahrain ... bei": a country before the
        # comparison is the sentence's subject, the phrase no opening of its own
        and not any(m.start < w.start for m in mentions)
    ]
    # "Selon un diplomate en poste à Rabat, l'Azerbaïdjan ...": a place word in the opening
    # phrase (no country before it) names where the source sits; the list it starts ends at
    # the phrase's comma, as after a comparison
    opening_places = [
        w.end
        for w in sentence.words("places")
        if w.start < opening_end and not any(m.start < w.start for m in mentions)
    ]
    opening = bool(
        comma
        and (
            opening_compared
            # "Après l'adhésion du Kazakhstan, ...": a clause word, then a joining told in
            # the phrase (not "Mais l'Arabie saoudite, Oman et le Qatar refusent")
            or (
                any(w.start == sentence.start for w in sentence.words("clause_breaks"))
                and any(
                    w.payload in ("announced", "joined") and w.end <= opening_end for w in step_cues
                )
            )
        )
    )
    groups = [
        group
        for whole in _groups(
            folded,
            mentions,
            conjunction_re,
            nameless=[
                (g.start, _word_end(folded, g.end)) for g in sentence.words("generic_subjects")
            ],
            date_spans=[(d.start, d.end) for d in sentence.dates()],
        )
        for piece in _split_at_genitive(folded, whole, lang.genitive_suffixes)
        for group in _split_after_founder(piece, sentence.words("clause_breaks"))
    ]
    target_ends = [t.end for t in targets]

    def cut_at_comma(group):
        if group[0] not in excluded:
            return opening and group[0].word_end <= opening_end < group[-1].word_start
        if compared_first and group[0].start < sentence.start + 40:
            return True
        if group[0].word_end <= opening_end and any(
            0 <= group[0].word_start - end <= 6 for end in opening_compared + opening_places
        ):
            return True
        # "After the strikes on Iran and Syria, Oman ...": the attacked list ends at a comma
        return any(0 <= group[0].word_start - end <= 6 for end in target_ends)

    if compared_first or target_ends or opening or opening_places:
        groups = [
            piece
            for group in groups
            for piece in (_after_comparison(folded, group) if cut_at_comma(group) else [group])
        ]
    speaking = [r.start for r in sentence.words("reporting")]
    groups = [
        _after_counterpart(folded, group, openers, speaking, lang.articles)
        if group[0] in excluded
        else group
        for group in groups
    ]
    # "Azerbaijan, a close ally of Turkey, and Indonesia": the name inside the description
    # ends its list at the description's closing comma
    groups = [
        piece
        for group in groups
        for piece in _split_after_apposition(folded, group, inside_apposition)
    ]
    if closed_at < sentence.end:
        # "Sin un Estado palestino, Arabia Saudí no se sumará": the comma closing a
        # precondition ends the list begun inside it
        groups = [
            piece
            for group in groups
            for piece in (
                [
                    [m for m in group if m.start < closed_at],
                    [m for m in group if m.start > closed_at],
                ]
                if group[0].start < closed_at < group[-1].start
                else [group]
            )
        ]
    # a member excluded by its marker takes its whole list with it ("with the UAE and Bahrain")
    groups = [
        [m for m in group if m not in excluded] for group in groups if group[0] not in excluded
    ]
    return _across_descriptions(sentence, [group for group in groups if group], excluded)


def _split_after_apposition(folded, group, inside_apposition):
    if len(group) < 2:
        return [group]
    pieces = [[group[0]]]
    for previous, mention in zip(group, group[1:], strict=False):
        seam = folded[previous.word_end : mention.word_start]
        if ("," in seam or "،" in seam) and inside_apposition(previous):
            pieces.append([mention])
        else:
            pieces[-1].append(mention)
    return pieces


# ", a close partner of Israel, and ", ", whose president is an ally, and ": a
# description between commas, then the list's conjunction
_DESCRIBED_SEAM_RE = re.compile(r"\s*[,،]([^,،;:.!?()]{3,90})[,،]\s*(\S.*)$")


def _across_descriptions(sentence, groups, excluded):
    """ "Azerbaijan, whose president is a close partner of Israel, and Indonesia are
    candidates": a description between commas (an apposition or a relative clause
    telling no step) keeps the country before it in the list the conjunction after it
    continues; a name inside the description (left out, a founder, or the first
    country's own leader) is none of the list."""
    if len(groups) < 2:
        return groups
    folded = sentence.folded
    steps = [w.start for w in sentence.words("status")] + [
        w.start for w in sentence.words("reporting")
    ]
    relatives = [r.start for r in sentence.words("relatives")]
    merged = [groups[0]]
    for group in groups[1:]:
        first = group[0]
        if any(0 <= r - group[-1].word_end <= 3 for r in relatives):
            # "Indonesia, the most populous Muslim country, and Mauritania, which broke
            # with Israel": the second list's own relative clause is its alone
            merged.append(group)
            continue
        seam = None
        for k in range(len(merged) - 1, -1, -1):
            last = merged[k][-1]
            between = [m for g in merged[k + 1 :] for m in g]
            if not all(
                m in excluded or m.country in FOUNDERS or m.country == last.country for m in between
            ):
                break
            seam = _DESCRIBED_SEAM_RE.match(folded, last.word_end, first.word_start)
            if seam:
                break
        if (
            seam
            and _described_conjunction(sentence.lang, seam.group(2))
            and not any(seam.start() <= step < seam.end() for step in steps)
        ):
            merged[k:] = [merged[k] + group]
        else:
            merged.append(group)
    return merged


@functools.cache
def _described_conjunction_re(lang):
    conjunctions = alternation(lang.conjunctions) or "(?!)"
    articles = alternation(lang.articles) or "(?!)"
    return re.compile(rf"^(?:{conjunctions})(?!\w)\s*(?:(?:{articles})(?!\w)\s*)?$")


def _described_conjunction(lang, tail):
    return bool(_described_conjunction_re(lang).match(tail))


def _split_after_founder(group, breaks):
    """German "normalisierten ihre Beziehungen zu Israel, und Marokko zog nach":
    a founder, then a clause break (", und", ", y"), ends the counterpart's list;
    the country after the break starts a list of its own."""
    if len(group) < 2 or not breaks:
        return [group]
    pieces = [[group[0]]]
    for previous, mention in zip(group, group[1:], strict=False):
        if previous.country in FOUNDERS and any(
            previous.word_end <= b.start and b.end <= mention.word_start for b in breaks
        ):
            pieces.append([mention])
        else:
            pieces[-1].append(mention)
    return pieces


def _split_at_genitive(folded, group, genitive_suffixes):
    """Kazakh "Иран Қазақстанның ... қосылуын айыптады" (Iran condemned
    Kazakhstan's joining): a name in the genitive right after another, only a
    space between them, owns the noun after it; it starts a list of its own."""
    if not genitive_suffixes or len(group) < 2:
        return [group]
    pieces = [[group[0]]]
    for previous, mention in zip(group, group[1:], strict=False):
        seam = folded[previous.word_end : mention.word_start]
        suffix = _SUFFIX_RE.match(folded, mention.end)
        # (also after a comma when it ends the group: "Mısır, Kazakistan'ın katılımını
        # memnuniyetle karşıladı" names the subject, then the joiner; a list would end in "and";
        # not after an anaphor: "bu süreç, İsrail'in ..." carries the process's country)
        if (
            (
                not seam.strip()
                or (seam.strip() == "," and mention is group[-1] and previous.kind != "anaphor")
            )
            and suffix
            and suffix.group(1) in genitive_suffixes
        ):
            pieces.append([mention])
        else:
            pieces[-1].append(mention)
    return pieces


_SEMICOLON_CLAUSE_WORDS = 3  # "; and", "; treaty", "; joint declaration": words before the step


def _goes_on_past_semicolons(sentence, group, cue_start, real_cues):
    """ "The UAE announced its normalisation on 13 August 2020; signed the accords on 15
    September; ratified them on 19 October", "UAE: deal announced Aug 13, 2020; treaty
    signed Sept 15, 2020": a step opening the clause after a semicolon, with no country
    named before it there, goes on with the country of the clause before, when only
    semicolons stand between them and every clause from the country's own to the one
    before the step's tells a step of its own (a list of countries each with its own
    verb keeps each one's; the country's own capital may stand there as a place).  The accords named before the step there ("; the accords
    were signed in 2020") are its subject, except in a ledger line whose parts name
    the document ("; declaration signed Sept 15, 2020")."""
    folded = sentence.folded
    left = group[-1].end
    strong = sentence.strong_punctuation()
    crossed = [p for p in strong if left <= p < cue_start]
    if not crossed or any(folded[p] not in SEMICOLONS for p in crossed):
        return False
    last = crossed[-1]
    # the words before the step, a date's not counted ("; 22 Aralık 2020'de Rabat'ta
    # imzalandı", the verb last)
    words = len(folded[last + 1 : cue_start].split()) - sum(
        len(folded[d.start : d.end].split()) for d in sentence.dates() if last < d.start < cue_start
    )
    if words > _SEMICOLON_CLAUSE_WORDS:
        return False
    countries = {m.country for m in group}
    if any(last < m.start < cue_start and m.country not in countries for m in sentence.mentions):
        return False  # another country named before the step ("...; Morocco followed")
    if any(last < t.start < cue_start for t in sentence.words("topic")) and (
        _ledger_head(folded, sentence.start, sentence.end, sentence.mentions) is None
    ):
        return False
    opening = max((p for p in strong if p < group[0].start), default=sentence.start)
    bounds = [opening] + crossed
    return all(
        any(a <= cue_start_ and cue_end_ <= b for cue_start_, cue_end_ in real_cues)
        for a, b in zip(bounds[:-1], bounds[1:], strict=True)
    )


def _in_opening_clause(sentence, end, cue_start):
    """ "Obwohl der Handel zwischen Israel und den Emiraten boomt, liegen die Beziehungen
    zu Sudan auf Eis": a clause opening the sentence with a break word ("while", "obwohl")
    and closed by its comma, the cue after it, a country named after the comma: the
    countries inside the opening clause only set the scene."""
    folded = sentence.folded
    # (or after a colon: "Ihre Erfahrungen sind gemischt: Während ...")
    opening = next(
        (
            w
            for w in sentence.words("clause_breaks")
            if w.start == sentence.start
            or (
                sentence.start < w.start and folded[sentence.start : w.start].rstrip().endswith(":")
            )
        ),
        None,
    )
    if opening is None:
        return False
    comma = folded.find(",", opening.end, cue_start)
    # (only where the main clause names a country of its own to take the step)
    return (
        comma >= 0
        and end <= comma
        and any(
            comma < m.start and m.country not in FOUNDERS and m.country != "PS"
            for m in sentence.mentions
        )
    )


_GENITIVE_REACH = 40  # characters from a cue's end to the group: a genitive word and spaces


def _steps_owned(sentence, group, adjusted):
    """The starts of the steps the group is the subject of by position: right after the
    group with a possessive ("Sudan's accession"), or right before it (one space in a
    language whose subject stands there, "вступления Судана", or past a genitive word).
    A group after a step that owns a later one of these is not that step's subject."""
    folded = sentence.folded
    owned = []
    for other in adjusted:
        if other.start == other.end:
            continue
        if (
            0 <= other.start - group[-1].word_end <= 3
            and folded[group[-1].word_end : other.start].strip() in POSSESSIVES
        ):
            owned.append(other.start)
        # a cue ending further back than a genitive word and its spaces does not reach
        # the group (asked first: in a long sentence most cues are far off)
        elif other.end <= group[0].start <= other.end + _GENITIVE_REACH and (
            (sentence.lang.subject_right_after and 0 < group[0].start - other.end <= 1)
            or (sentence.lang.genitives and _genitive_after(sentence, group, (other.end,)))
        ):
            owned.append(other.start)
        elif 0 <= other.start - group[-1].word_end <= 1 and _opens_since_clause(sentence, group):
            # "trying to expand the accords since Kazakhstan agreed to join", "desde que
            # Kazajistán se sumó": the country right after "since" is the subject of the
            # verb right after it
            owned.append(other.start)
    return owned


def _opens_since_clause(sentence, group):
    """Whether "since" (`time_since`), or "since" and a complementizer ("desde que"), stands
    right before the group."""
    for word in sentence.words("time_since"):
        if 0 <= group[0].word_start - word.end <= _SINCE_CLAUSE_GAP:
            between = sentence.folded[word.end : group[0].word_start].strip()
            if not between or any(
                word.end < c.start and c.end <= group[0].word_start
                for c in sentence.words("complementizers")
            ):
                return True
    return False


_SINCE_CLAUSE_GAP = 6  # "since ", "desde que ", "depuis que "


def _genitive_after(sentence, group, ends):
    """The group stands right after one of the ends (a cue's, a halt's tail), past a
    genitive word only ("the accession of Oman", "aksesi Kazakhstan")."""
    return any(
        _past_participle(sentence, sentence.folded[end : group[0].start].strip())
        in sentence.lang.genitives
        for end in ends
        if end is not None and end <= group[0].start
    )


def _past_participle(sentence, gap):
    """The gap without a participle that opens it ("annoncée du" -> "du": "l'adhésion
    annoncée du Kazakhstan"), where a genitive follows it."""
    first, _, rest = gap.partition(" ")
    if rest and first in sentence.lang.genitive_participles:
        return rest.strip()
    return gap


def _after_comparison(folded, group):
    """A list opened by a comparison that opens the sentence ("Unlike the UAE, Saudi
    Arabia ...", "Like the UAE, Bahrain and Morocco, Kazakhstan ..."): the compared
    names end at the first comma after an "and", or else at the first comma; the
    names after it are a list of their own."""
    seams = [
        folded[group[i - 1].word_end : group[i].word_start].strip() for i in range(1, len(group))
    ]
    # (the seam may hold an article after the comma: ", l'Arabie saoudite")
    commas = [i for i, seam in enumerate(seams, 1) if seam.startswith(",")]
    joined = [i for i, seam in enumerate(seams, 1) if seam and not seam.startswith(",")]
    cut = next((i for i in commas if joined and i > joined[0]), commas[0] if commas else None)
    if cut is None:
        return [group]
    return [group[:cut], group[cut:]]


def _after_counterpart(folded, group, openers=(), speaking=(), articles=()):
    """The rest of a list whose first member is a counterpart, from a seam
    where two names stand with only a space between them and no clitic
    "and" on the second (Arabic "والبحرين" is a list): "с Израилем Эр-Рияду"
    is the counterpart, then the subject.  After a clause opening the
    sentence ("Although it has no ties with Israel, Riyadh ..."), a founder
    and a comma end the counterpart too; so do a founder and a comma before the
    last name when a speaking word follows that name ("\u201cWe will never
    normalise with Israel,\u201d Iraq's foreign minister said": the quote's
    marks are dropped, the speaker is who refuses)."""
    for i in range(1, len(group)):
        seam = folded[group[i - 1].word_end : group[i].word_start]
        if not seam.strip() and group[i].word_start == group[i].start:
            return group[i:]
        if (
            i == len(group) - 1
            and seam.strip().startswith(",")
            and seam.strip()[1:].strip() in ("",) + tuple(articles)
            and group[i - 1].country in FOUNDERS
            and any(
                0 <= r - group[i].word_end <= _QUOTED_SPEAKER_GAP
                and "," not in folded[group[i].word_end : r]
                for r in speaking
            )
        ):
            return group[i:]
        if (
            seam.strip() == ","
            and group[i - 1].country in FOUNDERS
            and any(o < group[0].start and "," not in folded[o : group[0].start] for o in openers)
        ):
            return group[i:]
    return group


def _rest_without_dates(sentence, position):
    """The length of the sentence after position, its dates ("on Tuesday") left out."""
    rest = len(sentence.folded[position : sentence.end].strip(" .!?\"'»”)"))
    return rest - sum(d.end - d.start for d in sentence.dates() if d.start >= position)


def _addressee_only(sentence, position):
    """Is the rest of the sentence after position, its dates left out, no more than the
    reporting verb's addressee ("told an interviewer in March", "told Reuters"): at most
    two words, no pronoun ("said they would" goes on to what was said)?"""
    folded = sentence.folded
    rest = folded[position : sentence.end]
    for d in sorted(sentence.dates(), key=lambda d: d.start, reverse=True):
        if d.start >= position:
            rest = rest[: d.start - position] + " " + rest[d.end - position :]
    words = rest.strip(" .!?\"'»”)").split()
    return (
        0 < len(words) <= 2
        and all(w.isalpha() for w in words)
        and not any(w in sentence.lang.pronouns for w in words)
    )


def _closing_speaker(sentence, groups, cue_end):
    """The country list named as the speaker in a reporting clause set off by a comma
    after the steps, closing the sentence ("..., the Saudi crown prince said.", "...,
    a déclaré mardi le prince héritier saoudien"), with no step after the comma; None
    otherwise."""
    folded = sentence.folded
    steps = sentence.words("status") + sentence.words("generic")
    for r in sentence.words("reporting"):
        if r.start < cue_end:
            continue
        for g in groups:
            if g[0].start < cue_end or all(m.country in FOUNDERS for m in g):
                continue
            if 0 <= g[0].word_start - r.end <= _CLOSING_SPEAKER_GAP:
                # "..., said the Saudi minister": a title may follow the name
                opening, closing, rest = r.start, g[-1].word_end, _CLOSING_REST
            elif 0 <= r.start - g[-1].word_end <= _CLOSING_SPEAKER_GAP:
                # "..., the Saudi crown prince said on Tuesday.": nothing but a date after
                # the verb ("..., and Tajik officials said the matter was closed" goes on),
                # or its addressee ("..., the Syrian president told an interviewer in March")
                opening, closing = g[0].word_start, r.end
                rest = len(sentence.folded) if _addressee_only(sentence, r.end) else 0
            else:
                continue
            comma = max(folded.rfind(",", cue_end, opening), folded.rfind("،", cue_end, opening))
            if (
                comma >= 0
                and opening - comma <= _CLOSING_SPEAKER_GAP
                and not any(c.start >= comma for c in steps)
                # the reporting clause ends the sentence ("... on Tuesday."), it does not
                # go on to what was said ("Tajik officials said the question was ...")
                and _rest_without_dates(sentence, closing) <= rest
            ):
                return g
    return None


def _halt_after_follower(sentence, group, cue_start, status):
    """ "Khartoum avait suivi en janvier 2021, mais chez lui le dossier dort dans un
    tiroir", "Sudan followed in January 2021, but the war froze the process": a follower
    (continued) may still take a halt told after it in a clause of its own."""
    return (
        status in LAPSES
        and group[-1].end <= cue_start
        and sentence.crosses(group[-1].end, cue_start)
    )


def _own_step_after(sentence, group, earlier, adjusted):
    """A step of the sentence before (no words of its own here) handed on by a sequence
    word, where the country list after that word has a step of its own after it in its
    clause with no comma between."""
    return (
        earlier.start == earlier.end
        and any(
            a.start > group[-1].word_end
            and not sentence.crosses(group[-1].word_end, a.start)
            # "Les siguieron Marruecos, que anunció su incorporación ...", "mencionan a
            # Azerbaiyán ... y a Somalilandia, el territorio ... que ha pedido unirse": a step
            # after a comma belongs to the relative clause or apposition it opens
            and "," not in sentence.folded[group[-1].word_end : a.start]
            for a in adjusted
            if a.start < a.end
        )
    )


def _continuation(marker, step, members):
    """The step of before handed to a list by the one-character span of a continuation
    marker at `marker` ("Morocco followed in December", "Les siguieron X")."""
    return _Assignment(
        marker,
        marker + 1,
        step.status,
        step.weakened,
        _eligible(members, step.status),
        False,
        "continuation",
    )


def _continued_past_relative(sentence, group, groups):
    """(relative word start, the list after it) when a relative clause opened by a comma
    right after `group` closes with a comma and a conjunction that continues the list
    ("Marruecos, que anunció su adhesión en diciembre, y Sudán"; the list None when no
    country follows the conjunction); None when no such clause follows."""
    folded = sentence.folded
    for r, close in sentence.closed_relatives(len(folded)):
        if not 0 <= r.start - group[-1].word_end <= 3:
            continue
        follower = next((g for g in groups if g[0].word_start > close), None)
        if follower is not None and not _described_conjunction(
            sentence.lang, folded[close + 1 : follower[0].word_start].strip()
        ):
            follower = None
        return r.start, follower
    return None


def _bare_relative_after(sentence, group):
    """The start of a relative word right after the list with no comma before it ("السودان
    التي وقعت", "Sudan which signed"), or None."""
    return next(
        (
            r.start
            for r in sentence.words("relatives")
            if 0 <= r.start - group[-1].word_end <= 1 and sentence.folded[r.start] not in ",،"
        ),
        None,
    )


def _with_lists_before_relatives(sentence, subject, before, groups):
    """subject, with the lists a relative clause set off by commas separates from it
    and a conjunction joins to it ("Mauritania, which cut ties with Israel in 2010, and
    Somaliland, whose independence Israel recognised, have been mentioned")."""
    joined = list(subject)
    for group in reversed([g for g in before if g[-1].end <= subject[0].start]):
        continued = _continued_past_relative(sentence, group, groups)
        if (
            continued is None
            or continued[1] is None
            or continued[1][0] is not joined[0]
            # a relative clause set off by a comma (not Hebrew's "ה", "ש" on a verb)
            or sentence.folded[continued[0]] not in ",،"
        ):
            break
        joined = list(group) + joined
    # the list itself where nothing joins it: later rules know the lists by identity
    return subject if len(joined) == len(subject) else joined


_EXCEPTION_REACH = 80  # folded characters from a negation to the exception word after it
_EXCEPTION_GAP = 4  # " ", " le ", " l'": between an exception word and the country it names


def _excepted(negation, sentence, mentions):
    """ "لم تنضم سوى كازاخستان", "no country has joined except Kazakhstan", "не присоединилась
    ни одна страна, кроме Казахстана": a negation followed in its sentence by an exception word
    right before a country states that country's step; "will not join except with a Palestinian
    state" names no country after the word and stays a refusal."""
    for word in sentence.words("exceptives"):
        if not negation.end <= word.start <= negation.end + _EXCEPTION_REACH:
            continue
        if sentence.crosses_strong(negation.end, word.start):
            continue
        if any(
            0 <= m.word_start - word.end <= _EXCEPTION_GAP and m.country not in NOT_CANDIDATES
            for m in mentions
        ):
            return True
    return False


def _excepted_subject(sentence, groups, cue_end):
    """ "لم تنضم سوى كازاخستان", "no country has joined the accords except Kazakhstan": in a
    negated clause, the country right after an exception word after the cue is its subject
    (the negation itself is lifted by `_excepted`)."""
    negation_ends = [n.end for n in sentence.words("negations")]
    for word in sentence.words("exceptives"):
        if not cue_end <= word.start <= cue_end + _EXCEPTION_REACH:
            continue
        if sentence.crosses_strong(cue_end, word.start):
            continue
        if not any(0 <= word.start - n <= _EXCEPTION_REACH for n in negation_ends):
            continue
        for group in groups:
            if 0 <= group[0].word_start - word.end <= _EXCEPTION_GAP and any(
                m.country not in NOT_CANDIDATES for m in group
            ):
                return group
    return None


def _assignments(sentence, adjusted, groups):
    """Who takes each step: an _Assignment per step and country list."""
    lang = sentence.lang
    grouped = {id(m) for g in groups for m in g}  # mentions in a subject list
    assignments = []
    continued = set()  # ids of the country lists that took a step by continuation
    # id of a country list -> the start of the last step it owns by position (-1: none)
    last_owned = {id(g): max(_steps_owned(sentence, g, adjusted), default=-1) for g in groups}

    # "X signed in September 2020, followed by Y in December": Y takes the
    # step of the cue before it, with its own date
    # (or, after a list opener, the step of a sentence before that named no country)
    continuations = sorted(
        c.end for c in sentence.words("continuations") + sentence.words("list_openers")
    )
    opener_ends = {c.end for c in sentence.words("list_openers")}
    # "Other countries touted as candidates, notably Saudi Arabia and Indonesia, have
    # refused": a list opened between commas after a step takes that step and is still
    # the subject of the main verb after the closing comma
    opened_appositions = {}
    for group in groups:
        position = bisect.bisect_right(continuations, group[0].word_start) - 1
        if position >= 0 and group[0].word_start - continuations[position] <= 6:
            earlier = [a for a in adjusted if a.end <= continuations[position]]
            if (
                earlier
                and _can_take(group, earlier[-1].status)
                # "Қазақстан ... қосылғаннан кейін Әзербайжан ...": "after" a precedent
                # joining opens the main clause, whose country has a step of its own
                and sentence.precedent_owner(earlier[-1].start, earlier[-1].end, earlier[-1].status)
                is None
                # "Et puis le Kazakhstan a annoncé son adhésion", "Then Kazakhstan announced
                # it would join": a sequence word before a country whose own step follows it
                # in its clause hands it no step of the sentence before
                and not _own_step_after(sentence, group, earlier[-1], adjusted)
            ):
                step = earlier[-1]
                marker_end = continuations[position]
                assignments.append(_continuation(marker_end - 1, step, group))
                continued.add(id(group))
                relative_closing = _continued_past_relative(sentence, group, groups)
                if relative_closing is not None and marker_end not in opener_ends:
                    # "Les siguieron Marruecos, que anunció su adhesión en diciembre, y
                    # Sudán": the relative clause's own step is the first country's, and
                    # the list the conjunction after it continues takes the step too
                    opened_appositions[id(group)] = relative_closing[0]
                    follower = relative_closing[1]
                    if follower is not None and id(follower) not in continued:
                        assignments.append(_continuation(marker_end - 1, step, follower))
                        continued.add(id(follower))
                elif relative_closing is None and marker_end not in opener_ends:
                    # "تلتها جمهورية السودان التي وقعت على إعلان الاتفاقيات في 6 يناير 2021":
                    # a relative clause right after the follower, with no comma, tells the
                    # follower's own step
                    bare = _bare_relative_after(sentence, group)
                    if bare is not None:
                        opened_appositions[id(group)] = bare
                if marker_end in opener_ends:
                    closing = _APPOSITION_CLOSE_RE.match(sentence.folded, group[-1].word_end)
                    if closing and sentence.folded.rfind(",", 0, marker_end) >= (
                        step.end if step.end > step.start else sentence.start
                    ):
                        opened_appositions[id(group)] = closing.end()
    # "Morocco followed in December 2020": the list before the marker
    # ("Pakistán, que tampoco reconoce a Israel, rechazó": a marker opening a relative
    # clause is that clause's, the country before it is no follower)
    relative_ends = [r.end for r in sentence.words("relatives")]
    followers = sorted(
        c.start
        for c in sentence.words("continuations_after")
        if not any(0 <= c.start - e <= 1 for e in relative_ends)
    )
    for group in groups:
        position = bisect.bisect_left(followers, group[-1].word_end)
        if position < len(followers) and (
            followers[position] - group[-1].word_end <= 6
            # "Sudan, the fourth partner, did so": an apposition between
            or _FOLLOWER_APPOSITION_RE.fullmatch(
                sentence.folded, group[-1].word_end, followers[position]
            )
            # "Sudan's transitional government followed": the country's own government,
            # named by a possessive, is the follower
            or (
                _FOLLOWER_POSSESSIVE_RE.fullmatch(
                    sentence.folded, group[-1].word_end, followers[position]
                )
                # "Sudan's neighbour Chad followed": another country between follows
                and not any(
                    group[-1].word_end <= other[0].start < followers[position] for other in groups
                )
            )
        ):
            marker = followers[position]
            earlier = [a for a in adjusted if a.end <= group[0].start]
            if earlier and _can_take(group, earlier[-1].status):
                assignments.append(_continuation(marker, earlier[-1], group))
                continued.add(id(group))

    # "y en enero de 2021 lo hizo Sudán", "and in January 2021 so did Sudan": the
    # marker inverted, right before the list, which closes its clause
    inverted = sorted((c.end, c.start) for c in sentence.words("continuations_inverted"))
    inverted_ends = [end for end, _ in inverted]
    for group in groups if inverted else ():
        if id(group) in continued:
            continue
        position = bisect.bisect_right(inverted_ends, group[0].word_start) - 1
        if position < 0 or not 0 <= group[0].word_start - inverted_ends[position] <= 1:
            continue
        marker = inverted[position][1]
        earlier = [a for a in adjusted if a.end <= marker]
        if earlier and _can_take(group, earlier[-1].status):
            assignments.append(_continuation(marker, earlier[-1], group))
            continued.add(id(group))
    # "Bahrain and Sudan followed suit and officials tried to bring Saudi
    # Arabia in": a list with its own "followed suit" takes no later step
    followed = {
        id(group) for group in groups if any(0 <= f - group[-1].word_end <= 6 for f in followers)
    }
    attendance = [a.start for a in sentence.words("attendance")]
    guest_lists = [g.end for g in sentence.words("guests")]
    attendance_ends = [a.end for a in sentence.words("attendance")]
    # "Kazakhstan's accession, welcomed by the UAE": the agent of a reaction only reacted
    reaction_ends = attendance_ends + [r.end for r in sentence.words("reactions")]
    reaction_word_starts = [r.start for r in sentence.words("reactions")]
    agent_ends = [a.end for a in sentence.words("agents")]
    agent_after_starts = [a.start for a in sentence.words("agents_after")]
    generic_words = sentence.words("generic_subjects")
    generic_subjects = [g.end for g in generic_words]
    # verb-final languages: a participle right before a group noun describes
    # it (Turkish "katılmak isteyen çok ülke", many countries wanting to join)
    described = [g.start for g in generic_words] if lang.verb_final else []
    assigned = set(continued)
    real_cues = [(step.start, step.end) for step in adjusted if step.start < step.end]
    colons = {b for b in sentence.breaks if sentence.folded[b] == ":"}  # usually none
    dashes = [b for b in sentence.breaks if sentence.folded[b] in "—–"]  # usually none
    # "«Мы не присоединимся ...», — заявил глава МИД Алжира": a dash after a comma, then a
    # reporting verb, attributes the words before it to the speaker after it
    reporting_starts = [r.start for r in sentence.words("reporting")]
    quote_dashes = {
        b
        for b in sentence.breaks
        if sentence.folded[b] in "—–"
        and sentence.folded[max(b - 2, 0) : b].strip() in (",", "،")
        and any(0 < r - b <= 2 for r in reporting_starts)
    }
    examples = sentence.words("examples")
    relatives = [r.start for r in sentence.words("relatives")]
    comma_relatives = [
        r for r in sentence.words("relatives") if sentence.folded[r.start : r.end][:1] in ",،"
    ]
    place_relatives = [r.start for r in sentence.words("place_relatives")]
    compared = [
        c.end
        for c in sentence.words("comparisons")
        if not any(e.start <= c.start and c.end <= e.end for e in examples)
    ]
    # "После присоединения Казахстана ... следующим кандидатом считается Азербайджан": the
    # country of a joining told as a precedent takes no other step of its sentence
    precedents = {}
    for step in adjusted:
        owner = sentence.precedent_owner(step.start, step.end, step.status)
        if owner is not None:
            precedents[(step.start, step.end)] = id(owner)
    for step in adjusted:
        cue_start, cue_end, status = step.start, step.end, step.status
        if cue_start == cue_end:
            continue  # the step of the sentence before: only for continuations
        others_precedents = {
            owner for span, owner in precedents.items() if span != (cue_start, cue_end)
        }
        candidates = [
            g
            for g in groups
            if (
                id(g) not in continued
                or opened_appositions.get(id(g), cue_end) <= cue_start
                or _halt_after_follower(sentence, g, cue_start, status)
            )
            and not (others_precedents and any(id(m) in others_precedents for m in g))
            and not (
                id(g) in followed
                and g[-1].end <= cue_start
                and not _halt_after_follower(sentence, g, cue_start, status)
            )
            and _can_take(g, status)
        ]
        # "Uzbekistan attended the signing ceremony": a country that only
        # watched does not take the step
        # "The summit, hosted by Egypt, discussed ...": the host named as the
        # agent of an attendance word is no more the subject than one who attended
        # "Somalia, which considers Somaliland its own, recalled its envoy": a country
        # inside a relative clause closed by a comma before the cue is that clause's
        # (and so is an attendance word there); the main verb is its antecedent's,
        # named right before the relative word
        inner, closed = _closed_relative_members(sentence, candidates, cue_start)
        relatives_closed = sentence.closed_relatives(cue_start) if compared else []
        before = [
            g
            for g in candidates
            if g[-1].end <= cue_start
            and id(g) not in inner
            and not (
                status in _FOUNDER_STATUSES
                and _founder_in_apposition(sentence, g, groups, cue_start)
            )
            # "Après le Kazakhstan, qui a officialisé son adhésion, Washington courtise
            # l'Azerbaïdjan": a country kept after a comparison only for its relative
            # clause is no subject of a step after that clause closes
            and not (
                any(0 <= g[0].word_start - e <= 6 for e in compared)
                and any(0 <= r.start - g[-1].word_end <= 3 for r, _ in relatives_closed)
            )
            and not any(
                g[-1].end <= a < cue_start and not any(r <= a < c for r, c in closed)
                for a in attendance
            )
            and not _hosted_by(g, attendance_ends, agent_ends)
            # "Trump hosted the leaders of A, B and C and announced that A would
            # join": the guests are the host's object; the one joining is named again
            and not any(0 <= g[0].word_start - e <= 3 for e in guest_lists)
        ]
        if lang.object_relatives and sentence.folded.startswith(lang.object_relatives, cue_start):
            # "Arabia Saudí, a la que Washington presiona", "Исламабад, на который Вашингтон
            # делал ставку": a cue opened by an object relative is about the country right
            # before the relative's comma, not one further back ("Казахстан вложился в
            # проект, на который Вашингтон делал ставку")
            before = [
                g
                for g in before
                if _APPOSITION_CLOSE_RE.fullmatch(sentence.folded, g[-1].word_end, cue_start)
            ]
        # "Саудовская Аравия — главный приз": a dash right before a candidacy's noun stands
        # for "is"; the country before it is the subject
        copula = [b for b in dashes if 0 <= cue_start - b <= 2] if status == "prospective" else []
        if copula:
            kept = [b for b in sentence.breaks if b not in copula]
            in_clause = [
                g
                for g in before
                if not _crosses(kept, g[-1].end, cue_start)
                or _across_dash_apposition(sentence, dashes, g[-1].end, cue_start)
            ]
        else:
            in_clause = [
                g
                for g in before
                if not sentence.crosses(g[-1].end, cue_start)
                or _across_dash_apposition(sentence, dashes, g[-1].end, cue_start)
            ]
        # "A and B signed in 2020 and C and D joined later": a list before an
        # earlier cue belongs to that cue
        previous_end = max((b for a, b in real_cues if b <= cue_start), default=None)
        if previous_end is not None and any(g[0].start >= previous_end for g in in_clause):
            in_clause = [g for g in in_clause if g[0].start >= previous_end]
            if lang.subject_first:
                # "... با امضای امارات و بحرین آغاز شد و مراکش و سودان بعدا پیوستند": the list
                # right after an earlier step's noun owns that noun; the list after it is
                # the later verb's subject
                later_lists = [g for g in in_clause if g[0].word_start - previous_end > 1]
                if later_lists:
                    in_clause = later_lists
        # "candidates: Lebanon and Syria": a colon right after the cue introduces its subjects
        after_breaks = (
            [b for b in sentence.breaks if not (b in colons and 0 <= b - cue_end <= 40)]
            if any(0 <= c - cue_end <= 40 for c in colons)
            else sentence.breaks
        )
        if quote_dashes:
            after_breaks = [b for b in after_breaks if b not in quote_dashes]
        # "les prochains candidats – l'Indonésie, Oman – se font attendre": a dash
        # right after the cue opening an apposition that a second dash closes
        # introduces its subjects, as a colon does
        opening = _opening_dash(sentence, dashes, cue_end)
        if opening is not None:
            after_breaks = [b for b in after_breaks if b != opening]
        if not before:
            after_breaks = _without_cleft_break(sentence, cue_end, after_breaks, candidates)
        if status == "prospective":
            # "Главный приз — Саудовская Аравия", "The big prize — Saudi Arabia": a dash right
            # after a candidacy's noun stands for "is", as a colon does
            copulas = [b for b in dashes if 0 <= b - cue_end <= 2]
            after_breaks = [b for b in after_breaks if b not in copulas]
        # "to bring more countries in, following Kazakhstan, which joined": a
        # country kept after a comparison only for its relative clause is the
        # subject of that clause, not of a step before it
        following = [
            g
            for g in candidates
            if g[0].start >= cue_end
            and not _crosses(after_breaks, cue_end, g[0].start)
            and not (
                any(0 <= g[0].word_start - e <= 6 for e in compared)
                and any(0 <= r - g[-1].word_end <= 3 for r in relatives)
            )
            # "انضمام المملكة إلى الاتفاقيات، التي وقعتها الإمارات والبحرين": a relative
            # clause opened with a comma between the cue and the country, telling a step
            # of its own, has its own subject
            and not any(
                cue_end <= r.start < g[0].start and _relative_with_step(sentence, r, g[0].start)
                for r in comma_relatives
            )
            # "rejoindre ces accords, auxquels ont adhéré en 2020 les Emirats": so for a
            # relative word governed by a preposition
            and not _oblique_relative_between(sentence, cue_end, g[0].start)
        ]
        # "the first accession since Sudan's accession in 2021", "с момента вступления
        # Судана": a country after the cue that owns a later step of its own (a possessive
        # before that step, or right after it as its genitive) is not this step's subject
        following = [g for g in following if last_owned[id(g)] <= step.end]
        # "Israel recognised Somaliland", Arabic "اعترفت إسرائيل بـ...": the
        # founder is the subject, the country after the verb only its object
        # a founder's pressure, hope or call ("Washington is pressing for
        # Oman's joining") makes the country after it prospective: no exception there
        # a halt pair's tail ("derailed ~ the accession"): a genitive after it names who joins
        halt_tail_end = step.tail_end if status in ("suspended", "withdrawn") else None
        genitive_from = (cue_end, halt_tail_end)
        founder_subject = (
            status not in ("negotiating", "prospective")
            and any(
                0 <= cue_start - g[-1].end <= _FOUNDER_REACH
                and not _can_take(g, status)
                and not sentence.crosses(g[-1].end, cue_start)
                for g in groups
            )
            or (
                lang.verb_first
                and next((not _can_take(g, status) for g in groups if g[0].start >= cue_end), False)
            )
        )
        if founder_subject and not (
            (
                lang.subject_right_after
                and following
                # right after the joining noun: the cue's, or a split cue's tail
                # ("удары торпедировали присоединение Сирии")
                and (
                    0 < following[0][0].start - cue_end <= 1
                    or (
                        step.tail_end is not None and 0 < following[0][0].start - step.tail_end <= 1
                    )
                )
                and any(m.country not in FOUNDERS for m in following[0])
            )
            or (
                # "Israel's strikes derailed the accession of Syria", "aksesi Kazakhstan":
                # a genitive right after the joining noun (or a split cue's tail) names
                # who joins, whoever acted on it
                lang.genitives
                and following
                and _genitive_after(sentence, following[0], genitive_from)
                and any(m.country not in FOUNDERS for m in following[0])
            )
            or (
                # "Wir werden Israel nicht anerkennen, sagte der saudische Außenminister":
                # a verb-final founder before the verb is its object; the speaker named
                # right after a reporting verb that follows the cue is who refuses
                lang.verb_final
                and status == "declined"
                and following
                and any(
                    cue_end <= r.start and 0 <= following[0][0].word_start - r.end <= _SPEAKER_GAP
                    for r in sentence.words("reporting")
                )
            )
        ):
            # "رحبت واشنطن بانضمام كازاخستان", "США приветствовали присоединение
            # Казахстана": the country right after a joining noun is who joins,
            # whoever welcomed it
            following = []
        if (
            previous_end is not None
            and in_clause
            and not any(g[0].start >= previous_end for g in in_clause)
            and following
            and following[0][0].start - cue_end <= _INVERSION_REACH
            and not re.search(r"[^\w\s]", sentence.folded[cue_end : following[0][0].word_start])
            and any(m.country not in FOUNDERS for m in following[0])
        ):
            # "A and B signed in 2020, in December C joined them" (Russian
            # "к ним присоединилось Марокко"): the list before belongs to the
            # earlier verb; the country right after this one is its subject
            in_clause = []
        if (
            (in_clause or before)
            and following
            and _oblique_relative_before(sentence, cue_start)
            and following[0][0].start - cue_end <= _OBLIQUE_SUBJECT_REACH
            and not re.search(r"[^\w\s]", sentence.folded[cue_end : following[0][0].word_start])
        ):
            # "ces accords, auxquels ont adhéré en 2020 les Emirats arabes unis", "a los que
            # se sumaron en 2020 Emiratos": a verb right after a relative word governed by a
            # preposition has its subject after it, not the country before the relative
            in_clause = before = []
        if (
            lang.subject_right_after
            and in_clause
            and following
            # a cue ending on an elided article ("mise sur l'") touches the name after it
            and (
                0 < following[0][0].start - cue_end <= 1
                or _elided_before(sentence, cue_end, following[0])
            )
            and any(m.country not in FOUNDERS for m in following[0])
        ):
            # "Иран осудил присоединение Казахстана": the genitive right after the
            # joining noun is who joins, not the country before
            in_clause = []
        # passives: "signed at the White House by the UAE and Bahrain", Turkish
        # "BAE ve Bahreyn tarafından imzalandı"
        agents = [
            g
            for g in following
            if g[0].start - cue_end <= _AGENT_REACH
            and any(
                cue_end <= e <= g[0].word_start and g[0].word_start - e <= 8 for e in agent_ends
            )
            and not any(cue_end <= a < g[0].start for a, _ in real_cues)
            # "join the accords signed in 2020 by the UAE": the agent of the
            # participle describing the accords signed them, it does not join
            and not any(cue_end < p <= g[0].start for p in sentence.participles)
            # "tritt den Abkommen bei, die 2020 von den Emiraten unterzeichnet wurden":
            # the agent inside a relative clause after the cue is that clause's
            and not any(cue_end <= r < g[0].start for r in relatives)
            and not _hosted_by(g, reaction_ends, agent_ends)
            # "Oman is being courted by Washington": a founder pressing is no subject
            and _can_take(g, status)
        ]
        if not agents and lang.genitives:
            # "l'adhésion du Kazakhstan", "the accession of Oman": a genitive
            # right after the cue names its subject, as a passive's agent does
            # (or right after a split cue's tail: "derailed the accession of Syria")
            agents = [
                g
                for g in following[:1]
                if _genitive_after(sentence, g, genitive_from)
                # "hanya bisa dibicarakan setelah Palestina merdeka": Palestine right
                # after a refusal's words is what is asked for, not who refuses
                and not (status == "declined" and all(m.country in CONFLICT_PARTIES for m in g))
                # "L'ambassadeur marocain a été rappelé de Tel-Aviv": a founder after a
                # halt's "de" is where the envoy was recalled from, the country before halts
                and not (
                    status in ("suspended", "withdrawn")
                    and in_clause
                    and all(m.country in FOUNDERS for m in g)
                )
            ]
        agents_before = [
            g
            for g in in_clause
            if any(0 <= s - g[-1].word_end <= 3 and s < cue_start for s in agent_after_starts)
        ]
        subject, after = None, False
        # "رحبت واشنطن بالخطوة الكازاخية": a country's adjective inside the cue names whose
        # step it is
        inside = [
            g
            for g in candidates
            if cue_start <= g[0].start
            and g[-1].end <= cue_end
            and all(m.kind == "demonym" and m.country not in FOUNDERS for m in g)
        ]
        if status in ("signed", "joined") and _apposition_to_counterpart(
            sentence, grouped, cue_start
        ):
            # "a deal with the UAE, one of the signatories": the counterpart's
            # membership (only a member's: ", announcing ..." after a counterpart
            # is still the subject's)
            continue
        identified = [
            w for w in sentence.words("identifications") if w.start < cue_end and cue_start < w.end
        ]
        if identified:
            # "one more country will sign, and I think it will be Indonesia": the guess names
            # the country right after it (an article between at most); no other is its subject
            named = [
                g
                for g in following
                if g[0].word_start - max(w.end for w in identified) <= _IDENTIFIED_REACH
            ]
            if not named:
                continue
            subject, after = named[0], True
        elif inside:
            subject = inside[0]
        elif excepted := _excepted_subject(sentence, candidates, cue_end):
            subject, after = excepted, True
        elif agents:
            subject, after = agents[0], True
        elif agents_before:
            subject = agents_before[-1]
        elif (
            (
                any(0 <= g - cue_end <= 2 for g in described)
                # "mengecam keikutsertaan negara-negara Muslim": a group right after the
                # noun, in the genitive with no word between (Indonesian, Malay), is who joins
                or (
                    "" in lang.genitives
                    and any(
                        g.start >= cue_end
                        and not sentence.folded[cue_end : g.start].strip()
                        # "l'adhésion de pays comme Oman": the examples named are who joins
                        and not any(e.start <= g.end and g.start <= e.end for e in examples)
                        for g in generic_words
                    )
                )
            )
            # "La Syrie est différente des pays qui ont rejoint les accords", "unlike the
            # countries that joined": a group compared with right before its own step is
            # that step's subject, not the country it is compared with
            or any(
                0 <= cue_start - g.end <= _COMPARED_GROUP_GAP
                and any(0 <= g.start - c <= _COMPARED_GROUP_REACH for c in compared)
                for g in generic_words
            )
            # "Morocco and Sudan joined, calling on other countries to join them", "appelant
            # les pays frères à les rejoindre", "داعيا الدول الشقيقة إلى الانضمام إليها": a
            # nameless group after the country's own earlier step, right before a later
            # joining, is who is asked to join; the country took its step already
            or _group_after_own_step(
                sentence, in_clause, generic_words, adjusted, (cue_start, cue_end), status
            )
            # "Rabat aimerait voir d'autres pays suivre", "would like to see other countries
            # follow suit": a nameless group of two words or more inside a candidacy cue, after
            # its first word (not "d'autres noms circulent"), is who would step; the country
            # before the cue only wishes it
            or (
                status == "prospective"
                and any(
                    re.search(r"\w\s", sentence.folded[cue_start : g.start])
                    and g.end < cue_end
                    and " " in sentence.folded[g.start : g.end].strip()
                    for g in generic_words
                )
            )
            or (
                not in_clause
                and any(
                    cue_start - 40 <= e <= cue_start and not sentence.crosses(e, cue_start)
                    for e in generic_subjects
                )
                # "בין המדינות שעשויות להצטרף ...: X, Y": a colon after the group's step
                # opens the list of its members
                and not (
                    following
                    and sentence.folded[cue_end : following[0][0].start].rstrip().endswith(":")
                    and not sentence.folded[following[0][-1].word_end : sentence.end].strip(
                        " .!\"'»”)"
                    )
                )
            )
            # "eleva a cinco el número de países firmantes", "the number of signatory
            # countries": a signatory word beside a group noun or a count describes the
            # group; it is no signing of the country whose joining the sentence tells
            or (
                status == "signed"
                and step.tail_end is None
                and any(
                    (
                        any(
                            stem in sentence.folded[cue_start:cue_end]
                            for stem in lang.signing_stems
                        )
                        and (0 <= cue_start - g.end <= 1 or 0 <= g.start - cue_end <= 1)
                    )
                    # "condamne les pays membres des accords", "kecam negara anggota": a
                    # membership word in or right after a group noun describes the group,
                    # unless the country is said to be or become one ("est devenu un pays
                    # membre", "menjadi negara anggota")
                    or (
                        any(
                            stem in sentence.folded[cue_start:cue_end]
                            for stem in lang.membership_stems
                        )
                        # the group noun holds the membership word ("negara anggota") or
                        # is one word right before it ("pays membres"); a count ("die Zahl
                        # der Mitglieder") is a size, not the group as an object
                        and (
                            g.start <= cue_start < g.end
                            or (
                                0 <= cue_start - g.end <= 1
                                and " " not in sentence.folded[g.start : g.end]
                            )
                        )
                        and not _after_member_predicate(sentence.folded, g.start, lang)
                    )
                    for g in generic_words
                )
            )
        ):
            subject = None  # "several more countries would join": no country named is the subject
        elif (
            in_clause
            and status in ("announced", "joined", "prospective")
            and not lang.verb_final
            and any(in_clause[-1][-1].word_end <= r < cue_start for r in reaction_word_starts)
            and (
                status != "prospective"
                or any(
                    in_clause[-1][-1].word_end <= e.start < cue_end
                    for e in sentence.words("expansions")
                )
            )
        ):
            # "Uzbekistan welcomed (did not comment on) its accession": who
            # reacts to a joining between it and the joining noun does not join;
            # "Malaysia condemned efforts to expand the accords": nor is a country
            # reacting to the push a candidate
            subject = None
        elif (
            in_clause
            and lang.verb_first
            and following
            and following[0][0].word_start - cue_end <= 1
            and any(c in sentence.folded[in_clause[-1][-1].end : cue_start] for c in ",،")
        ):
            # "... أن السودان وإسرائيل اتفقا ...، قبل أن توقع الخرطوم على الإعلان في ...":
            # past a comma, the country right after a verb-first clause's verb is its subject
            subject, after = following[0], True
        elif in_clause:
            # the nearest country list before the cue in its clause; in
            # verb-final languages where obliques crowd the verb (Persian),
            # the first one
            subject = in_clause[0] if lang.subject_first else in_clause[-1]
            if not lang.subject_first:
                subject = _with_lists_before_relatives(sentence, subject, before, groups)
            if len(subject) > 1 and any(
                0 <= r - subject[-1].word_end <= 3 and r < cue_start for r in place_relatives
            ):
                # "the UAE, Bahrain and Sudan, where normalisation stalled": the
                # place the clause is about is the last country only
                subject = subject[-1:]
        elif following and (
            lang.verb_first or not before or following[0][0].start - cue_end <= _INVERSION_REACH
        ):
            # "..., а декларацию подписал Судан": across a clause break, the
            # country right after the verb is its subject
            # "signed in 2020 by the UAE", Arabic "وقّع السودان": the subject after the cue
            subject, after = following[0], True
        elif before and (
            (
                not sentence.crosses_strong(before[-1][-1].end, cue_start)
                and not _in_opening_clause(sentence, before[-1][-1].end, cue_start)
            )
            or _goes_on_past_semicolons(sentence, before[-1], cue_start, real_cues)
        ):
            # "X said ... but had ruled out joining": the subject of the clause
            # before, across a word like "but" (not across ":" or ";", unless each
            # clause between tells a step of its own: "X announced ...; signed ...")
            subject = before[-1]
        elif not before and (speaker := _closing_speaker(sentence, candidates, cue_end)):
            # "\u201cWe want to be part of the accords, but we also want a path to a
            # two-state solution,\u201d the Saudi crown prince said": the speaker named
            # after the quote (quote marks are folded away) said every step in it, the
            # one before the quote's "but" too
            subject, after = speaker, True
        if (status in _TALKS or (founder_subject and (status in _PAIRED or status in _TALKS))) and (
            subject is None
            or not _eligible(subject, status)
            or (
                # "Israel froze normalisation talks with X": X's halt; not
                # "Israel froze its relations with Turkey" (no normalisation named)
                status == "suspended"
                and all(m.country in FOUNDERS for m in subject)
                and sentence.strong_topics()
            )
        ):
            # "Israel would normalize relations with the UAE": a step two
            # parties take together is the other party's too; so are talks
            # with X and their halt ("talks with Riyadh were frozen")
            subject = _negotiating_partner(
                sentence,
                cue_end,
                grouped,
                cue_start if status in _TALKS and subject is None else None,
            )
            if subject is None and status == "announced" and step.tail_end is not None:
                # "Washington annonçait la reprise des relations entre le Maroc et Israël":
                # a founder announcing ties resumed between a country and Israel, the
                # country inside the cue's own tail, announces that country's step
                subject = _named_in_tail(sentence, step.end, step.tail_end)
            if subject is None and status == "announced":
                # "The White House announced the peace deal between Israel and Bahrain": a
                # founder announcing an agreement whose cue ends on "between" announces the
                # step of the pair's other side (a split cue's tail ending on it: "announced
                # ~ the resumption of relations between")
                subject = _pair_after_between(
                    sentence, cue_start, cue_end if step.tail_end is None else step.tail_end
                )
            if subject is None and status == "negotiating":
                # "АҚШ Эр-Риядпен ... келіссөз жүргізіп жатыр": talks (a founder's, or
                # with no subject) with the country a partner suffix names before the cue
                subject = _suffixed_partner(sentence, cue_start, grouped)
            if subject is None and status == "suspended":
                # "Gespräche mit Riad liegen auf Eis", Kazakh "Сауд Арабиясымен келіссөздер
                # ... тоқтап тұр": the partner inside the halt's words, or before it by suffix
                subject = _partner_inside(
                    sentence, cue_start, cue_end, grouped
                ) or _suffixed_partner(sentence, cue_start, grouped)
            after = True  # read through the counterpart: the rarer, less certain reading
        elif status == "prospective" and subject is None:
            # "peace with Riyadh would be a great event": a hoped-for step
            # with no subject of its own whose cue names the partner ("with")
            # is the partner's
            # or whose clause names normalisation with a country; or the counterpart
            # named before it in its clause ("peace with Riyadh is near")
            subject = (
                _partner_inside(sentence, cue_start, cue_end, grouped)
                or _topic_partner(sentence, cue_start, grouped)
                or _partner_before(sentence, cue_start, grouped)
            )
            if (
                subject is None
                and sentence.strong_topics()
                and not any(
                    m.country in FOUNDERS and 0 <= cue_start - m.word_end <= 1
                    for m in sentence.mentions
                )
            ):
                # "normalisasi dengan Arab Saudi tetap menjadi tujuan akhir", "Suudi
                # Arabistan ile normalleşme masada duruyor": the hoped-for normalisation's
                # counterpart, named right after the cue's head or before it by a postposition;
                # not with a founder right before the verb ("Israel would normalize
                # relations with X": the founder's own step, told with its partner);
                # the partner before the cue was looked for above
                subject = _partner_after(sentence, cue_end, grouped) or _postposed_partner(
                    sentence, cue_start, grouped
                )
            after = True
        elif (
            status == "announced"
            and subject is None
            and lang.verb_final
            and any(m.country in FOUNDERS for m in sentence.mentions)
        ):
            # "BAE ve İsrail ... normalleştirme konusunda anlaşmaya vardı": an agreement
            # reached with a founder by a postposition ("ve İsrail", "ile") before the
            # verb is the partner's, as "X and Israel agreed" is in other languages
            # (with no founder named, "کشوری که با ایران مرز دارد به پیمان می‌پیوندد", "İran
            # ile sınırı olan bir ülke katılıyor": the country is the counterpart of a
            # description, not the one joining)
            subject = _negotiating_partner(sentence, cue_end, grouped, cue_start)
            after = True
        if subject is not None:
            assigned.add(id(subject))
            subject = _latter_alone(sentence, subject, cue_start)
            assignments.append(
                _Assignment(
                    cue_start,
                    cue_end,
                    status,
                    step.weakened,
                    _eligible(subject, status),
                    after,
                    "cue",
                    halt_tail_end or _far_tail_end(step),
                )
            )
    assignments = _outside_time_clause(sentence, _between_others(sentence, assignments))
    return assignments + _gapped(sentence, groups, assigned, assignments)


_IDENTIFIED_REACH = 5  # "it will be the UAE": an article between the guess and the name
_GROUP_BEFORE_CUE = 40  # "other countries to join": a nameless group to the joining after it


def _group_after_own_step(sentence, in_clause, generic_words, adjusted, cue, status):
    """A nameless group ("other countries", "les pays frères", "другие страны") standing
    right before a joining or a candidacy, after the one step the country before it took
    in the clause: the group is asked to join, the country is no subject of that cue."""
    if not in_clause or status not in ("announced", "joined", "prospective", "signed"):
        return False
    cue_start, cue_end = cue
    country_end = in_clause[-1][-1].end
    # the country's own joining or signing, told after it (verb-first: before it too) and
    # before the group; not a break of ties in a relative clause ("qui avait rompu ...")
    own_steps = [
        step.end
        for step in adjusted
        if step.start < step.end
        and step.status in ("announced", "joined", "signed")
        and step.end <= cue_start
        and step.start != cue_start
        and (sentence.lang.verb_first or country_end <= step.start)
    ]
    if not own_steps:
        return False
    own_end = max(own_steps)
    return any(
        own_end <= g.start
        and country_end <= g.start
        and (
            (0 <= cue_start - g.end <= _GROUP_BEFORE_CUE and not sentence.crosses(g.end, cue_start))
            # "داعيا الدول الشقيقة", "calling on other countries": the call's own words
            # right before the group it addresses
            or 0 <= g.start - _next_word_start(sentence, cue_end) <= 1
        )
        for g in generic_words
    )


def _next_word_start(sentence, end):
    """The first non-space position at or after `end` in the sentence."""
    folded = sentence.folded
    while end < len(folded) and folded[end] == " ":
        end += 1
    return end


def _oblique_relative_before(sentence, cue_start):
    """Whether a relative word governed by a preposition (`oblique_relatives`: ",
    auxquels", ", a los que") stands right before the cue, an auxiliary at most between."""
    words = sentence.lang.oblique_relatives
    if not words:
        return False
    head = sentence.folded[max(sentence.start, cue_start - 40) : cue_start].rstrip()
    if head.endswith((",", "،")) and any(
        # the relative word opening the cue itself (", auxquels s'est ajouté le Kazakhstan",
        # ", a los que se añadió Kazajistán")
        sentence.folded.startswith(w.lstrip(",، "), cue_start)
        for w in words
    ):
        return True
    return any(head.endswith(w) for w in words) or any(
        head.endswith(w + " " + aux) for w in words for aux in sentence.lang.oblique_auxiliaries
    )


def _oblique_relative_between(sentence, start, end):
    """Whether a relative word governed by a preposition (`oblique_relatives`) opens,
    between start and end, a clause with a step of its own before end."""
    words = sentence.lang.oblique_relatives
    if not words or end - start < 4:
        return False
    folded = sentence.folded
    return any(
        position != -1
        and any(
            position < c.start < end for c in sentence.words("status") + sentence.words("generic")
        )
        for w in words
        for position in [folded.find(w, start, end)]
    )


_CLEFT_BREAK_RE = re.compile(r"[\s,\u2013\u2014-]+")
_DASHES = ("\u2013", "\u2014", "-")
_CLEFT_SUBJECT_REACH = 4  # "c'est le Kazakhstan": an article between the copula and the country


def _without_cleft_break(sentence, cue_end, breaks, candidates):
    """ "le dernier pays à avoir rejoint ces accords, c'est le Kazakhstan", "Последняя страна,
    присоединившаяся к соглашениям, — это Казахстан": the first comma or dash after a cue
    with no country before it, followed by a cleft's copula (`cleft_copulas`) and a country
    right after that, does not close the cue's clause; the breaks without that run are
    returned (the breaks unchanged otherwise)."""
    copulas = sentence.lang.cleft_copulas
    if not copulas:
        return breaks
    folded = sentence.folded
    first = next((b for b in breaks if b >= cue_end), None)
    if first is None or not _CLEFT_BREAK_RE.match(folded, first, first + 1):
        return breaks
    run = _CLEFT_BREAK_RE.match(folded, first, sentence.end)
    after = run.end()
    copula = next((c for c in copulas if c not in _DASHES and folded.startswith(c, after)), None)
    if copula is not None:
        after += len(copula)
    elif not any(c in run.group() for c in copulas if c in _DASHES):
        return breaks
    if not any(0 <= g[0].word_start - after <= _CLEFT_SUBJECT_REACH for g in candidates):
        return breaks
    return [b for b in breaks if not first <= b < after]


_OBLIQUE_SUBJECT_REACH = 30  # ", auxquels ont adhéré en 2020 les": a time between verb and subject


def _latter_alone(sentence, subject, cue_start):
    """ "..., Sudan and Kazakhstan, the latter having joined in November": a list closed by
    "the latter" (an anaphor for its last member, `latter`) before the cue gives the cue to
    that member alone."""
    last = subject[-1]
    if (
        len(subject) > 1
        and last.kind == "anaphor"
        and last.end <= cue_start
        and any(w.start == last.start for w in sentence.words("latter"))
    ):
        return [last]
    if (
        len(subject) > 1
        and last.kind == "name"
        and last.end <= cue_start
        and any(last.end <= w.start and w.end <= cue_start for w in sentence.words("latter"))
        and not any(last.end <= m.start < cue_start for m in sentence.mentions)
    ):
        # "Morocco and Sudan followed, but the latter froze the process", "однако у
        # последнего процесс заморожен": "the latter" after the list and before the cue,
        # no country between, gives the cue to the list's last member alone
        return [last]
    return subject


def _far_tail_end(step):
    """Where the tail of a split cue ends when it stands further than most tails reach (a
    German particle closing a long clause: "trat ... im Dezember 2020 bei"), the step's date
    standing by it; None otherwise."""
    if step.tail_end is not None and step.tail_end - step.end > _TAIL_REACH:
        return step.tail_end
    return None


_JOINING_STEPS = ("announced", "joined", "signed", "ratified")
_PARTNER_GAP = 4  # "with Israel", "mit Israel": the partner word right before the name


def _named_as_counterpart(sentence, mention):
    """ "normalisation with Israel", "İsrail ile", Kazakh "Израильмен": the country named as
    someone's counterpart (`partners`, `partners_after`, `partner_suffixes`), not as who acts."""
    return (
        any(0 <= mention.word_start - p.end <= _PARTNER_GAP for p in sentence.words("partners"))
        or any(
            0 <= p.start - mention.word_end <= _PARTNER_GAP
            for p in sentence.words("partners_after")
        )
        or sentence.folded[mention.end : mention.word_end] in sentence.lang.partner_suffixes
    )


_BETWEEN_PAIR_REACH = 30  # "between Armenia and Azerbaijan": past the pair's last name
_BETWEEN_HEAD_REACH = 40  # "between Israel and the UAE": from the word to the pair's first name
# what may stand between that word and the pair's first name: a few words, no digits, no
# comma ("entre 2020 y 2021, además de Kazajistán" is no pair)
_BETWEEN_GAP_RE = re.compile(r"(?:[\s'’]*[^\W\d_]+){0,6}[\s'’]*")


def _between_others(sentence, assignments):
    """ "Trump announced the agreement between Armenia and Azerbaijan", "Ermenistan ile
    Azerbaycan arasındaki anlaşmayı duyurdu": an announcement or a signing whose country
    list is a pair right after a word for "between" (`between_words`) or right before a
    postposed one (`between_after`) is of that pair; with no founder in the pair ("between
    Israel and the UAE") it is another agreement, not a normalisation with Israel, and
    gives its countries nothing."""
    folded = sentence.folded
    between = sentence.lang.between_words
    postposed = [b.start for b in sentence.words("between_after")]
    kept = []
    for assignment in assignments:
        if assignment.status not in ("announced", "signed") or not assignment.subject:
            kept.append(assignment)
            continue
        first = min(m.start for m in assignment.subject)
        last = max(m.end for m in assignment.subject)
        span = None
        # the last word for "between" shortly before the pair (after the cue's head when
        # the pair follows it)
        head = max(
            assignment.cue_start if assignment.after else sentence.start,
            first - _BETWEEN_HEAD_REACH,
        )
        words = [w for w in WORD_RE.finditer(folded, head, first) if w.group() in between]
        if words and _BETWEEN_GAP_RE.fullmatch(folded, words[-1].end(), first):
            span = (words[-1].start(), last + _BETWEEN_PAIR_REACH)
        else:
            # a postposed one right after it (Turkish "arasındaki", Kazakh "арасындағы")
            word = WORD_RE.match(folded, last + 1)
            if word is not None and word.start() in postposed:
                span = (first - _BETWEEN_HEAD_REACH, word.start())
        if span is not None and not any(
            m.country in FOUNDERS and span[0] <= m.start <= span[1] for m in sentence.mentions
        ):
            continue
        kept.append(assignment)
    return kept


def _outside_time_clause(sentence, assignments):
    """ "After Kazakhstan joined the accords, Israeli policy stalled again", "אחרי שקזחסטן
    הודיעה על הצטרפותה ..., המדיניות הישראלית שוב נתקעה": a country whose own step in a time
    clause opening the sentence is a joining takes no other step told after the clause's
    comma when a founder is named there (the main clause is about the founder's doing).
    """
    closing = sentence.time_clause() if len(assignments) > 1 else None
    if closing is None:
        return assignments
    joiners = {
        id(m)
        for a in assignments
        if a.status in _JOINING_STEPS and a.cue_end <= closing
        for m in a.subject
        if m.end <= closing
    }
    if not joiners:
        return assignments
    if not any(
        m.country in FOUNDERS and m.start > closing and not _named_as_counterpart(sentence, m)
        for m in sentence.mentions
    ):
        return assignments
    kept = []
    for assignment in assignments:
        if assignment.status not in _JOINING_STEPS and assignment.cue_start > closing:
            subject = [m for m in assignment.subject if id(m) not in joiners]
            if not subject:
                continue
            assignment = assignment._replace(subject=subject)
        kept.append(assignment)
    return kept


_AGENT_REACH = 90
_APPOSITION_REACH = 25
_APPOSITION_WORDS = 4  # ", one of the original": a noun phrase's first words
_APPOSITION_RE = re.compile(r"\s*,[\w\s-]*")
_WORDS_RE = re.compile(r"\w+")


@functools.lru_cache(maxsize=64)
def _plain_words(conjunctions, articles):
    """The words of "and", "а также", "as well as", "the": a list's glue, no description."""
    return frozenset(
        word for phrase in conjunctions + articles for word in _WORDS_RE.findall(phrase)
    )


_HOST_REACH = (
    12  # "hosted by the", "accueilli par l'": an attendance word, its agent word, the name
)


def _hosted_by(group, attendance_ends, agent_ends):
    """ "hosted by Egypt", "organisé par l'Égypte": the list is the agent of
    an attendance word (an agent word between them, all within a few characters)."""
    start = group[0].word_start
    return any(
        0 <= start - e <= _HOST_REACH and any(e < a <= start for a in agent_ends)
        for e in attendance_ends
    )


def _apposition_to_counterpart(sentence, grouped, cue_start):
    """ "Kazakhstan signed a deal with the UAE, one of the signatories": a
    noun in apposition to a counterpart (left out of the subject lists, whose
    mentions' ids are `grouped`) describes that counterpart, not the
    sentence's subject."""
    folded = sentence.folded
    return any(
        id(m) not in grouped
        and m.country not in FOUNDERS
        and 0 < cue_start - m.word_end <= _APPOSITION_REACH
        and _APPOSITION_RE.fullmatch(folded, m.word_end, cue_start)
        and len(_WORDS_RE.findall(folded, m.word_end, cue_start)) <= _APPOSITION_WORDS
        and not any(m.word_end <= o.start < cue_start for o in sentence.mentions)
        # a counterpart: a partner word ("with") before it, no comma between
        # (not "Kazakhstan, a neighbour of Russia and China, has joined")
        and any(
            p.end <= m.word_start
            and m.word_start - p.end <= _APPOSITION_REACH
            and "," not in folded[p.end : m.word_start]
            for p in sentence.words("partners")
        )
        for m in sentence.mentions
    )


_FOUNDER_REACH = 15
_COMPARED_GROUP_GAP = 1  # "pays qui" + a space + the step
_COMPARED_GROUP_REACH = 6  # "contrairement aux pays", "unlike the countries"
# steps two parties take together: Israel's normalization "with X" is X's
_PAIRED = {"prospective", "announced", "joined", "signed", "ratified", "negotiating"}
_TALKS = {"negotiating", "suspended"}
_INVERSION_REACH = 12
_PASSIVE_REACH = 60


def _named_after(sentence, marker, grouped):
    """The countries named right after a partner word ("with X"), founders and
    the subject lists' mentions (ids in `grouped`) aside."""
    return [
        m
        for m in sentence.mentions
        if 0 <= m.word_start - marker.end <= 8
        and m.country not in FOUNDERS
        and id(m) not in grouped
    ]


def _named_in_tail(sentence, head_end, tail_end):
    """The countries (no founder) a split cue's tail names inside itself ("~ la reprise des
    relations entre le Maroc et Israël"), or None."""
    named = [
        m
        for m in sentence.mentions
        if head_end <= m.start and m.end <= tail_end and m.country not in FOUNDERS
    ]
    return named or None


def _pair_after_between(sentence, cue_start, cue_end):
    """The countries (no founder) of the pair right after a cue ending on a word for
    "between" ("announced the peace deal between Israel and Bahrain"; cue_end is a split
    cue's tail end: "announced ~ the resumption of relations between"), or None."""
    words = list(WORD_RE.finditer(sentence.folded, cue_start, cue_end))
    if not words or words[-1].group() not in sentence.lang.between_words:
        return None
    named = [
        m
        for m in sentence.mentions
        if 0 <= m.start - cue_end <= _BETWEEN_PAIR_REACH
        and m.country not in FOUNDERS
        and not sentence.crosses(cue_end, m.start)
    ]
    return named or None


def _partner_inside(sentence, cue_start, cue_end, grouped):
    """The country right after a partner word inside the cue ("peace with X
    would ...")."""
    for marker in sentence.words("partners"):
        if cue_start <= marker.start and marker.end <= cue_end:
            named = _named_after(sentence, marker, grouped)
            if named:
                return _joined_to(sentence, named[0])
    return None


def _joined_to(sentence, first):
    """first, and the countries a conjunction joins to it, or commas in a list a conjunction
    closes ("Washington tengah mendekati Mauritania dan Oman", "talks with Syria, Lebanon
    and Iraq"; not "talks with Mauritania, Oman said")."""
    listed, closed = [first], 1
    conjunction_re = _conjunction_re(sentence.lang)
    for mention in sentence.mentions:
        if mention.word_start < listed[-1].word_end or mention.country in FOUNDERS:
            continue
        if not _joined_back(sentence.folded, listed[-1], mention, conjunction_re):
            break
        listed.append(mention)
        if sentence.folded[listed[-2].word_end : mention.word_start].strip(" ,"):
            closed = len(listed)  # a conjunction, not a comma alone
    return listed[:closed]


def _partner_before(sentence, cue_start, grouped):
    """The country right after a partner word before the cue in its clause: talks
    "held with X", "peace with Riyadh is near", Persian "عادی‌سازی با عربستان روی
    میز است" (a hoped-for step with no subject of its own, read at its last words)."""
    for marker in sentence.words("partners"):
        named = [
            m
            for m in _named_after(sentence, marker, grouped)
            if 0 <= cue_start - m.word_end <= _PASSIVE_REACH
            and not sentence.crosses(m.word_end, cue_start)
        ]
        if named:
            return [named[0]]
    return None


_TOPIC_PARTNER_GAP = 2  # "normalisation with X": the partner word right after the topic word


def _topic_partner(sentence, cue_start, grouped):
    """ "Normalisation with Saudi Arabia remains the goal", "нормализация с Эр-Риядом
    остаётся главной целью": a hoped-for step with no subject whose clause names
    normalisation with a country is that country's (or, verb-final, the country with a
    partner suffix right before the topic word or the cue: "Сауд Арабиясымен бейбітшілік
    ... жақын")."""
    topics = sentence.strong_topics()
    for marker in sentence.words("partners"):
        if sentence.crosses(min(marker.end, cue_start), max(marker.end, cue_start)):
            continue
        if any(
            0 <= marker.start - t.end <= _TOPIC_PARTNER_GAP or t.start <= marker.start < t.end
            for t in topics
        ):
            named = _named_after(sentence, marker, grouped)
            if named:
                return [named[0]]
    suffixes = sentence.lang.partner_suffixes
    if suffixes:
        for mention in sentence.mentions:
            if (
                mention.country not in FOUNDERS
                and id(mention) not in grouped
                and sentence.folded[mention.end : mention.word_end] in suffixes
                and mention.word_end <= cue_start
                and not sentence.crosses(mention.word_end, cue_start)
                and (
                    cue_start - mention.word_end <= _TOPIC_PARTNER_GAP
                    or any(0 <= t.start - mention.word_end <= _TOPIC_PARTNER_GAP for t in topics)
                )
            ):
                return [mention]
    return None


def _suffixed_partner(sentence, cue_start, grouped):
    """Kazakh "Сауд Арабиясымен келіссөздер ... тоқтап тұр": the country with a
    partner suffix right before halted talks is their counterpart."""
    suffixes = sentence.lang.partner_suffixes
    if not suffixes:
        return None
    named = [
        m
        for m in sentence.mentions
        if m.country not in FOUNDERS
        and id(m) not in grouped
        and sentence.folded[m.end : m.word_end] in suffixes
        and 0 <= cue_start - m.word_end <= _PASSIVE_REACH
        and not sentence.crosses(m.word_end, cue_start)
    ]
    return [named[-1]] if named else None


def _negotiating_partner(sentence, cue_end, grouped, cue_start=None):
    """ "Washington is holding talks with Mauritania on its accession": in
    talks with a founder, the other side is the one negotiating (the subject
    lists' mentions, ids in `grouped`, aside)."""
    named = _partner_after(sentence, cue_end, grouped)
    if named or cue_start is None:
        return named
    # an impersonal or passive "talks are held with X", Russian "с Оманом
    # ведутся переговоры", Turkish "Umman ile ... görüşmeler yürütülüyor": the
    # counterpart named before the cue is the one negotiating
    return _partner_before(sentence, cue_start, grouped) or _postposed_partner(
        sentence, cue_start, grouped
    )


def _partner_after(sentence, cue_end, grouped):
    """The country after the partner word that follows the cue or ends it
    ("talks with Mauritania", "обсуждают с")."""
    for marker in sentence.words("partners"):
        after_cue = 0 <= marker.start - cue_end <= 30 or 0 <= cue_end - marker.end <= 1
        if after_cue and not sentence.crosses(cue_end, max(cue_end, marker.start)):
            named = _named_after(sentence, marker, grouped)
            if named:
                return _joined_to(sentence, named[0])
    return None


def _postposed_partner(sentence, cue_start, grouped):
    """The country before a postposed partner word before the cue ("Umman ile ...
    görüşmeler")."""
    for marker in sentence.words("partners_after"):
        named = [
            m
            for m in sentence.mentions
            if 0 <= marker.start - m.word_end <= 3
            and m.country not in FOUNDERS
            and id(m) not in grouped
            and 0 <= cue_start - marker.end <= _PASSIVE_REACH
            and not sentence.crosses(marker.end, cue_start)
        ]
        if named:
            # "Azerbaycan ve Özbekistan ile": the list the postposition closes
            listed = [named[-1]]
            conjunction_re = _conjunction_re(sentence.lang)
            for mention in reversed(sentence.mentions):
                if mention.word_end > listed[0].word_start:
                    continue
                if (
                    mention.country in FOUNDERS
                    or not _joined_back(sentence.folded, mention, listed[0], conjunction_re)
                    # "Suudi Arabistan, Umman ile": a comma alone may close the subject
                    or not sentence.folded[mention.word_end : listed[0].word_start].strip(" ,")
                ):
                    break
                listed.insert(0, mention)
            return listed
    return None


def _joined_back(folded, before, mention, conjunction_re):
    """Whether only a list's separators (a comma, "ve", "and") stand between before and
    mention."""
    return bool(conjunction_re.match(folded[before.word_end : mention.word_start]))


_GAP_DATE_REACH = 16  # "..., and Sudan in January 2021": the date right after the country


def _gapped(sentence, groups, assigned, assignments):
    """ "Morocco joined in December 2020 and Sudan in January 2021": a country
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
        fronted = None if own else _fronted_gap_date(sentence, group, dates)
        if not own and fronted is None:
            continue
        inner = _inner_gap(sentence, group, own[0], assignments) if own else None
        if inner is not None:
            # "Fas Aralık 2020'de, Sudan ise Ocak 2021'de katılmıştı", Persian
            # "مراکش در دسامبر ۲۰۲۰ و سودان در ژانویه ۲۰۲۱ پیوستند": a dated list
            # before or inside the subject-verb span of a step takes that step
            members = [m for m in group if m.country not in FOUNDERS]
            if members:
                gapped.append(
                    _Assignment(end, end + 1, inner.status, inner.weakened, members, False, "gap")
                )
            continue
        if any(end <= c.start < end + _GAP_DATE_REACH + 12 for c in steps):
            continue  # its own verb follows ("and Sudan in 2021 signed"): not a gap
        earlier = [
            a
            for a in assignments
            if a.cue_end <= group[0].start and a.subject and a.subject[-1].end <= group[0].start
        ]
        if not earlier:
            continue
        last = max(earlier, key=lambda a: a.cue_end)
        if _crosses(sentence.punctuation, max(last.cue_end, last.subject[-1].end), group[0].start):
            continue
        if fronted is None and not _after_conjunction(sentence, group[0]):
            continue  # "recalled its ambassador in Israel in November": a place, not a gap
        members = [m for m in group if m.country not in FOUNDERS]
        if members:
            gapped.append(
                _Assignment(end, end + 1, last.status, last.weakened, members, False, "gap")
            )
    return gapped


def _inner_gap(sentence, group, date, assignments):
    """The assignment whose subject follows this dated list closely (", " or
    a conjunction between the date and it) or whose subject-verb span holds it."""
    for assignment in assignments:
        subject, cue_start = assignment.subject, assignment.cue_start
        if assignment.after or assignment.reading != "cue" or not subject:
            continue
        if (
            subject[-1].end <= group[0].start
            and group[-1].end <= cue_start
            and not _crosses(sentence.punctuation, subject[-1].end, cue_start)
        ):
            return assignment
        between = sentence.folded[date.end : subject[0].word_start]
        if (
            group[-1].end <= subject[0].start
            and (
                len(between) <= 8
                and not re.search(r"\w{4,}", between)
                # "Aynı yılın aralık ayında Fas, 2021'in ocak ayında ise Sudan ...": the
                # date after the list, with the one after it, told before the next country
                or _dated_before_next(sentence, date, sentence.dates(), subject[:1])
            )
            and subject[-1].end <= cue_start
        ):
            return assignment
    return None


@functools.cache
def _gap_conjunction_re(lang):
    conjunctions = alternation(lang.conjunctions) or "(?!)"
    article = alternation(lang.articles) or "(?!)"
    agents = "|".join(re.escape(w) for w in lang.agents) or "(?!)"
    return re.compile(
        rf"(?:[,،]|(?<!\w)(?:{conjunctions}))\s*(?:(?:{agents})\s+)?(?:(?:{article})\s+)?$"
    )


_FRONTED_GAP_OPENER_RE = re.compile(r"[,،;]\s*(?:\w{1,3}\s+)?$")


def _fronted_gap_date(sentence, group, dates):
    """ "kam Marokko hinzu, im Januar 2021 der Sudan", "se sumó Marruecos, en enero de 2021
    Sudán": a list that ends its sentence after a comma and its own date, with no verb, is a
    gapped list dated before it; the date, or None."""
    if sentence.folded[group[-1].word_end : sentence.end].strip(" \t.!?»\"'”") != "":
        return None
    for d in dates:
        if _date_right_before(sentence, d, group[0]):
            before = sentence.folded[max(sentence.start, d.start - 12) : d.start]
            if _FRONTED_GAP_OPENER_RE.search(before):
                return d
    return None


def _after_conjunction(sentence, mention):
    """ ", Sudan", "and Sudan", "y Sudán", Hebrew "וסודן" (the conjunction as a prefix)."""
    if mention.word_start < mention.start and sentence.folded[mention.word_start] in "وו":
        return True
    before = sentence.folded[max(sentence.start, mention.word_start - 30) : mention.word_start]
    return bool(_gap_conjunction_re(sentence.lang).search(before))


def _gap_date(dates, subject, sentence):
    """The date of a dated list with no verb: the one right after it ("and Sudan in January
    2021"), unless that date is told before the next country ("in December 2020 Morocco
    and in January 2021 Sudan"): then the one right before the list, if any."""
    after = next(
        (
            d
            for d in dates
            if 0 <= d.start - subject[-1].word_end <= _GAP_DATE_REACH and not d.relative
        ),
        None,
    )
    if after is None:
        return _fronted_gap_date(sentence, subject, dates)
    if not _dated_before_next(sentence, after, dates):
        return after
    return next((d for d in dates if _date_right_before(sentence, d, subject[0])), None)


_PRE_DATE_GAP = 10  # "January 2021 Sudan", "ocak 2021'de ise Sudan", "Januar 2021 der Sudan"
_PRE_DATE_FILLER_RE = re.compile(r"[\s'’]*(?:\w{1,6}[\s'’]+){0,2}")
# "ise", "der", "жылы": a short word, or a month's postposition ("ayında"), between the two
_PRE_DATE_WORD = 4


def _date_right_before(sentence, date, mention):
    """Whether the date stands right before the country, a suffix, an article or a particle
    at most between and no comma or list conjunction ("in December 2020 Morocco",
    "Aralık 2020'de Fas", "im Januar 2021 der Sudan"): the country's own date."""
    gap = mention.word_start - date.end
    if not 0 <= gap <= _PRE_DATE_GAP or date.relative:
        return False
    between = sentence.folded[date.end : mention.word_start]
    if _PRE_DATE_FILLER_RE.fullmatch(between) is None:
        return False
    lang = sentence.lang
    return all(
        (len(word) <= _PRE_DATE_WORD or word in lang.month_postpositions)
        and word not in lang.conjunctions
        for word in _WORDS_RE.findall(between)
    )


def _dated_before_next(sentence, date, dates, mentions=None):
    """Whether the date, or one right after it with no comma between ("2021'in ocak ayında
    ise Sudan"), is the next country's, told right before it (`_date_right_before`); of
    one of mentions if given, else of any country of the sentence."""
    return any(
        _date_right_before(sentence, d, m)
        for d in dates
        if d is date
        or (
            0 <= d.start - date.end <= _PRE_DATE_GAP
            and "," not in sentence.folded[date.end : d.start]
        )
        for m in (sentence.mentions if mentions is None else mentions)
    )


def _relative_with_step(sentence, relative, end):
    """Whether a step cue starts between a relative word and `end` (the country after it):
    ", which the UAE and Bahrain signed", "، التي وقعتها الإمارات"."""
    return any(
        relative.end <= c.start < end for c in sentence.words("status") + sentence.words("generic")
    )


_APPOSITION_COMMA_REACH = (
    40  # folded characters from a country to the comma that opens its apposition
)


def _founder_in_apposition(sentence, group, groups, cue_start):
    """ "L'Arabie saoudite, longtemps courtisée par Washington, a suspendu les discussions",
    "Saudi Arabia, long courted by Washington, suspended the talks": a founder named alone
    inside an apposition set off by commas right after another country belongs to the
    apposition; the halt after its closing comma is that country's, not the founder's."""
    if any(m.country not in FOUNDERS for m in group):
        return False
    heads = [
        g
        for g in groups
        if g[-1].word_end <= group[0].word_start and any(m.country not in FOUNDERS for m in g)
    ]
    if not heads:
        return False
    folded = sentence.folded
    opening = folded[heads[-1][-1].word_end : group[0].word_start]
    closing = folded[group[-1].word_end : cue_start]
    return (
        opening.startswith(",")
        and opening.count(",") == 1
        and len(opening) <= _APPOSITION_COMMA_REACH
        and closing.count(",") == 1
        and len(closing) <= _APPOSITION_COMMA_REACH
        and not any(p in opening + closing for p in ';:()"«»')
        and not sentence.crosses_strong(heads[-1][-1].word_end, cue_start)
    )


def _can_take(group, status):
    """Whether _eligible(group, status) keeps anyone, without building the list."""
    for mention in group:
        if mention.country not in FOUNDERS:
            return True
    return status in _FOUNDER_STATUSES and any(m.kind != "demonym" for m in group)


def _eligible(group, status):
    """Members who may take this step: founders only leave or freeze, and
    only when named alone: in "talks between Saudi Arabia and Israel were
    frozen" Israel is the counterpart.  A demonym ("the Israeli offensive")
    is an adjective of something else, never a founder acting."""
    if status not in _FOUNDER_STATUSES:
        return [m for m in group if m.country not in FOUNDERS]
    alone = all(m.country in FOUNDERS for m in group)
    return [
        m
        for m in group
        if m.country not in FOUNDERS
        or (status in _FOUNDER_STATUSES and alone and m.kind != "demonym")
    ]


def _closed_relative_members(sentence, groups, cue_start):
    """The ids of the country lists inside a relative clause opened with a comma
    (", which", ", whose") and closed by a comma before cue_start, when another list
    (its antecedent) ends right before the relative word: "Uzbekistan, whose president
    attended with Kazakhstan's, has not ...": the verb after the clause is not theirs;
    and the spans (relative word, closing comma) of those clauses, with a country inside
    or not ("Qatar, which hosted the envoy on Monday, has no plans to normalise": the
    hosting is the clause's, the main verb the antecedent's)."""
    inner, closed = set(), []
    for r, close in sentence.closed_relatives(cue_start):
        if not any(0 <= r.start - g[-1].word_end <= 3 for g in groups):
            continue
        inside = [g for g in groups if r.end <= g[0].start and g[-1].end <= close]
        inner.update(id(g) for g in inside)
        closed.append((r.start, close))
    return inner, closed


def _across_dash_apposition(sentence, dashes, left, right):
    """ "Somaliland — recognised by Israel in December — said it hoped to be next": an
    apposition between two dashes right after a country (a space between) is no clause
    break between that country and a cue after the second dash, when no other break
    lies between them."""
    if len(dashes) < 2:
        return False  # the common case: no dash pair in the sentence
    for first, second in zip(dashes, dashes[1:], strict=False):
        if 0 < first - left <= 2 and second < right:
            kept = [b for b in sentence.breaks if b not in (first, second)]
            return not _crosses(kept, left, right)
        if left < first and second < right and _aside(sentence, first, second):
            # "Saudi Arabia has said — repeatedly, publicly, in writing — that it will
            # not normalize": an aside between two dashes naming no country and telling
            # no step is no clause break
            kept = [b for b in sentence.breaks if b not in (first, second)]
            return not _crosses(kept, left, right)
    return False


_ASIDE_REACH = 60  # characters between the two dashes of an aside


def _aside(sentence, first, second):
    """Words between two dashes that name no country and hold no cue of a step."""
    if second - first > _ASIDE_REACH:
        return False
    if any(first < m.start < second for m in sentence.mentions):
        return False
    return not any(
        first < c.start < second
        for category in ("status", "generic", "negations", "conditions", "preconditions")
        for c in sentence.words(category)
    )


def _opening_dash(sentence, dashes, cue_end):
    """The dash opening an apposition right after a cue (within 40 characters,
    a space before it) that a later dash closes, or None."""
    if len(dashes) < 2:
        return None
    folded = sentence.folded
    for dash in dashes[:-1]:
        if 0 <= dash - cue_end <= 40 and folded[dash - 1 : dash] == " ":
            return dash
    return None


def _after_member_predicate(folded, start, lang):
    """True if the text right before start ends with one of the language's
    member_predicates ("est devenu un", "menjadi") as whole words."""
    before = folded[:start].rstrip()
    return any(
        before.endswith(phrase)
        and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum())
        for phrase in lang.member_predicates
    )
