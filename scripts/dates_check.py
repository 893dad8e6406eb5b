"""How dates and times of day get through translation, with mt/dates.py off (the model alone, as before it) and on.

1. Made-up sentences (templates below), each with one date or time in one of the forms the rule takes, both ways:
   the sentences whose translation keeps its value. A date is right when its day, month and year (where given) are
   all in the output in any usual form ("July 6, 2021", "6 July 2021"; "ngày 6 tháng 7", "6/7", "tháng Bảy"); a
   time when its hour, minutes and part of the day are ("7:15 a.m.", "7:15 am"; "7:15 sáng", "7 giờ 15 sáng").
2. The training lines with a date or time (EVBNews, which v6 has seen): BLEU / chrF++ against the references.

    python scripts/dates_check.py --data-dir ../shared/data/vien      # about two minutes on 2 CPU cores
"""
from __future__ import annotations

import random
import re

from mt import dates
from rule_off import scores, setup, translated

MONTHS = "January February March April May June July August September October November December".split()
VI_MONTH_WORDS = ["Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Chạp"]
SENTENCES = {"vi": ["Cuộc họp diễn ra {x}.", "Anh ấy đến Hà Nội {x}.", "Cửa hàng đóng cửa {x}.",
                    "Chúng tôi sẽ gặp nhau {x}.", "Tàu rời ga {x}.", "Tôi gọi cho mẹ {x}."],
             "en": ["The meeting takes place {x}.", "He arrived in Hanoi {x}.", "The shop closes {x}.",
                    "We will meet {x}.", "The train leaves {x}.", "I called my mother {x}."]}
# (part of the day, a.m. or p.m., its hours)
PARTS = {"vi": [("sáng", "a", (5, 11)), ("chiều", "p", (1, 5)), ("tối", "p", (6, 11))],
         "en": [("a.m.", "a", (1, 11)), ("pm", "p", (1, 11)), ("p.m.", "p", (1, 11))]}


def made_up(lang: str, n: int, rng: random.Random) -> list[tuple[str, dict]]:
    """(sentence, the value: day, month, year or hour, minutes, a/p)"""
    out = []
    for _ in range(n):
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([None, rng.randint(1950, 2030)])
        (part, ap, hours), minutes = rng.choice(PARTS[lang]), rng.choice([0, 15, 30, 45])
        hour = rng.randint(*hours)
        if rng.random() < 0.5:
            value = {"day": day, "month": month, "year": year}
            x = _vi_date(day, month, year, rng) if lang == "vi" else _en_date(day, month, year, rng)
        else:
            value = {"hour": hour, "minutes": minutes, "ap": ap}
            if lang == "vi":
                x = "lúc " + rng.choice([f"{hour} giờ" + (f" {minutes} phút" if minutes else ""),
                                         f"{hour}h" + (f"{minutes:02d}" if minutes else ""),
                                         f"{hour}:{minutes:02d}"]) + f" {part}"
            else:
                x = "at " + (f"{hour}:{minutes:02d}" if minutes or rng.random() < 0.5 else str(hour)) + f" {part}"
        out.append((rng.choice(SENTENCES[lang]).format(x=x).replace("..", "."), value))
    return out


def _vi_date(day: int, month: int, year: int | None, rng: random.Random) -> str:
    forms = [f"ngày {day}/{month}" + (f"/{year}" if year else ""),
             f"ngày {day} tháng {month}" + (f" năm {year}" if year else ""),
             f"ngày {day} tháng {VI_MONTH_WORDS[month - 1]}" + (f" năm {year}" if year else "")]
    return "vào " + rng.choice(forms)


def _en_date(day: int, month: int, year: int | None, rng: random.Random) -> str:
    name = MONTHS[month - 1]
    forms = [f"{name} {day}" + (f", {year}" if year else ""), f"{day} {name}" + (f" {year}" if year else "")]
    return "on " + rng.choice(forms)


def kept_value(out: str, value: dict, tgt: str) -> bool:
    if "day" in value:
        year = value["year"] is None or str(value["year"]) in out
        if tgt == "en":
            name, day = MONTHS[value["month"] - 1], value["day"]
            return year and re.search(rf"\b({name} {day}\b|{day}(?:st|nd|rd|th)? (?:of )?{name})", out) is not None
        word = VI_MONTH_WORDS[value["month"] - 1]
        return year and re.search(rf"(?<!\d){value['day']}(?: tháng (?:{value['month']}|(?i:{word}))|/{value['month']})"
                                  rf"(?!\d)", out) is not None
    h, mm = value["hour"], value["minutes"]
    clock = rf"(?<!\d){h}(?::{mm:02d}| giờ {mm}(?: phút)?)" if mm else rf"(?<!\d){h}(?::00| giờ)?"
    if tgt == "en":
        return re.search(rf"{clock} ?{value['ap']}\.?m\b", out, re.IGNORECASE) is not None
    parts = "sáng" if value["ap"] == "a" else "(?:chiều|tối)"
    return re.search(rf"{clock} {parts}", out) is not None


def main() -> None:
    args, t = setup(__doc__)
    rng = random.Random(12)
    read = lambda lang: (args.data_dir / "evbnews" / f"train.{lang}").read_text(encoding="utf-8").split("\n")
    for src, tgt in (("vi", "en"), ("en", "vi")):
        cases = made_up(src, args.sentences, rng)
        row = [f"{src}->{tgt} made up:"]
        for on in (False, True):
            out = translated(t, dates, [c[0] for c in cases], src, tgt, on)
            row.append(f"{'on' if on else 'off'} {sum(kept_value(o, v, tgt) for o, (_, v) in zip(out, cases))}/"
                       f"{len(cases)}")
        lines = [(s, r) for s, r in zip(read(src), read(tgt)) if dates.matches(s, src, tgt)]
        row.append(f"| EVBNews, {len(lines)} lines:")
        for on in (False, True):
            out = translated(t, dates, [s for s, _ in lines], src, tgt, on)
            row.append(f"{'on' if on else 'off'} {scores(out, [r for _, r in lines])}")
        print(" ".join(row), flush=True)


if __name__ == "__main__":
    main()
