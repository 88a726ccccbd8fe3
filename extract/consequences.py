"""Perks and penalties read from the clause: what happens to the people a rating sorts.

The cue vocabularies (extract/perks.py) know the words perks and penalties are said in; this
module knows who receives them, so it finds perks and penalties said in words no vocabulary
lists. A clause states one when its verb is a verb of granting, restricting or suffering (lemma
classes in the `clauses` sections of corpus/vocab/perks.yaml and penalties.yaml) and the one it
happens to is a *party* the text sorts by its standing:

- penalised parties: "blacklisted firms", "those on the list" (unless the list named just before is a good
  one; a list that says whom it holds speaks for itself: "on the list of seriously dishonest entities"),
  "people with poor credit",
  "enterprises that violate the rules", "defaulters' children", "users with overdue loans",
  "high-risk borrowers", "a firm graded D" (also where the parser reads "graded" as the main verb),
  "listed sellers" (not "red-listed firms"), "if you're on it" (the list named just before), "residents
  in it" (the grade named just before: "What does a D grade mean?");
- rewarded parties: "residents with high scores", "companies on the redlist" (or "the red list"),
  "trustworthy taxpayers", "holders of a high Sesame score", "low-risk firms".

A series of verbs shares its party, also where the parser reads the first as a clause the second
reports ("D-rated residents are named on boards, may not apply for jobs, and lose their place": the
residents); its last verb after ", and" is an item of its own, not under the middle one's "may not".

A party with no mark of its own ("they", "these companies", "users") takes the standing its
sentence speaks of (only good, or only bad) or else that of the last marked party of the two
sentences before it ("Blacklisted firms ... They also lose ...") or of a sentence about someone
named ("Chen is on the list of dishonest debtors. His account has been frozen.").

The shapes of clause, each with its items split like a list ("excluded from A, B and C"):

    penalty  restricting verb, passive   "are barred from buying plane tickets", "were refused places",
                                         "found themselves barred from rail travel"
             restricting verb, active    "the court restricted him from luxury consumption", "froze his accounts"
             sanctioning verb            "the court fined him 50,000 yuan", "demotes listed sellers"
             listing verb                "were put on the list", "place such people on the blacklist"
             suffering verb              "face a ban on trains", "lose their business licences"
             paying verb                 "must pay higher insurance premiums"
             sanctioning adjective       "will be subject to more frequent inspections"
             caused restriction          "had their internet speeds throttled", "has its invoices rationed",
                                         "will have their names and photos displayed on billboards"
             obliging verb, passive      "were ordered to surrender their passports", "were asked for deposits"
             negated ability, difficulty "cannot issue bonds", "unable to book berths", "harder to get loans"
             imposing verb               "courts impose travel bans on defaulters"
             closed to a party           "business class is off-limits to blacklisted travellers"
             withholding verb            "banks refuse them new loans", "courts used the list to refuse
                                         17 million tickets", "airlines will not sell him seats",
                                         "stopped selling them flights", "refused listed debtors new loans"
             going onto a list           "more serious cases go on a blacklist"
             listing a party for grounds "a court may list a debtor who hides assets, or who ..."
             record handed on            "were reported to the credit platform", "has its record passed to ..."
             what a kind reaches         "(restrictions ...) They now reach air travel, hotels and ..." (not an
                                         act of rating people: "the ban should also cover private credit scoring")
             a falling score             "a listed debtor's score drops"
             perks withdrawn             "(while you are on the list) all partner benefits are suspended"
             done to what a party has    "his bank account has been frozen", "showing debtors' photographs
                                         on cinema screens", "lowers their score to below 550" (how far),
                                         "caps the score of any listed user at 550 points and withdraws
                                         deposit-free rentals" (the next verb too), "restrict listed people's
                                         spending"
             obligation                  "firms graded D must file monthly tax returns", "have to report"
             refused hand-over           "could not be sold a seat" (said of a party barred in the same breath)
             not enabled                 "Didi does not allow them to book its premium cars"
             benefit denied              "listed residents are not eligible for any of the perks"
             not admitted                "cannot be hired into the civil service", "may not be appointed as directors"
    perk     receiving verb              "enjoy lower audit rates", "qualify for green-lane approvals"
             granting verb, passive      "are given priority in school admissions", "are spared checks",
                                         "deposits are waived for users with high scores"
             granting verb, active       "banks offer cheaper loans to trustworthy residents"
             rewarding verb              "rewards good citizens with half-price bus rides"
             enabling verb               "the library lets them take out more books"
             benefiting adjective, ease  "are eligible for simplified procedures", "easier to rent flats"
             ability                     "can rent apartments without a deposit", "will ride buses at half price"
             at no cost                  "ride city buses free", "borrow books without a deposit"
             open to a party             "zero-deposit rentals are available to users with high scores"
             less of a cost              "face fewer inspections", "pay lower fees", "see rates below 5 percent"
             obligation lifted           "do not have to pay a deposit", "are no longer required to pay",
                                         "deposits are not required for users with high scores"
             honouring verb              "honours top scorers on a red list"
             less often                  "regulators will inspect low-risk firms less often", "are inspected
                                         less often"
    either   causing verb                "a low score can mean higher rates", "a high rating unlocks ...",
                                         "an A grade, which brings ...", "a low one means you pay a deposit",
                                         "the blacklisting cost him his job" (loss of)
             range                       "benefits range from cheaper rentals to free lounge access"

Clauses of condition or time ("before its grade is lowered", "when he could not pay") state none;
nor do negated ones (also "nobody on the list has been refused", "no evidence that ...", "it is a
myth that ...", "it is not true that ...", "Myth 3: ...", "the claim that ... is false"), questions
("How people get listed"), what a party is described as saying ("who
says he cannot pay") or as being ("people who cannot pay", a restrictive relative clause), what
someone fears or warns may happen ("critics fear debtors could be barred"), what only an imagined
condition brings ("if you got put on it tomorrow you couldn't fly", "had the scheme been extended"),
what a clause around it denies ("has never been used to ban anyone", "nor will a poor score stop
you", "in none of the cities is ..."), shares listed on a market ("listed on the Nasdaq"), a title
a naming verb gives ("was named one of twelve model cities"), a participle the parser takes for a verb
of the series ("cannot ... stay in hotels rated three stars or above": the hotels'), a participle that says whom
a restricting verb bars ("bars listed traders from ...", "blocks listed debtors from ...": no listing), what one stopped
doing ("the city stopped publishing their names"), what a firm cuts of its own business ("Ant had cut Sesame Credit's
staff by 20%": penalties.yaml `business_things`), a work published ("the draft law was published in November",
"published its Planning Outline": `published_works`), a contest lost in court ("lost a lawsuit over unpaid wages":
`contests`), what one cannot check or compare ("a figure I cannot check": `unrestricted_acts`), an obligation on
the way off a list ("a company removed from the list must show it has corrected the problem", "must wait a year
before it can apply for credit repair": `repair_words`), nor
sanctions named only in general ("punished by all the signatories", "punish residents for their conduct").

Each finding names the verb, where its phrase starts, the words read in front of each item's
object ("barred from"), and the items; extract/perks.py turns findings into claims, with the
subject and grantor its cue claims get, and keeps a cue claim where both found the same words.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extract.clean import is_footnote_marker
from extract.subjects import DEFINITE, window_start

#: Dependents of a noun on its left: a word that has one is a noun, not a misread verb.
NP_LEFT_DEPS = {"det", "amod", "compound", "nummod", "poss", "predet"}
#: Dependents that are not part of what the verb grants or imposes: other clauses, and
#: adjuncts that say when or why ("..., because", "after three years").
ADJUNCT_DEPS = {"conj", "cc", "punct", "advcl", "mark", "parataxis", "relcl"}
NEGATIONS = {"not", "n't", "n’t", "never", "no"}
#: Verbs of saying: a clause they report is someone's word ("says he cannot pay").
SAYING_VERBS = {"say", "claim", "insist", "argue", "complain", "admit", "tell", "plead", "protest", "explain"}
#: Verbs that deny that the verb they govern happened ("refused to give", "failed to win", "declined to license").
REFUSING_VERBS = {"refuse", "fail", "decline", "deny"}
#: Verbs that cancel the verb they govern: refusals, and ends ("ceased to offer").
NEGATING_VERBS = REFUSING_VERBS | {"cease", "stop", "quit"}
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
#: Nouns that deny the clause about them: "it is a myth that people with low scores cannot get jobs".
FALSEHOODS = {"myth", "misconception", "rumour", "rumor", "fiction", "misunderstanding"}
#: Adjectives that call a claim false: "the claim that people are barred from trains is false".
FALSE_ADJECTIVES = {"false", "untrue", "wrong", "unfounded", "baseless", "inaccurate", "incorrect", "misleading",
                    "exaggerated", "overblown", "groundless", "mistaken", "bogus"}
#: A standing on a scale that runs the other way ("low risk" is good standing).
INVERSE = {"good": "bad", "bad": "good"}
#: Modals of a possibility (what is feared may happen, not what does): "could be barred", "may freeze".
POSSIBILITY_MODALS = {"could", "might", "may", "would"}
#: Modals of what would follow an imagined condition ("if you got listed you couldn't fly").
COUNTERFACTUAL_MODALS = {"could", "would", "might"}
#: Auxiliaries that put a condition before its subject ("Had the scheme been extended", "Were the rule applied").
INVERTING_AUXILIARIES = {"had", "were", "should"}
REFERRING_DETERMINERS = {"these", "those", "such", "this", "that"}
#: Nouns that count a party ("1 percent of residents", "a third of firms").
QUANTITY_NOUNS = {"percent", "per", "%", "share", "proportion", "number", "majority", "minority", "third",
                  "half", "quarter", "fraction", "million", "thousand", "hundred", "billion", "dozen"}
#: Words that open a clause of condition or time: what it says is no perk or penalty.
CONDITION_MARKS = {"if", "before", "when", "whenever", "unless", "until", "whether", "after", "once", "lest"}
#: Words that open a clause of reason: a participle that describes the recipients there is their
#: condition ("turned away because a parent was blacklisted"), no penalty of its own.
REASON_MARKS = {"because", "since", "as"}
#: Prepositions of a threshold: a party "above 110" or "below 60" is past a score (not "over 65", an age).
THRESHOLD_WORDS = {"above", "below"}
#: Verbs of having something done to what one has ("had their licences revoked", "see their limits cut",
#: "will find his score docked").
CAUSATIVE_VERBS = {"have", "get", "see", "find"}
#: Hyphens that join a word to the one before ("red-listed").
HYPHENS = {"-", "‑"}
#: Particles of phrasal verbs ("turn away", "shut out", "kick out").
PARTICLES = {"away", "out", "off", "down"}
#: Prepositions a restricting verb takes its item with ("barred from", "subjected to").
LINKING_PREPS = {"to", "from", "of", "on"}
#: Subordinating prepositions that open an adjunct, not an object ("barred ... until they pay").
ADJUNCT_PREPS = {"under", "according", "since", "until", "unless", "because", "after", "before", "as",
                 "despite", "if", "due", "among"}
#: Prepositions of the grounds of a sanction ("punished for debts", "fined over a dispute"): no sanction.
GROUNDS_PREPS = frozenset({"for", "over"})


class ClauseVocabularyError(ValueError):
    """A `clauses` section of perks.yaml or penalties.yaml that cannot be used."""


def _words(entry: dict, key: str) -> frozenset:
    return frozenset(str(w).lower() for w in entry.get(key) or [])


@dataclass(frozen=True)
class ClauseWords:
    """The lemma classes of the clause rules, from the `clauses` sections of both vocabularies."""

    parties: frozenset
    score_nouns: frozenset
    abilities: frozenset  # modal verbs and adjectives of ability: can, may, able, allowed
    status: dict  # word -> good | bad, anywhere in a party ("blacklisted", "redlist")
    standing: dict  # word -> good | bad, next to a score noun ("high score", "scoring below")
    grades: dict  # letter grade (case as written) -> good | bad, next to a score noun ("A-grade", "a D grade")
    bad_acts: frozenset  # verbs in a party's description that mark it bad ("firms that violate")
    restricting: frozenset
    caused: frozenset  # what one "has" done to one ("had their licences revoked")
    suffering: dict  # verb -> words read in front of its object (lose -> "loss of")
    sanctioning: frozenset  # adjectives: "subject to", "liable to"
    receiving: frozenset
    granting: frozenset
    benefiting: frozenset  # adjectives: "eligible for", "entitled to"
    exempting: frozenset  # granting verbs that read with their object: "spared routine checks"
    context: frozenset = field(default_factory=frozenset)  # penalties.yaml context words
    inability_label: str = "unable to"
    lists: frozenset = frozenset()  # nouns of a list one is "on": "companies on the list"
    markets: frozenset = frozenset()  # where shares are listed: "listed on the Nasdaq Global Market"
    difficulties: frozenset = frozenset()  # adjectives: "find it harder to get loans" (a penalty)
    eases: frozenset = frozenset()  # adjectives: "find it easier to rent a flat" (a perk)
    inabilities: frozenset = frozenset()  # adjectives: "unable to book berths"
    paying: frozenset = frozenset()  # verbs of paying more: "pay higher premiums"
    imposing: frozenset = frozenset()  # verbs that impose a penalty on a party: "impose travel bans on"
    causing: frozenset = frozenset()  # verbs whose standing subject causes the item: "a low score means"
    enabling: frozenset = frozenset()  # verbs that let a party do the perk: "lets them take out more books"
    obliging: frozenset = frozenset()  # verbs that oblige a party in bad standing: "were ordered to surrender"
    ranging: frozenset = frozenset()  # verbs of a range of perks or penalties: "range from X to Y"
    kinds: dict = field(default_factory=dict)  # nouns of perks or penalties in general -> perk | penalty
    party_endings: tuple = ()  # endings of agent nouns that name a party ("businessman", "jaywalker")
    score_context: frozenset = frozenset()  # perks.yaml context words: scores and ratings
    barring: frozenset = frozenset()  # restricting verbs that sanction a party in any sentence ("barred from")
    rewarding: frozenset = frozenset()  # verbs that reward a party with the perk: "rewards citizens with"
    listing: frozenset = frozenset()  # verbs that put a party on a list: "can be added to the list"
    open_words: frozenset = frozenset()  # adjectives of what is open to a party: "available to"
    closed_words: frozenset = frozenset()  # adjectives of what is closed to a party: "off-limits to"
    unrestricted: frozenset = frozenset()  # acts not being able to do is no penalty: "could not name"
    score_movements: frozenset = frozenset()  # verbs of a score passing a threshold: "fall below 60"
    withholding: dict = field(default_factory=dict)  # verb -> label: "refuse them new loans" -> "refused"
    entering: frozenset = frozenset()  # verbs of going onto a list: "cases go on a blacklist"
    recording: frozenset = frozenset()  # verbs that hand a record on: "were reported to the credit platform"
    general: frozenset = frozenset()  # verbs of sanctions in general: "punished" says with what, or names none
    covering: frozenset = frozenset()  # verbs of what a kind of perks or penalties reaches: "now reach air travel"
    scoring_acts: frozenset = frozenset()  # acts of rating people, which a ban covers to regulate raters: "credit scoring"
    scope: dict = field(default_factory=dict)  # noun -> (kind, label): "restrictions" -> (penalty, "restrictions on")
    authorities: frozenset = frozenset()  # perks.yaml grammar.grantor_nouns: "regulators" grant, are not rated
    self_listing: frozenset = frozenset()  # verbs that list by themselves: "courts list debtors who ..."
    falling: frozenset = frozenset()  # verbs of a score falling: "a listed debtor's score drops"
    obligations: frozenset = frozenset()  # "do not have to pay a deposit": an obligation lifted is a perk
    transfers: frozenset = frozenset()  # verbs of handing over: refused, they withhold ("will not sell him tickets")
    admissions: frozenset = frozenset()  # verbs of taking someone in: refused, they bar ("cannot be hired")
    experiencing: frozenset = frozenset()  # "see inspection rates below 20 percent": with a comparison only
    good_acts: frozenset = frozenset()  # verbs in a party's description that mark it good ("those who repay on time")
    unobliged_label: str = "no need to"
    obliged_label: str = "must"
    lesser: frozenset = frozenset()  # comparatives of less: "face fewer inspections" in good standing is a perk
    honouring: frozenset = frozenset()  # verbs that honour a party in good standing: "honours top scorers on a red list"
    fearing: frozenset = frozenset()  # perks.yaml grammar: verbs of fearing or warning ("critics fear that ...")
    depriving: frozenset = frozenset()  # causing verbs of a loss: "the blacklisting cost him his job"
    deprivation_label: str = "loss of"
    risk_nouns: frozenset = frozenset()  # nouns of a scale that runs the other way: "low-risk firms"
    good_lists: frozenset = frozenset()  # words that make a list one of good standing: "on the red list"
    arrears: frozenset = frozenset()  # status words of payments left undone: a party's, not a sentence's
    exposing: frozenset = frozenset()  # verbs that show what a party has in public: "showing debtors' photographs"
    neutral_liabilities: frozenset = frozenset()  # what "subject to" sanctions no one by: "its ratings"
    published_works: frozenset = frozenset()  # what publishing exposes no one by: "published a draft of the law"
    business_things: frozenset = frozenset()  # what a firm cuts of its own accord: "cut Sesame Credit's staff by 20%"
    contests: frozenset = frozenset()  # what one loses in court, no sanction: "lost a lawsuit over unpaid wages"
    repair: frozenset = frozenset()  # the way back off a list: "must wait a year before it can apply for credit repair"
    free_words: frozenset = frozenset()  # "ride buses free": what a party in good standing does at no cost
    waived_nouns: frozenset = frozenset()  # "borrow books without a deposit": a cost waived
    listed: frozenset = frozenset()  # participles that mark the party they stand in front of: "listed sellers"
    outright: frozenset = frozenset()  # restricting verbs that sanction the party they take outright: "fined him"

    @classmethod
    def from_vocab(cls, perks: dict, penalties: dict) -> "ClauseWords":
        good, bad = perks.get("clauses"), penalties.get("clauses")
        if not isinstance(good, dict) or not isinstance(bad, dict):
            raise ClauseVocabularyError("perks.yaml and penalties.yaml each need a `clauses` section")
        status = {w: "good" for w in _words(good, "status")} | {w: "bad" for w in _words(bad, "status") | _words(bad, "arrears")}
        standing = {w: "good" for w in _words(good, "standing")} | {w: "bad" for w in _words(bad, "standing")}
        grades = {str(w): "good" for w in good.get("grades") or []} | {str(w): "bad" for w in bad.get("grades") or []}
        suffering = bad.get("suffering_verbs") or {}
        if not isinstance(suffering, dict):
            raise ClauseVocabularyError("penalties.yaml clauses.suffering_verbs: map each verb to its label (or null)")
        withholding = bad.get("withholding_verbs") or {}
        if not isinstance(withholding, dict):
            raise ClauseVocabularyError("penalties.yaml clauses.withholding_verbs: map each verb to its label")
        scope = {}
        for kind, entry in (("perk", good), ("penalty", bad)):
            nouns = entry.get("scope_nouns") or {}
            if not isinstance(nouns, dict):
                raise ClauseVocabularyError(f"clauses.scope_nouns of the {kind} vocabulary: map each noun to its label (or null)")
            scope |= {str(k).lower(): (kind, str(v or "")) for k, v in nouns.items()}
        return cls(
            parties=_words(good, "parties"), score_nouns=_words(good, "score_nouns"),
            abilities=_words(good, "abilities"), status=status, standing=standing, grades=grades,
            bad_acts=_words(bad, "acts"), restricting=_words(bad, "restricting_verbs"),
            caused=_words(bad, "caused_verbs"),
            suffering={str(k).lower(): (v or "") for k, v in suffering.items()},
            sanctioning=_words(bad, "adjectives"), neutral_liabilities=_words(bad, "neutral_liabilities"),
            receiving=_words(good, "receiving_verbs"),
            granting=_words(good, "granting_verbs") | _words(good, "exempting_verbs"),
            benefiting=_words(good, "adjectives"), exempting=_words(good, "exempting_verbs"),
            context=frozenset(str(w).lower() for w in penalties.get("context") or []),
            inability_label=str(bad.get("inability_label") or "unable to"),
            inabilities=_words(bad, "inabilities"), lists=_words(bad, "lists"), markets=_words(bad, "markets"),
            difficulties=_words(bad, "difficulties"), eases=_words(good, "eases"), paying=_words(bad, "paying_verbs"),
            imposing=_words(bad, "imposing_verbs"), causing=_words(good, "causing_verbs"),
            enabling=_words(good, "enabling_verbs"), obliging=_words(bad, "obliging_verbs"),
            ranging=_words(good, "ranging_verbs"), rewarding=_words(good, "rewarding_verbs"),
            honouring=_words(good, "honouring_verbs"), free_words=_words(good, "free_words"),
            waived_nouns=_words(good, "waived_nouns"), listed=_words(bad, "listed_words"),
            outright=_words(bad, "outright_verbs"),
            listing=_words(bad, "listing_verbs"), barring=_words(bad, "barring_verbs"),
            open_words=_words(good, "open_to"), closed_words=_words(bad, "closed_to"),
            unrestricted=_words(bad, "unrestricted_acts"), score_movements=_words(good, "score_movements"),
            withholding={str(k).lower(): str(v or k) for k, v in withholding.items()},
            entering=_words(bad, "entering_verbs"), recording=_words(bad, "recording_verbs"),
            general=_words(bad, "general_verbs"), covering=_words(good, "covering_verbs"), scope=scope,
            scoring_acts=_words(good, "scoring_acts"),
            authorities=frozenset(w.lower() for w in (perks.get("grammar") or {}).get("grantor_nouns", [])),
            fearing=frozenset(w.lower() for w in (perks.get("grammar") or {}).get("fearing_verbs", [])),
            self_listing=_words(bad, "self_listing_verbs"),
            falling=_words(bad, "falling_verbs"), lesser=_words(bad, "lesser"), exposing=_words(bad, "exposing_verbs"),
            published_works=_words(bad, "published_works"),
            business_things=_words(bad, "business_things"), contests=_words(bad, "contests"),
            repair=_words(bad, "repair_words"),
            arrears=_words(bad, "arrears"), good_lists=_words(good, "lists"), risk_nouns=_words(good, "risk_nouns"),
            depriving=_words(bad, "depriving_verbs"), deprivation_label=str(bad.get("deprivation_label") or "loss of"),
            transfers=_words(bad, "transfer_verbs"), admissions=_words(bad, "admission_verbs"),
            experiencing=_words(good, "experiencing_verbs"),
            good_acts=_words(good, "acts"),
            obligations=_words(good, "obligations"), unobliged_label=str(good.get("unobliged_label") or "no need to"),
            obliged_label=str(bad.get("obliged_label") or "must"),
            score_context=frozenset(str(w).lower() for w in perks.get("context") or []),
            party_endings=tuple(str(w).lower() for w in good.get("party_endings") or []),
            kinds={w.lower(): "perk" for w in (perks.get("grammar") or {}).get("benefit_nouns", [])}
            | {w.lower(): "penalty" for w in (perks.get("grammar") or {}).get("sanction_nouns", [])},
        )


@dataclass
class Finding:
    """One clause that states perks or penalties: its kind, its verb, where its phrase starts,
    the words in front of each item's object, and the items as (start, end) token offsets."""

    kind: str
    verb: Token
    start: int
    prefix: str
    items: list
    shape: str


