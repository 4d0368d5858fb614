"""Status cues turned into steps: negations, modals, conditions and
restrictions around a cue decide its status (`_adjusted_cues`)."""

import functools
import itertools
import re

from .finding import _crosses, _disowns
from .records import _Step
from .statuses import ACCORDS_BEGAN, CONFLICT_PARTIES, FOUNDERS, NEGATED, SIGNATORIES_2020
from .text import COMMA_RE, WORD_RE, alternation

_OFFER_OBJECT_REACH = 20  # "على عرض واشنطن لمعاهدة": an offer and what it offers
# Steps that are facts: after "should", "could" they are not claimed at all.
_FACTS = {"signed", "joined", "ratified", "suspended", "withdrawn", "negotiating"}
_MODAL_REACH = 60
_WITHOUT_REACH = 20  # "sans pour autant quitter": a "without" right before the cue
_VERB_FINAL_MODAL_REACH = 12  # "katılacağını öngördü": the modal verb right after the cue
_RESTRICTION_SPAN_WORDS = 3  # "only a few days after": the words after "only" read for a span
_RESTRICTION_REACH = (
    120  # "would join ... but only if": a restriction after the cue, in its sentence
)
_CAREFUL_REACH = 60  # a "talks"/"possible" cue this close to "accession" decides its status
# "talks are under way between X's and Y's diplomats on the terms of a possible accession": the
# joining or hedge after the talks in their clause, this far after them, is what they aim at
_TALKS_AIM_REACH = 100
_HALT_REACH = 120  # talks in the clause of "froze", "halted", this close, are the thing halted
_OTHER_AIM_REACH = (
    20  # an off-topic aim this close after a joining, with the accords unnamed, is what is joined
)
_SHORT_LINK_RE = re.compile(r"(\s*[^\W\d]{1,4}['’]?)*\s*")  # "en la", "au", "into the"
_OTHER_BODY_GAP = 12  # "ingreso en la Junta": a joining noun to the other body it joins
_OTHER_AIM_BEFORE_REACH = 60  # the other body named before the joining, in its clause
_BACK_REFERENCE_GAP = 20  # "se sumaron formalmente a la propuesta": the joining's object this close
_QUESTION_AFTER_GAP = (
    1  # "присоединится ли": a question particle right after the verb, one space between
)
_PENDING_REACH = 60  # "ratification of the Abraham Accords remains pending": noun to "pending"
_HALTED_STEP_REACH = 100  # a joining in the halt's clause, this close, is the thing halted


_AIM_GAP = 12  # "candidates to join", "candidatos a sumarse": the joining a candidacy aims at
_REFUSAL_REACH = 40  # "rejected any idea of joining": a refusal verb this close before the join cue


_ZU_INFINITIVE_RE = re.compile(r"\w+zu\w+$|\bzu \w+$")


def _refused(sentence, cue):
    """A refusal verb right before a join cue in its clause ("firmly rejected
    any idea of joining", "rechazó cualquier adhesión"), or in a verb-final
    language right after it ("einen Beitritt ... abgelehnt", "پیوستن را رد کرد")."""
    folded = sentence.folded
    for r in sentence.words("refusals"):
        if r.end <= cue.start:
            start, end, reach = r.end, cue.start, _REFUSAL_REACH
        elif sentence.lang.verb_final and cue.end <= r.start:
            start, end, reach = cue.end, r.start, _MODAL_REACH
        else:
            continue
        incise = _source_incise(sentence, start, end) if r.end <= cue.start else 0
        # not across a comma: "rejected the report, saying it will join"
        if (
            end - start - incise <= reach
            and not sentence.crosses(start, end)
            and (
                "," not in folded[start:end]
                # "aurait écarté, selon plusieurs sources, toute adhésion"
                or incise
                # "hat sich geweigert, die Beziehungen wiederherzustellen": a German
                # refusal's zu-infinitive stands after its one comma
                or (
                    sentence.lang.verb_final
                    and r.end <= cue.start
                    and folded.count(",", start, end) == 1
                    and _ZU_INFINITIVE_RE.search(folded, cue.start, cue.tail_end or cue.end)
                )
            )
            and not _refuser_pushes_another(sentence, r, start, end)
            and not _refuser_rejects_anothers(sentence, r, cue)
        ):
            return True
    return False


def _source_incise(sentence, start, end):
    """The length of a source set between commas right after a refusal verb, before its
    object ("a écarté, selon plusieurs sources, toute adhésion", "ruled out, according
    to diplomats, any accession"): the refusal reaches across it; 0 where there is none."""
    folded = sentence.folded
    if folded.count(",", start, end) != 2 or folded[start : folded.find(",", start, end)].strip():
        return 0
    first = folded.find(",", start, end)
    second = folded.find(",", first + 1, end)
    if any(first < w.start <= first + 2 and w.end <= second for w in sentence.words("reporting")):
        return second + 1 - first
    return 0


def _refuser_pushes_another(sentence, refusal, start, end):
    """Another country named between the refusal word and the join cue than the one
    right before the refusal word ("Washington se resiste a presionar a Riad para que
    se sume", "reste réticent à pousser Riyad à rejoindre"): the reluctance is the
    first one's, the joining the second's; no refusal of the joining."""
    between = {
        m.country
        for m in sentence.mentions
        if start <= m.start and m.end <= end and m.country not in FOUNDERS
    }
    if not between:
        return False
    before = [
        m
        for m in sentence.mentions
        if m.end <= refusal.start and not sentence.crosses(m.end, refusal.start)
    ]
    return bool(before) and before[-1].country not in between


# " du ", " of ", " de l'": the genitive word between a joining noun and its owner
# ("the accession of Saudi Arabia", "la adhesión de", "Beitritt"): the country this close
_GENITIVE_GAP = 6


def _refuser_rejects_anothers(sentence, refusal, cue):
    """A country right after the joining noun (its owner: "toute adhésion du Somaliland",
    "any accession of Somaliland", "cualquier adhesión de Somalilandia") other than the
    one right before the refusal word ("La Somalie rejette"): the refusal is the first
    one's, of the second's joining; no refusal by the joiner.  Not in a verb-final
    language, where the owner stands before the noun."""
    if sentence.lang.verb_final:
        return False
    owners = {
        m.country
        for m in sentence.mentions
        if 0 < m.start - cue.end <= _GENITIVE_GAP and m.country not in FOUNDERS
    }
    if not owners:
        return False
    before = [
        m
        for m in sentence.mentions
        if m.end <= refusal.start and not sentence.crosses(m.end, refusal.start)
    ]
    return bool(before) and before[-1].country not in owners


_MODAL_AFTER_REACH = 40  # "signing the accords could": the object, then the modal
_HEDGE_REACH = 80  # "will join the accords sooner or later": the object, then the hedge
# "— это лишь ", "— it is only a ": the dash standing for "is", then the hedge
_COPULA_DASH_REACH = 16


def _hedge_behind_copula_dash(sentence, left, right):
    """Whether the only break between a step (ending at left) and its hedge (starting at
    right) is a dash standing for the copula, the hedge a word or two after it:
    "Присоединение Азербайджана — лишь вопрос времени", "оның қосылуы – уақыт еншісіндегі
    мәселе", "Azerbaijan will join — it is only a matter of time". The dash joins the
    predicate to its subject; it does not open a clause of its own."""
    between = [b for b in sentence.breaks if left <= b < right]
    return (
        len(between) == 1
        and sentence.folded[between[0]] in _DASHES
        and sentence.folded[between[0] - 1 : between[0]].isspace()
        and right - between[0] <= _COPULA_DASH_REACH
    )


_OPENING_BELIEF_REACH = 40  # ", gilt in Washington als ausgemacht": the belief after the clause


def _opening_clause_belief(sentence, cue):
    """A clause opening the sentence with a complementizer ("Dass Oman den Abkommen
    beitreten werde, ...") holding the cue, closed by a comma after it, and a belief or
    prediction right after that comma ("gilt als wahrscheinlich", "erwartet man"): the
    step is what is believed, not a fact told."""
    folded = sentence.folded
    first = re.match(r"\s*(\w+)", folded[sentence.start : cue.start])
    if not first or not any(
        c.start == sentence.start + first.start(1) for c in sentence.words("complementizers")
    ):
        return False
    comma = folded.find(",", cue.end, sentence.end)
    if comma < 0 or "," in folded[sentence.start : cue.start]:
        return False
    return any(
        0 <= m.start - comma <= _OPENING_BELIEF_REACH and "," not in folded[comma + 1 : m.start]
        for m in sentence.words("modals")
    )


def _belief_before_colon(sentence, cue):
    """A belief or prediction that a colon ends ("уверен: X войдёт", "no
    duda: X se sumará") reaches the step told right after the colon."""
    folded = sentence.folded
    for m in sentence.words("modals"):
        colon = m.end + 2
        if m.end > cue.start or cue.start - m.end > _MODAL_REACH:
            continue
        at = folded.find(":", m.end, min(colon + 1, cue.start))
        if at >= 0 and not sentence.crosses(at + 1, cue.start):
            return True
    return False


_TAG_WORDS = 3  # ", j'en suis certain", ", Trump hopes": words between the comma and the belief
_TAG_ENDS = frozenset(',.;!?»"”)')


def _belief_tag(sentence, cue):
    """A belief or hope told after the step as a short tag closing its clause ("X
    rejoindra les accords, j'en suis certain", "X will join, Trump hopes", "X se
    sumará, estoy seguro"): the step is the speaker's expectation."""
    folded = sentence.folded
    for m in sentence.words("modals"):
        if m.start < cue.end:
            continue
        comma = folded.rfind(",", cue.end, m.start)
        if comma < 0 or len(folded[comma + 1 : m.start].split()) > _TAG_WORDS:
            continue
        if any(c.start > cue.end and c.start < m.start for c in sentence.words("status")):
            continue
        rest = folded[m.end : sentence.end].lstrip(" ")
        if not rest or rest[0] in _TAG_ENDS:
            return True
    return False


def _modal_after_object(sentence, cue):
    """ "Signing the accords would cost it dearly", "firmar los
    Acuerdos de Abraham podría ...", "die Unterzeichnung der Abraham-Abkommen
    könnte": a modal right after the accords' name that follows the cue (or
    ends it), with nothing else between, makes the step the subject of a
    hypothesis."""
    topics = [t for t in sentence.strong_topics() if cue.start <= t.start <= cue.end + 6]
    if not topics:
        return False
    after = max(cue.end, max(t.end for t in topics))
    return any(
        0 <= m.start - after <= _MODAL_AFTER_REACH - (after - cue.end)
        and not sentence.crosses(after, m.start)
        and not sentence.folded[after : m.start].strip(" ")
        for m in sentence.words("modals")
    )


_GENITIVE_OBJECT_GAP = 12  # "dans les ", "to the ": between the country and the accords' name


def _modal_after_genitive(sentence, cue):
    """ "The accession of Saudi Arabia would be a milestone", "la adhesión de Arabia Saudí
    sería un hito", "ein Beitritt Saudi-Arabiens wäre": a modal right after the country
    that follows the accession noun makes the joining a hoped-for step."""
    named = [m for m in sentence.mentions if 0 <= m.word_start - cue.end <= _GENITIVE_GAP]
    # "announced that Morocco would establish relations": a modal a split cue reads between
    # its parts ("announced that ~ would (join|establish ...)") is that cue's own word
    modals = [m for m in sentence.words("modals") if not (cue.tail_end and m.end <= cue.tail_end)]
    if not named:
        # "Azerbaijan's accession is being floated", "Aserbaidschans Beitritt wird
        # diskutiert": the owner before the noun, a modal right after the noun itself (not
        # after the accords' name: "X's entry into the accords would ..." is a hypothesis)
        return (
            not _modal_after_object(sentence, cue)
            and any(
                0 <= cue.start - m.end <= 3
                and sentence.folded[m.end : cue.start] in (" ", "'s ", "’s ", "s ")
                for m in sentence.mentions
            )
            and any(
                0 <= m.start - cue.end <= 2 and not sentence.folded[cue.end : m.start].strip(" ")
                for m in modals
            )
        )
    after = max(m.word_end for m in named)
    # "l'adhésion de l'Azerbaïdjan aux accords d'Abraham serait", "the accession of Oman
    # to the Abraham Accords would be": the accords' name between the country and the modal
    objects = [
        t.end
        for t in sentence.strong_topics()
        if 0 <= t.start - after <= _GENITIVE_OBJECT_GAP
        and "," not in sentence.folded[after : t.start]
    ]
    if objects:
        after = max(objects)
    return any(
        0 <= m.start - after <= 2 and not sentence.folded[after : m.start].strip(" ")
        for m in modals
    )


