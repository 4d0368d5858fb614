"""Language knowledge, loaded from one data file per language in data/.

Adding a language means adding data/<code>.json: nothing here names a language.
Everything is folded (see text.fold) once at load time so matching is a plain
automaton scan of the folded article.
"""

import functools
import gettext
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import ahocorasick
import pycountry
from babel import Locale

from .statuses import NEGATED, STATUSES
from .text import alternation, fold_phrase

DATA_DIR = Path(__file__).parent / "data"

# Categories of cue words (besides the statuses).  The data file keys.
WORD_LISTS = (
    "negations",  # "not", "belum": turn a join cue into declined
    "negations_after",  # Kazakh "жоқ", Turkish "değil": right after the verb, they negate it
    "negative_pronouns",  # "nothing", "nada", "nichts": as a halt's subject, there is no halt
    "resumptions",  # "revived", "a relancé", "возобновили": in a halt's clause, the halt is over
    "modals",  # "could", "expected to": an announced cue becomes prospective
    "hedges",  # "sooner or later": after an announced cue in its clause, the step is a prediction
    "conditions",  # "if": an announced cue becomes prospective
    "preconditions",  # "without", "unless": with a negation, the subject declines
    "restrictions",  # "only if", "erst wenn": after a join cue, the subject is open to it and declines it as things are
    "refusals",  # "rejected", "rechazó", "abgelehnt": before a join cue (verb-final: after it too), a refusal of it
)

# Scanned separately from the cues so that a longer cue ("bergabung dengan
# Abraham Accords") never hides a context word inside it.
CONTEXT_LISTS = (
    "topic",  # "Abraham Accords", "normalization": what makes a sentence about the accords
    "partners",  # "with", "dengan": the country after it is a counterpart, not the subject
    "targets",  # "the strike on", "le bombardement de": the country after it was attacked, not the subject
    "stance_topics",  # "position on", "position sur": the country after it is what a stance is about, not who holds it
    "comparisons",  # "like", "follow": the country after it is only compared with
    "partners_after",  # postpositions: Turkish "ile" after the counterpart
    "comitatives",  # "with", "avec", "مع": ties made right after a step's cue with a country other than Israel are theirs
    "ties_nouns",  # "relations", "ties", "العلاقات": the ties a step's cue governs, made with a partner or with each other
    "reciprocals",  # "with each other", "entre eux", "بينهما": after a step's cue, two countries named before it made ties with each other
    # "saying", "insisting": right after a country after "with" ("with Algiers saying it
    # rejects ..."), an absolute clause: the country speaks, it is no counterpart
    "absolute_speech",
    "between_after",  # Turkish "arasında", Kazakh "арасындағы": "X ile Y arasında" names two sides, no counterpart
    "comparisons_after",  # Turkish "gibi", "ardından" after the country compared with
    "examples",  # "countries such as", Turkish "gibi ülkeler": a comparison word that only names examples
    # "signatories such as", "signataires comme", "gibi imzacı ülkeler": examples of signatories;
    # inside a question the first signatories so named are still members
    "signatory_examples",
    "relatives",  # ", which", "yang": the country before it is the subject of what follows
    "attendance",  # "attended", "observer": between a country and a cue, the country only watched
    "mediations",  # "Vermittlung", "mediación", "mediated by": a founder right beside it is the mediator, no actor
    "reactions",  # "welcomed", "condemned": "an accession welcomed by the UAE", the agent only reacted
    "expansions",  # "expand", "élargir": a reaction to the push to widen the accords names no candidate
    "guests",  # "hosted the leaders of": the country list right after it is the host's guests, no subject
    "place_relatives",  # ", where", ", где": after a list, the clause it opens is about the last country only
    # "qui", "que", "which" with no comma: after a compared country ("comme le Kazakhstan qui a
    # rejoint"), the clause it opens is that country's own step
    "bare_relatives",
    # "has nothing to do with", "n'a rien à voir avec", "ارتباطی با ~ ندارد": next to the accords'
    # name, what is signed in that sentence is something else
    "unrelated",
    # "whose", "cuya", "dessen", "чью": a relative word a noun follows before the clause's subject
    "genitive_relatives",
    "places",  # "in", "visit to", "sommet de": the country right after it is where something happened
    # "restored its relations with Israel", "a rétabli ses relations avec Israël": a renewal of
    # ties is the accords' normalisation only for a first signatory or beside the accords' name
    "renewals",
    # "ratification", "ratificación", "ратификация": the step told as a noun; a negation after it
    # in its clause ("ratification never took place", "ратификацию не провели") denies it
    "ratification_nouns",
    # "the Saudi city of", "the Emirati port of", "Kazakh rail operators", "kasachische Banken":
    # the country right before it names a place or its businesses, not who acts or is courted
    "places_after",
    "continuations",  # "followed by", "disusul": the country after it takes the step before
    "continuations_after",  # "Morocco followed in December": the country before it does
    # "y en enero de 2021 lo hizo Sudán", "and in January 2021 so did Sudan": right before
    # the country, inverted, the country after it takes the step before
    "continuations_inverted",
    # "with Morocco and Sudan following", "Marokko und der Sudan folgten": closing its clause
    # right after a list, the list's step came later than a date named before it
    "later_steps",
    # "later", "بعدا", "plus tard": in a step's clause, the step came after the dates named
    # before it and takes none of them
    "afterwards",
    "anaphora",  # "the country", "das Land": the country of the sentence before
    "pairs",  # "both countries", "iki ülke de": the two countries the sentence before named
    "group_relatives",  # "countries that", "کشورهایی که", "imzalayan ülkeler": a step in that clause is the group's
    # "refused to comment", "отказался комментировать", "رفض التعليق": the refusal word inside
    # refuses an answer, not the joining the reports it would not comment on tell
    "comment_refusals",
    "latter",  # "the latter", "ce dernier", "este último": the last country named just before
    # "and I think it will be", "ce sera", "это будет": a guess naming the country right after
    # it as the one a nameless step before was about; a candidacy of that country only
    "identifications",
    # "scheduled for", "prévue", "запланировано", "مقرر": a signing so told is still to come
    "schedulings",
    # "respectively", "على التوالي", "sırasıyla": the dates of a list's shared step go to its
    # countries in order, one each, when there are as many of them as countries
    "respectively",
    "titles",  # "the crown prince", "veliaht prens": a leader's title with no country named, the same
    "questions",  # "whether", "apakah": what follows is an open question
    # "an earlier version (of this article) said", "une version précédente": a correction
    # appended to a story; what it says the earlier text told is no claim
    "corrections",
    "assessments",  # "candidate", "candidato": a prospective cue holding one is others' view of a country; negated ("not among the candidates") it is no refusal
    "questions_after",  # Russian "ли", Turkish "mı", Kazakh "ма" right after the verb: an open question
    "doubts_after",  # "unlikely", "unwahrscheinlich" after a joining in its clause: an open question
    "not_negations",  # "not only", "not without": a negation inside these negates nothing
    # "سوى", "except", "кроме": right before a country after a negation ("no country has joined
    # except Kazakhstan", "لم تنضم سوى كازاخستان"), the negation names an exception: that country took the step
    "exceptives",
    "off_topic",  # "trade agreement": a generic signing cue here is not about the accords
    "organisations",  # "BRICS", "NATO": "will join" these is another club
    "background",  # "since", "which signed": the statement recalls an old fact
    "denials",  # "denied reports": no claim from this sentence, but see plan_denials
    # "denies", "dément", "bestreitet", "نفت": a denial verb; the country named first that
    # so denies its own plan, talks or joining to come refuses (declined)
    "plan_denials",
    # "offer", "invitation", "pressure": what others do to a country; a plan denial whose
    # step holds one or is near it denies that, not a plan of its own
    "imposed",
    # "a viral post claims", "falsely claimed", "affirme à tort": the sentence tells a claim
    # its source gets wrong; no claim from it (a refusal said outright still counts), and
    # unlike a denial nothing is remembered for the sentences after
    "false_claims",
    # "did not mention", "no mencionó", "tidak menyebut", "söz etmedi": what a speaker left
    # unsaid; a step after it in its clause is no claim, as one after a correction
    "silences",
    # "Das ist falsch.", "That is incorrect.", "Это неверно.": a verdict opening the sentence
    # after a claim (a correction notice) makes that sentence's steps no claim
    "retractions",
    # "Scenario A:", "Szenario A:", "Dalam skenario ini", "السيناريو الأول:": opening a
    # sentence, a scenario's frame; its steps, and those of its entry up to the next blank
    # line, are hypotheses: a joining a candidacy, a refusal or a halt nothing
    "scenarios",
    # "What happened in 2020", "Was 2020 geschah", "Ce qui s'est passé en 2020": a heading of a
    # look back holding a year; set off by a colon or a dash it dates the line after it, told
    # in the historical present, as a bare year would
    "look_backs",
    "clause_breaks",  # "but", "while": a date or negation does not reach across them
    "agents",  # "by", "oleh", "par": "signed ... by the UAE and Bahrain", the country after it is the subject
    "agents_after",  # Turkish "tarafından" after the agent
    "generic_subjects",  # "several countries would join": the subject is no country named
    "list_openers",  # "these include", "среди них": a list naming the group of the sentence before
    "in_the_spirit",  # "in the spirit of", "dans l'esprit": what is signed here is another agreement the accords inspired
    "time_since",  # "since", "depuis", "منذ": a signing right after it ("since the signing of the accords") tells a time, not a step
    "reporting",  # "said", "selon", "заявил": a step told by a speaker (verb-final: after it) is less certain
    # "Об этом ... заявил", "Бұл туралы ... мәлімдеді", "This was announced": opening a sentence
    # after a claim, the report of that claim; its day (written out, not only "on Thursday") is the claim's
    "report_openers",
    # "Asked", "Speaking", "Interrogé", "Preguntado": opening the sentence, a clause up to its
    # first comma whose one date (written out, or a weekday) is the day of the answer told after it
    "speaking_openers",
    # "I think they will", "it's coming", "ich denke schon": after the
    # reporting word of a sentence opened by a speaking participle, a yes to the question
    # of the opening clause ("Asked whether X would join, ..."): its step is claimed
    "affirmative_answers",
    # "в тот же день", "the same day", "le même jour": a step so told with no date of its own
    # takes the last day named in the two sentences before
    "same_day",
    # "le lendemain", "the next day", "al día siguiente": the same, the day after that day
    "next_day",
    "expectations",  # "expected to", "من المتوقع", "bekleniyor": a joining expected of a country whose decision was announced (Kazakhstan) is that decision
    "causatives",  # "pousse", "llevar a": a hope's head that pushes or brings; the country after it, before the tail, would join
    # the journalistic conditional: "rejoindrait", "aurait signé", "se uniría", "habría firmado"
    # at a cue or right before it, with no complementizer before it, is others' report
    "hearsay",
    "complementizers",  # "que", "qu'": a conditional after these is indirect speech, not hearsay
    "supports",  # "supporting", "в поддержку", "қолдайтын": a position of support for a Palestinian state, no refusal
    "bonds",  # Arabic "علاقات" right after "تربط(ها)" (ties bind it): the split cue's head has ties, not a condition
    # "a la propuesta", "the initiative", "der Initiative": a joining's object pointing back; with
    # another agreement named before it in the sentence and the accords unnamed, that agreement
    "back_references",
    # "сроки", "Termin für die", "date de la": right before a signing in a sentence that
    # denies its date ("пока не определены"), the signing is still to come
    "schedule_nouns",
    # "joint declaration", "совместную декларацию", "إعلان مشترك", "ortak deklarasyon": signed
    # with neither founder named and the accords unnamed, an agreement between its signers
    "joint_declarations",
    # "concluded", "launched", "conclus", "lancés", "geschlossenen", "заключенные": a word of
    # the accords' making, opening the sentence before their name, right after it (a relative
    # word between allowed) or right before it; the date beside it is the accords', not a
    # member's (labelling rule 8)
    "founding_participles",
    # "le groupe formé en 2020 par", "the club founded in 2020 by", "el grupo formado por": a
    # group's making with a passive's agent after it (a date between allowed); the countries
    # after the agent founded the group, they do not take the sentence's step
    "founded_groups",
)

