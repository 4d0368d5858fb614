"""Who may use each admin action and admin endpoint, and who may not.

The desk's own pages are covered by test_desk_permissions.py; this file covers the Django
admin's actions and change views.  The cast: an anonymous visitor, staff without permissions,
a "viewer" (staff granted only the view permissions, as a superuser may do for a journalist),
an editor, and a superuser.  Every refusal is checked in the database, not only by status code.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from accords.models import Article, Country, Feed, ProposedChange, ReviewLog, StatusEvent
from tests import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows():
    article = builders.article()
    proposal = builders.proposal(article, date=builders.NOV_6, precision="day", confidence=0.8)
    event = builders.event("AE", "signed", "2020-09-15", "day", confirmed_at=timezone.now())
    feed = Feed.objects.create(url="https://news.example.org/feed.xml")
    log = ReviewLog.objects.create(action="proposal_confirm", data={})
    return {"article": article, "proposal": proposal, "event": event, "feed": feed, "log": log}


@pytest.fixture
def cast(client, editor, staff, viewer, superuser):
    people = {
        "anonymous": None,
        "staff": staff,
        "viewer": viewer,
        "editor": editor,
        "superuser": superuser,
    }

    def as_(who):
        client.logout()
        if people[who] is not None:
            client.force_login(people[who])
        return client

    return as_


def run_action(client, model, action, pk):
    url = reverse(f"admin:accords_{model}_changelist")
    return client.post(url, {"action": action, "_selected_action": [str(pk)], "index": 0})


def refused(response):
    if response.status_code == 302:
        return (
            "/login/" in response["Location"]
            or response["Location"].endswith("_changelist/")
            or "?" not in response["Location"]
        )
    return response.status_code in (403, 404) or (
        response.status_code == 200 and b"No action selected" in response.content
    )


# --- actions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "who, allowed",
    [
        ("anonymous", False),
        ("staff", False),
        ("viewer", False),
        ("editor", True),
        ("superuser", True),
    ],
)
@pytest.mark.parametrize(
    "action, state", [("confirm_selected", "confirmed"), ("reject_selected", "rejected")]
)
def test_only_editors_confirm_or_reject_with_the_list_actions(
    cast, rows, who, allowed, action, state
):
    run_action(cast(who), "proposedchange", action, rows["proposal"].pk)
    rows["proposal"].refresh_from_db()
    assert rows["proposal"].review_state == (state if allowed else "pending")
    logged = {"confirmed": "proposal_confirm", "rejected": "proposal_reject"}[state]
    assert ReviewLog.objects.filter(action=logged, proposal=rows["proposal"]).exists() == allowed


@pytest.mark.parametrize(
    "who, allowed",
    [
        ("anonymous", False),
        ("staff", False),
        ("viewer", False),
        ("editor", True),
        ("superuser", True),
    ],
)
def test_only_editors_revert_confirmed_events(cast, rows, who, allowed):
    run_action(cast(who), "statusevent", "revert_selected", rows["event"].pk)
    rows["event"].refresh_from_db()
    assert (rows["event"].reverted_at is not None) == allowed


@pytest.mark.parametrize(
    "who, allowed",
    [
        ("anonymous", False),
        ("staff", False),
        ("viewer", False),
        ("editor", True),
        ("superuser", True),
    ],
)
def test_only_those_who_may_change_articles_process_them_again(
    cast, rows, who, allowed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        run_action(cast(who), "article", "reprocess", rows["article"].pk)
    rows["article"].refresh_from_db()
    assert (rows["article"].state == Article.State.QUEUED) == allowed


# --- change views ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "who, allowed",
    [
        ("anonymous", False),
        ("staff", False),
        ("viewer", False),
        ("editor", True),
        ("superuser", True),
    ],
)
def test_only_editors_confirm_from_the_proposal_page(cast, rows, who, allowed):
    url = reverse("admin:accords_proposedchange_change", args=[rows["proposal"].pk])
    cast(who).post(
        url,
        {
            "country": rows["proposal"].country_id,
            "status": "announced",
            "when": "2025-11-06",
            "_confirm": "1",
        },
    )
    rows["proposal"].refresh_from_db()
    assert (rows["proposal"].review_state == "confirmed") == allowed


@pytest.mark.parametrize("who", ["anonymous", "staff", "viewer", "editor"])
def test_only_a_superuser_deletes_an_article(cast, who):
    article = builders.article(title="Spam", text="Nothing here.")
    url = reverse("admin:accords_article_delete", args=[article.pk])
    response = cast(who).post(url, {"post": "yes"})
    assert refused(response)
    assert Article.objects.filter(pk=article.pk).exists()
    cast("superuser").post(url, {"post": "yes"})
    assert not Article.objects.filter(pk=article.pk).exists()


@pytest.mark.parametrize("who", ["anonymous", "staff", "viewer", "editor", "superuser"])
def test_nobody_edits_or_deletes_the_review_log_or_adds_events_or_proposals_by_hand(
    cast, rows, who
):
    client = cast(who)
    log = rows["log"]
    for url, data in [
        (reverse("admin:accords_reviewlog_change", args=[log.pk]), {"action": "forged"}),
        (reverse("admin:accords_reviewlog_delete", args=[log.pk]), {"post": "yes"}),
        (
            reverse("admin:accords_statusevent_add"),
            {"country": rows["event"].country_id, "status": "signed", "date": "2020-01-01"},
        ),
        (reverse("admin:accords_statusevent_delete", args=[rows["event"].pk]), {"post": "yes"}),
        (reverse("admin:accords_proposedchange_add"), {"country": 1, "status": "signed"}),
        (
            reverse("admin:accords_proposedchange_delete", args=[rows["proposal"].pk]),
            {"post": "yes"},
        ),
    ]:
        assert client.post(url, data).status_code in (302, 403), url
    log.refresh_from_db()
    assert log.action == "proposal_confirm"
    assert StatusEvent.objects.count() == 1 and ProposedChange.objects.count() == 1


@pytest.mark.parametrize(
    "who, allowed",
    [
        ("anonymous", False),
        ("staff", False),
        ("viewer", False),
        ("editor", True),
        ("superuser", True),
    ],
)
def test_only_those_who_may_add_articles_submit_them(
    cast, who, allowed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        cast(who).post(
            reverse("admin:accords_article_submit"),
            {"text": "Kazakhstan will join the Abraham Accords.", "language": "en"},
        )
    assert Article.objects.exists() == allowed


@pytest.mark.parametrize("who", ["anonymous", "staff", "viewer", "editor", "superuser"])
def test_nobody_renames_a_country_and_only_staff_with_permission_read_it(cast, who):
    country = Country.objects.get(iso2="KZ")
    url = reverse("admin:accords_country_change", args=[country.pk])
    cast(who).post(url, {"name": "Forged", "founding": ""})
    country.refresh_from_db()
    # The name is read-only even for a superuser: nobody renames a country in the admin.
    assert country.name == "Kazakhstan"
    response = cast(who).get(url)
    assert (response.status_code == 200) == (who in ("viewer", "editor", "superuser"))


@pytest.mark.parametrize(
    "who, allowed",
    [
        ("anonymous", False),
        ("staff", False),
        ("viewer", False),
        ("editor", False),
        ("superuser", True),
    ],
)
def test_only_a_superuser_changes_a_feed(cast, rows, who, allowed):
    url = reverse("admin:accords_feed_change", args=[rows["feed"].pk])
    cast(who).post(
        url,
        {
            "url": "https://evil.example.org/feed.xml",
            "language": "",
            "interval_minutes": 5,
            "active": "on",
        },
    )
    rows["feed"].refresh_from_db()
    assert (rows["feed"].url == "https://evil.example.org/feed.xml") == allowed
