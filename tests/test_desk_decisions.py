"""What confirming will write, said in words; dates chosen by an editor; every decision undone."""

import datetime

import pytest
from django import forms
from django.urls import reverse

from accords import review, services
from accords.forms import ArticleSubmitForm, parse_published, understood
from accords.models import Article, Citation, Country, ProposedChange, ReviewLog, StatusEvent

pytestmark = pytest.mark.django_db
QUEUE = reverse("admin:accords_desk")
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def article(n, published=datetime.date(2025, 11, 7), **fields):
    return Article.objects.create(title=f"Story {n}", outlet=f"Outlet {n}", language="en",
                                  url=f"https://example.com/{n}", published=published,
                                  text="Kazakhstan will join the Abraham Accords.",
                                  state="extracted", **fields)


def claim(source, iso2="KZ", status="announced", date=None, precision=""):
    return ProposedChange.objects.create(
        article=source, claim_key=f"{iso2}:{status}:{date or ''}",
        country=Country.objects.get(iso2=iso2), status=status, date=date,
        date_precision=precision, confidence=0.9,
        evidence="Kazakhstan will join the Abraham Accords.", evidence_start=0, evidence_end=41)


# --- the plan, in words ---------------------------------------------------------------------


def test_a_dated_item_says_the_date_it_will_be_given(client, editor):
    claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    client.force_login(editor)
    page = client.get(QUEUE).content.decode()
    assert "Will be dated 6 November 2025 (from the text)." in page


def test_an_undated_item_asks_for_a_date_and_offers_the_publication_date_labelled(client, editor):
    source = article(1, published=datetime.date(2025, 11, 7))
    claim(source)
    client.force_login(editor)
    page = client.get(QUEUE).content.decode()
    assert "No date in the text: choose one." in page
    assert 'value="published:2025-11-07"' in page
    assert "the article's publication date, not a date from the text" in page
    # Confirming without a choice writes nothing: the card comes back with the reason.
    response = client.post(reverse("admin:accords_desk_item_confirm", args=["KZ.announced.2025"]),
                           **HTMX)
    assert "choose the date" in response.content.decode()
    assert not StatusEvent.objects.exists()
    # The publication date, chosen as such, or any typed date at its precision.
    client.post(reverse("admin:accords_desk_item_confirm", args=["KZ.announced.2025"]),
                {"choice": "other", "when": "2025-11"}, **HTMX)
    event = StatusEvent.objects.get()
    assert (event.date_key, event.date_precision) == ("2025-11", "month")


def test_conflicting_dates_become_a_choice_with_the_most_frequent_preselected(client, editor):
    for n, day in enumerate((6, 6, 10)):
        claim(article(n), date=datetime.date(2025, 11, day), precision="day")
    client.force_login(editor)
    page = client.get(QUEUE).content.decode()
    assert "The sources give different dates: choose the one to publish." in page
    assert 'value="2025-11-06" required checked' in page
    assert 'value="2025-11-10" required>' in page
    key = "KZ.announced.2025"
    url = reverse("admin:accords_desk_item_confirm", args=[key])
    refused = client.post(url, {"choice": "other", "when": "2999-01-01"}, **HTMX)
    assert "after today" in refused.content.decode() and not StatusEvent.objects.exists()
    client.post(url, {"choice": "2025-11-10"}, **HTMX)
    assert StatusEvent.objects.get().date_key == "2025-11-10"


def test_a_step_back_and_a_restated_status_are_labelled(client, editor):
    kz = Country.objects.get(iso2="KZ")
    StatusEvent.objects.create(country=kz, status="announced", date=datetime.date(2025, 11, 6),
                               date_precision="day", confirmed_at="2025-11-07T00:00:00Z")
    services.country_refresh_status(country=kz)
    claim(article(1), status="negotiating", date=datetime.date(2024, 5, 1), precision="month")
    claim(article(2), status="announced", date=datetime.date(2024, 1, 1), precision="year")
    client.force_login(editor)
    page = client.get(QUEUE).content.decode()
    assert "goes back from announced to negotiating" in page
    assert "restates the current status" in page


