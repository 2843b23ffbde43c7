"""One module per language, each defining ``VOCABULARY`` (see ``bot.parsing.vocabulary``).

The file name is the base language code ("pt" for Brazilian Portuguese, "fa" for
Dari, "zh" for Simplified Chinese); the registry imports every module here.
"""