_TAIL_WORDS = 30  # characters of a split cue's tail that its own words span


_RELATIVE_COMMAS = (",", "،")


def _set_off_relative(sentence, cue):
    """The cue stands in a relative clause set off by commas (", which signed in
    2021, ...", ", qui a signé en 2021, ..."): a relative word with its comma opens it, no
    comma between that word and the cue, a comma after the cue closes it before the
    sentence ends."""
    folded = sentence.folded
    opener = None
    for word in sentence.words("relatives"):
        if word.end <= cue.start:
            opener = word
    if (
        opener is None
        or COMMA_RE.search(folded, opener.end, cue.start)
        # the word's own comma (", which") or one right before it ("، الذي", ", yang")
        or (
            folded[opener.start] not in _RELATIVE_COMMAS
            and folded[sentence.start : opener.start].rstrip()[-1:] not in _RELATIVE_COMMAS
        )
    ):
        return None
    closing = COMMA_RE.search(folded, cue.end, sentence.end)
    return (opener.start, opener.end, closing.start()) if closing else None


def _first_signatory_signing(sentence, cue, relative):
    """A relative clause on one of the accords' first signatories, in a text about the
    accords, that dates its signing in 2020 or 2021 ("Sudan, which signed in January
    2021, ...", "der Sudan, der im Januar 2021 unterschrieb, ..."): that signing is
    theirs, though the sentence does not name them."""
    opener, opener_end, closing = relative
    before = [m for m in sentence.mentions if m.end <= opener]
    return (
        sentence.near_topic
        and bool(before)
        and before[-1].country in SIGNATORIES_2020
        and not sentence.folded[before[-1].end : opener].strip(" ,،")
        and any(
            opener_end <= d.start and d.end <= closing and d.value[:4] in ("2020", "2021")
            for d in sentence.dates()
        )
    )


def _signing_in_tail(step, steps):
    """A signing word that is the tail of another step's split cue ("وانتظار كازاخستان
    توقيعها الرسمي", awaiting Kazakhstan's official signing: an announced joining whose
    signing is still to come) is that cue's word, not a signing of its own."""
    return step.status == "signed" and any(
        other.status != "signed"
        and other.tail_end is not None
        and other.end <= step.start
        and step.end <= other.tail_end
        and other.tail_end - step.start <= _TAIL_WORDS
        for other in steps
    )


def _weakened_in_tail(step, steps):
    """ "Trump announced that Morocco would establish full diplomatic relations": the modal
    between a split announcement's parts ("announced that ~ would (join|establish ...
    relations)") is that announcement's own word; a cue inside its tail that the modal
    weakened ("establish ... relations", read as a wish after "would") is that tail's, not a
    candidacy of its own."""
    return step.weakened and any(
        other is not step
        and not other.weakened
        and other.status in ("announced", "joined")
        and other.tail_end is not None
        and other.end <= step.start < other.tail_end
        for other in steps
    )


def _ceremony_to_come(sentence, step, status_cues):
    """ "Has joined the accords, with a signing ceremony to come", "se ha sumado
    ..., aunque la firma se celebrará más adelante": a bare signing word after
    a joining in its sentence, with no country and no date of its own, is
    that joining's ceremony still to come, not a signing.  (Verb-final: the
    joining before the verb is what was signed, "سند پیوستن ... را امضا کرد".)"""
    if (
        sentence.lang.verb_final
        or step.status != "signed"
        or not any(c.start == step.start and c.category == "generic" for c in status_cues)
    ):
        return False
    joinings = [
        c.end
        for c in status_cues
        if c.category == "status" and c.payload in ("joined", "announced") and c.end <= step.start
    ]
    if not joinings:
        return False
    joining = max(joinings)
    # the joining's own country named again ("Air Astana") or a founder ("relations with
    # Israel") between the two is no subject of the ceremony; a date after a reporting word
    # ("..., the minister told journalists on Feb. 23") is the report's day
    not_subjects = {m.country for m in sentence.mentions if m.start < joining} | set(FOUNDERS)
    reports = [m.start for m in sentence.words("reporting") if m.start >= step.end]
    return not any(
        (joining <= m.start < step.start and m.country not in not_subjects) or step.end <= m.start
        for m in sentence.mentions
    ) and not any(
        d.start >= step.end and not any(r < d.start for r in reports) for d in sentence.dates()
    )


_TOPIC_POSTPOSITION_GAP = 2  # the joining noun, a space, then "ilişkin", "туралы"
_TOPIC_MODAL_REACH = 40  # "ilişkin son haftalarda artan spekülasyonlara"


def _topic_of_modal(sentence, cue):
    """A joining noun in a verb-final language followed by a postposition of topic
    (`topic_postpositions`: "ilişkin", "dair", "туралы"), then, in its clause, a modal
    noun ("spekülasyonlara", "болжамдарға"): the joining is what is speculated about."""
    end = cue.tail_end or cue.end
    folded = sentence.folded
    gap = folded[end : end + _TOPIC_POSTPOSITION_GAP]
    start = end + len(gap) - len(gap.lstrip())
    word = next(
        (p for p in sentence.lang.topic_postpositions if folded.startswith(p + " ", start)),
        None,
    )
    if word is None:
        return False
    after = start + len(word)
    return any(
        0 <= m.start - after <= _TOPIC_MODAL_REACH and not sentence.crosses(after, m.start)
        for m in sentence.words("modals")
    )


def _ceremony_cue(sentence, cue):
    """Whether an announced cue is a signing ceremony ("مراسم امضا", "טקס חתימה",
    "مراسم توقيع": its words hold one of the language's `ceremony_words`)."""
    words = sentence.lang.ceremony_words
    if not words:
        return False
    text = sentence.folded[cue.start : cue.tail_end or cue.end]
    return any(word in text for word in words)


_SCHEDULE_GAP = (
    12  # "Termin für die Unterzeichnung", "date de la signature": a schedule word, then the signing
)


_SCHEDULE_NEGATION_REACH = 30  # "пока не назвали дату", "has not yet set a date for"


def _signing_yet_to_be_set(sentence, step):
    """ "Сроки подписания ... пока не определены", "Der Termin für die Unterzeichnung
    steht noch nicht fest", "la date de la signature n'a pas encore été fixée": a
    signing right after a word for its date or timing (`schedule_nouns`), in a
    sentence that denies that date after it or just before the word, is a signing still to come, not a
    signing; the joining told beside it stays announced ("Дата подписания была
    15 сентября 2020 года", with no negation, was a signing).  Every negation word
    counts, and "пока не" (not yet), read as a precondition ("until")."""
    if step.status != "signed":
        return False
    schedules = [
        s for s in sentence.words("schedule_nouns") if 0 <= step.start - s.end <= _SCHEDULE_GAP
    ]
    if not schedules:
        return False
    negations = sentence.words("negations") + sentence.words("preconditions")
    if any(n.start >= step.end for n in negations):
        return True
    # the date denied before it: "пока не назвали дату подписания", "has not set a date
    # for the signing", "no ha fijado fecha para la firma"
    return any(
        0 <= s.start - n.end <= _SCHEDULE_NEGATION_REACH and not sentence.crosses(n.end, s.start)
        for n in negations
        for s in schedules
    )


_SCHEDULED_AFTER = 60  # "Kazakhstan's signing of the Abraham Accords is scheduled for"
_SCHEDULED_BEFORE = 30  # "ومن المقرر أن توقع", "قرار است ... امضا کند": the plan told first


def _scheduled_signing(sentence, step):
    """ "Kazakhstan's signing of the accords is scheduled for June", "la signature ... est
    prévue en juin", "подписание ... запланировано на июнь", "توقيع كازاخستان ... مقرر":
    a signing with a word of planning or scheduling (`schedulings`) after it in its
    clause (or right before it) is a signing still to come: the joining it seals is
    announced (the corpus rule for a joining whose ceremony is ahead), not signed."""
    if step.status != "signed":
        return step
    end = step.tail_end or step.end
    dates = sentence.dates()
    for word in sentence.words("schedulings"):
        if (
            0 <= word.start - end <= _SCHEDULED_AFTER
            and not sentence.crosses(end, word.start)
            # "signed on 15 September 2020, as planned": a signing dated before the word
            # took place
            and not any(end <= d.start and d.end <= word.start for d in dates)
        ) or (
            0 <= step.start - word.end <= _SCHEDULED_BEFORE
            and not sentence.crosses(word.end, step.start)
        ):
            return step._replace(status="announced")
    return step


_COORDINATOR_REACH = (
    12  # "maupun menormalisasi": the coordinator, the word right before the second verb
)


def _shares_a_refusal(sentence, step, steps):
    """ "Indonesia tidak akan bergabung dengan Abraham Accords maupun menormalisasi
    hubungan dengan Israel" (will not join the accords nor normalise ties): a step
    right after a coordinator (`conjunctions`: "dan", "maupun") that follows a refusal
    in its clause, with no country named between them, is the refusal's second verb
    under the same negation, not a step of its own.  A country named after the
    coordinator ("..., dan Malaysia menormalisasi ...") opens a step of its own."""
    if step.status in ("declined", "suspended", "withdrawn"):
        return False
    folded = sentence.folded
    before = folded[max(sentence.start, step.start - _COORDINATOR_REACH) : step.start].split()
    if not before or before[-1] not in sentence.lang.conjunctions:
        return False
    coordinator = folded.rfind(before[-1], 0, step.start)
    return any(
        refusal.status == "declined"
        and refusal.end <= coordinator
        and not sentence.crosses(refusal.end, step.start)
        and not any(refusal.end <= m.start < step.start for m in sentence.mentions)
        for refusal in steps
    )


_SIGNED_OBJECT_REACH = (
    40  # "signed its accession", "a signé son adhésion": the joining this close after the signing
)
_VERB_FINAL_SIGNED_OBJECT_REACH = (
    60  # "سند پیوستن به پیمان ابراهیم را ... امضا کرد": the joining before the verb
)


def _disowned_signing(sentence):
    """ "The port contract was signed with an Emirati company and has nothing to do with the
    Abraham Accords": what is signed in the sentence is something else (`_disowns`)."""
    return _disowns(sentence.words("unrelated"), sentence.strong_topics())


def _joins_named_other(sentence, cue):
    """ "Milei lanzó los Acuerdos de Isaac, ..., y Paraguay se sumó a la propuesta": a
    joining whose object right after it points back (`back_references`) to another
    agreement named earlier in the sentence (`off_topic`) joins that agreement."""
    end = (cue.tail_end or cue.end) + _BACK_REFERENCE_GAP
    others = [o for o in sentence.words("off_topic") if o.end <= cue.start]
    # "los Acuerdos de Isaac", "les accords d'Isaac": the other agreement's name holds the
    # words that name the accords ("los acuerdos"); those do not name them here
    named = [
        t
        for t in sentence.strong_topics()
        if not any(t.start < o.end and o.start < t.end for o in others)
    ]
    # the object may share its preposition with the cue ("se sumaron a" + "a la
    # propuesta"), or stand inside a split cue ("schloss sich dem Vorhaben an")
    return (
        others
        and not named
        and any(
            cue.start <= b.start <= end and b.end > cue.end
            for b in sentence.words("back_references")
        )
    )


def _what_was_signed(sentence, step, steps):
    """ "Signed its accession to the accords", "a signé son adhésion" (or ratified it),
    "подписал документы о присоединении", "חתמה על הצטרפותה": a joining right
    after a signing in its clause, with no comma, no "and" and no country
    between, is what was signed, not an announcement beside it (verb-final:
    the joining right before the signing verb, "seinen Beitritt
    unterzeichnet", "پیوستن ... را امضا کرد"; verb-first: the signer between
    the verb and its object, "وقعت أذربيجان وثيقة انضمامها").  A founder
    between is the place or the other side ("at the White House")."""
    if step.status != "announced":
        return False
    folded = sentence.folded
    conjunctions = sentence.words("conjunctions")
    signers = 1 if sentence.lang.verb_first else 0

    def plain(start, end, owner=False, apposed=None):
        named = [
            m
            for m in sentence.mentions
            if start <= m.start < end
            and m.country not in FOUNDERS
            # "Der Beitritt des Sudans wurde ... besiegelt": the joining noun's own
            # genitive right after it (one word at most between) is whose joining was
            # signed, not another signer
            and not (owner and len(folded[start : m.start].split()) <= 1)
        ]
        if apposed:
            # "Der Beitritt des Sudans, im Januar 2021 besiegelt, ...": the signing
            # participle closing an apposition right after the joining noun's owner
            gap = folded[start:end]
            return (
                gap.count(",") == 1
                and len(gap[: gap.index(",")].split()) <= 2
                and folded[apposed:].lstrip().startswith(",")
                and not any(start <= c.start < end for c in conjunctions)
                and len(named) <= signers
            )
        return (
            not sentence.crosses(start, end)
            and "," not in folded[start:end]
            and not any(start <= c.start < end for c in conjunctions)
            and len(named) <= signers
        )

    for signed in steps:
        # a ratification's object, too: "ratified its accession", "ratifizierte den Beitritt"
        if signed.status not in ("signed", "ratified") or signed.weakened:
            continue
        if 0 <= step.start - signed.end <= _SIGNED_OBJECT_REACH and plain(signed.end, step.start):
            return True
        if (
            sentence.lang.verb_final
            and 0 <= signed.start - step.end <= _VERB_FINAL_SIGNED_OBJECT_REACH
            and (
                plain(step.end, signed.start, owner=True)
                or plain(step.end, signed.start, owner=True, apposed=signed.end)
            )
        ):
            return True
    return False


