"""What a check sees: ``CheckContext``.

One context is built per text the engine checks (the post's own text, and the target's
text when the post spreads it), so a check never does I/O of its own and tests can hand
it whatever world they need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fauxpas.core.post import Post
from fauxpas.core.text.fold import fold
from fauxpas.core.text.lang import LanguageGuess
from fauxpas.core.text.tokens import Token, tokenize, tokenize_with_words, word_norms
from fauxpas.knowledge import Knowledge, default_knowledge


@dataclass
class CheckContext:
    post: Post
    text: str
    language: LanguageGuess
    on_target: bool = False
    knowledge: Knowledge = field(default_factory=default_knowledge)
    options: dict[str, Any] = field(default_factory=dict)
    allow: frozenset[str] = frozenset()  # folded terms the brand allows
    strict: bool = False  # bot replies and echoes: lower thresholds
    model_loader: Callable[[], Any] | None = None
    shared: dict[str, Any] = field(default_factory=dict)  # per-text cache shared by checks

    @property
    def lang(self) -> str:
        return self.language.lang

    @property
    def languages(self) -> tuple[str, ...]:
        return self.language.candidates

    @property
    def own_reply(self) -> bool:
        """The text is the account's own reply to someone, not the message it answers."""
        return self.post.action == "reply" and not self.on_target

    @property
    def moment(self) -> datetime:
        return self.post.at

    @property
    def tokens(self) -> list[Token]:
        tokens = self.shared.get("tokens")
        if tokens is None:
            tokens = self.shared["tokens"] = tokenize(self.text)
        return tokens

    @property
    def words(self) -> tuple[str, ...]:
        """The folded form (``norm``) of each word and spaced-out word, in order: what
        most screens look up, worked out once per text."""
        words = self.shared.get("words")
        if words is None:
            if "tokens" in self.shared:
                words = word_norms(self.tokens)
            else:
                self.shared["tokens"], words = tokenize_with_words(self.text)
            self.shared["words"] = words
        return words

    @property
    def vocabulary(self) -> frozenset[str]:
        """The set of ``words``: a check's "could anything here match" test is one set
        operation on it."""
        vocabulary = self.shared.get("vocabulary")
        if vocabulary is None:
            vocabulary = self.shared["vocabulary"] = frozenset(self.words)
        return vocabulary

    @property
    def model(self) -> Any:
        """The embedding model (loaded once per process), or None in the rules tier."""
        return self.model_loader() if self.model_loader else None

    def allowed(self, span: tuple[int, int]) -> bool:
        """True if the text at ``span`` is on the brand's allow-list."""
        if not self.allow:
            return False
        return fold(self.text[span[0]:span[1]]).strip("#@") in self.allow

    def with_options(self, options: dict[str, Any]) -> CheckContext:
        """The same context (sharing its caches) with one check's options."""
        clone = CheckContext.__new__(CheckContext)
        clone.__dict__.update(self.__dict__)
        clone.options = options
        return clone
