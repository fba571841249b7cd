"""`fauxpas events classify "headline"`: how fauxpas reads a piece of news.
`fauxpas events fetch URL...`: read RSS/Atom feeds and print their events, classified."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone


def add_parsers(sub) -> None:
    events = sub.add_parser("events", help="read news: classify a headline, fetch feeds")
    inner = events.add_subparsers(dest="events_command", metavar="ACTION")
    classify = inner.add_parser("classify", help="is this headline a tragedy, where, how long")
    classify.add_argument("headline")
    classify.add_argument("--place", default="", help="where it happened, if known")
    classify.add_argument("--summary", default="")
    classify.add_argument("--at", help="when it was published (ISO 8601); default: now")
    classify.set_defaults(handler=run_classify)
    fetch = inner.add_parser("fetch", help="fetch RSS/Atom feeds and classify their items")
    fetch.add_argument("urls", nargs="+")
    fetch.add_argument("--timeout", type=float, default=10.0)
    fetch.add_argument("--all", action="store_true", help="also print items that are not "
                       "tragedies")
    fetch.set_defaults(handler=run_fetch)
    events.set_defaults(handler=lambda args: (events.print_help(), 2)[1])


def describe(info) -> dict:
    return {"headline": info.event.headline, "at": info.event.at.isoformat(),
            "tragedy": info.tragedy, "kinds": sorted(info.kinds), "deaths": info.deaths,
            "severity": info.severity, "width": info.width,
            "places": [p.id for p in info.places], "countries": sorted(info.countries),
            "sensitive_until": info.until.isoformat() if info.tragedy else None}


def run_classify(args) -> int:
    from fauxpas.context.events import classify
    from fauxpas.core.post import CaseError, Event, parse_time

    try:
        at = parse_time(args.at, "--at") if args.at else datetime.now(timezone.utc)
    except CaseError as exc:
        print(f"fauxpas: {exc}", file=sys.stderr)
        return 2
    info = classify(Event(at=at, headline=args.headline, place=args.place,
                          summary=args.summary))
    print(json.dumps(describe(info), ensure_ascii=False, indent=2))
    return 0


def run_fetch(args) -> int:
    try:
        from fauxpas.context.feeds import fetch_feeds
    except ImportError:
        print("fauxpas: feeds need the 'context' extra: pip install 'fauxpas[context]'",
              file=sys.stderr)
        return 1
    from fauxpas.context.events import classify

    status = 0
    for result in fetch_feeds(args.urls, now=datetime.now(timezone.utc), timeout=args.timeout):
        if result.status == "error":
            print(f"fauxpas: skipped {result.url}: {result.error}", file=sys.stderr)
            status = 1
            continue
        for event in result.events:
            info = classify(event)
            if info.tragedy or args.all:
                print(json.dumps({"feed": result.url, **describe(info)}, ensure_ascii=False))
    return status
