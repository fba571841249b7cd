"""FP202 hate: demeaning or excluding people for who they are."""

from __future__ import annotations

from fauxpas.checks.base import Check
from fauxpas.checks.registry import register
from fauxpas.checks.semantic import (
    REVIEW_AT,
    HeadCheck,
    head_confidence,
    head_scores,
    plain_context,
    plain_text,
    threshold,
)
from fauxpas.context.counter_speech import (
    QUOTES,
    close_after,
    denies_harm,
    outside_denials,
    quotation_spans,
    rejects_hate,
    reported_speech,
    same_sentence,
    unquoted,
    within_words,
)
from fauxpas.context.crime_prevention import (
    guards_against_crime,
    in_its_language,
    offender_named_as_a_group,
)
from fauxpas.context.cues import (
    ctx_cues,
    ctx_has_kind,
    ctx_words,
    first_unnegated,
    negated,
    negated_right_before,
    text_cues,
)
from fauxpas.context.post_signals import laughs, post_signals
from fauxpas.context.threats import announced_violence, violent_act_named
from fauxpas.core.verdict import Category, Severity

# A threat aimed at a named group is held for review however the hate head scores it.
THREAT_CONFIDENCE = 0.6
# A named group called vermin, filth or a disease is held for review when the hate head
# reaches this share of its report cutoff: the head alone often leaves "Immigrants are
# vermin." a note, under its review cutoff (set so that ordinary posts are rarely held).
DEMEANING_CONFIDENCE = 0.6
DEMEANING_SHARE = 0.8
# A slur for a group of people (lexicon ``groups``, kind ``slur``) is held whatever the
# head says, unless the text rejects it (kind ``counter``: "calling people that is racist").
SLUR_CONFIDENCE = 0.6
# A named group with a hostile word ("Muslims are dirty", "deport all the refugees": kind
# ``hostile``, not negated) is held for review when the head reads the text as hateful at
# its report cutoff: the head alone leaves most such texts a note, under its review cutoff
# (set so that ordinary posts are rarely held). Not when the text rejects hate.
HOSTILE_CONFIDENCE = 0.55
# Three kinds of text get no note when only the head reads them as hateful, under its
# review cutoff (``not_hate``): one that rejects hate ("calling refugees animals is
# dehumanising": kind ``counter``), one that names a group to praise it ("we love our
# Muslim neighbours": kind ``praise``, no hostile word), and one whose every hostile word
# is negated ("I don't hate immigrants"). The head reacts to the group and to the claim
# quoted or denied. Such a text stays a finding for bot replies (strict policy, from
# 0.25), and is reviewed as usual from the review cutoff.
# A text that denies or forbids harm to people ("Les femmes ne méritent pas d'être
# frappées": ``denies_harm``) is capped the same way however high the head reads it: the
# head reacts to the group and the harm named together.
NOT_HATE_CAP = 0.3


@register
class Hate(HeadCheck, Check):
    code = "FP202"
    name = "hate"
    category = Category.HATE
    severity = Severity.BLOCK
    summary = "Demeaning or excluding people for their origin, religion, gender, sexuality..."
    tier = "model"
    head = "hate"
    related = ("harassment", "violence")
    own_message = "This reads as demeaning a group of people for who they are."
    target_message = "The text it spreads reads as demeaning a group of people for who they are."
    advice = ("Do not publish or repeat it. If you are quoting to condemn it, say so in your "
              "own words without repeating the slur or the claim.")

    def run(self, ctx):
        scores = head_scores(ctx)
        if scores is None:
            return
        conf = head_confidence(ctx, self.head)
        message = None
        claim = quotes_a_claim(ctx)
        threat = None if claim else _first(ctx, threatens_a_group, scores)
        demeaning = None if claim else _first(ctx, demeans_a_group, scores)
        reads = "The text it spreads reads" if ctx.on_target else "This reads"
        if threat:
            conf = max(conf, THREAT_CONFIDENCE)
            message = f"{reads} as a threat of violence against a group of people."
        elif demeaning:
            conf = max(conf, DEMEANING_CONFIDENCE)
            message = (f"{reads} as calling a group of people {demeaning!r}: "
                       "dehumanising them for who they are.")
        slur = None if (threat or demeaning) else slur_in(ctx, scores)
        if slur:
            conf = max(conf, SLUR_CONFIDENCE)
            message = f"{reads} as using a slur for a group of people ({slur!r})."
        hostile = None if (claim or threat or demeaning or slur) else _first(
            ctx, hostility, scores)
        if hostile:
            conf = max(conf, HOSTILE_CONFIDENCE)
            message = f"{reads} as hostile to a group of people ({hostile!r})."
        why_not = None
        if claim and not slur and conf >= self.floor:
            why_not = f"quotes a claim to answer it ({claim!r})"
            conf = min(conf, NOT_HATE_CAP)
        elif not (threat or demeaning or slur or hostile) and conf >= self.floor:
            why_not = not_hate(ctx) if conf < REVIEW_AT else denied(ctx)
            if why_not:
                conf = min(conf, NOT_HATE_CAP)
        yield from self.report(ctx, scores, conf, message, threat_to_group=threat,
                               demeaning=demeaning or None, slur=slur, hostile=hostile,
                               not_hate=why_not)


