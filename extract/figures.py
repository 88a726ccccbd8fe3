"""Figures: the numbers a source states, as claims ("over 520 million users" -> user_count,
520000000.0, unit users, bound min).

The component "sckb_figures" reads each sentence's quantities (extract/numbers.py) and makes
a claim of each one that measures something:

- counts: "<number> <counted noun>" ("450,000,000 verified accounts", "eight private
  companies"); the predicate comes from the counted noun and cue words of the sentence
  (corpus/vocab/metrics.yaml, `counts`); an unknown noun gives predicate "count" with the noun
  as unit. "ten hours a day" is a rate: unit "hours per day".
- percentages: "56 percent of respondents" (`percents`); unit "percent".
- money: "1,000 yuan", "$150"; unit the ISO 4217 code (CNY, USD: "yuan", "RMB" and "¥" all
  compare), predicate money_amount. An equivalent in brackets ("1,000 yuan (about $150 USD)")
  is a second claim, since the text states it (its own bound, approx here); the two point at
  each other with extra["equivalent"] and extra["equivalent_of"] = {value, unit}, so that a
  cross-check does not take a conversion for a second amount.
- adjectival measures: "a 72-year-old man" (age, years), "a 1,500-character letter" (count,
  characters), "a 10-day trip" (duration, days).
- measures on a scale (`measures`): "my Sesame score was 696" -> score; "a score greater than
  650" -> score_threshold, bound min.
- ranges: "from 350 to 950", "between 10 and 20 million": two claims, the low end bound min
  and the high end bound max, extra["range"] = "low" | "high".

A bound before the first of two coordinated figures applies to both ("more than 11 million
flights and 4 million train trips": both min; extra["bound_from"] = "coordination").

Not figures: furniture ("figure 1", "season 3", "Top 10", "Project number 22609415", page and
volume numbers, phone numbers, copyright years), years (dates are extract/dates.py's), numbers
inside time expressions, ordinals ("4th", "first"), "one" used as a determiner ("one of the
eight companies": the claim is 8 companies), classifiers ("five star hotels", "a 5-star
hotel"), reference-list entries, and hypothetical examples ("someone who plays
videogames for ten hours a day").

Subject: extract/subjects.py. As-of: the time expression that modifies the figure's clause
("till the end of 2016", "as of October", "In 2015, ..."), resolved by extract/dates.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.claims import Claim
from extract.dates import TimeExpression, TimeFinder, expression_root, in_span, time_expressions
from extract.numbers import NUMBER_SECTIONS, NumberReader, Quantity, load_checked_vocab, norm, words_of
from extract.subjects import Subject, is_score, opinion_subject, score_system, scoring_system, subject_of

for _name in ("claims", "published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

#: Part-of-speech and dependency labels of the words that may stand between a number and the
#: noun it counts ("450,000,000 verified accounts", "4 million train trips").
NOUN_MODIFIERS = {"ADJ", "NOUN", "PROPN", "VERB"}
#: How far past the number the counted noun may be.
MAX_NOUN_DISTANCE = 4
#: Verbs that state a measure: "my score was 696", "scores range from 350 to 950".
MEASURE_VERBS = {"be", "reach", "hit", "range", "stand", "rise", "drop", "fall", "climb", "jump", "remain"}
#: Base confidence of a figure by what it is.
KIND_CONFIDENCE = {"count": 0.8, "generic": 0.55, "percent": 0.75, "money": 0.75, "measure": 0.75}


def plural(noun: str) -> str:
    """English plural of a unit noun written in the singular ("character" -> "characters")."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


@dataclass
class Metric:
    predicate: str
    nouns: list[tuple[str, ...]] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    unit: str | None = None
    threshold_predicate: str | None = None

    def matches(self, noun_key: tuple[str, ...] | None, sentence_words: set[str]) -> bool:
        if self.nouns and (noun_key is None or not any(noun_key[-len(n):] == n for n in self.nouns)):
            return False
        return not self.cues or bool(self.cues & sentence_words)


