"""Attribution: whom the text credits for each claim.

`sckb_attribution` runs last. It reads, sentence by sentence, the wording that credits a
source, and sets `attributed_to` and `attribution_phrase` on every claim the other
components put in that sentence:

- "according to (the calculations of) X", "according to the market's operator, X." (the name
  after the comma restates the description), "..., per X", "As pointed out by X and Y", "by X's count", "by X's own account",
  "..., reported by X", "according to a tally by X", "a post on X's account";
- a reporting verb and its subject: "X says", "says X", "X reports that", "..., reports X",
  "X cites the example of", "the same article quotes her as saying";
- an inline source URL, "(www.chinanews.com)";
- names in a bracket that closes the sentence, "(National Bureau of Statistics)", "(NDRC, 2019)",
  and a scholar's author-year citation, "(Zhang 2021)", "Creemers (2018) reports", "Kostka (2019) found that
  80% of respondents ..." (a "that" right after the verb opens what it reports, however the parser hung it),
  "As Kostka (2019) found, ..." (a fronted "as" clause the parser made the root);
- a source after a dash that closes a digest's item, "... for free. — Sixth Tone";
- the label of a speaker's turn in an interview or a transcript ("Nadia Osterhaus: ...");
- a report closing the sentence told to listeners its object names ("..., Ma Lin, a spokesman for
  the bureau, told a news conference", "..., the bureau's director Ma Lin told lawmakers", "..., Meng
  Xiang, head of the SPC's enforcement bureau, told a press conference"), and a
  person apposed to any role rather than the body whose role it is ("The court's president, Zhou
  Qiang, said": Zhou Qiang).

The rule: `attributed_to` is who said it; where the writer got it from (the outlet a
speaker talked to, "quoted by Wired Italy", "in the same Wired article", an inline URL next
to "according to Alipay") goes to `extra["attribution"]["via"]` (and `["url"]`). So "said
Ant Financial representative Chen Wenjin to China Daily" credits Chen Wenjin via China
Daily, and "According to Alipay, ... (www.chinanews.com)" credits Alipay via China News
Service. "Via X" names a channel too ("(via Caixin)", "Via Caixin: ..."). A URL or a channel alone
credits itself. Several people credited together are joined with
" and ". The name is the canonical actor name when the party is in the gazetteer.

Also: people named by their work are credited to where they work ("Analysts at Everstone
Securities estimate", "a spokesperson for the company", "a company spokesperson", "its spokesman said":
the organisation "its" stands for, and "the
spokesman" named again, also after "an Ant Group spokesperson" (the name compounded with the role); a workplace the actor finder missed as written: "Analysts at Huatai"),
or as written when they say no workplace ("Officials say", "city
officials say"); anonymous sources the outlet they told ("Sources told Reuters"), else nobody;
a role with a name apposed to that person ("The city's deputy mayor, Yu
Hongbo, says", "Baihang's chief executive, Zhu Huanqi, said"; closing the sentence, however the parser
hangs its verb: "..., cuts its rate for those above 700, its chief risk officer, Gu Mingxia, told the
paper": all of it), and a family name later to the
one named in full ("Zhu added"); a source noun to its publisher ("a notice posted on the PBOC's website", "data the
regulator published"); "which claims 1 billion users" to what the clause is about;
"according to the statement" credits the party credited before; "it said" the
organisation that is the subject before it, or that a description subject before it stands for ("The
bureau has signed ..., it said"); "it put the number at 400 million", "Tsang puts the
market at 9 billion yuan", "puts it closer to 11 million" credit their clause (an estimate); "per its
annual report" the organisation "its" stands for, "according to her count" the person "her" stands
for; a source's verb of finding reports its object ("A 2022 report by X counted 47 cities": X); a claim that ends in the
credited phrase is what the writer says of the party (the employer in "..., its chief risk officer, Gu
Mingxia, told ..."), not credited; "a spokesperson said" naming no one the
organisation credited last; "said Han Lu, a lawyer at X, who estimated" Han Lu; a document an
outlet saw ("according to a filing seen by Reuters") the document as written, via the outlet; a
wire dateline's place ("BEIJING, March 14 (Wire) – The court said") is no speaker; the maker of
a survey the sentence reports on ("a survey carried out by the commission ... 78 percent said")
when nothing else credits it, and the one who polled people in the paragraph ("The institute
surveyed 312 firms. Forty-four percent said ...") for the answers of a share of them and for the
sentence that says whom it polled, outside a speaker's turn ("We asked 5,320 readers": the publication),
and what a share of them did ("Only 18 percent had spoken to a judge"); and a place's institution
is credited as named ("the Hangzhou government", not Hangzhou), one named through the place's
possessive under the place's name ("according to the city's credit office": Rongcheng credit office).
A description stands for the last party named or credited before whose name holds its words ("the
office said" after that credit office, "data from the bureau" after "the county's market regulation
bureau").

Scope: "according to" and a main-clause reporting verb credit the whole sentence; a
reporting verb inside the sentence credits its own complement, and the innermost credit
wins ("a survey by Yesky found A, while a Netease survey found B"). "The news site", "the
same article", "the author" stand for the last credited outlet or person; a report set off by
commas inside the sentence's first clause ("The city had installed 38, the office said, and added a
rule: ...") credits the whole sentence, however the parser hangs the rest, and so does a report
that opens a sentence and goes on after a colon ("X points out that A: B"), or that the parser hung
under the clause it opens ("For context, Ant says Sesame Credit had ...": `_opening_report`); the
words of an "according to" source end at a comma after which the parser ran on into the clause it
credits ("According to data published by the court, the list held ...": `_extent_before_clause`),
so that clause is credited, not taken for what the writer says of the source; a sentence that is
only the rest of a quotation keeps the previous sentence's speaker, and the speaker named where
a quotation closes ("“... 12 cities. It will reach 40 cities,” she said.") said all of it, as the
speaker of a quotation opened after "said:" says what follows until it closes; "..., Didi
estimates.", "..., data from X show." (a reporting verb read as a noun) credit what comes before
the comma; "Ant used to say" is Ant; "the guideline said", "the study also found" is whoever
made the guideline or the study named before
("A study by Fudan University surveyed ..."); "He added" after "a spokesman for Baihang said" is
Baihang; "..., saying ..." is the subject of the verb it hangs on. A source line ("Source: X",
"(via X)", "— X") credits its paragraph, or the paragraph before it when it stands alone. A
sentence without a word of crediting after a credited one is the writer's. Not credited: a
question about what was said ("Did Ant say ...?"). "Critics say" credits the group as written,
"A librarian told me", "my landlord says" the one person as written, "A Facebook post claims that
...", "a viral video says", "“...,” reads the post" the post as written (a social-media item no
party is named for, even with "a", and not the platform it is on: `post_nouns`), and a source
nobody is named for ("according to industry estimates", "the prospectus shows")
credits the source as written, but not a bare "a survey". Every credited party but a group or a
source credited as written ends up in doc.spans["actors"], so the build can create its actor row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.actors import FINITE_VERB_TAGS, QUOTE_MARKS, SPANS_KEY, actor_of, actors_in, clean_entity_name, paragraph_of, slug, speaker_at
from extract.datelines import dateline_at
from extract.numbers import AUTHOR_YEAR, cited_after_name
from extract.subjects import PERSONAL_PRONOUNS, description_antecedent, institution, mentions_vocab, resolve_pronoun
from extract.vocab import load_vocab

#: Dependents of a reporting verb that hold what it reports.
CONTENT_DEPS = {"ccomp", "parataxis", "xcomp"}
#: Dependents of a credited noun phrase that are about the party, not the party itself.
ASIDE_DEPS = {"appos", "relcl", "acl", "prep", "punct", "advmod"}


class AttributionVocabularyError(ValueError):
    """An attribution vocabulary that cannot be used; says what is wrong."""


@dataclass
class Credit:
    """One source a sentence credits."""

    parties: list[Span]  # the credited actors (actor mentions)
    phrase: Span  # the words that credit them
    scope: tuple[int, int] | None = None  # token range credited; None: the whole sentence
    via: Span | None = None  # where the writer got it from
    url: str | None = None
    speech: bool = False  # credits a quotation (its continuation keeps the credit)
    #: Token range of the credited phrase itself: what it says of the party ("Chen Wenjin,
    #: Ant Financial representative") is the writer's, not the party's; so is a claim that ends in
    #: it ("Ningyin Consumer Finance ..., its chief risk officer, Gu Mingxia, told ...": her employer).
    aside: tuple[int, int] | None = None

    def for_another_sentence(self) -> Credit:
        """The same parties credited for all of another sentence (a quotation's start, a source
        line's paragraph)."""
        return Credit(self.parties, self.phrase, via=self.via, url=self.url)

    @property
    def width(self) -> int:
        return 10**9 if self.scope is None else self.scope[1] - self.scope[0]

    def covers(self, start_char: int, end_char: int, sent: Span) -> bool:
        doc = sent.doc
        if self.aside is not None and _within(doc, self.aside, max(start_char, end_char - 1), end_char):
            return False
        return self.scope is None or _within(doc, self.scope, start_char, end_char)


def _within(doc: Doc, tokens: tuple[int, int], start_char: int, end_char: int) -> bool:
    lo, hi = doc[tokens[0]].idx, doc[tokens[1] - 1].idx + len(doc[tokens[1] - 1])
    return lo <= start_char and end_char <= hi


@dataclass
class Memory:
    """What descriptions and pronouns can stand for, as the text goes on."""

    outlet: Span | None = None
    person: Span | None = None
    party: Span | None = None  # the last credited party of any kind ("according to the statement")
    body: Span | None = None  # the last credited organisation: whom "a spokesperson said" speaks for
    last_speech: Credit | None = None
    #: The speaker of a quotation opened after "said:" and not closed yet: its next sentences are theirs.
    open_quote: Credit | None = None
    heading: list[Credit] = field(default_factory=list)  # "Via Caixin:" credits the sentence after it
    #: Where a worker credited to their workplace works: "the spokesman said" later is theirs.
    workplaces: dict[str, Span] = field(default_factory=dict)
    #: Who issued a source named before: "the guideline said" later is theirs.
    sources: dict[str, Span] = field(default_factory=dict)
    #: The last worker credited to their workplace, and where: "He added ..." is theirs when
    #: nobody is named after them.
    worker: tuple[int, Span] | None = None
    #: Every party credited so far, in order: "the office said" may stand for one credited as written.
    credited: list[Span] = field(default_factory=list)
    #: Who polled people in this paragraph ("The institute surveyed 312 firms."): "44 percent said" is theirs.
    pollster: Span | None = None
    added: list[Span] = field(default_factory=list)


class Attributor:
    def __init__(self, nlp: Language, vocab: dict):
        try:
            self.reporting = set(vocab["reporting_verbs"])
            self.object_verbs = set(vocab.get("object_verbs", []))
            self.source_nouns = set(vocab.get("source_nouns", []))
            self.post_nouns = set(vocab.get("post_nouns", []))
            self.post_verbs = set(vocab.get("post_verbs", [])) | self.reporting
            self.source_nouns |= self.post_nouns
            self.source_object_verbs = set(vocab.get("source_object_verbs", []))
            # "A 2022 MERICS report counted 47 cities": a source's verb reports its object (`_reports`)
            self.reporting |= self.source_object_verbs
            self.outlet_words = set(vocab["descriptions"]["outlet"])
            self.person_words = set(vocab["descriptions"]["person"])
            self.workers = {w.lower() for w in vocab.get("workers", [])}
            self.pronouns = set(vocab.get("pronouns", []))
            self.thing_pronouns = set(vocab.get("thing_pronouns", []))
            self.figure_verbs = set(vocab.get("figure_verbs", []))
            self.figure_objects = set(vocab.get("figure_objects", []))
            self.survey_nouns = set(vocab.get("survey_nouns", []))
            self.survey_verbs = set(vocab.get("survey_verbs", []))
            self.counted_survey_verbs = set(vocab.get("counted_survey_verbs", []))
            self.share_words = {w.lower() for w in vocab.get("share_words", [])}
            self.as_marks = {w.lower() for w in vocab.get("as_clause_marks", [])}
            self.source_labels = {w.lower() for w in vocab.get("source_labels", [])}
            self.source_preps = {w.lower() for w in vocab.get("source_preps", ["of", "by"])}
            self.credit_words = {w.lower() for w in vocab.get("credit_words", [])}
            self.channel_words = {w.lower() for w in vocab.get("channel_words", [])}
            self.count_nouns = set(vocab.get("count_nouns", []))
            self.anonymous_sources = set(vocab.get("anonymous_sources", []))
            self.anonymous_people = set(vocab.get("anonymous_people", []))
            self.anonymous_marks = set(vocab.get("anonymous_marks", []))
            self.someone_marks = {w.lower() for w in vocab.get("someone_marks", [])}
            self.listener_verbs = set(vocab.get("listener_verbs", []))
            self.reading_verbs = set(vocab.get("reading_verbs", []))
            self.opinion_verbs = set(vocab.get("opinion_verbs", []))
            self.as_clause_verbs = set(vocab.get("as_clause_verbs", []))
            self.groups = set(vocab.get("groups", []))
            self.dashes = set(vocab.get("closing_dashes", []))
            self.habit_verbs = set(vocab.get("habit_verbs", []))
            self.spokespeople = set(vocab.get("spokespeople", []))
            self.body_types = set(vocab.get("body_types", []))
            self.estimate_preps = {w.lower() for w in vocab.get("estimate_preps", [])}
            self.workplace_preps = {w.lower() for w in vocab.get("workplace_preps", ["at", "from", "with", "of"])}
            self.place_bodies = {k.lower(): v for k, v in (vocab.get("place_bodies") or {}).items()}
            self.party_rank = {t: n for n, t in enumerate(vocab["party_types"])}  # the first type named wins
            self.url = re.compile(vocab["url_pattern"], re.I)
            self.as_by = Matcher(nlp.vocab)
            self.as_by.add("as_by", vocab["as_by"])
            self.channels = Matcher(nlp.vocab)
            self.channels.add("channel", vocab["channels"])
        except (KeyError, TypeError, re.error, ValueError) as error:
            raise AttributionVocabularyError(f"attribution vocabulary: missing or malformed entry: {error}") from None

    def __call__(self, doc: Doc) -> Doc:
        claims_by_sentence: dict[int, list] = {}
        for claim in doc._.claims or []:
            claims_by_sentence.setdefault(claim.quote_start, []).append(claim)
        memory = Memory()
        paragraph = paragraph_of(doc)
        opened: list[Span] = []  # the sentences of the paragraph so far
        previous: list[Span] = []  # the sentences of the paragraph before
        quoted: list[Span] = []  # the sentences of a quotation whose speaker is not named yet
        for sent in doc.sents:
            if opened and paragraph(opened[0].start_char) != paragraph(sent.start_char):
                opened, previous, quoted, memory.open_quote, memory.pollster = [], opened, [], None, None
            credits = self.credits_in(sent, memory)
            if not credits and memory.last_speech is not None and _continues_quotation(sent):
                credits = [memory.last_speech]
            if not credits and memory.open_quote is not None:
                credits = [memory.open_quote]
            memory.open_quote = _still_open(sent, credits, memory.open_quote)
            quoted = self._close_quotation(quoted, sent, credits, claims_by_sentence)
            credits, memory.heading = credits or memory.heading, credits if _ends_in_colon(sent) else []
            speaker = _turn_speaker(sent)  # last: any credit the sentence gives comes first
            for claim in claims_by_sentence.get(sent.start_char, []):
                self._credit(claim, credits + speaker, sent)
            if (opened or previous) and self._source_line(sent):
                # a source line closes its paragraph, or the item before it when it stands alone
                self._credit_paragraph(opened or previous, sent, claims_by_sentence)
            self._remember(sent, credits, memory)
            self._remember_sources(sent, memory)
            opened.append(sent)
        self._add_actor_spans(doc, memory.added)
        return doc

    def _close_quotation(self, quoted: list[Span], sent: Span, credits: list[Credit],
                         claims_by_sentence: dict) -> list[Span]:
        """ "“The pilot covers 12 cities. It will reach 40 cities by 2026,” she said.": the speaker
        named where a quotation closes said all of it, from the sentence that opened it. Returns
        the sentences of a quotation still open after this one."""
        speech = next((c for c in credits if c.speech), None)
        if quoted and speech is not None and _closes_quotation(sent):
            for earlier in quoted:
                for claim in claims_by_sentence.get(earlier.start_char, []):
                    self._credit(claim, [speech.for_another_sentence()], earlier)
            return []
        if credits:
            return []
        if _opens_quotation(sent):
            return [sent]
        return quoted + [sent] if quoted and not _has_quotation(sent) else []

    def _remember_sources(self, sent: Span, memory: Memory) -> None:
        """ "A study by Fudan University surveyed 3,000 residents. The study found ...": who made a
        source the text names, so that "the study" later stands for them; and who polled people
        ("The institute surveyed 312 firms."), so that "44 percent said" after it is theirs."""
        memory.pollster = self._pollster(sent, memory) or memory.pollster
        for noun in sent:
            if noun.pos_ != "NOUN" or not self._is_source_noun(noun) or _definite(noun):
                continue
            maker = self._source_party(noun) or next((c for c in noun.children if c.dep_ == "poss"), None)
            if maker is None:
                continue
            named = [a for a in actors_in(sent) if maker.left_edge.i <= a.start and a.end <= maker.right_edge.i + 1
                     and a.label_ != "place"]
            if maker.pos_ == "PRON" and maker.lower_ in ("its", "their"):  # "Ant filed its prospectus"
                named = [found] if (found := _organisation_before(maker) or resolve_pronoun(maker)) is not None \
                    and found.label_ not in ("place", "person") else []
            if named:
                memory.sources[noun.lemma_.lower()] = named[0]

    def _pollster(self, sent: Span, memory: Memory) -> Span | None:
        """Who polls people in a sentence: the subject of its main verb of polling ("The institute
        surveyed 312 firms", "Rahimi's team interviewed 1,040 debtors"; "We asked 5,320 readers": a
        verb that polls only counted people, `counted_survey_verbs`, and "we" is the publication)."""
        root = sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        lemma = root.lemma_.lower()
        if subject is None or lemma not in self.survey_verbs | self.counted_survey_verbs:
            return None
        if lemma in self.counted_survey_verbs and not any(
                c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children) for c in root.children):
            return None  # "We asked Ant for comment" polls no one
        if subject.lower_ in ("we", "us"):
            return _own_publication(sent.doc)
        return next(iter(self._parties(subject, memory)), None)

    def _poll(self, sent: Span, memory: Memory) -> list[Credit]:
        """ "Rahimi's team surveyed 1,040 listed debtors in 2021.": who they polled and when is the
        pollster's account of the poll, as its answers are (README, opinion polls); in a speaker's
        turn the speaker is closer. What a share of those polled did, told without a verb of saying,
        is the pollster's finding too."""
        if speaker_at(sent.doc, sent.start_char) is not None:
            return []
        pollster = self._pollster(sent, memory)
        if pollster is not None:
            return [Credit([pollster], sent.root)]
        share = next((c for c in sent.root.children if c.dep_ == "nsubj" and c.lemma_.lower() in self.share_words), None)
        if share is not None and memory.pollster is not None:
            return [Credit([memory.pollster], share)]  # "Only 18 percent had ever spoken to the judge."
        return []

    # --- what a sentence credits -----------------------------------------------------------

    def credits_in(self, sent: Span, memory: Memory) -> list[Credit]:
        credits = []
        credits += self._according_to(sent, memory)
        credits += self._marked(sent, self.credit_words, memory)
        credits += self._by_count(sent, memory)
        credits += self._as_by(sent)
        credits += self._reporting_verbs(sent, memory)
        credits += self._closing_report_noun(sent, memory)
        credits += self._source_labels(sent, memory)
        if not credits:
            credits += self._post_says(sent)
        if not credits:
            credits += self._surveys(sent, memory) or self._poll(sent, memory)
        if not credits:
            credits += self._closing_source(sent) or self._cited_authors(sent, memory) or self._closing_dash(sent)
        channels = self._marked(sent, self.channel_words, memory)
        via = self._channel(sent, exclude=[p for c in credits for p in c.parties], memory=memory)
        if via is None and channels:
            if not credits:  # "Via Caixin: ...", "(via Reuters)" alone credits the channel
                credits.append(channels[0])
            via = channels[0].parties[0]
        for credit in credits:
            if credit.via is None and via is not None and not any(p.id_ == via.id_ for p in credit.parties):
                credit.via = via
        url = self._inline_url(sent, memory)
        if url is not None:
            if credits:
                for credit in credits:
                    credit.url = credit.url or url.text
                    credit.via = credit.via or url
            else:
                credits.append(Credit([url], url, url=url.text))
        if not credits and via is not None:  # "(quoted on the Italian website Pagina99)" alone
            credits.append(Credit([via], via))
        return credits

    def _according_to(self, sent: Span, memory: Memory) -> list[Credit]:
        credits = []
        for token in sent:
            if token.lower_ != "according" or token.i + 1 >= sent.end or token.nbor().lower_ != "to":
                continue
            head = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
            if head is None:
                continue
            if (reader := self._reader(head)) is not None:  # "according to a filing seen by Reuters"
                credits.append(Credit([_written_source(head)], sent.doc[token.i:head.i + 1], via=reader,
                                      aside=_extent(head)))
                continue
            source = head.lemma_.lower() if self._is_source_noun(head) else None
            if source is not None:  # "the calculations of X"
                named = self._source_party(head)
                if named is None and memory.party is not None and _definite(head) \
                        and not any(a for a in actors_in(sent) if head.left_edge.i <= a.start and a.end <= head.right_edge.i + 1):
                    # "according to the statement": the one credited for it before
                    credits.append(Credit([memory.party], sent.doc[token.i:head.i + 1], aside=_extent(head)))
                    continue
                head = named if named is not None else head
            parties = self._parties(head, memory) or _restated_after(head)
            if parties and source is not None:
                memory.sources[source] = parties[0]  # "according to a plan issued by X ... the plan said"
            if parties:
                end = max(head.i + 1, max(p.end for p in parties))
                credits.append(Credit(parties, sent.doc[token.i:end], aside=_extent_before_clause(head)))
        return credits

    def _marked(self, sent: Span, words: set[str], memory: Memory) -> list[Credit]:
        """ "..., per Reuters", "Per the regulator, ...", "(via Caixin)": a credit word that opens
        the sentence or follows a comma, a colon or a bracket, and the party after it."""
        credits = []
        for token in sent:
            if token.lower_ not in words or not _opens_adverbial(token):
                continue
            head = next((c for c in token.children if c.dep_ == "pobj"), None)
            parties = self._parties(head, memory) if head is not None else []
            if not parties:  # "Via Caixin:" read as a name: the actor right after the word
                parties = [a for a in actors_in(sent) if a.start == token.i + 1
                           or a.start == token.i + 2 and token.nbor().pos_ == "DET"][:1]
            if parties:
                credits.append(Credit(parties, sent.doc[token.i:max(p.end for p in parties)]))
        return credits

    def _by_count(self, sent: Span, memory: Memory) -> list[Credit]:
        """ "By Ant's own count, ...", "which now has (by the company's count) 500 million users",
        "by the estimate of one analyst": the counter is credited for the clause the count modifies."""
        credits = []
        for by in sent:
            noun = next((c for c in by.children if c.dep_ == "pobj"), None) if by.lower_ == "by" else None
            if noun is None or noun.lemma_.lower() not in self.count_nouns:
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
                (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)
            parties = self._parties(owner, memory) if owner is not None else []
            if parties:
                clause = by.head
                # a count the parser hung on a noun ("has (by Ant's own count) more than ...") scopes its sentence
                scope = None if clause.dep_ == "ROOT" or clause.pos_ not in ("VERB", "AUX") \
                    else (clause.left_edge.i, clause.right_edge.i + 1)
                credits.append(Credit(parties, sent.doc[by.i:max(noun.right_edge.i + 1, max(p.end for p in parties))],
                                      scope, aside=_extent(noun)))
        return credits

    def _as_by(self, sent: Span) -> list[Credit]:
        credits = []
        for _, start, end in self.as_by(sent):
            by = sent[end - 1]
            head = next((c for c in by.children if c.dep_ == "pobj"), None)
            if head is None and end < len(sent):
                head = sent[end]
            if head is None:
                continue
            parties = self._parties(head, Memory())
            if sent[start].text == ",":  # ", reported by X": the words after the comma
                start += 1
            if parties:
                credits.append(Credit(parties, sent.doc[sent[start].i:max(p.end for p in parties)]))
        return credits

    def _reporting_verbs(self, sent: Span, memory: Memory) -> list[Credit]:
        credits = []
        for verb in sent:
            figure_verb = self._puts_a_figure(verb)
            as_clause_verb = verb.lemma_.lower() in self.as_clause_verbs and self._as_clause(verb)
            if not _acts_as_verb(verb) or not figure_verb and not as_clause_verb \
                    and (verb.lemma_.lower() not in self.reporting or not self._reports(verb)):
                continue
            if _asks(verb):
                continue  # "Did Ant say the score had 500 million users?"
            if verb.lemma_.lower() in self.opinion_verbs and verb.dep_ != "ROOT":
                continue  # "..., Baihang expects ..., its chief told Caixin": the one who told
            subject = _speaker(verb, self.listener_verbs)
            if subject is None and verb.tag_ == "VB" and verb.dep_ == "xcomp" \
                    and verb.head.lemma_.lower() in self.habit_verbs:
                subject = _nearest_subject(verb.head)  # "Ant used to say ...": Ant
            if subject is None:
                continue
            subject = self._past_dateline(subject)
            if self._anonymous(subject):  # "Sources told Reuters that ...": the outlet they told
                listener = self._listener(verb, subject)
                if listener is not None:
                    credits.append(Credit([listener], _phrase(sent, verb, [subject]), self._scope(verb),
                                          aside=_extent(subject)))
                continue
            if subject.lemma_.lower() in self.share_words and memory.pollster is not None:
                # "Forty-four percent said" after "The institute surveyed 312 firms": the pollster
                credits.append(Credit([memory.pollster], _phrase(sent, verb, [subject]), self._scope(verb)))
                continue
            if verb.lemma_.lower() == "quote":  # "the same article quotes her as saying"
                quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
                speaker = self._parties(quoted, memory) if quoted is not None else []
                channel = self._parties(subject, memory)
                if speaker:
                    credits.append(Credit(speaker, _phrase(sent, verb, [subject, quoted]), self._scope(verb),
                                          via=channel[0] if channel else None, speech=True))
                    continue
            parties = self._parties(subject, memory)
            for source in (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                           if g.dep_ == "pobj" and self._is_source_noun(g) and parties):
                memory.sources[source.lemma_.lower()] = parties[0]  # "said in a filing ... the filing shows"
            if parties:
                listener = self._listener(verb, subject)
                # "it put the number at 400 million": the estimate is the verb's whole phrase
                scope = (verb.left_edge.i, verb.right_edge.i + 1) if figure_verb else self._scope(verb)
                # what a survey's subject phrase says of it ("a survey of 2,000 adults") is its maker's
                aside = _maker_phrase(subject) if self._is_source_noun(subject) else \
                    _extent(subject) if subject.head == verb else (subject.left_edge.i, verb.i)
                credits.append(Credit(parties, _phrase(sent, verb, [subject]), scope,
                                      via=listener, speech=_has_quotation(sent), aside=aside))
        return credits

    def _puts_a_figure(self, verb: Token) -> bool:
        """ "it put the number at 400 million", "Tsang puts the market at 9 billion yuan", "puts it
        closer to 11 million": a figure verb whose object is a figure, or whose object is set at a
        number ("at", "between", "closer to"): an estimate of its subject."""
        if verb.lemma_.lower() not in self.figure_verbs:
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in self.figure_objects for o in objects):
            return True
        return bool(objects) and any(
            prep.dep_ == "prep" and prep.lower_ in self.estimate_preps and prep.head in (verb, *objects, *verb.children)
            and any(t.like_num for t in prep.subtree) for prep in verb.subtree if prep.i > objects[0].i)

    def _past_dateline(self, subject: Token) -> Token:
        """ "BEIJING, March 14 (Orient Wire) – China's Supreme People's Court said ...": the parser may
        take the dateline's place for the subject and hang the speaker on it; the speaker is the
        phrase after the dateline (extract/datelines.py)."""
        dateline = dateline_at(subject.doc, subject.idx)
        if dateline is None:
            return subject
        after = [t for t in subject.subtree if t.idx >= dateline.end and t.head.idx < dateline.end
                 and t.pos_ in ("PROPN", "NOUN")]
        return after[0] if after else subject

    def _closing_report_noun(self, sent: Span, memory: Memory) -> list[Credit]:
        """ "..., Didi estimates.", "..., data from Tencent's annual report show.": a reporting verb
        closing its sentence after a comma that the tagger read as a noun. The words between the comma
        and it name who said what comes before the comma."""
        words = [t for t in sent if not t.is_space]
        while words and words[-1].is_punct:
            words.pop()
        if len(words) < 3 or words[-1].pos_ not in ("NOUN", "PROPN") or words[-1].lemma_.lower() not in self.reporting:
            return []
        word = words[-1]
        comma = next((t for t in reversed(words[:-1]) if t.text == ","), None)
        if comma is None or comma.i + 1 >= word.i:
            return []
        speaker = sent.doc[comma.i + 1:word.i]
        if speaker[0].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "PRON") \
                or any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.lower_ in self.credit_words for t in speaker):
            return []  # "..., according to industry estimates", "..., as the figures show"
        named = [a for a in actors_in(sent) if speaker.start <= a.start and a.end <= speaker.end and a.label_ != "place"]
        if named:
            rank = self.party_rank
            best = min(rank.get(a.label_, len(rank)) for a in named)
            parties = _distinct([a for a in named if rank.get(a.label_, len(rank)) == best])[:1]
        else:
            head = speaker[-1]
            found = description_antecedent(head) if head.pos_ == "NOUN" else None
            parties = [found] if found is not None and found.label_ != "place" else []
        if not parties:
            return []
        return [Credit(parties, sent.doc[comma.i + 1:word.i + 1], (sent.start, comma.i),
                       aside=(speaker.start, speaker.end))]

    def _reader(self, noun: Token) -> Span | None:
        """ "a filing seen by Reuters", "an internal target sheet seen by Tidewater": a document the
        outlet read, when the text does not say whose it is ("a company presentation seen by Caixin"
        is the company's); the document is credited as written and the outlet is the channel."""
        if any(c.dep_ == "poss" or c.dep_ == "compound" and _described_before(c) is not None for c in noun.children):
            return None
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in self.reading_verbs:
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    named = [a for a in actors_in(noun.sent) if agent.i < a.start and a.end <= agent.right_edge.i + 1]
                    if named:
                        return named[0]
        return None

    def _post_says(self, sent: Span) -> list[Credit]:
        """ "A Facebook post shared more than 12,000 times claims that ...", "“Drop below 600 and your
        kids can't go to school,” reads the post": a sentence whose subject is a social-media item no
        one is named for, with a verb of saying (`post_verbs`, also "reads", and as the parser may tag
        them, "claims" read as a noun), is all the post's."""
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass", "ROOT") or not self._anonymous_post(noun):
                continue
            verb = next((t for t in sent if t.lemma_.lower() in self.post_verbs and t.pos_ in ("VERB", "NOUN")
                         and t.i != noun.i and (t.i > noun.i or noun.head == t)), None)
            if verb is not None:
                # what is said of the post ("the post, published on ...") is the writer's, up to its verb
                # ("A post claiming that ..." holds what it says)
                start, end = _extent(noun)
                aside = (start, verb.i if start < verb.i < end else end)
                return [Credit([_written_source(noun)], sent.doc[min(noun.left_edge.i, verb.i):max(noun.i, verb.i) + 1],
                               speech=_has_quotation(sent), aside=aside)]
        return []

    def _anonymous_post(self, noun: Token) -> bool:
        """ "A Facebook post claims that ...", "a viral video says", "reads the post": a social-media
        item no one is named for (`post_nouns`) speaks for itself, indefinite or not; the platform it
        is on did not say it. A post someone is named for ("a post on the court's WeChat account",
        "Ant's post") is that party's."""
        return noun.lemma_.lower() in self.post_nouns and self._source_party(noun) is None \
            and not any(c.dep_ == "poss" for c in noun.children)

    def _is_source_noun(self, noun: Token) -> bool:
        """ "data" is lemmatised "datum": the word as written counts too."""
        return noun.lemma_.lower() in self.source_nouns or noun.lower_ in self.source_nouns

    def _source_party(self, noun: Token) -> Token | None:
        """Who a source noun comes from: "the calculations of X", "data from X", "figures
        released by X", "data the regulator published", "a notice posted on the PBOC's website"."""
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in self.source_preps:
                return next((g for g in child.children if g.dep_ == "pobj"), None)
            if child.dep_ == "prep" and (owner := _place_owner(child)) is not None:
                return owner  # "a post on the company's official WeChat account"
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in self.reading_verbs:
                # "figures released by X"; not "a presentation seen by X", who only read it
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    return next((g for g in agent.children if g.dep_ == "pobj"), None)
                for prep in (c for c in child.children if c.dep_ == "prep"):
                    if (owner := _place_owner(prep)) is not None:  # "posted on the PBOC's website"
                        return owner
            if child.dep_ == "relcl":  # "data the regulator published"
                subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.tag_ not in ("WDT", "WP"):
                    return subject
        return _contact_clause_subject(noun)

    def _source_labels(self, sent: Span, memory: Memory) -> list[Credit]:
        """ "(Source: Caixin)", "Source: National Bureau of Statistics": a label and a colon
        before the actors credited for the sentence."""
        for token in sent:
            if token.lower_ not in self.source_labels or token.i + 1 >= sent.end or token.nbor().text != ":":
                continue
            if token.i > sent.start and token.nbor(-1).is_alpha and token.nbor(-1).text != "(":
                continue  # "the main data source: ..." is a sentence, not a label
            end = next((t.i for t in sent[token.i + 2 - sent.start:] if t.text in (")", "]", ";")), sent.end)
            named = [a for a in actors_in(sent) if token.i + 2 <= a.start and a.end <= end]
            if named:
                parties = _distinct(named)
                return [Credit(parties, sent.doc[token.i:max(p.end for p in parties)])]
        return []

    @staticmethod
    def _closing_source(sent: Span) -> list[Credit]:
        """ "28.3 million: tickets refused since 2013 (Supreme People's Court)", "... for three years
        (SAMR, 2021)": a bracket that closes the sentence and holds only names (and a year) credits
        them, unless it glosses the words before it ("Ant Financial (Alibaba)", "the regulator (SAMR)")."""
        inside = _closing_bracket(sent)
        if inside is None:
            return []
        named = [a for a in actors_in(sent) if inside.start <= a.start and a.end <= inside.end
                 and a.label_ not in ("place", "product", "program")]
        glossed = sent.doc[inside.start - 2]  # the word before the bracket
        if not named or any(not (t.is_punct or t.like_num or t.lower_ == "and" or any(a.start <= t.i < a.end for a in named))
                            for t in inside):
            return []
        if glossed.pos_ == "PROPN" or any(a.start <= glossed.i < a.end for a in actors_in(sent)) \
                or glossed.lemma_.lower() in mentions_vocab()["descriptions"]:
            return []
        return [Credit(_distinct(named), inside)]

    def _closing_dash(self, sent: Span) -> list[Credit]:
        """ "... covers 740,000 residents. — Sixth Tone": a dash after the end of a sentence (or
        opening a line of its own) and nothing but names after it credits what it closes. A dash
        inside a sentence is not one ("two partners — Alipay and Tencent")."""
        words = [t for t in sent if not t.is_space]
        dash = next((n for n, t in enumerate(words) if t.text in self.dashes), None)
        if dash is None or dash > 0 and words[dash - 1].text not in (".", "!", "?", ")", "”", '"'):
            return []
        named = [a for a in actors_in(sent) if a.start > words[dash].i and a.label_ != "place"]
        rest = [t for t in words[dash + 1:] if t.text not in (".", ")")]
        if not named or not rest or not all(any(a.start <= t.i < a.end for a in named) for t in rest):
            return []
        return [Credit(_distinct(named), sent.doc[words[dash].i:named[-1].end])]

    def _cited_authors(self, sent: Span, memory: Memory) -> list[Credit]:
        """ "Local schemes covered 62 cities by 2020 (Zhang 2021).": an author-year citation that
        closes the sentence credits its authors (a scholar's "(NDRC, 2019)" is `_closing_source`)."""
        inside = _closing_bracket(sent)
        if inside is None or not AUTHOR_YEAR.match(inside.text):
            return []
        authors = [self._new_person(sent.doc, t, memory, label="person") for t in inside
                   if t.is_title and t.pos_ in ("PROPN", "NOUN") and t.lower_ not in ("et", "al")]
        return [Credit(_distinct(authors), inside)] if authors else []

    def _source_line(self, sent: Span) -> bool:
        """A sentence that is only a source label or a channel ("(Source: Xinhua)", "(via Caixin)",
        "— Sixth Tone")."""
        first = next((t for t in sent if not t.is_space), None)
        if first is not None and first.text in self.dashes:
            return bool(self._closing_dash(sent))
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if not words or words[0].lower_ not in self.source_labels | self.channel_words:
            return False
        credited = self._source_labels(sent, Memory()) if words[0].lower_ in self.source_labels \
            else self._marked(sent, self.channel_words, Memory())
        named = {i for a in actors_in(sent) for i in range(a.start, a.end)}
        return bool(credited) and all(t.i < words[0].i + 2 or t.i in named for t in words)

    def _credit_paragraph(self, opened: list[Span], line: Span, claims_by_sentence: dict) -> None:
        """A source line closing what it follows ("... users. (Source: Xinhua)"; a digest's item
        ending "(via Wenzhou Daily)") credits the sentence before it, and the paragraph's other
        claims that credit no one; a channel is the channel of those that do credit someone."""
        credits = self.credits_in(line, Memory())
        channel = credits[0].parties[0] if credits and self._marked(line, self.channel_words, Memory()) else None
        for sent in opened:
            for claim in claims_by_sentence.get(sent.start_char, []):
                if claim.attributed_to is None:
                    self._credit(claim, [c.for_another_sentence() for c in credits], sent)
                elif channel is not None:
                    attribution = (claim.extra or {}).setdefault("attribution", {})
                    if "via_id" not in attribution and channel.id_ not in attribution.get("ids", []):
                        attribution["via_id"], attribution["via"] = actor_of(channel)

    def _surveys(self, sent: Span, memory: Memory) -> list[Credit]:
        """ "In a survey of 1,000 residents carried out by the commission, 78 percent said ...":
        the maker of a survey the sentence reports on is credited for it."""
        for noun in sent:
            if noun.lemma_.lower() not in self.survey_nouns or noun.pos_ != "NOUN":
                continue
            makers = [g for c in noun.subtree if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                      for g in c.children if g.dep_ == "pobj"]
            makers += [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss")]
            for maker in makers:
                parties = self._parties(maker, memory)
                if parties:
                    return [Credit(parties, sent.doc[noun.left_edge.i:maker.right_edge.i + 1])]
        return []

    def _anonymous(self, subject: Token) -> bool:
        """ "Sources", "a source", "people familiar with the plan": a speaker the text does not name."""
        lemma = subject.lemma_.lower()
        if lemma in self.anonymous_people:
            return any(t.lower_ in self.anonymous_marks for t in subject.subtree)
        return lemma in self.anonymous_sources and not _definite(subject) \
            and not any(a.root == subject for a in actors_in(subject.sent))

    def _listener(self, verb: Token, subject: Token) -> Span | None:
        """The outlet a speaker said it to: "said Xi Tao from ... to China Daily" (the parser
        hangs "to China Daily" on the verb or on the speaker), "told Reuters"."""
        for child in [*verb.children, *subject.children]:
            if child.dep_ in ("dobj", "dative") and child.head == verb and verb.lemma_.lower() in self.listener_verbs \
                    or child.dep_ in ("prep", "dative") and child.lower_ == "to":
                heard = [a for a in actors_in(verb.sent) if child.left_edge.i <= a.start and a.end <= child.right_edge.i + 1
                         and a.label_ in ("outlet", "organization", "company")]
                if heard:
                    return heard[0]
        return None

    def _reports(self, verb: Token) -> bool:
        """Whether the verb reports something: a clause, a quotation, or (cite, report...)
        an object. "Tao Café adds face-scanning" reports nothing, nor does a verb of habit with its
        infinitive ("the system has continued to improve": the doing goes on, nothing is said)."""
        children = list(verb.children)
        content = CONTENT_DEPS - {"xcomp"} if verb.lemma_.lower() in self.habit_verbs else CONTENT_DEPS
        if any(c.dep_ in content for c in children) or self._as_clause(verb) \
                or _closing_report(verb, self.listener_verbs) \
                or _inserted_report(verb) or _opening_report(verb):
            return True
        if any(t.dep_ == "mark" and t.lower_ == "that" and t.head.pos_ in ("VERB", "AUX") and t.head.i > verb.i
               for t in verb.subtree):  # "said in a statement that ...", however the parser hung it
            return True
        if verb.i + 1 < len(verb.doc) and verb.nbor().lower_ == "that" and verb.nbor().dep_ == "mark":
            return True  # "Kostka (2019) found that 80% of respondents ...", the share read as the verb's object
        if any(c.dep_ == "punct" and c.text in QUOTE_MARKS for c in children):
            return True
        if not any(c.dep_ == "dobj" for c in children):
            return False
        if verb.lemma_.lower() in self.object_verbs:
            return True
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        return verb.lemma_.lower() in self.source_object_verbs and subject is not None \
            and self._is_source_noun(subject)

    def _as_clause(self, verb: Token) -> bool:
        """ "As Caixin noted, ...", "..., as the court said": the clause credits the one it
        modifies; also when the parser made the fronted clause the root and what it modifies its object
        ("As Kostka (2019) found, 80% of respondents ...")."""
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in self.as_marks), None)
        if mark is None:
            return False
        fronted = verb.dep_ == "ROOT" and mark.i == verb.sent.start and verb.i + 1 < verb.sent.end \
            and verb.nbor().text == ","
        return verb.dep_ == "advcl" or fronted

    def _scope(self, verb: Token) -> tuple[int, int] | None:
        """A main-clause reporting verb credits its sentence; an embedded one its complement;
        an "as" clause the clause it modifies."""
        if _inserted_report(verb) and verb.head.left_edge.i == verb.sent.start:
            return None  # "The city had installed 38, the office said, and added a rule: ...": all of it
        if self._as_clause(verb) or _inserted_report(verb) or _opening_report(verb):
            verb = verb.head
        if verb.dep_ == "ROOT" or _closing_report(verb, self.listener_verbs) or _report_before_colon(verb):
            return None
        content = [c for c in verb.children if c.dep_ in CONTENT_DEPS | {"dobj"}]
        if not content:
            return (verb.left_edge.i, verb.right_edge.i + 1)
        return (min(c.left_edge.i for c in content + [verb]), max(c.right_edge.i for c in content) + 1)

    def _channel(self, sent: Span, exclude: list[Span], memory: Memory) -> Span | None:
        """The outlet a speaker talked to or that quoted them ("quoted by Wired Italy",
        "said ... to China Daily", "in the same Wired article")."""
        taken = {p.id_ for p in exclude}
        for _, start, end in sorted(self.channels(sent), key=lambda m: (m[1], -m[2])):
            after = [a for a in actors_in(sent) if a.start >= sent[end - 1].i and a.id_ not in taken
                     and a.label_ in ("outlet", "organization", "company", "platform")]
            near = [a for a in after if a.start - sent[end - 1].i <= 6]
            if near:
                return near[0]
            # "in the same article": the outlet credited before
            if any(t.lemma_.lower() in self.outlet_words for t in sent[start:end]) and memory.outlet is not None:
                return memory.outlet
        return None

    def _inline_url(self, sent: Span, memory: Memory) -> Span | None:
        """A parenthesised source URL: the actor span at it, else a new outlet span."""
        for token in sent:
            if token.i == 0 or token.i + 1 >= len(sent.doc):
                continue
            if token.nbor(-1).text == "(" and token.nbor(1).text == ")" and self.url.match(token.text):
                existing = next((a for a in actors_in(sent) if a.start == token.i), None)
                if existing is not None:
                    return existing
                span = Span(sent.doc, token.i, token.i + 1, label="outlet",
                            span_id=f"outlet:{slug(token.text.lower())}")
                memory.added.append(span)
                return span
        return None

    # --- who a phrase names ------------------------------------------------------------------

    def _parties(self, head: Token, memory: Memory) -> list[Span]:
        """The actors a credited noun phrase names, apposition and clauses aside: "Ant
        Financial representative Chen Wenjin" -> Chen Wenjin; "Attanasio Ghezzi and Gennari
        Santori" -> both; "the news site" -> the last credited outlet; "her" -> the last
        person mentioned; "Rollet" -> Charles Rollet (or a new person)."""
        doc = head.doc
        words = _core(head)
        lemma = head.lemma_.lower()
        if (named := _described_subject(head)) is not None:
            return [named]  # "Tencent will raise its stake in Baihang, the company said": Tencent
        if self._anonymous_post(head):
            return [_written_source(head)]  # "A viral Facebook post claims": the post, not its platform
        if head.pos_ == "NOUN" and (named := _apposed_person(head)) is not None:
            # "Baihang's chief executive, Zhu Huanqi, said", "the court's president, Zhou Qiang, said":
            # the person named for a role, whatever the role, not the body
            return [named]
        if lemma in self.groups and head.tag_ in ("NNS", "NNPS") and not _definite(head):
            return [_group(head)]  # "Critics say": an unnamed group, as written
        if lemma in self.workers and head.tag_ in ("NNS", "NNPS") and not _definite(head) \
                and not any(a.start in words or a.root.i in words for a in actors_in(head.sent)):
            # "Officials say", "city officials say": credited as written, unless they say where they work
            return self._workplace(head, memory) or [_group(head)]
        mentions = [a for a in actors_in(head.sent) if a.start in words or a.root.i in words]
        apposed = [a for a in actors_in(head.sent)
                   if a.label_ != "place" and a.root.dep_ == "appos" and a.root.head == head]
        if apposed and all(m.label_ == "place" for m in mentions):
            return apposed[:1]  # "A Shanghai law firm, Dongming Partners, said": the firm, not its city
        if (body := self._place_body(head, mentions, memory)) is not None:
            return [body]  # "according to the city's credit office": the office, not the city
        for word in sorted(words):  # "the Hangzhou government said", "a review by the Jiangsu
            if (body := institution(doc[word])) is not None \
                    and not any(m.label_ != "place" and m.root.dep_ != "poss" for m in mentions):
                return [body]  # provincial government found"; but a name given is who is credited:
                # "the court's president Zhou Qiang said", "the commission's Credit China website"
        mentions = [m for m in mentions if not _owner_of_another(m, mentions)]
        if mentions:
            rank = self.party_rank
            best = min(rank.get(m.label_, len(rank)) for m in mentions)
            parties = _distinct([m for m in mentions if rank.get(m.label_, len(rank)) == best])
            self._remember_employer(head, parties, memory)
            return parties
        source = self._is_source_noun(head)
        if source and (party := self._source_party(head)) is not None:
            parties = self._parties(party, memory)  # "Data from the central bank show ..."
            if parties:
                memory.sources[lemma] = parties[0]
            return parties
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if source and owner is not None:  # "according to its annual report": whose "its" is
            found = _main_subject_before(owner) or resolve_pronoun(owner)
            if found is not None and found.label_ not in ("place", "person"):
                return [found]
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in PERSONAL_PRONOUNS), None)
        if source and owner is not None and (person := _last_person_before(doc, owner.i)) is not None:
            return [person]  # "According to her count": the person "her" stands for
        if source:
            if _definite(head) and lemma in memory.sources:
                return [memory.sources[lemma]]  # "the guideline said": the one credited for it before
            issuers = [found for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                       and (found := _described_before(c)) is not None]
            if issuers:  # "according to a company presentation"
                return issuers[:1]
        if head.lower_ in self.thing_pronouns:  # "it said": the organisation "it" stands for
            found = _organisation_before(head) or resolve_pronoun(head)
            return [found] if found is not None and found.label_ not in ("place", "person") else []
        if head.lower_ in self.pronouns:
            person = _last_person_before(doc, head.i)
            if memory.worker is not None and head.tag_ == "PRP" and head.lower_ not in ("they", "them") \
                    and (person is None or person.end <= memory.worker[0]):
                return [memory.worker[1]]  # "A spokesman for Baihang said ... He added": Baihang
            return [person] if person is not None else []
        if lemma in self.outlet_words:
            return [memory.outlet] if memory.outlet is not None else []
        if workplace := self._workplace(head, memory):
            return workplace
        if apposed:  # "The city's deputy mayor, Yu Hongbo, points out": the one apposed to the role
            return apposed[:1]
        if lemma in self.workers and head.tag_ in ("NNS", "NNPS") and not _definite(head):
            return [_group(head)]
        if lemma in self.workers and _definite(head) and lemma in memory.workplaces:
            return [memory.workplaces[lemma]]  # "the spokesman said": where the one named before works
        if lemma in self.spokespeople and head.tag_ == "NN" and not _definite(head) and memory.body is not None \
                and not any(c.dep_ == "prep" and c.lower_ in self.workplace_preps for c in head.children):
            return [memory.body]  # "..., a spokesperson said": for the organisation credited before
        if lemma in self.person_words and head.tag_ not in ("NNS", "NNPS"):
            return [memory.person] if memory.person is not None else []
        if (named := description_antecedent(head)) is not None and named.label_ != "place":
            return [named]  # "the bureau said": the bureau named before
        if (named := _named_with_words(head, memory)) is not None:
            return [named]  # "the office said" after "according to the city's credit office"
        if head.pos_ == "PROPN":
            return [self._new_person(doc, head, memory)]
        if cited_after_name(head):  # "Creemers (2018) reports": an author cited with a year
            return [self._new_person(doc, head, memory, label="person")]
        if source and not any(c.dep_ == "poss" for c in head.children) \
                and not _bare_indefinite(head):
            return [_written_source(head)]  # "according to industry estimates", "the prospectus shows"
        if head.tag_ == "NNS" and _definite(head) and self._names_bodies(head):
            return [_group(head)]  # "the companies said": the bodies together, as written
        if self._unnamed_person(head):
            return [_someone(head)]  # "A librarian told me ...": the one who said it, as written
        return []

    def _unnamed_person(self, head: Token) -> bool:
        """ "A librarian told me", "my landlord says", "a bureau official told me": one person the
        writer does not name, by an indefinite article or the writer's own possessive, not a source
        ("a survey"), a share of people polled ("a quarter said") nor a body a description stands
        for ("a company"). Not anyone a clause describes: "a parent who says he cannot pay" is no
        one who said anything, only a case the speaker imagines."""
        determiners = [c for c in head.children if c.dep_ in ("det", "poss")]
        lemma = head.lemma_.lower()
        return head.pos_ == "NOUN" and head.tag_ == "NN" and len(determiners) == 1 \
            and determiners[0].lower_ in self.someone_marks and not self._is_source_noun(head) \
            and lemma not in self.share_words and lemma not in mentions_vocab()["descriptions"] \
            and not any(c.dep_ in ("relcl", "acl") for c in head.children)

    def _names_bodies(self, noun: Token) -> bool:
        """ "the companies", "the platforms": a description of organisations (relations.yaml `descriptions`)."""
        return bool(set(mentions_vocab()["descriptions"].get(noun.lemma_.lower()) or ()) & self.body_types)

    def _place_body(self, head: Token, mentions: list[Span], memory: Memory) -> Span | None:
        """ "according to the city's credit office": a place's institution the actor finder left
        unnamed, named through the place's possessive, is credited under the place's name, as the
        actor finder names "the county's civil affairs bureau" (extract/actors.py): "Rongcheng
        credit office", not Rongcheng."""
        label = self.place_bodies.get(head.lemma_.lower())
        places = [m for m in mentions if m.label_ == "place" and m.root.dep_ == "poss" and m.root.head == head]
        if label is None or head.pos_ not in ("NOUN", "PROPN") or len(places) != 1 or len(mentions) > 1:
            return None
        place = places[0]
        marker = place.end if place.end < head.i and place.doc[place.end].tag_ == "POS" else None
        if marker is None:
            return None
        name = " ".join([actor_of(place)[1], *(t.text for t in head.doc[marker + 1:head.i + 1])])
        actor_id = f"{label}:{slug(name)}"
        names = head.doc._.actor_names if head.doc._.actor_names is not None else {}
        names.setdefault(actor_id, name)
        head.doc._.actor_names = names
        body = Span(head.doc, place.start, head.i + 1, label=label, span_id=actor_id)
        memory.added.append(body)
        return body

    def _remember_employer(self, head: Token, parties: list[Span], memory: Memory) -> None:
        """ "an Ant Group spokesperson told Circuitline": a worker named by the name compounded with
        the role works there, so "the spokesperson added" later is that organisation's, as after
        "a spokesperson for Ant Group"."""
        lemma = head.lemma_.lower()
        employers = [p for p in parties if p.label_ not in ("person", "place") and p.root.head == head
                     and p.root.dep_ == "compound"]
        if lemma in self.workers and head.tag_ == "NN" and len(employers) == 1:
            memory.workplaces[lemma] = employers[0]

    def _workplace(self, head: Token, memory: Memory) -> list[Span]:
        """ "Analysts at Everstone Securities estimate", "a researcher at the Free University of
        Berlin found", "a spokesperson for the company", "a company spokesperson": people named only
        by their work are credited to where they work, as a spokeswoman is to her company."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or lemma not in self.workers:
            return []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in self.workplace_preps):
            places = [a for a in actors_in(head.sent) if prep.i < a.start and a.end <= prep.right_edge.i + 1
                      and a.label_ not in ("person", "place")]
            workplace = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if not places and workplace is not None and workplace.pos_ == "PROPN" and workplace.ent_type_ != "GPE" \
                    and not any(a.start <= workplace.i < a.end for a in actors_in(head.sent)):
                # "Analysts at CICC": a workplace the actor finder missed, named as written
                places = [self._new_person(head.doc, workplace, memory, label="organization")]
            if places:
                memory.workplaces[lemma] = places[0]
                memory.worker = (head.i, places[0]) if head.tag_ == "NN" else None
                return places[:1]
        for word in (c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"):
            if (place := _described_before(word)) is not None:
                memory.workplaces[lemma] = place
                return [place]
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if owner is not None and (place := _main_subject_before(owner) or resolve_pronoun(owner)) is not None \
                and place.label_ not in ("place", "person"):
            # "..., its spokesman said": the organisation "its" stands for
            memory.workplaces[lemma] = place
            memory.worker = (head.i, place) if head.tag_ == "NN" else None
            return [place]
        return []

    def _new_person(self, doc: Doc, head: Token, memory: Memory, label: str | None = None) -> Span:
        """A name the actor finder missed: a surname of a person named before, or a new source:
        a person, or an outlet when it is one word ("..., Yicai reports"): the press names people in
        full the first time."""
        start = min(t.i for t in head.subtree if t.dep_ == "compound" and t.pos_ == "PROPN" or t == head)
        span = doc[start:head.i + 1]
        name = clean_entity_name(span.text)
        earlier = _last_person_named(doc, name, span.start)
        label = label or ("person" if earlier is not None or len(span) > 1 else "outlet")
        actor_id = earlier.id_ if earlier is not None else f"{label}:{slug(name)}"
        new = Span(doc, span.start, span.end, label=label, span_id=actor_id)
        memory.added.append(new)
        return new

    # --- crediting the claims -------------------------------------------------------------

    def _credit(self, claim, credits: list[Credit], sent: Span) -> None:
        if claim.attributed_to or not credits:
            return
        covering = [c for c in credits if c.covers(claim.phrase_start, claim.phrase_end, sent)]
        if not covering:
            return
        credit = min(covering, key=lambda c: c.width)
        names = [actor_of(p)[1] for p in credit.parties]
        claim.attributed_to = " and ".join(dict.fromkeys(names))
        claim.attribution_phrase = credit.phrase.text
        detail = {"ids": list(dict.fromkeys(p.id_ for p in credit.parties))}
        if credit.via is not None:
            detail["via_id"], detail["via"] = actor_of(credit.via)
        if credit.url:
            detail["url"] = credit.url
        claim.extra = {**(claim.extra or {}), "attribution": detail}

    def _remember(self, sent: Span, credits: list[Credit], memory: Memory) -> None:
        for credit in credits:
            memory.credited.extend(credit.parties)
            if credit.parties:
                memory.party = credit.parties[0]
            memory.body = next((p for p in credit.parties if p.label_ in self.body_types), memory.body)
            for party in [*credit.parties, *([credit.via] if credit.via is not None else [])]:
                if party.label_ == "person":
                    memory.person = party
                elif party.label_ == "outlet" or party is credit.via:
                    memory.outlet = party
            if credit.speech:
                memory.last_speech = credit
        if credits and not any(c.speech for c in credits):
            memory.last_speech = None

    @staticmethod
    def _add_actor_spans(doc: Doc, added: list[Span]) -> None:
        """Credited parties the actor finder missed become actor mentions."""
        if not added:
            return
        existing = list(doc.spans.get(SPANS_KEY, []))
        taken = {i for s in existing for i in range(s.start, s.end)}
        names = doc._.actor_names if doc._.actor_names is not None else {}
        fresh = [s for s in filter_spans(added) if not any(i in taken for i in range(s.start, s.end))]
        for span in fresh:
            names.setdefault(span.id_, clean_entity_name(span.text))
        doc._.actor_names = names
        doc.spans[SPANS_KEY] = sorted(existing + fresh, key=lambda s: (s.start, s.end))


def _own_publication(doc: Doc) -> Span | None:
    """What "we" stands for where a publication speaks of its own work ("We asked 5,320 readers"):
    its mention in the text of the outlet that published it, by its name or the name's first words
    ("HomeWallet" of the publisher "HomeWallet Media")."""
    outlet = (doc._.outlet or "").casefold()
    if not outlet:
        return None
    names = doc._.actor_names or {}
    for mention in doc.spans.get(SPANS_KEY, []):
        name = names.get(mention.id_, mention.text).casefold()
        if mention.label_ not in ("person", "place") and (name == outlet or outlet.startswith(name + " ")):
            return mention
    return None


def _turn_speaker(sent: Span) -> list[Credit]:
    """What a speaker says in their turn of an interview or a transcript is theirs where the
    sentence credits no one else with it (extract/turns.py): the actor named by the turn's label."""
    speaker = speaker_at(sent.doc, sent.start_char)
    return [Credit([speaker], speaker)] if speaker is not None else []


