"""dutch_holidays."""

import datetime as dt

from welkom.when import dutch_holidays

D = dt.date


def test_2026() -> None:
    days = dutch_holidays(2026)
    assert {
        D(2026, 1, 1),  # Nieuwjaarsdag
        D(2026, 4, 5),  # Eerste Paasdag
        D(2026, 4, 6),  # Tweede Paasdag
        D(2026, 4, 27),  # Koningsdag
        D(2026, 5, 14),  # Hemelvaartsdag
        D(2026, 5, 24),  # Eerste Pinksterdag
        D(2026, 5, 25),  # Tweede Pinksterdag
        D(2026, 12, 25),
        D(2026, 12, 26),
    } <= days
    assert D(2026, 12, 24) not in days
    assert all(d.year == 2026 for d in days)


def test_koningsdag_moves_off_sunday() -> None:
    # 27 April 2025 was a Sunday: Koningsdag was on Saturday the 26th.
    assert D(2025, 4, 26) in dutch_holidays(2025)
    assert D(2025, 4, 27) not in dutch_holidays(2025)


def test_cached_and_frozen() -> None:
    assert dutch_holidays(2027) is dutch_holidays(2027)
    assert isinstance(dutch_holidays(2027), frozenset)
    assert D(2027, 3, 29) in dutch_holidays(2027)  # Tweede Paasdag 2027
