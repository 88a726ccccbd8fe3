"""Subject resolution (extract/subjects.py): whom a claim is about."""
import pytest

from extract.nlp import analyse
from extract.subjects import actor_of_phrase, antecedent, main_actor, resolve_pronoun, subject_of


@pytest.fixture(scope="session")
def actors_nlp(nlp):
    """The production pipeline (tests/conftest.py): subjects are resolved on the parse and the
    actor mentions the build sees."""
    return lambda text: analyse(nlp, text)


def token(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


SUBJECTS = [
    pytest.param("Alipay’s 450 million users pay by phone.", "users", "Alipay", "phrase", id="possessive"),
    pytest.param("Over 800 million WeChat users share data.", "users", "WeChat", "phrase", id="compound"),
    pytest.param("The 400 million users of the Alibaba platform shop online.", "users", "Alibaba Group",
                 "phrase", id="of-phrase"),
    pytest.param("More than 3,000 hotels on Fliggy, Alibaba's travel platform, waive deposits.", "hotels", "Fliggy",
                 "phrase", id="on-a-platform"),
    pytest.param("Two press releases published by the National Development and Reform Commission set "
                 "the rules.", "releases", "National Development and Reform Commission", "phrase",
                 id="participle-agent"),
    pytest.param("Pudao was one of eight private scorers the People's Bank of China approved that month.", "scorers",
                 "People's Bank of China", "licensor", id="licensed-count-relative-clause"),
    pytest.param("In 2018 the National Development and Reform Commission selected Weihai as one of 12 model cities.",
                 "cities", "National Development and Reform Commission", "licensor", id="picked-as-one-of"),
    pytest.param("JD.com will raise its stake in Pudao Credit to 12 percent from 9 percent.", "percent",
                 "JD.com", "stake", id="stake-raised-to"),
    pytest.param("Analysts estimate that Hexin Credit already has about 18 per cent of the market, against 41 per cent "
                 "for Baihang Credit.", ("cent", 1), "Baihang Credit", "phrase", id="share-for-an-actor"),
    pytest.param("The Lanxi Harmony Points scheme is run by the Lanxi Credit Management Office. By the office's count, "
                 "912,000 residents had a score at the end of September.", "residents", "Lanxi Harmony Points",
                 "previous-sentence", id="counter-is-no-subject"),
    pytest.param("Alipay has 450 million users.", "users", "Alipay", "nsubj", id="nsubj"),
    pytest.param("Eight companies were licensed by the People’s Bank of China.", "companies",
                 "People's Bank of China", "agent", id="passive-agent"),
    pytest.param("Alipay, a payments division of retail giant Alibaba, which counts over 520 million "
                 "users, has led the sector.", "users", "Alipay", "relative-clause",
                 id="relative-clause-after-appositive"),
    pytest.param("The website Zhenai.com, which has 140 million users, is popular.", "users", "Zhenai",
                 "relative-clause", id="relative-clause-appositive-name"),
    pytest.param("Lanqiao competes with Sesame Credit, which Ant Group developed and which claims more than 500 "
                 "million users.", "users", "Sesame Credit", "relative-clause", id="second-relative-clause"),
    pytest.param("Alipay, with 450 million users, dominates payments.", "users", "Alipay", "attached",
                 id="attached"),
    pytest.param("Alibaba Group’s $25 billion stock market listing was delayed on Monday.", "billion",
                 "Alibaba Group", "attached", id="owned-thing"),
    pytest.param("According to Alipay, till the end of 2016, it has 450 million accounts.", "accounts",
                 "Alipay", "pronoun", id="pronoun-nearest-before"),
    pytest.param("Alipay is the largest payment platform. It has 520 million users.", "users", "Alipay",
                 "previous-sentence", id="pronoun-previous-sentence"),
    pytest.param("The Hubei Provincial Development and Reform Commission issued the Hubei Measures on Corporate Credit "
                 "in May. The Measures run to 40 articles. According to the provincial commission, "
                 "they will apply to some 2.1 million enterprises.", "enterprises", "Hubei Measures on Corporate Credit",
                 "previous-sentence", id="plural-pronoun-not-singular-description"),
    pytest.param("The project being developed by China is huge: the Asian colossus has 1.4 billion "
                 "inhabitants.", "inhabitants", "China", "sentence", id="sentence-fallback"),
    # a count coordinated with an actor counts its fellows: the claim is about what they make up or who picked them
    pytest.param("Baihang Credit, the personal credit bureau set up by the National Internet Finance Association of "
                 "China and eight private firms, opened in 2018.", "firms", "Baihang Credit", "attached",
                 id="co-founders-of-an-appositive"),
    pytest.param("The People's Bank of China picked Sesame Credit and seven other private scorers for a pilot.",
                 "scorers", "People's Bank of China", "nsubj", id="fellows-of-an-object"),
]


@pytest.mark.parametrize("text, anchor, name, how", SUBJECTS)
def test_subject_of(actors_nlp, text, anchor, name, how):
    anchor, nth = anchor if isinstance(anchor, tuple) else (anchor, 0)  # ("cent", 1): the second "cent"
    found = subject_of(token(actors_nlp(text), anchor, nth))
    assert (found.name, found.how) == (name, how)
    assert 0 < found.confidence <= 1


NO_SUBJECT = [
    pytest.param("Business Insider reports that people were blocked from 11 million flights.", "flights",
                 id="outlet-reports"),
    pytest.param("In 2010, a survey by Yesky.com found that 56 percent of respondents were opposed.",
                 "percent", id="pollster-is-credited-not-subject"),
    pytest.param("Sesame Credit is one of the eight companies that gained a license.", "companies",
                 id="partitive"),
    pytest.param("Alipay is one of eight apps that most people open daily.", "apps", id="partitive-no-licence"),
    pytest.param("Users get visas to Singapore and rentals in eight cities.", "cities",
                 id="modifier-actor-is-no-fallback"),
    pytest.param("Debtors may not sit on more than 20 boards in Shanghai.", "boards", id="on-a-place-is-no-platform"),
    pytest.param("According to Le Figaro, which mentions two press releases, rules changed.", "releases",
                 id="outlet-relative-clause"),
]


@pytest.mark.parametrize("text, anchor", NO_SUBJECT)
def test_no_subject(actors_nlp, text, anchor):
    assert subject_of(token(actors_nlp(text), anchor)) is None


def test_subject_without_fallback(actors_nlp):
    doc = actors_nlp("The project being developed by China is huge: the Asian colossus has 1.4 billion "
                     "inhabitants.")
    assert subject_of(token(doc, "inhabitants"), fallback=False) is None


@pytest.mark.parametrize("text, head, name", [
    ("Alipay’s rating system, Sesame Credit, is widespread.", "system", "Sesame Credit"),
    ("Ant Financial launched its Sesame Credit rating system.", "system", "Sesame Credit"),
    ("The PRC’s new internet safety law took effect.", "law", "PRC"),
])
def test_actor_of_phrase(actors_nlp, text, head, name):
    found = actor_of_phrase(token(actors_nlp(text), head))
    assert found is not None and found.text == name


def test_actor_of_phrase_naming_only(actors_nlp):
    """Without owners, a possessor does not name the thing ("the PRC's law" is not the PRC)."""
    doc = actors_nlp("The PRC’s new internet safety law took effect.")
    assert actor_of_phrase(token(doc, "law"), owners=False) is None


def test_antecedent(actors_nlp):
    doc = actors_nlp("Alipay, a payments division of retail giant Alibaba, which counts over 520 million "
                     "users, has led the sector.")
    assert antecedent(token(doc, "counts")).text == "Alipay"
    doc = actors_nlp("These are the apps that boast a combined 820 million users.")
    assert antecedent(token(doc, "boast")).text == "apps"  # restrictive: the noun it follows


@pytest.mark.parametrize("text, pronoun, name", [
    ("Since its introduction in 2015, Sesame Credit has rolled out to millions of users.", "its",
     "Sesame Credit"),
    ("Tencent froze its own credit product.", "its", "Tencent"),
    ("Alipay is popular. It has many users.", "It", "Alipay"),
])
def test_resolve_pronoun(actors_nlp, text, pronoun, name):
    found = resolve_pronoun(token(actors_nlp(text), pronoun))
    assert found is not None and found.text == name


def test_pronoun_does_not_cross_paragraphs(actors_nlp):
    doc = actors_nlp("Alipay is popular.\n\nIt has many users.")
    assert resolve_pronoun(token(doc, "It")) is None


def test_main_actor(actors_nlp):
    doc = actors_nlp("Alipay’s rating system, Sesame Credit, is currently China’s most widespread.")
    assert main_actor(next(doc.sents)).text == "Sesame Credit"
    doc = actors_nlp("According to Business Insider, the weather was mild in Beijing.")
    assert main_actor(next(doc.sents)).text == "Beijing"  # outlets are sources, not topics


# -- rules that need the whole pipeline (claims with their subjects) --------------------------


def claims_of(nlp, text, kind, published=None):
    from extract.nlp import analyse

    return [c for c in analyse(nlp, text, published)._.claims if c.kind == kind]


PIPELINE_SUBJECTS = [
    # a capital as the doer of a state's act stands for its government
    pytest.param("In 2019, Beijing approved two new credit agencies.", "date", "Chinese government",
                 id="capital-metonymy"),
    # a definite description stands for the last actor of its type
    pytest.param("The Social Credit System was announced in 2014. The project was given a first push in 2018.",
                 "date", "Social Credit System", id="the-project-coreference"),
    # a description opening a sentence goes on with the subject of the sentence before, not with a
    # name a preposition brought in after it
    pytest.param("Lanyun Finance was spun off from Huaxin Group in 2014 and is controlled by its founders. The company "
                 "lent 4 billion yuan last year.", "figure", "Lanyun Finance", id="the-company-is-the-subject-before"),
    # a place compounded with an institution noun names the institution
    pytest.param("The Hubei government issued the first certificates in 2011.", "date", "Hubei government",
                 id="place-institution"),
    # "a social credit system" is a kind of system, not the state's
    pytest.param("In 2012, the county of Rongcheng established a social credit system.", "date", "Rongcheng",
                 id="generic-alias-is-no-actor"),
    # a man named by a naming verb; a place before him is where he is from
    pytest.param("A 68-year-old Hangzhou man surnamed Wang complained.", "figure", "Wang", id="named-person"),
    # "it" reported by a body named with its Chinese original in brackets is that body, not a platform
    # the sentence names before "it"
    pytest.param("The hashtag received over 150 million views on Weibo by Monday.\n\nThe Pingqiao District People's "
                 "Court (平桥区人民法院) said on its official Weibo account that it had displayed the names and photos of "
                 "210 debtors in six local cinemas since May 3.", "date", "Pingqiao District People's Court",
                 id="reported-it-after-a-chinese-name"),
    # those counted as running schemes like the topic are others: no scheme's figure
    pytest.param("The Heron Score was launched in 2020 by the Qingtan city government.\n\nQingtan is not alone. At least "
                 "48 Chinese cities had launched similar points schemes by 2022.", "figure", None,
                 id="cities-with-similar-schemes-are-not-the-topic-s"),
    # a report's date is its speaker's: none for a speaker the text names by no actor, not the reported clause's
    pytest.param("The Lotus Market Bureau has listed 2,000 firms so far, a senior official said on Thursday.", "date",
                 None, id="said-by-an-unnamed-official"),
    # ... but "the bureau" is a description of one named before, whatever the actor finder made of it
    pytest.param("The People's Bank of China has granted Lanyun Credit a licence to rate small businesses, the bureau "
                 "said on Monday.", "date", "Lanyun Credit", id="said-by-a-described-body"),
    # a personal pronoun stands for the nearest person before it
    pytest.param("Wang Lei wrote to the paper. Then he sent a 900-character letter.", "figure", "Wang Lei",
                 id="personal-pronoun"),
    # an infinitive is done by the object of the verb that governs it ("ordered him to pay")
    pytest.param("Chen Wei lost a lawsuit. The judges ordered him to pay 90,000 yuan.", "figure", "Chen Wei",
                 id="object-control"),
    # "he" and "she" carry a story across paragraphs, "it" does not
    pytest.param("Li Na sells tea in Wuhan.\n\nThe dispute was small. In 2016 she had to repay 12,000 yuan.",
                 "figure", "Li Na", id="personal-pronoun-across-paragraphs"),
    # words of listing speak of the blacklist named before them
    pytest.param("The Supreme People's Court has kept the list of dishonest judgment debtors since 2013.\n\n"
                 "Among the families we met, four listed debtors had been stopped at the border.", "figure",
                 "List of Dishonest Judgment Debtors", id="listed-debtors-after-a-named-list"),
    # a survey share in a sentence about scores is the scheme's, not the pollster's
    pytest.param("Tencent Credit rates WeChat users from 300 to 850. Tencent Credit is widely used.\n\n"
                 "Yet 38 percent of respondents could not say what affects their score.", "figure",
                 "Tencent Credit", id="share-about-scores"),
    # a score belongs to the system it names, or to its holders' system
    pytest.param("My Zhima score was 720.", "figure", "Sesame Credit", id="named-score"),
    # an encyclopedia's lead: "it" after "it" stands for the article's topic, not for an actor the
    # sentence between names
    pytest.param("The Qiantang Score is a credit score developed by Huaxia Data, an affiliate of the Jinlan "
                 "Group.[2] It uses data from the Jinlan Group's shops to compile its ratings. It was launched in "
                 "March 2016.[3]", "date", "Qiantang Score", id="it-after-it-is-the-topic"),
    # a poll's share is about what was asked; coordinated shares too; not the pollster
    pytest.param("A Baidu survey found that 62 percent of respondents supported the concept of a social credit "
                 "score, while 20 percent were neutral.", "figure", "Social Credit System", id="poll-subject"),
]


# A city's points scheme with no name of its own is the city's: a place the sentence sets its scores
# in ("In Fuzhou, ...", "residents in Xiamen") or that names the people it scores, not the country
# nor a place that only locates another.
SCENE_PLACES = [
    pytest.param("In Rongcheng, residents start with 1,000 points.", "figure", "Rongcheng", id="fronted-in-place"),
    pytest.param("In Rongcheng, residents start with 1,000 points; those who fall below 849 lose access to some "
                 "public services.", "penalty", "Rongcheng", id="fronted-place-penalty"),
    pytest.param("In Rongcheng, people who fall below 849 points lose access to some public services.", "figure",
                 "Rongcheng", id="fronted-place-threshold"),
    pytest.param("In Rongcheng, about 740,000 residents are rated.", "figure", "Rongcheng", id="fronted-place-count"),
    pytest.param("In Shanghai, more than 10,000 companies have been rated under the new scheme.", "figure",
                 "Shanghai", id="fronted-place-firms"),
    pytest.param("Xiamen residents with a score above 1,000 points get discounts on public transport.", "perk",
                 "Xiamen", id="place-names-the-scored"),
    pytest.param("Residents in Fuzhou who score below 600 points are excluded from public-housing lotteries.",
                 "penalty", "Fuzhou", id="people-in-a-place"),
    pytest.param("Rongcheng, a city in Shandong province, gives every resident 1,000 points.", "figure",
                 "Rongcheng", id="locating-place-is-no-scene"),
    # a scheme the text is about keeps its perks in a city; a court's list keeps its debtors
    pytest.param("Sesame Credit rates users from 350 to 950. In Hangzhou, users with a score above 650 can see a "
                 "doctor first and pay later.", "perk", "Sesame Credit", id="topic-scheme-in-a-city"),
]


@pytest.mark.parametrize("text, kind, subject", SCENE_PLACES)
def test_a_city_stands_for_its_unnamed_scheme(nlp, text, kind, subject):
    found = claims_of(nlp, text, kind, "2021-06-15")
    assert found, text
    assert {c.subject for c in found} == {subject}


def test_a_place_is_no_scheme_of_debtors(nlp):
    """Debtors in a province are a court list's people, not the province's scheme's."""
    found = claims_of(nlp, "In Zhejiang, courts have given about 42,000 debtors lower scores.", "figure", "2021-06-15")
    assert found and "Zhejiang" not in {c.subject for c in found}


def test_a_city_is_no_scheme_of_the_country(nlp):
    """ "In China, ...": the country is where every scheme is, not one scheme's owner."""
    found = claims_of(nlp, "In China, residents start with 1,000 points.", "figure", "2021-06-15")
    assert [c.subject for c in found] == [None]


# "we" and "our" inside a quotation stand for the body the quoted speaker speaks for; a private person's
# "our" stands for no actor.
QUOTED_WE = [
    pytest.param('"Our platform now serves more than 300 million people," Ant Group chief executive Eric Jing said.',
                 "Ant Financial", id="our-of-an-executive"),
    pytest.param('"Our scores now reach 80 million people," said Li Ming, who heads Pudao Credit\'s data team.',
                 "Pudao Credit", id="our-of-a-team-head"),
    pytest.param('"We have more than 500 million users," Alipay said in a statement.', "Alipay", id="we-of-a-body"),
    pytest.param('"Our family lost 50,000 yuan," said Chen Wei, a farmer in Hebei.', None, id="our-of-a-person"),
]


@pytest.mark.parametrize("text, subject", QUOTED_WE)
def test_a_quoted_we_is_the_speakers_body(nlp, text, subject):
    assert [c.subject for c in claims_of(nlp, text, "figure", "2021-06-15")] == [subject]


# A score's own name before the score noun names it, whoever owns it.
SCORE_NAMES = [
    pytest.param("JD.com's Xiaobai Credit score ranges from 0 to 100.", "Xiaobai Credit", id="owner-and-name"),
    pytest.param("Alibaba's Sesame Credit score ranges from 350 to 950.", "Sesame Credit", id="owner-and-known-name"),
]


@pytest.mark.parametrize("text, subject", SCORE_NAMES)
def test_a_score_named_after_its_owner_is_the_name(nlp, text, subject):
    assert {c.subject for c in claims_of(nlp, text, "figure", "2021-06-15")} == {subject}


# A list "of" debtors or of the dishonest is a blacklist even unnamed: those on it are its count.
LISTS_OF_THE_BLACKLISTED = [
    pytest.param("More than 13 million people were on the courts' list of defaulters at the end of 2018.",
                 "List of Dishonest Judgment Debtors", id="courts-list-of-defaulters"),
    pytest.param("Some 4,000 firms were on a national list of dishonest companies.", "Social Credit System",
                 id="list-of-dishonest-firms"),
]


@pytest.mark.parametrize("text, subject", LISTS_OF_THE_BLACKLISTED)
def test_those_on_a_list_of_the_blacklisted_are_its_count(nlp, text, subject):
    assert [c.subject for c in claims_of(nlp, text, "figure", "2021-06-15")] == [subject]


# Those a verb of sanctioning counts are a scheme's or a list's: the sentence before, about another matter,
# hands on no actor; a scheme named before still does.
SANCTIONED_COUNTS = [
    pytest.param("Tencent holds 36%. By the end of April, 13.49 million people had been barred from buying plane "
                 "tickets.", None, id="stake-then-barred"),
    pytest.param("Alibaba reported revenue of 510 billion yuan. Last year 5.7 million people were banned from "
                 "taking high-speed trains.", None, id="revenue-then-banned"),
    pytest.param("Sesame Credit was launched in 2015. About 2 million people have been restricted from renting "
                 "bikes.", "Sesame Credit", id="scheme-before-carries"),
]


@pytest.mark.parametrize("text, subject", SANCTIONED_COUNTS)
def test_a_count_of_the_sanctioned_takes_no_actor_of_another_matter(nlp, text, subject):
    found = [c for c in claims_of(nlp, text, "figure", "2021-06-15") if c.unit == "people"]
    assert [c.subject for c in found] == [subject]


@pytest.mark.parametrize("text, kind, subject", PIPELINE_SUBJECTS)
def test_subjects_in_the_pipeline(nlp, text, kind, subject):
    found = claims_of(nlp, text, kind, "2019-06-01")
    assert found, text
    assert {c.subject for c in found} == {subject}


def test_listing_words_alone_are_no_blacklist(nlp):
    """With no named blacklist before, "listing" is a share sale, not a blacklist."""
    found = claims_of(nlp, "Alibaba raised $25 billion in its 2014 listing.", "figure")
    assert [c.subject for c in found] == ["Alibaba Group"]


@pytest.mark.parametrize("text", [
    "A 2020 survey of 1,500 adults found that 64 percent of respondents approved of social credit systems.",
    "A survey of 3,000 adults found that 71 per cent approved of social credit systems, commercial or not.",
])
def test_a_poll_about_social_credit_systems_in_general_is_about_the_system(nlp, text):
    found = claims_of(nlp, text, "figure")
    assert [c.subject for c in found if c.predicate == "share_of_respondents"] == ["Social Credit System"]


def test_a_law_is_what_it_says_and_speaks_of_the_system_its_title_names(nlp):
    text = ("The draft Social Credit System Construction Law was released in November. The draft runs to 72 "
            "articles. Firms with an A rating would enjoy fewer random inspections.")
    found = {c.kind: c.subject for c in claims_of(nlp, text, "figure") + claims_of(nlp, text, "perk")}
    assert found == {"figure": "Social Credit System Construction Law", "perk": "Social Credit System"}


def test_a_share_of_respondents_about_nothing_scored_has_no_subject(nlp):
    found = claims_of(nlp, "Tencent Credit is widely used. Some 40 percent of respondents owned a car.", "figure")
    assert [c.subject for c in found] == [None]


def test_first_person_is_no_subject(nlp):
    found = claims_of(nlp, "Last May (2016), I opened the Zhima credit score service.", "date")
    assert [(c.predicate, c.date, c.subject) for c in found] == [("began", "2016-05", None)]


# --- institutions, descriptions, opinions --------------------------------------------------------


@pytest.mark.parametrize("text, word, name", [
    ("The Hangzhou health commission said so.", "commission", "Hangzhou health commission"),
    ("A review by the Zhejiang provincial government found errors.", "government", "Zhejiang provincial government"),
])
def test_a_place_in_the_modifiers_of_an_institution_names_the_institution(actors_nlp, text, word, name):
    from extract.actors import actor_of
    from extract.subjects import institution

    doc = actors_nlp(text)
    assert actor_of(institution(token(doc, word)))[1] == name


def test_a_description_is_an_actor_mention_but_not_a_name(actors_nlp):
    from extract.subjects import actor_at, description_antecedent

    doc = actors_nlp("The Supreme People's Court publishes the list. The court said it had grown.")
    court = token(doc, "court")
    assert actor_at(court).id_ == "supreme-peoples-court"
    assert actor_at(court, descriptions=False) is None
    assert description_antecedent(court).id_ == "supreme-peoples-court"


def test_a_poll_share_is_about_what_respondents_said_something_of(actors_nlp):
    from extract.subjects import opinion_subject

    doc = actors_nlp("Sesame Credit is popular: 70 percent said Sesame Credit was fair.")
    assert opinion_subject(token(doc, "percent")).name == "Sesame Credit"


# --- sources are credited, not subjects; the passage's scheme when the parse names no actor ------

SPEAKER_AND_TOPIC = [
    # the speaker of a reporting verb is credited; the claim is about what its clause names
    pytest.param("Ant Group said more than 300 million people had signed up for the Jasmine Score.",
                 "figure", "Jasmine Score", "Ant Financial", id="speaker-is-credited-not-subject"),
    # a pronoun in the reported clause still stands for the speaker
    pytest.param("Baihang Credit said it had collected files on 100 million borrowers.", "figure",
                 "Baihang Credit", "Baihang Credit", id="pronoun-in-reported-clause"),
    # a figure whose clause names no actor is the blacklist's or scheme's the passage is about
    pytest.param("The Supreme People's Court runs the List of Dishonest Judgment Debtors. Debtors were refused "
                 "train tickets nearly 5 million times last year, the court said.", "figure",
                 "List of Dishonest Judgment Debtors", "Supreme People's Court", id="passage-blacklist"),
    pytest.param("Wenzhou launched the Lotus Score in 2016. The Lotus Score rewards volunteers.\n\n"
                 "Holders can borrow up to 8 books from libraries without a deposit.", "figure", "Lotus Score", None,
                 id="passage-scheme"),
]


@pytest.mark.parametrize("text, kind, subject, credited", SPEAKER_AND_TOPIC)
def test_speakers_are_credited_and_topics_fill_in(nlp, text, kind, subject, credited):
    found = claims_of(nlp, text, kind, "2020-01-15")
    assert found, text
    assert {(c.subject, c.attributed_to) for c in found} == {(subject, credited)}


DATE_SUBJECTS = [
    # a thing with no name of its own is its owner's, even one the actor finder missed
    pytest.param("Beijing’s regulations, published last December, come into force in January.", "Beijing",
                 id="owner-of-regulations"),
    pytest.param("Huaiyin's scheme, introduced in 2016, was suspended in 2019.", "Huaiyin", id="owner-by-name"),
    # a participle that opens the sentence describes the first actor after its comma
    pytest.param("Launched in January 2015, Sesame Credit rates users on a scale of 350 to 950.", "Sesame Credit",
                 id="fronted-participle"),
    pytest.param("Unveiled in March 2019, Tencent Credit scores users between 300 and 850.", "Tencent Credit",
                 id="fronted-participle-misparsed-rest"),
]


@pytest.mark.parametrize("text, subject", DATE_SUBJECTS)
def test_date_subjects(nlp, text, subject):
    found = claims_of(nlp, text, "date", "2021-06-01")
    assert found and {c.subject for c in found} == {subject}


def test_subject_rules_use_the_corpus_s_own_gazetteer(tmp_path):
    """A corpus with its own actors.yaml: names the rules look up (a capital standing for its
    government) come from it, not from the project's gazetteer."""
    from extract.nlp import load_nlp

    (tmp_path / "actors.yaml").write_text(
        "- id: chinese-government\n  name: State of China\n  type: government\n"
        "- id: ndrc\n  name: National Development and Reform Commission\n  type: government\n",
        encoding="utf-8")
    doc = analyse(load_nlp(corpus=tmp_path), "In 2019, Beijing approved two new credit agencies.", "2019-06-01")
    assert {c.subject for c in doc._.claims if c.kind == "date"} == {"State of China"}


# --- stakes, named systems, appositives -----------------------------------------------------------

STAKES = [
    # a stake is a figure about its holder, not about the company it is held in
    pytest.param("Last spring Tencent took a 12 percent stake in Baihang Credit.", "percent", "Tencent",
                 id="stake-in"),
    pytest.param("Sesame Credit, which is 60 percent owned by Ant Financial, rates shoppers.", "percent",
                 "Ant Financial", id="percent-owned-relative-clause"),
    pytest.param("Baihang Credit is 25% owned by Tencent.", "%", "Tencent", id="percent-owned"),
    pytest.param("Regulators licensed Baihang Credit in 2018, and Tencent now owns 8 percent of it.", "percent",
                 "Tencent", id="percent-of-a-pronoun"),
    pytest.param("Alibaba Group, which owns roughly a third of Ant Financial, books its share of the profit late.",
                 "third", "Alibaba Group", id="a-fraction-held-in-a-relative-clause"),
    pytest.param("Tencent holds 9 per cent of Baihang Credit.", "cent", "Tencent", id="per-cent-of-a-company"),
    pytest.param("Baihang Credit is owned by the National Internet Finance Association of China with 36% and by "
                 "eight companies.", "%", "National Internet Finance Association of China", id="owned-by-with-a-share"),
    # a share of a market is the holder's too: the market is no company
    pytest.param("Alipay has a 54 percent share of the mobile payment market.", "percent", "Alipay",
                 id="market-share"),
]


@pytest.mark.parametrize("text, word, name", STAKES)
def test_a_stake_is_about_its_holder(actors_nlp, text, word, name):
    found = subject_of(token(actors_nlp(text), word))
    assert found is not None and found.name == name


def test_a_stake_held_by_several_together_is_no_one_holder_s(actors_nlp):
    from extract.subjects import stake_subject

    doc = actors_nlp("Zhejiang Tourism Investment Group and Hangzhou Finance and Investment Group will each hold "
                     "7 percent of Tianmu Credit.")
    assert stake_subject(token(doc, "percent")) is None


def test_a_score_that_is_a_name_is_that_system_not_its_owner(nlp):
    from extract.subjects import named_system

    text = "Tencent’s WeChat Pay Score lets renters with 600 points skip the deposit on shared cars."
    doc = analyse(nlp, text, "2021-01-01")
    assert named_system(token(doc, "Score")).text == "WeChat Pay Score"
    perks = [c for c in doc._.claims if c.kind == "perk"]
    assert perks and {c.subject for c in perks} == {"WeChat Pay Score"}


def test_a_scheme_s_bands_are_no_scores_in_general(nlp):
    """A city's FAQ grading its scores into bands ("Scores are graded as follows: AAA (250 points and above)
    ...") still speaks of its scheme: the perks after it are the scheme's."""
    text = ("Wenling Credit Points is the personal credit score of the city. The scheme is run by the city's credit "
            "centre, and every resident starts with 200 points.\n\n"
            "Scores are graded as follows: AAA (250 points and above), AA (230-249) and A (200-229).\n\n"
            "Residents rated AAA are given priority in the allocation of public rental housing.")
    doc = analyse(nlp, text, "2023-08-15")
    perks = [c for c in doc._.claims if c.kind == "perk"]
    assert perks and {c.subject for c in perks} == {"Wenling Credit Points"}


def test_a_score_a_copula_names_is_that_system_and_its_it_carries_on(nlp):
    """ "Tencent Credit is Tencent's score. It runs from 300 to 850.": the score is Tencent Credit, not
    its owner, and "it" (with no score word) still speaks of it."""
    doc = analyse(nlp, "Tencent Credit is Tencent's score, and it sits inside QQ. It runs from 300 to 850.", "2018-01-01")
    scores = [c for c in doc._.claims if c.kind == "figure" and c.predicate == "score"]
    assert [(c.value, c.subject) for c in scores] == [(300, "Tencent Credit"), (850, "Tencent Credit")]


@pytest.mark.parametrize("text, word, name", [
    ("Baihang Credit, a Beijing credit bureau founded in 2018, shares loan records.", "bureau", "Baihang Credit"),
    ("Sesame Credit, the rating service Ant built, is free.", "service", "Sesame Credit"),
])
def test_an_appositive_is_the_actor_it_describes(actors_nlp, text, word, name):
    found = actor_of_phrase(token(actors_nlp(text), word))
    assert found is not None and found.text == name


# --- the passage's actor, speakers, pronoun subjects ------------------------------------------------


def test_a_figure_with_no_actor_is_about_the_subject_of_the_sentence_before(nlp):
    text = ("Ant Group priced its shares at 80 Hong Kong dollars on Monday. Investors bid for more than "
            "$2 trillion worth of shares, the bankers said.")
    found = [c for c in claims_of(nlp, text, "figure", "2020-11-04") if "trillion" in c.extra.get("cue", "") or
             c.value == 2e12]
    assert found and {c.subject for c in found} == {"Ant Financial"}


def test_the_sentence_before_counts_only_within_its_paragraph(nlp):
    text = "Ant Group priced its shares on Monday.\n\nInvestors bid for more than $2 trillion worth of shares."
    found = [c for c in claims_of(nlp, text, "figure", "2020-11-04") if c.value == 2e12]
    assert found and {c.subject for c in found} == {None}


def test_a_spokesman_of_an_organisation_is_credited_not_the_subject(nlp):
    text = "At a briefing, a PBoC spokeswoman said that 2.1 million firms had repaired their records."
    found = claims_of(nlp, text, "figure", "2021-03-01")
    assert found and {c.subject for c in found} == {None}


def test_a_pronoun_subject_stands_for_the_subject_before_it(actors_nlp):
    doc = actors_nlp("Tencent Credit still rates WeChat users on its own scale, but since May it has stopped "
                     "sharing data with banks.")
    assert resolve_pronoun(token(doc, "it")).text == "Tencent Credit"


def test_names_after_a_plural_noun_and_its_comma_are_its_appositive(nlp):
    """The parser reads "its lending arms, Huabei and Jiebei," as a conjunction: still the arms' names."""
    found = claims_of(nlp, "Ant's lending arms, Huabei and Jiebei, issued 300 billion yuan in loans last year.",
                      "figure", "2021-01-01")
    assert [c.subject for c in found if c.value == 3e11] == ["Huabei"]


@pytest.mark.parametrize("text, value, subject", [
    # the maker of a report that "estimates" is its source, not the topic of its figures
    pytest.param("The Social Credit System keeps growing. A study published in May by the Mercator Institute "
                 "estimates that a single firm may be rated by up to 20 different systems.", 20,
                 "Social Credit System", id="report-by-an-institute"),
    # a speaker through a coordinated reporting verb ("put ... and said ...")
    pytest.param("The List of Dishonest Judgment Debtors keeps growing. The Supreme People's Court put the total "
                 "at 13 million people and said 2.6 million people had since paid up.", 2.6e6,
                 "List of Dishonest Judgment Debtors", id="coordinated-reporting-verb"),
])
def test_the_speaker_of_a_reported_figure_is_not_its_subject(nlp, text, value, subject):
    found = [c for c in claims_of(nlp, text, "figure", "2021-01-01") if c.value == value]
    assert found and {c.subject for c in found} == {subject}


@pytest.mark.parametrize("text", [
    # the people a penalty happens to are on the list: the list's penalty, though a score is named
    pytest.param("The Supreme People's Court keeps the List of Dishonest Judgment Debtors. Debtors on the list "
                 "cannot obtain a Zhima score above 600.", id="recipient-on-the-list"),
    pytest.param("The Supreme People's Court keeps the List of Dishonest Judgment Debtors. Ant Financial says "
                 "Sesame Credit cuts the scores of debtors on the list.", id="object-on-the-list"),
])
def test_a_penalty_on_people_on_a_blacklist_is_the_blacklist_s(nlp, text):
    found = claims_of(nlp, text, "penalty", "2020-01-01")
    assert found and {c.subject for c in found} == {"List of Dishonest Judgment Debtors"}


def test_on_a_plain_list_with_no_blacklist_named_is_no_blacklist(actors_nlp):
    from extract.subjects import scoring_system

    doc = actors_nlp("Firms on the list of approved vendors get a Sesame score bonus.")
    assert scoring_system(token(doc, "get")).name == "Sesame Credit"


def test_a_blacklist_in_the_sentence_before_holds_for_the_next(nlp):
    text = ("Under the memoranda, a firm blacklisted by one ministry is punished by all of them. Its managers can "
            "be barred from serving on company boards for up to three years.")
    found = claims_of(nlp, text, "penalty", "2021-01-01") + claims_of(nlp, text, "figure", "2021-01-01")
    assert found and {c.subject for c in found} == {"Social Credit System"}


def test_a_body_named_by_according_to_is_not_what_a_sentence_is_about(actors_nlp):
    doc = actors_nlp("More than 40 such deals were signed by 2019, according to the NDRC.")
    assert main_actor(next(doc.sents)) is None
    doc = actors_nlp("According to Tencent, it has 300 million users.")  # a pronoun may still stand for it
    assert resolve_pronoun(token(doc, "it")).text == "Tencent"


def test_a_definite_description_stands_for_the_actor_an_appositive_described_so(nlp):
    text = ("Regulators approved Baihang Credit, a Beijing-based bureau, in 2018. The bureau now shares records "
            "with over 600 lenders, it said.")
    found = [c for c in claims_of(nlp, text, "figure", "2021-01-01") if c.value == 600]
    assert found and {c.subject for c in found} == {"Baihang Credit"}


def test_each_stake_in_coordinated_clauses_is_its_own_holder_s(actors_nlp):
    doc = actors_nlp("Regulators backed Pudao Credit, a bureau in which Tencent holds 9 percent and the Beijing "
                     "Financial Holdings Group holds 35 percent.")
    assert [subject_of(t).name for t in doc if t.text == "percent"] == ["Tencent", "Beijing Financial Holdings Group"]


def test_it_in_a_reported_clause_stands_for_the_one_who_reports_it(actors_nlp):
    doc = actors_nlp("In May a court in Suzhou, in eastern Jiangsu province, announced that it would return "
                     "50,000 yuan to a debtor.")
    assert resolve_pronoun(token(doc, "it")) is None  # the court, which is no named actor: not Jiangsu


def test_a_plural_pronoun_after_plural_people_stands_for_them(actors_nlp):
    doc = actors_nlp("Alipay shows shoppers the deposits waived on their accounts.")
    assert resolve_pronoun(token(doc, "their")) is None
    doc = actors_nlp("Alipay and its users share their data.")
    assert resolve_pronoun(token(doc, "their")).text == "Alipay"


def test_a_plural_pronoun_for_several_actors_stands_for_no_single_one(actors_nlp):
    doc = actors_nlp("Alibaba and Tencent share their data.")
    assert resolve_pronoun(token(doc, "their")) is None


def test_a_relative_clause_after_an_appositive_name_is_about_the_name(actors_nlp):
    doc = actors_nlp("Last year a court in Hebei launched an app on WeChat, the “Honest Map”, which shows "
                     "debtors within 200 metres.")
    assert antecedent(token(doc, "shows")).text == "Map"
    assert subject_of(token(doc, "metres")).name == "Honest Map"


def test_it_after_a_thing_in_subject_position_stands_for_the_thing(nlp):
    """ "A listing lasts two years; it can be extended": "it" is the listing, not an actor named in
    the sentence before; the figure then belongs to the blacklist the passage is about."""
    text = ("The Supreme People's Court keeps the List of Dishonest Judgment Debtors. A listing usually runs "
            "for three years; in serious cases it can be prolonged by two years.")
    found = [c for c in claims_of(nlp, text, "figure", "2020-01-01") if c.value in (2, 3)]
    assert found and {c.subject for c in found} == {"List of Dishonest Judgment Debtors"}


def test_a_place_setting_the_scene_of_a_clause_is_not_what_its_pronoun_stands_for(actors_nlp):
    doc = actors_nlp("In Shanghai it has applied to taxi drivers for two years.")
    assert resolve_pronoun(token(doc, "it")) is None
    doc = actors_nlp("Shanghai said it would score taxi drivers.")  # the place as a participant still counts
    assert resolve_pronoun(token(doc, "it")).text == "Shanghai"


def test_an_owned_scheme_is_its_owner_s_scoring_system(nlp):
    text = ("Rongcheng's scheme, in force since 2014, grades residents from A to D; those rated A can obtain "
            "cheaper heating.")
    found = claims_of(nlp, text, "perk", "2020-01-01")
    assert found and {c.subject for c in found} == {"Rongcheng"}


def test_a_possessive_in_a_coordinated_clause_with_a_thing_for_subject_is_the_first_subject_s(actors_nlp):
    doc = actors_nlp("Tencent runs WeChat Pay, and advertising brought in 20 percent of its revenue.")
    assert resolve_pronoun(token(doc, "its")).text == "Tencent"


def test_with_no_actor_among_the_participants_the_one_owner_named_counts(actors_nlp):
    doc = actors_nlp("Last year only 3 percent of the loans stayed on Tencent's books.")
    assert subject_of(token(doc, "percent")).name == "Tencent"
    doc = actors_nlp("Last year only 3 percent of the loans moved from Tencent's books to Alibaba's books.")
    assert subject_of(token(doc, "percent")) is None  # two owners: no telling


def test_a_relative_clause_after_a_parenthesis_is_about_the_name_before_it(actors_nlp):
    doc = actors_nlp("Among them is Ant Financial Services (AFSG, a company tied to the retail giant Alibaba), "
                     "which that same year launched a credit score.")
    assert actor_of_phrase(antecedent(token(doc, "launched"))).text == "Ant Financial Services"


def test_the_verb_to_list_speaks_of_the_blacklist_named_before(nlp):
    text = ("The Supreme People's Court publishes the List of Dishonest Judgment Debtors.\n\n"
            "Under its rules, a court may list a debtor who hides assets or who lies about income.")
    found = claims_of(nlp, text, "penalty", "2020-01-01")
    assert found and {c.subject for c in found} == {"List of Dishonest Judgment Debtors"}


def test_scores_given_a_value_are_no_scores_in_general(nlp):
    """ "respondents with scores of 650 or more" speaks of the text's scheme, unlike "these scores"."""
    text = ("Our survey is about Sesame Credit. Sesame Credit rates shoppers from 350 to 950.\n\n"
            "Respondents with scores of 650 or more rented more bikes. About 30 percent of them scored 700 or above.")
    found = [c for c in claims_of(nlp, text, "figure", "2021-01-01") if c.value == 30]
    assert found and {c.subject for c in found} == {"Sesame Credit"}
    text = text.replace("scores of 650 or more", "these new scores")
    found = [c for c in claims_of(nlp, text, "figure", "2021-01-01") if c.value == 30]
    assert found and {c.subject for c in found} == {None}


@pytest.mark.parametrize("text, kind, subject", [
    # a blacklist of debtors is the courts' list; one of firms is the system of dishonest entities
    pytest.param("Children of blacklisted debtors may be turned away by private kindergartens.", "penalty",
                 "List of Dishonest Judgment Debtors", id="blacklisted-debtors"),
    pytest.param("Blacklisted firms cannot issue corporate bonds.", "penalty", "Social Credit System",
                 id="blacklisted-firms"),
    # "the lists" refers back to lists the text described as blacklists
    pytest.param("Some 900,000 firms sat on the national lists of seriously dishonest entities in June.\n\n"
                 "Firms on the lists are barred from bidding for public contracts.", "penalty",
                 "Social Credit System", id="the-lists-after-blacklists"),
    # coordinated penalties share the first verb's subject, on the list
    pytest.param("Some 900,000 firms sat on the national lists of seriously dishonest entities in June.\n\n"
                 "Firms on the lists are barred from bidding for public contracts and denied access to state "
                 "subsidies.", "penalty", "Social Credit System", id="coordinated-penalties-on-the-lists"),
])
def test_which_blacklist_a_penalty_belongs_to(nlp, text, kind, subject):
    found = claims_of(nlp, text, kind, "2022-01-01")
    assert found and {c.subject for c in found} == {subject}


def test_the_lists_with_no_blacklist_before_are_no_blacklist(nlp):
    text = ("Some 900,000 firms sat on the lists of approved suppliers in June.\n\n"
            "Firms on the lists are barred from bidding for public contracts.")
    assert {c.subject for c in claims_of(nlp, text, "penalty", "2022-01-01")} != {"Social Credit System"}


@pytest.mark.parametrize("text", [
    # a name that modifies a system noun, or has one in apposition, is a scheme: its perks are its own,
    # not its owner's
    pytest.param("Firms rated A in the city's Credit Shaoxing evaluation system can receive bank loans at lower "
                 "interest rates.", id="name-before-system-noun"),
])
def test_a_name_the_text_calls_a_system_is_a_scheme(nlp, text):
    found = claims_of(nlp, text, "perk", "2022-01-01")
    assert found and {c.subject for c in found} == {"Credit Shaoxing"}


def test_the_one_scheme_a_text_has_named_is_the_topic_of_its_perks(nlp):
    text = ("In 2019 the city introduced Credit Jinhua, a points scheme for residents.\n\n"
            "Residents rated A also receive discounts on electricity bills.")
    found = claims_of(nlp, text, "perk", "2022-01-01")
    assert found and {c.subject for c in found} == {"Credit Jinhua"}


def test_people_graded_by_their_scores_stay_with_the_scheme(nlp):
    # "their scores" are the scheme's own, held by its people: no turn to scores in general
    text = ("Article 3. The Municipal Credit Office operates the Harbour Trust Points scheme.\n\n"
            "Article 4. Residents are classified into four grades according to their scores.\n\n"
            "Article 5. Residents rated A enjoy the following incentives:\n"
            "(1) free admission to municipal museums;\n"
            "(2) priority in the allocation of public rental housing.")
    found = claims_of(nlp, text, "perk", "2022-01-01")
    assert len(found) == 2 and {c.subject for c in found} == {"Harbour Trust Points"}


def test_a_name_s_head_word_stands_for_the_scheme_in_the_sentence_before(nlp):
    # an appositive "a credit rating" makes the name a scheme; "the index" is that scheme again
    text = ("Qilin Data Technology Co., Ltd. today announced a partnership with Baihang Credit to launch the "
            "Jinling Trust Index, a credit rating for small firms. Baihang Credit will supply the data, and Baihang Credit staff will check it.\n\n"
            "The index scores businesses from 300 to 850. Firms scoring 700 or above will qualify for cheaper loans.")
    found = claims_of(nlp, text, "perk", "2022-01-01")
    assert found and {c.subject for c in found} == {"Jinling Trust Index"}


@pytest.mark.parametrize("sentence, subject", [
    ("Residents of Jinhua scoring 750 or more are entitled to free entry to museums.", "Shuangxi Score"),
    ("In Taizhou, members of the top band receive a 10 percent discount on public transport.", "Hehe Points"),
])
def test_a_place_s_perks_are_its_named_scheme_s(nlp, sentence, subject):
    text = ("Jinhua's Shuangxi Score was launched in April 2017 and Taizhou's Hehe Points followed in 2019; "
            "both are run by city credit offices.\n\n" + sentence)
    found = claims_of(nlp, text, "perk", "2022-01-01")
    assert found and {c.subject for c in found} == {subject}


def test_a_place_the_sentence_is_about_gives_no_scheme(nlp):
    text = ("Hangzhou's Qianjiang Score was launched in 2018.\n\n"
            "Hangzhou, where Alipay is based, had the highest share of respondents scoring 700 or above on Sesame Credit.")
    found = [c for c in claims_of(nlp, text, "figure", "2022-01-01") if c.value == 700]
    assert found and {c.subject for c in found} == {"Sesame Credit"}


def test_two_schemes_named_once_make_no_topic(nlp):
    text = ("Sesame Credit and Tencent Credit both rate users.\n\n"
            "Residents rated A also receive discounts on electricity bills.")
    assert {c.subject for c in claims_of(nlp, text, "perk", "2022-01-01")} == {None}


def test_the_scheme_a_sentence_before_is_about_outranks_one_its_relative_clause_mentions(nlp):
    text = ("Many villages in Pinghe county have adopted the Lotus Ledger, a points system launched by the county "
            "government in May 2018 and mostly ignored by the foreign press, which has fixated on Alipay's Sesame "
            "Credit. Every household starts with 500 points.")
    found = [c for c in claims_of(nlp, text, "figure", "2022-01-01") if c.value == 500]
    assert found and {c.subject for c in found} == {"Lotus Ledger"}


def test_the_scheme_of_a_place_is_the_place_s_scoring_system(nlp):
    text = "The points system of Suzhou gives residents 100 points at the start. Residents above 150 points get cheaper loans."
    assert {c.subject for c in claims_of(nlp, text, "perk", "2022-01-01")} == {"Suzhou"}


def test_a_company_publishing_its_own_press_release_is_the_subject_of_what_it_does(nlp):
    """The reader takes a newsroom's company for the outlet; an outlet that employs, sells or
    serves (no reporting verb) is what its clause is about."""
    from extract.nlp import analyse

    text = ("About Lanhu Data: Founded in 2015, Lanhu Data employs 1,800 people in seven cities.\n\n"
            "Lanhu Data said the app processed 90 million queries.")
    doc = analyse(nlp, text, "2024-03-04", outlet="Lanhu Data")
    subjects = {doc.text[c.phrase_start:c.phrase_end]: c.subject for c in doc._.claims if c.kind == "figure"}
    assert subjects["1,800 people"] == "Lanhu Data"
    assert subjects["90 million queries"] != "Lanhu Data"  # it reports that one


REPORT = ("Qilin Digital Holdings Ltd. Annual Report 2023\n\n"
          "Qilin Digital Holdings Ltd. is a provider of credit technology services.\n\n"
          "Our revenue increased by 12.6% to RMB8,415.3 million in 2023. We had 6,318 full-time employees "
          "at the end of the year.\n\nTotal revenue increased by 12.6% in 2023.")


@pytest.mark.parametrize("authors, subject", [
    (["Qilin Digital Holdings Ltd."], "Qilin Digital Holdings Ltd"),  # the company wrote it: its "we"
    (["Jane Lin"], None),  # a journalist's "we" is no company's
])
def test_a_body_writing_about_itself_is_the_subject_of_its_we(nlp, authors, subject):
    from extract.nlp import analyse

    doc = analyse(nlp, REPORT, "2024-04-25", authors=authors)
    found = {doc.text[c.phrase_start:c.phrase_end]: c.subject for c in doc._.claims if c.kind == "figure"}
    assert found["6,318 full-time employees"] == subject
    assert found["RMB8,415.3 million"] == subject


RELEASE = ("HANGZHOU, China, March 2, 2022 /PRNewswire/ -- Lanhu Fintech Holdings Inc. (NASDAQ: LNFH) today announced "
           "its results for the fourth quarter of 2021. \"Our partners at Pudao Credit helped,\" said Ms. Wu Jia, "
           "Chief Executive Officer.\n\nMr. Zhao Lei, Chief Financial Officer, added, \"We expect revenue for 2022 to "
           "reach RMB3.1 billion.\"\n\nOn January 5, 2022, the board approved a buyback of up to US$30 million.")


@pytest.mark.parametrize("phrase", ["RMB3.1 billion", "up to US$30 million"])
def test_a_press_release_speaks_for_its_issuer(nlp, phrase):
    """A release sent through a newswire names no author: the company its lede opens with issues it, its
    officers' "we" is that company, and an amount no one is named for is the company's (not Pudao Credit,
    named in the quotation before)."""
    from extract.nlp import analyse

    doc = analyse(nlp, RELEASE, "2022-03-02")
    found = {doc.text[c.phrase_start:c.phrase_end]: c.subject for c in doc._.claims if c.kind == "figure"}
    assert found[phrase] == "Lanhu Fintech Holdings Inc"


CLIENT_ALERT = (
    "Lindqvist Wu LLP | Client Alert\n\n"
    "China's market regulator publishes the Measures on Enterprise Credit Grading\n\n"
    "On 3 March 2025 the State Administration for Market Regulation (SAMR) published the Measures on Enterprise "
    "Credit Grading. The Measures take effect on 1 June 2025.\n\n"
    "Under the Measures, enterprises are scored out of 1,000 points. Those scoring 900 points or more are graded A. "
    "SAMR will publish the grades each quarter, and the Measures let SAMR inspect grade-D firms at any time.\n\n"
    "We will continue to monitor how SAMR applies the Measures. Contact Lindqvist Wu LLP in Shanghai.")


#: The report with its scheme and, on the next lines, a table of its accounts.
REPORT_WITH_TABLE = REPORT + (
    "\n\nQilin Score, our consumer credit product, ranges from 350 to 950 points.\n"
    "Revenue by segment (RMB million)   2023   2022   Change\n"
    "Credit technology services   3,412.6   2,806.1   21.6%\n"
    "Payment services   3,950.2   3,761.4   5.0%")


@pytest.mark.parametrize("authors, text, phrase, subject", [
    # a row of the accounts under a line about the company's score says nothing of scores: the company's
    (["Qilin Digital Holdings Ltd."], REPORT_WITH_TABLE, "3,950.2", "Qilin Digital Holdings Ltd"),
    (["Qilin Digital Holdings Ltd."], REPORT_WITH_TABLE, "21.6%", "Qilin Digital Holdings Ltd"),
    # a law firm's alert names the firm in its header and contact block: what no one is named for is the law's
    (["Lindqvist Wu LLP"], CLIENT_ALERT, "900 points or more", "Measures on Enterprise Credit Grading"),
    (["Lindqvist Wu LLP"], CLIENT_ALERT, "1,000 points", "Measures on Enterprise Credit Grading"),
    # a company's report names it (or "the Company") throughout: its own figures stay its
    (["Qilin Digital Holdings Ltd."], REPORT, "12.6%", "Qilin Digital Holdings Ltd"),
    # the register that publishes the grades is no topic of an alert about the Measures
    (["Lindqvist Wu LLP"], CLIENT_ALERT.replace(
        "The Measures take effect on 1 June 2025.",
        "The Measures take effect on 1 June 2025. Grades will appear on the National Enterprise Credit Information "
        "Publicity System, and the National Enterprise Credit Information Publicity System will show repairs."),
     "900 points or more", "Measures on Enterprise Credit Grading"),
])
def test_a_figure_no_one_is_named_for_is_the_authors_only_when_it_writes_of_itself(nlp, authors, text, phrase, subject):
    from extract.nlp import analyse

    doc = analyse(nlp, text, "2025-03-05", authors=authors)
    found = {doc.text[c.phrase_start:c.phrase_end]: c.subject for c in doc._.claims if c.kind == "figure"}
    assert found[phrase] == subject


BROKER_NOTE = (
    "Tianlu Fintech (9123.HK): 2Q25 results\n\n"
    "Tianlu Fintech reported second-quarter net revenue of RMB2.4bn on Tuesday. Tianlu Fintech now works with "
    "96 funding partners, and Tianlu Fintech expects volumes to hold.\n\n"
    "Loan facilitation volume rose 11% to RMB38.2bn.\n\n"
    "Tianlu Fintech checks applicants against Baihang Credit's files.")
#: The same note about two companies as much.
TWO_COMPANIES = BROKER_NOTE.replace("Tianlu Fintech now works", "Hongfa Lending now works").replace(
    "and Tianlu Fintech expects", "and Hongfa Lending expects").replace("Baihang Credit's files", "Hongfa Lending's files")


@pytest.mark.parametrize("text, phrase, subject", [
    # a broker's note on a company's results: a figure it gives no one is the company's
    (BROKER_NOTE, "11%", "Tianlu Fintech"),
    (BROKER_NOTE, "RMB38.2bn", "Tianlu Fintech"),
    # a text about two companies is about neither in particular
    (TWO_COMPANIES, "11%", None),
])
def test_a_figure_no_one_is_named_for_is_the_company_s_the_text_is_about(nlp, text, phrase, subject):
    from extract.nlp import analyse

    doc = analyse(nlp, text, "2025-08-20", authors=["Harbour Securities"])
    found = {doc.text[c.phrase_start:c.phrase_end]: c.subject for c in doc._.claims if c.kind == "figure"}
    assert found[phrase] == subject


@pytest.mark.parametrize("text, phrase", [
    ("The Supreme People's Court began publishing its list of dishonest judgment debtors in 2013. By the end of 2019, "
     "according to the court, 15.7 million names had been added since the list began.", "15.7 million names"),
    ("The Supreme People's Court has published the List of Dishonest Judgment Debtors since 2013. At the end of 2024 "
     "some 7.9 million people were on it, according to the court's annual report.", "some 7.9 million people"),
    ("The Supreme People's Court keeps the List of Dishonest Judgment Debtors. If the court lists you for failing to "
     "perform a judgment, the listing usually lasts two years.", "two years"),
])
def test_a_court_s_count_in_a_sentence_about_its_blacklist_is_the_list_s(nlp, text, phrase):
    from extract.nlp import analyse

    doc = analyse(nlp, text, "2025-01-01")
    found = [c for c in doc._.claims if c.kind == "figure" and phrase in doc.text[c.phrase_start:c.phrase_end]]
    assert found and {c.subject for c in found} == {"List of Dishonest Judgment Debtors"}


def test_a_court_s_fine_stays_the_court_s(nlp):
    from extract.nlp import analyse

    doc = analyse(nlp, "The Luoxi court put the firm on its blacklist and fined it 50,000 yuan.", "2025-01-01")
    assert "List of Dishonest Judgment Debtors" not in {c.subject for c in doc._.claims if c.kind == "figure"}


LISTED = [
    # a count of those put on a list, on it or taken off it is the list's, not its keeper's
    pytest.param("The State Administration for Market Regulation put 820,000 firms on its list of seriously "
                 "illegal and dishonest enterprises in 2022, and about 95,000 were taken off.", "firms",
                 "List of Seriously Illegal and Dishonest Enterprises", id="put-on-its-list"),
    pytest.param("The State Administration for Market Regulation put 820,000 firms on its list of seriously "
                 "illegal and dishonest enterprises in 2022, and about 95,000 were taken off.", "95,000",
                 "List of Seriously Illegal and Dishonest Enterprises", id="taken-off-in-a-second-clause"),
    pytest.param("Debtors who pay are removed from the list of dishonest judgment debtors. The Supreme People's "
                 "Court took some 2.4 million people off the list in 2021.", "people",
                 "List of Dishonest Judgment Debtors", id="taken-off-the-list"),
    pytest.param("The Supreme People's Court keeps the list of dishonest judgment debtors. More than 9 million "
                 "people have left the list since 2013.", "people", "List of Dishonest Judgment Debtors",
                 id="left-the-list"),
    pytest.param("Firms on SAMR's list of seriously illegal and dishonest enterprises lose subsidies. SAMR's "
                 "list held some 380,000 firms in May.", "firms", "List of Seriously Illegal and Dishonest "
                 "Enterprises", id="its-keeper-s-list-holds"),
    # a named list that is no blacklist counts those on it too
    pytest.param("According to SAMR, more than 4.1 million companies were on the abnormal operations list in May.",
                 "companies", "List of Enterprises with Abnormal Operations", id="a-named-list-that-is-no-blacklist"),
]


@pytest.mark.parametrize("text, word, name", LISTED)
def test_a_count_of_the_listed_is_the_list_s(actors_nlp, text, word, name):
    found = subject_of(token(actors_nlp(text), word, nth=-1))
    assert found is not None and found.name == name


def test_a_keeper_s_list_is_not_another_keeper_s_list(actors_nlp):
    doc = actors_nlp("Firms on the list of dishonest judgment debtors cannot fly. The General Administration of "
                     "Customs's list held some 3,100 firms in May.")
    found = subject_of(token(doc, "firms", nth=-1))
    assert found is None or found.name != "List of Dishonest Judgment Debtors"


@pytest.mark.parametrize("text, phrase", [
    ("Since 2019, the State Administration for Market Regulation has rated companies from A to D. In my interviews "
     "with 14 compliance officers at U.S. firms, 9 said their company had never checked its own rating.",
     "14 compliance officers"),
    ("Since 2019, the State Administration for Market Regulation has rated companies from A to D. In my interviews "
     "with 14 compliance officers at U.S. firms, 9 said their company had never checked its own rating.", "9"),
    ("The Rongcheng scheme gives every resident 1,000 points. We surveyed 300 residents in 2021.", "300 residents"),
])
def test_the_people_of_the_writer_s_own_study_are_counted_about_no_actor(nlp, text, phrase):
    # corpus/annotations/README.md: the interviewees of a study have no subject
    from extract.nlp import analyse

    doc = analyse(nlp, text, "2024-04-18")
    found = [c for c in doc._.claims if c.kind == "figure" and doc.text[c.phrase_start:c.phrase_end].startswith(phrase)]
    assert found and {c.subject for c in found} == {None}


#: A 20-F's introduction defines its "we"; its risk factors and history speak as "we".
TWENTY_F = (
    "INTRODUCTION\n\n"
    "Unless the context otherwise requires, references in this annual report to \u201cwe,\u201d \u201cus,\u201d "
    "\u201cour\u201d and \u201cJinlan\u201d refer to Jinlan Credit Technology Inc. and its subsidiaries.\n\n"
    "ITEM 4. INFORMATION ON THE COMPANY\n\n"
    "We commenced operations in 2016. Our loan facilitation volume was RMB52.7 billion in 2023, up 9.4% from 2022. "
    "We hold a 3.5% equity interest in Baihang Credit.")
#: A stock exchange announcement: the issuer defines itself as "the Company" and its group.
ANNOUNCEMENT = (
    "VOLUNTARY ANNOUNCEMENT\n\n"
    "This announcement is made by Dongxu Fintech Holdings Limited (the \"Company\", together with its subsidiaries, "
    "the \"Group\") on a voluntary basis.\n\n"
    "On 2 May 2023, Nanhu Data Co., Ltd., a wholly-owned subsidiary of the Company, agreed to buy a 9% stake in "
    "Pudao Credit Co., Ltd. for RMB96 million.")
#: A prospectus's business section, by the company it describes.
OWN_PROSPECTUS = (
    "Our Business\n\nAnt Group runs Alipay. Sesame Credit, our credit scoring service, was launched in 2015.\n\n"
    "Financial Information\n\nRevenue for the six months ended June 30, 2020 was RMB72.5 billion.")
#: A company's own annual report, which calls it "the Company" without defining it.
OWN_REPORT = (
    "Business Review\n\n"
    "In 2022, our revenues were RMB41.3 billion. Lantu Bank, in which the Company holds a 25% equity interest, "
    "served 60 million customers by the end of 2022.")


@pytest.mark.parametrize("text, authors, kind, phrase, subject", [
    # a filing defines its "we": its figures and its "we" are the filer's
    (TWENTY_F, [], "figure", "RMB52.7 billion", "Jinlan Credit Technology Inc"),
    (TWENTY_F, [], "figure", "3.5%", "Jinlan Credit Technology Inc"),
    (TWENTY_F, [], "date", "commenced operations", "Jinlan Credit Technology Inc"),
    # "the Company" the announcement defines is its issuer, though the page also names it as its publisher
    (ANNOUNCEMENT, [], "relation", "wholly-owned subsidiary of the Company", "Nanhu Data Co., Ltd"),
    # a report by a gazetteer company named with its legal form among the authors ("Ant Group Co., Ltd.")
    (OWN_PROSPECTUS, ["Ant Group Co., Ltd."], "figure", "RMB72.5 billion", "Ant Financial"),
    # a report's "the Company" is the company that wrote it, named with its legal form among the authors
    (OWN_REPORT, ["Longteng Holdings Limited"], "figure", "RMB41.3 billion", "Longteng Holdings Limited"),
    (OWN_REPORT, ["Longteng Holdings Limited"], "figure", "25%", "Longteng Holdings Limited"),
])
def test_a_filing_s_we_and_the_company_are_its_filer(nlp, text, authors, kind, phrase, subject):
    from extract.nlp import analyse

    doc = analyse(nlp, text, "2024-04-26", outlet="Dongxu Fintech Holdings Limited" if text is ANNOUNCEMENT else None,
                  authors=authors)
    found = {doc.text[c.phrase_start:c.phrase_end]: c for c in doc._.claims if c.kind == kind}
    claim = next(c for words, c in found.items() if phrase in words)
    assert claim.subject == subject
    if kind == "relation":
        assert claim.object == "Dongxu Fintech Holdings Limited"


def test_a_gazetteer_company_named_with_its_legal_form_is_that_company(nlp):
    """ "Pudao Credit Co., Ltd.": the legal form left over once the gazetteer took the name names no one,
    and is not another company's short name."""
    from extract.nlp import analyse
    from extract.subjects import actor_mentions

    doc = analyse(nlp, ANNOUNCEMENT, "2023-05-03")
    assert {m.text for m in actor_mentions(doc) if m.id_ == "pudao-credit"} == {"Pudao Credit"}
    assert not [m for m in actor_mentions(doc) if m.text in ("Ltd.", "Co.")]


#: A transcript site's page: the participants listed under headings, each turn under its speaker's name.
CALL = (
    "Beiming Finance (BMF) Q2 2022 Earnings Call Transcript\n\n"
    "Company Participants\n"
    "Liu Qing - Chief Executive Officer\n"
    "Zhang Wei - Chief Financial Officer\n\n"
    "Conference Call Participants\n"
    "Tom Baker - Goldman Sachs\n\n"
    "Operator\n"
    "Good morning, and welcome to Beiming Finance's second quarter 2022 earnings call.\n\n"
    "Liu Qing\n"
    "Thank you. In the second quarter, our active borrowers grew to 12.4 million.\n\n"
    "Operator\n"
    "Our first question comes from Tom Baker with Goldman Sachs.\n\n"
    "Tom Baker\n"
    "Thanks. How is the new credit reporting regime affecting you?\n\n"
    "Zhang Wei\n"
    "We now get all our credit data from Baihang Credit. We issued 2.3 million loans in the quarter. Total revenues "
    "for the quarter were RMB1.9 billion.\n\n"
    "Operator\n"
    "That concludes our call.")


@pytest.mark.parametrize("phrase, subject, speaker", [
    ("12.4 million", "Beiming Finance", "Liu Qing"),
    ("2.3 million loans", "Beiming Finance", "Zhang Wei"),
    # a figure an executive gives no one is the company's too, not the bureau's named before
    ("RMB1.9 billion", "Beiming Finance", "Zhang Wei"),
])
def test_an_executive_s_we_on_a_call_is_the_company_and_the_speaker_is_credited(nlp, phrase, subject, speaker):
    """A transcript site labels each turn with a line holding the speaker's name, and lists who speaks for
    the company: an executive's "we" is the company whose call it is."""
    from extract.nlp import analyse

    doc = analyse(nlp, CALL, "2022-08-20")
    found = {doc.text[c.phrase_start:c.phrase_end]: c for c in doc._.claims if c.kind == "figure"}
    claim = next(c for words, c in found.items() if phrase in words)
    assert (claim.subject, claim.attributed_to) == (subject, speaker)