def _reader(*classes: str, lemmas: tuple = ()):
    """A reader of `ClauseReader.read`'s second pass that reads only verbs whose lemma, word or
    phrasal verb is in one of the word classes `classes` (fields of `ClauseWords`), or whose lemma
    is one of `lemmas`: `read` calls it for no other verb (most verbs are of none)."""
    def reader(method):
        method.classes, method.lemmas = classes, frozenset(lemmas)
        return method
    return reader


class ClauseReader:
    def __init__(self, words: ClauseWords, phrases):
        self.words = words
        self.phrases = phrases  # extract.perks.Phrases: clause ends and list items
        self._joins: dict[tuple, frozenset] = {}
        #: the readers of `read`'s second pass, in order, and the words and lemmas of their verbs (see `_reader`)
        self._second_pass = (self._restricted_object, self._given_to_party, self._caused_by_standing,
                             self._enabled_party, self._ranging, self._granted_for_party, self._rewarded_party,
                             self._open_to_party, self._withheld, self._entered_list, self._covered, self._score_fallen)
        self._read_words = self._joined(*(name for reader in self._second_pass for name in reader.classes))
        self._read_lemmas = frozenset().union(*(reader.lemmas for reader in self._second_pass))

    def _joined(self, *classes: str) -> frozenset:
        """The words of several classes of `ClauseWords` together, joined once (the readers ask
        for every verb)."""
        words = self._joins.get(classes)
        if words is None:
            words = self._joins[classes] = frozenset().union(*(getattr(self.words, name) for name in classes))
        return words

    def _readers_of(self, verb: Token) -> list:
        """The readers of the second pass that may read `verb` (see `_reader`), in their order."""
        if _lemma(verb, self._read_words) not in self._read_words and verb.lemma_ not in self._read_lemmas:
            return []
        return [reader for reader in self._second_pass if _lemma(verb, words := self._joined(*reader.classes)) in words
                or verb.lemma_ in reader.lemmas]

    # --- parties and their standing ----------------------------------------------------------

    def is_party(self, head: Token) -> bool:
        if head.lemma_.lower() in self.words.parties or head.lower_ in self.words.parties:
            return True
        if head.tag_ == "NNPS" and any(head.lower_[:-n] in self.words.parties for n in (1, 2)):
            return True  # "Firms in class A ...", the plural read as a proper noun at the start of a sentence
        if any(c.lower_ in self.words.parties for c in head.subtree if c.dep_ in ("quantmod", "det", "nmod") and c != head):
            return True  # "those above 1,050 points" read as a number of points
        if head.tag_ in ("NN", "NNS") and head.lower_.endswith(self.words.party_endings) and not _quantity(head) \
                and head.lemma_.lower() not in self.words.authorities:
            return True  # agent nouns: "businessman", "jaywalkers", "petitioners"; not "regulators"
        return head.ent_type_ in ("PERSON", "ORG", "NORP") and head.pos_ in ("PROPN", "NOUN", "PRON")

    def marks(self, tokens, good_tokens: set[int], sentence: bool = False) -> set[str]:
        """The standings the words speak of: status words, standing next to a score, acts that
        mark a party, and the good score conditions of perks.yaml (`good_tokens`). Words of
        arrears ("overdue", "unpaid") mark a party or a standing they describe, never a whole
        `sentence` ("lost a lawsuit over unpaid wages" says nothing of Wei's standing)."""
        found = set()
        for token in tokens:
            word, lemma = token.lower_, token.lemma_.lower()
            if token.i in good_tokens:
                found.add("good")
            if sentence and (word in self.words.arrears or lemma in self.words.arrears):
                continue
            if word in self.words.status or lemma in self.words.status:
                found.add(self.words.status.get(word) or self.words.status[lemma])
            elif word in self.words.listed and token.dep_ == "amod" and token.i < token.head.i \
                    and token.doc[token.i - 1].text not in HYPHENS and self.is_party(token.head):
                found.add("bad")  # "listed sellers"
            elif (word in self.words.standing or lemma in self.words.standing) and self._near_risk(token):
                found.add(INVERSE[self.words.standing.get(word) or self.words.standing[lemma]])  # "low-risk firms"
            elif (word in self.words.standing or lemma in self.words.standing) and self._near_score(token):
                found.add(self.words.standing.get(word) or self.words.standing[lemma])
            elif token.text in self.words.grades and grade_letter(token) and self._near_score(token):  # "A-grade firms", "a D grade"
                found.add(self.words.grades[token.text])
            elif lemma in self.words.lists and self._good_list(token):
                found.add("good")  # "firms on the red list", "those who make the honour list"
            elif lemma in self.words.lists and token.head.lower_ in ("on", "onto") and token.dep_ == "pobj" \
                    and (members := _members(token)) is not None:
                # "entities on the list of seriously dishonest entities": the list says whom it holds
                found |= self.marks(members.subtree, good_tokens) or {"bad"}
            elif lemma in self.words.lists and token.head.lower_ in ("on", "onto") and token.dep_ == "pobj":
                found.add("good" if self._good_list_before(token) else "bad")  # "companies on the list"
            elif word == "it" and token.head.lower_ in ("on", "onto") and token.dep_ == "pobj" \
                    and (named := self._list_before(token, sentences=3)) is not None:
                # "The court list is the one with teeth. - By far. ... If you're on it, you can't fly": the list
                # named before (a speaker's short answer may stand between)
                found.add("good" if self._good_list(named) else "bad")
            elif word == "it" and token.head.lower_ == "in" and token.dep_ == "pobj" \
                    and (grade := self._grade_before(token)) is not None:
                found.add(self.words.grades[grade.text])  # "What does a D grade mean? Residents in it are named ..."
            elif token.pos_ == "VERB" and lemma in self.words.bad_acts and (token.dep_ in ("relcl", "acl", "xcomp", "pcomp")
                                                                          or token.dep_ == "amod" and token.tag_ == "VBG"):
                found.add("bad")  # "firms that violate the rules", "defaulting borrowers"
            elif token.pos_ == "VERB" and lemma in self.words.good_acts and token.dep_ in ("relcl", "acl") \
                    and self.is_party(token.head) and not negated_here(token):
                found.add("good")  # "residents who volunteer", "borrowers who repay on time"
        return found

    def _good_list_before(self, token: Token) -> bool:
        """ "named 1,260 companies to a 'red list' ... Firms on the list will face fewer inspections":
        "the list" with nothing to say which is the last list the text named, within two sentences."""
        if any(c.dep_ in ("amod", "compound", "poss") for c in token.children) \
                or not any(c.lower_ in DEFINITE for c in token.lefts):
            return False
        before = self._list_before(token)
        return before is not None and self._good_list(before)

    def _good_list(self, list_noun: Token) -> bool:
        """ "the red list", "the honour list": a list whose modifiers make it one of good standing."""
        return any(c.lower_ in self.words.good_lists for c in list_noun.lefts)

    def _list_before(self, token: Token, sentences: int = 2) -> Token | None:
        """The last list the text named before `token`, within `sentences` sentences before its own."""
        start = window_start(token.sent, sentences)
        return next((t for t in reversed(token.doc[start:token.i]) if t.lemma_.lower() in self.words.lists), None)

    def _grade_before(self, token: Token, sentences: int = 2) -> Token | None:
        """The last letter grade the text named before `token` ("a D grade"), within `sentences`
        sentences before its own."""
        start = window_start(token.sent, sentences)
        return next((t for t in reversed(token.doc[start:token.i]) if t.text in self.words.grades
                     and grade_letter(t) and self._near_score(t)), None)

    def _near_risk(self, token: Token) -> bool:
        """ "low-risk firms", "high-risk borrowers": a standing word next to a noun of risk, whose scale runs
        the other way."""
        doc = token.doc
        near = [token.head, *(doc[i] for i in (token.i + 1, token.i + 2) if i < len(doc))]
        return any(t.lemma_.lower() in self.words.risk_nouns for t in near)

    def _near_score(self, token: Token) -> bool:
        """ "high score", "low-scoring", "scoring below 550", "poor credit": a standing word with its score."""
        doc = token.doc
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if token.pos_ == "ADP" and objects and not any(o.like_num or any(c.like_num for c in o.children)
                                                       or o.lemma_.lower() in self.words.score_nouns for o in objects):
            return False  # "Under the plan, firms rated A ...": a preposition of something else, not of a threshold
        near = [token.head, *token.children]
        near += [doc[i] for i in (token.i - 1, token.i + 1, token.i + 2) if 0 <= i < len(doc)]
        if token.head.lemma_.lower() in self.words.score_movements and any(c.like_num for c in token.children):
            return True  # "those who fall below 60": a threshold the party's score moves past
        if token.lower_ in THRESHOLD_WORDS and self.is_party(token.head) and any(c.like_num for c in token.children):
            return True  # "those above 110", "drivers below 60": a party past a number is past a score threshold
        if token.lower_ in THRESHOLD_WORDS and token.dep_ == "quantmod" and token.head.like_num \
                and self.is_party(token.head):
            return True  # "those above 95 get ...", read as the number with "those" and "above" its modifiers
        if token.head.lower_ == "one" and token.dep_ == "amod" and any(
                t.lemma_.lower() in self.words.score_nouns for t in doc[token.sent.start:token.i]):
            return True  # "A high score buys you X; a low one means ...": "one" stands for the score
        return any(t.lemma_.lower() in self.words.score_nouns or t.lower_ in self.words.score_nouns for t in near)

    def party_standing(self, head: Token, good_tokens: set[int]) -> str | None:
        """good, bad or neutral for a party; None when the noun is none ("the rules") or its
        description speaks of both standings."""
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ in ("relcl", "acl"):
            head = head.head.head
        owners = [c for c in head.children if c.dep_ == "poss"]  # "their names", "the names of debtors"
        if not _quantity(head):  # "1 percent of residents" is a figure's count, not what happens to them
            owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not self.is_party(head) and not any(self.is_party(o) for o in owners):
            return None
        scope = head.head if head.dep_ in ("nsubj", "dobj") and head.head.dep_ in ("csubj", "csubjpass") else head
        words = list(scope.subtree)
        grade = self._misread_grade(head)
        if grade is not None:  # "A firm graded D loses ...": the grade the parser took for a subject or object
            words.append(grade)
        words += self._misread_rating(head)
        marks = self.marks(words, good_tokens)  # "whoever receives a low score": the whole clause
        if len(marks) > 1:
            return None
        return next(iter(marks), "neutral")

    def _misread_grade(self, party: Token) -> Token | None:
        """ "A firm graded D loses its quota": the small model reads the participle as the main verb and
        the letter as the subject of the verb after it; the letter, when `party` is the participle's subject."""
        verb = party.head
        if party.dep_ != "nsubj" or verb.tag_ not in ("VBN", "VBD") or verb.lower_ not in self.words.score_nouns:
            return None
        if verb.dep_ == "amod" and verb.head.text in self.words.grades and verb.head.i == verb.i + 1:
            return verb.head  # "A firm graded D is barred": the letter as the subject, the participle its modifier
        letter = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
        if letter is not None and letter.dep_ == "dobj" and letter.head == verb and letter.text in self.words.grades:
            return letter  # "Companies graded A by the tax bureau enjoy ...": the letter as the participle's object
        return next((g for c in verb.children if c.dep_ == "ccomp" for g in c.children
                     if g.dep_ == "nsubj" and g.text in self.words.grades and g.i == verb.i + 1), None)

    def _misread_rating(self, party: Token) -> list[Token]:
        """ "Drivers rated above 90 are offered ...", "Firms rated "A" or above can receive ...": the small
        model reads the participle that describes the party as the verb of the party's own clause; its
        grade or threshold describes the party (the words of the participle's phrase, other clauses aside)."""
        verb = party.head
        if party.dep_ != "nsubj" or verb.tag_ not in ("VBN", "VBD") or verb.lower_ not in self.words.score_nouns \
                or _object(verb) is not None and _object(verb).text not in self.words.grades:
            return []
        return [verb, *(t for c in verb.rights if c.dep_ not in ADJUNCT_DEPS and c.dep_ != "ccomp" for t in c.subtree)]

    def row_standing(self, label: Span) -> str | None:
        """The standing a table row's label names ("Tax grade A", "D", "Seriously dishonest list",
        "AEO Advanced Certified"): a letter grade, a status word or a list (of good standing where a
        word says so: "Red list"); None for none or both."""
        found = set()
        for token in label:
            if token.text in self.words.grades:
                found.add(self.words.grades[token.text])
            elif token.lower_ in self.words.status or token.lemma_.lower() in self.words.status:
                found.add(self.words.status.get(token.lower_) or self.words.status[token.lemma_.lower()])
            elif token.lemma_.lower() in self.words.lists:
                found.add("good" if any(t.lower_ in self.words.good_lists for t in label) else "bad")
        return next(iter(found)) if len(found) == 1 else None

    def sentence_standing(self, sent: Span, good_tokens: set[int]) -> str | None:
        marks = self.marks(sent, good_tokens, sentence=True)
        return next(iter(marks)) if len(marks) == 1 else None

    # --- clauses ------------------------------------------------------------------------------

    def read(self, doc: Doc, good_tokens: set[int]):
        """Every clause of the document that states perks or penalties, in text order."""
        last: list[tuple[int, str]] = []  # (sentence number, standing) of marked parties
        self._previous = None  # the sentence before, where "They now reach ..." finds what "they" are
        for number, sent in enumerate(doc.sents):
            self._start_sentence(sent, good_tokens, next((s for n, s in reversed(last) if number - n <= 2), None))
            for verb in sent:
                if verb.pos_ not in ("VERB", "AUX") or conditional(verb, through=("conj",)) or misread_modifier(verb) \
                        or self._describes_whom_barred(verb):
                    continue
                party = self._party(verb)
                if party is None:
                    continue
                standing = self.party_standing(party, good_tokens)
                if standing is None and (self._passive_it(verb, party) or self._perks_withdrawn(verb, party)):
                    standing = self._fallback[0] or self._fallback[1]
                if standing in ("good", "bad"):
                    last.append((number, standing))
                    self._marked.append((party.i, standing))
                elif standing == "neutral":
                    standing = self._standing_of(party, good_tokens)
                    if standing is not None:  # "they ... Their children ... Some ...": the chain goes on
                        last.append((number, standing))
                    elif self._sanctioning or self._barred(verb):
                        standing = "context"  # "a journalist who was barred from buying a ticket" needs no context
                # what a party wants or asks marks its standing, but states nothing that happens; nor
                # does a status given as a reason ("upset because a parent was blacklisted")
                if standing is None or conditional(verb) or asking(verb) or self._reason(verb) \
                        or hypothetical(verb, self.words.fearing):
                    continue
                finding = self._penalty(verb, party, standing) if standing in ("bad", "context") else None
                if finding is None and standing == "good":
                    finding = self._perk(verb)
                if finding is not None and finding.items:
                    yield finding
            if not any(n == number for n, _ in last) and _named_subject(sent) \
                    and (own := self._fallback[0]) is not None:
                last.append((number, own))  # "Zhang is on the list of dishonest debtors. He could not ..."
            for verb in sent:
                if verb.pos_ not in ("VERB", "AUX") and not self._misread_entering(verb) \
                        or verb.dep_ in ("aux", "auxpass"):
                    continue
                readers = self._readers_of(verb)
                if not readers or conditional(verb) or asking(verb) or hypothetical(verb, self.words.fearing) \
                        or self._describes_whom_barred(verb):
                    continue
                for reader in readers:
                    finding = reader(verb, good_tokens, self._sanctioning)
                    if finding is not None and finding.items:
                        yield finding
                        break
            self._previous = sent

    def _start_sentence(self, sent: Span, good_tokens: set[int], before: str | None) -> None:
        """Begin reading `sent`, after sentences whose last marked party was in standing `before`.
        What the rules ask of the sentence as a whole (`_fallback`, `_sanctioning`) is found when
        first asked: most sentences need none of it."""
        self._sentence, self._good_tokens, self._before = sent, good_tokens, before
        self._of_sentence: dict[str, object] = {}
        self._marked: list[tuple[int, str]] = []  # (token, standing) of the parties marked so far in it

    @property
    def _fallback(self) -> tuple[str | None, str | None]:
        """(the standing the sentence speaks of, the standing of the last marked party of the two
        sentences before it): a party with no mark of its own takes one of them (`_standing_of`)."""
        if "standing" not in self._of_sentence:
            self._of_sentence["standing"] = self.sentence_standing(self._sentence, self._good_tokens)
        return self._of_sentence["standing"], self._before

    @property
    def _sanctioning(self) -> bool:
        """Whether the sentence being read is about sanctions or scores (`_sanctioning_sentence`)."""
        if "sanctioning" not in self._of_sentence:
            self._of_sentence["sanctioning"] = self._sanctioning_sentence(self._sentence)
        return self._of_sentence["sanctioning"]

    def _barred(self, verb: Token) -> bool:
        """A verb that bars a party, or one coordinated with it ("was restricted from high consumption
        and could not be sold a seat"): it sanctions the party in any sentence."""
        node = verb
        for _ in range(4):
            if _lemma(node, self.words.barring) in self.words.barring:
                return True
            if node.dep_ != "conj" or node.head == node:
                return False
            node = node.head
        return False

    def _reason(self, verb: Token) -> bool:
        return (verb.lemma_.lower() in self.words.status or verb.lower_ in self.words.status) \
            and conditional(verb, REASON_MARKS)

    def _passive_it(self, verb: Token, party: Token) -> bool:
        """ "it is barred from public procurement ... and denied government subsidies": only a party
        is barred or granted something, so "it" there is one (of the standing its passage speaks of)."""
        if party.lower_ != "it" or not _passive(verb):
            return False
        return _lemma(verb, self._joined("restricting", "granting")) in self._joined("restricting", "granting")

    def _perks_withdrawn(self, verb: Token, party: Token) -> bool:
        """ "While you are on the list, ... all partner benefits are suspended": perks in general withdrawn
        (a noun of `kinds` that names perks, subject of a passive verb of what is done to what one has) are
        the loss of a party of the standing its passage speaks of."""
        return _passive(verb) and self.words.kinds.get(party.lemma_.lower()) == "perk" \
            and _lemma(verb, self.words.caused) in self.words.caused

    def _sanctioning_sentence(self, sent: Span) -> bool:
        """A sentence about sanctions or scores: a party with no mark may be sanctioned in it."""
        words = self._joined("context", "score_context")
        return any(t.lemma_.lower() in words or t.lower_ in words for t in sent)

    def _party(self, verb: Token) -> Token | None:
        """Whom the verb happens to: its subject, shared along coordinated verbs and up from an
        infinitive ("are able to rent"); for an active restricting verb, its object instead
        (left to `_penalty`)."""
        node = verb
        for _ in range(5):
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            clause = next((c for c in node.children if c.dep_ in ("csubj", "csubjpass")), None)
            if subject is None and clause is not None:  # "whoever receives a low score will be blacklisted"
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) or _misread_name(clause)
            if subject is not None and subject.text in self.words.grades and subject.i > 0:
                # "A firm graded D loses ...", "A firm graded D is barred ...": the firm
                rating = node.head if node.dep_ == "ccomp" and node.head.i == subject.i - 1 else \
                    next((c for c in subject.children if c.dep_ == "amod" and c.i == subject.i - 1), None)
                if rating is not None and rating.lower_ in self.words.score_nouns:
                    subject = next((c for c in rating.children if c.dep_ == "nsubj"), subject)
            if subject is None and clause is None:  # "Drivers rated above 90 are offered ...": the rating misread as a clause
                rating = next((c for c in node.lefts if c.dep_ == "ccomp" and c.lower_ in self.words.score_nouns
                               and c.tag_ in ("VBN", "VBD")), None)
                subject = next((c for c in rating.children if c.dep_ == "nsubj"), None) if rating is not None else None
            if subject is None and clause is None:
                subject = _first_of_series(node)
            expletive = subject is not None and subject.lower_ == "it" and node.pos_ == "ADJ"
            if subject is not None and not expletive:  # "found it harder to": not "it"
                return subject
            series = _series_start(node)
            if series is not None:  # "can be excluded from X, refused Y": the party of the series
                node = series
            elif node.dep_ == "acl" and (causative := _causative_participle(node)) is not None:
                node = causative  # "may have its legal representative restricted": who has it done
            elif node.dep_ in ("conj", "xcomp") and node.head != node:
                node = node.head
            elif node.dep_ == "advcl" and (node.head.pos_ == "ADJ" or node.tag_ == "VBG"):
                node = node.head  # "harder to get loans"; "..., making it impossible to buy tickets"
            elif node.dep_ in ("acomp", "ccomp", "oprd") and node.head != node \
                    and (node.pos_ == "ADJ" or node.tag_ == "VBN" and node.dep_ == "acomp"):
                node = node.head  # "are able to", "find themselves unable to", "are fast-tracked": the verb of the adjective
            else:
                return None
        return None

    def _penalty(self, verb: Token, party: Token, standing: str) -> Finding | None:
        lemma = _lemma(verb, self._joined("restricting", "caused", "suffering", "paying", "obliging", "listing",
                                          "recording"))
        if verb.dep_ == "acl" and standing != "bad" and _lemma(verb, self.words.barring) not in self.words.barring:
            return None  # "can have their credit lines raised": what is done to an unmarked party's thing may be good
        if self._negated(verb):  # "cannot issue bonds": a penalty only of what a party is able to do
            # not "cannot be reached", nor what one cannot say or know ("could not name a factor")
            # (not "no lender may use ...": a rule for everyone, no party's inability; "nobody on the blacklist can buy" is one)
            everyone = of_no_case(verb) and "bad" not in self.marks(party.subtree, set())
            if standing == "bad" and verb.pos_ == "VERB" and self._ability(verb) and not _passive(verb) and not everyone \
                    and not _counterfactual(verb) \
                    and not self.unrestricted_act(verb) and not said(verb) and not describing(verb):
                finding = self._whole(verb, "penalty", "inability")
                finding.prefix = self.words.inability_label
                return finding
            adjective = self._benefit(verb)
            if standing == "bad" and adjective is not None and not describing(verb) \
                    and any(c.dep_ == "prep" for c in adjective.children):  # not "are not exempt either"
                # "listed residents are not eligible for any of the perks": a benefit denied
                finding = self._complement(adjective, "penalty", "benefit denied", with_verb=True)
                if finding is not None:
                    finding.prefix = f"not {finding.prefix}"
                return finding
            if standing == "bad" and _passive(verb) and verb.lemma_.lower() in self.words.admissions \
                    and negated_here(verb) and not describing(verb) and not said(verb):
                # "cannot be hired into the civil service", "may not be appointed as directors": barred
                finding = self._whole(verb, "penalty", "not admitted")
                finding.prefix, finding.start = "not", min([verb.i, *(c.i for c in verb.children if c.dep_ == "aux")])
                role = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
                if role is not None and len(finding.items) == 1:  # "as directors": the post, no adjunct
                    end = min(role.right_edge.i + 1, self.phrases.clause_end(verb.doc, verb.i))
                    finding.items = [(finding.items[0][0], max(finding.items[0][1], end))]
                return finding
            obj = _object(verb)
            if standing in ("bad", "context") and _passive(verb) and obj is not None \
                    and _lemma(verb, self.words.transfers) in self.words.transfers:  # "could not be sold a seat"
                return Finding("penalty", verb, verb.i, next(iter(self.words.withholding.values())),
                               [(obj.left_edge.i, self._end(verb))], "withheld")
            return None
        if verb.dep_ in ("xcomp", "advcl") and verb.head.lower_ in self._joined("inabilities", "difficulties"):
            # "unable to book berths", "find it harder to get loans"
            finding = self._whole(verb, "penalty", "inability")
            finding.prefix = self.words.inability_label if verb.head.lower_ in self.words.inabilities else f"{verb.head.text} to"
            return finding
        if lemma in self.words.obliging and _passive(verb) and standing == "bad":  # "were ordered to surrender ..."
            done = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if done is not None:
                return Finding("penalty", verb, verb.i, f"{verb.text} to", [(done.i, self._end(done))], "obliged")
            if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):  # "were asked for deposits again"
                return self._complement(verb, "penalty", "obliged", with_verb=True)
        if lemma in self.words.listing and _passive(verb) and standing in ("bad", "context"):
            onto = self._onto_bad_list(c for c in verb.children if c.dep_ == "prep")
            if onto is not None:  # "can be added to the list"
                return Finding("penalty", verb, verb.i, "", [(verb.i, onto.right_edge.i + 1)], "listed")
        if lemma in self.words.listing and describing(verb):  # "companies that have been named as dishonest": which
            return None
        if lemma in self.words.listing and self._on_a_market(verb):  # "listed on the Nasdaq Global Market": shares
            return None
        if lemma in self.words.listing and self._designated(verb):  # "was named one of twelve model cities": a title
            return None
        if self._work_published(verb, party):  # "the draft law was published in November": no one exposed
            return None
        # a restricting verb, passive on the party ("had their speeds throttled": on what it has)
        if lemma in self.words.restricting and verb.tag_ in ("VBN", "VBD") and _passive(verb):
            if (causative := _causative_participle(verb)) is not None:
                return self._whole(causative, "penalty", "caused")
            if not self.is_party(party) and party.i < verb.i and not _complemented(verb) \
                    and party.lower_ not in RELATIVE_PRONOUNS:  # not "companies that have been named"
                # "his bank account has been frozen": what the party has, with what is done to it
                return Finding("penalty", verb, party.left_edge.i, "", [(party.left_edge.i, self._end(verb))], "caused")
            if lemma in self.words.general and not _complemented(verb, besides=GROUNDS_PREPS):
                return None  # "punished by all the signatories", "punished for debts of a few thousand yuan"
            return self._complement(verb, "penalty", "restricting", with_verb=True)
        if lemma in self.words.recording and _passive(verb) and standing == "bad" and _destination(verb) is not None:
            return self._complement(verb, "penalty", "recorded", with_verb=True)  # "were reported to the credit platform"
        if standing == "context":  # an unmarked party in a sanctioning sentence: only restricting verbs
            return None
        if (done := self._caused(verb)) is not None:
            finding = self._whole(verb, "penalty", "caused")
            if done.dep_ == "conj":  # "have their names and photos displayed on billboards": through what is done
                finding.items = [(finding.items[0][0], max(finding.items[-1][1], self._end(done)))]
            return finding
        # a suffering verb is active even after a passive one: "were fined and lost their licences"
        if lemma in self.words.suffering and not any(c.dep_ == "auxpass" for c in verb.children) \
                and not self._lost_contest(verb):
            return self._complement(verb, "penalty", "suffering", label=self.words.suffering[lemma])
        obj = _object(verb)
        if verb.lemma_.lower() in self.words.experiencing and not _passive(verb) and self._compared(obj):
            return self._complement(verb, "penalty", "experienced", with_verb=True)  # "see higher premiums"
        if lemma in self.words.paying and obj is not None and any(t.tag_ in ("JJR", "RBR") for t in obj.subtree):
            return self._complement(verb, "penalty", "paying", with_verb=True)  # "pay higher premiums"
        if lemma == "be":
            adjective = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in self.words.sanctioning), None)
            if adjective is not None and not self._neutral_liability(adjective):
                return self._complement(adjective, "penalty", "sanctioning", with_verb=True)
        if standing == "bad" and verb.pos_ == "VERB" and not _passive(verb) and self._obliged(verb) \
                and not self._repair_step(verb, party):
            finding = self._whole(verb, "penalty", "obliged")  # "firms graded D must file monthly tax returns"
            finding.prefix = self.words.obliged_label
            finding.start = min([verb.i, *(c.i for c in verb.children if c.dep_ == "aux" and c.lower_ == "must")])
            return finding
        return None

    def _neutral_liability(self, adjective: Token) -> bool:
        """ "are subject to its corporate ratings", "subject to the same rules": being rated or governed
        (`neutral_liabilities`) sanctions no one; "subject to more frequent inspections" does."""
        things = [g for c in adjective.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return bool(things) and all(t.lemma_.lower() in self.words.neutral_liabilities for t in things)

    def unrestricted_act(self, verb: Token) -> bool:
        """ "could not name a factor", "a figure I cannot check": an act of saying or knowing, which not being able
        to do is no penalty; not a phrasal verb of another act ("cannot check in without a deposit")."""
        return verb.lemma_.lower() in self.words.unrestricted and not any(c.dep_ == "prt" for c in verb.children)

    def _repair_step(self, verb: Token, party: Token) -> bool:
        """ "A company removed from the list must show it has corrected the problem", "must wait a year before it
        can apply for credit repair", "To leave the list, a debtor must pay in full": an obligation on the way off a
        list (penalties.yaml `repair_words` in the party or the obligation) is a step of credit repair; not a removal
        from a good list ("firms removed from the red list must pay deposits again")."""
        def repairing(word: Token) -> bool:
            if word.lemma_.lower() not in self.words.repair:
                return False
            if word.pos_ != "VERB":
                return True  # "credit repair", "removal"
            lists = [t for t in word.subtree if t.lemma_.lower() in self.words.lists]
            return bool(lists) and not any(self._good_list(t) for t in lists)  # "removed from the list", "leave the list"
        return any(repairing(t) for t in [*party.subtree, *verb.subtree])

    def _lost_contest(self, verb: Token) -> bool:
        """ "lost a lawsuit over unpaid wages": a contest lost in court is how one comes to be listed, no sanction."""
        obj = _object(verb)
        return obj is not None and obj.lemma_.lower() in self.words.contests

    def _work_published(self, verb: Token, thing: Token) -> bool:
        """ "The draft law was published in November 2022": a work an author or a body publishes (subject of
        the passive exposing verb) exposes no one, as its active form does not ("published a draft of the law")."""
        # a title keeps its plural in the parser's lemma ("the Social Credit Regulations"): read it singular
        lemma = thing.lower_[:-1] if thing.tag_ == "NNPS" and thing.lower_.endswith("s") else thing.lemma_.lower()
        return _passive(verb) and _lemma(verb, self.words.exposing) in self.words.exposing \
            and lemma in self.words.published_works

    def _obliged(self, verb: Token) -> bool:
        """ "must file", "have to report", "need to pay": an obligation (not a lifted one: "do not have to")."""
        if any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children):
            return True
        head = verb.head
        return verb.dep_ == "xcomp" and head.lemma_.lower() in self.words.obligations and not negated_here(head) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

    @_reader("ranging")
    def _ranging(self, verb: Token, good_tokens: set[int], sanctioning: bool) -> Finding | None:
        """ "Benefits range from cheaper car rentals to free lounge access", "Penalties run from
        fines to travel bans": each end of a range of perks or penalties is one."""
        if _lemma(verb, self.words.ranging) not in self.words.ranging or self._negated(verb):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
            or next((c for c in verb.lefts if c.dep_ == "compound"), None)  # the parser's "Benefits range"
        kind = self.words.kinds.get(subject.lemma_.lower()) if subject is not None else None
        origin = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        if kind is None or origin is None:
            return None
        # "to" hangs on the verb or, read as one phrase, on the first end
        to = next((t for t in (*verb.children, *origin.subtree) if t.lower_ == "to" and t.dep_ == "prep"
                   and t.i > origin.i), None)
        end = self._end(verb)
        if to is None or not origin.i + 1 < to.i < end - 1:
            return None
        return Finding(kind, verb, verb.i, "", [(origin.i + 1, to.i), (to.i + 1, end)], "range")

    @_reader("withholding", "transfers")
    def _withheld(self, verb: Token, good_tokens: set[int], sanctioning: bool) -> Finding | None:
        """ "Banks routinely refuse them new loans", "courts used the list to refuse 17 million air
        tickets", "rail tickets refused over the same period": a verb of withholding a thing (its
        object, or the subject of a passive or of a headline's bare participle) from a party in bad
        standing, or, where the clause names no one, in a passage about one (the sentence or the two
        before mark a party bad, or the sentence speaks of a list)."""
        lemma = _lemma(verb, self.words.withholding)
        refused_transfer = lemma not in self.words.withholding and self._refused_transfer(verb)
        if refused_transfer:
            lemma = next(iter(self.words.withholding))  # "will not sell him tickets", "refused to sell him a seat"
        elif lemma not in self.words.withholding or self._negated(verb):
            return None
        obj = _object(verb)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" for c in verb.children):  # "refused to sell": the verb after says what
            return None
        recipients = []
        if obj is not None and not _passive(verb) and (obj.tag_ == "PRP" or obj.lemma_.lower() in self.words.parties):
            # "refusing them its car service": whom, then what
            second = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd") and c.i > obj.i), None)
            if second is not None and not self.is_party(second):
                recipients, obj = [obj], second
        misread = self._misread_recipient(obj) if obj is not None and not _passive(verb) and not recipients else None
        if misread is not None:
            recipients = [misread]  # "refused listed debtors new loans": whom, read as a modifier of what
        if obj is not None and not _passive(verb) and not self.is_party(obj):
            # "the gate refused her ID card": hers, not withheld; "refusing them its car service" is the firm's own
            if any(c.dep_ == "poss" and c.lower_ != "its" for c in obj.children):
                return None
            thing = obj  # "refuse them new loans": the phrase reads from the verb
        elif obj is None and subject is not None and not self.is_party(subject) and subject.lower_ not in RELATIVE_PRONOUNS \
                and not self._counts_parties(subject) and (_passive(verb) or verb.tag_ in ("VBD", "VBN") and subject.pos_ == "NOUN"):
            thing = subject  # "loans were refused to them", "tickets refused"
        elif obj is None and subject is None and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") \
                and verb.head.pos_ == "NOUN" and not self.is_party(verb.head):
            thing = verb.head  # "• 28 million: purchases refused to listed debtors"
        else:
            return None
        own = thing.left_edge.i if misread is None else misread.right_edge.i + 1
        if "bad" in self.marks(verb.doc[own:thing.i + 1], good_tokens):
            return None  # "mechanisms for restricting dishonest conduct": the wrong itself is restricted
        recipients += [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        recipients += [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "from", "for")
                       for g in c.children if g.dep_ == "pobj"]
        if recipients:
            if not any(self._standing_of(r, good_tokens) == "bad" for r in recipients):
                return None
        elif refused_transfer and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            # "the report did not give a figure for exit bans": a refusal that names no one is a rule only with
            # a modal ("it may not issue bonds")
            return None
        elif "bad" not in self._fallback and not any(t.lemma_.lower() in self.words.lists for t in verb.sent):
            return None
        first = thing.left_edge.i if misread is None else misread.right_edge.i + 1
        # "28.3 million: air-ticket purchases refused": a caption's figure is no part of the thing
        first = max([first, *(t.i + 1 for t in verb.doc[first:thing.i] if t.text in (":", ";", "—", "–"))])
        before_verb = thing.i == verb.head.i  # "purchases refused to ...": the thing without its participle
        end = min(verb.i if before_verb else thing.right_edge.i + 1, self.phrases.clause_end(verb.doc, first))
        if first >= end:
            return None
        start = verb.i if thing.i > verb.i else first
        return Finding("penalty", verb, start, self.words.withholding[lemma], [(first, end)], "withheld")

    def _misread_recipient(self, thing: Token) -> Token | None:
        """ "Banks refused listed debtors new loans": the parser may read the first of two objects as a
        modifier of the second; a party there is whom the thing is refused."""
        return next((c for c in thing.children if c.dep_ == "nmod" and c.i < thing.i and c.tag_ == "NNS"
                     and self.is_party(c) and c.right_edge.i + 1 < thing.i + 1), None)

    def _counts_parties(self, noun: Token) -> bool:
        """ "A total of 6.7 million debtors have been restricted from ...": a noun that counts parties stands for them."""
        return any(g.dep_ == "pobj" and self.is_party(g) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children)

    def _refused_transfer(self, verb: Token) -> bool:
        """A verb of handing over that is refused: negated ("airlines will not sell him tickets"), the
        infinitive of a verb of withholding ("the office refused to sell him a seat") or a verb that
        cancels it ("Ctrip stopped selling them business-class flights")."""
        if _lemma(verb, self.words.transfers) not in self.words.transfers or _passive(verb):
            return False
        refused = verb.dep_ == "xcomp" and (_lemma(verb.head, self.words.withholding) in self.words.withholding
                                            or verb.head.lemma_.lower() in NEGATING_VERBS)
        return refused or negated_here(verb)

    @_reader("entering")
    def _entered_list(self, verb: Token, good_tokens: set[int], sanctioning: bool) -> Finding | None:
        """ "More serious cases go on a blacklist of major tax violators", "firms that stay there three
        years move to the list of seriously dishonest enterprises": a verb of going whose goal is a
        list of bad standing (a redlist is none)."""
        if _lemma(verb, self.words.entering) not in self.words.entering or self._negated(verb) \
                or verb.dep_ in ("relcl", "acl", "csubj", "csubjpass", "amod") or verb.tag_ == "VBG":
            return None  # "people who end up on the list", "Ending up on the blacklist is a blow": who, or a topic
        onto = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "onto", "to", "into")), None)
        goal = next((g for g in (onto.children if onto is not None else []) if g.dep_ == "pobj"), None)
        if goal is None or goal.lemma_.lower() not in self.words.lists or "good" in self.marks(goal.subtree, good_tokens):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() in self.words.lists:  # "the list goes on"
            return None
        end = min(onto.right_edge.i + 1, self.phrases.clause_end(verb.doc, verb.i))
        return Finding("penalty", verb, verb.i, "placed on", [(goal.left_edge.i, end)], "listed")

    def _misread_entering(self, token: Token) -> bool:
        """ "a firm that stays there for three years moves to the serious list": the small model may
        read a verb of going after a time phrase as a plural noun; a bare one ("moves", no article
        or modifier) with "to"/"onto" after it is the verb."""
        return token.tag_ == "NNS" and token.lower_.endswith("s") and token.lemma_.lower() in self.words.entering \
            and not any(c.dep_ in NP_LEFT_DEPS and c.ent_type_ not in ("DATE", "TIME") for c in token.children) \
            and any(c.dep_ == "prep" and c.lower_ in ("to", "onto", "into") for c in token.children)

    @_reader("covering")
    def _covered(self, verb: Token, good_tokens: set[int], sanctioning: bool) -> Finding | None:
        """ "(a growing catalogue of restrictions ...) They now reach air travel, high-speed rail and
        hotel rooms", "the benefits cover bike hire and hotel stays": what a kind of perks or
        penalties reaches, one each; "they" stands for the kind named last in the sentence before.
        Not an act of rating people (`scoring_acts`: "the ban should also cover private credit scoring"),
        which a rule on raters covers."""
        if _lemma(verb, self.words.covering) not in self.words.covering or self._negated(verb):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        scope = self._scope_of(subject) if subject is not None else None
        if scope is None:
            return None
        kind, label = scope
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        head = _object(verb) or next((g for g in (to.children if to is not None else []) if g.dep_ == "pobj"), None)
        if head is None or self.is_party(head):  # "the restrictions apply to their children" names whom, not what
            return None
        if head.lower_ in self.words.scoring_acts or head.lemma_.lower() in self.words.scoring_acts:
            return None  # "the ban should also cover private credit scoring": a rule on raters sanctions no party
        end = min(head.right_edge.i + 1, self.phrases.clause_end(verb.doc, verb.i))
        items = self.phrases.list_items(verb.doc, head.left_edge.i, end) if head.left_edge.i < end else []
        return Finding(kind, verb, head.left_edge.i, label, items, "covered")

    @_reader("falling")
    def _score_fallen(self, verb: Token, good_tokens: set[int], sanctioning: bool) -> Finding | None:
        """ "a listed debtor's score drops, sometimes by more than 100 points": the score of a party in
        bad standing falls; the penalty reads from the score to the verb."""
        if _lemma(verb, self.words.falling) not in self.words.falling or self._negated(verb):
            return None
        score = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if score is None or score.lemma_.lower() not in self.words.score_nouns:
            return None
        owners = [c for c in score.children if c.dep_ == "poss"]
        owners += [g for c in score.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not any(self._standing_of(o, good_tokens) == "bad" for o in owners):
            return None
        return Finding("penalty", verb, score.left_edge.i, "", [(score.left_edge.i, verb.i + 1)], "score-fallen")

    def _scope_of(self, subject: Token) -> tuple[str, str] | None:
        """The kind of perks or penalties a subject names: its own noun ("the restrictions"), or for
        "they", "these", the last such noun of its sentence or of the one before."""
        if subject.lemma_.lower() in self.words.scope:
            return self.words.scope[subject.lemma_.lower()]
        if not _refers_back(subject):
            return None
        before = [t for t in subject.sent if t.i < subject.i]
        if self._previous is not None:
            before = [*self._previous, *before]
        named = [t for t in before if t.lemma_.lower() in self.words.scope and t.pos_ == "NOUN" and t.tag_ == "NNS"]
        return self.words.scope[named[-1].lemma_.lower()] if named else None

    @_reader("granting", "obliging")
    def _granted_for_party(self, verb: Token, good_tokens: set[int], sanctioning: bool) -> Finding | None:
        """ "Deposits are waived for users with high scores", "Priority is given to trustworthy
        firms", "Deposits are not required for ...": a passive verb of granting (or a negated one of
        requiring) whose subject is the perk and whose recipient is a party in good standing; the
        perk reads from its subject to its verb."""
        lemma = _lemma(verb, self._joined("granting", "obliging"))
        # "Deposits are not required for users with ...": a cost not asked of a party in good standing
        lifted = lemma in self.words.obliging and self._negated(verb)
        if not (lemma in self.words.granting and not self._negated(verb) or lifted) or not _passive(verb):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        recipients = [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("for", "to")
                      for g in c.children if g.dep_ == "pobj"]
        if subject is None or self.is_party(subject) or not any(self._standing_of(r, good_tokens) == "good" for r in recipients):
            return None
        return Finding("perk", verb, subject.left_edge.i, "", [(subject.left_edge.i, verb.i + 1)], "granted-for")

    @_reader("honouring", "rewarding")
    def _rewarded_party(self, verb: Token, good_tokens: set[int], sanctioning: bool) -> Finding | None:
        """ "The scheme rewards good citizens with half-price bus rides": a verb of rewarding whose
        object is a party not in bad standing; what it rewards them with is the perk. A verb of
        honouring a party in good standing is a perk with all its words ("honours top scorers on a
        red list")."""
        obj = _object(verb)
        if obj is not None and _lemma(verb, self.words.honouring) in self.words.honouring and not _passive(verb) \
                and not self._negated(verb) and self.party_standing(obj, good_tokens) == "good":
            return self._whole(verb, "perk", "honoured")  # "honours top scorers on a red list in every village"
        if _lemma(verb, self.words.rewarding) not in self.words.rewarding or obj is None or _passive(verb) \
                or self._negated(verb) or self.party_standing(obj, good_tokens) not in ("good", "neutral"):
            return None
        # "rewards good citizens with half-price rides", "rewards residents mainly through public recognition"
        with_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "through") and c.i > obj.i),
                     None) or next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        end = max(self._end(verb), with_.right_edge.i + 1) if with_ is not None else 0
        if with_ is not None and "," in (verb.doc[end - 1].text, verb.doc[min(end, len(verb.doc) - 1)].text):
            # "with free buses, discounted entry to zoos, ...": the list runs on where the parser broke it off
            end = max(end, self.phrases.clause_end(verb.doc, with_.i))
        if with_ is None or with_.i + 1 >= end:
            return None
        return Finding("perk", verb, with_.i + 1, "", self._items(verb.doc, with_.i + 1, end), "rewarded")

    @_reader("open_words", "closed_words", lemmas=("be",))
    def _open_to_party(self, verb: Token, good_tokens: set[int], sanctioning: bool) -> Finding | None:
        """ "Zero-deposit rentals are available to users with high scores" (a perk); "Business
        class is off-limits to blacklisted travellers" (a penalty): what is open, or closed, to a
        party in that standing; the item is the subject with its adjective."""
        if verb.lemma_ == "be":  # "are available to", "is off-limits to"
            adjective = next((c for c in verb.children if c.dep_ in ("acomp", "attr")), None)
        else:  # "are closed to"
            adjective = verb if _passive(verb) else None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if adjective is None or subject is None:
            return None
        word = verb.doc[adjective.left_edge.i:adjective.i + 1].text.lower() if adjective.i != verb.i else verb.lower_
        kind = "perk" if word in self.words.open_words else "penalty" if word in self.words.closed_words else None
        if kind is None or self._negated(verb) or self.is_party(subject):
            return None
        preps = [c for c in adjective.children if c.dep_ == "prep" and c.lower_ in ("to", "for")]
        if any(t.lower_ == "only" for p in preps for t in (*p.children, *adjective.children)):
            return None  # "available only to those who register": a condition of use, not a perk
        recipients = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        wanted = "good" if kind == "perk" else "bad"
        if kind is None or not any(self.party_standing(r, good_tokens) == wanted for r in recipients):
            return None
        end = max(adjective.i, verb.i) + 1
        return Finding(kind, verb, subject.left_edge.i, "", [(subject.left_edge.i, end)], "open-to")

    def _describes_whom_barred(self, verb: Token) -> bool:
        """ "the customs blacklist bars listed traders from ...", "Ctrip blocks listed debtors from ...": a
        participle right after a restricting verb describes whom it bars, though the parser takes it for the
        verb's complement or for the verb itself (and "bars" for its subject); the cue of the restricting
        verb (extract/perks.py) reads the penalty, and the participle brings none of its own."""
        before = verb.nbor(-1) if verb.i else None
        if verb.tag_ not in ("VBN", "VBD") or before is None or before.lemma_.lower() not in self.words.restricting:
            return False
        misread_noun = before.tag_ == "NNS" and before.dep_ == "nsubj" and before.head == verb
        return misread_noun or verb.head == before and verb.dep_ in ("xcomp", "ccomp", "oprd")

    def _listed_for(self, verb: Token, party: Token) -> Finding:
        """ "a court may list a debtor who has the means to pay but refuses, who obstructs enforcement,
        or who evades a property report": listing a party is one penalty per ground its relative
        clauses give (split where a relative pronoun opens another), else the verb and the party."""
        doc = verb.doc
        end = min(party.right_edge.i + 1, verb.sent.end)  # the grounds may run past a comma: ", or who ..."
        opens = [t.i for t in doc[party.i + 1:end] if t.lower_ in RELATIVE_PRONOUNS and t.tag_ in ("WP", "WDT")]
        if not opens:
            return Finding("penalty", verb, verb.i, "", [(verb.i, end)], "listed")
        items = []
        for lo, hi in zip(opens, opens[1:] + [end]):
            while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].dep_ == "cc"):
                hi -= 1
            items.append((lo, hi))
        return Finding("penalty", verb, verb.i, f"listed: {party.text}", items, "listed-for")

    def _onto_list(self, prep: Token) -> bool:
        """ "on the blacklist", "to a 'red list' of trustworthy firms": a preposition whose object is a list."""
        return prep.lower_ in ("on", "onto", "to", "in") and any(g.lemma_.lower() in self.words.lists for g in prep.children)

    def _on_a_market(self, verb: Token) -> bool:
        """Whether a listing verb puts a company's shares on a market ("listed on the Hong Kong Stock Exchange"),
        by the place's own words: not "on the list of the State Administration for Market Regulation"."""
        places = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "in")
                  for g in p.children if g.dep_ == "pobj"]
        return any(t.lemma_.lower() in self.words.markets
                   for place in places for t in (place, *(c for c in place.children if c.dep_ == "compound")))

    def _designated(self, verb: Token) -> bool:
        """Whether a naming verb gives a title, its predicate noun ("was named one of the first twelve
        demonstration cities", "named a model city"), and exposes no one: unless the title marks bad
        standing ("was named a dishonest enterprise")."""
        title = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN", "NUM")), None)
        return title is not None and "bad" not in self.marks(title.subtree, set())

    def _onto_bad_list(self, preps) -> Token | None:
        """The preposition that puts a party on a list of bad standing; a red list is an honour."""
        return next((p for p in preps if self._onto_list(p) and not any(
            g.lemma_.lower() in self.words.lists and "good" in self.marks(g.subtree, set()) for g in p.children)), None)

    def _generic_noun(self, token: Token) -> bool:
        return token.lemma_.lower() in self.words.kinds or token.lemma_.lower() in ("point", "score", "rating")

    def _standing_of(self, party: Token, good_tokens: set[int]) -> str | None:
        """A party's own standing, else (when it has no mark) its sentence's or, for a party
        that refers back, the one of the party named before (see `read`)."""
        standing = self.party_standing(party, good_tokens)
        if standing != "neutral":
            return standing
        own, before = self._fallback
        # "His daughter", "his bank account": a party or a thing of the one named before
        owner = next((c for c in party.children if c.dep_ == "poss"), None)
        refers = _refers_back(party) or party.tag_ == "NNS" or owner is not None and owner.tag_ in ("PRP$", "PRP")
        earlier = [standing for i, standing in self._marked if i < party.i]
        if _refers_back(party) and earlier:
            return earlier[-1]  # "residents who fall below 849 points are rated C; they lose ...": those residents
        return own or (before if refers else None)

    @_reader("enabling")
    def _enabled_party(self, verb: Token, good_tokens: set[int], sanctioning: bool) -> Finding | None:
        """ "the library lets them take out twice as many books", "hotels allow trustworthy guests
        to check in without a deposit": what a verb of enabling lets a party in good standing do; and
        what it does not let a party in bad standing do, read as an inability ("Didi does not allow
        them to book its premium cars", after "listed users")."""
        if _lemma(verb, self.words.enabling) not in self.words.enabling:
            return None
        done = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None)
        if done is None:
            return None
        party = next((c for c in done.children if c.dep_ == "nsubj"), None) or _object(verb)
        if party is None:
            return None
        standing, negated = self._standing_of(party, good_tokens), self._negated(verb)
        if standing == "good" and not negated:
            return self._whole(done, "perk", "enabled")
        if standing == "bad" and negated and negated_here(verb):  # not "in none of the cities does it let ..."
            found = self._whole(done, "penalty", "not-enabled")
            found.prefix = self.words.inability_label
            return found
        return None

    @_reader("granting", "imposing")
    def _given_to_party(self, verb: Token, good_tokens: set[int], sanctioning: bool) -> Finding | None:
        """ "The city grants redlisted firms priority in approvals", "offers cheaper loans to
        trustworthy residents" (perks); "courts impose travel bans on defaulters" (penalties):
        an active verb of granting or imposing whose recipient is a party; its object is the item. In the
        passive, what is imposed is the subject ("Joint punishment shall be imposed on enterprises that ...")."""
        # (a perk granted in the passive is `_granted_for_party`'s)
        passive = _passive(verb)
        if passive and _lemma(verb, self.words.imposing) not in self.words.imposing:
            return None
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if passive else _object(verb)
        if obj is None or self._negated(verb) or passive and (obj.pos_ not in ("NOUN", "PROPN") or self.is_party(obj)):
            return None
        lemma = _lemma(verb, self._joined("granting", "imposing"))
        if lemma in self.words.granting:
            kind, preps = "perk", ("to", "for")
        elif lemma in self.words.imposing:
            kind, preps = "penalty", ("on", "upon", "against", "to")
        else:
            return None
        recipients = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        # "For them, the city waives X, offers Y": a fronted "for" serves the verbs coordinated with its own
        fronted = verb.head if verb.dep_ == "conj" and not recipients else verb
        recipients += [g for c in fronted.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
                       and (fronted is verb or c.i < fronted.i) for g in c.children if g.dep_ == "pobj"]
        # "gives A-rated exporters lower rates": the parser may read whom as a modifier of what
        before = [c for c in obj.lefts if c.dep_ in ("nmod", "compound") and c.tag_ == "NNS" and self.is_party(c)]
        recipients += before
        # "waives fees for customers with ...": the parser may hang whom on the object ("lines for cars" is what)
        recipients += [g for c in obj.rights if c.dep_ == "prep" and c.lower_ in preps
                       for g in c.children if g.dep_ == "pobj" and self.is_party(g)]
        if passive and any(r.lemma_.lower() in self.words.lists for r in recipients):
            return None  # "Foreign nationals can be placed on the court list": who is listed, not what is imposed
        wanted = "good" if kind == "perk" else "bad"
        # "The Egret Score gives residents discounts": an unmarked party, in a sentence about scores
        standings = {self.party_standing(r, good_tokens) for r in recipients if r.pos_ != "PROPN" or
                     self.party_standing(r, good_tokens) in ("good", "bad")}  # a named body is no one rated
        # "For them, the city waives the deposit": a pronoun stands for the party named before
        standings |= {self._standing_of(r, good_tokens) for r in recipients if r.tag_ == "PRP"}
        if wanted not in standings and not ("neutral" in standings and sanctioning and obj.pos_ == "NOUN"
                                            and not self.is_party(obj) and not self._generic_noun(obj)):
            return None
        stop = min([r.left_edge.i for r in recipients if r.i > obj.i] + [self._end(verb)])
        if passive:
            stop = obj.right_edge.i + 1
        elif any(r.i > obj.i for r in recipients):  # "to trustworthy residents": the preposition too
            stop = min(stop, *(r.head.i for r in recipients if r.i > obj.i and r.head.pos_ == "ADP"))
        start = self.phrases.without_recipients(verb.doc, max([obj.left_edge.i, *(r.i + 1 for r in before)]), obj.i)
        items = self.phrases.list_items(verb.doc, start, stop) if start < stop else []
        if items and not any(start <= c.i < stop for c in obj.conjuncts):
            # "waives deposits on power banks, e-bikes and hotel rooms": one object (or two of their own)
            items = self.phrases.split_parallel(verb.doc, items[0][0], items[-1][1])
        if lemma in self.words.exempting:  # "waives fees for customers with ...": what is waived reads with its verb
            return Finding(kind, verb, verb.i, verb.text, items, "given")
        return Finding(kind, verb, start, "", items, "given")

    @_reader("causing", lemmas=tuple(CAUSATIVE_VERBS))
    def _caused_by_standing(self, verb: Token, good_tokens: set[int], sanctioning: bool) -> Finding | None:
        """ "A low score can mean higher interest rates", "being blacklisted leads to travel bans",
        "a high rating unlocks deposit-free rentals": a verb of causing whose subject is a
        standing (not a party); what it causes is the perk or penalty. "A low score can get your
        children expelled": what a standing has done to a party (a restricting verb's participle)."""
        done = self._done_to_party(verb)
        if (_lemma(verb, self.words.causing) not in self.words.causing and done is None) or _passive(verb) \
                or self._negated(verb):
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is None or self.is_party(subject):
            return None
        if done is not None:
            marks = self.marks(subject.subtree, good_tokens)
            if marks != {"bad"}:
                return None
            start = next(c for c in done.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")).left_edge.i
            return Finding("penalty", verb, verb.i, "", [(start, self._end(done))], "caused-by")
        described = subject.subtree
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            # "earn an AAA grade, which brings discounts": the standing is the noun the clause is about
            described = verb.doc[verb.head.left_edge.i:verb.head.i + 1]
        marks = self.marks(described, good_tokens)
        if len(marks) != 1:
            return None
        kind = "perk" if marks == {"good"} else "penalty"
        obj = _object(verb)
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "for")), None)
        if obj is not None and prep is not None and prep.lower_ in ("for", "to") and self.is_party(obj):
            # "a score of 600 qualifies users for a credit line", "entitles users to ...": whom, then what
            obj = None
        head = obj if obj is not None else next((g for g in (prep.children if prep is not None else [])
                                                 if g.dep_ in ("pobj", "pcomp")), None)
        if head is not None and _denied(head):  # "a poor score carries no financial consequence"
            return None
        if head is None:
            # "a low one means you pay a deposit like everyone else": what the party then does
            done = next((c for c in verb.rights if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
            party = next((c for c in done.children if c.dep_ in ("nsubj", "nsubjpass")), None) if done is not None else None
            if party is None or not self.is_party(party) or self._negated(done) or _passive(done) or done.lemma_ == "be":
                return None
            return self._whole(done, kind, "caused-by")
        end = self._end(verb)
        start = self.phrases.without_recipients(verb.doc, head.left_edge.i, head.i)
        items = self._items(verb.doc, start, end) if start < end else []
        if _lemma(verb, self.words.depriving) in self.words.depriving:  # "the blacklisting cost him his job"
            return Finding("penalty", verb, start, self.words.deprivation_label, items, "caused-by") \
                if kind == "penalty" else None
        return Finding(kind, verb, start, "", items, "caused-by")

    def _done_to_party(self, verb: Token) -> Token | None:
        """ "get your children expelled", "have him barred": the participle of a restricting verb a
        causative verb takes, with the party it is done to."""
        if verb.lemma_.lower() not in CAUSATIVE_VERBS:
            return None
        done = self._joined("restricting", "caused")
        return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ == "VBN"
                     and _lemma(c, done) in done and any(g.dep_ in ("nsubj", "nsubjpass", "dobj") and self.is_party(g)
                                                         for g in c.children)), None)

    @_reader("restricting", "listing", "exposing")
    def _restricted_object(self, verb: Token, good_tokens: set[int], sanctioning: bool) -> Finding | None:
        """ "The court restricted him from luxury consumption", "courts can bar defaulters from
        flying", "the ministry will place such people on the blacklist": an active restricting
        (or listing) verb whose object is a party that is not in good standing."""
        obj = _object(verb)
        lemma = _lemma(verb, self._joined("restricting", "listing", "exposing"))
        if lemma not in self._joined("restricting", "listing", "exposing") or _passive(verb) or obj is None \
                or self._negated(verb):
            return None
        if lemma in self.words.outright and (sanctioned := self._sanctioned(verb, obj, good_tokens)) is not None:
            return sanctioned
        standing = self.party_standing(obj, good_tokens)
        if standing == "good" and _less_often(verb):  # "regulators will inspect low-risk firms less often"
            return Finding("perk", verb, verb.i, "", [(verb.i, self._end(verb))], "lesser")
        if standing != "bad" and not (standing == "neutral" and sanctioning):
            return None
        end = self._end(verb)
        preps = [c for c in verb.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ not in ADJUNCT_PREPS]
        if lemma in self.words.listing:  # "place people involved in such groups on the blacklist"
            late = [t for t in obj.subtree if t.dep_ == "prep" and t.right_edge.i == obj.right_edge.i]
            if any(self._onto_list(c) for c in preps + late):
                onto = self._onto_bad_list(preps + late)
                return Finding("penalty", verb, verb.i, "", [(verb.i, onto.right_edge.i + 1)], "listed") if onto else None
            # "the court that listed them" says which court, not what happened
            listed = lemma in self.words.self_listing and self.is_party(obj) and verb.dep_ not in ("relcl", "acl")
            return self._listed_for(verb, obj) if listed else None
        # "punishing citizens who dodge fares with restrictions": the parser may hang "with" inside the object
        prep = preps[0] if preps else next((t for t in obj.subtree if t.dep_ == "prep" and t.lower_ in ("with", "from")
                                            and t.i > obj.i and t.right_edge.i == obj.right_edge.i), None)
        # "stopped people who ignore judgments from buying tickets": "from" and its gerund hung in the relative clause
        inner = None if preps or prep is not None else next(
            (t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "from" and t.head.dep_ == "relcl"
             and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in t.children)), None)
        if inner is not None:
            prep, end = inner, inner.right_edge.i + 1
        owned = not self.is_party(obj)  # "froze his bank accounts": what the party has
        if lemma in self.words.exposing and obj.lemma_.lower() in self.words.published_works:
            return None  # "the commission published a draft of the law"
        if owned and own_thing(verb, obj):  # "Tencent has suspended its credit score": its own, no one's sanction
            return None
        if owned and standing != "bad" and obj.lemma_.lower() in self.words.business_things:
            return None  # "Ant had cut Sesame Credit's staff by 20%": a firm's own business, no one's sanction
        # "lowers their score to below 550", "cut his limit by half": a preposition of how far, no other act
        how_far = prep is not None and prep.lower_ in ("to", "by", "at") and prep.i > obj.i  # "caps it at 550"
        if (prep is None or how_far) and owned and _lemma(verb, self.words.caused) in self.words.caused:
            # "lowers their scores and withdraws deposit-free services": the verb the parser hung on the object too
            # "caps their score at 550 points and withdraws deposit-free rentals": the next verb of the
            # same party, done to another thing it has
            also = [v for v in verb.children if v.dep_ == "conj" and v.i > obj.i and v.pos_ == "VERB"
                    and (thing := _object(v)) is not None and not self.is_party(thing)]
            more = [(v.i, min(v.right_edge.i + 1, self.phrases.clause_end(verb.doc, v.i)))
                    for v in _verbs_misread_as_objects(obj) + also if _lemma(v, self.words.caused) in self.words.caused]
            return Finding("penalty", verb, verb.i, "", [(verb.i, end)] + more, "caused")
        if owned and lemma in self.words.exposing and standing == "bad":  # "showing debtors' photographs on cinema screens"
            return Finding("penalty", verb, verb.i, "", [(verb.i, end)], "exposed")
        if prep is None and not owned and " " in lemma:  # "turned the boy away": the phrasal verb says it all
            particle = max(c.i for c in verb.children if c.lower_ == lemma.split()[-1])
            return Finding("penalty", verb, verb.i, "", [(verb.i, max(particle, obj.right_edge.i) + 1)], "restricting")
        if prep is None or owned:  # "charge their phones with power banks" restricts no one
            return None
        if lemma in self.words.general and prep.lower_ in GROUNDS_PREPS:
            return None  # "reward and punish residents for their conduct": the grounds, no sanction named
        if any(g.dep_ == "pobj" and self.is_party(g) for g in prep.children):
            return None  # "punishes debtors who cannot repay along with those who refuse": whom, not with what
        # the preposition may hang past the verb's own phrase, never past its clause ("..., per China Daily")
        end = end if prep is inner else min(max(end, prep.right_edge.i + 1), self.phrases.clause_end(verb.doc, verb.i))
        items = self._items(verb.doc, prep.i + 1, end) if prep.i + 1 < end else []
        return Finding("penalty", verb, verb.i, f"{verb.text} {prep.text}", items, "restricting")

    def _sanctioned(self, verb: Token, obj: Token, good_tokens: set[int]) -> Finding | None:
        """ "the court fined him 50,000 yuan", "Taobao demotes listed sellers in search results": a verb
        that sanctions outright the party it takes (in bad standing, or standing for one) is the penalty.
        One with "from" or "with" names what it sanctions with ("excluded them from tenders and auctions"):
        `_restricted_object` reads those as a list."""
        party = next((c for c in verb.children if c.dep_ == "dative" and self.is_party(c)), obj)
        if not self.is_party(party) or any(c.dep_ == "prep" and c.lower_ in ("from", "with") for c in verb.children):
            return None
        if "bad" not in (self.party_standing(party, good_tokens), self._standing_of(party, good_tokens)):
            return None
        return Finding("penalty", verb, verb.i, "", [(verb.i, self._end(verb))], "sanctioned")

    def _benefit(self, verb: Token) -> Token | None:
        """The adjective of benefiting that "be" takes ("are eligible for", "are entitled to"), if any."""
        if verb.lemma_.lower() != "be":
            return None
        return next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in self.words.benefiting), None)

    def _perk(self, verb: Token) -> Finding | None:
        lemma = _lemma(verb, self._joined("receiving", "granting", "exempting"))
        obliging = verb.head if verb.dep_ == "xcomp" else None
        # "do not have to pay a deposit", "are no longer required to pay", "need not pay"
        lifted = obliging is not None and negated_here(obliging) and (
            obliging.lemma_.lower() in self.words.obligations or _lemma(obliging, self.words.obliging) in self.words.obliging)
        lifted = lifted or negated_here(verb) and any(c.dep_ == "aux" and c.lower_ in self.words.obligations
                                                      for c in verb.children)
        # "will no longer pay deposits", "do not pay a deposit": a payment a party in good standing is spared
        lifted = lifted or negated_here(verb) and _lemma(verb, self.words.paying) in self.words.paying \
            and _object(verb) is not None and not self._ability(verb)  # not "cannot pay 190,000 yuan"
        if lifted:
            finding = self._whole(verb, "perk", "unobliged")
            finding.prefix = self.words.unobliged_label
            return finding
        if self._negated(verb):
            return None
        obj = _object(verb)
        if obj is not None and obj.lemma_.lower() in self.words.score_nouns and not any(
                c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in self.words.score_nouns
                and c.text not in self.words.grades for c in obj.children):
            return None  # "received an A grade", "earn a high score": the rating, not what it brings ("inspection rates" are none)
        if verb.lemma_.lower() in self.words.experiencing and self._compared(obj):  # "see rates below 20 percent"
            return self._complement(verb, "perk", "experienced", with_verb=True)
        lesser = _lemma(verb, self._joined("suffering", "paying"))
        if (lesser in self.words.suffering or lesser in self.words.paying) and obj is not None and not _passive(verb) \
                and any(t.lower_ in self.words.lesser for t in obj.lefts):  # "face fewer inspections", "pay lower fees"
            return self._complement(verb, "perk", "lesser", with_verb=True)
        if lemma in self.words.receiving and not _passive(verb):  # "skip annual inspections" reads with its verb
            return self._complement(verb, "perk", "receiving", with_verb=lemma in self.words.exempting)
        if _passive(verb) and _less_often(verb):  # "are inspected less often": checked less than others
            return self._whole(verb, "perk", "lesser")
        if lemma in self.words.granting and _passive(verb):  # "spared routine checks" reads with its verb
            return self._complement(verb, "perk", "granting", with_verb=not _object(verb) or lemma in self.words.exempting)
        adjective = self._benefit(verb)
        if adjective is not None:
            return self._complement(adjective, "perk", "benefiting", with_verb=True)
        if verb.dep_ in ("xcomp", "advcl") and verb.head.lower_ in self.words.eases:  # "find it easier to rent a flat"
            finding = self._whole(verb, "perk", "ease")
            finding.prefix = f"{verb.head.text} to"
            return finding
        if verb.pos_ == "VERB" and self._ability(verb) and (lemma not in self.words.restricting or _own_object(verb)) \
                and self._caused(verb) is None and not _passive(verb):
            return self._whole(verb, "perk", "ability")
        if verb.pos_ == "VERB" and self._costless(verb) and lemma not in self.words.restricting and not _passive(verb) \
                and verb.lower_ not in self.words.score_nouns:  # "Residents rated AAA ride ... free": misparsed
            return self._whole(verb, "perk", "costless")
        return None

    def _costless(self, verb: Token) -> bool:
        """ "AAA residents ride city buses free", "borrow books without a deposit": what a party in
        good standing does at no cost, said in the present tense without a modal ("deposit-free
        loans" name a kind of loan, not a cost waived)."""
        obj = _object(verb)
        near = [*verb.children, *(obj.children if obj is not None else ())]
        return any(c.lower_ in self.words.free_words and c.dep_ in ("advmod", "amod", "acl", "acomp", "oprd", "npadvmod")
                   and c.nbor(-1).text != "-" for c in near) or any(c.dep_ == "prep" and c.lower_ == "without" and any(
                       g.lemma_.lower() in self.words.waived_nouns for g in c.children) for c in near)

    def _compared(self, obj: Token | None) -> bool:
        """An object that says more or less of something: "higher premiums", "fewer checks", "rates
        below 20 percent of the average"."""
        if obj is None:
            return False
        return any(t.tag_ in ("JJR", "RBR") or t.lower_ in self.words.lesser for t in obj.lefts) \
            or any(c.dep_ == "prep" and c.lower_ in ("below", "under", "above", "over") for c in obj.children)

    def _caused(self, verb: Token) -> Token | None:
        """ "have points docked", "had their licences revoked": a restriction on what one has; also where
        two things done to make the parser read the participle as the verb's conjunct or a modifier of the
        things ("have their names and photos displayed on billboards")."""
        done = self._joined("caused", "restricting", "recording")
        if verb.lemma_.lower() not in CAUSATIVE_VERBS:
            return None
        things = [c for c in verb.children if c.dep_ == "dobj"]
        things += [t for thing in things for t in thing.conjuncts]
        participles = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd")
                       or c.dep_ == "conj" and c.tag_ == "VBN" and things and not _own_subject(c, things)]
        participles += [c for thing in things for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        return next((c for c in participles if c.tag_ in ("VBN", "VBD", "JJ")
                     and (c.lemma_.lower() in done or c.lower_ in done)), None)

    def _ability(self, verb: Token) -> bool:
        """ "can rent", "may borrow", "are able to skip", "are allowed to check in"; a coordinated
        clause with its own subject has its own modal ("courts may stop X, and the ministry does not publish")."""
        node = verb
        while True:
            if any(c.dep_ == "aux" and c.lower_ in self.words.abilities for c in node.children):
                return True
            if node.dep_ == "xcomp" and node.head.lower_ in self.words.abilities:
                return True
            if node.dep_ != "conj" or node.head == node or any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                return False
            node = node.head

    def _negated(self, verb: Token) -> bool:
        if later_item_of_series(verb):
            return False  # "are named on boards, may not apply for jobs, and lose their place"
        if of_no_case(verb) or denied_in_scope(verb):
            return True
        node = verb
        # a conjunct with an auxiliary of its own is a clause of its own ("cannot be hired ..., and are
        # excluded from ...": the second is not denied)
        while node.dep_ == "conj" and node.head != node \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in node.children):
            if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in node.children):
                return True
            node = node.head
        heads = [node]
        while node.dep_ in ("xcomp", "acomp") and node.head != node and node.i > node.head.i and len(heads) < 3:
            # "will not be able to buy"; a complement before its verb is a misread series (`_series_start`)
            node = node.head
            heads.append(node)
            if node.lemma_.lower() in NEGATING_VERBS:  # "has refused to give final approval"
                return True
        # "no platform may use a score to refuse anyone access": the chain's subject is denied
        return any(negated_here(head) or of_no_case(head) for head in heads)

    # --- phrases --------------------------------------------------------------------------------

    def _end(self, head: Token) -> int:
        """Where the head's own phrase ends: its objects and complements, not the clauses and
        adjuncts after them, nor past the clause (extract/perks.py, `clause_end`)."""
        kept = [_right_edge(c) for c in head.rights if c.dep_ not in ADJUNCT_DEPS and not self._adjunct(c)]
        end = max([head.i, *kept]) + 1
        clause_end = self.phrases.clause_end(head.doc, head.i)
        words = [t.text for t in head.doc[head.i:min(end, clause_end)]]
        if words.count("(") > words.count(")"):
            # "receive A, B (how much cheaper, the bank would not say), C and D": the parser takes the
            # clause in brackets for the sentence's own and hangs the rest of the list on it
            return clause_end
        return min(end, clause_end)

    @staticmethod
    def _adjunct(child: Token) -> bool:
        if child.dep_ == "prep" and child.lower_ in ADJUNCT_PREPS:
            return True
        words = [t for t in child.subtree if not t.is_punct and t.pos_ not in ("ADP", "DET")]
        return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)

    def _whole(self, head: Token, kind: str, shape: str) -> Finding:
        """The head's whole phrase is the one item ("can rent apartments without a deposit")."""
        return Finding(kind, head, head.i, "", self.phrases.split_at_verbs(head.doc, head.i, self._end(head)), shape)

    def _complement(self, head: Token, kind: str, shape: str, with_verb: bool = False, label: str = "") -> Finding | None:
        """The items of what the head takes: its object ("enjoy lower audit rates"), else the
        object of its first preposition ("excluded from tenders"); with `with_verb`, the
        head and the preposition are read in front of each item ("excluded from")."""
        doc = head.doc
        end = self._end(head)
        obj = _object(head)
        prep = next((c for c in head.children if c.dep_ in ("prep", "dative") and c.i > head.i
                     and c.lower_ not in ADJUNCT_PREPS and not self._adjunct(c)), None)
        # "fast-tracked"; a particle right after the verb is part of it ("passed over")
        particle = next((c for c in head.children if c.i == head.i + 1 and (c.dep_ == "prt" or c.dep_ == "advmod"
                                                                            and c.lower_ in PARTICLES)), None)
        verb = doc[_phrase_start(head):(particle or head).i + 1].text
        if obj is not None and (prep is None or obj.i < prep.i):
            start, prefix = obj.left_edge.i, verb if with_verb else ""
            # "lose them for traffic offences, unpaid bills and ...": the grounds of a penalty, no items
            # (a perk's "for" says what for: "jump the queue for places at kindergartens")
            grounds = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > obj.i
                            and kind == "penalty"), None)
            end = min(end, grounds.i) if grounds is not None else end
        elif prep is not None:
            start, words = prep.i + 1, [verb, prep.text]
            if start < end - 1 and doc[start].pos_ == "ADP" and doc[start].head == prep:  # "shut out of"
                start, words = start + 1, words + [doc[start].text]
            prefix = " ".join(words) if with_verb else ""
        elif head.i + 2 < len(doc) and doc[head.i + 1].lower_ in LINKING_PREPS and doc[head.i + 1].head.i > head.i + 1:
            # "subjected to travel restrictions" read as "to travel": the words after the preposition
            end = max(end, min(head.right_edge.i + 1, self.phrases.clause_end(doc, head.i)))
            start, prefix = head.i + 2, f"{verb} {doc[head.i + 1].text}" if with_verb else ""
        elif with_verb:
            if kind == "perk" and end <= head.i + 1:  # "are entitled, among other things, to ...": no perk named
                return None
            return Finding(kind, head, head.i, "", [(head.i, end)], shape)
        else:
            return None
        if start >= end:
            return None
        items = [item for lo, hi in self._segments(prep if obj is None else None, start, end)
                 for item in self._items(doc, lo, hi)]
        # "prevented from leaving the country, for periods of up to three years": the verb's adjunct
        items = [(lo, hi) for n, (lo, hi) in enumerate(items) if not (n and doc[lo].pos_ == "ADP" and doc[lo].head == head
                                                                      and (prep is None or doc[lo].lower_ != prep.lower_))]
        if obj is not None and (prep is None or obj.i < prep.i):
            items += self._objects_misread_as_clauses(head, end)
        prefix = " ".join(p for p in (label, prefix) if p)
        return Finding(kind, head, _phrase_start(head), prefix, items, shape)

    def _objects_misread_as_clauses(self, head: Token, end: int) -> list[tuple[int, int]]:
        """ "are offered priority dispatch and a 20% cut in the commission": a noun phrase the parser
        coordinates with the verb is another of its objects (a verb is not coordinated with a noun)."""
        doc, items = head.doc, []
        for conj in head.rights:
            if conj.dep_ != "conj" or conj.pos_ not in ("NOUN", "PROPN") or conj.i < end \
                    or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                continue
            lo = conj.left_edge.i
            hi = min(conj.right_edge.i + 1, self.phrases.clause_end(doc, lo))
            if lo < hi and doc[lo - 1].pos_ == "CCONJ":
                items.append((lo, hi))
        return items


    def _items(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """The items of a complement: a list ("A, B and C"), a generic noun's examples ("perks
        such as A and B"), or coordinated heads the parser joined ("discounts on X and priority
        in Y")."""
        span = doc[start:end]
        root = span.root
        such = next((t for t in span if t.i > root.i and t.lower_ in ("like", "including")
                     or t.lower_ == "such" and t.i + 1 < end and doc[t.i + 1].lower_ == "as"), None)
        # "perks such as borrowing books without a deposit", and a noun's own examples: "enjoy convenient
        # services such as simplified approvals and ...", not an inner noun's ("discounts on goods such as ...")
        examples_of_root = such is not None and (doc[such.i + 1] if such.lower_ == "such" else such).head == root \
            and not any(c.dep_ == "conj" and c.i < such.i for c in root.children)  # "A and B, such as ...": B's
        if examples_of_root and self.phrases.illustrated(doc, start, end):
            return [(start, end)]  # "high consumption, including flights and hotels": one restriction
        if root.lemma_.lower() in self.words.kinds or examples_of_root:
            if such is not None:
                first = such.i + (2 if such.lower_ == "such" else 1)
                examples = self.phrases.list_items(doc, first, end) if first < end else []
                kinds = self.phrases.grammar.kind_modifiers
                if any(c.dep_ in ("amod", "compound") and c.lower_ in kinds for c in root.children):
                    # "subject to joint punishment, including ...": the kind is one too
                    named = self.phrases.trim(doc, start, such.i)
                    return [named, *examples] if named else examples
                return examples
        items = self.phrases.list_items(doc, start, end)
        if one_object(doc, items, "as"):  # "may not serve as directors, supervisors or managers": one ban
            return [(items[0][0], items[-1][1])]
        if len(items) == 1:
            heads = [root, *(c for c in root.conjuncts if start <= c.i < end and c.i > root.i and c.pos_ in ("NOUN", "PROPN"))]
            if len(heads) > 1:
                bounds = [h.left_edge.i if h.i != root.i else start for h in heads] + [end]
                items = []
                for lo, hi in zip(bounds, bounds[1:]):
                    while hi > lo + 1 and (doc[hi - 1].dep_ == "cc" or doc[hi - 1].is_punct):
                        hi -= 1
                    items.append((lo, hi))
        return items

    @staticmethod
    def _segments(prep: Token | None, start: int, end: int) -> list[tuple[int, int]]:
        """One segment per coordinated preposition: "from issuing bonds and from receiving
        subsidies" is two; otherwise the whole complement (other prepositions coordinated with it name
        the places of one act: "shown on screens at the depot and in the theatres")."""
        later = [c for c in prep.conjuncts if c.i > prep.i and c.i < end and c.lower_ == prep.lower_] \
            if prep is not None else []
        if not later:
            return [(start, end)]
        bounds = [start] + [c.i + 1 for c in later]
        stops = []
        for c in later:
            stop = c.i
            while stop > start and (c.doc[stop - 1].dep_ == "cc" or c.doc[stop - 1].is_punct):
                stop -= 1
            stops.append(stop)
        stops.append(end)
        return [(lo, hi) for lo, hi in zip(bounds, stops) if lo < hi]


def _misread_name(clause: Token) -> Token | None:
    """ "Pay Score users above 550 points can charge ...": a capitalised name the parser reads as a
    bare verb opening a clausal subject ("Pay" with "users" as its object); a real clausal subject
    is a gerund or an infinitive with "to". The object is the party."""
    if clause.tag_ != "VB" or not clause.is_title or any(c.dep_ == "aux" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "dobj" and c.i > clause.i), None)


