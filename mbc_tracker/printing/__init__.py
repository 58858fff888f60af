"""Printing the clinic visit summary: page layout, print preview, printer and PDF alike.

``paint_summary`` lays a ``reports.summary_data.SummaryData`` out on pages and paints them on
any paged device (a ``QPdfWriter``, or the ``QPrinter`` of a print or preview dialog);
``write_summary_pdf`` writes it to a PDF file atomically; ``ensure_gui_application`` provides
the Qt application text layout needs, headless when there is no window. Only QtCore, QtGui and
QtSvg are used here (never widgets), so ``mbc-tracker report`` works without a display. The
modules: ``layout`` (generic flow and pagination), ``summary_document`` (the summary as blocks),
``pages`` (header, footer, painting), ``chart`` (the chart as a picture), ``pdf``.
"""

from mbc_tracker.printing.application import ensure_gui_application
from mbc_tracker.printing.pages import paint_summary, summary_page_layout
from mbc_tracker.printing.pdf import write_summary_pdf

__all__ = ["ensure_gui_application", "paint_summary", "summary_page_layout", "write_summary_pdf"]