_OLD_SIGNING_GAP = 6  # " in ", " عام ", " en ": between a signing word and its year


def _old_signing(sentence, cue):
    """A year before the accords right after the signing word, in its clause."""
    return any(
        0 <= d.start - cue.end <= _OLD_SIGNING_GAP
        and int(d.value[:4]) < ACCORDS_BEGAN
        and not sentence.crosses(cue.end, d.start)
        for d in sentence.dates()
    )


_SINCE_REACH = 40  # "since the Abraham Accords were ": a since word, the accords' name, the signing


def _since_the_signing(sentence, cue):
    """ "since the signing of the accords", "depuis la signature des accords",
    "מאז נחתמו הסכמי אברהם": a signing right after a since word, with no
    country between them nor right after it (the signer of "since the UAE's
    signing"), dates something else; it is no country's step (the first
    signatories named beside it are background members still)."""
    return any(
        0 <= cue.start - w.end <= _SINCE_REACH
        and not sentence.crosses(w.end, cue.start)
        and not any(
            w.end <= m.start < cue.start
            or (
                0 <= m.word_start - cue.end <= _SIGNER_AFTER
                and _signer_gap(sentence, cue.end, m.word_start)
                # "clarified after the signing that Pakistan ...": a "que" between
                # opens what was said; the country after it signed nothing
                and not any(
                    cue.end <= c.start < m.word_start for c in sentence.words("complementizers")
                )
            )
            for m in sentence.mentions
        )
        for w in sentence.words("time_since")
    )


def _signer_gap(sentence, start, end):
    """Whether the words between a signing and the country after it leave the country its
    signer: none, a genitive or an article ("la signature du Maroc", "the signing of the
    UAE"), or a passive "by"; a comma or another word ("پس از امضا، سومالی‌لند ...", "وبعد
    التوقيع أعلنت أرض الصومال", after the signing Somaliland announced) opens a clause of
    its own."""
    if COMMA_RE.search(sentence.folded, start, end):
        return False
    if any(start <= a.start and a.end <= end for a in sentence.words("agents")):
        return True
    lang = sentence.lang
    allowed = set(lang.genitives) | set(lang.articles)
    return all(word in allowed for word in sentence.folded[start:end].split())


_SIGNER_AFTER = 8  # "منذ توقيع الإمارات", "depuis la signature du Maroc": the signer right after


_NEGATIVE_SUBJECT_REACH = 80  # "Nichts hat den Beitritt ... gebremst": the clause's subject
_RESUMPTION_REACH = (
    40  # "revived normalisation ... frozen since the war": the resumption this close
)


def _resumed(sentence, cue):
    """A word of resuming ("revived", "a relancé", "возобновили") in the halt's clause,
    before it or right after its words: what was halted has started again."""
    end = cue.tail_end or cue.end
    return any(
        (
            cue.start - _RESUMPTION_REACH <= r.end <= cue.start
            and not sentence.crosses(r.end, cue.start)
        )
        or (
            cue.start <= r.start
            and r.start - end <= _RESUMPTION_REACH
            and not sentence.crosses(end, r.start)
        )
        for r in sentence.words("resumptions")
        # "have not resumed", "так и не возобновились": the halt goes on
        if not sentence.near_before(
            sentence.words("negations"), r.start, sentence.lang.negation_reach
        )
        # "podrían retomarse en 2026", "könnten 2026 wieder aufgenommen werden": a
        # resumption only possible leaves the halt as it is
        and not sentence.near_before(sentence.words("modals"), r.start, _RESUMPTION_REACH)
    )


def _set_off(sentence, negation, end):
    """ "Sudan's normalisation, never completed, has been frozen", "تطبيع السودان، الذي لم
    يكتمل، مجمد": a negation opening a phrase set off by commas (or inside a relative clause
    closed by one) before `end` (the cue, or a split cue's tail) negates that phrase's
    participle, not the cue."""
    if end is None:
        return False
    folded = sentence.folded
    if _closed_relative_between(sentence, negation.start, negation.end, end):
        return True  # ", which was never completed,": the relative clause's own negation
    opened = folded[max(sentence.start, negation.start - _SET_OFF_GAP) : negation.start]
    return opened.rstrip().endswith((",", "،")) and any(
        c in folded[negation.end : end] for c in (",", "،")
    )


_SET_OFF_GAP = 2  # the comma and a space right before the negation (", never completed,")


def _coordinated(sentence, negation, cue_start):
    """ "normalisation was never completed and was frozen", "nunca llegó a completarse y quedó
    congelada", "n'a jamais abouti et a été gelée": a negation followed by a verb of its own
    and a coordinator (`coordinators`) before the halt negates that first verb, not the halt
    ("was not frozen", "no quedó congelada y" negate it still: no word between). A dash
    after that verb joins two clauses as the coordinator does ("о нормализации предпочитают не
    вспоминать – контакты ... свернуты")."""
    between = sentence.folded[negation.end : cue_start]
    if _DASH_COORDINATION_RE.search(between) and sum(between.count(d) for d in "–—") == 1:
        # one dash: two clauses; two set off an aside ("не были – вопреки слухам – свернуты")
        return True
    words = sentence.lang.coordinators
    if not words:
        return False
    return _coordinated_re(words).search(between) is not None


_DASH_COORDINATION_RE = re.compile(r"\w\s+[–—]\s")


@functools.cache
def _coordinated_re(words):
    """A word, then a coordinator of `words` standing alone."""
    return re.compile(rf"\w\s+(?:{alternation(words)})(?:\s|$)")


def _between_parts(cue, words):
    """Does one of the words stand between a split cue's head and its tail?"""
    return cue.tail_end is not None and any(
        cue.end <= w.start and w.end <= cue.tail_end for w in words
    )


def _answered_yes(sentence, question):
    """Is the question one of a clause opening the sentence with a speaking participle
    ("Asked whether Saudi Arabia would be next", "Gefragt, ob ...", `speaking_openers`)
    and answered yes after its comma ("he said: 'I think they will'", `affirmative_answers`),
    with no negation or restriction in the answer ("I don't think they will", "yes, but
    only if ...")?"""
    if not any(w.start == sentence.start for w in sentence.words("speaking_openers")):
        return False
    folded = sentence.folded
    comma = COMMA_RE.search(folded, question[1], sentence.end)
    if comma is None:
        return False
    reported = [r for r in sentence.words("reporting") if r.start >= comma.end()]
    if not reported:
        return False
    said = reported[0].end
    if not any(a.start >= said for a in sentence.words("affirmative_answers")):
        return False
    return not any(
        w.start >= said
        for category in ("negations", "restrictions", "preconditions", "refusals")
        for w in sentence.words(category)
    )


def _before_set_off_halt(folded, word, cue):
    """A word between a split halt's head and a tail set off by a comma ("the contacts
    between Indonesia and Israel reported last year, already put on hold after a
    leak"): it stands in the halted process's noun phrase, before the comma, and
    hedges that process, not the halt (so does one before a halt read at such a tail,
    "exploratory contacts between Indonesia and ...", a country right after the head)."""
    comma = folded.rfind(",", word.end, cue.tail_end)
    return comma >= 0 and "," not in folded[comma + 1 : cue.tail_end]


_HEDGED_PROCESS_GAP = 2  # "possible accession", "éventuelle adhésion": the hedge, a space


def _hedged_process(modal, status_cues, verb_final):
    """A hedge right before a halted process ("possible accession", "eventual adhesión",
    "möglichen Beitritt") inside the words of a split halt ("talks on a possible accession
    to the accords were suspended"): it qualifies the process that was halted, it does not
    make the halt a hypothesis. Not a modal before the halt's own word ("normalisasi ...
    bisa dibekukan": the cue after it ends the halt), nor, in a verb-final language, one
    before a halt with no talks about the process ("خواستار کند شدن روند ... نیست")."""
    after = [c for c in status_cues if 0 <= c.start - modal.end <= _HEDGED_PROCESS_GAP]
    if not after:
        return False
    for h in status_cues:
        if h.payload != "suspended" or h.tail_end is None or modal.end >= h.tail_end:
            continue
        if h.end <= modal.start and any(c.end < h.tail_end for c in after):
            return True
        # verb-final ("Gespräche über einen möglichen Beitritt ... liegen auf Eis"): the
        # halt's verb closes the clause, the split halt right after the hedge has the
        # process as its head, and the talks about it are read at that head or are the
        # halt's second process
        if (
            verb_final
            and h in after
            and any(
                (n.payload == "negotiating" and n.start <= h.start < (n.tail_end or n.end))
                # "olası katılım konusundaki görüşmeler ... askıya alındı": the talks are a
                # second process of the same halt
                or (n is not h and n.payload == "suspended" and n.tail_end == h.tail_end)
                for n in status_cues
            )
        ):
            return True
    return False


def _modal_halt(sentence, cue, status_cues, verb_final):
    """A modal between a split halt's parts in its own clause, no comma between it and the
    halt's last word ("Die Gespräche ... könnten auf Eis gelegt werden"): the halt is a
    hypothesis, as it is before the halt in any other language."""
    return (
        cue.tail_end is not None
        and any(
            cue.end <= m.start
            # not a modal that is the halt's own last word ("geri çağırmıştı", called back)
            and m.end < cue.tail_end
            and sentence.folded[m.end : cue.tail_end].strip()
            and not sentence.crosses(cue.end, cue.tail_end)
            and not _hedged_process(m, status_cues, verb_final)
            for m in sentence.words("modals")
        )
    )


_OTHERS_GAP_WORDS = 3  # "that other African countries": the words between "that" and the group


def _others_may_follow(sentence, step, status_cues):
    """A stance whose clause goes on with a complementizer and a nameless group as its
    subject ("Morocco does not rule out that other African countries will follow", "Il
    n'exclut pas que d'autres pays africains suivent", "schließt nicht aus, dass weitere
    Länder folgen", "не исключает, что другие страны последуют его примеру"), no country
    named after it: the stance and the group's own step after it are about the group, not
    steps of the country before them. Not a relative "that" before a modal ("a prize that
    could bring other nations along")."""
    folded = sentence.folded
    for c in sentence.words("complementizers"):
        for g in sentence.words("generic_subjects"):
            if g.start < c.end:
                continue
            gap = folded[c.end : g.start]
            if "," in gap or len(gap.split()) > _OTHERS_GAP_WORDS:
                continue
            if any(c.end <= w.start < g.start for w in [*sentence.words("modals"), *status_cues]):
                continue
            stance = [
                s
                for s in status_cues
                if s.payload == "prospective"
                and (s.tail_end or s.end) <= c.start
                and not folded[(s.tail_end or s.end) : c.start].strip(" ,")
            ]
            if not stance or any(m.start >= stance[0].end for m in sentence.mentions):
                continue
            if step.start == stance[0].start:
                return True
            # the group's own step: after it in its clause
            if g.end <= step.start and not sentence.crosses(g.end, step.start):
                return True
    return False


def _hedged_aim(modal, status_cues):
    """A hedge right after the process noun closing the head of a split talks cue, before
    its tail ("با باکو درباره پیوستن احتمالی به پیمان ابراهیم گفتگو می‌کند", talks about a
    possible accession): it qualifies the accession the talks are about, it does not make
    the talks a hypothesis."""
    return any(
        h.payload == "negotiating"
        and h.tail_end is not None
        and 0 <= modal.start - h.end <= _HEDGED_PROCESS_GAP
        and modal.end < h.tail_end
        for h in status_cues
    )


def _negated_inside(sentence, cue, negations):
    """A negation between a split cue's head and tail, with no clause break between the
    head and it ("hat ... nicht unterzeichnet", "ist den Abkommen nie beigetreten")."""
    return cue.tail_end is not None and any(
        cue.end <= n.start and n.end <= cue.tail_end and not sentence.crosses(cue.end, n.start)
        for n in negations
    )