def test_two_claims_of_one_article_are_not_sources_disagreeing():
    source = article(1)
    claim(source, iso2="SA", status="prospective", date=datetime.date(2025, 11, 18),
          precision="day")
    claim(source, iso2="SA", status="declined", date=datetime.date(2025, 11, 18), precision="day")
    items, _ = review.queue()
    assert [i.rival_statuses for i in items] == [[], []]
    claim(article(2), iso2="SA", status="declined", date=datetime.date(2025, 11, 18),
          precision="day")
    items, _ = review.queue()
    prospective = next(i for i in items if i.status == "prospective")
    assert [status for status, _, _ in prospective.rival_statuses] == ["declined"]


# --- undo, reopen, remove -----------------------------------------------------------------


def test_a_confirmation_is_undone_from_its_card_and_the_counts_follow(client, editor):
    claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    client.force_login(editor)
    key = "KZ.announced.2025"
    decided = client.post(reverse("admin:accords_desk_item_confirm", args=[key]), **HTMX)
    html = decided.content.decode()
    assert "Undo" in html and 'id="desk-count" hx-swap-oob="true"' in html
    assert "0 review items" in html and 'data-current="announced"' in html
    ids = [p.pk for p in ProposedChange.objects.all()]
    undone = client.post(reverse("admin:accords_desk_reopen"),
                         {"key": key, "proposal": ids}, **HTMX).content.decode()
    assert "Undone: back in the queue." in undone and "1 review item" in undone
    assert StatusEvent.objects.get().reverted_at is not None
    assert Country.objects.get(iso2="KZ").current_status == ""
    assert set(ProposedChange.objects.values_list("review_state", flat=True)) == {"pending"}
    log = ReviewLog.objects.filter(action="proposal_reopen").get()
    assert review.describe(log) == (
        "Reopened Kazakhstan: announced for review (its confirmation undone).")


def test_a_rejection_can_be_reopened(client, editor):
    p = claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    review.proposal_reject(proposal=p, user=editor)
    client.force_login(editor)
    card = client.post(reverse("admin:accords_desk_reopen"), {"proposal": [p.pk]}, **HTMX)
    assert f'data-claim="{p.pk}"' in card.content.decode()
    p.refresh_from_db()
    assert p.review_state == "pending"


def test_undoing_a_new_source_leaves_the_reference_event_and_its_own_source(editor):
    services.reference_load()
    event = StatusEvent.objects.get(country__iso2="KZ", status="announced")
    p = claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    confirmed, _ = review.proposals_confirm(ids=[p.pk], user=editor)
    assert confirmed == event and event.citations.count() == 2
    review.proposals_reopen(ids=[p.pk], user=editor)
    event.refresh_from_db()
    assert event.reverted_at is None and event.citations.count() == 1


def test_a_source_can_be_removed_from_a_reference_event_but_not_its_last(client, editor):
    services.reference_load()
    event = StatusEvent.objects.get(country__iso2="KZ", status="announced")
    p = claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    review.proposals_confirm(ids=[p.pk], user=editor)
    added = event.citations.get(article__isnull=False)
    client.force_login(editor)
    page = client.get(reverse("admin:accords_desk_country", args=["KZ"])).content.decode()
    assert f'data-remove-citation="{added.pk}"' in page
    client.post(reverse("admin:accords_desk_citation_remove", args=[added.pk]))
    assert not Citation.objects.filter(pk=added.pk).exists()
    p.refresh_from_db()
    assert p.review_state == "pending"
    log = ReviewLog.objects.get(action="citation_remove")
    assert review.describe(log) == (
        "Removed the source Outlet 1 from Kazakhstan: announced, 6 November 2025.")
    last = event.citations.get()
    with pytest.raises(review.ReviewError, match="only source"):
        review.citation_remove(citation=last, user=editor)
    assert client.get("/countries/KZ/").status_code == 200


def test_the_review_log_is_in_words(client, editor):
    p = claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    review.proposal_update(proposal=p, user=editor, status="signed")
    review.proposal_confirm(proposal=p, user=editor)
    client.force_login(editor)
    page = client.get(reverse("admin:accords_desk_country", args=["KZ"])).content.decode()
    assert "Edited the claim on Kazakhstan: status from announced to signed." in page
    assert "Confirmed Kazakhstan: signed, dated 6 November 2025." in page
    assert "{&#x27;" not in page  # no dicts


# --- publication dates ----------------------------------------------------------------------