def _first(ctx, rule, scores: dict[str, float]):
    """What ``rule`` finds in the text as written or else in its plain reading ("l0s
    mus0lmanes", "odo a los judios", "sonbasura": ``plain_context``), or None. Slurs are
    read both ways by ``slur_in``."""
    found = rule(ctx, scores)
    if found:
        return found
    plain = plain_context(ctx)
    return (rule(plain, scores) or None) if plain is not None else None


# What the writer's own words around a quoted claim must not contain for the claim to be
# reported rather than said: a group named, a word hostile to people, or agreement ("so
# true", "tiene razón": kind ``agree``, not negated; or 💯).
_SAYS_IT_TOO = ("group", "othering", "hostile", "demeaning", "slur", "slur_local", "expel",
                "exclusion", "hate_code", "agree")
AGREE_EMOJI = "\U0001F4AF"  # 💯
# A quoted claim is a statement: at least this many words between the quotation marks.
CLAIM_MIN_WORDS = 3


def quotes_a_claim(ctx) -> str | None:
    """The quoted claim about a group that the text reports or answers rather than makes,
    or None: every group the text names (lexicon ``groups``, kinds ``group``,
    ``othering``) stands inside a quotation of at least ``CLAIM_MIN_WORDS`` words that
    the writer's own words frame (``reported_speech``: "“… are scum.” Did you really say
    that?", "Saying “…” shows what kind of person you are"), and those words name no
    group, have no hostile word, slur or call to throw people out of their own, and do not
    agree with it ("“…” – we couldn't have said it better!": ``_SAYS_IT_TOO``). The heads
    read the claim inside the quotation; the writer quotes it to answer it, as a quoted
    slur is named, not used. Such a text is still reported for a bot's reply
    (``NOT_HATE_CAP``): repeating hate is a risk however it is framed."""
    text = ctx.text
    cues = ctx_cues(ctx, "groups")
    groups = cues.of("group", "othering")
    if not groups or not any(mark in text for mark in QUOTES):
        return None
    spans = quotation_spans(text)
    claim = None
    for group in groups:
        span = _quotation_around(spans, group)
        if span is None or not reported_speech(text, group.start, group.end):
            return None
        if len(text[span[0]:span[1]].split()) < CLAIM_MIN_WORDS:
            return None  # "“refugees”": a word in scare quotes, not a claim
        claim = claim or span
    own = [hit for hit in cues.of(*_SAYS_IT_TOO) if _quotation_around(spans, hit) is None]
    if any(hit.kind != "agree" or not negated_right_before(ctx, hit.start) for hit in own):
        return None
    frame = "".join(text[end:start] for end, start in
                    zip([0, *(s[1] for s in spans)], [*(s[0] for s in spans), len(text)]))
    if AGREE_EMOJI in frame:
        return None
    return text[claim[0]:claim[1]]


def _quotation_around(spans: list[tuple[int, int]], hit) -> tuple[int, int] | None:
    """The quotation of ``spans`` that holds ``hit``, or None."""
    return next((span for span in spans if span[0] <= hit.start and hit.end <= span[1]), None)


def hostility(ctx, scores: dict[str, float]) -> str | None:
    """The first sign of hostility to a group, in the order of the rules below: a hostile
    word the head agrees with, a call to throw people out, an insult said of a group, a
    group called criminals, a group cast as thieves in an advert, a dog whistle, an
    advert's joke about a group, a group as the measure of incompetence, a promise to keep
    a group away, a group cast as the danger to be kept safe from."""
    return (hostile_to_a_group(ctx, scores) or expels_a_group(ctx)
            or insults_a_group(ctx, scores) or calls_a_group_criminals(ctx, scores)
            or sells_with_a_group_as_thieves(ctx)
            or insinuates_about_people(ctx, scores)
            or sells_with_a_joke_about_a_group(ctx, scores) or measures_by_a_group(ctx)
            or drives_off_a_group(ctx) or protects_from_a_group(ctx))


