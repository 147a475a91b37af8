"""The layout holds: no import cycles between modules (lazy imports included) and no module imports
another module's private names."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("factlint", "checks", "flows")


def modules(root: Path = ROOT) -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def imports(path: Path, known: dict[str, Path], name: str) -> list[tuple[str, list[str]]]:
    """(imported module, names taken from it) for every import in the file, at any depth."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(a.name, []) for a in node.names if a.name.split(".")[0] in PACKAGES]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{module}" if module else base
            if module.split(".")[0] not in PACKAGES:
                continue
            names = [a.name for a in node.names]
            submodules = [f"{module}.{n}" for n in names if f"{module}.{n}" in known]
            taken = [n for n in names if f"{module}.{n}" not in known]
            out += [(m, []) for m in submodules]
            if taken or not submodules:
                out.append((module, taken))
    return out


def graph(root: Path = ROOT) -> dict[str, set[str]]:
    known = modules(root)
    return {name: {m for m, _ in imports(path, known, name) if m in known and m != name} for name, path in known.items()}


def test_no_import_cycles():
    edges = graph()
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt] if nxt in stack else [node, nxt])
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for name in sorted(edges):
        if name not in state:
            visit(name, [name])
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_no_private_names_across_modules():
    known = modules()
    crossing = [f"{name} imports {module}.{n}" for name, path in known.items()
                for module, names in imports(path, known, name) for n in names
                if n.startswith("_") and not n.startswith("__") and module != name]
    assert not crossing, "private names used across modules: " + "; ".join(crossing)


def test_the_cycle_check_sees_a_cycle(tmp_path):
    """The check is not blind: two modules importing each other (one lazily) are reported."""
    pkg = tmp_path / "factlint"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from factlint import b\n")
    (pkg / "b.py").write_text("def f():\n    from factlint.a import g\n")
    edges = graph(tmp_path)
    assert "factlint.b" in edges["factlint.a"] and "factlint.a" in edges["factlint.b"]


def rebound_names(source: str) -> list[str]:
    """Module-level names assigned more than once (a later word list silently replacing an earlier one)."""
    seen, twice = set(), []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names = [node.name] if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else [t.id for t in targets if isinstance(t, ast.Name)]
        twice += [n for n in names if n in seen]
        seen.update(names)
    return twice


def test_the_lexicon_binds_each_word_list_once():
    """Word lists live in one lexicon, appended to by several hands: a second ``NAME = ...`` would change
    what every earlier user of NAME reads, so each name is bound once."""
    twice = rebound_names((ROOT / "factlint" / "extract" / "lexicon.py").read_text(encoding="utf-8"))
    assert not twice, "bound twice in factlint/extract/lexicon.py: " + ", ".join(twice)


def test_the_rebinding_check_sees_a_second_binding():
    assert rebound_names("A = 1\nB: int = 2\ndef f(): pass\nA = 3\n") == ["A"]
