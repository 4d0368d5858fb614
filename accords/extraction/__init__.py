"""Pure extraction of Abraham Accords status claims from article text.

No Django, no network, no database: text (and optionally its language and
publication date) in, claims with evidence offsets out.
"""

from .detect import detect_language, identify_language
from .engine import Claim, Extraction, extract
from .languages import SUPPORTED_LANGUAGES

__all__ = [
    "extract",
    "detect_language",
    "identify_language",
    "Claim",
    "Extraction",
    "SUPPORTED_LANGUAGES",
]