def threatens_a_group(ctx, scores: dict[str, float]) -> bool:
    """A threat of violence in a text that names a group people are targeted for, or
    points at one (``names_people``): violence the writer announces or calls for ("vamos
    a quemarlos", "lasst uns sie erschießen": ``announced_violence``), whatever the heads
    say; or hostile wording (the harassment head at its report cutoff) that is violent
    (the violence head at its report cutoff, or a violent act named, ``violent_act_named``,
    in a text the hate head reads as hateful: a news report of an attack is not). The
    hate head, trained mostly on insults and slurs, reads a plain threat against a group
    ("we will wipe them out") as hostile and violent, but not always as hate; and the
    violence head reads "on va poignarder tous les handicapés" as barely violent. Not a
    text that rejects hate ("violence against women has no place here":
    ``rejects_hate``) or that denies or forbids the harm it names ("no one should be
    attacked for their faith": ``denies_harm``); nor, on the heads' reading, a text that
    guards against crime ("our alarm scares off burglars so women living alone sleep
    safe": ``guards_against_crime``), where the group named is the one kept safe."""
    if not names_people(ctx) or rejects_hate(ctx) or denies_harm(ctx):
        return False
    if announced_violence(ctx) is not None:
        return True
    if scores["harassment"] < threshold(ctx, "harassment") or guards_against_crime(ctx):
        return False
    if scores["violence"] >= threshold(ctx, "violence"):
        return True
    return scores["hate"] >= threshold(ctx, "hate") and violent_act_named(ctx) is not None


SLOGANS = ("exclusion", "hate_code")  # held on their own, with no group named


def expels_a_group(ctx) -> str | None:
    """The first call to throw people out ("send them all back", "hay que echarlos a
    todos", "rua com eles": lexicon ``groups``, kind ``expel``) with no negation just
    before it, in a text that names a group or points at one (``names_people``), whatever
    the head says: the head reads "these people fill our streets with crime, throw them
    all out" after a line of sympathy as mild. So is a wish that they were gone ("no one
    would miss them if they disappeared"), whose own negation negates nothing else in it.
    Not when the text rejects hate. A slogan that claims a country for one people ("la
    France aux Français", "Polska dla Polaków": kind ``exclusion``) shuts everyone else
    out and needs no group named; so does a known hate slogan or code, Nazi apologia or
    Holocaust denial ("heil Hitler", "you will not replace us", "Umvolkung": kind
    ``hate_code``)."""
    # a slogan or hate code quoted in a text of its own ("the Nazis made 'Heil Hitler'
    # compulsory", a museum's caption, a charity quoting the abuse families received) is
    # reported, not said
    slogans = unquoted(ctx.text, ctx_cues(ctx, "groups").of(*SLOGANS))
    if not (slogans or ctx_has_kind(ctx, "expel", "groups")) or rejects_hate(ctx):
        return None
    if slogans:
        found = first_unnegated(ctx, slogans)
        if found is not None:
            return found
    if not names_people(ctx):
        return None
    calls = ctx_cues(ctx, "groups").of("expel")
    negations = ctx_cues(ctx).of("negation")
    for call in calls:  # "no one would miss them": the negation is the wish's own
        if any(call.start <= neg.start and neg.end <= call.end for neg in negations):
            return ctx.text[call.start:call.end]
    return first_unnegated(ctx, calls)


# An insult at most this many words after a named group, in its clause: "Muslims are
# stupid", "los inmigrantes son unos idiotas", "die Flüchtlinge sind doch alle dumm".
INSULT_REACH = 4


