"""FP101 profanity: swear words and obscenities, however they are written.

Reads the text in every language it may be in, and in English, after normalisation
(case, accents, Unicode look-alikes, leetspeak, stretched letters, letters spaced out or
hidden behind asterisks), on word boundaries, hashtags split into their words. How sure
a finding is comes from the word (its sureness, 0-2, as in cuss) and from how it was
written: a masked "f***ing" is still a swear word on a brand account. The lesson
behind it (a real case) is in doc.md, "## Lesson".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, ClassVar

from fauxpas.checks.base import Check
from fauxpas.checks.profanity.lexicons import reading
from fauxpas.checks.profanity.matching import Hit, entry_severity, find_hits, keep
from fauxpas.checks.registry import register
from fauxpas.context.counter_speech import rejects_hate, reported_speech
from fauxpas.context.cues import foreign_homograph
from fauxpas.core.check_context import CheckContext
from fauxpas.core.text.tokens import LEET
from fauxpas.core.verdict import Category, Finding, Severity

# Confidence of a match by the word's sureness, then by how it was written. A "maybe"
# word (sureness 1) stays under the default report threshold (0.35): it only shows for
# automated replies, whose stricter thresholds report from 0.25.
_BY_SURENESS = {2: 0.9, 1: 0.3, 0: 0.0}
_BY_FORM = {"exact": 1.0, "variant": 1.0, "spaced": 0.95, "symbol": 0.9, "prefix": 0.85,
            "suffix": 0.85, "masked": 0.9}
_AMBIGUOUS_MASK = 0.95  # "s***": shit or slut; still a swear word either way
_IN_HASHTAG = 0.95
_SECOND_LANGUAGE = 0.9  # the word is profanity only in a less likely language of the text
_SEVERITY_ORDER = {"info": 0, "warn": 1, "block": 2}
# A swear word or slur quoted, in a text that condemns it (counter-speech): a note.
QUOTED_CAP = 0.4
_LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish",
                   "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "no": "Norwegian",
                   "da": "Danish", "sv": "Swedish", "hu": "Hungarian",
                   "pl": "Polish"}
_FORM_NOTES = {"variant": "spelled to dodge filters, still read as it",
               "spaced": "spelled out letter by letter", "masked":
               "partly hidden but still read as it", "prefix": "inside a compound",
               "suffix": "inside a compound"}


@register
class ProfanityCheck(Check):
    code = "FP101"
    name = "profanity"
    category = Category.PROFANITY
    severity = Severity.BLOCK
    summary = ("Swear words and obscenities in twelve languages, also when masked (f***, "
               "c*nt), in leetspeak (sh1t, $hit), stretched (fuuuck), spaced out (f u c k) "
               "or inside hashtags; innocent words of each language (fart, slut, Gift, "
               "pain) are left alone.")
    options: ClassVar[dict[str, Any]] = {
        "skip": [],  # lexicon entry ids never to report, e.g. a word the brand uses
        "min_sureness": 1,  # 2: report only words that are sure to be profanity
        # the gentlest words (damn, crap: severity info) are a note that holds nothing;
        # true holds them for review like the other mild words
        "hold_gentle": False,
    }

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        skip = set(self.option(ctx, "skip") or ())
        floor = self.option(ctx, "min_sureness") or 1
        for hit in find_profanity(ctx, min_sureness=floor):
            if hit.entry.id not in skip:
                yield self._finding(ctx, hit)

    def _finding(self, ctx: CheckContext, hit: Hit) -> Finding:
        written = ctx.text[hit.start:hit.end]
        entry = hit.entry
        confidence = _BY_SURENESS[entry.sureness] * _BY_FORM.get(hit.form, 1.0)
        ambiguous = bool(hit.alternatives) and not entry.extra.get("common")
        if ambiguous:
            confidence *= _AMBIGUOUS_MASK
        if hit.in_hashtag:
            confidence *= _IN_HASHTAG
        if hit.language != "en" and hit.language != ctx.lang:
            confidence *= _SECOND_LANGUAGE
        severity = _severity(hit)
        quoted_to_condemn = (reported_speech(ctx.text, hit.start, hit.end)
                             and rejects_hate(ctx) is not None)
        if quoted_to_condemn:
            # "»Skrid hjem, perker.« ... Racisme er en skam": the words of the person it
            # condemns, reported; a person reads it, nothing holds it
            confidence = min(confidence, QUOTED_CAP)
            severity = Severity.WARN
        gentle = severity is Severity.INFO
        if gentle and self.option(ctx, "hold_gentle"):
            severity = Severity.WARN
        language = _LANGUAGE_NAMES.get(hit.language, hit.language)
        read_as = f"{language} \"{hit.term}\""
        if ambiguous:
            others = ", ".join(f"\"{term}\"" for _, term in hit.alternatives[:3])
            read_as += f" (or {others})"
        how = "inside a hashtag" if hit.in_hashtag else _FORM_NOTES.get(hit.form)
        message = f"Profanity: \"{written}\" ({read_as})"
        message += f", {how}." if how else "."
        if quoted_to_condemn:
            message += (" It is quoted to condemn it: make sure the post needs the word "
                        "itself.")
        elif entry.sureness < 2:
            message += " It is not always meant that way: read it in context."
        elif gentle:
            message += (" A mild word: fine if your brand's voice allows it, and the post "
                        "is not held for it.")
        return self.finding(
            ctx,
            message=message,
            confidence=confidence,
            span=(hit.start, hit.end),
            severity=severity,
            suggestion=(f"Rephrase without \"{written}\": a brand account does not swear, "
                        "masked or not. If this was meant for a personal account, it looks "
                        "like a personal post: check which account you are posting from."),
            evidence={"entry": entry.id, "term": hit.term, "language": hit.language,
                      "form": hit.form, "sureness": entry.sureness, "source": entry.source,
                      **({"or": [term for _, term in hit.alternatives]}
                         if hit.alternatives else {})},
        )


def find_profanity(ctx: CheckContext, *, min_sureness: int = 2) -> list[Hit]:
    """The profanity in ``ctx.text`` as FP101 reads it (languages, exceptions, names,
    allow-list; in a bot's reply, its @handles too), for other checks too (a swear word
    is a sign of a personal post).
    Computed once per text and kept in ``ctx.shared``."""
    hits = ctx.shared.get("profanity")
    if hits is None:
        hits = []
        tokens = ctx.tokens
        if ctx.strict:  # a bot that greets "@Sh1tFaceSteve" publishes the handle itself
            tokens = [_handle_as_hashtag(t) if t.kind == "mention" else t for t in tokens]
        if tokens:
            data = reading(ctx.knowledge, ctx.languages)
            found = find_hits(tokens, ctx.text, data, ctx.lang, ctx.words, ctx.vocabulary)
            if found:
                hits = [hit for hit in keep(found, tokens, ctx.text, data, ctx.languages,
                                            ctx.allow) if not _ordinary_word_here(ctx, hit)]
        ctx.shared["profanity"] = hits
    return [hit for hit in hits if hit.entry.sureness >= min_sureness]


# the leetspeak symbols read between letters in a handle
_LEET_IN_WORD = re.compile(r"(?<=[A-Za-z])[013457@$](?=[a-z])")


def _handle_as_hashtag(token):
    """An @handle read like a hashtag, its CamelCase words apart, a digit between letters
    read as the letter it stands for ("@Sh1tFaceSteve": "Shit", "Face", "Steve"). The
    span stays the handle's own."""
    body = _LEET_IN_WORD.sub(lambda m: LEET[m.group()], token.raw[1:])
    return token._replace(kind="hashtag", raw="#" + body)


def _ordinary_word_here(ctx: CheckContext, hit: Hit) -> bool:
    """A word that is profanity in another language but an ordinary word of the post's
    own, as written: English "skum" (scum) in Danish "lakrids eller skum" (foam sweets)."""
    if hit.form != "exact" or ctx.lang not in _LANGUAGE_NAMES:
        return False
    return foreign_homograph(ctx.text[hit.start:hit.end], hit.language, ctx.lang,
                             ctx.languages)


def _severity(hit: Hit) -> Severity:
    """The entry's severity; for a masked word several words fit, the mildest of them."""
    levels = [entry_severity(hit.entry)]
    levels += [entry_severity(entry) for entry, _ in hit.alternatives]
    return Severity(min(levels, key=_SEVERITY_ORDER.__getitem__))