def _speaker(verb: Token, listener_verbs=frozenset()) -> Token | None:
    """The subject of a reporting verb. The parser reads "Acme, which renamed itself in
    2020, reported that ..." as a past-tense verb hung on the name: that name speaks."""
    subject = _nearest_subject(verb)
    if subject is None and (verb.dep_ == "ROOT" or verb.dep_ == "conj" and _closing_report(verb, listener_verbs)):
        return _apposed_speaker(verb)
    if subject is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _nearest_subject(verb.head)  # "Zhou Min disputed the figure, saying ...": Zhou Min
    if subject is None and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.pos_ == "PROPN" \
            and verb.i > 0 and verb.doc[verb.i - 1].text == "," and any(c.dep_ == "ccomp" for c in verb.children):
        return verb.head
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        # "Alipay, Ant Financial's payment app, which claims 1 billion users": what the clause is about
        described = verb.head
        if subject.lower_ == "who" and (person := _person_described(described)) is not None:
            return person  # "said Han Lu, a lawyer at the firm Tianheng Partners, who estimated": Han Lu
        return described.head if described.dep_ == "appos" else described
    return subject


def _person_described(noun: Token) -> Token | None:
    """The person a role and a workplace describe: "Han Lu, a lawyer at the Beijing firm Tianheng
    Partners" for "Tianheng Partners" (a relative "who" hung on the workplace)."""
    people = {a.root.i for a in actors_in(noun.sent) if a.label_ == "person"}
    token = noun
    while token.i not in people and token.dep_ in ("pobj", "prep", "appos", "compound") and token.head != token:
        token = token.head
    return token if token.i in people and token != noun else None


