"""`fauxpas checks` lists every check; `fauxpas explain CODE` prints a check's doc."""

from __future__ import annotations

import sys


def add_parsers(sub) -> None:
    listing = sub.add_parser("checks", help="list every check")
    listing.set_defaults(handler=run_checks)
    explain = sub.add_parser("explain", help="print a check's documentation")
    explain.add_argument("code", help="a check code (FP101) or name (profanity)")
    explain.set_defaults(handler=run_explain)


def run_checks(args) -> int:
    from fauxpas.checks.registry import all_checks

    rows = [(c.code, c.name, c.category.value, c.severity.value, c.tier,
             ",".join(c.languages) if len(c.languages) < 11 else "all", c.summary)
            for c in all_checks()]
    widths = [max(len(r[i]) for r in rows) for i in range(6)] if rows else [0] * 6
    for row in rows:
        cells = [row[i].ljust(widths[i]) for i in range(6)]
        print("  ".join(cells), " ", row[6])
    return 0


def run_explain(args) -> int:
    from fauxpas.checks.registry import UnknownCheck, get_check

    try:
        check = get_check(args.code)
    except UnknownCheck:
        print(f"fauxpas: no check called {args.code!r}; `fauxpas checks` lists them",
              file=sys.stderr)
        return 1
    print(f"{check.code} {check.name} ({check.category.value}, default severity "
          f"{check.severity.value}, {check.status})\n")
    print(check.doc())
    return 0
