"""Part-of-speech tags for clean Chinese text (jieba's), with character offsets.

jieba's dictionary is loaded once per process, together with a small dictionary
of the genre's own vocabulary (``userdict.txt``: zone and organisation suffixes,
policy terms, bilateral abbreviations such as 中老 tagged j, 简称), so that a
name like 中老铁路 splits as 中老/铁路 rather than 中/老/铁路; it also retags the
genre's common words that jieba files as proper nouns (研发/j, 力争/nz, 城镇/ns, 严格执行/nr), and gives a word
jieba wrongly prefers a frequency of 1 (港口中居第9位 reads 中/居, not 中居/ns). Tagging is cached because
several extractors look at the same sentences. :func:`known` tells dictionary
words from the ones jieba made up.

The tags are those of ``jieba.posseg`` (with its HMM), computed several times
faster, but for two repairs: jieba's HMM glues a place's suffix to the adverb after it
(江宁/ns 市则/n), which hides the place as a clause's subject, and a date's 年 to the name
after it (2022/m 年泽安/nr); such a word is cut in two (市/n 则/d, 年/m 泽安/nr). jieba spends its time in two pure-Python steps: the dictionary
route (the most probable split of a run into dictionary words) and a POS HMM
over the runs of characters no dictionary word covers. The route comes here from
rjieba (jieba-rs: the same algorithm in Rust), loaded with this tokenizer's own
words, frequencies and total so that every choice and tie falls the same way;
the HMM is jieba's own, run once per distinct unknown run (a name such as 雄安
recurs). rjieba's tagger alone is faster still but cuts and tags those unknown
runs differently (以青澜市/ns where jieba has 以/p 青澜/n 市/n), and the
examples extractor reads exactly these tags.

    >>> [(w, f) for w, f, _, _ in tag("中老铁路进展顺利")][:2]
    [('中老', 'j'), ('铁路', 'n')]
    >>> tag("佛山建设产业园")[-1]
    Token(word='产业园', flag='n', start=4, end=7)
"""
from __future__ import annotations

import atexit
import gc
import logging
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import jieba
import jieba.posseg
import rjieba
from jieba.posseg import (
    char_state_tab_P,
    emit_P,
    re_eng,
    re_han_detail,
    re_han_internal,
    re_num,
    re_skip_detail,
    re_skip_internal,
    start_P,
    trans_P,
)
from jieba.posseg.viterbi import MIN_FLOAT, MIN_INF

USERDICT = Path(__file__).with_name("userdict.txt")
_PAD = "\ue000"  # a private-use "word" that carries the rest of jieba's total


class Token(NamedTuple):
    """One word with its jieba flag and its ``[start, end)`` in the tagged text."""

    word: str
    flag: str
    start: int
    end: int


class _Tagger:
    """jieba's POS flags with the genre words, and an rjieba route over the same dictionary.

    jieba's own tokenizer is dropped once the route holds its words: its prefix
    dictionary is the larger part of jieba's memory, and every worker has a copy."""

    def __init__(self) -> None:
        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        tokenizer.load_userdict(str(USERDICT))
        posseg = jieba.posseg.POSTokenizer(tokenizer)
        posseg.makesure_userdict_loaded()
        self.flags: dict[str, str] = posseg.word_tag_tab
        self.route = rjieba.Jieba.empty()
        total = 0
        for word, freq in tokenizer.FREQ.items():
            if freq > 0:  # jieba keeps every prefix of a word at 0: not a word
                self.route.add_word(word, freq, self.flags.get(word, "x"))
                total += freq
        if tokenizer.total > total:  # jieba's total keeps the old frequency of a re-added word too
            self.route.add_word(_PAD, tokenizer.total - total, None)

    def cut(self, text: str) -> list[tuple[str, str]]:
        """``jieba.posseg.POSTokenizer.cut(text, HMM=True)`` as ``(word, flag)`` pairs."""
        out: list[tuple[str, str]] = []
        for block in re_han_internal.split(text):
            if re_han_internal.match(block):
                self._block(block, out)
                continue
            for piece in re_skip_internal.split(block):
                if re_skip_internal.match(piece):
                    out.append((piece, "x"))
                    continue
                out += [(ch, "m" if re_num.match(ch) else "eng" if re_eng.match(piece) else "x") for ch in piece]
        return out

    def _block(self, block: str, out: list[tuple[str, str]]) -> None:
        loose = ""  # consecutive single characters of the route, which jieba handles together
        for pair in self.route.tag(block, False):  # dictionary words carry their jieba flag
            word = pair[0]
            # rjieba joins a run of single Latin letters and digits into one piece, which is
            # no dictionary word (the route would have taken the word, never single letters);
            # any other piece of more than one character is a dictionary word
            if len(word) == 1 or (word.isascii() and not self.route.has_word(word)):
                loose += word
                continue
            if loose:
                out += self._loose(loose)
                loose = ""
            out.append(pair)
        if loose:
            out += self._loose(loose)

    def _loose(self, run: str) -> Iterable[tuple[str, str]]:
        if len(run) > 1 and not self.route.has_word(run):
            return _unknown(run)
        return [(ch, self.flags.get(ch, "x")) for ch in run]


@cache
def _tagger() -> _Tagger:
    tagger = _Tagger()
    # Millions of dictionary objects live as long as the process: exempt them (and whatever
    # else is loaded by now) from the cycle collector, which otherwise walks them at every
    # full collection, and whose walks would unshare a forked worker's copy of them. They are
    # handed back at exit, so that the interpreter's shutdown still finalises every object.
    gc.freeze()
    atexit.register(gc.unfreeze)
    return tagger


