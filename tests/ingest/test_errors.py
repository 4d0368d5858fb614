"""The exception family callers rely on: one base class, a readable message, a retry flag."""

import pytest

from accords.ingest.errors import (
    BlockedURL,
    FeedError,
    FetchFailed,
    IngestError,
    ResponseTooLarge,
    TransientFetchError,
    UnsupportedContent,
)


@pytest.mark.parametrize(
    "error_class, permanent",
    [
        (BlockedURL, True),
        (FetchFailed, True),
        (TransientFetchError, False),
        (ResponseTooLarge, True),
        (UnsupportedContent, True),
        (FeedError, True),
    ],
)
def test_every_error_is_an_ingest_error_with_a_readable_message(error_class, permanent):
    error = error_class("The page does not exist (HTTP 404).")
    assert isinstance(error, IngestError)
    assert error.message == "The page does not exist (HTTP 404)."
    assert str(error) == error.message
    assert error.permanent is permanent
