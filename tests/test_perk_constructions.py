"""Perks and penalties in constructions unseen text uses (extract/perks.py, extract/consequences.py).

Each text is written for its rule (none is copied from a development set): what the extractor
makes of it, and, for each rule, a text it must leave alone.
"""
from pathlib import Path

import pytest

from extract.nlp import analyse


def objects(nlp, text, kind):
    doc = analyse(nlp, text)
    return [c.object for c in doc._.claims if c.kind == kind]


@pytest.mark.parametrize("text, kind, expected", [
    # a noun's own examples after "such as" are the items
    ("Model households enjoy practical favours such as cheaper heating and free eye tests.", "perk",
     ["cheaper heating", "free eye tests"]),
    # a later list item with a subject and a finite verb of its own is the next clause; a misread plural is not
    ("Barred from flying, the trader took a sleeper bus home.", "penalty", ["Barred from flying"]),
    ("A high score brings perks like free bike rides, hotels stays, and cheaper loans.", "perk",
     ["free bike rides", "hotels stays", "cheaper loans"]),
    # a verb of going onto a list that the parser reads as a plural noun after a time phrase
    ("An exporter that misses two filings is moved onto a watch list; one that stays there for two years moves "
     "to the serious list.", "penalty", ["placed on watch list", "placed on serious list"]),
    # "and" before a noun that names a perk of its own, or a noun phrase with a comparative or "free",
    # starts another item, wherever the parser hung it
    ("Top-rated households enjoy discounts on water bills and priority at district clinics.", "perk",
     ["discounts on water bills", "priority at district clinics"]),
    ("Model taxpayers receive rebates on stamp duty and free entry to city museums.", "perk",
     ["rebates on stamp duty", "free entry to city museums"]),
    ("High scorers are given priority in kindergarten places and discounts on bus passes.", "perk",
     ["priority in kindergarten places", "discounts on bus passes"]),
    ("The Heron Points offer cheaper parking and priority seating at the opera house to residents scoring 800 "
     "or above.", "perk", ["cheaper parking", "priority seating at the opera house"]),
    # a penalty cue inside a longer perk ("limits" of "higher credit limits") is the perk's word, not a penalty
    ("Borrowers with excellent scores get higher credit limits on their shopping accounts.", "penalty", []),
    ("Borrowers with excellent scores get higher credit limits on their shopping accounts.", "perk",
     ["higher credit limits on their shopping accounts"]),
    # a relative clause about a standing: what it brings
    ("Households above 900 points earn an A grade, which brings cheaper water and free bus rides.", "perk",
     ["cheaper water", "free bus rides"]),
    # "from" and its gerund that the parser hangs in the relative clause about whom a verb bars
    ("Airlines have stopped passengers who ignore court orders from boarding 2 million flights since the blacklist "
     "of dishonest debtors went online in 2013, the agency said.", "penalty", ["stopped from boarding 2 million flights"]),
    # a phrasal verb of deprivation keeps its particle
    ("Officials with poor credit records can be passed over for promotion.", "penalty", ["passed over for promotion"]),
    # shown in public: what a party in bad standing has
    ("The county court has started showing the faces of debtors on screens in shopping malls.", "penalty",
     ["showing the faces of debtors on screens in shopping malls"]),
    # a recording that callers hear
    ("People who call a listed debtor hear a recording that says he has ignored a court order.", "penalty",
     ["hear a recording"]),
    ("Callers heard an automated warning that the number belonged to a court-listed debtor.", "penalty",
     ["automated warning"]),
    # points added for items that repeat the preposition; "and added for" after a list of deductions
    ("The scheme adds points for recycling, for donating blood or for tutoring children.", "perk",
     ["points added for recycling", "points added for donating blood", "points added for tutoring children"]),
    ("Points are deducted for littering or for jaywalking, and added for volunteering.", "penalty",
     ["points deducted for littering", "points deducted for jaywalking"]),
    ("Points are deducted for littering or for jaywalking, and added for volunteering.", "perk",
     ["points added for volunteering"]),
    # a verb of withholding whose subject is the list: what it withheld (a count of the purchases it
    # blocked would be a tally, a figure: tests/test_perk_battery.py)
    ("Since 2016 the blacklist has blocked plane ticket purchases.", "penalty",
     ["blocked plane ticket purchases"]),
    # a verb of honouring a party in good standing; rewarding "through"
    ("The township honours model households on a board outside the village hall.", "perk",
     ["honours model households on a board outside the village hall"]),
    ("The schemes reward residents chiefly through public praise.", "perk", ["public praise"]),
    # arrears mark a party; a perk named as what one loses is a penalty, no perk
    ("Borrowers with overdue credit-card bills lose their deposit-free rentals.", "penalty",
     ["loss of their deposit-free rentals"]),
    ("Borrowers with overdue credit-card bills lose their deposit-free rentals.", "perk", []),
    # an inability in a relative clause set off by commas is said of the party
    ("Blacklisted debtors, who cannot fly, often travel by coach.", "penalty", ["unable to fly"]),
    # a list inside the granted thing's preposition is one perk
    ("The Kite Score, which grants deposit-free rentals of scooters, tents and camping gear to members scoring 600 "
     "or more, counted 80 million users in June.", "perk", ["deposit-free rentals of scooters, tents and camping gear"]),
    # a particle the parser reads as an adverb ("turned away"); "he" after a sentence about a listed debtor
    ("Mr Wu has been on the blacklist of dishonest debtors since May. He was turned away at the boarding gate in "
     "Chengdu when he tried to fly home.", "penalty", ["turned away at boarding gate in Chengdu"]),
    # "one" standing for the score named before; what the party then does
    ("A good score gets you free umbrellas; a poor one means you pay twice as much for bikes.", "penalty",
     ["pay twice as much for bikes"]),
    # a capitalised name read as a verb opening the subject ("Trust" of "Trust Score users")
    ("Trust Score users above 600 points can charge their scooters at city stations.", "perk",
     ["charge their scooters at city stations"]),
    # a verb of handing over, negated and passive, said of a party barred in the same breath
    ("The screen said the passenger was restricted from high spending and could not be sold a berth.", "penalty",
     ["restricted from high spending", "refused berth"]),
    ("Blacklisted debtors cannot be sold tickets for sleeper trains.", "penalty", ["refused tickets for sleeper trains"]),
    # a red list is one of good standing
    ("Companies on the red list face fewer inspections.", "perk", ["face fewer inspections"]),
    ("Companies on the red list face fewer inspections.", "penalty", []),
    # a waiver reads with its verb; whom, hung on the object, is the recipient
    ("The bank waives fees for customers with excellent credit.", "perk", ["waives fees"]),
    # "free of" is an adjective of exemption
    ("High scorers are free of deposit requirements at hotels.", "perk", ["free of deposit requirements at hotels"]),
    # a noun of perks in general that says which is a perk
    ("Villagers with good scores receive cash rewards of up to 500 yuan.", "perk", ["cash rewards of up to 500 yuan"]),
    # whom a standing earns a perk is no part of it
    ("A top rating earns citizens priority in school enrolment.", "perk", ["priority in school enrolment"]),
    # losing access or a right; seizing what a party in bad standing has
    ("Debtors who ignore court orders lose access to credit.", "penalty", ["loss of access to credit"]),
    ("Defaulters lose the right to travel abroad.", "penalty", ["loss of the right to travel abroad"]),
    ("Courts can seize the assets of debtors who refuse to pay.", "penalty",
     ["seize the assets of debtors who refuse to pay"]),
    # a red list marks a party wherever it stands in its description
    ("Those who make the red list face fewer tax audits.", "perk", ["face fewer tax audits"]),
    # "the consequences include" a list
    ("For people with low scores, the consequences include higher deposits and slower loan approvals.", "penalty",
     ["higher deposits", "slower loan approvals"]),
    # what a party cannot have done to it, other than being handed something, stays an inability
    ("Blacklisted officials cannot be promoted.", "penalty", ["unable to be promoted"]),
    # a standing that entitles a party to something; a cue word inside a compound is the whole noun phrase
    ("A score of 750 entitles users to a fast-track visa service.", "perk", ["fast-track visa service"]),
    # a list of nouns after a colon: a noun the tagger reads as a verb ("express") is no clause
    ("The benefits of a high score are many: no deposits on hotel rooms, express check-in at airports and cheaper "
     "loans.", "perk", ["no deposits on hotel rooms", "express check-in at airports", "cheaper loans"]),
    # after a score condition, what one does "without" is read with it
    ("Hotels in Hangzhou let guests with scores above 650 check in without paying a deposit.", "perk",
     ["without paying a deposit"]),
    # a standing that costs a party something
    ("The blacklisting cost him his job.", "penalty", ["placed on a blacklist", "loss of his job"]),
    # "nobody on the list can" says what no one in bad standing can do
    ("Nobody on the blacklist can buy a plane ticket.", "penalty", ["unable to buy a plane ticket"]),
    # what one does at less cost; what earns points, when it is the subject
    ("Tenants with top scores ride trams at half price, and their children borrow books for free.", "perk",
     ["ride trams at half price", "borrow books for free"]),
    ("Donating blood adds 10 points.", "perk", ["points awarded for donating blood"]),
    # names that appear in public: an honour in good standing, a penalty in bad
    ("Debtors' photos appear on screens at bus stops.", "penalty", ["photos appear on screens at bus stops"]),
    # a time clause is no question ("when they rent"); what a party in good standing jumps
    ("Those who reach 1,100 points are rated exemplary. They skip the deposit when they rent a bicycle and get "
     "a discount on water bills.", "perk", ["skip deposit", "discount on water bills"]),
    # "X graded D" that the parser reads as a main verb with the letter as a subject or an object
    ("A supplier graded D loses its export quota.", "penalty", ["loss of its export quota"]),
    ("Exporters graded A by customs enjoy faster clearance and are inspected less often.", "perk",
     ["faster clearance", "inspected less often"]),
    # what a party in bad standing must do, or has to do
    ("Blacklisted debtors have to report their spending to the court every month.", "penalty",
     ["must report their spending to the court"]),
    ("Residents with high scores must register online.", "perk", []),
    # acts listed after a preposition split even where a noun phrase would not
    ("Seriously dishonest firms face restrictions on issuing bonds, receiving subsidies and buying land.", "penalty",
     ["restrictions on issuing bonds", "restrictions on receiving subsidies", "restrictions on buying land"]),
    # extending credit to a party in good standing; whom, read as a modifier of what
    ("Banks extend cheaper credit lines to firms on the red list.", "perk", ["cheaper credit lines"]),
    ("The port gives A-rated shippers lower berth fees.", "perk", ["lower berth fees"]),
    # a plural noun the tagger reads as a verb at the end of a list ("asset freezes") is no clause
    ("Sanctions for debtors include exit bans and asset freezes.", "penalty", ["exit bans", "asset freezes"]),
    # what is offered, and to whom, in the passive: the perk is the subject
    ("Discounts are offered to residents with AAA ratings.", "perk", ["Discounts are offered"]),
    # a requirement lifted for a party in good standing
    ("Deposits are not required for users with scores above 650.", "perk", ["Deposits are not required"]),
    ("Users with high scores are no longer required to pay deposits for shared bikes.", "perk",
     ["no need to pay deposits for shared bikes"]),
    ("Members with good credit need not pay a deposit.", "perk", ["no need to pay a deposit"]),
    # whom a participle describes in a relative clause is no listing; refused entry after "and"
    ("Respondents who had been blacklisted reported being denied bank loans and refused entry to private schools.",
     "penalty", ["denied bank loans", "refused entry to private schools"]),
    # "among other things" is no perk
    ("Residents scoring above 900 are entitled, among other things, to free entry to city parks.", "perk",
     ["free entry to city parks"]),
    # risk runs the other way: low risk is good standing, high risk bad; inspected less often is a perk
    ("Under the new rules, customs officers will inspect low-risk importers less often.", "perk",
     ["inspect low-risk importers less often"]),
    ("High-risk importers are inspected at every shipment.", "penalty", ["inspected at every shipment"]),
    # acts of wrongdoing mark a party
    ("People who jaywalk have their faces displayed on large screens at intersections.", "penalty",
     ["have their faces displayed on large screens at intersections"]),
    # a list a colon opens: its items, set apart by semicolons (commas stay inside an item) or bullets,
    # are perks or penalties when the lead-in says so by its words or by the standing of whom it speaks of
    ("Top-rated exporters enjoy a list of incentives:\n\n- customs declarations accepted at any hour, without "
     "the usual queue;\n\n- faster export-tax rebates, typically within a week;\n\n- priority in port inspections.",
     "perk", ["customs declarations accepted at any hour, without the usual queue",
              "faster export-tax rebates, typically within a week", "priority in port inspections"]),
    ("Once blacklisted, a supplier may be:\nbarred from bidding for municipal contracts;\nsubjected to more "
     "frequent safety audits; and\nnamed publicly on the city's website.", "penalty",
     ["barred from bidding for municipal contracts", "subjected to more frequent safety audits",
      "named publicly on the city's website"]),
    ("With a Jasmine score of 700 or more you can:\n- borrow e-books without the 50-yuan deposit;\n- park at the "
     "new civic centre for free.", "perk",
     ["borrow e-books without the 50-yuan deposit", "park at the new civic centre for free"]),
    ("Members with high scores get:\n- free umbrella loans\n- priority at the town clinic\n\nThe scheme began in 2016.",
     "perk", ["free umbrella loans", "priority at the town clinic"]),
    # a lead-in that says nothing of what it lists takes the kind from its section's heading
    ("Rewards for good payers\n\nAfter a year of on-time bills I finally qualified. This is what I use:\n\n"
     "- Free parking at Lanling malls\n\n- Deposit-free e-scooter hire\n\nMy tips\n\nPay on time.", "perk",
     ["Free parking at Lanling malls", "Deposit-free e-scooter hire"]),
    ("Penalties for defaulters\n\nThe city court keeps its own register. Here is how it works in practice:\n\n"
     "- a ban on first-class seats\n\n- a ban on holidays abroad", "penalty",
     ["ban on first-class seats", "ban on holidays abroad"]),
    # a verbless lead-in that names parties of a standing, over items that say what they do or undergo
    ("Landlords on the city blacklist:\n\n- cannot sign a new lease\n\n- are refused mobile phone contracts",
     "penalty", ["cannot sign a new lease", "are refused mobile phone contracts"]),
    # ... not over names: the lead-in only says whom it lists
    ("Blacklisted debtors:\n\n- Zhou Hai, 51\n\n- Lin Fang, 38", "penalty", []),
    # a passive verb of naming after a condition names the band, no perk
    ('A Lotus score above 720 is considered "excellent", the top band.', "perk", []),
    # a heading that names both kinds, or none, says nothing of the list
    ("Perks and penalties\n\nHere is a summary:\n\n- Free parking at Lanling malls\n\n- Deposit-free e-scooter hire",
     "perk", []),
    ("How the score works\n\nFive things count:\n\n- Payment history\n\n- Identity details", "perk", []),
    # what a low standing brings is a penalty, though the sentence names a good one first
    ("Top-rated residents get cheaper bus fares, while low grades bring public shaming and loss of housing aid.",
     "penalty", ["public shaming", "loss of housing aid"]),
    # a perk one can no longer have is a penalty
    ("When his Sesame score fell below 550, he found he could no longer rent scooters deposit-free.", "penalty",
     ["no longer able to rent scooters deposit-free"]),
    ("When his Sesame score fell below 550, he found he could no longer rent scooters deposit-free.", "perk", []),
    # numbered and lettered items: the marker is no part of the item
    ("Firms rated A may benefit from:\n1. faster export rebates;\n2. fewer random audits; and\n3. priority in tenders.",
     "perk", ["faster export rebates", "fewer random audits", "priority in tenders"]),
    ("Once blacklisted, a supplier may be:\n(a) barred from bidding for city contracts;\n(b) subjected to more "
     "frequent audits; and\n(c) named publicly on the city's website.", "penalty",
     ["barred from bidding for city contracts", "subjected to more frequent audits", "named publicly on the city's website"]),
    # a party past a threshold ("those above 110") is past a score
    ("Shoppers whose score drops below 40 see their limits frozen, while those above 120 are offered interest-free "
     "loans, free delivery and a dedicated support line.", "perk",
     ["interest-free loans", "free delivery", "dedicated support line"]),
    # a rating the parser reads as the verb of the party's clause ("Couriers rated ... are offered")
    ("Couriers rated above 95 are offered priority bookings at stations and a 15% cut in the service fee.", "perk",
     ["priority bookings at stations", "15% cut in the service fee"]),
    ("Traders rated \"A\" or above in the county's evaluation scheme can receive loans at lower rates, will enjoy "
     "lighter inspections, and will be given priority in the allocation of market stalls.", "perk",
     ["receive loans at lower rates", "lighter inspections", "priority in the allocation of market stalls"]),
    # a preposition of something else is no threshold ("Under the plan, ... rated ...")
    ("Under the plan, market entities rated \"A\" or above in the county's evaluation system can receive loans at "
     "rates up to 10 percent lower than the base rate, will enjoy lighter supervision with fewer checks, and will be "
     "given priority in the choice of pilot schemes.", "perk",
     ["loans at rates up to 10 percent lower than the base rate", "lighter supervision with fewer checks",
      "priority in the choice of pilot schemes"]),
    # penalties in general, of a named kind ("joint punishment"), are one
    ("Firms on the county's list of dishonest entities face joint punishment by more than 30 agencies.", "penalty",
     ["joint punishment by more than 30 agencies"]),
    ("Those listed as seriously dishonest will be subject to joint punishment, including curbs on bidding for public "
     "contracts, the notice said.", "penalty", ["subject to joint punishment", "curbs on bidding for public contracts"]),
    # a list the parser breaks off at a participle ("discounted") or an apposition of a common noun
    ("The scheme rewards residents above 800 points with free buses, discounted entry to city zoos and parks, a fast "
     "lane at the tax office and priority for places at nurseries.", "perk",
     ["free buses", "discounted entry to city zoos and parks", "fast lane at the tax office",
      "priority for places at nurseries"]),
    # a list the parser hangs on a clause in brackets; the aside is no part of the item
    ("Families above 900 points receive a 10% discount on water bills, cheaper loans from the local bank (how much "
     "cheaper, the bank would not say), a free eye test at the clinic and first choice of market stalls.", "perk",
     ["10% discount on water bills", "cheaper loans from the local bank", "free eye test at the clinic",
      "first choice of market stalls"]),
    # "reduced", "discounted": perks of their own words, also after "and"
    ("Firms with good credit records will enjoy quicker permits and reduced fees for public tenders.", "perk",
     ["quicker permits", "reduced fees for public tenders"]),
    ("The Heron Score, for example, gives residents free use of public libraries and discounted tickets to city zoos.",
     "perk", ["free use of public libraries", "discounted tickets"]),
    ("Her score is high enough to check in at hotels without paying upfront.", "perk",
     ["check in at hotels without paying upfront"]),
    ("He faced court-ordered ticket bans for his unpaid debts.", "penalty", ["court-ordered ticket bans for his unpaid debts"]),
    # whom, then what a party in bad standing is refused ("refusing them its ...": the firm's own)
    ("The app blocked listed debtors from booking hotel rooms, and a taxi firm followed a year later, refusing them "
     "its premium car service.", "penalty", ["blocked from booking hotel rooms", "refused its premium car service"]),
    # what a low standing has done to a party ("get your children expelled")
    ("A viral post claims that a low score can get your children expelled from school.", "penalty",
     ["get your children expelled from school"]),
    # a later item that names penalties in general describes the one before
    ("Drivers with safety complaints can lose access to night-time orders, a penalty the platform introduced in 2018 "
     "after attacks on passengers.", "penalty", ["loss of access to night-time orders"]),
    # a coordination inside the object of a preposition, and examples of a restriction on consumption,
    # stay in their item (one noun phrase with a list inside is one claim)
    ("Managers of listed firms are barred from sitting as trustees, auditors or board members of public charities.",
     "penalty", ["barred from sitting as trustees, auditors or board members of public charities"]),
    ("Listed firms face restrictions on luxury spending, including business-class flights, golf clubs and "
     "five-star hotels.", "penalty",
     ["restrictions on luxury spending, including business-class flights, golf clubs and five-star hotels"]),
    # places coordinated with "and" after a verb of showing are the places of one penalty
    ("The faces of listed debtors were shown on screens at the bus depot and in the town's theatres.", "penalty",
     ["faces of listed debtors were shown on screens at the bus depot and in the town's theatres"]),
    # a participle after a noun is the noun's, though the parser coordinates it with the verbs of the series;
    # an adjunct after a comma ("under rules ...") is no item
    ("Debtors on the list cannot take ferries, board express buses or stay in guesthouses rated four stars or "
     "higher, under rules issued by the county court.", "penalty",
     ["unable to take ferries", "unable to board express buses",
      "unable to stay in guesthouses rated four stars or higher"]),
    # "in it": the grade the question before named
    ("What does a C grade bring? Shops in it are named on the market's notice board and cannot rent stalls at "
     "the night fair.", "penalty", ["named on market's notice board", "unable to rent stalls at the night fair"]),
    # a benefit denied to a party in bad standing
    ("Residents on the county blacklist are not eligible for the heating subsidy.", "penalty",
     ["not eligible for heating subsidy"]),
    # whom a thing is refused, read by the parser as a modifier of the thing
    ("Lenders refused blacklisted borrowers fresh credit.", "penalty", ["refused fresh credit"]),
    # a verb of taking someone in, denied to a party in bad standing, with the post it is denied
    ("Firms graded D must display their grade at the entrance, and their owners may not be appointed as trustees "
     "of public charities.", "penalty",
     ["must display their grade at the entrance", "not allowed to be appointed as trustees of public charities"]),
    # a conjunct with an auxiliary of its own is not denied by the verb before it (here the parser reads the
    # series as clauses of each other)
    ("What does a C grade bring? Stallholders in it are named on the notice boards of their market, cannot be "
     "hired into public jobs, and are excluded from the city's rent subsidy, the rules say.", "penalty",
     ["named on notice boards of their market", "not hired into public jobs", "excluded from city's rent subsidy"]),
    # a verb of handing over, negated, withholds from the parties of the sentence before (no perk of its cue)
    ("Drivers graded D lose their parking permits. The city bank does not grant them car loans.", "penalty",
     ["loss of their parking permits", "refused car loans"]),
    # a verb of handing over that a verb of stopping cancels, with whom it no longer serves
    ("Listed debtors face many limits on travel. The booking site stopped selling them first-class train seats in "
     "2022, the company said.", "penalty", ["limits on travel", "refused first-class train seats"]),
    # a measure a verb caps "at" a level is done to what the party has; the next verb of the same party too
    ("The platform caps the score of any blacklisted user at 500 points and suspends deposit-free rentals.",
     "penalty", ["caps the score of any blacklisted user at 500 points", "suspends deposit-free rentals"]),
    # a penalty since a time with an ordinal word in it ("first-class") is no tally
    ("Listed debtors face many limits. The booking site has blocked them from buying first-class seats since 2021.",
     "penalty", ["many limits", "blocked from buying first-class seats"]),
    # the last verb of a series after a comma and "and" is not under the middle verb's negation, whether the
    # parser hangs it on the middle verb or takes the first verb for a clause of the middle one
    ("Blacklisted firms are named on the city website, may not bid for public contracts, and lose their tax "
     "rebates.", "penalty", ["named on city website", "not allowed to bid for public contracts", "loss of their tax rebates"]),
    ("D-rated residents are named on notice boards in their neighbourhood, may not apply for posts in the police "
     "or at state-owned banks, and lose their place on the waiting list for council housing.", "penalty",
     ["named on notice boards in their neighbourhood",
      "not allowed to apply for posts in the police or at state-owned banks",
      "loss of their place on the waiting list for council housing"]),
    # whom a restricting verb bars may be marked by a participle ("listed", "court-listed", "flagged"), which
    # describes them (no listing of its own, also where the parser reads "bars" as a noun and "listed" as the
    # verb); a second party with the particle again and no verb is barred too ("and their managers from ...")
    ("Three ride-hailing apps bar court-listed users from their premium car classes.", "penalty",
     ["bar from their premium car classes"]),
    ("The customs blacklist bars listed traders from bonded warehouses.", "penalty", ["bars from bonded warehouses"]),
    ("Its list of dishonest suppliers bars flagged vendors from hospital tenders, and their managers from running "
     "other suppliers.", "penalty", ["bars from hospital tenders", "bars from running other suppliers"]),
    # "and" before a verb in the present with an object of its own ends the list: the same subject's next verb
    ("The app blocks listed users from booking sleeper berths and lowers their score to 450.", "penalty",
     ["blocks from booking sleeper berths", "lowers their score to 450"]),
    # rationing or delaying what a party has is a penalty ("has its invoices rationed")
    ("A taxpayer graded D has its VAT invoices rationed.", "penalty", ["has its VAT invoices rationed"]),
    ("Importers on the watch list have their customs refunds delayed.", "penalty",
     ["have their customs refunds delayed"]),
])
def test_constructions(nlp, text, kind, expected):
    assert objects(nlp, text, kind) == expected


