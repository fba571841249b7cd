"""FP207 wrong-account: the post sounds like a person, not the brand it is going to.

With ``context.account_history`` and ``context.author_history`` the post is compared with
both voices (embedding similarity to each history, ranked). Without them, the
personal-voice head is combined with word signals: drinking and partying, text-speak,
griping (a gripe phrase, cue kind ``gripe``: "my boss", "worst day ever"; or the harassment
head at its review cutoff) and (when the profanity lexicon is present) swearing each add to
the confidence;
first-person-singular words are shown but add nothing (``CONTEXT_SIGNALS``). A personal
voice with none of these signs is a note (``VOICE_ALONE_CAP``), unless the account's own
posts read as a brand's (``PLAIN_ACCOUNT_VOICE``). With only the
account's history, a kind of signal that its own posts use is its voice and adds nothing
("kkkk" on a brand that writes so), and when the personal-voice head reads the account's
own posts as a person's (``account_voice``), the post's reading is capped as well.
"""

from __future__ import annotations

from functools import lru_cache

from fauxpas.checks.base import Check
from fauxpas.checks.profanity.check import find_profanity
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import confidence, head_confidence, head_scores, review_cutoff
from fauxpas.checks.wrong_account.signals import only_casual, personal_signals
from fauxpas.context.brand_news import names_the_brand
from fauxpas.context.cues import ctx_cues, text_cues
from fauxpas.core.text.tokens import tokenize
from fauxpas.core.verdict import Category, Severity

# Signals that say who speaks but add nothing on their own: on 2,400 ordinary posts of
# people (bench/model_eval.py) "I"/"my" next to a personal-sounding text held back 2-7% of
# them on a brand account, a person's ordinary news ("I'm going to see a concert
# tomorrow"). Partying, text-speak, swearing and griping are what make such a post a
# gaffe on a brand's account; they raise the confidence, "I" only shows in the message.
CONTEXT_SIGNALS = ("first_person",)


@register
class WrongAccount(Check):
    code = "FP207"
    name = "wrong-account"
    category = Category.WRONG_ACCOUNT
    severity = Severity.WARN
    summary = "A personal-sounding post about to go out on a brand account."
    scope = "post"
    tier = "model"
    options = {"signal_weight": 0.12, "margin_scale": 8.0, "top_k": 3, "voice_gate": 0.15}

    def run(self, ctx):
        post = ctx.post
        if post.account.kind != "brand":
            return
        if post.action in ("like", "repost"):
            yield from self._spread(ctx)
            return
        if not ctx.text.strip():
            return
        scores = head_scores(ctx)
        if scores is None:
            return
        voice = head_confidence(ctx, "personal_voice")
        found = personal_signals(ctx.tokens, ctx.languages, ctx.text)
        swear = _profanity(ctx) + [t.raw for t in ctx.tokens if t.masked]
        if swear:
            found["profanity"] = swear
        # asking someone out ("hast du heute abend schon was vor?", "are you single": cue
        # kind ``flirt``), as the pet names of ``personal_signals`` do
        flirts = [ctx.text[hit.start:hit.end] for hit in ctx_cues(ctx).of("flirt")]
        if flirts:
            found.setdefault("flirting", []).extend(flirts)
        gripes = [ctx.text[hit.start:hit.end] for hit in ctx_cues(ctx).of("gripe")]
        if gripes or scores["harassment"] >= review_cutoff(ctx, "harassment"):
            found["griping"] = gripes  # "my boss", "worst day ever" (cue kind ``gripe``)
        history = post.context.account_history
        author = post.context.author_history
        own_voice = (_signals_of(tuple(history), tuple(ctx.languages)) if history and not author
                     else frozenset())
        found = {kind: words for kind, words in found.items() if kind not in own_voice}
        evidence = {"personal_voice_score": round(scores["personal_voice"], 3),
                    "signals": {k: v[:5] for k, v in found.items()}}
        if own_voice:
            evidence["account_voice"] = sorted(own_voice)
        if history and author:
            conf, sims = self._compare(ctx, history, author, voice)
            evidence.update(sims)
            how = "it sounds more like the author's personal posts than like this account"
        else:
            own = None
            if history:
                # a brand that always writes in a person's voice (a surf bar's "up at 5 to
                # check the waves"): the head's reading of this post is its usual voice;
                # only signals its own posts never use still count
                own = account_voice(ctx, tuple(history))
                evidence["account_voice_score"] = round(own, 3)
                if own >= ACCOUNT_VOICE:
                    voice = min(voice, ACCOUNT_VOICE_CAP)
            conf = self._with_signals(ctx, voice, found)
            if not _slip_signs(found) and (own is None or own >= PLAIN_ACCOUNT_VOICE):
                # a person's voice and nothing else (or only a casual "lol", "gonna"): a
                # note, unless the account's own posts show that it never writes so
                conf = min(conf, VOICE_ALONE_CAP)
            how = "it sounds like a person talking about their own life"
        if conf < 0.25:
            return
        detail = ", ".join(k.replace("_", " ") for k in found)
        message = f"This may be going to the wrong account: {how}"
        message += f" ({detail})." if detail else "."
        yield self.finding(
            ctx, message=message, confidence=min(conf, 0.99),
            suggestion=f"Check that you are posting as {post.account.handle or 'the brand'} "
                       "on purpose. Personal news, griping and partying belong on a personal "
                       "account.",
            evidence=evidence)

    def _spread(self, ctx):
        """A like or repost of sexual or personal content from a brand account: most likely
        meant for someone's own account. A personal post that names the brand is a
        customer talking about it, which brands like and share."""
        target = ctx.post.target.text if ctx.post.target else ""
        model = ctx.model
        if model is None or not target.strip():
            return
        scores = {name: float(v[0]) for name, v in model.scores([target]).items()}
        sexual = confidence(scores["sexual"], *model.cutoffs("sexual"))
        personal = confidence(scores["personal_voice"], *model.cutoffs("personal_voice"))
        # the target's own partying, text-speak..., as for a post (language unknown)
        personal = self._with_signals(ctx, personal,
                                      personal_signals(tokenize(target), text=target))
        if names_the_brand(target, ctx.post.account):
            # a customer's post about the brand ("just got my pralines @brand, a treat"):
            # liking or sharing it is the brand's own business, however personal its voice
            personal = 0.0
        conf = max(sexual, personal)
        if conf < 0.5:
            return
        verb = "Liking" if ctx.post.action == "like" else "Reposting"
        what = "sexual content" if sexual >= personal else "someone's personal post"
        yield self.finding(
            ctx, message=f"{verb} {what} from a brand account: this looks meant for a "
                         "personal account.", confidence=min(conf, 0.99),
            suggestion="Check which account you are signed in as before liking or reposting; "
                       "keep personal activity on personal accounts.",
            evidence={"sexual_score": round(scores["sexual"], 3),
                      "personal_voice_score": round(scores["personal_voice"], 3)})

    def _with_signals(self, ctx, voice: float, found: dict[str, list[str]]) -> float:
        """The personal-voice confidence raised by ``signal_weight`` for each kind of
        signal found, except those that only say who speaks (``CONTEXT_SIGNALS``), once
        the voice reaches ``voice_gate``."""
        if voice < self.option(ctx, "voice_gate"):
            return voice
        return voice + self.option(ctx, "signal_weight") * len(_gaffe_signs(found))

    def _compare(self, ctx, history, author, voice):
        import numpy as np

        model = ctx.model
        vectors = model.embed([ctx.text, *history, *author])
        post, own, personal = vectors[0], vectors[1:1 + len(history)], vectors[1 + len(history):]
        k = self.option(ctx, "top_k")
        to_account = float(np.mean(np.sort(own @ post)[-k:]))
        to_author = float(np.mean(np.sort(personal @ post)[-k:]))
        margin = to_author - to_account
        sims = {"similarity_account": round(to_account, 3),
                "similarity_author": round(to_author, 3)}
        if margin <= 0:
            return min(voice, 0.3), sims
        conf = 0.4 + self.option(ctx, "margin_scale") * margin + 0.3 * max(voice - 0.3, 0)
        return conf, sims