# Every other key a data file may hold, by the shape of its value (the
# package README says what each one means).  A key not named here, or a
# value of the wrong shape, fails when the language loads: a misspelt key
# never silently switches a rule off.
TEXTS = ("code", "name", "lingua", "numeric_dates")  # numeric_dates: "dmy", "mdy" or null
FLAGS = (
    "names_capitalized",  # names must start with a capital letter (Latin, Cyrillic)
    "year_first",  # "2025 жылғы 6 қараша" (Kazakh)
    # the verb follows its object (German "die Abkommen unterzeichnet"): a "signed" right after the
    # accords' name is the verb, not a participle describing them; without the key, subject_first
    # or preconditions_follow say so
    "verb_final",
    "verb_first",  # the subject usually follows its verb (Arabic)
    "subject_first",  # of several country lists before the verb, the first is the subject (Persian)
    "preconditions_follow",  # the country right before a precondition belongs to it (Turkish, Kazakh)
    "negative_concord",  # "никогда не признает": a second negation does not turn a refusal around
    # a country right after its cue is its subject: Russian "присоединение Казахстана" (the
    # genitive after a noun), "к ним присоединился Оман" (a subject after its verb)
    "subject_right_after",
)
NUMBERS = ("negation_reach",)  # folded characters between a negation and its cue
PHRASES = (
    (
        "conjunctions",  # "and", "dan": join countries into one list
        # "and", "y", "et": between a negation's own verb and a halt ("was never completed and
        # was frozen"), the negation is the first verb's, the halt stands
        "coordinators",
        "articles",  # "the", "le": may stand inside a list
        # "also", "גם", "حتى": opening a sentence before its subject, no place adverbial
        # ("גם אוזבקיסטן, השכנה של קזחסטן, ...": the country is the subject, not a place)
        "additives",
        # "the", "will", "has": English only, to tell an English quote inside an article in
        # another language (see embedded.py)
        "function_words",
        "abbreviations",  # "Nov", "Dr": a full stop after these ends no sentence (compared as written)
        "number_abbreviations",  # "No", "Nr": as abbreviations, but only before a number
        "boilerplate",  # "Read also:", "Share on": a line starting with these is page furniture
        "prefixes",
        "suffixes",  # clitics a name or cue may carry
        "stop_names",
        "name_articles",  # names never to match; articles stripped from names ("ال")
        # "Majelis Ulama Indonesia", "Universiti Kebangsaan Malaysia": names of bodies
        # holding a country's name, matched whole so that the name inside is no mention
        "institutions",
        # "kingdom", "المملكة", "королевств": a word that makes an anaphor a state's title
        # ("the kingdom", "le royaume"): it stands for the kingdom named last before it, never
        # for another country in scope; "sultanate" for Oman, "emirate" for an emirate;
        # "republic" for the country named last that is no monarchy
        "kingdom_words",
        "sultanate_words",
        "emirate_words",
        "republic_words",
        # "breakaway", "séparatiste", "الإقليم", "منطقه": a word that makes an anaphor a
        # breakaway region's title ("the breakaway region", "سلطات الإقليم", "مقامات این
        # منطقه"): it stands for the unrecognised territory (`statuses.UNRECOGNISED`) named
        # last before it, not for the state it broke from named after it
        "region_words",
        # "so what", "فما", "alors qu'est-ce", "aber was", "но что", "peki ne": a short question
        # opening after the last comma of a statement ("Kazakhstan has joined, so what
        # changed?"): only those last words ask, the statement before is still told
        "closing_questions",
        # "what about", "ماذا عن", "qu'en est-il de", "а как же", "ומה עם": a question opening on
        # a country it asks about, whose relative clause right after the name tells a step ("What
        # about Sudan, which signed in January 2021?"): the relative clause is still told
        "topic_questions",
        # "on this day in", "في مثل هذا اليوم من عام", "un día como hoy de", "в этот день в":
        # before a year, the publication's day and month in that year ("Morocco signed on this
        # day in 2020" in a text of 22 December 2025: 2020-12-22)
        "this_day_years",
        # "ceremony", "مراسم", "טקס", "церемони": a word that makes an announced cue a signing
        # ceremony ("signing ceremony"); denied ("no ceremony has been held to date") it is a
        # ceremony still to come, no refusal
        "ceremony_words",
        # "ilişkin", "dair", "туралы": a postposition of topic right after a joining noun in a
        # verb-final language ("katılımına ilişkin son haftalarda artan spekülasyonlara"): the
        # modal noun after it, however far, is what the joining is told by
        "topic_postpositions",
        "same_year",
        # "the following year", "l'année suivante": the year after the one named last before,
        # alone or after a month ("in January of the following year")
        "next_year",
        # "the following", "suivant": before or after a month name, the first such month
        # after the month named last before ("December 2020 ... the following January")
        "following_months",
        # "Тогда", "Damals", "At the time": opening a sentence, the date named last in the
        # sentence before ("signed in 2020. At the time, the UAE and Bahrain ...")
        "then_dates",
        # "said then", "אמר שם", "a alors déclaré": a saying pointed back at the time or place a
        # relative clause before it named ("X, who visited in November, said there ..."): that
        # clause's date is the saying's
        "said_then",
        # "a position", "une position", "una postura", "موقف": opening an apposition after a
        # refusal's clause ("..., a position the crown prince restated in November"), the
        # stance restated; a date in the apposition is the refusal's, however long it runs
        # (verb-final languages: the noun closes the apposition, "... yinelediği bir tutum")
        "restated_stances",
        # "hours", "horas", "ساعات": a time unit right beside an `afterwards` word ("hours later")
        # keeps the step on the day named before it
        "afterwards_units",
        # "then", "ثم", "puis", "قبل أن": opening a cue ("ثم قطعتها", "then cut them"), the step
        # came after the dates told before it and takes none of them
        "sequence_openers",
        # "that December", "jenem Dezember": right before a month, the month of the year named
        # last before (never alone: "that" is no date)
        "month_demonstratives",
        # "رمضان": months of another calendar; a date named with one is not read (no
        # Gregorian date is guessed from it)
        "other_calendar_months",
        # "يوم 22 من الشهر نفسه", "le 22 du même mois": a day of the month named last before
        "same_month",
        "month_prepositions",
        "month_postpositions",
        "month_attached_prefixes",  # dates
        # Arabic "و" (and) written onto a month before its year ("ديسمبر 2020 ويناير 2021")
        "month_conjunctions",
        # Arabic "اليوم التالي" (the day after), "اليوم نفسه" (the same day), Hebrew "סדר
        # היום" (the agenda): phrases holding a relative day word ("اليوم", "היום", today)
        # that are no day relative to publication
        "relative_blockers",
        # "its normalisation", "sa normalisation", "su acuerdo": a possessive anaphor whose noun
        # is a step; a halt's or an announcement's cue opening with the noun ("its
        # normalisation stalled", "its deal was announced") ends the anaphor there
        "possessive_steps",
        # "last November", "نوفمبر الماضي", "geçen Kasım": a month with one of these
        # words right before or after it is the publication's last such month, not
        # one of the year the paragraph has just named
        "months_last",
        # "vergangener Woche", "last week", "geçen hafta": a weekday with one of these right
        # after it (or right before it) is that day of the week before publication's week,
        # not the latest such day ("am Donnerstag vergangener Woche" in a Thursday article)
        "weeks_last",
        # "sign", "توقيع", "imza": a signing cue holds one of these; a formal joining
        # of Kazakhstan's with none of them ("officially joined") stays announced
        "signing_stems",
        # "member", "membre", "anggota": a membership cue beside a group noun ("les pays
        # membres des accords", "negara anggota") describes the group, as a signing word
        # does ("the signatory countries"): no membership of the sentence's country
        "membership_stems",
        # "est devenu un", "menjadi", "wurde": a group noun right after one of these is
        # what the country of the sentence became ("est devenu un pays membre"), so the
        # membership is still its own
        "member_predicates",
        # Turkish "imzalanan", "imzalanmış": a passive signing participle right before the
        # accords' name describes them ("2020'de imzalanan İbrahim Anlaşmaları"): no step,
        # and the date right before it is theirs
        "attributive_participles",
        # "derailed", "عرقل*" and "normalisation", "مسار التطبيع": a word of stopping and
        # a process of joining in one clause, either first, are a halt (each pair
        # a split cue, "halt_words ~ halted_processes" and the other way round)
        "halt_words",
        "halted_processes",
        # "dua", "beberapa": a count right before a relative period ("dua tahun lalu",
        # two years ago) makes it no "last year" (Malay, Indonesian "tahun lalu" is both)
        "period_counts",
        # "years ago", "лет назад", "yıl önce": a count of years back right before a relative
        # day ("five years ago on Monday", "five years ago today") makes the day an
        # anniversary, no date of the step told
        "years_ago",
        # Russian "с", "со": "since" only right before a date ("первым новым участником ... с
        # 2021 года"); too common to be a background word, read only there
        "since_prepositions",
        # French "le bureau ovale", Spanish "la casa blanca": a place right after a "since"
        # word (`time_since`) makes it "from" ("depuis le Bureau ovale", "desde Rabat")
        "since_places",
        "partner_suffixes",  # Kazakh "-мен" on a country: with it, a counterpart
        "oblique_suffixes",  # Turkish "'da", "'deki" on a country: a place, not who acts
        "dative_suffixes",  # Turkish "'a", "'ye": the country pressed or called on
        # Turkish "istedi", "talep etti" closing a candidacy cue after a country in the
        # ablative ("Suudi Arabistan'dan ... katılmasını istedi"): the country asked
        "ablative_requests",
        # Kazakh "-ның", Turkish "'ın": a country so ending, after another with only a space
        # between, owns the noun after it ("Иран Қазақстанның ... қосылуын"): two lists, not one
        "genitive_suffixes",
        # Hebrew "ש" (attached), Persian "آنکه": right after a comparison or counterpart word,
        # a conjunction that opens a clause ("אחרי שקזחסטן הודיעה", after Kazakhstan
        # announced): the country after it is the clause's subject, not one compared with
        "clause_conjunctions",
        # "hours", "days", "horas": among the first words after a split restriction's head
        # ("only hours after", "solo horas después de"), a span of time, not a condition
        "restriction_time_words",
        # German "erst" of "erst ~ wenn": a split restriction's head meaning "not before";
        # the step it encloses, a condition word its tail, is refused until then, no interest
        "until_heads",
        # English "ing": a joining word so ending right after a country ("In the wake of
        # Kazakhstan joining") is a gerund, the country its owner (Sentence.precedent_owner)
        "gerund_endings",
        # Turkish "-mış", Kazakh "-ып": a verb so ending right before a comma is a converb
        # closing its clause ("... normalleştirmiş, Sudan da ... açıklamıştı"): a clause break
        "converb_endings",
        # "after", "nachdem", "после того как", "بعد": among a sentence's first words, they open
        # a time clause closed by the first comma after them; Turkish "sonra", Kazakh "кейін"
        # (`time_clauses_after`) close one right before that comma.  A country of that clause
        # whose own step there is a joining takes no step of the main clause told with a
        # founder ("After Kazakhstan joined, Israeli policy stalled": no halt of Kazakhstan's)
        "time_clauses",
        "time_clauses_after",
        # "before", "vor dem", "antes del", "avant l'", "до": opening the sentence, the date
        # in the phrase they open, before the first step word, is the event's the step came
        # before ("Before the attack of 7 October 2023, the talks were well advanced"): no
        # step's date
        "before_openers",
        # "attack", "war", "coup", "Krieg*", "войн*", "الحرب": the noun of an event a halt
        # is told after or because of; the date in that event's phrase ("frozen after the
        # Hamas attack of 7 October 2023", "since the war began in October 2023", "the
        # October 2021 coup") is the event's, not the halt's
        "cause_events",
        # Turkish "-ki", Kazakh "-ғы", "-гі": on a date's last word, the date describes the noun
        # after it ("7 Ekim 2023'teki saldırı", "7 қазандағы шабуыл"), an event's own date
        "attributive_suffixes",
        # "ni siquiera", "nicht einmal", "not even": opening the sentence or a clause after
        # a colon, the negation reaches the clause's step however far its verb stands
        "fronted_negations",
        # ", auxquels", ", a los que": a relative word governed by a preposition right before
        # a step; the step's subject stands after the verb, not before the relative
        "oblique_relatives",
        # "a la que", "на который", "que": an object relative opening a cue; the cue is about
        # the country named right before the relative's comma, never one further back
        "object_relatives",
        # "ont", "han": an auxiliary that may stand between such a relative and its step
        # (", auxquels ont adhéré", ", a los que se sumaron")
        "oblique_auxiliaries",
        # "c'est", "— это": a cleft's copula after a comma or a dash that closes a step told
        # of a member's noun ("le dernier pays à avoir rejoint ces accords, c'est le
        # Kazakhstan"); the country right after it is the step's subject
        "cleft_copulas",
        # "eventually", "à terme", "quizás": a hedging adverb right after a list's conjunction
        # ("Syria, and eventually Lebanon"); the list goes on past it
        "list_adverbs",
        # English "may": a modal word that, written with a capital inside a sentence, is a name
        # ("In May, Qatar joined", "Theresa May said"), no modal
        "capitalized_names",
        # "recogni", "tanıma", "اعتراف": the stems of recognising, read inside a refusal's
        # words; a refusal of a recognition in a sentence naming no Israel, or of another
        # country's ("Somaliland'i tanımayı reddetti"), refuses another recognition
        "recognition_words",
        # German "an", "bei", "aus", "ab": a split cue whose tail is a separable verb's
        # particle finds it further than other tails when it closes the clause
        # ("Indonesien lehnte am Montag in einer langen Erklärung ... erneut ab.")
        "clause_final_particles",
        # "the", "of", "und", "am", "в", "dan", "في": articles, prepositions and conjunctions
        # that end no heading and no sentence; a line ending on one goes on in the next
        # (text pulled from a PDF: "am\n29. Januar", "signed with the\nAbraham Accords"),
        # whatever that line opens with (`sentences.wrapped_line_breaks`). Words that are
        # also a verb's closing particle ("an", "on", "up") are left out
        "line_joiners",
        # Turkish "sürece" (as long as) after a verbal noun ("kurulmadığı sürece"; the
        # endings in `verbal_noun_endings`): elsewhere the same word is a noun in the dative
        # ("Sudan da sürece katıldı", joined the process) and no precondition
        "after_verbal_nouns",
        "verbal_noun_endings",
        # "it", "er", "ол": subject pronouns, looked for (as whole words, a clitic prefix
        # allowed) only in a sentence that may carry the one country in scope
        "pronouns",
        # word endings holding a pronoun suffix (Arabic "ها", Indonesian "annya"): a cue
        # word ending so ("انضمامها", its joining) stands for the one country in scope
        "pronoun_suffixes",
        # words opening a sentence whose subject was left unsaid (Spanish "anunció",
        # Arabic "أعلنت", Russian "заявил", Indonesian "menyatakan"): with a step and no
        # country of its own, the sentence is about the one country in scope
        "dropped_subject_openers",
        # "du", "of", "del": right after an accession noun ("l'adhésion du Kazakhstan",
        # "the accession of Oman"), the country after it is the noun's subject
        "genitives",
        # "annoncée", "anunciada": a participle between an accession noun and its genitive
        # ("l'adhésion annoncée du Kazakhstan") keeps the genitive the noun's subject
        "genitive_participles",
        # "move", "décision", "решения", "قرار", "langkah": a decision noun between an
        # after-word and the country ("после решения Казахстана присоединиться") or
        # between the country's possessive and its joining ("Following Kazakhstan's move
        # to join") makes the joining a precedent of that country (Sentence.precedent_owner)
        "decision_nouns",
        # "between", "entre", "بين", Turkish "arasında": right before (or after) a pair
        # phrase ("talks between the two sides") they make it the sides of the talks,
        # the one country in scope and its counterpart
        "between_words",
        # "when", "quand", "apabila", Hebrew "כש*" (a prefix): right after the date of the
        # accords' own participle ("signed in 2020 when the UAE and Bahrain ..."), the date is
        # also the "when" clause's, of the countries in it
        "when_words",
        # "de que", "del", "после", "از": right after a counted offset ("Un mes después de
        # que Astana anunciara ...", "Спустя месяц после того, как ..."), the offset counts
        # from the event named after it, not from the date before: it moves no step's date
        # (claims._counted_offset)
        "offset_complements",
        # "will", "akan", "va": an auxiliary opening a status cue, after which one of the
        # inner_adverbs may stand ("will soon join", "will never sign", "akan segera
        # bergabung", "va bientôt rejoindre"): the cue is also read with it inside
        "auxiliaries",
        "inner_adverbs",
        # "después", "ensuite": an adverb that may stand right after a simple verb opening a
        # status cue ("congeló después sus contactos", "gela ensuite ses relations"): the cue
        # is also read with it inside, as with an auxiliary
        "adverbs_after_verbs",
    )
    + WORD_LISTS
    + CONTEXT_LISTS
)
PHRASES_BY_KEY = (
    "cues",
    "generic_cues",
    "aliases",
    "demonyms",
    "capitals",
    "leaders",  # heads of state or government standing for their country ("Tokayev", "MBS")
    "case_sensitive",
    # {"announced": ["announced"], "signed": ["signed"], "ratified": ["approved"]}: the words
    # of a ledger line ("UAE: deal announced Aug 13, 2020; treaty signed Sept 15, 2020"), a
    # step only in a dated part of a line that opens with a country and a colon and holds
    # a semicolon (claims._ledger_steps); not in the automaton
    "ledger_steps",
)
# Where each leader's office comes from (a URL per country in "leaders"); read by
# no rule, checked when the language loads: a leader with no source fails.
SOURCES = ("leader_sources",)
# Russian {"ия": ["ии", "ию", "ией"]}: a country name ending so is also read with each of
# these endings in its place ("Ливия": "Ливию", "Малайзии", "Арменией"), the cases that
# change the name's last letters rather than add to them (those are `suffixes`)
NAME_FORMS = ("name_endings",)
# 12 and 7 lists of forms; "day_words": the days of the month written as words, a list of
# forms per day from the first (Arabic "السادس من" in "السادس من نوفمبر", the sixth of
# November), read only right before a month name
# "solar_hijri_months": the Persian calendar's months from Farvardin, whose dates are read
# only as far as they are certain (dates.solar_hijri_year; a day with its month converted
# exactly, dates.solar_hijri_day)
# "first_of_list": lists of forms for the first one, two, three ... countries of a list
# ("the first two", "los tres primeros"), read at a sentence's opening for the first countries
# the sentence right before listed (claims._first_of_list)
WORD_GROUPS = ("months", "weekdays", "day_words", "solar_hijri_months", "first_of_list")
# {"yesterday": -1}, {"last year": ["year", -1]}; {"four days later": ["day", 4], "a month
# later": ["month", 1]}: counted from the date the text named last, not from publication
OFFSETS = ("relative_days", "relative_periods", "counted_offsets")
_DEFAULT_NEGATION_REACH = 30