def insults_a_group(ctx, scores: dict[str, float]) -> str | None:
    """The first insult ("stupid", "idiotas", "Abschaum": cue kind ``insult``) or hostile
    word ("dangerous", "me dan asco": kind ``hostile`` in ``groups``) said of a named
    group: at most ``INSULT_REACH`` words after the group's name (lexicon ``groups``, kind
    ``group``), in its clause, or in a later clause that points back to it
    (``_refers_back_to``), with no negation just before it ("refugees are not stupid"),
    not quoted in the writer's own words (``reported_speech``), in a text the harassment
    head reads as hostile (its report cutoff); the hate head, trained mostly on slurs,
    reads "women are stupid" as barely hateful. None when the text rejects hate or denies
    harm."""
    if scores["harassment"] < threshold(ctx, "harassment"):
        return None
    hostile = hostile_words(ctx)
    if not (ctx_has_kind(ctx, "insult") or hostile) or not ctx_has_kind(ctx, "group", "groups"):
        return None
    if rejects_hate(ctx) or denies_harm(ctx):
        return None
    text, words = ctx.text, ctx_words(ctx)
    groups = ctx_cues(ctx, "groups").of("group")
    back = ctx_cues(ctx).of("refers_back")
    said = unquoted(text, [*ctx_cues(ctx).of("insult"), *hostile])  # not someone else's
    for insult in sorted(said, key=lambda hit: hit.start):
        if negated_right_before(ctx, insult.start) or negated(ctx, insult.start):
            continue
        if any(_said_close_after(text, words, group.end, insult.start, INSULT_REACH)
               or any(_refers_back_to(text, words, group, ref, insult) for ref in back)
               for group in groups):
            return text[insult.start:insult.end]
    return None


# A word that points back to a group ("they", "todos") reaches it across this many words
# at most, in the same sentence: "I've met many immigrants, and all of them are idiots".
BACK_REACH = 6


def _refers_back_to(text: str, words, group, ref, insult) -> bool:
    """The insult is said of the group through words that point back to it (cue kind
    ``refers_back``): they open a later clause of the group's sentence, at most
    ``BACK_REACH`` words after it, and the insult comes close after them in their clause
    ("He conocido a muchas mujeres, y todas son estúpidas")."""
    return (group.end <= ref.start and same_sentence(text, group.end, ref.start)
            and within_words(words, group.end, ref.start, BACK_REACH)
            and _said_close_after(text, words, ref.end, insult.start, INSULT_REACH))


# Words by which what follows is about someone or something else ("women are tired of
# idiots", "better than stupid politics"). Folded.
_AWAY = frozenset([
    "of", "than", "by", "from", "with", "about", "de", "von", "van", "di", "da", "que",
    "als", "che", "med", "av", "af", "niz", "przez", "mint", "dan", "par", "por", "per",
    "against", "contra", "gegen", "contre", "contro", "tegen", "przeciw", "przeciwko", "mot",
    "ellen", "imod",
])


def _said_close_after(text: str, words, end: int, start: int, reach: int) -> bool:
    """What starts at ``start`` is said of what ends at ``end``: close after it in its
    clause (``close_after``, at most ``reach`` words between), and no word between them
    turns to someone or something else ("women are tired of idiots")."""
    return close_after(text, words, end, start, reach) and not any(
        word.norm in _AWAY for word in words if end <= word.start and word.end <= start)


# A dog whistle needs the hate head at this share of its report cutoff at least.
INSINUATION_SHARE = 0.5


def insinuates_about_people(ctx, scores: dict[str, float]) -> str | None:
    """A wink at people pointed at without being named: "none of those people, if you
    know what we mean 😉", "sin «esa gente», que ya sabes" (kind ``othering`` in ``groups``
    with cue kind ``insinuation``), when the hate head reaches ``INSINUATION_SHARE`` of
    its report cutoff: a dog whistle says its prejudice by leaving it unsaid. Not when the
    text rejects hate."""
    if scores["hate"] < INSINUATION_SHARE * threshold(ctx, "hate"):
        return None
    if not (ctx_has_kind(ctx, "insinuation") and ctx_has_kind(ctx, "othering", "groups")):
        return None
    if rejects_hate(ctx):
        return None
    hit = ctx_cues(ctx).of("insinuation")[0]
    return ctx.text[hit.start:hit.end]


SMIRK = "\U0001F60F"  # 😏: the knowing look of a joke at someone's expense


def sells_with_a_joke_about_a_group(ctx, scores: dict[str, float]) -> str | None:
    """The named group of an advert that laughs ("😂", "😉", "lol": ``laughs``; selling:
    ``post_signals``) and that the hate head reads as leaning hateful (``DEMEANING_SHARE``
    of its report cutoff): a stereotype told to sell ("prices so low even your Jewish
    accountant would sign off 😉", "akkora, hogy egy egész cigánycsalád elfér benne 😂").
    The head leaves most such jokes a note. A joke that a like, repost or bot reply spreads
    (``ctx.on_target``) needs no selling: the brand passes the laugh on. Not a text that
    supports a cause or people
    (Pride, equality: cue kinds ``cause``, ``support``, ``sympathy``), praises the group,
    rejects hate or denies harm."""
    if scores["hate"] < DEMEANING_SHARE * threshold(ctx, "hate"):
        return None
    if not ctx_has_kind(ctx, "group", "groups") or not (laughs(ctx) or SMIRK in ctx.text):
        return None
    if not sells_at_a_group(ctx):
        return None  # no sale, or a campaign for the group (Pride, equality)
    hit = ctx_cues(ctx, "groups").of("group")[0]
    what = "a joke" if ctx.on_target else "an advert's joke"
    return f"{what} about {ctx.text[hit.start:hit.end]}"


