"""Language codes and how each model family marks the source and target language.

We translate between two languages, named by ISO 639-1 codes on every public surface ("vi", "en").
Each model family spells them its own way; this table is the one place that knows how.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError

LANGUAGES = {"vi": "Vietnamese", "en": "English"}


@dataclass(frozen=True)
class Family:
    """How a model family marks languages.

    `source_prefix`/`source_suffix`/`target_prefix` are token templates; `{src}`/`{tgt}` are replaced by the
    family's spelling of the language. Marian (OPUS-MT) models mark only the target, inside the source.
    `source_text`/`target_text` are text templates, tokenised like the sentence: T5-style models (envit5) read
    "vi: <sentence>" and write "en: <translation>"; the target text is forced at decoding and stripped.
    """

    name: str
    codes: dict[str, str]
    source_prefix: tuple[str, ...] = ()
    source_suffix: tuple[str, ...] = ("</s>",)
    target_prefix: tuple[str, ...] = ()
    source_text: str = ""
    target_text: str = ""

    @property
    def codes_are_tokens(self) -> bool:
        """Whether the language codes are vocabulary entries (False: text such as T5's "vi:")."""
        return not (self.source_text or self.target_text)


FAMILIES = {
    # Our bundled model is an M2M100-architecture model, so it shares this entry with facebook/m2m100_*.
    "m2m100": Family("m2m100", {"vi": "__vi__", "en": "__en__"}, ("{src}",), ("</s>",), ("{tgt}",)),
    "nllb": Family("nllb", {"vi": "vie_Latn", "en": "eng_Latn"}, ("{src}",), ("</s>",), ("{tgt}",)),
    "mbart50": Family("mbart50", {"vi": "vi_VN", "en": "en_XX"}, ("{src}",), ("</s>",), ("{tgt}",)),
    # Multi-target OPUS-MT models need ">>vie<<"; bilingual ones ignore or lack it (see Translator).
    "marian": Family("marian", {"vi": ">>vie<<", "en": ">>eng<<"}, ("{tgt}",), ("</s>",), ()),
    # T5-style models marked by a text prefix on both sides, as VietAI/envit5-translation: "vi: ..." -> "en: ...".
    "t5": Family("t5", {"vi": "vi", "en": "en"}, (), ("</s>",), (), source_text="{src}:", target_text="{tgt}:"),
}


def check_lang(code: str) -> str:
    """Return `code` if we support it, else raise an InputError naming the choices."""
    if code not in LANGUAGES:
        choices = ", ".join(sorted(LANGUAGES))
        raise InputError(f"unknown language code {code!r}: choose one of {choices}")
    return code


def check_pair(src: str, tgt: str) -> tuple[str, str]:
    check_lang(src)
    check_lang(tgt)
    if src == tgt:
        raise InputError(f"source and target language are both {src!r}")
    return src, tgt


def family(name: str) -> Family:
    try:
        return FAMILIES[name]
    except KeyError:
        raise InputError(f"unknown model family {name!r}: choose one of {', '.join(FAMILIES)}") from None


def _fill(template: tuple[str, ...], fam: Family, src: str, tgt: str, codes: dict | None) -> list[str]:
    codes = fam.codes if codes is None else codes
    filled = [t.format(src=codes.get(src, ""), tgt=codes.get(tgt, "")) for t in template]
    return [t for t in filled if t]  # a bilingual Marian model has no language token


def source_tokens(fam: Family, pieces: list[str], src: str, tgt: str, codes: dict | None = None) -> list[str]:
    """The token sequence the encoder sees for `pieces` translated from `src` to `tgt`.

    `codes` overrides the family's language tokens (a model's manifest lists those its vocabulary has)."""
    return _fill(fam.source_prefix, fam, src, tgt, codes) + pieces + _fill(fam.source_suffix, fam, src, tgt, codes)


def target_prefix(fam: Family, src: str, tgt: str, codes: dict | None = None) -> list[str]:
    """Tokens forced at the start of the decoder output (removed from the result)."""
    return _fill(fam.target_prefix, fam, src, tgt, codes)


def source_text(fam: Family, src: str, tgt: str, codes: dict | None = None) -> str:
    """Text put before the source sentence (tokenised with it), e.g. "vi:" for T5-style models; else ""."""
    codes = fam.codes if codes is None else codes
    return fam.source_text.format(src=codes.get(src, ""), tgt=codes.get(tgt, "")) if fam.source_text else ""


def target_text(fam: Family, src: str, tgt: str, codes: dict | None = None) -> str:
    """Text the model writes before its translation (forced at decoding, then removed), e.g. "en:"; else ""."""
    codes = fam.codes if codes is None else codes
    return fam.target_text.format(src=codes.get(src, ""), tgt=codes.get(tgt, "")) if fam.target_text else ""


def model_codes(fam: Family, vocabulary) -> dict[str, str]:
    """The language codes a model has: those of its family found in `vocabulary` (a bilingual Marian model has
    none), or all of them when the family spells languages as text."""
    if not fam.codes_are_tokens:
        return dict(fam.codes)
    return {lang: code for lang, code in fam.codes.items() if code in vocabulary}


def default_directions(family_name: str, model_name: str) -> list[str]:
    """Both directions for multilingual families; a Marian model's one direction from its name (opus-mt-vi-en)."""
    if family_name != "marian":
        return ["vi-en", "en-vi"]
    m = re.search(r"opus-mt-(vi|en)-(vi|en)\b", model_name)
    if not m:
        raise InputError(f"{model_name}: say which direction this Marian model translates with --direction vi-en|en-vi")
    return [f"{m.group(1)}-{m.group(2)}"]
