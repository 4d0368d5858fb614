"""Dates, background and confidence for every country of every assignment
(`_scored`): a date belongs to the nearest cue in its clause."""

import bisect
import functools
import itertools
import re
from dataclasses import replace
from typing import NamedTuple

from .assignment import _date_right_before, _gap_date
from .dates import FoundDate
from .finding import _crosses
from .records import _Found
from .statuses import (
    ACCORDS_BEGAN,
    ANNOUNCED_BY_FOUNDERS,
    CONFLICT_PARTIES,
    DECIDED,
    DECIDED_IN,
    FOUNDER_SPEAKERS,
    FOUNDERS,
    LAPSES,
    SIGNATORIES_2020,
    SIGNING_DAYS,
    UNRECOGNISED,
)
from .steps import _recognition_re
from .text import COMMA_RE, alternation, fold_phrase

# What a denied rumour is about: joining.  Later sentences saying it again give nothing.
_FIRST_STEPS_ENDED = 2021  # the first signatories' last step towards membership (Sudan's signing)


def _later_members_step(status, mention, subject, date):
    """ "Morocco, Sudan and Kazakhstan, which announced its accession in November 2025": a
    step to come dated after the first signatories' own steps ended, shared by a list that
    also holds a later member, is that member's (told in a relative clause after the
    list); the first signatories keep their membership."""
    return (
        status in _TO_COME
        and mention.country in SIGNATORIES_2020
        and date is not None
        and int(date.value[:4]) > _FIRST_STEPS_ENDED
        and any(m.country not in SIGNATORIES_2020 for m in subject)
    )


# a split cue's span is its head: "روابط ~ را با اسرائیل از سر گرفت" (the ties ~ resumed)
_RENEWAL_REACH = 16
_RUMOURED = {"prospective", "negotiating", "announced"}
# a date right after "since" is not theirs ("the first to join since 2021")
_SINCE_UNDATED = _RUMOURED | {"declined"}
_MEMBERSHIPS = ("signed", "joined")
_TO_COME = ("prospective", "announced")
_UNDATED_OLD = ("prospective", "negotiating", "declined")
_OLD_YEAR = "1990"
_ACCORDS_YEAR = "2020"  # the accords' first signing: no candidacy to them is older
_NOT_YET_DATED = ("prospective", "negotiating", "declined", "suspended")
_SPEAKER_DATE_REACH = 40  # "said on Tuesday", "a déclaré mardi le prince héritier"
_DATE_REACH = 80  # a date this close to a claim (same clause, nearest cue) belongs to it
_OWN_DATE_GAP = 8  # ", en ", " (": between a country and the date that is its own
# at most a comma or an opening bracket and a short preposition between a name and its date
_OWN_DATE_GAP_RE = re.compile(r"\s*[,،(]?\s*(?:[^\W\d_]{1,3}\s+)?")
# the same with no comma or bracket: in a list whose commas part its members ("Marokko im
# Dezember 2020, der Sudan ..."), a comma before a date closes the member before it
_OWN_DATE_BARE_GAP_RE = re.compile(r"\s*(?:[^\W\d_]{1,3}\s+)?")
# the date closed by a comma, a bracket, a full stop or the end ("2021-го)", "de 2021.")
_OWN_DATE_CLOSE_RE = re.compile(r"(?:-[^\W\d_]{1,3})?\s*(?:[,،;؛.)]|$)")


def own_date_after(folded, name_end, dates, opened=True):
    """A list member's own date right after its name (ending at name_end), else None:
    at most a short preposition between them ("Marokko im Dezember 2020"), and a comma,
    bracket or full stop closing the date.  With opened, a comma or an opening bracket may
    stand before the date too ("Marruecos, en diciembre de 2020, y Sudán, en enero de
    2021", "Марокко (декабрь 2020-го) и Судан (январь 2021-го)"); without it, a comma is
    the end of the member's words."""
    gap_re = _OWN_DATE_GAP_RE if opened else _OWN_DATE_BARE_GAP_RE
    return next(
        (
            d
            for d in dates
            if 0 <= d.start - name_end <= _OWN_DATE_GAP
            and gap_re.fullmatch(folded, name_end, d.start) is not None
            and _OWN_DATE_CLOSE_RE.match(folded, d.end) is not None
        ),
        None,
    )


_RESPECTIVE_REACH = 40  # "sırasıyla 2020 ve 2021'de": dates this far past the word still count


def respective_dates(words, subject, dates, crosses):
    """ "Morocco and Sudan joined in late 2020 and early 2021 respectively", "التحقا بها في
    أواخر 2020 ومطلع 2021 على التوالي", "sırasıyla 2020 ve 2021'de": the dates after the list,
    up to a little past the word (`respectively`), go to its countries in order, one each,
    when there are as many dates as countries and no strong punctuation cuts them from the
    list.  {id(mention): date}, empty otherwise."""
    if not words or not dates:
        return {}
    countries = []
    for m in subject:
        if m.country not in countries:
            countries.append(m.country)
    if len(countries) < 2:
        return {}
    last = subject[-1].end
    word = next((w for w in words if w.start >= last), None)
    if word is None:
        return {}
    told = [d for d in dates if last <= d.start and d.end <= word.end + _RESPECTIVE_REACH]
    if len(told) != len(countries) or crosses(last, told[-1].start):
        return {}
    by_country = dict(zip(countries, told, strict=True))
    return {id(m): by_country[m.country] for m in subject}


_BEFORE_PARTICIPLE = 6  # "2020'de imzalanan": a date right before an attributive participle is its


