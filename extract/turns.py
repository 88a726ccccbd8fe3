"""Speaker turns: the labelled paragraphs of an interview or a transcript.

    Bitstream Asia: What does a good score get you?
    Nadia Osterhaus: Mostly convenience. With a score of 550 or more you can ...
    [00:12:31] HOST: Welcome back.
    [00:00:04] HOST (MAYA CHEN): Welcome to Credit Lines.

A label is a name of one to four capitalised words (or "Q", "A") at the start of a line,
after an optional timestamp or a committee's question number ("Q12  Chair:"), followed by a
colon and the words spoken. A printed hearing's record ends its labels with a full stop
instead, and they always open with a title (`SPEAKER_TITLES`):

        Chair Smith. The hearing will come to order.
        Mr. Zhao. About 8.5 million at the end of 2022.

One such line could be a heading or a note ("Update: the company replied"), so a document has
turns only when labels open at least `MIN_TURNS` lines, and a turn's name labels more than one
of them: an interview or a transcript goes back and forth. A name of two words or more that
speaks once between such turns is a speaker too (a committee member's one question).

The sentence splitter starts a sentence after each label (the label is no part of the quote),
the attributor credits what a turn says to its speaker when its sentence credits no one else,
and "I", "my", "we", "our" in a turn are the speaker (extract/subjects.py). The actor finder makes
every speaker an actor (extract/actors.py, `speaker_at`).
A turn runs from its label to the next speaker's label: a witness's statement or a long answer
has several paragraphs. The last turn is its labelled paragraph: an interview's closing note or
the author's bio after the last answer is not the speaker's.

Readers' comments under an article are turns too. A reader that finds them (the HTML reader)
writes them after the article under the line `COMMENTS_HEADING`, one paragraph a comment opened
by the name it is posted under (`comment_section`):

    Comments

    Zhou Lan (2023-06-06): Useful post. Hellobike raised the threshold from 600 to 650 in March.

    bikefan88: Finally! I have 150 points.

Each is its author's turn though most commenters write once, whatever the name's form (a
handle is a name here); a comment the page credits to no one is a guest's, which credits nobody
(`ROLE_LABELS`), not the article's author.

A magazine's interview often labels no one: its questions are paragraphs of their own (set in
bold on the page), each answered by the paragraphs after it, and the interviewee is introduced
above the first question:

    Liu Hanwen studies credit scores at Zhejiang University. We spoke to her in May.

    How many people use Sesame Credit?

    Ant says more than 500 million. In my fieldwork, only a third knew their score.

A text with no labelled turns has such turns (`question_turns`) when at least `MIN_TURNS`
questions are answered so, and the text before the first says it is an interview
(`INTERVIEW_CUE`: an FAQ's questions are answered by its author). Its answers are turns of the
role `ANSWER`, as "A:" labels make them; the actor finder takes the person its opening
introduces for whoever holds that role (extract/actors.py, `interviewee`).
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
#: The number a select committee's transcript gives each question: "Q12  Chair: ...".
_QUESTION_NUMBER = r"Q\d{1,4}"
#: A label may give a role and a name, either in brackets: "HOST (MAYA CHEN):", "Maya Chen (host):".
LABEL = re.compile(
    rf"^[ \t]*(?:(?:{_TIMESTAMP}|{_QUESTION_NUMBER})[ \t]+)?"
    rf"(?P<name>{_NAME})(?:[ \t]*\((?P<bracketed>[^()\n:]{{1,40}})\))?"
    rf"(?:[ \t]+{_TIMESTAMP})?:[ \t]+(?=\S)",
    re.M,
)
#: The titles that open a printed hearing's labels ("Mr. Zhao.", "Chair Smith.", "Senator CARDIN.",
#: "The Chairman."): without one, a name and a full stop opening a line is a sentence.
SPEAKER_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Chair", "Chairman", "Chairwoman", "Co-Chair",
                  "Co-Chairman", "Cochairman", "Vice Chair", "Vice Chairman", "Senator", "Representative",
                  "Commissioner", "Secretary", "Ambassador", "Professor", "Judge", "General", "Admiral",
                  "Governor", "Mayor", "Delegate")
_TITLES = "|".join(re.escape(title) for title in sorted(SPEAKER_TITLES, key=len, reverse=True))
#: A printed hearing's label: a title and a surname (or "The Chairman"), a full stop, the words spoken.
HEARING_LABEL = re.compile(
    rf"^[ \t]*(?P<name>(?:{_TITLES})\.?[ \t]+{_NAME_WORD}(?:[ \t]+of[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)?"
    rf"|The[ \t]+(?:Chairman|Chairwoman|Chair|Clerk|Speaker|Witness))\.[ \t]+(?=\S)",
    re.M,
)
#: A parliamentary record's label (Hansard): a line of its own, the member's name with the seat and
#: the party in brackets (`PARTY_LABELS`), or an office with the holder's name in brackets; the words
#: spoken follow on the next line (a blank line between is allowed):
#:
#:     Mr Edward Pellow (North Wessex) (Con)
#:     The Minister for Asia (Alan Treharne)
#:     Mr Pellow
#: The parties a Westminster record gives in the last bracket of a member's label: with one, a line
#: holding a name and brackets is a member's label, not a glossary's term and its Chinese name.
PARTY_LABELS = frozenset({"con", "lab", "lab/co-op", "lab co-op", "ld", "lib dem", "snp", "dup", "sdlp", "uup",
                          "pc", "green", "alba", "ind", "cb", "non-afl", "bishop", "alliance", "sf", "reform"})
DEBATE_LABEL = re.compile(
    rf"^[ \t]*(?:(?P<office>The(?:[ \t]+(?:{_NAME_WORD}|of|for|and|the)){{1,10}})[ \t]*\((?P<holder>{_NAME})\)"
    rf"|(?P<name>(?:(?:{_TITLES})\.?[ \t]+)?{_NAME})(?:[ \t]*\([^()\n]{{1,60}}\))??(?:[ \t]*\((?P<party>[^()\n]{{1,20}})\))?)"
    rf"[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*\S)",
    re.M,
)

#: A transcript site's list of the call's participants, a name and a role a line under a heading
#: ("Company Participants", "Conference Call Participants", "Corporate Participants", "Executives",
#: "Analysts"): "Wu Haotian - Chairman and Chief Executive Officer", "Richard Xu - Morgan Stanley".
PARTICIPANTS_HEADING = re.compile(r"^[ \t]*(?P<side>[A-Z][\w ]{0,30}?)?[ \t]*(?:Participants|Executives|Analysts)[ \t]*$",
                                  re.M)
PARTICIPANT = re.compile(rf"^[ \t]*(?P<name>{_NAME})[ \t]+[-–—]{{1,2}}[ \t]+\S[^\n]*$", re.M)
#: The headings whose participants speak for the company whose call it is.
COMPANY_SIDES = frozenset({"company", "corporate", "executives", "management"})
#: A transcript site's label: a line holding only a participant's name (or the "Operator"), the words
#: spoken on the lines after it.
NAME_LINE = re.compile(rf"^[ \t]*(?P<name>{_NAME})[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*\S)", re.M)
#: The label of the conference operator, who speaks for no one.
OPERATOR = "Operator"
#: Words that open a line with a colon without naming anyone who speaks.
NOT_SPEAKERS = frozenset({"note", "notes", "update", "updated", "source", "sources", "related", "read", "see",
                          "photo", "editor's note", "correction", "disclaimer", "contact", "tags", "share",
                          "keywords", "abstract", "warning", "read more", "also read", "caption",
                          # the labels of a myth-buster's or a fact-check's items ("Myth 2: ... Reality: ...",
                          # "Claim: ... Verdict: ..."): each opens a line of every item, and nobody speaks
                          "reality", "the reality", "fact", "facts", "the facts", "truth", "the truth", "myth",
                          "claim", "verdict", "ruling", "our ruling", "rating", "context", "background",
                          "bottom line", "the bottom line", "what we found", "why it matters", "in reality"})
#: Labels that name a role, not who holds it: their turns credit nobody, but an interview's
#: answers (`ANSWER_LABELS`), which are the interviewee's.
ROLE_LABELS = frozenset({"q", "a", "answer", "host", "guest", "interviewer", "interviewee", "moderator", "presenter",
                         "narrator", "reporter", "caller", "audience", "voiceover", "ad", "announcer", "operator"})
#: The role of an interview's answers, labelled ("A:") or not (`question_turns`): the interviewee's.
ANSWER = "A"
ANSWER_LABELS = frozenset({"a", "answer", "interviewee"})
#: The role of an interview's questions: the interviewer's, which credit nobody.
QUESTION = "Q"
#: What says a text is an interview, in its title or opening: "a conversation with", "Q&A:", "we spoke
#: to her", "edited for length and clarity". A news report's "in an interview with Reuters" is no cue.
INTERVIEW_CUE = re.compile(
    r"\b(?:Q ?& ?A|Q and A|(?<!in an )interviews?\b|interviewed by|in conversation|conversation with"
    r"|(?:spoke|talked|chatted|sat down) (?:to|with)|(?:edited|condensed) (?:for|and))", re.I)
#: The most words a question of an unlabelled interview has: a longer paragraph ending in "?" is prose.
QUESTION_WORDS = 60
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*")
#: The line a reader writes between an article and its readers' comments (see the module's note).
COMMENTS_HEADING = "Comments"
#: A comment's label: the name it is posted under, then its date in brackets if it has one.
COMMENT_LABEL = re.compile(r"^(?P<name>[^\s:()][^\n:()]{0,79}?)(?: \((?P<date>[^()\n:]{1,40})\))?: (?=\S)", re.M)
_KEY = "sckb_turns"


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the speaker's name as the label writes it, where the label's name
    stands, where the words spoken begin, and where they end (character offsets)."""

    speaker: str
    name_start: int
    name_end: int
    start: int
    end: int

    def holds(self, position: int) -> bool:
        return self.start <= position < self.end


