"""Simplified Chinese, as typed in Mainland China ("嗯嗯", "木有", "不晓得", pinyin "dui").

Chinese is written without spaces, so every entry is matched as a whole message or
as a whole run of characters between punctuation: "不知道" and "是的，有" work,
"是的我有" is one token. Number words are whole tokens too, so the table lists every
reading from 零 to 九百九十九 ("二十一", "一百五", "两百零五") instead of joining words.
"""
from __future__ import annotations

from types import MappingProxyType

from bot.parsing.vocabulary import AMBIGUOUS_PESO, Vocabulary, keys, mapping, ordinals

_DIGITS = "零一二三四五六七八九"


def _below_hundred(value: int) -> list[str]:
    """Every common way to write 0..99: "二十一", "廿一", "十五", "一十五"."""
    if value < 10:
        forms = [_DIGITS[value]]
        if value == 0:
            forms.append("〇")
        if value == 2:
            forms += ["两", "俩"]
        return forms
    tens, unit = divmod(value, 10)
    tail = _DIGITS[unit] if unit else ""
    if tens == 1:
        return [f"十{tail}", f"一十{tail}"]
    forms = [f"{_DIGITS[tens]}十{tail}"]
    if tens == 2:
        forms.append(f"廿{tail}")
    if tens == 3:
        forms.append(f"卅{tail}")
    return forms


def _numbers() -> dict[str, int]:
    words: dict[str, int] = {}
    for value in range(100):
        for form in _below_hundred(value):
            words.setdefault(form, value)
    for hundreds in range(1, 10):
        heads = [f"{_DIGITS[hundreds]}百"] + (["两百"] if hundreds == 2 else [])
        for head in heads:
            base = hundreds * 100
            words[head] = base
            for rest in range(1, 100):
                if rest < 10:
                    words[f"{head}零{_DIGITS[rest]}"] = base + rest      # 一百零五
                    continue
                tens, unit = divmod(rest, 10)
                tail = _DIGITS[unit] if unit else ""
                words[f"{head}{_DIGITS[tens]}十{tail}"] = base + rest   # 一百五十, 一百一十二
                if not unit:
                    words[f"{head}{_DIGITS[tens]}"] = base + rest      # 一百五 = 150
    words["百"] = 100
    # Counted things ("两个", "三个"): the measure word is part of the token.
    for value in range(1, 21):
        for form in _below_hundred(value):
            words.setdefault(f"{form}个", value)
    words["俩"] = 2
    return words


def _relative_words() -> set[str]:
    """Relative-date tokens; "3周前" is one token, so digit forms are listed too."""
    words = {"昨天", "今天", "明天", "前天", "后天", "大前天", "昨日", "今日", "明日",
             "上个月", "下个月", "这个月", "本月", "上月", "下月", "上周", "下周", "本周",
             "这周", "上星期", "下星期", "这星期", "上礼拜", "下礼拜", "去年", "今年",
             "明年", "前年", "后年", "以前", "之前", "以后", "之后", "前", "后", "天前",
             "周前", "个月前", "年前", "天后", "周后", "个月后", "年后", "星期前",
             "礼拜前", "日前"}
    for number in range(1, 61):
        for unit in ("天", "周", "个月", "年", "个星期", "个礼拜", "星期"):
            words.add(f"{number}{unit}前")
            words.add(f"{number}{unit}后")
            words.add(f"{number}{unit}以前")
            words.add(f"{number}{unit}之前")
            words.add(f"{number}{unit}以后")
            words.add(f"{number}{unit}之后")
    return words


