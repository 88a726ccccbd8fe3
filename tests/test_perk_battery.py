"""A battery of perk and penalty sentences in the genres of unseen sources (session 7).

Every sentence was written for this battery, before running the extractor, over the genres a new
corpus brings (an official notice in translation, a forum thread, a press release, a podcast
transcript, a newsletter digest, an encyclopedia article, a working paper, wire stories, features,
fact-checks, NGO and think-tank pages, state media, court summaries, annual reports, blogs,
interviews) and outside the field; none is copied from an evaluation set. Each comes with the
perks and penalties a careful annotator following corpus/annotations/README.md records (as objects),
and a sentence that states none expects none.

A claim matches an expected object as `sckb evaluate` matches gold: content-word Jaccard >= 0.5
with its object or its phrase. A sentence passes when every expected object of both kinds is
matched and no other perk or penalty is extracted. Sentences the extractor still gets wrong are
marked `gap` with the cause (strict xfail: a fix that makes one pass must move it to the asserting
ones). Grow the battery with new sentences of your own, not with an evaluation set's.
"""
import pytest

from extract.evaluate import content_words, jaccard
from extract.nlp import analyse


def gap(cause: str):
    return pytest.mark.xfail(reason=cause, strict=True)


BATTERY = [
    ('notice', 'Trustworthy entities shall be given priority in administrative approvals.', ['priority in administrative approvals'], []),
    ('notice', 'Enterprises rated A shall enjoy a green channel for customs clearance.', ['green channel for customs clearance'], []),
    pytest.param('notice', 'Market entities on the red list shall be subject to reduced frequency of inspections.', ['reduced frequency of inspections'], [],
                 marks=gap("a lesser comparative after 'subject to' for a party in good standing")),
    pytest.param('notice', 'For trustworthy applicants, fault-tolerant acceptance shall apply where minor documents are missing.', ['fault-tolerant acceptance'], [],
                 marks=gap("a perk as the subject of 'shall apply'")),
    ('notice', 'Dishonest persons subject to enforcement shall not purchase tickets for soft sleepers on trains.', [], ['not purchase tickets for soft sleepers on trains']),
    ('notice', 'Seriously untrustworthy entities shall be restricted from participating in government procurement.', [], ['restricted from participating in government procurement']),
    ('notice', 'The relevant departments shall implement the following disciplinary measures against dishonest entities: restricting the issuance of bonds; restricting access to fiscal subsidies; and publicly exposing their dishonest conduct.', [], ['restricting the issuance of bonds', 'restricting access to fiscal subsidies', 'publicly exposing their dishonest conduct']),
    ('notice', 'Legal representatives of dishonest enterprises shall not serve as directors of state-owned companies.', [], ['not serve as directors of state-owned companies']),
    # a list of the posts one may not hold is one ban, whatever the cue ("may not", "shall not")
    ('notice', 'The legal representatives of seriously dishonest firms may not serve as directors, supervisors or senior '
     'managers of listed companies for three years.', [],
     ['not serve as directors, supervisors or senior managers of listed companies']),
    ('notice', 'Entities on the blacklist shall be publicly exposed on the Credit China website.', [], ['publicly exposed on the Credit China website']),
    ('notice', 'Joint punishment shall be imposed on enterprises that evade taxes.', [], ['joint punishment']),
    ('notice', 'Taxpayers with an A credit rating shall be issued invoices on demand and shall receive refunds within five working days.', ['invoices on demand', 'refunds within five working days'], []),
    ('notice', 'Untrustworthy entities shall be subject to stricter supervision and more frequent spot checks.', [], ['stricter supervision', 'more frequent spot checks']),
    ('notice', 'Incentive measures for trustworthy entities include simplified procedures, priority in public services and lower bidding deposits.', ['simplified procedures', 'priority in public services', 'lower bidding deposits'], []),
    ('notice', 'Persons listed as dishonest judgment debtors are prohibited from high consumption.', [], ['prohibited from high consumption']),
    ('notice', 'Article 12 Entities included in the list of seriously dishonest entities shall be disqualified from receiving government honours.', [], ['disqualified from receiving government honours']),
    ('notice', 'These Measures shall take effect on 1 March 2023.', [], []),
    ('notice', 'Credit information shall be collected in accordance with the law.', [], []),
    ('forum', "I got put on the blacklist last year and I couldn't book a flight to Chengdu for my sister's wedding.", [], ['placed on a blacklist', 'unable to book a flight to Chengdu']),
    pytest.param('forum', 'My Huabei limit went up after I paid off my Jiebei loan early.', ['Huabei limit went up'], [],
                 marks=gap("a limit that 'went up' (no cue of rising limits)")),
    pytest.param('forum', 'When my score dropped below 550 they made me pay a deposit for the power bank.', [], ['pay a deposit for the power bank'],
                 marks=gap("an active 'made me pay' after a 'when' clause about the score")),
    ('forum', 'Once my Sesame score passed 700 I could rent a car without a deposit.', ['rent a car without a deposit'], []),
    ('forum', 'Honestly nothing happened to me when my score dipped, I still rent bikes like before.', [], []),
    ('forum', "My cousin is a laolai and he can't take the high-speed train anymore.", [], ["can't take the high-speed train"]),
    ('forum', 'Has anyone been refused a loan because of a low Sesame score?', [], []),
    ('forum', 'With 720 points I got a free upgrade at a Hangzhou hotel last month.', ['free upgrade at a Hangzhou hotel'], []),
    pytest.param('forum', 'The bank froze my account after the court listed me as a defaulter.', [], ['froze my account', 'listed as a defaulter'],
                 marks=gap("'listed me as a defaulter': listing verb with 'as'")),
    ('forum', 'Because of my score, Ele.me let me order without paying first.', ['order without paying first'], []),
    ('press', 'Users with a score of 650 or above enjoy free rentals on all HelloPower stations.', ['free rentals on all HelloPower stations'], []),
    ('press', 'Starting today, Sesame Credit members scoring over 700 can check in at 300 partner hotels without a deposit.', ['check in at 300 partner hotels without a deposit'], []),
    ('press', 'The new Credit+ tier gives high-scoring customers faster loan approvals and a 10% discount on service fees.', ['faster loan approvals', '10% discount on service fees'], []),
    ('press', 'Qualified users will receive priority customer service and exclusive travel offers.', ['priority customer service', 'exclusive travel offers'], []),
    pytest.param('press', 'Drivers rated five stars get lower commissions and first access to airport pickups.', ['lower commissions', 'first access to airport pickups'], [],
                 marks=gap("'rated five stars': stars are no score noun")),
    ('press', 'QuickLend today announced a partnership with Zhima Credit to offer instant approvals to customers with good credit records.', ['instant approvals'], []),
    ('press', 'The company reported revenue of 3.2 billion yuan for the quarter.', [], []),
    ('transcript', "So basically you get a discount on your phone bill if your score's high.", ['discount on your phone bill'], []),
    ('transcript', "And they'd bar you from buying a plane ticket, which, you know, is a big deal.", [], ['barred from buying a plane ticket']),
    ('transcript', "If you're on that list, your kid can't go to a private school.", [], ["can't go to a private school"]),
    pytest.param('transcript', 'HOST: What happens if your score is really low? GUEST: Well, you pay more for insurance, for one.', [], ['pay more for insurance'],
                 marks=gap('a question and its answer across speakers')),
    pytest.param('transcript', 'I mean, a good score just gets you a nicer apartment without the deposit, right?', ['nicer apartment without the deposit'], [],
                 marks=gap("'a good score just gets you': causing 'get' also reads 'What a rating gets you' headlines")),
    pytest.param('transcript', "They'll put your face up on a big screen at the train station if you owe money.", [], ['face on a big screen at the train station'],
                 marks=gap("'put your face up on a big screen': exposure by a verb of placing")),
    ('transcript', "Nobody is going to stop you from buying groceries, that's a myth.", [], []),
    ('newsletter', 'Perks: free parking, faster visas.', ['free parking', 'faster visas'], []),
    ('newsletter', 'Rongcheng: residents with top scores get heating subsidies; low scorers lose access to bank loans.', ['heating subsidies'], ['loss of access to bank loans']),
    ('newsletter', 'Penalties for blacklisted firms: no bond issuance, no state subsidies, no public tenders.', [], ['no bond issuance', 'no state subsidies', 'no public tenders']),
    pytest.param('newsletter', 'Also this week: Suqian trials bus discounts for AAA-rated residents.', ['bus discounts'], [],
                 marks=gap("'AAA-rated' in one token gives no context lemma")),
    # a count of people listed reports the listing (a `blacklisted` event), no penalty of its own
    ('newsletter', 'Tianjin court blacklists 1,200 debtors; travel bans follow.', [], ['travel bans']),
    ('wire', 'Courts in the province listed 4,100 debtors in May, and 900 of them had been listed before.', [], []),
    ('newsletter', 'Firms that ignore two inspections are named publicly on the city portal.', [], ['named publicly on the city portal']),
    ('encyclopedia', 'Penalties include travel restrictions, exclusion from public procurement and reduced access to credit.[3]', [], ['travel restrictions', 'exclusion from public procurement', 'reduced access to credit']),
    pytest.param('encyclopedia', 'Rewards for high scores have included discounted public transport, waived deposits and shorter waiting times for public housing.[12]', ['discounted public transport', 'waived deposits', 'shorter waiting times for public housing'], [],
                 marks=gap("'waived deposits' read by the clause cue of waiving; 'shorter waiting times' after it")),
    ('encyclopedia', 'Under the system, blacklisted individuals may be denied loans, barred from certain jobs and prevented from enrolling their children in private schools.', [], ['denied loans', 'barred from certain jobs', 'prevented from enrolling their children in private schools']),
    ('encyclopedia', "The Supreme People's Court maintains a list of dishonest judgment debtors, whose members are banned from flying.", [], ['banned from flying']),
    ('encyclopedia', 'Sesame Credit scores range from 350 to 950.', [], []),
    ('encyclopedia', 'Among the sanctions are slower internet speeds and public naming.[7]', [], ['slower internet speeds', 'public naming']),
    ('paper', 'We document restrictions on high consumption imposed on listed debtors.', [], ['restrictions on high consumption']),
    ('paper', 'Firms on the blacklist faced exclusion from public procurement and higher borrowing costs.', [], ['exclusion from public procurement', 'higher borrowing costs']),
    ('paper', 'Redlisted firms gained eligibility for preferential loans.', ['eligibility for preferential loans'], []),
    ('paper', 'Our identification exploits the staggered rollout of the scheme across 40 prefectures.', [], []),
    ('paper', 'The sanctions regime entails both reputational costs and material restrictions, such as bans on bond issuance.', [], ['bans on bond issuance']),
    ('paper', 'Compliant firms benefit from lower inspection rates and expedited customs procedures.', ['lower inspection rates', 'expedited customs procedures'], []),
    ('paper', "We find no evidence that blacklisting reduced firms' access to bank credit.", [], []),
    ('wire', "BEIJING (Reuters) - Chinese courts barred debtors from buying 5.5 million plane tickets last year, the Supreme People's Court said.", [], ['barred from buying plane tickets']),
    ('wire', 'Under the rules, blacklisted companies will be banned from issuing bonds.', [], ['banned from issuing bonds']),
    ('wire', 'People with poor credit will find it harder to get loans, the document said.', [], ['harder to get loans']),
    ('wire', 'The city will reward residents with high scores with cheaper public transport.', ['cheaper public transport'], []),
    ('wire', 'Authorities have also suspended the business licences of 300 blacklisted firms.', [], ['suspended the business licences']),
    ('wire', 'Debtors on the list can no longer buy luxury goods or stay in star-rated hotels.', [], ['buy luxury goods', 'stay in star-rated hotels']),
    pytest.param('feature', 'For Li, a high score has meant a string of small comforts: no deposit on shared bikes, a quicker visa to Singapore.', ['no deposit on shared bikes', 'quicker visa to Singapore'], [],
                 marks=gap("'a string of small comforts' before the colon list")),
    ('feature', 'Her name now appears on a screen outside the courthouse, alongside dozens of other debtors.', [], ['name appears on a screen outside the courthouse']),
    pytest.param('feature', 'Zhang lost his job at a state bank after he was blacklisted.', [], ['lost his job at a state bank', 'blacklisted'],
                 marks=gap("'lost his job after he was blacklisted': the party's standing is in the time clause")),
    ('feature', 'The village pays top-scoring households a bonus of 200 yuan at New Year.', ['bonus of 200 yuan'], []),
    ('feature', 'Since being added to the list, he has been unable to sell his apartment.', [], ['added to the list', 'unable to sell his apartment']),
    ('factcheck', "Claim: China's system bans people from using the internet. Verdict: false.", [], []),
    ('factcheck', 'There is no evidence that people with low scores are barred from hospitals.', [], []),
    ('factcheck', 'It is true that listed debtors cannot buy first-class train tickets.', [], ['cannot buy first-class train tickets']),
    ('factcheck', 'Contrary to viral posts, a low Sesame score does not stop anyone from travelling.', [], []),
    ('ngo', 'Human rights defenders placed on the list have been denied passports.', [], ['denied passports']),
    ('ngo', 'The blacklist prevents lawyers from leaving the country.', [], ['prevented from leaving the country']),
    ('ngo', 'We urge authorities to stop restricting the travel of activists.', [], []),
    ('ngo', 'Debtors are listed because they could not pay, not because they would not.', [], []),
    ('ngo', 'Once listed, many debtors can no longer repay their loans and cannot buy train tickets.', [],
     ['cannot buy train tickets']),
    ('thinktank', 'Local pilots have experimented with incentives such as tax breaks and fast-track licensing.', ['tax breaks', 'fast-track licensing'], []),
    ('thinktank', 'In practice, sanctions on corporate violators are mostly administrative: fines, licence suspensions and exclusion from subsidies.', [], ['fines', 'licence suspensions', 'exclusion from subsidies']),
    pytest.param('thinktank', "The platform's ratings determine whether merchants are shown higher in search results.", ['shown higher in search results'], [],
                 marks=gap("'shown higher in search results'")),
    pytest.param('statemedia', 'Trustworthy people will be able to roam freely under heaven, while the discredited will find it hard to take a single step.', ['roam freely'], ['hard to take a single step'],
                 marks=gap("'the discredited' as a party; 'find it hard to'")),
    ('statemedia', 'Honest enterprises enjoy convenient services such as simplified approvals and tolerance of missing documents.', ['simplified approvals', 'tolerance of missing documents'], []),
    ('statemedia', 'A total of 6.7 million dishonest debtors have been restricted from taking flights.', [], ['restricted from taking flights']),
    pytest.param('statemedia', 'Model residents were honoured with certificates at a ceremony on Friday.', ['honoured with certificates'], [],
                 marks=gap("'honoured with' in the passive")),
    ('court', 'The court ordered the defendant to pay 80,000 yuan and added him to the list of dishonest debtors.', [], ['placed on the list of dishonest debtors']),
    ('court', 'The defendant was restricted from high consumption until the judgment is fulfilled.', [], ['restricted from high consumption']),
    ('court', "The court rejected the plaintiff's request to remove her name from the blacklist.", [], []),
    pytest.param('court', 'The court fined the company 50,000 yuan for refusing to comply with the enforcement order.', [], ['fined 50,000 yuan'],
                 marks=gap("active 'fined the company' where the grounds are a gerund")),
    ('annual', 'In 2023 we extended deposit-free services to 12 million more users with good credit.', ['deposit-free services'], []),
    ('annual', 'Merchants with high service scores received traffic support and lower commission rates.', ['traffic support', 'lower commission rates'], []),
    ('annual', 'Our credit business grew 14% year on year.', [], []),
    ('blog', 'Fun fact: with a Zhima score above 750 you can skip the security deposit at some Airbnb listings.', ['skip the security deposit'], []),
    ('blog', "If I ever get on the blacklist, I guess I'll be taking slow trains forever.", [], []),
    pytest.param('blog', "My friend's company got downgraded to a C rating and now pays higher insurance premiums.", [], ['higher insurance premiums'],
                 marks=gap('a rating downgrade read as a penalty (judgement call)')),
    pytest.param('interview', 'Q: Do high scorers get anything? A: Yes, faster approvals for business permits, mostly.', ['faster approvals for business permits'], [],
                 marks=gap('an answer fragment after a question')),
    ('interview', '"We don\'t punish anyone," the official said. "We only encourage trustworthiness."', [], []),
    ('interview', '"Once you\'re blacklisted, your children can\'t attend the good schools," he told me.', [], ["children can't attend the good schools"]),
    ('other', 'The airline offers free upgrades to passengers who book before June.', [], []),
    pytest.param('other', 'Residents are barred from parking on the street during snow emergencies.', [], [],
                 marks=gap("'barred from' outside the scoring field")),
    ('other', 'The gym gives new members a free month.', [], []),
    pytest.param('other', 'Players who cheat are banned from the tournament.', [], [],
                 marks=gap("'banned from' outside the scoring field")),
    ('wire', 'Barred from flying, the businessman took a 30-hour train to Urumqi.', [], ['barred from flying']),
    pytest.param('feature', 'What she got for her 800 points was modest: a free health check and cheaper bus fares.', ['free health check', 'cheaper bus fares'], [],
                 marks=gap("'What she got ... was: A, B' (pseudo-cleft with a colon list)")),
    ('paper', 'Sanctions against blacklisted firms, notably exclusion from land auctions, are enforced by local bureaus.', [], ['exclusion from land auctions']),
    pytest.param('notice', 'Enterprises with an A-level tax credit rating may apply for export tax refunds with priority.', ['export tax refunds with priority'], [],
                 marks=gap("'apply for X with priority'")),
    ('notice', 'For dishonest entities, the following measures shall be taken: (1) restrict their participation in public bidding; (2) cancel their honorary titles.', [], ['restrict their participation in public bidding', 'cancel their honorary titles']),
    ('newsletter', 'Xiamen: high-credit residents now get free library cards, discounted museum tickets.', ['free library cards', 'discounted museum tickets'], []),
    pytest.param('forum', 'After I defaulted on a Jiebei loan, Alipay cut my Huabei limit to zero.', [], ['cut my Huabei limit to zero'],
                 marks=gap("'cut my Huabei limit' where the standing is in an 'after' clause")),
    ('forum', 'they even called my employer and told them about my debt lol', [], []),
    ('transcript', "You can't even buy a ticket for the fast train if you're a laolai, that's how it works.", [], ["can't buy a ticket for the fast train"]),
    ('encyclopedia', 'Blacklisted persons face restrictions on travel, employment in the civil service and access to luxury goods.', [], ['restrictions on travel', 'restrictions on employment in the civil service', 'restrictions on access to luxury goods']),
    ('press', 'Eligible customers can enjoy up to 30 days of interest-free credit.', ['30 days of interest-free credit'], []),
    ('statemedia', 'Joint incentives for trustworthy entities and joint punishment for untrustworthy ones have achieved remarkable results.', [], []),
    ('paper', 'Blacklisted individuals lose eligibility for civil service positions.', [], ['loss of eligibility for civil service positions']),
    # session 9: negations, bars that protect, credits and adjuncts after a list, lists named before
    ('blog', 'A missed phone bill never got anyone barred from a flight.', [], []),
    ('statemedia', 'Under the new rules, no lender may use a blacklist to deny anyone a bank account.', [], []),
    ('alert', 'The guidance barred cities from using scores to refuse residents medical care.', [], []),
    ('alert', 'The new rules ban lenders from using blacklists to deny anyone a bank account.', [], []),
    ('paper', 'Last year the regulator published a draft of its credit rating rules.', [], []),
    ('podcast', 'So when a driver with a top score rents a car, what does he really get?', [], []),
    ('notice', 'The names of residents graded D shall be published on the city website for three months, except where they are minors.', [], ['published on the city website for three months']),
    ('wire', 'Blacklisted borrowers are refused new credit cards, via a rule the banking regulator issued in May.', [], ['refused new credit cards']),
    ('newsletter', 'The city tax bureau put 300 exporters on a "red list" last month. Firms on the list will face fewer tax audits.', ['fewer tax audits'], []),
    ('feature', 'About 2,000 residents are rated AAA. For them, the county waives the deposit on rental bikes and offers a 5 percent discount on gas bills.', ['deposit waived on rental bikes', '5 percent discount on gas bills'], []),
    ('press', 'Drivers rated AAA no longer pay deposits on company cars.', ['no need to pay deposits on company cars'], []),
    ('feature', 'A debtor who says he cannot pay 50,000 yuan but buys a new car is not being honest.', [], []),
    ('alert', 'Article 12 (Restrictions on grade D enterprises).', [], []),
    ('paper', 'Restrictions on dishonest debtors have multiplied since 2015.', [], []),
    # session 10: the grounds of a general sanction, a restriction its examples illustrate, a causative
    ('wire', '"Small traders are being punished for debts of a few hundred yuan," said a lawyer in Wuhan.', [], []),
    ('notice', 'Listed debtors are restricted from high consumption, including flights, first-class rail seats and star-rated hotels.', [],
     ['restricted from high consumption, including flights, first-class rail seats and star-rated hotels']),
    ('alert', 'A grade D enterprise may have its legal representative barred from serving as a director of any state-owned company.', [],
     ['legal representative barred from serving as a director of any state-owned company']),
    ('feature', 'Blacklisted debtors in Pingyang had their names and faces shown on a screen outside the cinema.', [],
     ['names and faces shown on a screen outside the cinema']),
    ('notice', 'Firms in class A, about 6 percent of the total, enjoy fast-track customs clearance.', ['fast-track customs clearance'], []),
    ('paper', 'Suppliers are graded from A to C. Firms in grade A are given priority in public tenders.',
     ['priority in public tenders'], []),
    ('wire', 'Households that fall below 600 points are rated D; they are screened out of civil-service exams, the bureau said.',
     [], ['screened out of civil-service exams']),
    ('report', 'Borrowers who appear on the court blacklist are automatically declined by most of the partner banks.',
     [], ['declined by most of the partner banks']),
    ('blog', 'A reader who fell below 550 was denied a deposit-free hotel booking the next day.',
     [], ['denied a deposit-free hotel booking']),
    ('report', 'Residents scoring more than 300 points can ride city ferries free on Sundays and see a dentist before paying.',
     ['ride city ferries free on Sundays', 'see a dentist before paying'], []),
    ('explainer', 'Above 720, guesthouses listed on Tujia waive the room deposit and let guests leave without checking out.',
     ['waive the room deposit', 'leave without checking out'], []),
    ('wire', 'Couriers whose rating drops below 60 will be shown fewer orders; those above 98 get first pick of morning shifts.',
     ['first pick of morning shifts'], ['shown fewer orders']),
    ('wire', 'Over 600, the old cap is lifted.', [], []),
    ('blog', 'Lenders share the list: a debtor on it will find his Jiebei loans frozen within a week.', [],
     ['find his Jiebei loans frozen']),
    ('faq', 'With a good Jinyu Score, you may be able to:\n- borrow e-bikes without a deposit;\n- skip the queue at partner clinics.',
     ['borrow e-bikes without a deposit', 'skip the queue at partner clinics'], []),
    ('faq', 'What can I do with a higher score?\n\nDepending on each partner, you may be able to:\n'
     '- rent umbrellas without a deposit (500 or above);\n- get a free month of premium membership.',
     ['rent umbrellas without a deposit', 'a free month of premium membership'], []),
    ('wire', 'Tianlu Credit, which scores more than 300 million users, lowers the scores of listed debtors.', [],
     ['lowers the scores of listed debtors']),
    ('wire', 'Households rated AAA, meaning 1,100 points or more, receive a discount on water bills and priority appointments at clinics.',
     ['discount on water bills', 'priority appointments at clinics'], []),
    ('feature', 'Residents rated AA, which requires more than 900 points, can borrow up to 15 e-books at a time instead of four, '
     'ride city buses at a 10 percent discount and skip the queue at the records office.',
     ['borrow up to 15 e-books at a time instead of four', 'ride city buses at a 10 percent discount',
      'skip the queue at the records office'], []),
    # session 11: a deposit waived in any sentence, checked less often, asked for a deposit, a sanction that says it all
    ('blog', 'The scooter firm waived its 99 yuan deposit for me after a month.', ['99 yuan deposit waived'], []),
    ('wire', 'A score above 600 waives deposits on e-bike rentals.', ['deposits waived on e-bike rentals'], []),
    # session 16: a deposit dropped or scrapped
    ('listicle', 'Two scooter apps dropped their deposits for users with 620 points or more.',
     ['deposit waived for users with 620 points or more'], []),
    ('guide', 'Lanyun Bikes scrapped the 199-yuan deposit for riders above 680.', ['deposit waived for riders above 680'], []),
    ('forum', 'My score dropped by 20 points after the late payment.', [], []),
    ('notice', 'Exporters on the red list are inspected less often and are given priority at customs.',
     ['inspected less often', 'priority at customs'], []),
    ('wire', 'Riders below 500 points were asked for deposits again after the change.', [], ['asked for deposits again']),
    ('faq', 'Borrowers whose score falls below 400 may be asked to provide a guarantor.', [], ['asked to provide a guarantor']),
    ('court', 'Li was placed on the list of dishonest judgment debtors in 2021. When he still did not pay, the court fined him '
     '20,000 yuan.', [], ['placed on the list of dishonest judgment debtors', 'fined him 20,000 yuan']),
    ('paper', 'Firms on the list lose their subsidies. The agency excluded 80 such contractors last year.', [],
     ['loss of their subsidies', 'excluded 80 such contractors']),
    ('wire', 'The regulator fined 40 companies listed in Shenzhen for late disclosures.', [], []),
    # shares listed on a market are on no list of standing
    ('press', 'Lantern Data was founded in 2014 and listed on the Nasdaq Global Market in October 2019.', [], []),
    # ... but a list of the market regulator is one (a guard: the place's own words say it is a market)
    ('notice', 'Firms that evade taxes are listed on the blacklist of the State Administration for Market Regulation.',
     [], ['listed on the blacklist']),
    ('explainer', 'Courts may fine defaulters, and the police do not publish how many such orders exist.', [], ['fine defaulters']),
    # a list named a few sentences before and called "it"; a condition put in the past tense imagines
    ('transcript', "The court list is the one with teeth. By far. The top court runs it. If you're on it, you can't fly and "
     "you can't buy property.", [], ["can't fly", "can't buy property"]),
    ('transcript', "They signed an agreement with the court list. So if I got put on it tomorrow? If you got put on it "
     "tomorrow you couldn't book a flight by lunchtime.", [], []),
    # a participle's next verb is the clause's own ("get X lowered and lose Y"), not part of the participle
    ('blog', 'Since 2019 people on the list get their Jinyu score lowered and lose access to Jiebei loans.', [],
     ['get their Jinyu score lowered', 'loss of access to Jiebei loans']),
    # a count of the acts a penalty stopped is a tally of its use (a figure), not a penalty of its own;
    # a count of what debtors are kept off still names the penalty
    ('wire', 'Airlines refused 23.4 million flight bookings by dishonest debtors in 2022, the court said.', [], []),
    ('report', 'Last year the courts blocked 5.2 million ticket purchases by listed debtors.', [], []),
    ('blog', 'Riders with low scores were suspended from the app for three late orders.', [], ['suspended from the app']),
    ('wire', 'In 2023 the court list was used to block 34.6 million attempts to buy air tickets.', [], []),
    ('wire', 'The blacklist has kept debtors off 26.8 million flights.', [], ['kept off flights']),
    # a count of those a verb of listing puts on a list is a figure (blacklisted_people), not a penalty; a party
    # named or described stays one
    ('wire', 'Courts in the province placed 48,216 judgment debtors on the blacklist last year.', [], []),
    ('report', 'Between 2015 and 2022 the courts added some 15.6 million names to the blacklist.', [], []),
    ('wire', "By the end of March, 1,247 enterprises had been included in the city's blacklist of untrustworthy "
     "entities.", [], []),
    ('wire', 'The regulator moved 1.2 million firms onto its abnormal operations list last year.', [], []),
    ('notice', 'Residents who ignore a court order are put on the blacklist.', [], ['put on the blacklist']),
    ('report', 'Last year 2,400 households were publicly listed as "untrustworthy" by the township.', [],
     ['publicly listed as "untrustworthy"']),
    # a perk that a low score costs, or that is withdrawn, is lost: a penalty, or no claim, never a perk
    ('explainer', 'A low Jinyu score can cost you deposit-free rentals.', [], ['loss of deposit-free rentals']),
    pytest.param('paper', 'Borrowers who missed payments saw their scores cut and their deposit-free services withdrawn.', [],
                 ['saw their scores cut', 'deposit-free services withdrawn'],
                 marks=gap("a second participle of 'saw' ('their services withdrawn') is read as no penalty")),
    # a verb of sanctions in general with only its grounds names no penalty; with what it punishes, it does
    ('paper', 'Dozens of cities now run scores that reward and punish residents for their conduct.', [], []),
    ('wire', 'Business groups complained that the list was punishing shop owners for the debts of their companies.', [], []),
    ('notice', 'The county punishes defaulters with travel bans.', [], ['travel bans']),
    # the letter grade a score condition leads to earns the perks; it is none itself
    ('thread', 'Residents with more than 1,100 points earn an "AA" rating.', [], []),
    ('notice', 'Firms scoring 90 or above will be placed in Class A (low risk); those below 50 in Class D.', [], []),
    ('law firm', 'Most firms with clean records can expect to be placed in Grade A or Grade B.', [], []),
    ('notice', 'Residents with high scores earn a discount on heating bills.', ['discount on heating bills'], []),
    # a naming verb that gives a title ("named one of ...", "named a model city") exposes no one
    ('encyclopedia', 'In 2016 Luhe was named one of the first demonstration cities for credit, in the same month in '
     'which the central bank allowed eight firms, among them Sesame Credit and Tencent Credit, to prepare credit '
     'reporting.', [], []),
    ('wire', 'Debtors who ignore the ruling will be named on the court website.', [], ['named on court website']),
    # session 12: lists, passes and grades
    ('transcript', 'Under the scheme, trustworthy residents can borrow e-readers without a deposit, hire canoes free of charge for the first hour, and skip the queue at the town hall.',
     ['borrow e-readers without a deposit', 'hire canoes free of charge for the first hour', 'skip the queue at the town hall'], []),
    ('paper', 'Exporters rated A received quicker tax rebates, fewer document checks and lower guarantee deposits.',
     ['quicker tax rebates', 'fewer document checks', 'lower guarantee deposits'], []),
    ('paper', 'Exporters rated A got quicker rebates, while exporters rated D were excluded from export subsidies.',
     ['quicker rebates'], ['excluded from export subsidies']),
    ('explainer', 'Citizens who collect 900 points are issued a "Pearl Card", which gives free admission to the zoo, cheaper ferry tickets and priority at the municipal swimming pool.',
     ['free admission to the zoo', 'cheaper ferry tickets', 'priority at the municipal swimming pool'], []),
    ('feature', 'Volunteers with a high score are given a Jade Pass that offers free museum entry and cheaper concert tickets.',
     ['free museum entry', 'cheaper concert tickets'], []),
    ('wire', 'The bank sent her a new debit card, which gives her access to her savings.', [], []),
    ('notice', 'Firms with an A grade get what officials call a "fast track": faster licence renewals, fewer site inspections, and lower guarantee fees.',
     ['faster licence renewals', 'fewer site inspections', 'lower guarantee fees'], []),
    ('paper', 'Ctrip hides five-star hotels from blacklisted travellers.', [], ['five-star hotels hidden']),
    ('paper', 'Didi does not allow blacklisted passengers to book its luxury cars.', [], ['unable to book luxury cars']),
    ('paper', 'The library allows readers to borrow ten books at a time.', [], []),
    ('paper', 'JD.com cuts the credit limits of blacklisted customers to zero.', [], ['credit limits cut to zero']),
    ('ngo', 'Banks use the blacklist to restrict debtors\' borrowing.', [], ['restrict borrowing']),
    ('faq', 'Once a debtor is blacklisted, his credit score is capped at 350.', [], ['credit score capped at 350']),
    ('faq', 'While you are on the list, all merchant rewards are suspended.', [], ['merchant rewards suspended']),
    ('faq', 'All merchant rewards are suspended during the upgrade.', [], []),
    ('forum', 'With 700 or more you can hire umbrellas deposit-free.', ['hire umbrellas deposit-free'], []),
    ('wire', 'Published: 14 May 2024, 09:00 HKT', [], []),
    ('court', 'Person subject to enforcement: Mr Gao (male, born in 1975), a fish trader', [], []),
    ('press', 'Members with a high score can hire scooters and e-bikes without a deposit, eat now and pay later at partner restaurants, and are offered cheaper car insurance.',
     ['hire scooters and e-bikes without a deposit', 'eat now and pay later at partner restaurants', 'cheaper car insurance'], []),
    ('press', 'Drivers with a Lotus Score of 750 or above can renew their permits online.', ['renew their permits online'], []),
    # op-ed: a colon after a lead-in of penalties opens a clause, not a list; its subject and modal are no item
    ('oped', 'The new rules codify the joint punishment of dishonest companies and their managers: those on the lists '
     'can be barred from public tenders and from receiving state subsidies.', [],
     ['barred from public tenders', 'barred from receiving state subsidies']),
    ('oped', 'The draft makes law of the joint punishment of dishonest firms and people: anyone on a list may be barred '
     'from public tenders.', [], ['barred from public tenders']),
    # session 17 (law firms' guides): a receiving verb in the present that the tagger reads as a plural noun
    ('law firm', 'A well rated exporter benefits from faster tax refunds, fewer document checks and lower bank guarantees.',
     ['faster tax refunds', 'fewer document checks', 'lower bank guarantees'], []),
    ('law firm', 'A top rated merchant benefits from lower platform fees and faster payouts.',
     ['lower platform fees', 'faster payouts'], []),
    # the objects of the one verb that opens an item are one item, whatever names a perk of its own
    ('law firm', 'Under the Provisions, a dishonest exporter shall be restricted from obtaining export rebates and '
     'subsidies.', [], ['restricted from obtaining export rebates and subsidies']),
]


def _similar(expected: str, claim, text: str) -> bool:
    words = content_words(expected)
    phrase = text[claim.phrase_start:claim.phrase_end]
    return max(jaccard(words, content_words(claim.object)), jaccard(words, content_words(phrase))) >= 0.5


def unmatched(expected: list[str], claims: list, text: str) -> tuple[list[str], list[str]]:
    """The expected objects no claim matches, and the claims no expected object matches (one to one)."""
    left, missed = list(claims), []
    for want in expected:
        found = next((c for c in left if _similar(want, c, text)), None)
        if found is None:
            missed.append(want)
        else:
            left.remove(found)
    return missed, [c.object for c in left]


@pytest.mark.parametrize("genre, text, perks, penalties", BATTERY)
def test_battery(nlp, genre, text, perks, penalties):
    doc = analyse(nlp, text, published="2024-05-17")
    for kind, expected in (("perk", perks), ("penalty", penalties)):
        claims = [c for c in doc._.claims if c.kind == kind]
        missed, extra = unmatched(expected, claims, doc.text)
        assert (missed, extra) == ([], []), f"{genre} {kind}: missed {missed}, extra {extra}"
