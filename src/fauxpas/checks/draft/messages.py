"""What FP102 says about each kind of placeholder, and what to write instead."""

from __future__ import annotations

from fauxpas.checks.marker_text import quote

_MESSAGES = {
    "template": "Template variable {q} was never filled in: the post would go out with the "
                "raw code in it.",
    "fence": "Placeholder {q} left where the copy should be.",
    "slot": "Bracketed placeholder {q} was never replaced.",
    "amount": "Placeholder figure {q} instead of a real amount, date or number.",
    "link": "Dummy link {q}: the real address was never put in.",
    "handle": "Placeholder account handle {q}: the real account was never tagged.",
    "lorem": "Dummy text {q} instead of the real copy.",
    "marker": "Editor's marker {q} left in the copy.",
    "note": "{q} reads as a note to the team, not as copy for the public.",
}

_SUGGESTIONS = {
    "template": "Fill in the value (check the data in the merge or scheduling tool) or "
                "rewrite the sentence without {q}.",
    "amount": "Put the real figure in place of {q}, or leave the figure out.",
    "link": "Put the real link in place of {q}.",
    "handle": "Tag the real account in place of {q}, or leave the tag out.",
    "lorem": "Replace the dummy text with the finished copy.",
    "marker": "Finish the copy and remove {q}.",
    "note": "Finish the copy and remove the note {q} before it goes out.",
}
_DEFAULT_SUGGESTION = "Finish the copy: replace {q} with the real text or link, or remove it."


def message(kind: str, snippet: str) -> str:
    return _MESSAGES.get(kind, _MESSAGES["slot"]).format(q=quote(snippet))


def suggestion(kind: str, snippet: str) -> str:
    return _SUGGESTIONS.get(kind, _DEFAULT_SUGGESTION).format(q=quote(snippet))
