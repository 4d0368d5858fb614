"""The desk's admin pages: what editors see and do, and that nobody else gets anything."""

import datetime
from functools import partial
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone

from accords import review
from accords.models import Article, Citation, Country, ProposedChange, ReviewLog, StatusEvent
from tests import builders

pytestmark = pytest.mark.django_db


QUEUE = reverse("admin:accords_desk")
KEY = "KZ.announced.2025"


# Articles here are Indonesian unless a test says otherwise; every claim is dated.
article = partial(builders.article, language="id")
claim = partial(builders.proposal, date=builders.NOV_6, precision="day")


def test_the_queue_shows_one_item_per_claim_with_its_sources_and_highlighted_sentence(
    client, editor
):
    for n, language in enumerate(["id", "en", "id"]):
        claim(article(n, language=language))
    client.force_login(editor)
    page = client.get(QUEUE).content.decode()
    assert page.count('data-key="KZ.announced.2025"') == 1
    assert 'data-sources="3"' in page and 'data-languages="2"' in page
    assert '<mark class="evidence">Kazakhstan akan bergabung dengan Abraham Accords.</mark>' in page
    assert "accords/desk.js" in page and "<script>" not in page


def test_confirming_an_item_through_htmx_returns_its_decided_row(client, editor):
    sources = [article(n) for n in range(3)]
    for source in sources:
        claim(source)
    client.force_login(editor)
    response = client.post(
        reverse("admin:accords_desk_item_confirm", args=[KEY]), headers={"HX-Request": "true"}
    )
    body = response.content.decode()
    assert 'id="item-kzannounced2025"' in body and "data-decided" in body and "Confirmed" in body
    event = StatusEvent.objects.get()
    assert event.citations.count() == 3


def test_rejecting_an_item_without_htmx_goes_back_to_the_queue(client, editor):
    claim(article(1))
    client.force_login(editor)
    response = client.post(reverse("admin:accords_desk_item_reject", args=[KEY]))
    assert response.status_code == 302 and response["Location"] == QUEUE
    assert ProposedChange.objects.get().review_state == "rejected"


def test_ticked_items_are_confirmed_in_one_go(client, editor):
    claim(article(1))
    claim(article(2), iso2="AZ")
    client.force_login(editor)
    response = client.post(
        reverse("admin:accords_desk_decide"),
        {"item": [KEY, "AZ.announced.2025"], "decision": "confirm"},
    )
    assert response.status_code == 302  # one request decided both
    assert sorted(StatusEvent.objects.values_list("country__iso2", "status")) == [
        ("AZ", "announced"),
        ("KZ", "announced"),
    ]
    assert set(ProposedChange.objects.values_list("review_state", flat=True)) == {"confirmed"}


def test_the_item_page_shows_every_source_and_a_contradicting_claim(client, editor):
    claim(article(1))
    claim(article(2))
    claim(article(3), status="signed")
    client.force_login(editor)
    page = client.get(reverse("admin:accords_desk_item", args=[KEY])).content.decode()
    assert page.count('class="desk-proposal"') == 2
    assert "Sources disagree." in page
    assert reverse("admin:accords_desk_item", args=["KZ.signed.2025"]) in page


def test_splitting_out_a_source_makes_it_an_item_of_its_own(client, editor):
    stray = claim(article(1))
    claim(article(2))
    client.force_login(editor)
    response = client.post(reverse("admin:accords_desk_proposal_apart", args=[stray.pk]))
    assert response["Location"] == reverse("admin:accords_desk_item", args=[f"{KEY}.{stray.pk}"])
    assert sorted(str(i.key) for i in review.queue()[0]) == [KEY, f"{KEY}.{stray.pk}"]


