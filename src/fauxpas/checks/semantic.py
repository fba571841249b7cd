"""What the model checks share: head scores per text (one embedding for all checks) and
the mapping from a head's probability to a finding's confidence.

Nothing here imports numpy or the model: ``ctx.model`` loads it on first use, in the full
tier only, so the rule tier stays light.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from fauxpas.context.cues import ctx_cues, text_cues
from fauxpas.core.check_context import CheckContext
from fauxpas.core.text.model_text import model_text
from fauxpas.core.text.plain import plain_reading
from fauxpas.core.verdict import Severity

_KEY = "head_scores"
_READINGS = "model_readings"


def head_scores(ctx: CheckContext) -> dict[str, float] | None:
    """Every head's probability for ``ctx.text`` (cached per text), or None without a model."""
    cached = ctx.shared.get(_KEY)
    if cached is not None:
        return cached
    model = ctx.model
    if model is None or not ctx.text.strip():
        return None
    scores = {name: float(max(values))
              for name, values in model.scores(model_readings(ctx), context=ctx).items()}
    _keep(ctx, scores, {name: model.cutoffs(name) for name in scores})
    return scores


def _keep(ctx: CheckContext, scores: dict[str, float],
          cutoffs: dict[str, tuple[float, float]]) -> None:
    ctx.shared[_KEY] = scores
    ctx.shared["head_cutoffs"] = cutoffs


def scores_without(ctx: CheckContext, spans) -> dict[str, float] | None:
    """Every head's probability for ``ctx.text`` with ``spans`` (objects with ``start`` and
    ``end``, such as cue hits) taken out, read with the text's own language and signals:
    what the rest of the text says ("Our fries are to die for" without its idiom). None
    without a model; every head 0 when nothing is left."""
    model = ctx.model
    if model is None:
        return None
    rest, end = [], 0
    for span in sorted(spans, key=lambda span: span.start):
        rest.append(ctx.text[end:span.start])
        end = max(end, span.end)
    rest.append(ctx.text[end:])
    text = " ".join(" ".join(rest).split())
    if not any(ch.isalpha() for ch in text):
        return {name: 0.0 for name in ctx.shared.get("head_cutoffs", {})}
    return {name: float(values[0]) for name, values in model.scores([text], context=ctx).items()}


def read_without_idioms(ctx: CheckContext, head: str, score: float,
                        cutoff: float) -> float | None:
    """The head's score for the text without its figures of speech (cue kind ``idiom``:
    "to die for", "une tuerie", "me muero de risa") when it has some and the head reads
    the whole text at ``cutoff`` or more; None otherwise. The heads read those words
    literally; what the rest of the text says is what counts. "We're dying of laughter at
    the bombing" keeps its bombing, and an idiom that a violent act reaches out of (cue kind
    ``violent_act``: "deserved to die for her views") is read literally; one that holds the
    act whole ("this salsa packs a punch") stays an idiom."""
    if score < cutoff:
        return None
    cues = ctx_cues(ctx)
    literal = cues.of("violent_act")
    idioms = [hit for hit in cues.of("idiom")
              if not any(act.start < hit.end and hit.start < act.end
                         and not (hit.start <= act.start and act.end <= hit.end)
                         for act in literal)]
    if not idioms:
        return None
    rest = scores_without(ctx, idioms)
    return None if rest is None else min(score, rest[head])


def prefetch(contexts: list[CheckContext]) -> None:
    """Score the readings of many texts in one batch and keep each text's scores, as
    ``head_scores`` would: the model reads a batch sorted by length, with less padding and
    fewer runs than one text at a time, and each head is one matrix product for all."""
    todo = [ctx for ctx in contexts if ctx.text.strip() and _KEY not in ctx.shared]
    model = todo[0].model if todo else None
    if model is None:
        return
    all_scores = model.scores_many([(model_readings(ctx), ctx) for ctx in todo])
    cutoffs = {name: model.cutoffs(name) for name in all_scores[0]}  # one group per ctx
    for ctx, scores in zip(todo, all_scores):
        _keep(ctx, scores, cutoffs)


