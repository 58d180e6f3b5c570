"""A benchmark corpus of any size, varied from the sample articles in ``examples/``.

Speed figures mean little on a few small files, and caches flatter a corpus of
copies, so every generated article is a new text of about 8,000 characters: the
front matter of one sample, its paragraphs reordered within their sections, the
sections of a second sample after them, then the first one's back matter; every
figure rescaled, every year shifted, the invented cities renamed and common
policy verbs swapped for their synonyms. The noise of the samples (PDF line
wraps, headers, footnote markers, Markdown) is kept as it is.

    >>> import random
    >>> rng = random.Random(3)
    >>> vary("2021年青澜市出口1076.4亿元，增长13.6%，推动产业升级。[12]", rng, {"青澜": "沅岚"})
    '2018年沅岚市出口1156.2亿元，增长9.6%，促进产业升级。[12]'
"""
from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from etl.text.headings import heading_level
from etl.text.lines import ends_sentence

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TARGET_CHARS = 8_000

# The invented cities of the samples (examples/README.md), and characters to name new ones.
PLACES = ("青澜", "临溪", "鹤岭", "澄州", "东屿")
_FIRST = "沅湄涪漓邕榕梧邛岚峨崇彬韶澧浔潆汀沣溧淇"
_SECOND = "岚川汀阳州溪陵屿滨源岭浦渚"
# Interchangeable words of the genre: each occurrence takes one of its group at random.
SYNONYMS = (
    ("推动", "推进", "促进"),
    ("加快", "加速"),
    ("提升", "提高"),
    ("增强", "强化"),
    ("完善", "健全"),
    ("支持", "扶持"),
    ("重要", "关键"),
    ("显著", "明显"),
    ("目前", "当前"),
    ("积极", "主动"),
    ("优化", "改善"),
    ("形成", "构建"),
    ("举措", "措施"),
    ("持续", "不断"),
)
_SYNONYM = {word: group for group in SYNONYMS for word in group}
# a clause of a paragraph's body, not its opening one: after a comma or a full stop,
# up to a comma or a full stop (which it keeps)
_INNER_CLAUSE = re.compile(r"(?<=[，。；])[^，。！？；：$|#<>_■“”《》]{4,50}[，。]")
SPLICE_SHARE = 0.7
_FRONT_CHUNKS = 3  # title, authors, abstract: never reordered
_BACK_MATTER = re.compile(r"^#*\s*[\[【]?(参考文献|注\s*释|References|尾注)")
# bracketed footnote markers stay as they are; a year is 1950–2039 standing alone
_TOKEN = re.compile(
    r"(?P<marker>\[[\d,，\s\-–]+\])"
    r"|(?<![\d.])(?P<year>19[5-9]\d|20[0-3]\d)(?![\d.])"
    r"|(?<![\d.])(?P<number>\d+(?:\.\d+)?)(?![\d.])"
    r"|(?P<word>" + "|".join(sorted(_SYNONYM, key=len, reverse=True)) + ")"
)


@dataclass(frozen=True, slots=True)
class Sample:
    """A sample article cut into front matter, sections of paragraph chunks, and back matter."""

    front: list[str]
    sections: list[list[str]]  # each: its heading chunk (if any) first, then paragraphs
    back: list[str]


def chunks(text: str) -> list[str]:
    """Runs of whole lines, each ending where a sentence ends, or before a heading.

    >>> chunks("一、总论\\n城市要\\n转型。\\n\\n企业要创新。\\n")
    ['一、总论\\n', '城市要\\n转型。\\n\\n', '企业要创新。\\n']
    """
    out: list[str] = []
    current: list[str] = []
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and current and "".join(current).strip() and (
            heading_level(stripped) or ends_sentence(_last_line(current))
        ):
            out.append("".join(current))
            current = []
        current.append(line)
        if stripped and heading_level(stripped):
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def _last_line(lines: list[str]) -> str:
    """The last non-blank line of a chunk in progress."""
    return next((l.strip() for l in reversed(lines) if l.strip()), "")


def split_sample(text: str) -> Sample:
    """Front matter (at most the first few chunks before a heading), sections, and the
    back matter from 参考文献/注释 on; chunks before the first heading past the front
    make a section without heading."""
    front: list[str] = []
    sections: list[list[str]] = []
    back: list[str] = []
    for chunk in chunks(text):
        first = chunk.strip()
        if back or _BACK_MATTER.match(first):
            back.append(chunk)
        elif heading_level(first):
            sections.append([chunk])
        elif sections:
            sections[-1].append(chunk)
        elif len(front) < _FRONT_CHUNKS:
            front.append(chunk)
        else:
            sections.append([chunk])
    return Sample(front, sections, back)


