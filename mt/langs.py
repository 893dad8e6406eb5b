"""Language codes and how each model family marks the source and target language.

We translate between two languages, named by ISO 639-1 codes on every public surface ("vi", "en").
Each model family spells them its own way; this table is the one place that knows how.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError

LANGUAGES = {"vi": "Vietnamese", "en": "English"}


@dataclass(frozen=True)
class Family:
    """How a model family marks languages.

    `source_prefix`/`source_suffix`/`target_prefix` are token templates; `{src}`/`{tgt}` are replaced by the
    family's spelling of the language. Marian (OPUS-MT) models mark only the target, inside the source.
    """

    name: str
    codes: dict[str, str]
    source_prefix: tuple[str, ...] = ()
    source_suffix: tuple[str, ...] = ("</s>",)
    target_prefix: tuple[str, ...] = ()


FAMILIES = {
    # Our bundled model is an M2M100-architecture model, so it shares this entry with facebook/m2m100_*.
    "m2m100": Family("m2m100", {"vi": "__vi__", "en": "__en__"}, ("{src}",), ("</s>",), ("{tgt}",)),
    "nllb": Family("nllb", {"vi": "vie_Latn", "en": "eng_Latn"}, ("{src}",), ("</s>",), ("{tgt}",)),
    "mbart50": Family("mbart50", {"vi": "vi_VN", "en": "en_XX"}, ("{src}",), ("</s>",), ("{tgt}",)),
    # Multi-target OPUS-MT models need ">>vie<<"; bilingual ones ignore or lack it (see Translator).
    "marian": Family("marian", {"vi": ">>vie<<", "en": ">>eng<<"}, ("{tgt}",), ("</s>",), ()),
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
