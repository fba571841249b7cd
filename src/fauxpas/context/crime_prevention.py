"""Crime prevention: a text that names burglars, thieves or fraudsters as what it keeps
people safe from ("Protect your home from burglars with our new lock", "Our alarm scares
off burglars so women living alone sleep safe", "Proteggi la tua casa dai ladri").

The heads read the criminals named as people attacked or insulted, and the people kept
safe as the group threatened: a security company's plain advert was held as violence, as
an insult to the reader and as a threat to women. Read by the harassment, hate and
violence checks, which leave such a text a note at most on the heads' reading alone.
"""

from __future__ import annotations

from fauxpas.context.counter_speech import same_sentence, unquoted, within_words
from fauxpas.context.cues import (
    Hit,
    ctx_cues,
    ctx_has_kind,
    ctx_words,
    first_unnegated,
    matcher,
)
from fauxpas.context.threats import violent_acts

# The protecting word and the criminal it guards against are this many words apart at
# most, in one clause: "protect your home from burglars", "scares off burglars",
# "burglars hate our new alarm". "Shoot burglars on sight to keep your home safe" keeps
# them apart.
GUARD_REACH = 4
# A group and the criminals it is called, linked by a form of "to be", are this many words
# apart at most: "los ladrones de este barrio son todos gitanos".
LINK_REACH = 5


def guards_against_crime(ctx) -> str | None:
    """The criminal the text guards against (cue kind ``offender``: burglars, ladrones,
    Einbrecher, escrocs), in the writer's own words with no negation just before it, with
    a word that protects close to it (kind ``protect``: protect, safe, keep away, scare
    off, alarm, lock; ``GUARD_REACH``); None when there is none. Not when the text names
    a violent act or harm done ("punch burglars", "before they hurt you": kinds
    ``violent_act``, ``harm_done``), nor when a group people are targeted for is named as
    the criminals ("migrant thieves", "los inmigrantes son ladrones":
    ``offender_named_as_a_group``). Read once per text: the harassment, violence and hate
    checks all ask."""
    if _GUARD not in ctx.shared:
        ctx.shared[_GUARD] = _guards_against_crime(ctx)
    return ctx.shared[_GUARD]


_GUARD = "context.guards_against_crime"


def _guards_against_crime(ctx) -> str | None:
    if not (ctx_has_kind(ctx, "offender") and ctx_has_kind(ctx, "protect")):
        return None
    if violent_acts(ctx) or ctx_has_kind(ctx, "harm_done"):
        return None
    text, words = ctx.text, ctx_words(ctx)
    guards = in_its_language(ctx, "protect")
    named = unquoted(text, in_its_language(ctx, "offender"))
    guarded = [hit for hit in named if any(_close(text, words, hit, guard) for guard in guards)]
    found = first_unnegated(ctx, guarded)
    if found is None or offender_named_as_a_group(ctx, named) is not None:
        return None
    return found


def in_its_language(ctx, kind: str) -> list[Hit]:
    """The cues of ``kind`` from the lexicons of the languages the text may be in (all
    when none is known): these short words are other words elsewhere (Swedish "lås", a
    lock, is Spanish "las"; Polish "to", "is", is English "to"). Read once per text and
    kind."""
    key = f"context.in_its_language.{kind}"
    if key not in ctx.shared:
        ctx.shared[key] = _in_its_language(ctx, kind)
    return ctx.shared[key]


def _in_its_language(ctx, kind: str) -> list[Hit]:
    hits = ctx_cues(ctx).of(kind)
    if not ctx.languages or not hits:
        return hits
    # a word found once is one hit, named after one lexicon ("er" is Danish and
    # Norwegian): the word's own entries say which languages have it
    table = matcher("cues", kinds=frozenset({kind}))
    words = ctx_words(ctx)
    kept = []
    for hit in hits:
        word = next((w for w in words if w.start >= hit.start), None)
        if word is not None and any(table.lang_of.get(item[2]) in ctx.languages
                                    for item in table.candidates(word.norm)):
            kept.append(hit)
    return kept


def _close(text: str, words, one, other) -> bool:
    """``one`` and ``other`` in the same clause, at most ``GUARD_REACH`` words apart; a
    warning's colon does not part them ("Beware: scammers are calling")."""
    first, second = sorted((one, other), key=lambda hit: hit.start)
    if text[first.end:second.start].strip() == ":":
        return True
    return (same_sentence(text, first.end, second.start, clause=True)
            and within_words(words, first.end, second.start, GUARD_REACH))


def offender_named_as_a_group(ctx, offenders: list[Hit]) -> Hit | None:
    """The first of ``offenders`` that a group people are targeted for (lexicon ``groups``,
    kinds ``group`` and ``othering``) is named as, in the same clause: right next to it,
    with nothing between but articles (kind ``filler``: "immigrant burglars", "des
    voleurs"), or linked to it by a form of "to be" (kind ``copula``) with at most
    ``LINK_REACH`` words between ("these people are thieves", "los ladrones de este barrio
    son todos gitanos", "Einbrecher sind fast alle Ausländer"); None when there is none.
    "Scares off burglars so women living alone sleep safe" links nothing."""
    groups = ctx_cues(ctx, "groups").of("group", "othering")
    if not groups or not offenders:
        return None
    text, words, cues = ctx.text, ctx_words(ctx), ctx_cues(ctx)
    fillers = cues.of("filler")
    copulas = in_its_language(ctx, "copula")
    for offender in offenders:
        for group in groups:
            first, second = sorted((group, offender), key=lambda hit: hit.start)
            if not same_sentence(text, first.end, second.start, clause=True):
                continue
            between = [w for w in words if first.end <= w.start and w.end <= second.start]
            if all(_inside(w, fillers) for w in between):
                return offender
            if len(between) <= LINK_REACH and any(
                    first.end <= c.start and c.end <= second.start for c in copulas):
                return offender
    return None


def _inside(word, hits) -> bool:
    return any(hit.start <= word.start and word.end <= hit.end for hit in hits)
