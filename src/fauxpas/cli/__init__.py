"""The ``fauxpas`` command: thin; parses arguments and calls the core or the desk.

Each sub-command lives in its own module with ``add_parser(subparsers)`` and ``run(args)``;
``COMMANDS`` lists them, so adding one is one module and one line here.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = {
    "check": "fauxpas.cli.check_cmd",
    "checks": "fauxpas.cli.checks_cmd",
    "explain": "fauxpas.cli.checks_cmd",
    "serve": "fauxpas.cli.desk_cmd",
    "worker": "fauxpas.cli.desk_cmd",
    "demo": "fauxpas.cli.desk_cmd",
    "feed": "fauxpas.cli.desk_cmd",
    "publish": "fauxpas.cli.desk_cmd",
    "events": "fauxpas.cli.events_cmd",
    "listen": "fauxpas.cli.desk_cmd",
}

# Exit statuses of `fauxpas check`, documented in the README.
EXIT_PASS, EXIT_ERROR, EXIT_USAGE, EXIT_REVIEW, EXIT_BLOCK = 0, 1, 2, 3, 4


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fauxpas",
        description="Stop brand social media gaffes before they go out.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    seen = set()
    for module_name in COMMANDS.values():
        if module_name in seen:
            continue
        seen.add(module_name)
        importlib.import_module(module_name).add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.handler(args)
    except Exception as exc:
        # the full tier's model, or one of its settings: a message, not a traceback (the
        # class is looked up only when raised, so the rule tier never imports the model)
        errors = sys.modules.get("fauxpas.models.errors")
        if errors is None or not isinstance(exc, errors.ModelUnavailable):
            raise
        print(f"fauxpas: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_PASS


if __name__ == "__main__":
    sys.exit(main())
