"""The summary's chart as a picture on the page: the History figure, made once per size.

``reports.summary_chart`` draws the period's chart with matplotlib (Qt-free) as a PNG; here it
becomes a ``QImage`` for the layout. The print preview lays the pages out again whenever it is
refreshed, and "Export PDF" after a preview lays them out once more, so the last few PNGs are
kept (a few hundred kilobytes each; the decoded images, ten times larger, are not): the same
data at the same size gives the same picture.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QImage

from mbc_tracker.domain.language import translate
from mbc_tracker.reports.history_data import HistoryData
from mbc_tracker.reports.summary_chart import CHART_HEIGHT_MM, chart_png


@functools.lru_cache(maxsize=4)
def _chart_png(history: HistoryData, width_mm: float, height_mm: float) -> bytes:
    return chart_png(history, width_mm, height_mm)


def chart_image(
    history: HistoryData, width_mm: float, height_mm: float = CHART_HEIGHT_MM
) -> QImage:
    """The chart of ``history``, ``width_mm`` x ``height_mm`` on paper, as an image."""
    image = QImage.fromData(_chart_png(history, round(width_mm, 2), height_mm))
    if image.isNull():
        raise RuntimeError(translate("chart", "The chart could not be drawn as a picture."))
    return image


def forget_charts() -> None:
    """Drop the kept pictures (benchmarks time a new summary's chart this way)."""
    _chart_png.cache_clear()
