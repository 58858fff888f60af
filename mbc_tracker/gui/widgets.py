"""Small widgets and helpers every screen shares: messages under fields, optional dates, fonts.

Kept in one place so each screen says things the same way: a problem appears right under the
field it concerns (and is read out by screen readers when the field gets focus), a date that may
be unknown shows a word such as "Not given" instead of a made-up date, and headings grow with
the application's font.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPointF,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QFont, QMouseEvent, QPalette, QResizeEvent, QTextCharFormat, QValidator
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCalendarWidget,
    QDateEdit,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from mbc_tracker.gui import theme

# The "no date" value of an OptionalDateEdit: its minimum, shown as the special text.
NO_DATE = QDate(1900, 1, 1)
DATE_SEPARATORS = "-/."


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def scaled_font(font: QFont, factor: float, bold: bool = True) -> QFont:
    bigger = QFont(font)
    if bigger.pointSizeF() > 0:
        bigger.setPointSizeF(bigger.pointSizeF() * factor)
    bigger.setBold(bold)
    return bigger


# Deeper than any page's nesting of layouts (Today's scales sit about ten levels down).
LAYOUT_LEVELS = 16


def lay_out_now() -> None:
    """Finish, at once, the layout that the changes just made have asked for.

    Qt climbs a window's layouts one level per turn of the event loop (a label that grew asks its
    layout, which asks its parent's on the next turn ...) and paints the window after each turn.
    After a change that touches many widgets at once, such as a day loaded on Today with its flag
    banner appearing, the climb done here in one go means the window is painted once, not once
    per level. Cheap when nothing is pending.
    """
    for _ in range(LAYOUT_LEVELS):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def lay_out_hidden(widget: QWidget) -> None:
    """Lay out a hidden ``widget`` and everything inside it at its present size, as showing it
    would: a hidden widget is not told of its size, so the layouts within keep their old one.
    (Parents come before their children in ``findChildren``, so each is placed before it
    places its own.)"""
    for each in (widget, *widget.findChildren(QWidget)):
        layout = each.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()


class ReflowBox(QWidget):
    """Widgets side by side while they fit, one under the other when they do not.

    A row made for text at 100% no longer fits a 1024-pixel window at 150% or 200%: a page
    would scroll sideways or cut off its right-hand end (a flag's "Contact your care team
    promptly", Profile's "Where it has spread"). This box turns into a column instead. Its
    minimum width is that of its widest item, so the page around it can narrow; its width then
    decides, each time it changes, whether the items still fit in a row (the column's width
    does not depend on the direction, so the choice cannot swing back and forth).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(spacing)

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        """Add ``widget``; ``stretch`` shares the spare width in a row (and height in a column)."""
        widget.setParent(self)
        self._layout.addWidget(widget, stretch)

    @property
    def box_layout(self) -> QBoxLayout:
        """The layout inside, for moving widgets in and out of it."""
        return self._layout

    @property
    def is_row(self) -> bool:
        return self._layout.direction() is QBoxLayout.Direction.LeftToRight

    def row_width(self) -> int:
        """The least width at which every item has its preferred width beside the others (a
        label that wraps would otherwise be squeezed to a word per line rather than move)."""
        widths = [
            self._layout.itemAt(index).sizeHint().width() for index in range(self._layout.count())
        ]
        margins = self._layout.contentsMargins()
        spacing = self._layout.spacing() * max(len(widths) - 1, 0)
        return sum(widths) + spacing + margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self._layout.contentsMargins()
        widest = max(
            (
                self._layout.itemAt(index).minimumSize().width()
                for index in range(self._layout.count())
            ),
            default=0,
        )
        return QSize(widest + margins.left() + margins.right(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reflow(event.size().width())

    def reflow(self, width: int) -> None:
        """Lay the items out in a row if ``width`` holds them all, else in a column."""
        direction = (
            QBoxLayout.Direction.LeftToRight
            if width >= self.row_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() is not direction:
            self._layout.setDirection(direction)
            self._layout.activate()  # now, so no frame is drawn in the old arrangement
            self.updateGeometry()


class ErrorLabel(QLabel):
    """A message shown right under a field; hidden while there is nothing to say."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.setStyleSheet(theme.error_style(self))
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    @property
    def field(self) -> QWidget:
        return self._field

    def show_problem(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message)
        # Screen readers read the description when the field gets focus.
        self._field.setAccessibleDescription(message)
        self.show()

    def clear_problem(self) -> None:
        if self.isHidden():
            return
        self.clear()
        self.setAccessibleName("")
        self._field.setAccessibleDescription("")
        self.hide()


class ReadableCalendar(QCalendarWidget):
    """A month calendar whose every day reads in every look: the days of the months either side
    in ``theme.other_month_text`` (Qt draws them in the disabled text colour, 1.8:1 on a light
    window and faint on high contrast), and weekends in the text colour rather than Qt's red
    (in an app that flags symptoms red dates read as a warning, and dark red is hard to read on
    a dark window). Both follow the look when it changes. Today's month overview and the date
    fields' pop-ups use it.

    Signals: inherited from QCalendarWidget only.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._follow_palette()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # Once the new look has reached every widget inside (the grid of days hears of it
            # after the calendar, and would keep the old colour).
            QTimer.singleShot(0, self, self._follow_palette)

    def _follow_palette(self) -> None:
        palette = self.palette()
        other = theme.other_month_text(palette)
        # Qt paints a day of another month in the disabled text colour of the grid's palette
        # (a calendar is rarely disabled as a whole, and then its days read as well). The grid
        # does not take it from the calendar under the app's style sheet: both are given it.
        days = self.findChild(QWidget, "qt_calendar_calendarview")
        for widget in (self, days):
            if widget is None:
                continue
            own = widget.palette()
            if own.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) != other:
                own.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, other)
                widget.setPalette(own)
        text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        if self.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color() != text:
            weekend = QTextCharFormat()
            weekend.setForeground(text)
            for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
                self.setWeekdayTextFormat(day, weekend)


def long_date_format() -> str:
    """The Qt display format of a date field ("3 November 2026"), in the person's language."""
    return QCoreApplication.translate(
        "widgets",
        "d MMMM yyyy",
        "Qt date format of a date field: d day, MMMM month name, yyyy year; quote other words",
    )


def use_readable_calendar(edit: QDateEdit) -> None:
    """Give a date field's calendar pop-up a ``ReadableCalendar``."""
    edit.setCalendarPopup(True)
    edit.setCalendarWidget(ReadableCalendar(edit))


class OptionalDateEdit(QDateEdit):
    """A date field that may be left empty ("Not given", "Ongoing" ...), usable by keyboard.

    ``date_value()`` is None while the special text shows. Pressing Delete or Backspace with the
    whole field selected empties it. Tab and Shift+Tab always move on to the next or previous
    field (a plain QDateEdit keeps Tab for its day, month and year, which traps a keyboard user
    there and sends digits meant for the next field into the date); within the field the Left
    and Right arrow keys move between day, month and year, and Up and Down change them. F4,
    Alt+Down and Alt+Up open the calendar, as in a drop-down list. A digit typed while the field
    is empty (or over the whole date) is taken as typed and read when the field is left or Enter
    is pressed: a day alone (this month's), ISO (2024-05-14) or the computer's short form
    (14/05/2024 or 5/14/2024, as the locale writes it; two-digit years in the century that is not
    in the future); what cannot be read leaves the field as it was. The calendar
    pop-up of an empty field opens on ``today`` rather than on the empty value's year 1900, or
    ``years_back`` years before it (about 60 for a date of birth).

    Signals: inherited from QDateEdit only.
    """

    def __init__(
        self,
        empty_text: str,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        years_back: int = 0,
    ) -> None:
        super().__init__(parent)
        self._years_back = years_back  # where the empty field's calendar opens, before today
        self._free = False  # taking a whole date as typed, rather than day, month and year
        self._free_text = ""  # what was typed, while ``_free``
        self._before = NO_DATE  # the date before typing began over it
        self._today = today
        use_readable_calendar(self)
        self.setDisplayFormat(long_date_format())
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(empty_text)
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)
        self.editingFinished.connect(self._stop_typing)
        self.lineEdit().textEdited.connect(self._edited)

    def date_value(self) -> dt.date | None:
        shown = self.date()
        return None if shown == NO_DATE else from_qdate(shown)

    def set_date_value(self, value: dt.date | None) -> None:
        self.setDate(NO_DATE if value is None else to_qdate(value))

    def open_calendar(self) -> None:
        """Open the calendar pop-up, as a click on the field's arrow does (Qt has no call for
        it: the click is made here, on the arrow as the style draws it)."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        point = QPointF(arrow.center())
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            click = QMouseEvent(
                kind,
                point,
                self.mapToGlobal(point),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton
                if kind == QEvent.Type.MouseButtonPress
                else Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(self, click)

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def]  # Qt's signature
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (alt and key in (Qt.Key.Key_Down, Qt.Key.Key_Up)):
            self.open_calendar()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self._free = False
            self.setDate(NO_DATE)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, forward)
            return
        typed = event.text()
        starts_a_date = typed.isdigit() or (bool(typed) and typed in DATE_SEPARATORS)
        if not self._free and starts_a_date:
            line = self.lineEdit()
            if self.date_value() is None or line.selectedText() == line.text():
                # Typing into an empty field, or over the whole date: the text is taken as typed
                # and read when the field is left (a day alone, ISO, the locale's short form).
                # Over a date, the field is emptied first (Qt takes typing over its empty text
                # as plain text); what cannot be read puts the date back.
                self._before = self.date()
                if self.date_value() is not None:
                    self.setDate(NO_DATE)
                self._free = True
                self.lineEdit().selectAll()
        if self._free and typed == " ":  # Qt's date field would take a space as "next part"
            self.lineEdit().insert(typed)
            self._free_text = self.lineEdit().text()
            return
        super().keyPressEvent(event)

    # -- a whole date typed: ISO or the locale's short form ----------------------------------

    def _parsed(self, text: str) -> QDate | None:
        text = text.strip()
        if not text:
            return None
        if text.isdigit() and 1 <= int(text) <= 31:  # a day alone: of this month
            today = self._today or dt.date.today()
            day = QDate(today.year, today.month, int(text))
            return day if day.isValid() else None
        locale = QLocale()
        short = locale.dateFormat(QLocale.FormatType.ShortFormat)
        two_digit_years = short.replace("yyyy", "yy")
        four_digit_years = two_digit_years.replace("yy", "yyyy")
        for pattern in (self.displayFormat(), "yyyy-MM-dd", four_digit_years, two_digit_years):
            day = locale.toDate(text, pattern)
            if not day.isValid():
                day = QDate.fromString(text, pattern)
            if day.isValid():
                if "yyyy" not in pattern:  # two digits: the century that is not in the future
                    this_year = (self._today or dt.date.today()).year
                    if day.year() + 100 <= this_year:
                        day = day.addYears(100)
                return day
        return None

    def validate(self, text: str, position: int) -> object:  # Qt's signature
        if not self._free:
            return super().validate(text, position)
        # Never "acceptable" while typing: Qt would rewrite a text it can read at once (a "2"
        # typed for 2024 would become the 2nd). What was typed is read on leaving the field.
        if all(character.isalnum() or character in DATE_SEPARATORS + " ," for character in text):
            return QValidator.State.Intermediate, text, position
        return QValidator.State.Invalid, text, position

    @Slot(str)
    def _edited(self, text: str) -> None:
        if self._free:
            self._free_text = text

    @Slot()
    def _stop_typing(self) -> None:
        if self._free:
            day = self._parsed(self._free_text)
            self._free, self._free_text = False, ""
            if day is not None and self.minimumDate() <= day <= self.maximumDate():
                self.setDate(day)
            else:
                self.setDate(self._before)  # back to the date there was, in the field's form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.date_value() is None:
            today = self._today or dt.date.today()
            opens_at = today
            if self._years_back:  # a birth date: about this many years before today
                opens_at = dt.date(today.year - self._years_back, today.month, 1)
            # Blocked: choosing a day in the pop-up would otherwise set the field at once.
            with QSignalBlocker(calendar):
                calendar.setSelectedDate(to_qdate(opens_at))
            calendar.setCurrentPage(opens_at.year, opens_at.month)
        return super().eventFilter(watched, event)