def _named_subject(sent: Span) -> bool:
    """Whether the sentence is about someone named: its main verb's subject is a proper noun, which a
    pronoun in the next sentence may stand for."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in sent.root.children)


def negated_here(head: Token) -> bool:
    """A negation among the head's own words: "not", "never", "no", "can no longer" ("no" on "longer")."""
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in ("advmod", "det") or no_longer(c)
               for c in head.children)


def denied_in_scope(verb: Token) -> bool:
    """A negation that reaches the verb from the clause around it:
    - an auxiliary shared with a negated verb before it ("will not be shared with courts or used to
      restrict travel": "used" takes the "will not" of "shared");
    - a purpose the negated verb of using serves ("has never been used to ban anyone from trains");
    - a clause opened by "nor" ("Nor will a poor score stop you from boarding a train");
    - a denied place or case ("in none of the four cities is a low score used to restrict travel")."""
    node = verb
    for _ in range(5):
        if any(c.i < node.i and (c.lower_ == "nor" and c.i == c.sent.start or negative_inversion(c))
               for c in node.children):
            return True
        if node.dep_ == "acl" and node.head.dep_ == "attr" and node.lemma_ == "use":
            node = node.head.head  # "is a low score used to": the parser hangs "used" on the inverted subject
            continue
        if node.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg")
                                           for c in node.children) \
                and not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in node.head.children):
            node = node.head  # "... or used": the verb before it lends its auxiliary and its negation
            if negated_here(node):
                return True
        elif node.dep_ in ("xcomp", "acl") and node.head.lemma_ == "use" and node.i > node.head.i:
            node = node.head  # "used to restrict": the use, negated or not, is what is said
            if negated_here(node):
                return True
        else:
            return False
    return False


