"""Perks and penalties (extract/perks.py, corpus/vocab/perks.yaml and penalties.yaml)."""
import pytest
import yaml

from extract.nlp import analyse
from extract.perks import PerkPenaltyFinder, Grammar, VocabularyError
from extract.readers import read_source
from extract.settings import Settings

from conftest import CORPUS, SOURCES


def claims(nlp, text, kind=None):
    doc = analyse(nlp, text)
    return [c for c in doc._.claims if c.kind in ((kind,) if kind else ("perk", "penalty"))], doc


def objects(found):
    return [c.object for c in found]


@pytest.fixture(scope="module")
def seeds(nlp):
    """Each seed's text and its perk and penalty claims."""
    out = {}
    for path in sorted(SOURCES.iterdir()):
        document = read_source(path, CORPUS, Settings.from_env())
        doc = analyse(nlp, document.text, document.published)
        out[path.stem] = (document.text, [c for c in doc._.claims if c.kind in ("perk", "penalty")])
    return out


# --- rules, on small realistic sentences -----------------------------------------------------


# Subject: the scoring system or blacklist whose rating earns the perk or penalty; grantor
# (extra["grantor"]): whoever delivers it, when that is someone else.
@pytest.mark.parametrize("text, expected, subject, grantor", [
    # a list cue: one perk per item
    ("Sesame Credit offers perks such as free bike rides, deposit-free hotel stays and VIP airport lounges.",
     ["free bike rides", "deposit-free hotel stays", "VIP airport lounges"], "Sesame Credit", None),
    ("Users with good scores enjoy benefits like fast-track airport security, as well as free umbrella rentals.",
     ["fast-track airport security", "free umbrella rentals"], None, None),
    # a granting verb whose recipients are conditioned on their score
    ("Tencent Credit gives users with a score above 700 discounted loans.", ["discounted loans"], "Tencent Credit", None),
    ("Hellobike offers free rides to users with a Sesame score over 650.", ["free rides"], "Sesame Credit", "Hellobike"),
    ("Ofo gives users with a score above 650 free rides and discounts on bikes.",
     ["free rides", "discounts on bikes"], None, "Ofo"),
    # a perk by its own words
    ("Ofo waives deposits for users with a high Sesame Credit score.",
     ["deposit waived for users with a high Sesame Credit score"], "Sesame Credit", "Ofo"),
    ("Patients with a high credit score can see a doctor without queueing at the hospital.",
     ["see a doctor without queueing at the hospital"], None, None),
])
def test_perks(nlp, text, expected, subject, grantor):
    found, _ = claims(nlp, text, "perk")
    assert objects(found) == expected
    assert {c.subject for c in found} == {subject}
    assert {c.extra.get("grantor") for c in found} == {grantor}
    assert all(c.predicate == "grants_perk" for c in found)


@pytest.mark.parametrize("text, expected, subject, grantor", [
    # "Blacklisted" describes the recipients (their condition), it is no penalty of its own
    ("Blacklisted debtors are banned from buying plane tickets, staying in luxury hotels, or sending their "
     "children to private schools.",
     ["banned from buying plane tickets", "banned from staying in luxury hotels",
      "banned from sending their children to private schools"], "List of Dishonest Judgment Debtors", None),
    # (a count of those placed is a figure, no penalty: test_perk_battery)
    ("The Supreme People's Court placed such debtors on its blacklist.",
     ["placed on a blacklist"], "List of Dishonest Judgment Debtors", "Supreme People's Court"),
    ("Sesame Credit deducts points from users who skip their court fines.",
     ["points deducted from users who skip their court fines"], "Sesame Credit", None),
    ("Dishonest debtors face restrictions on travel and employment.", ["restrictions on travel and employment"],
     "List of Dishonest Judgment Debtors", None),
    ("People on the blacklist can’t stay at luxury hotels or send their children to expensive schools.",
     ["unable to stay at luxury hotels", "unable to send their children to expensive schools"],
     "Social Credit System", None),
    ("The social credit system has blocked people from taking 11 million flights.",
     ["blocked from taking 11 million flights"], "Social Credit System", None),
    # a perk named as what one loses is a penalty, no perk ("bonuses" is a perk cue)
    ("Workers with a low score on the social credit scale lose their bonuses.", ["loss of their bonuses"],
     "Social Credit System", None),
    ("A shop made a high Zhima score a hiring requirement.", ["hiring requirement"], "Sesame Credit", "shop"),
])
def test_penalties(nlp, text, expected, subject, grantor):
    found, _ = claims(nlp, text, "penalty")
    assert objects(found) == expected
    assert {c.subject for c in found} <= {subject}
    assert {c.extra.get("grantor") for c in found} <= {grantor}
    assert all(c.predicate == "imposes_penalty" for c in found)


@pytest.mark.parametrize("text, expected", [
    # an encyclopedia's footnote markers glued to an item's last word or after its full stop
    ("People on the register are barred from:\n • buying first-class rail tickets[4]\n • staying in star-rated hotels\n"
     " • holding posts in state firms\n",
     ["buying first-class rail tickets", "staying in star-rated hotels", "holding posts in state firms"]),
    ("Listed firms may be excluded from public tenders.[7]", ["excluded from public tenders"]),
])
def test_a_footnote_marker_is_no_word_of_a_penalty(nlp, text, expected):
    found, _ = claims(nlp, text, "penalty")
    assert objects(found) == expected


@pytest.mark.parametrize("text", [
    # an encyclopedia's footnote marker after the full stop, which the parser may take for an object
    "Qilin Pay has denied that purchases of concert tickets lower a score.[4]",
    "Huaxia Data has denied that late rent payments lower a score.[9]",
])
def test_denying_a_statement_is_no_penalty(nlp, text):
    assert claims(nlp, text)[0] == []


