"""A battery of short passages across genres (encyclopedia, press release, working paper, official
notice, transcript, newsletter, forum thread, wire story, NGO page, think-tank report, state media,
court summary, annual report, blog, interview, fact-check) and whom each claim in them is about.

Written for the subject rules (extract/subjects.py) before looking at any evaluation set: invented
actors and facts, each claim with the subject a careful annotator following
corpus/annotations/README.md would give it ("Subjects", "Official documents", "Opinion polls").
Each case names a claim by its kind and words of its phrase; the claim must be extracted and its
subject be the expected one (`None`: the text names no single actor). Cases the pipeline gets
wrong today are marked xfail with the cause, so the next engineer can pick a cause and grow the
battery; so is a case whose claim another component does not find yet.
"""
import pytest

from extract.nlp import analyse


def xfail(cause: str):
    return pytest.mark.xfail(reason=cause, strict=False)


NOT_FOUND = "not extracted yet (another component's claim)"

FACTCHECK_COURT_BLACKLISTS = (
    'Penalties of that kind come from court blacklists. Under a Supreme People\'s Court rule, people who ignore a '
    'judgment can be banned from flying.')

OPED_FICO_COMPARISON = (
    'Sesame Credit scores range from 350 to 950.\n\nThe American comparison helps. In the United States, FICO '
    'scores run from 300 to 850, and a score below 620 makes a mortgage hard to get.')

OPED_LIKE_FICO = (
    'Lingxi Score, which Lingxi Data launched in 2019, sells well abroad because its range (400 to 900) looks '
    'much like a FICO score.')

OPED_SUCH_AS = (
    'Private ratings such as Lingxi Score, which grades its users between 400 and 900, are run by companies, not by '
    'the state.')

OPED_SCHUFA_COMPARISON = (
    "Rongping's scheme covers 900,000 residents. Germany's SCHUFA, by contrast, holds files on 67 million people.")

FEATURE_JUDGMENT_DEFAULTERS = (
    'Zhou runs a print shop in Wuhan. His name is on the blacklist of judgment defaulters, which held 9 million names '
    'at the end of 2020.')
BLOG_OWN_NUMBERS = (
    "Sesame Credit launched in 2015 and is run by Ant Group. Ant Group says Sesame Credit has 500 million users. "
    "Ant Group has never published the formula, and Ant Group declined to comment.\n\nWhat we saw\n\n"
    "When my team tested a deposit waiver in 2019, about 38% of our bookings came from eligible users. "
    "My monthly revenue rose by 12 percent.")

BRIEF_PLATFORM_SCORE = (
    "Ride-hailing and delivery platforms rate their workers too. Lalamove Technology’s driver service score works "
    "the other way round from a credit score. Drivers rated above 90 are offered priority dispatch at airports, "
    "while those whose score drops below 60 are suspended for a week.")

ENCY_POINTS = (
    'The Rongping Points System is a local credit scheme in Rongping County, Shandong. It '
    'was introduced in 2016 by the county government. Every resident starts with 1,000 '
    'points. Residents with fewer than 600 points are barred from civil service jobs. Those '
    'with more than 1,050 points receive free health check-ups.')

ENCY_FOOTNOTE = (
    'The Lishui Honesty Score[3] is administered by the Lishui municipal credit office. The '
    'score ranges from 350 to 950.[4] High scorers may borrow books from public libraries '
    'without a deposit.')

ENCY_HISTORY = (
    'Origins\n\nIn 2014, the State Council published the Planning Outline for the Construction '
    'of a Social Credit System. The outline set 2020 as the deadline for a basic system. It '
    'runs to some 14,000 characters.')

ENCY_SCHEME_TOPIC = (
    "Xiamen's Egret Score was launched in 2018. By 2020 it covered 3.2 million residents. "
    'Holders of a good score can rent public bicycles for free.')

PR_FIRM = (
    'HANGZHOU, March 4, 2024 -- Qingfeng Technology today announced that its credit '
    'assessment platform, Qingfeng Score, now serves more than 80 million users. The company '
    'said the platform processed 1.2 billion queries in 2023.')

PR_REVENUE = (
    'Bluepeak Data reported revenue of 4.6 billion yuan for the year, up 12 percent. The '
    'firm now employs 3,400 people in nine cities.')

PR_LAUNCH = (
    'Shenzhen-based Minglu Credit launched its merchant rating service on June 1, 2023. The '
    'service already rates 450,000 small businesses.')

WP_FINDINGS = (
    'We study the Suqian Credit Program, a municipal scheme that rates 5 million residents. '
    'Our survey of 2,100 households finds that 41 percent of respondents had never heard of '
    'the program. Participants who scored above 900 received discounts on utility bills.')

WP_NULL = (
    'In our sample, the median respondent was 38 years old. About 62 percent of the '
    'interviewees lived in cities.')

NOTICE_ARTICLES = (
    "Notice of the Municipal People's Government on Issuing the Measures for the "
    'Administration of Public Credit Information of Taiyuan\n\nArticle 1. These Measures are '
    'formulated in accordance with relevant laws. Article 12. Entities listed as seriously '
    'dishonest shall be restricted from participating in government procurement. Article 30. '
    'These Measures shall take effect on 1 March 2021.')

NOTICE_ISSUER = (
    'The Provincial Development and Reform Commission issued the Jiangbei Credit Repair '
    'Rules on 12 May 2022. The rules contain 26 articles. Under the rules, a repaired record '
    'is removed from public display after three months.')

TRANSCRIPT_OUR_PLATFORM = (
    "HOST: Welcome back. Today I'm talking with Zhou Min, product lead at Lantern "
    'Finance.\n\nZHOU: Thanks. So our platform, Lantern Pay, has about 30 million monthly '
    'users now. And if your Lantern score is above 700, the app lets you skip the deposit on '
    'rental cars.')

TRANSCRIPT_THE_APP = (
    'HOST: How big is Kaixin Wallet today? \n\nGUEST: The app crossed 12 million downloads '
    'last spring. It was launched in 2019.')

NEWSLETTER = (
    "THIS WEEK IN CREDIT\n\n1. Weihai expands its scheme. The city's Sea Gull Score now covers "
    '2.8 million residents.\n\n2. Tencent trims staff. The company cut 400 jobs in its credit '
    "unit in April.\n\n3. Court blacklist grows. The Supreme People's Court said 5.7 million "
    'people were on its list of dishonest judgment debtors.')

FORUM_ZHIMA = (
    'Re: score dropped??\n\nMy Zhima score dropped from 720 to 650 overnight. Then they cut my '
    'Huabei limit to 2,000 yuan. Anyone else?')

FORUM_NULL = (
    'Posted by lanlan88: I paid 300 yuan for the deposit and got it back after two weeks.')

WIRE_FIRMS = (
    'BEIJING (Reuters) - Eight firms applied for personal credit licences. Baihang Credit, '
    'the only one approved, has 400 million records. JD.com, which owns a stake, declined to '
    'comment, while Pudao Credit said it would reapply within 12 months.')

WIRE_POSSESSIVE = (
    "Ant's 2.3 billion dollar bond sale was postponed on Tuesday, while Tencent's 1.5 "
    'billion offering went ahead.')

LIST_PEOPLE = (
    'The Nanhu Dishonest Persons List was created by the district court in 2017. By last '
    'year 13,000 people had been put on the list. People on the list cannot buy plane '
    'tickets.')

GRANTOR = (
    "Under Suzhou's Osmanthus Score, residents with high scores can borrow from the city "
    'library for free. The Suzhou No. 1 Hospital lets them skip queues.')

GRANTOR2 = (
    'Zhenai, a dating site, gives users with a Sesame Credit score above 700 a special badge.')

TOPIC_NEAR = (
    'The Fuzhou Jasmine Score has been in use since 2019. Residents who volunteer at the Red '
    'Cross earn 20 points.')

NGO = (
    'Human Rights Monitor has documented the cases of 37 lawyers placed on travel blacklists '
    'since 2015. Many of them were also barred from sending their children to private '
    'schools.')

THINKTANK = (
    'According to the Mercator Institute, the national platform Credit China had published '
    'more than 40 million records by 2019. The site receives 2 million visits a day.')

STATEMEDIA = (
    'Xinhua, Beijing, July 9 -- Since the launch of the credit system, 27.3 million air '
    'tickets have been denied to discredited persons, the National Public Credit Information '
    'Center said on Tuesday.')

COURT = (
    'The Haidian District Court ordered Wu Gang to pay 85,000 yuan to his former employer. '
    'The court added him to its list of dishonest debtors in 2021.')

ANNUAL = (
    'Pingxin Holdings annual report 2023. Our credit services segment served 18 million '
    'customers. It generated 2.1 billion yuan in revenue, up from 1.7 billion yuan in 2022.')

BLOG = (
    "I spent a month in Rongcheng last summer. The city's famous points system gives every "
    'household 1,000 points. I lost 5 points for jaywalking, as far as I could tell.')