def _closing_bracket(sent: Span) -> Span | None:
    """The words inside a bracket that closes the sentence (before its full stop), when the
    sentence does not open with it: "... for three years (NDRC, 2019)." -> "NDRC, 2019"."""
    words = [t for t in sent if not t.is_space]
    while words and words[-1].text in (".", ";"):
        words.pop()
    if not words or words[-1].text != ")":
        return None
    opening = next((t for t in reversed(words) if t.text == "("), None)
    if opening is None or opening.i == sent.start:
        return None
    return sent.doc[opening.i + 1:words[-1].i]


def _asks(verb: Token) -> bool:
    """A question about what was said ("Did Ant say ...?"): an auxiliary before the subject of a
    verb whose sentence ends in a question mark."""
    subject = _nearest_subject(verb)
    last = next((t for t in reversed(verb.sent) if not t.is_space), None)
    return subject is not None and last is not None and last.text == "?" \
        and any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)


def _acts_as_verb(token: Token) -> bool:
    """A verb, or a verb the tagger read as a plural noun with a subject ("..., Caixin reports.")."""
    return token.pos_ == "VERB" or token.pos_ == "NOUN" and token.dep_ == "ROOT" \
        and any(c.dep_ == "nsubj" for c in token.children)


def _inserted_report(verb: Token) -> bool:
    """ "At its peak, Sesame said, some 2,000 ...": a reporting clause set off by commas inside the
    clause it credits."""
    return verb.dep_ == "parataxis" and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in CONTENT_DEPS | {"dobj"} for c in verb.children) \
        and verb.i + 1 < len(verb.doc) and verb.nbor().text in (",", "—", "–")


