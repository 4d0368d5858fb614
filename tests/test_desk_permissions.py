"""Who may do what on the desk: every URL it adds, by GET and by POST, for each kind of user.

Editors confirm and reject; a superuser also manages users, feeds and reference
data; plain staff and anonymous visitors get nothing.
"""

import datetime

import pytest
from django.urls import reverse

from accords.models import Country, Feed, ProposedChange, StatusEvent
from tests import builders

pytestmark = pytest.mark.django_db


KEY = "KZ.announced.2025"


@pytest.fixture
def rows(editor):
    source = builders.article(1, language="id")
    claim = builders.proposal(source, date=builders.NOV_6, precision="day")
    step = builders.event(
        "AZ",
        "signed",
        datetime.date(2025, 1, 1),
        "year",
        confirmed_at="2025-01-02T00:00:00Z",
        confirmed_by=editor,
    )
    return {"article": source.pk, "proposal": claim.pk, "event": step.pk}


# (url name, args from rows, GET allowed?, POST data)
DESK = [
    ("accords_desk", [], True, None),
    ("accords_desk_decide", [], False, {"item": [KEY], "decision": "reject"}),
    ("accords_desk_item", ["key"], True, None),
    ("accords_desk_item_confirm", ["key"], False, {}),
    ("accords_desk_item_reject", ["key"], False, {}),
    ("accords_desk_item_edit", ["key"], False, {"status": "signed", "when": ""}),
    ("accords_desk_proposal_confirm", ["proposal"], False, {}),
    ("accords_desk_proposal_reject", ["proposal"], False, {}),
    (
        "accords_desk_proposal_edit",
        ["proposal"],
        "elsewhere",  # without htmx: the change form
        {"country": "KZ", "status": "signed", "when": ""},
    ),
    ("accords_desk_proposal_apart", ["proposal"], False, {}),
    ("accords_desk_event_undo", ["event"], False, {}),
    ("accords_desk_country", ["iso2"], True, None),
    ("accords_desk_article", ["article"], True, None),
    ("accords_desk_article_progress", ["article"], True, None),
]


def url(name, args, rows):
    values = {"key": KEY, "iso2": "KZ", **rows}
    return reverse(f"admin:{name}", args=[values[a] for a in args])


def snapshot():
    return (
        list(ProposedChange.objects.values_list("review_state", "status", "kept_apart")),
        list(StatusEvent.objects.values_list("reverted_at", flat=True)),
    )


@pytest.mark.parametrize("name, args, gettable, data", DESK, ids=[d[0] for d in DESK])
@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_the_login_and_change_nothing(
    client, rows, name, args, gettable, data, method
):
    before = snapshot()
    response = getattr(client, method)(url(name, args, rows), data or {})
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert snapshot() == before


@pytest.mark.parametrize("name, args, gettable, data", DESK, ids=[d[0] for d in DESK])
@pytest.mark.parametrize("method", ["get", "post"])
def test_staff_who_are_not_editors_are_refused_and_change_nothing(
    client, staff, rows, name, args, gettable, data, method
):
    client.force_login(staff)
    before = snapshot()
    response = getattr(client, method)(url(name, args, rows), data or {})
    assert response.status_code == 403
    assert 'id="forbidden"' in response.content.decode()
    assert snapshot() == before


@pytest.mark.parametrize("name, args, gettable, data", DESK, ids=[d[0] for d in DESK])
def test_editors_may_read_every_page_and_post_only_where_it_acts(
    client, editor, rows, name, args, gettable, data
):
    client.force_login(editor)
    response = client.get(url(name, args, rows))
    assert response.status_code == {True: 200, False: 405, "elsewhere": 302}[gettable]
    if data is not None:
        if name == "accords_desk_proposal_edit":
            data = {**data, "country": Country.objects.get(iso2="KZ").pk}
        before = snapshot()
        response = client.post(url(name, args, rows), data)
        assert response.status_code in (200, 302)
        assert snapshot() != before  # the action did something


def test_a_superuser_may_use_the_desk(client, superuser, rows):
    client.force_login(superuser)
    queue = client.get(reverse("admin:accords_desk"))
    assert queue.status_code == 200 and 'data-key="KZ.announced.2025"' in queue.content.decode()
    client.post(url("accords_desk_item_confirm", ["key"], rows))
    assert ProposedChange.objects.get().review_state == "confirmed"


MANAGED = [
    ("admin:auth_user_changelist", []),
    ("admin:auth_user_add", []),
    ("admin:auth_group_changelist", []),
    ("admin:accords_feed_add", []),
]


@pytest.mark.parametrize("name, args", MANAGED)
def test_only_a_superuser_manages_users_and_feeds(client, editor, superuser, name, args):
    client.force_login(editor)
    assert client.get(reverse(name, args=args)).status_code == 403
    assert client.post(reverse(name, args=args), {}).status_code == 403
    client.force_login(superuser)
    assert client.get(reverse(name, args=args)).status_code == 200


def test_editors_cannot_change_feeds_or_reference_data(client, editor, superuser):
    feed = Feed.objects.create(url="https://example.com/feed.xml", title="Old")
    kz = Country.objects.get(iso2="KZ")
    client.force_login(editor)
    client.post(
        reverse("admin:accords_feed_change", args=[feed.pk]),
        {"url": feed.url, "title": "New", "interval_minutes": 30, "active": "on"},
    )
    client.post(reverse("admin:accords_country_change", args=[kz.pk]), {"founding": "on"})
    feed.refresh_from_db()
    kz.refresh_from_db()
    assert feed.title == "Old" and not kz.founding
    client.force_login(superuser)
    client.post(
        reverse("admin:accords_feed_change", args=[feed.pk]),
        {"url": feed.url, "title": "New", "interval_minutes": 30, "active": "on"},
    )
    feed.refresh_from_db()
    assert feed.title == "New"
