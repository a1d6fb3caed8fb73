"""Boxes on an SVG's canvas, for the tests that read figures and diagrams as a reader sees them:
does a text overlap another, sit inside a rectangle, or lie under a drawn line?"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float
    what: str

    def overlaps(self, other: Box, slack: float = 0.0) -> bool:
        """Whether the two boxes share more than a border ``slack`` wide."""
        return (
            self.x0 + slack < other.x1
            and other.x0 + slack < self.x1
            and self.y0 + slack < other.y1
            and other.y0 + slack < self.y1
        )

    def inside(self, other: Box) -> bool:
        return (
            other.x0 <= self.x0
            and self.x1 <= other.x1
            and other.y0 <= self.y0
            and self.y1 <= other.y1
        )

    def crosses(self, x0: float, y0: float, x1: float, y1: float, slack: float = 0.0) -> bool:
        """Whether the segment from (x0, y0) to (x1, y1) passes through the box shrunk by
        ``slack`` (a segment along the border does not)."""
        inner = (self.x0 + slack, self.y0 + slack, self.x1 - slack, self.y1 - slack)
        return clip((x0, y0, x1, y1), inner) is not None


def clip(segment, rect):
    """The part of ``segment`` (x0, y0, x1, y1) inside ``rect`` (x0, y0, x1, y1), or None:
    Liang-Barsky clipping."""
    x0, y0, x1, y1 = segment
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in ((-dx, x0 - rect[0]), (dx, rect[2] - x0), (-dy, y0 - rect[1]), (dy, rect[3] - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return None
    return (x0 + low * dx, y0 + low * dy, x0 + high * dx, y0 + high * dy)
