"""Vietnamese, with and without tone marks, and texting shorthand ("ko", "k", "dc",
"kb", "500k", "5tr").

Matching keys drop tone marks, so several Vietnamese words share a key: "năm" (five)
is also "năm" (year), "sáu" (six) is "sau" (after, next: "tháng sau"), "tư" (four)
is "từ" (since). Those number words are left out of the single-word table, or every
"tháng 3 năm 2025" and "tháng sau" would be read as digits; "đ" keeps its own key
("đồng" -> "đong", "dong" without the mark).
"""
from __future__ import annotations

from types import MappingProxyType

from bot.parsing.vocabulary import AMBIGUOUS_PESO, Vocabulary, keys, mapping, ordinals


_UNITS = ("", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def _numbers() -> dict[str, int]:
    """Number words and phrases 0..100.

    Single words only where their unaccented key is not a common word: "năm" is
    also "year" and "sáu" folds onto "sau" (after), so 5 and 6 count only inside
    phrases ("mười lăm", "năm mươi"). The parsers match listed phrases whole, so
    every compound 11..99 is listed, with the spoken variants after a ten: "mốt"
    (1), "tư" (4), "lăm"/"nhăm" (5).
    """
    words = {"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "bảy": 7, "tám": 8,
             "chín": 9, "mười": 10, "trăm": 100, "một trăm": 100, "số không": 0,
             "số năm": 5, "số sáu": 6}
    for unit in range(1, 10):
        variants = [_UNITS[unit]] + {5: ["lăm", "nhăm"], 4: ["tư"], 1: []}.get(unit, [])
        for variant in variants:
            if unit != 1:
                words[f"mười {variant}"] = 10 + unit
        words["mười một"] = 11
    for tens in range(2, 10):
        words[f"{_UNITS[tens]} mươi"] = tens * 10
        for unit in range(1, 10):
            variants = [_UNITS[unit]] + {1: ["mốt"], 4: ["tư"], 5: ["lăm", "nhăm"]}.get(unit, [])
            for variant in variants:
                words[f"{_UNITS[tens]} mươi {variant}"] = tens * 10 + unit
    return words


VOCABULARY = Vocabulary(
    language="vi",
    babel_locale="vi",
    date_order="DMY",
    date_language="vi",
    yes=keys("có", "co", "c", "có ạ", "co a", "dạ có", "da co", "dạ", "da", "dạ vâng",
              "da vang", "vâng", "vang", "vâng ạ", "vang a", "ừ", "ừa", "uh", "uk", "ừ ừ",
              "được", "duoc", "dc", "đc", "được ạ", "duoc a", "ok", "oke", "okê", "okie",
              "oki", "okay", "đúng", "dung", "đúng rồi", "dung roi", "đúng vậy",
              "dung vay", "đúng ạ", "chính xác", "chinh xac", "phải", "phai",
              "phải rồi", "phai roi", "đồng ý", "dong y", "tôi đồng ý", "toi dong y",
              "em đồng ý", "có chứ", "co chu", "tất nhiên", "tat nhien", "chắc chắn",
              "chac chan", "có rồi", "co roi", "rồi ạ", "có thể", "co the", "được chứ",
              "an toàn", "an toan", "có, an toàn",
              # "không và có", "có hay không": the yes/no parser skips only English and
              # Spanish connectors, so the joined halves are listed to catch both answers.
              "và có", "va co", "hay có", "hoặc có", "nhưng có"),
    no=keys("không", "khong", "ko", "k", "kh", "khg", "hông", "hong", "hok", "hem", "hk",
             "không ạ", "khong a", "dạ không", "da khong", "dạ ko", "không có", "khong co",
             "ko co", "k co", "chưa", "chua", "chưa ạ", "chua a", "dạ chưa", "da chua",
             "chưa có", "chua co", "không phải", "khong phai", "ko phai", "sai rồi",
             "sai roi", "không đúng", "khong dung", "ko dung", "không bao giờ",
             "khong bao gio", "chưa bao giờ", "chua bao gio", "chưa từng", "không được",
             "khong duoc", "ko dc", "k dc", "không đồng ý", "khong dong y", "không cần",
             "không thể", "khong the", "không an toàn", "khong an toan", "ko an toan",
             "và không", "va khong", "hay không", "hay khong", "hoặc không",
             "nhưng không", "nhung khong"),
    numbers=mapping(_numbers()),
    number_joiners=keys("linh", "lẻ"),
    ordinals=mapping(ordinals(
        ["nhất/nhứt", "nhì/hai", "ba", "tư/bốn", "năm", "", "bảy", "tám", "chín", "mười"],
        ["1", "2", "3", "4", "5", "", "7", "8", "9", "10"])),
    zero_words=keys("không", "khong", "ko", "không có", "khong co", "ko co", "k co",
                     "không ai", "khong ai", "không có ai", "chưa có", "chua co",
                     "số không", "không một ai"),
    all_words=keys("tất cả", "tat ca", "hết", "het", "tất cả các ý trên",
                    "tất cả đều đúng", "tất cả luôn", "cả hai", "ca hai", "cả ba",
                    "toàn bộ", "toan bo", "chọn hết", "chon het"),
    list_connectors=keys("và", "va", "với", "voi", "hoặc", "hoac", "hay", "cùng", "cả"),
    choice_fillers=keys("số", "so", "câu", "chọn", "chon", "tôi", "toi", "em", "là", "la",
                         "thứ", "thu", "cái", "ý", "mục", "muc", "đáp", "án", "phương",
                         "nhé", "nha", "ạ"),
    stopwords=keys("của", "cua", "tôi", "toi", "là", "la", "và", "va", "ở", "những",
                    "các", "cho", "với", "voi", "em", "thì", "mà", "cái", "một"),
    multipliers=mapping({"k": 1_000, "nghìn": 1_000, "ngàn": 1_000, "nghin": 1_000,
                          "ngan": 1_000, "trăm": 100, "triệu": 1_000_000,
                          "trieu": 1_000_000, "tr": 1_000_000, "củ": 1_000_000,
                          "tỷ": 1_000_000_000, "tỉ": 1_000_000_000, "ty": 1_000_000_000}),
    currency_words=mapping({
        "đồng": "VND", "dong": "VND", "đ": "VND", "d": "VND", "vnd": "VND",
        "vnđ": "VND", "việt nam đồng": "VND", "tiền việt": "VND",
        "đô": "USD", "đô la": "USD", "đôla": "USD", "dola": "USD", "đô mỹ": "USD",
        "đô la mỹ": "USD", "usd": "USD", "đô canada": "CAD",
        "euro": "EUR", "ơ rô": "EUR", "bảng anh": "GBP",
        "nhân dân tệ": "CNY", "peso": AMBIGUOUS_PESO, "pesos": AMBIGUOUS_PESO,
    }),
    control_words=MappingProxyType({
        "skip": keys("bỏ qua", "bo qua", "bỏ qua câu này", "bo qua cau nay", "bỏ câu này",
                      "bo cau nay", "xin bỏ qua", "cho bỏ qua", "bỏ qua đi", "qua câu khác",
                      "qua cau khac", "câu khác", "câu tiếp", "cau tiep", "câu tiếp theo",
                      "cau tiep theo", "tiếp theo", "tiep theo", "câu sau", "không muốn trả lời",
                      "khong muon tra loi", "ko muon tra loi", "không muốn nói",
                      "khong muon noi", "xin không trả lời", "tôi không muốn trả lời",
                      "không trả lời", "miễn trả lời", "để trống", "de trong", "bỏ trống",
                      "bo trong"),
        "dont_know": keys("không biết", "khong biet", "ko biết", "ko biet", "k biết",
                           "k biet", "kb", "ko bít", "ko bit", "k bit", "hông biết",
                           "hong biet", "chẳng biết", "chả biết", "không rõ", "khong ro",
                           "ko rõ", "ko ro", "không nhớ", "khong nho", "ko nhớ", "ko nho",
                           "k nhớ", "k nho", "không nhớ rõ", "khong nho ro", "không chắc",
                           "khong chac", "ko chắc", "không chắc chắn", "tôi không biết",
                           "toi khong biet", "em không biết", "em ko biết", "em ko biet",
                           "không biết nữa", "khong biet nua", "chưa biết", "chua biet",
                           "chưa rõ", "chua ro", "chịu", "chiu", "có lẽ", "co le",
                           "ai mà biết", "tôi không nhớ", "toi khong nho", "quên rồi",
                           "quen roi", "tôi quên rồi", "dạ không biết", "không biết ạ"),
        "tell_lawyer": keys("luật sư", "luat su", "ls", "nói với luật sư", "noi voi luat su",
                             "tôi sẽ nói với luật sư", "toi se noi voi luat su",
                             "để tôi nói với luật sư", "de toi noi voi luat su",
                             "tôi muốn nói trực tiếp với luật sư",
                             "nói trực tiếp với luật sư", "noi truc tiep voi luat su",
                             "chỉ nói với luật sư", "chi noi voi luat su", "cho luật sư",
                             "dành cho luật sư", "gặp luật sư", "gap luat su",
                             "tôi sẽ kể với luật sư", "kể với luật sư",
                             "nói riêng với luật sư", "để luật sư hỏi",
                             "tôi muốn nói với luật sư hơn", "em sẽ nói với luật sư",
                             "em se noi voi luat su", "với luật sư", "voi luat su",
                             "tôi sẽ nói với luật sư sau"),
    }),
    polite_fillers=keys("ạ", "dạ", "làm ơn", "lam on", "xin", "vui lòng", "vui long",
                         "cảm ơn", "cam on", "cám ơn", "xin lỗi", "xin loi", "ok", "ờ", "à",
                         "thì", "nhé", "nhe", "nha", "đi", "thôi", "thoi", "ơi", "bạn ơi"),
    relative_date_words=keys("trước", "truoc", "hôm qua", "hom qua", "hôm kia", "hôm nay",
                              "hom nay", "ngày mai", "ngay mai", "ngày kia", "tuần", "tuan",
                              "tháng", "thang", "ngày", "ngay", "nữa", "nua", "ngoái",
                              "ngoai", "cách đây", "vừa rồi", "vua roi"),
    date_prepositions=keys("vào", "vao", "từ", "tu", "khoảng", "khoang", "tầm", "hồi",
                            "lúc", "luc", "trong", "đến", "den", "tới", "tôi", "toi", "em",
                            "nghĩ", "nghi", "là", "la", "chắc", "chac", "có", "lẽ",
                            "hình", "như", "cuối", "cuoi", "đầu", "dau", "giữa", "giua",
                            "cỡ", "độ", "chừng", "gần", "gan"),
    openers=keys("xin chào", "xin chao", "chào bạn", "chao ban", "chào anh", "chao anh",
                 "chào chị", "chao chi", "chào em", "chào buổi sáng", "cảm ơn", "cam on",
                 "cám ơn", "tôi cần giúp", "toi can giup", "tôi cần giúp đỡ",
                 "giúp tôi", "giup toi", "giúp đỡ", "giup do", "giúp với", "giup voi",
                 "làm ơn", "lam on", "mẹ tôi", "me toi", "con tôi", "con toi", "bố tôi",
                 "bo toi", "ba tôi", "chồng tôi", "chong toi", "vợ tôi", "vo toi",
                 "con trai tôi", "con gái tôi", "con gai toi", "bệnh viện", "benh vien",
                 "ung thư", "ung thu", "luật sư", "luat su", "tạm tha nhân đạo",
                 "tam tha nhan dao", "được không", "duoc khong", "có ai không",
                 "co ai khong", "bạn ơi", "ban oi", "tiếng việt", "tieng viet",
                 "việt nam", "viet nam", "chữa bệnh", "chua benh", "điều trị",
                 "dieu tri"),
)
