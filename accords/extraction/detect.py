"""Language detection with lingua: the languages we have data for, and a set
of others that news about the accords is often written in.

An article in one of the others is "not one of ours": identify_language
names it, detect_language says None, and extract proposes nothing (instead
of reading Portuguese as Spanish or Bulgarian as Russian).  Only these
languages' models are ever loaded (all of lingua's take 1.2 GB); with the
others about 40 MB more (see _detectors).
"""

import functools

from .languages import SUPPORTED_LANGUAGES, lingua_name

# Long articles add nothing to the decision but cost time.
_SAMPLE_CHARS = 2000
# Enough to tell Portuguese from Spanish; the light detector's cost grows with it.
_LIGHT_SAMPLE_CHARS = 400

# Languages recognised so that they are not forced onto the nearest of ours.
OTHER_LANGUAGES = (
    "ALBANIAN",
    "ARMENIAN",
    "AZERBAIJANI",
    "BENGALI",
    "BOKMAL",
    "BOSNIAN",
    "BULGARIAN",
    "CATALAN",
    "CHINESE",
    "CROATIAN",
    "CZECH",
    "DANISH",
    "DUTCH",
    "FINNISH",
    "GEORGIAN",
    "GREEK",
    "HINDI",
    "HUNGARIAN",
    "ICELANDIC",
    "ITALIAN",
    "JAPANESE",
    "KOREAN",
    "MACEDONIAN",
    "POLISH",
    "PORTUGUESE",
    "ROMANIAN",
    "SERBIAN",
    "SOMALI",
    "SWAHILI",
    "SWEDISH",
    "TAGALOG",
    "THAI",
    "UKRAINIAN",
    "URDU",
    "VIETNAMESE",
)


@functools.cache
def _detectors():
    """Two detectors: a light one (trigrams only) over ours and the others
    says whether the text is one of ours; the full one over ours alone says
    which (the light one cannot tell Indonesian from Malay in short texts).
    The full models of all the others would take 700 MB."""
    from lingua import Language, LanguageDetectorBuilder

    ours = {getattr(Language, lingua_name(code)): code for code in SUPPORTED_LANGUAGES}
    known = dict(ours)
    for name in OTHER_LANGUAGES:
        language = getattr(Language, name)
        known.setdefault(language, language.iso_code_639_1.name.lower())
    if len(ours) < 2:
        return None, None, known
    full = (
        LanguageDetectorBuilder.from_languages(*ours).with_minimum_relative_distance(0.05).build()
    )
    light = LanguageDetectorBuilder.from_languages(*known).with_low_accuracy_mode().build()
    return light, full, known


def identify_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, ours or another one, or None if unsure."""
    if not isinstance(text, str):
        return None
    # lone surrogates cannot cross into lingua's Rust code
    sample = text[:_SAMPLE_CHARS].encode("utf-8", "replace").decode("utf-8")
    if sum(char.isalpha() for char in sample[:400]) < 10:
        return None
    light, full, known = _detectors()
    if full is None:
        return next(iter(known.values()), None)
    guess = light.detect_language_of(sample[:_LIGHT_SAMPLE_CHARS])
    if guess is not None and known[guess] not in SUPPORTED_LANGUAGES:
        return known[guess]
    language = full.detect_language_of(sample)
    return known.get(language) if language is not None else None


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code among SUPPORTED_LANGUAGES, or None if unsure or not one of ours."""
    code = identify_language(text)
    return code if code in SUPPORTED_LANGUAGES else None