def speaker_turns(text: str) -> list[Turn]:
    """The speaker turns of a text, in order; none when its labels do not go back and forth.
    Colon labels are tried first, a printed hearing's full-stop labels when they make no turns.
    The readers' comments after an article are turns of their own (`comment_turns`)."""
    comments = _comments_start(text)
    article = text[:comments]
    colon_labels = [m for m in LABEL.finditer(article) if m["name"].lower().rstrip(".") not in NOT_SPEAKERS
                    and not _address_only(article, m)]
    turns = (_turns(article, colon_labels) or _turns(article, list(HEARING_LABEL.finditer(article)))
             or _debate_turns(article) or _turns(article, _name_lines(article)))
    return turns + comment_turns(text)


def _debate_turns(text: str) -> list[Turn]:
    """The turns of a parliamentary record (`DEBATE_LABEL`). A line holding only a name could be a
    heading or a signature, so a label counts when it gives a party in brackets, an office with its
    holder's full name, or names a member such a label introduced ("Mr Pellow" after "Mr Edward Pellow (North Wessex) (Con)");
    a record has turns when such labels open at least `MIN_TURNS` lines and two speakers take part."""
    found = list(DEBATE_LABEL.finditer(text))
    introduced = {_surname(m["name"]) for m in found if _member(m)}
    labels = [m for m in found if (m["holder"] and len(m["holder"].split()) >= 2) or _member(m)
              or (m["name"] and _surname(m["name"]) in introduced)]
    if len(labels) < MIN_TURNS or len({_surname(m["holder"] or m["name"]) for m in labels}) < 2:
        return []
    turns = []
    for label, following in zip(labels, [*labels[1:], None]):
        group = "holder" if label["holder"] else "name"
        end = _end_before(text, following.start()) if following is not None else _line_end(text, label.end())
        turns.append(Turn(label[group], label.start(group), label.end(group), label.end(), end))
    return turns


