"""Flag settings: the app's adjustable defaults for when a flag is raised, one field each.

Every number here is an app default chosen by the app's makers, not a medical rule, and each
field says so with its default beside it. A value the rules cannot use gets its sentence (from
``FlagSettings.problems``) right under the field, and nothing is saved while any is wrong.
"Restore app defaults" fills every field with its default; saving values that equal the
defaults forgets the stored settings, so a later version's defaults apply.

Raising a threshold that decides "contact your care team promptly" (the severity level, the
fever temperature) above its app default asks first, in plain words, what would no longer be
flagged that way, and why the default is what it is; keeping the default is the safe answer
(Enter and Escape). Lowering a threshold, or changing a "mention" one, asks nothing.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.dates import decimal
from mbc_tracker.domain.flags import (
    FlagSettings,
    RaisedPromptThreshold,
    raised_prompt_thresholds,
)
from mbc_tracker.gui import theme
from mbc_tracker.gui.labels import nothing_saved
from mbc_tracker.gui.runner import ChangeFailed, runner_for
from mbc_tracker.gui.widgets import ErrorLabel, scaled_font
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.flags import FlagSettingsInvalid

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

PERSISTENT_PREFIX = "persistent_days:"
# Spin boxes accept more than the rules can use, so a wrong value gets a sentence, not a wall.
SPIN_LIMIT = 999


class FlagSettingsDialog(QDialog):
    """Edit the adjustable flag defaults of the open record.

    Signals: settings_saved()  # new settings were stored (or the app defaults restored)
    """

    settings_saved = Signal()

    def __init__(self, record: CareRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record = record
        self._defaults = record.flags.defaults()
        self.setWindowTitle(self.tr("Flag settings"))
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.default_labels: dict[str, QLabel] = {}
        self.question_box: QMessageBox | None = None
        self._build()
        self._fill(record.flags.settings())

    # -- building ------------------------------------------------------------------------------

    def _fields(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Groups of (field name, what it means) in the order a person reads them."""
        groups = [
            (
                self.tr("How strong a symptom must be"),
                [
                    (
                        "mention_from_severity",
                        self.tr("“Mention at your next visit” from severity (0–10)"),
                    ),
                    (
                        "promptly_from_severity",
                        self.tr("“Contact your care team promptly” from severity (0–10)"),
                    ),
                ],
            ),
            (
                self.tr("Worse than your usual"),
                [
                    ("worsening_points", self.tr("Points above your usual that count as worse")),
                    ("baseline_days", self.tr("Days your usual is worked out from")),
                    (
                        "baseline_min_days",
                        self.tr("Days with a value needed before there is a usual"),
                    ),
                ],
            ),
            (
                self.tr("Weight loss"),
                [
                    ("weight_loss_percent", self.tr("Weight loss of at least (percent)")),
                    ("weight_loss_days", self.tr("…within this many days")),
                ],
            ),
            (
                self.tr("Fever"),
                [
                    (
                        "fever_from_celsius",
                        self.tr(
                            "“Contact your care team promptly” from a temperature of (°C; one "
                            "typed in °F is converted)"
                        ),
                    ),
                ],
            ),
            (
                self.tr("Episodes"),
                [
                    (
                        "episode_gap_days",
                        self.tr(
                            "Calmer or unlogged days allowed inside one episode of a symptom "
                            "(for “days in a row”, unlogged days only)"
                        ),
                    ),
                ],
            ),
        ]
        persistent = []
        for key in self._defaults.persistent_days:
            symptom = self._record.knowledge.symptom(key)
            label = symptom.label() if symptom else key.replace("_", " ").capitalize()
            persistent.append(
                (PERSISTENT_PREFIX + key, self.tr("{symptom}: days in a row").format(symptom=label))
            )
        if persistent:
            groups.append(
                (self.tr("Days in a row before a lasting symptom is flagged"), persistent)
            )
        return groups

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These numbers decide when the app raises a flag. Each one is an app default — "
                "adjustable, not a medical rule. If you are unsure, keep the defaults, or ask "
                "your care team what suits you."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(scroll)
        grid = QGridLayout(page)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        row = 0
        for heading_text, fields in self._fields():
            heading = QLabel(heading_text, page)
            heading.setFont(scaled_font(self.font(), 1.1))
            # Wrapped: a long heading (Spanish runs a quarter longer) must not widen the page
            # past the dialog and push the fields out of view.
            heading.setWordWrap(True)
            if row:
                grid.setRowMinimumHeight(row, 8)
                row += 1
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for name, words in fields:
                label = QLabel(words, page)
                label.setWordWrap(True)
                default = self._default_of(name)
                spin = self._spin(name, page)
                spin.setAccessibleName(words)
                label.setBuddy(spin)
                # As the field shows it: 38.0 °C, not 38.
                decimals = spin.decimals() if isinstance(spin, QDoubleSpinBox) else 0
                default_label = QLabel(
                    self.tr("App default: {value} — adjustable, not a medical rule").format(
                        value=decimal(default, decimals)
                    ),
                    page,
                )
                default_label.setStyleSheet(theme.muted_style(default_label))
                default_label.setWordWrap(True)
                error = ErrorLabel(spin, page)
                spin.valueChanged.connect(lambda _value, error=error: error.clear_problem())
                self.spins[name] = spin
                self.errors[name] = error
                self.default_labels[name] = default_label
                # What it means, and under it its default; the field to the right of both.
                grid.addWidget(label, row, 0)
                grid.addWidget(default_label, row + 1, 0)
                grid.addWidget(spin, row, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(error, row + 2, 0, 1, 2)
                grid.setRowMinimumHeight(row + 3, 6)
                row += 4
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(row, 1)
        scroll.setWidget(page)
        self._scroll = scroll
        outer.addWidget(scroll, 1)
        self.summary_label = ErrorLabel(scroll, self)
        outer.addWidget(self.summary_label)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore app defaults"), self)
        self.restore_button.clicked.connect(self.restore_defaults)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        width = self.fontMetrics().horizontalAdvance("0") * 72
        height = self.fontMetrics().height() * 40
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            # Fit a small laptop screen: the fields scroll, Save stays in view.
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(width, height)

    def _spin(self, name: str, parent: QWidget) -> QSpinBox | QDoubleSpinBox:
        spin: QSpinBox | QDoubleSpinBox
        if name in ("weight_loss_percent", "fever_from_celsius"):
            spin = QDoubleSpinBox(parent)
            spin.setDecimals(1)
            spin.setSingleStep(0.5 if name == "weight_loss_percent" else 0.1)
        else:
            spin = QSpinBox(parent)
        spin.setRange(0, SPIN_LIMIT)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
        spin.setMinimumHeight(self.fontMetrics().height() + 14)
        spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 9)
        return spin

    # -- values --------------------------------------------------------------------------------

    def _default_of(self, name: str) -> float:
        if name.startswith(PERSISTENT_PREFIX):
            return self._defaults.persistent_days[name.removeprefix(PERSISTENT_PREFIX)]
        return float(getattr(self._defaults, name))

    def _fill(self, settings: FlagSettings) -> None:
        for name, spin in self.spins.items():
            if name.startswith(PERSISTENT_PREFIX):
                key = name.removeprefix(PERSISTENT_PREFIX)
                value = settings.persistent_days.get(key, self._defaults.persistent_days[key])
            else:
                value = getattr(settings, name)
            spin.setValue(value)

    def chosen(self) -> FlagSettings:
        """The settings the fields describe (not checked yet)."""
        values: dict[str, Any] = {}
        persistent: dict[str, int] = {}
        for name, spin in self.spins.items():
            if name.startswith(PERSISTENT_PREFIX):
                persistent[name.removeprefix(PERSISTENT_PREFIX)] = int(spin.value())
            elif isinstance(spin, QDoubleSpinBox):
                values[name] = float(spin.value())
            else:
                values[name] = int(spin.value())
        return dataclasses.replace(self._defaults, **values, persistent_days=persistent)

    # -- actions -------------------------------------------------------------------------------

    @Slot()
    def restore_defaults(self) -> None:
        """Put every app default back in the fields; Save stores it."""
        self._fill(self._defaults)
        self._clear_problems()

    @Slot()
    def save(self) -> bool:
        """Store the settings; False (a sentence under each wrong field, nothing stored) if not."""
        self._clear_problems()
        settings = self.chosen()
        problems = settings.problems()
        if not problems and not self._prompt_thresholds_confirmed(settings):
            return False
        if not problems:
            flags = self._record.flags
            try:
                runner_for(self._record).call(
                    flags.reset_settings
                    if settings == self._defaults
                    else lambda: flags.save_settings(settings),
                    RecordChanges(flag_settings=True),
                    expected=(FlagSettingsInvalid,),
                )
            except ChangeFailed:
                return False
            except FlagSettingsInvalid as invalid:
                problems = invalid.problems
        if problems:
            self._show_problems(problems)
            return False
        self.settings_saved.emit()
        self.accept()
        return True

    def _prompt_thresholds_confirmed(self, settings: FlagSettings) -> bool:
        """True unless a "contact promptly" threshold goes above its default and the person
        keeps the default: the raised fields then show their default again, nothing is saved."""
        raised = raised_prompt_thresholds(settings, self._defaults, self._record.flags.settings())
        if not raised:
            return True
        paragraphs = [" ".join(self._raised_words(each)) for each in raised]
        lost, promptly = self._record.flags.promptly_flags_lost(settings)
        if promptly:
            paragraphs.append(self._lost_words(lost, promptly))
        if self.ask_change_prompt_threshold("\n\n".join(paragraphs), len(raised)):
            return True
        for each in raised:
            spin = self.spins[each.name]
            if isinstance(spin, QDoubleSpinBox):
                spin.setValue(each.default)
            else:
                spin.setValue(int(each.default))
        first = self.spins[raised[0].name]
        first.setFocus()
        self._scroll.ensureWidgetVisible(first)
        return False

    def _raised_words(self, raised: RaisedPromptThreshold) -> list[str]:
        """What a raised threshold no longer flags "contact promptly", and why the default."""
        if raised.name == "fever_from_celsius":
            low, high = raised.default, round(raised.chosen - 0.1, 1)
            span = (
                self.tr("{value} °C").format(value=decimal(low, 1))
                if high <= low
                else self.tr("{low} to {high} °C").format(
                    low=decimal(low, 1), high=decimal(high, 1)
                )
            )
            guideline = self._record.knowledge.flags.fever_guideline.text()
            return [
                self.tr(
                    "A temperature of {span} will no longer be flagged as a reason to contact "
                    "your care team promptly."
                ).format(span=span),
                self.tr(
                    "The app's default of {default} °C is adjustable, not a medical rule."
                ).format(default=decimal(low, 1)),
                guideline,
            ]
        low, high = int(raised.default), int(raised.chosen) - 1
        span = str(low) if high <= low else self.tr("{low} to {high}").format(low=low, high=high)
        words = [
            self.tr(
                "A symptom you rate {span} (out of 10) will no longer be flagged as a reason "
                "to contact your care team promptly."
            ).format(span=span)
        ]
        if raised.mention_from <= low:
            words.append(self.tr("It will still be flagged to mention at your next visit."))
        elif raised.mention_from <= high:
            words.append(
                self.tr(
                    "From {mention} it will still be flagged to mention at your next visit."
                ).format(mention=raised.mention_from)
            )
        words.append(
            self.tr(
                "The app's default of {default} is where its scale calls a symptom severe; it "
                "is adjustable, not a medical rule."
            ).format(default=low)
        )
        return words

    def _lost_words(self, lost: int, promptly: int) -> str:
        """What the change would do to the "contact promptly" flags logged so far."""
        if not lost:
            return self.tr(
                "None of the “contact promptly” flags in this record so far would change."
            )
        if promptly == 1:
            return self.tr(
                "The one “contact promptly” flag in this record so far would no longer be "
                "raised that way."
            )
        return self.tr(
            "{lost} of the {promptly} “contact promptly” flags in this record so far would no "
            "longer be raised that way."
        ).format(lost=lost, promptly=promptly)

    # -- questions (small on purpose: tests replace them) --------------------------------------

    def ask_change_prompt_threshold(self, explanation: str, how_many: int) -> bool:
        """Ask before a "contact promptly" threshold goes above its app default; True to
        change it anyway. Keeping the default is the button Enter and Escape choose."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Keep the app's default?"))
        box.setText(
            self.tr("Keep the app's default?")
            if how_many == 1
            else self.tr("Keep the app's defaults?")
        )
        box.setInformativeText(
            explanation
            + "\n\n"
            + (
                self.tr(
                    "If you are unsure, keep the app's default, or ask your care team what suits "
                    "you."
                )
                if how_many == 1
                else self.tr(
                    "If you are unsure, keep the app's defaults, or ask your care team what suits "
                    "you."
                )
            )
        )
        keep = box.addButton(
            self.tr("Keep the app's default")
            if how_many == 1
            else self.tr("Keep the app's defaults"),
            QMessageBox.ButtonRole.RejectRole,
        )
        change = box.addButton(self.tr("Change it anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.question_box = box  # for tests that answer the real question
        box.exec()
        self.question_box = None
        return box.clickedButton() is change

    def _show_problems(self, problems: dict[str, str]) -> None:
        first = None
        for name, message in problems.items():
            error = self.errors.get(name)
            if error is None:
                self.summary_label.show_problem(message)
                continue
            error.show_problem(message)
            if first is None:
                first = self.spins[name]
        self.summary_label.show_problem(nothing_saved(len(problems)))
        if first is not None:
            first.setFocus()
            self._scroll.ensureWidgetVisible(first)

    def _clear_problems(self) -> None:
        for error in self.errors.values():
            error.clear_problem()
        self.summary_label.clear_problem()
