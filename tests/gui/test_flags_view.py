"""The Flags view as a person uses it: one card per symptom, "contact promptly" first and told in
words and shape, the times it was flagged inside newest first, the heading counting symptoms,
"Why?" with the passage and the article, marking one time as discussed (a wrong date refused
next to the field, nothing saved; by mouse or keyboard), the mark surviving a restart, Undo, the
filter and the period.

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
    EPISODES_SHOWN,
    OPEN,
    FlagCard,
    FlagsView,
    SymptomCard,
)
from mbc_tracker.gui.month_overview import to_qdate
from mbc_tracker.services.changes import RecordChanges
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


def symptom_card(view: FlagsView, symptom_key: str) -> SymptomCard:
    matches = [card for card in view.symptom_cards() if card.flags[0].symptom_key == symptom_key]
    assert len(matches) == 1, [card.flags[0].symptom_key for card in view.symptom_cards()]
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
    seizure = symptom_card(view, "seizure")
    assert seizure.symptom_label.text() == "Seizure (fit)"
    # Four days on, the card says when it asked (not "call now" about an old day).
    assert seizure.level_label.text() == (
        "▲  Flagged 1 December 2026: contact your care team promptly"
    )
    assert seizure.summary_label.text() == (
        "Flagged once in this period."
        " If you have not told your care team about it yet, tell them now."
    )
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


def test_one_card_per_symptom_promptly_first_each_newest_first(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    log(record, dt.date(2026, 11, 10), bone_pain=5)
    log_seizure(record, dt.date(2026, 11, 20))
    log(record, dt.date(2026, 12, 4), bone_pain=5)
    log_seizure(record, dt.date(2026, 12, 3))
    view = make_view(record)
    # Bone pain was flagged most recently, but a seizure asks to contact the team promptly.
    assert [card.symptom_label.text() for card in view.symptom_cards()] == [
        "Seizure (fit)",
        "Bone pain",
    ]
    assert view.headings() == ["To tell your care team: 2 symptoms (1 promptly)"]
    seizure, bone_pain = view.symptom_cards()
    assert [row.flag.first_day for row in seizure.rows()] == [
        dt.date(2026, 12, 3),
        dt.date(2026, 11, 20),
    ]
    assert [row.flag.first_day for row in bone_pain.rows()] == [
        dt.date(2026, 12, 4),
        dt.date(2026, 11, 10),
    ]
    assert bone_pain.level_label.text() == "○  Mention at your next visit"
    assert bone_pain.summary_label.text() == (
        "Flagged 2 times in this period, most recently 4 December 2026."
    )

    # One of the two seizures discussed: the other keeps the card among those to tell.
    monkeypatch.setattr(view, "ask_discussed", discuss_on(qtbot, dt.date(2026, 12, 4)))
    click(qtbot, seizure.rows()[0].discussed_button)
    assert view.headings() == ["To tell your care team: 2 symptoms (1 promptly)"]
    seizure = symptom_card(view, "seizure")
    assert [row.flag.is_open for row in seizure.rows()] == [False, True]
    assert "▲" in seizure.level_label.text()

    # Both discussed: the seizure card moves under its own heading, after those to tell.
    click(qtbot, seizure.rows()[1].discussed_button)
    assert view.headings() == [
        "To tell your care team: 1 symptom",
        "Discussed with your care team: 1 symptom",
    ]
    assert [card.symptom_label.text() for card in view.symptom_cards()] == [
        "Bone pain",
        "Seizure (fit)",
    ]
    view.set_state_filter(OPEN)
    assert view.headings() == ["To tell your care team: 1 symptom"]
    assert [row.flag.symptom_key for row in view.cards()] == ["bone_pain", "bone_pain"]
    view.set_state_filter(DISCUSSED)
    assert view.headings() == ["Discussed with your care team: 1 symptom"]
    assert [row.flag.symptom_key for row in view.cards()] == ["seizure", "seizure"]


def test_contact_promptly_is_told_in_words_shape_and_edge_not_colour_alone(
    record: CareRecord, make_view: ViewMaker
) -> None:
    log_seizure(record)
    log(record, dt.date(2026, 12, 2), bone_pain=5)
    view = make_view(record)
    seizure, bone_pain = view.symptom_cards()
    assert seizure.level_label.text().startswith("▲")
    assert bone_pain.level_label.text().startswith("○")
    assert seizure.level_label.font().bold() or "bold" in seizure.level_label.styleSheet()
    assert "3px solid" in seizure.styleSheet()
    assert "3px solid" not in bone_pain.styleSheet()


def test_a_card_always_shows_the_time_that_asks_to_contact_promptly(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker
) -> None:
    log(record, TODAY - dt.timedelta(days=30), bone_pain=8)
    for days_ago in (20, 15, 10, 5):
        log(record, TODAY - dt.timedelta(days=days_ago), bone_pain=5)
    view = make_view(record)
    (bone_pain,) = view.symptom_cards()
    assert bone_pain.level_label.text() == (
        "▲  Flagged 5 November 2026: contact your care team promptly"
    )
    shown = [row.flag.first_day for row in bone_pain.rows()]
    assert shown == [
        TODAY - dt.timedelta(days=5),
        TODAY - dt.timedelta(days=10),
        TODAY - dt.timedelta(days=15),
        TODAY - dt.timedelta(days=30),  # older than the newest three, but it set the level
    ]
    promptly_row = bone_pain.rows()[-1]
    assert promptly_row.level_label.isVisibleTo(promptly_row)  # rows of two levels: each says
    assert promptly_row.level_label.text().startswith("▲")
    assert bone_pain.earlier_button.text() == "Show 1 more time"
    click(qtbot, bone_pain.earlier_button)
    assert len(bone_pain.rows()) == 5
    assert not bone_pain.earlier_button.isVisible()


def test_discussed_is_reachable_by_keyboard(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_seizure(record)
    view = make_view(record)
    view.activateWindow()
    qtbot.waitActive(view)
    row = card_for(view, "seizure")
    row.why_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(row.why_button, Qt.Key.Key_Space)
    assert row.why_panel.isVisible()
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    assert view.focusWidget() is row.discussed_button
    monkeypatch.setattr(view, "ask_discussed", discuss_on(qtbot, dt.date(2026, 12, 2)))
    qtbot.keyClick(row.discussed_button, Qt.Key.Key_Space)
    assert view.headings() == ["Discussed with your care team: 1 symptom"]
    assert record.flags.evaluate()[0].discussed is not None


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
    assert view.headings() == ["Discussed with your care team: 1 symptom"]
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
    assert view.headings() == ["To tell your care team: 1 symptom (1 promptly)"]
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
    assert "It has happened again since" in card.discussed_label.text()
    assert view.headings() == ["To tell your care team: 1 symptom (1 promptly)"]
    assert card.discussed_button.isVisibleTo(card)


def saved(view: FlagsView, day: dt.date) -> None:
    """What the window tells every page after a day is saved."""
    view.record_changed(RecordChanges.of_days({day}))


def test_a_long_steady_episode_is_one_row_ongoing_since_its_first_day_and_stays_discussed(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nausea at 3 for forty evenings and bone pain at 6 for the last twenty (an evening missed):
    one row each, "ongoing since" its first day; discussed, the pain stays one quiet row as it
    goes on, reads as a span of days once a calmer day is logged, and opens again when worse."""
    first = TODAY - dt.timedelta(days=40)
    for number in range(40):
        if number in (7, 27):  # missed evenings
            continue
        pain = {"bone_pain": 6} if number >= 20 else {}
        log(record, first + dt.timedelta(days=number), nausea=3, **pain)
    view = make_view(record)
    pain_row = card_for(view, "bone_pain")
    assert pain_row.days_label.text() == "Ongoing since 15 November 2026"
    assert "Ongoing since 15 November 2026" in pain_row.accessibleName()
    nausea = symptom_card(view, "nausea")
    assert [row.days_label.text() for row in nausea.rows()] == ["Ongoing since 26 October 2026"]
    assert nausea.summary_label.text() == "Flagged once in this period."

    monkeypatch.setattr(view, "ask_discussed", discuss_on(qtbot, TODAY - dt.timedelta(days=10)))
    click(qtbot, pain_row.discussed_button)
    for day in (TODAY - dt.timedelta(days=1), TODAY):  # two more evenings at the same level
        log(record, day, nausea=3, bone_pain=6)
        saved(view, day)
    pain_row = card_for(view, "bone_pain")
    assert pain_row.days_label.text() == "Ongoing since 15 November 2026"
    assert pain_row.flag.last_day == TODAY and not pain_row.flag.is_open
    assert pain_row.discussed_label is not None
    assert view.headings() == [
        "To tell your care team: 1 symptom",
        "Discussed with your care team: 1 symptom",
    ]

    log(record, TODAY, nausea=3, bone_pain=2)  # a calmer day: the episode ended yesterday
    saved(view, TODAY)
    assert card_for(view, "bone_pain").days_label.text() == "15 November to 4 December 2026"
    assert card_for(view, "nausea").days_label.text() == "Ongoing since 26 October 2026"

    log(record, TODAY, nausea=3, bone_pain=8)  # worse than when it was discussed
    saved(view, TODAY)
    pain_row = card_for(view, "bone_pain")
    assert pain_row.flag.is_open and pain_row.days_label.text() == "Ongoing since 15 November 2026"
    assert pain_row.discussed_label is not None
    assert "It has been worse since" in pain_row.discussed_label.text()
    assert view.headings() == ["To tell your care team: 2 symptoms (1 promptly)"]


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