def _member(label: re.Match) -> bool:
    """Whether a debate's label introduces a member: a name and a party in the last bracket."""
    return bool(label["name"] and label["party"] and label["party"].strip().casefold() in PARTY_LABELS)


def _surname(name: str) -> str:
    return name.split()[-1].casefold()


def _name_lines(text: str) -> list[re.Match]:
    """A transcript site's labels (`NAME_LINE`): the lines that hold only the name of a participant
    its list gives, or the operator's."""
    names = {name for name, _ in participants(text)} | {OPERATOR}
    return [m for m in NAME_LINE.finditer(text) if m["name"] in names]


def participants(text: str) -> list[tuple[str, bool]]:
    """The participants a transcript lists under its headings (`PARTICIPANTS_HEADING`), each with
    whether it speaks for the company whose call it is (listed under "Company Participants",
    "Executives"...), in order."""
    return [(line["name"], company) for _, lines, company in _participant_lists(text) for line in lines]


def _participant_lists(text: str) -> list[tuple[re.Match, list[re.Match], bool]]:
    """Each list of participants: its heading, its lines, and whether they speak for the company."""
    found = []
    for heading in PARTICIPANTS_HEADING.finditer(text):
        side = (heading["side"] or "").strip().split(" ")[0].casefold()
        company = side in COMPANY_SIDES or heading[0].strip().casefold() in COMPANY_SIDES
        lines, position = [], _next_line(text, heading.end())
        while (line := PARTICIPANT.match(text, position)) is not None:
            lines.append(line)
            position = _next_line(text, line.end())
        if lines:
            found.append((heading, lines, company))
    return found


