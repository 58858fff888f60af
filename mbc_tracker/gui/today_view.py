"""The Today screen: the daily log a person fills in, for today or any past day.

Built for someone tired or in pain: a clear date, large 0-10 scales with words, big check boxes
for events, weight and temperature in her own units, a note, and two one-click starts ("No
symptoms today", "Same as yesterday"). Nothing is lost: problems are shown next to the field and
nothing is saved until they are fixed, and leaving a day with unsaved changes asks first. The
form only talks to ``record.daylog`` and ``record.symptoms``; it never sees the database. The
day's medicines, above the symptoms, are ``DosesPanel``'s own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.dates import decimal, time_of_day, weekday_day
from mbc_tracker.domain.daylog import (
    DayChangedElsewhere,
    DayLog,
    DayLogInvalid,
    FieldProblem,
    parse_number,
    validate_day_log,
)
from mbc_tracker.domain.errors import RecordUnavailable
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.records import SymptomKind, TemperatureUnit, TrackedSymptom, WeightUnit
from mbc_tracker.gui import theme
from mbc_tracker.gui.care_team_notice import CareTeamNotice
from mbc_tracker.gui.day_entries import DayEntriesSection
from mbc_tracker.gui.doses_panel import DosesPanel
from mbc_tracker.gui.flag_banner import FlagBanner
from mbc_tracker.gui.labels import nothing_saved, temperature_unit_label, weight_unit_label
from mbc_tracker.gui.month_overview import MonthOverview, PickDayDialog
from mbc_tracker.gui.runner import ChangeFailed, runner_for
from mbc_tracker.gui.severity_control import (
    NAMES_ABOVE_SCALES_FROM,
    SeverityControl,
    SeverityLegend,
)
from mbc_tracker.gui.symptom_chooser import SymptomChooser
from mbc_tracker.gui.widgets import ErrorLabel, ReflowBox, lay_out_now, scaled_font
from mbc_tracker.services.changes import RecordChanges

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


@dataclass(frozen=True)
class FormState:
    """What the form shows, compared with what was loaded to know whether anything changed."""

    severities: tuple[tuple[str, int | None], ...]
    events: tuple[tuple[str, bool], ...]
    weight_text: str
    temperature_text: str
    note: str


@dataclass(frozen=True)
class UnsavedDay:
    """What was typed on Today but not saved, carried into a new Today of the same record (when
    the window reopens it, say for changes after reading only), so nothing typed is lost."""

    day: dt.date
    typed: FormState
    shown: FormState  # what the form showed before typing, to tell typed fields from loaded ones
    stated: frozenset[str]


def number_text(value: float | None) -> str:
    """A weight or temperature as typed back into its field: "72.5" or, in Spanish, "72,5"
    (``parse_number`` takes either), with no trailing zeros."""
    if value is None:
        return ""
    text = f"{value:g}"
    if "." not in text:
        return text
    return decimal(value, len(text.split(".")[1]))


class TodayView(QWidget):
    """The daily log form with its date navigation and month overview.

    Signals: day_saved(object)  # datetime.date, after a successful save
             unsaved_changed(bool)  # the form became dirty / clean
             day_changed(object)  # the date being shown changed
             flag_chosen(object)  # a Flag: "See why" was pressed on the flag banner
    """

    day_saved = Signal(object)
    unsaved_changed = Signal(bool)
    day_changed = Signal(object)
    flag_chosen = Signal(object)

    def __init__(
        self,
        record: CareRecord,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._runner = runner_for(record)
        self._today = today
        self._now = now or (lambda: dt.datetime.combine(today(), dt.datetime.now().time()))
        self._day = today()
        self._loaded = DayLog(day=self._day)
        self._baseline: FormState | None = None
        self._dirty = False
        self._filling = False  # True while code (not the person) fills the form
        self._symptoms: list[TrackedSymptom] = []
        self._saving = False  # this page's own save is being made
        self._scales: dict[str, SeverityControl] = {}
        self._event_boxes: dict[str, QCheckBox] = {}
        self.severity_legend: SeverityLegend | None = None
        self._stated_events: set[str] = set()  # events the person (or a quick start) answered
        self._errors: dict[str, ErrorLabel] = {}
        self._tab_chain: list[QWidget] = []  # the Tab order last set (see _order_tab_stops)
        self._weight_unit = WeightUnit.KG
        self._temperature_unit = TemperatureUnit.CELSIUS
        self._build()
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self._save_requested)
        self.reload()
        self.doses_panel.rows_rebuilt.connect(self._order_tab_stops)
        self.doses_panel.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # The form scrolls; Save and its confirmation stay in a footer below it, always in view,
        # so nobody has to scroll to the end to save or to see that it was saved.
        form_column = QVBoxLayout()
        form_column.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form_column, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("The day's form"))
        form_column.addWidget(scroll, 1)
        # The flag banner sits between the scrolling form and the footer, always in view and
        # beside "Saved", where the eyes are after a save. Below the form, its appearing only
        # shortens the form's viewport: nothing in the form moves, and with static contents
        # the form is not painted again (above it, the whole form moved down and a save
        # repainted some ninety widgets).
        self.flag_banner = FlagBanner(self)
        self.flag_banner.flag_chosen.connect(self.flag_chosen)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(9, 6, 9, 0)
        banner_row.addWidget(self.flag_banner)
        form_column.addLayout(banner_row)
        page = QWidget(scroll)
        scroll.setWidget(page)
        self._scroll = scroll
        for static in (scroll, scroll.viewport(), page):
            static.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        layout = QVBoxLayout(page)
        layout.setSpacing(6)

        # Date heading and navigation.
        self.today_label = QLabel(page)
        self.today_label.setFont(scaled_font(self.font(), 1.1))
        self.date_heading = QLabel(page)
        self.date_heading.setFont(scaled_font(self.font(), 1.4))
        self.date_heading.setAccessibleName(self.tr("Day shown"))
        # "Today" / "Yesterday" beside the date, not on a line of its own: at 1024x700 every
        # line above the scales is a scale less in view.
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.date_heading)
        heading_row.addSpacing(12)
        heading_row.addWidget(self.today_label, 0, Qt.AlignmentFlag.AlignBaseline)
        heading_row.addStretch(1)
        layout.addLayout(heading_row)
        navigation = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous day"), page)
        self.next_button = QPushButton(self.tr("Next day ▶"), page)
        self.pick_button = QPushButton(self.tr("Pick a day…"), page)
        self.today_button = QPushButton(self.tr("Back to today"), page)
        self.previous_button.setAccessibleName(self.tr("Previous day"))
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.previous_button.clicked.connect(self._go_previous)
        self.next_button.clicked.connect(self._go_next)
        self.pick_button.clicked.connect(self._open_pick_day)
        self.today_button.clicked.connect(self._go_today)
        for button in (self.previous_button, self.next_button, self.pick_button, self.today_button):
            navigation.addWidget(button)
        navigation.addStretch(1)
        layout.addLayout(navigation)
        self.day_error = ErrorLabel(self.date_heading, page)
        layout.addWidget(self.day_error)
        self.doses_panel = DosesPanel(self._record, page, now=self._now)  # the day's medicines
        layout.addWidget(self.doses_panel)
        self.day_changed.connect(self.doses_panel.show_day)

        # One-click starts, and "Choose symptoms…" at the right; it goes under them when large
        # text leaves no room (at 200% the row is wider than a 1024-pixel window).
        starts_row = ReflowBox(page, spacing=6)
        self.no_symptoms_button = QPushButton(self.tr("No symptoms today"), page)
        self.no_symptoms_button.setToolTip(
            self.tr(
                "Set every symptom below to 0 (none) and every event to no. You still press Save."
            )
        )
        self.same_as_yesterday_button = QPushButton(self.tr("Same as yesterday"), page)
        self.same_as_yesterday_button.setToolTip(
            self.tr("Copy the symptoms from the day before. You still press Save.")
        )
        self.choose_button = QPushButton(self.tr("Choose symptoms…"), page)
        self.no_symptoms_button.clicked.connect(self.fill_no_symptoms)
        self.same_as_yesterday_button.clicked.connect(self.fill_same_as_yesterday)
        self.choose_button.clicked.connect(self._open_chooser)
        quick_box = QWidget(starts_row)
        starts = QHBoxLayout(quick_box)
        starts.setContentsMargins(0, 0, 0, 0)
        starts.addWidget(self.no_symptoms_button)
        starts.addWidget(self.same_as_yesterday_button)
        starts.addStretch(1)
        choose_box = QWidget(starts_row)
        choose = QHBoxLayout(choose_box)
        choose.setContentsMargins(0, 0, 0, 0)
        choose.addWidget(self.choose_button)
        choose.addStretch(1)
        starts_row.add_widget(quick_box, 1)
        starts_row.add_widget(choose_box)
        layout.addWidget(starts_row)

        # Symptoms: rebuilt by reload() from the tracked list.
        # One row per symptom: its name on the left, the scale on the right, under the band
        # words shown once (``SeverityLegend``).
        self.symptoms_box = QWidget(page)
        self._symptoms_layout = QGridLayout(self.symptoms_box)
        self._symptoms_layout.setContentsMargins(0, 0, 0, 0)
        self._symptoms_layout.setHorizontalSpacing(6)
        self._symptoms_layout.setVerticalSpacing(2)
        self._symptoms_layout.setColumnStretch(0, 1)
        layout.addWidget(self.symptoms_box)
        # Every entry of the day with its time; the scales above hold each one's latest.
        self.day_entries = DayEntriesSection(self._record, page, now=self._now)
        self.day_entries.entries_changed.connect(self._entries_changed)
        layout.addWidget(self.day_entries)

        # Weight and temperature.
        measures = QGridLayout()
        self.weight_label = QLabel(page)
        self.weight_edit = QLineEdit(page)
        self.temperature_label = QLabel(page)
        self.temperature_edit = QLineEdit(page)
        for row, (label, edit, key, example) in enumerate(
            (
                (self.weight_label, self.weight_edit, "weight", decimal(72.5, 1)),
                (self.temperature_label, self.temperature_edit, "temperature", decimal(36.8, 1)),
            )
        ):
            label.setBuddy(edit)
            edit.setPlaceholderText(self.tr("for example {example}").format(example=example))
            edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 16)
            edit.textEdited.connect(self._on_edited)
            error = ErrorLabel(edit, page)
            self._errors[key] = error
            measures.addWidget(label, row * 2, 0)
            measures.addWidget(edit, row * 2, 1)
            measures.addWidget(error, row * 2 + 1, 1, 1, 2)
        measures.setColumnStretch(2, 1)
        # Room between a long label ("Temperatura (°C)") and its field, in every language.
        measures.setHorizontalSpacing(12)
        layout.addLayout(measures)

        # The note.
        note_label = QLabel(self.tr("&Note for this day"), page)
        self.note_edit = QPlainTextEdit(page)
        self.note_edit.setPlaceholderText(
            self.tr("Anything you want to remember, or to tell your care team.")
        )
        self.note_edit.setTabChangesFocus(True)  # Tab must leave the note for keyboard users
        self.note_edit.setMinimumHeight(self.fontMetrics().height() * 5)
        self.note_edit.textChanged.connect(self._on_edited)
        note_label.setBuddy(self.note_edit)
        self.note_edit.setAccessibleName(self.tr("Note for this day"))
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        self._errors["note"] = ErrorLabel(self.note_edit, page)
        layout.addWidget(self._errors["note"])
        self._errors["day"] = self.day_error

        layout.addStretch(1)

        # Save and the confirmation line, in the fixed footer.
        footer = QFrame(self)
        footer.setFrameShape(QFrame.Shape.StyledPanel)
        save_row = QHBoxLayout(footer)
        save_row.setContentsMargins(9, 6, 9, 6)
        self.save_button = QPushButton(self.tr("&Save this day"), footer)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        self.save_button.clicked.connect(self._save_requested)
        self.status_label = QLabel(footer)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status_label, 1)
        form_column.addWidget(footer)

        # The month overview beside the form, in a column of its own that scrolls when large
        # text makes it taller than the window (it is never squeezed over its own words).
        side_scroll = QScrollArea(self)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the calendar inside takes focus
        side_box = QWidget(side_scroll)
        side_scroll.setWidget(side_box)
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 12, 12, 12)
        overview_title = QLabel(self.tr("This month"), side_box)
        overview_title.setFont(scaled_font(self.font(), 1.1))
        self.month_overview = MonthOverview(self._record, side_box, today=self._today)
        width = self.fontMetrics().horizontalAdvance("0") * 32
        self.month_overview.setMaximumWidth(width)
        self.month_overview.day_chosen.connect(self._on_overview_day_chosen)
        side.addWidget(overview_title)
        side.addWidget(self.month_overview)
        # The month marks flagged days, so it carries the line every screen with flags does.
        self.care_team_notice = CareTeamNotice(side_box)
        # As wide as the month, never widening the column (which would narrow the form).
        self.care_team_notice.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        side.addWidget(self.care_team_notice)
        side.addStretch(1)
        side_scroll.setMinimumWidth(min(width, self.month_overview.minimumSizeHint().width()) + 12)
        side_scroll.setMaximumWidth(width + 12 + side_scroll.verticalScrollBar().sizeHint().width())
        outer.addWidget(side_scroll)
        self._month_column = side_scroll

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_month_beside(event.size().width())

    def _fit_month_beside(self, width: int) -> None:
        """Show the month beside the form only while both fit in ``width``.

        At 150% or 200% text in a 1024-pixel window the scales alone take most of the width:
        with the month beside them, the form would scroll sideways and the last scale buttons
        go out of view. The form matters more; the same month, with its marks, is one press
        away under "Pick a day…". (The form's width does not depend on the month's, so this
        cannot swing back and forth.)
        """
        form = (
            self._scroll.widget().minimumSizeHint().width()
            + self._scroll.verticalScrollBar().sizeHint().width()
        )
        column = self._month_column
        month = (
            column.widget().minimumSizeHint().width()
            + column.verticalScrollBar().sizeHint().width()
        )
        # The month column is never narrower than the month's words and buttons need (the
        # text size may have changed since it was built).
        column.setMinimumWidth(month)
        column.setMaximumWidth(max(column.maximumWidth(), month))
        column.setVisible(width >= form + month + self.layout().spacing())

    def _rebuild_symptoms(self) -> None:
        while self._symptoms_layout.count():
            item = self._symptoms_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self._scales.clear()
        self._event_boxes.clear()
        self.severity_legend = None
        for key in [key for key in self._errors if key.startswith("severity:")]:
            del self._errors[key]
        if not self._symptoms:
            empty = QLabel(
                self.tr("No symptoms are chosen for Today. Press “Choose symptoms…” to pick some."),
                self.symptoms_box,
            )
            empty.setWordWrap(True)
            self._symptoms_layout.addWidget(empty)
            self._order_tab_stops()
            return
        grid = self._symptoms_layout
        row = 0
        # At 200% a name beside its scale makes the form wider than a 1024-pixel window (it
        # scrolled sideways, the last numbers out of view): each name then goes above its
        # scale, and the scales keep their full-size buttons.
        names_above = theme.text_scale() >= NAMES_ABOVE_SCALES_FROM
        scale_column = 0 if names_above else 1
        if any(symptom.kind is SymptomKind.RATED for symptom in self._symptoms):
            self.severity_legend = SeverityLegend(self.symptoms_box)
            grid.addWidget(self.severity_legend, row, scale_column)
            row += 1
        # The names wrap in a column of their own, as wide as the window leaves them.
        # The column is never narrower than the longest word of a name, which cannot wrap.
        # Only the rated symptoms' names are in it (an event's tick box spans the row): a long
        # word of an event's name ("(ictericia)") widened it for nothing, leaving less room
        # for the month beside the form.
        bold = QFontMetrics(scaled_font(self.font(), 1.0, bold=True))
        longest_word = max(
            (
                bold.horizontalAdvance(word)
                for symptom in self._symptoms
                if symptom.kind is SymptomKind.RATED
                for word in symptom.label.split()
            ),
            default=0,
        )
        names_width = max(self.fontMetrics().averageCharWidth() * 10, longest_word + 4)
        for symptom in self._symptoms:
            if symptom.kind is SymptomKind.RATED:
                title = QLabel(symptom.label, self.symptoms_box)
                title.setObjectName(f"title_{symptom.key}")
                title.setWordWrap(True)
                title.setMinimumWidth(names_width)
                title.setFont(scaled_font(self.font(), 1.0, bold=True))
                scale = SeverityControl(symptom.label, self.symptoms_box, compact=True)
                scale.setObjectName(f"severity_{symptom.key}")
                title.setBuddy(scale)
                scale.value_changed.connect(self._on_edited)
                error = ErrorLabel(scale, self.symptoms_box)
                self._errors[f"severity:{symptom.key}"] = error
                self._scales[symptom.key] = scale
                if names_above:
                    grid.addWidget(title, row, 0)
                    row += 1
                else:
                    grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(scale, row, scale_column)
                grid.addWidget(error, row + 1, 0, 1, 2)
                row += 2
            else:
                box = QCheckBox(
                    self.tr("{label} — happened today").format(label=symptom.label),
                    self.symptoms_box,
                )
                box.setObjectName(f"event_{symptom.key}")
                box.setFont(scaled_font(self.font(), 1.0))
                size = self.fontMetrics().height() + 6
                box.setStyleSheet(f"QCheckBox::indicator {{ width: {size}px; height: {size}px; }}")
                box.toggled.connect(self._on_event_toggled)
                self._event_boxes[symptom.key] = box
                # Only the box and its words react to a click, so keep it no wider than them.
                grid.addWidget(box, row, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
                row += 1
        self._order_tab_stops()

    def _order_tab_stops(self) -> None:
        """Tab goes down the page as it reads: the day, the quick starts, each symptom, the day's
        entries (each one's Edit and Remove, then "Log again at a time…"), weight,
        temperature, the note, the banner, Save, then the month beside. (The symptoms are
        made after the rest, so Qt's own order would reach them only after Save, and digits
        meant for a scale would land in the weight and note fields.)"""
        symptoms: list[QWidget] = []
        for symptom in self._symptoms:
            widget = self._scales.get(symptom.key) or self._event_boxes.get(symptom.key)
            if widget is not None:
                symptoms.append(widget)
        chain: list[QWidget] = [
            self.previous_button,
            self.next_button,
            self.pick_button,
            self.today_button,
            *self.doses_panel.tab_stops(),
            self.no_symptoms_button,
            self.same_as_yesterday_button,
            self.choose_button,
            *symptoms,
            *self.day_entries.focus_chain(),
            self.weight_edit,
            self.temperature_edit,
            self.note_edit,
            self.flag_banner.see_why_button,
            self.save_button,
            self.month_overview,
        ]
        # Ordered again only when the widgets in it changed: a day change that keeps the rows
        # (the usual case) would otherwise make some eighty setTabOrder calls for nothing.
        if len(chain) == len(self._tab_chain) and all(
            new is old for new, old in zip(chain, self._tab_chain, strict=True)
        ):
            return
        self._tab_chain = chain
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- public interface ----------------------------------------------------------------------

    def current_day(self) -> dt.date:
        return self._day

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def unsaved(self) -> UnsavedDay | None:
        """What was typed and not saved yet, or None."""
        if not self._dirty or self._baseline is None:
            return None
        return UnsavedDay(
            self._day, self._form_state(), self._baseline, frozenset(self._stated_events)
        )

    def take_unsaved(self, unsaved: UnsavedDay) -> None:
        """Show ``unsaved.day`` with what was typed on it, still unsaved (this view is new)."""
        if unsaved.day != self._day and unsaved.day <= self._today():
            self._day = unsaved.day
            self._load_day()
            self.day_changed.emit(unsaved.day)
        self._restore_unsaved(unsaved.typed, unsaved.shown, set(unsaved.stated))

    def show_day(self, day: dt.date) -> bool:
        """Show ``day``, asking first if unsaved; False for a future day or when she cancels."""
        if day > self._today():
            self.day_error.show_problem(
                self.tr("That day is in the future. You can open today or any past day.")
            )
            self.month_overview.set_selected_day(self._day)
            return False
        if day == self._day:
            self.day_error.clear_problem()
            return True
        if not self.confirm_leave():
            self.month_overview.set_selected_day(self._day)
            return False
        self._day = day
        self._load_day()
        self.status_label.clear()
        self.day_changed.emit(day)
        return True

    def confirm_leave(self, keep_unsaved: bool = False) -> bool:
        """True when it is fine to go on: nothing unsaved, saved, or not saved on purpose.

        Leaving the day drops what was not saved; ``keep_unsaved`` (for a look at the record
        that stays on this day, such as the clinic summary) leaves it in the form instead.
        """
        if not self._dirty:
            return True
        answer = self._ask_unsaved()
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            if not keep_unsaved:
                self._load_day()
            return True
        return False

    @Slot()
    def _save_requested(self) -> None:
        self.save()

    def save(self) -> bool:
        """Check the form and save it; False (with messages by the fields) if anything is wrong.

        When the day changed on disk since it was shown, the person chooses: save what is in
        the form anyway, look at what is saved now (the form's changes are let go), or go back.
        """
        self._clear_problems()
        log, cleared, problems = self._collect()
        # Every field's problem at once: a typing mistake in one must not hide another's.
        mistyped = {problem.field for problem in problems}
        problems += [
            problem
            for problem in validate_day_log(log, self._today())
            if problem.field not in mistyped
        ]
        expected = self._loaded.version
        while not problems:
            try:
                self._saving = True  # the day is loaded again after, with its banner
                self._runner.call(
                    partial(
                        self._record.daylog.save_day,
                        log,
                        cleared=cleared,
                        today=self._today(),
                        expected_version=expected,
                        now=self._now(),
                    ),
                    RecordChanges.of_days({log.day}, measurements=True),
                    expected=(DayLogInvalid, DayChangedElsewhere, RecordUnavailable),
                )
                break
            except ChangeFailed:
                self.status_label.setText(self.tr("Nothing was saved yet."))
                return False
            except DayLogInvalid as invalid:
                problems = invalid.problems
            except DayChangedElsewhere as changed:
                answer = self.ask_day_changed(changed.message)
                if answer == SAVE:
                    expected = None  # the person chose her own values over the ones on disk
                    continue
                if answer == DISCARD:
                    self._load_day()
                    self.status_label.setText(
                        self.tr("Showing what is saved for this day now. Nothing was changed.")
                    )
                else:
                    self.status_label.setText(self.tr("Nothing was saved yet."))
                return False
            except RecordUnavailable as unavailable:
                self.status_label.setText(unavailable.message)
                return False
            finally:
                self._saving = False
        if problems:
            self._show_problems(problems)
            self.status_label.setText(nothing_saved(len({problem.field for problem in problems})))
            return False
        self._load_day()
        self.status_label.setText(
            self.tr("Saved at {time}. Thank you.").format(time=time_of_day(dt.datetime.now()))
        )
        self.day_saved.emit(log.day)
        return True

    @Slot(object)
    def record_changed(self, changes: RecordChanges) -> None:
        """Bring the page up to date: units and symptom list, the month, the flag banner."""
        if changes.touches("doses", "treatments"):
            self.doses_panel.refresh()
        if changes.touches("person", "symptoms"):
            self.reload()  # reloads the day, its banner and keeps what was typed
            self.month_overview.refresh()
            return
        if changes.entries:
            self.month_overview.refresh()
        elif changes.flags:
            self.month_overview.refresh_flags()  # "discussed", settings, treatments ...
        if (changes.flags or changes.care_team) and not self._saving:
            self.refresh_flag_banner()  # (a save of this page loads the day, banner and all)

    def reload(self) -> None:
        """Re-read the symptoms shown on Today and the units, keeping anything not yet saved."""
        unsaved = self._form_state() if self._dirty else None
        stated = set(self._stated_events)
        person = self._record.person.get()
        self._weight_unit = person.weight_unit if person else WeightUnit.KG
        self._temperature_unit = person.temperature_unit if person else TemperatureUnit.CELSIUS
        self.weight_label.setText(
            self.tr("&Weight ({unit})").format(unit=weight_unit_label(self._weight_unit))
        )
        self.temperature_label.setText(
            self.tr("&Temperature ({unit})").format(
                unit=temperature_unit_label(self._temperature_unit)
            )
        )
        self._symptoms = self._record.symptoms.on_today()
        self._rebuild_symptoms()
        self._fit_month_beside(self.width())
        self._load_day()
        if unsaved is not None and self._baseline is not None:
            self._restore_unsaved(unsaved, self._baseline, stated)

    # -- loading and filling -------------------------------------------------------------------

    def _load_day(self) -> None:
        """Fill the form from what is saved for the day; the form is clean afterwards."""
        self._loaded = self._record.daylog.load_day(self._day)
        self._stated_events = set(self._loaded.events)
        self._clear_problems()
        self._filling = True
        try:
            for key, scale in self._scales.items():
                scale.set_value(self._loaded.severities.get(key))
            for key, box in self._event_boxes.items():
                box.setChecked(self._loaded.events.get(key, False))
            self.weight_edit.setText(number_text(self._loaded.weight))
            self.temperature_edit.setText(number_text(self._loaded.temperature))
            if self.note_edit.toPlainText() != self._loaded.note:
                self.note_edit.setPlainText(self._loaded.note)
        finally:
            self._filling = False
        self._baseline = self._form_state()
        self._show_date()
        self._set_dirty(False)
        self.day_entries.show_day(self._day, self._symptoms)
        self._order_tab_stops()  # the entries' buttons were made again
        self.refresh_flag_banner()

    @Slot(object)
    def _entries_changed(self, _day: dt.date) -> None:
        """An entry changed below the form: read the day again (its scales and its version, so
        the next save is not taken for a save over a change made elsewhere), keeping what was
        typed in the form and not saved."""
        typed = self._form_state() if self._dirty else None
        shown, stated = self._baseline, set(self._stated_events)
        self._load_day()
        if typed is not None and shown is not None:
            self._restore_unsaved(typed, shown, stated)

    def refresh_flag_banner(self) -> None:
        """Show the banner when the saved entries of the shown day raised open flags.

        Called when a day is loaded (shown, saved, discarded) and when flags change elsewhere;
        evaluating reads the whole record, so it never runs on a keystroke.
        """
        flags = self._record.flags.flags_on(self._day)
        prompt = any(flag.level is FlagLevel.PROMPTLY for flag in flags)
        urgent = self._record.care_team.urgent() if prompt else ()
        self.flag_banner.set_flags(flags, urgent)

    def _restore_unsaved(self, unsaved: FormState, old: FormState, stated: set[str]) -> None:
        """Put back what the person had typed but not saved, after the form was rebuilt."""
        self._filling = True
        try:
            # Only what was typed: a scale left alone shows what is saved now.
            old_severities, old_events = dict(old.severities), dict(old.events)
            for key, value in unsaved.severities:
                if key in self._scales and old_severities.get(key, value) != value:
                    self._scales[key].set_value(value)
            for key, checked in unsaved.events:
                if key in self._event_boxes and old_events.get(key, checked) != checked:
                    self._event_boxes[key].setChecked(checked)
            self._stated_events |= stated & self._event_boxes.keys()
            if unsaved.weight_text != old.weight_text:
                self.weight_edit.setText(unsaved.weight_text)
            if unsaved.temperature_text != old.temperature_text:
                self.temperature_edit.setText(unsaved.temperature_text)
            if unsaved.note != self.note_edit.toPlainText():
                self.note_edit.setPlainText(unsaved.note)
        finally:
            self._filling = False
        self._update_dirty()

    def _show_date(self) -> None:
        today = self._today()
        when = weekday_day(self._day)
        self.date_heading.setText(when)
        if self._day == today:
            self.today_label.setText(self.tr("Today"))
        elif self._day == today - dt.timedelta(days=1):
            self.today_label.setText(self.tr("Yesterday"))
        else:
            self.today_label.setText(self.tr("A past day"))
        self.next_button.setEnabled(self._day < today)
        self.today_button.setVisible(self._day != today)
        self.month_overview.set_selected_day(self._day)

    def _form_state(self) -> FormState:
        return FormState(
            severities=tuple((key, scale.value()) for key, scale in self._scales.items()),
            events=tuple((key, box.isChecked()) for key, box in self._event_boxes.items()),
            weight_text=self.weight_edit.text().strip(),
            temperature_text=self.temperature_edit.text().strip(),
            note=self.note_edit.toPlainText(),
        )

    # -- one-click starts ----------------------------------------------------------------------

    @Slot()
    def fill_no_symptoms(self) -> None:
        """Every symptom shown to 0 and every event to no; the person still saves."""
        start = self._record.daylog.no_symptoms(self._day, [s.key for s in self._symptoms])
        self._fill_symptoms(start.severities, start.events)
        self.status_label.setText(
            self.tr("All symptoms are set to none. Change anything that is not right, then save.")
        )

    @Slot()
    def fill_same_as_yesterday(self) -> None:
        """Copy the day before's symptom values into the form; the person still saves."""
        yesterday = self._day - dt.timedelta(days=1)
        previous = self._record.daylog.load_day(yesterday)
        severities = {k: v for k, v in previous.severities.items() if k in self._scales}
        events = {k: v for k, v in previous.events.items() if k in self._event_boxes}
        if not severities and not events:
            self.status_label.setText(
                self.tr(
                    "No symptoms were logged on {day}, so there is nothing to copy. "
                    "You can fill in this day below."
                ).format(day=weekday_day(yesterday))
            )
            return
        self._fill_symptoms(severities, events)
        self.status_label.setText(
            self.tr("Copied from {day}. Check the values, then save.").format(
                day=weekday_day(yesterday)
            )
        )

    def _fill_symptoms(self, severities: dict[str, int], events: dict[str, bool]) -> None:
        self._filling = True
        try:
            for key, value in severities.items():
                if key in self._scales:
                    self._scales[key].set_value(value)
            for key, happened in events.items():
                if key in self._event_boxes:
                    self._event_boxes[key].setChecked(happened)
                    self._stated_events.add(key)
        finally:
            self._filling = False
        for key in severities:
            self._errors.get(f"severity:{key}", self.day_error).clear_problem()
        self._update_dirty()

    # -- collecting and problems ---------------------------------------------------------------

    def _collect(self) -> tuple[DayLog, set[str], list[FieldProblem]]:
        """The log the form describes, what the person cleared, and any typing problems."""
        problems: list[FieldProblem] = []
        numbers: dict[str, float | None] = {}
        for key, edit in (("weight", self.weight_edit), ("temperature", self.temperature_edit)):
            try:
                numbers[key] = parse_number(edit.text())
            except ValueError as error:
                problems.append(FieldProblem(key, str(error)))
                numbers[key] = None
        severities = {
            key: value
            for key, scale in self._scales.items()
            if (value := scale.value()) is not None
        }
        events = {
            key: box.isChecked()
            for key, box in self._event_boxes.items()
            if box.isChecked() or key in self._stated_events
        }
        cleared = {
            key
            for key, scale in self._scales.items()
            if scale.value() is None and key in self._loaded.severities
        }
        # An emptied field removes the saved value; a field with a typing problem changes nothing.
        if numbers["weight"] is None and self._loaded.weight is not None:
            cleared.add("weight")
        if numbers["temperature"] is None and self._loaded.temperature is not None:
            cleared.add("temperature")
        log = DayLog(
            day=self._day,
            severities=severities,
            events=events,
            weight=numbers["weight"],
            weight_unit=self._weight_unit,
            temperature=numbers["temperature"],
            temperature_unit=self._temperature_unit,
            note=self.note_edit.toPlainText(),
        )
        return log, cleared, problems

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        first_field: QWidget | None = None
        fields: dict[str, QWidget] = {
            "weight": self.weight_edit,
            "temperature": self.temperature_edit,
            "note": self.note_edit,
            **{f"severity:{key}": scale for key, scale in self._scales.items()},
            **{f"event:{key}": box for key, box in self._event_boxes.items()},
        }
        first_label: QWidget | None = None
        for problem in problems:
            label = self._errors.get(problem.field, self.day_error)
            label.show_problem(problem.message)
            if first_field is None:
                first_field = fields.get(problem.field)
                first_label = label
        if first_field is not None:
            first_field.setFocus(Qt.FocusReason.OtherFocusReason)
            # The message under the field in view as well as the field: the status line asks
            # her to read it. (Laid out first, so that the message has its place.)
            lay_out_now()
            if first_label is not None:
                self._scroll.ensureWidgetVisible(first_label)
            self._scroll.ensureWidgetVisible(first_field)

    def _clear_problems(self) -> None:
        for label in self._errors.values():
            label.clear_problem()

    # -- reacting to edits ---------------------------------------------------------------------

    @Slot()
    def _on_edited(self) -> None:
        if self._filling:
            return
        # The confirmation stays until the next edit, then makes way.
        self.status_label.clear()
        sender = self.sender()
        for key, label in self._errors.items():
            if key != "day" and label.field is sender:
                label.clear_problem()
        self._update_dirty()

    @Slot(bool)
    def _on_event_toggled(self, _checked: bool) -> None:
        if self._filling:
            return
        for key, box in self._event_boxes.items():
            if box is self.sender():
                self._stated_events.add(key)
        self._on_edited()

    def _update_dirty(self) -> None:
        self._set_dirty(self._baseline is not None and self._form_state() != self._baseline)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.unsaved_changed.emit(dirty)

    # -- navigation ----------------------------------------------------------------------------

    @Slot()
    def _go_previous(self) -> None:
        self.show_day(self._day - dt.timedelta(days=1))

    @Slot()
    def _go_next(self) -> None:
        self.show_day(self._day + dt.timedelta(days=1))

    @Slot()
    def _go_today(self) -> None:
        self.show_day(self._today())

    @Slot(object)
    def _on_overview_day_chosen(self, day: dt.date) -> None:
        self.show_day(day)

    @Slot()
    def _open_pick_day(self) -> None:
        dialog = PickDayDialog(self._record, self._day, self, today=self._today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.show_day(dialog.chosen_day()))
        dialog.open()

    @Slot()
    def _open_chooser(self) -> None:
        chooser = SymptomChooser(self._record, self)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.open()

    def ask_day_changed(self, message: str) -> str:
        """The day changed elsewhere: SAVE (the form's values win), DISCARD (show what is saved
        now) or CANCEL (go back to the form)."""
        return self._ask_three_ways(
            QMessageBox.Icon.Warning,
            self.tr("This day was changed elsewhere"),
            message,
            self.tr(
                "You can save what you typed here instead, or look at what is saved now "
                "(what you typed here is then let go)."
            ),
            (self.tr("Save mine instead"), self.tr("Show what is saved now")),
            default=CANCEL,  # Enter must not drop what was typed
        )

    def _ask_unsaved(self) -> str:
        """Ask what to do with unsaved changes: SAVE, DISCARD or CANCEL."""
        return self._ask_three_ways(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("You have changes to this day that are not saved yet."),
            self.tr("Would you like to save them before moving on?"),
            (self.tr("Save"), self.tr("Don't save")),
            default=SAVE,
        )

    def _ask_three_ways(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        detail: str,
        words: tuple[str, str],
        default: str,
    ) -> str:
        """A question answered SAVE, DISCARD (``words`` name these two) or CANCEL ("Go back")."""
        box = QMessageBox(self)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(detail)
        save = box.addButton(words[0], QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(words[1], QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton({SAVE: save, DISCARD: discard}.get(default, back))
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return SAVE
        if clicked is discard:
            return DISCARD
        return CANCEL
