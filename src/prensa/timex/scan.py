"""Every rule's matches over a text, the same as each rule's ``finditer``, sooner.

Scanning a text once per rule was most of the timex component's time, and a
rule pattern (``patterns.bounded``) starts with a lookbehind, which ``re``
must try at every character. Two things spare work and change no match:

- the places where a rule may match are found for all rules at once: the
  text is read once for the places after a character that is not a letter,
  digit or "_" (where the rules' ``(?<!\\w)`` may hold), and the first four
  characters there tell, through each rule's gate (``gates.gate``: what a
  match can start with), which rules may start there (kept per four
  characters: an article's "el d", "de l" ... recur in every text). Each of
  those rules is then matched there, from the end of its previous match on,
  as ``finditer`` would: one scan of the text instead of one per rule;
- a rule with no gate looks for the character before a match instead (which
  ``re`` finds in a fast loop of its own) and then matches where it may start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from prensa.timex.gates import GATE_CHARS, gate, never_empty
from prensa.timex.patterns import Rule

WORD_START = r"(?<!\w)"
# Gate answers kept per run of GATE_CHARS characters, cleared when this large
# (the runs that open words are a few tens of thousands in a large corpus).
MAX_OPENINGS = 1 << 16


@cache
def _not_word_before() -> str:
    """A case-sensitive class of every character that may come before a word:
    all but the letters, digits and "_" of Latin-1 (beyond Latin-1 it takes
    all, and the rule's own lookbehind sorts them)."""
    word = "".join(re.escape(c) for c in map(chr, range(256)) if re.match(r"\w", c))
    return f"(?-i:[^{word}])"


# eq=False: compared and hashed as itself (a rule set is a tuple made once per
# scheme), not field by field: hashing a compiled pattern reads all its code, and
# ``_openings`` looks its table up by the whole tuple for every text
@dataclass(frozen=True, eq=False)
class RuleScan:
    """One rule, with what spares scanning for it."""

    rule: Rule
    shifted: re.Pattern[str] | None  # the character before a match, then the match
    # what the first characters of a match may be, where that is plain to see
    # (then ``matches`` finds the places for it, and ``shifted`` is unused)
    gate: re.Pattern[str] | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``self.rule.pattern.finditer(text)``: the same matches."""
        pattern = self.rule.pattern
        if self.shifted is None:
            yield from pattern.finditer(text)
            return
        m = pattern.match(text, 0)  # at the start, nothing comes before
        pos = 0 if m is None else m.end()  # where the next match may start
        if m is not None:
            yield m
        while True:
            before = self.shifted.search(text, max(pos - 1, 0))
            if before is None:
                return
            start = before.start() + 1
            m = pattern.match(text, start)
            if m is None:  # beyond Latin-1, a letter came before
                pos = start + 1
                continue
            yield m
            pos = m.end()

    def match_at(self, text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
        """The rule's matches that start at one of ``starts`` (in order): with
        ``starts`` every place where a match may start, ``finditer``'s."""
        pattern = self.rule.pattern
        end = 0
        for start in starts:
            if start >= end and (m := pattern.match(text, start)) is not None:
                yield m
                end = m.end()


def rule_scan(rule: Rule) -> RuleScan:
    source, flags = rule.pattern.pattern, rule.pattern.flags
    shifted = opening = None
    if source.startswith(WORD_START) and never_empty(source, flags):
        # the gate read from the whole pattern (its lookarounds add no
        # character) is the one ``bounded`` put in it, or a looser one; read
        # ignoring case, it takes a case-sensitive rule's starts too
        lookahead = gate(source) if flags & ~(re.UNICODE | re.IGNORECASE) == 0 else ""
        if lookahead:
            opening = re.compile(lookahead, re.IGNORECASE)
        else:
            shifted = re.compile(_not_word_before() + source[len(WORD_START) :], flags)
    return RuleScan(rule, shifted, opening)


def rule_scans(rules: tuple[Rule, ...]) -> tuple[RuleScan, ...]:
    return tuple(rule_scan(r) for r in rules)


def matches(scans: tuple[RuleScan, ...], text: str) -> Iterator[tuple[int, Rule, re.Match[str]]]:
    """``(order, rule, match)`` for every match of each rule, rule by rule in
    order, as ``rule.pattern.finditer(text)`` finds them."""
    starts = _starts(scans, text)
    for order, scan in enumerate(scans):
        found = scan.finditer(text) if scan.gate is None else scan.match_at(text, starts[order])
        for m in found:
            yield order, scan.rule, m


def _starts(scans: tuple[RuleScan, ...], text: str) -> list[list[int]]:
    """For each rule with a gate, in order, the places where its gate lets a
    match start: after a character ``_not_word_before`` takes (or at the
    text's start), where the next GATE_CHARS characters pass the gate."""
    starts: list[list[int]] = [[] for _ in scans]
    rules_at = _openings(scans)
    if len(rules_at) > MAX_OPENINGS:
        rules_at.clear()
    for start in _word_starts(text):
        key = text[start : start + GATE_CHARS]
        orders = rules_at.get(key)
        if orders is None:
            orders = rules_at[key] = tuple(
                order for order, scan in enumerate(scans) if scan.gate and scan.gate.match(key)
            )
        for order in orders:
            starts[order].append(start)
    return starts


@cache
def _openings(scans: tuple[RuleScan, ...]) -> dict[str, tuple[int, ...]]:
    """A text's GATE_CHARS characters -> the rules (by order) whose gate
    passes there: one table per rule set, filled as texts come."""
    return {}


def _word_starts(text: str) -> list[int]:
    """0 and every place after a character that ``_not_word_before`` takes
    (``m.end()`` of each of its matches), told from the text's code points at
    once instead of a ``re`` match each."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _before_word()
    before = table[np.minimum(codes, len(table) - 1)]
    return [0, *(np.flatnonzero(before) + 1).tolist()]


@cache
def _before_word() -> npt.NDArray[np.bool_]:
    """By code point, whether the character may come before a match of a gated
    rule (``_not_word_before``): one entry for each Latin-1 character, and a
    last one, True, for every character beyond."""
    pattern = re.compile(_not_word_before())
    return np.array([pattern.match(chr(c)) is not None for c in range(256)] + [True])