def test_editing_an_item_moves_its_sources_and_leads_to_the_new_item(client, editor):
    claim(article(1))
    client.force_login(editor)
    response = client.post(
        reverse("admin:accords_desk_item_edit", args=[KEY]),
        {"status": "signed", "when": "2025-11-06"},
    )
    assert response["Location"] == reverse("admin:accords_desk_item", args=["KZ.signed.2025"])
    assert ProposedChange.objects.get().date_key == "2025-11-06"


def test_undo_reverts_the_event_and_the_public_page_follows(client, editor):
    claim(article(1))
    event, _ = review.item_confirm(key=review.ItemKey.parse(KEY), user=editor)
    assert "Kazakhstan akan" in client.get("/countries/KZ/").content.decode()
    client.force_login(editor)
    client.post(reverse("admin:accords_desk_event_undo", args=[event.pk]))
    assert Country.objects.get(iso2="KZ").current_status == ""
    client.logout()
    assert "Kazakhstan akan" not in client.get("/countries/KZ/").content.decode()
    assert ProposedChange.objects.get().review_state == "pending"


def test_the_country_history_says_who_did_what_from_which_article(client, editor):
    source = article(1)
    claim(source)
    review.item_confirm(key=review.ItemKey.parse(KEY), user=editor)
    client.force_login(editor)
    page = client.get(reverse("admin:accords_desk_country", args=["kz"])).content.decode()
    assert 'class="log-proposal_confirm"' in page and "erin" in page
    assert reverse("admin:accords_desk_article", args=[source.pk]) in page


def test_the_article_view_marks_each_claims_sentence_in_its_direction(client, editor):
    text = "قالت الحكومة إن كازاخستان ستنضم. ثم قالت إن أذربيجان تتفاوض."
    source = article(1, language="ar", text=text)
    first = claim(source, start=0, end=33)
    second = claim(source, iso2="AZ", status="negotiating", start=34, end=len(text))
    client.force_login(editor)
    page = client.get(reverse("admin:accords_desk_article", args=[source.pk])).content.decode()
    assert 'id="article-text" lang="ar" dir="rtl"' in page
    assert f'<mark class="evidence" id="ev-{first.pk}" data-claims="{first.pk}">' in page
    assert f'<mark class="evidence" id="ev-{second.pk}" data-claims="{second.pk}">' in page
    assert f'id="claim-{first.pk}"' in page and 'hx-trigger="every' not in page


def test_a_claim_is_confirmed_rejected_and_edited_in_place(client, editor):
    source = article(1)
    first, second = claim(source), claim(source, iso2="AZ")
    client.force_login(editor)
    htmx = {"HX-Request": "true"}
    body = client.post(
        reverse("admin:accords_desk_proposal_confirm", args=[first.pk]), headers=htmx
    ).content.decode()
    assert body.startswith(f'<li class="desk-claim-card review-confirmed" id="claim-{first.pk}"')
    form = client.get(
        reverse("admin:accords_desk_proposal_edit", args=[second.pk]), headers=htmx
    ).content.decode()
    assert 'class="desk-claim-form"' in form
    body = client.post(
        reverse("admin:accords_desk_proposal_edit", args=[second.pk]),
        {"country": second.country_id, "status": "negotiating", "when": "2025"},
        headers=htmx,
    ).content.decode()
    assert f'id="claim-{second.pk}"' in body and "negotiating" in body
    body = client.post(
        reverse("admin:accords_desk_proposal_reject", args=[second.pk]), headers=htmx
    ).content.decode()
    assert "review-rejected" in body
    assert list(ProposedChange.objects.order_by("pk").values_list("review_state", "status")) == [
        ("confirmed", "announced"),
        ("rejected", "negotiating"),
    ]
    assert ReviewLog.objects.filter(action="proposal_edit", proposal=second).exists()