def _scored(sentence, assignments):
    """Dates, background and confidence for every country of every assignment."""
    if not assignments:
        return []
    start, end = sentence.start, sentence.end
    dates = sentence.dates()
    # a gapped list has its own date right after it ("and Sudan in January 2021")
    cue_spans = sorted(_dated_span(sentence, a) for a in assignments if a.reading != "gap") or [
        (start, start)
    ]
    gap_dates = {
        id(_gap_date(dates, a.subject, sentence)) for a in assignments if a.reading == "gap"
    }
    # "the first new member since 2021": a date right after "since" starts a
    # period, it is not when an announcement or a refusal was made
    # (the background words; `background` below is each reading's own flag)
    background_cues = sentence.words("background")
    renewals = sentence.words("renewals")
    # "back in November 2025", "ещё в ноябре 2025 года": a phrase that recalls an old
    # fact and ends on a date's own preposition tells when the fact was, not a period's
    # start, so the date is the step's (an announcement's too)
    period_cues = [c for c in background_cues if not _recalls(sentence, c)]
    since_dates = _dates_right_after(dates, period_cues, background_cues)
    # a joining loses the date only after a "since" of its own, not after a
    # relative clause that holds the joining verb ("Kazakhstan, which joined in
    # November 2025"): such a date is the joining's
    period_dates = _dates_right_after(
        dates,
        [
            c
            for c in period_cues
            if not any(a.cue_start < c.end and c.start < a.cue_end for a in assignments)
        ],
        background_cues,
    )
    if dates and sentence.words("time_since"):
        # "с момента вступления Судана в 2021 году": the date of a "since" clause whose
        # event read no step of its own is the period's start, not the sentence's step's
        since_clause_dates = {
            id(d)
            for d in dates
            for t in sentence.words("time_since")
            if 0 <= d.start - t.end <= _SINCE_CLAUSE_REACH
            and not sentence.crosses(t.end, d.start)
            and not any(t.end <= a.cue_start <= d.end + _SINCE_CLAUSE_REACH for a in assignments)
        }
        since_dates |= since_clause_dates
        period_dates |= since_clause_dates
        span_starts = since_clause_dates | {
            id(d)
            for d in dates
            for t in sentence.words("time_since")
            if 0 <= d.start - t.end <= _SINCE_GAP
        }
    else:
        span_starts = set()
    if sentence.lang.since_prepositions and dates:
        # Russian "с 2021 года": the preposition right before the date says "since"
        since_words = _since_prepositioned(sentence, dates)
        since_dates |= since_words
        period_dates |= since_words
    accords_dates = (
        {
            id(d)
            for d in dates
            if not _when_follows(sentence, d)
            and any(
                0 <= d.start - e <= 30 and not sentence.crosses(e, d.start)
                for e in sentence.participles
            )
            or any(
                0 <= s - d.end <= _BEFORE_PARTICIPLE and not sentence.crosses(d.end, s)
                for s in sentence.participles_before
            )
        }
        if (sentence.participles or sentence.participles_before) and dates
        else set()
    )
    opening = _opening_date(sentence, dates, accords_dates | since_dates)
    topic_here = bool(sentence.words("topic"))
    # "since" right before a date starts a period ("the first to join since
    # 2021"): it does not make the sentence a recalled fact
    background_words = [
        c
        for c in background_cues
        if not any(0 <= d.start - c.end <= _SINCE_GAP for d in dates)
        # "the first to join since Sudan's accession": "since" an event starts a period too
        and not any(0 <= a.cue_start - c.end <= _SINCE_EVENT_GAP for a in assignments)
    ]
    # "Kazakhstan, which has had ties with Israel since the 1990s, joined": a background
    # word inside a relative clause tells that clause's history, not the step outside it
    background_relatives = _relative_clauses(sentence) if background_words else []
    closest = _ClosestCue(cue_spans, sentence.breaks, _conjoined_gaps(sentence))
    owners = {id(d): closest(d) for d in dates}
    relative_spans = _relative_clauses(sentence) if dates else []
    # "neutrality, recognized by the UN General Assembly in 1995, ruled out joining": a
    # date in a phrase between commas that holds a passive's agent and no step is that
    # phrase's event
    agent_spans = _agent_phrases(sentence, dates, cue_spans) if dates else []
    acted_spans = _relative_clauses(sentence, acted=True) if dates else []
    for d in dates:
        # "Mauritania, which cut ties in 2010, wants to join": a date inside a relative
        # clause belongs to the cue in that clause, not to a nearer one after its comma
        inside = [
            span
            for a, b in relative_spans
            if a <= d.start and d.end <= b
            for span in cue_spans
            if a <= span[0] and span[1] <= b
        ]
        owner = owners[id(d)]
        if (
            inside
            and owner not in inside
            and not any(
                a <= owner[0] and owner[1] <= b for a, b in relative_spans if a <= d.start < b
            )
        ):
            owners[id(d)] = min(inside, key=lambda span: abs(span[0] - d.start))
    # "The accords, under which the UAE established ties, were expanded in November when
    # Kazakhstan agreed to join": a date after a relative clause's closing comma is not the
    # step inside that clause when a step after the comma can take it
    for d in dates:
        owner = owners[id(d)]
        for a, b in relative_spans:
            if not (a <= owner[0] and owner[1] <= b <= d.start) or b >= sentence.end:
                continue
            later = [span for span in cue_spans if span[0] >= b]
            if later:
                owners[id(d)] = min(later, key=lambda span: abs(span[0] - d.start))
            break
    _time_clause_owners(sentence, dates, cue_spans, owners)
    for d in _before_opening_dates(sentence, dates, cue_spans):
        owners[id(d)] = None
    # "paused after the Hamas attack of 7 October 2023", "frozen since the war began in
    # October 2023", "after the October 2021 coup": the date of the event a halt is told
    # after is the event's, never the halt's
    event_dates = _event_dates(sentence, dates, cue_spans)
    _continuation_owners(sentence, assignments, dates, cue_spans, owners)
    _sequence_owners(sentence, dates, cue_spans, owners)
    # "the accords began in 2020 with the UAE and Bahrain, and Morocco and Sudan later joined
    # them": a step told "later" came after the dates named before that word
    afterwards = _afterwards_words(sentence) if dates else []
    # "Saudi Arabia, with which Pakistan signed a defence pact in September, has made ...":
    # a date inside a relative clause that names another country is that clause's event
    named_relatives = _named_relatives(sentence, relative_spans) if dates else []
    # "in December 2020 Morocco and in January 2021 Sudan joined": each country of a list of
    # steps takes the date told right before it
    pre_dates = _pre_dates(sentence, dates)
    results = []
    # several steps read from one sentence: each reading is less certain
    crowded = len({a.status for a in assignments}) > 1
    speakers = sentence.words("reporting")
    conditions = sentence.words("conditions")
    # the steps read so far, for a refusal coordinated with the step before it
    told_steps = []
    for assignment in assignments:
        cue_start, cue_end, status = assignment.cue_start, assignment.cue_end, assignment.status
        subject, after, reading = assignment.subject, assignment.after, assignment.reading
        core_start = min(subject[0].start, cue_start)
        core_end = max(subject[-1].end, cue_end)
        dated_span = _dated_span(sentence, assignment)
        countries = {m.country for m in subject}
        if reading == "gap":
            date = _gap_date(
                [d for d in dates if not _in_named_relative(d, named_relatives, countries)],
                subject,
                sentence,
            )
        else:
            later_from = _later_from(sentence, afterwards, subject, after, cue_start, cue_end)
            own_dates = [
                d
                for d in dates
                if owners[id(d)] == dated_span
                and d.start >= later_from
                and id(d) not in gap_dates
                and id(d) not in accords_dates
                and not (status in _SINCE_UNDATED and id(d) in since_dates)
                # "Depuis 2020, les Émirats arabes unis, Bahreïn, le Maroc et le Soudan ont
                # normalisé", "Desde su lanzamiento en 2020, los acuerdos han reunido a ...":
                # a period's start told before a list of members is none's own date (one
                # member "since December 2020", "signatories since 2020" after the list,
                # keep it)
                and not (
                    status in _MEMBERSHIPS
                    and id(d) in span_starts
                    and d.end <= subject[0].start
                    and len({m.country for m in subject}) > 1
                    and set_off_period(sentence.folded, d, subject, sentence.lang)
                )
                and not (status == "joined" and id(d) in period_dates)
                # "la liste de ses signataires, les Émirats, Bahreïn, le Maroc et le Soudan,
                # n'a pas bougé depuis janvier 2021", "has not changed since January 2021": a
                # period's start after a list of members and a negated verb is when the list
                # stopped changing, none's own date
                and not (
                    status in _MEMBERSHIPS
                    and id(d) in span_starts
                    and d.start >= subject[-1].end
                    and len(countries) > 1
                    and any(
                        subject[-1].end <= n.start and n.end <= d.start
                        for n in sentence.words("negations")
                    )
                )
                # "مرهونة بقيام دولة فلسطينية على حدود عام 1967": a year long before the
                # accords names the borders or a treaty, never when a country refused,
                # hoped or talked
                and not (status in _UNDATED_OLD and d.value[:4] < _OLD_YEAR)
                # "could revive the ties it cut in 2010": a year before the accords is the
                # past the candidacy recalls, never when it was hoped for
                and not (status == "prospective" and d.value[:4] < _ACCORDS_YEAR)
                # "Mohammed ben Salmane, attendu à Washington le 18 novembre, conditionnerait
                # ...": a day after the article's is a coming event's, never when a country
                # refused, was hoped for, talked or halted
                and not (status in _NOT_YET_DATED and _after_publication(d, sentence.published))
                # "Riyad finirait par signer, peut-être même cette année", "could join this
                # year": the year or month of publication after a hope is when the joining
                # might come, not when it was hoped for
                # (not for a country whose decision was announced: "selepas Kazakhstan
                # mengumumkan penyertaannya awal bulan ini" is read as that decision)
                and not (
                    status == "prospective"
                    and d.start >= cue_end
                    and not countries.intersection(DECIDED)
                    and _current_period(sentence, d)
                )
                and not _inside_other_clause(relative_spans, d, cue_start, cue_end)
                and not (
                    status in _STANCES
                    and _in_relative_before(
                        sentence, relative_spans, d, (cue_start, cue_end), countries
                    )
                )
                and not any(a <= d.start and d.end <= b for a, b in agent_spans)
                and not (status in LAPSES and id(d) in event_dates)
                and not (
                    status in LAPSES and _process_history(relative_spans, d, assignment, cue_spans)
                )
                and not _inside_other_clause(acted_spans, d, cue_start, cue_end, acted=True)
                and not _in_named_relative(d, named_relatives, countries, (cue_start, cue_end))
                and not (
                    (
                        status in _RECOGNITION_UNDATED
                        or (status == "announced" and countries.intersection(UNRECOGNISED))
                    )
                    and _recognition_date(sentence, d, cue_start, cue_end)
                )
            ]
            if sentence.lang.sequence_openers and sentence.folded.startswith(
                sentence.lang.sequence_openers, cue_start
            ):
                # "أقامت علاقات مع إسرائيل سنة 1999 ثم قطعتها سنة 2010", "froze them in 2009 and
                # then cut them": a step opened by "then" came after the dates told before it
                own_dates = [d for d in own_dates if d.start >= cue_end]
            # "Первые подписанты — ОАЭ, Бахрейн и Марокко — пришли в соглашения в 2020 году":
            # the dashes setting off the list are no break between it and its own date
            set_off = _dashes_around(sentence, subject)
            breaks = (
                [b for b in sentence.breaks if b not in set_off] if set_off else sentence.breaks
            )
            date = _nearest_date(
                own_dates,
                core_start,
                max(core_end, dated_span[1]),
                cue_start,
                breaks,
                _DATE_REACH,
            )
            if date is not None and date.precision == "year":
                # "in 2020, when the UAE signed ... on 15 September": a finer date of
                # that same year, also within reach, says when
                finer = _nearest_date(
                    [d for d in own_dates if d is not date and d.value[:4] == date.value],
                    core_start,
                    core_end,
                    cue_start,
                    breaks,
                    _DATE_REACH,
                )
                if finer is not None:
                    date = finer
        if date is None and reading == "cue" and status == "declined":
            # "..., a position the crown prince restated during his visit to Washington in
            # November": the apposition's date, past the reach of a date, is the refusal's
            date = _restated_stance_date(sentence, own_dates, cue_end, cue_spans, countries)
        if date is None and reading == "cue":
            # "X has agreed to join, the president said on Thursday": a
            # relative reporting date anywhere in the sentence, across words
            # like "although" but not across ";" or a dash; across the colon after the
            # speaker's verb ("... روز پنجشنبه گفت: پاکستان ... ندارد", "said on Thursday:")
            reporting = [d for d in own_dates if d.relative]
            date = _nearest_date(
                reporting,
                core_start,
                core_end,
                cue_start,
                sentence.strong_punctuation(),
                end - start,
            )
        if date is None and reading == "cue" and after and cue_spans[-1][1] < subject[0].start:
            # "'We want to be part ..., but we also want ...,' the crown prince said on
            # Tuesday": the speaker after every step of the quote said each of them on the
            # day told beside him
            date = next(
                (
                    d
                    for d in dates
                    if d.relative
                    and d.start > cue_spans[-1][1]
                    and abs(d.start - subject[0].start) <= _SPEAKER_DATE_REACH
                ),
                None,
            )
        later = reading != "gap" and later_from > start
        if date is None and reading == "cue" and speakers and not later:
            # "told Trump in November that the kingdom wanted to join but needed a
            # path to a state first": the reporting clause's date, owned by the first
            # step told after it, is also the date of the same country's later steps
            date = _told_date(sentence, dates, speakers, cue_spans, owners, assignments, assignment)
        if date is None and reading == "cue" and speakers and not later and status == "declined":
            # "said on Tuesday that the kingdom wants to join, but it will not normalise
            # without ...": a refusal joined by "but" or "and" after a comma to the same
            # country's step told before it in the same reported words was said that day
            date = _coordinated_refusal_date(sentence, assignment, told_steps, speakers)
        if reading == "cue" and not later:
            told_steps.append(
                _ToldStep(cue_start, cue_end, frozenset(m.country for m in subject), date, status)
            )
        if (
            date is None
            and reading == "cue"
            and not later
            and not (status in LAPSES and id(opening) in event_dates)
        ):
            date = opening  # "In September 2020, ...": the date set before the sentence's steps is theirs
        if date is None and reading == "cue" and after and status == "signed":
            # "se firmaron el 15 de septiembre de 2020 ...; los suscribieron Israel, ...": the
            # day of the signing told right before the semicolon
            date = _signing_before_semicolon(sentence, dates, cue_start)
        background_here = any(
            not any(s <= c.start < e and not s <= cue_start < e for s, e in background_relatives)
            for c in background_words
        )
        background = background_here or _is_old(date, sentence.published)
        distance = cue_start - subject[-1].end if not after else subject[0].start - cue_end
        # the list member nearest the cue decides whether the cue is in the
        # list's clause ("UAE, Bahrain and Morocco signed": one clause)
        nearest = subject[0] if after else subject[-1]
        in_clause = distance <= 60 and not sentence.crosses(
            min(nearest.end, cue_end), max(nearest.start, cue_start)
        )
        # "if pressured to join": a step inside a condition is hypothetical
        conditional = any(
            c.end <= cue_start and not sentence.crosses(c.end, cue_start) for c in conditions
        )
        # "no peace without us": a refusal read from a negation
        # before a precondition, with no joining word of its own
        bare_refusal = status == "declined" and any(
            n.start == cue_start and n.end == cue_end for n in sentence.words("negations")
        )
        # "will put its own needs first if pushed to join", "if Mongolia came
        # under pressure to join": a step inside the condition's own clause (no comma
        # between them) is a hypothesis.  Not in "if a state is created, X
        # will normalize", where the step is the main clause's; nor in
        # verb-final languages, where the condition comes before every verb.
        hypothetical = not sentence.lang.verb_final and any(
            c.end <= cue_start
            and not sentence.crosses(c.end, cue_start)
            and "," not in sentence.folded[c.end : cue_start]
            for c in conditions
        )
        dated = date
        # "en 2020, les Émirats et Bahreïn, puis le Maroc en décembre, ont normalisé",
        # "Après les Émirats et Bahreïn en septembre 2020, puis le Maroc et le Soudan": a
        # list parted by "then" (`sequence_openers`) tells two times; a date told with the
        # members before "then" is not the later members', nor one told with those after it
        # (before the verb) the earlier members'
        then_at = _then_member(sentence, subject, cue_start) if reading != "gap" and dated else None
        earlier_date = None
        if then_at is not None and then_at < dated.start and dated.end <= cue_start:
            earlier_date = _nearest_date(
                [d for d in own_dates if d.end <= then_at],
                core_start,
                max(core_end, dated_span[1]),
                cue_start,
                breaks,
                _DATE_REACH,
            )
        respective = (
            respective_dates(
                sentence.words("respectively"), subject, dates, sentence.crosses_strong
            )
            if len(subject) > 1
            else {}
        )
        for mention in subject:
            if bare_refusal and mention.country in CONFLICT_PARTIES:
                continue  # the Palestinians' precondition is about the conflict, not joining
            if (
                status == "declined"
                and after
                and not sentence.lang.verb_first
                and mention.country in CONFLICT_PARTIES
            ):
                # "normalisasi hanya mungkin setelah Palestina merdeka": Palestine after
                # a precondition's words is what is required, not who refuses
                continue
            confidence = 0.55
            if in_clause:
                confidence += 0.25  # explicit cue in the country's own clause
            if mention.kind in ("name", "alias"):
                confidence += 0.1  # not a capital, demonym or "the country"
            elif mention.kind == "anaphor":
                confidence -= 0.05  # "it", "the kingdom": carried from before, never the top band
            if topic_here:
                confidence += 0.1  # the sentence itself names the accords or Israel
            if after or reading != "cue":
                confidence -= 0.05
            if after and not sentence.lang.verb_first:
                confidence -= 0.1  # a subject after its verb is the rarer reading outside verb-first languages
            if assignment.weakened:
                confidence -= 0.15
            if crowded:
                confidence -= 0.1
            if background:
                confidence -= 0.25
            # a date told right before the country ("im Dezember 2020 Marokko"), else a
            # member's own date right after its name in a list ("Marruecos, en diciembre de
            # 2020, y Sudán, ..."), else the step's
            own = (
                respective.get(id(mention))
                or pre_dates.get(id(mention))
                or (
                    own_date_after(sentence.folded, mention.word_end, dates)
                    if len(subject) > 1
                    else None
                )
            )
            told = dated
            if own is None and then_at is not None:
                if mention.start > then_at and dated.end <= then_at:
                    told = None
                elif mention.end <= then_at < dated.start and dated.end <= cue_start:
                    told = earlier_date
            date = _decided_date(mention.country, own or told, sentence.published)
            date = _stance_date(status, date, sentence.published)
            if _later_members_step(status, mention, subject, date):
                continue
            final = _joined(status, mention.country, date, background)
            if any(
                # "...; seit April 2023 liegen die Kontakte auf Eis": a "since" past a
                # semicolon recalls nothing of the clause before it
                not _SEMICOLONS
                & set(sentence.folded[min(c.end, cue_start) : max(c.start, cue_end)])
                for c in background_cues
            ):
                final = _signed_by_then(final, mention, date)
            if (
                final == "announced"
                and status != "joined"
                and mention.country not in ANNOUNCED_BY_FOUNDERS
                and _founder_speaking(sentence, speakers, mention)
            ):
                final = "prospective"  # "Trump said Saudi Arabia will join": his expectation
            elif (
                final == "prospective"
                and mention.country in DECIDED
                and (
                    assignment.weakened
                    or _expected(sentence, cue_start, cue_end)
                    # "Trump announced that Kazakhstan would join": reported speech
                    # puts the decision in the conditional
                    or any(s.end <= cue_start for s in speakers)
                )
            ):
                final = "announced"  # "Kazakhstan is expected to join": the decision taken
            elif (
                final == "signed"
                and status != "joined"
                and mention.country in DECIDED
                # undated, or a bare year ("members: ..., Kazakhstan (2025)"): no
                # ceremony's day is told
                and (date is None or date.precision == "year")
                and sentence.lang.signing_stems
                and not any(
                    stem in sentence.folded[cue_start:cue_end]
                    for stem in sentence.lang.signing_stems
                )
            ):
                # "Kazakhstan officially joined", "became a member", a member list:
                # a joining told formally with no signing word is still the decision
                # announced
                final = "announced"
            elif (
                final == "signed"
                and mention.country in DECIDED
                and date is not None
                and ACCORDS_BEGAN <= int(date.value[:4]) < DECIDED_IN
            ):
                # "the accords, sealed in 2020, now take in the UAE, ... and Kazakhstan":
                # the year is the accords' (the others'); this member's step is its
                # decision, told after that year
                final, date = "announced", None
            if final in ("prospective", "announced") and mention.country in SIGNATORIES_2020:
                confidence -= 0.15  # the first signatories are members: a step before membership is rarely meant
            if final in ("prospective", "announced") and _told_by_a_speaker(speakers, mention):
                confidence -= 0.15  # "Trump says X will join": a prediction or a decision, the reader cannot tell
            if (
                final == "ratified"
                and mention.country not in SIGNATORIES_2020 + DECIDED
                and not sentence.strong_topics()
            ):
                # "Azerbaijan opened an embassy in Tel Aviv in 2023", "Eine Botschaft in Tel
                # Aviv hat Baku erst 2023 eröffnet": ties in force told with no word of the
                # accords or normalisation, for a country that has not joined them, are its
                # own ties with Israel, not the accords' relations
                continue
            if (
                final in ("announced", "signed", "ratified")
                and mention.country not in SIGNATORIES_2020
                and not sentence.strong_topics()
                and any(r.start <= cue_end + _RENEWAL_REACH and cue_start < r.end for r in renewals)
            ):
                # "Turkey restored its relations with Israel in 2022", "Oman a rétabli ses
                # relations avec Israël": a renewal of ties is the accords' normalisation
                # for a first signatory (its 2020 ties, named or not) or beside the
                # accords' name, else the country's own ties with Israel
                continue
            if final in ("signed", "ratified") and mention.country not in SIGNATORIES_2020:
                confidence -= (
                    0.15  # a new signing is rare; another agreement signed is the commoner reading
                )
            if hypothetical and final == "prospective":
                continue  # "if Mongolia came under pressure to join": a hypothesis, no claim
            if conditional:
                confidence -= 0.1
            if final in _TO_COME and status != "joined":
                # a joining still to come ("will join", "wants to join"): whether
                # it is decided or only expected is what real news most often
                # leaves to context, so never the top band; "has joined" is told done
                confidence -= 0.15
            if mention.country in CONFLICT_PARTIES:
                confidence -= 0.25
            caused = final in LAPSES and date is None and bool(event_dates)
            results.append(_Found(mention.country, final, date, confidence, background, caused))
    return results


