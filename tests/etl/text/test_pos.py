"""The jieba wrapper: offsets, the genre dictionary, dictionary lookups, caching."""
from __future__ import annotations

import pytest

from etl.text.pos import USERDICT, Token, known, tag


def test_tokens_tile_the_text_with_their_offsets() -> None:
    text = "２０２０年，临港新片区引进了一批外资企业。"
    tokens = tag(text)
    assert "".join(t.word for t in tokens) == text
    assert all(text[t.start:t.end] == t.word for t in tokens)
    assert [t.start for t in tokens[1:]] == [t.end for t in tokens[:-1]]


def test_tokens_are_named_tuples_of_word_flag_start_end() -> None:
    word, flag, start, end = tag("杭州")[0]
    assert (word, start, end) == ("杭州", 0, 2)
    assert flag == "ns"
    assert isinstance(tag("杭州")[0], Token)


@pytest.mark.parametrize("word", ["产业园", "经济走廊", "股份有限公司", "自贸区", "龙头企业"])
def test_genre_words_stay_whole(word: str) -> None:
    assert word in [t.word for t in tag(f"两地合作共建{word}，成效明显")]


def test_bilateral_abbreviation_is_one_word_before_a_suffix() -> None:
    words = [(t.word, t.flag) for t in tag("中老铁路全线通车")]
    assert words[0] == ("中老", "j")
    assert words[1][0] == "铁路"


def test_user_dictionary_is_about_the_genre_not_the_corpus() -> None:
    entries = [line.split()[0] for line in USERDICT.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(entries) == len(set(entries))
    assert not {"碧桂园", "中联重科", "众陶联", "泉州"} & set(entries)


def test_known_tells_dictionary_words_from_made_up_ones() -> None:
    assert known("城市") and known("产业园")
    assert not known("雄安")


def test_tagging_is_cached() -> None:
    text = "宁波舟山港吞吐量连续多年位居全球第一。"
    assert tag(text) is tag(text)


@pytest.mark.parametrize("word", ["研发", "高水平", "联合体", "国际化", "承载力", "力争", "城镇", "医保", "亩均", "网络安全", "上市"])
def test_common_genre_words_are_not_tagged_as_proper_nouns(word: str) -> None:
    flags = {t.flag for t in tag(f"加强{word}合作") if t.word == word}
    assert flags and not flags & {"ns", "nr", "nrt", "nz", "nt", "j"}


@pytest.mark.parametrize("word", ["严格执行", "远高于", "建立健全", "白名单", "敬老院", "绿水青山"])
def test_common_words_jieba_files_as_person_names_are_not(word: str) -> None:
    flags = {t.flag for t in tag(f"今年{word}标准") if t.word == word}
    assert flags and not flags & {"nr", "nrt", "nrfg"}


def test_a_word_jieba_wrongly_prefers_is_split() -> None:
    assert [t.word for t in tag("在全国沿海港口中居第九位")][3:5] == ["中", "居"]


def test_a_place_suffix_glued_to_its_adverb_is_cut_apart() -> None:
    # jieba's HMM reads 江宁/ns 市则/n: the place would no longer be the clause's subject
    words = [t.word for t in tag("各地做法不一，江宁市则把服务点延伸到村。")]
    assert words[words.index("江宁") + 1:words.index("江宁") + 3] == ["市", "则"]


def test_a_dates_year_glued_to_the_name_after_it_is_cut_apart() -> None:
    # jieba's HMM reads 2022/m 年泽安/nr: the name would carry the year's 年
    words = [t.word for t in tag("2022年泽安新能源汽车产业产值达到1650亿元")]
    assert words[:3] == ["2022", "年", "泽安"]
