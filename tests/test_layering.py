"""The package reads as the data flows: text → Doc → records → exports.

Every import between prensa's modules (module level or inside a function) is
read from the source with ``ast`` and checked against the layers below: a
module imports only from its own layer or a lower one, no two modules import
each other through any chain, no module imports another package's private
name, and the longest chain of imports, the "floors" of the house, stays at
eight or fewer. That chain is counted two ways: between single modules
(``prensa.cli`` → ``prensa.pipeline`` → ``prensa.timex.component`` → ... →
``prensa.lexicon``), at most ``MAX_MODULE_CHAIN``; and between the packages
of the plan (``prensa.actors``, ``prensa.pipeline``, ``prensa.cli`` ...), at
most ``MAX_FLOORS``.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

# Lowest first. A module belongs to the first entry that is a prefix of its name.
LAYERS: tuple[tuple[str, ...], ...] = (
    (
        "prensa.lexicon",
        "prensa.extensions",
        "prensa.zones",
        "prensa.pos_tags",
        "prensa.lemmas",
        "prensa.matmul",
        "prensa.token_table",
    ),
    ("prensa.timex", "prensa.actors", "prensa.profile"),
    ("prensa.speakers",),
    ("prensa.quotes",),
    ("prensa.records", "prensa.io"),
    ("prensa.chunking", "prensa.extract", "prensa.batch", "prensa.spans"),
    ("prensa.pipeline",),
    ("prensa.export", "prensa.report", "prensa.schema"),
    ("prensa.cli",),
    ("prensa",),
)
MAX_FLOORS = 8
MAX_MODULE_CHAIN = 8


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted((SRC / "prensa").rglob("*.py"))}


def layer(name: str) -> int:
    for n, prefixes in enumerate(LAYERS):
        if any(name == p or name.startswith(p + ".") for p in prefixes):
            return n
    raise AssertionError(f"{name} is in no layer: add it to LAYERS")


def package(name: str) -> str:
    """prensa.actors.link → prensa.actors; prensa.cli → prensa.cli."""
    return ".".join(name.split(".")[:2])


@cache
def imports(name: str) -> tuple[tuple[str, str | None], ...]:
    """(module imported, name taken from it or None) for each prensa import."""
    tree = ast.parse(MODULES[name].read_text("utf-8"))
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, None) for a in node.names if a.name.split(".")[0] == "prensa"]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != "prensa":
                continue
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.append((sub, None) if sub in MODULES else (node.module, alias.name))
    return tuple(found)


def edges(name: str) -> set[str]:
    return {target for target, _ in imports(name) if target != name}


def test_layering_every_module_has_a_layer() -> None:
    for name in MODULES:
        layer(name)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_layering_imports_go_down(name: str) -> None:
    upward = [t for t in edges(name) if layer(t) > layer(name)]
    assert not upward, f"{name} (layer {layer(name)}) imports from above: {upward}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_layering_no_private_names_across_packages(name: str) -> None:
    reached = [
        f"{target}.{taken}"
        for target, taken in imports(name)
        if taken and taken.startswith("_") and package(target) != package(name)
    ]
    assert not reached, f"{name} reaches into private names: {reached}"


def chain(name: str, step: Callable[[str], set[str]], path: tuple[str, ...] = ()) -> int:
    """The longest chain of imports from ``name``, counted in nodes."""
    assert name not in path, "import cycle: " + " → ".join((*path, name))
    return 1 + max((chain(t, step, (*path, name)) for t in step(name)), default=0)


def package_edges(pkg: str) -> set[str]:
    return {package(t) for m in MODULES if package(m) == pkg for t in edges(m)} - {pkg}


def test_layering_no_module_cycle_and_no_taller_than_today() -> None:
    height = {name: chain(name, edges) for name in MODULES}
    # ``python -m prensa`` (``prensa.__main__``) only calls ``prensa.cli.main``:
    # a door into the top floor, not a floor of its own
    doors = [name for name in height if name.endswith(".__main__")]
    assert all(edges(name) == {"prensa.cli"} for name in doors)
    for name in doors:
        del height[name]
    worst = max(height, key=height.__getitem__)
    assert height[worst] <= MAX_MODULE_CHAIN, f"{worst} stands {height[worst]} modules high"


def test_layering_the_house_has_at_most_eight_floors() -> None:
    packages = {package(m) for m in MODULES}
    height = {p: chain(p, package_edges) for p in packages}
    worst = max(height, key=height.__getitem__)
    assert height[worst] <= MAX_FLOORS, f"{worst} stands {height[worst]} floors high"


def test_layering_sees_the_imports() -> None:
    # the checker itself: it must find the edges it is meant to police
    assert "prensa.records" in edges("prensa.export")
    assert "prensa.speakers.resolver" in edges("prensa.quotes.component")
