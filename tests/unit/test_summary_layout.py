"""The page layout's pagination: pieces are placed whole, headings stay with what follows them,
table headers repeat on every page a table reaches, and only a piece taller than a page is cut.

``paginate`` is tested on plain stand-in pieces (a height, and the heights where a cut is
allowed), so the rules are checked without fonts; a property test throws random documents at
it. Two tests then measure real text (``TextBox``, with the pytest-qt application) to check
that a long word or web address wraps inside its box instead of running out of it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QPageLayout, QPdfWriter
from PySide6.QtWidgets import QApplication

from mbc_tracker.printing.layout import (
    Cell,
    Column,
    Context,
    FlowItem,
    Page,
    Placement,
    Table,
    TextBox,
    TextStyle,
    Units,
    cell,
    paginate,
    spans,
)

PAGE = 100.0


@dataclass(eq=False)
class Piece:
    """A stand-in for a paragraph or table row: a height and where it may be cut."""

    height: float
    name: str = ""
    cuts: Sequence[float] = field(default_factory=tuple)

    def paint(self, painter: object, x: float, y: float) -> None:
        raise AssertionError("pagination never paints")

    def break_points(self) -> Sequence[float]:
        return self.cuts


def item(height: float, name: str = "", **options: object) -> FlowItem:
    return FlowItem(Piece(height, name), **options)  # type: ignore[arg-type]


def names(page: Page) -> list[str]:
    return [placement.unit.name for placement in page]  # type: ignore[attr-defined]


def check_within_pages(pages: list[Page]) -> None:
    for page in pages:
        for placement in page:
            assert placement.y >= 0
            assert placement.bottom <= PAGE + 1e-6


# -- whole pieces, spacing ------------------------------------------------------------------------


def test_pieces_that_fit_share_one_page_with_their_spacing() -> None:
    pages = paginate([item(20, "a"), item(30, "b", space_before=5), item(10, "c")], PAGE)

    assert len(pages) == 1
    assert [placement.y for placement in pages[0]] == [0, 25, 55]


def test_an_empty_document_still_has_one_page() -> None:
    assert paginate([], PAGE) == [[]]


def test_a_piece_that_does_not_fit_starts_the_next_page_without_its_space() -> None:
    pages = paginate([item(70, "a"), item(40, "b", space_before=8)], PAGE)

    assert [names(page) for page in pages] == [["a"], ["b"]]
    assert pages[1][0].y == 0  # the space above is dropped at the top of a page
    assert all(placement.visible is None for page in pages for placement in page)


def test_a_piece_exactly_filling_the_page_stays_on_it() -> None:
    pages = paginate([item(60, "a"), item(40, "b")], PAGE)

    assert [names(page) for page in pages] == [["a", "b"]]


# -- keeping together --------------------------------------------------------------------------


def test_a_heading_never_ends_a_page_alone() -> None:
    items = [item(80, "text"), item(8, "heading", keep_with_next=True), item(30, "paragraph")]

    pages = paginate(items, PAGE)

    assert [names(page) for page in pages] == [["text"], ["heading", "paragraph"]]


def test_a_chain_of_kept_pieces_moves_together() -> None:
    items = [
        item(60, "text"),
        item(8, "heading", keep_with_next=True),
        item(6, "intro", keep_with_next=True),
        item(10, "table header", keep_with_next=True),
        item(20, "first row"),
    ]

    pages = paginate(items, PAGE)

    assert [names(page) for page in pages] == [
        ["text"],
        ["heading", "intro", "table header", "first row"],
    ]


def test_a_chain_taller_than_a_page_is_not_kept_together() -> None:
    items = [item(10, "heading", keep_with_next=True), item(95, "tall")]

    pages = paginate(items, PAGE)

    # Moving the heading would not help: it stays, and the tall piece goes where it fits.
    assert [names(page) for page in pages] == [["heading"], ["tall"]]


# -- tables ---------------------------------------------------------------------------------------


def table_items(rows: int, row_height: float, header_height: float = 10) -> list[FlowItem]:
    header = Piece(header_height, "header")
    return [FlowItem(header, keep_with_next=True)] + [
        FlowItem(Piece(row_height, f"row {index}"), repeat_above=header) for index in range(rows)
    ]


def test_the_header_repeats_on_every_page_a_table_continues_on() -> None:
    pages = paginate(table_items(rows=10, row_height=25), PAGE)

    assert len(pages) == 4
    for page in pages:
        assert names(page)[0] == "header"
        assert names(page).count("header") == 1
    rows = [name for page in pages for name in names(page) if name != "header"]
    assert rows == [f"row {index}" for index in range(10)]
    check_within_pages(pages)


def test_a_table_header_never_ends_a_page_without_a_row() -> None:
    items = [item(75, "text"), *table_items(rows=2, row_height=20)]

    pages = paginate(items, PAGE)

    assert names(pages[0]) == ["text"]
    assert names(pages[1]) == ["header", "row 0", "row 1"]


def test_a_row_is_never_split_when_it_fits_on_a_page() -> None:
    pages = paginate([item(50, "text"), *table_items(rows=3, row_height=45)], PAGE)

    assert all(placement.visible is None for page in pages for placement in page)
    check_within_pages(pages)


def test_only_a_row_taller_than_a_page_is_cut_and_at_a_line_end() -> None:
    header = Piece(10, "header")
    tall = Piece(230, "tall", cuts=[float(line) for line in range(12, 231, 12)])
    items = [FlowItem(header, keep_with_next=True), FlowItem(tall, repeat_above=header)]

    pages = paginate(items, PAGE)

    slices = [placement for page in pages for placement in page if placement.unit is tall]
    assert len(slices) == 3
    assert slices[0].offset == 0
    for before, after in itertools.pairwise(slices):
        assert after.offset == before.offset + before.visible  # nothing lost, nothing twice
        assert after.offset in tall.cuts  # cut between lines, not through one
    assert slices[-1].offset + slices[-1].visible == pytest.approx(230)
    for page in pages:
        assert names(page)[0] == "header"  # the header still heads every page
    check_within_pages(pages)


def test_a_piece_without_line_ends_is_cut_at_the_page_end() -> None:
    pages = paginate([item(250, "picture")], PAGE)

    assert [(placement.offset, placement.visible) for page in pages for placement in page] == [
        (0, 100),
        (100, 100),
        (200, 50),
    ]


# -- random documents -----------------------------------------------------------------------------


@st.composite
def documents(draw: st.DrawFn) -> list[FlowItem]:
    items: list[FlowItem] = []
    for index in range(draw(st.integers(0, 40))):
        kind = draw(st.sampled_from(["paragraph", "heading", "table"]))
        if kind == "table":
            header = Piece(draw(st.floats(4, 15)), f"header {index}")
            items.append(FlowItem(header, space_before=draw(st.floats(0, 6)), keep_with_next=True))
            for row in range(draw(st.integers(1, 12))):
                height = draw(st.floats(3, 80))
                items.append(FlowItem(Piece(height, f"row {index}.{row}"), repeat_above=header))
        else:
            height = draw(st.floats(2, 60))
            items.append(
                FlowItem(
                    Piece(height, f"{kind} {index}"),
                    space_before=draw(st.floats(0, 10)),
                    keep_with_next=kind == "heading",
                )
            )
    return items


def kept_height(items: list[FlowItem], index: int) -> float:
    """A piece's height with the pieces it must share a page with."""
    height = items[index].unit.height
    while items[index].keep_with_next and index + 1 < len(items):
        index += 1
        height += items[index].space_before + items[index].unit.height
    return height