INTERVIEW = (
    'Q: How many people use Tianshu Credit? A: Tianshu Credit has 65 million registered '
    'users. We began in 2017 in Chengdu.')

FACTCHECK = (
    'CLAIM: China bans 10 million people from flying every year. VERDICT: Misleading. The '
    'court blacklist did block 17.5 million flight purchases by 2018, but that is a '
    'cumulative total.')

THEY_FIRMS = (
    'Koala Credit and Pengyuan Credit were among the first pilots. They together hold data '
    'on 300 million people.')

THE_PLATFORM = (
    'Weishang Mall is a social commerce app owned by Kunlun Group. The platform has 95 '
    'million buyers. It was founded in 2015.')

THE_SCHEME = (
    "Yiwu's Credit Yiwu scheme started in 2017. The scheme rewards honest merchants with "
    'cheaper loans. Merchants with poor ratings lose access to trade fairs.')

APPOSITIVE = (
    'Lakala, a payments firm with 10 million merchants, joined the pilot in 2015.')

PASSIVE = (
    'Some 1,200 firms were fined by the State Administration for Market Regulation last '
    'year. The fines totalled 3.4 billion yuan.')

NULL_GENERAL = (
    'Social credit has become a buzzword. Critics say more than half of the stories are '
    'exaggerated.')

NULL_PEOPLE = (
    'About 30 percent of Chinese adults have no credit history at all.')

OUTSIDE_1 = (
    'Northwind Airlines carried 48 million passengers in 2023. Its fleet grew to 210 '
    'aircraft.')

OUTSIDE_2 = (
    'The Greenvale Library Foundation opened its 12th branch in May 2022. The branch holds '
    '40,000 books.')

REPORTED = (
    'Analysts at Everbright Securities estimate that Tencent Credit may already have scored '
    '100 million users.')

FRONTED_NUMBER = (
    'With 520 million users, Alipay dominates mobile payments in China.')

OF_PEOPLE = (
    "Half of Hellobike's 200 million riders are under 30.")

PENALTY_GRANTOR = (
    'Under the Social Credit System, railway operators refuse to sell tickets to blacklisted '
    'travellers.')

PERK_FIRM_SCHEME = (
    'Ctrip, the travel site, waives visa deposits for Sesame Credit users with scores above '
    '750.')

RELCL_SAYS = (
    'Sinoway Credit, which was founded in 2015, says it has rated 70 million people.')

PASSIVE_DEV = (
    'The Jade Score was developed by the Wenzhou credit office in 2019. It rates residents '
    'from 0 to 1,000.')

POSS_ARM = (
    "Meituan's delivery arm handled 40 million orders a day in 2023.")

ACCORDING_ITS = (
    'According to Didi Chuxing, its drivers completed 9 billion trips last year.')

NEWSLETTER_BANK = (
    'ALSO NOTED\n\nLianhua Bank will stop issuing paper statements in July. The bank has 6 '
    'million retail customers.')

FORUM_JIEBEI = (
    'Jiebei raised my credit line to 8,000 yuan after I paid on time for a year.')

POLL_SITE = (
    'A poll by Horizon Research found that 70 percent of respondents trusted the Credit '
    'China website.')

WIRE_TWO_SCORES = (
    "Tencent said its WeChat Pay Score now covers 200 million users, while Alibaba's Sesame "
    'Credit has 500 million.')

WHOSE_SERVICE = (
    'Ant Group, whose Huabei service lent 300 billion yuan last year, was fined on Friday.')

METRO_PERK = (
    'Hangzhou Metro offers free rides to holders of a Qiantang Score above 650.')

NULL_OBSERVERS = (
    'Some observers believe that 80 percent of the reporting is wrong.')

ENCY_FRONTED = (
    'Honesty Points is a rating scheme used in Taicang. Launched in 2018, it covers 500,000 '
    'residents.')

PR_FLAGSHIP = (
    "The group's flagship app, Yunpay, reached 55 million users in December.")

WP_TABLE = (
    'Table 3 shows that firms in the pilot cities received 14 percent more loans.')

TRANSCRIPT_IT = (
    'INTERVIEWER: Your company launched Huali Score in 2020?\n\nCHEN: Yes. It has grown to 20 '
    'million users since then.')

FRONTED_APPOS = (
    'A subsidiary of JD.com, Hengtai Finance has 100 million users.')

FRONTED_WITH = (
    "With 30,000 employees, Baidu is one of China's largest internet companies.")

SCHEME_THE_LIST = (
    'Shenzhen keeps a Red List of trustworthy firms. Firms on the list pay 10 percent less '
    'for public tenders.')

COMPANY_BACK = (
    'Lakala reported 2.4 billion yuan in profit for 2022. The company was founded in 2005.')

OFFICIAL_TOOK_EFFECT = (
    'The Regulations on Social Credit of Zhejiang Province took effect on 1 October 2022. '
    'The regulations run to 54 articles.')

PERK_BANK_SCHEME = (
    'Under the Tianfu Credit scheme, the Chengdu Rural Bank gives loans of up to 300,000 '
    'yuan to farmers rated A.')

FIRM_NEARER = (
    'Hellobike, which Ant backs, waived deposits for 5 million riders in 2018.')

TWO_SENTENCES_TOPIC = (
    'The Xuancheng Credit Card scheme is run by the city. About 80,000 residents have signed '
    'up. Those who volunteer earn bonus points.')

PARAGRAPH_CARRY = (
    'The Lotus Points scheme was launched by Anxi county in 2020. Farmers earn points for '
    'planting trees.\n\nWhat the points buy is modest. Households above 1,200 points receive '
    'cheaper seed from the county store.')

PARAGRAPH_TWO_SCHEMES = (
    'Sesame Credit and Tencent Credit both rate shoppers.\n\nShoppers rated A also receive '
    'discounts on phone bills.')

MEASURES_HEAD = (
    'The Haidian Measures on Credit Rewards were issued in 2021. The measures list 18 '
    'rewards for trustworthy firms.')

OTHER_LIST = (
    'The Nanhu Dishonest Persons List was created by the district court in '
    '2017.\n\nSeparately, firms on the provincial tax blacklists cannot issue bonds.')

GRADED_NOT_LIST = (
    'Baoshan county introduced the Pine Points scheme in 2018. Villagers start with 100 '
    'points.\n\nThe county court also posts the List of Dishonest Judgment Debtors outside its '
    "gate.\n\nVillagers with more than 120 points are given priority for jobs at the county's "
    'factories.')

LIST_PENALTY_AFTER_SCHEME = (
    'Baoshan county introduced the Pine Points scheme in 2018.\n\nThe county court keeps the '
    'List of Dishonest Judgment Debtors. People on the list cannot buy plane tickets.')

FEATURE_AGE = (
    'Liu Baoshan has run a noodle shop in Nantong for twenty years. The 54-year-old was '
    "added to the court's list in 2019 over a loan he had guaranteed.")

FEATURE_AGE_MONEY = (
    'Gao Jun, a fisherman, lives in Rongcheng. Last year the 41-year-old borrowed 60,000 '
    'yuan to repair his boat.')

PLACE_OF_DOERS = (
    "China's courts have barred debtors from flights 9 million times since the List of "
    'Dishonest Judgment Debtors went online.')

PLACE_SCHEME = (
    "Weihai's system gives every resident 1,000 points at the start of the year.")

DATELINE_PR = (
    'SHENZHEN, June 3, 2024 /PRNewswire/ -- Minghe Credit today announced that its app had '
    'reached 14 million users.')

DATELINE_WIRE = (
    'BEIJING (Reuters) - Regulators fined 230 online lenders last year, according to a '
    'ministry report.')

FEATURE_AGE_BEFORE_NOUN = (
    'Wu Lihua keeps her score card in a drawer. The 71-year-old retired nurse checks it every week.')

SPEAKER_ITS = (
    'Qiantang Data, founded in 2019 by a former Alipay engineer, says its models now score 12 million '
    'borrowers for 40 banks.')

PLACE_NAMED_SCHEME = (
    'We compared three cities: Tongjiang (Hunan), Baoling (Anhui) and Shiyan (Hubei). Residents of '
    'Tongjiang are scored by the Tongjiang Civic Points, launched in 2019. Tongjiang\u2019s scheme, the '
    'youngest, offers a single perk: holders of 850 points or more can borrow at 12 libraries for up '
    'to 60 days without a deposit.')

COURT_OWN_LIST = (
    'Gao was listed by the Heyang Intermediate People\'s Court in 2018. In 2022 the court\'s list held '
    '6.1 million names nationwide, the Supreme People\'s Court said.')

COURT_OWN_BLACKLIST = COURT_OWN_LIST.replace("court's list", "court's blacklist")

PROVISION_UNDER_THEM = (
    'The Measures for the Administration of Credit Restoration, issued by the provincial planning '
    'commission in March 2021, took effect on 1 June 2021. Under them a company can ask to leave a '
    'blacklist after a publicity period of at least six months.')

