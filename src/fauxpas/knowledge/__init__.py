"""Knowledge shipped as data: lexicons per language, and (later) calendars,
gazetteers and hashtag knowledge. ``Knowledge`` loads files on first use and keeps
them; tests can hand a check a ``Knowledge`` of their own."""

from __future__ import annotations

import threading
from pathlib import Path

from fauxpas.knowledge.lexicon import LEXICON_DIR, Lexicon, LexiconError, load_file

__all__ = ["Knowledge", "Lexicon", "LexiconError", "default_knowledge"]


class Knowledge:
    def __init__(self, lexicon_dir: Path = LEXICON_DIR):
        self.lexicon_dir = lexicon_dir
        self._lexicons: dict[tuple[str, str], Lexicon | None] = {}
        self._lock = threading.Lock()

    def lexicon(self, name: str, lang: str) -> Lexicon | None:
        """The lexicon ``name`` for ``lang``, or None if that language has none."""
        key = (name, lang)
        if key not in self._lexicons:
            with self._lock:
                if key not in self._lexicons:
                    path = self.lexicon_dir / lang / f"{name}.yaml"
                    self._lexicons[key] = load_file(path) if path.exists() else None
        return self._lexicons[key]

    def languages_with(self, name: str) -> list[str]:
        return sorted(p.parent.name for p in self.lexicon_dir.glob(f"*/{name}.yaml"))


_default: Knowledge | None = None


def default_knowledge() -> Knowledge:
    global _default
    if _default is None:
        _default = Knowledge()
    return _default
