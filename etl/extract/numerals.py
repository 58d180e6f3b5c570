"""Numerals as Chinese policy prose writes them: Arabic, Chinese, and mixed.

Chinese numerals are parsed by cn2an (well kept, handles 零 and 两 and
colloquial 一万二); the 万/亿 multipliers after Arabic digits are applied here,
since cn2an's "smart" mode rejects approximation marks such as 多 in 两千多亿.

    >>> parse_numeral("1,076.4"), parse_numeral("一千零七十六点四"), parse_numeral("两千")
    (1076.4, 1076.4, 2000.0)
    >>> scaled(1076.4, "亿"), scaled(3, "万亿")
    (107640000000.0, 3000000000000.0)
"""
from __future__ import annotations

import re
from decimal import Decimal

import cn2an

# thousands grouped by commas, or by the thin spaces of typeset journals (4 862.3亿元)
ARABIC = r"(?:\d{1,3}(?: \d{3})+(?![\d ])|\d{1,18}(?:,\d{3})*)(?:\.\d{1,8})?"
CHINESE_DIGITS = "零〇一二两三四五六七八九十百千"
CHINESE = rf"[{CHINESE_DIGITS}][{CHINESE_DIGITS}万亿点]*"
MULTIPLIERS: dict[str, int] = {
    "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8,
    "千万": 10**7, "百万": 10**6, "十万": 10**5, "万": 10**4, "千": 10**3, "百": 10**2,
}
MULTIPLIER = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_ARABIC_RE = re.compile(ARABIC)


def parse_numeral(text: str) -> float:
    """The value of one numeral, Arabic (with thousands commas) or Chinese."""
    if _ARABIC_RE.fullmatch(text):
        return float(text.replace(",", "").replace(" ", ""))
    return float(cn2an.cn2an(text.replace("〇", "零"), "normal"))


def scaled(value: float, multiplier: str | None) -> float:
    """``value`` times a 万/亿 multiplier, in decimal so that 1076.4亿 is exactly 107640000000."""
    return float(Decimal(str(value)) * Decimal(MULTIPLIERS.get(multiplier or "", 1)))


def is_chinese(text: str) -> bool:
    return not text[:1].isdigit()