def test_a_long_history_shows_the_newest_times_and_the_rest_on_request(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker
) -> None:
    for number in range(EPISODES_SHOWN + 5):
        log_seizure(record, TODAY - dt.timedelta(days=2 * number))
    view = make_view(record)
    view.set_period_days(ALL_DAYS)
    (seizure,) = view.symptom_cards()
    assert view.headings() == ["To tell your care team: 1 symptom (1 promptly)"]
    assert len(seizure.rows()) == EPISODES_SHOWN
    assert seizure.rows()[0].flag.first_day == TODAY
    assert seizure.earlier_button.isVisible()
    assert seizure.earlier_button.text() == "Show 5 more times"
    click(qtbot, seizure.earlier_button)
    assert len(seizure.rows()) == EPISODES_SHOWN + 5
    assert not seizure.earlier_button.isVisible()

    # "See why" on the oldest flag shows the card's rows as far as needed to show it.
    view.set_period_days(90)
    assert len(symptom_card(view, "seizure").rows()) == EPISODES_SHOWN
    oldest = record.flags.evaluate()[-1]
    card = view.show_flag(oldest)
    assert card is not None and card.flag.first_day == oldest.first_day
    assert card.is_highlighted()
    assert card.why_panel.isVisible()


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
    assert symptom_card(view, "temperature").symptom_label.text() == "Temperature"
    assert card.rule_label.text() == "A raised temperature"
    assert "Contact your care team promptly" in card.level_label.text()
    lines = [label.text() for label in card.context_labels]
    assert any("ASCO/IDSA" in line and "38.3 °C" in line for line in lines)
    assert "You were on Capecitabine (chemotherapy) on this day." in lines
    click(qtbot, card.why_button)
    assert "weaker immune system" in card.passage_label.text()
    assert "key takeaways" in card.sources_label.text()


