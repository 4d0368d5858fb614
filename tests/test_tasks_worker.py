"""The pipeline through a real broker and a real Celery worker process.

On the embedded default this is kombu's filesystem transport and SQLite; in CI
it runs again on Redis and PostgreSQL (REQUIRE_SERVICES=1 makes a missing
service a failure, not a skip).
"""

import pytest

from accords import services
from accords.models import Article, ProposedChange
from tests.conftest import wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_real_worker_turns_the_seed_into_proposals(celery_worker, seed_text):
    article, created = services.article_submit_text(text=seed_text)
    assert created

    def finished():
        article.refresh_from_db()
        return article.state in Article.TERMINAL_STATES

    wait_for(finished, timeout=90, message=f"the worker (log: {celery_worker.log_path})")
    assert article.state == Article.State.EXTRACTED, article.error
    assert article.language == "id"
    pairs = set(
        ProposedChange.objects.filter(article=article).values_list("country__iso2", "status")
    )
    assert ("KZ", "announced") in pairs


def test_a_refused_url_never_reaches_the_worker_and_is_recorded(celery_worker):
    article, _ = services.article_submit_url(url="http://127.0.0.1:6379/")
    assert article.state == Article.State.FAILED
    assert "Refused URL" in article.error