ALERT_TIME_LIMIT = (
    'Client alert: the Measures for Corporate Credit Grading\n\nThe Measures for Corporate Credit Grading '
    "take effect on 1 July 2025. Under the Measures, the People's Bank of China grades every credit bureau "
    "from A to D. A bureau may object to its grade, and the People's Bank of China must reply within 15 "
    'working days.')

ALERT_ARTICLE_REQUIRES = (
    'Client alert: the Measures for Corporate Credit Grading\n\nThe Measures for Corporate Credit Grading '
    "take effect on 1 July 2025. They run to 32 articles. Article 14 requires the Harbin Credit Office to "
    'answer an objection within 15 working days.')

ALERT_PLATFORM_BEFORE = (
    'Client alert: the Measures for Corporate Credit Grading\n\nThe Measures for Corporate Credit Grading '
    'take effect on 1 July 2025. Under the Measures, every enterprise is graded from A to D. The Measures '
    'replace the 2019 rules.\n\nGrades will be published on the National Enterprise Credit Information '
    'Publicity System. Grade D enterprises may be fined up to RMB 200,000.')

WIRE_SCHEME_OPERATED_BY = (
    "Wuxi launched its Taihu Credit scheme in 2021. The scheme, operated by the Wuxi Public Credit "
    "Information Center and built on the city's services app, has about 4.1 million registered users.")

FEATURE_JUDGMENT_AGAINST = (
    'Gu Pingan sold fertiliser in Yongkang until 2020. That year a seed company won a judgment against him '
    'for 260,000 yuan, and a bank won a judgment of 90,000 yuan against his shop.')

BLOG_OWNERS_LIST = (
    "The State Administration for Market Regulation's list of seriously illegal and dishonest enterprises "
    'held 1.2 million firms at the end of 2024.')

ALERT_LIST_OF_DISHONEST = (
    'The Hubei Measures on Corporate Credit were issued in May. The Measures also create the Hubei List of '
    'Seriously Dishonest Firms. A firm fined twice within 12 months will be placed on the list for two years. '
    'Listed firms may not issue bonds, and their managers may not take up posts at state-owned banks.')

BLOG_SERIOUS_LIST = (
    'Debtors on the List of Dishonest Judgment Debtors may not fly. The List of Dishonest Judgment Debtors '
    'held 8 million names.\n\nThe regulator keeps two lists. The List of Enterprises with Abnormal Operations '
    'held 9 million entries, and its List of Seriously Illegal and Dishonest Enterprises about 500,000.\n\n'
    'A firm on the serious list is barred from public procurement, and its legal representative may not '
    'serve as a director for five years.')

WIRE_DELISTED_CAMPAIGN = (
    'Courts put 300,000 debtors on the List of Dishonest Judgment Debtors last year. Last week the Hubei '
    "Provincial Higher People's Court said it had removed 42,000 debtors in a single two-month campaign.")

ALERT_LAW_PROVISION_DATES = (
    'The Measures for the Classified Supervision of Enterprise Public Credit were issued by SAMR. The Measures run '
    'to 40 articles.\n\n- All companies registered in mainland China will receive a public credit grade of A, B, C '
    'or D from 1 March 2025.\n- Firms must file a credit commitment letter by 31 December 2025.')

WIRE_RULES_NAMED_ONCE = (
    'Shares of Jinyun Finance fell 4 percent on Monday after the central bank published the Measures for the '
    'Supervision of Online Credit Scores. Jinyun Finance runs the Jinyun Score, and Jinyun Finance said it would '
    'comply. Its rival Hailan Pay declined to comment.\n\nThe rules take effect on 1 October. Under the rules, '
    'lenders may not use a score they cannot explain. A complaint about a score must be answered within 15 days, '
    'and unlicensed scoring can draw fines of up to 2 million yuan.')

WIRE_THE_RULES_REQUIRE = (
    "The People's Bank of China on Friday published the Measures for the Supervision of Personal Credit Rating "
    'Services. Ant Group said it welcomed the rules. Ant Group runs Sesame Credit, and its rival Tencent said it '
    'would apply for a licence. The rules also require registered capital of at least 30 million yuan.')

RELEASE_NEW_RULES_CUT = (
    'The National Development and Reform Commission on Tuesday released the Guideline on Expanding Credit '
    'Incentives for Small Firms. Officials said the NDRC would review progress each year, and the NDRC named '
    'Hebei and Anhui as pilots.\n\nThe new rules also cut approval times for firms on red lists by at least '
    '20 percent.')

ALERT_CITED_REGULATION = (
    'Client alert: the Measures for Corporate Credit Grading\n\nThe Measures for Corporate Credit Grading take effect '
    'on 1 July 2025. The Measures grade every firm from A to D.\n\nUnder the Regulations on the Management of Credit '
    'Reporting, a firm that disputes its credit report may file an objection, and the bureau must reply within 20 days.')

RELEASE_GUIDELINE_TOPIC = (
    'The Guideline on Expanding Credit Incentives for Small Firms is a step in building the social credit system, '
    'officials said.\n\nAccording to the guideline, approvals for firms on red lists will be faster. Bank loans will '
    'be cheaper, officials said.\n\nFirms with minor violations may apply for credit repair after six months, and a '
    'request must be handled within seven working days.')

EXPLAINER_OWNERS_CENTRE = (
    "The People's Bank of China's Credit Reference Center holds files on 1.16 billion people, the centre said in "
    'a statement last June.')

WIRE_FINED_ARM = (
    'In July the central bank fined Tenpay, Tencent\'s payments subsidiary, 1.2 billion yuan for breaching '
    'rules on merchant management.')

WIRE_FINED_BUREAU = (
    'Heyuan Credit Reporting, a licensed bureau in Hangzhou, now keeps files on 90 million adults. In '
    'January the central bank fined the bureau 380,000 yuan for keeping data on people who had '
    'withdrawn their consent.')

FEATURE_FINED_DEBTOR = (
    'Zhou Jianguo ran a small furniture workshop in Wenling until 2019. When he hid his savings from '
    'the bailiffs, the Wenling court fined him 40,000 yuan.')

THREAD_SCHEME_BESIDE_LIST = (
    'I spent a week in Lanfeng, the city that gives every resident a "trust score". The scheme is '
    'called Lanfeng Points and is run by the municipal credit bureau.\n\n'
    'You lose points for traffic offences and for being on the court\'s list of dishonest judgment '
    'debtors, which costs 100 points in one go.\n\n'
    'Scores above 1,050 earn an "AAA" rating. Only around 38,000 residents are AAA.')

EXPLAINER_OWNER_SCORE = (
    'Q: Is WeChat Pay Score worth switching on?\n\n'
    'A: It depends how you spend. Tencent\'s score, launched as a trial in 2017, ranges from 300 to 850.')

NEWSLETTER_SCORE_APPOSITION = (
    'JD Technology\'s Baiyun Credit, the JD.com score that runs from 0 to 100, now gives users above '
    '90 interest-free instalments.')

RED_AFTER_BLACK = (
    'The county court added 300 debtors to the List of Dishonest Judgment Debtors last year. '
    "Companies on the county's red list get cheaper loans from local banks.")

BRIEF_SECTIONS = (
    'Key findings\n'
    '- Lanzhou and Qinghe run scores that differ in purpose.\n'
    '- Qinghe’s Willow Score only rewards good conduct.\n'
    '1. Introduction\n'
    'Municipal scores have spread since 2015.\n'
    '2. Two schemes\n'
    'Lanzhou Harmony Points. Lanzhou launched its scheme in May 2017. Every resident starts at 500 points, and the '
    'score can range from 0 to 800. Residents above 700 points receive a 15 per cent discount on bus passes.')

BRIEF_ITS_SCHEME = (
    '2. Two schemes\n'
    'Heyang Civic Points. Heyang, a city in Shaanxi, launched its scheme in May 2017. Every resident starts at '
    '500 points.')

BRIEF_HEADING_NAME = (
    'Only Qinghe’s Willow Score rewards residents.\n\n'
    'Qinghe Willow Score. Qinghe’s score was launched in 2019 and runs from 200 to 900 points.')

ENCY_CITY_FOR_SCHEME = (
    'The Heyang Civic Points is a municipal scheme in Heyang, a city in Shaanxi. It is often compared with '
    'Sesame Credit and Tencent Credit.\n\n'
    'In 2017 the city added red and black lists. Residents scoring 900 points or more were graded AAA.')

# A city acting on the scheme the text names for it: what it does there is the scheme's.
NEWS_CITY_ENROLS = (
    'Linzhou launched its Lake Score in April 2019 and had signed up 820,000 residents by the end of the year. '
    'Linzhou has 1.4 million residents.')

NEWS_CITY_EXTENDS = (
    'Pingyang runs the Pingyang Harmony Points, which reward volunteering. Last year the city extended the '
    'points to 3,200 private firms. Pingyang also hosted a trade fair in 2023.')