def sells_at_a_group(ctx) -> bool:
    """True for an advert (``post_signals`` selling), or a text a like, repost or bot reply
    passes on (``ctx.on_target``: the brand passes it on, no sale needed), that supports no
    people or cause (Pride, equality: cue kinds ``cause``, ``support``, ``sympathy``) and
    is not read as no hate (``not_hate``): where a joke or a stereotype about a group is
    told to sell."""
    signals = post_signals(ctx)
    if (signals.selling < 1 and not ctx.on_target) or signals.supportive \
            or signals.cues.has("cause"):
        return False
    return not not_hate(ctx)


# "even", the group and "can": at most this many words between one and the next.
MEASURE_REACH = 2
# "even your grandma or an autistic person could": at most this many words between "even"
# and "or" (or "and"), and at most one (an article) between "or" and the group.
PAIR_REACH = 3


def measures_by_a_group(ctx) -> str | None:
    """A group of people used as the measure of incompetence, whatever the head says:
    "even" (cue kind ``even``), a named group (lexicon ``groups``, kind ``group``) with at
    most ``MEASURE_REACH`` words between them, and "can" or "could" (cue kind ``can``) as
    close after the group or before "even", in one clause: "so easy even
    the ladies can do it", "riesce a usarlo persino un down", "selv en grønlænder kan finde
    ud af den". The group may also come second in a pair, after "or" or "and" (cue kind
    ``conjunction``, at most ``PAIR_REACH`` words after "even"): "même votre grand-mère ou
    un autiste pourrait s'en servir".
    The heads read such an advert as friendly. "Even a child can" names no group. Not when
    the text rejects hate."""
    if not (ctx_has_kind(ctx, "even") and ctx_has_kind(ctx, "can")
            and ctx_has_kind(ctx, "group", "groups")):
        return None
    text, words, cues = ctx.text, ctx_words(ctx), ctx_cues(ctx)
    groups = ctx_cues(ctx, "groups").of("group")
    for even in cues.of("even"):
        group = next((g for g in groups if close_after(text, words, even.end, g.start,
                                                         MEASURE_REACH)
                      or _second_of_a_pair(ctx, even, g)), None)
        if group is None:
            continue
        can = next((c for c in cues.of("can")
                    if close_after(text, words, group.end, c.start, MEASURE_REACH)
                    or close_after(text, words, c.end, even.start, MEASURE_REACH)), None)
        if can is not None and not rejects_hate(ctx):
            return text[min(even.start, can.start):max(group.end, can.end)]
    return None


def _second_of_a_pair(ctx, even, group) -> bool:
    """``group`` follows "or" or "and" (and at most an article), which follows ``even``
    within ``PAIR_REACH`` words, in one clause."""
    text, words = ctx.text, ctx_words(ctx)
    return any(close_after(text, words, even.end, c.start, PAIR_REACH)
               and close_after(text, words, c.end, group.start, 1)
               for c in ctx_cues(ctx).of("conjunction"))


# At most this many words between the words that drive people off and the group ("les").
DRIVE_OFF_REACH = 2


def drives_off_a_group(ctx) -> str | None:
    """A promise to keep a group of people away, whatever the head says: words that drive
    off (lexicon ``groups``, kind ``drive_off``: "scares off", "fait fuir", "ahuyenta")
    with a named group at most ``DRIVE_OFF_REACH`` words after them, in one clause, with no
    negation right before: "notre alarme fait fuir les Roms", "keeps out the gypsies". An
    alarm that scares off burglars names no group, nor does one that "scares off burglars
    so women living alone sleep safe": the criminals named between (cue kind
    ``offender``) are what it drives off. Not when the text rejects hate."""
    cues = ctx_cues(ctx, "groups")
    if not (cues.has("drive_off") and cues.has("group")):
        return None
    text, words = ctx.text, ctx_words(ctx)
    offenders = in_its_language(ctx, "offender")
    for drive in cues.of("drive_off"):
        if negated_right_before(ctx, drive.start):
            continue
        group = next((g for g in cues.of("group")
                      if close_after(text, words, drive.end, g.start, DRIVE_OFF_REACH)
                      and not any(drive.end <= o.start and o.end <= g.start
                                  for o in offenders)), None)
        if group is not None and not rejects_hate(ctx):
            return text[drive.start:group.end]
    return None


