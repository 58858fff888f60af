"""The summary's pages: the header and footer on every page, and ``paint_summary`` itself.

Every page carries, at the top, who the summary is about (name and date of birth), the period it
covers, the day it was made and who prepared it, above a thin rule; at the bottom, the line
saying it is self-reported and not a medical record, and "Page x of y". The body is laid out
first (``layout.paginate``), so the number of pages is known before the first one is painted.
The same function paints the print preview, the printer and the PDF, so they cannot differ.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QMarginsF, QPointF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPen

from mbc_tracker.domain.dates import day_span, short_day
from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate
from mbc_tracker.domain.records import PaperSize
from mbc_tracker.printing.application import ensure_gui_application
from mbc_tracker.printing.layout import (
    QUIET_COLOUR,
    RULE_COLOUR,
    TEXT_COLOUR,
    Context,
    Page,
    Span,
    TextBox,
    TextStyle,
    Units,
    paginate,
    paint_page,
    spans,
)
from mbc_tracker.printing.summary_document import summary_blocks
from mbc_tracker.reports.summary_data import SELF_REPORTED_LINE, SummaryData

MARGIN_MM = 15.0
DOCUMENT_NAME = QT_TRANSLATE_NOOP("pages", "Clinic visit summary")  # translated where printed
NAME_STYLE = TextStyle(12.5, bold=True)
HEADER_STYLE = TextStyle(9.0)
FOOTER_STYLE = TextStyle(8.0, colour=QUIET_COLOUR)
_HEADER_GAP_MM = 4.0  # between the header's rule and the body
_FOOTER_GAP_MM = 3.0  # between the body and the footer's rule
_SEPARATOR = "  ·  "


def summary_page_layout(paper: PaperSize) -> QPageLayout:
    """A4 or Letter, portrait, with 15 mm margins."""
    size_id = QPageSize.PageSizeId.Letter if paper is PaperSize.LETTER else QPageSize.PageSizeId.A4
    return QPageLayout(
        QPageSize(size_id),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _period_words(data: SummaryData) -> str:
    period = data.period
    if period.days == 1:
        words = translate("pages", "{span} (1 day)")
    else:
        days = period.days  # (lupdate reads a count only when it is a plain name)
        words = translate("pages", "{span} (%n days)", "", days)
    return words.format(span=day_span(period.first, period.last))


def _page_words(number: int, count: int) -> str:
    return translate("pages", "Page {number} of {count}").format(number=number, count=count)


class PageFrame:
    """The header and footer of every page, measured once for the text column's width."""

    def __init__(self, data: SummaryData, context: Context) -> None:
        units, width = context.units, context.width
        self.units, self.width = units, width
        self.title = TextBox(spans(translate("pages", DOCUMENT_NAME)), NAME_STYLE, context, width)
        title_width = self.title.natural_width
        born = (
            translate("pages", "Born {day}").format(day=short_day(data.date_of_birth))
            if data.date_of_birth
            else translate("pages", "Date of birth not given")
        )
        name = " ".join(data.person_name.split()) or translate("pages", "Name not given")
        self.name = TextBox(
            (Span(name, bold=True), Span(f"{_SEPARATOR}{born}", size=HEADER_STYLE.size + 1)),
            TextStyle(NAME_STYLE.size),
            context,
            width - title_width - units.mm(6),
        )
        period_and_day = (
            translate("pages", "Period: {period}").format(period=_period_words(data))
            + _SEPARATOR
            + translate("pages", "Made on {day}").format(day=short_day(data.made_on))
        )
        prepared = data.prepared_by.describe()
        self.details = TextBox(
            spans(f"{period_and_day}{_SEPARATOR}{prepared}"), HEADER_STYLE, context, width
        )
        if len(self.details.lines) > 1:
            # Too long for one line: "Prepared by ..." gets a line of its own, never cut.
            self.details = TextBox(
                spans(f"{period_and_day}\n{prepared}"), HEADER_STYLE, context, width
            )
        self._top_height = max(self.name.height, self.title.height)
        self._rule_y = self._top_height + units.pt(2) + self.details.height + units.pt(3)
        self.header_height = self._rule_y + units.mm(_HEADER_GAP_MM)

        self._context = context
        widest = TextBox(spans(_page_words(999, 999)), FOOTER_STYLE, context, width).natural_width
        self._page_width = widest
        self.notice = TextBox(
            spans(translate("summary_data", SELF_REPORTED_LINE)),
            FOOTER_STYLE,
            context,
            width - widest - units.mm(6),
        )
        self._footer_text_height = self.notice.height
        self.footer_height = units.mm(_FOOTER_GAP_MM) + units.pt(3) + self.notice.height

    def paint(
        self, painter: QPainter, x: float, y: float, body_bottom: float, number: int, count: int
    ) -> None:
        """Paint the header at ``y`` and the footer just below ``body_bottom``."""
        units, width = self.units, self.width
        self.name.paint(painter, x, y)
        self.title.paint(painter, x + width - self.title.natural_width, y)
        self.details.paint(painter, x, y + self._top_height + units.pt(2))
        rule = QPen(QColor(TEXT_COLOUR))
        rule.setWidthF(units.pt(0.8))
        painter.setPen(rule)
        painter.drawLine(QLineF(x, y + self._rule_y, x + width, y + self._rule_y))

        footer_rule_y = body_bottom + units.mm(_FOOTER_GAP_MM)
        light = QPen(QColor(RULE_COLOUR))
        light.setWidthF(units.pt(0.5))
        painter.setPen(light)
        painter.drawLine(QLineF(x, footer_rule_y, x + width, footer_rule_y))
        text_y = footer_rule_y + units.pt(3)
        self.notice.paint(painter, x, text_y)
        page = TextBox(
            spans(_page_words(number, count)),
            FOOTER_STYLE,
            self._context,
            self._page_width,
            align=Qt.AlignmentFlag.AlignRight,
        )
        page.paint(painter, x + width - self._page_width, text_y)


