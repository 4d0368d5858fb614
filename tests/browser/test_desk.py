"""The whole desk in headless Chromium: submit, watch it processed, review, see it published."""

from pathlib import Path

import pytest
from django.core.management import call_command

from accords.models import Article, ProposedChange, StatusEvent

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]
DESK_FIXTURES = Path(__file__).parent.parent / "fixtures" / "desk"


class Actions:
    """Counts what the editor does: each page opened, button clicked or key pressed."""

    def __init__(self, page):
        self.page, self.count = page, 0

    def goto(self, url):
        self.count += 1
        return self.page.goto(url)

    def click(self, locator):
        self.count += 1
        locator.click()

    def press(self, key):
        self.count += 1
        self.page.keyboard.press(key)


def log_in(page, user, password):
    page.goto("/admin/login/?next=/admin/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", password)
    page.click('input[type="submit"]')
    page.wait_for_selector("#user-tools")


def wait_for_extracted(page):
    """The article's body polls until the worker is done, then is swapped in with its claims:
    wait for that, and for the last poll to be over, so that a key pressed next acts on the
    claims the editor sees rather than on a body about to be swapped out."""
    page.wait_for_selector('#article-body[data-state="extracted"]')
    page.wait_for_load_state("networkidle")


def submit_text(page, text):
    page.goto("/admin/accords/article/submit/")
    page.fill("#id_text", text)
    page.click('#submit-article input[type="submit"]')
    wait_for_extracted(page)


def test_an_editor_ingests_reviews_and_publishes_the_seed_article(
    page, live_server, editor, seed_text
):
    log_in(page, editor, "pw-erin-12345")
    submit_text(page, seed_text)
    # The article desk: the text with each claim's sentence marked, claims beside it.
    assert page.locator("#article-progress [data-step=extracted].step-done").count() == 1
    kz_mark = page.locator("#article-text mark.evidence", has_text="Kazakhstan Terpilih")
    assert kz_mark.count() == 1
    assert page.locator("#claims [data-claim]").count() == ProposedChange.objects.count()

    page.goto("/admin/accords/proposedchange/desk/")
    item = page.locator('li[data-key^="KZ.announced."]')
    assert item.count() == 1
    key = item.get_attribute("data-key")
    assert (
        item.locator("mark.evidence")
        .inner_text()
        .startswith("Kazakhstan Terpilih Menjadi Anggota Abraham Accords")
    )
    assert (
        item.get_attribute("id")
        and item.locator("[data-sources]").get_attribute("data-sources") == "1"
    )

    # A second article making the same claim joins the same item.
    submit_text(page, (DESK_FIXTURES / "kz-en-1.txt").read_text(encoding="utf-8"))
    page.goto("/admin/accords/proposedchange/desk/")
    items = page.locator('li[data-key^="KZ.announced."]')
    assert items.count() == 1 and items.get_attribute("data-key") == key
    assert items.locator("[data-sources]").get_attribute("data-sources") == "2"
    assert items.locator("[data-languages]").inner_text().endswith("en, id")

    # Neither article dates the step: the card says so and Confirm asks for a date.
    assert items.locator("[data-plan]").inner_text() == "No date in the text: choose one."
    page.evaluate("window.__notReloaded = true")
    items.locator('[data-key-action="confirm"]').click()
    assert not StatusEvent.objects.exists()
    # Confirm it through htmx with a date typed in: the row turns into its verdict.
    items.locator("[data-date-other]").fill("2025-11-06")
    items.locator('[data-key-action="confirm"]').click()
    decided = page.locator(f'li[data-key="{key}"][data-decided]')
    decided.wait_for()
    assert "Confirmed" in decided.inner_text()
    assert page.evaluate("window.__notReloaded") is True
    event = StatusEvent.objects.get(country__iso2="KZ")
    assert event.status == "announced" and event.citations.count() == 2

    page.goto("/countries/KZ/")
    assert "Announced" in page.locator("#current-status").inner_text()
    history = page.locator("#history").inner_text()
    # Both sources are cited, each with (the start of) its own evidence sentence.
    for proposal in ProposedChange.objects.filter(country__iso2="KZ", status="announced"):
        assert proposal.evidence[:30] in history
    assert "Kazakhstan Terpilih Menjadi Anggota" in history
    timeline = page.goto("/timeline/")
    if timeline.status == 200:  # the public timeline, where the site has one
        assert "Kazakhstan" in page.content()