@pytest.mark.parametrize("text", [
    # a restrictive relative clause says whom ("debtors who cannot repay"), not what befalls them
    "Lawyers argue that the blacklist punishes debtors who cannot repay along with those who refuse.",
    # a clause about a noun that is denied says nothing happened
    "The audit found no sign that blacklisted firms were excluded from tenders.",
    # a score condition of the recipients of another verb: the main verb after it is not theirs
    "The Kite Score, which lends umbrellas to members scoring 600 or more, counted 80 million users in June.",
    # arrears in a sentence mark no one in it
    "The builder lost a dispute over unpaid rent and was ordered to pay damages.",
    # the wrong itself restricted; what one shows of one's own, in no bad standing
    "The guidelines set up mechanisms for restricting dishonest conduct by listed firms.",
    "A student shows her credit score to a recruiter at a job fair.",
    # what a firm cannot do with its own product
    "Under the licence, the platform may share data with banks, but it cannot market its own credit score.",
    # a feared or warned possibility; a denied subject; a clause a myth or rumour is about
    "Critics fear that blacklisted people could one day be barred from hospitals.",
    "Later, her accountant cautions, the bank might freeze her savings accounts.",
    "No debtor on the list has been refused a train ticket this year, the court said.",
    "It is a myth that people with low scores cannot get jobs.",
    "The rumour that high scorers get free flights is false.",
    # a "that" clause put after "it is" false or not true
    "It is not true that a poor Lotus Score keeps anyone off high-speed trains.",
    "It is false that residents with 900 points ride the metro for free.",
    # a time clause says when ("when he could not repay"), not what befalls anyone
    "When the blacklisted trader could not repay the loan, his lender went to court.",
    # honouring what is no party
    "The mayor praised the new scoring software.",
    # perks in general name none
    "Residents who score well receive attractive perks.",
    # a negated perk said in general is none
    "The company does not offer deposit-free rentals.",
    # a list of parties, however they are called; a lead-in that says nothing of perks or penalties
    "Blacklisted debtors include:\n- company directors;\n- local officials; and\n- celebrities.",
    "The survey asked three questions:\n- how often people check their score;\n- whether they trust it; and\n"
    "- who should run it.",
    # a restricting verb on one's own thing is a perk only for a party in good standing
    "Users with poor scores can charge their friends interest.",
    # penalties in general that say no kind name none
    "Those listed as dishonest face severe penalties.",
    "A poor score on the shopping app carries no financial consequence.",
    # a question asks whether, it does not say
    "Does the city's credit system stop 20 million people from travelling?",
    # a verb "reward" before a colon opens no list; a clause that describes what it is about says nothing happened
    "Some towns do reward good conduct: the Egret Score, for instance, is popular.",
    "Those are ticket purchases that were refused, not people.",
    "The regulator will let companies that have been named as \"seriously dishonest\" apply to leave the list.",
    # a red list is an honour, no penalty
    "By May, 5,000 firms had been placed on the \"red list\" of honest entities, he said.",
    # a negation reaches a verb that shares its auxiliary, the purpose of a denied use, a clause after "Nor",
    # and all of a clause that opens on a denied place ("In none of ...")
    "Members will not be punished for a low rating, and the rating will not be passed to the police or used to "
    "restrict travel.",
    "The Heron Score has never been used to keep anyone off a bus, the operator says.",
    "Nor will a weak Heron score, by itself, stop you from renting a flat.",
    "In none of the three counties is a poor rating used to bar residents from trains.",
    "The Heron Score does not lead to any ban on flights.",
    # what someone believes could happen; what would have followed a condition put by inversion
    "Many shoppers believe that a weak score could keep them off high-speed trains.",
    "Had the pilot reached the coast, top scorers could have skipped the queue at ferry terminals.",
    # what one stopped doing; what a label of falsehood opens; one who cannot be hired for a time is no party
    "The town stopped posting the names of blacklisted residents at the bus station last year.",
    "Myth 2: Millions of people are barred from trains because of a low score.",
    "The new manager cannot be hired until the board meets.",
    # a benefit denied with nothing named; a handing over refused to no one
    "Blacklisted residents of the county are not exempt either.",
    "The court keeps a blacklist of debtors. Its annual report did not give a figure for the year.",
    # being rated after a score condition is another standing, not a perk; a perk's sum since a time is a tally
    "Of the 20,000 drivers it scored last year, 1,500 were rated A and 600 were rated D. Most of them drive taxis.",
    "The scheme says it has waived deposits worth 12 billion yuan since 2019.",
])
def test_no_claim_in_these(nlp, text):
    doc = analyse(nlp, text)
    assert [c.object for c in doc._.claims if c.kind in ("perk", "penalty")] == []