def _unit_counts(units):
    """A check of a {phrase: [unit, count]} object whose units are among `units`
    ("a month later": ["month", 1])."""
    return lambda v: isinstance(v, dict) and all(
        isinstance(x, list) and len(x) == 2 and x[0] in units and isinstance(x[1], int)
        for x in v.values()
    )


def check_schema(raw):
    """Raise ValueError naming the first key of the data file that is
    unknown or holds a value of the wrong shape."""
    code = raw.get("code", "?")

    def strings(value):
        return isinstance(value, list) and all(isinstance(item, str) for item in value)

    shapes = {
        **{key: lambda v: isinstance(v, str) for key in TEXTS},
        "numeric_dates": lambda v: v in (None, "dmy", "mdy"),
        **{key: lambda v: isinstance(v, bool) for key in FLAGS},
        **{key: lambda v: isinstance(v, int) and not isinstance(v, bool) for key in NUMBERS},
        **{key: strings for key in PHRASES},
        **{
            key: lambda v: isinstance(v, dict) and all(strings(x) for x in v.values())
            for key in PHRASES_BY_KEY + SOURCES + NAME_FORMS
        },
        **{
            key: lambda v: isinstance(v, list) and all(strings(x) for x in v) for key in WORD_GROUPS
        },
        "relative_days": lambda v: isinstance(v, dict)
        and all(isinstance(x, int) for x in v.values()),
        "relative_periods": _unit_counts(("year", "month")),
        "counted_offsets": _unit_counts(("day", "month")),
    }
    for key in ("code", "lingua"):
        if key not in raw:
            raise ValueError(f"{code}: the data file has no {key!r}")
    for key, value in raw.items():
        if key not in shapes:
            raise ValueError(f"{code}: unknown key {key!r} in the data file")
        if not shapes[key](value):
            raise ValueError(f"{code}: {key!r} holds a value of the wrong shape")
    sources = raw.get("leader_sources", {})
    for iso in raw.get("leaders", {}):
        if not sources.get(iso):
            raise ValueError(f"{code}: the leaders of {iso!r} have no entry in 'leader_sources'")


