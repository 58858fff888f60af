"""The "Choose symptoms…" dialog: which symptoms appear on Today, in what order, and her own.

Every tracked symptom is listed with a check box for "show on Today"; Move up and Move down set
the order. A person can add a symptom in her own words, rated 0-10 or as something that happens
or not; a name that cannot be used gets a message right under the field. Nothing about Today
changes until she presses OK; an own symptom added and then cancelled stays tracked but hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.records import SymptomKind, TrackedSymptom
from mbc_tracker.gui import theme
from mbc_tracker.gui.labels import symptom_kind_label
from mbc_tracker.gui.runner import ChangeFailed, runner_for
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.symptoms import SymptomNameInvalid

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

KEY_ROLE = Qt.ItemDataRole.UserRole


class SymptomChooser(QDialog):
    """The dialog; OK writes the choice with ``record.symptoms.set_today``.

    Signals: symptoms_changed()  # after OK saved a new choice or order for Today
             symptom_added(object)  # TrackedSymptom, after an own symptom was added
    """

    symptoms_changed = Signal()
    symptom_added = Signal(object)

    def __init__(self, record: CareRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record = record
        self.setWindowTitle(self.tr("Choose symptoms for Today"))
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "Tick the symptoms you want to log each day. Use Move up and Move down to set "
                "their order. Symptoms you untick keep their history; they are only hidden."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        lists = QHBoxLayout()
        self.symptom_list = QListWidget(self)
        self.symptom_list.setAccessibleName(self.tr("Tracked symptoms"))
        self.symptom_list.setMinimumHeight(self.fontMetrics().height() * 6)
        lists.addWidget(self.symptom_list, 1)
        moves = QVBoxLayout()
        self.move_up_button = QPushButton(self.tr("Move &up"), self)
        self.move_down_button = QPushButton(self.tr("Move &down"), self)
        self.move_up_button.clicked.connect(self.move_up)
        self.move_down_button.clicked.connect(self.move_down)
        moves.addWidget(self.move_up_button)
        moves.addWidget(self.move_down_button)
        moves.addStretch(1)
        lists.addLayout(moves)
        layout.addLayout(lists)

        own = QGroupBox(self.tr("Add my own symptom"), self)
        own_layout = QVBoxLayout(own)
        name_label = QLabel(self.tr("&Name of the symptom"), own)
        self.name_edit = QLineEdit(own)
        self.name_edit.setPlaceholderText(self.tr("For example: tingling fingers"))
        name_label.setBuddy(self.name_edit)
        self.name_error = QLabel(own)
        self.name_error.setStyleSheet(theme.error_style(self))
        self.name_error.setWordWrap(True)
        self.name_error.hide()
        self.rated_choice = QRadioButton(symptom_kind_label(SymptomKind.RATED), own)
        self.event_choice = QRadioButton(symptom_kind_label(SymptomKind.EVENT), own)
        self.rated_choice.setChecked(True)
        kinds = QButtonGroup(own)
        kinds.addButton(self.rated_choice)
        kinds.addButton(self.event_choice)
        self.add_button = QPushButton(self.tr("&Add to the list"), own)
        self.add_button.clicked.connect(self.add_own_symptom)
        self.name_edit.installEventFilter(self)
        self.name_edit.textEdited.connect(self._hide_name_error)
        for widget in (
            name_label,
            self.name_edit,
            self.name_error,
            self.rated_choice,
            self.event_choice,
            self.add_button,
        ):
            own_layout.addWidget(widget)
        layout.addWidget(own)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save my choice"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        for symptom in record.symptoms.all():
            self._add_item(symptom)
        if self.symptom_list.count():
            self.symptom_list.setCurrentRow(0)
        self._fit_size()

    def _fit_size(self) -> None:
        """Wide enough for the longest name, and never shorter than all it holds: with its
        wrapped opening lines the dialog's first size came out too short, and the box below
        was drawn over the list. The list takes what height the screen leaves."""
        names = [self.symptom_list.item(row).text() for row in range(self.symptom_list.count())]
        longest = max((self.fontMetrics().horizontalAdvance(name) for name in names), default=0)
        layout = self.layout()
        assert layout is not None
        width = max(self.sizeHint().width(), longest + 260)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width = min(width, screen.width() - 40)
        least = layout.totalHeightForWidth(width)
        self.setMinimumSize(width // 2, least)
        wished = least + self.fontMetrics().height() * 8  # a list about twice as tall
        if screen is not None:
            wished = max(least, min(wished, screen.height() - 80))
        self.resize(width, wished)

    # -- the list ------------------------------------------------------------------------------

    def _add_item(self, symptom: TrackedSymptom) -> QListWidgetItem:
        text = symptom.label
        if symptom.kind is SymptomKind.EVENT:
            text = self.tr("{label} (happened or not)").format(label=symptom.label)
        item = QListWidgetItem(text, self.symptom_list)
        item.setData(KEY_ROLE, symptom.key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if symptom.on_today else Qt.CheckState.Unchecked)
        return item

    def chosen_keys(self) -> list[str]:
        """The ticked symptoms, top to bottom."""
        items = (self.symptom_list.item(row) for row in range(self.symptom_list.count()))
        return [item.data(KEY_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def keys_in_order(self) -> list[str]:
        return [
            self.symptom_list.item(row).data(KEY_ROLE) for row in range(self.symptom_list.count())
        ]

    @Slot()
    def move_up(self) -> None:
        self._move(-1)

    @Slot()
    def move_down(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        row = self.symptom_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.symptom_list.count():
            return
        item = self.symptom_list.takeItem(row)
        self.symptom_list.insertItem(target, item)
        self.symptom_list.setCurrentRow(target)

    # -- own symptoms --------------------------------------------------------------------------

    @Slot()
    def add_own_symptom(self) -> None:
        kind = SymptomKind.EVENT if self.event_choice.isChecked() else SymptomKind.RATED
        try:
            # Hidden until OK: Cancel must leave Today as it was.
            name = self.name_edit.text()
            symptom = runner_for(self._record).call(
                lambda: self._record.symptoms.add_own(name, kind, on_today=False),
                RecordChanges(symptoms=True),
                expected=(SymptomNameInvalid,),
            )
        except ChangeFailed:
            return
        except SymptomNameInvalid as problem:
            self.name_error.setText(str(problem))
            self.name_error.show()
            self.name_edit.setAccessibleDescription(str(problem))
            self.name_edit.setFocus()
            return
        self._hide_name_error()
        self.name_edit.clear()
        item = self._add_item(symptom)
        item.setCheckState(Qt.CheckState.Checked)
        # Put it right after the ticked ones, where it will appear on Today.
        self.symptom_list.takeItem(self.symptom_list.row(item))
        self.symptom_list.insertItem(len(self.chosen_keys()), item)
        self.symptom_list.setCurrentItem(item)
        self.symptom_added.emit(symptom)

    @Slot()
    def _hide_name_error(self) -> None:
        self.name_error.hide()
        self.name_edit.setAccessibleDescription("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the name field means "add this one"; the dialog must not also take it as OK.
        if (
            watched is self.name_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_own_symptom()
            return True
        return super().eventFilter(watched, event)

    # -- OK ------------------------------------------------------------------------------------

    def accept(self) -> None:
        keys = self.chosen_keys()
        outcome = runner_for(self._record).run(
            lambda: self._record.symptoms.set_today(keys), RecordChanges(symptoms=True)
        )
        if not outcome.ok:
            return
        self.symptoms_changed.emit()
        super().accept()
