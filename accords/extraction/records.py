"""The named records the parser passes between its steps, and the two it returns.

`Claim` and `Extraction` are the public result.  Inside: a `_Mention` of a
country and a `_Cue` word found in the folded text, a `_Step` (a status cue
after negations and modals turned it), an `_Assignment` (a step given to the
country list it is about) and a `_Found` (one country's step read from one
sentence, before it becomes a Claim).
"""

from dataclasses import dataclass
from typing import NamedTuple

from .languages import SUPPORTED_LANGUAGES


@dataclass(frozen=True)
class Claim:
    country: str
    status: str
    date: str | None
    date_precision: str | None
    confidence: float
    evidence: str
    start: int
    end: int
    background: bool

    def as_json(self):
        return {
            "country": self.country,
            "status": self.status,
            "date": self.date,
            "date_precision": self.date_precision,
            "confidence": self.confidence,
            "evidence": self.evidence,
            "background": self.background,
        }


@dataclass(frozen=True)
class Extraction:
    language: str | None  # ISO 639-1; may be a language we do not read (then no claims)
    claims: list[Claim]  # each (country, status, date) once, the most confident, in text order

    @property
    def supported(self):
        return self.language in SUPPORTED_LANGUAGES


class _Step(NamedTuple):
    """A status cue after negations, modals and conditions turned it."""

    start: int
    end: int
    status: str
    weakened: bool  # a modal or condition made it prospective
    tail_end: int | None = None  # a split cue's: where its tail ends


class _Assignment(NamedTuple):
    """A step given to the country list it is about."""

    cue_start: int
    cue_end: int
    status: str
    weakened: bool
    subject: list  # the _Mention list taking the step
    after: bool  # the subject follows the cue
    reading: str  # "cue": the step's own cue; "continuation": "followed by"; "gap": a dated list with no verb
    tail_end: int | None = None  # a split halt's: where its tail ends (its date may follow it)


class _Found(NamedTuple):
    """One country's step read from one sentence, before it becomes a Claim."""

    country: str
    status: str
    date: object  # dates.FoundDate or None
    confidence: float
    background: bool
    # a halt whose only date was the event it was told after ("frozen after the attack of 7
    # October 2023"): it takes no date from around the sentence either
    caused: bool = False


class _Mention(NamedTuple):
    """A country named in the folded text (or carried by "the country")."""

    start: int
    end: int
    word_start: int
    word_end: int
    country: str
    kind: str  # "name", "alias", "demonym", "capital", "leader" or "anaphor"


class _Cue(NamedTuple):
    """A cue or context word found in the folded text."""

    start: int
    end: int
    category: str
    payload: str | None
    # a split cue kept at its head ("normalisation ~ frozen"): where its tail ends
    tail_end: int | None = None