_EXPECTED_REACH = 30
_UNIT_REACH = 16  # one word before or after a "later" word
_UNIT_MARKS = ',.;:()«»"،'
_STEP_AFTERWARDS_REACH = 14  # a "later" word beside a step's subject: "و پس از آن مراکش", "and later Morocco": the word right before the subject


def _afterwards_words(sentence):
    """The sentence's "later" words (`_later_words`)."""
    return _later_words(
        sentence.folded,
        sentence.start,
        sentence.lang,
        sentence.words("afterwards"),
        sentence.words("same_day") + sentence.words("next_day") + sentence.words("hedges"),
    )


def _later_words(folded, start, lang, words, own_times):
    """The "later" words, not those inside a phrase that names a time of its own ("later
    that day", "later that year") or a prediction ("sooner or later"), nor beside a unit of
    hours ("hours later", "بعد ذلك بساعات": the same day)."""
    units = lang.afterwards_units
    return [
        w
        for w in words
        if not any(t.start < w.end and w.start < t.end for t in own_times)
        and not any(folded.startswith(phrase, w.start) for phrase in lang.same_year)
        and not (
            units
            and any(
                word.strip(_UNIT_MARKS) in units
                for word in folded[max(start, w.start - _UNIT_REACH) : w.start].split()[-1:]
                + folded[w.end : w.end + _UNIT_REACH].split()[:1]
            )
        )
    ]