def test_a_platforms_penalty_of_listed_debtors_is_the_lists(nlp):
    """ "Sesame Credit lowers the scores of listed debtors": earned by being on the list named before,
    whichever scoring system delivers it."""
    text = "The List of Dishonest Judgment Debtors now holds 8 million names. Sesame Credit docks the points of listed debtors."
    found, _ = claims(nlp, text, "penalty")
    assert [c.subject for c in found] == ["List of Dishonest Judgment Debtors"]


def test_a_penalty_takes_the_system_of_the_previous_sentence(nlp):
    """ "Its own citizen-scoring system": the next sentence's points belong to its owner."""
    text = ("In 2010, the county of Suining had established its own citizen-scoring system. "
            "Points would be removed for besieging government offices.")
    found, _ = claims(nlp, text, "penalty")
    assert [c.subject for c in found] == ["Suining"]


def test_an_institution_that_is_no_actor_is_kept_as_the_grantor(nlp):
    found, _ = claims(nlp, "The city deducts points from residents who jaywalk.", "penalty")
    assert [(c.subject, c.extra.get("grantor")) for c in found] == [(None, "city")]


def test_a_description_stands_for_the_actor_named_before(nlp):
    text = ("The government plans its own social credit system. In future, the state system will punish "
            "citizens who dodge fares with restrictions on employment.")
    found, _ = claims(nlp, text, "penalty")
    assert [(c.object, c.subject_id) for c in found] == [("restrictions on employment", "social-credit-system")]


@pytest.mark.parametrize("text", [
    "Sesame Credit does not bar users from renting bikes.",
    "There are no penalties such as travel bans for people with low scores.",
    "At the time of writing, there are no direct penalties for having a low Sesame Credit score.",
    "The PBoC refused to offer perks such as free loans to users with high scores.",
])
def test_negated_cues_give_no_claim(nlp, text):
    assert claims(nlp, text)[0] == []


@pytest.mark.parametrize("text", [
    "The new law contains restrictions on the use of personal information.",  # weak cue, no sanction context
    "Visitors get free coffee in the lobby.",  # "free" with no score
    "Positive reviews can lead to a prestigious job, a luxury apartment, or an upgrade to first class.",
])
def test_weak_cues_need_a_scoring_context(nlp, text):
    assert claims(nlp, text)[0] == []


def test_offsets_are_the_exact_words(nlp):
    text = "Sesame Credit offers perks such as free bike rides (in 30 cities) and deposit-free hotel stays."
    found, _ = claims(nlp, text, "perk")
    assert [text[c.phrase_start:c.phrase_end] for c in found] == ["free bike rides (in 30 cities)", "deposit-free hotel stays"]
    assert objects(found) == ["free bike rides", "deposit-free hotel stays"]
    assert all(text[c.quote_start:c.quote_end] == text for c in found)


# --- the seeds --------------------------------------------------------------------------------


def test_king_spalding_perks_and_penalties(seeds):
    text, found = seeds["king-spalding-2018-social-credit-roadblock"]
    perks = [c for c in found if c.kind == "perk"]
    assert objects(perks) == ["deposit-free apartment rentals in Shenzen",
                              "access to private networks for using WeChat on the metro",
                              "free Mobike bicycle rentals", "VIP membership to a dating app"]
    penalties = {c.object: c for c in found if c.kind == "penalty"}
    assert set(penalties) == {"barred from rail travel", "restrictions on employment and travel"}
    assert penalties["restrictions on employment and travel"].subject == "Social Credit System"
    assert penalties["barred from rail travel"].subject is None  # scores in general, no one system
    # "A new cyber security law ... contains restrictions on the use of personal information" is no penalty
    assert not any("personal information" in c.object for c in found)


def test_open_sesame_perks_belong_to_sesame_credit(seeds):
    text, found = seeds["open-sesame-feature"]
    perks = [c for c in found if c.kind == "perk" and c.extra["category"] == "listed_benefits"]
    assert objects(perks) == ["expedited visas to Singapore and Luxembourg", "deposit-free bike sharing", "hotels stays",
                              "apartment rentals from participating developers in eight Chinese cities"]
    assert {c.subject_id for c in perks} == {"sesame-credit"}
    # "there are no direct penalties for having a low Sesame Credit score"
    assert not any("direct penalties" in text[c.quote_start:c.quote_end] for c in found)
    requirement = next(c for c in found if c.object == "hiring requirement")
    assert requirement.kind == "penalty" and requirement.extra["grantor"] == "supermarket in Yibin, Sichuan province"


def test_aleteia_perks(seeds):
    text, found = seeds["aleteia-2018-social-credit-system"]
    perks = {c.object: c for c in found if c.kind == "perk"}
    assert set(perks) == {"bonus of 1,000 yuan", "see a doctor without standing in line to pay",
                          "higher visibility on its web page"}
    assert perks["bonus of 1,000 yuan"].extra["grantor"] == "university hospital in Shanghai"
    assert perks["higher visibility on its web page"].subject == "Sesame Credit"  # "a high Sesame score"
    assert perks["higher visibility on its web page"].extra["grantor"] == "Zhenai"
    assert perks["bonus of 1,000 yuan"].subject == "Sesame Credit"  # "Alibaba users with a score"