def negative_inversion(opening: Token) -> bool:
    """A clause that opens on a denied place or case denies all it says: "In none of the cities is a low
    score used to ...", "In no case may ..."."""
    return opening.dep_ == "prep" and any(_denied(g) for g in opening.children if g.dep_ == "pobj")


def no_longer(token: Token) -> bool:
    """ "no longer": "longer" with its "no"."""
    return token.lower_ == "longer" and any(g.lower_ == "no" for g in token.children)


def conditional(verb: Token, marks=CONDITION_MARKS, through=("conj", "xcomp")) -> bool:
    """A clause that says when or whether, not what follows: "before its grade is lowered",
    "if they are blacklisted", "whether firms are fined", "until they want to skip a deposit"."""
    node = verb
    while node.dep_ in through and node.head != node:
        node = node.head
    if any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
        return True
    # "when he could not pay, the court ...", "once blacklisted, a firm ...": "when", "once" read as an adverb
    # of the adverbial clause's own verb (a verb coordinated after it may belong to the main clause: "skip X
    # when they rent Y and get Z")
    node = verb.head if verb.dep_ == "xcomp" else verb
    return node.dep_ in ("advcl", "relcl") and any(c.dep_ == "advmod" and c.tag_ in ("WRB", "RB") and c.lower_ in marks
                                                   and c.i < node.i for c in node.children)


