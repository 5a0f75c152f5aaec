"""How syndiff words a share for people, so that no change is rounded away.

``percent(share)`` prints a share of 0..1 as a percentage that never hides a
difference: a share above zero never reads "0%" and one below one never reads
"100%". Whole percents from 1% to 99%, one decimal below 1% and above 99%,
and "<0.1%" / ">99.9%" at the very ends. ``share(count, total)`` is the
matching ratio for reports (four decimals, never rounded onto 0 or 1 when
the count is neither). Pure Python.
"""

from __future__ import annotations


def share(count: int, total: int) -> float:
    """count / total to four decimals, kept off 0.0 and 1.0 unless it is exactly that."""
    if total <= 0 or count <= 0:
        return 0.0
    if count >= total:
        return 1.0
    return min(0.9999, max(0.0001, round(count / total, 4)))


def percent(value: float) -> str:
    """'0%', '<0.1%', '0.4%', '7%', '99.6%', '>99.9%', '100%'."""
    if value <= 0:
        return "0%"
    if value >= 1:
        return "100%"
    if value < 0.001:
        return "<0.1%"
    if value > 0.999:
        return ">99.9%"
    if value < 0.01 or value > 0.99:
        return f"{value * 100:.1f}%"
    return f"{value * 100:.0f}%"