_CLOSING_NEGATION_REACH = 60  # "ratifizierte das Abkommen über die Normalisierung nie"


def _fronted_negation(sentence, cue):
    """A negation that opens the sentence, or a clause after a colon or semicolon
    (`fronted_negations`: "ni siquiera", "en ningún momento", "nicht einmal", "not even",
    "at no point"), negates the step of its clause however far the verb stands, a time
    phrase between ("Los emiratíes nunca bajaron la bandera: ni siquiera en los peores
    meses del conflicto llamaron a consultas a su embajador")."""
    openers = sentence.lang.fronted_negations
    if not openers:
        return False
    folded = sentence.folded
    start = max(
        sentence.start,
        folded.rfind(":", sentence.start, cue.start) + 1,
        folded.rfind(";", sentence.start, cue.start) + 1,
    )
    head = folded[start : cue.start]
    stripped = head.lstrip(" \"'«“„¿¡-–—")
    offset = start + len(head) - len(stripped)
    for opener in openers:
        if stripped.startswith(opener) and stripped[len(opener) : len(opener) + 1] == " ":
            return not sentence.crosses(offset + len(opener), cue.start)
    return False


def _ratification_noun_denied(sentence, cue, negations):
    """A ratification cue that is a noun (`ratification_nouns`) followed in its clause, with
    no comma or punctuation between, by a negation ("ratification never took place", "la
    ratificación nunca se produjo", "ратификацию так и не провели", "ratifikasi tidak pernah
    dilakukan", "האשרור לא הושלם"): the ratification did not happen."""
    if not any(
        r.start < cue.end and cue.start < r.end for r in sentence.words("ratification_nouns")
    ):
        return False
    folded = sentence.folded
    return any(
        0 <= n.start - cue.end <= _RATIFICATION_DENIAL_REACH
        and "," not in folded[cue.end : n.start]
        and not _crosses(sentence.punctuation, cue.end, n.start)
        for n in negations
    )


# "ratificación de los Acuerdos de Abraham nunca": the noun's complement between
_RATIFICATION_DENIAL_REACH = 40


def _negation_closes_clause(sentence, cue, negations):
    """A negation after the cue in its clause, with no comma between, that ends the
    clause (punctuation, a comma or the sentence's end right after it)."""
    folded = sentence.folded
    for n in negations:
        if not (0 <= n.start - cue.end <= _CLOSING_NEGATION_REACH):
            continue
        if "," in folded[cue.end : n.start] or _crosses(sentence.punctuation, cue.end, n.start):
            continue
        rest = folded[n.end : sentence.end].lstrip()
        if not rest or rest[0] in ".,;:!?)\u00bb\"'":
            return True
    return False


_DOUBT_AFTER_REACH = (
    60  # "Ein Beitritt Mauretaniens gilt als unwahrscheinlich": the doubt this close
)


def _doubted_after(sentence, cue):
    """A doubt word after a joining, in its clause ("joining looks unlikely", "la adhesión
    parece improbable", "присоединение маловероятно"): the joining is an open question."""
    end = cue.tail_end or cue.end
    return any(
        0 <= d.start - end <= _DOUBT_AFTER_REACH
        and not _crosses(sentence.punctuation, end, d.start)
        # "ein Beitritt gilt aber als unwahrscheinlich": a break word inside the clause,
        # with no comma before it ("aber" after the verb), does not end it
        and "," not in sentence.folded[end : d.start]
        for d in sentence.words("doubts_after")
    )


_OPENING_PARTICIPLE_GAP = 6  # ", les ", ", the ": the comma, an article, the accords' name


def _only_relative_between(sentence, start, end):
    """Only a relative word between start and end ("Perjanjian Abraham yang dimeterai",
    "the accords, which were signed" is not: "were" stands between)."""
    return any(
        start <= r.start
        and r.end <= end
        and not sentence.folded[start : r.start].strip(" ,")
        and not sentence.folded[r.end : end].strip(" ,")
        for r in sentence.words("relatives")
    )


def _opening_participle(sentence, cue):
    """The first comma after a signing word opening the sentence stands right before the
    accords' name ("Signés sous Trump, les accords d'Abraham ...", "Signed in 2020, the
    Abraham Accords ...", "Firmados en 2020, los Acuerdos ...")."""
    comma = sentence.folded.find(",", cue.end, sentence.end)
    return comma >= 0 and any(
        0 <= t.start - comma <= _OPENING_PARTICIPLE_GAP for t in sentence.strong_topics()
    )


_FOUNDING_REACH = 40  # "وتضم الاتفاقيات، التي رعتها إدارة ترامب": the relative word, the participle
# "Die 2020 geschlossenen", "در سال ۲۰۲۰ منعقد": a date right before the founding word
FOUNDING_DATE_GAP = 6


# "formé en septembre 2020 par": a date between the group's word and its agent
_FOUNDED_GROUP_AGENT_GAP = 20


def _founded_groups(sentence):
    """ "rejoindre le groupe formé en 2020 par les Émirats, Bahreïn et le Maroc": a group's
    making (`founded_groups`) with a passive's agent close after it is a participle
    describing the group; the countries after the agent founded it and do not take the
    sentence's step (they stay background members)."""
    agents = sentence.words("agents")
    for word in sentence.words("founded_groups"):
        if any(
            0 <= a.start - word.end <= _FOUNDED_GROUP_AGENT_GAP
            and not sentence.crosses(word.end, a.start)
            for a in agents
        ):
            sentence.participles.append(word.end)


def _founding_participles(sentence):
    """The sentence's founding words (`founding_marks`), kept as participles."""
    _founded_groups(sentence)
    words = sentence.words("founding_participles")
    topics = sentence.strong_topics() if words else ()
    if not topics:
        return
    after, before = founding_marks(
        sentence.folded,
        sentence.start,
        sentence.end,
        words,
        topics,
        sentence.words("relatives"),
        sentence.mentions,
        sentence.dates(),
        sentence.crosses,
    )
    sentence.participles.extend(after)
    sentence.participles_before.extend(before)


def founding_marks(folded, start, end, words, topics, relatives, mentions, dates, crosses):
    """ "Conclus en 2020, les accords d'Abraham ...", "Die 2020 geschlossenen
    Abraham-Abkommen", "Заключенные в 2020 году Авраамовы соглашения", "اتفاقيات أبراهام التي
    أطلقت عام 2020": a word of the accords' making (`founding_participles`) opening the
    sentence before their name (its first comma right before it), right after the name (a
    relative word between allowed, and a date or an agent after the relative) or right
    before it describes them; the date beside it is theirs, no member's step (labelling
    rule 8).  (ends of those with their date after them, starts of those with a date right
    before them)."""
    after, before = [], []
    for word in words:
        comma = folded.find(",", word.end, end)
        opening = (
            not folded[start : word.start].strip()
            and comma >= 0
            and any(0 <= t.start - comma <= _OPENING_PARTICIPLE_GAP for t in topics)
        )
        if not opening and not any(
            _describes(folded, topic, word, relatives, mentions, dates, crosses) for topic in topics
        ):
            continue
        if any(0 <= word.start - d.end <= FOUNDING_DATE_GAP for d in dates):
            before.append(word.start)
        else:
            after.append(word.end)
    return after, before


def _describes(folded, topic, word, relatives, mentions, dates, crosses):
    """Does the founding word stand beside the accords' name: right after it, after a relative
    word (and a date or an agent) or right before it (a date between allowed)?"""
    if topic.end <= word.start:
        return word.start - topic.end <= 3 or any(
            not folded[topic.end : r.start].strip(" ,،")
            and r.end <= word.start
            and word.start - r.end <= _FOUNDING_REACH
            and not crosses(r.end, word.start)
            and not any(r.end <= m.start < word.start for m in mentions)
            for r in relatives
        )
    if word.end <= topic.start:
        return topic.start - word.end <= 3 or any(
            word.end <= d.start
            and d.end <= topic.start
            and d.start - word.end <= 4
            and topic.start - d.end <= FOUNDING_DATE_GAP
            for d in dates
        )
    return False


_PUSHED_NEGATION_GAP = 3  # "ne pas rejoindre": the negation, a space, the joining
_PUSH_REACH = 60  # "presse le Liban de ne pas normaliser": the push, the pushed, "not"


def _pushed_not_to(sentence, cue, negations, after=False):
    """A push not to join ("L'Algérie pousse la Mauritanie à ne pas rejoindre", "presiona
    a Mauritania para que no se sume"): a negation between a push (`causatives`) and the
    joining, in its clause, is the pusher's wish; the pushed country takes no step.  With
    `after`, the cue is the push's own tail ("para que") and the negation right after it."""
    return any(
        0 <= cue.start - c.end <= _PUSH_REACH
        and not sentence.crosses(c.end, cue.start)
        and any(
            (0 <= n.start - cue.end <= 1)
            if after
            # the negation right before the joining ("à ne pas rejoindre"), not before
            # another verb ("à ne plus attendre pour normaliser": a push to normalise)
            else (c.end <= n.start and 0 <= cue.start - n.end <= _PUSHED_NEGATION_GAP)
            for n in negations
        )
        # or the head of a split hope ("urged ~ to normalise") where no causatives are listed
        for c in _pushes(sentence, cue)
    )


def _pushes(sentence, cue):
    """The pushes that may reach the cue: causatives and split hopes, not one inside a
    relative clause closed before it ("Oman, which some had hoped might follow, has said it
    will not normalise": the hope is the relative clause's own; not in a verb-final language)."""
    pushes = sentence.words("causatives") + [
        h
        for h in sentence.words("status")
        if h.payload == "prospective" and h.tail_end is not None and h is not cue
    ]
    if pushes and not sentence.lang.verb_final:
        pushes = _outside_closed_relatives(sentence, pushes, cue)
    return pushes


_HEARSAY_GAP = 20  # "auraient repris des discussions": the conditional, a verb, the talks


def _hearsay(sentence, cue):
    """The journalistic conditional: a conditional verb at the cue or right before it
    ("Selon Axios, l'Azerbaïdjan rejoindrait", "aurait signé", "se uniría", "habría
    congelado"), with no complementizer ("que") before the cue in its sentence, tells what
    others report, not a decision told in indirect speech ("a annoncé qu'il rejoindrait")."""
    # "aurait pu", "aurait dû", "habría podido": a longer modal holding the conditional
    # ("could have", "should have") is no report
    modals = sentence.words("modals")
    words = [
        h
        for h in sentence.words("hearsay")
        if not any(m.start <= h.start and h.end < m.end for m in modals)
    ]
    if not words:
        return False
    if not any(
        cue.start <= h.start < cue.end
        or (0 <= cue.start - h.end <= _HEARSAY_GAP and not sentence.crosses(h.end, cue.start))
        for h in words
    ):
        return False
    return not any(c.end <= cue.start for c in sentence.words("complementizers"))


def _oblique_relative_opens(sentence, start, end):
    """Does a relative word governed by a preposition (`oblique_relatives`: ", auxquels",
    ", a los que") open a clause between start and end?"""
    folded = sentence.folded
    return any(folded.find(w, start, end) != -1 for w in sentence.lang.oblique_relatives)


def _relative_between(sentence, start, end):
    """Does a relative clause open with a comma (", which", ", yang") between start and end?"""
    return any(
        start <= r.start < end and sentence.folded[r.start] == ","
        for r in sentence.words("relatives")
    )


def _closed_relative_between(sentence, inner_start, inner_end, cue_start):
    """Is the word at inner_start..inner_end inside a relative clause opened with a
    comma (", which", ", yang") and closed by the next comma before cue_start?
    "Mauritania, which has no ties with Israel (severed ties in 2010), could join":
    the relative's negation or halt is its own, not the main verb's."""
    return any(
        r.start < inner_start and close >= inner_end
        for r, close in sentence.closed_relatives(cue_start)
    )


def _outside_closed_relatives(sentence, words, cue):
    """The words not inside a relative clause closed by a comma before the cue: "Oman,
    which some had hoped might follow, has said it will not normalise ties": the hope is
    the relative clause's own, not the main verb's (not in a verb-final language, whose
    relative clause may hold the main clause's verb)."""
    closed = sentence.closed_relatives(cue.start)
    if not closed:
        return words
    return [
        w for w in words if not any(r.start < w.start and close >= w.end for r, close in closed)
    ]


def _relative_talks_before(sentence, item, halt, relatives):
    """Whether talks open a relative clause ("..., which were well advanced in 2023,"),
    or a split talks cue has its tail in a relative clause after its head ("Переговоры
    ..., которые ... находились на продвинутой стадии,"), that a comma closes before the
    halt's verb."""
    verb_end = halt.tail_end or halt.end
    end = item.tail_end or item.end
    told = any(0 <= item.start - r <= 2 for r in relatives) or (
        item.tail_end is not None and any(item.end <= r < item.tail_end for r in relatives)
    )
    return told and verb_end > end and any(c in sentence.folded[end:verb_end] for c in ",،")