@pytest.mark.parametrize("text", [
    # a law, a set of measures or an outline that is published exposes no one (passive, active, a plural title)
    "The Social Credit System Construction Law was published by the legislature's standing committee.",
    "In 2014 the State Council published its Planning Outline for a Social Credit System.",
    "Beijing's Social Credit Regulations were published in the city gazette in March.",
    # a lawsuit or an appeal lost is how a debtor comes to be listed, not what the list does
    "Most blacklisted debtors are small traders who lost a lawsuit over unpaid rent and could not pay.",
    # what the writer cannot check, or figures that cannot be compared, restrict no one
    "The platform says two million users have high scores, a number we could not verify.",
    "Many firms appear on more than one blacklist, so the totals cannot be compared.",
    # being rated or governed is no sanction
    "The blacklist is growing again. Third, U.S. companies operating in China are already subject to its corporate "
    "ratings.",
    "The blacklist keeps growing. Foreign-invested enterprises on it are subject to the same rules as domestic firms.",
])
def test_no_sanction_in_what_is_published_lost_in_court_or_unverified(nlp, text):
    assert objects(nlp, text, "penalty") == []


@pytest.mark.parametrize("text", [
    # a sanction lifted or suspended is relief
    "Her high-speed rail ban was lifted the following month.",
    "The court lifted the travel ban on the developer in March after he repaid the debt.",
    "Debtors who pay in instalments may apply to have their high consumption restrictions suspended.",
    # what a listed firm must do on its way off the list is a step of credit repair
    "A company removed from the abnormal operations list must show it has corrected the problem.",
    "A firm on the blacklist must wait at least a year after its listing before it can apply for credit repair.",
    "To leave the list, a debtor must pay the debt in full and apply to the court.",
])
def test_relief_and_the_way_off_a_list_are_no_penalties(nlp, text):
    assert objects(nlp, text, "penalty") == []