def test_aleteia_penalties(seeds):
    text, found = seeds["aleteia-2018-social-credit-system"]
    penalties = [(c.object, c.subject) for c in found if c.kind == "penalty"]
    for expected in [
        ("blocked from taking more than 11 million flights and 4 million train trips", "Social Credit System"),
        ("unable to stay at four and five star hotels", "Social Credit System"),  # the blacklist's
        ("unable to send their children to expensive schools", "Social Credit System"),
        ("unable to book cheap hire cars", "Social Credit System"),
        ("unable to make luxury purchases online", "Social Credit System"),
        ("points deducted from users who don’t pay their fines or legal bills", "Sesame Credit"),
        ("placed on a blacklist", "Social Credit System"),
        ("barred from buying an airplane ticket", "Social Credit System"),  # "the system", a sentence before
    ]:
        assert expected in penalties
    grantors = {c.extra.get("grantor") for c in found if c.kind == "penalty"}
    assert {"Supreme People's Court", "Ministry of Civil Affairs"} <= grantors
    # "punish those who break their promises" names no penalty
    assert not any("promises" in (c.object or "") for c in found)


def test_the_abstract_has_no_perk_items(seeds):
    # "a loyalty-rewards program of rules, rewards, and penalties" names no particular perk or penalty
    assert seeds["chong-2019-cashless-china"][1] == []


# --- vocabularies ------------------------------------------------------------------------------


def test_a_bad_vocabulary_gets_a_clear_error(nlp):
    perks = yaml.safe_load((CORPUS / "vocab" / "perks.yaml").read_text(encoding="utf-8"))
    broken = {**perks, "cues": [{"category": "odd", "takes": "sideways", "patterns": [[{"LOWER": "x"}]]}]}
    with pytest.raises(VocabularyError, match="cue 1 .odd.: needs patterns and takes one of"):
        PerkPenaltyFinder(nlp, [("perks", broken)], Grammar.from_vocab(perks["grammar"]))
    broken = {**perks, "cues": [{"category": "odd", "takes": "list", "patterns": [[{"LOWERCASE": "x"}]]}]}
    with pytest.raises(VocabularyError, match="cue 'odd': bad pattern"):
        PerkPenaltyFinder(nlp, [("perks", broken)], Grammar.from_vocab(perks["grammar"]))


# --- generalising rules ------------------------------------------------------------------------


@pytest.mark.parametrize("text, kind, expected", [
    # after a score condition, what the recipients can do is a perk: one per coordinated verb
    # phrase, one per object of a receiving verb, one for a sequence of steps
    ("Residents who score 700 or above can park for free at city garages.", "perk",
     ["park for free at city garages"]),
    ("Patients with good payment records can see a specialist first and pay later.", "perk",
     ["see a specialist first and pay later"]),
    ("The app lets members with a high score borrow umbrellas without a deposit and charge their phones for free.",
     "perk", ["borrow umbrellas without a deposit", "charge their phones for free"]),
    ("Drivers rated AAA receive cheaper insurance and faster licence renewals.", "perk",
     ["cheaper insurance", "faster licence renewals"]),
    # points added for a list, and deducted for another: the verb distributes over its items
    ("Points are awarded for donating blood, tutoring children and recycling, and deducted for unpaid taxes.",
     "perk", ["points added for donating blood", "points added for tutoring children", "points added for recycling"]),
    ("Points are awarded for donating blood, tutoring children and recycling, and deducted for unpaid taxes.",
     "penalty", ["points deducted for unpaid taxes"]),
    # "cannot" with listed recipients: one penalty per verb phrase
    ("Those on the list cannot take flights, buy property or rent luxury cars.", "penalty",
     ["unable to take flights", "unable to buy property", "unable to rent luxury cars"]),
    ("Debtors on the blacklist will not be able to book high-speed trains.", "penalty",
     ["unable to book high-speed trains"]),
    # refused what; a participle describing the recipients is their condition, no penalty
    ("Blacklisted travellers were refused plane tickets 3 million times.", "penalty", ["refused plane tickets"]),
    ("Courts kept dishonest debtors off 5 million flights last year.", "penalty",
     ["kept off 5 million flights"]),
    ("Blacklisted firms can be shut out of public tenders.", "penalty", ["shut out of public tenders"]),
    ("In some cities the names and photos of debtors are displayed on screens in subway stations.", "penalty",
     ["names and photos of debtors are displayed on screens in subway stations"]),
    # a credit at the end of the sentence is no list item
    ("Debtors were barred from flying and buying property, the Beijing Youth Daily reported.", "penalty",
     ["barred from flying", "barred from buying property"]),
    # whom a cue stops may be a long noun phrase
    ("Courts stopped debtors on the national list of defaulters from buying 3 million train tickets.", "penalty",
     ["stopped from buying 3 million train tickets"]),
    ("Parents reported their children being turned away by private kindergartens because they owed money.",
     "penalty", ["turned away by private kindergartens"]),
    ("Borrowers who owe 10,000 yuan or more can be added to the list if they ignore a court order.", "penalty",
     ["placed on a blacklist if they ignore a court order"]),
    ("A low grade could cost a family its place on the waiting list for public housing.", "penalty",
     ["low grade could cost family its place on the waiting list for public housing"]),
    # granted in the passive: one perk per object
    ("Firms on a redlist may be given faster customs checks and lower deposits.", "perk",
     ["faster customs checks", "lower deposits"]),
    # what one may do without a deposit, or the deposit one may skip
    ("Members with a high score can book hotel rooms without paying a deposit.", "perk",
     ["book hotel rooms without paying a deposit"]),
    ("With a score of 700 or more you can skip the deposit on a bike-sharing account.", "perk",
     ["skip the deposit on a bike-sharing account"]),
])
def test_generalising_perks_and_penalties(nlp, text, kind, expected):
    found, _ = claims(nlp, text, kind)
    assert objects(found) == expected


@pytest.mark.parametrize("text", [
    "The new rules forbid blacklisting people for minor offences.",  # a prohibition
    "Courts may blacklist debtors only where the law allows it.",  # a restriction of the act
    "A survey by the Free University of Brussels rated the scores.",  # a weak cue inside a name
])
def test_rules_about_penalties_are_no_penalties(nlp, text):
    assert claims(nlp, text)[0] == []