def expand_alternatives(pattern):
    """'Саудовск(ая|ой) Арави(я|и)' -> all four combinations; groups may nest
    and may hold an empty option ("join(s|ed|)").  Lets data files list
    inflected forms compactly; a phrase with "ß" also stands for its
    spelling with "ss"."""
    if re.search(r"[?\[\]{}+\\]", pattern):
        # a data file is not a regular expression: fail loudly at load time
        raise ValueError(f"unsupported syntax in {pattern!r}: use (a|b), a final * and ' ~ '")
    if pattern.count("(") != pattern.count(")"):
        raise ValueError(f"unbalanced brackets in {pattern!r}")
    results = [" ".join(result.split()) for result in _expanded(pattern)]
    # Swiss German writes "ss" for "ß" ("anschliessen", "Weisses Haus"): every "ß" phrase
    # stands for its "ss" spelling too
    results += [result.replace("ß", "ss") for result in results if "ß" in result]
    for result in results:
        if re.search(r"\*(?!$| ~ )", result):
            raise ValueError(f"'*' only ends a word before ' ~ ' or at the end: {pattern!r}")
    return list(dict.fromkeys(results))


def _first_group(pattern):
    """(text before, options, text after) of a pattern's first bracketed group, or
    None if it has none: "join(s|ed|) the" -> ("join", ["s", "ed", ""], " the")."""
    start = pattern.find("(")
    if start < 0:
        return None
    depth, options, last = 0, [], start + 1
    for index in range(start, len(pattern)):
        char = pattern[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                options.append(pattern[last:index])
                return pattern[:start], options, pattern[index + 1 :]
        elif char == "|" and depth == 1:
            options.append(pattern[last:index])
            last = index + 1
    raise ValueError(f"unbalanced brackets in {pattern!r}")


def _expanded(pattern):
    """Every phrase a pattern stands for, outermost group first, so the
    options of a group that is not chosen are never expanded (linear in the
    output, not in the product of every group's options)."""
    group = _first_group(pattern)
    if group is None:
        return [pattern]
    head, options, rest = group
    tails = _expanded(rest)
    return [
        head_option + tail
        for option in options
        for head_option in (head + text for text in _expanded(option))
        for tail in tails
    ]


def _real_countries():
    return {country.alpha_2 for country in pycountry.countries}


class NameEntry(NamedTuple):
    """What a folded country name stands for."""

    iso: str
    kind: str  # "name", "alias", "demonym", "capital", "leader" or "institution"
    case: (
        str | None
    )  # "cap": must start with a capital letter; a string: must be written exactly so


class CueEntry(NamedTuple):
    """What a folded cue or context phrase stands for."""

    category: str  # "status", "generic", a WORD_LISTS or a CONTEXT_LISTS key
    payload: str | None  # the status of a "status" or "generic" cue
    wildcard: bool  # "*": the match may run on to the end of the word
    # "head ~ tail": the folded second part, a few words later; a tuple for any of several
    tail: str | tuple[str, ...] | None


class Key(NamedTuple):
    """An automaton's value: pyahocorasick reports only where a key ends,
    so the key's length comes with it."""

    length: int
    entries: tuple  # NameEntry or CueEntry records (none for a key that is only a head)
    wildcard: bool  # any entry is a "*" cue
    factored: tuple  # the Rests of the factored phrases the key is a head of


class InnerAdverbs(NamedTuple):
    """The adverbs that may stand between an auxiliary opening a status cue
    and the rest of it ("will soon join", "va très bientôt rejoindre"), read
    when the text is scanned (matching.adverb_hits) rather than written into
    every cue: the cue automaton keeps one key per cue, not one per adverb."""

    # an auxiliary, then one or more adverbs, each followed by a space (group 1)
    pattern: re.Pattern | None
    adverb: re.Pattern | None  # one adverb and its space, matched at a position
    kinds: dict  # folded adverb -> "negation", "modal" or "" (neither)
    # any word, then one or more adverbs_after_verbs (group 1): "congeló después sus contactos"
    after_verbs: re.Pattern | None = None
    after_verb_adverb: re.Pattern | None = None


@dataclass(eq=False)  # compared and hashed by identity: one instance per language
class LanguageData:
    """A data file read once, checked against the schema above and built:
    phrases folded (see text.fold), names and cues in automata."""

    code: str
    name: str
    lingua: str
    names_capitalized: bool
    prefixes: frozenset
    suffixes: frozenset
    max_prefix: int
    max_suffix: int
    # countries (folded name -> Key of NameEntry), cues (folded phrase -> Key
    # of CueEntry) and context (the same for CONTEXT_LISTS) in one automaton,
    # so that an article is read once for all three (see _combined); the three
    # separate automata are not kept (they would double the memory):
    # part_automata rebuilds them
    words: object
    months: dict  # folded month word -> 1..12
    weekdays: dict  # folded weekday word -> 0 (Monday)..6
    day_words: dict  # folded day-of-month word -> 1..31
    first_of_list: dict  # folded phrase ("the first two") -> how many countries (2)
    relative_days: dict  # folded word -> offset in days
    relative_periods: dict  # folded phrase -> ("year"|"month", offset)
    counted_offsets: dict  # folded phrase -> ("day"|"month", offset) from the last date named
    numeric_dates: str | None  # "dmy" or "mdy" for 06.11.2025 style dates
    year_first: bool  # "2025 жылғы 6 қараша" (Kazakh)
    # word order and negation (see FLAGS)
    verb_final: bool
    verb_first: bool
    subject_first: bool
    preconditions_follow: bool
    negative_concord: bool
    subject_right_after: bool
    negation_reach: int
    # word lists the rules read directly, folded, in the file's order
    conjunctions: tuple
    # ", which", "، التي": the relative words a comma opens (from "relatives", no wildcard)
    comma_relatives: tuple
    coordinators: tuple
    articles: tuple
    additives: tuple
    agents: tuple
    boilerplate: tuple
    same_year: tuple
    next_year: tuple
    following_months: tuple
    then_dates: tuple
    said_then: tuple
    restated_stances: tuple
    afterwards_units: tuple
    # the `afterwards` phrases as words ("plus tard", "later"): a date without a year right
    # after one is counted from the year the text named before (dates._year_after_later)
    afterwards_phrases: tuple
    sequence_openers: tuple
    month_demonstratives: tuple
    other_calendar_months: tuple
    # folded form -> 0 (Farvardin) to 11 (Esfand): the solar Hijri months ("آبان")
    solar_hijri_months: dict
    same_month: tuple
    kingdom_words: tuple
    sultanate_words: tuple
    emirate_words: tuple
    republic_words: tuple
    region_words: tuple
    closing_questions: tuple
    topic_questions: tuple
    this_day_years: tuple
    ceremony_words: tuple
    topic_postpositions: tuple
    month_prepositions: tuple
    month_postpositions: tuple
    month_attached_prefixes: tuple
    month_conjunctions: tuple
    relative_blockers: tuple
    possessive_steps: tuple
    since_words: frozenset  # "time_since", folded, also read as words by the dates
    months_last: frozenset
    weeks_last: tuple
    signing_stems: tuple
    membership_stems: tuple
    member_predicates: tuple
    attributive_participles: tuple
    period_counts: frozenset
    years_ago: tuple
    since_prepositions: frozenset
    since_places: tuple
    partner_suffixes: frozenset
    oblique_suffixes: frozenset
    genitive_suffixes: frozenset
    clause_conjunctions: frozenset
    restriction_time_words: frozenset
    until_heads: frozenset
    # derived from `restrictions`: the one-word head of a split restriction -> its tails
    # ("only ~ if": "only" -> "if"), for a head inside a joining cue ("would only join")
    restriction_heads: dict
    gerund_endings: tuple
    converb_endings: tuple
    time_clauses: tuple
    time_clauses_after: tuple
    before_openers: tuple
    cause_events: re.Pattern | None
    attributive_suffixes: tuple
    fronted_negations: tuple
    oblique_relatives: tuple
    object_relatives: tuple
    oblique_auxiliaries: tuple
    cleft_copulas: tuple
    list_adverbs: tuple
    capitalized_names: frozenset
    recognition_words: tuple
    clause_final_particles: frozenset
    line_joiners: frozenset
    after_verbal_nouns: frozenset
    verbal_noun_endings: tuple
    dative_suffixes: frozenset
    ablative_requests: tuple
    pronoun_suffixes: tuple
    pronouns: frozenset
    dropped_subject_openers: tuple
    genitives: tuple
    genitive_participles: frozenset
    decision_nouns: frozenset
    between_words: frozenset
    when_words: tuple
    offset_complements: tuple
    ledger_steps: dict  # folded ledger word -> its status
    abbreviations: frozenset  # as written, not folded
    number_abbreviations: frozenset  # lower case, as written
    function_words: frozenset
    # the `auxiliaries`, folded, as words: "Le Soudan avait signé", "Sudan had signed" (the
    # bare past "signed" a first signatory's own with one of them between)
    auxiliary_words: frozenset
    inner_adverbs: InnerAdverbs | None  # None: the language has no auxiliaries or adverbs


def _combined(automata):
    """One automaton holding the keys of several: each value is the key's
    length, the (number of the automaton, entries, wildcard) of each that
    holds entries for the key, whether any of them is a wildcard, and the
    (number of the automaton, Rests) of each factored phrase the key is a head
    of, or None (the common case)."""
    table = {}
    for number, automaton in enumerate(automata):
        if not len(automaton):
            continue
        for key, value in automaton.items():
            holders, factored = table.setdefault(key, ([], []))
            if value.entries:
                holders.append((number, value.entries, value.wildcard))
            factored.extend((number, rests) for rests in value.factored)
    combined = ahocorasick.Automaton()
    for key, (holders, factored) in table.items():
        value = (
            len(key),
            tuple(_SHARED.setdefault(holder, holder) for holder in holders),
            any(wildcard for _, _, wildcard in holders),
            tuple(factored) or None,
        )
        # one object for each distinct value: the forms of a phrase share theirs
        combined.add_word(key, _SHARED.setdefault(value, value))
    if table:
        combined.make_automaton()
    return combined


def _add(table, key, entry):
    if key:
        entries = table.setdefault(key, [])
        if entry not in entries:
            # one object for each distinct entry: tens of thousands of cue forms share a few
            entries.append(_SHARED.setdefault(entry, entry))


_SHARED = {}  # each distinct CueEntry, entries and combined value once, across languages


def _automaton(table, heads=None):
    """Values are (key length, entries, wildcard, factored): pyahocorasick reports
    only where a key ends, so the length comes with the value; factored: the Rests
    of the factored phrases the key is a head of (heads: folded head -> them; see
    _phrase_table)."""
    automaton = ahocorasick.Automaton()
    heads = heads or {}
    # each distinct value once in this automaton; not kept in _SHARED, where it would
    # outlive the automaton (_combined keeps the parts it needs)
    values = {}
    for key in {**table, **heads}:
        entries = table.get(key, ())
        wildcard = any(isinstance(e, CueEntry) and e.wildcard for e in entries)
        value = Key(len(key), tuple(entries), wildcard, tuple(heads.get(key, ())))
        automaton.add_word(key, values.setdefault(value, value))
    if table or heads:
        automaton.make_automaton()
    return automaton


def _cldr_names(locale_code, real):
    try:
        territories = Locale.parse(locale_code).territories
    except Exception:  # an unknown locale: no CLDR names, aliases still work
        return {}
    return {code: name for code, name in territories.items() if code in real}


def _pycountry_names(language_code, real):
    try:
        translation = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[language_code]
        )
    except OSError:
        return []
    names = []
    for country in pycountry.countries:
        if country.alpha_2 not in real:
            continue
        for attribute in ("name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                names.append((country.alpha_2, translation.gettext(value)))
    return names


def _build_countries(code, raw, real):
    automaton = {}
    stop = {fold_phrase(name) for name in raw.get("stop_names", [])}
    articles = [fold_phrase(a) for a in raw.get("name_articles", [])]
    capitalized = raw.get("names_capitalized", False)
    case = "cap" if capitalized else None

    endings = raw.get("name_endings", {})

    def with_endings(variants):
        # "Ливия" -> "Ливии", "Ливию", "Ливией": the cases that replace the name's ending
        for variant in variants:
            yield variant
            for ending, replacements in endings.items():
                if variant.endswith(ending):
                    stem = variant[: -len(ending)]
                    yield from (stem + replacement for replacement in replacements)

    def add_name(iso, name, kind, exact=None):
        variants = expand_alternatives(name)
        for variant in with_endings(variants) if endings and kind == "name" else variants:
            key = fold_phrase(variant)
            if not key or key in stop:
                continue
            # an alias the file writes in lower case ("the Zionist entity",
            # "l'entité sioniste", "rezim Zionis") is written so in the text too
            lower = kind != "name" and variant[:1].islower()
            entry = NameEntry(
                iso,
                kind,
                variant if exact else (case if kind != "demonym" and not lower else None),
            )
            _add(automaton, key, entry)
            # Arabic "الإمارات" also occurs as "لل" + "امارات": index the name
            # without its article too; the article then counts as a prefix.
            for article in articles:
                if key.startswith(article) and len(key) > len(article) + 2:
                    _add(automaton, key[len(article) :], entry)

    sources = [_cldr_names(code, real), _cldr_names("en", real)]
    for names in sources:
        for iso, name in names.items():
            add_name(iso, name, "name")
    for iso, name in _pycountry_names(code, real):
        add_name(iso, name, "name")
    for kind, key in (
        ("alias", "aliases"),
        ("demonym", "demonyms"),
        ("capital", "capitals"),
        ("leader", "leaders"),
    ):
        for iso, names in raw.get(key, {}).items():
            for name in names:
                add_name(iso, name, kind)
    for iso, names in raw.get("case_sensitive", {}).items():
        for name in names:
            add_name(iso, name, "alias", exact=True)
    for name in raw.get("institutions", []):
        add_name("", name, "institution")  # found to hide the country's name inside it
    return _automaton(automaton)


def _build_context(raw, factor=True):
    phrases = [
        _Phrase(category, None, phrase)
        for category in CONTEXT_LISTS
        for phrase in raw.get(category, [])
    ]
    return _automaton(*_phrase_table(phrases, factor))


class _Phrase(NamedTuple):
    """A cue or context phrase as the data file writes it, with what it stands for."""

    category: str
    payload: str | None
    phrase: str


def _phrase_table(pieces, factor):
    """The automaton's table (folded key -> entries) and its factored phrases' heads
    (folded head -> their Rests) for pieces in file order: a _Phrase, or a table of
    keys made otherwise (the halt pairs).  A phrase whose alternatives multiply into
    many keys, none of them made by another piece, is factored (see _factored): its
    heads become keys, and its rests are looked up right after a head when the text
    is scanned.  factor=False writes every key out (the plain way test_fast_paths
    compares with)."""
    tables = _piece_tables(pieces)
    made = Counter(key for own in tables for key in own)
    table, heads_of = {}, {}
    for piece, own in zip(pieces, tables, strict=True):
        factored = None
        if (
            factor
            and isinstance(piece, _Phrase)
            and len(own) >= _FACTOR_FROM
            and all(made[key] == 1 for key in own)
        ):
            factored = _factored(piece, own)
        if factored is None:
            for key, entries in own.items():
                for entry in entries:
                    _add(table, key, entry)
            continue
        heads, rests = factored
        for head in heads:
            heads_of.setdefault(head, []).append(rests)
    return table, heads_of


def _piece_tables(pieces):
    """Each piece's own keys written out (folded key -> entries): a _Phrase's expanded, a
    table of keys made otherwise (the halt pairs) as it is."""
    tables = []
    for piece in pieces:
        if isinstance(piece, _Phrase):
            own = {}
            _add_phrase(own, *piece)
            tables.append(own)
        else:
            tables.append(piece)
    return tables


# a phrase is factored from this many keys on (a few keys cost less written out)
_FACTOR_FROM = 12
# nor is it cut after a head shorter than this: a common word ("is", "a", "de") would
# make a look-up wherever it stands
_SHORTEST_HEAD = 6
# the characters of a rest a head's look-up starts with (see Rests)
_PREFIX = 6


class Rest(NamedTuple):
    """What one key of a factored phrase stands for, found by its rest after a head."""

    entries: tuple  # the key's CueEntry records, as the written-out key holds them
    wildcard: bool  # any entry is a "*" cue


@dataclass(eq=False)  # compared and hashed by identity: one per factored phrase
class Rests:
    """The rests of a factored phrase: "(held|holding|began) (a |the |)(first |second
    |)round of talks" is read as the heads "held", "holding", "began" (automaton keys)
    and the rests " a first round of talks", " the round of talks", ... (looked up
    right after a head): a head followed at once by a rest is the key written out."""

    rests: dict  # folded rest (" a first round of talks", maybe "") -> Rest
    # the rests' first prefix_length characters (as many as the shortest non-empty
    # rest has, at most _PREFIX) -> the lengths of the rests so starting and of the
    # empty rest, longest first: where a head stands with no rest after it, one look-up
    prefix_length: int
    lengths: dict
    shorter: tuple  # the lengths of the rests shorter than prefix_length (the empty rest)


def _rests(entries_of):
    """The Rests of a factored phrase (folded rest -> the entries of its keys)."""
    rests = list(entries_of)
    prefix_length = min([len(rest) for rest in rests if rest] + [_PREFIX])
    shorter = tuple(sorted({len(rest) for rest in rests if len(rest) < prefix_length}))
    lengths = {}
    for rest in rests:
        if len(rest) >= prefix_length:
            lengths.setdefault(rest[:prefix_length], set()).add(len(rest))
    return Rests(
        rests={
            rest: Rest(
                _SHARED.setdefault(tuple(entries), tuple(entries)),
                any(entry.wildcard for entry in entries),
            )
            for rest, entries in entries_of.items()
        },
        prefix_length=prefix_length,
        lengths={
            prefix: tuple(sorted(found, reverse=True)) + shorter
            for prefix, found in lengths.items()
        },
        shorter=shorter,
    )


def _top_level_cuts(pattern):
    """The positions a pattern may be cut at outside every group, next to a group or
    a space ("held (a |the |)round": before and after the group and each space)."""
    cuts, depth = [], 0
    for index, char in enumerate(pattern):
        if depth == 0 and index and (char in "( " or pattern[index - 1] in ") "):
            cuts.append(index)
        depth += (char == "(") - (char == ")")
    return cuts


def _count(pattern):
    """How many phrases a pattern stands for, counted as _expanded writes them."""
    group = _first_group(pattern)
    if group is None:
        return 1
    _, options, rest = group
    return sum(_count(option) for option in options) * _count(rest)


def _factored(piece, own):
    """(heads, Rests) of a phrase cut in two outside its groups where the heads and
    rests are fewest, or None (no cut saves keys, or none reads exactly its keys).
    own: the phrase's keys written out (folded key -> entries); the cut must give
    every one of them, each with its entries, and no other."""
    phrase = piece.phrase
    head_pattern, split, _ = phrase.partition(" ~ ")
    if "ß" in phrase or split and head_pattern.count("(") != head_pattern.count(")"):
        return None  # "ß" phrases add their "ss" spelling; a " ~ " inside a group
    cuts = sorted(
        (_count(head_pattern[:cut]) + _count(head_pattern[cut:]), cut)
        for cut in _top_level_cuts(head_pattern)
    )
    tried = 0
    for cost, cut in cuts:
        if cost >= len(own) or tried == 3:
            return None
        heads = _expanded(head_pattern[:cut])
        if min(len(" ".join(head.split())) for head in heads) < _SHORTEST_HEAD:
            continue
        tried += 1
        found = _cut_at(own, head_pattern[:cut])
        if found is not None:
            return found
    return None


def _cut_at(own, left):
    """(heads, Rests) of the phrase's keys written out (own: folded key -> entries) read
    as every head of the pattern left followed by every rest, if that gives each key
    once, with its entries, and no other; else None."""
    heads = list(dict.fromkeys(fold_phrase(" ".join(head.split())) for head in _expanded(left)))
    if not all(heads):
        return None
    # the rests after the longest head: no other head's keys start with it but by chance
    longest = max(heads, key=len)
    entries_of = {
        key[len(longest) :]: entries for key, entries in own.items() if key.startswith(longest)
    }
    if len(heads) * len(entries_of) != len(own):
        return None
    for head in heads:
        for rest, entries in entries_of.items():
            if own.get(head + rest) != entries:
                return None
    if len({head + rest for head in heads for rest in entries_of}) != len(own):
        return None  # a key read as two heads and rests would be found twice
    return heads, _rests(entries_of)


def _add_phrase(table, category, payload, phrase):
    for variant in expand_alternatives(phrase):
        # "botschaft ~ eröffnet": a few words may stand between the parts
        # (German verbs at the end, "tritt ... bei")
        head, _, tail = variant.partition(" ~ ")
        wildcard = head.endswith("*")
        key = fold_phrase(head.rstrip("*"))
        _add(
            table, key, CueEntry(category, payload, wildcard, fold_phrase(tail.rstrip("*")) or None)
        )


def _forms(phrases):
    """(folded form, wildcard) of every variant of the phrases; a form opened by "*" (the
    last piece of a compound) keeps it in front."""
    return [
        (
            ("*" if phrase.startswith("*") else "") + fold_phrase(variant.rstrip("*")),
            variant.endswith("*"),
        )
        for phrase in phrases
        for variant in expand_alternatives(phrase.removeprefix("*"))
    ]


def _word_pattern(forms):
    """One pattern for words and phrases matched whole, a "*" form running on to the end of
    its word (`cause_events`), a form opened by "*" found as the last piece of a compound
    too ("*krieg*": "Bürgerkriegs", "Gaza-Krieg"); None for none."""
    if not forms:
        return None
    parts = []
    for compound, prefix in ((False, ""), (True, r"[\w-]*?")):
        kept = [
            (form.removeprefix("*"), w) for form, w in forms if form.startswith("*") == compound
        ]
        plain = [form for form, wildcard in kept if not wildcard]
        stems = [form for form, wildcard in kept if wildcard]
        if plain:
            parts.append(rf"{prefix}(?:{alternation(plain)})(?![^\W_])")
        if stems:
            parts.append(rf"{prefix}(?:{alternation(stems)})\w*")
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(parts)})")


