"""python manage.py extract: no database, one JSON line per input, clear errors."""

import io
import json
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed_id_kazakhstan.txt"


def run(*args, stdin=None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    call_command("extract", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_prints_one_json_object_per_file_with_the_seed_claims():
    out, _ = run("--published", "2025-11-10", str(SEED))
    (line,) = out.splitlines()
    data = json.loads(line)
    assert data["file"] == str(SEED) and data["language"] == "id"
    found = {(c["country"], c["status"]) for c in data["claims"]}
    assert ("KZ", "announced") in found and ("MA", "signed") in found
    assert set(data["claims"][0]) == {
        "country",
        "status",
        "date",
        "date_precision",
        "confidence",
        "evidence",
        "background",
    }
    # repeated paragraphs are collapsed before extraction: each claim once
    assert len(found) == len(data["claims"])


def test_it_reads_stdin_with_a_dash_and_honours_the_language(monkeypatch):
    out, _ = run(
        "--language",
        "en",
        "-",
        stdin=b"Kazakhstan will join the Abraham Accords.",
        monkeypatch=monkeypatch,
    )
    data = json.loads(out)
    assert data["file"] == "-" and data["language"] == "en"
    assert [c["country"] for c in data["claims"]] == ["KZ"]


def test_text_format_lists_claims_readably():
    out, _ = run("--format", "text", "--published", "2025-11-10", str(SEED))
    assert out.startswith(f"{SEED} [id]")
    assert "  KZ announced" in out


def test_unreadable_and_undecodable_files_are_named_on_stderr_and_the_rest_still_runs(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa not utf-8")
    missing = tmp_path / "missing.txt"
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("extract", str(missing), str(bad), str(SEED), stdout=out, stderr=err)
    assert str(missing) in err.getvalue() and str(bad) in err.getvalue()
    assert json.loads(out.getvalue().splitlines()[-1])["file"] == str(SEED)


def test_a_malformed_publication_date_is_refused():
    with pytest.raises(CommandError):
        call_command("extract", "--published", "10/11/2025", str(SEED), stdout=io.StringIO())
