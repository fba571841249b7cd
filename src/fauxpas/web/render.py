"""Templates and the filters they use (findings highlighted in the text)."""

from __future__ import annotations

from pathlib import Path

from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))

KIND_LABEL = {"brand": "BRAND ACCOUNT", "personal": "PERSONAL ACCOUNT",
              "employee": "EMPLOYEE ACCOUNT"}


def highlight(text: str, findings: list[dict]) -> Markup:
    """The text with every finding's span wrapped in <mark> (spans into the post's text)."""
    spans = sorted({(f["span"][0], f["span"][1], f["severity"], f["code"])
                    for f in findings or [] if f.get("span") and not f.get("on_target")})
    out, pos = [], 0
    for start, end, severity, code in spans:
        if start < pos or end > len(text):
            continue
        out.append(escape(text[pos:start]))
        out.append(Markup(f'<mark class="sev-{escape(severity)}" title="{escape(code)}">'))
        out.append(escape(text[start:end]))
        out.append(Markup("</mark>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


templates.env.filters["highlight"] = highlight
templates.env.globals["KIND_LABEL"] = KIND_LABEL
