"""Fonts for the printed summary that cover whatever a person typed: any script, and emoji.

A name in Arabic, a note in Chinese or Greek, an emoji in a note: the page's sans font (DejaVu
Sans, Liberation Sans, Arial ...) does not draw them all, and a character no font draws prints
as an empty box. So every font of the summary asks Qt for a list of families
(``QFont.setFamilies``): the preferred sans first, then fallbacks that are installed, taken from
a list of fonts that a fresh Linux (Noto, DejaVu, WenQuanYi, Droid), Windows (Segoe UI, Microsoft
YaHei, Yu Gothic, Malgun Gothic, Nirmala UI, Segoe UI Emoji) or macOS (PingFang, Hiragino, Apple
SD Gothic Neo, Geeza Pro, Apple Color Emoji) machine has; then, for each writing system none of
those covers, a family Qt's font database lists for it. Monochrome emoji fonts come before colour
ones, which not every PDF viewer draws.

What no installed font can draw is never left as a box: ``printable`` writes such a character as
its Unicode name in brackets ("[herb]" for a leaf emoji), so the reader still knows what was
meant. Only QtGui is used (``QFontDatabase``, ``QRawFont``), so it runs without a display.
"""

from __future__ import annotations

import functools
import unicodedata

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

# Sans fonts in order of preference for the page's text; the first one installed is used.
PREFERRED_FAMILIES = ("DejaVu Sans", "Liberation Sans", "Arimo", "Arial", "Helvetica")

# Fallbacks for other scripts and for emoji, on Linux, Windows and macOS; installed ones are used
# in this order, each for the characters the fonts before it lack.
FALLBACK_FAMILIES = (
    # Latin, Greek, Cyrillic, Arabic and Hebrew in one family where the system has one
    "Noto Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
    # Arabic, Hebrew
    "Noto Sans Arabic",
    "Noto Naskh Arabic",
    "Geeza Pro",
    "Noto Sans Hebrew",
    "Arial Hebrew",
    # Indic and South-East Asian scripts
    "Noto Sans Devanagari",
    "Noto Sans Bengali",
    "Noto Sans Tamil",
    "Nirmala UI",
    "Kohinoor Devanagari",
    "Noto Sans Thai",
    "Leelawadee UI",
    "Thonburi",
    # Chinese, Japanese, Korean
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
    "Noto Sans CJK KR",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "Microsoft YaHei",
    "Microsoft JhengHei",
    "Yu Gothic",
    "Meiryo",
    "Malgun Gothic",
    "PingFang SC",
    "Hiragino Sans",
    "Apple SD Gothic Neo",
    # Symbols and emoji: outlines first, colour last
    "Noto Sans Symbols",
    "Noto Sans Symbols 2",
    "Noto Emoji",
    "Symbola",
    "Segoe UI Symbol",
    "Segoe UI Emoji",
    "Noto Color Emoji",
    "Apple Color Emoji",
)

# Writing systems a name or a note may be in; for each one the families above do not cover, a
# family Qt lists for it is added.
WRITING_SYSTEMS = (
    QFontDatabase.WritingSystem.Greek,
    QFontDatabase.WritingSystem.Cyrillic,
    QFontDatabase.WritingSystem.Arabic,
    QFontDatabase.WritingSystem.Hebrew,
    QFontDatabase.WritingSystem.Devanagari,
    QFontDatabase.WritingSystem.Bengali,
    QFontDatabase.WritingSystem.Tamil,
    QFontDatabase.WritingSystem.Thai,
    QFontDatabase.WritingSystem.Vietnamese,
    QFontDatabase.WritingSystem.SimplifiedChinese,
    QFontDatabase.WritingSystem.TraditionalChinese,
    QFontDatabase.WritingSystem.Japanese,
    QFontDatabase.WritingSystem.Korean,
)

# Characters that draw nothing of their own (joiners, variation selectors, combining marks,
# skin-tone modifiers): never replaced, whether or not a font has them.
_SILENT_CATEGORIES = frozenset({"Mn", "Me", "Cf", "Cc", "Zs", "Zl", "Zp"})
_SKIN_TONES = range(0x1F3FB, 0x1F400)


@functools.cache
def _raw_font(family: str) -> QRawFont | None:
    """The installed font of ``family``, or None when Qt would use another family instead."""
    font = QFont()
    font.setFamily(family)
    raw = QRawFont.fromFont(font)
    if not raw.isValid() or raw.familyName().casefold() != family.casefold():
        return None
    return raw


@functools.cache
def _installed() -> frozenset[str]:
    return frozenset(QFontDatabase.families())


def _usable(family: str) -> bool:
    return family in _installed() and _raw_font(family) is not None


@functools.cache
def font_families() -> tuple[str, ...]:
    """The families every font of the summary asks for, in order (at least one)."""
    installed = _installed()
    preferred = [family for family in PREFERRED_FAMILIES if family in installed][:1]
    if not preferred:
        preferred = [QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()]
    chosen = list(preferred)
    chosen += [f for f in FALLBACK_FAMILIES if f not in chosen and _usable(f)]
    for system in WRITING_SYSTEMS:
        if any(system in QFontDatabase.writingSystems(family) for family in chosen):
            continue
        # A sans family if Qt lists one for this script, else whatever it lists.
        candidates = [f for f in QFontDatabase.families(system) if _usable(f)]
        candidates.sort(key=lambda family: "sans" not in family.casefold())
        if candidates:
            chosen.append(candidates[0])
    return tuple(chosen)


_extra_families: list[str] = []  # found for a character none of font_families() draws


def families_for_text() -> list[str]:
    """``font_families()`` and any family found since for a character none of them draws."""
    return [*font_families(), *_extra_families]


@functools.cache
def _covering_family(code_point: int) -> str | None:
    """An installed family that draws ``code_point``: one of ours first, else any."""
    for family in font_families():
        raw = _raw_font(family)
        if raw is not None and raw.supportsCharacter(code_point):
            return family
    for family in sorted(_installed()):
        raw = _raw_font(family) if family not in font_families() else None
        if raw is not None and raw.supportsCharacter(code_point):
            if family not in _extra_families:
                _extra_families.append(family)
            return family
    return None


def _silent(character: str) -> bool:
    return unicodedata.category(character) in _SILENT_CATEGORIES or ord(character) in _SKIN_TONES


def printable(text: str) -> str:
    """``text`` with each character no installed font draws written as "[its name]"."""
    if text.isascii():
        return text  # every preferred family draws ASCII
    parts = []
    for character in text:
        if ord(character) < 0x80 or _silent(character) or _covering_family(ord(character)):
            parts.append(character)
        else:
            name = unicodedata.name(character, "").lower()
            parts.append(f"[{name}]" if name else "[?]")
    return "".join(parts)