_DASHES = "–—"
_DASH_WORDS = (
    1  # "– allerdings nur, wenn", "— but only if": words a dash may stand before its restriction
)


def _before_restriction(sentence, restriction_start):
    """The strong punctuation that parts a cue from a restriction after it, without a dash
    that opens the restriction ("wolle Teil der Abkommen werden – allerdings nur, wenn
    ...", "wants to join – but only if ...": the dash sets off the condition of the same
    wish; a dash further back still parts two clauses)."""
    folded = sentence.folded
    return [
        p
        for p in sentence.strong_punctuation()
        if not (
            folded[p] in _DASHES
            and p < restriction_start
            and len(folded[p + 1 : restriction_start].split()) <= _DASH_WORDS
        )
    ]


def _restriction_tail(sentence, restrictions, cue, condition):
    """Whether a condition word after a cue closes a split restriction whose head, a word
    of "not before" (`until_heads`), stands before the cue ("erst ~ wenn" around
    "anerkennen"); not "nur ~ wenn" (only if), which tells interest beside the condition."""
    heads = sentence.lang.until_heads
    return bool(heads) and any(
        r.tail_end is not None
        and sentence.folded[r.start : r.end] in heads
        and r.end <= cue.start
        and condition.start < r.tail_end
        and condition.end <= r.tail_end
        and condition.start >= cue.end
        for r in restrictions
    )


def _restricted_inside(sentence, cue):
    """Whether a cue holds a split restriction's head ("would only join") and one of its
    tails follows in the cue's clause ("... the accords if", "... once a route"): open
    to the step and refusing it as things stand."""
    heads = sentence.lang.restriction_heads
    if not heads:
        return False
    folded = sentence.folded
    tails = {tail for word in folded[cue.start : cue.end].split() for tail in heads.get(word, ())}
    if not tails:
        return False
    end = min(sentence.end, cue.end + _RESTRICTION_REACH)
    for match in WORD_RE.finditer(folded, cue.end, end):
        if match.group() in tails:
            return not sentence.crosses_strong(cue.end, match.start())
    return False


def _condition_between(sentence, preconditions, start, end):
    """A precondition or restriction word between a step and another subject after it ("готова
    признать Израиль лишь после признания Палестины"): the other subject is the condition's,
    not what the step aims at."""
    return any(
        start <= p.start and p.end <= end
        for p in itertools.chain(preconditions, sentence.words("restrictions"))
    )


_SUPPORTED_REACH = 50  # characters from a support word to the Palestinians it backs


def _supporting_position(sentence, cue, supports):
    """ "Kazakhstan's position supporting an independent Palestinian state remains unchanged",
    "позиция Казахстана в поддержку создания палестинского государства остается неизменной",
    "Палестина мемлекетін құруды қолдайтын ұстанымы өзгеріссіз қалады": a split refusal
    ("position ~ unchanged") whose position is one of support (`supports` inside its gap or
    right before its head) for the Palestinians named beside that word tells a stance, not a
    refusal of the accords."""
    if cue.payload != "declined" or not cue.tail_end:
        return False
    for word in supports:
        if not (
            (cue.end <= word.start and word.end <= cue.tail_end) or 0 <= cue.start - word.end <= 3
        ):
            continue
        if any(
            m.country in CONFLICT_PARTIES
            and (
                0 <= m.start - word.end <= _SUPPORTED_REACH
                or 0 <= word.start - m.word_end <= _SUPPORTED_REACH
            )
            for m in sentence.mentions
        ):
            return True
    return False