def said(verb: Token) -> bool:
    """ "a parent who says he cannot pay": what a party is described as saying is its word, no restriction."""
    node = verb
    while node.dep_ in ("conj", "xcomp") and node.head != node:
        node = node.head
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in SAYING_VERBS and node.head.dep_ in ("relcl", "acl")


def misread_modifier(verb: Token) -> bool:
    """ "cannot ... stay in hotels rated three stars or above": a past participle right after a noun
    describes it, though the parser coordinates it with the verb before (a base form); it is no
    verb of the series and brings nothing of its own."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VB" and verb.i > 0 \
        and verb.nbor(-1).pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def describing(verb: Token) -> bool:
    """ "the list catches people who cannot pay": a restrictive relative clause (no comma before its
    pronoun) says which people, not what befalls them; "debtors, who cannot fly," does say it."""
    node = verb
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if node.dep_ != "relcl":
        return False
    pronoun = next((c for c in node.children if c.lower_ in RELATIVE_PRONOUNS and c.tag_ in ("WP", "WDT")), None)
    return pronoun is not None and (pronoun.i == 0 or pronoun.nbor(-1).text != ",")


def asking(verb: Token) -> bool:
    """A question, direct or reported, says what is asked, not what happens: "What do top-rated
    firms get?", "How people get listed", "documents how people end up on these lists"."""
    node = verb
    while node.dep_ in ("conj", "xcomp") and node.head != node:
        node = node.head
    if node.dep_ in ("relcl", "acl", "advcl"):  # "skip the deposit when they rent a bike": a time, no question
        return False
    return any(c.tag_ in ("WRB", "WP") and c.i < node.i and c.lower_ != "whoever" for c in node.children)