def _unknown(run: str) -> list[tuple[str, str]]:
    """A run of characters that no dictionary word covers, as jieba cuts it: its Han
    stretches by the POS HMM, numbers and Latin words whole (``__cut_detail``)."""
    out: list[tuple[str, str]] = []
    for piece in re_han_detail.split(run):
        if re_han_detail.match(piece):
            out += _hmm(piece)
            continue
        for x in re_skip_detail.split(piece):
            if x:
                out.append((x, "m" if re_num.match(x) else "eng" if re_eng.match(x) else "x"))
    return out


@lru_cache(maxsize=65536)
def _hmm(han: str) -> tuple[tuple[str, str], ...]:
    """jieba's POS HMM over Han characters (a name such as 雄安 recurs: computed once), cut into
    words as ``POSTokenizer.__cut`` does from the best path."""
    path = _viterbi(han)
    out: list[tuple[str, str]] = []
    begin = nexti = 0
    for i, (position, flag) in enumerate(path):
        if position == "B":
            begin = i
        elif position in "ES":
            out.append((han[begin if position == "E" else i:i + 1], flag))
            nexti = i + 1
    if nexti < len(han):
        out.append((han[nexti:], path[nexti][1]))
    return tuple(piece for word, flag in out for piece in _unglued(word, flag))


_SUFFIX_ADVERB = re.compile(r"[市县区省州镇乡村园][则也亦]")  # 市则, 村也: a subject's suffix, then its adverb
_DATE_NAME = re.compile(r"[年月日][\u4e00-\u9fff]{2,}")  # 2022年泽安: a date's last character, then a name


def _unglued(word: str, flag: str) -> tuple[tuple[str, str], ...]:
    """``word`` as the HMM made it, or its two words where it glued a place suffix to an adverb
    or a date's 年 to the name after it.

    >>> _unglued("市则", "n"), _unglued("年泽安", "nr")
    ((('市', 'n'), ('则', 'd')), (('年', 'm'), ('泽安', 'nr')))
    """
    if known(word):
        return ((word, flag),)
    if _SUFFIX_ADVERB.fullmatch(word):
        flags = _tagger().flags
        return (word[0], flags.get(word[0], "n")), (word[1], flags.get(word[1], "d"))
    if _DATE_NAME.fullmatch(word):
        return (word[0], "m"), (word[1:], flag)
    return ((word, flag),)


def _viterbi(obs: str) -> list[tuple[str, str]]:
    """The most probable state path of ``jieba.posseg.viterbi``, with its very sums and ties.

    jieba scores every pair of states, though a character allows only a few states and
    a state follows only a few others: here each allowed state is scored from the
    previous character's states that lead into it. A pair without a transition scores
    -inf in jieba and never wins while another pair exists, so the best path is the
    same; where no allowed state is reachable (jieba's fallback), jieba's sets are used.
    """
    prev = {y: start_P[y] + emit_P[y].get(obs[0], MIN_FLOAT) for y in char_state_tab_P.get(obs[0], trans_P)}
    back: list[dict[tuple[str, str], tuple[str, str] | str]] = [dict.fromkeys(prev, "")]
    for t in range(1, len(obs)):
        prev_states = [x for x in back[-1] if trans_P[x]]
        nexts = [trans_P[x] for x in prev_states]
        states = [y for y in char_state_tab_P.get(obs[t], trans_P) if any(y in n for n in nexts)]
        if not states:
            states = list({y for n in nexts for y in n} or trans_P)
        scores: dict[tuple[str, str], float] = {}
        came: dict[tuple[str, str], tuple[str, str]] = {}
        for y in states:
            emit = emit_P[y].get(obs[t], MIN_FLOAT)
            leading = [(prev[y0] + n[y] + emit, y0) for y0, n in zip(prev_states, nexts) if y in n]
            if not leading:  # jieba's fallback: every previous state, none with a transition to y
                leading = [(prev[y0] + trans_P[y0].get(y, MIN_INF) + emit, y0) for y0 in prev_states]
            scores[y], came[y] = max(leading)
        prev = scores
        back.append(came)
    _, state = max((prev[y], y) for y in back[-1])
    path = [state] * len(obs)
    for i in range(len(obs) - 1, 0, -1):
        state = back[i][state]  # type: ignore[assignment]
        path[i - 1] = state
    return path


def known(word: str) -> bool:
    """Whether the dictionary holds ``word``; jieba makes up the others (雄安, 广湛) from
    characters, and such made-up words are mostly names.

    >>> known("城市"), known("雄安")
    (True, False)
    """
    return word != _PAD and _tagger().route.has_word(word)


@lru_cache(maxsize=8192)
def tag(text: str) -> tuple[Token, ...]:
    """The words of ``text`` in order; their spans tile the text exactly."""
    tokens, at = [], 0
    for word, flag in _tagger().cut(text):
        end = at + len(word)
        tokens.append(Token(word, flag, at, end))
        at = end
    return tuple(tokens)


_COMPOUND_NOUN_FLAGS = frozenset({"n", "nt", "ns", "j"})  # not nz or nr: jieba's odd entries (开发新/nz)


def noun_across(text: str, pos: int) -> bool:
    """Whether jieba reads a noun across ``pos``: a verb ending there only begins a noun.

    >>> noun_across("开发区面临挑战", 2), noun_across("开发新产品", 2)
    (True, False)
    """
    return any(t.start < pos < t.end and t.flag in _COMPOUND_NOUN_FLAGS for t in tag(text))
