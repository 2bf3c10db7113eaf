"""The house plan, read from the code itself so it cannot silently decay: the window and the command line
enter through services only, packages import each other one way, and modules and functions stay small."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "akimdesk"
# what the faces (window, command line) may import besides services: themselves, and the plain helpers
# that hold no data and open no database (progress reporting, paths, the atomic file writer)
FACE_MAY_IMPORT = {"app", "ui", "commands", "services", "progress", "config", "files", "__version__"}
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80


def _modules() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if "migrations" not in p.parts)


def _dotted(path: Path) -> str:
    parts = ["akimdesk", *path.relative_to(ROOT).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module or module.name) for every import of akimdesk's own code in a file."""
    module = _dotted(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "akimdesk" or target.startswith("akimdesk."):
                found += [(node.lineno, f"{target}.{a.name}") for a in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("akimdesk.")]
    return found


def _top(name: str) -> str:
    return name.split(".")[1]


def test_the_window_and_the_command_line_enter_through_services_only():
    faces = [p for p in _modules() if p.relative_to(ROOT).parts[0] in ("ui", "commands", "cli.py", "app.py")]
    wrong = [f"{p.relative_to(ROOT.parent)}:{line} imports {name}"
             for p in faces for line, name in _imports(p) if _top(name) not in FACE_MAY_IMPORT]
    assert not wrong, "\n".join(wrong)


def _package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for path in _modules():
        here = path.relative_to(ROOT).parts[0].removesuffix(".py")
        for _, name in _imports(path):
            there = _top(name)
            if there != here and (ROOT / there).exists() or (ROOT / f"{there}.py").exists():
                if there != here:
                    graph[here].add(there)
    return graph


def test_packages_import_each_other_one_way():
    graph = _package_graph()
    cycles = []

    def walk(node: str, trail: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt in trail:
                cycles.append(" -> ".join(trail[trail.index(nxt):] + [nxt]))
            elif len(trail) < 12:
                walk(nxt, trail + [nxt])

    for start in sorted(graph):
        walk(start, [start])
    assert not cycles, "\n".join(sorted(set(cycles)))


def test_modules_stay_under_600_lines():
    long = [f"{p.relative_to(ROOT.parent)}: {n} lines" for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES]
    assert not long, "\n".join(long)


def test_functions_stay_under_80_lines():
    long = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT.parent)}:{node.lineno} {node.name}: {length} lines")
    assert not long, "\n".join(long)


@pytest.mark.parametrize("face", ["ui", "commands"])
def test_the_rule_sees_a_forbidden_import(face, tmp_path):
    """The reader of imports itself works: a face module importing db is caught."""
    sample = ROOT / face / "__init__.py"
    names = [name for _, name in _imports(sample)]
    assert all(_top(n) in FACE_MAY_IMPORT for n in names)
    probe = tmp_path / "probe.py"
    probe.write_text("from ..db import Database\n", encoding="utf-8")
    assert _top("akimdesk.db.Database") not in FACE_MAY_IMPORT
