"""Language knowledge, loaded from one data file per language in data/.

Adding a language means adding data/<code>.json: nothing here names a language.
Everything is folded (see text.fold) once at load time so matching is a plain
automaton scan of the folded article.
"""

import functools
import gettext
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick
import pycountry
from babel import Locale

from .statuses import STATUSES
from .text import fold_phrase

DATA_DIR = Path(__file__).parent / "data"

# Categories of cue words (besides the statuses).  The data file keys.
WORD_LISTS = (
    "negations",  # "not", "belum": turn a join cue into declined
    "modals",  # "could", "expected to": an announced cue becomes prospective
    "conditions",  # "if": an announced cue becomes prospective
    "preconditions",  # "without", "unless": with a negation, the subject declines
    "restrictions",  # "only if", "erst wenn": after a join cue, the subject is open to it and declines it as things are
)

# Not scanned, read by the engine directly: "conjunctions" ("and", "dan": join
# countries into one list) and "articles" ("the", "le": may stand inside it).

# Scanned separately from the cues so that a longer cue ("bergabung dengan
# Abraham Accords") never hides a context word inside it.
CONTEXT_LISTS = (
    "topic",  # "Abraham Accords", "normalization": what makes a sentence about the accords
    "partners",  # "with", "dengan": the country after it is a counterpart, not the subject
    "comparisons",  # "like", "follow": the country after it is only compared with
    "partners_after",  # postpositions: Turkish "ile" after the counterpart
    "comparisons_after",  # Turkish "gibi", "ardından" after the country compared with
    "examples",  # "countries such as", Turkish "gibi ülkeler": a comparison word that only names examples
    "relatives",  # ", which", "yang": the country before it is the subject of what follows
    "attendance",  # "attended", "observer": between a country and a cue, the country only watched
    "continuations",  # "followed by", "disusul": the country after it takes the step before
    "continuations_after",  # "Morocco followed in December": the country before it does
    "anaphora",  # "the country", "das Land": the country of the sentence before
    "questions",  # "whether", "apakah": what follows is an open question
    "not_negations",  # "not only", "not without": a negation inside these negates nothing
    "off_topic",  # "trade agreement": a generic signing cue here is not about the accords
    "organisations",  # "BRICS", "NATO": "will join" these is another club
    "background",  # "since", "which signed": the statement recalls an old fact
    "denials",  # "denied reports": no claim from this sentence
    "clause_breaks",  # "but", "while": a date or negation does not reach across them
    "agents",  # "by", "oleh", "par": "signed ... by the UAE and Bahrain", the country after it is the subject
    "agents_after",  # Turkish "tarafından" after the agent
    "generic_subjects",  # "several countries would join": the subject is no country named
    "list_openers",  # "these include", "среди них": a list naming the group of the sentence before
    "in_the_spirit",  # "in the spirit of", "dans l'esprit": what is signed here is another agreement the accords inspired
    "reporting",  # "said", "selon", "заявил": a step told by a speaker (verb-final: after it) is less certain
)


def expand_alternatives(pattern):
    """'Саудовск(ая|ой) Арави(я|и)' -> all four combinations; groups may nest
    and may hold an empty option ("join(s|ed|)").  Lets data files list
    inflected forms compactly."""
    if re.search(r"[?\[\]{}+\\]", pattern):
        # a data file is not a regular expression: fail loudly at load time
        raise ValueError(f"unsupported syntax in {pattern!r}: use (a|b), a final * and ' ~ '")
    match = re.search(r"\(([^()]*)\)", pattern)
    if not match:
        if re.search(r"\*(?!$| ~ )", pattern):
            raise ValueError(f"'*' only ends a word before ' ~ ' or at the end: {pattern!r}")
        return [" ".join(pattern.split())]
    results = []
    for option in match.group(1).split("|"):
        for result in expand_alternatives(pattern[:match.start()] + option + pattern[match.end():]):
            if result not in results:
                results.append(result)
    return results


def _real_countries():
    return {country.alpha_2 for country in pycountry.countries}


@dataclass(eq=False)  # compared and hashed by identity: one instance per language
class LanguageData:
    code: str
    name: str
    lingua: str
    names_capitalized: bool
    prefixes: frozenset
    suffixes: frozenset
    max_prefix: int
    max_suffix: int
    countries: object  # ahocorasick.Automaton: folded name -> tuple of (iso, kind, exact)
    cues: object  # ahocorasick.Automaton: folded phrase -> (length, ((category, payload, wildcard, tail), ...))
    context: object  # the same for CONTEXT_LISTS
    months: dict  # folded month word -> 1..12
    weekdays: dict  # folded weekday word -> 0 (Monday)..6
    relative_days: dict  # folded word -> offset in days
    relative_periods: dict  # folded phrase -> ("year"|"month", offset)
    numeric_dates: str | None  # "dmy" or "mdy" for 06.11.2025 style dates
    year_first: bool  # "2025 жылғы 6 қараша" (Kazakh)
    raw: dict = field(repr=False)


def _add(table, key, entry):
    if key:
        entries = table.setdefault(key, [])
        if entry not in entries:
            entries.append(entry)


