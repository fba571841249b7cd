"""Counter-speech: a text that names hate in order to reject it ("calling refugees vermin
is racist", "Antisemitism has no place here", "insults against women"). Read by the hate
and violence checks, which would otherwise react to the claim or harm it names."""

from __future__ import annotations

from fauxpas.context.cues import ctx_cues, first_unnegated


def rejects_hate(ctx) -> str | None:
    """The first word by which the text rejects hate ("racist", "antisemitism", "violence
    against": lexicon ``groups``, kind ``counter``) that no negation comes right before
    ("it's not racist to say..." rejects nothing; "no place for racism" rejects racism:
    ``negated_right_before``)."""
    return first_unnegated(ctx, ctx_cues(ctx, "groups").of("counter"), right_before=True)
