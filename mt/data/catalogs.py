"""Mining parallel data from gettext catalogues (.po and .mo), the way ../shared/data/vien/debian_l10n was made.

    mt data mine /usr/share/locale --lang vi --out data/locale_vi     # every vi catalogue under a folder
    mt data mine po/vi.po other.mo --lang vi --out data/app_vi

A catalogue maps English source strings (msgid) to translations (msgstr). Every translated, non-fuzzy, non-obsolete
entry becomes a pair; plural entries give the singular with the first form and the plural with the second (or the
only one, for languages such as Vietnamese that have one form). Multi-line strings are joined with spaces, as in
debian_l10n. What is skipped is counted, never dropped silently. Reading uses polib (the `data` extra).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..errors import DataError, InputError, MissingDependency
from ..manifest import sha256_file

SUFFIXES = (".po", ".mo")


def find_catalogs(path: Path) -> list[Path]:
    path = Path(path)
    if path.is_file():
        return [path] if path.suffix.lower() in SUFFIXES else []
    return sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())


def _open(path: Path):
    try:
        import polib
    except ImportError:
        raise MissingDependency("polib", "data") from None
    try:
        if path.suffix.lower() == ".mo":
            return polib.mofile(str(path))
        return polib.pofile(str(path))
    except UnicodeDecodeError as e:
        where = str(path)
        if path.suffix.lower() == ".po":
            data = path.read_bytes()
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as e2:
                where += ":" + str(data[: e2.start].count(b"\n") + 1)
        raise DataError(f"{where}: not valid {e.encoding} (the catalogue's charset); fix or re-encode it") \
            from None
    except (OSError, ValueError) as e:
        raise DataError(f"{path}: cannot read this gettext catalogue: {e}") from None


def catalog_language(catalog, path: Path) -> str:
    """The Language header, else the folder above LC_MESSAGES (locale/vi/LC_MESSAGES/x.mo), else the file
    name (po/vi.po); "" when none says."""
    lang = (catalog.metadata.get("Language") or "").strip()
    if not lang and path.parent.name == "LC_MESSAGES":
        lang = path.parent.parent.name
    if not lang and path.suffix.lower() == ".po":
        lang = path.stem
    return lang.replace("-", "_").split("_")[0].split("@")[0].lower()


def _flat(text: str) -> str:
    return " ".join(text.split())


def entries(catalog, counts: Counter):
    """(msgid, msgstr, where) for every usable entry of one catalogue; `counts` says what was skipped.
    `where` is ":LINE" in a .po file, then "#CONTEXT" when the entry has a msgctxt."""
    for e in catalog:
        if not e.msgid:
            continue  # the header
        where = (f":{e.linenum}" if getattr(e, "linenum", None) else "") + (f"#{e.msgctxt}" if e.msgctxt else "")
        if e.obsolete:
            counts["obsolete"] += 1
        elif "fuzzy" in e.flags:
            counts["fuzzy"] += 1
        elif e.msgid_plural:
            forms = [e.msgstr_plural[k] for k in sorted(e.msgstr_plural)]
            if not forms or not forms[0]:
                counts["untranslated"] += 1
                continue
            counts["translated"] += 1
            yield e.msgid, forms[0], where
            yield e.msgid_plural, forms[1] if len(forms) > 1 and forms[1] else forms[0], where
        elif not e.msgstr:
            counts["untranslated"] += 1
        else:
            counts["translated"] += 1
            yield e.msgid, e.msgstr, where


def mine(path: str | Path, lang: str = "vi", source_lang: str = "en", name: str | None = None,
         counts: Counter | None = None):
    """A Corpus from one catalogue or every catalogue under a folder whose language is `lang`.

    `vi`/`en` of the corpus hold the translation and the msgid when (lang, source_lang) is (vi, en); for another
    pair, `.vi` holds the `lang` side and `.en` the `source_lang` side, as the writer names them."""
    from .corpora import Corpus

    path = Path(path)
    if not path.exists():
        raise DataError(f"{path}: no such file or folder")
    files = find_catalogs(path)
    if not files:
        raise DataError(f"no .po or .mo catalogue in {path}")
    if not lang:
        raise InputError("give the catalogues' language, e.g. --lang vi")
    counts = counts if counts is not None else Counter()
    tgt, src, origins, hashes = [], [], [], {}
    for f in files:
        catalog = _open(f)
        found = catalog_language(catalog, f)
        if found != lang.lower():
            counts["other_language_catalogues"] += 1
            continue
        counts["catalogues"] += 1
        hashes[str(f)] = sha256_file(f)
        for msgid, msgstr, where in entries(catalog, counts):
            src.append(_flat(msgid))
            tgt.append(_flat(msgstr))
            origins.append(f"{f}{where}")
    counts["pairs"] += len(src)
    return Corpus(name or path.name.split(".")[0], tgt, src, hashes, domain="software localisation",
                  licence="that of each catalogue's package", origins=origins)


def write_corpus(corpus, out: Path, lang: str = "vi", source_lang: str = "en", force: bool = False) -> Path:
    """Write a mined corpus as a corpus folder: train.LANG, train.SOURCE_LANG, train.source (catalogue of each)."""
    from ..manifest import write_text

    out = Path(out)
    if out.exists() and any(out.iterdir()) and not force:
        raise InputError(f"{out} already exists and is not empty: pass --force to replace its files")
    if lang == source_lang:
        raise InputError("the catalogue language and the source language must differ")
    write_text(out / f"train.{lang}", "".join(x + "\n" for x in corpus.vi))
    write_text(out / f"train.{source_lang}", "".join(x + "\n" for x in corpus.en))
    write_text(out / "train.source", "".join(x + "\n" for x in corpus.origins))
    return out
