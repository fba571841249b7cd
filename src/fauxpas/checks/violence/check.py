"""FP204 violence: glorifying violence, or joking about death, war or abuse."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import (
    REVIEW_AT,
    describe,
    head_confidence,
    head_scores,
    read_without_idioms,
    review_cutoff,
    settle,
    threshold,
)
from fauxpas.context.counter_speech import denies_harm, rejects_hate
from fauxpas.context.crime_prevention import guards_against_crime
from fauxpas.context.cues import ctx_cues, ctx_has_kind, first_unnegated
from fauxpas.context.innuendo import innuendo
from fauxpas.context.match_report import reports_a_match
from fauxpas.context.post_signals import laughs, post_signals, text_laughs
from fauxpas.context.sound_effects import sound_effect
from fauxpas.context.threats import violent_acts
from fauxpas.core.text.fold import fold
from fauxpas.core.verdict import Category, Severity

# The highest confidence of a post that speaks of violence to support, help or mourn:
# under the review level, so it is a note that never holds the post back.
SUPPORT_CAP = 0.45
SUPPORT_CUES = ("support", "help", "sympathy")
# A game put to the audience ("would you rather", "this or that") whose choices are hitting,
# stabbing or shooting people: the violence head must reach this share of its report
# cutoff as well, and the act must be aimed at a person (a relation such as "your ex", or a
# name). "Would you rather punch a pillow or scream?" names no one.
GAME_SHARE = 0.75
# A joke about armed combat (words of war: cue kind ``combat``, with a sound effect, a
# laugh, a playful emoji or a joking tone): held for review when the violence head reaches
# this share of its report cutoff. The head reads "our jets paid them a visit 💥😂" as
# barely violent, since no one is hit or killed in words.
COMBAT_SHARE = 0.5
# So is a laugh at hitting, stabbing or shooting a person (cue kind ``violent_act``, with
# a laughing emoji or "lol": ``laughs``) when the violence head reaches its report cutoff:
# "a quick slap usually settles it 😂" on a women's day post. Both at this confidence.
JOKE_CONFIDENCE = 0.6
# A laugh at hitting one's wife or partner (cue kind ``partner`` beside a violent act or a
# word of harm done: "dar uma surra na patroa... no dominó! 😂") is the oldest of these
# jokes: held when the head reaches this share of its report cutoff, twist or not.
PARTNER_SHARE = 0.6
# With the act named outright ("one good smack and they sleep the whole flight 😴👋"), a
# child or a partner beside it, the head need reach only this share: it reads a smack for
# a child as mild.
NAMED_ACT_SHARE = 0.4


def plays_at_violence(ctx, violence: float, cutoff: float) -> bool:
    """A game-like question whose choices are violence against people (cue kinds
    ``game`` and ``violent_act``, and a person aimed at: ``names_someone``)."""
    return (violence >= GAME_SHARE * cutoff and ctx_has_kind(ctx, "game")
            and ctx_has_kind(ctx, "violent_act") and names_someone(ctx))


def names_someone(ctx) -> bool:
    """A relation ("your boss", "ton ex": cue kind ``relation``), an @-mention, or a name: a
    capitalised word that does not start a sentence. German capitalises every noun, so
    there only relations and mentions count."""
    if ctx_has_kind(ctx, "relation"):
        return True
    text, end = ctx.text, 0
    for token in ctx.tokens:
        if token.kind == "mention":
            return True
        starts_sentence = end == 0 or any(mark in text[end:token.start] for mark in ".!?:\n")
        end = token.end
        if (token.kind == "word" and not starts_sentence and ctx.lang != "de"
                and token.raw[:1].isupper() and not token.raw.isupper()):
            return True
    return False


def jokes_about_combat(ctx, violence: float, cutoff: float) -> str | None:
    """The word of combat (cue kind ``combat``: fighters, airstrike, artillery, warplanes)
    of a text that plays with it: a sound effect of a blast or gunfire
    (``sound_effect``: "KABOOM"), or a light tone (``post_signals``: laughter, a playful
    emoji, cheer words, the joking head). None when there is none, when the violence head
    is under ``COMBAT_SHARE`` of its report cutoff, or when the text supports, helps or
    mourns (``speaks_against_harm``: "our thoughts are with the troops")."""
    if violence < COMBAT_SHARE * cutoff or not ctx_has_kind(ctx, "combat"):
        return None
    word = first_unnegated(ctx, ctx_cues(ctx).of("combat"))
    if word is None or speaks_against_harm(ctx):
        return None
    if sound_effect(ctx) is None and not post_signals(ctx).light:
        return None
    return word


def jokes_about_hitting(ctx, violence: float, cutoff: float) -> str | None:
    """The violent act (cue kind ``violent_act``: slap, punch, stab, shoot him) of a text
    that laughs about it (``laughs``), when the violence head reaches its report cutoff.
    When a wife, partner, in-law, ex or child is named (cue kinds ``partner``, ``child``),
    the head need reach only ``PARTNER_SHARE`` of it (``NAMED_ACT_SHARE`` with the act
    named), a joking tone is laugh enough, and harm done, a veiled threat ("needs reminding
    who's in charge 😏") or a cover-up ("no witnesses, no mess 😉": kind ``cover_up``)
    counts as the act; a cover-up with such a person named, in a light tone, is a joke
    about doing away with them whatever the head says. None when no act is unnegated or
    when the text supports, helps, mourns or denies the harm (``speaks_against_harm``)."""
    vulnerable = ctx_has_kind(ctx, "partner") or ctx_has_kind(ctx, "child")
    if vulnerable and ctx_has_kind(ctx, "cover_up") and (laughs(ctx) or post_signals(ctx).light):
        # "the mother-in-law is coming 😬, our spade digs two metres and the bed tells
        # no tales 😉": the murder is only implied, and the head does not see it
        word = first_unnegated(ctx, ctx_cues(ctx).of("cover_up"))
        if word is not None and not speaks_against_harm(ctx):
            return word
    named_act = ctx_has_kind(ctx, "violent_act")
    share = NAMED_ACT_SHARE if named_act else PARTNER_SHARE
    partner = vulnerable and violence >= share * cutoff
    joking = laughs(ctx) or (partner and post_signals(ctx).light)
    if not (violence >= cutoff or partner) or not joking:
        return None
    kinds = (("violent_act", "harm_done", "threat_veiled", "cover_up") if partner
             else ("violent_act",))
    if not any(ctx_has_kind(ctx, kind) for kind in kinds):
        return None
    word = first_unnegated(ctx, ctx_cues(ctx).of(*kinds))
    if word is None or speaks_against_harm(ctx):
        return None
    return word


def plays_along(ctx) -> bool:
    """A reply to someone who joked first ("your tiramisù will kill me 😂", "I'm going to
    riot 😂": ``text_laughs``): the brand's words of death or riot answer the customer's
    own figure of speech."""
    target = ctx.post.target
    return ctx.own_reply and target is not None and text_laughs(target.text)


def idioms_read_as_violence(ctx, violence: float, cutoff: float) -> float | None:
    """The violence head's score for the text without its figures of speech ("to die
    for", "me muero de risa", "frapper à la porte": ``read_without_idioms``) when it has
    some and the head reads the whole text as violent; None otherwise."""
    return read_without_idioms(ctx, "violence", violence, cutoff)


def reads_as_sex_not_violence(ctx, scores: dict[str, float]) -> bool:
    """The sexual head reads the text as sexual (its cutoff) or it is an emoji innuendo
    (``context/innuendo.py``), and no word in it is violent (cue kinds ``violent_act`` and
    ``combat``): the violence head reads innuendo as violence ("it vibrates in all the
    right places 😉🍆", "te vas a correr de placer 🍆💦"). "I'll rape you" keeps its
    violence."""
    cutoff = threshold(ctx, "sexual")
    sexual = scores["sexual"] >= cutoff or innuendo(ctx, scores["sexual"], cutoff)
    return (bool(sexual) and not ctx_has_kind(ctx, "violent_act")
            and not ctx_has_kind(ctx, "combat"))


def speaks_against_harm(ctx) -> bool:
    """The text offers support or help, or mourns (cue lexicon: "helpline", "you are not
    alone", "donate", "our thoughts are with"...), or rejects hate ("violence against
    women has no place here": ``rejects_hate``). Its hostile wording is the harm it
    names, so it is not held as hostile. So does a text that denies or forbids harm to
    people ("no one deserves to be beaten": ``denies_harm``)."""
    return (any(ctx_has_kind(ctx, kind) for kind in SUPPORT_CUES) or bool(rejects_hate(ctx))
            or bool(denies_harm(ctx)))


# A post that sells or jokes with the words of a war, an occupation, a genocide, slavery, a
# massacre or a terror attack (cue kind ``war_history``: "Blitzkrieg", "gas chamber",
# "slavery", "school shooting", "Amoklauf" count alone; "blitz",
# "invading", "1940", "chained", "emancipation" count from three) is held for review,
# whatever the head says: "we're invading your postcode like it's 1940, BLITZ WEEK,
# resistance is futile" names no violence the head can see.
HISTORY_CONFIDENCE = 0.6
HISTORY_WEAK_WORDS = 3
# A place of a war or an atomic bombing (cue kind ``war_place``: Hiroshima, Kyiv, Gaza)
# counts as a strong word next to one of these: bomb, rocket, blast, radioactive, helmet,
# gun. "Prices falling faster than a missile on Kyiv 💣🚀" and "a price explosion like
# Hiroshima 💥☢️" sell with a war; "our Kyiv store reopens" does not.
BLAST_EMOJI = ("\U0001F4A3", "\U0001F680", "\U0001F4A5", "\u2622", "\U0001FA96", "\U0001F52B")


def trivialises_history(ctx) -> list[str] | None:
    """The words of a war, an occupation, a genocide, slavery, a massacre or a terror attack
    in a post that sells or jokes (``post_signals``: selling, a light tone, a laugh), one
    strong word (or a place of war next to a blast emoji: ``BLAST_EMOJI``) or
    ``HISTORY_WEAK_WORDS`` different weak ones; None for a post that remembers, mourns,
    supports or stands against harm (a museum's anniversary post, a charity's appeal)."""
    hits = ctx_cues(ctx).of("war_history")
    places = ctx_cues(ctx).of("war_place") if any(e in ctx.text for e in BLAST_EMOJI) else []
    if not (hits or places):
        return None
    words = list(dict.fromkeys(ctx.text[hit.start:hit.end] for hit in places + hits))
    strong = bool(places) or any(hit.weight >= 2 for hit in hits)
    weak = {fold(ctx.text[hit.start:hit.end]) for hit in hits if hit.weight < 2}
    if not strong and len(weak) < HISTORY_WEAK_WORDS:
        return None
    signals = post_signals(ctx)
    if not (signals.selling or signals.light or laughs(ctx)):
        return None
    if (signals.solemn or signals.supportive or signals.cues.has("remembrance")
            or speaks_against_harm(ctx)):
        return None
    return words


@register
class Violence(Check):
    code = "FP204"
    name = "violence"
    category = Category.VIOLENCE
    severity = Severity.BLOCK
    summary = ("Glorifying or trivialising violence, war, abuse or death; a joking or "
               "cheerful tone about them is the tone-deaf case.")
    tier = "model"
    options = {"tone_factor": 1.0}  # share of the report cutoff a combination needs

    def run(self, ctx):
        scores = head_scores(ctx)
        if scores is None:
            return
        violence = scores["violence"]
        cutoff = threshold(ctx, "violence")
        conf = head_confidence(ctx, "violence")
        idiom = idioms_read_as_violence(ctx, violence, cutoff)
        if idiom is not None:  # the rest of the text, without its figures of speech
            violence = idiom
            conf = head_confidence(ctx, "violence", violence)
        # The combinations that make a borderline violence score worth a review use the
        # other heads at their review level: at their report level they are only notes,
        # and cheerful or rude everyday posts reach those all the time.
        violent = violence >= self.option(ctx, "tone_factor") * cutoff
        tone_deaf = (violent and scores["joking_tone"] >= review_cutoff(ctx, "joking_tone")
                     and not post_signals(ctx).solemn)  # mourning, misread as joking
        # Violent wording that is also hostile toward people (hate, harassment).
        hostile = violent and (scores["hate"] >= review_cutoff(ctx, "hate")
                               or scores["harassment"] >= review_cutoff(ctx, "harassment"))
        game = plays_at_violence(ctx, violence, cutoff)
        combat = None if (tone_deaf or game) else jokes_about_combat(ctx, violence, cutoff)
        hitting = (None if (tone_deaf or game or combat)
                   else jokes_about_hitting(ctx, violence, cutoff))
        against = speaks_against_harm(ctx)
        sexual = reads_as_sex_not_violence(ctx, scores)
        if sexual and not (game or combat):
            # "it vibrates in all the right places 😉🍆": the violence head reads sex as
            # violence; the sexual check holds it under its own name
            tone_deaf = hostile = False
            conf = min(conf, SUPPORT_CAP)
        history = trivialises_history(ctx)
        match = reports_a_match(ctx)
        if match and not (game or combat or hitting or violent_acts(ctx)):
            # "WE DESTROYED THEM! 4-0 at home": the language of sport, read literally by
            # the head; a note for the team at most, and only when the head is sure (its
            # review level): under it, battle words in a match report are just sport
            # (the words of a war or genocide are still held: ``trivialises_history``).
            # "4-0, now let's burn their stadium" names a violent act, and stays what the
            # head says
            if conf < REVIEW_AT and not history:
                return
            tone_deaf = hostile = False
            conf = min(conf, SUPPORT_CAP)
        guarded = guards_against_crime(ctx)
        if guarded and not (game or combat or hitting):
            # "Our alarm scares off burglars. Sleep tight!": the head reads the criminals
            # kept away as people attacked, and the cheer beside them as making light of
            # it; a note at most. "Shoot burglars on sight" names no guard
            tone_deaf = hostile = False
            conf = min(conf, SUPPORT_CAP)
        if plays_along(ctx) and not (game or combat or hitting or violent_acts(ctx)):
            # "your tiramisù will kill me 😂" - "dying of tiramisù, there are worse ways 😉":
            # the brand answers a customer's own joke in its words; a note at most
            tone_deaf = hostile = False
            conf = min(conf, SUPPORT_CAP)
        if history:
            conf = max(conf, HISTORY_CONFIDENCE)
        if tone_deaf or game or (hostile and not against):
            conf = max(conf, 0.55 + 0.3 * min(1.0, violence / cutoff - 0.6))
        elif combat or hitting:
            conf = max(conf, JOKE_CONFIDENCE)
        elif against:
            # "Violence against women is never acceptable. Call our helpline." names the
            # harm to stand against it: a note for the team at most, never a hold
            conf = min(conf, SUPPORT_CAP)
        if conf < 0.25:
            return
        what = "The text it spreads" if ctx.on_target else "This"
        if history:
            listed = ", ".join(f'"{word}"' for word in history[:4])
            message = (f"{what} sells or jokes with the words of a war, an occupation, a "
                       f"genocide, slavery, a massacre or a terror attack ({listed}): that "
                       "makes light of what people suffered.")
        elif game:
            message = (f"{what} makes hurting people a game for the audience (choose whom "
                       "to hit, stab or shoot): that trivialises violence against real people.")
        elif combat:
            message = (f"{what} jokes about armed combat ({combat!r}): a strike kills real "
                       "people, and a playful tone about it reads as celebrating their death.")
        elif hitting:
            message = (f"{what} laughs about hurting someone ({hitting!r}): a joke about "
                       "violence against people reads as making light of it.")
        elif tone_deaf:
            message = (f"{what} pairs a joking or cheerful tone with violence, war, abuse or "
                       "death: that reads as trivialising harm.")
        else:
            message = f"{what} reads as glorifying or trivialising violence, war or abuse."
        yield self.finding(
            ctx, message=message, confidence=min(conf, 0.99), severity=settle(self.severity, conf),
            suggestion="Do not joke about killing, war, abuse or disasters. If the topic "
                       "matters to you, say it plainly and with respect for the people hurt.",
            evidence={**describe(scores, "violence", "joking_tone", "crisis", "hate"),
                      "tone_deaf": tone_deaf, "hostile": hostile, "game": game,
                      "match_report": match,
                      "combat_joke": combat, "hitting_joke": hitting,
                      "violence_without_idioms": None if idiom is None else round(idiom, 3),
                      "history": history, "guards_against_crime": guarded})
