"""The one check every knowledge file passes: the keys it declares, which are required, their types.

A knowledge file is edited by people, and a misspelt key (``persistant_days = 3``) used to vanish
without a word, taking a rule with it. So each table and entry kind of each file is declared once
as a ``Shape`` (in ``knowledge.py``, beside its loader): the keys it allows, which of them are
required, and the type of each value. ``Shape.check`` compares a parsed file with its shape
before the loader reads it, and refuses anything else with a ``KnowledgeFileError`` that names the
file, the entry and the key, and suggests the nearest allowed key when one is close. The loaders
can then read what they know is present and well typed, and check only what needs another file
or several values at once (known sources, the symptom catalogue, thresholds in order).
"""

from __future__ import annotations

import difflib
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from mbc_tracker.domain.language import ENGLISH, LANGUAGES

DEFAULT_LANGUAGE = ENGLISH


class KnowledgeFileError(ValueError):
    """A knowledge file is missing a field, or holds a key or value the app cannot use."""


def _quoted(values: Sequence[str]) -> str:
    return ", ".join(f"'{value}'" for value in values)


def _nearest(value: str, allowed: Sequence[str]) -> str:
    """The hint " (did you mean 'x'?)" when an allowed value is close to ``value``, else ""."""
    close = difflib.get_close_matches(value, allowed, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def refuse_unknown(value: str, allowed: Sequence[str], refusal: str, where: str) -> None:
    """Refuse ``value`` unless it is allowed, naming the nearest allowed value when one is close.

    ``refusal`` begins the message: "unknown key" gives "unknown key 'persistant_days' (did you
    mean 'persistent_days'?)".
    """
    if value in allowed:
        return
    hint = _nearest(value, allowed) or f" (allowed: {_quoted(allowed)})"
    raise KnowledgeFileError(f"{where}: {refusal} '{value}'{hint}")


def table_where(parent: str, key: str) -> str:
    """How messages name a table: "flags.toml, [defaults]"."""
    return f"{parent}, [{key}]"


@dataclass(frozen=True, kw_only=True)
class Value(ABC):
    """What one key may hold; ``required`` says whether the key must be there."""

    required: bool = True

    @abstractmethod
    def description(self) -> str:
        """What the value must be, completing "'key' must be ..."."""

    @abstractmethod
    def check(self, value: object, key: str, where: str) -> None:
        """Raise ``KnowledgeFileError`` unless ``value`` is what ``key`` may hold."""

    def missing(self, key: str, where: str) -> KnowledgeFileError:
        return KnowledgeFileError(f"{where}: '{key}' is missing (it must be {self.description()})")

    def wrong(self, key: str, where: str) -> KnowledgeFileError:
        return KnowledgeFileError(f"{where}: '{key}' must be {self.description()}")


@dataclass(frozen=True, kw_only=True)
class Text(Value):
    """A non-empty text; with ``choices``, one of them."""

    choices: tuple[str, ...] = ()

    def description(self) -> str:
        return f"one of {_quoted(self.choices)}" if self.choices else "a non-empty text"

    def check(self, value: object, key: str, where: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise self.wrong(key, where)
        if self.choices:
            refuse_unknown(value, self.choices, f"'{key}' cannot be", where)


@dataclass(frozen=True, kw_only=True)
class TextList(Value):
    """Distinct non-empty texts, at least ``at_least`` of them, each from ``choices`` if given."""

    at_least: int = 0
    choices: tuple[str, ...] = ()

    def description(self) -> str:
        items = f"values from {_quoted(self.choices)}" if self.choices else "texts"
        if self.at_least > 1:
            return f"a list of at least {self.at_least} {items}"
        return f"a {'non-empty ' if self.at_least else ''}list of {items}"

    def check(self, value: object, key: str, where: str) -> None:
        if not isinstance(value, list) or len(value) < self.at_least:
            raise self.wrong(key, where)
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise self.wrong(key, where)
            if self.choices:
                refuse_unknown(item, self.choices, f"'{key}' cannot hold", where)
        repeated = sorted({item for item in value if value.count(item) > 1})
        if repeated:
            raise KnowledgeFileError(f"{where}: '{key}' lists {_quoted(repeated)} more than once")


@dataclass(frozen=True, kw_only=True)
class Flag(Value):
    """true or false."""

    def description(self) -> str:
        return "true or false"

    def check(self, value: object, key: str, where: str) -> None:
        if not isinstance(value, bool):
            raise self.wrong(key, where)


@dataclass(frozen=True, kw_only=True)
class WholeNumber(Value):
    """A whole number from ``low`` to ``high``, both included."""

    low: int
    high: int

    def description(self) -> str:
        return f"a whole number from {self.low} to {self.high}"

    def check(self, value: object, key: str, where: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.wrong(key, where)
        if not self.low <= value <= self.high:
            raise self.wrong(key, where)


@dataclass(frozen=True, kw_only=True)
class Number(Value):
    """A number (whole or decimal) above ``above`` and below ``below``."""

    above: float
    below: float

    def description(self) -> str:
        return f"a number above {self.above:g} and below {self.below:g}"

    def check(self, value: object, key: str, where: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.wrong(key, where)
        if not self.above < value < self.below:
            raise self.wrong(key, where)


@dataclass(frozen=True, kw_only=True)
class LanguageTexts(Value):
    """Texts keyed by language (``label.en = "..."``); English is always there.

    Only the languages the app is offered in (``domain.language.LANGUAGES``) may appear: a text
    under any other code would never be shown, so ``label.sp`` is a typing mistake for
    ``label.es`` and is refused as one."""

    def description(self) -> str:
        return f"texts keyed by language, with English (.{DEFAULT_LANGUAGE}) always given"

    def check(self, value: object, key: str, where: str) -> None:
        if not isinstance(value, dict):
            raise self.wrong(key, where)
        if DEFAULT_LANGUAGE not in value:
            raise KnowledgeFileError(
                f"{where}: '{key}' needs an English text ({key}.{DEFAULT_LANGUAGE})"
            )
        for language, text in value.items():
            if language not in LANGUAGES:
                hint = (
                    _nearest(language, tuple(LANGUAGES)) or f" (known: {_quoted(tuple(LANGUAGES))})"
                )
                raise KnowledgeFileError(
                    f"{where}: '{key}.{language}' is not a language code the app knows{hint}"
                )
            if not isinstance(text, str) or not text.strip():
                raise KnowledgeFileError(f"{where}: '{key}.{language}' must be a non-empty text")


@dataclass(frozen=True)
class Shape:
    """One kind of table or entry: its keys and what each may hold.

    ``kind`` is how an entry of this shape is named in messages ("symptom", "drug"), and
    ``named_by`` the key whose value tells entries apart ("key" gives "symptom 'bone_pain'").
    """

    fields: Mapping[str, Value]
    kind: str = ""
    named_by: str | None = None

    def where(self, parent: str, name: object = None, number: int | None = None) -> str:
        """How messages name one entry of this shape: by its name, else by its number."""
        if isinstance(name, str) and name.strip():
            return f"{parent}, {self.kind} '{name}'"
        return f"{parent}, {self.kind} {number}" if number is not None else parent

    def entry_where(self, parent: str, entry: Mapping[str, object], number: int) -> str:
        """How messages name the ``number``th entry of a list of this shape (counting from 1)."""
        name = entry.get(self.named_by) if self.named_by else None
        return self.where(parent, name, number)

    def check(self, entry: object, where: str) -> None:
        """Refuse unknown keys, missing required keys and values of the wrong type."""
        if not isinstance(entry, dict):
            raise KnowledgeFileError(f"{where}: must be a table of keys and values")
        for key in entry:
            refuse_unknown(key, tuple(self.fields), "unknown key", where)
        for key, value_type in self.fields.items():
            if key in entry:
                value_type.check(entry[key], key, where)
            elif value_type.required:
                raise value_type.missing(key, where)


@dataclass(frozen=True, kw_only=True)
class Table(Value):
    """One table, ``[defaults]``."""

    shape: Shape

    def description(self) -> str:
        return "a table"

    def missing(self, key: str, where: str) -> KnowledgeFileError:
        return KnowledgeFileError(f"{where}: [{key}] is missing")

    def check(self, value: object, key: str, where: str) -> None:
        self.shape.check(value, table_where(where, key))


@dataclass(frozen=True, kw_only=True)
class Tables(Value):
    """A list of tables, ``[[symptom]]`` or ``drugs = [{ ... }]``, perhaps never empty."""

    shape: Shape
    at_least_one: bool = False

    def description(self) -> str:
        return f"a list of {self.shape.kind} tables"

    def missing(self, key: str, where: str) -> KnowledgeFileError:
        if self.at_least_one:
            return KnowledgeFileError(f"{where}: no [[{key}]] entries")
        return super().missing(key, where)

    def check(self, value: object, key: str, where: str) -> None:
        if not isinstance(value, list):
            raise self.wrong(key, where)
        if self.at_least_one and not value:
            raise self.missing(key, where)
        for number, entry in enumerate(value, start=1):
            if not isinstance(entry, dict):
                raise KnowledgeFileError(
                    f"{self.shape.where(where, None, number)}: must be a table of keys and values"
                )
            self.shape.check(entry, self.shape.entry_where(where, entry, number))


@dataclass(frozen=True, kw_only=True)
class NamedTables(Value):
    """Tables named by id, ``[reading.er_low]``: exactly ``names`` when given, else any."""

    shape: Shape
    names: tuple[str, ...] = ()

    def description(self) -> str:
        return f"tables [{self.shape.kind}.<name>]"

    def check(self, value: object, key: str, where: str) -> None:
        if not isinstance(value, dict):
            raise self.wrong(key, where)
        for name, entry in value.items():
            if self.names:
                refuse_unknown(name, self.names, f"unknown {self.shape.kind}", where)
            self.shape.check(entry, self.shape.where(where, name))
        missing = [name for name in self.names if name not in value]
        if missing:
            raise KnowledgeFileError(f"{self.shape.where(where, missing[0])}: missing")
