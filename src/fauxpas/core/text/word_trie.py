"""One regular expression that finds any of many words inside a string.

``any_word_pattern(words)`` is the source of a pattern that matches wherever one of
``words`` begins; ``search`` with it answers "does any of these words occur in this
string?" in one C-level scan. The words are laid out as a trie (``(?:a(?:nal|ss)|cum)``),
so at each position the regex engine follows one branch per letter instead of trying
every word in turn, as a plain ``a|b|c`` alternation would. A word that extends a
shorter one is left out: wherever it occurs, the shorter one occurs too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # marks a node where a word ends


def any_word_pattern(words: Iterable[str]) -> str | None:
    """The pattern source, or None when there are no (non-empty) words."""
    root: dict = {}
    for word in sorted(set(words), key=len):
        if not word:
            continue
        node = root
        for ch in word:
            if _END in node:
                break  # a shorter word already ends here
            node = node.setdefault(ch, {})
        else:
            node.clear()  # nothing longer is needed once this word ends here
            node[_END] = {}
    return _render(root) if root else None


def _render(node: dict) -> str:
    if _END in node:
        return ""
    branches = [re.escape(ch) + _render(child) for ch, child in sorted(node.items())]
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
