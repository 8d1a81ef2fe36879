"""Type aliases shared across stages."""

from __future__ import annotations

from os import PathLike
from typing import Literal

PathType = str | PathLike[str]
QuoteKind = Literal["direct", "indirect", "mixed"]
ActorType = Literal["person", "organisation", "country", "group", "unknown"]
Relation = Literal[
    "statement", "belief", "intention", "evidence",
    "accuse", "deny", "criticize", "threaten", "demand", "praise", "agree",
]
#: Relations that become claims between actors.
CLAIM_RELATIONS: tuple[str, ...] = (
    "accuse", "deny", "criticize", "threaten", "demand", "praise", "agree",
)