def _opening_report(verb: Token) -> bool:
    """ "For context, Ant says Zhima Credit had 520 million users": a reporting clause the parser hung
    under the clause it opens (a parataxis before its head, with a subject and nothing said of its own)."""
    return verb.dep_ == "parataxis" and verb.i < verb.head.i and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in CONTENT_DEPS | {"dobj"} for c in verb.children) \
        and verb.right_edge.i + 1 < len(verb.doc) and not verb.doc[verb.right_edge.i + 1].is_punct


def _restated_after(head: Token) -> list[Span]:
    """ "..., according to the market's operator, Zhejiang China Commodities City Group.": the name
    after a comma that closes the sentence restates the description before it, however the parser
    hung it (an apposition it read as an adverb)."""
    sent, end = head.sent, head.right_edge.i + 1
    if head.pos_ != "NOUN" or end >= sent.end or head.doc[end].text != ",":
        return []
    named = next((a for a in actors_in(sent) if a.start == end + 1 and a.label_ != "place"), None)
    rest = head.doc[named.end:sent.end] if named is not None else None
    return [named] if rest is not None and all(t.is_punct or t.is_space for t in rest) else []


def _report_before_colon(verb: Token) -> bool:
    """ "The deputy mayor points out that lost points can be won back: a resident regains them after
    one year ...": the parser hangs the report that opens the sentence on the clause after the colon,
    which only goes on with what was reported. The report credits the whole sentence."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.dep_ == "ROOT" and head.i > verb.right_edge.i \
        and verb.left_edge.i == verb.sent.start \
        and any(t.text == ":" for t in verb.doc[verb.right_edge.i + 1:head.i])


def _opens_adverbial(token: Token) -> bool:
    """Whether a word opens its sentence or follows a comma, a colon, a dash or a bracket."""
    before = next((t for t in reversed(token.doc[token.sent.start:token.i]) if not t.is_space), None)
    return before is None or before.text in (",", ":", ";", "(", "[", "—", "–")


def _ends_in_colon(sent: Span) -> bool:
    """ "Via Caixin:", "According to the bureau:": a credit that heads what follows."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == ":"