@pytest.mark.parametrize("text, subject", [
    # a blacklist named before is the blacklist of the sentence
    ("The List of Dishonest Judgment Debtors is run by the courts. Blacklisted debtors cannot buy plane tickets.",
     "List of Dishonest Judgment Debtors"),
    # an actor that scores people is a scoring system
    ("Weihai, a city in Shandong, began scoring its residents in 2013. Residents with a high score can rent "
     "bikes without a deposit.", "Weihai"),
    # the scoring system the text is about, in a paragraph that names none
    ("The Lotus Score was launched in Wenzhou. The Lotus Score gives residents points.\n\n"
     "Residents who score 200 or above can park for free.", "Lotus Score"),
])
def test_perks_and_penalties_of_the_system_named_before(nlp, text, subject):
    found, _ = claims(nlp, text)
    assert found and {c.subject for c in found} == {subject}


def test_no_topic_after_scores_in_general(nlp):
    text = ("The Lotus Score was launched in Wenzhou. The Lotus Score gives residents points. "
            "These new social credit scores reach far.\n\nResidents who score 200 or above can park for free.")
    found, _ = claims(nlp, text, "perk")
    assert found and {c.subject for c in found} == {None}


# --- perks and penalties read from the clause (extract/consequences.py) ---------------------
# A verb of granting, restricting or suffering whose party is in good or bad standing; the
# words are no cue of perks.yaml or penalties.yaml.
@pytest.mark.parametrize("text, kind, expected", [
    # restricting verb, passive: one penalty per coordinated complement
    ("People with poor credit may be denied loans or charged higher interest rates.", "penalty",
     ["denied loans", "charged higher interest rates"]),
    ("Under the plan, dishonest companies will be restricted from issuing corporate bonds and from receiving "
     "state subsidies.", "penalty",
     ["restricted from issuing corporate bonds", "restricted from receiving state subsidies"]),
    # ... splitting a cue's phrase that held two clauses; a negated ability is the second
    ("Blacklisted firms are excluded from government tenders and cannot issue bonds.", "penalty",
     ["excluded from government tenders", "unable to issue bonds"]),
    ("A firm that lands on the list of seriously dishonest entities is cut off from bank credit.", "penalty",
     ["cut off from bank credit"]),
    # suffering verb; a clause after ", and" with its own subject is no list item
    ("Violators lose their business licences and are named on a public website.", "penalty",
     ["loss of their business licences", "named on public website"]),
    ("Companies with bad credit records will face stricter scrutiny of their bond issues.", "penalty",
     ["stricter scrutiny of their bond issues"]),
    ("Defaulters are also banned from luxury travel, and their children cannot enrol in fee-paying schools.",
     "penalty", ["banned from luxury travel", "unable to enrol in fee-paying schools"]),
    # sanctioning adjective; a party marked by what it does
    ("Enterprises that break the rules will be subject to more frequent inspections.", "penalty",
     ["subject to more frequent inspections"]),
    # caused restriction: what is done to what the party has
    ("Low scorers had their internet speeds throttled.", "penalty", ["had their internet speeds throttled"]),
    ("Debtors on the list have had their bank accounts frozen.", "penalty", ["had their bank accounts frozen"]),
    # paying more; an adjective of inability
    ("Low-scoring drivers must pay higher insurance premiums.", "penalty", ["pay higher insurance premiums"]),
    ("Those who repeatedly miss loan repayments can find themselves unable to book sleeper berths.", "penalty",
     ["unable to book sleeper berths"]),
    # an imposing verb whose recipient is a party; a verb of causing whose subject is a standing
    ("A low score can mean bigger deposits.", "penalty", ["bigger deposits"]),
    # a pronoun takes the standing of the party named before it
    ("Blacklisted companies face a range of sanctions. They are excluded from public tenders and lose access "
     "to state subsidies.", "penalty",
     ["excluded from public tenders", "loss of access to state subsidies"]),
    # receiving verb, adjective of eligibility, exempting verb, ability
    ("Trustworthy taxpayers are eligible for simplified procedures and priority processing.", "perk",
     ["eligible for simplified procedures", "eligible for priority processing"]),
    ("Trustworthy individuals may receive preferential treatment in public services.", "perk",
     ["preferential treatment in public services"]),
    ("Meanwhile, model enterprises are spared routine checks and may apply for licences online.", "perk",
     ["spared routine checks", "apply for licences online"]),
    ("Holders of a high Sesame score can borrow power banks for free.", "perk", ["borrow power banks for free"]),
    ("Firms with a good compliance record are inspected less often. Such firms also get faster customs "
     "clearance.", "perk", ["inspected less often", "faster customs clearance"]),
    # a granting verb whose recipient is a party; in a sentence about scores, any party
    ("Several banks offer cheaper loans to trustworthy residents.", "perk", ["cheaper loans"]),
    ("The Lotus Score gives residents cheaper heating in winter.", "perk", ["cheaper heating in winter"]),
    # a suffering verb after a passive one is active; losing a perk named before is a penalty
    ("Tenants who defaulted were fined and lost the privilege for a year.", "penalty",
     ["fined", "loss of privilege"]),
    # a party whose score moves past a threshold: "fall below", "exceeds"
    ("Villagers who drop below 40 points lose their housing allowance.", "penalty",
     ["loss of their housing allowance"]),
    ("Drivers whose rating exceeds 90 points get cheaper parking permits.", "perk", ["cheaper parking permits"]),
])
def test_perks_and_penalties_from_the_clause(nlp, text, kind, expected):
    found, _ = claims(nlp, text, kind)
    assert objects(found) == expected