def inner_adverb_step(status, kind):
    """The step a status cue gives with an adverb of this kind inside: a
    negation negates it ("will never join": declined; "has never signed": no
    step, None), a modal weakens an announcement ("will likely join":
    prospective; "has likely signed": None), any other adverb keeps it."""
    if kind == "negation":
        return NEGATED.get(status)
    if kind == "modal":
        return "prospective" if status in ("announced", "prospective") else None
    return status


def _inner_adverbs(raw):
    def folded_set(key):
        return {fold_phrase(v) for phrase in raw.get(key, []) for v in expand_alternatives(phrase)}

    auxiliaries = folded_set("auxiliaries") - {""}
    negations, modals = folded_set("negations"), folded_set("modals")
    kinds = {}
    for word in raw.get("inner_adverbs", []):
        for variant in expand_alternatives(word):
            adverb = fold_phrase(variant)
            # the adverb's first word says whether it negates or hedges ("never", "likely")
            first = adverb.split(" ")[0]
            kinds[adverb] = "negation" if first in negations else "modal" if first in modals else ""
    kinds.pop("", None)
    after = {
        fold_phrase(v)
        for word in raw.get("adverbs_after_verbs", [])
        for v in expand_alternatives(word)
    }
    after.discard("")
    if not (auxiliaries and kinds) and not after:
        return None
    pattern = adverb = after_verbs = after_verb_adverb = None
    if auxiliaries and kinds:
        adverbs = alternation(kinds)
        # a connective between commas ("have, however, been", "ont, toutefois, été") stands
        # right after the auxiliary, with no space before its comma
        pattern = re.compile(
            rf"(?<![^\W_])(?:{alternation(auxiliaries)})(?: |(?=, ))((?:(?:{adverbs}) )+)"
        )
        adverb = re.compile(rf"({adverbs}) ")
    if after:
        # a word, its space, then the adverbs: "congeló después sus contactos"
        after_verbs = re.compile(rf"(?<![^\W_])\w+ ((?:(?:{alternation(after)}) )+)")
        after_verb_adverb = re.compile(rf"({alternation(after)}) ")
        for word in after:
            kinds.setdefault(word, "")
    return InnerAdverbs(pattern, adverb, kinds, after_verbs, after_verb_adverb)


