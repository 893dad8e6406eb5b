"""Vietnamese<->English machine translation: the public API.

    >>> import mt
    >>> mt.translate("Tôi yêu Hà Nội.", src="vi", tgt="en")       # the bundled model, loaded once
    >>> t = mt.Translator.load("models/vien-base")
    >>> t.translate(["Xin chào.", "Cảm ơn."], src="vi", tgt="en")

Nothing heavy is imported here: CTranslate2 loads on first use, torch only for training and export.
"""
from .errors import DataError, InputError, MissingDependency, ModelError, MTError
from .translate import DecodeOptions, Translator, translate

__version__ = "0.1.0"
__all__ = ["translate", "Translator", "DecodeOptions", "MTError", "InputError", "ModelError", "DataError",
           "MissingDependency", "__version__"]