def model_readings(ctx: CheckContext) -> list[str]:
    """The texts the heads read for ``ctx.text``; each head keeps its strongest score.

    - The text as written.
    - Its lower-case reading when it shouts: the model reads capitals as odd word pieces.
    - Its plain reading when words in it are disguised or misspelt ("h4te", "t h r e a t",
      "stupd": ``core/text/plain.py``), as a filter-dodger means it to be read.
    - For a bot reply or an echo (strict checking), also without the hashtags it ends
      with (``without_closing_hashtags``): a campaign tag a bot adds to the public's words
      does not make them milder. Not for the brand's own posts, whose closing tags are
      often what makes them harmless ("Sex, blood, violence. No, it's #CookingShow");
      read without them, 5 more of 2,400 ordinary posts were flagged.

    Of a text longer than ``MODEL_CHARS``, only the beginning (``core/text/model_text.py``).
    """
    cached = ctx.shared.get(_READINGS)
    if cached is not None:
        return cached
    text = model_text(ctx.text)  # a long text: its beginning only
    tokens = ctx.tokens if text is ctx.text else [t for t in ctx.tokens if t.end <= len(text)]
    texts = [text]
    if shouting(text) >= 0.6:
        texts.append(text.lower())
    plain = plain_text(ctx)
    if plain is not None:
        texts.append(plain)
    if ctx.strict:  # a bot reply or an echo: the public's words under the brand's tag
        untagged = without_closing_hashtags(text, tokens)
        if untagged is not None:
            texts.append(untagged)
    ctx.shared[_READINGS] = texts
    return texts


_PLAIN = "plain_reading"


def plain_text(ctx: CheckContext) -> str | None:
    """The plain reading of the text the model reads (``core/text/plain.py``: "h4te" ->
    "hate", "stupd" -> "stupid"), or None when no word in it is disguised or misspelt.
    Worked out once per text."""
    if _PLAIN not in ctx.shared:
        text = model_text(ctx.text)
        tokens = (ctx.tokens if text is ctx.text
                  else [t for t in ctx.tokens if t.end <= len(text)])
        ctx.shared[_PLAIN] = plain_reading(text, tokens, ctx.lang, ctx.languages,
                                           split_if=telling_split)
    return ctx.shared[_PLAIN]


# What the words of a split must be for the split to be read: a group of people, or a word
# of hostility, contempt or insult (lexicons ``groups`` and ``cues``).
TELLING_KINDS = ("group", "othering", "hostile", "demeaning", "slur", "slur_local", "expel")


@lru_cache(maxsize=4096)
def telling_split(words: str) -> bool:
    """Words run together are read apart ("sonbasura" -> "son basura", "losjudios") only
    when one of them names a group or is hostile, demeaning or insulting: a run-together
    word is rare, but an unknown word is common ("rilevatore", a detector, is no
    "rilevato re"), and every extra reading is one more chance for a head to misread."""
    return bool(text_cues(words, "groups").of(*TELLING_KINDS) or text_cues(words).of("insult"))


def plain_context(ctx: CheckContext) -> CheckContext | None:
    """A context for the text's plain reading (``plain_text``), or None when no word in it
    is disguised, misspelt or run into the next: the word rules that look for a group or
    a hostile word can then read "l0s mus0lmanes", "odo a los judios" or "sonbasura" as
    the filter-dodger means them. It shares the text's head scores (which read both) and
    its language; its own plain reading is itself. Built once per text; findings keep
    pointing into the original text."""
    plain = plain_text(ctx)
    if plain is None:
        return None
    cached = ctx.shared.get(_PLAIN_CONTEXT)
    if cached is None:
        shared = {_PLAIN: None}
        for key in (_KEY, "head_cutoffs"):
            if key in ctx.shared:
                shared[key] = ctx.shared[key]
        cached = ctx.shared[_PLAIN_CONTEXT] = replace(ctx, text=plain, shared=shared)
    return cached


_PLAIN_CONTEXT = "plain_context"
MIN_WORDS_BEFORE_TAGS = 3


def without_closing_hashtags(text: str, tokens) -> str | None:
    """``text`` without the hashtags it ends with, when at least ``MIN_WORDS_BEFORE_TAGS``
    words come before them; else None. The model averages a closing tag into what the
    sentence says: "We will hurt them. #HappyDays" reads far milder than the sentence."""
    start = len(text)
    for token in reversed(tokens):
        if token.kind != "hashtag" or text[token.end:start].strip():
            break
        start = token.start
    if start == len(text):
        return None
    body = text[:start].rstrip()
    words = sum(1 for token in tokens if token.kind == "word" and token.end <= start)
    return body if words >= MIN_WORDS_BEFORE_TAGS else None


def threshold(ctx: CheckContext, head: str) -> float:
    """The head's report cutoff: at or above it the head has something to say."""
    return cutoffs(ctx, head)[0]


