"""A small flow layout for printed pages: paragraphs, tables and pictures placed page by page.

It knows nothing about the summary. A document is a list of blocks (``Paragraph``, ``Table``,
``Picture``); each block turns into ``FlowItem``s, the pieces that are never split: a paragraph,
one table row, a picture. An item says how much space it wants above it, whether it must share a
page with the item after it (a heading, a table's header row) and which header row to repeat
above it when it is the first on a page (a table row). ``paginate`` fills pages from the top and
returns where each item goes; only an item taller than a whole page is cut, at a line boundary
where it has one. Measuring (``paginate``) and painting (``paint_page``) are separate passes, so
the number of pages is known before the first page is drawn ("Page 1 of 3").

Everything is measured in the paint device's own units (its dots: 1200 per inch for the PDF
writer), with fonts in points and hinting off, so text breaks the same way at any resolution:
what the print preview shows is what the printer and the PDF get. Only QtCore and QtGui are
used, so it runs without a display.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGlyphRun,
    QImage,
    QPaintDevice,
    QPainter,
    QPen,
    QPolygonF,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from mbc_tracker.printing.fonts import families_for_text, printable

TEXT_COLOUR = "#000000"
QUIET_COLOUR = "#444444"  # secondary text: still dark enough for a black-and-white printer
RULE_COLOUR = "#9a9a9a"  # the light rule under each table row
HEADER_FILL = "#ededed"  # the table header's background: a tint, not a colour
_EPSILON = 1e-6


@dataclass(frozen=True)
class TextStyle:
    size: float  # points
    bold: bool = False
    italic: bool = False
    colour: str = TEXT_COLOUR

    def font(self) -> QFont:
        font = QFont()
        # The page's sans first, then families for other scripts and emoji (``fonts``).
        font.setFamilies(families_for_text())
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(self.size)
        font.setBold(self.bold)
        font.setItalic(self.italic)
        # Unhinted outlines scale exactly with the resolution: the same line breaks everywhere.
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        # No "fi"/"fl" ligatures: words copied or searched in the PDF stay plain letters.
        font.setFeature(QFont.Tag("liga"), 0)
        return font


@dataclass(frozen=True)
class Span:
    """A run of text within a paragraph or cell that is bold, italic, coloured or sized apart
    (the flags only add: a run in a bold paragraph stays bold)."""

    text: str
    bold: bool = False
    italic: bool = False
    colour: str | None = None
    size: float | None = None  # points; None: the paragraph's size


def spans(*parts: Span | str) -> tuple[Span, ...]:
    return tuple(Span(part) if isinstance(part, str) else part for part in parts)


@dataclass(frozen=True)
class Units:
    """Lengths in the device's dots from millimetres and points."""

    dpi: float

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        return value * self.dpi / 72

    def to_mm(self, dots: float) -> float:
        return dots * 25.4 / self.dpi


@dataclass(frozen=True)
class Context:
    """Where blocks are measured: the device, its units and the width of the text column."""

    device: QPaintDevice
    units: Units
    width: float  # dots


# -- text -----------------------------------------------------------------------------------------


class TextBox:
    """Text wrapped to a width on one device: its height, its lines, and how to paint it.

    Lines break between words, or anywhere inside a word too long for the width (a web address),
    so nothing ever runs out of its box. A newline in the text starts a new line.
    """

    def __init__(
        self,
        parts: Sequence[Span],
        style: TextStyle,
        context: Context,
        width: float,
        *,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        self.style = style
        self.width = max(width, 1.0)
        # A character no installed font draws is written by its name, never as an empty box.
        parts = [
            Span(printable(part.text), part.bold, part.italic, part.colour, part.size)
            for part in parts
        ]
        text = "".join(part.text for part in parts).replace("\n", "\u2028")
        self._layout = QTextLayout(text, style.font(), context.device)
        self._layout.setCacheEnabled(True)
        formats = []
        start = 0
        for part in parts:
            if part.bold or part.italic or part.colour or part.size:
                char_format = QTextCharFormat()
                if part.bold:
                    char_format.setFontWeight(QFont.Weight.Bold)
                if part.italic:
                    char_format.setFontItalic(True)
                if part.colour:
                    char_format.setForeground(QBrush(QColor(part.colour)))
                if part.size:
                    char_format.setFontPointSize(part.size)
                span_range = QTextLayout.FormatRange()
                span_range.start, span_range.length, span_range.format = (
                    start,
                    len(part.text),
                    char_format,
                )
                formats.append(span_range)
            start += len(part.text)
        self._layout.setFormats(formats)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._layout.setTextOption(option)
        self._lines: list[tuple[float, float]] = []  # (top, bottom) of each line
        y = 0.0
        self._layout.beginLayout()
        while True:
            line = self._layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0.0, y))
            self._lines.append((y, y + line.height()))
            y += line.height()
        self._layout.endLayout()
        self.height = y

    @property
    def lines(self) -> Sequence[tuple[float, float]]:
        return self._lines

    @property
    def natural_width(self) -> float:
        """The width of the longest line as set (at most ``width``)."""
        return max(
            (self._layout.lineAt(index).naturalTextWidth() for index in range(len(self._lines))),
            default=0.0,
        )

    def glyph_runs(self) -> list[QGlyphRun]:
        """The glyphs as laid out, each run with the font that draws it (glyph 0 is a box)."""
        return list(self._layout.glyphRuns())

    def first_line_middle(self) -> float:
        """The middle of the first line's capital letters, for a marker drawn beside it."""
        if self._layout.lineCount() == 0:
            return 0.0
        line = self._layout.lineAt(0)
        return line.y() + line.ascent() * 0.62

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(QColor(self.style.colour))
        self._layout.draw(painter, QPointF(x, y))