def _adjusted_cues(sentence, negations, preconditions):
    """Status cues turned by negations, modals and conditions: (start, end,
    status, weakened), in text order."""
    lang = sentence.lang
    status_cues = sentence.words("status") + sentence.words("generic")
    refusal_spans = [
        (c.start, c.tail_end) for c in status_cues if c.payload == "declined" and c.tail_end
    ]
    if refusal_spans:
        # "la normalisation reste suspendue à la question palestinienne" (hinges on): a
        # split refusal with the same head holds the halt's words, which are no halt
        status_cues = [
            c
            for c in status_cues
            if not (
                c.payload == "suspended"
                and c.tail_end
                and any(s == c.start and c.tail_end < e for s, e in refusal_spans)
            )
        ]
    supports = sentence.words("supports")
    if supports:
        status_cues = [c for c in status_cues if not _supporting_position(sentence, c, supports)]
    topic_here = bool(sentence.words("topic"))
    strong_topic_here = bool(sentence.strong_topics())
    # (start, end): a question's own words may hold a comma ("не уточнил, когда")
    questions = [(q.start, q.end) for q in sentence.words("questions")]
    if questions and sentence.words("affirmative_answers"):
        # "Asked whether Saudi Arabia would be next, he said: 'I think they will'": the
        # question of the opening clause answered yes is the speaker's claim
        questions = [q for q in questions if not _answered_yes(sentence, q)]
    questions_after = [q.start for q in sentence.words("questions_after")]
    corrections = [c.end for c in sentence.words("corrections")]
    # "did not mention any plan for Indonesia to join", "tidak menyebut rencana ...": what a
    # speaker left unsaid, in the silence's clause after it and before a comma, is no step
    # ("did not mention Pakistan, which Washington has been urging to join" tells the urging)
    silences = [c.end for c in sentence.words("silences")]
    reporting = sentence.words("reporting") if questions else []
    restrictions = sentence.words("restrictions")
    if restrictions and lang.restriction_time_words:
        # "only hours after Israel recognised it", "solo horas después de": a span of time
        # between the restriction's head and its tail is no condition
        restrictions = [
            r
            for r in restrictions
            if r.tail_end is None
            or not lang.restriction_time_words.intersection(
                sentence.folded[r.end : r.tail_end].split()[:_RESTRICTION_SPAN_WORDS]
            )
        ]
    if restrictions and not sentence.words("reporting"):
        # "si ~ État palestinien", "if ~ Palestinian state": a plain condition is a refusal
        # as things stand only when the country sets it in its own words ("..., a déclaré
        # Prabowo"); "l'Indonésie serait disposée à rejoindre si ..." stays interest
        # A proviso of several words ("siempre que ~ Estado palestino", "provided that ~
        # Palestinian state", "à condition que ~ État palestinien") sets the condition
        # whoever tells it: a refusal as things stand, beside the interest.
        conditions = {
            c.start
            for c in sentence.words("conditions")
            if " " not in sentence.folded[c.start : c.end]
        }
        restrictions = [r for r in restrictions if r.tail_end is None or r.start not in conditions]
    _founding_participles(sentence)
    adjusted = []
    for cue in status_cues:
        status = cue.payload
        if cue.category == "generic" and not strong_topic_here:
            # "signed", "talks": only about the accords in an accords sentence
            relative = status == "signed" and _set_off_relative(sentence, cue)
            if relative and _first_signatory_signing(sentence, cue, relative):
                # "Sudan, which signed in January 2021, froze its ties", in a text
                # about the accords: a first signatory's signing of 2020-2021
                pass
            else:
                if relative:
                    # the date right after a signing left unread in a relative clause
                    # set off by commas is that signing's, not the main clause's step's
                    # (right before it where the verb closes the clause: "der im Januar
                    # 2021 unterschrieb")
                    sentence.participles.append(cue.end)
                    if lang.verb_final:
                        sentence.participles_before.append(cue.start)
                continue
        if (
            cue.category == "generic"
            and not lang.verb_final
            and any(
                0 <= cue.start - t.end <= 3 or _only_relative_between(sentence, t.end, cue.start)
                for t in sentence.strong_topics()
            )
        ):
            # "the Abraham Accords signed in 2020": a participle describing
            # the accords; its date is theirs, not a claim's
            sentence.participles.append(cue.end)
            continue
        if (
            cue.category == "generic"
            and lang.attributive_participles
            and sentence.folded[cue.start : cue.end] in lang.attributive_participles
            # "imzalanan İbrahim Anlaşmaları", or a plain word for them ("imzalanan
            # anlaşmalara", "қол қойылған келісімдерге")
            and any(
                0 <= t.start - cue.end <= 3
                for t in sentence.strong_topics() + sentence.words("topic")
            )
        ):
            # "2020'de imzalanan İbrahim Anlaşmaları": a passive participle before the
            # accords' name describes them; the date right before it is theirs
            sentence.participles_before.append(cue.start)
            continue
        if (
            cue.category == "generic"
            and not lang.verb_final
            and cue.start == sentence.start
            and _opening_participle(sentence, cue)
        ):
            # "Signés en 2020, les accords d'Abraham ont été rejoints par ...": a
            # participle opening the sentence describes the accords named after its comma
            sentence.participles.append(cue.end)
            continue
        if cue.category == "generic" and status == "signed" and _old_signing(sentence, cue):
            # "معاهدة السلام الأردنية الإسرائيلية الموقعة عام 1994", "the treaty signed in
            # 1979": a signing dated right after it before the accords is an older treaty's
            # (no participle: the dates after it may be other steps')
            continue
        if status == "signed" and _since_the_signing(sentence, cue):
            # "Turkey has been wary since the signing of the accords": a time, not a step
            sentence.participles.append(cue.end)
            continue
        if (
            cue.category == "generic"
            or status in ("signed", "joined", "ratified", "suspended", "withdrawn", "negotiating")
        ) and sentence.off_topic_near(cue):
            # "signed a trade agreement", "suspended trade ties", "talks on a
            # security pact"; the date right after it is that agreement's too
            sentence.participles.append(cue.end)
            continue
        if (
            status == "prospective"
            and cue.tail_end is not None
            and any(
                0 <= o.start - cue.tail_end <= _OFFER_OBJECT_REACH
                and not sentence.crosses(cue.tail_end, o.start)
                for o in sentence.words("off_topic")
            )
        ):
            # "لم ترد الرياض بعد على عرض واشنطن لمعاهدة دفاع": the offer left unanswered
            # is of the other agreement named right after it
            continue
        if any(cue.start < o.start < cue.end < o.end for o in sentence.words("off_topic")):
            # "يراهن ترامب على ضم الضفة الغربية": the cue's last word opens another subject
            # (annexing the West Bank), which is its object (as _off_topic_from_tail for a
            # split cue's tail)
            continue
        if (
            status in ("prospective", "announced")
            and not sentence.strong_topics()
            and any(
                (
                    0 <= o.start - cue.end <= _OTHER_AIM_REACH
                    and not sentence.crosses(cue.end, o.start)
                    # "готова признать Израиль только после признания Палестины": a
                    # recognition inside the precondition after the step is its condition,
                    # not what the step aims at
                    and not _condition_between(sentence, preconditions, cue.end, o.start)
                )
                or (
                    # the aim before the verb: "в признании Сомалиленда могут последовать",
                    # "Indonesia, yang menandatangani piagam Lembaga Keamanan di Davos,
                    # menegaskan penyertaannya ..." (its membership of that body)
                    0 <= cue.start - o.end <= _OTHER_AIM_BEFORE_REACH
                    and not sentence.crosses(o.end, cue.start)
                    # "Indonesia, whose president spoke of recognition ..., is also on
                    # the lists": the other aim is the closed relative clause's own; a
                    # joining after it ("..., says its accession changes nothing") is
                    # still the joining of what the relative named
                    and not (
                        status == "prospective"
                        and _closed_relative_between(sentence, o.start, o.end, cue.start)
                    )
                )
                for o in sentence.words("off_topic")
            )
        ):
            continue  # "may join Israel in recognising Somaliland": the joining aims at something else
        if status in ("prospective", "announced") and any(
            0 <= o.start - cue.end <= _OTHER_BODY_GAP
            and _SHORT_LINK_RE.fullmatch(sentence.folded[cue.end : o.start])
            and not _condition_between(sentence, preconditions, cue.end, o.start)
            for o in sentence.words("off_topic")
        ):
            # "su ingreso en la Junta de Paz ... y una eventual normalización", "its entry
            # into the Board of Peace": another body right after the joining (a preposition
            # and an article between) is what is joined, though the accords are named after
            continue
        if status in ("prospective", "announced", "joined") and _joins_named_other(sentence, cue):
            continue  # "launched the Isaac Accords, and X joined the proposal": that agreement
        if status == "suspended" and _resumed(sentence, cue):
            continue  # "revived normalisation, frozen since the war": the freeze is over
        if status in ("signed", "joined", "ratified") and sentence.words("in_the_spirit"):
            continue  # "signed a declaration in the spirit of the accords": another agreement
        if status in ("signed", "joined", "ratified") and _disowned_signing(sentence):
            continue  # "signed with an Emirati company ... nothing to do with the accords"
        if (
            status in ("suspended", "withdrawn")
            and sentence.other_counterpart(cue)
            and (
                not strong_topic_here
                or any(
                    m.country not in FOUNDERS
                    and m.end <= cue.start
                    and not sentence.crosses(m.end, cue.start)
                    for m in sentence.mentions
                )
            )
        ):
            # "Algeria broke off relations with Morocco": not about Israel or the
            # accords; with normalisation named and no other country before it
            # ("normalisation with Saudi Arabia is on hold", "Israel froze
            # normalisation talks with Riyadh") the country after "with" is the
            # one whose step halted
            continue
        if cue.category == "status" and not (sentence.near_topic or topic_here):
            continue
        if sentence.organisation_after(cue):
            continue  # "will join the BRICS": another club
        if any(
            (q < cue.start or (q == cue.start and q_end > cue.end))
            and not sentence.crosses(min(q_end, cue.start), cue.start)
            and not any(q < r.start < cue.start for r in reporting)
            for q, q_end in questions
        ):
            # "whether Saudi Arabia will join": an open question; "asked about
            # it, a spokesman said Beirut will not ...": the answer is a claim; a
            # question longer than the cue it opens with ("is considering
            # suspending ties") is what the cue was about
            continue
        if any(c <= cue.start and not sentence.crosses(c, cue.start) for c in corrections):
            continue  # "An earlier version said that X had signed": the error corrected
        if any(
            c <= cue.start
            and not sentence.crosses(c, cue.start)
            and not any(m in sentence.folded[c : cue.start] for m in _RELATIVE_COMMAS)
            for c in silences
        ):
            continue  # "did not mention any plan to join": left unsaid
        if any(0 < q - cue.end <= _QUESTION_AFTER_GAP for q in questions_after):
            continue  # "присоединится ли", "katılacak mı": the particle asks about the verb
        if status == "ratified" and any(
            0 < q - cue.end <= _PENDING_REACH and not sentence.crosses(cue.end, q)
            for q in questions_after
        ):
            # "la ratificación del acuerdo sigue pendiente", "ratification of the accords is
            # still pending": the ratification's object between, it is still to come
            continue
        if status in ("announced", "prospective", "joined") and _doubted_after(sentence, cue):
            continue  # "a Mauritanian accession looks unlikely": an open question
        weakened = False
        # a prospective cue just before ("ممکن است به ... بپیوندد") weakens like
        # a modal; before a halt it is what was halted ("efforts to bring X in
        # were thwarted")
        modal_words = sentence.words("modals")
        if status == "negotiating" and modal_words:
            # "dikabarkan tengah berunding", "گزارش‌ها حاکی است ... مذاکره می‌کند": talks
            # told as reported (a modal that is also a reporting word) are still talks
            hearsay = {(r.start, r.end) for r in sentence.words("reporting")}
            modal_words = [m for m in modal_words if (m.start, m.end) not in hearsay]
        weakeners = modal_words + [
            c
            for c in status_cues
            if c.payload == "prospective"
            and c is not cue
            and status not in ("suspended", "withdrawn")
        ]
        if weakeners and status in ("suspended", "withdrawn"):
            # "talks on a possible accession ... were suspended": the hedge on the halted
            # process inside a halt's words is that process's, not the halt's
            weakeners = [
                w
                for w in weakeners
                if not _hedged_process(w, status_cues, lang.verb_final)
                and not (sentence.folded.startswith(",", cue.start) and w.end <= cue.start)
            ]
        if weakeners and status == "negotiating":
            # "درباره پیوستن احتمالی ... گفتگو می‌کند": the hedge on the talks' aim
            weakeners = [w for w in weakeners if not _hedged_aim(w, status_cues)]
        if weakeners and not lang.verb_final:
            weakeners = _outside_closed_relatives(sentence, weakeners, cue)
        if weakeners and lang.oblique_relatives:
            # "veut rejoindre ces accords, auxquels ont adhéré les Emirats": a wish before a
            # relative word governed by a preposition is not the relative clause's
            weakeners = [
                w for w in weakeners if not _oblique_relative_opens(sentence, w.end, cue.start)
            ]
        modal = sentence.near_before(
            weakeners,
            cue.start,
            _MODAL_REACH * (2 if lang.verb_final else 1),
        )
        if not modal and status in ("suspended", "withdrawn") and not lang.verb_final:
            # "normalisation could be frozen", "normalisasi bisa dibekukan": a modal
            # between a split cue's parts weakens it as one before it does (not in a
            # verb-final language, whose clause all stands before the verb)
            modal = _between_parts(
                cue,
                [
                    m
                    for m in sentence.words("modals")
                    if not _hedged_process(m, status_cues, lang.verb_final)
                    and not _before_set_off_halt(sentence.folded, m, cue)
                ],
            )
        if not modal and status in ("suspended", "withdrawn") and lang.verb_final:
            modal = _modal_halt(sentence, cue, status_cues, lang.verb_final)
        if not modal and sentence.words("modals"):
            modal = _belief_before_colon(sentence, cue)
        if not modal and status == "announced" and not lang.verb_final and sentence.words("modals"):
            modal = _belief_tag(sentence, cue)
        if not modal and lang.verb_final and _opening_clause_belief(sentence, cue):
            # "Dass Oman den Abkommen beitreten werde, gilt als wahrscheinlich": the
            # clause opening the sentence is what the main clause's belief is about
            modal = True
        if not modal and lang.verb_final:
            # verb-final: a belief or prediction right after the verb
            # ("katılacağını öngördü", "қосылады деп санайды") is the speaker's
            modal = any(
                0 <= m.start - cue.end <= _VERB_FINAL_MODAL_REACH
                and not sentence.crosses(cue.end, m.start)
                # "Nach Kasachstan, das seinen Beitritt verkündete, umwirbt Washington
                # ...": a relative clause closed before the main verb keeps its step
                and not _closed_relative_between(sentence, cue.start, cue.end, m.start)
                and not (status == "negotiating" and _hedged_aim(m, status_cues))
                for m in sentence.words("modals")
            )
        if not modal and lang.verb_final and lang.topic_postpositions:
            # "katılımına ilişkin son haftalarda artan spekülasyonlara", "қосылуы туралы ...
            # болжамдарға": the speculation the joining noun is the topic of
            modal = _topic_of_modal(sentence, cue)
        if (
            modal
            and status in ("announced", "joined")
            and _refused_notion(sentence, status_cues, cue)
        ):
            # "a balayé l'idée d'une adhésion", "menolak desakan ... agar Malaysia
            # menyertai": the idea, talk or push a refusal dismisses weakens nothing; the
            # joining is the refusal's object, as with no such word between
            modal = False
        # a refusal is reversed only by a negation right before it ("did not
        # rule out"), not by the reinforcing one of negative concord
        # ("никогда не признает", "asla tanımayacak")
        reach = lang.negation_reach if status != "declined" else 4
        concord = status == "declined" and lang.negative_concord
        negated = (
            any(
                cue.start - reach <= n.end <= cue.start + 1
                and not sentence.crosses(n.end, cue.start)
                and not _closed_relative_between(sentence, n.start, n.end, cue.start)
                and not _set_off(sentence, n, cue.start)
                and not (
                    status in ("suspended", "withdrawn") and _coordinated(sentence, n, cue.start)
                )
                for n in negations
            )
            # "la ratification n'a jamais eu lieu", "ратификацию не провели": a ratification
            # named as a noun and denied by the words after it in its clause
            or (status == "ratified" and _ratification_noun_denied(sentence, cue, negations))
            # a refusal's own negation ("kein Thema", read at a split cue's tail) is
            # part of its words, not a negation of it
            or (
                status != "declined"
                and any(n.start >= cue.start and n.end <= cue.start + 1 for n in negations)
            )
            or (
                status != "declined"
                and any(cue.start <= n.start and n.end <= cue.end for n in negations)
            )
            or (
                # "normalisation was not frozen", "normalisasi tidak dibekukan": a
                # negation between a split halt's parts (not in a verb-final language);
                # so for talks ("המגעים עם סעודיה לא חודשו": the talks have not resumed)
                status in ("suspended", "withdrawn", "negotiating")
                and not lang.verb_final
                and cue.tail_end is not None
                and _between_parts(
                    cue,
                    [
                        n
                        for n in negations
                        if not _set_off(sentence, n, cue.tail_end)
                        and not _coordinated(sentence, n, cue.tail_end)
                    ],
                )
            )
            # "hat die Abkommen nicht unterzeichnet", "hat seine Beziehungen zu Israel
            # nie normalisiert": a negation inside the verb's bracket, in the head's clause
            or (
                status in ("signed", "ratified", "announced", "joined")
                and _negated_inside(sentence, cue, negations)
            )
            # "hat die Beziehungen nicht abgebrochen", "hat die Gespräche nie
            # eingefroren": in a verb-final language without negative concord, a
            # negation inside a split halt's bracket negates the halt
            or (
                status in ("suspended", "withdrawn")
                and lang.verb_final
                and not lang.negative_concord
                and cue.tail_end is not None
                and any(
                    cue.end <= n.start
                    and n.end <= cue.tail_end
                    and not sentence.crosses(cue.end, n.start)
                    and not sentence.crosses(n.end, cue.tail_end)
                    and not _closed_relative_between(sentence, n.start, n.end, cue.tail_end)
                    for n in negations
                )
            )
            # "Nothing has derailed normalisation", "Nada frenó la adhesión": a halt
            # whose subject is a negative pronoun in its clause
            or (
                status in ("suspended", "withdrawn")
                and sentence.near_before(
                    sentence.words("negative_pronouns"), cue.start, _NEGATIVE_SUBJECT_REACH
                )
            )
            # German "ratifizierte das Abkommen nie", "unterzeichnete die Abkommen
            # nicht": the negation closing a main clause after the verb's object
            or (
                status in ("signed", "ratified")
                and lang.verb_final
                # (not where negation agrees with the verb, Turkish, Kazakh, Persian)
                and not lang.negative_concord
                and cue.tail_end is None
                and _negation_closes_clause(sentence, cue, negations)
            )
            # Kazakh "қосылған жоқ", Turkish "dondurulmuş değil": a negation word
            # right after the verb
            or any(
                0 <= n.start - (cue.tail_end or cue.end) <= 1
                for n in sentence.words("negations_after")
            )
            # "ni siquiera en los peores meses de la guerra llamaron a consultas a su
            # embajador": a negation opening the clause, however long the time before
            # the verb
            or (status != "declined" and _fronted_negation(sentence, cue))
        )
        if status == "declined" and _group_pressed(sentence, cue):
            # "Iran called on Muslim countries to reject the accords": the group
            # called on is the one to refuse, not the country that calls
            continue
        if status in ("announced", "prospective", "negotiating", "joined") and _refused(
            sentence, cue
        ):
            # "rejected any idea of joining", "refused to begin normalization
            # talks": a refusal; "did not reject joining": interest
            status, weakened = ("prospective", True) if negated else ("declined", False)
        elif status == "prospective" and (
            _pushed_not_to(sentence, cue, negations, after=True)
            or (
                not lang.verb_final
                and not negated
                and _between_parts(cue, negations)
                and any(m.start == cue.start for m in sentence.words("modals"))
            )
        ):
            # "presiona a Mauritania para que no se sume", "is pushing Mauritania not to
            # join": a push (or a hope) not to join, the negation inside its parts
            continue
        elif negated and not concord:
            if status in ("announced", "prospective") and _pushed_not_to(sentence, cue, negations):
                continue  # "pousse la Mauritanie à ne pas rejoindre": the pushed takes no step
            if status == "announced" and _ceremony_cue(sentence, cue):
                continue  # "no signing ceremony has been held to date": still to come, no refusal
            if status not in NEGATED or (
                status in ("prospective", "announced") and _assessment(sentence, cue)
            ):
                continue  # "has not signed yet", "is not among the candidates": nothing certain
            status = NEGATED[status]
        elif status == "announced" and (
            any(
                0 <= h.start - cue.end <= _HEDGE_REACH
                and (
                    not sentence.crosses(cue.end, h.start)
                    or _hedge_behind_copula_dash(sentence, cue.end, h.start)
                )
                for h in sentence.words("hedges")
            )
            or sentence.near_before(sentence.words("hedges"), cue.start, _MODAL_REACH)
        ):
            status, weakened = "prospective", True  # "will join sooner or later": a prediction
        elif status == "announced" and _modal_after_genitive(sentence, cue):
            status, weakened = "prospective", True  # "X's accession would be a milestone"
        elif status == "announced" and _modal_after_object(sentence, cue):
            # "for X, joining the accords would be suicide", "Saudi Arabia's entry into the
            # accords would reshape the region": a hypothesis
            continue
        elif (
            status == "joined"
            and not modal
            # "If Oman joins the accords, ...", "Jika Oman bergabung ...", "إذا انضمت عمان
            # ...": a joining inside the condition fronted in its clause is a hypothesis
            # about a candidate, as an announced one is (not a concessive "if" after it:
            # "Morocco, which joined in 2020, kept its ties, if quietly")
            and _in_fronted_condition(sentence, cue)
        ):
            status, weakened = "prospective", True
        elif status == "announced" and (
            modal
            or _hearsay(sentence, cue)
            # "if" before the cue in its clause, or right after it ("will recognize Israel
            # if Israel recognizes Palestine")
            or _in_fronted_condition(sentence, cue)
            or any(
                0 <= c.start - cue.end <= _MODAL_REACH
                and not sentence.crosses(cue.end, c.start)
                # "Jakarta werde Israel erst anerkennen, wenn ...": the condition word is the
                # tail of a restriction whose head stands before the cue, a step told only
                # under that condition (a refusal as things stand), not a supposition
                and not _restriction_tail(sentence, restrictions, cue, c)
                for c in sentence.words("conditions")
            )
        ):
            status, weakened = "prospective", True
        elif (
            modal
            and status in _FACTS
            and _hearsay(sentence, cue)
            and not preconditions
            and not sentence.words("conditions")
        ):
            # "Le Kazakhstan aurait signé", "Sudán habría congelado": a reported fact (not
            # a counterfactual: "aurait signé si la guerre n'avait pas éclaté", "sans la
            # guerre, ... aurait signé")
            weakened = True
        elif modal and status == "joined" and not _group_pressed(sentence, cue):
            # "ingin Suriah dan Lebanon bergabung dengan Abraham Accords", "yakin Arab
            # Saudi akan ... menyertai": a joining wished for or believed in (the
            # joining verb of Malay and Indonesian has no tense): prospective
            status, weakened = "prospective", True
        elif modal and status in _FACTS:
            continue  # "the parliament should ratify": not a fact
        elif status in ("signed", "ratified") and _in_fronted_condition(sentence, cue):
            # "Wenn Saudi-Arabien ein Normalisierungsabkommen unterzeichnet, wird ...":
            # a signing inside its condition's clause is a hypothesis, not a fact
            continue
        elif status == "withdrawn" and _threatened(sentence, cue):
            continue  # "will leave the accords if ...", "without leaving the accords": no step
        elif status in _FACTS and _modal_after_object(sentence, cue):
            continue  # "signing the accords would mean ...": a hypothesis, not a fact
        elif status in ("signed", "joined", "ratified") and any(
            0 <= cue.start - p.end <= 1 for p in preconditions
        ):
            # "sebelum menormalisasi hubungannya", "before normalising relations": the step
            # right after a precondition's word is what is conditioned, not done
            continue
        restricted = status in ("prospective", "announced") and _restricted_inside(sentence, cue)
        if restricted:
            # "would only join the accords if ...", "will only join once ...": the
            # restriction's head inside the cue, its tail after it; open to the step
            # (a joining still to come is no decision) and refusing it as things stand
            status, weakened = "prospective", weakened or status == "announced"
        adjusted.append(_Step(cue.start, cue.end, status, weakened, cue.tail_end))
        if restricted:
            adjusted.append(_Step(cue.start, cue.end, "declined", False))
        elif status in ("prospective", "announced") and any(
            (
                0 <= r.start - cue.end <= _RESTRICTION_REACH
                and not _crosses(_before_restriction(sentence, r.start), cue.end, r.start)
            )
            # German "wird erst dann ... abschließen, wenn": the restriction before the verb
            or (
                0 <= cue.start - r.end <= _RESTRICTION_REACH
                and not _crosses(sentence.strong_punctuation(), r.end, cue.start)
            )
            for r in restrictions
        ):
            # "would join, but only if there is a Palestinian state": open to
            # it and refusing it as things stand
            adjusted.append(_Step(cue.start, cue.end, "declined", False))
    # "talks ... about an accession", "an accession ... considered possible":
    # the noun alone would say announced; the more careful cue next to it wins
    # (not a cue that names a founder as its agent, "Washington richtet den Blick auf",
    # "Washington presiona a": its candidate is the country after it, not the noun's)
    careful = [
        step.start
        for step in adjusted
        if step.status in ("prospective", "negotiating")
        and not any(
            step.start <= m.start and m.end <= step.end and m.country in FOUNDERS
            for m in sentence.mentions
        )
    ]
    adjusted = [
        item
        for item in adjusted
        if item.status != "announced"
        or not any(
            abs(item.start - a) <= _CAREFUL_REACH
            # "una asignatura pendiente: la incorporación de Arabia Saudita": the noun
            # after a colon is what the careful cue before it names
            and not _crosses(
                [b for b in sentence.breaks if sentence.folded[b] != ":"],
                min(item.start, a),
                max(item.start, a),
            )
            and not _other_subject_between(sentence, item.end, a)
            # "Nach Kasachstan, das seinen Beitritt verkündete, umwirbt Washington X":
            # a joining in a relative clause closed before the careful cue is its own
            and not (a > item.end and _closed_relative_between(sentence, item.start, item.end, a))
            # "announced it would join after Tokayev held talks with Trump": talks in a
            # time clause after the joining are its occasion, not what decides it
            and not _talks_in_time_clause(sentence, item.end, a)
            for a in careful
        )
        # "После присоединения Казахстана ... следующим кандидатом считается Азербайджан":
        # a joining told as a precedent, another country in the sentence, stays a joining
        or sentence.precedent_owner(item.start, item.end, item.status) is not None
    ]
    # "negotiating to join", "bernegosiasi untuk bergabung", "talks on the
    # possibility of joining", "berunding ... soal bergabung dengan" (a
    # tenseless joining verb): the joining right after the talks in their
    # clause is what they aim at, not a step of its own
    # (after the head of a split talks cue, or after its tail: "discussions ~ seraient
    # même en cours entre ... sur les modalités d'une éventuelle adhésion")
    talks = [
        end
        for step in adjusted
        if step.status == "negotiating"
        for end in {step.end, step.tail_end or step.end}
    ]
    adjusted = [
        item
        for item in adjusted
        if item.status not in ("prospective", "joined")
        or not any(
            0 <= item.start - a <= _TALKS_AIM_REACH and not sentence.crosses(a, item.start)
            for a in talks
        )
    ]
    # "said it would join after Tokayev held talks with Trump": talks in a time clause
    # right after a joining were the occasion of the decision, no negotiation of their own
    joinings = [step.end for step in adjusted if step.status in ("announced", "joined")]
    adjusted = [
        item
        for item in adjusted
        if item.status != "negotiating"
        or not any(_talks_in_time_clause(sentence, end, item.start) for end in joinings)
    ]
    # "froze the normalization talks", "переговоры ... приостановлены": the
    # talks next to a halt in its clause are what was halted, not a step
    halt_steps = [step for step in adjusted if step.status in ("suspended", "withdrawn")]
    halts = [step.start for step in halt_steps]
    relatives = [r.start for r in sentence.words("relatives")]
    adjusted = [
        item
        for item in adjusted
        if item.status != "negotiating"
        or not any(
            abs(item.start - a.start) <= _HALT_REACH
            and not sentence.crosses(min(item.start, a.start), max(item.start, a.start))
            # "Talks between Riyadh and Israel were well advanced before they stalled": talks
            # told in their own clause, the halt's verb across a clause break, were held
            and not (
                a.tail_end is not None
                and a.start < item.start
                and sentence.crosses(item.end, a.tail_end)
            )
            # "L'Arabie saoudite avait entamé des tractations en vue d'une normalisation,
            # lesquelles sont restées au point mort": talks a country held (its name before
            # them in their clause), then halted in a relative clause after them, were held
            # and then halted; not "the normalisation talks between X and Y, which stopped"
            and not (
                any(item.end <= r < (a.tail_end or a.end) for r in relatives)
                and any(
                    m.start < m.end <= item.start  # a name, not a subject carried over
                    and m.country not in FOUNDERS
                    and not sentence.crosses(m.end, item.start)
                    for m in sentence.mentions
                )
            )
            # "Talks between Riyadh and Israel, which were well advanced in 2023, were
            # frozen": talks told by a relative clause of their own, closed by a comma
            # before the halt's verb, were held before they were halted
            and not _relative_talks_before(sentence, item, a, relatives)
            for a in halt_steps
        )
    ]
    # "efforts to bring X into the accords were thwarted", "the war halted its
    # accession": the joining told in the halt's own clause is what was
    # halted, not a step of its own
    # "عضویت سودان در توافق ابراهیم معلق مانده است" (Sudan's membership ... is suspended):
    # a membership told right before its halt's words is what was halted
    adjusted = [
        item
        for item in adjusted
        if item.status != "joined"
        or not any(
            0 <= a - item.end <= 2 and not sentence.folded[item.end : a].strip() for a in halts
        )
    ]
    adjusted = [
        item
        for item in adjusted
        if item.status not in ("prospective", "announced")
        or not any(
            abs(item.start - a.start) <= _HALTED_STEP_REACH
            and not sentence.crosses(min(item.start, a.start), max(item.start, a.start))
            # "Mauritania, which severed ties with Israel, could join": the halt is
            # the relative clause's own
            and not (
                a.end <= item.start
                and _closed_relative_between(sentence, a.start, a.end, item.start)
            )
            # "אחרי שקזחסטן הודיעה על הצטרפותה ..., המדיניות הישראלית נתקעה": a joining
            # in a time clause opening the sentence came before the halt after its comma
            and not sentence.time_clause_between(item.end, a.start)
            for a in halt_steps
        )
    ]
    adjusted = [item for item in adjusted if not _ceremony_to_come(sentence, item, status_cues)]
    adjusted = [item for item in adjusted if not _signing_in_tail(item, adjusted)]
    adjusted = [item for item in adjusted if not _weakened_in_tail(item, adjusted)]
    adjusted = [item for item in adjusted if not _signing_yet_to_be_set(sentence, item)]
    adjusted = [_scheduled_signing(sentence, item) for item in adjusted]
    adjusted = [item for item in adjusted if not _what_was_signed(sentence, item, adjusted)]
    adjusted = [item for item in adjusted if not _shares_a_refusal(sentence, item, adjusted)]
    adjusted = [item for item in adjusted if not _other_recognition(sentence, item)]
    # "will not move without a Palestinian state", "enggan ... selagi": a
    # negation or a refusal word followed by a precondition is a refusal even
    # with no joining verb.
    refusing = sorted(negations + sentence.words("refusals"), key=lambda n: n.end)
    # "almost no country recognised it until Israel did": the negation of a nameless
    # subject ("no country", "tiada negara") refuses nothing of a country named
    nameless = sentence.words("generic_subjects")
    refusing = [n for n in refusing if not any(g.start <= n.start < g.end for g in nameless)]
    for precondition in preconditions:
        before = [n for n in refusing if n.end <= precondition.start]
        if before and (sentence.near_topic or topic_here):
            negation = before[-1]
            if not any(step.status == "declined" for step in adjusted):
                adjusted.append(_Step(negation.start, negation.end, "declined", False))
        elif sentence.near_topic or topic_here:
            # the condition fronted: "sin un Estado palestino no habrá normalización",
            # "without a Palestinian state there will be no normalisation", "من دون دولة
            # فلسطينية لا تطبيع": a negation soon after it, right before normalisation
            fronted = next(
                (
                    n
                    for n in negations
                    if 0 < n.start - precondition.end <= _FRONTED_REACH
                    and any(
                        0 <= t.start - n.end <= _FRONTED_TOPIC_GAP for t in sentence.strong_topics()
                    )
                ),
                None,
            )
            if fronted and not any(step.status == "declined" for step in adjusted):
                adjusted.append(_Step(fronted.start, fronted.end, "declined", False))
    # "Saudi Arabia rejects the Abraham Accords", "rejette la normalisation": a refusal
    # word whose object is the accords or normalisation, no step between them
    if not any(step.status == "declined" for step in adjusted):
        for refusal in sentence.words("refusals"):
            if sentence.near_before(negations, refusal.start, lang.negation_reach):
                continue  # "did not reject normalisation": no refusal
            if _group_pressed(sentence, refusal):
                continue  # "called on Muslim countries to reject the accords": theirs
            if any(
                0 <= topic.start - refusal.end <= _REFUSAL_REACH
                and not sentence.crosses(refusal.end, topic.start)
                and "," not in sentence.folded[refusal.end : topic.start]
                and not any(refusal.end <= c.start < topic.start for c in status_cues)
                for topic in sentence.strong_topics()
            ):
                adjusted.append(_Step(refusal.start, refusal.end, "declined", False))
                break
    if adjusted and sentence.words("group_relatives"):
        # "unlike the countries that signed the accords", "با کشورهایی که این توافق‌ها را
        # امضا کرده‌اند": the step told in a group's relative clause is the group's
        # (a done step only: "على رأس الدول التي يسعى ترامب لضمها", the countries Trump seeks
        # to bring in, has its country at the top of the group)
        adjusted = [
            step
            for step in adjusted
            if step.status not in _GROUP_STEPS or not _group_relative(sentence, step)
        ]
    if any(step.status == "signed" for step in adjusted):
        adjusted = [step for step in adjusted if not _group_before_colon(sentence, step, adjusted)]
    if any(step.status == "prospective" for step in adjusted) and sentence.words(
        "generic_subjects"
    ):
        # "Il n'exclut pas que d'autres pays africains suivent": the speaker's stance is
        # about the nameless others, not a step of its own
        adjusted = [
            step
            for step in adjusted
            if step.status != "prospective" or not _others_may_follow(sentence, step, status_cues)
        ]
    return sorted(adjusted, key=lambda step: (step.start, step.end, step.status, step.weakened))