@pytest.mark.parametrize("text, expected", [
    # a ban imposed, a ban faced, an obligation of a grade: still penalties
    ("The court imposed an exit ban on the developer.", ["exit ban on the developer"]),
    ("Debtors face a travel ban that only the court can lift.", ["travel ban that only the court can lift"]),
    ("Firms graded D must file monthly tax returns.", ["must file monthly tax returns"]),
    # names published, a phrasal "check in", a licence lost: still penalties
    ("The names of blacklisted debtors are published in the local newspaper.", ["published in local newspaper"]),
    ("Residents on the blacklist cannot check in at hotels without paying a deposit.",
     ["unable to check in at hotels without paying a deposit"]),
    ("Blacklisted firms lose their business licences.", ["loss of their business licences"]),
])
def test_sanctions_beside_those_words_stay(nlp, text, expected):
    assert objects(nlp, text, "penalty") == expected



@pytest.mark.parametrize("text", [
    "Platforms do much of the work: Tianqing Credit lowers the scores of listed debtors and withdraws deposit-free rentals.",
    "After the listing, the bank revoked her interest-free instalments.",
])
def test_a_perk_withdrawn_is_no_perk(nlp, text):
    """What a verb of withholding takes away ("withdraws deposit-free rentals") is no perk granted."""
    assert objects(nlp, text, "perk") == []


