"""The review queue in the Django admin, as an editor and as someone who may not decide."""

import pytest
from django.urls import reverse

from accords import review, services
from accords.models import Article, ProposedChange, StatusEvent
from tests.builders import NOV_6, article, proposal

pytestmark = pytest.mark.django_db
QUEUE = reverse("admin:accords_proposedchange_changelist")


def make_proposals(n=3, date=NOV_6):
    """n claims of one Indonesian article, on n countries."""
    source = article(language="id")
    return [
        proposal(source, iso2=iso2, date=date, precision="day" if date else "", confidence=0.8)
        for iso2 in ["KZ", "AZ", "UZ", "MN", "AM", "GE"][:n]
    ]


def test_the_queue_shows_pending_proposals_with_the_country_highlighted(client, editor):
    services.reference_load()
    (proposal,) = make_proposals(1)
    client.force_login(editor)
    page = client.get(QUEUE).content.decode()
    assert '<mark class="country">Kazakhstan</mark>' in page
    assert "status-announced" in page  # current → proposed
    assert reverse("admin:accords_proposedchange_change", args=[proposal.pk]) in page


def test_the_queue_hides_decided_proposals_unless_asked(client, editor):
    p, q = make_proposals(2)
    review.proposal_reject(proposal=q, user=editor)
    client.force_login(editor)
    assert client.get(QUEUE).context["cl"].result_count == 1
    assert client.get(QUEUE + "?review=all").context["cl"].result_count == 2


def test_the_queue_page_costs_the_same_queries_for_more_rows(client, editor):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(editor)
    counts = []
    for n in (1, 6):
        Article.objects.all().delete()  # and its proposals
        make_proposals(n)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(QUEUE)
        assert response.context["cl"].result_count == n
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 14


def test_an_editor_confirms_many_at_once(client, editor):
    proposals = make_proposals(3)
    client.force_login(editor)
    response = client.post(
        QUEUE,
        {"action": "confirm_selected", "_selected_action": [p.pk for p in proposals]},
        follow=True,
    )
    assert response.status_code == 200
    assert StatusEvent.objects.count() == 3
    assert set(ProposedChange.objects.values_list("review_state", flat=True)) == {"confirmed"}


def test_undated_proposals_confirmed_in_bulk_are_left_for_an_editor_to_date(client, editor):
    proposals = make_proposals(2, date=None)
    client.force_login(editor)
    response = client.post(
        QUEUE,
        {"action": "confirm_selected", "_selected_action": [p.pk for p in proposals]},
        follow=True,
    )
    assert "No date in the text" in response.content.decode()
    assert not StatusEvent.objects.exists()
    assert set(ProposedChange.objects.values_list("review_state", flat=True)) == {"pending"}


def test_staff_who_are_not_editors_cannot_decide(client, staff):
    proposals = make_proposals(2)
    client.force_login(staff)
    response = client.post(
        QUEUE, {"action": "confirm_selected", "_selected_action": [p.pk for p in proposals]}
    )
    assert response.status_code == 403
    assert not StatusEvent.objects.exists()
    response = client.post(
        reverse("admin:accords_proposedchange_change", args=[proposals[0].pk]),
        {"country": proposals[0].country_id, "status": "signed", "when": "", "_confirm": "1"},
    )
    assert response.status_code == 403
    assert not StatusEvent.objects.exists()


def test_anonymous_visitors_are_sent_to_the_login(client):
    make_proposals(1)
    response = client.get(QUEUE)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_editor_edits_the_status_and_date_then_confirms(client, editor):
    (p,) = make_proposals(1)
    client.force_login(editor)
    response = client.post(
        reverse("admin:accords_proposedchange_change", args=[p.pk]),
        {"country": p.country_id, "status": "signed", "when": "2025-12", "_confirm": "1"},
    )
    assert response.status_code == 302
    event = StatusEvent.objects.get()
    assert (event.status, event.date_key) == ("signed", "2025-12")


def test_a_badly_written_date_is_refused_with_advice(client, editor):
    (p,) = make_proposals(1)
    client.force_login(editor)
    response = client.post(
        reverse("admin:accords_proposedchange_change", args=[p.pk]),
        {"country": p.country_id, "status": "signed", "when": "last spring", "_confirm": "1"},
    )
    assert response.status_code == 200
    assert "YYYY" in response.content.decode()
    assert not StatusEvent.objects.exists()


def test_an_editor_submits_pasted_text(
    client, editor, seed_text, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:accords_article_submit"), {"text": seed_text})
    article = Article.objects.get()
    assert response.status_code == 302
    # The editor lands on the article's desk page, where its progress and claims show.
    assert response["Location"] == reverse("admin:accords_desk_article", args=[article.pk])
    article.refresh_from_db()
    assert article.state == "extracted"
    page = client.get(reverse("admin:accords_article_change", args=[article.pk])).content.decode()
    assert "<mark" in page  # evidence spans highlighted in the article's text


def test_the_submit_form_needs_a_url_or_text(client, editor):
    client.force_login(editor)
    response = client.post(reverse("admin:accords_article_submit"), {"text": "", "url": ""})
    assert response.status_code == 200
    assert "Give a URL, the article" in response.content.decode()
    assert not Article.objects.exists()


def test_a_refused_url_is_shown_to_the_editor(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("admin:accords_article_submit"),
        {"url": "http://127.0.0.1:8000/admin/"},
        follow=True,
    )
    page = response.content.decode()
    assert "Refused URL" in page
    assert Article.objects.get().state == "failed"


def test_the_submit_form_offers_every_language_the_parser_has_a_data_file_for(client, editor):
    from accords.extraction import SUPPORTED_LANGUAGES

    client.force_login(editor)
    page = client.get(reverse("admin:accords_article_submit")).content.decode()
    assert '<option value="" selected>Detect automatically</option>' in page
    for code in SUPPORTED_LANGUAGES:
        assert f'<option value="{code}" lang="{code}" dir=' in page
    assert '<option value="ar" lang="ar" dir="rtl">العربية</option>' in page
    assert '<option value="he" lang="he" dir="rtl">עברית</option>' in page
    assert '<option value="de" lang="de" dir="ltr">Deutsch</option>' in page
    assert '<option value="kk" lang="kk" dir="ltr">Қазақ тілі</option>' in page
