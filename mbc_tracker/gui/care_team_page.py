"""The care team list on the Profile screen: who to call, their role, phone, email and notes.

``CareTeamPage`` is a ``RecordListPage`` (add, edit, delete after asking, undo, filter, sort,
the standard shortcuts) over ``record.care_team``; ``ContactForm`` is its editing dialog. A
problem the service finds (a missing name, an email that does not look like one) is shown under
the field, and nothing is saved until it is fixed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from mbc_tracker.domain.records import CareTeamContact
from mbc_tracker.gui.record_form import RecordForm
from mbc_tracker.gui.record_list import Column, RecordListPage
from mbc_tracker.gui.runner import runner_for
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound
from mbc_tracker.services.record import CareRecord


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ContactForm(RecordForm):
    """Adds or changes one care-team contact.

    Signals: inherited from QDialog only.
    """

    def __init__(
        self, record: CareRecord, contact: CareTeamContact | None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("New contact") if contact is None else self.tr("Change contact")
        super().__init__(title, parent)
        self.setObjectName("contactForm")
        self._record = record
        self._contact = contact
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("For example: Dr Lee"))
        self.role_edit = QLineEdit(self)
        self.role_edit.setPlaceholderText(self.tr("For example: Breast care nurse"))
        self.phone_edit = QLineEdit(self)
        self.urgent_box = QCheckBox(self.tr("Call this number for &urgent problems"), self)
        self.urgent_box.setAccessibleDescription(
            self.tr(
                "For example a 24-hour line. Today shows this number when a day raises a "
                "“contact your care team promptly” flag."
            )
        )
        self.email_edit = QLineEdit(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.add_field("name", self.tr("&Name:"), self.name_edit)
        self.add_field("role", self.tr("&Role:"), self.role_edit)
        self.add_field(
            "phone", self.tr("&Phone:"), self.phone_edit, self.tr("Optional. Digits and spaces.")
        )
        self.add_field(
            "urgent",
            "",
            self.urgent_box,
            self.tr(
                "For example a 24-hour line. Today shows this number when a day raises a "
                "“contact your care team promptly” flag."
            ),
        )
        self.add_field("email", self.tr("E&mail:"), self.email_edit, self.tr("Optional."))
        self.add_field(
            "notes",
            self.tr("N&otes:"),
            self.notes_edit,
            self.tr("For example: when to call them, or who to ask for."),
        )
        if contact is not None:
            self.name_edit.setText(contact.name)
            self.role_edit.setText(contact.role)
            self.phone_edit.setText(contact.phone)
            self.urgent_box.setChecked(contact.urgent)
            self.email_edit.setText(contact.email)
            self.notes_edit.setPlainText(contact.notes)
        # Tall enough for every field and a few lines of messages without scrolling.
        room_for_messages = self.fontMetrics().lineSpacing() * 6
        height = (
            self.form.sizeHint().height()
            + self.buttons.sizeHint().height()
            + room_for_messages
            + 40  # margins and the scroll area's frame
        )
        self.resize(self.fontMetrics().averageCharWidth() * 70, min(height, self.maximumHeight()))

    def contact(self) -> CareTeamContact:
        """The contact as typed (not yet checked)."""
        return CareTeamContact(
            name=self.name_edit.text(),
            role=self.role_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            notes=self.notes_edit.toPlainText(),
            urgent=self.urgent_box.isChecked(),
            id=self._contact.id if self._contact is not None else None,
        )

    def save(self) -> Any:
        contact = self.contact()
        try:
            if self._contact is None:
                return self._record.care_team.add(contact)
            return self._record.care_team.update(contact)
        except RecordNotFound as gone:
            raise RecordInvalid(
                {
                    "": self.tr(
                        "This contact was deleted in the meantime, so it cannot be changed. "
                        "Please cancel, then add it again."
                    )
                }
            ) from gone


class CareTeamPage(RecordListPage):
    """The care team contacts in a sortable, filterable list.

    Signals:
        items_changed(): a contact was added, changed, deleted or brought back.
    """

    def __init__(self, record: CareRecord, parent: QWidget | None = None) -> None:
        self._record = record
        columns = [
            Column(self.tr("Name"), lambda contact: contact.name),
            Column(self.tr("Role"), lambda contact: contact.role),
            Column(self.tr("Phone"), lambda contact: contact.phone),
            Column(
                self.tr("Urgent"),
                lambda contact: self.tr("For urgent problems") if contact.urgent else "",
            ),
            Column(self.tr("Email"), lambda contact: contact.email),
            Column(
                self.tr("Notes"),
                lambda contact: _one_line(contact.notes),
                tooltip=lambda contact: contact.notes,
            ),
        ]
        super().__init__(
            self.tr("Care team"),
            self.tr("The people and services you contact about your care, and how to reach them."),
            columns,
            self.tr("contact"),
            self,
            runner_for(self._record),
            parent,
        )
        self.setObjectName("careTeamPage")
        # One line per contact (the notes are shortened); the card beside the list shows the
        # whole of the chosen contact, with text that can be selected and copied.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.details = QLabel(self)
        self.details.setObjectName("contactDetails")
        self.details.setAccessibleName(self.tr("The chosen contact"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(8)
        self.details.setMaximumWidth(self.fontMetrics().averageCharWidth() * 36)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.add_detail(self.details)
        self.refresh()

    def item_selected(self, item: Any | None) -> None:
        if item is None:
            self.details.setText(self.tr("Choose a contact to see all of their details here."))
            return
        lines = [item.name]
        if item.role:
            lines.append(item.role)
        if item.phone:
            lines.append(self.tr("Phone: {phone}").format(phone=item.phone))
        if item.urgent:
            lines.append(self.tr("The number to call for urgent problems."))
        if item.email:
            lines.append(self.tr("Email: {email}").format(email=item.email))
        if item.notes:
            lines.extend(("", item.notes))
        self.details.setText("\n".join(lines))

    def load_items(self) -> list[Any]:
        return list(self._record.care_team.list())

    def describe(self, item: Any) -> str:
        return self.tr("the contact “{name}”").format(name=item.name)

    def edit_item(self, item: Any | None) -> Any | None:
        return self.open_form(ContactForm(self._record, item, self))

    def delete_item(self, item: Any) -> Any:
        try:
            return self._record.care_team.delete(item)
        except RecordNotFound:
            return item  # already gone; Undo can still bring it back

    def restore_item(self, deleted: Any) -> Any:
        return self._record.care_team.restore(deleted)

    @property
    def record_changes(self) -> RecordChanges:
        return RecordChanges(care_team=True)