def test_recipients_after_to_open_no_list(nlp):
    """ "gives free rides to members with scores above 700 who ...": the condition is the recipients'."""
    assert objects(nlp, "The app gives free rides to members with scores above 700 who ride every week.", "perk") \
        == ["free rides"]


FIXTURES = Path(__file__).parent / "fixtures" / "perks"


def test_a_dispatch_on_a_city_points_scheme(nlp):
    """An article written for these rules (a news feature; the rules were checked against it): every
    perk and penalty it states, by its phrase, and nothing from its survey figures or denials."""
    text = (FIXTURES / "wuxi-points-dispatch.txt").read_text(encoding="utf-8")
    doc = analyse(nlp, text)
    phrases = {kind: [text[c.phrase_start:c.phrase_end] for c in doc._.claims if c.kind == kind]
               for kind in ("perk", "penalty")}
    assert phrases == {
        "perk": ["adds 5 points", "ride the city's buses at half price", "skip the deposit",
                 "get a 10 percent discount on their water bills", "jump the queue for places at public kindergartens",
                 "names appear on an honour board at the district office"],
        "penalty": ["lose their bus discount", "face extra checks", "cannot be hired by the city government",
                    "banned from flying", "sleeper berths on trains", "turned away by private schools",
                    "put on the list", "book a flight", "refused him a new loan",
                    # the speaker's own account, in his words: a party in the first person
                    "my application was rejected"],
    }