def _later_from(sentence, afterwards, subject, after, cue_start, cue_end):
    """Where the dates a step may take begin: after the last "later" word in the step's
    clause (between its subject and its cue, or right before or after both, with no clause
    break between the word and either), else the sentence's start."""
    later_from = sentence.start
    nearest = subject[0] if after else subject[-1]
    core_start, core_end = min(subject[0].start, cue_start), max(subject[-1].end, cue_end)
    for w in afterwards:
        if w.start >= core_end and any(
            0 <= m.start - w.end <= _STEP_AFTERWARDS_REACH and all(m is not s for s in subject)
            for m in sentence.mentions
        ):
            continue  # "signed by the UAE and Bahrain and later by Morocco": Morocco's word
        if (
            core_start - _STEP_AFTERWARDS_REACH <= w.start
            and w.end <= core_end + _STEP_AFTERWARDS_REACH
            and not sentence.crosses(min(w.end, cue_start), max(w.start, cue_start))
            and not sentence.crosses(min(w.end, nearest.start), max(w.start, nearest.start))
        ):
            later_from = max(later_from, w.end)
    return later_from


def _sequence_owners(sentence, dates, cue_spans, owners):
    """ "جمدت علاقاتها مع إسرائيل في 2009 ثم قطعتها في مارس 2010", "a gelé ses relations en 2009
    puis les a rompues": a date right before a step opened by "then" (`sequence_openers`)
    is the step's before it, when one stands before the date in its clause."""
    openers = sentence.lang.sequence_openers
    if not openers or len(cue_spans) < 2:
        return
    folded = sentence.folded
    for d in dates:
        owner = owners[id(d)]
        if owner is None or owner[0] < d.end or not folded.startswith(openers, owner[0]):
            # None: an event's date ("Before the attack of 7 October ..."), no step's
            continue
        before = [
            span
            for span in cue_spans
            if span[1] <= d.start and not sentence.crosses_strong(span[1], d.start)
        ]
        if before:
            owners[id(d)] = max(before, key=lambda span: span[1])


THEN_BEFORE_LIST = 16  # "dann von ", "а затем " : "then" this close before a list opens it


def then_after_comma(folded, position):
    """Whether a comma closes the words before "then" (", dann von Marokko", "، ثم المغرب"):
    a list it opens, not an adverb inside a clause ("verkündete dann Kasachstan", "after
    the call, Kazakhstan")."""
    return folded[:position].rstrip().endswith((",", "،"))


@functools.cache
def sequence_re(openers):
    return re.compile(rf"(?<!\w)(?:{alternation(openers)})(?!\w)")


def _then_member(sentence, subject, cue_start):
    """Where "then" (`sequence_openers`) stands between two members of a list ("the UAE
    and Bahrain, then Morocco and Sudan", "ОАЭ, Бахрейн, а затем Марокко"), right before
    it after a comma ("..., dann von Marokko und dem Sudan") or after the list before its
    verb with a country after it ("Bahreïn, puis le Maroc en décembre, ont normalisé": the
    later member read apart), or None.  Comparisons among the `continuations` ("tout comme",
    "just like") part no times."""
    if not sentence.lang.sequence_openers:
        return None
    pattern = sequence_re(sentence.lang.sequence_openers)
    marks = [
        m.start()
        for m in pattern.finditer(
            sentence.folded, max(sentence.start, subject[0].start - THEN_BEFORE_LIST), sentence.end
        )
    ]
    if not marks:
        return None
    # "... unterzeichnet, dann von Marokko und dem Sudan": "then" right before the list
    opening = [
        c
        for c in marks
        if 0 < subject[0].start - c <= THEN_BEFORE_LIST and then_after_comma(sentence.folded, c)
    ]
    if opening:
        return min(opening)
    for before, member in itertools.pairwise(subject):
        inside = [c for c in marks if before.end <= c < member.start]
        if inside:
            return min(inside)
    if subject[-1].end <= cue_start:
        inside = [
            c
            for c in marks
            if subject[-1].end <= c < cue_start
            and any(c < m.start and m.end <= cue_start for m in sentence.mentions)
        ]
        if inside:
            return min(inside)
    return None


def _expected(sentence, cue_start, cue_end):
    """An expectation word inside the cue or next to it in its clause ("is
    expected to join", "من المتوقع أن تنضم", "katılması bekleniyor")."""
    return any(
        (cue_start <= w.start and w.end <= cue_end)
        or (0 <= cue_start - w.end <= _EXPECTED_REACH and not sentence.crosses(w.end, cue_start))
        or (0 <= w.start - cue_end <= _EXPECTED_REACH and not sentence.crosses(cue_end, w.start))
        for w in sentence.words("expectations")
    )


@functools.cache
def _when_re(lang):
    """ ", when", ", כש" (a prefix, written "כש*"): a "when" clause opening right there."""
    whole = [w for w in lang.when_words if not w.endswith("*")]
    glued = [w[:-1] for w in lang.when_words if w.endswith("*")]
    parts = ([rf"(?:{alternation(whole)})(?!\w)"] if whole else []) + (
        [rf"(?:{alternation(glued)})\w"] if glued else []
    )
    return re.compile(rf"[\s,،]{{0,3}}(?:{'|'.join(parts)})") if parts else None


def _when_follows(sentence, date):
    """ "The accords were signed in September 2020, when the UAE and Bahrain signed them":
    a date of the accords' own participle right before a "when" clause is that clause's too."""
    when = _when_re(sentence.lang)
    return bool(when and when.match(sentence.folded, date.end))


_SINCE_GAP = 6  # "since 2021", "which joined in 2025": a date this close after a background word
_SINCE_CLAUSE_REACH = 45  # "с момента вступления Судана в 2021 году": a "since" clause's date
_SINCE_EVENT_GAP = 25  # "since Sudan's accession", "منذ انضمام السودان": an event after it


def _recalls(sentence, word):
    """Whether a background phrase of two words or more ends on a month preposition that
    is no "since" ("back in", "ещё в", not "впервые с")."""
    words = sentence.folded[word.start : word.end].split()
    lang = sentence.lang
    return (
        len(words) > 1
        and words[-1] in lang.month_prepositions
        and words[-1] not in lang.since_prepositions
    )


def _dates_right_after(dates, words, holders=None):
    """The ids of the dates right after one of the words ("since 2021"); holders: the
    phrases a date starting inside of is none of them (the words themselves by default)."""
    if not (dates and words):
        return set()
    holders = words if holders is None else holders
    # "ранее в январе", "еще в 2020 году": a background phrase that ends inside the date
    # ("в" is the date's own preposition) tells when the old fact was, not a period's start
    return {
        id(d)
        for d in dates
        if any(0 <= d.start - w.end <= _SINCE_GAP for w in words)
        and not any(w.start < d.start < w.end for w in holders)
    }


def _since_prepositioned(sentence, dates):
    """The ids of the dates right after a word that says "since" only there (Russian
    "с 2021 года", "со 2 ноября")."""
    found = set()
    for d in dates:
        words = sentence.folded[max(sentence.start, d.start - 8) : d.start].split()
        if words and words[-1] in sentence.lang.since_prepositions:
            found.add(id(d))
    return found


def _relative_clauses(sentence, *, acted=False):
    """The spans of the relative clauses (", which ...", "yang ...") in a
    sentence: from the relative word to the next comma, or the sentence's end.
    With acted=True, only those whose own subject is a country named right after the
    relative word (", que Israel reconoció el 26 de diciembre,", ", which Israel
    recognised on 26 December,"). In a verb-first language the subject follows the
    clause's verb, alone or with a preposition holding the antecedent's pronoun ("، التي
    اعترفت بها إسرائيل في 26 ديسمبر،"): the clause tells what that other country did."""
    spans = []
    starts = sorted(m.word_start for m in sentence.mentions) if acted else []
    genitive = sentence.words("genitive_relatives") if acted else ()
    for word in sentence.words("relatives"):
        if acted:
            # the first name starting after the relative word, found by bisection
            at = bisect.bisect_right(starts, word.end)
            if at == len(starts) or not (
                starts[at] - word.end <= _ACTED_GAP
                or _verb_before_subject(sentence, word.end, starts[at])
                # ", whose independence Israel recognised", ", cuya independencia Israel
                # reconoció": one noun between a genitive relative word and the name
                or (
                    any(word.start <= g.start and g.end <= word.end for g in genitive)
                    and _WORD_ONLY_RE.fullmatch(sentence.folded, word.end, starts[at])
                )
            ):
                continue
        comma = COMMA_RE.search(sentence.folded, word.end, sentence.end)
        spans.append((word.start, comma.start() if comma else sentence.end))
    return spans


_WORD_ONLY_RE = re.compile(r"\s*\w+\s+")
_ACTED_GAP = 2  # a space (and an elided article's letter) between the relative word and the name


def _verb_before_subject(sentence, start, name_start):
    """Verb-first languages: only the relative clause's verb between the relative word and
    the name, or the verb and a short preposition ending in a pronoun ("اعترفت بها")."""
    lang = sentence.lang
    if not lang.verb_first:
        return False
    words = sentence.folded[start:name_start].split()
    if len(words) == 1:
        return True
    return (
        len(words) == 2
        and len(words[1]) <= _PRONOUN_PREPOSITION
        and bool(lang.pronoun_suffixes)
        and words[1].endswith(lang.pronoun_suffixes)
    )