# At most this many words between a word that protects and the "from" that follows it
# ("protect your daughters from"), and between that "from" and the group ("from the").
PROTECT_FROM_REACH = 3
FROM_GROUP_REACH = 2


def protects_from_a_group(ctx) -> str | None:
    """A named group cast as the danger people must be kept safe from, whatever the head
    says: a word that protects (cue kind ``protect``: protect, safe, schützen, veilig), then
    the first "from" after it in its clause (kind ``protect_from``: from, against, vor,
    contre, contra, przed), then a group (lexicon ``groups``, kind ``group``) at most
    ``FROM_GROUP_REACH`` words on: "Protect your daughters from the migrants: get our
    pepper spray", "Schützen Sie Ihre Töchter vor den Flüchtlingen". A group named before
    the "from" is the one kept safe ("we protect refugees from the cold"); a group's
    possessive is not the danger ("safe from men's violence"). Not when a negation comes
    right before the word that protects, or when the text rejects hate or denies harm
    ("protect women against discrimination")."""
    if not (ctx_has_kind(ctx, "protect") and ctx_has_kind(ctx, "protect_from")
            and ctx_has_kind(ctx, "group", "groups")):
        return None
    text, words = ctx.text, ctx_words(ctx)
    froms = sorted(in_its_language(ctx, "protect_from"), key=lambda hit: hit.start)
    groups = ctx_cues(ctx, "groups").of("group")
    for guard in unquoted(text, in_its_language(ctx, "protect")):
        if negated_right_before(ctx, guard.start):
            continue
        after = next((f for f in froms if f.start >= guard.end), None)
        if after is None or not close_after(text, words, guard.end, after.start,
                                            PROTECT_FROM_REACH):
            continue
        group = next((g for g in groups
                      if close_after(text, words, after.end, g.start, FROM_GROUP_REACH)
                      and not text[g.end:g.end + 2].startswith(("'s", "’s"))), None)
        if group is not None and not (rejects_hate(ctx) or denies_harm(ctx)):
            return text[guard.start:group.end]
    return None


def names_people(ctx) -> bool:
    """The text names a group people are targeted for (lexicon ``groups``, kind ``group``)
    or points at one without naming it, as hateful posts do ("these people", "dat soort
    volk", "esa gente": kind ``othering``)."""
    return ctx_has_kind(ctx, "group", "groups") or ctx_has_kind(ctx, "othering", "groups")


def slur_in(ctx, scores: dict[str, float] | None = None) -> str | None:
    """The first slur for a group of people in the text (lexicon ``groups``, kind
    ``slur``, or ``slur_local`` in a text that may be in the slur's language), unless the
    text rejects it (kind ``counter``) or only reports it between quotation marks ("he
    called me “…” at work": ``reported_speech``; the heads read the whole text). A slur
    disguised to dodge filters ("f4ggots", "m a r i c o n e s") is found in the text's
    plain reading (``plain_text``) and named as read there, when the hate head (``scores``)
    reads the text as hateful: the plain reading also mends slips, and a slip mended into a
    slur ("nikke", to nod, read as "nikker") is no slur."""
    if ctx_has_kind(ctx, "slur", "groups") or ctx_has_kind(ctx, "slur_local", "groups"):
        found = _slur_used(ctx, ctx.text, ctx_cues(ctx, "groups"))
        if found is not None:
            return found
    if scores is None or scores["hate"] < threshold(ctx, "hate"):
        return None
    plain = plain_text(ctx)
    if plain is None or ctx_has_kind(ctx, "counter", "groups"):
        return None
    return _slur_used(ctx, plain, text_cues(plain, "groups"))


def _slur_used(ctx, text: str, cues) -> str | None:
    if cues.has("counter"):
        return None
    hits = unquoted(text, slurs(ctx, cues))
    return text[hits[0].start:hits[0].end] if hits else None


def slurs(ctx, cues) -> list:
    """The slurs among ``cues``: kind ``slur``, and kind ``slur_local`` (a slur in one
    language that is an ordinary word in another: French "pédé", Portuguese "pede", "asks")
    when the text may be in the language of its lexicon."""
    return [hit for hit in cues.of("slur", "slur_local")
            if hit.kind == "slur" or hit.entry_id.split("-", 1)[0] in ctx.languages]