def test_a_client_note_on_corporate_grades(nlp):
    """A second article written for these rules (a consultancy's client note on corporate grades)."""
    text = (FIXTURES / "corporate-credit-brief.txt").read_text(encoding="utf-8")
    doc = analyse(nlp, text)
    phrases = {kind: [text[c.phrase_start:c.phrase_end] for c in doc._.claims if c.kind == kind]
               for kind in ("perk", "penalty")}
    assert phrases == {
        "perk": ["a simplified refund process", "inspected less often", "lower inspection rates", "faster clearance",
                 "apply for licences online without submitting paper copies", "cheaper credit lines"],
        "penalty": ["loses its invoice quota", "barred from bidding for public contracts", "must file monthly tax returns",
                    "banned from serving as a director of another company for three years",
                    "restrictions on issuing bonds", "receiving state subsidies", "buying land"],
    }


def test_the_numbered_items_of_an_article_are_the_claims_not_its_lead_in(nlp):
    """An official notice lists measures as numbered items after a colon."""
    text = ("Article 9 Enterprises graded D shall be subject to the following measures: (1) exclusion from public "
            "tenders; (2) more frequent tax inspections; (3) suspension of export rebates.")
    doc = analyse(nlp, text)
    assert [text[c.phrase_start:c.phrase_end] for c in doc._.claims if c.kind == "penalty"] == [
        "exclusion from public tenders", "more frequent tax inspections", "suspension of export rebates"]


