"""`manage.py extract`: the parser from the command line, without a database."""

import json
import subprocess
import sys

from tests.conftest import FIXTURES


def test_extract_prints_the_design_json_without_a_database():
    # A separate process with an unusable database proves no query is made.
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "extract",
            "--format",
            "json",
            str(FIXTURES / "seed_id_kazakhstan.txt"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none"},
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.strip().splitlines()
    data = json.loads(line)
    assert data["language"] == "id"
    pairs = {(c["country"], c["status"]) for c in data["claims"]}
    assert ("KZ", "announced") in pairs
    for claim in data["claims"]:
        assert set(claim) >= {
            "country",
            "status",
            "date",
            "date_precision",
            "confidence",
            "evidence",
        }
