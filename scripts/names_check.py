"""How Vietnamese names get through translation, with mt/names.py off (the model alone, as before it) and on.

1. Made-up sentences (templates below) each with one made-up full name or one real place in Vietnam, both ways:
   the sentences whose translation holds the name exactly once as English writes it ("Pham Thi Hoa", "Phu Quoc");
   the Vietnamese ones also typed without marks (off: names and mt.names.as_typed both off); the English ones also
   written with the name's marks, which the Vietnamese should keep ("Trần Văn Minh").
2. The training lines with such a name (EVBNews, which v6 has seen) whose reference writes it that way: the same
   count, and BLEU / chrF++ against the references.

    python scripts/names_check.py --data-dir ../shared/data/vien      # about two minutes on 2 CPU cores
"""
from __future__ import annotations

import random
import re
from pathlib import Path

from mt import names
from mt.text import strip_marks
from rule_off import NEVER, rule_off, scores, setup, translated

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Ngọc", "Quốc", "Hữu"]
GIVEN = ["Hùng", "Mai", "Tuấn", "Hoa", "Lan", "Dũng", "Hương", "Thắng", "Chính", "Anh", "Trang", "Sơn"]
# places in neither list of mt/terms.py, which writes those
PLACES = [("huyện", "district", "Sóc Sơn"), ("phường", "ward", "Bến Nghé"), ("sân bay", "airport", "Liên Khương"),
          ("sân bay", "airport", "Cát Bi"), ("quận", "district", "Long Biên"), ("huyện", "district", "Gia Lâm"),
          ("xã", "commune", "Tân Lập"), ("huyện", "district", "Đông Anh"), ("sân bay", "airport", "Phù Cát")]
PEOPLE = {"vi": ["Ông {n} là giám đốc công ty.", "Tôi gặp chị {n} hôm qua.", "Bà {n} đã nghỉ hưu.",
                 "Theo ông {n}, dự án sẽ xong vào năm sau.", "{n} sinh năm 1990.", "Bác sĩ {n} khám cho tôi."],
          "en": ["Mr. {n} is the director of the company.", "I met {n} yesterday.", "Ms. {n} has retired.",
                 "According to {n}, the project will be finished next year.", "{n} was born in 1990.",
                 "Doctor {n} examined me."]}
WHERE = {"vi": ["Chúng tôi đi du lịch {kind} {p}.", "Anh ấy sống ở {kind} {p}.", "Trời mưa to ở {kind} {p}."],
         "en": ["We travelled to {p} {kind}.", "He lives in {p} {kind}.", "It rained hard in {p} {kind}."]}


def made_up(lang: str, n: int, rng: random.Random, marks: bool = False) -> list[tuple[str, str]]:
    """(sentence, the name as the translation should write it): as English writes it, or in English sentences
    with its `marks`, as Vietnamese does."""
    out = []
    for _ in range(n):
        if rng.random() < 0.7:
            name = " ".join([rng.choice(FAMILY), rng.choice(MIDDLE), rng.choice(GIVEN)])
            template, fields = rng.choice(PEOPLE[lang]), {}
        else:
            vi_kind, en_kind, name = rng.choice(PLACES)
            template, fields = rng.choice(WHERE[lang]), {"kind": vi_kind if lang == "vi" else en_kind}
        written = name if lang == "vi" or marks else strip_marks(name)
        out.append((template.format(n=written, p=written, **fields), written if marks else strip_marks(name)))
    return out


def exact(cases: list[tuple[str, str]], off: list[str], on: list[str]) -> str:
    """How many translations hold the name exactly once, with the rule off and on."""
    return " ".join(f"{label} {sum(o.count(n) == 1 for o, (_, n) in zip(out, cases))}/{len(cases)}"
                    for label, out in (("off", off), ("on", on)))


def training_lines(data: Path, src: str, tgt: str) -> list[tuple[str, str, str]]:
    """(source, reference, name) for EVBNews lines with a Vietnamese name that the reference writes as English does
    (not a foreign name after a title, nor a numbered district, which mt.names also finds)."""
    read = lambda lang: (data / "evbnews" / f"train.{lang}").read_text(encoding="utf-8").split("\n")
    out = []
    with rule_off(names, "titled"), rule_off(names, "_NUMBERED", {src: NEVER}):
        for s, r in zip(read(src), read(tgt)):
            found = [n for n in (_name(s[m.start:m.end]) for m in names.matches(s, src, tgt)) if n in r]
            if found:
                out.append((s, r, found[0]))
    return out


def _name(matched: str) -> str:
    """The name in a match, without marks and without the title before it ("Ông Nguyễn Văn A" → "Nguyen Van A")."""
    titles = "|".join(map(strip_marks, names.TITLES))
    return re.sub(rf"^(?:{titles}) ", "", strip_marks(matched), flags=re.IGNORECASE)


def main() -> None:
    args, t = setup(__doc__)
    rng = random.Random(11)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        cases = made_up(src, args.sentences, rng)
        texts = [c[0] for c in cases]
        row = [f"{src}->{tgt} made up:"]
        row.append(exact(cases, *(translated(t, names, texts, src, tgt, on) for on in (False, True))))
        if src == "vi":  # typed without marks: reading used to put marks on the name ("Do Thi Hung": "Đó Thì Hưng")
            unmarked = [strip_marks(text) for text in texts]
            with rule_off(names), rule_off(names, "as_typed", lambda typed, read: read):
                off = t.translate(unmarked, src, tgt)
            on = t.translate(unmarked, src, tgt)
            row.append("| typed without marks: " + exact(cases, off, on))
        else:  # written with its marks, which the Vietnamese keeps ("Trần Văn Minh" was dropped or lost its marks)
            marked = made_up(src, args.sentences, rng, marks=True)
            texts = [c[0] for c in marked]
            with rule_off(names), rule_off(names, "written"):
                off = t.translate(texts, src, tgt)
            row.append("| written with marks: " + exact(marked, off, t.translate(texts, src, tgt)))
        lines = training_lines(args.data_dir, src, tgt)
        row.append(f"| EVBNews, {len(lines)} lines:")
        for on in (False, True):
            out = translated(t, names, [s for s, _, _ in lines], src, tgt, on)
            held = sum(n in o for o, (_, _, n) in zip(out, lines))
            row.append(f"{'on' if on else 'off'} {held} with the name, {scores(out, [r for _, r, _ in lines])}")
        print(" ".join(row), flush=True)


if __name__ == "__main__":
    main()
