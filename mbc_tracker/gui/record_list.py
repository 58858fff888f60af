"""A list page for one kind of record (tests, treatments, appointments, contacts), shared by all.

``RecordListPage`` shows the entries in a sortable table with a filter box and the actions every
records screen has: add (Ctrl+N), edit (Enter or double-click), delete (Delete, after asking) and
undo of the last delete (Ctrl+Z), plus Ctrl+F for the filter. A screen gives it a
``RecordEditor`` (usually itself): load the entries, describe one in words, open the editor,
delete, and restore.
``RecordTableModel`` is a plain Qt table model over a list of domain objects, described by
``Column``s; ``RecordFilterProxy`` sorts by each column's sort key and filters on every column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.gui.widgets import ReflowBox, scaled_font
from mbc_tracker.services.changes import RecordChanges

if TYPE_CHECKING:
    from mbc_tracker.gui.runner import ChangeRunner

ITEM_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its title, the text shown for an entry, and optionally how it sorts."""

    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], str | int | float] | None = None
    tooltip: Callable[[Any], str] | None = None


class RecordTableModel(QAbstractTableModel):
    """A read-only table over a list of domain objects (edits go through the services).

    Signals: the standard QAbstractTableModel ones.
    """

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._items: list[Any] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[Any]:
        return list(self._items)

    def item(self, row: int) -> Any:
        return self._items[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  # Qt's default
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(item) if column.tooltip else column.text(item)
        if role == ITEM_ROLE:
            return item
        if role == SORT_ROLE:
            return column.sort_key(item) if column.sort_key else column.text(item).casefold()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by each column's sort key; the filter text matches any column, any case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class RecordEditor(Protocol):
    """What a records screen does with its own kind of entry."""

    def load_items(self) -> list[Any]:
        """Every entry, as domain objects, in the order to show before any sorting."""

    def describe(self, item: Any) -> str:
        """The entry in a few words, for "Delete …?" and "Deleted …" ("the test of 3 May")."""

    def edit_item(self, item: Any | None) -> Any | None:
        """Open the editor (``None``: a new entry); return the saved entry, None if cancelled."""

    def delete_item(self, item: Any) -> Any:
        """Delete ``item`` and return what ``restore_item`` needs to bring it back."""

    def restore_item(self, deleted: Any) -> Any:
        """Bring back a deleted entry; return it as stored now."""

    @property
    def record_changes(self) -> RecordChanges:
        """What adding, editing or deleting one of these entries changes in the record."""


class RecordListPage(QWidget):
    """A records screen: heading, actions, filter, sortable table, and a place for details.

    ``editor`` does the work for the screen's kind of entry (a subclass usually passes itself).
    A subclass may override ``item_selected`` to fill a detail pane added with ``add_detail``,
    and put a summary above the list in ``top_area``.

    Signals:
        items_changed(): something was added, edited, deleted or restored.
    """

    items_changed = Signal()

    def __init__(
        self,
        title: str,
        intro: str,
        columns: Sequence[Column],
        noun: str,
        editor: RecordEditor,
        runner: ChangeRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._runner = runner
        self._stale = False
        self._noun = noun
        self._last_deleted: tuple[Any, str] | None = None

        # The whole page scrolls down (never sideways) when large text makes it taller than the
        # window: at 150% in a 700-pixel window a summary above the list (Treatments' "Now
        # taking") was otherwise squeezed and its last line cut off. With room enough the page
        # fills the window as before, the list taking the height that is left.
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take it
        content = QWidget(self.page_scroll)
        self.page_scroll.setWidget(content)
        page_layout.addWidget(self.page_scroll)
        # Where a subclass adds to the page (below the list, above the status line).
        self.content_layout = layout = QVBoxLayout(content)
        heading = QLabel(title, self)
        heading.setFont(scaled_font(self.font(), 1.5))
        layout.addWidget(heading)
        if intro:
            intro_label = QLabel(intro, self)
            intro_label.setWordWrap(True)
            layout.addWidget(intro_label)
        self.top_area = QVBoxLayout()  # for a summary above the list (e.g. current treatments)
        layout.addLayout(self.top_area)

        # The buttons, and Find at the right; Find goes under them when large text leaves no
        # room (at 200% the row is wider than a 1024-pixel window).
        actions_row = ReflowBox(self)
        buttons_box = QWidget(actions_row)
        actions = QHBoxLayout(buttons_box)
        actions.setContentsMargins(0, 0, 0, 0)
        self.add_button = self._button(
            QCoreApplication.translate("RecordListPage", "&Add {noun}…").format(noun=noun), self.add
        )
        self.edit_button = self._button(
            QCoreApplication.translate("RecordListPage", "Edi&t…"), self.edit
        )
        self.delete_button = self._button(
            QCoreApplication.translate("RecordListPage", "De&lete…"), self.delete
        )
        self.undo_button = self._button(
            QCoreApplication.translate("RecordListPage", "&Undo delete"), self.undo_delete
        )
        self.add_button.setToolTip(QCoreApplication.translate("RecordListPage", "Add (Ctrl+N)"))
        self.edit_button.setToolTip(
            QCoreApplication.translate("RecordListPage", "Edit the selected entry (Enter)")
        )
        self.delete_button.setToolTip(
            QCoreApplication.translate("RecordListPage", "Delete the selected entry (Delete key)")
        )
        self.undo_button.setToolTip(
            QCoreApplication.translate(
                "RecordListPage", "Bring back the last deleted entry (Ctrl+Z)"
            )
        )
        for button in (self.add_button, self.edit_button, self.delete_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        find_box = QWidget(actions_row)
        find = QHBoxLayout(find_box)
        find.setContentsMargins(0, 0, 0, 0)
        filter_label = QLabel(QCoreApplication.translate("RecordListPage", "Fin&d:"), self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("RecordListPage", "Type to filter (Ctrl+F)")
        )
        self.filter_edit.setAccessibleName(
            QCoreApplication.translate("RecordListPage", "Filter the list")
        )
        self.filter_edit.setClearButtonEnabled(True)
        filter_label.setBuddy(self.filter_edit)
        find.addWidget(filter_label)
        find.addWidget(self.filter_edit)
        actions_row.add_widget(buttons_box, 1)
        actions_row.add_widget(find_box)
        layout.addWidget(actions_row)

        # The list and its detail pane share the width by a divider a person can drag: a long
        # place or a questions panel can take room from the other side when it needs it.
        body = self.body_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        body.setChildrenCollapsible(False)
        body.setHandleWidth(max(body.handleWidth(), 8))
        self.model = RecordTableModel(columns, self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        # Tab leaves the list (arrows move in it): Qt's default walks cell by cell and keeps a
        # keyboard user inside the table.
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(title)
        self.table.setSortingEnabled(True)
        # Start in the order the screen gives (no column sorted) until a heading is clicked;
        # Qt would otherwise sort by the first column, descending.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        body.addWidget(self.table)
        self.detail_widget = QWidget(body)
        self.detail_area = QVBoxLayout(self.detail_widget)
        self.detail_area.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.detail_widget)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        self.detail_widget.hide()  # until a page gives it something to show
        layout.addWidget(body, 1)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(QCoreApplication.translate("RecordListPage", "Status"))
        layout.addWidget(self.status_label)

        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self._shortcut(QKeySequence.StandardKey.New, self.add)
        self._shortcut(QKeySequence.StandardKey.Find, self._focus_filter)
        self._shortcut(QKeySequence.StandardKey.Undo, self.undo_delete)
        # Delete and Enter act on the table's current row; handled on the table itself so they
        # never fire while typing in the filter box.
        self.table.installEventFilter(self)
        self._update_buttons()

    # -- for subclasses -------------------------------------------------------------------------

    def item_selected(self, item: Any | None) -> None:
        """The current entry changed (``None``: nothing selected); fill a detail pane here."""

    def run_form(self, form: QDialog) -> bool:
        """Show an editor until it is saved (True) or cancelled; tests replace this."""
        return form.exec() == QDialog.DialogCode.Accepted

    def open_form(self, form: QDialog) -> Any | None:
        """Run ``form`` and return what it saved (None if cancelled); the dialog is then freed.

        A ``RecordForm`` saves through the record's change runner, so every page hears of it.
        """
        from mbc_tracker.gui.record_form import RecordForm

        if isinstance(form, RecordForm):
            form.save_through(self._runner, self._editor.record_changes)
        try:
            return getattr(form, "saved", None) if self.run_form(form) else None
        finally:
            form.deleteLater()

    def add_detail(self, widget: QWidget) -> None:
        self.detail_area.addWidget(widget)
        self.detail_widget.show()
        # Three fifths for the list, two for the pane, until the divider is dragged (the
        # splitter shares out any other width by these weights).
        self.body_splitter.setSizes([3000, 2000])

    # -- the shared behaviour ------------------------------------------------------------------

    @Slot(object)
    def record_changed(self, changes: RecordChanges) -> None:
        """Reload when ``changes`` touch these entries: now if shown, else when next shown."""
        if not changes.overlaps(self._editor.record_changes):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self, select: Any | None = None) -> None:
        """Reload the entries; keep (or move) the selection to ``select`` when given."""
        current = select if select is not None else self.selected_item()
        self.model.set_items(self._editor.load_items())
        self.table.resizeRowsToContents()
        if current is None or not self.select(current):
            # Something is always selected when there is something to show, so a detail pane
            # (a test's reading, an appointment's questions) is never blank without reason.
            first = self.proxy.index(0, 0)
            if first.isValid():
                self.table.setCurrentIndex(first)
                self.table.selectRow(0)
        self._update_buttons()
        self.item_selected(self.selected_item())

    def select(self, item: Any) -> bool:
        key = getattr(item, "id", None)
        for row in range(self.model.rowCount()):
            candidate = self.model.item(row)
            if candidate == item or (key is not None and getattr(candidate, "id", None) == key):
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.table.setCurrentIndex(index)
                    self.table.selectRow(index.row())
                    return True
        return False

    def selected_item(self) -> Any | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, ITEM_ROLE)

    def ask_confirm_delete(self, description: str) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("RecordListPage", "Delete?"),
            QCoreApplication.translate(
                "RecordListPage", "Delete {what}? You can bring it back with Undo (Ctrl+Z)."
            ).format(what=description),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def add(self) -> None:
        saved = self._editor.edit_item(None)
        if saved is not None:
            self._changed(
                saved,
                QCoreApplication.translate("RecordListPage", "Saved {what}.").format(
                    what=self._editor.describe(saved)
                ),
            )

    @Slot()
    def edit(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        saved = self._editor.edit_item(item)
        if saved is not None:
            self._changed(
                saved,
                QCoreApplication.translate("RecordListPage", "Saved {what}.").format(
                    what=self._editor.describe(saved)
                ),
            )

    @Slot()
    def delete(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        description = self._editor.describe(item)
        if not self.ask_confirm_delete(description):
            return
        outcome = self._runner.run(
            lambda: self._editor.delete_item(item), self._editor.record_changes
        )
        if not outcome.ok:
            return
        deleted = outcome.value
        self._last_deleted = (deleted, description)
        self.refresh()
        self.status_label.setText(
            QCoreApplication.translate(
                "RecordListPage", "Deleted {what}. Press Ctrl+Z or “Undo delete” to bring it back."
            ).format(what=description)
        )
        self._update_buttons()
        self.items_changed.emit()

    @Slot()
    def undo_delete(self) -> None:
        if self._last_deleted is None:
            return
        deleted, description = self._last_deleted
        self._last_deleted = None
        outcome = self._runner.run(
            lambda: self._editor.restore_item(deleted), self._editor.record_changes
        )
        if not outcome.ok:
            self._last_deleted = (deleted, description)
            return
        restored = outcome.value
        self._changed(
            restored,
            QCoreApplication.translate("RecordListPage", "Brought back {what}.").format(
                what=description
            ),
        )

    def _changed(self, item: Any, message: str) -> None:
        self.refresh(select=item)
        self.status_label.setText(message)
        self.items_changed.emit()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(self.fontMetrics().height() * 2)
        button.clicked.connect(slot)
        return button

    def _shortcut(
        self, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], None]
    ) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]  # a QKeyEvent here
            if key == Qt.Key.Key_Delete:
                self.delete()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.item_selected(self.selected_item())

    def _update_buttons(self) -> None:
        has_item = self.selected_item() is not None
        self.edit_button.setEnabled(has_item)
        self.delete_button.setEnabled(has_item)
        self.undo_button.setEnabled(self._last_deleted is not None)