def _maker_phrase(source: Token) -> tuple[int, int] | None:
    """ "by a researcher at Peking University" in "a survey of 3,000 drivers by a researcher at
    Peking University": what the writer says of the maker, not what the survey found."""
    by = next((t for t in source.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by"), None)
    return None if by is None else (by.i, by.right_edge.i + 1)


def _owner_of_another(mention: Span, mentions: list[Span]) -> bool:
    """ "Fudan University's Centre for Digital Governance": the university owns the credited centre."""
    return mention.root.dep_ == "poss" and any(o is not mention and o.start <= mention.root.head.i < o.end
                                                for o in mentions)


def _group(head: Token) -> Span:
    """A group of people named by their work, as written: "officials", "city officials"."""
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("compound", "amod") or t == head]
    return _as_written(head, min(t.i for t in words), "group")


def _someone(head: Token) -> Span:
    """One person the writer does not name, as written with the article: "a librarian", "a Jinhua
    social worker", "my landlord" (what is said of them after the noun is the writer's)."""
    words = [i for i in _core(head) if i <= head.i]
    return _as_written(head, min(words), "person")


def _written_source(head: Token) -> Span:
    """A source nobody is named for, as written ("industry estimates", "the prospectus"): what
    it says is credited to it, as "Officials say" is to the officials."""
    return _as_written(head, min(i for i in _core(head) if i <= head.i), "source")


def _as_written(head: Token, start: int, label: str) -> Span:
    """A party credited by the words that name it, from `start` to the head: no actor of the gazetteer."""
    text = head.doc[start:head.i + 1].text.lower()
    return Span(head.doc, start, head.i + 1, label=label, span_id=f"{label}:{slug(text)}")


def _apposed_person(head: Token) -> Span | None:
    """The person apposed to a role: "its chief executive, Zhu Huanqi"."""
    return next((a for a in actors_in(head.sent) if a.label_ == "person" and a.root.dep_ == "appos"
                 and a.root.head == head), None)


def _described_subject(head: Token) -> Span | None:
    """ "the company said" closing a sentence whose subject is a company: that subject, not the
    last company named before it (the object, "a stake in Baihang")."""
    types = mentions_vocab()["descriptions"].get(head.lemma_.lower())
    if not types or not _definite(head) or head.tag_ not in ("NN", "NNP"):
        return None
    return next((a for a in reversed(actors_in(head.sent)) if a.end <= head.left_edge.i and a.label_ in types
                 and a.root.dep_ in ("nsubj", "nsubjpass")), None)


def _named_with_words(head: Token, memory: Memory) -> Span | None:
    """ "the credit office said" after "the Baishui Credit Management Office", "the office said"
    after "according to the city's credit office": a definite description stands for the last
    party named or credited before whose name holds all its words."""
    if not _definite(head) or head.tag_ != "NN" or any(c.dep_ == "poss" for c in head.children):
        return None
    words = {t.lower_ for t in head.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"} | {head.lower_}
    named = [a for a in head.doc.spans.get(SPANS_KEY, []) if a.end <= head.left_edge.i
             and a.label_ not in ("place", "person")] + [p for p in memory.credited if p.end <= head.left_edge.i]
    found = [a for a in named if words <= {t.lower_ for t in a}]
    return max(found, key=lambda a: a.start) if found else None


def _bare_indefinite(head: Token) -> bool:
    """ "A survey found ...": a source the text does not tell apart from any other."""
    return all(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in head.lefts) and any(head.lefts)


def _described_before(word: Token) -> Span | None:
    """ "a company spokesperson": the last actor before of the description's types (a body, not
    a place: "city officials" are no city's)."""
    types = mentions_vocab()["descriptions"].get(word.lemma_.lower())
    if not types:
        return None
    before = [a for a in word.doc.spans.get(SPANS_KEY, []) if a.end <= word.i and a.label_ in types
              and a.label_ != "place"]
    return before[-1] if before else None


def _apposed_speaker(verb: Token) -> Token | None:
    """ "..., its chief executive, Li Wei, said.": the parser hangs the speaker on the noun before
    as an apposition; the speaker is the top of that chain, right before the verb's comma. It may
    then read the verb as a conjunct of the main verb ("..., cuts its rate for those above 700, its
    chief risk officer, Gu Mingxia, told the paper."), also when the name that ends the chain has no
    comma of its own ("..., the bureau's director Ma Lin told lawmakers."), or a role's "of" or "at"
    phrase ends it ("..., Meng Xiang, head of the court's enforcement bureau, told a press conference.")."""
    if verb.i < 2:
        return None
    speaker = verb.nbor(-2) if verb.nbor(-1).text == "," else verb.nbor(-1)
    while speaker.dep_ in ("pobj", "prep") and speaker.head.i < speaker.i:
        speaker = speaker.head  # up from the role's workplace to the role
    if speaker.dep_ != "appos":
        return None
    while speaker.head.dep_ == "appos" and speaker.head.head.i < speaker.head.i:
        speaker = speaker.head
    return speaker


def _place_owner(prep: Token) -> Token | None:
    """Whose place "on"/"in" names ("on the PBOC's website", "on its official account")."""
    if prep.lower_ not in ("on", "in"):
        return None
    return next((c for g in prep.children if g.dep_ == "pobj" for c in g.children if c.dep_ == "poss"), None)


def _contact_clause_subject(noun: Token) -> Token | None:
    """The subject of a relative clause without "that" right after a noun, however parsed: "data
    [the regulator published]": a short noun phrase and then a verb in the past or present tense."""
    doc = noun.doc
    for i in range(noun.i + 1, min(noun.i + 8, noun.sent.end)):
        token = doc[i]
        if token.tag_ in ("VBD", "VBN", "VBZ", "VBP") and i > noun.i + 1 and doc[i - 1].pos_ in ("NOUN", "PROPN"):
            return doc[i - 1]
        if token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "PART") and token.tag_ != "POS":
            return None
    return None


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; when the parser gives it two ("Tencent Credit lends ..., Tencent
    said", "lends" read as a noun), the one nearest the verb."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return min(subjects, key=lambda c: abs(verb.i - c.i)) if subjects else None


def _closing_report(verb: Token, listener_verbs=frozenset()) -> bool:
    """ "..., but since last year it has stopped X, Ant said in a statement.": a reporting
    clause after a comma that closes its sentence credits the whole sentence. Its object may only
    be whom it was said to ("..., a spokesperson told Reuters.", "..., Zhou told lawmakers.": the
    object of a verb of `listener_verbs`), or it is a clause of its own."""
    sent = verb.sent
    subject = _nearest_subject(verb) or (_apposed_speaker(verb) if verb.dep_ == "conj" else None)
    listened = verb.lemma_.lower() in listener_verbs
    if subject is None or subject.i > verb.i or verb.dep_ not in ("ROOT", "conj", "ccomp") \
            or any(c.dep_ == "dobj" and not (c.pos_ == "PROPN" or c.lower_ in ("us", "me") or listened)
                   for c in verb.children):
        return False
    start = subject.left_edge.i
    rest = sent.doc[verb.right_edge.i + 1:sent.end]
    return start > sent.start and sent.doc[start - 1].text == "," and all(t.is_punct or t.is_space for t in rest)


def _organisation_before(pronoun: Token) -> Span | None:
    """What "it" stands for as a source: the last organisation before it in its sentence that
    is the subject of a clause ("When Ant Group ... published the prospectus, it said ...")."""
    subjects = [a for a in actors_in(pronoun.sent) if a.end <= pronoun.i and a.label_ not in ("place", "person", "outlet")
                and a.root.dep_ in ("nsubj", "nsubjpass")]
    return subjects[-1] if subjects else _described_subject_before(pronoun)


def _described_subject_before(pronoun: Token) -> Span | None:
    """ "The bureau has signed agreements with 1,000 lenders, it said." after "Baihang Credit, a
    Shenzhen-based bureau": a description the actor finder left unresolved, subject of a clause
    before the pronoun, stands for the organisation it describes."""
    nouns = [t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"]
    for noun in reversed(nouns):
        found = description_antecedent(noun)
        if found is not None and found.label_ not in ("place", "person", "outlet"):
            return found
    return None


def _main_subject_before(pronoun: Token) -> Span | None:
    """What "its" in "Baihang, which the central bank licensed in 2018, holds ..., according to its
    annual report" stands for: the last organisation before it that is the subject of a clause
    other than a relative one."""
    subjects = [a for a in actors_in(pronoun.sent) if a.end <= pronoun.i and a.label_ not in ("place", "person", "outlet")
                and a.root.dep_ in ("nsubj", "nsubjpass") and a.root.head.dep_ not in ("relcl", "acl")]
    return subjects[-1] if subjects else None


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _core(head: Token) -> set[int]:
    """The tokens of a noun phrase that name it: the head, its compounds, modifiers and
    coordinated names, not its appositions, clauses or prepositional phrases."""
    words = {head.i}
    for child in head.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "det", "nummod"):
            words |= {t.i for t in child.subtree}
        elif child.dep_ == "conj":
            words |= _core(child)
        elif child.dep_ == "prep" and head.lemma_.lower() in ("survey", "study", "poll", "report", "analysis", "review") \
                and child.lower_ == "by":
            words |= {t.i for t in child.subtree}
    return words


def _extent(head: Token) -> tuple[int, int]:
    return head.left_edge.i, head.right_edge.i + 1


def _finite_clause(verb: Token, comma: Token) -> bool:
    """A verb after the comma that heads a clause of its own, not one inside a relative clause ("Li Wei,
    a lawyer who has worked for ...")."""
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("aux", "auxpass") \
        and (verb.tag_ in FINITE_VERB_TAGS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)) \
        and not any(a.dep_ == "relcl" for a in (verb, *verb.ancestors) if a.i > comma.i)


def _extent_before_clause(head: Token) -> tuple[int, int]:
    """The credited phrase's words, up to a comma after which the parser hung a whole clause inside it
    ("According to data published by the court, the list held 8.3 million people": "the list held ..."
    is what the court said, not part of its name)."""
    start, end = _extent(head)
    doc = head.doc
    for comma in (t for t in doc[head.i + 1:end] if t.text == ","):
        if any(_finite_clause(t, comma) for t in doc[comma.i + 1:end]):
            return start, comma.i
    return start, end


def _distinct(spans: list[Span]) -> list[Span]:
    seen, out = set(), []
    for span in spans:
        if span.id_ not in seen:
            seen.add(span.id_)
            out.append(span)
    return out


def _phrase(sent: Span, verb: Token, parts: list[Token]) -> Span:
    """The words that credit: the reporting verb and its subject's core."""
    tokens = [verb.i] + [i for p in parts if p is not None for i in _core(p)]
    return sent.doc[min(tokens):max(tokens) + 1]


def _still_open(sent: Span, credits: list[Credit], open_quote: Credit | None) -> Credit | None:
    """ "Shen Guohua said: “Baihang was set up ... system. Partnering with Hengxin lets us reach ...”":
    the speaker of a quotation that a sentence opens and leaves open, until a sentence closes it."""
    balance = _quote_balance(sent)
    if balance < 0:
        return None
    speech = next((c for c in credits if c.speech), None)
    if balance > 0 and speech is not None:
        return speech.for_another_sentence()
    return open_quote if balance == 0 and open_quote is not None and credits == [open_quote] else None


def _has_quotation(sent: Span) -> bool:
    return any(t.text in QUOTE_MARKS for t in sent)


def _continues_quotation(sent: Span) -> bool:
    """A sentence that is the rest of a quotation: it opens with a quotation mark."""
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.text in ("“", '"')


def _opens_quotation(sent: Span) -> bool:
    """A sentence that opens a quotation it does not close: "“The pilot covers 12 cities."."""
    return _continues_quotation(sent) and _quote_balance(sent) > 0


def _closes_quotation(sent: Span) -> bool:
    """A sentence that closes a quotation opened before it: "It will reach 40 cities,” she said."."""
    return _quote_balance(sent) < 0


def _quote_balance(sent: Span) -> int:
    """Opening minus closing quotation marks. An odd number of straight marks opens a quotation
    when the sentence starts with one, else closes one."""
    balance = sum(t.text == "“" for t in sent) - sum(t.text == "”" for t in sent)
    if sum(t.text == '"' for t in sent) % 2:
        balance += 1 if _continues_quotation(sent) else -1
    return balance


def _last_person_before(doc: Doc, i: int) -> Span | None:
    people = [a for a in doc.spans.get(SPANS_KEY, []) if a.end <= i and a.label_ == "person"]
    return people[-1] if people else None


def _last_person_named(doc: Doc, name: str, before: int) -> Span | None:
    """An earlier person whose name ends or (a Chinese family name) starts with this one
    ("Rollet" -> "Charles Rollet", "Zhu" -> "Zhu Huanqi")."""
    names = doc._.actor_names or {}
    for span in reversed([a for a in doc.spans.get(SPANS_KEY, []) if a.end <= before and a.label_ == "person"]):
        full = names.get(span.id_, span.text)
        if full == name or full.endswith(" " + name) or full.startswith(name + " "):  # "Zhu" -> "Zhu Huanqi"
            return span
    return None


@Language.factory("sckb_attribution", default_config={"vocab_path": None})
def make_attributor(nlp: Language, name: str, vocab_path: str | None):
    """Config: `vocab_path` another attribution vocabulary (default corpus/vocab/attribution.yaml)."""
    return Attributor(nlp, load_vocab("attribution", vocab_path))
