"""One exception per outcome of the ingest step.

Every message is written for an editor: it ends up as an article's "last error" in the admin.
"""


class IngestError(Exception):
    """Base class; ``permanent`` tells the task layer whether a retry could help."""

    permanent: bool = True

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class BlockedURL(IngestError):
    """The URL is not one we may fetch: wrong scheme, credentials, or a non-public address."""


class FetchFailed(IngestError):
    """The server answered, but with something retrying will not fix (404, 410, redirect loop)."""


class TransientFetchError(IngestError):
    """Timeouts, connection errors, 5xx and 429: worth retrying with backoff."""

    permanent = False


class ResponseTooLarge(IngestError):
    """The body (before or after decompression) passed the size cap."""


class UnsupportedContent(IngestError):
    """Not text we can read: binary, PDF, images, undecodable, or no article text in it."""


class FeedError(IngestError):
    """The bytes are not a usable RSS/Atom feed."""