def of_no_case(verb: Token) -> bool:
    """ "We found no case in which a person was listed", "nobody who was fined", "no evidence that a low
    score barred anyone", "it is a myth that ...": a clause about a noun that is denied says nothing
    happened; so does a clause whose subject is ("nobody on the list has been refused a ticket"), one a
    label of falsehood opens ("Myth 3: ..."), one the sentence calls false ("the claim that ... is false"), and
    one put after "it is" false or not true ("It is not true that a low score bars anyone from trains")."""
    node = verb
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if any(c.dep_ in ("nsubj", "nsubjpass") and _denied(c) for c in node.children) or _labelled_false(verb):
        return True
    if _extraposed_false(node):
        return True
    if node.dep_ not in ("relcl", "acl"):
        return False
    return _denied(node.head) or node.head.lemma_.lower() in FALSEHOODS or _called_false(node.head)


#: Adjectives that call a claim true, false when negated: "It is not true that ...".
TRUE_ADJECTIVES = {"true", "correct", "accurate", "right"}


def _extraposed_false(clause: Token) -> bool:
    """ "It is not true that a low score bars anyone from trains", "It is false that ...": a "that" clause
    put after "it is" with a word of falsehood, or of truth denied, says nothing happened."""
    be = clause.head
    if clause.dep_ != "ccomp" or be.lemma_ != "be" or not any(c.lower_ == "it" and c.dep_ in ("nsubj", "expl")
                                                               for c in be.children):
        return False
    said = [c for c in be.children if c.dep_ in ("acomp", "attr")]
    return any(c.lower_ in FALSE_ADJECTIVES or c.lemma_.lower() in FALSEHOODS for c in said) \
        or negated_here(be) and any(c.lower_ in TRUE_ADJECTIVES for c in said)


