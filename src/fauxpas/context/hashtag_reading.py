"""What a hashtag is about today, from recent posts that use it (``context.hashtags``):
suffering (abuse, grief, and testimonies that name no abuse: "nobody believed me", "what he
did to me", a femicide count), tragedy, hate (calls to throw people out, slogans that claim
a country for one people, hate codes, slurs: the ``groups`` lexicons), protest, politics, or
the brand itself. Decided from the samples, read without the tag's own words, with the
crisis and groups lexicons of all 12 languages (and the model's ``crisis`` head when
loaded), never from a list of known bad hashtags."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from fauxpas.context.cues import text_cues
from fauxpas.context.events import TRAGEDY_KINDS
from fauxpas.core.text.fold import fold
from fauxpas.core.text.hashtags import camel_split

THEME_OF_KIND = {"abuse": "suffering", "suffering": "suffering", "testimony": "suffering",
                 "protest": "protest",
                 "politics": "politics", **{k: "tragedy" for k in TRAGEDY_KINDS}}
DOMINANT_SHARE = 0.34
# where a third of the posts are people telling what was done to them or mourning, a joke
# or an offer under the tag is read against them
GRIEF_SHARE = 0.33
# groups kinds that make a sample hateful on their own ("send them all home", "Norway for
# the Norwegians", "heil Hitler", a slur)
HATE_KINDS = ("expel", "exclusion", "hate_code", "slur")
MODEL_CRISIS = 0.5


@dataclass(frozen=True)
class HashtagReading:
    tag: str
    samples: int
    theme: str | None  # suffering / tragedy / hate / protest / politics / brand / None
    share: float
    examples: tuple[str, ...]


def samples_for(hashtags: dict[str, tuple[str, ...]], tag: str) -> tuple[str, ...] | None:
    key = fold(tag).lstrip("#")
    for name, posts in hashtags.items():
        if fold(name).lstrip("#") == key:
            return posts
    return None


def read_hashtag(tag: str, samples: tuple[str, ...], *, brand: str = "",
                 model=None) -> HashtagReading:
    themes: Counter[str] = Counter()
    examples: dict[str, str] = {}
    brand_key = fold(brand).replace(" ", "") if brand else ""
    # What people write with the tag, not the tag's own words: "#SpeakUp" says "speak up"
    # in every sample. A strong word of the tag's own ("#JusticeForMaya") is one more
    # voice, as if a sample had said it.
    own_tag = re.compile(r"#?" + re.escape(tag.lstrip("#")) + r"\b", re.IGNORECASE)
    voices = len(samples)
    tag_themes = {THEME_OF_KIND.get(hit.kind) for hit in
                  text_cues(" ".join(camel_split(tag)), "crisis").hits if hit.weight >= 2}
    tag_themes.discard(None)
    if tag_themes and samples:
        voices += 1
        themes.update(tag_themes)
    for sample in samples:
        found = set()
        weak: Counter[str] = Counter()
        said = own_tag.sub(" ", sample)
        for hit in text_cues(said, "crisis").hits:
            theme = THEME_OF_KIND.get(hit.kind)
            if theme and hit.weight >= 2:
                found.add(theme)
            elif theme:
                weak[theme] += 1
        # one weak word is not enough to say what a sample is about
        found |= {theme for theme, n in weak.items() if n >= 2}
        if text_cues(said, "groups").has(*HATE_KINDS):
            found.add("hate")
        if brand_key and brand_key in fold(sample).replace(" ", ""):
            found.add("brand")
        for theme in found:
            themes[theme] += 1
            examples.setdefault(theme, sample)
    if model is not None and samples and not (themes["suffering"] or themes["tragedy"]):
        crisis = [float(x) for x in model.score("crisis", list(samples))]
        hits = sum(1 for x in crisis if x >= MODEL_CRISIS)
        if hits:
            themes["tragedy"] += hits
            examples.setdefault("tragedy", samples[crisis.index(max(crisis))])
    total = max(1, voices)
    for theme in ("suffering", "tragedy", "hate", "brand", "protest", "politics"):
        share = themes[theme] / total
        if share >= (GRIEF_SHARE if theme in ("suffering", "tragedy") else DOMINANT_SHARE):
            example = examples.get(theme, samples[0])  # the tag's own words said it
            return HashtagReading(tag, len(samples), theme, share, (example,))
    return HashtagReading(tag, len(samples), None, 0.0, ())