_PRONOUN_PREPOSITION = 4  # "بها", "معها": a one- or two-letter preposition and the pronoun


def _named_relatives(sentence, spans):
    """(start, end, countries) of the relative clauses closed by a comma that name a
    country of their own (", with which Pakistan signed a pact in September,")."""
    found = []
    for a, b in spans:
        if b >= sentence.end:
            continue
        named = {
            m.country
            for m in sentence.mentions
            if a <= m.start and m.end <= b and m.country not in FOUNDERS
        }
        if named:
            found.append((a, b, named))
    return found


def _in_named_relative(date, named_relatives, countries, cue=None):
    """Is the date inside a relative clause that names a country other than these
    (and, given a cue's span, does not hold that cue)?"""
    return any(
        a <= date.start
        and date.end <= b
        and not (cue and a <= cue[0] and cue[1] <= b)
        and named - countries
        for a, b, named in named_relatives
    )


_RECOGNITION_DATE_REACH = 40  # "Israel recognised it on 26 December", "am 26. Dezember anerkannt"
# a wish or talks, and the joining an unrecognised territory announces (its wish, rule 3); a
# state's announcement often comes with another recognition of that day (Morocco's, with
# Washington's recognition of its claim to Western Sahara)
_RECOGNITION_UNDATED = ("prospective", "negotiating")


def _recognition_date(sentence, date, cue_start, cue_end):
    """ "Somaliland, which Israel recognised on 26 December, has said it wants to join",
    "Seit Israel das Land am 26. Dezember anerkannt hat, wirbt Hargeisa um Aufnahme": a date
    right beside a word of recognising (`recognition_words`), with no comma, clause break or
    step between them, is the recognition's, not the wish or talks told beside it.  A
    recognition word inside the step's own cue ("ready to recognise Israel") is the step; a
    sentence that says the step came the same day or hours after ("the same day", "hours
    after", `same_day`, `afterwards_units`) gives it that day."""
    pattern = _recognition_re(sentence.lang)
    if pattern is None or sentence.words("same_day"):
        return False
    folded = sentence.folded
    low = max(sentence.start, date.start - _RECOGNITION_DATE_REACH)
    high = min(sentence.end, date.end + _RECOGNITION_DATE_REACH)
    for match in pattern.finditer(folded, low, high):
        start, end = match.span()
        if start < cue_end and cue_start < end:
            continue
        if end <= date.start:
            left, right = end, date.start
        elif date.end <= start:
            left, right = date.end, start
        else:
            continue
        if (
            left <= cue_start < right
            or sentence.crosses(left, right)
            or COMMA_RE.search(folded, left, right)
        ):
            continue
        units = sentence.lang.afterwards_units
        return not (
            units
            and any(
                word.strip(_UNIT_MARKS) in units
                for word in folded[sentence.start : min(start, date.start)].split()
            )
        )
    return False


def _current_period(sentence, date):
    """ "this year", "ce mois-ci", "العام الجاري": the publication's own year or month
    written as a relative period (offset 0)."""
    period = sentence.lang.relative_periods.get(sentence.folded[date.start : date.end])
    return period is not None and period[1] == 0


def _in_relative_before(sentence, spans, date, cue, countries):
    """ "Syria's president, who was received at the White House earlier this month, has said
    ...", "Sharaa, qui a rencontré Trump en novembre, exclut ...": a date inside a relative
    clause closed before a stance's cue, a clause naming another party (the host, the
    place, a founder), dates that clause's event (a visit, a meeting), not the stance,
    unless the saying points back at it ("said then", "אמר שם", `said_then`). A clause
    naming no one ("which set out its terms in September") may tell the stance itself."""
    cue_start, cue_end = cue
    for a, b in spans:
        if a <= date.start and date.end <= b and b <= cue_start:
            if not any(
                a <= m.start and m.end <= b and m.country not in countries
                for m in sentence.mentions
            ):
                return False
            told = sentence.folded[b : cue_end + _SAID_THEN_REACH]
            return not any(phrase in told for phrase in sentence.lang.said_then)
    return False


_SAID_THEN_REACH = 24  # "said then", "a alors déclaré": the pointing word right after the cue


def _inside_other_clause(spans, date, cue_start, cue_end, *, acted=False):
    """ "Egypt, which signed a peace treaty in 1979, welcomed Kazakhstan's
    accession": a date before the accords inside a relative clause that does
    not hold the cue is that clause's history, not the step's (given to the
    step, it would drop it as older than the accords).  Later dates there
    stay: "X, who met Trump yesterday, said ..." is often the step's day; but in a
    clause whose subject is another country (acted=True: "Somaliland, which Israel
    recognised on 26 December, wants to join") any date is that country's deed."""
    return (acted or (not date.relative and int(date.value[:4]) < ACCORDS_BEGAN)) and any(
        a <= date.start and date.end <= b and not (a <= cue_start and cue_end <= b)
        for a, b in spans
    )


_OPENING_WORDS = 2  # "In", "وفي عام", "Pada tahun": what may stand before an opening date


def _opening_date(sentence, dates, excluded):
    """The sentence's only date, when it opens the sentence before any country
    and a comma sets it off ("In September 2020, the UAE and Bahrain ...",
    "وفي عام 2020، وقعت ..."): it sets the time of every step the sentence
    tells, across that comma.  So does the one date of a clause opened by a
    speaking participle (`speaking_openers`), up to its first comma."""
    folded = sentence.folded
    if dates and any(w.start == sentence.start for w in sentence.words("speaking_openers")):
        # "Asked on January 29 whether Pakistan was considering the accords, the spokesperson
        # was unambiguous: ...": the date of an opening participle's clause (up to its
        # first comma) is the day of the answer told after it, across a colon too
        comma = COMMA_RE.search(folded, sentence.start, sentence.end)
        inside = [d for d in dates if comma is not None and d.end <= comma.start()]
        if (
            len(inside) == 1
            and id(inside[0]) not in excluded
            and not any(
                m.start < inside[0].start and m.country not in FOUNDERS for m in sentence.mentions
            )
        ):
            return inside[0]
    if len(dates) != 1 or id(dates[0]) in excluded or dates[0].relative:
        return None
    date = dates[0]
    # "What happened in 2020 – ...", "Was 2020 geschah – ...": a look back's heading around
    # the year counts as the year itself, its words before the year as opening words
    heading = next(
        (
            w
            for w in sentence.words("look_backs")
            # before the year, around it, or right after it ("2020'de neler oldu")
            if w.start <= date.end + 4
            and date.start <= (w.tail_end or w.end) + 1
            and len(folded[sentence.start : w.start].split()) <= _OPENING_WORDS
        ),
        None,
    )
    opening_start = heading.start if heading is not None else date.start
    if len(folded[sentence.start : opening_start].split()) > _OPENING_WORDS:
        return None
    if any(m.start < date.start and m.country not in FOUNDERS for m in sentence.mentions):
        # "Sudan, in January 2021, ...": the date of that country's step only (a founder's
        # capital before it is where: "In Washington in November, the crown prince ...")
        return None
    # set off by a comma: an adverbial for the whole sentence; by a colon or a spaced
    # dash, a dated line of a chronology ("- Nov. 6: Kazakhstan agrees to join ...",
    # "6 de enero de 2021 – Sudán suscribe la declaración")
    end = max(date.end, heading.tail_end or heading.end) if heading is not None else date.end
    after = sentence.folded[end : end + 3]
    if after.lstrip()[:1] in (",", "،", ":"):
        return date
    return date if after[:1].isspace() and after[1:2] in _CHRONOLOGY_DASHES else None


_CHRONOLOGY_DASHES = ("–", "—", "-")  # "13 de agosto de 2020 – Trump anuncia ..."


def _told_by_a_speaker(speakers, mention):
    """A future step told in someone's words: the speaking verb or "according
    to" before the country ("Trump says X will join", "به گفته ...")."""
    return any(s.end <= mention.start for s in speakers)


_SPEAKER_REACH = 40  # characters between a founder and the speaking word of theirs
_FOUNDER_SPEAKERS = tuple(fold_phrase(name) for name in FOUNDER_SPEAKERS)


def _founder_speaking(sentence, speakers, mention):
    """A step told in a founder's words: the US or Israel, or their leader or envoy
    ("Trump", "Netanyahu"), right before the speaking word ("Trump said X will
    join", "Washington expects") or right after it ("according to Trump, X will
    join"), all before the country."""
    folded = sentence.folded
    # "Trump: Saudi Arabia will join" (a headline's colon for "says"): the leader's
    # name right before a colon that opens the sentence
    head = folded[sentence.start : mention.start]
    colon = head.find(":")
    if 0 < colon <= _SPEAKER_REACH and head[:colon].rstrip().endswith(_FOUNDER_SPEAKERS):
        return True
    for s in speakers:
        if s.end > mention.start:
            if s.start > mention.end and (
                _founder_attribution(folded, mention, s)
                or (sentence.lang.verb_final and _founder_opening(sentence, mention))
            ):
                return True
            continue
        # "according to Washington, X will join": the founder right after the
        # speaking word, set off by a comma
        for m in sentence.mentions:
            if (
                m.country in FOUNDERS
                and m.end <= mention.start
                and 0 <= m.start - s.end <= 3
                and folded[m.end : m.end + 1] == ","
            ):
                return True
        # "Trump said X will join", "selon Trump, X rejoindra": a leader by name (an
        # institution confirming, "the White House confirmed", may tell a decision)
        # (the speaking words may hold the name themselves: "pour Trump,", "para Trump,")
        # ("selon Donald Trump, X rejoindra", "according to US President Donald Trump,
        # X will join": the name, with its first name and title, before the comma)
        before = folded[max(sentence.start, s.start - _SPEAKER_REACH) : s.end]
        after = folded[s.end : min(mention.start, s.end + _SPEAKER_REACH)]
        if any(name in before for name in _FOUNDER_SPEAKERS):
            return True
        comma = after.find(",")
        named = [after.find(name, 0, comma) for name in _FOUNDER_SPEAKERS] if comma > 0 else []
        named = [at for at in named if at >= 0]
        if named and not any(
            # "según el acuerdo anunciado por Trump,", "menurut kesepakatan yang diumumkan
            # Trump,": the founder is the agent of what the words are about, not who speaks
            s.end <= word.start < s.end + min(named)
            for word in sentence.words("agents") + sentence.words("relatives")
        ):
            return True
    return False