@pytest.mark.parametrize("typed, expected", [
    ("2026", (datetime.date(2026, 1, 1), "year")),
    ("2025-11", (datetime.date(2025, 11, 1), "month")),
    ("2025-11-06", (datetime.date(2025, 11, 6), "day")),
    ("yesterday", (datetime.date(2026, 11, 30), "day")),
    ("today", (datetime.date(2026, 12, 1), "day")),
    ("", (None, "")),
])
def test_a_publication_date_is_read_at_its_precision(typed, expected, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: datetime.date(2026, 12, 1))
    assert parse_published(typed, today=datetime.date(2026, 12, 1)) == expected


@pytest.mark.parametrize("typed, message", [
    ("12/02/2026", "ambiguous"), ("02.12.2026", "ambiguous"), ("2026-13-01", "Write the date"),
    ("next week", "Write the date"), ("2999-01-01", "after today"),
])
def test_ambiguous_malformed_and_future_publication_dates_are_refused(typed, message):
    with pytest.raises(forms.ValidationError, match=message):
        parse_published(typed)


def test_the_understood_date_is_echoed_in_words():
    assert understood(datetime.date(2026, 12, 2), "day") == "Wednesday 2 December 2026"
    assert understood(datetime.date(2026, 2, 1), "month") == "February 2026"


def test_the_submit_form_refuses_an_ambiguous_date_and_a_huge_outlet_keeping_the_text():
    form = ArticleSubmitForm({"text": "Some text.", "published": "12/02/2026",
                              "outlet": "x" * 10000})
    assert not form.is_valid()
    assert "ambiguous" in str(form.errors["published"])
    assert "at most 200 characters" in str(form.errors["outlet"])
    assert form["text"].value() == "Some text."


# --- entities beyond ISO 3166-1 -------------------------------------------------------------


def test_somaliland_is_held_with_its_names_region_and_map_point():
    from accords import regions, selectors
    from accords.display import country_name

    xs = Country.objects.get(iso2="XS")
    assert (xs.name, xs.iso3, xs.user_assigned) == ("Somaliland", "XSL", True)
    assert country_name("XS", "ar") == "أرض الصومال" and country_name("XS", "id") == "Somaliland"
    assert regions.region_of("XS") == ("002", "014") and "XS" in regions.members("014")
    assert selectors.map_points()["XS"] == (9.56, 44.06)


def test_somalilands_page_exports_and_timeline_show_its_history_with_its_source(client):
    services.reference_load()
    page = client.get("/countries/XS/").content.decode()
    assert "Somaliland" in page and "26 December 2025" in page
    assert "swissinfo.ch" in page
    events = client.get("/exports/events.json").json()["events"]
    xs = [e for e in events if e["iso2"] == "XS"]
    assert [(e["status"], e["date"]) for e in xs] == [("prospective", "2025-12-26")]
    assert xs[0]["sources"][0]["url"].startswith("https://www.swissinfo.ch/")
    countries = {r["iso2"]: r for r in client.get("/exports/countries.json").json()["countries"]}
    assert countries["XS"]["status"] == "prospective" and countries["XS"]["region"] == "002"
    assert "XS" in client.get("/timeline/?region=014").content.decode()


def test_the_parsers_xs_claims_reach_the_queue_and_unknown_codes_are_skipped_with_a_note():
    from types import SimpleNamespace

    source = article(1)
    claims = [SimpleNamespace(country=code, status="prospective", date="2025-12-26",
                              confidence=0.9, background=False, evidence="x", start=0, end=1)
              for code in ("XS", "QQ")]
    made = services.proposals_from_extraction(article=source,
                                              extraction=SimpleNamespace(claims=claims))
    assert made == 1
    assert list(ProposedChange.objects.values_list("country__iso2", flat=True)) == ["XS"]
    note = ReviewLog.objects.get(action="claims_skipped")
    assert "QQ prospective" in review.describe(note)
    items, _ = review.queue()
    assert [str(i.key) for i in items] == ["XS.prospective.2025"]


def test_the_article_card_labels_a_step_back(client, editor):
    kz = Country.objects.get(iso2="KZ")
    StatusEvent.objects.create(country=kz, status="signed", date=datetime.date(2025, 11, 6),
                               date_precision="day", confirmed_at="2025-11-07T00:00:00Z")
    services.country_refresh_status(country=kz)
    source = article(1)
    claim(source, status="negotiating", date=datetime.date(2025, 1, 1), precision="year")
    client.force_login(editor)
    page = client.get(reverse("admin:accords_desk_article", args=[source.pk])).content.decode()
    assert "goes back from signed to negotiating" in page
    assert "Will be dated 2025 (from the text)." in page