def _cue_pieces(raw):
    """The cue automaton's pieces in file order: a _Phrase for each cue, generic cue and
    word-list phrase, and the halt pairs' table."""
    pieces = []
    for status, phrases in raw.get("cues", {}).items():
        # "joined": signed for a step of the past, announced for a recent one
        # (a signing still to come); the engine decides once the date is known
        if status not in STATUSES and status != "joined":
            raise ValueError(f"{raw.get('code')}: unknown status {status!r} in cues")
        pieces.extend(_Phrase("status", status, phrase) for phrase in phrases)
    # a word of stopping and a process of joining, either first: each form of one is a
    # split cue's head whose tail is any form of the other (one entry per head, not
    # one per pair: the pairs run to tens of thousands)
    halts = _forms(raw.get("halt_words", []))
    processes = _forms(raw.get("halted_processes", []))
    if halts and processes:
        pairs = {}
        for heads, tails in ((halts, processes), (processes, halts)):
            others = tuple(sorted({form for form, _ in tails}))
            for form, wildcard in heads:
                _add(pairs, form, CueEntry("status", "suspended", wildcard, others))
        pieces.append(pairs)
    for status, phrases in raw.get("generic_cues", {}).items():
        if status not in STATUSES:
            raise ValueError(f"{raw.get('code')}: unknown status {status!r} in generic_cues")
        pieces.extend(_Phrase("generic", status, phrase) for phrase in phrases)
    for category in WORD_LISTS:
        pieces.extend(_Phrase(category, None, phrase) for phrase in raw.get(category, []))
    return pieces


