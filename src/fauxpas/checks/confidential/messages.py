"""What FP104 says about each kind of internal marker, and what to do instead."""

from __future__ import annotations

from fauxpas.checks.marker_text import quote

_MESSAGES = {
    "embargo": "{q} is an embargo note: the news is not public until the embargo lifts, and "
               "the note itself was never meant to be published.",
    "publish": "{q} is an instruction not to publish or share this text.",
    "internal": "{q} marks internal material, not copy for the public.",
    "confidential": "{q} marks the text as confidential.",
    "legal": "{q} reads as a note about legal review, not copy for the public.",
    "statement": "{q} is press-office jargon for prepared wording: the internal draft may "
                 "have been pasted in whole.",
    "secret": "{q} tells the reader a secret: if it is real (figures, a launch not yet "
              "announced), it is not for the public yet.",
    "figures": "{q} quotes internal figures or reports, which are not public.",
}
_SUGGESTIONS = {
    "embargo": "Check that the embargo has lifted before this goes out, and remove the "
               "embargo line from the copy.",
    "publish": "Hold the post until whoever wrote {q} clears it, then remove the "
               "instruction from the copy.",
    "legal": "Wait for the legal sign-off, then remove the note from the copy.",
    "statement": "Publish only the approved public wording, without the internal labels.",
    "secret": "If the news is real, wait for the announcement; if it is a teaser, make sure "
              "nothing in it is still internal.",
    "figures": "Publish only figures that are already public, or get them cleared first.",
}
_DEFAULT_SUGGESTION = ("Make sure this is cleared for the public, and remove the internal "
                       "marker {q} from the copy.")


def message(kind: str, snippet: str) -> str:
    return _MESSAGES.get(kind, _MESSAGES["internal"]).format(q=quote(snippet))


def suggestion(kind: str, snippet: str) -> str:
    return _SUGGESTIONS.get(kind, _DEFAULT_SUGGESTION).format(q=quote(snippet))