@pytest.mark.parametrize("text", [
    "The app offers free umbrella rentals.",  # no party in any standing
    "The company denied the report.",  # a restricting verb on no party
    "Users get fast-track check-in at the airport.",  # a party in no standing
    "Trustworthy firms are not exempt from inspections.",  # negated
    "Drivers who run red lights may have their cars inspected.",  # "inspected" on a party in no standing
    "The rules were published in 2014 and revised in 2019.",  # a passive verb on no party
    "Trustworthy firms received an A grade in the review.",  # the rating itself, not what it brings
])
def test_clauses_without_a_perk_or_penalty(nlp, text):
    assert claims(nlp, text)[0] == []


@pytest.mark.parametrize("text, kind, expected", [
    # a verb of enabling: what it lets a party in good standing do
    ("Residents with high scores can borrow e-bikes for free, and the library lets them take out more books.",
     "perk", ["borrow e-bikes for free", "take out more books"]),
    # letter grades mark a party's standing
    ("A-grade firms are eligible for faster licence renewals and may skip annual on-site inspections.", "perk",
     ["eligible for faster licence renewals", "skip annual on-site inspections"]),
    ("D-grade businesses, by contrast, are subject to monthly inspections.", "penalty",
     ["subject to monthly inspections"]),
    # "those above N points" is a party, though the parser makes the points the subject
    ("Top-rated households qualify for cheaper heating, while those above 1,050 points get priority at "
     "kindergarten enrolment.", "perk", ["qualify for cheaper heating", "priority at kindergarten enrolment"]),
    # "on the list" marks a party; a phrasal verb of restricting
    ("Companies on the list may not issue shares or bonds.", "penalty", ["unable to issue shares or bonds"]),
    ("People who default on court judgments are placed on a blacklist. Their children may be turned down by "
     "private schools.", "penalty", ["placed on a blacklist", "turned down by private schools"]),
    # a cue's list ends where a clause with its own verb or subject begins
    ("People on the blacklist are barred from flying, cannot buy train tickets and are denied bank credit.",
     "penalty", ["barred from flying", "unable to buy train tickets", "denied bank credit"]),
    ("Blacklisted firms are prohibited from bidding for government projects and their managers cannot register "
     "new companies.", "penalty", ["prohibited from bidding for government projects", "unable to register new companies"]),
    # a list after a colon, and after ", which include"
    ("The punishments for low scores are severe: slower internet and fewer job offers.", "penalty",
     ["slower internet", "fewer job offers"]),
    ("The list's sanctions, which include asset freezes, have been applied 20 million times.", "penalty",
     ["asset freezes"]),
    # the two ends of a range of perks (the parser may make "Benefits" a compound of "range")
    ("Benefits range from cheaper car rentals to free access to airport lounges.", "perk",
     ["cheaper car rentals", "free access to airport lounges"]),
    # what a party in bad standing is made to do; what is done to what a party has
    ("Judgment defaulters were ordered to surrender their passports.", "penalty",
     ["ordered to surrender their passports"]),
    ("The court froze his bank accounts and banned him from leaving the city.", "penalty",
     ["froze his bank accounts", "banned from leaving the city"]),
    ("Residents who ignore court orders are fined 200 yuan and shown on public screens.", "penalty",
     ["fined 200 yuan", "shown on public screens"]),
    # a passive verb of granting whose recipient is a party in good standing
    ("Deposits are waived for users with a Sesame score above 650.", "perk", ["Deposits are waived"]),
    # what a party does with more or less difficulty ("it" is no party)
    ("People with low scores have found it harder to get loans.", "penalty", ["harder to get loans"]),
    ("Trustworthy residents find it easier to rent flats.", "perk", ["easier to rent flats"]),
    # what is done to what a party has: "the names of", a possessive
    ("The names of dishonest debtors are published on the court's website.", "penalty",
     ["published on court's website"]),
    # a verb of rewarding: what it rewards a party with
    ("The Lotus Score rewards good citizens with half-price bus rides and free museum entry.", "perk",
     ["half-price bus rides", "free museum entry"]),
    # what a party in good standing will do
    ("Residents with a high Lotus Score will soon ride the city's ferries at half price.", "perk",
     ["ride the city's ferries at half price"]),
    # a passive verb coordinated with another
    ("Blacklisted companies can be shut out of government procurement and barred from issuing bonds.", "penalty",
     ["shut out of government procurement", "barred from issuing bonds"]),
    # a series of passive participles the parser reads as a complement of the second one
    ("A firm on a serious blacklist can be excluded from public procurement, refused permission to borrow, denied "
     "tax rebates and subjected to closer audits.", "penalty",
     ["excluded from public procurement", "refused permission to borrow", "denied tax rebates",
      "subjected to closer audits"]),
    # an agent noun names a party; a negation above "able"
    ("The businessman had been put on the list by mistake and barred from flying for 14 months.", "penalty",
     ["put on the list", "barred from flying for 14 months"]),
    ("If a court puts you on the list, you will not be able to buy sleeper berths.", "penalty",
     ["unable to buy sleeper berths"]),
    # a clause as subject; a participle clause shares the main clause's party; "it" is no party
    ("From next year, whoever ignores a court order will be blacklisted, making it impossible to book sleeper "
     "berths.", "penalty", ["placed on a blacklist", "unable to book sleeper berths"]),
    # a verb that bars sanctions a person in any sentence; "found themselves barred"
    ("The court named a reporter who was barred from buying a train ticket.", "penalty",
     ["barred from buying a train ticket"]),
    ("Some shoppers have found themselves banned from online auctions.", "penalty", ["banned from online auctions"]),
    # what is open, or closed, to a party in that standing
    ("Luxury hotels are closed to people on the blacklist.", "penalty", ["Luxury hotels are closed"]),
    ("Business class is off-limits to blacklisted travellers.", "penalty", ["Business class is off-limits"]),
    ("Cheaper heating is available to households with high scores.", "perk", ["Cheaper heating is available"]),
    # a list ends at a finite verb of its own
    ("The city rewards volunteers with bus passes and deducts points for littering.", "perk", ["bus passes"]),
])
def test_parties_and_their_standing(nlp, text, kind, expected):
    found, _ = claims(nlp, text, kind)
    assert objects(found) == expected


