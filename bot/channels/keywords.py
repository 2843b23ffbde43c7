"""SMS keywords handled by the channel before Rasa sees the message: stop, start, help.

US carrier and FCC rules: these words always count, as the whole message, in the
applicant's language too. One table per language; adding a language is adding one
entry to ``KEYWORDS`` (the "language" of a match chooses the confirmation's language).
Matching ignores case, accents, surrounding punctuation and repeated spaces.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

OPT_OUT = "opt_out"
OPT_IN = "opt_in"
HELP = "help"

# language code -> keyword kind -> whole-message words (written naturally; matched normalised)
KEYWORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        OPT_OUT: ("stop", "stopall", "stop all", "unsubscribe", "cancel", "end", "quit",
                  "revoke", "opt out", "optout", "opt-out"),
        OPT_IN: ("start", "unstop"),
        HELP: ("help", "info"),
    },
    "es": {
        OPT_OUT: ("alto", "parar", "para", "detener", "cancelar", "baja", "darse de baja",
                  "dar de baja", "no mas mensajes", "no más mensajes", "no mandar mas",
                  "salir", "terminar", "fin"),
        OPT_IN: ("comenzar", "iniciar", "reanudar"),
        HELP: ("ayuda",),
    },
    "ht": {
        OPT_OUT: ("sispann", "sispan", "sispann mesaj yo", "sispann voye mesaj",
                  "pa voye mesaj ankò", "pa voye m mesaj ankò", "m pa vle mesaj ankò",
                  "dezabòne", "dezabone"),
        OPT_IN: ("kòmanse", "komanse", "kòmanse ankò", "reabòne", "reabone", "voye mesaj ankò"),
        HELP: ("èd", "ède", "ede m", "ede mwen", "m bezwen èd"),
    },
    "fr": {
        OPT_OUT: ("arrêt", "arret", "désabonner", "me désabonner", "se désabonner",
                  "désabonnement", "désinscrire", "me désinscrire", "désinscription",
                  "arrêtez les messages", "arrêter les messages", "plus de messages",
                  "je ne veux plus de messages"),
        OPT_IN: ("commencer", "reprendre", "réabonner", "me réabonner", "réactiver"),
        HELP: ("aide", "aidez-moi", "aidez moi", "à l'aide"),
    },
    "pt_BR": {
        OPT_OUT: ("sair", "pare", "parar de receber", "descadastrar", "descadastre",
                  "cancelar inscrição", "não quero mais mensagens", "nao quero mais mensagens",
                  "fim"),
        OPT_IN: ("começar", "comecar", "voltar", "reativar", "quero voltar a receber"),
        HELP: ("ajuda", "socorro", "ajudar"),
    },
    "vi": {
        # Not "dừng" alone: without accents it is "dung", how people type "đúng" (yes).
        OPT_OUT: ("ngừng", "ngưng", "ngừng nhận tin", "ngung nhan tin", "dừng nhận tin",
                  "dung nhan tin", "hủy đăng ký", "huỷ đăng ký", "huy dang ky",
                  "không nhận tin nữa", "khong nhan tin nua", "đừng nhắn nữa", "dung nhan nua"),
        OPT_IN: ("bắt đầu", "bat dau", "đăng ký lại", "dang ky lai", "nhận tin lại",
                 "nhan tin lai"),
        HELP: ("giúp", "giup", "trợ giúp", "tro giup", "giúp tôi", "giup toi", "hướng dẫn",
               "huong dan"),
    },
    "ar": {
        # START is "اشتراك" (subscribe): "ابدأ" folds onto "أبداً", never, a "no".
        OPT_OUT: ("إيقاف", "ايقاف", "أوقف", "وقف", "توقف", "إلغاء الاشتراك", "الغاء الاشتراك",
                  "إيقاف الرسائل", "أوقفوا الرسائل", "لا أريد رسائل"),
        OPT_IN: ("اشتراك", "اشترك", "إعادة الاشتراك", "تفعيل"),
        HELP: ("مساعدة", "مساعده"),
    },
    "fa_AF": {
        OPT_OUT: ("توقف", "ایست", "لغو عضویت", "لغو اشتراک", "پیام نفرستید",
                  "دیگر پیام نفرستید", "پیام نمی‌خواهم"),
        OPT_IN: ("شروع", "اشتراک", "شروع پیام‌ها"),
        HELP: ("کمک", "کومک"),
    },
    "ps": {
        OPT_OUT: ("بند", "بندول", "بند یې کړئ", "ودروئ", "ودروه", "نور پیغامونه مه لېږئ",
                  "پیغام مه لېږئ", "نور پیغام نه غواړم"),
        OPT_IN: ("پیل", "پیلول", "شروع"),
        HELP: ("مرسته", "مرسته غواړم"),
    },
    "zh_Hans": {
        OPT_OUT: ("退订", "TD", "取消订阅", "停止", "停止发送", "不要再发了", "别再发了", "退出"),
        OPT_IN: ("开始", "恢复", "订阅", "重新订阅", "恢复订阅"),
        HELP: ("帮助", "求助"),
    },
    "uk": {
        OPT_OUT: ("стоп", "відписатися", "відписатись", "відписка", "скасувати підписку",
                  "не пишіть мені", "більше не пишіть"),
        OPT_IN: ("старт", "підписатися", "підписатись", "почати", "відновити"),
        HELP: ("допомога", "довідка"),
    },
    "ru": {
        OPT_OUT: ("стоп", "отписаться", "отписка", "отменить подписку", "не пишите мне",
                  "больше не пишите"),
        OPT_IN: ("старт", "подписаться", "начать", "возобновить"),
        HELP: ("помощь", "справка"),
    },
}

_MAX_KEYWORD_CHARS = 40


@dataclass(frozen=True)
class KeywordMatch:
    kind: str        # OPT_OUT, OPT_IN or HELP
    language: str    # the language whose table matched


def normalise(text: str) -> str:
    """Casefolded, accent-free, punctuation-trimmed, single-spaced text."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    plain = re.sub(r"[^\w\s-]", " ", plain.casefold())
    return " ".join(plain.split()).strip("-")


def _table() -> dict[str, KeywordMatch]:
    table: dict[str, KeywordMatch] = {}
    # English first so a word both tables share (none today) keeps the English meaning.
    for language, kinds in KEYWORDS.items():
        for kind, words in kinds.items():
            for word in words:
                table.setdefault(normalise(word), KeywordMatch(kind, language))
    return table


_TABLE = _table()


def match_keyword(text: Optional[str]) -> Optional[KeywordMatch]:
    """The keyword the whole message is, or None ("stop the treatment" is not one)."""
    if not text or len(text) > _MAX_KEYWORD_CHARS:
        return None
    return _TABLE.get(normalise(text))
