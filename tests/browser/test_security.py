"""In a real browser: the pages obey their Content Security Policy (no violation, charts still
drawn) and markup planted in titles, outlets, evidence and article text never runs, on the
public pages or in the admin."""

import pytest
from django.core.cache import cache

from accords import review, services
from tests.builders import NOV_6, article, proposal

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOSTILE = (
    '<script>window.__xss="script"</script><img src=x onerror="window.__xss=\'img\'">'
    '"><svg onload="window.__xss=\'svg\'"></svg>'
)
DRAWN = '[data-figure-state="drawn"]'

WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(
    e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));
"""


@pytest.fixture
def planted(editor):
    """A confirmed event whose article, outlet and evidence carry markup.  The cleaners would
    have removed it; it is written straight to the database to test the pages themselves."""
    cache.clear()
    services.reference_load()
    text = f"Kazakhstan will join the Abraham Accords {HOSTILE}, officials said."
    source = article(
        title=f"Kazakhstan {HOSTILE}",
        outlet=f"Outlet {HOSTILE}",
        text=text,
        url="https://news.example.org/kz-xss",
    )
    claim = proposal(source, date=NOV_6, precision="day", claim_key="KZ:announced:2025-11")
    pending = proposal(
        source, iso2="AZ", status="prospective", confidence=0.5, claim_key="AZ:prospective:"
    )
    review.proposal_confirm(proposal=claim, user=editor)
    yield source, pending
    cache.clear()


def watched(page):
    problems = []
    page.add_init_script(WATCH)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss())
    )
    page.on(
        "console",
        lambda message: problems.append(f"console: {message.text}")
        if message.type == "error" and "Content Security Policy" in message.text
        else None,
    )
    return problems


def visit(page, problems, url, ready=None):
    response = page.goto(url)
    assert response.status == 200, url
    assert "'nonce-" in response.headers["content-security-policy"]
    if ready:
        page.wait_for_selector(ready)
    page.wait_for_load_state("networkidle")
    state = page.evaluate("() => [window.__xss || null, window.__violations]")
    assert state == [None, []], (url, state)
    assert problems == [], (url, problems)


def test_public_pages_obey_the_policy_and_never_run_planted_markup(page, planted):
    article, _ = planted
    problems = watched(page)
    visit(page, problems, "/")
    visit(page, problems, "/timeline/", "#timeline-chart" + DRAWN)
    visit(page, problems, "/map/", "#map-chart" + DRAWN)
    visit(page, problems, "/countries/KZ/")
    assert page.get_by_text('<script>window.__xss="script"</script>', exact=False).count() >= 1
    visit(page, problems, f"/articles/{article.pk}/")
    assert page.locator("img[src='x'], svg[onload]").count() == 0
    # An htmx swap (a timeline filter) brings no violation either.
    visit(page, problems, "/timeline/", "#timeline-chart" + DRAWN)
    page.get_by_label("Signed").check()
    page.wait_for_url("**/timeline/?status=signed")
    page.wait_for_selector("#timeline-chart" + DRAWN)
    assert page.evaluate("() => [window.__xss || null, window.__violations]") == [None, []]
    assert problems == []


def test_the_admin_obeys_the_policy_and_never_runs_planted_markup(page, planted, editor):
    article, pending = planted
    problems = watched(page)
    visit(page, problems, "/admin/login/?next=/admin/")
    page.fill("#id_username", "erin")
    page.fill("#id_password", "pw-erin-12345")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    for url in [
        "/admin/",
        "/admin/accords/proposedchange/desk/",
        f"/admin/accords/article/{article.pk}/desk/",
        f"/admin/accords/article/{article.pk}/change/",
        "/admin/accords/article/",
        "/admin/accords/article/submit/",
        "/admin/accords/proposedchange/?review=all",
        f"/admin/accords/proposedchange/{pending.pk}/change/",
        "/admin/accords/statusevent/",
        "/admin/accords/reviewlog/",
    ]:
        visit(page, problems, url)
    # The desk's htmx buttons post with the CSRF header and still obey the policy.
    page.goto("/admin/accords/proposedchange/desk/")
    buttons = page.locator("button[hx-post]")
    if buttons.count():
        buttons.first.click()
        page.wait_for_load_state("networkidle")
    assert page.evaluate("() => [window.__xss || null, window.__violations]") == [None, []]
    assert problems == []