def test_twenty_undated_articles_repeating_four_claims_take_eleven_editor_actions(
    page, live_server, editor
):
    """One ingest command, the queue opened, a key to select the first item, then per claim
    a date typed (none of the articles dates its step) and Enter.  (Login not counted.)"""
    files = sorted(DESK_FIXTURES.glob("*.txt"))
    assert len(files) == 20
    actions = Actions(page)
    call_command("ingest", *map(str, files), stdout=open("/dev/null", "w"))
    actions.count += 1  # the command
    assert Article.objects.filter(state="extracted").count() == 20

    log_in(page, editor, "pw-erin-12345")
    actions.goto("/admin/accords/proposedchange/desk/")
    items = page.locator("li[data-desk-item]")
    assert items.count() == 4
    assert [
        items.nth(i).locator("[data-sources]").get_attribute("data-sources") for i in range(4)
    ] == ["5"] * 4
    actions.press("c")  # nothing is selected yet: the first key only selects
    assert page.locator("li[data-desk-item].is-current").count() == 1
    assert not StatusEvent.objects.exists()
    for done in range(1, 5):
        current = page.locator("li[data-desk-item].is-current")
        assert current.locator("[data-plan]").inner_text() == "No date in the text: choose one."
        actions.count += 1
        current.locator("[data-date-other]").fill("2025")
        actions.count += 1
        current.locator("[data-date-other]").press("Enter")
        page.locator("li[data-desk-item][data-decided]").nth(done - 1).wait_for()
    assert page.locator("li[data-desk-item][data-decided]").count() == 4
    assert StatusEvent.objects.count() == 4
    assert set(StatusEvent.objects.values_list("date_precision", flat=True)) == {"year"}
    assert set(ProposedChange.objects.values_list("review_state", flat=True)) == {"confirmed"}
    assert actions.count == 11


def test_the_editor_watches_an_article_move_through_its_states_without_reloading(
    page, live_server, editor
):
    article = Article.objects.create(url="https://example.com/slow", state="queued")
    log_in(page, editor, "pw-erin-12345")
    page.goto(f"/admin/accords/article/{article.pk}/desk/")
    page.evaluate("window.__notReloaded = true")
    assert (
        page.locator('#article-progress [data-step="queued"]').get_attribute("class")
        == "step step-current"
    )
    for state in ("fetched", "cleaned"):
        Article.objects.filter(pk=article.pk).update(state=state)
        page.locator(f'#article-body[data-state="{state}"]').wait_for()
    Article.objects.filter(pk=article.pk).update(
        state="failed", error="The site answered 404 Not Found."
    )
    page.locator('#article-body[data-state="failed"]').wait_for()
    assert page.locator("#article-error").inner_text() == "The site answered 404 Not Found."
    assert page.evaluate("window.__notReloaded") is True
    # A terminal state stops the polling: the fragment no longer asks again.
    assert page.locator("#article-body").get_attribute("hx-trigger") is None


KZ_TEXT = """Kazakhstan agrees to join the accords

Kazakhstan has agreed to join the Abraham Accords, officials in Astana said.

Trade between the two countries grew last year, according to the ministry."""
MN_TEXTS = [
    "Mongolia signs\n\nMongolia signed the Abraham Accords on 6 November 2025 in Washington.",
    "Ceremony in Washington\n\nOn 6 November 2025 Mongolia signed the Abraham Accords, the "
    "foreign ministry said.",
    "Mongolia in the accords\n\nMongolia signed the Abraham Accords on 10 November 2025, the "
    "embassy said.",
]


