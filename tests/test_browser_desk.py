"""The whole desk in headless Chromium: submit, watch it processed, review, see it published."""

from pathlib import Path

import pytest
from django.core.management import call_command

from accords.models import Article, ProposedChange, StatusEvent

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]
DESK_FIXTURES = Path(__file__).parent / "fixtures" / "desk"


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


def submit_text(page, text):
    page.goto("/admin/accords/article/submit/")
    page.fill("#id_text", text)
    page.click('#submit-article input[type="submit"]')
    page.wait_for_selector('#article-body[data-state="extracted"]')


def test_an_editor_ingests_reviews_and_publishes_the_seed_article(page, live_server, editor,
                                                                 seed_text):
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
    assert item.locator("mark.evidence").inner_text().startswith(
        "Kazakhstan Terpilih Menjadi Anggota Abraham Accords")
    assert item.get_attribute("id") and item.locator("[data-sources]").get_attribute(
        "data-sources") == "1"

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
        page, live_server, editor):
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
    assert [items.nth(i).locator("[data-sources]").get_attribute("data-sources")
            for i in range(4)] == ["5"] * 4
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
        page, live_server, editor):
    article = Article.objects.create(url="https://example.com/slow", state="queued")
    log_in(page, editor, "pw-erin-12345")
    page.goto(f"/admin/accords/article/{article.pk}/desk/")
    page.evaluate("window.__notReloaded = true")
    assert page.locator('#article-progress [data-step="queued"]').get_attribute(
        "class") == "step step-current"
    for state in ("fetched", "cleaned"):
        Article.objects.filter(pk=article.pk).update(state=state)
        page.locator(f'#article-body[data-state="{state}"]').wait_for()
    Article.objects.filter(pk=article.pk).update(state="failed",
                                                 error="The site answered 404 Not Found.")
    page.locator('#article-body[data-state="failed"]').wait_for()
    assert page.locator("#article-error").inner_text() == "The site answered 404 Not Found."
    assert page.evaluate("window.__notReloaded") is True
    # A terminal state stops the polling: the fragment no longer asks again.
    assert page.locator("#article-body").get_attribute("hx-trigger") is None
