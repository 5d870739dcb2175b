"""Every rule's matches over a text, the same as each rule's ``finditer``, sooner.

Scanning a text once per rule is most of the timex component's time, and a
rule pattern (``patterns.bounded``) starts with a lookbehind, which ``re``
must try at every character. Two things spare work and change no match:

- a rule whose matches all hold one of a few words (``gates.required_words``:
  "enero" ... "diciembre") is not scanned over a text that has none of them;
- the scan looks for the character before a match instead (a character that
  is not a letter, digit or "_", which ``re`` finds in a fast loop of its own)
  and then matches the rule where it may start, as ``finditer`` would have:
  from the end of the previous match on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from prensa.timex.gates import PLAIN, never_empty, required_words
from prensa.timex.patterns import Rule

WORD_START = r"(?<!\w)"
PLAIN_TEXT = re.compile(f"[{PLAIN}]*")


@cache
def _not_word_before() -> str:
    """A case-sensitive class of every character that may come before a word:
    all but the letters, digits and "_" of Latin-1 (beyond Latin-1 it takes
    all, and the rule's own lookbehind sorts them)."""
    word = "".join(re.escape(c) for c in map(chr, range(256)) if re.match(r"\w", c))
    return f"(?-i:[^{word}])"


@dataclass(frozen=True)
class RuleScan:
    """One rule, with what spares scanning for it."""

    rule: Rule
    words: frozenset[str] | None  # every match holds one of these (lower case)
    shifted: re.Pattern[str] | None  # the character before a match, then the match

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


def rule_scan(rule: Rule) -> RuleScan:
    source, flags = rule.pattern.pattern, rule.pattern.flags
    shifted = None
    if source.startswith(WORD_START) and never_empty(source, flags):
        body = source[len(WORD_START) :]
        shifted = re.compile(_not_word_before() + body, flags)
    return RuleScan(rule, required_words(source, flags), shifted)


def rule_scans(rules: tuple[Rule, ...]) -> tuple[RuleScan, ...]:
    return tuple(rule_scan(r) for r in rules)


def matches(scans: tuple[RuleScan, ...], text: str) -> Iterator[tuple[int, Rule, re.Match[str]]]:
    """``(order, rule, match)`` for every match of each rule, rule by rule in
    order, as ``rule.pattern.finditer(text)`` finds them."""
    low = text.lower() if PLAIN_TEXT.fullmatch(text) else None
    for order, scan in enumerate(scans):
        if low is not None and scan.words is not None and not any(w in low for w in scan.words):
            continue
        for m in scan.finditer(text):
            yield order, scan.rule, m
