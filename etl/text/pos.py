"""Part-of-speech tags for clean Chinese text (jieba), with character offsets.

jieba's dictionary is loaded once per process, together with a small dictionary
of the genre's own vocabulary (``userdict.txt``: zone and organisation suffixes,
policy terms, bilateral abbreviations such as 中老 tagged j, 简称), so that a
name like 中老铁路 splits as 中老/铁路 rather than 中/老/铁路; it also retags the
genre's common words that jieba files as proper nouns (研发/j, 高水平/nr, 联合体/nt). Tagging is cached because
several extractors look at the same sentences. :func:`known` tells dictionary
words from the ones jieba made up.

    >>> [(w, f) for w, f, _, _ in tag("中老铁路进展顺利")][:2]
    [('中老', 'j'), ('铁路', 'n')]
    >>> tag("佛山建设产业园")[-1]
    Token(word='产业园', flag='n', start=4, end=7)
"""
from __future__ import annotations

import logging
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import jieba
import jieba.posseg

USERDICT = Path(__file__).with_name("userdict.txt")


class Token(NamedTuple):
    """One word with its jieba flag and its ``[start, end)`` in the tagged text."""

    word: str
    flag: str
    start: int
    end: int


@cache
def _tagger() -> jieba.posseg.POSTokenizer:
    """A private jieba tokenizer (the global one is left untouched) with the genre words."""
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(USERDICT))
    return jieba.posseg.POSTokenizer(tokenizer)


def known(word: str) -> bool:
    """Whether the dictionary holds ``word``; jieba makes up the others (雄安, 广湛) from
    characters, and such made-up words are mostly names.

    >>> known("城市"), known("雄安")
    (True, False)
    """
    return _tagger().tokenizer.FREQ.get(word, 0) > 0


@lru_cache(maxsize=8192)
def tag(text: str) -> tuple[Token, ...]:
    """The words of ``text`` in order; their spans tile the text exactly."""
    tokens, at = [], 0
    for pair in _tagger().cut(text, HMM=True):
        tokens.append(Token(pair.word, pair.flag, at, at + len(pair.word)))
        at += len(pair.word)
    return tuple(tokens)