def _group_before_colon(sentence, step, adjusted):
    """ "Le cercle des signataires s'est élargi : le Kazakhstan a rejoint le groupe", "The
    circle of signatories has widened: Kazakhstan joined": a members' noun before a colon, with
    no country before it in the sentence, names the group that the joining told after the colon
    enters; it is no signing of the joiner."""
    if step.status != "signed":
        return False
    folded = sentence.folded
    colon = folded.find(":", step.end, sentence.end)
    if colon < 0 or any(m.start < step.start for m in sentence.mentions):
        return False
    if any(step.end <= m.start < colon for m in sentence.mentions):
        return False
    return any(
        other.start > colon and other.status in ("joined", "announced") for other in adjusted
    )


@functools.cache
def _recognition_re(lang):
    """A recognition stem at a word's start, a clitic prefix allowed ("الاعتراف", "بالاعتراف")."""
    words = alternation(lang.recognition_words)
    if not words:
        return None
    prefixes = alternation([p for p in lang.prefixes if p]) or "(?!)"
    return re.compile(rf"(?<![^\W_])(?:{prefixes})?(?:{words})")


def _other_recognition(sentence, item):
    """ "Mısır, Cibuti ve Arap Birliği de tanımayı reddetti", "refused to recognise
    Somaliland": a refusal whose words hold a recognition (`recognition_words`) refuses the
    accords only when Israel is named in its sentence and no other country stands right
    after the recognition word as what would be recognised."""
    if item.status != "declined":
        return False
    pattern = _recognition_re(sentence.lang)
    if pattern is None:
        return False
    # "tanımayı reddetti": the recognition right before a bare refusal verb
    start = max(sentence.start, item.start - _RECOGNITION_BEFORE)
    match = pattern.search(sentence.folded, start, max(item.end, item.tail_end or 0))
    if match is None:
        return _recognition_refused(sentence, pattern, item)
    if not sentence.israel and not sentence.words("topic"):
        return True  # "Mısır ve Cibuti de tanımayı reddetti": no Israel, no accords
    return _recognised_other(sentence, match) is not None