# The personal-voice head's median confidence over the account's own recent posts from
# which that voice is the brand's (the report level: most of its posts read as a person's
# at least enough for a note), and the voice a post then keeps at most.
ACCOUNT_VOICE = 0.35
ACCOUNT_VOICE_CAP = 0.3


def account_voice(ctx, history: tuple[str, ...]) -> float:
    """The personal-voice head's median confidence over the account's own posts."""
    import numpy as np

    model = ctx.model
    if model is None or not history:
        return 0.0
    scores = model.score("personal_voice", list(history))
    return float(np.median([head_confidence(ctx, "personal_voice", float(p)) for p in scores]))


# A person's voice with no sign of a gaffe in it (no partying, text-speak, griping,
# swearing or flirting; laughter and casual text-speak alone are none: ``_slip_signs``) is
# a note: people's ordinary news ("a dream about a kitten", "lol my cat") reads as
# personal too. It holds when the account's own posts read as a brand's (the head's
# median confidence on them under PLAIN_ACCOUNT_VOICE): the account never writes so.
VOICE_ALONE_CAP = 0.45
PLAIN_ACCOUNT_VOICE = 0.2


def _gaffe_signs(found: dict[str, list[str]]) -> list[str]:
    """The kinds of signal that make a personal post a gaffe on a brand's account: all but
    those that only say who speaks (``CONTEXT_SIGNALS``)."""
    return [kind for kind in found if kind not in CONTEXT_SIGNALS]


def _slip_signs(found: dict[str, list[str]]) -> list[str]:
    """The gaffe signs (``_gaffe_signs``) that show a slip rather than a casual tone:
    text-speak counts only with a word of the writer's own state ("idk", "smh", "fml"),
    not when it is all laughter or casual register ("lol", "jajaja", "gonna":
    ``only_casual``), which brands' own voices use every day."""
    return [kind for kind in _gaffe_signs(found)
            if kind != "text_speak" or not only_casual(found[kind])]


def _profanity(ctx) -> list[str]:
    """Swear words as FP101 reads them (its exceptions and names: "cock-a-leekie" is soup)."""
    return [ctx.text[hit.start:hit.end] for hit in find_profanity(ctx)]


@lru_cache(maxsize=256)
def _signals_of(history: tuple[str, ...], languages: tuple[str, ...]) -> frozenset[str]:
    """The kinds of personal signal (text-speak, partying, griping...) that the account's
    own posts use: that is the brand's voice ("sextou e a pipoca já tá no micro-ondas
    kkkk"), not a slip into someone's personal account. Read once per history, not once
    per post of the account."""
    kinds: set[str] = set()
    for text in history:
        kinds.update(personal_signals(tokenize(text), languages, text))
        if text_cues(text).of("gripe"):
            kinds.add("griping")
    return frozenset(kinds)
