"""Example records: the named, concrete cases an article cites as evidence.

A case is recognised by how policy prose offers it, not by a list of names:

* a cue before it — 如/例如/比如/譬如/诸如/像/包括, 学习/借鉴…经验 — covering the
  enumeration right after the cue and, for the story cues (如, 例如 …), the subjects
  and named organisations of the clauses that follow; 以…为例 frames one name;
* a cue after it — …就是一个典型例子;
* a count that announces its items — 占3个，分别是A、B和C; 两个新区，即A和B;
* an enumeration closed by 等 (+ a class of cases: 城市, 国家, 企业, 港口 …, or any
  class phrase when most items are named: 等主场活动) that is a clause's subject
  (X、Y等城市也面临…), not an object (进入X、Y等国家), leaving out the article's own subject;
* a story: a named company, park or project that is the subject of its clause, and the
  partner it acts with (A与B携手…);
* a 《document》 the article cites the first time (not one it takes figures from).

A name defined with an alias (…有限公司（以下简称Y）) goes by Y, as the article does.

A mention is *named* when it holds a proper noun (jieba ns/nt/nz/nr/j, Latin), a
legal form (有限公司) or a bilateral dash (中国—东盟); generic nouns (企业, 城市,
交流平台) never are, and neither are the quoted concepts an article keeps repeating.

    >>> from etl.text.parse import parse_article
    >>> article = parse_article("不少城市重新定位，如泉州提出建设先行区，郑州提出打造交通枢纽。\\n")
    >>> [(e.name, e.entity_type, e.marker) for e in extract(article)]
    [('泉州', 'place', '如'), ('郑州', 'place', '如')]
"""
from __future__ import annotations

import re

from etl.extract.cues import QUESTION, tells_cases
from etl.extract.examples.cues import CASE_AFTER, EXAMPLE_OF, HINT, STORY_MARKERS, WORTH_FOLLOWING, find_cues
from etl.extract.examples.mentions import Context, Mention, find_mentions
from etl.extract.examples.names import LEGAL_FORM, is_proper
from etl.extract.examples.reader import Reader, Span, tag_between
from etl.extract.examples.selection import (
    PROVINCE, SEGMENT_END, Found, SectionCase, acting_subjects, anonymous_cases, background, boxed_case, compared_cases,
    cued_cases, listed_cases, localed_cases, opening_case, quoted_cases, registered_cases, set_against, told_cases,
)
from etl.extract.grounding import ground
from etl.extract.recommendations import sentence_directives
from etl.text.article import Article, Sentence
from etl.text.clauses import clauses
from etl.text.headings import heading_level
from etl.text.lines import SPEAKER
from etl.text.pos import tag
from models.records import Example


_GOVERNMENT = re.compile(r"(国务院|办公厅|委员会|政府|[部厅局署委]|人大|政协|中央|海关)$")  # 发改委, 市委: no case
_HOME = frozenset({"中国", "我国", "全国", "国内", "中华人民共和国"})  # the country the articles are written in
# a section about one named case (4.1 某某智能（688371.SH）：平台化本体龙头, （二）某交易所：…): its
# paragraphs that open on that name tell the case; a security code marks a listed company
_NAMED_SECTION = re.compile(r"([^，,。；;：:（(“]{2,12})(?:([（(]\s*\d{4,6}\.[A-Z]{2}\s*[）)])|[（(：:“])")
_SLOGAN = re.compile(r"[、，,]")  # “县域统筹、片区运营”: a quoted formula of several points, no one case
_RUN_IN_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}[。.]")
_SLIDE_BAR = re.compile(r"[｜|]")  # a slide title's bar after its label (案例一｜…)
_POINTS_BACK = re.compile(r"\s*(?:这|此|该|上述)")  # a clause about what the clauses before it told


