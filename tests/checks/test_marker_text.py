"""TextView: the per-text view of the marker checks, kept in the check context."""

import gc
from datetime import datetime, timezone

from fauxpas.checks.marker_text import TextView
from fauxpas.core.engine import Engine
from fauxpas.core.post import Post

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_a_view_reads_the_tokens_it_is_given():
    text = "Spring sale [INSERT LINK]"
    given = [object()]
    assert TextView(text, given).tokens is given  # type: ignore[arg-type]


def test_a_view_tokenizes_a_text_with_asterisk_fences_itself():
    text = "****Copy to come**** today"
    assert [t.norm for t in TextView(text, []).tokens] == ["copy", "to", "come", "today"]


def test_a_checked_post_leaves_nothing_for_the_garbage_collector():
    # every rule check, on texts that make the marker checks build their view: no
    # reference cycle keeps a post's context (and its tokens) alive after the check
    engine = Engine(tier="rules")
    texts = ["Spring sale ****copy to come**** [INSERT LINK]",
             "CONFIDENTIAL: partner prices #launch @acme https://a.b",
             "Our new shoes are out today!"]
    for text in texts:  # load lists and caches first
        engine.check(Post.from_dict({"id": "1", "text": text}, now=NOW))
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        for text in texts:
            engine.check(Post.from_dict({"id": "1", "text": text}, now=NOW))
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