def _build_cues(raw, factor=True):
    return _automaton(*_phrase_table(_cue_pieces(raw), factor))


def redundant_cues(raw):
    """The cue phrases ("cues" and "generic_cues": (data key, status, phrase)) whose every
    key the other phrases already make, with the same entries in the same order: they add
    nothing to the automaton, and the keys they share keep the phrases that make them too
    from being factored (see _phrase_table).  Smallest first, each tested without the
    ones found before it, so that of two phrases making the same keys one stays."""
    pieces = _cue_pieces(raw)
    owns = _piece_tables(pieces)
    makers = {}
    for number, own in enumerate(owns):
        for key in own:
            makers.setdefault(key, []).append(number)

    def entries(key, without):
        found = []
        for number in makers[key]:
            if number not in without:
                found.extend(entry for entry in owns[number][key] if entry not in found)
        return found

    dropped, found = set(), []
    for number in sorted(range(len(pieces)), key=lambda number: len(owns[number])):
        piece = pieces[number]
        if not isinstance(piece, _Phrase) or piece.category not in ("status", "generic"):
            continue
        if all(entries(key, dropped | {number}) == entries(key, dropped) for key in owns[number]):
            dropped.add(number)
            data_key = "cues" if piece.category == "status" else "generic_cues"
            found.append((data_key, piece.payload, piece.phrase))
    return found


def _word_map(groups):
    """[["januari", "jan"], ...] -> {"januari": 1, "jan": 1, ...}"""
    mapping = {}
    for number, words in enumerate(groups):
        for word in words:
            for variant in expand_alternatives(word):
                mapping[fold_phrase(variant)] = number
    return mapping


def _folded(raw, key):
    return tuple(fold_phrase(phrase) for phrase in raw.get(key, []))


def _restriction_heads(raw):
    """{one-word head of a split restriction: its one-word tails} ("only ~ if", "only ~
    once": "only" -> ("if", "once")); a tail of several words is left out."""
    heads = {}
    # "if ~ Palestinian state": a condition's own word heads no restriction inside a cue
    conditions = set(_folded(raw, "conditions"))
    for phrase in raw.get("restrictions", []):
        for variant in expand_alternatives(phrase):
            head, split, tail = variant.partition(" ~ ")
            head, tail = fold_phrase(head), fold_phrase(tail)
            if split and head and tail and " " not in head + tail and head not in conditions:
                heads.setdefault(head, set()).add(tail)
    return {head: tuple(sorted(tails)) for head, tails in heads.items()}


def _ledger_steps(raw):
    """{folded ledger word: its status}; a status that is none of ours fails the load."""
    steps = {}
    for status, phrases in raw.get("ledger_steps", {}).items():
        if status not in STATUSES:
            raise ValueError(f"{raw.get('code', '?')}: ledger_steps: unknown status {status!r}")
        for phrase in phrases:
            steps[fold_phrase(phrase)] = status
    return steps


def part_automata(raw, real=None, factor=True):
    """The countries', the cues' and the context's automata of a data file,
    each on its own (LanguageData.words combines them); factor=False writes
    every key of a factored phrase out (see _phrase_table)."""
    real = _real_countries() if real is None else real
    return (
        _build_countries(raw["code"], raw, real),
        _build_cues(raw, factor),
        _build_context(raw, factor),
    )


