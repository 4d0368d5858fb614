"""Language detection with lingua, restricted to the languages we have data for.

Only those languages' models are ever loaded (all of lingua's take 1.2 GB).
Normal accuracy mode: the low-accuracy mode cannot tell Indonesian from Malay.
"""

import functools

from .languages import SUPPORTED_LANGUAGES, read_raw

# Long articles add nothing to the decision but cost time.
_SAMPLE_CHARS = 3000


@functools.cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    by_lingua = {}
    for code in SUPPORTED_LANGUAGES:
        by_lingua[getattr(Language, read_raw(code)["lingua"])] = code
    if len(by_lingua) < 2:
        return None, by_lingua
    detector = LanguageDetectorBuilder.from_languages(*by_lingua).with_minimum_relative_distance(0.05).build()
    return detector, by_lingua


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code among SUPPORTED_LANGUAGES, or None if unsure."""
    if not isinstance(text, str):
        return None
    # lone surrogates cannot cross into lingua's Rust code
    sample = text[:_SAMPLE_CHARS].encode("utf-8", "replace").decode("utf-8")
    if sum(char.isalpha() for char in sample[:400]) < 10:
        return None
    detector, by_lingua = _detector()
    if detector is None:
        return next(iter(by_lingua.values()), None)
    language = detector.detect_language_of(sample)
    return by_lingua.get(language) if language is not None else None
