"""The shared records list: model checks, sorting, filtering, delete with confirmation, undo."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.record_list import Column, RecordListPage, RecordTableModel
from mbc_tracker.gui.runner import ChangeRunner
from mbc_tracker.services.changes import RecordChanges


@dataclasses.dataclass(frozen=True)
class Note:
    title: str
    size: int
    id: int | None = None


class NotesPage(RecordListPage):
    """A records page over a plain list, standing in for a real service."""

    def __init__(self, notes: list[Note]) -> None:
        self.notes = notes
        self.next_answer: Note | None = None
        columns = [
            Column("Title", lambda note: note.title),
            Column("Size", lambda note: str(note.size), sort_key=lambda note: note.size),
        ]
        self.runner = ChangeRunner(None)
        super().__init__("Notes", "Some notes.", columns, "note", self, self.runner)

    def load_items(self) -> list[Any]:
        return list(self.notes)

    def describe(self, item: Any) -> str:
        return f"the note “{item.title}”"

    def edit_item(self, item: Any | None) -> Any | None:
        answer, self.next_answer = self.next_answer, None
        if answer is None:
            return None
        if item is not None:
            self.notes = [answer if note.id == item.id else note for note in self.notes]
        else:
            answer = dataclasses.replace(answer, id=max(n.id or 0 for n in self.notes) + 1)
            self.notes.append(answer)
        return answer

    def delete_item(self, item: Any) -> Any:
        self.notes = [note for note in self.notes if note.id != item.id]
        return item

    def restore_item(self, deleted: Any) -> Any:
        self.notes.append(deleted)
        return deleted

    @property
    def record_changes(self) -> RecordChanges:
        return RecordChanges(care_team=True)


@pytest.fixture
def page(qtbot: QtBot) -> NotesPage:
    notes = [Note("Scan results", 30, 1), Note("Blood test", 5, 2), Note("Ask about pain", 12, 3)]
    page = NotesPage(notes)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def shown_titles(page: NotesPage) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def test_the_model_passes_qts_model_checks(qtmodeltester: Any) -> None:
    model = RecordTableModel([Column("Title", lambda note: note.title)])
    model.set_items([Note("a", 1, 1), Note("b", 2, 2)])
    qtmodeltester.check(model)


def test_columns_sort_by_their_keys_and_the_filter_matches_any_column(page: NotesPage) -> None:
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown_titles(page) == ["Blood test", "Ask about pain", "Scan results"]  # 5, 12, 30
    page.filter_edit.setText("SCAN")
    assert shown_titles(page) == ["Scan results"]
    page.filter_edit.setText("12")
    assert shown_titles(page) == ["Ask about pain"]


def test_delete_asks_first_then_undo_brings_it_back(
    page: NotesPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.select(page.notes[1])
    monkeypatch.setattr(page, "ask_confirm_delete", lambda _what: False)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(page.notes) == 3  # "No" keeps it

    asked: list[str] = []
    monkeypatch.setattr(page, "ask_confirm_delete", lambda what: asked.append(what) or True)
    with qtbot.waitSignal(page.items_changed):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == ["the note “Blood test”"]
    assert "Blood test" not in shown_titles(page)
    assert "Ctrl+Z" in page.status_label.text()
    assert page.undo_button.isEnabled()

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Blood test" in shown_titles(page)
    assert page.selected_item().title == "Blood test"
    assert not page.undo_button.isEnabled()  # only the last delete can be undone


def test_ctrl_n_adds_and_selects_the_new_entry(page: NotesPage, qtbot: QtBot) -> None:
    page.next_answer = Note("Questions for Dr Lee", 7)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_item().title == "Questions for Dr Lee"
    assert "Saved" in page.status_label.text()


def test_edit_and_delete_need_a_selection(page: NotesPage) -> None:
    page.table.clearSelection()
    page.table.setCurrentIndex(page.proxy.index(-1, -1))
    assert not page.edit_button.isEnabled()
    assert not page.delete_button.isEnabled()


def test_delete_and_undo_are_announced_once_each_through_the_runner(
    qtbot: QtBot, page: NotesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[RecordChanges] = []
    page.runner.changed.connect(heard.append)
    monkeypatch.setattr(page, "ask_confirm_delete", lambda _description: True)
    page.select(page.notes[0])
    page.delete()
    assert heard == [RecordChanges(care_team=True)]
    page.undo_delete()
    assert heard == [RecordChanges(care_team=True)] * 2


def test_a_hidden_list_reloads_when_next_shown_not_before(qtbot: QtBot, page: NotesPage) -> None:
    page.hide()
    page.notes.append(Note("Written elsewhere", 1, 9))
    page.record_changed(RecordChanges(treatments=True))  # not this page's kind of entry
    page.record_changed(RecordChanges(care_team=True))
    assert page.model.rowCount() == 3  # nothing read while hidden
    page.show()
    assert page.model.rowCount() == 4
    page.notes.append(Note("And another", 2, 10))
    page.record_changed(RecordChanges(treatments=True))
    assert page.model.rowCount() == 4  # a change to another part leaves the list alone