# -- what the pages are made of -----------------------------------------------------------------


class Unit(Protocol):
    """A piece of a page that is placed whole: it knows its height and paints itself."""

    @property
    def height(self) -> float: ...

    def paint(self, painter: QPainter, x: float, y: float) -> None: ...

    def break_points(self) -> Sequence[float]:
        """Heights at which the unit may be cut when it is taller than a page (line ends)."""
        ...


@dataclass(frozen=True)
class FlowItem:
    unit: Unit
    space_before: float = 0.0  # dropped at the top of a page
    keep_with_next: bool = False  # never the last item on a page when another follows
    repeat_above: Unit | None = None  # drawn above this item when it starts a page


class Block(Protocol):
    def items(self, context: Context) -> list[FlowItem]: ...


@dataclass(frozen=True)
class Placement:
    """Where one unit (or, for an oversized one, a slice of it) goes on a page."""

    unit: Unit
    y: float  # from the top of the page's body
    offset: float = 0.0  # the unit's part above this page (a slice only)
    visible: float | None = None  # the height shown on this page (a slice only); None: all

    @property
    def bottom(self) -> float:
        return self.y + (self.unit.height if self.visible is None else self.visible)


Page = list[Placement]


# -- paragraphs and pictures --------------------------------------------------------------------


@dataclass(frozen=True)
class _TextUnit:
    box: TextBox
    indent: float

    @property
    def height(self) -> float:
        return self.box.height

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        self.box.paint(painter, x + self.indent, y)

    def break_points(self) -> Sequence[float]:
        return [bottom for _, bottom in self.box.lines]


@dataclass(frozen=True)
class Paragraph:
    parts: tuple[Span, ...]
    style: TextStyle
    space_before_pt: float = 0.0
    keep_with_next: bool = False
    indent_mm: float = 0.0

    def items(self, context: Context) -> list[FlowItem]:
        indent = context.units.mm(self.indent_mm)
        box = TextBox(self.parts, self.style, context, context.width - indent)
        return [
            FlowItem(
                _TextUnit(box, indent),
                context.units.pt(self.space_before_pt),
                self.keep_with_next,
            )
        ]


@dataclass(frozen=True)
class _PictureUnit:
    image: QImage
    width: float
    height: float

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        # Without this hint a PDF stores pictures as JPEG: blurred lines and text in a chart.
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
        painter.drawImage(QRectF(x, y, self.width, self.height), self.image)
        painter.restore()

    def break_points(self) -> Sequence[float]:
        return ()


@dataclass(frozen=True)
class Picture:
    """An image the text column's width wide and ``height_mm`` tall."""

    image: QImage
    height_mm: float
    space_before_pt: float = 0.0

    def items(self, context: Context) -> list[FlowItem]:
        unit = _PictureUnit(self.image, context.width, context.units.mm(self.height_mm))
        return [FlowItem(unit, context.units.pt(self.space_before_pt))]


# -- tables ---------------------------------------------------------------------------------------


class Marker(Enum):
    """A shape drawn before a cell's text, so that meaning never rests on colour alone."""

    FILLED_TRIANGLE = "filled triangle"
    HOLLOW_CIRCLE = "hollow circle"
    TICK_BOX = "tick box"  # an empty square to tick on paper


@dataclass(frozen=True)
class Cell:
    parts: tuple[Span, ...]
    marker: Marker | None = None