def hostile_to_a_group(ctx, scores: dict[str, float]) -> str | None:
    """The first hostile word ("dirty", "hate", "deport": lexicon ``groups``, kind
    ``hostile``) no negation comes just before, in a text that names a group or points at
    one (``names_people``) and that the hate head reads as hateful (its report cutoff);
    None when there is none or when the text rejects hate (``rejects_hate``: "calling
    Turks knife-wielders is stupid and racist"). A hostile word inside a denial of harm
    ("we should not let refugees suffer": ``outside_denials``) is part of the denial."""
    if scores["hate"] < threshold(ctx, "hate"):
        return None
    cues = ctx_cues(ctx, "groups")
    if not cues.has("group", "othering") or not cues.has("hostile") or rejects_hate(ctx):
        return None
    return first_unnegated(ctx, outside_denials(ctx, hostile_words(ctx)))


def calls_a_group_criminals(ctx, scores: dict[str, float]) -> str | None:
    """The criminals (cue kind ``offender``: thieves, ladrones, Einbrecher) a named group is
    called ("most burglars here are immigrants", "los ladrones del barrio son todos
    gitanos": ``offender_named_as_a_group``), in the writer's own words, with no negation
    before it in its clause ("not all immigrants are thieves"), in a text the hate or the
    harassment head reads as hostile (its report cutoff); None when there is none or when
    the text rejects hate or denies harm. The heads read "Einbrecher sind doch fast alle
    Ausländer" as an insult, but not as hate."""
    if not (ctx_has_kind(ctx, "offender") and names_people(ctx)):
        return None
    if (scores["hate"] < threshold(ctx, "hate")
            and scores["harassment"] < threshold(ctx, "harassment")):
        return None
    if rejects_hate(ctx) or denies_harm(ctx):
        return None
    text = ctx.text
    negations = ctx_cues(ctx).of("negation")
    offenders = [hit for hit in unquoted(text, in_its_language(ctx, "offender"))
                 if not any(neg.start < hit.start and same_sentence(text, neg.end, hit.start,
                                                                    clause=True)
                            for neg in negations)]
    found = offender_named_as_a_group(ctx, offenders)
    return text[found.start:found.end] if found is not None else None


# A named group and a word of theft: at most this many words between them, in either order.
THEFT_REACH = 8


def sells_with_a_group_as_thieves(ctx) -> str | None:
    """An advert (or a text a like, repost or bot reply passes on) that names a group
    (lexicon ``groups``, kind ``group``) and, at most ``THEFT_REACH`` words before or after
    it, a word of theft (cue kind ``theft``: steals, robs, knackt, kirabolják), whatever
    the head says: "schneller aufgebaut, als ein Pole dein Auto knackt", "Sok a cigány a
    környéken? Ne várja meg, amíg kirabolják!" sell with the stereotype of a people as
    thieves. The heads read such an advert as a joke or a sale, not as hate. Not a figure
    of speech that takes nothing (kind ``theft_idiom``: "stole the show", "roba el
    corazón", "robbed of"), a theft word right after a negation, or a text that supports
    a cause or people, praises the group, rejects hate or denies harm."""
    if not (ctx_has_kind(ctx, "theft") and ctx_has_kind(ctx, "group", "groups")):
        return None
    if not sells_at_a_group(ctx):
        return None
    text, words = ctx.text, ctx_words(ctx)
    idioms = ctx_cues(ctx).of("theft_idiom")
    thefts = [hit for hit in unquoted(text, in_its_language(ctx, "theft"))
              if not negated_right_before(ctx, hit.start)
              and not any(i.start <= hit.start and hit.end <= i.end for i in idioms)]
    for group in ctx_cues(ctx, "groups").of("group"):
        for theft in thefts:
            first, last = sorted((group, theft), key=lambda hit: hit.start)
            if within_words(words, first.end, last.start, THEFT_REACH):
                return text[first.start:last.end]
    return None


def hostile_words(ctx) -> list:
    """The hostile words of the text (lexicon ``groups``, kind ``hostile``), but not the
    criminals a text that guards against crime keeps away ("ahuyenta a los ladrones para
    que las mujeres duerman tranquilas": ``guards_against_crime``): "ladrones" said of a
    group is hostile, said of burglars it is their name."""
    hostile = ctx_cues(ctx, "groups").of("hostile")
    if not hostile or not guards_against_crime(ctx):
        return hostile
    offenders = in_its_language(ctx, "offender")
    return [hit for hit in hostile
            if not any(o.start < hit.end and hit.start < o.end for o in offenders)]


