import io
import json
import subprocess
import sys

import pytest
from django.core.management import call_command

from accords.models import Article, StatusEvent
from tests.conftest import FIXTURES

pytestmark = pytest.mark.django_db


def test_load_reference_twice_changes_nothing():
    out = io.StringIO()
    call_command("load_reference", stdout=out)
    call_command("load_reference", stdout=out)
    printed = out.getvalue()
    assert "19 new event(s)" in printed and "0 new event(s), 0 updated" in printed
    assert "added: XS prospective 2025-12-26 (EFE (swissinfo))" in printed
    assert StatusEvent.objects.count() == 19


def test_ingest_waits_for_the_seed_and_reports_it(django_capture_on_commit_callbacks):
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(FIXTURES / "seed_id_kazakhstan.txt"), stdout=out)
    call_command("ingest", str(FIXTURES / "seed_id_kazakhstan.txt"), "--wait", stdout=out)
    text = out.getvalue()
    assert "queued" in text and "already submitted" in text
    assert "extracted (id," in text
    assert Article.objects.count() == 1


def test_ingest_names_a_missing_file_and_goes_on(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    good = tmp_path / "good.txt"
    good.write_text("Mongolia will join the Abraham Accords, its foreign minister said on Monday.")
    call_command("ingest", str(tmp_path / "missing.txt"), str(good), stdout=out, stderr=err)
    assert "missing.txt: cannot read" in err.getvalue()
    assert Article.objects.count() == 1


def test_ensure_editor_creates_one_editor_and_prints_how_to_log_in(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    out = io.StringIO()
    call_command("ensure_editor", stdout=out)
    call_command("ensure_editor", stdout=out)
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="editor")
    password = (tmp_path / "editor-password.txt").read_text().strip()
    assert user.check_password(password)
    assert user.groups.filter(name="Editors").exists()
    assert out.getvalue().count(password) == 2


def test_extract_prints_the_design_json_without_a_database():
    # A separate process with an unusable database proves no query is made.
    result = subprocess.run(
        [sys.executable, "manage.py", "extract", "--format", "json",
         str(FIXTURES / "seed_id_kazakhstan.txt")],
        capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none"},
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.strip().splitlines()
    data = json.loads(line)
    assert data["language"] == "id"
    pairs = {(c["country"], c["status"]) for c in data["claims"]}
    assert ("KZ", "announced") in pairs
    for claim in data["claims"]:
        assert set(claim) >= {"country", "status", "date", "date_precision", "confidence", "evidence"}
