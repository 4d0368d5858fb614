"""The import graph of accords/: who imports whom, read from the source with ast."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "accords"


def _module_name(path):
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules():
    return {
        _module_name(path): path for path in PACKAGE.rglob("*.py") if "migrations" not in path.parts
    }


def _imported(tree, name, is_package, *, inside_functions):
    """Every module name this module imports (at import time only, unless inside_functions)."""
    found = set()

    def visit(node):
        for child in ast.iter_child_nodes(node):
            if not inside_functions and isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = name.split(".")
                    base = base[: len(base) - child.level + (1 if is_package else 0)]
                    module = ".".join(base + ([child.module] if child.module else []))
                else:
                    module = child.module
                # "from accords import services" imports accords.services
                found.add(module)
                found.update(f"{module}.{alias.name}" for alias in child.names)
            visit(child)

    visit(tree)
    return found


def import_graph(*, inside_functions=False):
    modules = _modules()
    graph = {}
    for name, path in modules.items():
        imported = _imported(
            ast.parse(path.read_text(encoding="utf-8")),
            name,
            path.name == "__init__.py",
            inside_functions=inside_functions,
        )
        # A package's own __init__ runs before any of its modules: not an edge back to it.
        graph[name] = {
            m for m in imported if m in modules and m != name and not name.startswith(m + ".")
        }
    return graph


def circles(graph):
    found, done, path = [], set(), []

    def walk(node):
        path.append(node)
        for target in sorted(graph[node]):
            if target in path:
                found.append(path[path.index(target) :] + [target])
            elif target not in done:
                walk(target)
        path.pop()
        done.add(node)

    for node in sorted(graph):
        if node not in done:
            walk(node)
    return found


def test_the_import_graph_of_accords_has_no_circle():
    graph = import_graph()
    assert {"accords.services", "accords.review", "accords.desk"} <= graph.keys()
    assert "accords.services" in graph["accords.review"]  # the graph is read, not empty
    assert circles(graph) == []


def test_the_circle_finder_finds_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_services_never_imports_review_not_even_inside_a_function():
    graph = import_graph(inside_functions=True)
    assert "accords.review" not in graph["accords.services"]
    assert "accords.tasks" in graph["accords.services"]  # the lazy task seam is seen


def test_every_editors_decision_lives_in_review_and_none_in_services():
    from accords import review, services

    decisions = (
        "proposal_confirm",
        "proposal_reject",
        "proposal_update",
        "proposals_confirm",
        "proposals_reject",
        "proposals_reopen",
        "proposal_keep_apart",
        "event_revert",
        "event_undo",
        "citation_remove",
        "refuse_future",
        "_require_reviewer",
        "_matching_event",
        "ReviewError",
    )
    assert [name for name in decisions if not hasattr(review, name)] == []
    assert [name for name in decisions if hasattr(services, name)] == []
