"""Part-of-speech tags for clean Chinese text (jieba's), with character offsets.

jieba's dictionary is loaded once per process, together with a small dictionary
of the genre's own vocabulary (``userdict.txt``: zone and organisation suffixes,
policy terms, bilateral abbreviations such as 中老 tagged j, 简称), so that a
name like 中老铁路 splits as 中老/铁路 rather than 中/老/铁路; it also retags the
genre's common words that jieba files as proper nouns (研发/j, 高水平/nr, 联合体/nt). Tagging is cached because
several extractors look at the same sentences. :func:`known` tells dictionary
words from the ones jieba made up.

The tags are exactly those of ``jieba.posseg`` (with its HMM), computed several
times faster. jieba spends its time in two pure-Python steps: the dictionary
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

import logging
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import jieba
import jieba.posseg
import rjieba
from jieba.posseg import re_eng, re_han_detail, re_han_internal, re_num, re_skip_detail, re_skip_internal

USERDICT = Path(__file__).with_name("userdict.txt")
_PAD = "\ue000"  # a private-use "word" that carries the rest of jieba's total


class Token(NamedTuple):
    """One word with its jieba flag and its ``[start, end)`` in the tagged text."""

    word: str
    flag: str
    start: int
    end: int


class _Tagger:
    """jieba's POS tokenizer with the genre words, and an rjieba route over the same dictionary."""

    def __init__(self) -> None:
        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        tokenizer.load_userdict(str(USERDICT))
        self.posseg = jieba.posseg.POSTokenizer(tokenizer)
        self.posseg.makesure_userdict_loaded()
        self.flags = self.posseg.word_tag_tab
        self.route = rjieba.Jieba.empty()
        total = 0
        for word, freq in tokenizer.FREQ.items():
            if freq > 0:  # jieba keeps every prefix of a word at 0: not a word
                self.route.add_word(word, freq, None)
                total += freq
        if tokenizer.total > total:  # jieba's total keeps the old frequency of a re-added word too
            self.route.add_word(_PAD, tokenizer.total - total, None)

    def cut(self, text: str) -> Iterator[tuple[str, str]]:
        """``jieba.posseg.POSTokenizer.cut(text, HMM=True)`` as ``(word, flag)`` pairs."""
        for block in re_han_internal.split(text):
            if re_han_internal.match(block):
                yield from self._block(block)
                continue
            for piece in re_skip_internal.split(block):
                if re_skip_internal.match(piece):
                    yield piece, "x"
                    continue
                for ch in piece:
                    yield ch, "m" if re_num.match(ch) else "eng" if re_eng.match(piece) else "x"

    def _block(self, block: str) -> Iterator[tuple[str, str]]:
        loose = ""  # consecutive single characters of the route, which jieba handles together
        for word in self.route.cut(block, False):
            # rjieba joins a run of single Latin letters and digits into one piece; no such
            # run is a dictionary word (the route would have taken the word, never single letters)
            if len(word) == 1 or not self.route.has_word(word):
                loose += word
                continue
            if loose:
                yield from self._loose(loose)
                loose = ""
            yield word, self.flags.get(word, "x")
        if loose:
            yield from self._loose(loose)

    def _loose(self, run: str) -> Iterable[tuple[str, str]]:
        if len(run) > 1 and not self.route.has_word(run):
            return _unknown(run)
        return tuple((ch, self.flags.get(ch, "x")) for ch in run)


@cache
def _tagger() -> _Tagger:
    return _Tagger()


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
    """jieba's POS HMM over Han characters (a name such as 雄安 recurs: computed once)."""
    return tuple((p.word, p.flag) for p in _tagger().posseg._POSTokenizer__cut(han))


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
        tokens.append(Token(word, flag, at, at + len(word)))
        at += len(word)
    return tuple(tokens)
