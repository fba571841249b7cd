"""Does a post refer to a news event? Place names (any language, via the gazetteer),
names from the headline (also inside hashtags), crisis words of the same kind, and, when
the model is loaded, closeness in meaning to the headline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fauxpas.context.cues import ctx_words, text_cues
from fauxpas.context.events import EventInfo, stem
from fauxpas.context.gazetteer import default_gazetteer

if TYPE_CHECKING:
    import numpy as np

# multilingual-e5 puts almost any two texts above 0.75, so a cosine says little: 0.6 ties a
# post to an event in the account's own markets (where posting during it is the risk
# anyway); an event elsewhere must be close in meaning (the 0.83 FP303 uses), or a
# Swedish bakery's cinnamon buns are "tied" to an earthquake in Chile.
MODEL_SIMILARITY = 0.6
FAR_AWAY_SIMILARITY = 0.83


@dataclass(frozen=True)
class Reference:
    how: str  # place / name / crisis_word / meaning
    span: tuple[int, int] | None
    what: str


def find_reference(ctx, info: EventInfo, nearby: bool = True) -> Reference | None:
    """How the post refers to the event: its name, its place, a crisis word of its kind,
    or its meaning (``MODEL_SIMILARITY``; ``FAR_AWAY_SIMILARITY`` when the event is not
    ``nearby``, not in the account's markets)."""
    words = ctx_words(ctx)
    for word in words:
        if word.norm in info.keywords:
            return Reference("name", (word.start, word.end), word.norm)
    if info.place_names:
        places = ctx.shared.get("context.places")
        if places is None:
            places = ctx.shared["context.places"] = default_gazetteer().find(ctx.text)
        place_ids = {p.id for p in info.places}
        for place in places:
            if place.id in place_ids or any(n.lower() in info.place_names for n in place.names):
                return Reference("place", None, place.names[0])
    crisis = text_cues(ctx.text, "crisis")
    for hit in crisis.hits:
        if hit.kind in ("abuse", "protest", "politics", "suffering"):
            continue
        word = ctx.text[hit.start:hit.end].lower()
        if stem(word) in info.crisis_stems or (hit.weight >= 2 and hit.kind in info.kinds):
            return Reference("crisis_word", (hit.start, hit.end), word)
    model = ctx.model
    if model is not None:
        import numpy as np  # here: only the model tier gets this far

        similarity = float(np.dot(_post_vector(ctx, model), event_vector(model, info)))
        if similarity >= (MODEL_SIMILARITY if nearby else FAR_AWAY_SIMILARITY):
            return Reference("meaning", None, f"similarity {similarity:.2f}")
    return None


_EVENT_VECTORS: dict[tuple[int, str], np.ndarray] = {}
_MAX_CACHED = 4096


def event_vector(model, info: EventInfo) -> np.ndarray:
    """An event's embedding, computed once per model and event text, not once per check."""
    key = (id(model), info.text)
    vector = _EVENT_VECTORS.get(key)
    if vector is None:
        if len(_EVENT_VECTORS) >= _MAX_CACHED:
            _EVENT_VECTORS.clear()
        vector = _EVENT_VECTORS[key] = model.embed([info.text])[0]
    return vector


def _post_vector(ctx, model) -> np.ndarray:
    vector = ctx.shared.get("context.post_vector")
    if vector is None:
        vector = ctx.shared["context.post_vector"] = model.embed([ctx.text])[0]
    return vector