_OPENING_REACH = 60  # "ABD Başkanı Donald Trump, geçen hafta Pakistan'ın"


def _founder_opening(sentence, mention):
    """In a verb-final language the speaker opens the clause and the speaking verb
    closes it ("Trump, Pakistan'ın da anlaşmalara katılacağını söyledi", "Трамп Сауд
    Арабиясы қосылады деп мәлімдеді"): a founder's leader named shortly before the
    country, with no other country and no clause break between them."""
    folded = sentence.folded
    window_start = max(sentence.start, mention.start - _OPENING_REACH)
    window = folded[window_start : mention.start]
    last = max((window.rfind(name) for name in _FOUNDER_SPEAKERS), default=-1)
    if last < 0:
        return False
    at = window_start + last
    if any(
        m.country not in FOUNDERS and at < m.start < mention.start for m in sentence.mentions
    ) or any(
        at < b.start < mention.start
        for key in ("clause_breaks", "comparisons_after", "partners_after")
        for b in sentence.words(key)
    ):
        return False
    # "Trump'ın açıklamasının ardından Azerbaycan, ... katılacağını açıkladı": a country
    # set off by a comma is the clause's own subject, not the object of the founder's words
    return folded[mention.end : mention.end + 1] != ","


_ATTRIBUTION_REACH = 34  # "a déclaré Donald Trump", "a assuré le Premier ministre israélien"


def _founder_attribution(folded, mention, speaker):
    """ "X will join, Trump said", "X rejoindra les accords, a déclaré Donald Trump",
    "X se unirá, dijo Trump": the speaking word after the step, in a clause the comma
    opens, with a founder's leader or envoy named in that clause."""
    comma = folded.rfind(",", mention.end, speaker.start)
    if comma < 0:
        return False
    clause = folded[comma : speaker.end + _ATTRIBUTION_REACH]
    # the clause ends at the sentence's next comma or stop
    for stop in (",", "."):
        at = clause.find(stop, speaker.end - comma)
        if at >= 0:
            clause = clause[:at]
    return any(name in clause for name in _FOUNDER_SPEAKERS)


_LAST_SIGNINGS = 2021


def _decided_date(country, date, published):
    """ "Sudan signed on in January 2021 (...). Kazakhstan joined in November": a month
    with no year of its own borrowed the year named before it; for a country whose
    decision came in DECIDED_IN, an older year cannot be its step's, so the month is the
    publication's last such month (undated with no publication day)."""
    if (
        country not in DECIDED
        or date is None
        or not date.borrowed
        or int(date.value[:4]) >= DECIDED_IN
    ):
        return date
    if published is None or date.precision not in ("month", "day"):
        return None
    month = int(date.value[5:7])
    year = published.year if month <= published.month else published.year - 1
    if year < DECIDED_IN:
        return None
    return replace(date, value=f"{year:04d}{date.value[4:]}")


# a stance held or sought now, not a step of the accords' past
_STANCES = frozenset(("declined", "prospective", "negotiating"))


def _stance_date(status, date, published):
    """ "Alger, qui a rompu avec Rabat en 2021, a réitéré en novembre son refus": a month
    with no year that borrowed the year of a relative clause about another past event
    dates a stance by the publication's last such month (undated with no publication); a
    signing keeps the borrowed year ("Sudan, which agreed in October 2020, signed in
    January")."""
    if date is None or not date.from_relative or status not in _STANCES:
        return date
    if published is None or date.precision not in ("month", "day"):
        return None
    month = int(date.value[5:7])
    year = published.year if month <= published.month else published.year - 1
    if year <= int(date.value[:4]):
        return date
    return replace(date, value=f"{year:04d}{date.value[4:]}", from_relative=False)


def _joined(status, country, date, background):
    """ "Has joined": a signing of the past for the accords' first signatories,
    for a step dated 2020-2021 or told as background; otherwise a decision
    announced, the signing still to come (Kazakhstan, November 2025). A
    background joining dated after the last signings ("following Kazakhstan,
    which joined last November") is that recent decision, not a signing."""
    if status != "joined":
        return status
    if country in SIGNATORIES_2020:
        return "signed"
    if date is not None:
        return "signed" if int(date.value[:4]) <= _LAST_SIGNINGS else "announced"
    # "Kazakhstan joined the UAE, Bahrain, Morocco and Sudan as members": told beside
    # the members, an undated joining of a country whose decision was announced is
    # still that decision
    return "signed" if background and country not in DECIDED else "announced"


_SEMICOLONS = frozenset(";؛")


_BACK_POINTING_WORDS = 3  # "; los suscribieron", "; they were signed by", "; l'ont signé"


def _signing_before_semicolon(sentence, dates, cue_start):
    """ "Los Acuerdos de Abraham se firmaron el 15 de septiembre de 2020 ...; los suscribieron
    Israel, Emiratos y Baréin", "The accords were signed on 15 September 2020; they were
    signed by ...": a signing opening the clause after a semicolon, its signatories after
    it and no date of its own, took place on the day of the signing told in the clause
    right before the semicolon (the date nearest its signing word); else None."""
    folded = sentence.folded
    strong = sentence.strong_punctuation()
    position = bisect.bisect_left(strong, cue_start) - 1
    if position < 0 or folded[strong[position]] not in _SEMICOLONS:
        return None
    mark = strong[position]
    if len(folded[mark + 1 : cue_start].split()) > _BACK_POINTING_WORDS:
        return None
    opening = strong[position - 1] if position else sentence.start
    signing = next(
        (
            c
            for c in sentence.words("generic") + sentence.words("status")
            if opening <= c.start
            and c.end <= mark
            # "were signed on 15 September 2020" (read as "signed on to") holds a signing word
            and (
                c.payload == "signed"
                or any(stem in folded[c.start : c.end] for stem in sentence.lang.signing_stems)
            )
        ),
        None,
    )
    if signing is None:
        return None
    # after the signing word, or before it where the verb comes last ("wurden am 15.
    # September 2020 ... unterzeichnet")
    told = [
        d
        for d in dates
        if opening <= d.start
        and d.end <= mark
        and min(abs(d.start - signing.end), abs(signing.start - d.end)) <= _DATE_REACH
    ]
    return min(
        told,
        key=lambda d: min(abs(d.start - signing.end), abs(signing.start - d.end)),
        default=None,
    )


def _signed_by_then(status, mention, date):
    """ "since the accession of Sudan and Morocco in 2020", "depuis l'adhésion du
    Maroc en 2020" (the sentence holds a background word): a first signatory's joining
    dated on or after its signing day, up to the last signings, is that signing told
    from later; a date before it (the UAE's announcement of 13 August 2020) stays an
    announcement, and so does a joining told with no background word (a text of 2020
    telling the news: "le Maroc a accepté de normaliser ... en 2020")."""
    if status != "announced" or mention.country not in SIGNING_DAYS or date is None:
        return status
    value = date.value
    if int(value[:4]) > _LAST_SIGNINGS:
        return status
    # a year or a month is compared at its own precision: "in 2020" holds the signing day
    return "signed" if value >= SIGNING_DAYS[mention.country].isoformat()[: len(value)] else status


def _refusals_override(results):
    """ "einen Beitritt schließe er aus": a refusal in the sentence overrides
    an accession cue for the same country (and keeps its date)."""
    refused = {r.country for r in results if r.status == "declined"}
    if not refused:
        return results  # the common case: nothing to override, every record as it is
    dropped_dates = {
        r.country: r.date
        for r in results
        if r.status == "announced" and r.country in refused and r.date
    }
    return [
        r._replace(
            date=r.date or (dropped_dates.get(r.country) if r.status == "declined" else None)
        )
        for r in results
        if not (r.status == "announced" and r.country in refused)
    ]


def _conjoined_gaps(sentence):
    """(end, start) of every gap holding only a conjunction ("and", "et", "y", "und")
    between two words of the sentence, in word order (not verb-final: there a date before
    the conjunction stands after its own verb only if nothing follows)."""
    lang = sentence.lang
    if lang.verb_final or not lang.conjunctions:
        return frozenset()
    clitics = frozenset(c for c in lang.conjunctions if len(c) == 1)
    return _ConjoinedGaps(
        sentence.folded, _conjunction_only_re(lang), clitics, _conjunction_first_re(lang)
    )


class _ConjoinedGaps:
    """Membership test for a (date end, cue start) gap holding only a conjunction, or only
    white space before a cue that opens with a conjunction ("in 2009 and cut them", "en
    2009 y las rompió") or with a one-letter conjunction glued to its verb (Hebrew and
    Arabic "ו", "و": "ב-2009 וניתקה", "في 2009 وقطعت")."""

    def __init__(self, folded, pattern, clitics=frozenset(), first=None):
        self.folded, self.pattern, self.clitics, self.first = folded, pattern, clitics, first

    def __contains__(self, gap):
        start, end = gap
        if end - start > 12:
            return False
        if self.pattern.match(self.folded[start:end]) is not None:
            return True
        if end <= start or self.folded[start:end].strip():
            return False
        if self.folded[end : end + 1] in self.clitics:
            return True
        return self.first is not None and self.first.match(self.folded, end) is not None


@functools.cache
def _conjunction_first_re(lang):
    return re.compile(rf"(?:{alternation(lang.conjunctions)})\s")


@functools.cache
def _conjunction_only_re(lang):
    return re.compile(rf"^\s+(?:{alternation(lang.conjunctions)})\s+$")


