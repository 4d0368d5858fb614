"""`manage.py load_reference`: the reference history, loaded once however often it runs."""

import io

import pytest
from django.core.management import call_command

from accords.models import StatusEvent

pytestmark = pytest.mark.django_db


def test_load_reference_twice_changes_nothing():
    out = io.StringIO()
    call_command("load_reference", stdout=out)
    call_command("load_reference", stdout=out)
    printed = out.getvalue()
    assert "19 new event(s)" in printed and "0 new event(s), 0 updated" in printed
    assert "added: XS prospective 2025-12-26 (EFE (swissinfo))" in printed
    assert StatusEvent.objects.count() == 19
