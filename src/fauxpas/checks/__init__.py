"""Checks: one sub-package per check, each with check.py, doc.md and cases.yaml."""

from fauxpas.checks.base import ALL_LANGUAGES, Check
from fauxpas.checks.registry import all_checks, get_check, register

__all__ = ["ALL_LANGUAGES", "Check", "all_checks", "get_check", "register"]
