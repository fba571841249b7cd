"""The Python API: ``fauxpas.check`` and ``fauxpas.check_many``."""

import fauxpas
from fauxpas.core.verdict import Decision


def test_check_many_keeps_the_order_and_puts_errors_in_place():
    posts = ["Our new roast is out today", {"id": "bad", "text": ""},
             {"id": "two", "text": "What the f*ck is this"}, "Nice day", "Have a good one"]
    verdicts = fauxpas.check_many(posts, batch=2)
    assert [v.decision for v in verdicts][:2] == [Decision.PASS, Decision.ERROR]
    assert verdicts[1].id == "bad" and "'text' is empty" in verdicts[1].error
    assert verdicts[2].id == "two" and verdicts[2].decision is not Decision.PASS
    assert verdicts == [fauxpas.check(p) if not isinstance(p, dict) or p["text"] else verdicts[1]
                        for p in posts]