def _sentence_examples(
    sentence: Sentence, ctx: Context, story: bool = False, opens_case: bool = False, only: SectionCase | None = None,
) -> list[tuple[Found, Span]]:
    """Every case the sentence offers, with its evidence span (repeats included); ``story``:
    the sentence before told a cued case in the same paragraph; ``opens_case``: the sentence
    opens a paragraph of a section that sets out cases (``only``: the one its heading names)."""
    text = sentence.text
    heading = sentence.role == "heading"
    cues = find_cues(text, heading)
    hinted = story or opens_case or HINT.search(text) or any(a in text for a in ctx.aliases)
    boxed = _case_heading(text) if heading else None
    if not cues and boxed is None and (heading or not hinted):
        return []
    cuts = [p for c in cues for p in (c.start, c.end, *(c.frame or ()))]  # 以|东屿…|为例, 【案例二】|某县
    tokens = tag_between(text, cuts if boxed is None else [*cuts, boxed])
    label = SPEAKER.match(text)  # a speaker's name is who talks, never a case
    mentions = [m for m in find_mentions(text, tokens, ctx) if label is None or m.start >= label.end()]
    r = Reader(text, tokens, mentions, clauses(text))
    found: list[Found] = []
    if boxed is not None:
        found += [Found(m, "【案例】", 0.7, None) for m in boxed_case(r, boxed)]
    found += [Found(head, None, 0.6, None) for head in set_against(r, ctx.frequent, story)]
    story_from = min((c.end for c in cues if c.marker in STORY_MARKERS), default=len(text))
    for cue in cues:
        found += [Found(m, cue.marker, conf, cue.start) for m, conf in cued_cases(r, cue)]
    for m, conf, in_scope in listed_cases(r, cues, story_from, ctx.frequent):
        found.append(Found(m, "等", conf, story_from if in_scope and story_from < m.start else None))
    if not heading:
        found += [Found(m, None, 0.5, None) for m in told_cases(r, ctx.frequent)]
        if any(m.form == "quote" for m in r.mentions):  # the directives are asked only where a quote may be a case
            proposed = [(d.start, d.end) for d in sentence_directives(sentence)]
            found += [Found(m, None, 0.5, None) for m in quoted_cases(r, ctx.frequent, proposed)]
        found += [Found(m, None, 0.5, None) for m in registered_cases(r, ctx.frequent)]
        found += [Found(m, None, 0.5, None) for m in acting_subjects(r, ctx.frequent)]
        found += [Found(m, None, 0.5, None) for m in localed_cases(r, ctx.frequent)]
        found += [Found(m, None, 0.5, None) for m in anonymous_cases(r, ctx.frequent)]
        found += [Found(m, None, 0.5, None) for m in compared_cases(r, ctx.frequent)]
        if opens_case:
            found += [Found(m, None, 0.6, None) for m in opening_case(r, ctx.frequent, "".join(sentence.section), only)]
        cited = ctx.first_cited([m for m in r.mentions if m.form == "doc" and m.named])
        docs = [m for m in cited if not background(r, m)]
        found += [Found(m, None, 0.4, None) for m in docs]
    for after in (*CASE_AFTER.finditer(text), *WORTH_FOLLOWING.finditer(text)):
        # a practice to spread is that of its own clause's subject (…等方式盘活资产，A市的做法值得推广),
        # or of the clauses before when it points back to them (A县…，这一做法值得推广)
        marker = after.group(after.lastindex)
        since = r.clause(after.start())[0] if marker == "推广" else 0
        if _POINTS_BACK.match(text, since):
            since = 0
        before = [m for m in r.mentions if since <= m.start and m.end <= after.start() and m.named]
        # a list its clause opens on (…，A的X、B的Y、C的Z都是其中的代表): each of its items
        items = r.enumeration(r.content_start(r.clause(after.start())[0]))[0]
        listed = [h for span in items if (h := r.head(span)) is not None and h.end <= after.start()]
        if len(listed) > 1 and "与" not in r.text[listed[0].end:listed[1].start]:  # A与B共建…: B is A's partner
            found += [Found(h, marker, 0.9, None) for h in listed]
        elif before:  # the first name, or the named case it set up (A与B共建的C园区，就是…的成功案例 → C园区)
            set_up = r.governed(before[0])
            named = set_up is not before[0] and r.mention_at(set_up.start).named  # governed() read it there
            found.append(Found(set_up if named else before[0], marker, 0.9, None))
    for m in r.mentions:  # a named case's own example or lesson (韩国的例子, 日本的教训)
        if m.named and m.form != "quote" and (of := EXAMPLE_OF.match(r.text, m.end)) and not ctx.frequent(m.name):
            found.append(Found(m, of.group(1), 0.8, None))
    return [
        (f, _evidence(r, f)) for f in found
        if not _GOVERNMENT.search(f.mention.name) and len(_clean_name(f.mention)) >= 2 and f.mention.name not in _HOME
        and not (f.mention.form == "quote" and _SLOGAN.search(f.mention.name))
    ]