def first_placements(pages: list[Page]) -> list[tuple[int, object]]:
    """(page number, unit) in page order, without headers repeated above a continuing table."""
    seen: set[int] = set()
    found = []
    for number, page in enumerate(pages):
        for placement in page:
            if id(placement.unit) not in seen:
                seen.add(id(placement.unit))
                found.append((number, placement.unit))
    return found


@settings(max_examples=150, deadline=None)
@given(documents())
def test_every_piece_is_placed_once_in_order_and_whole(items: list[FlowItem]) -> None:
    pages = paginate(items, PAGE)

    check_within_pages(pages)
    # Every piece here fits on a page: none is cut.
    assert all(placement.visible is None for page in pages for placement in page)
    # Each piece once, in order (a header's repeats aside).
    placed = first_placements(pages)
    assert [id(unit) for _, unit in placed] == [id(flow_item.unit) for flow_item in items]
    page_of = {id(unit): number for number, unit in placed}
    for index, flow_item in enumerate(items):
        number = page_of[id(flow_item.unit)]
        page = pages[number]
        # A table row that opens a page has its header above it.
        if flow_item.repeat_above is not None:
            firsts = [p.unit for p in page if p.unit is not flow_item.repeat_above]
            if firsts and firsts[0] is flow_item.unit:
                assert page[0].unit is flow_item.repeat_above
        # Kept pieces end a page only when they could not share a fresh one with what follows.
        moved_on = index + 1 < len(items) and page_of[id(items[index + 1].unit)] != number
        if flow_item.keep_with_next and moved_on:
            assert kept_height(items, index) > PAGE - 15  # (less a repeated header)