def _metrics(entries, tokenize) -> list[Metric]:
    return [
        Metric(
            predicate=entry["predicate"],
            nouns=sorted({words_of(n, tokenize) for n in entry.get("nouns", [])}, key=lambda n: (-len(n), n)),
            cues={c.lower() for c in entry.get("cues", [])},
            unit=entry.get("unit"),
            threshold_predicate=entry.get("threshold_predicate"),
        )
        for entry in entries or []
    ]


@dataclass
class Figure:
    """A quantity read as a figure, before it becomes a claim."""

    quantity: Quantity
    kind: str  # count | generic | percent | money | measure
    predicate: str
    unit: str | None
    anchor: Token  # the token the figure is about (counted noun, measure noun, number)
    phrase_start: int  # token span of the claim's words
    phrase_end: int
    extra: dict = field(default_factory=dict)


class FigureExtractor:
    def __init__(self, nlp: Language, metrics: dict, numbers: dict, events: dict):
        tokenize = nlp.make_doc
        self.reader = NumberReader(numbers, tokenize)
        self.finder = TimeFinder(events["calendar"], self.reader, tokenize)
        self.counts = _metrics(metrics.get("counts"), tokenize)
        self.percents = _metrics(metrics.get("percents"), tokenize)
        self.measures = _metrics(metrics.get("measures"), tokenize)
        self.money_predicate = (metrics.get("money") or {}).get("predicate", "money_amount")
        self.perk_nouns = {w.lower() for w in (metrics.get("money") or {}).get("perk_nouns", [])}

    def __call__(self, doc: Doc) -> Doc:
        if doc._.claims is None:
            doc._.claims = []
        expressions = time_expressions(doc, self.finder)
        for sent in doc.sents:
            if self.reader.is_reference_entry(sent):
                continue
            sent_expressions = in_span(expressions, sent)
            dates = {i for e in sent_expressions for i in range(e.start, e.end)}
            made: list[tuple[Claim, Subject | None]] = []  # the sentence's figures so far
            for figure in self.figures(sent, dates):
                subject = self.subject(figure, made)
                made.append((self.claim(doc, sent, figure, sent_expressions, subject), subject))
            doc._.claims.extend(claim for claim, _ in made)
        return doc

    # -- reading figures ----------------------------------------------------------------------

    def figures(self, sent: Span, dates: set[int]) -> list[Figure]:
        """The figures of a sentence; `dates` are the tokens of its time expressions."""
        doc = sent.doc
        quantities = [q for q in self.reader.quantities(sent, dates) if not self._skip(doc, q)]
        words = {t.lemma_.lower() for t in sent} | {norm(t) for t in sent}
        found: list[Figure] = []
        used: set[int] = set()
        for n, quantity in enumerate(quantities):
            if quantity.start in used:
                continue
            following = quantities[n + 1] if n + 1 < len(quantities) else None
            if following is not None and self._is_range(doc, quantity, following):
                found.extend(self._range(sent, quantity, following, words))
                used.add(following.start)
                continue
            figure = self.read(sent, quantity, words)
            if figure is None:
                continue
            found.append(figure)
            if figure.kind == "money" and following is not None and self._is_equivalent(doc, quantity, following):
                equivalent = self.read(sent, following, words)
                if equivalent is not None:  # "1,000 yuan (about $150 USD)": one amount, twice
                    figure.extra["equivalent"] = {"value": following.value, "unit": following.currency}
                    equivalent.extra["equivalent_of"] = {"value": quantity.value, "unit": quantity.currency}
                    equivalent.anchor = figure.anchor
                    found.append(equivalent)
                    used.add(following.start)
        self._share_bounds(doc, found)
        return [f for f in found if not self._hypothetical(f.anchor)]

    def _skip(self, doc: Doc, q: Quantity) -> bool:
        return self.reader.is_furniture(q, doc) or self.reader.is_weak(q, doc)

    def read(self, sent: Span, q: Quantity, words: set[str]) -> Figure | None:
        doc = sent.doc
        if q.currency:
            return self._money(doc, q)
        if q.percent:
            return self._percent(sent, q, words)
        if q.end + 1 < sent.end and doc[q.end].text == "-" and doc[q.end + 1].is_alpha:
            return self._adjectival(sent, q, words)
        noun = self.counted_noun(sent, q)
        if noun is not None:
            return self._count(sent, q, noun, words)
        return self._measure(sent, q, words)

    def counted_noun(self, sent: Span, q: Quantity) -> Token | None:
        """The noun a number counts: the head of the noun phrase right after it, across its
        modifiers ("over 520 million users", "4 million train trips", "381 Chinese cities")."""
        doc = sent.doc
        for i in range(q.end, min(q.end + MAX_NOUN_DISTANCE, sent.end)):
            token = doc[i]
            if token.lower_ in self.reader.classifier_nouns:
                return None  # "five star hotels"
            if token.pos_ not in NOUN_MODIFIERS and token.text != "-":
                return None
            if token.pos_ == "VERB" and token.dep_ != "amod":
                return None
            if token.pos_ in ("NOUN", "PROPN") and not (token.dep_ in ("compound", "nmod") and token.head.i > token.i):
                # A count counts a common noun in the plural ("zero deposit", "4.0 International
                # License" count nothing), or in the singular after "one".
                plural = token.tag_ == "NNS" or "Plur" in token.morph.get("Number")
                return token if token.pos_ == "NOUN" and (plural or q.value == 1) else None
        return None

    def _noun_key(self, noun: Token) -> tuple[str, ...]:
        """The counted noun with its modifiers, as metrics.yaml writes them: "verified account"."""
        modifiers = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod") and t.i > noun.i - 4]
        return (*(norm(t) for t in modifiers), noun.lemma_.lower())

    def _noun_words(self, noun: Token) -> str:
        """A counted noun with its compound modifiers, in lower case and in the plural: "press
        releases", "years" (for "up to one year")."""
        compounds = [t for t in noun.lefts if t.dep_ == "compound" and t.i > noun.i - 4]
        head = norm(noun) if noun.tag_ == "NNS" else plural(noun.lemma_.lower())
        return " ".join([*(norm(t) for t in compounds), head])

    def _metric(self, table: list[Metric], noun: Token | None, words: set[str]) -> Metric | None:
        key = self._noun_key(noun) if noun is not None else None
        return next((m for m in table if m.matches(key, words)), None)

    def _count(self, sent: Span, q: Quantity, noun: Token, words: set[str]) -> Figure:
        doc = sent.doc
        metric = self._metric(self.counts, noun, words)
        unit = metric.unit if metric and metric.unit else self._noun_words(noun)
        end = noun.i + 1
        extra = {"noun": doc[q.end : noun.i + 1].text}
        rate_end = self._rate(doc, end, sent)
        if rate_end is not None:
            extra["per"] = doc[rate_end - 1].lemma_.lower()
            unit, end = f"{unit} per {extra['per']}", rate_end
        kind = "count" if metric else "generic"
        predicate = metric.predicate if metric else "count"
        return Figure(q, kind, predicate, unit, noun, q.phrase_start, end, extra)

    def _adjectival(self, sent: Span, q: Quantity, words: set[str]) -> Figure | None:
        """ "a 72-year-old man" (age), "a 1,500-character letter", "a 10-day trip": a measure
        written as a hyphenated adjective; the unit is the hyphenated noun."""
        doc, i, parts = sent.doc, q.end, []
        while i + 1 < sent.end and doc[i].text == "-" and doc[i + 1].is_alpha:
            parts.append(doc[i + 1])
            i += 2
        if parts[0].lower_ in self.reader.classifier_nouns:
            return None  # "a 5-star hotel": a class, not a quantity
        key = tuple(t for part in parts for t in ("-", norm(part)))[1:]
        metric = next((m for m in self.counts if m.matches(key, words)), None) or next(
            (m for m in self.counts if m.matches((parts[0].lemma_.lower(),), words)), None)
        unit = metric.unit if metric and metric.unit else plural(parts[0].lemma_.lower())
        head = parts[-1].head if parts[-1].head.pos_ == "NOUN" else parts[-1]
        extra = {"noun": doc[q.end + 1 : i].text, "adjective_of": head.text}
        kind = "count" if metric else "generic"
        return Figure(q, kind, metric.predicate if metric else "count", unit, head, q.phrase_start, i, extra)

    def _rate(self, doc: Doc, i: int, sent: Span) -> int | None:
        """End of "a day", "per month" after a counted noun, if there."""
        if i + 1 < sent.end and doc[i].lower_ in self.reader.rate_words:
            unit = doc[i + 1]
            if unit.pos_ == "NOUN" and unit.lemma_.lower() in {"day", "week", "month", "year", "hour", "minute"}:
                return i + 2
        return None

    def _percent(self, sent: Span, q: Quantity, words: set[str]) -> Figure:
        doc = sent.doc
        of_noun, end = None, q.end
        if q.end < sent.end and doc[q.end].lower_ == "of":
            of_noun = next((t for t in doc[q.end + 1 : min(q.end + 6, sent.end)] if t.pos_ in ("NOUN", "PROPN")
                            and not (t.dep_ == "compound" and t.head.i > t.i)), None)
            end = of_noun.i + 1 if of_noun is not None else end
        metric = self._metric(self.percents, of_noun, words) if of_noun is not None else None
        if metric is None or not metric.nouns:
            metric = next((m for m in self.percents if not m.nouns and m.matches(None, words)), None)
        extra = {"of": doc[q.end + 1 : end].text} if of_noun is not None else {}
        anchor = doc[q.end - 1]
        return Figure(q, "percent", metric.predicate if metric else "share", "percent", anchor,
                      q.phrase_start, end, extra)

    def _money(self, doc: Doc, q: Quantity) -> Figure:
        extra = {"currency_words": doc[q.start : q.end].text}
        last = doc[q.end - 1]
        if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.pos_ == "NOUN":
            extra["for"] = last.head.head.lower_  # "a bonus of 1,000 yuan"
        return Figure(q, "money", self.money_predicate, q.currency, last, q.phrase_start, q.phrase_end, extra)

    def _measure(self, sent: Span, q: Quantity, words: set[str]) -> Figure | None:
        """A number read off a scale: "a score greater than 650", "my Sesame score was 696"."""
        doc = sent.doc
        noun, comparative = self._measure_noun_before(sent, q), True
        if noun is None:
            noun, comparative = self._measure_noun_by_verb(doc[q.end - 1]), False
        if noun is None:
            return None
        metric = self._metric(self.measures, noun, words)
        if metric is None:
            return None
        threshold = comparative and q.bound in ("min", "max") and metric.threshold_predicate
        predicate = metric.threshold_predicate if threshold else metric.predicate
        compounds = [c.left_edge.i for c in noun.lefts if c.dep_ in ("compound", "nmod")]
        start = min(noun.i, q.phrase_start, *compounds)  # "Sesame score was 696"
        return Figure(q, "measure", predicate, metric.unit, noun, start, q.phrase_end, {"noun": noun.text})

    def _measure_noun_before(self, sent: Span, q: Quantity) -> Token | None:
        """ "a score greater than 650", "a score of 700": the measure noun right before."""
        doc = sent.doc
        i = q.phrase_start - 1
        if i >= sent.start and doc[i].lower_ == "of":
            i -= 1
        if i >= sent.start and doc[i].pos_ == "NOUN" and self._is_measure(doc[i]):
            return doc[i]
        return None

    def _measure_noun_by_verb(self, number: Token) -> Token | None:
        """ "my Sesame score was 696", "scores range from 350 to 950": the verb's subject."""
        node = number.head
        while node.pos_ in ("ADP", "SCONJ", "NUM") and node.head is not node:  # "350-950": via 350
            node = node.head
        if node.lemma_.lower() not in MEASURE_VERBS:
            return None
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject if subject is not None and self._is_measure(subject) else None

    def _is_measure(self, noun: Token) -> bool:
        key = self._noun_key(noun)
        return any(key[-len(n):] == n for m in self.measures for n in m.nouns)

    # -- ranges, equivalents, coordination -----------------------------------------------------

    def _is_range(self, doc: Doc, low: Quantity, high: Quantity) -> bool:
        """ "from 350 to 950", "between 10 and 20 million", "350-950"."""
        if high.start != low.end + 1 or high.cue_start is not None:
            return False
        link = doc[low.end].lower_
        opener = doc[low.phrase_start - 1].lower_ if low.phrase_start > 0 else ""
        if link in ("-", "–", "to"):
            return link != "to" or opener in ("from", "between")
        return link == "and" and opener == "between"

    def _range(self, sent: Span, low: Quantity, high: Quantity, words: set[str]) -> list[Figure]:
        doc = sent.doc
        if high.has_scale and not low.has_scale and low.value < high.value:
            # "between 10 and 20 million": the scale of the high end applies to the low end
            scale = high.value / float(doc[high.start].text.replace(",", "")) if not high.words else None
            if scale:
                low.value *= scale
        high_figure = self.read(sent, high, words)
        if high_figure is None:
            return []
        opener = low.phrase_start
        if opener > sent.start and doc[opener - 1].lower_ in ("from", "between"):
            opener -= 1  # "from 350", "Between 10"
        low_figure = Figure(low, high_figure.kind, high_figure.predicate, high_figure.unit, high_figure.anchor,
                            opener, low.end, dict(high_figure.extra))
        if high_figure.kind == "measure" and high_figure.predicate != low_figure.predicate:
            low_figure.predicate = high_figure.predicate
        low.bound, high.bound = "min", "max"
        high_figure.phrase_start = low.end + (doc[low.end].text in ("-", "–"))  # "to 950", "950"
        full = [doc[opener].idx, doc[high_figure.phrase_end - 1].idx + len(doc[high_figure.phrase_end - 1])]
        low_figure.extra.update(range="low", range_phrase=full)
        high_figure.extra.update(range="high", range_phrase=full)
        return [low_figure, high_figure]

    def _is_equivalent(self, doc: Doc, money: Quantity, other: Quantity) -> bool:
        """ "1,000 yuan (about $150 USD)": an amount in brackets right after another."""
        return (
            other.currency is not None
            and money.phrase_end < len(doc)
            and doc[money.phrase_end].text in ("(", "[")
            and other.phrase_start == money.phrase_end + 1
        )

    def _share_bounds(self, doc: Doc, figures: list[Figure]) -> None:
        """ "more than 11 million flights and 4 million train trips": one bound for both."""
        for first, second in zip(figures, figures[1:]):
            q1, q2 = first.quantity, second.quantity
            if q1.bound == "exact" or q2.cue_start is not None or "range" in second.extra:
                continue
            between = doc[first.phrase_end : q2.start]
            if len(between) == 1 and between[0].lower_ in ("and", "or") and first.kind == second.kind:
                q2.bound = q1.bound
                second.extra["bound_from"] = "coordination"

    def _hypothetical(self, anchor: Token) -> bool:
        """ "someone who plays videogames for ten hours a day": an example, not a claim."""
        for token in anchor.ancestors:
            if token.dep_ == "relcl" and token.head.lower_ in self.reader.indefinite_subjects:
                return True
            if any(c.dep_ == "nsubj" and c.lower_ in self.reader.indefinite_subjects for c in token.children):
                return True
        return False

    # -- the claim ------------------------------------------------------------------------------

    def as_of(self, figure: Figure, expressions: list[TimeExpression]) -> TimeExpression | None:
        """The time expression that modifies the clause the figure is in, nearest first."""
        doc = figure.anchor.doc
        path = [doc[figure.quantity.end - 1], *doc[figure.quantity.end - 1].ancestors]
        best, best_rank = None, len(path)
        for expression in expressions:
            if expression.start < figure.phrase_end and expression.end > figure.phrase_start:
                continue
            head = expression_root(doc, expression).head
            # "till the end of 2016, it has ...": through prepositions; "a survey in 2014
            # found that 59 percent ...": through the subject of the clause's verb
            while head.head is not head and (
                head.pos_ in ("ADP", "SCONJ") or head.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "NOUN"
            ):
                head = head.head
            if head in path and path.index(head) < best_rank:
                best, best_rank = expression, path.index(head)
        return best

    # -- whom a figure is about ----------------------------------------------------------------

    def subject(self, figure: Figure, before: list[tuple[Claim, Subject | None]]) -> Subject | None:
        """The figure's subject (extract/subjects.py), with three rules of its own:
        - a score is its system's ("my Sesame score was 696"; "Alibaba users with a score
          greater than 650": the scoring system of Alibaba's group);
        - the value of a perk or a penalty ("a bonus of 1,000 yuan" for high scorers) belongs to
          the scoring system that earns it, like the perk; its equivalent in brackets too;
        - a poll's share is about what respondents were asked ("59 percent supported the concept
          of a social credit score"); the next shares of the sentence ("while 29 percent were
          neutral") are about the same; the pollster is credited, never the subject."""
        anchor = figure.anchor
        if "equivalent_of" in figure.extra and before:
            return before[-1][1]
        if figure.kind == "measure" and is_score(anchor):
            found = score_system(anchor)
            if found is not None:
                return found
        if figure.kind == "money" and figure.extra.get("for") in self.perk_nouns:
            found = scoring_system(anchor)
            if found is not None:
                return found
        if figure.predicate == "share_of_respondents":
            found = opinion_subject(anchor)
            if found is None:
                previous = [subject for claim, subject in before if claim.predicate == figure.predicate]
                found = previous[-1] if previous else None
            return found
        return subject_of(anchor)

    def claim(self, doc: Doc, sent: Span, figure: Figure, expressions: list[TimeExpression],
              subject: Subject | None = None) -> Claim:
        """The claim of a figure about `subject` (see `subject`)."""
        q = figure.quantity
        when = self.as_of(figure, expressions)
        extra = dict(figure.extra)
        if when is not None:
            extra.update(when.extra("as_of_"))
        if subject is not None:
            extra["subject_rule"] = subject.how
        subject_confidence = subject.confidence if subject else 0.4
        confidence = round((KIND_CONFIDENCE[figure.kind] + subject_confidence) / 2, 2)
        last = doc[figure.phrase_end - 1]
        claim = Claim(
            kind="figure",
            predicate=figure.predicate,
            phrase_start=doc[figure.phrase_start].idx,
            phrase_end=last.idx + len(last.text),
            quote_start=sent.start_char,
            quote_end=sent.end_char,
            method=f"figure/{figure.kind}:{subject.how if subject else 'no-subject'}",
            subject_id=subject.id if subject else None,
            subject=subject.name if subject else None,
            value=q.value,
            unit=figure.unit,
            bound=q.bound,
            as_of=when.date if when is not None else None,
            confidence=confidence,
            extra=extra,
        )
        return claim


@Language.factory(
    "sckb_figures",
    default_config={"vocab_path": None, "numbers_path": None, "events_path": None},
)
def make_figure_extractor(nlp: Language, name: str, vocab_path: str | None, numbers_path: str | None,
                          events_path: str | None):
    return FigureExtractor(
        nlp,
        load_checked_vocab("metrics", vocab_path, "counts"),
        load_checked_vocab("numbers", numbers_path, *NUMBER_SECTIONS),
        load_checked_vocab("events", events_path, "calendar"),
    )