def test_a_card_whose_latest_time_goes_on_says_since_when(
    record: CareRecord, make_view: ViewMaker
) -> None:
    log(record, dt.date(2026, 11, 2), bone_pain=5)  # an earlier time, one day
    for day in range(20, 31):
        log(record, dt.date(2026, 11, day), bone_pain=6)
    view = make_view(record)
    card = symptom_card(view, "bone_pain")
    assert card.summary_label.text() == (
        "Flagged 2 times in this period, the latest ongoing since 20 November 2026."
    )
    assert [row.days_label.text() for row in card.rows()] == [
        "Ongoing since 20 November 2026",
        "2 November 2026",
    ]


@pytest.mark.parametrize(
    ("days_ago", "words", "asks_to_tell"),
    [
        (0, "▲  Contact your care team promptly", False),
        (2, "▲  Contact your care team promptly", False),
        (3, "▲  Flagged 2 December 2026: contact your care team promptly", True),
        (40, "▲  Flagged 26 October 2026: contact your care team promptly", True),
    ],
)
def test_a_contact_promptly_card_says_when_it_asked_once_it_is_some_days_old(
    record: CareRecord, make_view: ViewMaker, days_ago: int, words: str, asks_to_tell: bool
) -> None:
    """A fever or seizure of weeks ago does not read as "call now": it says when it was
    flagged and asks to tell the care team if that was not done (PROMPT_CURRENT_DAYS, a
    display choice)."""
    log_seizure(record, TODAY - dt.timedelta(days=days_ago))
    view = make_view(record)
    (seizure,) = view.symptom_cards()
    assert seizure.level_label.text() == words
    assert ("tell them now" in seizure.summary_label.text()) is asks_to_tell
    assert words.split(maxsplit=1)[1] in seizure.accessibleName()


def test_a_discussed_contact_promptly_card_does_not_ask_to_tell_again(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker
) -> None:
    log_seizure(record, TODAY - dt.timedelta(days=20))
    (flag,) = record.flags.evaluate()
    record.flags.mark_discussed(flag, TODAY - dt.timedelta(days=18), "", today=TODAY)
    view = make_view(record)
    view.set_state_filter("all")
    assert view.headings() == ["Discussed with your care team: 1 symptom"]
    (seizure,) = view.symptom_cards()
    assert "tell them now" not in seizure.summary_label.text()