class _ClosestCue:
    """A date belongs to the nearest cue in its clause: "signed on 22
    December 2020, then opened an embassy in March 2025".  Nearest means: no
    clause break between them first, then fewest characters; on a tie the
    cue first in text order.  Found by bisection (a few candidates per
    date), so a sentence's dates cost O(dates x log cues), not dates x cues."""

    def __init__(self, cue_spans, breaks, conjoined=()):
        self.spans = sorted(cue_spans)
        if len(self.spans) == 1:
            return  # the one cue owns every date: nothing to search
        self.breaks = breaks
        self.conjoined = conjoined
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
            # "agreed to join in October 2020 and signed the declaration in January 2021":
            # a date, then "and" and the next verb, ends the step before it
            crossed = _crosses(self.breaks, date.end, span[0]) or (date.end, span[0]) in (
                self.conjoined
            )
            return (crossed, span[0] - date.end)
        return (False, 0)

    def __call__(self, date):
        if len(self.spans) == 1:
            return self.spans[0]  # one cue: before, after or around the date, it is the nearest
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


_AGENT_PHRASE_REACH = 80  # characters from a date to the commas around its phrase


def _agent_phrases(sentence, dates, cue_spans):
    """Spans between two commas or two dashes, each holding a date, a passive's agent
    word and no step ("..., recognized by the UN General Assembly in 1995, ...",
    "Somaliland — recognized by Israel on December 26 — said ..."): the date is that
    phrase's own event."""
    agents = sentence.words("agents")
    if not agents:
        return []
    folded = sentence.folded
    spans = []
    for d in dates:
        low = max(sentence.start, d.start - _AGENT_PHRASE_REACH)
        high = min(sentence.end, d.end + _AGENT_PHRASE_REACH)
        left = max(folded.rfind(mark, low, d.start) for mark in _PHRASE_MARKS)
        rights = [r for r in (folded.find(mark, d.end, high) for mark in _PHRASE_MARKS) if r >= 0]
        right = min(rights, default=-1)
        if left < 0 or right < 0:
            continue
        if folded[right] == "," and any(
            0 < m.word_start - right <= _LIST_GAP
            and len(folded[right + 1 : m.word_start].split()) <= 1
            for m in sentence.mentions
        ):
            # "die 2020 von Israel, Bahrain, Marokko ... unterzeichnet wurden": a comma
            # between countries goes on with a list, it closes no phrase
            continue
        # the agent before the date, or after it where the participle comes last
        # ("— im Dezember von Israel anerkannt —"; not "annoncée le 6 novembre par la
        # Maison-Blanche", where the phrase after the date tells who made the step's news)
        reach = right if sentence.lang.verb_final else d.start
        if any(left < a.start and a.end <= reach for a in agents) and not any(
            left < b and a < right for a, b in cue_spans
        ):
            spans.append((left, right))
    return spans


_MARKS_RE = re.compile(r"[,;:()\[\]«»\"“”—–،؛]")
_PHRASE_MARKS = (",", "—", "–")  # what sets off a passive's phrase on either side
_LIST_GAP = 6  # ", den Emiraten", ", the UAE": a comma, an article, the next country of a list


def _told_date(sentence, dates, speakers, cue_spans, owners, assignments, assignment):
    """The date of a reporting clause ("told Trump at the White House in November that
    ...") for a later step of the same country in the words it reports: the date stands
    after the reporting word with no step between them, is owned by an earlier step of
    this country told after it, and no punctuation stands between (words like "but" may:
    "told reporters on Monday that ..., au lendemain de ... suggérant" is another clause)."""
    countries = {m.country for m in assignment.subject}
    for d in reversed(dates):
        owner = owners[id(d)]
        if (
            owner is None
            or not (d.end <= owner[0] < assignment.cue_start)
            or _MARKS_RE.search(sentence.folded, d.end, assignment.cue_start)
        ):
            continue
        if not any(
            s.end <= d.start and not any(s.end <= a < d.start for a, _ in cue_spans)
            for s in speakers
        ):
            continue
        if any(
            (a.cue_start, a.cue_end) == owner and countries <= {m.country for m in a.subject}
            for a in assignments
        ):
            return d
    return None


class _ToldStep(NamedTuple):
    """A step read before in the sentence, for a refusal coordinated with it."""

    start: int
    end: int
    countries: frozenset
    date: FoundDate | None
    status: str


_CLAUSE_TEXT = r"[^,;:()\[\]\u2014\u2013\u060c\u061b]*"  # no clause mark
_QUOTES_RE = re.compile(r"[\"\u00ab\u00bb\u201c\u201d\u201e]")


@functools.cache
def _coordinated_refusal_re(words):
    """One comma, right after it a coordinator of `words` standing alone, and no other
    clause mark."""
    return re.compile(rf"{_CLAUSE_TEXT}[,\u060c]\s*(?:{alternation(words)})(?=\s){_CLAUSE_TEXT}")


def _coordinated_refusal_date(sentence, assignment, told_steps, speakers):
    """The date of the same country's step told right before a refusal in one reported
    sentence, the two joined by a comma and a coordinator ("said on Tuesday that the
    kingdom wants to be part of the accords, but it will not normalise without a
    Palestinian state", "..., and in the same breath set a condition", `coordinators`),
    or None. A concession ("although it needs a state first") is no coordinator: the
    writer may be speaking there, and the refusal stays undated."""
    words = sentence.lang.coordinators
    if not words or not told_steps:
        return None
    countries = {m.country for m in assignment.subject}
    # the steps before it, the latest first (a split cue's head and tail are two: "wolle
    # ... Teil der Abkommen werden"); the refusals read already are the same refusal's
    before = sorted(
        (
            step
            for step in told_steps
            if step.end <= assignment.cue_start and step.status != "declined"
        ),
        key=lambda step: step.end,
        reverse=True,
    )
    if not before or not countries <= before[0].countries:
        return None
    # the words between the two steps, quotes left out ("تريد ..."، لكنها")
    between = _QUOTES_RE.sub("", sentence.folded[before[0].end : assignment.cue_start])
    if not _coordinated_refusal_re(words).fullmatch(between):
        return None
    # the same reported words: the speaker stands before the first step ("said on Tuesday
    # that ..."), or after the refusal in a verb-final language ("... söyledi"), not
    # between them ("Oman received ... in 2018 ..., but Muscat has told visitors ...")
    if not any(
        s.end <= before[-1].start or (sentence.lang.verb_final and s.start >= assignment.cue_end)
        for s in speakers
    ):
        return None
    # the date told in the speaker's words before that step ("said on Tuesday that ..."),
    # not one of the step's own clause after it ("wanted to join in 2023, but ...")
    return next(
        (
            step.date
            for step in before
            if countries <= step.countries and step.date and step.date.end <= step.start
        ),
        None,
    )


def _dashes_around(sentence, subject):
    """The two dashes of a pair that set off the subject list and nothing else ("Первые
    подписанты — ОАЭ, Бахрейн и Марокко — пришли ...", "The first signatories – the UAE,
    Bahrain and Morocco – joined in 2020"), or none."""
    pairs = sentence.dash_pairs()
    if not pairs:
        return ()
    folded = sentence.folded
    for dash, partner in pairs.items():
        if (
            dash < subject[0].word_start
            and partner >= subject[-1].word_end
            # (an article before the first name: "– the UAE, Bahrain and Morocco –")
            and all(
                w in sentence.lang.articles
                for w in folded[dash + 1 : subject[0].word_start].split()
            )
            and not folded[subject[-1].word_end : partner].strip()
        ):
            return (dash, partner)
    return ()


def _dated_span(sentence, assignment):
    """The span whose nearest dates are the step's: its cue, or for a split halt whose tail
    closes the clause after a relative clause about the halted process ("Переговоры ...,
    которые ... находились на продвинутой стадии, были заморожены в октябре 2023 года",
    "talks ..., which were well advanced, were frozen in October 2023") the cue through the
    tail, where the halt's date stands."""
    tail_end = assignment.tail_end
    if tail_end is None:
        return (assignment.cue_start, assignment.cue_end)
    if assignment.status not in ("suspended", "withdrawn") or any(
        assignment.cue_end <= r.start < tail_end for r in sentence.words("relatives")
    ):
        # a German particle closing a long clause ("trat ... im Dezember 2020 bei") is
        # read only past the usual reach (assignment._far_tail_end): its date stands by it
        return (assignment.cue_start, tail_end)
    return (assignment.cue_start, assignment.cue_end)


def _process_history(spans, date, assignment, cue_spans):
    """ "Talks on a US-Saudi-Israeli deal, which were advanced in 2023, were halted by the
    war", "המגעים לנורמליזציה, שהתקדמו מהר בקיץ 2023, הוקפאו", "les pourparlers, qui
    avaient progressé à l'été 2023, ont été gelés": a date inside a relative clause standing
    between a split halt's process and its halt word tells the process's past (how far the
    talks had come), not when they were halted.  A clause holding a step of its own keeps
    its date for that step."""
    tail = assignment.tail_end
    if tail is None:
        return False
    return any(
        assignment.cue_end <= a <= date.start
        and date.end <= b <= tail
        and not any(a <= start < b for start, _ in cue_spans)
        for a, b in spans
    )


_STANCE_CLOSERS = " .!?;:…\"'»”)"