VOCABULARY = Vocabulary(
    language="zh",
    babel_locale="zh_Hans",
    date_order="YMD",
    date_language="zh",
    yes=keys("是", "是的", "是滴", "是啊", "是呀", "是的是的", "对", "对的", "对啊", "对呀",
              "对头", "对滴", "没错", "没错的", "嗯", "嗯嗯", "恩", "恩恩", "嗯呢", "嗯哪",
              "好", "好的", "好滴", "好啊", "好呀", "好吧", "好嘞", "行", "行的", "可以",
              "可以的", "没问题", "同意", "我同意", "愿意", "我愿意", "有", "有的", "我有",
              "有啊", "当然", "当然可以", "当然是", "当然有", "确定", "正确", "是这样",
              "确实", "是真的", "shi", "shide", "shi de", "dui", "duide", "dui de", "hao",
              "haode", "hao de", "keyi", "en", "enen"),
    no=keys("不", "不是", "不是的", "不对", "没有", "没", "没有的", "没有啊", "没呢", "木有",
             "无", "否", "不要", "不用", "不用了", "不行", "不可以", "不同意", "我不同意",
             "不愿意", "还没有", "还没", "还没呢", "暂时没有", "目前没有", "现在没有",
             "从来没有", "从没有", "从来没", "从没", "没有过", "不能", "不会", "不需要",
             "不要了", "一直没有", "没有的事", "当然没有", "当然不是", "bu", "bushi",
             "bu shi", "budui", "meiyou", "mei you", "mei", "buyao", "meiyou de"),
    numbers=mapping(_numbers()),
    number_joiners=keys("零"),
    ordinals=mapping(ordinals(
        [f"第{word}/第{word}个/第{word}项/第{word}条/第{word}种/第{word}位"
         + ("/头一个/首先" if value == 1 else "/第两个" if value == 2 else "")
         for value, word in enumerate("一二三四五六七八九十", 1)],
        [f"第{n}/第{n}个/第{n}项/第{n}条/第{n}种" for n in range(1, 11)])),
    zero_words=keys("没有", "零", "无", "一个都没有", "一个也没有", "都没有", "没", "木有",
                     "一个没有", "都不是", "没有人", "无人", "一个人都没有", "0个"),
    all_words=keys("全部", "都是", "所有", "全都", "全都是", "以上都是", "以上全部",
                    "以上都有", "都有", "全选", "两个都是", "两个都有", "都", "全部都是",
                    "全部都有", "所有的", "每一个", "每个都是"),
    list_connectors=keys("和", "跟", "与", "还有", "以及", "及", "或", "或者", "加", "也"),
    choice_fillers=keys("选", "选项", "我选", "选择", "我选择", "号", "第", "是", "的", "个",
                         "我", "要", "我要", "答案", "请", "数字", "编号"),
    stopwords=keys("的", "是", "我", "我的", "在", "和", "了", "有", "他", "她", "他的",
                    "她的", "一个", "这个", "那个", "就是", "我们", "我们的", "给", "为"),
    multipliers=mapping({"千": 1_000, "万": 10_000, "百万": 1_000_000,
                          "千万": 10_000_000, "亿": 100_000_000, "w": 10_000,
                          "万元": 10_000, "千元": 1_000, "万块": 10_000, "千块": 1_000,
                          "万美元": 10_000, "千美元": 1_000, "万美金": 10_000,
                          "万人民币": 10_000, "万欧元": 10_000}),
    currency_words=mapping({
        "元": "CNY", "人民币": "CNY", "元人民币": "CNY", "块": "CNY", "块钱": "CNY",
        "rmb": "CNY", "万元": "CNY", "千元": "CNY", "万块": "CNY", "千块": "CNY",
        "万人民币": "CNY", "元钱": "CNY", "圆": "CNY",
        "美元": "USD", "美金": "USD", "美刀": "USD", "刀乐": "USD",
        "万美元": "USD", "千美元": "USD", "万美金": "USD", "美元左右": "USD",
        "元左右": "CNY", "块左右": "CNY",
        "欧元": "EUR", "万欧元": "EUR", "英镑": "GBP", "港币": "HKD", "港元": "HKD",
        "加元": "CAD", "加币": "CAD", "日元": "JPY", "台币": "TWD", "新台币": "TWD",
        "卢布": "RUB", "比索": AMBIGUOUS_PESO, "墨西哥比索": "MXN",
    }),
    control_words=MappingProxyType({
        "skip": keys("跳过", "跳过吧", "跳过这题", "跳过这个", "跳过这道题", "跳过这个问题",
                      "跳过此题", "跳", "跳题", "下一题", "下一个", "下一个问题", "下个问题",
                      "略过", "略过这题", "过", "过吧", "这题跳过", "这个跳过", "不想回答",
                      "我不想回答", "不想说", "我不想说", "不方便回答", "不方便说",
                      "不便回答", "拒绝回答", "不回答", "先跳过", "tiaoguo"),
        "dont_know": keys("不知道", "我不知道", "不知道呢", "不知道啊", "我也不知道",
                           "不清楚", "我不清楚", "不太清楚", "不是很清楚", "不晓得",
                           "不记得", "不记得了", "我不记得了", "记不清", "记不清了",
                           "记不得了", "忘了", "忘记了", "我忘了", "不确定", "我不确定",
                           "说不准", "说不清", "不太确定", "不知", "不知道具体",
                           "不知道准确日期", "不了解", "buzhidao", "bu zhidao", "bzd"),
        "tell_lawyer": keys("律师", "跟律师说", "我跟律师说", "我想跟律师说", "我会告诉律师",
                             "告诉律师", "直接告诉律师", "我直接告诉律师", "我想直接跟律师说",
                             "只跟律师说", "只告诉律师", "留给律师", "和律师说", "和律师谈",
                             "跟律师谈", "我跟律师讲", "跟律师讲", "给律师说",
                             "我当面跟律师说", "当面告诉律师", "这个跟律师说", "这个我跟律师说",
                             "找律师", "律师那边说", "lvshi"),
    }),
    polite_fillers=keys("请", "麻烦", "麻烦你", "麻烦您", "谢谢", "谢谢你", "谢谢您",
                         "不好意思", "抱歉", "对不起", "呃", "额", "那个", "啊", "吧", "呢",
                         "哦", "噢", "我想", "我要", "还是"),
    relative_date_words=keys(*sorted(_relative_words())),
    date_prepositions=keys("在", "从", "自从", "大约", "大概", "左右", "差不多", "可能",
                            "应该是", "我觉得", "好像是", "大概是", "约", "直到", "到",
                            "年初", "年底", "年中", "月初", "月底", "月中", "之前", "以前",
                            "以后", "之后", "是", "于"),
    openers=keys("你好", "您好", "你好啊", "您好啊", "在吗", "在不在", "有人吗", "请问",
                 "早上好", "下午好", "晚上好", "哈喽", "嗨", "帮帮我", "我需要帮助",
                 "救救我", "求助", "人道主义假释", "人道假释", "假释", "医疗签证", "我妈妈",
                 "我爸爸", "我儿子", "我女儿", "我丈夫", "我老公", "我妻子", "我老婆",
                 "病人", "治疗", "看病", "中文", "普通话", "谢谢", "是的", "不是", "律师"),
)