def _called_false(noun: Token) -> bool:
    """ "The claim that people are barred from trains for jaywalking is false", "reports that ... are a myth":
    a noun whose clause the sentence calls false or a myth."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ in ("acomp", "attr") and (c.lower_ in FALSE_ADJECTIVES or c.lemma_.lower() in FALSEHOODS)
               for c in noun.head.children)


def _labelled_false(verb: Token) -> bool:
    """ "Myth 3: Millions are banned from travel because of a low score": a label of falsehood before a
    colon that opens the sentence denies what follows (a debunking post's heading)."""
    sent = verb.sent
    colon = next((t for t in sent[:4] if t.text == ":"), None)
    return colon is not None and colon.i < verb.i \
        and any(t.lemma_.lower() in FALSEHOODS for t in verb.doc[sent.start:colon.i])


def _denied(noun: Token) -> bool:
    """ "nobody", "none", "no debtor", "no one": a noun that is denied."""
    return noun.lower_ in ("nobody", "none", "nothing", "no-one") or any(
        c.dep_ in ("det", "neg") and c.lower_ in NEGATIONS for c in noun.children)


def hypothetical(verb: Token, fearing) -> bool:
    """ "Critics fear that debtors could one day be barred from hospitals", "his lawyer warns, the court
    may freeze his accounts": a possibility (a modal of it) someone fears, warns of or imagines is no
    perk or penalty that happens."""
    node = verb
    while node.dep_ in ("conj", "xcomp") and node.head != node:
        if any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in node.children):
            break
        node = node.head
    if not any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in node.children):
        return False
    if node.dep_ == "ccomp" and node.head.lemma_.lower() in fearing:
        return True
    if any(c.dep_ in ("advcl", "ccomp") and c.i < node.i and _inverted_condition(c) for c in node.children):
        return True  # "Had the scheme been extended, high scorers could have booked tickets"
    return any(c.dep_ in ("advcl", "parataxis") and c.lemma_.lower() in fearing
               and any(g.dep_ == "nsubj" for g in c.children) for c in node.children)