def cell(*parts: Span | str, marker: Marker | None = None) -> Cell:
    return Cell(spans(*parts), marker)


@dataclass(frozen=True)
class Column:
    title: str
    weight: float  # share of the table's width
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


_MARKER_SIZE_PT = {Marker.FILLED_TRIANGLE: 7.0, Marker.HOLLOW_CIRCLE: 6.5, Marker.TICK_BOX: 9.0}
_MARKER_GAP_PT = 4.0


@dataclass
class _RowUnit:
    """One table row (or its header): cells side by side, a light rule underneath."""

    cells: list[tuple[float, float, TextBox, Marker | None]]  # (x, y, text, marker)
    height: float
    units: Units
    is_header: bool
    width: float
    breaks: list[float] = field(default_factory=list)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        units = self.units
        if self.is_header:
            painter.fillRect(QRectF(x, y, self.width, self.height), QColor(HEADER_FILL))
        for cell_x, cell_y, box, marker in self.cells:
            text_x = x + cell_x
            if marker is not None:
                size = units.pt(_MARKER_SIZE_PT[marker])
                middle = y + cell_y + box.first_line_middle()
                _paint_marker(painter, marker, QRectF(text_x, middle - size / 2, size, size))
                text_x += units.pt(_MARKER_SIZE_PT[marker] + _MARKER_GAP_PT)
            box.paint(painter, text_x, y + cell_y)
        pen = QPen(QColor(TEXT_COLOUR if self.is_header else RULE_COLOUR))
        pen.setWidthF(units.pt(0.8 if self.is_header else 0.5))
        painter.setPen(pen)
        bottom = y + self.height
        painter.drawLine(QLineF(x, bottom, x + self.width, bottom))

    def break_points(self) -> Sequence[float]:
        return self.breaks


def _paint_marker(painter: QPainter, marker: Marker, box: QRectF) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(TEXT_COLOUR))
    pen.setWidthF(box.width() * (0.09 if marker is Marker.TICK_BOX else 0.16))
    painter.setPen(pen)
    if marker is Marker.FILLED_TRIANGLE:
        painter.setBrush(QColor(TEXT_COLOUR))
        painter.drawPolygon(
            QPolygonF([QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()])
        )
    elif marker is Marker.HOLLOW_CIRCLE:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
    painter.restore()


def _safe_cuts(lines: Iterable[tuple[float, float]], candidates: Iterable[float]) -> list[float]:
    """The candidate heights that cut through no line of any cell."""
    every_line = list(lines)
    return sorted(
        {
            cut
            for cut in candidates
            if not any(top + _EPSILON < cut < bottom - _EPSILON for top, bottom in every_line)
        }
    )


@dataclass(frozen=True)
class Table:
    """Columns sharing the text width by weight; a header row repeated on every page the table
    reaches; rows are never split across pages.

    A row may have ``details``: paragraphs under its cells, from the column ``details_column``
    to the right edge, for prose too long for a narrow column (the first columns stay a gutter
    beside them).
    """

    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell]]
    style: TextStyle
    show_header: bool = True
    space_before_pt: float = 0.0
    padding_pt: float = 2.6
    details: Sequence[Sequence[Cell]] = ()
    details_column: int = 1

    def items(self, context: Context) -> list[FlowItem]:
        units = context.units
        total = sum(column.weight for column in self.columns)
        lefts, widths, x = [], [], 0.0
        for column in self.columns:
            width = context.width * column.weight / total
            lefts.append(x)
            widths.append(width)
            x += width
        header_style = TextStyle(self.style.size, True, self.style.italic, self.style.colour)
        header: _RowUnit | None = None
        if self.show_header:
            titles = [cell(column.title) for column in self.columns]
            header = self._row(titles, (), header_style, context, lefts, widths, is_header=True)
        items: list[FlowItem] = []
        if header is not None:
            items.append(FlowItem(header, units.pt(self.space_before_pt), keep_with_next=True))
        for index, row in enumerate(self.rows):
            details = self.details[index] if index < len(self.details) else ()
            unit = self._row(row, details, self.style, context, lefts, widths, is_header=False)
            space = units.pt(self.space_before_pt) if header is None and index == 0 else 0.0
            # The row before the last keeps the last company: a table's last row never starts
            # a page alone, under a repeated header, as if it were a table of its own.
            keep = index == len(self.rows) - 2
            items.append(FlowItem(unit, space, keep_with_next=keep, repeat_above=header))
        return items

    def _row(
        self,
        row: Sequence[Cell],
        details: Sequence[Cell],
        style: TextStyle,
        context: Context,
        lefts: Sequence[float],
        widths: Sequence[float],
        *,
        is_header: bool,
    ) -> _RowUnit:
        units = context.units
        padding = units.pt(self.padding_pt)
        placed: list[tuple[float, float, TextBox, Marker | None]] = []
        for column, item, left, width in zip(self.columns, row, lefts, widths, strict=True):
            room = units.pt(_MARKER_SIZE_PT[item.marker] + _MARKER_GAP_PT) if item.marker else 0
            box = TextBox(
                item.parts, style, context, width - 2 * padding - room, align=column.align
            )
            placed.append((left + padding, padding, box, item.marker))
        # Details go under the cells from ``details_column`` on; the cells before it run beside.
        beside = placed[: self.details_column] if details else placed
        under = placed[self.details_column :] if details else []
        y = max((box.height for _, _, box, _ in under), default=0.0) + padding
        detail_left = lefts[self.details_column] if details else 0.0
        for item in details:
            box = TextBox(item.parts, style, context, context.width - detail_left - 2 * padding)
            y += units.pt(2.0)
            placed.append((detail_left + padding, y, box, None))
            y += box.height
        height = max([y + padding] + [box.height + 2 * padding for _, _, box, _ in beside])
        lines = [
            (top + cell_y, bottom + cell_y)
            for _, cell_y, box, _ in placed
            for top, bottom in box.lines
        ]
        unit = _RowUnit(placed, height, units, is_header, sum(widths))
        unit.breaks = _safe_cuts(lines, (bottom for _, bottom in lines))
        return unit