def not_hate(ctx) -> str | None:
    """Why the text reads as no hate, or None: it rejects hate (``rejects_hate``), denies
    or forbids harm to people ("no refugee should be left to drown": ``denies_harm``), or
    names a group only to praise it or to deny hate (``speaks_well_of_a_group``)."""
    word = rejects_hate(ctx)
    if word:
        return f"rejects hate ({word!r})"
    return denied(ctx) or speaks_well_of_a_group(ctx)


def denied(ctx) -> str | None:
    """Why a text that denies or forbids harm to people (``denies_harm``) reads as no
    hate, or None for any other text."""
    harm = denies_harm(ctx)
    return f"denies harm ({harm!r})" if harm else None


def speaks_well_of_a_group(ctx) -> str | None:
    """A text that names a group (lexicon ``groups``, kind ``group``), has no slur, insult
    or hostile word that is not negated (kinds ``slur``, ``insult`` in ``cues``,
    ``hostile`` and ``demeaning``), and either praises ("we love our Muslim neighbours":
    kind ``praise``, not negated) or has hostile words that are all negated right before
    them ("I don't hate immigrants", "Black people are not dirty": ``negated_right_before``;
    "nothing but vermin" is no denial), in a text that asks nothing: "Don't you think they
    are dirty?" asks to agree."""
    cues = ctx_cues(ctx, "groups")
    if not cues.has("group") or slurs(ctx, cues):
        return None
    hostile = cues.of("hostile", "demeaning")
    if (first_unnegated(ctx, hostile) is not None
            or first_unnegated(ctx, ctx_cues(ctx).of("insult")) is not None):
        return None
    if hostile:
        if "?" in ctx.text:  # "Don't you think they are dirty?" asks to agree, denies nothing
            return None
        if not all(negated_right_before(ctx, hit.start) for hit in hostile):
            return None  # "nothing but vermin", "no better than rats"
        return f"denies hate ({ctx.text[hostile[0].start:hostile[0].end]!r} is negated)"
    praise = first_unnegated(ctx, cues.of("praise"))
    if praise:
        return f"praises the group ({praise!r})"
    member = speaks_as_a_member(ctx, cues)
    return f"speaks as one of the group ({member!r})" if member else None


# The words that say the writer belongs to a group ("I am", "somos") reach it across this
# many words at most ("I'm a proud Muslim woman"); a verb that follows the group ("meleg
# vagyok", "schwul bin ich") comes right after it.
SELF_REACH = 2


def speaks_as_a_member(ctx, cues) -> str | None:
    """The words by which the writer says they belong to every group the text names ("I'm
    a proud Muslim woman", "Somos inmigrantes": kind ``self_id`` at most ``SELF_REACH``
    words before the group, in its clause, turning to nothing else between; "Meleg
    vagyok", "Schwul bin ich": kind ``self_id_after``, right after it), or None."""
    before, after = cues.of("self_id"), cues.of("self_id_after")
    if not (before or after):
        return None
    text, words = ctx.text, ctx_words(ctx)
    found, last = None, None
    for group in cues.of("group"):
        own = next((hit for hit in before
                    if _said_close_after(text, words, hit.end, group.start, SELF_REACH)),
                   None) or next(
            (hit for hit in after if close_after(text, words, group.end, hit.start, 0)), None)
        if own is None and not (last and close_after(text, words, last.end, group.start, 0)):
            return None  # neither the writer's, nor part of their group ("Muslim woman")
        if own is not None and found is None:
            found = text[own.start:own.end]
        last = group
    return found


def demeans_a_group(ctx, scores: dict[str, float]) -> str | None:
    """The demeaning word ("vermin", "Parasiten", "une maladie": lexicon ``groups``, kind
    ``demeaning``) of a text that also names a group and that the hate head reads as
    hateful enough (``DEMEANING_SHARE`` of its report cutoff); None when there is none,
    when a negation comes just before the word ("are not vermin": ``negated``), or when
    the text rejects the claim ("calling refugees vermin is racist": kind ``counter``)."""
    if scores["hate"] < DEMEANING_SHARE * threshold(ctx, "hate"):
        return None
    if not ctx_has_kind(ctx, "demeaning", "groups"):
        return None
    cues = ctx_cues(ctx, "groups")
    if not cues.has("group") or cues.has("counter"):
        return None
    return first_unnegated(ctx, cues.of("demeaning"))