@pytest.mark.parametrize("text", [
    # a rule that forbids an act states the law
    "The regulation prohibits banks from sharing customer data without consent.",
    # a clause of condition or time says when, not what follows
    "Under the credit rules, a business is told before its grade is lowered.",
    # a regulator's approval refused to a named company is no perk of a score
    "Meanwhile, the regulator has refused to give final approval to Sesame Credit.",
    # open only to some: a condition of use
    "Sharing services are now available only to those who borrow on credit or register their name.",
    # a count of a party is a figure ("fewer than 1 percent of residents ... were downgraded")
    "In Rongcheng, fewer than 1 percent of the scored residents had been downgraded to the lowest grade.",
    # an object that belongs to a party but restricts no one
    "Under the credit rules, users can charge their phones with shared power banks.",
    # what a party cannot say or know; a clause about a denied case; a recommendation
    "Yet 30 percent of blacklisted debtors could not name the court that listed them.",
    "We found no case in which a person was listed solely for criticising officials.",
    "Publish the number of exit bans in force each year.",
    # a coordinated clause with its own subject has no modal of the clause before (the fine of the first is
    # a penalty: test_perk_battery)
    "Courts may hear appeals from defaulters, and the police do not publish how many such orders exist.",
])
def test_rules_conditions_and_possessions_are_no_penalties(nlp, text):
    assert claims(nlp, text)[0] == []


FIXTURES = CORPUS.parent / "tests" / "fixtures" / "perks"


# Two articles written for these tests, in two registers (a feature, a regulatory explainer):
# every perk and penalty they state, by its phrase, and nothing else.
@pytest.mark.parametrize("name, perks, penalties", [
    ("ningbo-credit-feature.txt",
     ["borrow e-bikes without a deposit", "take out twice as many books", "qualify for cheaper heating",
      "get priority at kindergarten enrolment", "spared surprise inspections",
      "file tax returns once a year instead of every quarter", "preferential loan rates"],
     ["placed on a blacklist", "barred from flying", "cannot buy tickets for high-speed trains", "denied bank credit",
      "turned down by private schools", "had their wages garnished", "excluded from public procurement",
      "lose access to state subsidies", "forbidden from holding posts at other firms",
      "pay higher deposits on government contracts", "face more frequent tax audits", "fewer job offers"]),
    ("regulation-explainer.txt",
     ["eligible for faster licence renewals", "skip annual on-site inspections",
      "receive a reduction in the deposit required for public tenders"],
     ["subject to monthly inspections", "prohibited from bidding for government projects", "cannot register new companies",
      "higher loan rates at state banks"]),
])
def test_articles_never_tuned_on(nlp, name, perks, penalties):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    found, _ = claims(nlp, text)
    phrases = {kind: [text[c.phrase_start:c.phrase_end] for c in found if c.kind == kind] for kind in ("perk", "penalty")}
    assert phrases == {"perk": perks, "penalty": penalties}


def clause_findings(nlp, text):
    """What the clause reader alone finds (extract/consequences.py), cue claims aside."""
    finder = nlp.get_pipe("sckb_perks_penalties")
    doc = analyse(nlp, text)
    good = {t.i for span in finder._good_conditions(doc) for t in span}
    return [(f.kind, doc[s:e].text) for f in finder.clauses.read(doc, good) for s, e in f.items]


# Shapes the cue vocabularies also know: the clause reader finds them by itself too.
@pytest.mark.parametrize("text, expected", [
    ("From next year, whoever ignores a court order will be blacklisted.", [("penalty", "blacklisted")]),
    ("The ministry plans to place people involved in illegal fundraising on the blacklist.",
     [("penalty", "place people involved in illegal fundraising on the blacklist")]),
    ("The state system will punish citizens who dodge bus fares with restrictions on travel.",
     [("penalty", "restrictions on travel")]),
    ("People on the blacklist can't stay at luxury hotels or send their children to private schools.",
     [("penalty", "stay at luxury hotels"), ("penalty", "send their children to private schools")]),
    ("A high credit score brings benefits like expedited visas, as well as deposit-free bike sharing.",
     [("perk", "expedited visas"), ("perk", "deposit-free bike sharing")]),
    ("Residents who score 150 or above enjoy perks such as free bicycles, cheaper heating and priority booking at "
     "hospitals.", [("perk", "free bicycles"), ("perk", "cheaper heating"), ("perk", "priority booking at hospitals")]),
])
def test_the_clause_reader_alone(nlp, text, expected):
    assert clause_findings(nlp, text) == expected


