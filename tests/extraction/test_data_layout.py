"""Every data file is in its one layout (`scripts/format_data.py`): one key per line, so two
changes to different keys merge line by line, and the layout keeps the file's content and order."""

import importlib.util
import json
from pathlib import Path

import pytest

from accords.extraction import languages

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "format_data.py"
spec = importlib.util.spec_from_file_location("format_data", SCRIPT)
format_data = importlib.util.module_from_spec(spec)
spec.loader.exec_module(format_data)


@pytest.mark.parametrize("code", languages.SUPPORTED_LANGUAGES)
def test_data_file_is_in_its_layout(code):
    text = (languages.DATA_DIR / f"{code}.json").read_text(encoding="utf-8")
    assert format_data.formatted(text) == text, "run scripts/format_data.py"


def test_layout_keeps_content_and_order():
    text = '{"b": [1, "é"], "a": {"y": [], "x": {"k": 1}}, "c": {}}'
    out = format_data.formatted(text)
    assert json.loads(out) == json.loads(text)
    assert list(json.loads(out)) == ["b", "a", "c"]
    assert out.splitlines() == [
        "{",
        ' "b": [1, "é"],',
        ' "a": {',
        '  "y": [],',
        '  "x": {',
        '   "k": 1',
        "  }",
        " },",
        ' "c": {}',
        "}",
    ]


def test_a_file_out_of_layout_is_found(tmp_path, monkeypatch, capsys):
    (tmp_path / "xx.json").write_text('{"a": [1],\n"b": 2}\n', encoding="utf-8")
    monkeypatch.setattr(format_data, "DATA_DIR", tmp_path)
    assert format_data.main(["--check"]) == 1
    assert "xx.json" in capsys.readouterr().out
    assert format_data.main([]) == 0
    assert format_data.main(["--check"]) == 0