def _inverted_condition(clause: Token) -> bool:
    """ "Had the scheme been extended", "Were the rule applied": a condition put by an auxiliary before
    its subject, which only imagines."""
    first = clause.left_edge
    return first.lower_ in INVERTING_AUXILIARIES and first.head == clause and first.dep_ in ("aux", "auxpass") \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in clause.children)


def _quantity(head: Token) -> bool:
    return head.like_num or head.lemma_.lower() in QUANTITY_NOUNS or any(c.like_num for c in head.children)


def grade_letter(token: Token) -> bool:
    """ "A-grade", "a D grade", "rated AAA": a letter, not the article ("A low score")."""
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ in ("a", "an", "the"):  # "an A grade": an article before the letter
        return True
    return token.pos_ != "DET" or token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "‑")


def _refers_back(party: Token) -> bool:
    """ "they", "these firms", "such companies": a party that stands for one named before."""
    if party.tag_ in ("PRP", "DT"):
        return True
    return any(c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS for c in party.children)


def _phrase_start(head: Token) -> int:
    """A phrase starts at its verb ("fast-tracked" with the word its hyphen joins); an adjective's
    at the adjective ("subject to")."""
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text in ("-", "‑") and not doc[head.i - 2].whitespace_ \
            and not doc[head.i - 1].whitespace_:
        return head.i - 2
    return head.i


def _lemma(token: Token, words) -> str:
    """The token's lemma with its particle where the phrasal verb is listed ("turn down"), or its
    own word where the model's lemma misses a listed word (the small model reads "spared" as "spar")."""
    lemma = token.lemma_.lower()
    particle = _particle(token)
    if particle and f"{lemma} {particle}" in words:
        return f"{lemma} {particle}"
    return token.lower_ if lemma not in words and token.lower_ in words else lemma


def _particle(token: Token) -> str | None:
    """The particle of a verb ("turned the boy away", "was turned away at the gate": the parser
    may read it as an adverb; "screened out of jobs": as a preposition before "of"), remembered per
    token on the doc: readers ask for every verb."""
    particles = token.doc.user_data.setdefault("sckb_particles", {})
    if token.i not in particles:
        particles[token.i] = next((c.lower_ for c in token.children if c.dep_ == "prt" or c.dep_ == "advmod"
                                   and c.lower_ in PARTICLES and (c.i == token.i + 1 or any(
                                       o.dep_ == "dobj" and o.i < c.i for o in token.children))
                                   or c.dep_ == "prep" and c.lower_ in PARTICLES and c.i == token.i + 1
                                   and any(g.lower_ == "of" for g in c.children)), None)
    return particles[token.i]


def _series_start(verb: Token) -> Token | None:
    """ "A firm can be excluded from tenders, refused permission to list and denied rebates":
    the parser may read the first passive participle as the complement of the next verb, which
    then stands with no subject of its own; the series starts at that participle."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    return next((c for c in verb.lefts if c.dep_ == "ccomp" and c.tag_ == "VBN"
                 and any(g.dep_ == "auxpass" for g in c.children)
                 and any(g.dep_ == "nsubjpass" for g in c.children)), None)


def _passive(verb: Token) -> bool:
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if _series_start(verb) is not None:
        return True
    if verb.tag_ in ("VBN", "VBD") and verb.dep_ == "conj":  # "were fined and barred from ..."
        return _passive(verb.head)
    if _causative_participle(verb) is not None:
        return True
    # "found themselves barred from rail travel", "got banned", "remain blacklisted"; "are fast-tracked"
    # (a participle after a hyphen read as the adjective of "be")
    return verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "oprd", "xcomp", "acomp") \
        and verb.head.lemma_ in ("find", "get", "become", "remain", "stay", "end") \
        or verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_ == "be"



def _causative_participle(verb: Token) -> Token | None:
    """The causative verb of a participle it governs ("had their names shown", "may have its legal
    representative restricted from ...", which the parser reads as describing the object), if any."""
    if verb.tag_ != "VBN" or verb.i < verb.head.i:  # the causative comes first: not "... will be shown ...; those get"
        return None
    if verb.dep_ == "ccomp" and verb.head.lemma_ in CAUSATIVE_VERBS:
        return verb.head
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_ in CAUSATIVE_VERBS:
        return verb.head.head
    return None


def _less_often(verb: Token) -> bool:
    """ "inspect them less often", "audited less frequently": an adverb of less."""
    return any(c.dep_ == "advmod" and any(t.lower_ in ("less", "fewer", "rarely", "seldom") for t in c.subtree)
               for c in verb.children)


def _counterfactual(verb: Token) -> bool:
    """ "If you got put on it tomorrow you couldn't book a flight": what would follow a condition put in
    the past tense is imagined, not stated."""
    if not any(c.dep_ == "aux" and c.lower_ in COUNTERFACTUAL_MODALS for c in verb.children):
        return False
    node = verb
    while node.dep_ in ("conj", "xcomp") and node.head != node:
        node = node.head
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
               and (c.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in c.children))
               for c in (*verb.children, *node.children))


def _own_subject(clause: Token, things: list[Token]) -> bool:
    """Whether a conjunct has a subject of its own besides the things a causative verb took ("have their
    names and photos displayed": "photos" read as the subject is one of them)."""
    def coordinated(subject: Token) -> bool:  # "names and photos": "and" hangs on the thing before
        before = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
        return before is not None and before.pos_ == "CCONJ" and before.head in things

    return any(c.dep_ in ("nsubj", "nsubjpass") and c not in things and not coordinated(c) for c in clause.children)


def _first_of_series(verb: Token) -> Token | None:
    """ "D-rated residents are named on notice boards, may not apply for jobs ..., and lose ...": the
    parser may take the first verb of a series for a clause the next one reports, leaving that one
    no subject; the subject of the first, a comma before the verb, is the series' party."""
    first = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    if first is None or verb.i < 1 or verb.doc[first.right_edge.i + 1].text != ",":
        return None
    return next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def later_item_of_series(verb: Token) -> bool:
    """ "are named on boards, may not apply for jobs, and lose their place": the last verb of a series,
    after a comma and "and", is an item of its own, not under the auxiliary or the negation of the
    middle item the parser hangs it on (one with its own auxiliary after a first item, or after the
    first the parser misread: `_first_of_series`). After "or" it stays denied ("is banned from X,
    cannot buy property or take holidays abroad")."""
    if verb.dep_ != "conj" or any(c.dep_ in ("aux", "neg") for c in verb.children):
        return False
    cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
    if cc is None or cc.lower_ != "and" or cc.i < 1 or verb.doc[cc.i - 1].text != ",":
        return False
    middle = verb.head
    own_auxiliary = any(c.dep_ == "aux" for c in middle.children)
    return own_auxiliary and middle.dep_ == "conj" or _first_of_series(middle) is not None


def _verbs_misread_as_objects(head: Token) -> list[Token]:
    """ "lowers their scores and withdraws deposit-free services", "get their score lowered and lose access
    to Huabei": verbs the parser coordinates with a noun, or with a participle of another form, that are
    the clause's own next verbs."""
    if head.pos_ in ("NOUN", "PROPN"):
        return [c for c in head.children if c.dep_ == "conj" and c.tag_ in ("VBZ", "VBD", "VBP")]
    if head.tag_ in ("VBN", "VBD") and head.dep_ in ("ccomp", "xcomp", "oprd"):
        return [c for c in head.children if c.dep_ == "conj" and c.tag_ in ("VB", "VBZ", "VBP")]
    return []


def _right_edge(head: Token) -> int:
    """Where the head's phrase ends, before a verb the parser coordinates with it (`_verbs_misread_as_objects`)."""
    verbs = _verbs_misread_as_objects(head)
    if not verbs:
        return head.right_edge.i
    cut = min(verbs[0].i, *(c.i for c in head.children if c.dep_ in ("cc", "punct") and head.i < c.i < verbs[0].i))
    return max(cut - 1, head.i)


def _members(list_noun: Token) -> Token | None:
    """The "of" phrase by which a list says whom it holds ("the list of seriously dishonest entities")."""
    return next((c for c in list_noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)


def own_thing(verb: Token, obj: Token) -> bool:
    """Whether the object is the subject's own: "Tencent Holdings has suspended its credit score", "it
    cannot sell its own score" (a named body, or "it", and "its"), unlike "the court froze his accounts"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    return subject is not None and owner is not None and owner.lower_ == "its" \
        and (subject.pos_ == "PROPN" or subject.ent_type_ == "ORG" or subject.lower_ == "it")


def _own_object(verb: Token) -> bool:
    """ "can charge their phones": the object is the party's own ("their", "his"), so the verb restricts
    no one ("charge them a fee" would)."""
    obj = _object(verb)
    return obj is not None and any(c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ != "its" for c in obj.children)


def _complemented(verb: Token, besides: frozenset = frozenset()) -> bool:
    """Whether the verb says with what or from what: an object, or a preposition other than its
    agent (and other than `besides`)."""
    return any(c.dep_ in ("dobj", "attr", "oprd", "dative")
               or c.dep_ == "prep" and c.lower_ not in ADJUNCT_PREPS and c.lower_ not in besides
               for c in verb.children)


def _destination(verb: Token) -> Token | None:
    """Where a record is handed: "reported to the city credit platform", "entered into the database"."""
    return next((g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into", "with")
                 for g in c.children if g.dep_ == "pobj"), None)


def _object(head: Token) -> Token | None:
    """The verb's object; a footnote marker the parser hung on it ("has denied that ... a score.[4]") is none."""
    return next((c for c in head.children if c.dep_ in ("dobj", "attr", "oprd") and c.i > head.i
                 and not is_footnote_marker(c.text)), None)


def one_object(doc: Doc, items: list[tuple[int, int]], preposition: str | None = None) -> bool:
    """Whether the later items are a list inside the first's prepositional phrase ("rentals of power
    banks, bikes and hotel rooms"): each is a conjunct of a word of the first, not of its head; with
    `preposition`, only inside a phrase it opens ("serve as directors, supervisors or managers")."""
    if len(items) < 2:
        return False
    first = doc[items[0][0]:items[0][1]]
    for lo, hi in items[1:]:
        # the item's conjunct, though an adjunct of the verb ends the last one ("... managers for three years")
        word = next((t for t in doc[lo:hi] if t.dep_ == "conj" and t.head.i < lo), doc[lo:hi].root)
        if word.dep_ != "conj":
            return False
        while word.dep_ == "conj" and word.head != word:  # "banks, bikes and hotel rooms": a chain of conjuncts
            word = word.head
        if not (first.start <= word.i < first.end and word != first.root and word.dep_ == "pobj"):
            return False
        if preposition is not None and word.head.lower_ != preposition:
            return False
    return True
