"""The fast tagger gives jieba.posseg's words and flags (the extractors are tuned to them), with
the one repair of a place suffix glued to its adverb (市则 → 市/则)."""
from __future__ import annotations

import logging
from pathlib import Path

import jieba
import jieba.posseg
import pytest

from etl.text.parse import parse_article
from etl.text.pos import USERDICT, _unglued, known, tag

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))

# Written for this test: numbers, Latin words, full-width and blank characters, made-up names.
EDGE_CASES = [
    "",
    " ",
    "２０２０年雄安新区GDP增长6.5%，5G基站达到1.2万个。",
    "B2B平台和AI芯片\t成为沅岚市的新名片\r\n",
    "以青澜市为例，abc123 def。",
    "T恤衫、3D打印、C919大飞机",
    "漓川—涪源铁路全长１２０公里",
    "澄江市则另辟蹊径，上坊村也建起了茶园",
    "2022年泽安新能源汽车产业产值达到1650亿元",
]


@pytest.fixture(scope="module")
def jieba_posseg() -> jieba.posseg.POSTokenizer:
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(USERDICT))
    return jieba.posseg.POSTokenizer(tokenizer)


def texts() -> list[str]:
    sentences = [s.text for path in SAMPLES for s in parse_article(path.read_text(encoding="utf-8")).sentences]
    pieces = [s[i:] for s in sentences[::7] for i in (1, len(s) // 2)]  # tagged pieces start mid-sentence too
    return EDGE_CASES + sentences + pieces


def test_words_and_flags_are_jiebas(jieba_posseg: jieba.posseg.POSTokenizer) -> None:
    samples = texts()
    assert len(samples) > 200
    for text in samples:
        expected = [pair for p in jieba_posseg.cut(text, HMM=True) for pair in _unglued(p.word, p.flag)]
        assert [(t.word, t.flag) for t in tag.__wrapped__(text)] == expected, text


def test_known_is_jiebas_dictionary(jieba_posseg: jieba.posseg.POSTokenizer) -> None:
    freq = jieba_posseg.tokenizer.FREQ
    for text in EDGE_CASES[2:]:
        for word in {text[i:j] for i in range(len(text)) for j in range(i + 1, min(i + 5, len(text)) + 1)}:
            assert known(word) == (freq.get(word, 0) > 0), word