# -- pages ----------------------------------------------------------------------------------------


def _kept_height(items: Sequence[FlowItem], index: int) -> float:
    """The height of ``items[index]`` and of the items it must share a page with."""
    needed = items[index].unit.height
    while items[index].keep_with_next and index + 1 < len(items):
        index += 1
        needed += items[index].space_before + items[index].unit.height
    return needed


def _cut(unit: Unit, offset: float, room: float) -> float:
    """Where to end the slice of an oversized ``unit`` that starts at ``offset``."""
    fitting = [point for point in unit.break_points() if offset < point <= offset + room]
    return max(fitting) if fitting else offset + room


def _repeats(item: FlowItem, page_height: float) -> bool:
    # A header repeats only while it leaves most of the page to the rows it heads.
    return item.repeat_above is not None and item.repeat_above.height < page_height / 3


def paginate(items: Sequence[FlowItem], page_height: float) -> list[Page]:
    """Place ``items`` on pages ``page_height`` tall; always at least one page."""
    pages: list[Page] = [[]]
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = 0.0

    for index, item in enumerate(items):
        unit = item.unit
        if pages[-1]:
            kept = _kept_height(items, index)
            repeat = item.repeat_above.height if item.repeat_above is not None else 0.0
            fits_on_fresh_page = kept + repeat <= page_height + _EPSILON
            needed = kept if fits_on_fresh_page else unit.height
            if y + item.space_before + needed > page_height + _EPSILON:
                new_page()
            else:
                y += item.space_before
        if not pages[-1] and _repeats(item, page_height):
            assert item.repeat_above is not None
            pages[-1].append(Placement(item.repeat_above, y))
            y += item.repeat_above.height
        if y + unit.height <= page_height + _EPSILON:
            pages[-1].append(Placement(unit, y))
            y += unit.height
            continue
        # Taller than what is left of a fresh page: the only case where a unit is cut.
        offset = 0.0
        while True:
            room = page_height - y
            if unit.height - offset <= room + _EPSILON:
                pages[-1].append(Placement(unit, y, offset, unit.height - offset))
                y += unit.height - offset
                break
            end = _cut(unit, offset, room)
            pages[-1].append(Placement(unit, y, offset, end - offset))
            offset = end
            new_page()
            if _repeats(item, page_height):
                assert item.repeat_above is not None
                pages[-1].append(Placement(item.repeat_above, y))
                y += item.repeat_above.height
    return pages


def paint_page(painter: QPainter, page: Page, x: float, top: float, width: float) -> None:
    """Paint one page's units below ``top``; a slice is clipped to its part of the unit."""
    for placement in page:
        if placement.visible is None:
            placement.unit.paint(painter, x, top + placement.y)
            continue
        painter.save()
        painter.setClipRect(QRectF(x, top + placement.y, width, placement.visible))
        placement.unit.paint(painter, x, top + placement.y - placement.offset)
        painter.restore()
