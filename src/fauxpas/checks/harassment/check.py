"""FP201 harassment: insulting, belittling or shouting at a person or the audience."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import (
    REVIEW_AT,
    addressed_to_someone,
    describe,
    head_confidence,
    head_scores,
    read_without_idioms,
    settle,
    shouting,
    threshold,
)
from fauxpas.context.counter_speech import denies_harm, unquoted
from fauxpas.context.crime_prevention import guards_against_crime
from fauxpas.context.cues import ctx_cues, ctx_has_kind, first_unnegated
from fauxpas.core.verdict import Category, Severity

# An insult word ("idiot", "Trottel", "cállate": cue kind ``insult``) in a text that speaks
# to someone is held for review when the harassment head reaches this share of its report
# cutoff: the head alone left "Nobody asked for your opinion, go cry somewhere else idiot"
# under its cutoff.
INSULT_CONFIDENCE = 0.55
INSULT_SHARE = 0.6
# A phrase that blames, dismisses or brushes off a customer ("that's your problem", "shop
# elsewhere", "dit eget problem": cue kind ``dismiss``) in a text that speaks to someone
# is held for review when the harassment head reaches this share of its report cutoff:
# rude replies without an insult word passed in most languages.
DISMISS_SHARE = 0.3
# A phrase that sets the audience on a person ("you know where to find her", "his address
# is in the comments", "ihr wisst, wo er wohnt": cue kind ``incite``) or threatens a person
# in veiled words ("he'll regret it", "we'll be waiting for him outside", "ya sabe lo que
# le toca": kind ``threat_veiled``), with no negation right before it, is held for review
# whatever the head says: a brand that points its followers at a critic starts a pile-on,
# and the head reads the wink as mild.
INCITE_CONFIDENCE = 0.6
# A text that denies or forbids harm to people ("Women do not deserve to be beaten. Talk to
# us, we listen.": ``denies_harm``), with no insult or brush-off, stays under the default
# report level (bot replies, checked strictly, still see it): the head reads the harm
# named and the "you" spoken to as an attack.
DENIAL_CAP = 0.3
# A reply that offers to put the customer's problem right ("send us a DM with your order
# number, we'll fix it": cue kind ``service``), with no insult, brush-off or threat, is a
# note at most: the head reads the complaint it repeats ("sorry your chain keeps coming
# off") as hostile, and the reply does what ADVICE asks.
SERVICE_CAP = 0.45
# A post that guards against crime ("Protégez votre maison contre les cambrioleurs avec
# notre alarme": ``guards_against_crime``), with no insult, brush-off or threat, is a note
# at most: the head reads the burglars named, and the "you" it speaks to, as an insult. A
# reply keeps the head's reading: "you're a thief" is said to the person answered.
CRIME_PREVENTION_CAP = 0.45
# Faces that roll their eyes at, smirk at or shrug off the person answered: 🙄 🙃 💅 🤡 😒
# 🥱 🤷. In a reply that the harassment head already reads as insulting (its report
# cutoff), one of them makes the reply mocking, and it is held for review: "If that's too
# complicated, maybe stick to shopping in person? 🙄" has no insult word, and the head
# leaves it a note. A brand's friendly replies wink (😉) and laugh (😂); they do not roll
# their eyes at a customer.
MOCKING_FACES = ("\U0001F644", "\U0001F643", "\U0001F485", "\U0001F921", "\U0001F612",
                 "\U0001F971", "\U0001F937")
# Talking down to the person answered ("maybe grab one of the grandkids next time", "si
# faccia aiutare da un nipote", "it works fine for everyone else": cue kind ``condescend``)
# in a reply that neither apologises nor offers to help (cue kinds ``apology``,
# ``service``), with a smile, a wink, a smirk or an old person's face
# (``TALK_DOWN_FACES``) or the harassment head at its report cutoff: held for review. The
# head reads such polite replies as friendly. "Sorry! Ask your grandkids, or call us and
# we'll do it together" is service, not condescension.
TALK_DOWN_FACES = ("\U0001F642", "\U0001F609", "\U0001F643", "\U0001F60F", "\U0001F475",
                   "\U0001F474", "\U0001F937")


@register
class Harassment(Check):
    code = "FP201"
    name = "harassment"
    category = Category.HARASSMENT
    severity = Severity.BLOCK
    summary = "Insults, belittling or shouting at a person or the audience (any language)."
    tier = "model"
    options = {"shouting_boost": 0.1, "reply_boost": 0.05, "undirected_penalty": 0.25}

    def run(self, ctx):
        scores = head_scores(ctx)
        if scores is None:
            return
        conf = head_confidence(ctx, "harassment")
        # "Notre burger ? Une tuerie." the head reads the figure of speech as an attack:
        # what the rest of the text says is what counts
        rest = read_without_idioms(ctx, "harassment", scores["harassment"],
                                   threshold(ctx, "harassment"))
        if rest is not None:
            conf = head_confidence(ctx, "harassment", rest)
        loud = shouting(ctx.text)
        reasons = []
        # Capitals make an insult louder; they do not make a borderline text an insult
        # (fans shout their praise): the boost applies from the review level only.
        if conf >= REVIEW_AT and loud >= 0.7:
            conf += self.option(ctx, "shouting_boost")
            reasons.append("written in capitals (shouting)")
        if conf >= 0.25 and ctx.own_reply:
            conf += self.option(ctx, "reply_boost")
            reasons.append("a reply to someone")
        directed = (addressed_to_someone(ctx.tokens) or loud >= 0.7 or ctx.on_target
                    or ctx.post.action in ("reply", "bot_reply"))
        insult = insult_word(ctx, scores) if directed else None
        if insult:
            conf = max(conf, INSULT_CONFIDENCE)
            reasons.append(f"calls someone {insult!r}")
        dismissal = None if (insult or not directed) else dismisses_someone(ctx, scores)
        if dismissal:
            conf = max(conf, INSULT_CONFIDENCE)
            reasons.append(f"brushes someone off: {dismissal!r}")
        mocking = None if (insult or dismissal) else mocks_the_person_answered(ctx, scores)
        if mocking:
            conf = max(conf, INSULT_CONFIDENCE)
            reasons.append(f"mocks the person it answers ({mocking})")
        talk_down = None if (insult or dismissal or mocking) else talks_down(ctx, scores)
        if talk_down:
            conf = max(conf, INSULT_CONFIDENCE)
            reasons.append(f"talks down to the person it answers: {talk_down!r}")
        incitement = incites_against_someone(ctx)
        if incitement:
            conf = max(conf, INCITE_CONFIDENCE)
            reasons.append(f"sets the audience on someone or threatens them: {incitement!r}")
        rude = insult or dismissal or mocking or talk_down or incitement
        denial = None if rude else denies_harm(ctx)
        if denial:
            conf = min(conf, DENIAL_CAP)
        service = offers_to_help(ctx) if not rude else None
        if service:
            conf = min(conf, SERVICE_CAP)
        guarded = None if (rude or ctx.own_reply) else guards_against_crime(ctx)
        if guarded:
            conf = min(conf, CRIME_PREVENTION_CAP)
        if not directed and not incitement:
            # Griping about traffic or the weather is negative, not an attack on a person.
            conf -= self.option(ctx, "undirected_penalty")
            if conf < 0.5:
                return
        if conf < 0.25:
            return
        what = "The text it spreads" if ctx.on_target else "This"
        message = f"{what} reads as insulting or belittling toward a person or the audience"
        if reasons:
            message += f" ({', '.join(reasons)})"
        yield self.finding(
            ctx, message=message + ".", confidence=min(conf, 0.99),
            severity=settle(self.severity, conf),
            suggestion=INCITE_ADVICE if incitement else ADVICE,
            evidence={**describe(scores, "harassment"), "capitals": round(loud, 2),
                      "insult": insult, "dismissal": dismissal, "mocking": mocking,
                      "talks_down": talk_down,
                      "incitement": incitement,
                      "denies_harm": denial, "offers_help": service,
                      "guards_against_crime": guarded})


ADVICE = ("Answer the point, not the person: acknowledge, apologise where due, and offer a "
          "private channel. Never insult or shout at customers.")
INCITE_ADVICE = ("Never point your followers at a person, their address or their workplace. "
                 "If someone wronged you, answer them yourself, calmly, or report them.")


def incites_against_someone(ctx) -> str | None:
    """The first phrase of the text that sets the audience on a person ("you know where to
    find her", "his address is in the comments": cue kind ``incite``) or threatens a person
    in veiled words ("he'll regret it", "on l'attend à la sortie": kind
    ``threat_veiled``), with no negation right before it."""
    if not (ctx_has_kind(ctx, "incite") or ctx_has_kind(ctx, "threat_veiled")):
        return None
    return first_unnegated(ctx, ctx_cues(ctx).of("incite", "threat_veiled"), right_before=True)


def insult_word(ctx, scores: dict[str, float]) -> str | None:
    """The first insult word of the text that no negation comes just before ("you're not
    stupid"), when the harassment head reaches ``INSULT_SHARE`` of its report cutoff. An
    insult quoted in the writer's own words ("“Women are too stupid to drive.” Is that
    really what you posted?": ``reported_speech``) is someone else's."""
    if scores["harassment"] < INSULT_SHARE * threshold(ctx, "harassment"):
        return None
    if not ctx_has_kind(ctx, "insult"):
        return None
    return first_unnegated(ctx, unquoted(ctx.text, ctx_cues(ctx).of("insult")))


def mocks_the_person_answered(ctx, scores: dict[str, float]) -> str | None:
    """The first mocking face of a reply (``MOCKING_FACES``: 🙄, 🙃, 💅...) that the
    harassment head reads as insulting (its report cutoff); None for a text that is no
    reply (a post's 🙃 at a Monday mocks no one)."""
    if not ctx.own_reply or scores["harassment"] < threshold(ctx, "harassment"):
        return None
    return next((face for face in MOCKING_FACES if face in ctx.text), None)


def talks_down(ctx, scores: dict[str, float]) -> str | None:
    """The first phrase by which a reply talks down to the person it answers (cue kind
    ``condescend``), unquoted and with no negation right before it, when the reply neither
    apologises nor offers to help and either shows one of ``TALK_DOWN_FACES`` or the
    harassment head reaches its report cutoff; None for a text that is no reply."""
    if not ctx.own_reply or not ctx_has_kind(ctx, "condescend"):
        return None
    if ctx_has_kind(ctx, "apology") or ctx_has_kind(ctx, "service"):
        return None
    if (scores["harassment"] < threshold(ctx, "harassment")
            and not any(face in ctx.text for face in TALK_DOWN_FACES)):
        return None
    return first_unnegated(ctx, unquoted(ctx.text, ctx_cues(ctx).of("condescend")),
                           right_before=True)


def _salutation(ctx, hit) -> bool:
    """The praise word opens the text, after @-mentions at most: "Kedves Péter", "Drodzy
    Państwo" greet; they are no warmth that softens what follows."""
    before = ctx.text[:hit.start].split()
    return all(word.startswith("@") for word in before)


def offers_to_help(ctx) -> str | None:
    """The first phrase by which a reply offers to put the customer's problem right ("DM
    us", "stuur ons je ordernummer", "wir kümmern uns darum": cue kind ``service``) with no
    negation right before it; None for a text that is no reply."""
    if not ctx.own_reply or not ctx_has_kind(ctx, "service"):
        return None
    return first_unnegated(ctx, ctx_cues(ctx).of("service"), right_before=True)


def dismisses_someone(ctx, scores: dict[str, float]) -> str | None:
    """The first phrase of the text that blames, dismisses or brushes someone off ("that's
    your problem", "shop elsewhere": cue kind ``dismiss``) that no negation comes right
    before ("it's not your fault" is kind; "if you didn't read it, the problem is yours" is
    not: ``negated_right_before``), when the harassment head reaches ``DISMISS_SHARE`` of
    its report cutoff or the text has two of them, and the text praises or thanks no one (kind ``praise`` in
    ``groups``: "people like you make our day, thank you!"; a greeting that opens the text,
    "Kedves Péter", is no warmth: ``_salutation``). A brush-off quoted in the writer's report
    (``reported_speech``) is not the writer's."""
    brush_offs = unquoted(ctx.text, ctx_cues(ctx).of("dismiss"))
    # two brush-offs in one text ("Surt show. Hvis du havde læst vores FAQ...") need no
    # word from the head, which reads polite sarcasm as mild
    if (scores["harassment"] < DISMISS_SHARE * threshold(ctx, "harassment")
            and len({hit.start for hit in brush_offs}) < 2):
        return None
    warmth = [hit for hit in ctx_cues(ctx, "groups").of("praise") if not _salutation(ctx, hit)]
    if first_unnegated(ctx, warmth) is not None:
        return None  # "we love customers like you", "merci, ma chérie": warmth, no brush-off
    return first_unnegated(ctx, brush_offs, right_before=True)
