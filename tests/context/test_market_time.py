from datetime import date, datetime, timezone

from fauxpas.context.market_time import local_dates

AT = datetime(2031, 4, 24, 21, 0, tzinfo=timezone.utc)


def test_each_market_reads_the_moment_on_its_own_calendar():
    assert local_dates(AT, ["AU"]) == [date(2031, 4, 25)]
    assert local_dates(AT, ["GB"]) == [date(2031, 4, 24)]
    assert local_dates(AT, ["US", "NZ", "CA"]) == [date(2031, 4, 24), date(2031, 4, 25)]


def test_without_a_known_market_the_day_is_the_utc_one():
    assert local_dates(AT, []) == [date(2031, 4, 24)]
    assert local_dates(AT, ["XX"]) == [date(2031, 4, 24)]
    assert local_dates(datetime(2031, 4, 24, 23, 30), ["au"]) == [date(2031, 4, 25)]