def _restated_stance_date(sentence, dates, cue_end, cue_spans, countries):
    """ "Riyadh has tied any step towards Israel to a path to Palestinian statehood, a
    position the crown prince restated during his visit to Washington in November", "...,
    une position réaffirmée en février à Munich", "..., Veliaht Prens'in Kasım'da yinelediği
    bir tutum": an apposition opened (Turkish, Kazakh: closed) by a stance noun
    (`restated_stances`) after the refusal's clause tells when the refusal was said again;
    its date (the first, when it has several) is the refusal's, however long the apposition
    runs.  Only up to the sentence's next step, across no strong punctuation, and not when
    the apposition names another country than the refusing one or a founder ("a position
    Azerbaijan has never shared"): its date may be that country's."""
    phrases = sentence.lang.restated_stances
    if not phrases or not dates:
        return None
    folded = sentence.folded
    later = min((s for s, _ in cue_spans if s >= cue_end), default=sentence.end)
    for comma in COMMA_RE.finditer(folded, cue_end, later):
        rest = comma.end()
        text = folded[rest : sentence.end]
        low = rest + len(text) - len(text.lstrip())
        high = sentence.end
        if not any(
            folded.startswith(p, low) and not folded[low + len(p) : low + len(p) + 1].isalnum()
            for p in phrases
        ):
            # Turkish, Kazakh: the noun closes the apposition ("... yinelediği bir tutum.")
            tail = text.rstrip(_STANCE_CLOSERS)
            if not any(tail.endswith(p) and tail[: -len(p)][-1:] == " " for p in phrases):
                continue
            high = rest + len(tail)
        if sentence.crosses_strong(cue_end, low) or any(
            low <= m.start < high and m.country not in countries and m.country not in FOUNDERS
            for m in sentence.mentions
        ):
            return None
        inside = [d for d in dates if low <= d.start and d.end <= high]
        return min(inside, key=lambda d: d.start) if inside else None
    return None


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


def _after_publication(date, published):
    """Is the date later than the day the text was published (a day, a month or a year
    that begins after it)?"""
    return published is not None and date.value > published.isoformat()[: len(date.value)]


def _is_old(date, published):
    """A dated step half a year or more before publication is background."""
    if date is None or published is None:
        return False
    year = int(date.value[:4])
    if date.precision == "year":
        return year < published.year
    month = int(date.value[5:7])
    return (published.year - year) * 12 + (published.month - month) >= 6


def _time_clause_owners(sentence, dates, cue_spans, owners):
    """ "After Kazakhstan joined the accords in November, Saudi Arabia froze its talks": a
    date inside a time clause opening the sentence (`time_clauses`) is the step's told in
    that clause, not the main clause's after its comma (owners changed in place)."""
    closing = sentence.time_clause() if dates else None
    if closing is None:
        return
    inside = [span for span in cue_spans if span[1] <= closing]
    if not inside or len(inside) == len(cue_spans):
        return
    for d in dates:
        if d.end <= closing and owners[id(d)] not in inside:
            owners[id(d)] = min(inside, key=lambda span: abs(span[0] - d.start))


_BEFORE_OPENING_REACH = 60  # "Vor dem Überfall der Hamas vom 7. Oktober 2023": the event's date


def _before_opening_dates(sentence, dates, cue_spans):
    """The date of a phrase opening the sentence with "before" (`before_openers`: "Before
    the Hamas attack of October 7, 2023, talks ... were well advanced", "Vor dem Überfall der
    Hamas vom 7. Oktober 2023 galten die Gespräche", "Antes del ataque ... del 7 de octubre de
    2023"), a day a few words after it and before every step word: the event the step came
    before, not the step's date."""
    openers = sentence.lang.before_openers
    if not openers or not dates:
        return []
    text = sentence.folded[sentence.start : sentence.end]
    start = sentence.start + len(text) - len(text.lstrip())
    head = sentence.folded[start : start + _BEFORE_OPENING_REACH]
    opener = next(
        (
            o
            for o in openers
            if head.startswith(o) and (o[-1] in "'’" or head[len(o) : len(o) + 1] == " ")
        ),
        None,
    )
    if opener is None:
        return []
    first_cue = min((span[0] for span in cue_spans), default=sentence.end)
    # the event's day, a word or more after the opener ("before the attack of"), the
    # sentence's first date; "До 2020 года", "avant la fin de 2020" (a year, a bound) stay
    first = dates[0]
    if (
        first.precision != "day"
        or first.end > min(first_cue, start + _BEFORE_OPENING_REACH)
        or len(sentence.folded[start + len(opener) : first.start].split()) < 2
        or sentence.crosses(start + len(opener), first.start)
    ):
        return []
    return [first]


_EVENT_REACH = 60  # "after the war broke out in Gaza in October 2023": the noun to the date
# "the October 2021 coup", "the 7 October attack" ("in 2010 after the war": another phrase)
_EVENT_WORDS_AFTER = 0
# "Seit im April 2023 der Krieg ausbrach": a verb-final clause's subject after its date
_EVENT_WORDS_AFTER_VERB_FINAL = 1
# "Ekim 2023'te başlayan savaş", "2023 жылғы қазанда Газадағы соғыс"
_EVENT_WORDS_AFTER_POSTPOSITIONAL = 2


def _event_dates(sentence, dates, cue_spans):
    """{ids of the dates that are an event's (`cause_events`)}: a date an event's noun stands
    a few words before ("after the Hamas attack of 7 October 2023", "since the war began in
    October 2023", "после начала войны в апреле 2023 года") or right after ("the October
    2021 coup", "7 Ekim 2023 saldırısı"), in one clause with it and no step word between:
    the event's time, not that of a halt told after, since or because of it.  A date told
    with the halt itself ("frozen in October 2023", "since October 2023") names no event."""
    pattern = sentence.lang.cause_events
    if pattern is None or not dates:
        return set()
    folded = sentence.folded
    events = [(m.start(), m.end()) for m in pattern.finditer(folded, sentence.start, sentence.end)]
    if not events:
        return set()
    # Turkish and Kazakh (postpositions, `time_clauses_after`) put an event's date before its
    # noun ("7 Ekim 2023 saldırısının ardından"): a noun before the date is another phrase's
    # ("savaşı protesto etmek için Kasım 2023'te ... geri çağırmıştı")
    postpositional = bool(sentence.lang.time_clauses_after)
    reach_after = (
        _EVENT_WORDS_AFTER_POSTPOSITIONAL
        if postpositional
        else _EVENT_WORDS_AFTER_VERB_FINAL
        if sentence.lang.verb_final
        else _EVENT_WORDS_AFTER
    )
    found = set()
    for d in dates:
        for start, end in events:
            if end <= d.start and not postpositional:
                left, right = end, d.start
                near = right - left <= _EVENT_REACH
            elif start >= d.end:
                left, right = d.end, start
                near = len(folded[left:right].split()) <= reach_after and (
                    not postpositional
                    or _attributive(sentence, d)
                    or _time_postposition_after(sentence, end)
                )
            else:
                continue
            if (
                near
                and not sentence.crosses(left, right)
                and not any(left < a < right or left < b < right for a, b in cue_spans)
            ):
                found.add(id(d))
                break
    return found


_POSTPOSITION_WORDS = 3  # "saldırısının ardından", "соғыс басталғаннан кейін"


def _time_postposition_after(sentence, position):
    """Whether "sonra", "ardından", "beri", "кейін" (`time_clauses_after`) follows within a
    few words of one clause: the event's phrase is a time ("after, since the war"), not an
    object ("соғысқа наразылық ретінде", in protest at the war)."""
    clause = _CLAUSE_END_RE.split(sentence.folded[position : sentence.end], maxsplit=1)[0]
    tail = " ".join(clause.split()[: _POSTPOSITION_WORDS + 1])
    return any(
        re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", tail)
        for word in sentence.lang.time_clauses_after
    )


def _attributive(sentence, date):
    """Whether the date describes the noun after it: its last word bare ("7 Ekim 2023
    saldırısı") or ending in an attributive suffix ("2023'teki", "7 қазандағы",
    `attributive_suffixes`), not a case ending of its own ("Kasım 2023'te", "қарашада")."""
    folded = sentence.folded
    end = date.end
    while end < sentence.end and (folded[end].isalnum() or folded[end] in "'’"):
        end += 1
    word = folded[date.start : end].split()[-1] if end > date.start else ""
    if end == date.end and word[-1:].isdigit():
        return True
    return word.endswith(sentence.lang.attributive_suffixes) if word else False


_CLAUSE_END_RE = re.compile(r"[,;:.!?()،؛]")


def _pre_dates(sentence, dates):
    """{id of a mention: its date} where two or more countries of the sentence each have a
    date of their own right before them ("in December 2020 Morocco and in January 2021
    Sudan", "Aralık 2020'de Fas, Ocak 2021'de ise Sudan", `_date_right_before`); empty
    otherwise (one date before one country is the sentence's opening date)."""
    if len(dates) < 2:
        return {}
    found = {}
    for mention in sentence.mentions:
        date = next((d for d in dates if _date_right_before(sentence, d, mention)), None)
        if date is not None:
            found[id(mention)] = date
    if len({id(d) for d in found.values()}) < 2:
        return {}
    return found


def _continuation_owners(sentence, assignments, dates, cue_spans, owners):
    """ "وانضمت المملكة المغربية ... في 22 ديسمبر 2020، تلتها جمهورية السودان": a date before
    a continuation's marker ("followed by") is the step's told before it, not the follower's
    (owners changed in place)."""
    continued = {_dated_span(sentence, a) for a in assignments if a.reading == "continuation"}
    if not continued or not dates:
        return
    for d in dates:
        owner = owners[id(d)]
        if owner not in continued or d.end > owner[0]:
            continue
        earlier = [span for span in cue_spans if span[1] <= d.start and span not in continued]
        if earlier:
            owners[id(d)] = max(earlier, key=lambda span: span[1])


def set_off_period(folded, date, group, lang):
    """Whether a comma closes the period's phrase before the list, with no "when" after it
    ("Desde su lanzamiento en 2020, los acuerdos han reunido a ...", not "reúnen desde
    2020 a ..." nor "desde 2020, cuando Emiratos y Baréin dieron el paso")."""
    between = folded[date.end : group[0].word_start]
    return bool(COMMA_RE.search(between)) and not set(_PERIOD_WORDS_RE.findall(between)) & set(
        lang.when_words
    )


_PERIOD_WORDS_RE = re.compile(r"\w+")
