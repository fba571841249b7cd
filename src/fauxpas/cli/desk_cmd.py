"""`fauxpas serve`, `worker`, `demo`, `feed`, `publish`: the desk from the shell.

The desk needs the `desk` extra (pip install 'fauxpas[desk]').
"""

from __future__ import annotations

import sys


def add_parsers(sub) -> None:
    serve = sub.add_parser("serve", help="run the desk's web interface and API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(handler=run_serve)
    worker = sub.add_parser("worker", help="publish what is due, checking it again first")
    worker.add_argument("--interval", type=float, default=2.0, help="seconds between rounds")
    worker.add_argument("--lease", type=float, default=30.0,
                        help="seconds before a send in flight counts as crashed")
    worker.add_argument("--once", action="store_true", help="one round, then exit")
    worker.add_argument("--listen-every", type=float, default=60.0,
                        help="seconds between reading mentions from the networks (0: never)")
    worker.set_defaults(handler=run_worker)
    demo = sub.add_parser("demo", help="fill an empty desk with a demo workspace")
    demo.set_defaults(handler=run_demo)
    listen = sub.add_parser("listen", help="read new mentions of every account from its "
                                          "network once (the worker does it every minute)")
    listen.set_defaults(handler=run_listen)
    feed = sub.add_parser("feed", help="add news events to the desk from a JSON file (a local "
                                        "feed): [{headline, place?, summary?, at?, severity?, "
                                        "markets?}]")
    feed.add_argument("file", help="a JSON list of events; - reads standard input")
    feed.set_defaults(handler=run_feed)
    publish = sub.add_parser("publish", help="publish an approved draft now (honours the pause)")
    publish.add_argument("draft_id", type=int)
    publish.add_argument("--as", dest="email", required=True, help="your email in the desk")
    publish.set_defaults(handler=run_publish)


def _desk():
    try:
        from fauxpas.desk.runtime import Desk
    except ImportError as exc:
        print(f"fauxpas: the desk needs its extra: pip install 'fauxpas[desk]' ({exc})",
              file=sys.stderr)
        raise SystemExit(1) from None
    return Desk.open()


def run_serve(args) -> int:
    import uvicorn

    from fauxpas.desk.app import create_app

    desk = _desk()
    print(f"fauxpas desk: http://{args.host}:{args.port} (database {desk.settings.database_url})")
    uvicorn.run(create_app(desk), host=args.host, port=args.port, log_level="warning")
    return 0


def run_worker(args) -> int:
    from fauxpas.desk.schedule.worker import run_forever, run_once

    desk = _desk()
    if args.once:
        print(run_once(desk, lease_seconds=args.lease))
        return 0
    run_forever(desk, interval=args.interval, lease_seconds=args.lease,
                listen_every=args.listen_every, log=lambda line: print(line, flush=True))
    return 0


def run_listen(args) -> int:
    from fauxpas.desk.listening.service import poll_mentions

    heard = poll_mentions(_desk())
    print(f"{heard['mentions']} new mention(s)")
    for handle, error in heard["errors"].items():
        print(f"could not read mentions of {handle}: {error}", file=sys.stderr)
    return 1 if heard["errors"] else 0


def run_demo(args) -> int:
    from fauxpas.desk.demo import PASSWORD, PEOPLE, seed

    desk = _desk()
    if seed(desk):
        print("fauxpas demo: workspace created. Sign in with one of:")
    else:
        print("fauxpas demo: the desk already has users; nothing changed. Demo sign-ins:")
    for email, _name, role in PEOPLE:
        print(f"  {email:18} {role:9} password: {PASSWORD}")
    return 0


def run_feed(args) -> int:
    import json

    from fauxpas.core.post import CaseError, parse_time
    from fauxpas.desk.db import utcnow
    from fauxpas.desk.errors import DeskError
    from fauxpas.desk.events.service import add_event

    try:
        raw = sys.stdin.read() if args.file == "-" else open(args.file, encoding="utf-8").read()
        items = json.loads(raw)
    except (OSError, ValueError) as exc:
        print(f"fauxpas: cannot read {args.file}: {exc}", file=sys.stderr)
        return 1
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        print("fauxpas: the feed must be a JSON list of objects", file=sys.stderr)
        return 1
    desk = _desk()
    added = 0
    with desk.sessions() as db:
        for n, item in enumerate(items):
            try:
                at = parse_time(item["at"], f"[{n}].at") if item.get("at") else utcnow()
                add_event(db, at=at, headline=str(item.get("headline") or ""),
                          place=str(item.get("place") or ""),
                          summary=str(item.get("summary") or ""), source="feed file",
                          severity=str(item.get("severity") or ""),
                          markets=[str(m) for m in item.get("markets") or []],
                          auto_pause=desk.settings.auto_pause)
                added += 1
            except (CaseError, DeskError) as exc:
                print(f"fauxpas: event {n} skipped: {exc}", file=sys.stderr)
    print(f"fauxpas feed: {added} event(s) added; queued posts meet them at send time")
    return 0 if added == len(items) else 1


def run_publish(args) -> int:
    from sqlalchemy import select

    from fauxpas.desk.errors import DeskError
    from fauxpas.desk.schedule.publish_now import publish_now
    from fauxpas.desk.users.models import User

    desk = _desk()
    with desk.sessions() as db:
        user = db.scalar(select(User).where(User.email == args.email.lower()))
        if user is None:
            print(f"fauxpas: no desk user {args.email}", file=sys.stderr)
            return 1
        try:
            publication = publish_now(db, desk=desk, actor=user, draft_id=args.draft_id)
        except DeskError as exc:
            print(f"fauxpas: {exc.message}", file=sys.stderr)
            return 1
        print(f"draft {args.draft_id}: {publication.state} "
              f"{publication.remote_id or publication.hold_reason or publication.error}")
        return 0 if publication.state == "sent" else 1
