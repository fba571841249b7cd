"""Counter-speech: a text that names hate in order to reject it ("calling refugees vermin
is racist", "Antisemitism has no place here", "insults against women"), or that denies or
forbids harm to people ("no one should be attacked for their faith"). Read by the hate and
violence checks, which would otherwise react to the claim or harm it names."""

from __future__ import annotations

from fauxpas.context.cues import ctx_cues, ctx_words, first_unnegated

QUOTES = "\"'“”‘’«»„‹›"
# Quotation marks and the marks that close them. A straight single quote is also an
# apostrophe ("don't"): it opens a quotation only after a space or at the start, and
# closes one only before a space, a punctuation mark or the end.
_CLOSERS = {'"': '"', "“": "”", "„": "“”", "«": "»", "»": "«", "‹": "›", "›": "‹",
            "‘": "’", "'": "'", "”": "”"}
# Words outside the quotation: a quotation with fewer around it is the whole message
# ("“…”" on its own, or with a word or two) and is said, not reported.
QUOTED_MIN_WORDS_AROUND = 3


def quoted(text: str, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` stand between quotation marks: named, not used
    ("stop saying 'no homo'", "he called me a “…”")."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    return bool(before) and bool(after) and before[-1] in QUOTES and after[0] in QUOTES


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the text's quotations, quotation marks included, in order."""
    spans, i = [], 0
    while i < len(text):
        mark = text[i]
        closers = _CLOSERS.get(mark)
        if closers is None or (mark == "'" and i > 0 and not text[i - 1].isspace()):
            i += 1
            continue
        j = i + 1
        while j < len(text):
            if text[j] in closers and (mark != "'" or j + 1 == len(text)
                                       or not text[j + 1].isalnum()):
                break
            j += 1
        if j >= len(text):
            i += 1
            continue
        spans.append((i, j + 1))
        i = j + 1
    return spans


def reported_speech(text: str, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` are quoted: right between quotation marks
    (``quoted``), or inside a quotation that the writer's own words, at least
    ``QUOTED_MIN_WORDS_AROUND`` of them, frame ("“… are scum”, that's what he wrote")."""
    if quoted(text, start, end):
        return True
    for left, right in quotation_spans(text):
        if left <= start and end <= right:
            around = text[:left] + " " + text[right:]
            return sum(any(ch.isalpha() for ch in word)
                       for word in around.split()) >= QUOTED_MIN_WORDS_AROUND
    return False


def unquoted(text: str, hits: list) -> list:
    """The ``hits`` (anything with ``start`` and ``end`` in ``text``) that are the
    writer's own words, not quoted from someone else (``reported_speech``)."""
    return [hit for hit in hits if not reported_speech(text, hit.start, hit.end)]


def rejects_hate(ctx) -> str | None:
    """The first word by which the text rejects hate ("racist", "antisemitism", "violence
    against": lexicon ``groups``, kind ``counter``) that no negation comes right before
    ("it's not racist to say..." rejects nothing; "no place for racism" rejects racism:
    ``negated_right_before``)."""
    return first_unnegated(ctx, ctx_cues(ctx, "groups").of("counter"), right_before=True)


# A denial reaches the harm it denies across this many words at most: "nobody deserves to
# be beaten" (3), "no disabled person ought to be executed" (5), "ne méritent pas d'être
# frappées" (2).
DENIAL_REACH = 5
# A second harm word joined to a denied one ("hurt or killed", "gemobbt oder bedroht") is
# denied with it across this many words at most.
CHAIN_REACH = 2
_SENTENCE_END = frozenset(".!?;:\n")
# German and Polish put a comma before a relative or an infinitive clause: "Kein Mensch
# verdient es, geschlagen zu werden", "Nikt nie zasługuje na to, żeby być bitym". There a
# comma followed by such a clause (its first word below, or a harm word followed by "zu")
# does not end a denial.
COMMA_CLAUSE_LANGUAGES = frozenset({"de", "pl"})
_CLAUSE_OPENERS = frozenset([
    "die", "der", "das", "den", "dem", "deren", "dessen", "wer", "welche", "welcher",
    "welches", "dass", "um", "ohne",  # de
    "ktorzy", "ktore", "ktory", "ktora", "ktorego", "ktorej", "ktorym", "ktorych", "ze",
    "zeby", "aby", "by",  # pl, folded
])


def denies_harm(ctx) -> str | None:
    """The first harm word of a text that denies or forbids harm to people, or None (see
    ``denied_spans``)."""
    spans = denied_spans(ctx)
    if not spans:
        return None
    start, end = spans[0][1]
    return ctx.text[start:end]


_SPANS = "context.denied_spans"


def denied_spans(ctx) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """For a text that denies or forbids harm to people, each denial: the span from the
    denial to the harm word, and the harm word's span; an empty list for any other text.
    Worked out once per text: the hate, violence and harassment checks all ask.

    Every word of harm in the text ("attacked", "geschlagen", "frappées": cue kinds
    ``harm_done`` and ``violent_act``) must have a denial before it in its clause, at most
    ``DENIAL_REACH`` words earlier, or follow a denied one closely ("never hurt or
    killed"). A denial is a negation ("never", "nicht", "pas": kind ``negation``) or a word
    that denies or forbids (kind ``denier``: "no one", "nobody", "kein Mensch", "tolérance
    zéro"). A clause ends at a comma, so "don't just stand there, beat them" and "say no to
    them, shoot them" deny nothing; in German and Polish a comma that opens a relative or
    infinitive clause does not end it ("Kein Mensch verdient es, geschlagen zu werden":
    ``COMMA_CLAUSE_LANGUAGES``). A word in the sentence before the harm word that turns it
    back into a wish or threat (kind ``undoer``: "we would not hesitate to shoot", "on ne
    s'arrêtera pas tant qu'ils ne seront pas tués", "I don't care if they get beaten")
    leaves no denial.
    "No one should be attacked for their faith" denies harm; "Nobody will stop us. Beat
    them all." does not: its second sentence has no denial."""
    spans = ctx.shared.get(_SPANS)
    if spans is None:
        spans = ctx.shared[_SPANS] = _denials(ctx)
    return spans


def outside_denials(ctx, hits):
    """The ``hits`` no denial of harm holds (``denied_spans``): "suffer" in "we should not
    let refugees suffer" and "stabbed" in "no one should be stabbed" are part of one."""
    denials = [span for span, _harm in denied_spans(ctx)]
    return [hit for hit in hits
            if not any(start <= hit.start and hit.end <= end for start, end in denials)]


def _denials(ctx) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    cues = ctx_cues(ctx)
    harms = cues.of("harm_done", "violent_act")  # in the order of the text, as all hits
    if not harms:
        return []
    text, words = ctx.text, ctx_words(ctx)
    deniers = cues.of("negation", "denier")
    undoers = cues.of("undoer")
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for harm in harms:
        if any(same_sentence(text, hit.end, harm.start) for hit in undoers
               if hit.end <= harm.start):
            return []
        denier = next((d for d in deniers if _reaches(ctx, words, d, harm)), None)
        if denier is not None:
            spans.append(((denier.start, harm.end), (harm.start, harm.end)))
        elif spans and within_words(words, spans[-1][1][1], harm.start, CHAIN_REACH) \
                and same_sentence(text, spans[-1][1][1], harm.start, clause=True):
            spans.append(((spans[-1][0][0], harm.end), (harm.start, harm.end)))
        else:
            return []
    return spans


def _reaches(ctx, words, denier, harm) -> bool:
    """``denier`` comes before ``harm`` in the same clause, at most ``DENIAL_REACH`` words
    before it."""
    if denier.end > harm.start or not within_words(words, denier.end, harm.start, DENIAL_REACH):
        return False
    if same_sentence(ctx.text, denier.end, harm.start, clause=True):
        return True
    return (ctx.lang in COMMA_CLAUSE_LANGUAGES
            and same_sentence(ctx.text, denier.end, harm.start)
            and _clause_goes_on(ctx.text, words, denier.end, harm))


def _clause_goes_on(text: str, words, start: int, harm) -> bool:
    """Every comma between ``start`` and the harm word opens a relative or infinitive
    clause: its next word is a clause opener, or the harm word is followed by "zu"."""
    after_harm = next((w.norm for w in words if w.start >= harm.end), "")
    for at in (i for i in range(start, harm.start) if text[i] == ","):
        following = next((w.norm for w in words if w.start > at), "")
        if following not in _CLAUSE_OPENERS and after_harm != "zu":
            return False
    return True


def same_sentence(text: str, start: int, end: int, clause: bool = False) -> bool:
    between = text[start:end]
    return not (_SENTENCE_END.intersection(between) or (clause and "," in between))


def within_words(words, start: int, end: int, reach: int) -> bool:
    return sum(1 for word in words if start <= word.start and word.end <= end) <= reach


def close_after(text: str, words, end: int, start: int, reach: int) -> bool:
    """What starts at ``start`` comes after ``end``, in the same clause, with at most
    ``reach`` words between: "I'm going to" and the act it announces, a group and the
    insult said of it, "even" and the group it measures by."""
    return (end <= start and same_sentence(text, end, start, clause=True)
            and within_words(words, end, start, reach))