NEWS_CITY_ROLLED_OUT = (
    'Fenghua rolled out the Bamboo Score in 2019. In June 2022 the city scrapped the deductions attached '
    'to low scores, after complaints from residents. In 2023 the city signed an agreement with Alipay to show '
    'the scores in its app.')

NEWS_CITY_LAUNCHED = (
    'Wenzhou rolled out the Bamboo Score in 2019. Last year the city extended the score to 2,600 shops.')

NEWS_CITY_ANNOUNCED = (
    "Ningbo's Lotus Score rewards blood donors. Ningbo announced in May 2023 that the score would be "
    'linked to the housing provident fund.')

SURVEY_BY_CITY = (
    'Heyang runs the Heyang Civic Points, and Linshui runs the Linshui Trust Score.\n\n'
    'We surveyed 1,200 residents. Awareness of the local score was highest in Linshui, where 74 per cent of '
    'respondents knew of it, against 52 per cent in Heyang. Use of a perk was rarer: 18 per cent of Heyang '
    'respondents had used one.')

SURVEY_SAID_THEY = (
    'Suzhou introduced the Osmanthus Score in 2018. In a survey of 1,200 residents last year, 64 per cent said '
    'they approved of the scheme and 12 per cent said they disapproved of it.')

FEATURE_SORTS_INTO_GRADES = (
    'The State Taxation Administration sorts taxpayers into four grades. Last year it said 2.1 million firms '
    'had an A.\n\nThe top grade pays. A-grade firms can claim export rebates within five working days.')

WIRE_RATES_READ_AS_NOUN = (
    'The port has its own ladder. The General Administration of Customs rates importers from Advanced down to '
    'Dishonest. About 4,800 firms held the top grade at the end of March.')

ALERT_RUNS_A_RATING = (
    'The State Taxation Administration runs a separate rating. Firms are graded from A to D each April. A-grade '
    'firms get faster export rebates and are exempt from routine audits. About 410,000 firms held an A in 2023.')

STATE_MEDIA_POINTS_LIST = (
    'Tanxi introduced the Willow Points scheme in 2020. Every adult starts with 1,000 points.\n\nResidents who '
    'drop below 650 points are rated "D" and put on the county\'s list of dishonest persons. They lose access '
    'to government subsidies.')

ALERT_GRADED_FIRMS = (
    'The market regulator published its grading rules in March.\n\nGrade D enterprises will be barred from '
    'public tenders for three years. Red-list companies enjoy fewer random inspections.')

EXPLAINER_TAXPAYER_GRADES = (
    'Tax grades matter too.\n\nA D-grade taxpayer faces monthly audits and has its invoices capped. A-grade '
    'taxpayers may skip the deposit on customs bonds.')

# a scholar's abstract: the study's own material (interviews, a survey's sample, records it uses) is no
# actor's, whatever the sentence before named
ABSTRACT_STUDY_MATERIAL = (
    'The Lotus Score ranges from 300 to 900 points. Drawing on 31 interviews with lenders in Wuxi, we show '
    'that borrowers above 700 points get cheaper loans. Jinhua launched its Plum Points in 2018. This thesis '
    'uses a survey of 640 residents of Jinhua and Lishui and case files of 2,300 debtors. Using repayment '
    'records of 52,000 borrowers, we find that listed debtors repaid sooner. Jinhua doubled its rewards in 2021. '
    'Of the 640 respondents, 58% knew their own score.'
)

BUSINESS_VALUED = (
    'Lotus Finance, which was valued at $12 billion in a funding round in March, says more than 300 lenders now '
    'check Sesame scores before approving loans.')

GUIDE_LEVELED_SCORES = (
    'WeChat Pay Score rates users from 300 to 850.\n\nUsers with higher scores get longer repayment periods.\n\n'
    'Users who score above 600 can hire e-scooters in Chengdu without a deposit.')

GUIDE_LOW_SCORES = (
    'Tencent Credit is the rating shown inside QQ Wallet. Tencent Credit starts every user at 300.\n\n'
    'Borrowers with low scores pay more interest.\n\nCinemas in Xi\'an offer free popcorn to users scoring 700 or above.')

COMMISSION_FROZEN_SCORE = (
    'Findings: JD Finance has developed its own rating, Xiaobai Credit, but suspended it in March 2019. '
    'The People\'s Bank of China approved Baihang Credit in 2018 and licensed it again in 2021.')

SPEECH_AIMED_DEADLINE = (
    'By 2027, the Guangxi government intends to roll out the Osprey Score in every county. '
    'By 2020, the central government aimed to put the Social Credit System into operation nationwide.')

SPEECH_CITY_OF = (
    'In the city of Hanting, officials give every resident 1,000 points at the start. '
    'Lawmakers were told that the city of Suqian gives residents with high scores discounts on public transport.')

HEARING_KEEPERS_LIST = (
    'The Supreme People\'s Court told the official press last year that 4.2 million people had been '
    'taken off its blacklist once they paid.')