def build_language(raw):
    check_schema(raw)
    code = raw["code"]
    real = _real_countries()
    prefixes = frozenset(fold_phrase(p) for p in raw.get("prefixes", []))
    suffixes = frozenset(fold_phrase(s) for s in raw.get("suffixes", []))
    subject_first = raw.get("subject_first", False)
    preconditions_follow = raw.get("preconditions_follow", False)
    return LanguageData(
        code=code,
        name=raw.get("name", code),
        lingua=raw["lingua"],
        names_capitalized=raw.get("names_capitalized", False),
        prefixes=prefixes,
        suffixes=suffixes,
        max_prefix=max((len(p) for p in prefixes), default=0),
        max_suffix=max((len(s) for s in suffixes), default=0),
        words=_combined(part_automata(raw, real)),
        months={word: number + 1 for word, number in _word_map(raw.get("months", [])).items()},
        weekdays=_word_map(raw.get("weekdays", [])),
        day_words={
            word: number + 1 for word, number in _word_map(raw.get("day_words", [])).items()
        },
        first_of_list={
            phrase: number + 1 for phrase, number in _word_map(raw.get("first_of_list", [])).items()
        },
        relative_days={fold_phrase(k): v for k, v in raw.get("relative_days", {}).items()},
        relative_periods={
            fold_phrase(k): tuple(v) for k, v in raw.get("relative_periods", {}).items()
        },
        counted_offsets={
            fold_phrase(k): tuple(v) for k, v in raw.get("counted_offsets", {}).items()
        },
        numeric_dates=raw.get("numeric_dates"),
        year_first=raw.get("year_first", False),
        # without "verb_final", the word-order settings of verb-final languages say so
        verb_final=raw.get("verb_final", subject_first or preconditions_follow),
        verb_first=raw.get("verb_first", False),
        subject_first=subject_first,
        preconditions_follow=preconditions_follow,
        negative_concord=raw.get("negative_concord", False),
        subject_right_after=raw.get("subject_right_after", False),
        negation_reach=raw.get("negation_reach", _DEFAULT_NEGATION_REACH),
        conjunctions=_folded(raw, "conjunctions"),
        comma_relatives=tuple(
            word
            for word in _folded(raw, "relatives")
            if word[:1] in ",،" and not any(mark in word for mark in "(|")
        ),
        coordinators=_folded(raw, "coordinators"),
        articles=_folded(raw, "articles"),
        additives=_folded(raw, "additives"),
        agents=_folded(raw, "agents"),
        boilerplate=_folded(raw, "boilerplate"),
        same_year=_folded(raw, "same_year"),
        next_year=_folded(raw, "next_year"),
        following_months=_folded(raw, "following_months"),
        then_dates=_folded(raw, "then_dates"),
        said_then=_folded(raw, "said_then"),
        restated_stances=_folded(raw, "restated_stances"),
        afterwards_units=_folded(raw, "afterwards_units"),
        afterwards_phrases=tuple(
            phrase for phrase in _folded(raw, "afterwards") if phrase[:1].isalpha()
        ),
        sequence_openers=_folded(raw, "sequence_openers"),
        month_demonstratives=_folded(raw, "month_demonstratives"),
        other_calendar_months=_folded(raw, "other_calendar_months"),
        solar_hijri_months=_word_map(raw.get("solar_hijri_months", [])),
        same_month=_folded(raw, "same_month"),
        kingdom_words=_folded(raw, "kingdom_words"),
        sultanate_words=_folded(raw, "sultanate_words"),
        emirate_words=_folded(raw, "emirate_words"),
        republic_words=_folded(raw, "republic_words"),
        region_words=_folded(raw, "region_words"),
        closing_questions=_folded(raw, "closing_questions"),
        topic_questions=_folded(raw, "topic_questions"),
        this_day_years=_folded(raw, "this_day_years"),
        ceremony_words=_folded(raw, "ceremony_words"),
        topic_postpositions=_folded(raw, "topic_postpositions"),
        month_prepositions=_folded(raw, "month_prepositions"),
        month_postpositions=_folded(raw, "month_postpositions"),
        month_attached_prefixes=_folded(raw, "month_attached_prefixes"),
        month_conjunctions=_folded(raw, "month_conjunctions"),
        relative_blockers=_folded(raw, "relative_blockers"),
        possessive_steps=_folded(raw, "possessive_steps"),
        since_words=frozenset(_folded(raw, "time_since")),
        months_last=frozenset(_folded(raw, "months_last")),
        weeks_last=_folded(raw, "weeks_last"),
        signing_stems=_folded(raw, "signing_stems"),
        membership_stems=_folded(raw, "membership_stems"),
        member_predicates=_folded(raw, "member_predicates"),
        attributive_participles=_folded(raw, "attributive_participles"),
        period_counts=frozenset(_folded(raw, "period_counts")),
        years_ago=_folded(raw, "years_ago"),
        since_prepositions=frozenset(_folded(raw, "since_prepositions")),
        since_places=_folded(raw, "since_places"),
        partner_suffixes=frozenset(_folded(raw, "partner_suffixes")),
        oblique_suffixes=frozenset(_folded(raw, "oblique_suffixes")),
        genitive_suffixes=frozenset(_folded(raw, "genitive_suffixes")),
        clause_conjunctions=frozenset(_folded(raw, "clause_conjunctions")),
        restriction_time_words=frozenset(_folded(raw, "restriction_time_words")),
        until_heads=frozenset(_folded(raw, "until_heads")),
        restriction_heads=_restriction_heads(raw),
        gerund_endings=_folded(raw, "gerund_endings"),
        converb_endings=_folded(raw, "converb_endings"),
        time_clauses=_folded(raw, "time_clauses"),
        time_clauses_after=_folded(raw, "time_clauses_after"),
        before_openers=_folded(raw, "before_openers"),
        cause_events=_word_pattern(_forms(raw.get("cause_events", []))),
        attributive_suffixes=_folded(raw, "attributive_suffixes"),
        fronted_negations=_folded(raw, "fronted_negations"),
        oblique_relatives=_folded(raw, "oblique_relatives"),
        object_relatives=_folded(raw, "object_relatives"),
        oblique_auxiliaries=_folded(raw, "oblique_auxiliaries"),
        cleft_copulas=_folded(raw, "cleft_copulas"),
        list_adverbs=_folded(raw, "list_adverbs"),
        capitalized_names=frozenset(_folded(raw, "capitalized_names")),
        recognition_words=_folded(raw, "recognition_words"),
        clause_final_particles=frozenset(_folded(raw, "clause_final_particles")),
        line_joiners=frozenset(_folded(raw, "line_joiners")),
        after_verbal_nouns=frozenset(_folded(raw, "after_verbal_nouns")),
        verbal_noun_endings=_folded(raw, "verbal_noun_endings"),
        dative_suffixes=frozenset(_folded(raw, "dative_suffixes")),
        ablative_requests=_folded(raw, "ablative_requests"),
        pronoun_suffixes=_folded(raw, "pronoun_suffixes"),
        pronouns=frozenset(_folded(raw, "pronouns")),
        dropped_subject_openers=_folded(raw, "dropped_subject_openers"),
        genitives=_folded(raw, "genitives"),
        genitive_participles=frozenset(_folded(raw, "genitive_participles")),
        decision_nouns=frozenset(_folded(raw, "decision_nouns")),
        between_words=frozenset(_folded(raw, "between_words")),
        when_words=tuple(_folded(raw, "when_words")),
        offset_complements=tuple(_folded(raw, "offset_complements")),
        ledger_steps=_ledger_steps(raw),
        abbreviations=frozenset(raw.get("abbreviations", [])),
        number_abbreviations=frozenset(w.lower() for w in raw.get("number_abbreviations", [])),
        function_words=frozenset(_folded(raw, "function_words")),
        auxiliary_words=frozenset(_folded(raw, "auxiliaries")) - {""},
        inner_adverbs=_inner_adverbs(raw),
    )


def _discover():
    return tuple(
        sorted(
            path.stem for path in DATA_DIR.glob("*.json") if re.fullmatch(r"[a-z]{2}", path.stem)
        )
    )


SUPPORTED_LANGUAGES: tuple[str, ...] = _discover()


def _unique_keys(pairs):
    """A key written twice in one object is refused: JSON would keep the last one silently,
    and a merge that leaves an older copy of a list behind would undo the newer one."""
    keys = [key for key, _ in pairs]
    twice = sorted({key for key in keys if keys.count(key) > 1})
    if twice:
        raise ValueError(f"key written twice in one object: {', '.join(twice)}")
    return dict(pairs)


@functools.cache
def read_raw(code):
    """The data file as written, without building anything (for lingua's name)."""
    return json.loads(
        (DATA_DIR / f"{code}.json").read_text(encoding="utf-8"), object_pairs_hook=_unique_keys
    )


def lingua_name(code):
    """The name of lingua's Language member for a supported language
    ("KAZAKH"), read without building the language."""
    return read_raw(code)["lingua"]


@functools.cache
def get_language(code):
    """The loaded data for a supported language (built once), or None."""
    if code not in SUPPORTED_LANGUAGES:
        return None
    return build_language(read_raw(code))