def _recognised_other(sentence, match):
    """The country other than the founders and the Palestinians named right after a
    recognition word (an article or preposition between at most), or None."""
    word_end = _WORD_END_RE.match(sentence.folded, match.end()).end()
    return next(
        (
            m
            for m in sentence.mentions
            if m.country not in FOUNDERS
            and m.country not in CONFLICT_PARTIES  # "признает палестинское государство"
            # "recognise Somaliland", "reconnaître le Somaliland", "الاعتراف بأرض الصومال"
            and _RECOGNISED_RE.fullmatch(sentence.folded, word_end, m.word_start) is not None
        ),
        None,
    )


def _recognition_refused(sentence, pattern, item):
    """ "Recognition of Somaliland is not on the agenda", "Eine Anerkennung Somalilands
    stehe nicht zur Debatte", "La reconnaissance du Somaliland n'est pas à l'ordre du jour":
    a recognition of another country standing as the subject right before a refusal, in
    its clause, with no other country between, is what is refused, not the accords."""
    start = max(sentence.start, item.start - _RECOGNITION_SUBJECT_REACH)
    for match in pattern.finditer(sentence.folded, start, item.start):
        recognised = _recognised_other(sentence, match)
        if (
            recognised is not None
            and not sentence.crosses(match.start(), item.start)
            and not any(
                recognised.word_end <= m.start < item.start and m.country not in FOUNDERS
                for m in sentence.mentions
            )
        ):
            return True
    return False


_RECOGNITION_BEFORE = 12  # "tanımayı reddetti": the recognition's verbal noun before the verb
_RECOGNITION_SUBJECT_REACH = 50  # "Eine Anerkennung Somalilands stehe": subject to refusal
_RECOGNISED_RE = re.compile(r"\s+(?:\w{1,3}\s+)?")  # an article or preposition at most


_WORD_END_RE = re.compile(r"\w*")


_FRONTED_REACH = (
    60  # "without a Palestinian state there will be no": the condition before its negation
)
_FRONTED_TOPIC_GAP = 12  # "no habrá normalización": the negation right before normalisation
_GROUP_STEPS = ("signed", "joined", "ratified", "announced")  # done steps a group may have taken
_GROUP_RELATIVE_REACH = (
    40  # "countries that have already signed": the group's relative and its step
)
_APPOSED_GAP = (
    15  # "the UAE and Bahrain, (one of the) countries that signed": the list it describes
)


def _group_relative(sentence, step):
    """A group noun opening a relative clause right before the step, no country
    between ("countries that signed", "الدول التي وقعت"), or a participle inside
    the group's words ("imzalayan ülkeler"); not a group set beside a list by a
    comma ("the UAE and Bahrain, countries that signed the accords": they signed)."""
    for group in sentence.words("group_relatives"):
        end = _past_compared_examples(sentence, group.end, step.start)
        if group.start < step.end <= group.end:
            pass  # "imzalayan ülkelerden": the step ends as the group's participle
        elif not (
            end <= step.start
            and step.start - end <= _GROUP_RELATIVE_REACH
            and not sentence.crosses(end, step.start)
            and not any(end <= m.start < step.start for m in sentence.mentions)
        ):
            continue
        before = [m for m in sentence.mentions if m.word_end <= group.start]
        if before:
            gap = sentence.folded[before[-1].word_end : group.start]
            if len(gap) <= _APPOSED_GAP and ("," in gap or "،" in gap):
                continue
        return True
    return False


# ", comme les Émirats ou Bahreïn, ", ", like the UAE or Bahrain, ": examples set between commas
_COMPARED_EXAMPLES_RE = re.compile(r"\s*[,،][^,،.;:!?]{1,80}[,،]\s*")


def _past_compared_examples(sentence, end, limit):
    """Where a group's relative clause goes on after examples compared with it between
    commas ("les pays qui, comme les Émirats ou Bahreïn, ont signé"): the examples only
    illustrate the group, whose step it stays."""
    match = _COMPARED_EXAMPLES_RE.match(sentence.folded, end, limit)
    if match and any(end <= c.start < match.end() for c in sentence.words("comparisons")):
        return match.end()
    return end


_GROUP_REACH = 40  # "menggesa negara-negara Islam di rantau ini menormalkan": the group pressed


def _group_pressed(sentence, cue):
    """A group noun ("negara-negara", "other countries") right before the joining,
    after a modal: the group is the one pressed or wished to join, no country named."""
    modals = [m.end for m in sentence.words("modals") if m.end <= cue.start]
    return any(
        0 <= cue.start - g.end <= _GROUP_REACH
        and not sentence.crosses(g.end, cue.start)
        and any(e <= g.start for e in modals)
        for g in sentence.words("generic_subjects")
    )


def _assessment(sentence, cue):
    """The cue holds a word of others' view of a country ("candidate",
    "candidato", "Kandidat"), or is the joining such a word aims at right
    before it ("candidates to join"): negated, it says who is not expected to
    join, not that the country refuses."""
    return any(
        (cue.start <= a.start and a.end <= cue.end) or 0 <= cue.start - a.end <= _AIM_GAP
        for a in sentence.words("assessments")
    )


def _in_fronted_condition(sentence, cue):
    """Does a condition word ("if", "wenn", "إذا") stand before the cue in its clause, with
    no relative clause's comma between ("if it joins, it will be second after Kazakhstan,
    which announced its accession in November" leaves the announcement a fact)?"""
    return any(
        c.end <= cue.start
        and not sentence.crosses(c.end, cue.start)
        and not _relative_between(sentence, c.end, cue.start)
        for c in sentence.words("conditions")
    )


def _threatened(sentence, cue):
    """A withdrawal that is a threat or that did not happen: a condition in
    its clause before it or just after it ("will leave the accords if Israel
    annexes ..."), or a "without" right before it ("without leaving the
    accords")."""
    if any(
        (c.end <= cue.start and not sentence.crosses(c.end, cue.start))
        or (0 <= c.start - cue.end <= _MODAL_REACH and not sentence.crosses(cue.end, c.start))
        for c in sentence.words("conditions")
    ):
        return True
    return any(
        0 <= cue.start - p.end <= _WITHOUT_REACH and not sentence.crosses(p.end, cue.start)
        for p in sentence.words("preconditions")
    )


def _talks_in_time_clause(sentence, end, talks_start):
    """Whether talks starting at talks_start stand in a time clause (`time_clauses`:
    "after", "following", "once") right after a joining that ends at end (a comma at most
    between, no country), the time word a few words at most before the talks, no break
    between them, with a founder named right after the talks ("would join after Tokayev
    held talks with Trump"): a leaders' meeting, the time clause's event, told after the
    step. Talks with no founder ("will join after talks on normalisation") are left to
    decide it."""
    words = sentence.lang.time_clauses
    if not words or talks_start <= end:
        return False
    folded = sentence.folded
    before = [m.country for m in sentence.mentions if m.end <= end]
    for match in WORD_RE.finditer(folded, end, talks_start):
        if (
            match.group() in words
            and not sentence.crosses(match.start(), talks_start)
            # "..., after President Tokayev held talks": a comma may open the time clause,
            # no country may stand between it and the joining
            and not any(end <= m.start < match.start() for m in sentence.mentions)
        ):
            # "joined the accords, after Syria held talks with Israel": another country's
            # talks are its own
            if any(
                match.end() <= m.start < talks_start and (not before or m.country != before[-1])
                for m in sentence.mentions
            ):
                return False
            between = WORD_RE.findall(folded, match.end(), talks_start)
            if len(between) <= _TIME_CLAUSE_WORDS and any(
                m.country in FOUNDERS and 0 <= m.start - talks_start <= _FOUNDER_AFTER_TALKS
                for m in sentence.mentions
            ):
                return True
    return False


_TIME_CLAUSE_WORDS = 5  # "after President Kassym-Jomart Tokayev held talks": words between
_FOUNDER_AFTER_TALKS = 60  # "talks with US President Donald Trump at the White House"


def _other_subject_between(sentence, end, careful_start):
    """A country after a comma between a joining noun and a more careful cue later
    ("Following Kazakhstan's accession to the accords, Azerbaijan may join"): the
    careful cue has a subject of its own and leaves the noun's step as it is."""
    return careful_start > end and any(
        end < m.start < careful_start
        and m.country not in FOUNDERS
        and ("," in sentence.folded[end : m.start] or "،" in sentence.folded[end : m.start])
        for m in sentence.mentions
    )


_REFUSED_NOTION_GAP = 5  # "balayé" + " les " + "spéculations"


def _refused_notion(sentence, status_cues, cue):
    """True if a modal word right before the cue ("l'idée d'une", "desakan") is the object
    of a refusal right before it in the same clause ("a balayé l'idée d'une adhésion",
    "menolak desakan Washington agar Malaysia menyertai")."""
    refusals = [c for c in status_cues if c.payload == "declined" and c.end <= cue.start] + [
        r for r in sentence.words("refusals") if r.end <= cue.start
    ]
    if not refusals:
        return False
    return any(
        m.end <= cue.start
        and not sentence.crosses(m.end, cue.start)
        # "rejected the report, saying it will join": a comma ends what was refused
        and "," not in sentence.folded[m.end : cue.start]
        and cue.start - m.end <= _MODAL_REACH
        and any(
            0 <= m.start - r.end <= _REFUSED_NOTION_GAP and not sentence.crosses(r.end, m.start)
            for r in refusals
        )
        for m in sentence.words("modals")
    )
