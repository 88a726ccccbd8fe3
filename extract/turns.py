"""Speaker turns: the labelled paragraphs of an interview or a transcript.

    Bitstream Asia: What does a good score get you?
    Nadia Osterhaus: Mostly convenience. With a score of 550 or more you can ...
    [00:12:31] HOST: Welcome back.
    [00:00:04] HOST (MAYA CHEN): Welcome to Credit Lines.

A label is a name of one to four capitalised words (or "Q", "A") at the start of a line,
after an optional timestamp, followed by a colon and the words spoken. One such line could be a
heading or a note ("Update: the company replied"), so a document has turns only when labels
open at least `MIN_TURNS` lines, and a turn's name labels more than one of them: an
interview or a transcript goes back and forth.

The sentence splitter starts a sentence after each label (the label is no part of the quote),
the attributor credits what a turn says to its speaker when its sentence credits no one else,
and "I", "my", "we", "our" in a turn are the speaker (extract/subjects.py). The actor finder makes
every speaker an actor (extract/actors.py, `speaker_at`).
A turn is its labelled paragraph: an interview's closing note or the author's bio after the last
answer is not the speaker's.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

#: Labels must open at least this many lines of a document for it to have turns.
MIN_TURNS = 3
_TIMESTAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?"
_NAME_WORD = r"[A-Z][\w'’.\-]*"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
#: A label may give a role and a name, either in brackets: "HOST (MAYA CHEN):", "Maya Chen (host):".
LABEL = re.compile(
    rf"^[ \t]*(?:{_TIMESTAMP}[ \t]+)?"
    rf"(?P<name>{_NAME})(?:[ \t]*\((?P<bracketed>[^()\n:]{{1,40}})\))?"
    rf"(?:[ \t]+{_TIMESTAMP})?:[ \t]+(?=\S)",
    re.M,
)
#: Words that open a line with a colon without naming anyone who speaks.
NOT_SPEAKERS = frozenset({"note", "notes", "update", "updated", "source", "sources", "related", "read", "see",
                          "photo", "editor's note", "correction", "disclaimer", "contact", "tags", "share",
                          "keywords", "abstract", "warning", "read more", "also read", "caption"})
#: Labels that name a role, not who holds it: their turns credit nobody.
ROLE_LABELS = frozenset({"q", "a", "host", "guest", "interviewer", "interviewee", "moderator", "presenter",
                         "narrator", "reporter", "caller", "audience", "voiceover", "ad", "announcer"})
_KEY = "sckb_turns"


@dataclass(frozen=True)
class Turn:
    """One labelled paragraph: the speaker's name as the label writes it, where the label's
    name stands, where the words spoken begin, and where the paragraph ends (character offsets)."""

    speaker: str
    name_start: int
    name_end: int
    start: int
    end: int

    def holds(self, position: int) -> bool:
        return self.start <= position < self.end


def speaker_turns(text: str) -> list[Turn]:
    """The speaker turns of a text, in order; none when its labels do not go back and forth."""
    found = [m for m in LABEL.finditer(text) if m["name"].lower().rstrip(".") not in NOT_SPEAKERS]
    labels = Counter(_speaker_group(m) and m[_speaker_group(m)] for m in found)
    if len(found) < MIN_TURNS or max(labels.values(), default=0) < 2:
        return []
    turns = []
    for match in found:
        group = _speaker_group(match)
        if labels[match[group]] < 2:
            continue  # "Update: ..." once, between answers
        end = text.find("\n", match.end())
        turns.append(Turn(match[group], match.start(group), match.end(group), match.end(),
                          len(text) if end < 0 else end))
    return turns


def _speaker_group(label: re.Match) -> str:
    """Which of a label's names is the speaker's: the bracketed one after a role ("HOST (MAYA
    CHEN)"), else the first ("Maya Chen (host)", "LIU BO")."""
    bracketed = label["bracketed"]
    if bracketed and label["name"].lower() in ROLE_LABELS and re.fullmatch(_NAME, bracketed) \
            and bracketed.lower() not in ROLE_LABELS:
        return "bracketed"
    return "name"


def turn_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines that open a speaker's turn."""
    text = "\n".join(lines)
    starts = {turn.name_start for turn in speaker_turns(text)}
    numbers, offset = set(), 0
    for number, line in enumerate(lines):
        if any(offset <= start < offset + len(line) for start in starts):
            numbers.add(number)
        offset += len(line) + 1
    return numbers


def turns_of(doc: Doc) -> list[Turn]:
    """The speaker turns of a Doc's text, found once per Doc."""
    if _KEY not in doc.user_data:
        doc.user_data[_KEY] = speaker_turns(doc.text)
    return doc.user_data[_KEY]


def turn_at(doc: Doc, position: int) -> Turn | None:
    """The turn whose spoken words hold the character at `position`."""
    return next((turn for turn in turns_of(doc) if turn.holds(position)), None)