@pytest.mark.parametrize(
    "state, polls", [("queued", True), ("cleaned", True), ("extracted", False), ("failed", False)]
)
def test_the_progress_fragment_polls_until_the_article_is_done(client, editor, state, polls):
    source = builders.article(
        raw="x", state=state, error="Could not fetch: 404" if state == "failed" else ""
    )
    client.force_login(editor)
    body = client.get(
        reverse("admin:accords_desk_article_progress", args=[source.pk]),
        headers={"HX-Request": "true"},
    ).content.decode()
    assert body.startswith(f'<div id="article-body" data-state="{state}"')
    assert ('hx-trigger="every 1s"' in body) is polls
    if state == "failed":
        assert '<span id="article-error">Could not fetch: 404</span>' in body


def test_submitting_text_leads_to_the_article_desk_with_its_claims(
    client, editor, seed_text, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:accords_article_submit"), {"text": seed_text})
    article_ = Article.objects.get()
    assert response["Location"] == reverse("admin:accords_desk_article", args=[article_.pk])
    page = client.get(response["Location"]).content.decode()
    assert 'data-state="extracted"' in page and 'id="article-text" lang="id" dir="ltr"' in page
    assert page.count('class="desk-claim-card') == article_.proposals.count() > 0


def test_the_queue_page_costs_the_same_queries_for_more_items(
    client, editor, django_assert_max_num_queries
):
    client.force_login(editor)
    for n, country in enumerate(Country.objects.order_by("iso2")[:3]):
        claim(article(n), iso2=country.iso2)
    with django_assert_max_num_queries(14) as few:  # session, user, perms, queue (6), filters (3)
        client.get(QUEUE)
    for n, country in enumerate(Country.objects.order_by("iso2")[3:40]):
        for m in range(3):
            claim(article(f"{n}-{m}", language=["en", "id", "ar"][m]), iso2=country.iso2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(QUEUE).content.decode()
    assert page.count("data-desk-item") == 25 and "40 review items" in page  # a page of 25


def test_the_admin_home_leads_editors_to_the_queue_and_not_plain_staff(client, editor, staff):
    client.force_login(editor)
    assert 'id="desk-link"' in client.get("/admin/").content.decode()
    client.force_login(staff)
    assert 'id="desk-link"' not in client.get("/admin/").content.decode()


class _Forms(HTMLParser):
    """Each <form> of a page: its method, action, hidden fields and the data-key-action of
    its submit buttons; buttons outside any form are listed apart."""

    def __init__(self):
        super().__init__()
        self.forms, self.loose, self._open = [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._open = {
                "method": attrs.get("method", "get"),
                "action": attrs.get("action"),
                "fields": {},
                "actions": [],
            }
            self.forms.append(self._open)
        elif tag == "input" and self._open and attrs.get("type") == "hidden":
            self._open["fields"][attrs["name"]] = attrs.get("value", "")
        elif tag == "button" and "data-key-action" in attrs:
            if self._open and attrs.get("type") == "submit":
                self._open["actions"].append(attrs["data-key-action"])
            else:
                self.loose.append(attrs["data-key-action"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._open = None


def _forms(page):
    parser = _Forms()
    parser.feed(page)
    return {action: form for form in parser.forms for action in form["actions"]}, parser.loose


def test_the_desk_buttons_are_real_forms_that_work_without_javascript(editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)  # the token the page's forms carry is needed
    client.force_login(editor)
    kept, dropped, edited = (
        claim(article(n), iso2=iso2) for n, iso2 in enumerate(["KZ", "UZ", "AZ"])
    )
    for source in (kept, dropped, edited):
        page = client.get(reverse("admin:accords_desk_article", args=[source.article_id]))
        forms, loose = _forms(page.content.decode())
        assert loose == []
        assert forms["confirm"]["method"] == "post" and forms["reject"]["method"] == "post"
        assert forms["edit"]["method"] == "get"
        assert "csrfmiddlewaretoken" in forms["confirm"]["fields"]
    confirm = _forms(
        client.get(reverse("admin:accords_desk_article", args=[kept.article_id])).content.decode()
    )[0]["confirm"]
    response = client.post(confirm["action"], confirm["fields"])  # no HX-Request header
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:accords_desk_article", args=[kept.article_id])
    kept.refresh_from_db()
    assert kept.review_state == "confirmed" and kept.event.country.iso2 == "KZ"

    reject = _forms(
        client.get(
            reverse("admin:accords_desk_article", args=[dropped.article_id])
        ).content.decode()
    )[0]["reject"]
    assert client.post(reject["action"], reject["fields"]).status_code == 302
    dropped.refresh_from_db()
    assert dropped.review_state == "rejected"

    edit = _forms(
        client.get(reverse("admin:accords_desk_article", args=[edited.article_id])).content.decode()
    )[0]["edit"]
    response = client.get(edit["action"])
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:accords_proposedchange_change", args=[edited.pk])
    assert client.get(response["Location"]).status_code == 200


def test_the_queue_buttons_are_real_forms_that_work_without_javascript(editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    claim(article(1))
    claim(article(2), iso2="UZ")
    forms = {}
    for item in ("KZ", "UZ"):
        parser = _Forms()
        parser.feed(client.get(QUEUE).content.decode())
        assert parser.loose == []
        forms[item] = [
            f for f in parser.forms if f["actions"] and f"{item}.announced" in f["action"]
        ]
    confirm = next(f for f in forms["KZ"] if f["actions"] == ["confirm"])
    reject = next(f for f in forms["UZ"] if f["actions"] == ["reject"])
    assert confirm["method"] == reject["method"] == "post"
    assert client.post(confirm["action"], confirm["fields"])["Location"] == QUEUE
    assert client.post(reject["action"], reject["fields"])["Location"] == QUEUE
    assert list(
        ProposedChange.objects.order_by("country__iso2").values_list(
            "country__iso2", "review_state"
        )
    ) == [("KZ", "confirmed"), ("UZ", "rejected")]
    assert StatusEvent.objects.get().country.iso2 == "KZ"


# --- hostile input: odd filters, redirects off the site ---------------------------------------


def test_a_nul_or_an_odd_digit_in_a_desk_filter_is_not_a_500(client, editor):
    client.force_login(editor)
    for query in ("?feed=%00", "?feed=%C2%B2", "?feed=%D9%A3", "?country=%00"):
        response = client.get(reverse("admin:accords_desk") + query)
        assert response.status_code in (200, 400), (query, response.status_code)


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"]
)
def test_the_desk_undo_never_redirects_off_the_site(client, editor, target):
    event = builders.event(
        "KZ", "announced", datetime.date(2025, 11, 6), "day", confirmed_at=timezone.now()
    )
    client.force_login(editor)
    response = client.post(
        reverse("admin:accords_desk_event_undo", args=[event.pk]), {"next": target}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:accords_desk")


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"]
)
def test_reopening_a_claim_and_removing_a_source_never_redirect_off_the_site(
    client, editor, target
):
    event = builders.event(
        "KZ", "announced", datetime.date(2025, 11, 6), "day", confirmed_at=timezone.now()
    )
    source = builders.article(title="A", text="Text.", content_hash="redirect-test")
    citation = Citation.objects.create(event=event, article=source, outlet="Paper")
    client.force_login(editor)
    response = client.post(reverse("admin:accords_desk_reopen"), {"next": target})
    assert response.status_code == 302 and response["Location"] == reverse("admin:accords_desk")
    response = client.post(
        reverse("admin:accords_desk_citation_remove", args=[citation.pk]), {"next": target}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:accords_desk_country", args=["KZ"])


def test_the_desk_undo_still_returns_to_a_page_of_the_site(client, editor):
    event = builders.event(
        "KZ", "announced", datetime.date(2025, 11, 6), "day", confirmed_at=timezone.now()
    )
    client.force_login(editor)
    response = client.post(
        reverse("admin:accords_desk_event_undo", args=[event.pk]),
        {"next": "/admin/accords/desk/?country=KZ"},
    )
    assert response["Location"] == "/admin/accords/desk/?country=KZ"
