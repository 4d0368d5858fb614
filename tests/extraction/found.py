"""What the parser finds in a text, as the class tests compare it: its (country, status) pairs."""

from accords.extraction import extract


def found(text, language):
    return {(claim.country, claim.status) for claim in extract(text, language=language).claims}
