"""The Flags view as a person uses it: open flags first, each card readable on its own, "Why?"
with the passage and the article, marking a flag as discussed (a wrong date refused next to the
field, nothing saved), the mark surviving a restart, Undo, the filter and the period.

The "discussed" dialog is modal, so tests replace ``FlagsView.ask_discussed`` with a function
that fills in the real dialog and presses its buttons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.flags import FlagRule
from mbc_tracker.domain.records import Treatment, TreatmentCategory
from mbc_tracker.gui.discussed_dialog import DiscussedDialog
from mbc_tracker.gui.flags_view import (
    ALL,
    ALL_DAYS,
    DISCUSSED,
    OPEN,
    PAGE_SIZE,
    FlagCard,
    FlagsView,
    days_text,
)
from mbc_tracker.gui.month_overview import to_qdate
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 12, 5)
SEIZURE_DAY = dt.date(2026, 12, 1)

ViewMaker = Callable[[CareRecord], FlagsView]


@pytest.fixture
def make_view(qtbot: QtBot) -> ViewMaker:
    def make(record: CareRecord) -> FlagsView:
        view = FlagsView(record, today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1024, 700)
        view.show()
        return view

    return make


def log(record: CareRecord, day: dt.date, **severities: int) -> None:
    record.daylog.save_day(DayLog(day=day, severities=severities), today=TODAY)


def log_seizure(record: CareRecord, day: dt.date = SEIZURE_DAY) -> None:
    record.daylog.save_day(DayLog(day=day, events={"seizure": True}), today=TODAY)


def card_for(view: FlagsView, symptom_key: str, rule: FlagRule | None = None) -> FlagCard:
    matches = [
        card
        for card in view.cards()
        if card.flag.symptom_key == symptom_key and (rule is None or card.flag.rule is rule)
    ]
    assert len(matches) == 1, [card.flag.symptom_key for card in view.cards()]
    return matches[0]


def click(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def discuss_on(qtbot: QtBot, day: dt.date, note: str = "", seen: list | None = None):
    """An answer for ``ask_discussed``: pick the date, type the note, press Save."""

    def answer(dialog: DiscussedDialog) -> bool:
        dialog.show()
        dialog.date_edit.setDate(to_qdate(day))
        if note:
            qtbot.keyClicks(dialog.note_edit, note)
        click(qtbot, dialog.save_button)
        if seen is not None:
            seen.append(dialog.date_error.text() if dialog.date_error.isVisible() else "")
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        if not accepted:
            dialog.reject()
        return accepted

    return answer


def test_days_are_written_as_short_as_reads_well() -> None:
    assert days_text(dt.date(2026, 11, 15), dt.date(2026, 11, 20)) == "15–20 November 2026"
    assert days_text(dt.date(2026, 11, 15), dt.date(2026, 11, 15)) == "15 November 2026"
    assert days_text(dt.date(2026, 11, 30), dt.date(2026, 12, 2)) == "30 November – 2 December 2026"
    assert days_text(dt.date(2025, 12, 30), dt.date(2026, 1, 2)) == (
        "30 December 2025 – 2 January 2026"
    )


def test_nothing_flagged_says_so_calmly_with_the_notice(
    record: CareRecord, make_view: ViewMaker
) -> None:
    log(record, TODAY, bone_pain=1)
    view = make_view(record)
    assert view.cards() == []
    assert view.empty_text().startswith("Nothing in your log is flagged for this period.")
    assert "Keep logging how you feel" in view.empty_text()
    assert "fine" not in view.empty_text()
    assert view.notice.isVisible()
    assert "does not replace your care team" in view.notice.text()
    assert "emergency services" in view.notice.text()


def test_a_card_shows_level_in_words_and_shape_days_message_and_sources(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker
) -> None:
    log_seizure(record)
    view = make_view(record)
    card = card_for(view, "seizure")
    assert "Contact your care team promptly" in card.level_label.text()
    assert "▲" in card.level_label.text()  # a shape, not only a colour
    assert card.symptom_label.text() == "Seizure (fit)"
    assert card.days_label.text() == "1 December 2026"
    assert card.message_label.text() == card.flag.message
    assert "flags it every time" in card.message_label.text()
    assert not card.why_panel.isVisible()

    click(qtbot, card.why_button)
    assert card.why_panel.isVisible()
    assert card.passage_label.text() == card.flag.reason.text()
    assert "seizure" in card.passage_label.text().lower()
    titles = [record.knowledge.sources[source].title for source in card.flag.source_ids]
    assert titles and all(title in card.sources_label.text() for title in titles)
    click(qtbot, card.why_button)
    assert not card.why_panel.isVisible()


def test_open_flags_come_first_then_discussed_each_newest_first(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_seizure(record, dt.date(2026, 11, 20))
    log(record, dt.date(2026, 11, 25), bone_pain=5)
    log_seizure(record, dt.date(2026, 12, 3))
    view = make_view(record)
    assert [card.flag.first_day for card in view.cards()] == [
        dt.date(2026, 12, 3),
        dt.date(2026, 11, 25),
        dt.date(2026, 11, 20),
    ]
    newest_seizure = view.cards()[0]
    monkeypatch.setattr(view, "ask_discussed", discuss_on(qtbot, dt.date(2026, 12, 4)))
    click(qtbot, newest_seizure.discussed_button)
    assert view.headings() == ["Open (2)", "Discussed with your care team (1)"]
    assert [card.flag.first_day for card in view.cards()] == [
        dt.date(2026, 11, 25),
        dt.date(2026, 11, 20),
        dt.date(2026, 12, 3),
    ]


def test_marking_discussed_refuses_a_future_date_then_saves_and_survives_a_restart(
    qtbot: QtBot,
    record: CareRecord,
    make_view: ViewMaker,
    reopen: Callable[[], CareRecord],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log_seizure(record)
    view = make_view(record)
    changed: list[bool] = []
    view.flags_changed.connect(lambda: changed.append(True))
    messages: list[str] = []
    monkeypatch.setattr(
        view, "ask_discussed", discuss_on(qtbot, TODAY + dt.timedelta(days=1), seen=messages)
    )
    click(qtbot, card_for(view, "seizure").discussed_button)
    assert messages == ["This date is in the future. Please choose today or earlier."]
    assert record.flags.evaluate()[0].discussed is None  # nothing saved
    assert changed == []

    messages.clear()
    monkeypatch.setattr(
        view, "ask_discussed", discuss_on(qtbot, SEIZURE_DAY - dt.timedelta(days=1), seen=messages)
    )
    click(qtbot, card_for(view, "seizure").discussed_button)
    assert messages[0].startswith("This date is before the flag began.")
    assert record.flags.evaluate()[0].discussed is None

    monkeypatch.setattr(
        view, "ask_discussed", discuss_on(qtbot, dt.date(2026, 12, 3), note="Scan booked")
    )
    click(qtbot, card_for(view, "seizure").discussed_button)
    assert changed == [True]
    card = card_for(view, "seizure")
    assert card.discussed_label is not None
    assert card.discussed_label.text().startswith(
        "✓ Discussed with your care team on 3 December 2026."
    )
    assert "Scan booked" in card.discussed_label.text()
    assert view.headings() == ["Discussed with your care team (1)"]
    assert "marked as discussed" in view.status_label.text()

    view.set_state_filter(OPEN)
    assert view.cards() == []
    view.set_state_filter(DISCUSSED)
    assert len(view.cards()) == 1

    fresh = reopen()
    again = make_view(fresh)
    card = card_for(again, "seizure")
    assert card.flag.discussed is not None
    assert card.flag.discussed.discussed_on == dt.date(2026, 12, 3)
    assert not card.flag.is_open


def test_undo_takes_the_mark_back(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_seizure(record)
    view = make_view(record)
    monkeypatch.setattr(view, "ask_discussed", discuss_on(qtbot, TODAY))
    click(qtbot, card_for(view, "seizure").discussed_button)
    card = card_for(view, "seizure")
    assert card.undo_button is not None
    click(qtbot, card.undo_button)
    card = card_for(view, "seizure")
    assert card.flag.discussed is None
    assert card.undo_button is None
    assert view.headings() == ["Open (1)"]
    assert record.flags.evaluate()[0].is_open


def test_worse_since_discussed_says_so_and_stays_open(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_seizure(record, dt.date(2026, 12, 1))
    log_seizure(record, dt.date(2026, 12, 2))
    view = make_view(record)
    monkeypatch.setattr(view, "ask_discussed", discuss_on(qtbot, dt.date(2026, 12, 1)))
    click(qtbot, card_for(view, "seizure").discussed_button)
    card = card_for(view, "seizure")
    assert card.flag.worse_since_discussed
    assert card.discussed_label is not None
    assert "It has been worse since" in card.discussed_label.text()
    assert view.headings() == ["Open (1)"]
    assert card.discussed_button.isVisibleTo(card)


def test_a_worsening_flag_shows_its_context_and_the_evidence(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker
) -> None:
    start = dt.date(2026, 11, 20)
    for offset in range(6):
        log(record, start + dt.timedelta(days=offset), fatigue=1)
    log(record, start + dt.timedelta(days=6), fatigue=3)
    view = make_view(record)
    card = card_for(view, "fatigue", FlagRule.WORSENING)
    assert "Worse than your usual" in card.rule_label.text()
    assert any("STAR trial" in label.text() for label in card.context_labels)
    click(qtbot, card.why_button)
    assert card.evidence_label is not None
    assert record.knowledge.flags.worsening_evidence in card.evidence_label.text()


def test_the_period_keeps_a_long_history_readable(record: CareRecord, make_view: ViewMaker) -> None:
    log_seizure(record, TODAY - dt.timedelta(days=200))
    log_seizure(record, TODAY - dt.timedelta(days=10))
    view = make_view(record)
    assert view.period_combo.currentText() == "Last 90 days"
    assert len(view.cards()) == 1
    view.period_combo.setCurrentIndex(view.period_combo.findText("Last 30 days"))
    assert len(view.cards()) == 1
    view.period_combo.setCurrentIndex(view.period_combo.findText("Last year"))
    assert len(view.cards()) == 2
    view.period_combo.setCurrentIndex(view.period_combo.findText("All"))
    assert len(view.cards()) == 2


def test_show_flag_widens_the_filter_opens_why_and_highlights_it(
    record: CareRecord, make_view: ViewMaker
) -> None:
    log_seizure(record, TODAY - dt.timedelta(days=200))
    view = make_view(record)
    assert view.cards() == []
    flag = record.flags.evaluate()[0]
    card = view.show_flag(flag)
    assert card is not None and card.is_highlighted()
    assert card.why_panel.isVisible()
    assert view.state_buttons[ALL].isChecked()
    assert view.period_combo.currentText() == "Last year"  # the narrowest that shows it


def test_settings_button_asks_for_the_settings(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker
) -> None:
    view = make_view(record)
    with qtbot.waitSignal(view.settings_requested, timeout=1000):
        click(qtbot, view.settings_button)


def test_a_long_history_is_built_a_page_at_a_time(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker
) -> None:
    for number in range(PAGE_SIZE + 5):
        log_seizure(record, TODAY - dt.timedelta(days=2 * number))
    view = make_view(record)
    view.set_period_days(ALL_DAYS)
    assert len(view.cards()) == PAGE_SIZE
    assert view.headings() == [f"Open ({PAGE_SIZE + 5})"]
    assert view.more_button.isVisible()
    assert view.more_button.text() == "Show 5 more (of 5 not shown yet)"
    click(qtbot, view.more_button)
    assert len(view.cards()) == PAGE_SIZE + 5
    assert not view.more_button.isVisible()

    # "See why" on the oldest flag builds as far as needed to show it.
    view.set_period_days(90)
    oldest = record.flags.evaluate()[-1]
    card = view.show_flag(oldest)
    assert card is not None and card.flag.first_day == oldest.first_day
    assert card.is_highlighted()


def test_a_fever_during_chemotherapy_has_a_card_with_its_guideline_and_treatment(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker
) -> None:
    record.treatments.add(
        Treatment(TreatmentCategory.CHEMOTHERAPY, "Capecitabine", TODAY - dt.timedelta(days=20)),
        today=TODAY,
    )
    record.daylog.save_day(DayLog(day=SEIZURE_DAY, temperature=38.6), today=TODAY)
    view = make_view(record)
    card = card_for(view, "temperature", FlagRule.FEVER)
    assert card.symptom_label.text() == "Temperature"
    assert card.rule_label.text() == "A raised temperature"
    assert "Contact your care team promptly" in card.level_label.text()
    lines = [label.text() for label in card.context_labels]
    assert any("ASCO/IDSA" in line and "38.3 °C" in line for line in lines)
    assert "You were on Capecitabine (chemotherapy) on this day." in lines
    click(qtbot, card.why_button)
    assert "weaker immune system" in card.passage_label.text()
    assert "key takeaways" in card.sources_label.text()
