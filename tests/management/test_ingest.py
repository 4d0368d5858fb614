"""`manage.py ingest`: files queued and waited for, a progress bar while it works, a summary at the end."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command

from accords.management.commands.ingest import progress_bar
from accords.models import Article
from tests.conftest import FIXTURES

pytestmark = pytest.mark.django_db
DESK_FIXTURES = Path(__file__).parent.parent / "fixtures" / "desk"


def test_the_progress_bar_fills_in_proportion():
    assert progress_bar(0, 4, width=8) == "[--------] 0/4   0%"
    assert progress_bar(3, 4, width=8, label="processed") == "[######--] 3/4  75% processed"
    assert progress_bar(4, 4, width=8) == "[########] 4/4 100%"
    assert progress_bar(0, 0, width=4) == "[----] 0/1   0%"  # nothing to do is not a division by 0


def test_ingesting_many_files_draws_the_bar_and_sums_up(
    tmp_path, django_capture_on_commit_callbacks
):
    files = sorted(DESK_FIXTURES.glob("kz-*.txt")) + sorted(DESK_FIXTURES.glob("am-*.txt"))[:2]
    sources = [*map(str, files), str(files[0]), str(tmp_path / "missing.txt")]
    out, err = io.StringIO(), io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):  # processed when the command ends
        call_command("ingest", *sources, "--progress", stdout=out, stderr=err)
    output, drawn = out.getvalue(), err.getvalue()
    assert progress_bar(9, 9, label="submitted") in drawn
    assert "missing.txt: cannot read" in drawn
    assert "Submitted: 9 source(s): 7 queued, 1 already submitted, 1 unreadable" in output
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", *map(str, files), "--progress", "--wait", stdout=out, stderr=err)
    assert progress_bar(7, 7, label="processed") in err.getvalue()
    assert "Processed: 7 source(s): 7 extracted; 7 proposals to review" in out.getvalue()
    assert Article.objects.filter(state="extracted").count() == 7


def test_past_twenty_sources_only_problems_get_a_line_of_their_own(
    tmp_path, django_capture_on_commit_callbacks
):
    sources = [str(p) for p in sorted(DESK_FIXTURES.glob("*.txt"))] + [str(tmp_path / "gone.txt")]
    out, err = io.StringIO(), io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", *sources, stdout=out, stderr=err)
    assert "article" not in out.getvalue()  # no per-file lines
    assert "Submitted: 21 source(s): 20 queued, 1 unreadable" in out.getvalue()
    assert "gone.txt: cannot read" in err.getvalue()
    assert "%" not in err.getvalue()  # no bar: not a terminal, and --progress not given


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
