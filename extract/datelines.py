"""The dateline that opens a wire story's or a press release's paragraph: "BEIJING, March 4
(Reuters) -", "SHENZHEN, China, March 4, 2024 /PRNewswire/ --", "HANGZHOU (APN) - ". It says where
and when a story was filed and by whom: its place is no claim's subject, its date no event's, and
its wire service is an outlet. One rule, read by the actor finder, the subject rules, the date
component and the relation rules.

- `dateline_at(doc, char) -> Dateline | None`: the dateline whose words cover a character offset.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from extract.numbers import doc_text

#: A place in capitals at a line's start (or places: "HONG KONG/SHANGHAI"); a comma and its country
#: or the date ("Jan. 9"); a wire's or a newswire's name in brackets or slashes; a spaced dash. The
#: words between the place and the dash are few. Also read by the metadata for the document's date (extract/metadata.py).
LEDE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ /-]*[A-Z.])"
    r"(?:,(?P<when>[^\n;:!?()/]{2,45}?))?"
    r"\s*(?P<wire>\([^()\n]{2,30}\)|/[^/\n]{2,30}/)?"
    r"\s*(?:--|—|–|-)\s",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Dateline:
    """Character offsets in the doc's text: the whole dateline (up to and with its dash), its place,
    and its wire service's name (inside the brackets or slashes), if it has one."""

    start: int
    end: int
    place_end: int
    wire: tuple[int, int] | None

    def in_place(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.place_end

    def in_wire(self, start: int, end: int) -> bool:
        return self.wire is not None and self.wire[0] <= start and end <= self.wire[1]

    def after_place(self, start: int, end: int) -> bool:
        """Whether the characters lie between the place and the dash: the date, the country."""
        return self.place_end < start and end <= self.end


def datelines(doc: Doc) -> list[Dateline]:
    """The doc's datelines, found once per doc."""
    if "sckb_datelines" not in doc.user_data:
        doc.user_data["sckb_datelines"] = [_dateline(m) for m in LEDE_DATELINE.finditer(doc_text(doc))]
    return doc.user_data["sckb_datelines"]


def _dateline(match: re.Match) -> Dateline:
    wire = (match.start("wire") + 1, match.end("wire") - 1) if match.group("wire") else None
    return Dateline(match.start(), match.end(), match.end("place"), wire)


def dateline_at(doc: Doc, char: int) -> Dateline | None:
    """The dateline covering the character offset `char`, if any."""
    return next((d for d in datelines(doc) if d.start <= char < d.end), None)