def _case_heading(text: str) -> int | None:
    """Where the title of a boxed case's own heading starts (【案例】某热电厂：… → 4, a slide's
    案例一｜泽安市：… → 4), else None; not a compilation's 案例二, whose body tells the case."""
    numbered = heading_level(text)
    if numbered is None or "案例" not in numbered[1] or not (numbered[1].startswith("【") or _SLIDE_BAR.search(numbered[1])):
        return None
    return len(text) - len(numbered[2])


def _run_in_label(text: str) -> bool:
    """A sentence that is a name alone (巴西。), labelling the paragraph it opens."""
    if not _RUN_IN_LABEL.fullmatch(text):
        return False
    words = [t for t in tag(text) if t.word not in "。."]
    return len(words) == 1 and is_proper(words[0])


def _opens_case(section: tuple[str, ...]) -> tuple[bool, SectionCase | None]:
    """Whether a paragraph in ``section`` may open on the case it tells: in a section that sets out
    cases (深圳是…), or in one whose heading names its case, which alone then counts."""
    if tells_cases(section):
        return True, None
    only = _named_case(section)
    return only is not None, only


def _named_case(section: tuple[str, ...]) -> SectionCase | None:
    """The name the section's own heading opens on, numbering aside (4.1 某某智能（…）：… → 某某智能)."""
    if not section:
        return None
    numbered = heading_level(section[-1])
    m = _NAMED_SECTION.match(numbered[2] if numbered else section[-1])
    return SectionCase(m.group(1), m.group(2) is not None) if m else None


def _clean_name(m: Mention) -> str:
    """The shortest name that identifies the case: no blanks, no legal form, no province before a
    place, no 市."""
    name = re.sub(r"\s+", "", m.name)
    if m.form in {"doc", "quote"}:
        return name
    short = LEGAL_FORM.sub("", name)
    if len(short) >= 2 or not short:  # a legal form alone (有限公司) names nothing
        name = short
    if m.entity_type == "place":
        if province := PROVINCE.match(name):  # 福建省晋江市 → 晋江市: the province only locates it
            name = name[province.end():]
        if name.endswith("市") and len(name) >= 3:
            name = name[:-1]
    return name


def _evidence(r: Reader, f: Found) -> Span:
    """From the cue (or the clause before a clause-initial case, or before 以X为代表: what X
    represents) to the end of the case's clause; a case's own heading whole."""
    if f.marker == "【案例】":
        return 0, len(r.text)
    start, end = r.clause(f.mention.start)
    if f.mention.end >= end:  # a clause that only names the case (比如上海，把…): the next one tells it
        told = next(((s, e) for s, e in r.clauses if s >= end), None)
        if told is not None and not SEGMENT_END.search(r.text, end, told[0]):  # within its segment
            end = told[1]
    if f.cue_start is not None:
        start = min(start, f.cue_start)
    if f.marker == "以…为代表" or (f.cue_start is None and r.content_start(start) == f.mention.start):
        start = max((c[0] for c in r.clauses if c[1] <= start), default=start)
    return min(start, f.mention.start), max(end, f.mention.end)


def extract(article: Article) -> list[Example]:
    """One :class:`Example` per named case per sentence, in reading order."""
    ctx = Context.of(article)
    records: list[Example] = []
    story_in: int | None = None  # the paragraph whose last sentence told a cued case
    paragraph: int | None = None
    for sentence in article.sentences:
        if _run_in_label(sentence.text):
            continue  # 巴西。20世纪80年代…: the label of the paragraph, which its next sentence opens
        opens, paragraph = sentence.paragraph != paragraph, sentence.paragraph
        if sentence.role not in {"body", "abstract", "heading"} or QUESTION.search(sentence.text):
            continue  # a question offers no case
        opens_case, only = _opens_case(sentence.section) if opens and sentence.role == "body" else (False, None)
        best: dict[str, tuple[Found, Span]] = {}
        found = _sentence_examples(
            sentence, ctx, story=story_in == sentence.paragraph, opens_case=opens_case, only=only
        )
        told = any(f.marker in STORY_MARKERS for f, _ in found)
        story_in = sentence.paragraph if told and sentence.role == "body" else None
        for f, span in found:
            name = _clean_name(f.mention)
            if name not in best or f.confidence > best[name][0].confidence:
                best[name] = f, span
        for name, (f, span) in best.items():
            records.append(Example(
                **ground(article, sentence, *span, anchor=f.mention.start),
                name=name,
                entity_type=f.mention.entity_type,
                marker=f.marker,
                confidence=f.confidence,
            ))
    return sorted(records, key=lambda e: (e.start, e.end))