@pytest.mark.parametrize("text, perks, penalties", [
    # a PDF's table laid out with spaces, under a colon that opens no list of its own; a row the reader joined
    # to the next ("... free park entry B  700 to 899  none"); "none" is no item
    ("The handbook sets out the grades and their consequences: Grade  Points  Consequences\n"
     "A  900 or more  priority for school places; free park entry B  700 to 899  none\n"
     "D  below 500  named on the notice board; no subsidised loans\n",
     ["priority for school places", "free park entry"], ["named on the notice board", "no subsidised loans"]),
    # an HTML table with its caption in a row of its own: the kind of each row's label
    ("Ratings at a glance\n\n| Table 2: What each rating brings |  |\n\n|---|---|\n\n"
     "| Rating | Typical consequence |\n\n|---|---|\n\n| Red list | Faster customs clearance; fewer audits |\n\n"
     "| Seriously dishonest list | Procurement ban |\n",
     ["Faster customs clearance", "fewer audits"], ["Procurement ban"]),
    # a header that names the kind; a table of figures is none
    ("| Scheme | Perks |\n|---|---|\n| Egret Score | Free bus rides; library loans |\n\n"
     "| Grade | Launched | Cities |\n|---|---|---|\n| A | 2019 | 12 |\n",
     ["Free bus rides", "library loans"], []),
    # a count under a header of perks is a figure
    ("Table 3. Take-up\nCity      Scheme        Launched     Rewards claimed\n"
     "Jinhua    Egret Score   2017         212,000\nTaizhou   Heron Points  2019         87,500\n", [], []),
])
def test_a_tables_column_of_consequences(nlp, text, perks, penalties):
    """Each item of a row's cell in a column of consequences is one perk or penalty, of the kind its header
    names or its row's label (a grade, a status, a list) speaks of."""
    doc = analyse(nlp, text)
    assert [text[c.phrase_start:c.phrase_end] for c in doc._.claims if c.kind == "perk"] == perks
    assert [text[c.phrase_start:c.phrase_end] for c in doc._.claims if c.kind == "penalty"] == penalties


