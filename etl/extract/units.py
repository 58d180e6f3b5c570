"""Units and measure words, and their canonical form in the warehouse.

Money becomes an ISO currency code, percentages and percentage points ``%``,
multiples ``times``, people ``人`` (also counted with 名 and 位), length ``km``, as the
annotation guide has it; any other measure word stays itself (areas too: 平方米, 平方公里,
as annotators write them), so 家, 个, 列 remain comparable across articles.

    >>> canonical_unit("亿元人民币"), canonical_unit("个百分点"), canonical_unit("名"), canonical_unit("家")
    ('CNY', '%', '人', '家')
"""
from __future__ import annotations

_CANONICAL: dict[str, str] = {
    "元": "CNY", "人民币": "CNY", "元人民币": "CNY", "人民币元": "CNY", "亿元人民币": "CNY",
    "美元": "USD", "欧元": "EUR", "日元": "JPY", "英镑": "GBP", "港元": "HKD", "港币": "HKD", "卢布": "RUB",
    "新元": "SGD", "新加坡元": "SGD",
    "%": "%", "％": "%", "个百分点": "%", "百分点": "%", "倍": "times",
    "名": "人", "位": "人", "人": "人",
    "个工作日": "工作日", "公里": "km", "千米": "km", "平方千米": "平方公里", "个基点": "基点",
    "太瓦时": "TWh", "吉瓦时": "GWh", "兆瓦时": "MWh",
}
CURRENCY = ("人民币元", "元人民币", "人民币", "美元", "欧元", "日元", "英镑", "港元", "港币", "卢布", "新加坡元", "新元", "元")
PHYSICAL = ("平方公里", "平方千米", "平方米", "公里", "千米", "千瓦时", "千瓦", "太瓦时", "吉瓦时", "兆瓦时", "兆瓦", "吉瓦", "标准箱", "标箱", "自然箱", "吨", "公斤", "千克", "斤", "公顷", "亩",
            "立方米", "米", "毫米", "微米", "纳米", "毫克", "微克", "克", "℃", "摄氏度", "分钟", "小时",
            "TEU", "TWh", "GWh", "MWh", "kWh", "Wh", "GW", "MW", "kW", "W", "km")
PERCENT = ("个百分点", "百分点", "%", "‰")
MEASURE_WORDS = ("个工作日", "工作日", "个月", "个基点", "基点", "人次", "家次", "批次", "场次", "架次", "车次", "航次", "班次", "部门", "个", "家", "名", "位", "人", "项", "份", "列", "座", "所", "条", "对",
                 "辆", "台", "艘", "架", "批", "件", "套", "篇", "部", "种", "类", "集", "户", "起", "处",
                 "款", "届", "次", "场", "只", "倍", "年", "天", "张", "岁", "单", "班", "栋", "席", "间", "盏", "笔", "本", "块",
                 "股", "分", "口", "宗", "票", "日", "杯", "例", "头", "组")
ALL_UNITS = tuple(sorted({*CURRENCY, *PHYSICAL, *PERCENT, *MEASURE_WORDS}, key=len, reverse=True))


def canonical_unit(unit: str) -> str:
    return _CANONICAL.get(unit, unit.removeprefix("亿").removeprefix("万"))