CASES = [
    pytest.param(ABSTRACT_STUDY_MATERIAL, 'figure', '31 interviews', None, id='abstract-study-interviews'),
    pytest.param(ABSTRACT_STUDY_MATERIAL, 'figure', '640 residents', None, id='abstract-study-survey-sample'),
    pytest.param(ABSTRACT_STUDY_MATERIAL, 'figure', '52,000 borrowers', None, id='abstract-study-records-used'),
    pytest.param(ABSTRACT_STUDY_MATERIAL, 'figure', '2,300 debtors', None, id='abstract-study-case-files-used'),
    pytest.param(ABSTRACT_STUDY_MATERIAL, 'figure', '640 respondents', None, id='abstract-study-respondents'),
    pytest.param(ABSTRACT_STUDY_MATERIAL, 'figure', 'from 300', 'Lotus Score', id='abstract-study-scale-stays-the-scheme-s'),
    # "users with higher scores" are the holders of the topic's scores, not scores in general: the topic holds
    pytest.param(GUIDE_LEVELED_SCORES, 'perk', 'e-scooters', 'WeChat Pay Score',
                 id='guide-leveled-scores-perk-e-scooters'),
    pytest.param(GUIDE_LOW_SCORES, 'perk', 'free popcorn', 'Tencent Credit',
                 id='guide-low-scores-perk-free-popcorn'),
    # an object "it" is not its verb's subject, though the verb shares it with the verb before
    pytest.param(COMMISSION_FROZEN_SCORE, 'date', 'suspended it', 'Xiaobai Credit',
                 id='commission-object-it-of-a-coordinated-verb'),
    pytest.param(COMMISSION_FROZEN_SCORE, 'date', 'licensed it', 'Baihang Credit',
                 id='commission-object-it-of-a-coordinated-verb-licensed'),
    # a deadline the parser hangs on a verb of intention is about what is intended, not about the aimer
    pytest.param(SPEECH_AIMED_DEADLINE, 'date', 'roll', 'Osprey Score', id='speech-deadline-of-what-is-intended'),
    # "the city of X" is the place X, which sets its scene or grants as its unnamed scheme
    pytest.param(SPEECH_CITY_OF, 'figure', '1,000 points', 'Hanting', id='speech-in-the-city-of-sets-the-scene'),
    pytest.param(SPEECH_CITY_OF, 'perk', 'discounts', 'Suqian', id='speech-the-city-of-grants'),
    # a list no one has named, kept by a body the gazetteer gives one blacklist, is that blacklist
    pytest.param(HEARING_KEEPERS_LIST, 'figure', '4.2 million', 'List of Dishonest Judgment Debtors',
                 id='hearing-a-keeper-s-own-blacklist'),
    pytest.param(ENCY_POINTS, 'date', 'introduced', 'Rongping Points System', id='ency-points-date-introduced',
                 marks=xfail("actor finder: a name ending in a scheme head ('Points') is cut before 'System'")),
    pytest.param(ENCY_POINTS, 'figure', '1,000 points', 'Rongping Points System', id='ency-points-figure-1000-points',
                 marks=xfail("actor finder: a name ending in a scheme head ('Points') is cut before 'System'")),
    pytest.param(ENCY_POINTS, 'penalty', 'civil service', 'Rongping Points System', id='ency-points-penalty-civil-service',
                 marks=xfail("actor finder: a name ending in a scheme head ('Points') is cut before 'System'")),
    pytest.param(ENCY_POINTS, 'perk', 'health check-ups', 'Rongping Points System', id='ency-points-perk-health-check-ups',
                 marks=xfail("actor finder: a name ending in a scheme head ('Points') is cut before 'System'")),
    pytest.param(ENCY_FOOTNOTE, 'perk', 'without a deposit', 'Lishui Honesty Score', id='ency-footnote-perk-without-a-deposit'),
    pytest.param(ENCY_HISTORY, 'date', '2014', 'State Council', id='ency-history-date-2014'),
    pytest.param(ENCY_HISTORY, 'figure', '14,000 characters', 'Planning Outline for the Construction of a Social Credit System', id='ency-history-figure-14000-characters'),
    pytest.param(ENCY_SCHEME_TOPIC, 'date', '2018', 'Egret Score', id='ency-scheme-topic-date-2018'),
    pytest.param(ENCY_SCHEME_TOPIC, 'figure', '3.2 million residents', 'Egret Score', id='ency-scheme-topic-figure-3.2-million-residents'),
    pytest.param(ENCY_SCHEME_TOPIC, 'perk', 'bicycles', 'Egret Score', id='ency-scheme-topic-perk-bicycles'),
    pytest.param(PR_FIRM, 'figure', '80 million users', 'Qingfeng Score', id='pr-firm-figure-80-million-users'),
    pytest.param(PR_FIRM, 'figure', '1.2 billion queries', 'Qingfeng Score', id='pr-firm-figure-1.2-billion-queries'),
    pytest.param(PR_REVENUE, 'figure', '4.6 billion yuan', 'Bluepeak Data', id='pr-revenue-figure-4.6-billion-yuan'),
    pytest.param(PR_REVENUE, 'figure', '3,400 people', 'Bluepeak Data', id='pr-revenue-figure-3400-people'),
    pytest.param(PR_REVENUE, 'figure', 'nine cities', 'Bluepeak Data', id='pr-revenue-figure-nine-cities'),
    pytest.param(PR_LAUNCH, 'date', 'June 1, 2023', 'Minglu Credit', id='pr-launch-date-june-1-2023', marks=xfail(NOT_FOUND)),
    pytest.param(PR_LAUNCH, 'figure', '450,000 small businesses', 'Minglu Credit', id='pr-launch-figure-450000-small-businesses'),
    pytest.param(WP_FINDINGS, 'figure', '5 million residents', 'Suqian Credit Program', id='wp-findings-figure-5-million-residents'),
    pytest.param(WP_FINDINGS, 'figure', '41 percent', 'Suqian Credit Program', id='wp-findings-figure-41-percent'),
    pytest.param(WP_FINDINGS, 'perk', 'discounts on utility bills', 'Suqian Credit Program', id='wp-findings-perk-discounts-on-utility-bills'),
    pytest.param(WP_NULL, 'figure', '38 years', None, id='wp-null-figure-38-years'),
    pytest.param(WP_NULL, 'figure', '62 percent', None, id='wp-null-figure-62-percent'),
    pytest.param(NOTICE_ARTICLES, 'penalty', 'government procurement', 'Social Credit System', id='notice-articles-penalty-government-procurement'),
    pytest.param(NOTICE_ARTICLES, 'date', '1 March 2021', 'Measures for the Administration of Public Credit Information of Taiyuan', id='notice-articles-date-1-march-2021'),
    pytest.param(NOTICE_ISSUER, 'date', '12 May 2022', 'Provincial Development and Reform Commission', id='notice-issuer-date-12-may-2022', marks=xfail(NOT_FOUND)),
    pytest.param(NOTICE_ISSUER, 'figure', '26 articles', 'Jiangbei Credit Repair Rules', id='notice-issuer-figure-26-articles'),
    pytest.param(TRANSCRIPT_OUR_PLATFORM, 'figure', '30 million', 'Lantern Pay', id='transcript-our-platform-figure-30-million'),
    pytest.param(TRANSCRIPT_OUR_PLATFORM, 'perk', 'deposit', 'Lantern Pay', id='transcript-our-platform-perk-deposit'),
    pytest.param(TRANSCRIPT_THE_APP, 'figure', '12 million downloads', 'Kaixin Wallet', id='transcript-the-app-figure-12-million-downloads',
                 marks=xfail("actor finder: the NER takes 'Kaixin Wallet' for a person and nothing in the text says it is an app")),
    pytest.param(TRANSCRIPT_THE_APP, 'date', '2019', 'Kaixin Wallet', id='transcript-the-app-date-2019',
                 marks=xfail("actor finder: the NER takes 'Kaixin Wallet' for a person and nothing in the text says it is an app")),
    pytest.param(NEWSLETTER, 'figure', '2.8 million residents', 'Sea Gull Score', id='newsletter-figure-2.8-million-residents'),
    pytest.param(NEWSLETTER, 'figure', '400 jobs', 'Tencent', id='newsletter-figure-400-jobs'),
    pytest.param(NEWSLETTER, 'figure', '5.7 million people', 'List of Dishonest Judgment Debtors', id='newsletter-figure-5.7-million-people'),
    pytest.param(FORUM_ZHIMA, 'figure', '720', 'Sesame Credit', id='forum-zhima-figure-720'),
    pytest.param(FORUM_ZHIMA, 'figure', '2,000 yuan', 'Huabei', id='forum-zhima-figure-2000-yuan',
                 marks=xfail("figures: a money amount that is a named product's limit ('my Huabei limit') is the product's")),
    pytest.param(FORUM_NULL, 'figure', '300 yuan', None, id='forum-null-figure-300-yuan'),
    pytest.param(WIRE_FIRMS, 'figure', '400 million records', 'Baihang Credit', id='wire-firms-figure-400-million-records'),
    pytest.param(WIRE_POSSESSIVE, 'figure', '2.3 billion', 'Ant Financial', id='wire-possessive-figure-2.3-billion',
                 marks=xfail("figures: the parser hangs the possessor on the noun after the amount ('Ant's 2.3 billion dollar bond sale')")),
    pytest.param(WIRE_POSSESSIVE, 'figure', '1.5 billion', 'Tencent', id='wire-possessive-figure-1.5-billion', marks=xfail(NOT_FOUND)),
    pytest.param(LIST_PEOPLE, 'figure', '13,000 people', 'Nanhu Dishonest Persons List', id='list-people-figure-13000-people'),
    pytest.param(LIST_PEOPLE, 'penalty', 'plane tickets', 'Nanhu Dishonest Persons List', id='list-people-penalty-plane-tickets'),
    pytest.param(GRANTOR, 'perk', 'library', 'Osmanthus Score', id='grantor-perk-library'),
    pytest.param(GRANTOR, 'perk', 'skip queues', 'Osmanthus Score', id='grantor-perk-skip-queues'),
    pytest.param(GRANTOR2, 'perk', 'badge', 'Sesame Credit', id='grantor2-perk-badge'),
    pytest.param(TOPIC_NEAR, 'date', '2019', 'Fuzhou Jasmine Score', id='topic-near-date-2019'),
    pytest.param(TOPIC_NEAR, 'figure', '20 points', 'Fuzhou Jasmine Score', id='topic-near-figure-20-points'),
    pytest.param(NGO, 'figure', '37 lawyers', None, id='ngo-figure-37-lawyers',
                 marks=xfail("plural blacklists in general ('travel blacklists') name no one list")),
    pytest.param(THINKTANK, 'figure', '40 million records', 'Credit China', id='thinktank-figure-40-million-records'),
    pytest.param(THINKTANK, 'figure', '2 million visits', 'Credit China', id='thinktank-figure-2-million-visits'),
    pytest.param(STATEMEDIA, 'figure', '27.3 million air tickets', 'Social Credit System', id='statemedia-figure-27.3-million-air-tickets',
                 marks=xfail("'the credit system' of state media is the Social Credit System")),
    pytest.param(COURT, 'figure', '85,000 yuan', 'Wu Gang', id='court-figure-85000-yuan'),
    pytest.param(ANNUAL, 'figure', '18 million customers', 'Pingxin Holdings', id='annual-figure-18-million-customers',
                 marks=xfail("'our' in a company's own report stands for the company, not for a speaker")),
    pytest.param(ANNUAL, 'figure', '2.1 billion yuan', 'Pingxin Holdings', id='annual-figure-2.1-billion-yuan'),
    pytest.param(BLOG, 'figure', '1,000 points', 'Rongcheng', id='blog-figure-1000-points'),
    pytest.param(INTERVIEW, 'figure', '65 million registered users', 'Tianshu Credit', id='interview-figure-65-million-registered-users'),
    pytest.param(INTERVIEW, 'date', '2017', 'Tianshu Credit', id='interview-date-2017',
                 marks=xfail("actor finder: a name the NER found once is not an actor where it recurs ('A: Tianshu Credit has')")),
    pytest.param(FACTCHECK, 'figure', '17.5 million', 'List of Dishonest Judgment Debtors', id='factcheck-figure-17.5-million'),
    pytest.param(THEY_FIRMS, 'figure', '300 million people', None, id='they-firms-figure-300-million-people'),
    pytest.param(THE_PLATFORM, 'figure', '95 million buyers', 'Weishang Mall', id='the-platform-figure-95-million-buyers'),
    pytest.param(THE_PLATFORM, 'date', '2015', 'Weishang Mall', id='the-platform-date-2015'),
    pytest.param(THE_SCHEME, 'perk', 'cheaper loans', 'Credit Yiwu', id='the-scheme-perk-cheaper-loans'),
    pytest.param(THE_SCHEME, 'penalty', 'trade fairs', 'Credit Yiwu', id='the-scheme-penalty-trade-fairs'),
    pytest.param(APPOSITIVE, 'figure', '10 million merchants', 'Lakala', id='appositive-figure-10-million-merchants'),
    pytest.param(APPOSITIVE, 'date', '2015', 'Lakala', id='appositive-date-2015'),
    pytest.param(PASSIVE, 'figure', '1,200 firms', 'State Administration for Market Regulation', id='passive-figure-1200-firms'),
    pytest.param(NULL_GENERAL, 'figure', 'half', None, id='null-general-figure-half'),
    pytest.param(NULL_PEOPLE, 'figure', '30 percent', None, id='null-people-figure-30-percent'),
    pytest.param(OUTSIDE_1, 'figure', '48 million passengers', 'Northwind Airlines', id='outside-1-figure-48-million-passengers'),
    pytest.param(OUTSIDE_1, 'figure', '210 aircraft', 'Northwind Airlines', id='outside-1-figure-210-aircraft', marks=xfail(NOT_FOUND)),
    pytest.param(OUTSIDE_2, 'figure', '40,000 books', 'Greenvale Library Foundation', id='outside-2-figure-40000-books'),
    pytest.param(REPORTED, 'figure', '100 million users', 'Tencent Credit', id='reported-figure-100-million-users'),
    pytest.param(FRONTED_NUMBER, 'figure', '520 million users', 'Alipay', id='fronted-number-figure-520-million-users'),
    pytest.param(OF_PEOPLE, 'figure', '200 million riders', 'Hellobike', id='of-people-figure-200-million-riders'),
    pytest.param(PENALTY_GRANTOR, 'penalty', 'tickets', 'Social Credit System', id='penalty-grantor-penalty-tickets'),
    pytest.param(PERK_FIRM_SCHEME, 'perk', 'visa deposits', 'Sesame Credit', id='perk-firm-scheme-perk-visa-deposits'),
    pytest.param(RELCL_SAYS, 'date', '2015', 'Sinoway Credit', id='relcl-says-date-2015'),
    pytest.param(RELCL_SAYS, 'figure', '70 million people', 'Sinoway Credit', id='relcl-says-figure-70-million-people'),
    pytest.param(PASSIVE_DEV, 'date', '2019', 'Jade Score', id='passive-dev-date-2019', marks=xfail(NOT_FOUND)),
    pytest.param(POSS_ARM, 'figure', '40 million orders', 'Meituan', id='poss-arm-figure-40-million-orders'),
    pytest.param(ACCORDING_ITS, 'figure', '9 billion trips', 'Didi Chuxing', id='according-its-figure-9-billion-trips'),
    pytest.param(NEWSLETTER_BANK, 'figure', '6 million retail customers', 'Lianhua Bank', id='newsletter-bank-figure-6-million-retail-customers'),
    pytest.param(FORUM_JIEBEI, 'figure', '8,000 yuan', 'Jiebei', id='forum-jiebei-figure-8000-yuan'),
    pytest.param(POLL_SITE, 'figure', '70 percent', 'Credit China', id='poll-site-figure-70-percent'),
    pytest.param(WIRE_TWO_SCORES, 'figure', '200 million users', 'WeChat Pay Score', id='wire-two-scores-figure-200-million-users'),
    pytest.param(WHOSE_SERVICE, 'figure', '300 billion yuan', 'Huabei', id='whose-service-figure-300-billion-yuan'),
    pytest.param(METRO_PERK, 'perk', 'free rides', 'Qiantang Score', id='metro-perk-perk-free-rides'),
    pytest.param(NULL_OBSERVERS, 'figure', '80 percent', None, id='null-observers-figure-80-percent'),
    pytest.param(ENCY_FRONTED, 'figure', '500,000 residents', 'Honesty Points', id='ency-fronted-figure-500000-residents'),
    pytest.param(PR_FLAGSHIP, 'figure', '55 million users', 'Yunpay', id='pr-flagship-figure-55-million-users'),
    pytest.param(WP_TABLE, 'figure', '14 percent', None, id='wp-table-figure-14-percent'),
    pytest.param(TRANSCRIPT_IT, 'date', '2020', 'Huali Score', id='transcript-it-date-2020'),
    pytest.param(TRANSCRIPT_IT, 'figure', '20 million users', 'Huali Score', id='transcript-it-figure-20-million-users'),
    pytest.param(FRONTED_APPOS, 'figure', '100 million users', 'Hengtai Finance', id='fronted-appos-figure-100-million-users'),
    pytest.param(FRONTED_WITH, 'figure', '30,000 employees', 'Baidu', id='fronted-with-figure-30000-employees'),
    pytest.param(SCHEME_THE_LIST, 'perk', 'less for public tenders', 'Red List', id='scheme-the-list-perk-less-for-public-tenders', marks=xfail(NOT_FOUND)),
    pytest.param(COMPANY_BACK, 'figure', '2.4 billion yuan', 'Lakala', id='company-back-figure-2.4-billion-yuan'),
    pytest.param(COMPANY_BACK, 'date', '2005', 'Lakala', id='company-back-date-2005'),
    pytest.param(OFFICIAL_TOOK_EFFECT, 'date', '1 October 2022', 'Regulations on Social Credit of Zhejiang Province', id='official-took-effect-date-1-october-2022'),
    pytest.param(OFFICIAL_TOOK_EFFECT, 'figure', '54 articles', 'Regulations on Social Credit of Zhejiang Province', id='official-took-effect-figure-54-articles'),
    pytest.param(PERK_BANK_SCHEME, 'figure', '300,000 yuan', 'Tianfu Credit', id='perk-bank-scheme-figure-300000-yuan'),
    pytest.param(FIRM_NEARER, 'figure', '5 million riders', 'Hellobike', id='firm-nearer-figure-5-million-riders'),
    pytest.param(TWO_SENTENCES_TOPIC, 'figure', '80,000 residents', 'Xuancheng Credit Card', id='two-sentences-topic-figure-80000-residents'),
    pytest.param(PARAGRAPH_CARRY, 'perk', 'cheaper seed', 'Lotus Points', id='paragraph-carry-perk-cheaper-seed'),
    pytest.param(PARAGRAPH_TWO_SCHEMES, 'perk', 'discounts on phone bills', None, id='paragraph-two-schemes-perk-discounts-on-phone-bills'),
    pytest.param(MEASURES_HEAD, 'figure', '18 rewards', 'Haidian Measures on Credit Rewards', id='measures-head-figure-18-rewards'),
    pytest.param(OTHER_LIST, 'penalty', 'issue bonds', 'Social Credit System', id='other-list-penalty-issue-bonds',
                 marks=xfail("a plural blacklist word ('the provincial tax blacklists') after another named list is taken for that list")),
    pytest.param(GRADED_NOT_LIST, 'perk', 'priority for jobs', 'Pine Points', id='graded-not-list-perk-priority-for-jobs',
                 marks=xfail("a named blacklist counts toward the text's topic even for a claim that grades people by points; leaving blacklists out there cost the development sets 2")),
    pytest.param(LIST_PENALTY_AFTER_SCHEME, 'penalty', 'plane tickets', 'List of Dishonest Judgment Debtors', id='list-penalty-after-scheme-penalty-plane-tickets'),
    pytest.param(FEATURE_AGE, 'figure', '54-year-old', 'Liu Baoshan', id='feature-age-figure-54-year-old'),
    pytest.param(FEATURE_AGE_MONEY, 'figure', '41-year-old', 'Gao Jun', id='feature-age-money-figure-41-year-old'),
    pytest.param(FEATURE_AGE_MONEY, 'figure', '60,000 yuan', 'Gao Jun', id='feature-age-money-figure-60000-yuan'),
    pytest.param(PLACE_OF_DOERS, 'figure', '9 million times', 'List of Dishonest Judgment Debtors', id='place-of-doers-figure-9-million-times'),
    pytest.param(PLACE_SCHEME, 'figure', '1,000 points', 'Weihai', id='place-scheme-figure-1000-points'),
    pytest.param(DATELINE_PR, 'figure', '14 million users', 'Minghe Credit', id='dateline-pr-figure-14-million-users'),
    pytest.param(DATELINE_PR, 'date', 'announced', 'Minghe Credit', id='dateline-pr-date-announced'),
    pytest.param(DATELINE_WIRE, 'figure', '230 online lenders', None, id='dateline-wire-figure-230-online-lenders'),
    # a blacklist grants no perks: the red list's perk is not the court list's
    pytest.param(RED_AFTER_BLACK, 'perk', 'cheaper loans', None, id='red-after-black-perk-cheaper-loans'),
    # "X says its models ...": the speaker's own, not the actor named last
    pytest.param(SPEAKER_ITS, 'figure', '12 million', 'Qiantang Data', id='speaker-its-figure-12-million'),
    # "The 71-year-old retired nurse": an age before the noun it describes stands for the person named before
    pytest.param(FEATURE_AGE_BEFORE_NOUN, 'figure', '71-year-old', 'Wu Lihua', id='feature-age-before-noun-figure-71-year-old'),
    # "Tongjiang's scheme" after "the Tongjiang Civic Points": the scheme the text names after the place
    pytest.param(PLACE_NAMED_SCHEME, 'figure', '12 libraries', 'Tongjiang Civic Points', id='place-named-scheme-figure-12-libraries'),
    pytest.param(PLACE_NAMED_SCHEME, 'figure', '60 days', 'Tongjiang Civic Points', id='place-named-scheme-figure-60-days'),
    pytest.param(PLACE_NAMED_SCHEME, 'perk', 'borrow at 12 libraries', 'Tongjiang Civic Points', id='place-named-scheme-perk-borrow'),
    # "the court's list": the courts' blacklist, not the court that listed one debtor
    pytest.param(COURT_OWN_LIST, 'figure', '6.1 million names', 'List of Dishonest Judgment Debtors', id='court-own-list-figure-6-1-million'),
    pytest.param(COURT_OWN_BLACKLIST, 'figure', '6.1 million names', 'List of Dishonest Judgment Debtors',
                 id='court-own-blacklist-figure-6-1-million'),
    # a thread on a city's scheme that names the court list once: its scores and counts are the scheme's
    pytest.param(THREAD_SCHEME_BESIDE_LIST, 'figure', 'Scores above 1,050', 'Lanfeng Points',
                 id='thread-scheme-beside-list-figure-scores-above-1-050'),
    pytest.param(THREAD_SCHEME_BESIDE_LIST, 'figure', '38,000 residents', 'Lanfeng Points',
                 id='thread-scheme-beside-list-figure-38-000-residents'),
    # "Tencent's score" after WeChat Pay Score: the owner's scheme the text named, not the owner
    pytest.param(EXPLAINER_OWNER_SCORE, 'figure', 'from 300', 'WeChat Pay Score', id='explainer-owner-score-figure-from-300'),
    # "Baiyun Credit, the JD.com score that runs from 0 to 100": the score the apposition names
    pytest.param(NEWSLETTER_SCORE_APPOSITION, 'figure', 'to 100', 'Baiyun Credit', id='newsletter-score-apposition-figure-to-100'),
    # "X fined Y 1.2 billion yuan": the fine is the fined party's, not the fining body's
    pytest.param(WIRE_FINED_ARM, 'figure', '1.2 billion yuan', 'Tenpay', id='wire-fined-arm-figure-1-2-billion-yuan'),
    pytest.param(WIRE_FINED_BUREAU, 'figure', '380,000 yuan', 'Heyuan Credit Reporting',
                 id='wire-fined-bureau-figure-380-000-yuan'),
    pytest.param(FEATURE_FINED_DEBTOR, 'figure', '40,000 yuan', 'Zhou Jianguo', id='feature-fined-debtor-figure-40-000-yuan'),
    # "Under them" (the Measures): a clause with no actor that a document frames states its provision
    # a numbered section's heading starts a passage: "the score" of a section about one scheme is that scheme,
    # not one named in the key findings above it
    pytest.param(BRIEF_SECTIONS, 'figure', 'to 800', 'Lanzhou Harmony Points', id='brief-sections-figure-to-800'),
    pytest.param(BRIEF_SECTIONS, 'perk', 'bus passes', 'Lanzhou Harmony Points', id='brief-sections-perk-bus-passes'),
    # "launched its scheme": the owner's scheme the text names is what is launched, not the owner
    pytest.param(BRIEF_ITS_SCHEME, 'date', 'May 2017', 'Heyang Civic Points', id='brief-its-scheme-date-may-2017'),
    # a section headed with the scheme's whole name: its figures are the scheme's by that name
    pytest.param(BRIEF_HEADING_NAME, 'figure', 'to 900', 'Qinghe Willow Score', id='brief-heading-name-figure-to-900'),
    # "the city added red and black lists. Residents scoring ...": the city stands for the scheme the text names for it
    pytest.param(ENCY_CITY_FOR_SCHEME, 'figure', '900 points', 'Heyang Civic Points', id='ency-city-for-scheme-figure-900-points'),
    # a survey comparing cities: each city's share is about the scheme the text names for that city
    # a city that acts on the scheme the text names for it stands for the scheme; one that has
    # residents or does something else is itself
    pytest.param(NEWS_CITY_ENROLS, 'figure', '820,000', 'Lake Score', id='news-city-enrols-figure-820000'),
    pytest.param(NEWS_CITY_ENROLS, 'figure', '1.4 million', 'Linzhou', id='news-city-enrols-figure-1.4-million'),
    pytest.param(NEWS_CITY_EXTENDS, 'figure', '3,200', 'Pingyang Harmony Points', id='news-city-extends-figure-3200'),
    pytest.param(NEWS_CITY_EXTENDS, 'date', '2023', 'Pingyang', id='news-city-extends-date-2023'),
    # "Fenghua rolled out the Bamboo Score": a scheme a place launched is the place's
    pytest.param(NEWS_CITY_ROLLED_OUT, 'date', 'June 2022', 'Bamboo Score', id='news-city-rolled-out-date-june-2022'),
    pytest.param(NEWS_CITY_LAUNCHED, 'figure', '2,600', 'Bamboo Score', id='news-city-launched-figure-2600'),
    pytest.param(NEWS_CITY_ANNOUNCED, 'date', 'May 2023', 'Lotus Score', id='news-city-announced-date-may-2023'),
    # a party to a deal with another body is itself, whatever the deal is about
    pytest.param(NEWS_CITY_ROLLED_OUT, 'date', '2023', 'Fenghua', id='news-city-rolled-out-date-2023'),
    pytest.param(SURVEY_BY_CITY, 'figure', '52 per cent', 'Heyang Civic Points', id='survey-by-city-figure-52-per-cent'),
    pytest.param(SURVEY_BY_CITY, 'figure', '18 per cent', 'Heyang Civic Points', id='survey-by-city-figure-18-per-cent'),
    pytest.param(PROVISION_UNDER_THEM, 'figure', 'six months', 'Measures for the Administration of Credit Restoration',
                 id='provision-under-them-figure-six-months'),
    # a time limit a duty sets, in a text about a law, is the law's: not the party it binds
    pytest.param(ALERT_TIME_LIMIT, 'figure', '15 working days', 'Measures for Corporate Credit Grading',
                 id='alert-time-limit-figure-15-working-days'),
    # ... and so is one an article lays on a party by a verb of duty ("requires X to answer within")
    pytest.param(ALERT_ARTICLE_REQUIRES, 'figure', '15 working days', 'Measures for Corporate Credit Grading',
                 id='alert-article-requires-figure-15-working-days'),
    # a platform named in the sentence before is no subject in a text about a law: the law is
    pytest.param(ALERT_PLATFORM_BEFORE, 'figure', 'RMB 200,000', 'Measures for Corporate Credit Grading',
                 id='alert-platform-before-figure-rmb-200-000'),
    # "the scheme, operated by X, has ...": the scheme of the passage, not its operator
    pytest.param(WIRE_SCHEME_OPERATED_BY, 'figure', '4.1 million', 'Taihu Credit', id='wire-scheme-operated-by-figure'),
    # a judgment's amount is the debt of whom it is given against, not the creditor's
    pytest.param(FEATURE_JUDGMENT_AGAINST, 'figure', '260,000 yuan', 'Gu Pingan', id='feature-judgment-against-him'),
    pytest.param(FEATURE_JUDGMENT_AGAINST, 'figure', '90,000 yuan', 'Gu Pingan', id='feature-judgment-against-his-shop'),
    # "the SAMR's list ... held": the parser hangs the phrase on the owner; it names the list
    pytest.param(BLOG_OWNERS_LIST, 'figure', '1.2 million firms', 'List of Seriously Illegal and Dishonest Enterprises',
                 id='blog-owners-list-figure-1-2-million-firms'),
    # "the Hubei List of Seriously Dishonest Firms": a name headed by "List of" the dishonest is a named blacklist
    pytest.param(ALERT_LIST_OF_DISHONEST, 'figure', 'two years', 'Hubei List of Seriously Dishonest Firms',
                 id='alert-list-of-dishonest-figure-two-years'),
    pytest.param(ALERT_LIST_OF_DISHONEST, 'penalty', 'issue bonds', 'Hubei List of Seriously Dishonest Firms',
                 id='alert-list-of-dishonest-penalty-issue-bonds'),
    # in an alert on a law, a date of a thing that names no actor ("will receive a grade from 1 March") is the law's
    pytest.param(ALERT_LAW_PROVISION_DATES, 'date', 'receive', 'Measures for the Classified Supervision of Enterprise '
                 'Public Credit', id='alert-law-provision-date-receive'),
    pytest.param(ALERT_LAW_PROVISION_DATES, 'date', 'file', 'Measures for the Classified Supervision of Enterprise '
                 'Public Credit', id='alert-law-provision-date-file'),
    # a regulation a news report names once and then calls "the rules": the text is about it, and a
    # figure no one else in its clause sets is the law's
    pytest.param(WIRE_RULES_NAMED_ONCE, 'figure', 'within 15 days', 'Measures for the Supervision of Online Credit '
                 'Scores', id='wire-rules-named-once-figure-within-15-days'),
    pytest.param(WIRE_RULES_NAMED_ONCE, 'date', '1 October', 'Measures for the Supervision of Online Credit Scores',
                 id='wire-rules-named-once-date-1-october'),
    # "The rules require ...", "The new rules cut ...": a noun of rules stands for the law named before
    pytest.param(WIRE_THE_RULES_REQUIRE, 'figure', '30 million yuan', 'Measures for the Supervision of Personal Credit '
                 'Rating Services', id='wire-the-rules-require-figure-30-million-yuan'),
    pytest.param(RELEASE_NEW_RULES_CUT, 'figure', '20 percent', 'Guideline on Expanding Credit Incentives for Small '
                 'Firms', id='release-new-rules-cut-figure-20-percent'),
    # a text about one law citing another in a sentence of its own: that sentence's law sets the time limit
    pytest.param(ALERT_CITED_REGULATION, 'figure', 'within 20 days', 'Regulations on the Management of Credit Reporting',
                 id='alert-cited-regulation-figure-within-20-days'),
    # the scheme a text about a law names in passing is no topic of the law's figures
    pytest.param(RELEASE_GUIDELINE_TOPIC, 'figure', 'six months', 'Guideline on Expanding Credit Incentives for Small '
                 'Firms', id='release-guideline-topic-figure-six-months'),
    # "The People's Bank of China's Credit Reference Center holds": the owner's name holds a possessive of its own
    pytest.param(EXPLAINER_OWNERS_CENTRE, 'figure', '1.16 billion people', 'Credit Reference Center',
                 id='explainer-owners-centre-figure-1-16-billion-people'),
    # "removed 42,000 debtors", from nothing named: off the blacklist the text named, not the court's own count
    pytest.param(WIRE_DELISTED_CAMPAIGN, 'figure', '42,000 debtors', 'List of Dishonest Judgment Debtors',
                 id='wire-delisted-campaign-figure-42-000-debtors'),
    # "the serious list": the adjective picks, of the lists named before, the one with that word in its name
    pytest.param(BLOG_SERIOUS_LIST, 'penalty', 'barred from public procurement',
                 'List of Seriously Illegal and Dishonest Enterprises', id='blog-serious-list-penalty-barred'),
    # "said they approved of the scheme": the respondents' view is in the clause they say; "the scheme" is the passage's
    pytest.param(SURVEY_SAID_THEY, 'figure', '64 per cent', 'Osmanthus Score', id='survey-said-they-figure-64-per-cent'),
    pytest.param(SURVEY_SAID_THEY, 'figure', '12 per cent', 'Osmanthus Score', id='survey-said-they-figure-12-per-cent'),
    # "sorts taxpayers into four grades": an agency that sorts firms into grades rates them; its grades' perks are its own
    pytest.param(FEATURE_SORTS_INTO_GRADES, 'perk', 'export rebates', 'State Taxation Administration',
                 id='feature-sorts-into-grades-perk-export-rebates'),
    # "X rates importers ...", the verb read as a noun in a sentence with no verb: X still rates them
    pytest.param(WIRE_RATES_READ_AS_NOUN, 'figure', '4,800 firms', 'General Administration of Customs',
                 id='wire-rates-read-as-noun-figure-4-800-firms'),
    # "X runs a separate rating": a body that runs a rating with no name stands for it
    pytest.param(ALERT_RUNS_A_RATING, 'perk', 'export rebates', 'State Taxation Administration',
                 id='alert-runs-a-rating-perk-export-rebates'),
    pytest.param(ALERT_RUNS_A_RATING, 'figure', '410,000 firms', 'State Taxation Administration',
                 id='alert-runs-a-rating-figure-410-000-firms'),
    # an unnamed list that a number of points puts people on is the points scheme's lowest grade, not a blacklist
    pytest.param(STATE_MEDIA_POINTS_LIST, 'penalty', "county's list of dishonest persons", 'Willow Points',
                 id='state-media-points-list-penalty-put-on-list'),
    pytest.param(STATE_MEDIA_POINTS_LIST, 'figure', 'below 650 points', 'Willow Points',
                 id='state-media-points-list-figure-below-650-points'),
    pytest.param(STATE_MEDIA_POINTS_LIST, 'penalty', 'government subsidies', 'Willow Points',
                 id='state-media-points-list-penalty-next-sentence'),
    # with no scheme named, the perks and penalties of firms by their grade or red listing are the state rating's
    pytest.param(ALERT_GRADED_FIRMS, 'penalty', 'public tenders', 'Social Credit System',
                 id='alert-graded-firms-penalty-public-tenders'),
    pytest.param(ALERT_GRADED_FIRMS, 'perk', 'fewer random inspections', 'Social Credit System',
                 id='alert-graded-firms-perk-fewer-random-inspections'),
    # a taxpayer's grade is the tax authority's rating (metrics.yaml graded_parties)
    pytest.param(EXPLAINER_TAXPAYER_GRADES, 'penalty', 'monthly audits', 'State Taxation Administration',
                 id='explainer-taxpayer-grades-penalty-monthly-audits'),
    # business news: a valuation in a clause on a named company is the company's, not the scores' of the sentence
    pytest.param(BUSINESS_VALUED, 'figure', '$12 billion', 'Lotus Finance', id='business-valued-in-relative-clause'),
    # the court blacklist as the press names it: in the plural, or as a list of "judgment defaulters"
    pytest.param(FACTCHECK_COURT_BLACKLISTS, 'penalty', 'banned from flying', 'List of Dishonest Judgment Debtors',
                 id='factcheck-court-blacklists-penalty-banned-from-flying'),
    # a personal blog's "our bookings", "my revenue": the writer's own, not the company the text is about
    pytest.param(BLOG_OWN_NUMBERS, 'figure', '38%', None, id='blog-own-numbers-figure-our-bookings'),
    pytest.param(BLOG_OWN_NUMBERS, 'figure', '12 percent', None, id='blog-own-numbers-figure-my-revenue'),
    # a company's scheme the text names only by what it is ("X's driver service score") is the scheme, not X
    pytest.param(BRIEF_PLATFORM_SCORE, 'figure', 'above 90', 'Lalamove Technology driver service score',
                 id='brief-platform-score-figure-above-90'),
    pytest.param(BRIEF_PLATFORM_SCORE, 'perk', 'priority dispatch', 'Lalamove Technology driver service score',
                 id='brief-platform-score-perk-priority-dispatch'),
    pytest.param(BRIEF_PLATFORM_SCORE, 'penalty', 'suspended', 'Lalamove Technology driver service score',
                 id='brief-platform-score-penalty-suspended'),
    pytest.param(FEATURE_JUDGMENT_DEFAULTERS, 'figure', '9 million names', 'List of Dishonest Judgment Debtors',
                 id='feature-judgment-defaulters-figure-9-million-names'),
    # op-ed: another country's score the column compares with China's is its own subject (actors.yaml)
    pytest.param(OPED_FICO_COMPARISON, 'figure', '850', 'FICO', id='oped-fico-range-is-fico-s'),
    pytest.param(OPED_FICO_COMPARISON, 'figure', 'below 620', 'FICO', id='oped-fico-threshold-is-fico-s'),
    pytest.param(OPED_FICO_COMPARISON, 'figure', '950', 'Sesame Credit', id='oped-sesame-range-stays-sesame-s'),
    pytest.param(OPED_SCHUFA_COMPARISON, 'figure', '67 million', 'SCHUFA', id='oped-schufa-count-is-schufa-s'),
    # what a score is compared with ("looks like a FICO score") is a yardstick, not the score's system
    pytest.param(OPED_LIKE_FICO, 'figure', '900', 'Lingxi Score', id='oped-range-like-a-fico-score'),
    # "such as" names an instance, no yardstick
    pytest.param(OPED_SUCH_AS, 'figure', '900', 'Lingxi Score', id='oped-ratings-such-as-a-score'),
]


@pytest.fixture(scope="module")
def analysed(nlp):
    """Each passage analysed once (as published on 17 May 2024), whatever the number of its cases."""
    docs = {}

    def analysed_passage(text):
        if text not in docs:
            docs[text] = analyse(nlp, text, published="2024-05-17")
        return docs[text]
    return analysed_passage


def _normal(name):
    if name is None:
        return None
    name = name.strip().lower()
    return name[4:] if name.startswith("the ") else name


@pytest.mark.parametrize("text, kind, words, subject", CASES)
def test_subject_battery(analysed, text, kind, words, subject):
    doc = analysed(text)
    found = [c for c in doc._.claims if c.kind == kind and words.lower() in doc.text[c.phrase_start:c.phrase_end].lower()]
    assert found, f"no {kind} claim with {words!r}"
    assert _normal(found[0].subject) == _normal(subject)
