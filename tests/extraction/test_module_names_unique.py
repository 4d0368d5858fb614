"""No module of the parser binds the same top-level name twice. Python keeps the last
binding, so a constant or function defined again further down silently changes the
code above it that reads the name (two `_ITEM_NUMBER_RE` of different patterns once made
a year-in-review entry's day lose its date)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

import accords.extraction

MODULES = sorted(Path(accords.extraction.__file__).parent.glob("*.py"))


def _top_level_names(tree):
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            yield node.name
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    yield target.id
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            yield node.target.id


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_no_top_level_name_is_bound_twice(module):
    names = Counter(_top_level_names(ast.parse(module.read_text(encoding="utf-8"))))
    assert [name for name, count in names.items() if count > 1] == []


def test_the_check_sees_a_second_binding():
    tree = ast.parse("_REACH = 25\ndef f():\n    return _REACH\n_REACH = 40\n")
    assert Counter(_top_level_names(tree))["_REACH"] == 2
