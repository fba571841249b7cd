"""Rendering a verdict for a person in a terminal: the text with flagged spans
highlighted, then each finding with its severity, confidence, lesson and suggestion."""

from __future__ import annotations

import textwrap

from fauxpas.core.post import Post
from fauxpas.core.verdict import Finding, Severity, Verdict

_RESET = "\x1b[0m"
_COLOURS = {Severity.BLOCK: "\x1b[1;97;41m", Severity.WARN: "\x1b[1;30;43m",
            Severity.INFO: "\x1b[4;36m"}
_DECISION = {"pass": ("\x1b[1;32m", "PASS: ready to publish"),
             "review": ("\x1b[1;33m", "REVIEW: a person must approve this"),
             "block": ("\x1b[1;31m", "BLOCK: must not go out without a recorded override"),
             "error": ("\x1b[1;31m", "ERROR")}


def highlight(text: str, findings: list[Finding], *, color: bool) -> str:
    """The text with each flagged span marked: colour, or [[brackets]] without colour."""
    spans = sorted({(f.span, f.severity) for f in findings if f.span}, key=lambda s: s[0])
    out, pos = [], 0
    for (start, end), severity in spans:
        if start < pos:  # overlapping: the first one wins
            continue
        out.append(text[pos:start])
        piece = text[start:end]
        out.append(f"{_COLOURS[severity]}{piece}{_RESET}" if color else f"[[{piece}]]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def render_verdict(post: Post, verdict: Verdict, *, color: bool) -> str:
    def paint(code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    tone, label = _DECISION[verdict.decision.value]
    lines = [paint(tone, label) + f"   (risk {verdict.risk:.2f}, language {verdict.lang})", ""]
    own = [f for f in verdict.findings if not f.on_target]
    theirs = [f for f in verdict.findings if f.on_target]
    if post.text:
        lines += ["  " + highlight(post.text, own, color=color), ""]
    if post.target is not None and post.target.text:
        lines += [f"  {post.action} of {post.target.author or 'a post'}:",
                  "  " + highlight(post.target.text, theirs, color=color), ""]
    if not verdict.findings:
        lines.append("No findings.")
    for n, finding in enumerate(verdict.findings, start=1):
        lines += _finding_lines(n, finding, post, paint)
    return "\n".join(lines).rstrip()


def _finding_lines(n: int, f: Finding, post: Post, paint) -> list[str]:
    where = ""
    if f.span:
        source = post.target.text if f.on_target and post.target else post.text
        where = f' at "{source[f.span[0]:f.span[1]]}"'
    head = (f"{n}. {paint(_COLOURS[f.severity], f' {f.severity.value.upper()} ')} "
            f"{f.category.value} ({f.code}, {round(f.confidence * 100)}% sure){where}")
    lines = [head, *_wrap(f.message, "   ")]
    if f.lesson:
        lines += _wrap(f"Why: {f.lesson}", "   ")
    if f.suggestion:
        lines += _wrap(f"Instead: {f.suggestion}", "   ")
    return lines + [""]


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, width=92, initial_indent=indent, subsequent_indent=indent)
