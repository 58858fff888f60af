"""The record's tables as a SQLAlchemy 2 typed ORM, with their rules enforced by SQLite too.

Ranges, allowed values and required fields are CHECK and NOT NULL constraints, so that a bug in
any layer above cannot write a severity of 11 or a treatment that ends before it starts. The
allowed values come from the domain enums; changing one means a migration. Constraint names
follow a fixed convention so that Alembic batch migrations can find them on SQLite.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from mbc_tracker.domain.records import (
    AppointmentKind,
    GeneResult,
    Her2Ihc,
    IshResult,
    MarkerResult,
    MeasurementKind,
    PaperSize,
    Presentation,
    Route,
    SampleKind,
    StopReason,
    SymptomKind,
    TemperatureUnit,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.domain.schedules import MAX_CYCLE_DAYS, MAX_INTERVAL_DAYS, DoseStatus, ScheduleKind

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def one_of(column: str, values: type[StrEnum], nullable: bool = True) -> str:
    """A CHECK expression allowing only an enum's stored values (and NULL when nullable)."""
    allowed = ", ".join(f"'{member.value}'" for member in values)
    expression = f"{column} IN ({allowed})"
    return f"{column} IS NULL OR {expression}" if nullable else expression


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PersonRow(Base):
    """The one person this record is about (a record file holds exactly one)."""

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_person"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(one_of("presentation", Presentation), name="presentation"),
        CheckConstraint(one_of("weight_unit", WeightUnit, nullable=False), name="weight_unit"),
        CheckConstraint(
            one_of("temperature_unit", TemperatureUnit, nullable=False), name="temperature_unit"
        ),
        CheckConstraint(one_of("paper_size", PaperSize), name="paper_size"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    metastatic_diagnosis_date: Mapped[dt.date | None] = mapped_column(Date)
    presentation: Mapped[str | None] = mapped_column(String(20))
    first_diagnosis_date: Mapped[dt.date | None] = mapped_column(Date)
    spread_bone: Mapped[bool] = mapped_column(Boolean, default=False)
    spread_lung: Mapped[bool] = mapped_column(Boolean, default=False)
    spread_liver: Mapped[bool] = mapped_column(Boolean, default=False)
    spread_brain: Mapped[bool] = mapped_column(Boolean, default=False)
    spread_other: Mapped[str] = mapped_column(Text, default="")
    weight_unit: Mapped[str] = mapped_column(String(2), default=WeightUnit.KG.value)
    temperature_unit: Mapped[str] = mapped_column(String(1), default=TemperatureUnit.CELSIUS.value)
    paper_size: Mapped[str | None] = mapped_column(String(10))

    care_team: Mapped[list[CareTeamContactRow]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )


class CareTeamContactRow(Base):
    __tablename__ = "care_team_contact"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The number to call with an urgent problem (a 24-hour line): Today's banner shows it when a
    # day raises a "contact your care team promptly" flag. Added by revision 0002.
    urgent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    person: Mapped[PersonRow] = relationship(back_populates="care_team")


class ReceptorTestRow(Base):
    __tablename__ = "receptor_test"
    __table_args__ = (
        CheckConstraint(one_of("sample_kind", SampleKind, nullable=False), name="sample_kind"),
        CheckConstraint("er_percent IS NULL OR er_percent BETWEEN 0 AND 100", name="er_range"),
        CheckConstraint("pr_percent IS NULL OR pr_percent BETWEEN 0 AND 100", name="pr_range"),
        CheckConstraint(one_of("her2_ihc", Her2Ihc), name="her2_ihc"),
        CheckConstraint(one_of("ish", IshResult), name="ish"),
        CheckConstraint(one_of("brca1", GeneResult), name="brca1"),
        CheckConstraint(one_of("brca2", GeneResult), name="brca2"),
        CheckConstraint(one_of("pdl1", MarkerResult), name="pdl1"),
        CheckConstraint(one_of("trop2", MarkerResult), name="trop2"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    test_date: Mapped[dt.date] = mapped_column(Date, index=True)
    sample_kind: Mapped[str] = mapped_column(String(20))
    sample_site: Mapped[str] = mapped_column(String(200), default="")
    er_percent: Mapped[float | None] = mapped_column(Float)
    pr_percent: Mapped[float | None] = mapped_column(Float)
    her2_ihc: Mapped[str | None] = mapped_column(String(2))
    ish: Mapped[str | None] = mapped_column(String(20))
    brca1: Mapped[str | None] = mapped_column(String(20))
    brca2: Mapped[str | None] = mapped_column(String(20))
    pdl1: Mapped[str | None] = mapped_column(String(20))
    trop2: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")


class TreatmentRow(Base):
    __tablename__ = "treatment"
    __table_args__ = (
        CheckConstraint(one_of("category", TreatmentCategory, nullable=False), name="category"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(one_of("route", Route), name="route"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="ends_after_start"),
        CheckConstraint(one_of("reason_stopped", StopReason), name="reason_stopped"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    route: Mapped[str | None] = mapped_column(String(20))
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    reason_stopped: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")


class TreatmentScheduleRow(Base):
    """When a treatment is due (``domain.schedules.Schedule``), from ``starts_on``: a later
    schedule of the same treatment ends the one before. ``times`` are "HH:MM" separated by
    spaces, in order ("" for once a day at no set time)."""

    __tablename__ = "treatment_schedule"
    __table_args__ = (
        CheckConstraint(one_of("kind", ScheduleKind, nullable=False), name="kind"),
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ends_after_start"),
        CheckConstraint(
            f"days_on BETWEEN 0 AND {MAX_CYCLE_DAYS} AND days_off BETWEEN 0 AND {MAX_CYCLE_DAYS}",
            name="cycle_days",
        ),
        CheckConstraint(f"every_days BETWEEN 0 AND {MAX_INTERVAL_DAYS}", name="every_days_range"),
        CheckConstraint(
            "minimum_gap_minutes IS NULL OR minimum_gap_minutes BETWEEN 1 AND 4320",
            name="minimum_gap_range",
        ),
        UniqueConstraint("treatment_id", "starts_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    treatment_id: Mapped[int] = mapped_column(
        ForeignKey("treatment.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    times: Mapped[str] = mapped_column(String(100), default="")
    days_on: Mapped[int] = mapped_column(Integer, default=0)
    days_off: Mapped[int] = mapped_column(Integer, default=0)
    every_days: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(String(200), default="")
    minimum_gap_minutes: Mapped[int | None] = mapped_column(Integer)
    dose: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(40), default="")


class DoseRow(Base):
    """What was recorded for one dose (``domain.schedules.DoseRecord``): the slot it answers
    (``day`` and ``time`` "HH:MM", "" for a dose at no set time) and how it went;
    ``ask_after_at`` (migration 0004) when to ask the score after an as-needed dose."""

    __tablename__ = "dose"
    __table_args__ = (
        CheckConstraint(one_of("status", DoseStatus, nullable=False), name="status"),
        CheckConstraint(
            "score_before IS NULL OR score_before BETWEEN 0 AND 10", name="score_before_range"
        ),
        CheckConstraint(
            "score_after IS NULL OR score_after BETWEEN 0 AND 10", name="score_after_range"
        ),
        UniqueConstraint("treatment_id", "day", "time"),
        Index("ix_dose_day", "day"),
        Index("ix_dose_ask_after_at", "ask_after_at"),  # the reminders' "How is it now?"
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    treatment_id: Mapped[int] = mapped_column(ForeignKey("treatment.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    time: Mapped[str] = mapped_column(String(5), default="")
    status: Mapped[str] = mapped_column(String(10))
    at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(200), default="")
    score_before: Mapped[int | None] = mapped_column(Integer)
    score_after: Mapped[int | None] = mapped_column(Integer)
    ask_after_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AppointmentRow(Base):
    __tablename__ = "appointment"
    __table_args__ = (
        CheckConstraint(one_of("kind", AppointmentKind, nullable=False), name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    clinician: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    questions: Mapped[list[AppointmentQuestionRow]] = relationship(
        back_populates="appointment",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AppointmentQuestionRow.position",
    )


class AppointmentQuestionRow(Base):
    __tablename__ = "appointment_question"
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    answered: Mapped[bool] = mapped_column(Boolean, default=False)
    answer: Mapped[str] = mapped_column(Text, default="")

    appointment: Mapped[AppointmentRow] = relationship(back_populates="questions")


class TrackedSymptomRow(Base):
    """A symptom this record tracks: a catalogue key, or the person's own (``own`` true)."""

    __tablename__ = "tracked_symptom"
    __table_args__ = (
        CheckConstraint(one_of("kind", SymptomKind, nullable=False), name="kind"),
        CheckConstraint("length(trim(key)) > 0", name="key_not_blank"),
        CheckConstraint("NOT own OR length(trim(label)) > 0", name="own_has_label"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    label: Mapped[str] = mapped_column(String(200), default="")  # own symptoms only
    kind: Mapped[str] = mapped_column(String(10))
    own: Mapped[bool] = mapped_column(Boolean, default=False)
    on_today: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    entries: Mapped[list[SymptomEntryRow]] = relationship(back_populates="tracked_symptom")


class SymptomEntryRow(Base):
    """One time-stamped observation: a severity for a rated symptom, present/absent for an event."""

    __tablename__ = "symptom_entry"
    __table_args__ = (
        CheckConstraint("severity IS NULL OR severity BETWEEN 0 AND 10", name="severity_range"),
        CheckConstraint("(severity IS NULL) <> (present IS NULL)", name="one_value"),
        Index("ix_symptom_entry_day_symptom", "day", "tracked_symptom_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # RESTRICT: a tracked symptom with history can be hidden from Today, never deleted with it.
    tracked_symptom_id: Mapped[int] = mapped_column(
        ForeignKey("tracked_symptom.id", ondelete="RESTRICT"), index=True
    )
    day: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    severity: Mapped[int | None] = mapped_column(Integer)
    present: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")

    tracked_symptom: Mapped[TrackedSymptomRow] = relationship(back_populates="entries")


class MeasurementRow(Base):
    __tablename__ = "measurement"
    __table_args__ = (
        CheckConstraint(one_of("kind", MeasurementKind, nullable=False), name="kind"),
        CheckConstraint(
            "(kind = 'weight' AND unit IN ('kg', 'lb')) "
            "OR (kind = 'temperature' AND unit IN ('C', 'F'))",
            name="unit_fits_kind",
        ),
        # The same wide ranges as domain.units, in the stored unit: they catch typing mistakes.
        CheckConstraint(
            "(unit = 'kg' AND value BETWEEN 20 AND 350) "
            "OR (unit = 'lb' AND value BETWEEN 44 AND 772) "
            "OR (unit = 'C' AND value BETWEEN 30 AND 45) "
            "OR (unit = 'F' AND value BETWEEN 86 AND 113)",
            name="value_range",
        ),
        Index("ix_measurement_kind_day", "kind", "day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    day: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(2))


class DayNoteRow(Base):
    __tablename__ = "day_note"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    note: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class FlagAcknowledgementRow(Base):
    """ "Discussed with my care team on ..." for a flag, so that it stays quiet unless worse."""

    __tablename__ = "flag_acknowledgement"
    __table_args__ = (
        CheckConstraint(
            "severity_at_discussion IS NULL OR severity_at_discussion BETWEEN 0 AND 10",
            name="severity_range",
        ),
        CheckConstraint("discussed_on >= first_day", name="discussed_after_start"),
        UniqueConstraint("symptom_key", "rule", "first_day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    symptom_key: Mapped[str] = mapped_column(String(120))
    rule: Mapped[str] = mapped_column(String(60))
    first_day: Mapped[dt.date] = mapped_column(Date)
    discussed_on: Mapped[dt.date] = mapped_column(Date)
    severity_at_discussion: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class PreferenceRow(Base):
    """Per-record settings (flag thresholds, report sections ...) as JSON values."""

    __tablename__ = "preference"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
