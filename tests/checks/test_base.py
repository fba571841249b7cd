"""The Check base class: lessons are read from the doc, by key, with fallbacks."""

from fauxpas.checks.base import _lessons
from fauxpas.checks.registry import all_checks, get_check


def test_every_check_has_a_lesson_and_keyed_parts_are_separate():
    for check in all_checks():
        assert check.lesson_text(), check.code
    crowd = get_check("crowdsourcing")
    default, stunt, bot = (crowd.lesson_text(), crowd.lesson_text("stunt"),
                           crowd.lesson_text("bot echo"))
    assert len({default, stunt, bot}) == 3
    assert crowd.lesson_text("no such part") == default


def test_lesson_section_parsing(tmp_path, monkeypatch):
    class Fake:
        lesson = "fallback"

        @classmethod
        def folder(cls):
            return tmp_path

    (tmp_path / "doc.md").write_text(
        "# X\n\n## Lesson\n\nFirst line\ncontinues.\n\n### stunt\n\nA stunt.\n\n"
        "## Why it matters\n\nNot a lesson.\n")
    assert _lessons(Fake) == {"": "First line continues.", "stunt": "A stunt."}