@dataclass(frozen=True)
class SummaryLayout:
    """The summary laid out for one device: its pages, and where the body and frame go."""

    frame: PageFrame
    pages: list[Page]
    origin: QPointF  # the top left of the text column, in the painter's coordinates
    width: float
    body_height: float


def lay_out_summary(data: SummaryData, device: QPagedPaintDevice) -> SummaryLayout:
    """Measure and paginate the summary for ``device``'s current page layout (no painting)."""
    ensure_gui_application()
    dpi = float(device.logicalDpiX())
    units = Units(dpi)
    paint_rect = device.pageLayout().paintRectPixels(round(dpi))
    origin = QPointF(0.0, 0.0)
    full_page = getattr(device, "fullPage", None)
    if callable(full_page) and full_page():
        # A printer set to "full page" puts the origin at the paper's corner, not the margins'.
        origin = QPointF(paint_rect.topLeft())
    width, height = float(paint_rect.width()), float(paint_rect.height())
    context = Context(device, units, width)
    frame = PageFrame(data, context)
    body_height = height - frame.header_height - frame.footer_height
    items = [item for block in summary_blocks(data) for item in block.items(context)]
    return SummaryLayout(frame, paginate(items, body_height), origin, width, body_height)


def paint_summary(
    data: SummaryData, device: QPagedPaintDevice, *, set_page_layout: bool = True
) -> int:
    """Lay out and paint every page of the summary on ``device``; return the number of pages.

    ``device`` is a ``QPdfWriter`` or a ``QPrinter`` (of a print or preview dialog). With
    ``set_page_layout`` the paper (``data.paper_size``) and margins are set on it first;
    without, the device's own page layout is used (a printer's choice in its dialog).
    """
    ensure_gui_application()
    if set_page_layout:
        device.setPageLayout(summary_page_layout(data.paper_size))
    laid_out = lay_out_summary(data, device)
    pages, frame = laid_out.pages, laid_out.frame
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(
            translate("pages", "The summary's pages could not be started on this printer or file.")
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        x, top = laid_out.origin.x(), laid_out.origin.y()
        body_top = top + frame.header_height
        body_bottom = body_top + laid_out.body_height
        for number, page in enumerate(pages, 1):
            if number > 1:
                device.newPage()
            frame.paint(painter, x, top, body_bottom, number, len(pages))
            paint_page(painter, page, x, body_top, laid_out.width)
    finally:
        painter.end()
    return len(pages)