@pytest.mark.parametrize("text, kind, expected", [
    # "may not" of a rule, like "shall not" and "must not": one prohibition per act
    ("Those who default on court orders may not stay in luxury hotels or take holidays abroad, a judge said.",
     "penalty", ["not allowed to stay in luxury hotels", "not allowed to take holidays abroad"]),
    # ... but not what a thing may not mean, nor a rule on how a score may be used
    ("A poor rating may not mean that a debtor is barred from anything.", "penalty", []),
    ("A low credit score may not be used to refuse anyone bus rides, hospital care or school places.", "penalty", []),
    # "would-be" parties whom a verb bars
    ("Courts blocked 3.4 million would-be air travellers from buying tickets.", "penalty",
     ["blocked from buying tickets"]),
    # a point in time that closes the item is no part of the penalty; a length and a tally since a time stay
    ("Some 4.1 million debtors had been banned from buying plane tickets as of 2018.", "penalty",
     ["banned from buying plane tickets"]),
    ("Blacklisted debtors were barred from high-speed trains last year.", "penalty", ["barred from high-speed trains"]),
    ("Listed debtors were banned from flying for two years.", "penalty", ["banned from flying for two years"]),
    ("Courts have barred listed debtors from buying about 2.2 million plane tickets since 2015, the court said.",
     "penalty", []),
    # a gapped coordination: a count of other parties and the particle again, the verb left out
    ("By May, 8.8 million people had been barred from buying air tickets and 3.1 million from rail tickets.",
     "penalty", ["barred from buying air tickets", "barred from rail tickets"]),
    # things done to what a party has, two of them, which the parser reads as a clause of their own
    ("Debtors who ignore rulings will have their names and photos displayed on billboards.", "penalty",
     ["have their names and photos displayed on billboards"]),
    # a firm's cut of its own staff is business news, no sanction
    ("Reuters reported that Ant had cut Sesame Credit's staff by a third.", "penalty", []),
    # a claim the sentence calls false
    ("The claim that people with low scores are barred from trains for jaywalking is untrue.", "penalty", []),
])
def test_reported_rules_of_perks_and_penalties(nlp, text, kind, expected):
    """How news reports and court notices state sanctions: modals of a rule, would-be parties, gapped
    coordination, public shaming, with what the extractor must leave alone."""
    assert objects(nlp, text, kind) == expected


def test_a_rules_colon_list_parted_by_semicolons_keeps_each_part_whole(nlp):
    """ "may not: (1) ..., ... or ...; (2) ..." after a listing: each numbered part is one penalty, commas and all."""
    text = ("The court entered the firm's manager into the List of Dishonest Judgment Debtors and issued a consumption "
            "restriction order, under which he may not: (1) take aircraft, sleeper berths or first-class rail seats; "
            "(2) stay in hotels rated four stars or above.")
    doc = analyse(nlp, text)
    phrases = [text[c.phrase_start:c.phrase_end] for c in doc._.claims if c.kind == "penalty"]
    assert "sleeper berths" not in phrases
    assert any(p.endswith("take aircraft, sleeper berths or first-class rail seats") for p in phrases)


def test_a_plain_text_list_bulleted_with_double_dashes(nlp):
    """Plain-text captures write a bullet as "--": each line's item is a perk of the colon's lead-in."""
    text = ("Households with top ratings enjoy the following perks:\n\n-- free entry to the municipal museums, with no "
            "booking needed;\n\n-- cheaper water bills;\n\n-- priority at district clinics.\n")
    doc = analyse(nlp, text)
    assert [text[c.phrase_start:c.phrase_end] for c in doc._.claims if c.kind == "perk"] == [
        "free entry to the municipal museums", "cheaper water bills", "priority at district clinics"]


def test_a_list_that_says_whom_it_holds_is_not_the_good_list_named_before(nlp):
    """ "the list of seriously dishonest firms" names its own standing, whatever list the text named before."""
    text = ("The bureau keeps a red list of model firms, who get faster approvals. Firms on it enjoy these perks.\n\n"
            "Meanwhile, companies on the list of seriously dishonest firms shall be subject to joint punishment by "
            "the tax bureau.")
    assert objects(nlp, text, "penalty") == ["subject to joint punishment by the tax bureau"]
