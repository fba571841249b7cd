"""Word-list signals the heads read next to the embedding.

An embedding of a short post says what it is about, but it blurs the one thing an
offensive post often hinges on: a swear word or a slur. FP101's word lists (the npm
packages ``naughty-words`` and ``cuss``, in the post's own language) know those words, so
a head may take "FP101 finds a sure swear word here" as one more input. For the
harassment head, with everything else equal, it lifted held-out macro-F1 from 0.71 to
0.73 on GermEval 2018, 0.73 to 0.77 on DKhate and 0.57 to 0.71 on ToLD-Br (its model
card has the shipped head's scores). The hate head does not read it: swear words are
no sign of hate toward a group, and HateCheck accuracy fell with it.

The same function serves training (``tools/train_heads.py``) and checking, so a head
always sees the signal it was trained on. Names of signals are stored with each head's
weights (``Head.signals``); a head trained without signals ignores them.
"""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np

from fauxpas.core.check_context import CheckContext

_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


def profanity(ctx: CheckContext) -> float:
    """1.0 if FP101 reads a sure swear word (sureness 2) in the text, else 0.0 (words on
    the brand's allow-list do not count, as in FP101)."""
    from fauxpas.checks.profanity.check import find_profanity

    return 1.0 if find_profanity(ctx, min_sureness=2) else 0.0


READERS = {"profanity": profanity}  # signal name -> its reader
SIGNALS = tuple(READERS)


def signals_of(ctx: CheckContext, names: tuple[str, ...] = SIGNALS) -> np.ndarray:
    """The named signals of the text of ``ctx``, float32 of shape (len(names),)."""
    unknown = [name for name in names if name not in READERS]
    if unknown:
        raise ValueError(f"unknown signal {unknown[0]!r}; known: {', '.join(READERS)}")
    return np.array([READERS[name](ctx) for name in names], dtype=np.float32)


def text_context(text: str) -> CheckContext:
    """A context for a bare text (language detected, no account, no moment), built by the
    engine's own ``text_context``."""
    from fauxpas.core.engine import text_context as engine_text_context
    from fauxpas.core.post import Post

    return engine_text_context(text, None, {"post": Post(id="text", text=text, at=_EPOCH)})


class Readings:
    """What the heads may need to know of each text besides its embedding (its language,
    its signals), worked out only when a head asks, once.

    ``context``: the check context every text is a reading of (the engine's, for a post
    and its lower-cased reading), or one context per text (None for a text of its own);
    without it each text gets its own."""

    def __init__(self, texts: list[str],
                 context: CheckContext | list[CheckContext | None] | None = None):
        self.texts = texts
        given = context if isinstance(context, list) else [context] * len(texts)
        if len(given) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(given)} contexts")
        self._given = given
        self._contexts: list[CheckContext] | None = None
        self._signals: dict[tuple[str, ...], np.ndarray] = {}

    def contexts(self) -> list[CheckContext]:
        if self._contexts is None:
            self._contexts = [context or text_context(text)
                              for text, context in zip(self.texts, self._given)]
        return self._contexts

    def langs(self) -> list[str]:
        return [ctx.lang for ctx in self.contexts()]

    def signals(self, names: tuple[str, ...]) -> np.ndarray:
        """Shape (len(texts), len(names)); an empty text has no signals. A context shared
        by several texts is read once."""
        if names not in self._signals:
            out = np.zeros((len(self.texts), len(names)), dtype=np.float32)
            seen: dict[int, np.ndarray] = {}
            for i, ctx in enumerate(self.contexts()):
                if ctx.text.strip():
                    if id(ctx) not in seen:
                        seen[id(ctx)] = signals_of(ctx, names)
                    out[i] = seen[id(ctx)]
            self._signals[names] = out
        return self._signals[names]
