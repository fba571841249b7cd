"""Registration and discovery of checks.

``@register`` puts a check class in the registry; ``all_checks()`` imports every
sub-package of ``fauxpas.checks`` once (each has a ``check.py``) and returns the
registered checks sorted by code.
"""

from __future__ import annotations

import importlib
import pkgutil

from fauxpas.checks.base import Check

_REGISTRY: dict[str, type[Check]] = {}
_discovered = False


class UnknownCheck(KeyError):
    pass


def register(cls: type[Check]) -> type[Check]:
    for attr in ("code", "name", "category", "severity", "summary"):
        if not hasattr(cls, attr):
            raise TypeError(f"check {cls.__name__} must set {attr!r}")
    existing = _REGISTRY.get(cls.code)
    if existing is not None and existing.__qualname__ != cls.__qualname__:
        raise ValueError(f"check code {cls.code} is used by {existing.__name__} and {cls.__name__}")
    _REGISTRY[cls.code] = cls
    return cls


def _discover() -> None:
    global _discovered
    if _discovered:
        return
    import fauxpas.checks as package

    for info in pkgutil.iter_modules(package.__path__):
        if info.ispkg:
            importlib.import_module(f"fauxpas.checks.{info.name}.check")
    _discovered = True


def all_checks() -> list[type[Check]]:
    _discover()
    return sorted(_REGISTRY.values(), key=lambda c: c.code)


def get_check(code_or_name: str) -> type[Check]:
    """Look a check up by its code (``FP101``) or its readable name (``profanity``)."""
    wanted = code_or_name.strip()
    for check in all_checks():
        if wanted.upper() == check.code or wanted.lower() == check.name:
            return check
    raise UnknownCheck(code_or_name)
