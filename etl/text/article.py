"""The parsed article: structure and sentences, each grounded in the raw text.

Every piece of text here is *clean* (PDF line breaks, page furniture and footnote
markers removed) but remembers, character by character, where it came from in
the raw decoded file, so a record can always point back at ``raw[start:end]``.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of clean text; ``offsets[i]`` is the raw index of ``text[i]``.

    The offsets are a compact ``array`` (4 bytes a character): a corpus of thousands
    of articles is held and passed between pipeline steps at once.
    """

    text: str
    offsets: array
    paragraph: int
    section: tuple[str, ...] = ()
    role: str = "body"  # body | abstract | heading | title | keywords
    citations: tuple[str, ...] = ()
    breaks: tuple[int, ...] = ()  # positions in ``text`` where a layout block was cut out
    speech: tuple[tuple[int, int], ...] = ()  # spans of ``text`` quoting someone's own words

    def quotes_at(self, i: int) -> bool:
        """Whether ``text[i]`` is inside someone's quoted words (:mod:`etl.text.speech`)."""
        return any(s <= i < e for s, e in self.speech)

    @property
    def start(self) -> int:
        return self.offsets[0]

    @property
    def end(self) -> int:
        return self.offsets[-1] + 1

    def raw_span(self, i: int, j: int) -> tuple[int, int]:
        """Raw ``[start, end)`` of the clean slice ``text[i:j]``."""
        return self.offsets[i], self.offsets[j - 1] + 1


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the raw span its body covers, with its path from the top."""

    heading: str
    level: int
    start: int
    end: int
    path: tuple[str, ...]


@dataclass(slots=True)
class Article:
    raw: str
    title: str | None = None
    abstract: str | None = None
    keywords: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    n_paragraphs: int = 0
