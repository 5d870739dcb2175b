"""What every match of a regular pattern starts with.

Read from ``re``'s own parse of the pattern, for the timex rules and their
scan (``patterns``, ``scan``): ``gate`` is a lookahead for the first
characters (up to four) a match can start with ("el ", "la ", a digit then a
digit or a space ...), to put before the pattern: it matches the same and
spares trying every alternative at each word; the scan asks it where each
rule may start. Where the answer is not plain to see there is no gate; that
only costs time.

(Words that every match of a rule holds, "enero" ... "diciembre", once let
the scan skip a rule over a text without them; since the scan reads the
text once for all rules, looking for the words cost more than it spared:
0.070 -> 0.055 s a pass over the 45 seed and dev texts without them.)
"""

from __future__ import annotations

import importlib
import re
from itertools import product
from typing import Any

# re's parser (``re._parser``, ``re._constants``): private modules that
# typeshed does not describe, so they are taken by name, as plain objects.
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")
_CLASSES = {
    _constants.CATEGORY_DIGIT: r"\d",
    _constants.CATEGORY_NOT_DIGIT: r"\D",
    _constants.CATEGORY_WORD: r"\w",
    _constants.CATEGORY_NOT_WORD: r"\W",
    _constants.CATEGORY_SPACE: r"\s",
    _constants.CATEGORY_NOT_SPACE: r"\S",
}
_ZERO_WIDTH = (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT)
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
# Past this many alternatives a gate spares little and costs its own time.
MAX_PREFIXES = 400
# A gate looks at most this many characters ahead. Two let through every
# "el", "la", "de" before the rules that open with an article or a count;
# on the 45 seed and dev texts four cut those rules' scans by about a third
# (before_after 0.017 -> 0.009 s), the whole scan by a sixth.
GATE_CHARS = 4

Node = tuple[Any, Any]
# A character a match may hold at one place, as a character-class item
# ("a", "a-c", "\d"); a negated class is left out (no gate).
Char = tuple[str, ...]
Prefix = tuple[Char, ...]


def first_chars(body: str) -> str | None:
    """A character class (without brackets) holding every character a match of
    ``body`` (read case-insensitively) can start with, or None where that is
    not plain to see (a match may be empty, or start with any character)."""
    found = prefixes(body, 1)
    if found is None:
        return None
    return "".join(sorted({item for (first,) in found for item in first}))


def gate(body: str) -> str:
    """A lookahead for the first characters a match of ``body`` (read
    case-insensitively, as ``prensa.timex.patterns.bounded`` compiles it) can
    start with: as many as are plain to see, up to ``GATE_CHARS``; the
    one-character class where two are not plain to see; "" where neither is.

    >>> gate(r"(?:el|la)\\s+mes")
    '(?=(?:[e][l][\\\\s][\\\\sm]|[l][a][\\\\s][\\\\sm]))'
    >>> gate(r"el|la")  # no match is longer than two
    '(?=(?:[e][l]|[l][a]))'
    """
    for k in range(GATE_CHARS, 1, -1):
        found = prefixes(body, k)
        if found is not None:
            return f"(?={_alternation(found)})"
    first = first_chars(body)
    return f"(?=[{first}])" if first else ""


def _alternation(found: set[Prefix]) -> str:
    """A pattern for prefixes of one length, each class that starts several
    of them written once ("[e][l]|[e][n]" is "[e][ln]")."""
    if all(len(p) == 1 for p in found):
        return "[" + "".join(sorted({item for (one,) in found for item in one})) + "]"
    rests: dict[str, set[Prefix]] = {}  # a first character's class: what may follow it
    for p in found:
        rests.setdefault("".join(sorted(p[0])), set()).add(p[1:])
    branches = [f"[{one}]{_alternation(rests[one])}" for one in sorted(rests)]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def prefixes(body: str, k: int) -> set[Prefix] | None:
    """Every run of ``k`` characters a match of ``body`` can start with, or
    None where a match may be shorter than ``k`` or the set is not plain."""
    found = _seq(_parser.parse(body, re.IGNORECASE).data, k)
    if found is None or any(len(p) < k for p in found):
        return None
    return found


def _seq(seq: list[Node], k: int) -> set[Prefix] | None:
    """The prefixes, up to ``k`` characters, of the matches of a sequence
    (shorter ones where a match of it may end sooner)."""
    out: set[Prefix] = {()}
    for op, av in seq:
        if all(len(p) >= k for p in out):
            break
        node = _node(op, av, k)
        if node is None:
            return None
        out = {(p + q)[:k] if len(p) < k else p for p, q in product(out, node)}
        if len(out) > MAX_PREFIXES:
            return None
    return out


def _node(op: Any, av: Any, k: int) -> set[Prefix] | None:
    if op in _ZERO_WIDTH:
        return {()}  # zero-width: a superset of what the pattern admits
    if op is _constants.LITERAL:
        return {((re.escape(chr(av)),),)}
    if op is _constants.IN:
        items = [_class_item(o, a) for o, a in av]
        if any(i is None for i in items):
            return None
        return {(tuple(i for i in items if i is not None),)}
    if op is _constants.SUBPATTERN:
        return _seq(av[-1].data, k)
    if op is _constants.BRANCH:
        out: set[Prefix] = set()
        for alt in av[1]:
            part = _seq(alt.data, k)
            if part is None:
                return None
            out |= part
        return out
    if op in _REPEATS:
        low, high, item = av
        one = _seq(item.data, k)
        if one is None:
            return None
        out = {()} if low == 0 else set()
        run: set[Prefix] = {()}
        for n in range(1, min(high, k + low) + 1):
            run = {(p + q)[:k] for p, q in product(run, one)}
            if n >= low:
                out |= run
            if len(out) > MAX_PREFIXES:
                return None
        return out
    return None


def _class_item(op: Any, av: Any) -> str | None:
    if op is _constants.LITERAL:
        return re.escape(chr(av))
    if op is _constants.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is _constants.CATEGORY and av in _CLASSES:
        return str(_CLASSES[av])
    return None  # a negated class: left out


def never_empty(source: str, flags: int = re.IGNORECASE) -> bool:
    """Whether every match of the pattern holds at least one character."""
    return bool(_parser.parse(source, flags).getwidth()[0] > 0)