def cutoffs(ctx: CheckContext, head: str) -> tuple[float, float]:
    """The head's (report, review) cutoffs, as ``head_scores`` found them."""
    return ctx.shared.get("head_cutoffs", {}).get(head, (0.5, 0.5))


def review_cutoff(ctx: CheckContext, head: str) -> float:
    """The head's review cutoff: at or above it a person should look."""
    return cutoffs(ctx, head)[1]


def head_confidence(ctx: CheckContext, head: str, probability: float | None = None) -> float:
    """``confidence`` of the head's score for this text (or of ``probability``)."""
    if probability is None:
        probability = ctx.shared[_KEY][head]
    return confidence(probability, *cutoffs(ctx, head))


REVIEW_AT = 0.5  # the default policy's review threshold
NOTE_FROM = 0.35  # the default policy's report threshold


def confidence(probability: float, cutoff: float, review: float | None = None) -> float:
    """A head's probability as a finding's confidence, in three bands:

    - under the report cutoff: under 0.35 (not reported by the default policy; the strict
      bot-reply policy reports from 0.25);
    - from the report cutoff to the review cutoff: 0.35 to 0.5, a note the team sees on a
      post that still passes;
    - from the review cutoff: 0.5 (review) towards 1.
    """
    review = cutoff if review is None else max(review, cutoff)
    if probability >= review:
        return REVIEW_AT + (1 - REVIEW_AT) * (probability - review) / max(1.0 - review, 1e-6)
    if probability >= cutoff:
        return NOTE_FROM + (REVIEW_AT - NOTE_FROM) * (probability - cutoff) / (review - cutoff)
    return 0.34 * probability / max(cutoff, 1e-6)


def settle(severity: Severity, conf: float) -> Severity:
    """A model finding under the review level is a note: at most a warning, so that the
    policy lets the post through (a ``block`` finding is reviewed at any reported level)."""
    if conf < REVIEW_AT and severity is Severity.BLOCK:
        return Severity.WARN
    return severity


_LETTERS = re.compile(r"[^\W\d_]")


def shouting(text: str) -> float:
    """Share of letters in capitals (0 for short texts): SHOUTING at people."""
    letters = _LETTERS.findall(text)
    if len(letters) < 12:
        return 0.0
    upper = sum(1 for ch in letters if ch.isupper())
    return upper / len(letters)


_SECOND_PERSON = """
you your yours youre yourself yall u ur tu te toi ton ta tes vous votre vos du dich dir dein
deine euch euer eure ihr tu ti te tuo tua voi vostro vostra você voce vocês voces teu tua
vos jij je jou jouw jullie deg dere din ditt dig jer jeres ni er ert dig dina te téged neked
ti titeket veletek maga önök ty ciebie tobie toba twoj twoja twoje twoi twoich twoim wy wam
wasz wasza wasze waszych panstwo
"""
SECOND_PERSON = frozenset(_SECOND_PERSON.split())


def addressed_to_someone(tokens) -> bool:
    """True if the text speaks to someone: a second-person word or an @mention. The mention
    of a retweet's author ("RT @user: ...") only says whose words follow."""
    if len(tokens) > 1 and tokens[0].norm == "rt" and tokens[1].kind == "mention":
        tokens = tokens[2:]
    return any(t.kind == "mention" or (t.kind == "word" and t.norm in SECOND_PERSON)
               for t in tokens)


def describe(scores: dict[str, float], *heads: str) -> dict[str, float]:
    return {f"{head}_score": round(scores.get(head, 0.0), 3) for head in heads}


class HeadCheck:
    """Mixin for a check that is one head's score: set ``head``, ``related``,
    ``own_message``, ``target_message`` and ``advice``; ``run`` is shared."""

    head: str
    related: tuple[str, ...] = ()
    own_message: str
    target_message: str
    advice: str
    floor = 0.25  # below this confidence the head says nothing

    def run(self, ctx: CheckContext):
        scores = head_scores(ctx)
        if scores is None:
            return
        yield from self.report(ctx, scores, head_confidence(ctx, self.head))

    def report(self, ctx: CheckContext, scores: dict[str, float], conf: float,
               message: str | None = None, **evidence):
        """The finding for confidence ``conf`` (none under ``floor``): the check's own
        message unless one is given, the head's scores and ``evidence`` as evidence."""
        if conf < self.floor:
            return
        if message is None:
            message = self.target_message if ctx.on_target else self.own_message
        yield self.finding(
            ctx, message=message, confidence=min(conf, 0.99), suggestion=self.advice,
            severity=settle(self.severity, conf),
            evidence={**describe(scores, self.head, *self.related), **evidence})
