"""Every extraction test also checks that the parser did not fail inside: extract() never
raises, it logs the error and returns no claims, so a failure would otherwise pass for a near
miss that expects nothing."""

import logging

import pytest


@pytest.fixture(autouse=True)
def _no_failed_extraction(request, caplog):
    caplog.set_level(logging.ERROR, logger="accords.extraction")
    yield
    if request.node.get_closest_marker("parser_fault"):
        return
    failures = [
        r
        for r in caplog.get_records("call")
        if r.name.startswith("accords.extraction") and r.levelno >= logging.ERROR
    ]
    assert not failures, f"the parser failed inside: {failures[0].getMessage()}"
