"""Clean text that remembers where each character came from in the raw file.

Joining PDF lines, dropping footnote markers and unwrapping Markdown math all
change the text; the offsets keep every clean character tied to its raw index.

    >>> t = MappedText()
    >>> t.add_line("增长 $1 3 . 6 \\%$[3]，", 0)
    >>> t.add_line("居全国第 6 位。", 21)
    >>> t.text, t.markers
    ('增长13.6%，居全国第6位。', [(7, '[3]')])
    >>> t.offsets[2], t.offsets[8]
    (4, 21)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_FOOTNOTE = re.compile(
    r"\[\s*\d{1,3}(?:\s*[,，\-–~、]\s*\d{1,3})*\s*\]|\[\^\d+\]|<sup>.*?</sup>|\^\[?\d+\]?|[①-⑳❶-❿]"
)
_MATH = re.compile(r"\$([^$\n]{1,80})\$")
# math cut by the margin: "$3 1 . 6⏎\%$" opens on one line (a short numeric tail) and closes early on the next
_MATH_OPENS = re.compile(r"\$([^$\n]{0,30}\d[^$\n]{0,30})$")
_MATH_CLOSES = 20  # at most this many characters of the next line before its closing $
# a number set letter-spaced, one digit at a time (2 0 2 3 年, 4 7 1 4 9 5亿元), maybe across a line break
_LETTERSPACED = re.compile(r"(?<![\d.,])\d(?: \d){3,}(?!\d)")
_MD_MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)|\*\*|__|(?<=\])\([^)]*\)|^>\s*|^[-*+]\s+")
_MD_LINK_OPEN = re.compile(r"\[(?=[^\]\d][^\]]*\]\()")
_LATEX_WORD = re.compile(r"\\(?:mathrm|text|mathbf|rm|left|right|,|;|!)")
_LATEX_SYMBOLS = {"sim": "～", "times": "×", "cdot": "·", "approx": "≈", "leq": "≤", "le": "≤", "geq": "≥",
                  "ge": "≥", "pm": "±"}
_LATEX_SYMBOL = re.compile(r"\\(" + "|".join(sorted(_LATEX_SYMBOLS, key=len, reverse=True)) + r")(?![a-zA-Z])")
_FULLWIDTH = {c: chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH.update({c: chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH.update({c: chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULLWIDTH.update({0xFF05: "%", 0xFF0E: ".", 0x3000: " ", 0xFE6A: "%", 0x2030: "‰"})


_MAY_DROP = re.compile("[$\\[\\]<^①-⑳❶-❿*_>+\\-]")
"""What every footnote, math and Markdown pattern needs: a line without one drops nothing."""
_FOLD = {**_FULLWIDTH, 0xFEFF: " "}  # a BOM inside the text is blank too
# a full-width figure's thousands separator (２，１８４): the ideographic comma between its digits
_WIDE_THOUSANDS = re.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")
_NON_BLANK = re.compile(r"[^\s\u3000]+")


def _is_word(ch: str) -> bool:
    """ASCII letters, digits and the marks inside numbers: what a space may separate."""
    return ch.isascii() and (ch.isalnum() or ch in ".%+-")


@dataclass(slots=True)
class MappedText:
    text: str = ""
    offsets: list[int] = field(default_factory=list)
    markers: list[tuple[int, str]] = field(default_factory=list)  # (clean position, footnote marker)
    breaks: list[int] = field(default_factory=list)  # clean positions where a layout block was cut out
    open_math: bool = False  # the last line ended inside $…$ math

    def add_line(self, line: str, start: int, cut: bool = False) -> None:
        """Append one raw line (starting at raw index ``start``) to the clean text; ``cut``: the
        line break before it cut a word at the margin (a number: 提高1⏎1个百分点), so it is no blank."""
        if not _MAY_DROP.search(line):
            self.open_math = False
            self._add_words(line, start, cut)
            return
        drop = bytearray(len(line))
        footnotes = list(_FOOTNOTE.finditer(line))
        for m in footnotes:
            drop[m.start():m.end()] = b"\1" * (m.end() - m.start())
        symbols: dict[int, str] = {}  # raw index → the character a LaTeX symbol command stands for
        for a, b in self._math(line):
            for w in _LATEX_WORD.finditer(line, a, b):
                drop[w.start():w.end()] = b"\1" * (w.end() - w.start())
            for w in _LATEX_SYMBOL.finditer(line, a, b):
                symbols[w.start()] = _LATEX_SYMBOLS[w.group(1)]
                drop[w.start() + 1:w.end()] = b"\1" * (w.end() - w.start() - 1)
            for i in range(a, b):
                if (line[i].isspace() or line[i] in "$\\{}^_") and i not in symbols:
                    drop[i] = 1
        for pattern in (_MD_MARKUP, _MD_LINK_OPEN):
            for m in pattern.finditer(line):
                drop[m.start():m.end()] = b"\1" * (m.end() - m.start())
        if not any(drop):
            self._add_words(line, start, cut)
            return
        chars: list[str] = []
        offsets: list[int] = []
        kept_before = []  # kept_before[i]: clean characters of this line before raw index i
        pending_space = bool(self.text) and not cut  # a line break acts like a space between words
        for i, ch in enumerate(line):
            kept_before.append(len(chars))
            if drop[i]:
                continue
            if (ch.isspace() and ch != "\u3000") or ch == "\ufeff":
                pending_space = True
                continue
            ch = symbols.get(i) or _FULLWIDTH.get(ord(ch), ch)
            if ch == " ":
                pending_space = True
                continue
            prev = chars[-1] if chars else (self.text[-1] if self.text else "")
            if pending_space and prev and _is_word(prev) and _is_word(ch) and not (prev in ".%" or ch in ".%"):
                chars.append(" ")
                offsets.append(start + i - 1)
            pending_space = False
            chars.append(ch)
            offsets.append(start + i)
        self.markers.extend((len(self.text) + kept_before[m.start()], m.group()) for m in footnotes)
        self.text += "".join(chars)
        self.offsets.extend(offsets)

    def _math(self, line: str) -> list[tuple[int, int]]:
        """Spans of ``line`` inside $…$ math, the dollar signs included, also where the math began
        on the line before or goes on to the next one."""
        spans, pos = [], 0
        if self.open_math and 0 <= (close := line.find("$")) <= _MATH_CLOSES:
            spans.append((0, close + 1))
            pos = close + 1
        spans += [m.span() for m in _MATH.finditer(line, pos)]
        opens = _MATH_OPENS.search(line, spans[-1][1] if spans else pos)
        self.open_math = opens is not None
        return spans + ([opens.span()] if opens else [])

    def _add_words(self, line: str, start: int, cut: bool) -> None:
        """A line with nothing to drop (most of them): its runs of non-blank characters, folded to
        half width, copied whole; a blank (or the line break) between two words becomes one space."""
        folded = _WIDE_THOUSANDS.sub(",", line).translate(_FOLD)  # same length: every index still the raw one
        text, offsets = [], []
        prev = self.text[-1:]
        for m in _NON_BLANK.finditer(folded):
            a, b = m.span()
            blank_before = a > 0 or (bool(self.text) and not cut)
            ch = folded[a]
            if blank_before and prev and _is_word(prev) and _is_word(ch) and not (prev in ".%" or ch in ".%"):
                text.append(" ")
                offsets.append(start + a - 1)
            text.append(m.group())
            offsets.extend(range(start + a, start + b))
            prev = folded[b - 1]
        self.text += "".join(text)
        self.offsets.extend(offsets)

    def join_letterspaced(self) -> None:
        """Close up the numbers set one digit at a time, once the paragraph is complete."""
        blanks = {m.start() + i for m in _LETTERSPACED.finditer(self.text) for i in range(1, m.end() - m.start(), 2)}
        if not blanks:
            return
        before = [0] * (len(self.text) + 1)  # kept characters before each position
        for i in range(len(self.text)):
            before[i + 1] = before[i] + (i not in blanks)
        self.offsets = [o for i, o in enumerate(self.offsets) if i not in blanks]
        self.text = "".join(ch for i, ch in enumerate(self.text) if i not in blanks)
        self.markers = [(before[p], m) for p, m in self.markers]
        self.breaks = [before[p] for p in self.breaks]

    def mark_break(self) -> None:
        """Note that a layout block (title, abstract, caption) was skipped here."""
        if self.text and (not self.breaks or self.breaks[-1] != len(self.text)):
            self.breaks.append(len(self.text))