# --- withholding, lists, kinds of sanction, records (extract/consequences.py) ----------------
# Each text is written for its rule; the objects are what the clause reader makes of it.
@pytest.mark.parametrize("text, kind, expected", [
    # a verb of withholding: the party is its recipient (here "them", the debtors named before) ...
    ("Debtors on the court list are kept off sleeper trains. Insurers often refuse them new policies.",
     "penalty", ["kept off sleeper trains", "refused new policies"]),
    # ... or, where no one is named, the passage is about a list
    ("Last year, courts used the list to refuse 3 million plane tickets.", "penalty",
     ["refused 3 million plane tickets"]),
    # ... or a caption's bare participle after a passage about blacklisted debtors
    ("Blacklisted debtors are barred from flying.\n\n4.1 million: sleeper berths refused since 2015",
     "penalty", ["barred from flying", "refused sleeper berths"]),
    # ... or a bullet's participle after the thing ("•" read as a verb, the participle hangs on the thing)
    ("Blacklisted debtors are barred from flying.\n\n• 4.1 million: sleeper berths refused to listed debtors since 2015",
     "penalty", ["barred from flying", "refused sleeper berths"]),
    # going onto a list of bad standing
    ("Repeat offenders go on a blacklist of serious polluters.", "penalty",
     ["placed on blacklist of serious polluters"]),
    # what a kind of sanction reaches, "they" standing for the kind named before
    ("A 2017 memorandum tied a set of restrictions to the list. They now reach flights, luxury hotels and "
     "the purchase of cars.", "penalty",
     ["restrictions on flights", "restrictions on luxury hotels", "restrictions on purchase of cars"]),
    # a record handed on: passive, or done to what a party in bad standing has
    ("Borrowers who defaulted were reported to the provincial credit platform.", "penalty",
     ["reported to provincial credit platform"]),
    ("A C-grade exporter has its manager's file passed to the customs office.", "penalty",
     ["has its manager's file passed to the customs office"]),
    # sanctions named only in general say nothing until they say with what
    ("Dishonest firms are punished with public warnings.", "penalty", ["punished with public warnings"]),
    # "it" barred or denied is a party, of the standing its passage speaks of
    ("A blacklisted supplier gains nothing from appeals: it is denied public contracts.", "penalty",
     ["denied public contracts"]),
    # a phrasal verb whose particle follows the party
    ("Her father is on the list of dishonest debtors, and a private kindergarten turned the girl away.",
     "penalty", ["turned the girl away"]),
    # a threshold is a score: above it is good standing
    ("Members above the threshold can rent scooters without a deposit.", "perk",
     ["rent scooters without a deposit"]),
    # one object whose preposition holds the list is one perk
    ("Local banks offer credit lines for cars, flats and furniture to trustworthy residents.", "perk",
     ["credit lines for cars, flats and furniture"]),
    # listing a party by itself: one penalty per ground its relative clauses give
    ("The rules say a court may list a borrower who hides assets, who lies about income, or who ignores a "
     "summons.", "penalty", ["listed: borrower who hides assets", "listed: borrower who lies about income",
                             "listed: borrower who ignores a summons"]),
    # a hyphenated participle after "be" is passive: "are fast-tracked through"
    ("B-grade firms pay more. A-grade firms are fast-tracked through customs checks.", "perk",
     ["fast-tracked through customs checks"]),
    # a standing that qualifies a party for the perk
    ("A Lotus score of 700 or higher qualifies residents for a discounted transit pass.", "perk",
     ["discounted transit pass"]),
    # an object with its own noun in front is no rating ("inspection rates")
    ("Trustworthy firms enjoy lower inspection rates.", "perk", ["lower inspection rates"]),
    # shown in public for good standing is an honour
    ("Households with more than 90 points receive discounted rice, and their names are displayed on a board "
     "outside the village hall.", "perk", ["discounted rice", "names are displayed on a board outside the village hall"]),
    # facing or paying less, in good standing, is a perk; a tier is a rating
    ("Exporters in the top tier face fewer customs checks and pay lower bond fees.", "perk",
     ["face fewer customs checks", "pay lower bond fees"]),
    # the score of a party in bad standing falls
    # a letter grade of bad standing is no good condition; "see X done" is done to what one has; "no longer"
    ("Firms with an E rating are audited twice a year.", "penalty", ["audited twice a year"]),
    ("Borrowers with poor scores see their credit limits cut.", "penalty", ["see their credit limits cut"]),
    ("Blacklisted travellers can no longer book sleeper berths.", "penalty", ["unable to book sleeper berths"]),
    # an obligation lifted in good standing is a perk; one kept is none
    ("Tenants with high scores do not have to pay a deposit on their flats.", "perk",
     ["no need to pay a deposit on their flats"]),
    ("Tenants with high scores need to pay the deposit in person.", "perk", []),
    # undergoing more or less of something: a perk in good standing, a penalty in bad standing
    ("Certified exporters see customs checks below 10 percent of the average.", "perk",
     ["see customs checks below 10 percent of the average"]),
    ("Blacklisted drivers see steeper insurance premiums.", "penalty", ["see steeper insurance premiums"]),
    # nouns of wrongdoing and participles of bad acts mark a party bad
    ("Hauliers with repeated safety violations face more roadside checks.", "penalty", ["more roadside checks"]),
    ("Defaulting borrowers lose their right to public housing.", "penalty", ["loss of their right to public housing"]),
    # a letter after an article is a grade ("an A grade"), not the article of "A low score"
    ("Exporters with an A grade enjoy faster customs clearance.", "perk", ["faster customs clearance"]),
    # good acts in a party's description mark it good; not in a description of anything else
    ("Residents who volunteer get cheaper bus passes.", "perk", ["cheaper bus passes"]),
    ("A credit score shows the chance that borrowers will repay a loan.", "perk", []),
    # restricting a party from something sanctions it in any sentence
    ('The screen at the gate told him the passenger was "restricted from high consumption".', "penalty",
     ["restricted from high consumption"]),
    # "and" before a second noun phrase with its own determiner starts another item
    ("Defaulters are kept out of sleeper cars and the business lounges of major airports.", "penalty",
     ["kept out of sleeper cars", "kept out of business lounges of major airports"]),
    ("The courts share the list with the platform, and a defaulter's score falls by 80 points.", "penalty",
     ["defaulter's score falls"]),
])
def test_withheld_listed_covered_and_recorded(nlp, text, kind, expected):
    found, _ = claims(nlp, text, kind)
    assert objects(found) == expected