def _automaton(table):
    """Values are (key length, entries, wildcard): pyahocorasick reports only
    where a key ends, so the length comes with the value."""
    automaton = ahocorasick.Automaton()
    for key, entries in table.items():
        # the third field: may the match run on to the end of the word ("*")
        automaton.add_word(key, (len(key), tuple(entries), any(len(e) > 2 and e[2] is True for e in entries)))
    if table:
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
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language_code])
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

    def add_name(iso, name, kind, exact=None):
        for variant in expand_alternatives(name):
            key = fold_phrase(variant)
            if not key or key in stop:
                continue
            entry = (iso, kind, variant if exact else (case if kind != "demonym" else None))
            _add(automaton, key, entry)
            # Arabic "الإمارات" also occurs as "لل" + "امارات": index the name
            # without its article too; the article then counts as a prefix.
            for article in articles:
                if key.startswith(article) and len(key) > len(article) + 2:
                    _add(automaton, key[len(article):], entry)

    sources = [_cldr_names(code, real), _cldr_names("en", real)]
    for names in sources:
        for iso, name in names.items():
            add_name(iso, name, "name")
    for iso, name in _pycountry_names(code, real):
        add_name(iso, name, "name")
    for kind, key in (("alias", "aliases"), ("demonym", "demonyms"), ("capital", "capitals")):
        for iso, names in raw.get(key, {}).items():
            for name in names:
                add_name(iso, name, kind)
    for iso, names in raw.get("case_sensitive", {}).items():
        for name in names:
            add_name(iso, name, "alias", exact=True)
    return _automaton(automaton)


def _build_context(raw):
    table = {}
    for category in CONTEXT_LISTS:
        for phrase in raw.get(category, []):
            _add_phrase(table, category, None, phrase)
    return _automaton(table)


def _add_phrase(table, category, payload, phrase):
    for variant in expand_alternatives(phrase):
        # "botschaft ~ eröffnet": a few words may stand between the parts
        # (German verbs at the end, "tritt ... bei")
        head, _, tail = variant.partition(" ~ ")
        wildcard = head.endswith("*")
        key = fold_phrase(head.rstrip("*"))
        _add(table, key, (category, payload, wildcard, fold_phrase(tail.rstrip("*")) or None))


def _build_cues(raw):
    automaton = {}

    def add_phrase(category, payload, phrase):
        _add_phrase(automaton, category, payload, phrase)

    for status, phrases in raw.get("cues", {}).items():
        # "joined": signed for a step of the past, announced for a recent one
        # (a signing still to come); the engine decides once the date is known
        if status not in STATUSES and status != "joined":
            raise ValueError(f"{raw.get('code')}: unknown status {status!r} in cues")
        for phrase in phrases:
            add_phrase("status", status, phrase)
    for status, phrases in raw.get("generic_cues", {}).items():
        if status not in STATUSES:
            raise ValueError(f"{raw.get('code')}: unknown status {status!r} in generic_cues")
        for phrase in phrases:
            add_phrase("generic", status, phrase)
    for category in WORD_LISTS:
        for phrase in raw.get(category, []):
            add_phrase(category, None, phrase)
    return _automaton(automaton)


def _word_map(groups):
    """[["januari", "jan"], ...] -> {"januari": 1, "jan": 1, ...}"""
    mapping = {}
    for number, words in enumerate(groups):
        for word in words:
            for variant in expand_alternatives(word):
                mapping[fold_phrase(variant)] = number
    return mapping


def build_language(raw):
    code = raw["code"]
    real = _real_countries()
    prefixes = frozenset(fold_phrase(p) for p in raw.get("prefixes", []))
    suffixes = frozenset(fold_phrase(s) for s in raw.get("suffixes", []))
    return LanguageData(
        code=code,
        name=raw.get("name", code),
        lingua=raw["lingua"],
        names_capitalized=raw.get("names_capitalized", False),
        prefixes=prefixes,
        suffixes=suffixes,
        max_prefix=max((len(p) for p in prefixes), default=0),
        max_suffix=max((len(s) for s in suffixes), default=0),
        countries=_build_countries(code, raw, real),
        cues=_build_cues(raw),
        context=_build_context(raw),
        months={word: number + 1 for word, number in _word_map(raw.get("months", [])).items()},
        weekdays=_word_map(raw.get("weekdays", [])),
        relative_days={fold_phrase(k): v for k, v in raw.get("relative_days", {}).items()},
        relative_periods={fold_phrase(k): tuple(v) for k, v in raw.get("relative_periods", {}).items()},
        numeric_dates=raw.get("numeric_dates"),
        year_first=raw.get("year_first", False),
        raw=raw,
    )


def _discover():
    return tuple(sorted(path.stem for path in DATA_DIR.glob("*.json") if re.fullmatch(r"[a-z]{2}", path.stem)))


SUPPORTED_LANGUAGES: tuple[str, ...] = _discover()


@functools.cache
def read_raw(code):
    """The data file as written, without building anything (for lingua's name)."""
    return json.loads((DATA_DIR / f"{code}.json").read_text(encoding="utf-8"))


@functools.cache
def get_language(code):
    """The loaded data for a supported language (built once), or None."""
    if code not in SUPPORTED_LANGUAGES:
        return None
    return build_language(read_raw(code))