def test_the_editors_path_from_pasted_text_to_what_readers_and_the_feed_see(
    page, live_server, editor
):
    """An undated article pasted with its URL and outlet, a stray key, undo everywhere,
    sources that disagree on a date, a source removed: then the public pages and the feed."""
    from accords import services

    log_in(page, editor, "pw-erin-12345")
    # Pasted text with its original URL and outlet, and an ambiguous date first.
    page.goto("/admin/accords/article/submit/")
    page.fill("#id_text", KZ_TEXT)
    page.fill("#id_url", "https://news.example.org/kz-accords")
    page.fill("#id_outlet", "Example Daily")
    page.fill("#id_published", "07/11/2025")
    page.click('#submit-article input[type="submit"]')
    assert "ambiguous" in page.locator("#submit-article").inner_text()
    assert page.input_value("#id_text") == KZ_TEXT  # nothing lost
    page.fill("#id_published", "2025-11-07")
    page.click('#submit-article input[type="submit"]')
    wait_for_extracted(page)
    assert "Published: Friday 7 November 2025." in page.locator(".messagelist").inner_text()
    article = Article.objects.get(url="https://news.example.org/kz-accords")
    assert article.outlet == "Example Daily" and article.pasted

    # A stray key with nothing selected only selects.
    card = page.locator("#claims li[data-claim]").first
    page.keyboard.press("c")
    assert "is-current" in card.get_attribute("class")
    assert not StatusEvent.objects.exists()
    assert card.locator("[data-plan]").inner_text() == "No date in the text: choose one."
    assert "the article's publication date, not a date from the text" in card.inner_text()

    # Reject, then undo it where it was made: the rejection is reopened.
    page.evaluate("window.__notReloaded = true")
    page.keyboard.press("r")
    page.locator("#claims li[data-claim].review-rejected").wait_for()
    page.keyboard.press("u")
    page.locator("#claims li[data-claim].review-pending").wait_for()
    assert ProposedChange.objects.get(article=article).review_state == "pending"

    # Confirm asks for a date: the publication date, offered as such, is chosen.
    card = page.locator("#claims li[data-claim]").first
    card.locator('[data-key-action="confirm"]').click()  # nothing chosen: the browser asks
    assert not StatusEvent.objects.exists()
    card.locator('input[value="published:2025-11-07"]').check()
    card.locator('[data-key-action="confirm"]').click()
    page.locator("#claims li[data-claim].review-confirmed").wait_for()
    assert page.locator("#pending-sources").get_attribute("data-pending") == "0"
    assert page.locator(".current-KZ").first.inner_text() == "announced"
    assert StatusEvent.objects.get().date_key == "2025-11-07"
    # Undo it here too, and date it by the month instead.
    page.locator('#claims [data-key-action="undo"]').click()
    page.locator("#claims li[data-claim].review-pending").wait_for()
    assert page.locator(".current-KZ").first.inner_text() == "—"
    card = page.locator("#claims li[data-claim]").first
    card.locator("[data-date-other]").fill("2025-11")
    card.locator('[data-key-action="confirm"]').click()
    page.locator("#claims li[data-claim].review-confirmed").wait_for()
    assert page.evaluate("window.__notReloaded") is True
    kz = StatusEvent.objects.get(country__iso2="KZ", reverted_at__isnull=True)
    assert (kz.status, kz.date_key) == ("announced", "2025-11")

    # Three sources, two dates: Confirm is a choice, the most frequent preselected.
    for text in MN_TEXTS:
        services.article_submit_text(text=text, language="en", user=editor)
    page.goto("/admin/accords/proposedchange/desk/")
    item = page.locator('li[data-key="MN.signed.2025"]')
    assert item.locator("[data-plan]").inner_text() == (
        "The sources give different dates: choose the one to publish."
    )
    assert item.locator('input[value="2025-11-06"]').is_checked()
    count = page.locator("#desk-count").inner_text()
    item.locator(".desk-sources").click()  # selects the card
    page.keyboard.press("c")
    page.locator('li[data-key="MN.signed.2025"][data-decided]').wait_for()
    assert page.locator("#desk-count").inner_text() != count
    assert StatusEvent.objects.get(country__iso2="MN").date_key == "2025-11-06"
    # Undone from the queue, on the decided row itself.
    page.locator('li[data-key="MN.signed.2025"][data-decided] [data-key-action="undo"]').click()
    page.locator('li[data-key="MN.signed.2025"] .desk-reopened').wait_for()
    assert not StatusEvent.objects.filter(country__iso2="MN", reverted_at__isnull=True).exists()
    item = page.locator('li[data-key="MN.signed.2025"]')
    item.locator('input[value="2025-11-10"]').check()
    item.locator('[data-key-action="confirm"]').click()
    page.locator('li[data-key="MN.signed.2025"][data-decided]').wait_for()
    mn = StatusEvent.objects.get(country__iso2="MN", reverted_at__isnull=True)
    assert mn.date_key == "2025-11-10" and mn.citations.count() == 3

    # A source removed from the event, on the country's desk page; the log says so in words.
    page.goto("/admin/accords/proposedchange/desk/country/MN/")
    page.locator(f"#event-{mn.pk} [data-remove-citation]").first.click()
    page.wait_for_selector(".messagelist")
    assert mn.citations.count() == 2
    assert "Removed the source" in page.locator("#history").inner_text()

    # What readers see.
    quote = ProposedChange.objects.get(article=article).evidence
    page.goto("/countries/KZ/")
    history = page.locator("#history").inner_text()
    assert "November 2025" in history and "Example Daily" in history
    assert page.locator('#history a[href="https://news.example.org/kz-accords"]').count() == 1
    assert quote in history
    page.goto(f"/articles/{article.pk}/")
    body = (
        page.locator("main").inner_text()
        if page.locator("main").count()
        else page.locator("body").inner_text()
    )
    assert "Example Daily" in body and "7 November 2025" in body
    assert quote in body
    assert "Trade between the two countries" not in body  # the full text stays for editors
    page.goto("/countries/MN/")
    assert "10 November 2025" in page.locator("#history").inner_text()
    feed = page.request.get(f"{live_server.url}/feed/").text()
    assert f"Example Daily, 7 November 2025: “{quote}” https://news.example.org/kz-accords" in feed
    assert "Mongolia: Signed (10 November 2025)" in feed
