"""Raw decoded text → :class:`Article`: title, abstract, keywords, sections, sentences.

The layout roles of lines (``etl.text.lines``) decide what is body; body lines
are joined into paragraphs across PDF line breaks, and a paragraph that a title
or abstract block interrupted is joined across it too (the cut is remembered
so evidence never spans it).

    >>> a = parse_article("一、总体判断\\n创新是发展的第一动力。佛山要\\n加快转型。\\n")
    >>> [(s.role, s.text, s.section) for s in a.sentences]
    [('heading', '一、总体判断', ('一、总体判断',)), ('body', '创新是发展的第一动力。', ('一、总体判断',)), ('body', '佛山要加快转型。', ('一、总体判断',))]
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field

from etl.text.article import Article, Section, Sentence
from etl.text.clean import MappedText
from etl.text.lines import (
    ABSTRACT_MARK, KEYWORDS_MARK, LIST_BULLET, SPEAKER, TIMESTAMPED, Line, classify_lines, ends_sentence,
    typical_width,
)
from etl.text.sentences import sentence_spans
from etl.text.speech import speech_spans

_KEYWORD_SPLIT = re.compile(r"[；;，,、\s]+")
# a short run of digits ending a line with no unit (增长 1) and the rest of a figure with its unit
# opening the next (1.0%): one number the margin cut, however short the line
_BARE_DIGITS_END = re.compile(r"(?:^|[^\d.,，、])\s?\d{1,3}$")
_UNIT_AFTER = re.compile(r"\d*\.\d+\s*(?:%|％|‰|个百分点|万|亿|元|倍)")
_LEADING_ZERO = re.compile(r"0(?![.．])")  # how a number's second half may begin, never a number's start (0.5 is)
_BLOCK_BREAKING = ("title", "abstract", "keywords", "caption", "furniture", "back_matter")


@dataclass(slots=True)
class _Paragraph:
    role: str
    section: tuple[str, ...]
    text: MappedText = field(default_factory=MappedText)


@dataclass(slots=True)
class _Builder:
    """Walks the classified lines once, keeping the open paragraph and section stack."""

    raw: str
    width: int
    markdown: bool
    paragraphs: list[_Paragraph] = field(default_factory=list)
    stack: list[tuple[int, str, int]] = field(default_factory=list)  # (level, heading, start)
    sections: list[Section] = field(default_factory=list)
    body: _Paragraph | None = None
    last_body: Line | None = None
    abstract: _Paragraph | None = None
    last_abstract: Line | None = None
    title: str | None = None
    keywords: list[str] = field(default_factory=list)

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(h for _, h, _ in self.stack)

    def close_body(self) -> None:
        self.body, self.last_body = None, None

    def heading(self, line: Line) -> None:
        self.close_body()
        self.abstract = None
        text = re.sub(r"\s+", "", line.text).lstrip("#")
        while self.stack and self.stack[-1][0] >= line.level:
            self._pop(line.start)
        self.stack.append((line.level, text, line.start))
        para = _Paragraph("heading", self.path)
        para.text.add_line(line.text.lstrip().lstrip("#"), line.start + len(line.text) - len(line.text.lstrip().lstrip("#")))
        self.paragraphs.append(para)

    def _pop(self, end: int) -> None:
        level, heading, start = self.stack[-1]
        self.sections.append(Section(heading, level, start, end, self.path))
        self.stack.pop()

    def close_sections(self) -> None:
        while self.stack:
            self._pop(len(self.raw))
        self.sections.sort(key=lambda s: s.start)

    def body_line(self, line: Line, blank_before: bool) -> None:
        self.abstract = None
        prev = self.last_body
        new = (
            self.body is None
            or (self.markdown and blank_before)
            or (prev is not None and ends_sentence(prev.text)
                and (len(prev.stripped) < 0.9 * self.width or line.lead_space or SPEAKER.match(line.stripped)))
            or TIMESTAMPED.match(line.stripped) is not None
            or LIST_BULLET.match(line.stripped) is not None
        )
        if new:
            self.body = _Paragraph("body", self.path)
            self.paragraphs.append(self.body)
        text, start = line.text, line.start
        if bullet := LIST_BULLET.match(text, len(text) - len(text.lstrip())):  # the item's text, not its glyph
            text, start = text[bullet.end():], start + bullet.end()
        self.body.text.add_line(text, start, cut=not new and self._cuts_number(prev, line))
        self.last_body = line

    def _cuts_number(self, prev: Line | None, line: Line) -> bool:
        """A line ending in a digit and its next beginning with one: the margin cut a number
        (2⏎020年) where the line is (nearly) full or the next goes on with a 0 (4⏎00多名), which
        begins no number; separate numbers side by side are written with a mark between them."""
        if prev is None or not (prev.stripped[-1:].isdigit() and line.stripped[:1].isdigit()):
            return False
        return (len(prev.stripped) >= 0.8 * self.width or bool(_LEADING_ZERO.match(line.stripped))
                or bool(_BARE_DIGITS_END.search(prev.stripped) and _UNIT_AFTER.match(line.stripped)))

    def abstract_line(self, line: Line) -> None:
        if self.body:
            self.body.text.mark_break()
        text, start = line.text, line.start
        if m := ABSTRACT_MARK.match(text.lstrip()):
            skip = len(text) - len(text.lstrip()) + m.end()
            text, start = text[skip:], start + skip
            self.abstract = None
        goes_on = self.abstract is not None
        if self.abstract is None:
            self.abstract = _Paragraph("abstract", ("摘要",))
            self.paragraphs.append(self.abstract)
        self.abstract.text.add_line(text, start, cut=goes_on and self._cuts_number(self.last_abstract, line))
        self.last_abstract = line

    def keywords_line(self, line: Line) -> None:
        s = line.stripped
        if m := KEYWORDS_MARK.match(s):
            s = s[m.end():]
        self.keywords.extend(k for k in _KEYWORD_SPLIT.split(s) if k)


def parse_article(raw: str) -> Article:
    lines = classify_lines(raw)
    b = _Builder(raw, typical_width(lines), markdown=bool(re.search(r"(?m)^#{1,6}\s", raw)))
    blank_before = False
    for line in lines:
        if line.role == "blank":
            blank_before = True
            continue
        if line.role == "heading":
            b.heading(line)
        elif line.role == "abstract":
            b.abstract_line(line)
        elif line.role == "body":
            b.body_line(line, blank_before)
        else:
            if line.role == "title" and b.title is None:
                b.title = line.stripped.lstrip("#").strip()
            elif line.role == "keywords":
                b.keywords_line(line)
            b.abstract = None
            if b.body:
                b.body.text.mark_break()
        blank_before = False
    b.close_sections()
    abstract = "".join(p.text.text for p in b.paragraphs if p.role == "abstract") or None
    return Article(
        raw=raw,
        title=b.title,
        abstract=abstract,
        keywords=b.keywords,
        sections=b.sections,
        sentences=[s for n, p in enumerate(b.paragraphs) for s in _sentences(p, n)],
        n_paragraphs=sum(1 for p in b.paragraphs if p.role == "body"),
    )


def _sentences(para: _Paragraph, number: int) -> list[Sentence]:
    t = para.text
    t.join_letterspaced()
    speech = speech_spans(t.text)
    out = []
    for s, e in sentence_spans(t.text):
        while s < e and t.text[s].isspace():
            s += 1
        if e - s < 2:
            continue
        out.append(Sentence(
            text=t.text[s:e],
            offsets=array("i", t.offsets[s:e]),
            paragraph=number,
            section=para.section,
            role=para.role,
            citations=tuple(m for p, m in t.markers if s < p <= e),
            breaks=tuple(x - s for x in t.breaks if s < x < e),
            speech=tuple((max(a, s) - s, min(b, e) - s) for a, b in speech if a < e and b > s),
        ))
    return out
