"""Backup and restore: export everything, load it into an empty database, and the public pages
are the same, byte for byte once the per-request values are set aside."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from accords import base_data, review, services
from accords.models import (
    Article,
    Citation,
    Country,
    ProposedChange,
    ReviewLog,
    StatusEvent,
)

pytestmark = pytest.mark.django_db(transaction=True)
MODELS = [
    Article,
    Citation,
    Country,
    ProposedChange,
    ReviewLog,
    StatusEvent,
    Group,
    get_user_model(),
]

PER_REQUEST = [
    (re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"'), 'name="csrfmiddlewaretoken"'),
    (re.compile(r'"x-csrftoken": "[^"]+"'), '"x-csrftoken": ""'),
    (re.compile(r'nonce="[^"]+"'), 'nonce=""'),
]


def public_pages():
    urls = [reverse("home")]
    urls += [
        reverse("country", args=[iso2])
        for iso2 in Country.objects.exclude(current_status="").values_list("iso2", flat=True)
    ]
    urls += [
        reverse("article", args=[pk])
        for pk in Citation.objects.exclude(article=None).values_list("article_id", flat=True)
    ]
    pages = {}
    client = Client()
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for pattern, replacement in PER_REQUEST:
            html = pattern.sub(replacement, html)
        pages[url] = html
    return pages


def snapshot():
    return {model.__name__: sorted(model.objects.values_list("pk", flat=True)) for model in MODELS}


@pytest.fixture
def history(editor, staff, seed_text, django_capture_on_commit_callbacks):
    services.reference_load()
    with django_capture_on_commit_callbacks(execute=True):
        article, _ = services.article_submit_text(text=seed_text, language="id", user=editor)
    proposals = ProposedChange.objects.filter(article=article).order_by("pk")
    review.proposals_confirm(
        ids=[proposals.get(country__iso2="KZ", status="announced").pk],
        user=editor,
        date=datetime.date(2025, 11, 6),
        date_precision="day",
    )
    review.proposal_reject(
        proposal=proposals.filter(review_state="pending").first(), user=editor, reason="background"
    )
    event = StatusEvent.objects.filter(country__iso2="MA").first()
    review.event_revert(event=event, user=editor)
    return article


def test_a_backup_loaded_into_an_empty_database_serves_the_same_public_pages(
    history, editor, tmp_path
):
    pages, rows = public_pages(), snapshot()
    assert len(pages) > 5 and rows["ReviewLog"]
    path = tmp_path / "backup.json.gz"
    call_command("backup", str(path))
    assert path.stat().st_size > 1000

    # A new installation: every table empty, then what `migrate` writes.
    call_command("flush", interactive=False, verbosity=0)
    base_data.load_countries(Country)
    base_data.create_editors_group(Group, Permission)
    assert not Article.objects.exists() and not StatusEvent.objects.exists()
    assert public_pages() != pages

    call_command("restore", str(path))

    assert snapshot() == rows
    restored = public_pages()
    assert restored.keys() == pages.keys()
    for url in pages:
        assert restored[url] == pages[url], url
    # The people come back too: the editor logs in with the same password and may still review.
    erin = get_user_model().objects.get(username="erin")
    assert erin.check_password("pw-erin-12345") and review.can_review(erin)
    assert ProposedChange.objects.get(pk=history.proposals.first().pk).article_id == history.pk


def test_restore_refuses_a_database_that_already_holds_data(history, tmp_path):
    path = tmp_path / "backup.json"
    call_command("backup", str(path))
    with pytest.raises(CommandError, match="already holds data"):
        call_command("restore", str(path))
    assert Article.objects.filter(pk=history.pk).exists()
