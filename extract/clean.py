"""PLACEHOLDER: replaced by the cleaning work (see the helper's task)."""
from dataclasses import dataclass, field


@dataclass
class CleanResult:
    text: str
    removed: list = field(default_factory=list)


def clean_capture(raw: str) -> CleanResult:
    return CleanResult(raw)
