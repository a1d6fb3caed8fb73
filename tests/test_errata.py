"""The errata page lists each mistake of the original post on a card, and its counts follow from
the cards: a reader can trust both the kind of every card and the totals.

Specified for ``docs/errata.md`` and, when it exists, its translation ``docs/errata.zh.md``, which
mirrors the format:

- The first ``##`` section holds two tables. The first lists the kinds, one row each in the order
  of the page (``| Kind | What it means | Cards |``), then two rows whose first cell is bold: the
  corrections (every kind but the last, which is for lines that are not wrong) and all cards.
  The second counts the cards of each section of the post (``| [Section](#id) | Cards, by kind |``):
  the first cell links the section's id; the second is lines joined by ``<br>``, first the number
  of cards in bold (``**8** in all``), then one ``N kind`` line per kind present (the kind as in
  the first table, any case).
- Every other ``##`` heading is a section of the post, in the post's order, with an explicit id
  (``{ #section-3 }``). Its cards are the items of its ``<div class="grid cards" markdown>``.
- A card starts with its kind alone in bold (``-   **Poor practice**``), quotes the post in a
  ``>`` block, links the lesson that teaches the correction (a numbered page of the nav, at an
  anchor that exists there), and may name the samples whose tests guard it, in backticks
  (`` `queue/count.py` ``): each one exists under ``snippets/``.

English only: the kinds are the ones in ``KINDS``; a translation has as many, in the same order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from sample_engine.pages import link_problem, link_targets
from sample_engine.samples import DOCS, SNIPPETS

ENGLISH = DOCS / "errata.md"
PAGES = [page for page in (ENGLISH, DOCS / "errata.zh.md") if page.exists()]
KINDS = (
    "Does not run",
    "Wrong result or hang",
    "Wrong or misleading claim",
    "Outdated",
    "Poor practice",
    "Typo or wording",
    "Not wrong, worth knowing",
)

_H2 = re.compile(r"^## (?P<title>.*?)(?:\s*\{\s*#(?P<id>[\w-]+)\s*\})?\s*$")
_GRID_OPEN = re.compile(r'^<div class="grid cards" markdown(?:="1")?>\s*$')
_ITEM = re.compile(r"^[-*+]\s")
_KIND = re.compile(r"^-   \*\*(?P<kind>[^*]+)\*\*\s*$")
_SAMPLE = re.compile(r"`(?P<path>[a-z0-9-]+/\w+\.py)`")
_SECTION_LINK = re.compile(r"\]\(#(?P<id>[\w-]+)\)")
_SEPARATOR = re.compile(r"^:?-+:?$")
_TOTAL = re.compile(r"^\s*\*\*(\d+)\*\*")


@dataclass(frozen=True)
class Card:
    page: Path
    line: int
    section: str  # the id of the post's section it belongs to
    first: str  # its first line
    body: str

    @property
    def kind(self) -> str | None:
        found = _KIND.match(self.first)
        return found["kind"] if found else None

    @property
    def links(self) -> list[str]:
        """Links to other pages (a page's own ``#anchors`` and web addresses excluded)."""
        targets = link_targets(self.body)
        return [t for t in targets if not t.startswith(("#", "http://", "https://"))]

    def __str__(self) -> str:
        return f"{self.page.name}:{self.line}"


@dataclass(frozen=True)
class Page:
    path: Path
    sections: list[tuple[str, str]]  # (id, title) of the post's sections, in order
    cards: list[Card]
    kinds_table: list[list[str]]
    sections_table: list[list[str]]

    def __str__(self) -> str:
        return self.path.name


def _tables(lines: list[str]) -> list[list[list[str]]]:
    """The Markdown tables among ``lines``: their body rows, as lists of cells."""
    tables, current = [], None
    for line in [*lines, ""]:
        if line.startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if current is None:
                current = []  # the header row
            elif not all(_SEPARATOR.match(cell) for cell in cells):
                current.append(cells)
        elif current is not None:
            tables.append(current)
            current = None
    return tables


def read(path: Path) -> Page:
    lines = path.read_text(encoding="utf-8").splitlines()
    h2 = [(i, _H2.match(line)) for i, line in enumerate(lines) if _H2.match(line)]
    summary_end = h2[1][0] if len(h2) > 1 else len(lines)
    tables = _tables(lines[h2[0][0] : summary_end]) if h2 else []
    sections, cards, section, in_grid, start = [], [], "", False, None

    def close(end: int) -> None:
        if start is not None:
            body = "\n".join(lines[start:end])
            cards.append(Card(path, start + 1, section, lines[start], body))

    for index, line in enumerate(lines[summary_end:], summary_end):
        heading = _H2.match(line)
        if heading:
            section = heading["id"] or heading["title"]
            sections.append((section, heading["title"]))
        elif _GRID_OPEN.match(line):
            in_grid = True
        elif in_grid and line.startswith("</div>"):
            close(index)
            in_grid, start = False, None
        elif in_grid and _ITEM.match(line):
            close(index)
            start = index
    padded = [*tables, [], []]
    return Page(path, sections, cards, padded[0], padded[1])


ERRATA = [read(path) for path in PAGES]
CARDS = [card for page in ERRATA for card in page.cards]


def kinds_of(page: Page) -> list[str]:
    """The kinds the page defines: the rows of its first table before the bold totals."""
    return [row[0] for row in page.kinds_table if not row[0].startswith("**")]


def _number(cell: str) -> int:
    return int(cell.strip("* ").replace(",", ""))


def test_there_are_cards_to_check():
    """Guards the other tests: a change of format must not leave them nothing to check."""
    assert ENGLISH in PAGES
    assert all(page.cards for page in ERRATA), "no `-   **Kind**` cards in a grid found"


def test_the_kinds_are_the_agreed_ones():
    english = next(page for page in ERRATA if page.path == ENGLISH)
    assert tuple(kinds_of(english)) == KINDS, "the first table lists the kinds, in KINDS' order"
    for page in ERRATA:
        assert len(kinds_of(page)) == len(KINDS), f"{page}: translate each kind, keep their order"


@pytest.mark.parametrize("card", CARDS, ids=str)
def test_every_card_has_one_kind_a_quote_and_a_lesson(card: Card):
    page = next(page for page in ERRATA if page.path == card.page)
    assert card.kind in kinds_of(page), (
        f"{card}: start the card with its kind alone in bold, one of {kinds_of(page)}"
    )
    assert re.search(r"^\s{4}>", card.body, re.M), f"{card}: quote the post in a `>` block"
    assert card.links, f"{card}: link the lesson that teaches it, [Lesson](page.md#anchor)"
    problems = [problem for problem in map(link_problem, card.links) if problem]
    assert not problems, f"{card}: {problems}"


@pytest.mark.parametrize("card", CARDS, ids=str)
def test_every_sample_a_card_names_exists(card: Card):
    missing = [
        m["path"] for m in _SAMPLE.finditer(card.body) if not (SNIPPETS / m["path"]).is_file()
    ]
    assert not missing, f"{card}: no such sample under snippets/: {missing}"


@pytest.mark.parametrize("page", ERRATA, ids=str)
def test_every_section_of_the_post_has_an_id_and_cards_only_in_sections(page: Page):
    assert all(re.fullmatch(r"[\w-]+", sid) for sid, _ in page.sections), (
        f"{page}: give each ## section an explicit id, {{ #section-3 }}"
    )
    assert all(card.section for card in page.cards), f"{page}: a card outside a ## section"


@pytest.mark.parametrize("page", ERRATA, ids=str)
def test_the_kinds_table_counts_the_cards(page: Page):
    counted = Counter(card.kind for card in page.cards)
    kinds = kinds_of(page)
    shown = {row[0]: _number(row[-1]) for row in page.kinds_table if row[0] in kinds}
    cards = {kind: counted[kind] for kind in kinds}
    assert shown == cards, f"{page}: the Cards column says {shown}; the cards: {cards}"
    totals = [_number(row[-1]) for row in page.kinds_table if row[0].startswith("**")]
    corrections = sum(counted[kind] for kind in kinds[:-1])
    assert totals == [corrections, len(page.cards)], (
        f"{page}: the bold rows are the corrections ({corrections}) and all cards "
        f"({len(page.cards)})"
    )


@pytest.mark.parametrize("page", ERRATA, ids=str)
def test_the_sections_table_counts_the_cards_of_each_section(page: Page):
    kinds = {kind.casefold(): kind for kind in kinds_of(page)}
    rows = {}
    for label, cell in (row[:2] for row in page.sections_table):
        target = _SECTION_LINK.search(label)
        assert target, f"{page}: {label!r} must link its section, [Section](#id)"
        total, *lines = cell.split("<br>")
        count = _TOTAL.match(total)
        assert count, f"{page}: {cell!r} must start with the number of cards in bold, **N**"
        by_kind = Counter()
        for line in lines:
            number, _, kind = line.strip().partition(" ")
            assert number.isdigit(), f"{page}: {line!r} is not `N kind`"
            assert kind.casefold() in kinds, f"{page}: {line!r}: {kind!r} is not a kind"
            by_kind[kinds[kind.casefold()]] = int(number)
        rows[target["id"]] = (int(count[1]), by_kind)
    assert list(rows) == [sid for sid, _ in page.sections], (
        f"{page}: one row per ## section of the post, in the page's order"
    )
    for sid, (count, by_kind) in rows.items():
        cards = Counter(card.kind for card in page.cards if card.section == sid)
        assert (count, by_kind) == (cards.total(), cards), (
            f"{page}: row #{sid} says {count} {dict(by_kind)}; the cards: {dict(cards)}"
        )