# -- real text ------------------------------------------------------------------------------------


@pytest.fixture
def context(qapp: QApplication, tmp_path: object) -> Context:
    writer = QPdfWriter(str(tmp_path) + "/measure.pdf")  # type: ignore[operator]
    writer.setResolution(1200)
    return Context(writer, Units(1200), Units(1200).mm(180))


def test_a_long_word_or_web_address_wraps_inside_its_box(context: Context) -> None:
    address = "https://example.org/" + "a-very-long-path-without-spaces" * 8
    width = context.units.mm(40)

    box = TextBox(spans(address), TextStyle(9.0), context, width)

    assert len(box.lines) > 3
    assert box.natural_width <= width


def test_every_cell_of_a_table_row_stays_within_its_column(context: Context) -> None:
    columns = (Column("Day", 15), Column("Note", 85))
    rows: list[list[Cell]] = [[cell("3 Nov 2026"), cell("x" * 400)], [cell("4 Nov"), cell("ok")]]

    items = Table(columns, rows, TextStyle(8.6)).items(context)

    assert len(items) == 3  # the header, then one piece per row
    assert items[0].keep_with_next
    assert items[1].repeat_above is items[0].unit
    assert items[1].unit.height > 3 * items[2].unit.height  # the long note wrapped
    for flow_item in items:
        for x, _, box, _ in flow_item.unit.cells:  # type: ignore[attr-defined]
            assert x + box.natural_width <= context.width + 1e-6


def test_units_convert_millimetres_and_points() -> None:
    units = Units(1200)

    assert units.mm(25.4) == pytest.approx(1200)
    assert units.pt(72) == pytest.approx(1200)
    assert units.to_mm(1200) == pytest.approx(25.4)


def test_the_summary_page_layout_is_a4_or_letter_with_15_mm_margins(qapp: QApplication) -> None:
    from mbc_tracker.domain.records import PaperSize
    from mbc_tracker.printing import summary_page_layout

    a4 = summary_page_layout(PaperSize.A4)
    letter = summary_page_layout(PaperSize.LETTER)

    assert a4.pageSize().id().name == "A4"
    assert letter.pageSize().id().name == "Letter"
    assert a4.orientation() is QPageLayout.Orientation.Portrait
    margins = a4.margins(QPageLayout.Unit.Millimeter)
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (15, 15, 15, 15)


def test_a_placement_reports_its_bottom() -> None:
    piece = Piece(30)
    assert Placement(piece, 10).bottom == 40
    assert Placement(piece, 0, offset=20, visible=10).bottom == 10


def test_a_tables_last_row_never_starts_a_page_alone(context: Context) -> None:
    columns = (Column("Marker", 30), Column("Result", 70))
    rows: list[list[Cell]] = [[cell(f"Row {index}"), cell("A result")] for index in range(4)]
    table_items = Table(columns, rows, TextStyle(8.6)).items(context)
    header, row = table_items[0].unit.height, table_items[1].unit.height
    # Text that leaves room on the first page for the header and three rows, not the fourth.
    page = 100 * row
    filler = FlowItem(Piece(page - header - 3.5 * row, "text"))  # type: ignore[arg-type]

    pages = paginate([filler, *table_items], page)

    second = [placement.unit for placement in pages[1]]
    # The row before the last went over with it, under the repeated header.
    assert second == [table_items[0].unit, table_items[3].unit, table_items[4].unit]
    assert [placement.unit for placement in pages[0]][-1] is table_items[2].unit