def shuffled_sections(sample: Sample, rng: random.Random, clauses: list[str]) -> list[str]:
    """The sections in order, the paragraphs of each in a new order (headings stay first),
    with some inner clauses of each paragraph exchanged for ``clauses`` of any sample."""
    out = []
    for section in sample.sections:
        head, body = (section[:1], section[1:]) if heading_level(section[0].strip()) else ([], section)
        out += head + [splice(chunk, rng, clauses) for chunk in rng.sample(body, len(body))]
    return out


def inner_clauses(sample: Sample) -> list[str]:
    """The clauses of a sample's paragraphs that :func:`splice` may exchange."""
    return [m.group() for section in sample.sections for chunk in section for m in _INNER_CLAUSE.finditer(chunk)]


def splice(chunk: str, rng: random.Random, clauses: list[str], share: float = SPLICE_SHARE) -> str:
    """Exchange about ``share`` of the inner clauses of ``chunk`` for random ``clauses``, so
    that sentences recur as rarely across generated articles as in a real corpus.

    >>> splice("城市要转型，企业要创新，政府要服务。", random.Random(1), ["园区要升级，"], 1.0)
    '城市要转型，园区要升级，园区要升级。'
    """
    def exchange(m: re.Match[str]) -> str:
        if rng.random() >= share:
            return m.group()
        other = rng.choice(clauses)
        return other[:-1] + m.group()[-1]  # the clause ends the way the replaced one did

    return _INNER_CLAUSE.sub(exchange, chunk)


def compose(
    primary: Sample, secondary: Sample, rng: random.Random, clauses: list[str], target: int = TARGET_CHARS
) -> str:
    """About ``target`` characters: the primary's front, both samples' sections, the primary's back."""
    back = "".join(primary.back)
    text = "".join(primary.front)
    for chunk in shuffled_sections(primary, rng, clauses) + shuffled_sections(secondary, rng, clauses):
        if len(text) + len(back) >= target:
            break
        text += chunk
    return text + back


def vary(text: str, rng: random.Random, places: dict[str, str]) -> str:
    """Rename places, shift years by one random offset, rescale figures, swap synonyms."""
    shift = rng.choice([-6, -5, -4, -3, -2, -1, 1, 2])

    def replace(m: re.Match[str]) -> str:
        if m.group("year"):
            return str(int(m.group("year")) + shift)
        if number := m.group("number"):
            if len(number.replace(".", "")) < 2:
                return number  # 第3位, heading numbers, single digits: left alone
            decimals = len(number.partition(".")[2])
            value = max(float(number) * rng.uniform(0.6, 1.4), 10 ** -decimals if decimals else 10)
            return f"{value:.{decimals}f}"
        if word := m.group("word"):
            return rng.choice(_SYNONYM[word])
        return m.group()

    for old, new in places.items():
        text = text.replace(old, new)
    return _TOKEN.sub(replace, text)


def place_names(rng: random.Random) -> dict[str, str]:
    """A new two-character name for each invented city of the samples."""
    names = rng.sample([a + b for a in _FIRST for b in _SECOND], len(PLACES))
    return dict(zip(PLACES, names))


def articles(n: int, seed: int = 0, source: Path = EXAMPLES) -> Iterator[str]:
    """``n`` distinct generated articles (deterministic for a seed)."""
    samples = [split_sample(p.read_text(encoding="utf-8")) for p in sorted(source.glob("*.txt"))]
    if len(samples) < 2:
        raise ValueError(f"need at least two sample articles in {source}")
    clauses = [c for s in samples for c in inner_clauses(s)]
    seen: set[str] = set()
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        while True:
            primary = samples[i % len(samples)]
            secondary = rng.choice([s for s in samples if s is not primary])
            text = vary(compose(primary, secondary, rng, clauses), rng, place_names(rng))
            digest = hashlib.sha256(text.encode()).hexdigest()
            if digest not in seen:
                break
        seen.add(digest)
        yield text


def write_corpus(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` generated articles as ``folder/NNNNN.txt`` (UTF-8); their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(articles(n, seed)):
        path = folder / f"{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
