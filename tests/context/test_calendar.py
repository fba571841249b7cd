"""The calendar's ``months`` hint: true to the ``holidays`` package, and it spares loading it."""

from datetime import date

import pytest

from fauxpas.context import calendar
from fauxpas.context.calendar import CalendarError, default_calendar, load

YEARS = range(1990, 2071)


@pytest.mark.parametrize("day", [d for d in default_calendar() if d.months], ids=lambda d: d.id)
def test_a_holiday_falls_only_in_its_listed_months(day):
    pytest.importorskip("holidays")
    dates = [d for year in YEARS
             for d in calendar._holiday_dates(day.value, day.markets, year)]
    assert dates, f"{day.id}: the holidays package never finds {day.value!r}"
    assert {d.month for d in dates} <= day.months


def test_every_holiday_day_lists_its_months():
    assert all(d.months for d in default_calendar() if d.rule == "holiday")


def test_outside_its_months_the_holidays_package_is_not_asked(monkeypatch):
    good_friday = next(d for d in default_calendar() if d.id == "good-friday")

    def refuse(*args):
        raise AssertionError("the holidays package was asked")

    monkeypatch.setattr(calendar, "_holiday_dates", refuse)
    assert not good_friday.falls_on(date(2031, 12, 4))
    with pytest.raises(AssertionError):
        good_friday.falls_on(date(2031, 4, 11))


@pytest.mark.parametrize("months", ["[13]", "[0]", "4", "[true]"])
def test_months_must_be_a_list_of_months(tmp_path, months):
    path = tmp_path / "days.yaml"
    path.write_text("days:\n  - {id: x, name: X, holiday: Good Friday, markets: [DE], "
                    f"months: {months}}}\n", encoding="utf-8")
    with pytest.raises(CalendarError, match="months"):
        load(path)


def test_months_only_go_with_the_holiday_rule(tmp_path):
    path = tmp_path / "days.yaml"
    path.write_text('days:\n  - {id: x, name: X, date: "04-25", markets: [AU], months: [4]}\n',
                    encoding="utf-8")
    with pytest.raises(CalendarError, match="months"):
        load(path)