def _next_line(text: str, end: int) -> int:
    """Where the next line that holds words starts after a line ending at `end` (a cleaned text puts a
    blank line between a list's lines)."""
    while end < len(text) and text[end] in "\n \t":
        end += 1
    return end


def participant_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines of a transcript's lists of participants, headings included: who
    speaks for whom, which the cleaner keeps however short its lines."""
    text = "\n".join(lines)
    starts = [m.start() for heading, listed, _ in _participant_lists(text) for m in (heading, *listed)]
    offsets, offset = [], 0
    for line in lines:
        offsets.append(offset)
        offset += len(line) + 1
    return {number for number, start in enumerate(offsets) for found in starts
            if start <= found < start + len(lines[number]) + 1}


def comment_section(comments: list) -> str:
    """The readers' comments (each with an `author`, a `date` and a `text`: extract/readers/threads.py,
    `Comment`) as a reader writes them after an article: the heading, then one labelled paragraph a
    comment. A name keeps no colon or bracket, which would end or date its label."""
    paragraphs = [COMMENTS_HEADING] if comments else []
    for comment in comments:
        name = " ".join((comment.author or "Guest").replace(":", " ").replace("(", " ").replace(")", " ").split())
        dated = f" ({comment.date})" if comment.date else ""
        paragraphs.append(f"{name}{dated}: {' '.join(comment.text.split())}")
    return "\n\n".join(paragraphs)


def comment_turns(text: str) -> list[Turn]:
    """The turns of the readers' comments written under `COMMENTS_HEADING`: each comment is its
    labelled paragraph."""
    start = _comments_start(text)
    return [Turn(m["name"], m.start("name"), m.end("name"), m.end(), _line_end(text, m.end()))
            for m in COMMENT_LABEL.finditer(text, start)]


def _comments_start(text: str) -> int:
    """Where the readers' comments begin: the last line `COMMENTS_HEADING` that only comments
    follow, each a labelled paragraph (a report's own "Comments" heading is followed by prose);
    the end of the text when there is none."""
    headings = list(re.finditer(rf"^{re.escape(COMMENTS_HEADING)}$", text, re.M))
    if not headings:
        return len(text)
    start = headings[-1]
    comments = [p for p in text[start.end():].split("\n\n") if p.strip()]
    if comments and all(COMMENT_LABEL.match(p.strip("\n")) and "\n" not in p.strip("\n") for p in comments):
        return start.start()
    return len(text)


def _turns(text: str, found: list[re.Match]) -> list[Turn]:
    """The turns the labels make: labels of names that speak more than once must open at least
    `MIN_TURNS` lines (a title repeated on a cover page and above the record is not a speaker)."""
    names = [m[_speaker_group(m)] for m in found]
    counts = Counter(names)
    recurring = [i for i, name in enumerate(names) if counts[name] >= 2]
    if len(recurring) < MIN_TURNS:
        return []
    kept = [i for i, name in enumerate(names) if counts[name] >= 2 or _speaks_once(name, i, recurring)]
    turns = []
    for i, following in zip(kept, [*kept[1:], None]):
        label, group = found[i], _speaker_group(found[i])
        end = _line_end(text, label.end())
        if following is not None:  # a statement of several paragraphs runs on to the next label
            end = max(end, _end_before(text, found[following].start()))
        turns.append(Turn(names[i], label.start(group), label.end(group), label.end(), end))
    return turns


#: A line's rest that is only a web or mail address: "Link: https://...", "Email: desk@example.com".
ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _address_only(text: str, label: re.Match) -> bool:
    """Whether a label's line gives only an address: a field of a newsletter's item, not a speaker's turn."""
    return ADDRESS.fullmatch(text[label.end():_line_end(text, label.end())].strip()) is not None


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _end_before(text: str, label_start: int) -> int:
    """Where the text before a label's line ends, without the blank lines."""
    return len(text[:text.rfind("\n", 0, label_start + 1)].rstrip())


def _speaks_once(name: str, index: int, recurring: list[int]) -> bool:
    """A name of two words or more that labels one line between the turns of speakers who speak
    again ("Henry Smith: And the companies?" in a committee's questioning); a one-word label
    once ("Background: ...") or before the first turn (a heading) is no speaker."""
    return len(name.split()) >= 2 and bool(recurring) and recurring[0] < index < recurring[-1]


def _speaker_group(label: re.Match) -> str:
    """Which of a label's names is the speaker's: the bracketed one after a role ("HOST (MAYA
    CHEN)"), else the first ("Maya Chen (host)", "LIU BO")."""
    bracketed = label.groupdict().get("bracketed")
    if bracketed and label["name"].lower() in ROLE_LABELS and re.fullmatch(_NAME, bracketed) \
            and bracketed.lower() not in ROLE_LABELS:
        return "bracketed"
    return "name"


def question_turns(text: str) -> list[Turn]:
    """The turns of an interview whose questions are paragraphs of their own and whose answers
    are the paragraphs after each (see the module's note): a turn of the role `QUESTION` for
    each question, one of the role `ANSWER` for each answer. The last answer is its first
    paragraph, as the last labelled turn is: an author's bio or an editor's note may follow it."""
    paragraphs = list(_PARAGRAPH.finditer(text))
    asked = [i for i, p in enumerate(paragraphs) if _is_question(p[0])]
    answered = [i for i in asked if 0 < i and i + 1 < len(paragraphs) and not _is_question(paragraphs[i + 1][0])]
    if len(answered) < MIN_TURNS or not INTERVIEW_CUE.search(text[:paragraphs[answered[0]].start()]):
        return []
    turns = []
    for i, following in zip(answered, [*answered[1:], None]):
        question, answer = paragraphs[i], paragraphs[i + 1]
        last = paragraphs[following - 1] if following is not None else answer
        turns.append(Turn(QUESTION, question.start(), question.start(), question.start(), question.end()))
        turns.append(Turn(ANSWER, answer.start(), answer.start(), answer.start(), last.end()))
    return turns


def _is_question(paragraph: str) -> bool:
    words = paragraph.split()
    return 0 < len(words) <= QUESTION_WORDS and paragraph.rstrip().rstrip("\"'”’»)").endswith("?")


def is_answer(turn: Turn) -> bool:
    """Whether a turn is an interview's answer: the interviewee's, whatever the label calls them."""
    return turn.speaker.casefold() in ANSWER_LABELS


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
        text = doc.text  # spaCy joins it anew at each call
        doc.user_data[_KEY] = speaker_turns(text) or question_turns(text)
    return doc.user_data[_KEY]


def turn_at(doc: Doc, position: int) -> Turn | None:
    """The turn whose spoken words hold the character at `position`."""
    return next((turn for turn in turns_of(doc) if turn.holds(position)), None)