@pytest.mark.parametrize("text", [
    # a question, direct or reported, asks what happens
    "What do high-scoring residents get?",
    "How companies get blacklisted",
    "The report explains how debtors end up on these lists.",
    # going onto a list said of whom, or as a topic
    "Ending up on the blacklist is a heavy blow for small traders.",
    # withholding what a party holds is no withheld perk
    "Blacklisted travellers complain that the gate refused their identity cards.",
    # sanctions in general, by whom
    "A firm blacklisted in one city is punished by every agency.",
    # "blacklisted" that describes whom, or gives the reason
    "A supplier blacklisted by one ministry is watched by all the others.",
    "Officials say some children were upset because a parent was blacklisted.",
    # a cue inside a clause of time
    "Few people think about their score until they need to skip a deposit.",
    # authorities are not parties a score rewards
    "Under the new guidelines, regulators will sort firms into credit tiers and ask them to sign pledges.",
    # what a party in bad standing says it cannot do
    "A debtor who claims he cannot pay his loans is not honest with the court.",
    # the restrictions reach a party: whom, not what
    "The blacklist's restrictions extend to their children.",
    # a ban that covers rating people regulates the raters (a legislature on the EU's rules)
    "Several deputies argued that the prohibition should also cover credit scoring by private lenders.",
    "The Commission replied that the ban already extends to social scoring by municipalities.",
    # a company that suspends its own product sanctions no one
    "Baidu has suspended its credit scoring app, Baidu Credit, two weeks after the launch.",
])
def test_no_perk_or_penalty_in_these_clauses(nlp, text):
    assert claims(nlp, text)[0] == []


# A story about someone named: the sentence that puts them on a list gives "he", "his" their standing.
@pytest.mark.parametrize("second, expected", [
    ("He could not book a sleeper berth to Wuhan.", ["unable to book a sleeper berth to Wuhan"]),
    ("The booking office refused to sell him a ticket.", ["refused ticket"]),
    ("Two airlines would not sell him seats.", ["refused seats"]),
    ("His savings account has been frozen.", ["His savings account has been frozen"]),
    ("His mortgage application was rejected.", ["His mortgage application was rejected"]),
])
def test_a_named_debtor_and_what_befalls_him(nlp, second, expected):
    found, _ = claims(nlp, "Chen Wei is on the list of dishonest judgment debtors. " + second, "penalty")
    assert objects(found) == expected


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_apposition_and_adjuncts_are_no_list_items(nlp, apostrophe):
    text = (f"Listed debtors cannot use Weilidai, Tencent{apostrophe}s small-loan product, or buy flights through the app. "
            "Six of the debtors we met had been barred from leaving the country, for periods of up to two years.")
    found, _ = claims(nlp, text, "penalty")
    assert objects(found) == ["unable to use Weilidai", "unable to buy flights through the app",
                              "barred from leaving the country"]


@pytest.mark.parametrize("text, expected", [
    # what a party in good standing does at no cost, with no modal, is a perk
    ("AAA residents borrow up to 20 library books without a deposit.", ["borrow up to 20 library books without a deposit"]),
    # a party in bad standing is none
    ("Blacklisted debtors ride buses without a ticket.", []),
])
def test_what_a_party_in_good_standing_does_at_no_cost(nlp, text, expected):
    found, doc = claims(nlp, text, "perk")
    assert [doc.text[c.phrase_start:c.phrase_end] for c in found] == expected


@pytest.mark.parametrize("text, unwanted", [
    # whom a notice lists is no penalty, however its lead-in reads
    ("Persons subject to enforcement: Mr Zhang (male, born in 1978); Jiangxi Huarui Building Materials Co., Ltd., "
     "of which Mr Zhang is the legal representative.", {"Mr Zhang", "Jiangxi Huarui Building Materials Co., Ltd."}),
    # the grounds of a loss are not what is lost
    ("Residents with a low score lose them for traffic offences, unpaid utility bills and being on the court's "
     "blacklist.", {"unpaid utility bills", "being on the court's blacklist"}),
])
def test_parties_and_grounds_are_no_perks_or_penalties(nlp, text, unwanted):
    found, doc = claims(nlp, text)
    phrases = {doc.text[c.phrase_start:c.phrase_end] for c in found}
    assert not any(phrase.startswith(word) for phrase in phrases for word in unwanted)


@pytest.mark.parametrize("text", [
    # what a low score costs is lost, no perk (the clause reader reads the loss)
    "A low Jinyu score can cost you deposit-free rentals.",
    # a perk that is the subject of a participle of losing is withdrawn, no perk
    "Borrowers who missed payments saw their scores cut and their deposit-free services withdrawn.",
])
def test_a_perk_taken_away_is_no_perk(nlp, text):
    assert claims(nlp, text, "perk")[0] == []


@pytest.mark.parametrize("text, expected", [
    ("Those on the list are barred from luxury spending such as taking flights, booking rooms at star-rated hotels "
     "and sending their children to private schools.",
     "barred from luxury spending such as taking flights, booking rooms at star-rated hotels and sending their "
     "children to private schools"),
    ("Listed debtors are restricted from high consumption, including flights and star-rated hotels.",
     "restricted from high consumption, including flights and star-rated hotels"),
])
def test_a_restriction_with_its_examples_names_its_cue_once(nlp, text, expected):
    """The item of a restriction its examples illustrate starts at the cue: the object is not "barred from barred from"."""
    assert objects(claims(nlp, text, "penalty")[0]) == [expected]


@pytest.mark.parametrize("text", [
    "Young borrowers embrace the Lotus Score as perks multiply\n\nBy Liu Wen Source:Huanqiu Daily Published: 2019/4/2 "
    "21:03:11\n\nThe Lotus Score has become a status symbol among young urban Chinese.",
])
def test_a_cue_never_runs_from_a_headline_into_the_byline_under_it(nlp, text):
    """A perk noun ending a headline and the "Source:" label of the byline row under it are no "perks ...:" cue."""
    assert claims(nlp, text)[0] == []
