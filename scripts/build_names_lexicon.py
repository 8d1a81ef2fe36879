"""Rebuild the first-name part of ``models/names.json`` from the nomquamgender data.

nomquamgender (Van Buskirk, Clauset and Larremore 2023, "An open-source cultural
consensus approach to name-based gender classification", MIT licence) ships
p(gender=female) for about 720,000 names pooled from 36 sources. This script
keeps the common ones (>= ``--min-count`` occurrences) and sorts them into
female (p >= 0.9), male (p <= 0.1) and unisex lists, so the pipeline loads a
small data file instead of the whole package.

Usage::

    pip install nomquamgender
    python scripts/build_names_lexicon.py models/names.json
"""

from __future__ import annotations

import argparse
import json
import re
from importlib import resources
from pathlib import Path

_WORD = re.compile(r"[a-z]+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lexicon", type=Path, help="names.json to update in place")
    parser.add_argument("--min-count", type=int, default=200)
    args = parser.parse_args()
    data = json.loads((resources.files("nomquamgender") / "name_data.json").read_text(encoding="utf-8"))
    female, male, unisex = [], [], []
    for name, values in data.items():
        count, p_female = values[1], values[2]
        if count < args.min_count or not _WORD.fullmatch(name) or len(name) < 2:
            continue
        (female if p_female >= 0.9 else male if p_female <= 0.1 else unisex).append(name)
    lexicon = json.loads(args.lexicon.read_text(encoding="utf-8"))
    lexicon["first_names"] = {"female": sorted(female), "male": sorted(male), "unisex": sorted(unisex)}
    args.lexicon.write_text(_dump(lexicon), encoding="utf-8")
    print(f"{len(female)} female, {len(male)} male, {len(unisex)} unisex first names")


def _dump(lexicon: dict) -> str:
    """Indented JSON with each list on one line (the name lists are long)."""
    lines = ["{"]
    items = list(lexicon.items())
    for n, (key, value) in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        if isinstance(value, dict):
            inner = [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in value.items()]
            lines.append(f" {json.dumps(key)}: {{\n" + ",\n".join(inner) + f"\n }}{comma}")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    return "\n".join(lines) + "\n}\n"


if __name__ == "__main__":
    main()
