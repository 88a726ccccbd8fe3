"""The gazetteer (corpus/actors.yaml) and the actor finder (extract/actors.py)."""
from collections import Counter

import pytest

from extract.actors import Gazetteer, GazetteerError, actor_of, is_description, trim_entity
from extract.nlp import analyse

from conftest import CORPUS

TYPES = {"company", "product", "platform", "government", "court", "program", "outlet", "person", "organization"}


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load(CORPUS / "actors.yaml")


def found(nlp, text):
    doc = analyse(nlp, text)
    return [(span.text, span.id_) for span in doc.spans["actors"]], doc


# --- the gazetteer as data ----------------------------------------------------------------


def test_every_actor_is_complete(gazetteer):
    for actor in gazetteer.actors.values():
        assert actor.type in TYPES, actor.id
        assert actor.description and "\n" not in actor.description, actor.id
        assert all(parent in gazetteer.actors for parent in actor.part_of), actor.id


def test_no_name_belongs_to_two_actors(gazetteer):
    owners = Counter()
    for actor in gazetteer.actors.values():
        for name in {n.casefold().replace("’", "'") for n in gazetteer.names(actor)}:
            owners[name] += 1
    assert [name for name, count in owners.items() if count > 1] == []


def test_part_of_has_no_cycles(gazetteer):
    for actor in gazetteer.actors.values():
        seen, todo = set(), list(actor.part_of)
        while todo:
            parent = todo.pop()
            assert parent != actor.id, f"{actor.id} is part of itself"
            if parent not in seen:
                seen.add(parent)
                todo += gazetteer.get(parent).part_of


@pytest.mark.parametrize("actor_id", [
    "sesame-credit", "alipay", "ant-financial", "alibaba", "tencent", "wechat", "qq", "pboc", "state-council",
    "supreme-peoples-court", "social-credit-system", "ndrc", "china-rapid-finance", "baihe", "zhenai", "mobike",
    "tencent-credit", "koala-credit", "qianhai-credit", "pengyuan-credit", "china-chengxin-credit", "intellicredit",
    "sinoway-credit", "baihang-credit", "credit-china", "ofo", "hellobike", "didi", "ctrip", "weibo",
    "wired", "business-insider", "china-daily", "global-times", "xinhua", "peoples-daily", "caixin", "scmp",
    "reuters", "bloomberg", "financial-times", "new-york-times", "the-economist", "le-figaro", "foreign-policy",
    "samr", "national-enterprise-credit-information-publicity-system", "cbirc", "general-office-of-the-state-council",
    "eu-chamber-of-commerce-in-china", "pudao-credit", "tenpay",
])
def test_the_field_s_actors_are_known(gazetteer, actor_id):
    assert gazetteer.get(actor_id) is not None


def test_a_broken_gazetteer_gets_a_clear_error(tmp_path):
    bad = tmp_path / "actors.yaml"
    bad.write_text("- id: x\n  name: X\n  type: company\n  nickname: Y\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"actor 'x' has unknown fields \['nickname'\]"):
        Gazetteer.load(bad)
    bad.write_text("- name: X\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="entry 1 needs at least an id, a name and a type"):
        Gazetteer.load(bad)
    bad.write_text("- id: [unclosed\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="cannot read the gazetteer"):
        Gazetteer.load(bad)


# --- the finder ------------------------------------------------------------------------------


@pytest.mark.parametrize("text, mention, actor_id", [
    ("Zhima Credit rates users from 350 to 950.", "Zhima Credit", "sesame-credit"),
    ("Its Chinese name is 芝麻信用 (Zhima Xinyong).", "芝麻信用", "sesame-credit"),
    ("The State Council (国务院) issued the outline.", "国务院", "state-council"),
    ("The PBoC licensed eight firms.", "PBoC", "pboc"),
    ("The PBOC did not approve it.", "PBOC", "pboc"),
    ("Ant Financial Services Group (AFSG) runs it.", "AFSG", "ant-financial"),
    ("Alipay’s rating system is popular.", "Alipay", "alipay"),
    ("Alibaba's affiliate runs the service.", "Alibaba", "alibaba"),
    ("The People's Bank of China said so.", "People's Bank of China", "pboc"),
    ("The People’s Bank of China said so.", "People’s Bank of China", "pboc"),
    ("Users can rent bikes from Ofo without a deposit.", "Ofo", "ofo"),
    ("Koala Credit is run by Lakala.", "Koala Credit", "koala-credit"),
    ("Baihang Credit was licensed in 2018.", "Baihang Credit", "baihang-credit"),
    ("Blacklists are published on creditchina.gov.cn every week.", "creditchina.gov.cn", "credit-china"),
    ("The story ran in the South China Morning Post.", "South China Morning Post", "scmp"),
    ("China's court blacklist now holds 8 million people.", "court blacklist", "dishonest-debtors-list"),
    ("The courts' blacklist held 15 million people in 2020.", "courts' blacklist", "dishonest-debtors-list"),
])
def test_names_aliases_and_abbreviations(nlp, text, mention, actor_id):
    mentions, _ = found(nlp, text)
    assert (mention, actor_id) in mentions


@pytest.mark.parametrize("text, mention, actor_id", [
    # a city's name or possessive before the national system's generic name: the city's own scheme
    ("The Weihai social credit system is a municipal points scheme in Shandong.", "Weihai social credit system",
     "program:weihai-social-credit-system"),
    ("Under Dongying's social credit system, residents start with 1,000 points.", "Dongying's social credit system",
     "program:dongying-social-credit-system"),
    # the country's is the national system
    ("China's social credit system was outlined in 2014.", "social credit system", "social-credit-system"),
    ("Lawyers advise clients on China's Corporate Social Credit System.", "Social Credit System",
     "social-credit-system"),
    ("The social credit system was outlined by the State Council in 2014.", "social credit system",
     "social-credit-system"),
])
def test_a_place_s_own_social_credit_system(nlp, text, mention, actor_id):
    mentions, _ = found(nlp, text)
    assert (mention, actor_id) in mentions


def test_the_longest_name_wins(nlp):
    mentions, _ = found(nlp, "Ant Financial Services, which is owned by Alibaba, runs it.")
    assert ("Ant Financial Services", "ant-financial") in mentions
    assert not any(text == "Ant" for text, _ in mentions)


@pytest.mark.parametrize("text, absent", [
    ("The office has wired internet and a fast connection.", "wired"),
    ("Analysts at the bank discussed foreign policy with the minister.", "foreign-policy"),
    ("She bought an apple at the market in Hangzhou.", "apple"),
    ("The sqq file and the pboc folder were empty.", "pboc"),
])
def test_names_that_are_also_words_match_only_as_written(nlp, text, absent):
    mentions, _ = found(nlp, text)
    assert absent not in {actor_id for _, actor_id in mentions}


def test_case_sensitive_outlets_match_when_capitalised(nlp):
    mentions, _ = found(nlp, "Wired and Foreign Policy both covered the story.")
    assert {("Wired", "wired"), ("Foreign Policy", "foreign-policy")} <= set(mentions)


def test_actors_the_gazetteer_lacks_come_from_ner(nlp):
    mentions, doc = found(nlp, "Researchers at the University of Toronto in Canada studied the data. "
                               "Peter Chow-White led the project.")
    ids = {actor_id for _, actor_id in mentions}
    assert "org:university-of-toronto" in ids
    assert "person:peter-chow-white" in ids
    span = next(s for s in doc.spans["actors"] if s.id_ == "person:peter-chow-white")
    assert actor_of(span) == ("person:peter-chow-white", "Peter Chow-White")
    assert span.label_ == "person"


def test_ner_names_are_trimmed(nlp):
    mentions, _ = found(nlp, "He called the Zhejiang Province of China and the People’s Court in Songyang County.")
    names = [text for text, actor_id in mentions if ":" in actor_id]
    assert all(not name.lower().startswith("the ") and not name.endswith((" of", "’s", "'s")) for name in names)


def test_a_surname_is_the_same_person(nlp):
    mentions, _ = found(nlp, "Charles Rollet wrote the article for Wired. Later, Rollet said the list had grown.")
    ids = [actor_id for text, actor_id in mentions if "Rollet" in text]
    assert ids and set(ids) == {"person:charles-rollet"}


@pytest.mark.parametrize("text, short, actor_id", [
    ("Lanting Credit Management Co. won a licence on Monday. Lanting Credit will start in May.",
     "Lanting Credit", "org:lanting-credit-management-co"),
    ("Lanting Credit Management, a scoring firm, won a licence on Monday. Lanting Credit will start in May.",
     "Lanting Credit", "org:lanting-credit-management"),
    # a standfirst names it short before the story names it in full
    ("Lanting Credit takes over the data.\n\nHANGZHOU - Lanting Credit Management, a scoring firm, "
     "won a licence on Monday.", "Lanting Credit", "org:lanting-credit-management"),
])
def test_a_company_named_without_its_business_or_legal_form_is_the_same(nlp, text, short, actor_id):
    mentions, _ = found(nlp, text)
    assert (short, actor_id) in mentions
    assert not any(i.startswith("org:lanting-credit") and i != actor_id for _, i in mentions)


@pytest.mark.parametrize("text, full, short", [
    # the NER cut the first word of the full name and read the short one as a work of art
    ('SHENZHEN, China, September 12, 2024 -- Lumen Credit Technology Co., Ltd. ("Lumen Credit"), a licensed '
     'credit agency, today launched a score. Lumen Credit has rated 3.4 million firms.',
     "Lumen Credit Technology Co., Ltd.", "Lumen Credit"),
    ('Hangzhou Qingyun Data Services Co., Ltd. (hereinafter "Qingyun") was fined 2 million yuan. Qingyun appealed.',
     "Hangzhou Qingyun Data Services Co., Ltd.", "Qingyun"),
    # a listed company's release: its ticker between the name and the definition, the article outside the quotes
    ('BEIJING, May 9, 2022 /PRNewswire/ -- Tianyu Credit Holdings Inc. (NASDAQ: TYCH) ("Tianyu" or the "Company") '
     'today reported results. Tianyu served 41 million users. The Company bought back 1.2 million shares.',
     "Tianyu Credit Holdings Inc.", "Tianyu"),
])
def test_a_short_name_the_text_defines_in_brackets_is_the_name_before_it(nlp, text, full, short):
    mentions, _ = found(nlp, text)
    ids = {actor_id for name, actor_id in mentions if name in (full, short)}
    assert len(ids) == 1 and sum(name == short for name, _ in mentions) == 2 and (full, ids.pop()) in mentions
    if "the \"Company\"" in text:
        assert ("Company", next(i for name, i in mentions if name == full)) in mentions


@pytest.mark.parametrize("text, full", [
    ("Its lending arm, Chongqing Ant Consumer Finance Co., raised its registered capital to 8 billion yuan.",
     "Chongqing Ant Consumer Finance Co."),
    ("Last year Hangzhou Lanhu Consumer Finance Co. lent 9 billion yuan.", "Hangzhou Lanhu Consumer Finance Co."),
])
def test_a_subsidiary_named_after_its_place_and_group_is_one_company(nlp, text, full):
    """The NER finds "Consumer Finance Co." and the gazetteer "Ant" and "Chongqing": the whole legal
    name is the subsidiary's, and neither its group nor its city is mentioned there."""
    mentions, _ = found(nlp, text)
    assert full in [name for name, _ in mentions]
    assert not any(name in ("Ant", "Chongqing", "Hangzhou") for name, _ in mentions)


def test_a_place_is_no_short_name_of_a_company_named_after_it(nlp):
    mentions, _ = found(nlp, "Xiamen Technology Holdings opened an office. Xiamen is a port city in Fujian.")
    assert not any(text == "Xiamen" and actor_id.startswith("org:") for text, actor_id in mentions)


def test_a_chinese_family_name_is_the_person_introduced_first(nlp):
    text = ("Zhang Wei sold tea in Fuzhou. His sister Zhang Hui kept the accounts. "
            "When the court listed him, Zhang closed the shop.")
    mentions, _ = found(nlp, text)
    assert ("Zhang", "person:zhang-wei") in mentions


def test_a_bracketed_abbreviation_is_the_actor_it_follows(nlp):
    text = ("The National Medical Products Administration (NMPA) grades drug makers. "
            "A factory that fails twice loses its NMPA licence, and NMPA officials publish the list.")
    mentions, doc = found(nlp, text)
    ids = {actor_id for text, actor_id in mentions if text == "NMPA"}
    assert ids == {"org:national-medical-products-administration"}
    assert len([m for m in mentions if m[0] == "NMPA"]) == 3
    assert "org:nmpa" not in doc._.actor_names


def test_a_bracketed_word_that_is_no_abbreviation_is_left_alone(nlp):
    mentions, _ = found(nlp, "The Suqian Municipal Bureau (Jiangsu) rates firms. In Jiangsu, the bureau is strict.")
    assert all(actor_id != "org:suqian-municipal-bureau" for text, actor_id in mentions if "Jiangsu" in text)


def test_contractions_are_not_actors(nlp):
    mentions, _ = found(nlp, "People on the blacklist can’t stay at four and five star hotels, Business Insider reports.")
    assert all(any(c.isupper() for c in text) for text, _ in mentions)
    assert ("Business Insider", "business-insider") in mentions


@pytest.mark.parametrize("text, actor_id", [
    ("Peter Chow-White founded the GeNA Lab.", "gena-lab"),
    ("She teaches at Simon Fraser University.", "simon-fraser-university"),
])
def test_research_institutions_are_in_the_gazetteer(nlp, text, actor_id):
    mentions, _ = found(nlp, text)
    assert actor_id in {found_id for _, found_id in mentions}


# --- names the gazetteer lacks, and descriptions (relations.yaml, `names`, `descriptions`) -----


@pytest.mark.parametrize("text, mention, actor_id, kind", [
    # a capitalised name ending in a scheme head is a scheme, quoted or not
    ("Residents of Wenzhou with a high “Lotus Score” pay less for parking.", "Lotus Score",
     "program:lotus-score", "program"),
    # ... even when a gazetteer name starts it ("Alipay" is not the scheme)
    ("The Alipay Travel Score was dropped in 2020.", "Alipay Travel Score", "program:alipay-travel-score", "program"),
    # a possessive splits an entity in two: the place and its scheme
    ("Nanjing’s Plum Blossom Index was launched in 2019.", "Nanjing", "gpe:nanjing", "place"),
    # a one-word mention that starts an earlier organisation's name is that organisation
    ("Ant Group runs Alipay. Ant said in May that profits rose.", "Ant", "ant-financial", "company"),
    ("Ant Group sued Meituan. Later, Ant and Baidu signed a deal.", "Ant", "ant-financial", "company"),
    # an appositive says what an unknown name is, whatever the NER said, and its id follows
    ("Rongcheng, a coastal city in Shandong, began scoring its residents in 2014.", "Rongcheng",
     "gpe:rongcheng", "place"),
    # ... a scheme, and the gazetteer phrase apposed to it restates it (not the national system)
    ("Volunteers earn points in Civilised Xiamen, the city's social credit scheme.", "Civilised Xiamen",
     "org:civilised-xiamen", "program"),
    ("Volunteers earn points in Civilised Xiamen, the city's social credit scheme.", "social credit scheme",
     "org:civilised-xiamen", "program"),
    # official documents by title are actors of type law, with the gazetteer names in them as words
    ("The draft Social Credit System Construction Law was released in November.",
     "Social Credit System Construction Law", "law:social-credit-system-construction-law", "law"),
    ("The NDRC’s Measures for Credit Repair took effect in 2023.", "Measures for Credit Repair",
     "law:measures-for-credit-repair", "law"),
    ("She read the Planning Outline for the Construction of a Social Credit System twice.",
     "Planning Outline for the Construction of a Social Credit System",
     "law:planning-outline-for-the-construction-of-a-social-credit-system", "law"),
    # a date after the title's last words is no part of it
    ("The PBOC issued the Measures for the Administration of Credit Reporting Business on September 27, 2021.",
     "Measures for the Administration of Credit Reporting Business",
     "law:measures-for-the-administration-of-credit-reporting-business", "law"),
    # an organisation whose name ends in a word of a company's business is a company
    ("Lantern Data rolled out its merchant score in Hangzhou on Monday.", "Lantern Data", "org:lantern-data",
     "company"),
])
def test_names_the_gazetteer_lacks(nlp, text, mention, actor_id, kind):
    _, doc = found(nlp, text)
    assert (mention, actor_id, kind) in [(s.text, s.id_, s.label_) for s in doc.spans["actors"]]


def test_a_genre_word_inside_another_name_is_no_document(nlp):
    mentions, _ = found(nlp, "Jeremy Daum of Yale Law School spoke to Hengtai Law Firm.")
    assert not [text for text, actor_id in mentions if actor_id.startswith("law:")]


def test_a_possessive_inside_an_institution_name_does_not_split_it(nlp):
    mentions, _ = found(nlp, "The Higher People's Court of Hebei fined him.")
    assert "Higher People's Court of Hebei" in [text for text, _ in mentions]
    assert "Higher People" not in [text for text, _ in mentions]


def test_an_entity_ends_at_an_opening_bracket(nlp):
    doc = nlp.make_doc("The pilots ran in Suqian (Jiangsu province) and Weihai.")
    for token in doc:
        token.pos_ = "PROPN" if token.text[0].isupper() else "X"
    assert trim_entity(doc[4:8]).text == "Suqian"


@pytest.mark.parametrize("text, description, actor_id", [
    ("The Supreme People's Court publishes the list. The court said it had grown.", "court",
     "supreme-peoples-court"),
    ("The People's Bank of China licensed Baihang. The central bank said nothing more.", "bank", "pboc"),
    # "the city" is the place named a city, not the last place named
    ("She lives in Weihai, a city of 2.8 million people on the Shandong peninsula. The city runs a points scheme.",
     "city", "gpe:weihai"),
    # a description stands for the last actor whose name holds its noun
    ("The Guangzhou Municipal Transport Commission issued rules. The commission said fines would rise.",
     "commission", "org:guangzhou-municipal-transport-commission"),
    # in a new paragraph, for the actor named most often before it
    ("Wenzhou runs the Lotus Score. Wenzhou residents like it, and Wenzhou pays for it.\n\n"
     "Ningbo launched the Pine Score last year.\n\nThe city plans to link the score to bus fares.",
     "city", "gpe:wenzhou"),
])
def test_descriptions_stand_for_an_actor_named_before(nlp, text, description, actor_id):
    _, doc = found(nlp, text)
    spans = [s for s in doc.spans["actors"] if s.text == description]
    assert spans and spans[-1].id_ == actor_id and is_description(spans[-1])


@pytest.mark.parametrize("text, stands_for", [
    ("The central bank licensed eight firms in 2015.", "pboc"),  # nobody named before: China's
    ("The Federal Reserve is America's central bank. The central bank raised rates.", None),
    # a unit named with the body it belongs to ("X of the People's Bank of China") is no bank
    ("Personal records stay with the Credit Reference Center of the People's Bank of China; Lantern Data was "
     "licensed by the central bank in 2021.", "pboc"),
])
def test_the_central_bank_is_china_s_unless_the_text_owns_another(nlp, text, stands_for):
    _, doc = found(nlp, text)
    assert [s.id_ for s in doc.spans["actors"] if s.text == "bank"] == ([stands_for] if stands_for else [])


@pytest.mark.parametrize("text, mention, actor_id", [
    ('The city launched the "Trust Qingyuan" personal credit points scheme in 2023.', "Trust Qingyuan",
     "program:trust-qingyuan"),
    ("Residents can check their points on the “i-Qingyuan” app.", "i-Qingyuan", "platform:i-qingyuan"),
    ("The ‘Honest Lianshan’ website lists 300 firms.", "Honest Lianshan", "platform:honest-lianshan"),
])
def test_a_quoted_name_before_a_scheme_noun_names_that_scheme(nlp, text, mention, actor_id):
    mentions, _ = found(nlp, text)
    assert (mention, actor_id) in mentions


@pytest.mark.parametrize("text", [
    'Residents below 600 points go on a "key attention list".',  # quoted words, no name
    'He called it "Big Brother" in a column.',  # a name before no scheme noun
])
def test_quoted_words_that_name_no_scheme(nlp, text):
    mentions, _ = found(nlp, text)
    assert not any(actor_id.startswith(("program:", "platform:")) for _, actor_id in mentions)


@pytest.mark.parametrize("text, mention, actor_id", [
    ('Courts have put 8.5 million people on a blacklist of "dishonest" debtors.',
     'blacklist of "dishonest" debtors', "dishonest-debtors-list"),
    ("Critics of the ‘social credit’ system say it is opaque.", "social credit’ system", "social-credit-system"),
])
def test_a_gazetteer_name_with_scare_quotes_inside(nlp, text, mention, actor_id):
    mentions, _ = found(nlp, text)
    assert (mention, actor_id) in mentions


@pytest.mark.parametrize("text, description, stands_for", [
    ("Courts have listed 8.5 million people, the country's top court said on Friday.", "court",
     "supreme-peoples-court"),
    ("The nation's cabinet approved the plan in 2014.", "cabinet", "state-council"),
    ("The country's top economic planner said 3,000 firms had been listed.", "planner", "ndrc"),
    ("China's state planner said 3,000 firms had been listed.", "state planner", "ndrc"),
    ("The market regulator fined Alibaba 18.2 billion yuan in April 2021.", "regulator", "samr"),
    ("China's cyberspace regulator said it had approved the algorithm.", "cyberspace regulator", "cac"),
    ("The top legislature passed the law in 2021.", "legislature", "npc"),
    ("Last year the customs authority downgraded 1,200 exporters.", "authority",
     "general-administration-of-customs"),
    # a place's own is its own
    ("The Zhejiang market regulator fined the firm 50,000 yuan.", "Zhejiang market regulator",
     "government:zhejiang-market-regulator"),
])
def test_the_wire_services_names_for_national_bodies(nlp, text, description, stands_for):
    _, doc = found(nlp, text)
    assert [s.id_ for s in doc.spans["actors"] if s.text == description] == [stands_for]


@pytest.mark.parametrize("text, stands_for", [
    # a name the comma sets after the description is the description's, wherever the parser hangs it
    ("Ant will hold 35% of the new firm, Qiantang Credit Reporting Co, while two state groups hold the rest.",
     "org:qiantang-credit-reporting-co"),
    # a new thing is no thing named before
    ("Ant Group was restructured in 2023. The new firm will hold its data.", None),
])
def test_a_description_apposed_to_a_name_or_of_a_new_thing(nlp, text, stands_for):
    _, doc = found(nlp, text)
    assert [s.id_ for s in doc.spans["actors"] if s.text == "firm"] == ([stands_for] if stands_for else [])


@pytest.mark.parametrize("text, description", [
    ("The Supreme People's Court sued him. The Hebei court fined him.", "court"),  # named by its place
    ("Suining is a county in Jiangsu. As early as 2010, the county of Suining had a system.", "county"),
    ("The Supreme People's Court spoke. The courts were slow.", "courts"),  # a plural is no one actor
    # a body of another level is another body
    ("The Supreme People's Court spoke. In Shenzhen, the intermediate court set up a hotline.", "court"),
    ("The Suzhou Big Data Bureau keeps the records. The local bureau checks them.", "bureau"),
])
def test_what_is_no_description(nlp, text, description):
    _, doc = found(nlp, text)
    assert not any(s.text == description for s in doc.spans["actors"])


@pytest.mark.parametrize("text, name", [
    # the statistical NER reads the first as a person's name, the second as a place's
    ("The central bank licensed a second bureau, Jinyuan Credit, in December 2020.", "Jinyuan Credit"),
    ("Regulators fined Qinghe Bank last year.", "Qinghe Bank"),
])
def test_a_name_ending_in_an_organisation_word_is_an_organisation(nlp, text, name):
    _, doc = found(nlp, text)
    span = next(s for s in doc.spans["actors"] if s.text == name)
    assert span.label_ == "company" and span.id_.startswith("org:")  # a company's business word ends them


def test_the_first_word_of_such_a_name_is_that_organisation(nlp):
    # the statistical NER reads "Qinghe" alone as a person's name
    _, doc = found(nlp, "The bank licensed Qinghe Bank in 2021. Qinghe has since grown.")
    mentions = [s.id_ for s in doc.spans["actors"] if s.text in ("Qinghe Bank", "Qinghe")]
    assert mentions == ["org:qinghe-bank", "org:qinghe-bank"]


# --- one name, one actor; corrections of the statistical NER ---------------------------------


def test_a_name_read_as_a_place_anywhere_is_one_place(nlp):
    # the NER reads the last "Shenyang" as a person's name
    _, doc = found(nlp, "The survey covered users in Wuhan, Jinan and Shenyang. Approval rates were highest "
                        "in Wuhan and lowest in Shenyang, and Shenyang the slowest to grow.")
    assert {(s.id_, s.label_) for s in doc.spans["actors"] if s.text == "Shenyang"} == {("gpe:shenyang", "place")}
    assert "person:shenyang" not in doc._.actor_names


@pytest.mark.parametrize("text, name", [
    ("In Yiwu, fewer than 2 percent of residents lost points.", "Yiwu"),  # read as a person
    ("In Zhangqiu, every resident starts with 1,000 points.", "Zhangqiu"),  # read as an organisation
])
def test_a_name_a_sentence_is_in_is_a_place(nlp, text, name):
    _, doc = found(nlp, text)
    span = next(s for s in doc.spans["actors"] if s.text == name)
    assert (span.id_, span.label_) == (f"gpe:{name.lower()}", "place")


def test_a_city_is_not_the_university_named_after_it(nlp):
    _, doc = found(nlp, "The Egret Score was designed at Xiamen University. Residents of Xiamen can borrow "
                        "books for free. Xiamen plans to widen it.")
    assert {s.id_ for s in doc.spans["actors"] if s.text == "Xiamen"} == {"gpe:xiamen"}


@pytest.mark.parametrize("text", [
    "Ant’s profits slip as lending rules bite\n\nAnt Group said on Monday that profit fell 20 percent.",
    # the tagger reads this "’s" as "is"
    "Ant Group was founded in 2014. In 2015 the central bank let eight firms, Ant’s among them, test scores.",
])
def test_a_short_name_before_or_after_the_full_name(nlp, text):
    _, doc = found(nlp, text)
    assert {s.id_ for s in doc.spans["actors"] if s.text.startswith("Ant")} == {"ant-financial"}
    assert "org:ant" not in doc._.actor_names


@pytest.mark.parametrize("text, word, actor_id", [
    ("The Nordic Chamber of Commerce in Shanghai polled 300 firms. Of the Chamber members surveyed, "
     "60 percent said the rules were unclear.", "Chamber", "org:nordic-chamber-of-commerce"),
    # the head-word name comes first, as in a heading
    ("Customs runs the strictest rating. Under the General Administration of Customs’ measures, "
     "importers are graded four ways.", "Customs", "general-administration-of-customs"),
    ("The Communist Party runs the scheme, and the Party decides who is listed.", "Party", "communist-party"),
])
def test_the_head_word_of_an_organisation_s_name_is_that_organisation(nlp, text, word, actor_id):
    _, doc = found(nlp, text)
    assert {s.id_ for s in doc.spans["actors"] if s.text == word} == {actor_id}


def test_a_capitalised_description_is_written_as_in_the_name(nlp):
    text = ("The Hangzhou Municipal Bureau of Market Supervision fined the firm. A spokeswoman for the "
            "Bureau said more fines would follow.")
    _, doc = found(nlp, text)
    assert [s.id_ for s in doc.spans["actors"] if s.text == "Bureau"] == \
        ["org:hangzhou-municipal-bureau-of-market-supervision"]
    # "the Centre" is not the "Credit Reference Center", nor a place or a person of its own
    _, doc = found(nlp, "The Credit Reference Center keeps records. “It is a filing cabinet,” said a fellow "
                        "at the Centre.")
    assert [s.text for s in doc.spans["actors"]] == ["Credit Reference Center"]


def test_a_description_qualified_by_a_noun_stands_for_a_name_holding_it(nlp):
    _, doc = found(nlp, "The State Taxation Administration rates firms every April. Some 3 million firms got an "
                        "A grade, the tax administration said.")
    span = next(s for s in doc.spans["actors"] if s.text == "administration")
    assert span.id_ == "state-taxation-administration" and is_description(span)


@pytest.mark.parametrize("text, name", [
    ("In March the People's Court of Gucheng County put him on the list.", "People's Court of Gucheng County"),
    ("A study by Peking University’s Institute for Fintech Research found the same.",
     "Institute for Fintech Research"),
])
def test_an_institution_s_name_goes_on_with_of_and_for(nlp, text, name):
    mentions, _ = found(nlp, text)
    assert name in [text for text, _ in mentions]


@pytest.mark.parametrize("text, absent", [
    # names inside an official document's title are its words (the title is a law: test_names_the_gazetteer_lacks)
    ("Under the Measures for the Administration of Credit Reporting Business, lenders must share data.",
     "Administration"),
    # grades
    ("Residents above 1,050 points earn an AAA grade and cheaper heating.", "AAA"),
    ("Importers are graded as Advanced Certified, General Certified, General Credit or Discredited. "
     "Advanced Certified Enterprises face few checks.", "Certified"),
    # capitalised common words the document writes in lower case elsewhere
    ("Exit bans are the harshest measure. Courts can also impose exit bans on debtors.", "Exit"),
    ("The reform is a real novelty for a totalitarian State, though state media praise it.", "State"),
    # acronyms of things
    ("A-grade taxpayers may claim VAT invoices for up to three months’ needs.", "VAT"),
    ("Real-name rules came to include all SIM card registration.", "SIM"),
])
def test_what_is_no_actor(nlp, text, absent):
    mentions, _ = found(nlp, text)
    assert not any(absent in name for name, actor_id in mentions if not actor_id.startswith("law:")), mentions


def test_a_scheme_named_in_the_gazetteer_is_that_actor_and_so_is_its_tail(nlp):
    _, doc = found(nlp, "Tencent launched WeChat Pay Score in 2019. Pay Score users above 550 points can rent "
                        "power banks.")
    assert [(s.text, s.id_) for s in doc.spans["actors"] if "Score" in s.text] == \
        [("WeChat Pay Score", "wechat-pay-score"), ("Pay Score", "wechat-pay-score")]


def test_a_name_ending_in_points_is_a_scheme(nlp):
    _, doc = found(nlp, "Suzhou’s Osmanthus Points had enrolled 4.5 million residents by 2021.")
    assert ("Osmanthus Points", "program:osmanthus-points", "program") in \
        [(s.text, s.id_, s.label_) for s in doc.spans["actors"]]


@pytest.mark.parametrize("text, mention", [
    # a name that only says the kind of scheme is its owner's
    ("Lotus residents earn credit under Lotus's Civility Points scheme. Civility Points has 300,000 members.",
     ("Civility Points", "program:lotus-civility-points")),
    ("Pinghu's Honesty Score was launched in 2021.", ("Honesty Score", "program:pinghu-honesty-score")),
    # a name of its own keeps it
    ("Pinghu's Lotus Score was launched in 2021.", ("Lotus Score", "program:lotus-score")),
])
def test_a_scheme_named_only_by_its_kind_takes_its_owner_s_name(nlp, text, mention):
    mentions, _ = found(nlp, text)
    assert mention in mentions


@pytest.mark.parametrize("text, mention", [
    # a company's or a place's scheme named only by what it is: a scheme of its own, named with its owner
    ("Couriers say that Lalamove Technology’s driver service score is opaque.",
     ("driver service score", "program:lalamove-technology-driver-service-score")),
    ("Riders whose Meituan courier rating is above 90 get the best slots.",
     ("courier rating", "program:meituan-courier-rating")),
    ("Jiangsu's corporate credit ratings run from A to D.",
     ("corporate credit ratings", "program:jiangsu-corporate-credit-ratings")),
    # words that only say when or whose it is are no part of the name
    ("Shenzhen Dada Logistics’s new merchant service score took effect in May.",
     ("new merchant service score", "program:shenzhen-dada-logistics-merchant-service-score")),
    # the scheme the text names for the owner, when it names one
    ("Lingxi Data Holdings (the \"Company\") runs the Lingxi Score. The Company's consumer credit score ranges "
     "from 300 to 900.", ("consumer credit score", "program:lingxi-score")),
])
def test_a_scheme_named_by_what_it_is_after_its_owner_is_an_actor(nlp, text, mention):
    mentions, _ = found(nlp, text)
    assert mention in mentions


@pytest.mark.parametrize("text, words", [
    # an owner whose gazetteer family has a scheme of its own: the text means that scheme
    ("Alipay's credit score ranges from 350 to 950.", "credit score"),
    ("Tencent's credit score was withdrawn after a day.", "credit score"),
    # the country's is the field's system; a person's score is no scheme of a body
    ("China's social credit score is a myth, the researchers say.", "social credit score"),
    ("Zhang Wei's credit score fell to 550.", "credit score"),
    # no words but the head: the owner's score in general
    ("Didi's score is opaque.", "score"),
])
def test_a_score_after_an_owner_that_names_no_scheme_of_its_own(nlp, text, words):
    mentions, _ = found(nlp, text)
    assert not any(name == words for name, _ in mentions), mentions


@pytest.mark.parametrize("text, mention", [
    # the country's top court is the field's
    ("China’s top court said 7 million people were on its list.", ("top court", "supreme-peoples-court")),
    # a province's is its own
    ("Zhejiang's top court said 70,000 people were listed.", ("top court", "court:zhejiang-top-court")),
    # a body named only after "the city's" is named after the city, wherever it comes again
    ("Lotus, a city of 2 million people, scores its residents. The score was developed by the city's Big Data "
     "Bureau. The Big Data Bureau has 40 staff.", ("Big Data Bureau", "org:lotus-big-data-bureau")),
    # ... and so is one named after the place's adjective
    ("Pinghu, a city in Hunan, has a score. It is run by the Pinghu Credit Office, a unit of the municipal "
     "Development and Reform Bureau.", ("municipal Development and Reform Bureau", "org:pinghu-development-and-reform-bureau")),
    # one named through the place's own name keeps its name as written
    ("Taizhou's Credit Office runs the Hehe Points.", ("Credit Office", "org:credit-office")),
    # one named with its place after "of" is named as with the place before it
    ("The Lishui Harmony Points is a scheme operated by the municipal government of Lishui, a city in Zhejiang.",
     ("municipal government of Lishui", "government:lishui-municipal-government")),
])
def test_a_place_s_institution_named_through_its_possessive(nlp, text, mention):
    mentions, _ = found(nlp, text)
    assert mention in mentions


def test_a_person_s_name_the_ner_cut_short_is_whole(nlp):
    mentions, _ = found(nlp, "Hannah Richter and Zhou Yiming\n\nThe survey covered 1,200 residents.")
    assert ("Hannah Richter", "person:hannah-richter") in mentions


def test_a_family_name_is_the_person_the_ner_missed_at_first(nlp):
    # the NER reads no name in the first sentence of the story, and "Chen" alone later
    text = ("By Anna Berg\n\nChen Yuting checks her number the way other people check the weather. Every "
            "morning she opens Alipay and scrolls to her score.\n\nBack in Hangzhou, Chen is saving for a flat.")
    _, doc = found(nlp, text)
    assert {(s.text, s.id_) for s in doc.spans["actors"] if s.text.startswith("Chen")} == \
        {("Chen Yuting", "person:chen-yuting"), ("Chen", "person:chen-yuting")}


def test_a_place_is_not_the_family_name_of_a_blog(nlp):
    _, doc = found(nlp, "Photo: Shanghai Wanderer\n\nThe average score in Shanghai was 669 last year, "
                        "and Shanghai residents like it.")
    assert {s.id_ for s in doc.spans["actors"] if s.text == "Shanghai"} == {"gpe:shanghai"}


def test_an_organisation_named_like_a_newspaper_is_an_outlet(nlp):
    _, doc = found(nlp, "The case was first reported by the Southern Metropolis Daily in 2019.")
    span = next(s for s in doc.spans["actors"] if s.text == "Southern Metropolis Daily")
    assert span.label_ == "outlet"


def test_a_court_the_ner_reads_as_a_building_is_a_court(nlp):
    _, doc = found(nlp, "In 2017 the Nantong Intermediate People’s Court put him on the list.")
    assert ("Nantong Intermediate People’s Court", "court") in [(s.text, s.label_) for s in doc.spans["actors"]]


def test_a_place_is_one_actor_with_or_without_its_kind(nlp):
    _, doc = found(nlp, "Rongcheng, in Shandong province, scores its residents. Shandong plans to copy it, "
                        "unlike Xinhe County.")
    assert {(s.text, s.id_) for s in doc.spans["actors"] if "Shandong" in s.text} == \
        {("Shandong province", "gpe:shandong"), ("Shandong", "gpe:shandong")}
    assert "gpe:xinhe-county" in {s.id_ for s in doc.spans["actors"]}
    assert doc._.actor_names["gpe:shandong"] == "Shandong"


def test_the_wire_service_of_a_dateline_is_an_outlet(nlp):
    _, doc = found(nlp, "SHANGHAI (CNW) - Courts barred debtors from 3 million flights last year, CNW has learned.")
    assert {s.label_ for s in doc.spans["actors"] if s.text == "CNW"} == {"outlet"}


def test_the_city_is_not_a_province(nlp):
    _, doc = found(nlp, "In Rongcheng, a coastal city in Shandong province, officials began scoring residents in "
                        "2014. The city gives each resident 1,000 points.")
    assert [s.id_ for s in doc.spans["actors"] if s.text == "city"] == ["gpe:rongcheng"]


def test_the_documents_own_outlet_named_in_its_text_is_an_outlet(nlp):
    text = ("Baihang expects the regulator to approve the deal by the end of June, chief executive Li Wen told "
            "Northlight.\nNorthlight has reported on the bureau since 2018.")
    outlets = {s.id_: s.label_ for s in analyse(nlp, text, outlet="Northlight").spans["actors"] if s.text == "Northlight"}
    assert outlets == {"org:northlight": "outlet"}
    assert {s.label_ for s in analyse(nlp, text).spans["actors"] if s.text == "Northlight"} != {"outlet"}


@pytest.mark.parametrize("text, word, actor_id", [
    # the NER reads the firm's first word as a place wherever it stands alone
    ("A new bureau, Qianhai Credit, got its licence in 2020. Tencent said that Qianhai would take over "
     "the loan data.", "Qianhai", "qianhai-credit"),
    # a city the firm is named after, where it stands as a place, stays the city
    ("Lanzhou Credit opened in 2019. Residents of Lanzhou can rent bikes for free.", "Lanzhou", "gpe:lanzhou"),
    # institutions are named after their city: the city is no short name of them
    ("Wang Lei teaches law at Xiamen University. The commission selected Xiamen as a model city.",
     "Xiamen", "gpe:xiamen"),
])
def test_a_firm_s_short_name_read_as_a_place(nlp, text, word, actor_id):
    _, doc = found(nlp, text)
    assert {s.id_ for s in doc.spans["actors"] if s.text == word} == {actor_id}


def test_a_firm_named_without_its_legal_form_is_the_same_firm(nlp):
    names, _ = found(nlp, "The app is run by Lingxi Data Technology Co., a state-owned firm. In 2021 Lingxi "
                          "Data Technology signed an agreement with Baihang Credit.")
    assert {actor for name, actor in names if name.startswith("Lingxi")} == {"org:lingxi-data-technology-co"}


def test_a_court_the_ner_cuts_short_is_whole(nlp):
    _, doc = found(nlp, "He did not know that in May the Yueyang Intermediate People’s Court had put his name on "
                        "the list. The Yueyang court works with a telecom firm to warn his callers.")
    court = next(s for s in doc.spans["actors"] if s.text.startswith("Yueyang Intermediate"))
    assert (court.text, court.label_) == ("Yueyang Intermediate People’s Court", "organization")


def test_a_name_given_two_kinds_of_place_is_two_places(nlp):
    names, doc = found(nlp, "Officials in Fengyang county adopted the scheme in 2020. A driver who lives in Fengyang town "
                            "says the county pays for his bus pass.")
    ids = {s.text: s.id_ for s in doc.spans["actors"]}
    assert ids["Fengyang county"] == ids["county"] == "gpe:fengyang-county"
    assert doc._.actor_names["gpe:fengyang-county"] == "Fengyang county"
    assert ids["Fengyang"] == "gpe:fengyang-town"


def test_the_county_is_not_a_village_named_before(nlp):
    _, doc = found(nlp, "Meixi village lies in Anren county, Hunan province. Every household in Meixi starts with "
                        "100 points.\n\nThe county plans to extend the points to its towns.")
    assert [s.id_ for s in doc.spans["actors"] if s.text == "county"] == ["gpe:anren"]


@pytest.mark.parametrize("text, mention, name, kind", [
    ("Residents of Hefei with high scores will ride buses for free, the municipal government said.",
     "municipal government", "Hefei municipal government", "government"),
    ("Anren county started a points scheme in 2019. According to the county's civil affairs bureau, one "
     "household in ten has lost points.", "civil affairs bureau", "Anren civil affairs bureau", "government"),
    ("In Guilin, a driver blacklisted by the city's transport bureau cannot work for any app.",
     "transport bureau", "Guilin transport bureau", "government"),
    ("Zhang Min, deputy director of the Jinhua development and reform bureau, spoke on Monday.",
     "Jinhua development and reform bureau", "Jinhua development and reform bureau", "government"),
    ("Residents of Anren county can earn points. The scheme was launched by the county government in 2019.",
     "county government", "Anren county government", "government"),
    ("Wenzhou's municipal government said on Friday that residents can earn points.",
     "municipal government", "Wenzhou municipal government", "government"),
    # an office is a place's institution too, and a hyphenated word is one modifier of its name
    ("In Guilin, families with high scores get a certificate from the city's civilization office.",
     "civilization office", "Guilin civilization office", "government"),
    ("In Guilin, the app was built by Lijiang Data, a firm owned by the city's state-owned assets commission.",
     "state-owned assets commission", "Guilin state-owned assets commission", "government"),
])
def test_a_place_s_institution_named_in_lower_case(nlp, text, mention, name, kind):
    # the place is the one named before, whatever the NER read in it ("Anren county": a person)
    _, doc = found(nlp, text)
    span = next(s for s in doc.spans["actors"] if s.text == mention)
    assert (doc._.actor_names[span.id_], span.label_) == (name, kind)


def test_a_place_s_institution_is_not_another_named_before_with_its_head(nlp):
    # "the city's credit office" is no second name of the civilization office: its words differ
    _, doc = found(nlp, "In Guilin, families get a certificate from the city's civilization office. Firms are rated by "
                        "the city's credit office.")
    ids = {s.text: s.id_ for s in doc.spans["actors"]}
    assert ids["civilization office"] != ids["credit office"]
    assert doc._.actor_names[ids["credit office"]] == "Guilin credit office"


def test_a_place_adjective_is_the_place_in_a_name_given_before(nlp):
    # "municipal" stands for the city: the commission named in full before is the one meant
    _, doc = found(nlp, "Guilin, a city in Guangxi, scores its residents. The Guilin Development and Reform Commission "
                        "sets the rules. The Guilin Credit Center, a unit "
                        "of the municipal development and reform commission, keeps the records.")
    ids = {s.text: s.id_ for s in doc.spans["actors"]}
    assert ids["municipal development and reform commission"] == ids["Guilin Development and Reform Commission"]


@pytest.mark.parametrize("text", [
    "The government said the central bank would act.",
    "The local government has not replied.",
    "Officials fixated on Beijing's court blacklists.",
    # a rank describes one of a kind, it names no institution
    "Tianjin's largest credit bureau raised its fees.",
])
def test_what_is_no_institution_of_a_place(nlp, text):
    _, doc = found(nlp, text)
    # (the central bank is the People's Bank of China, no place's bank)
    assert not [s for s in doc.spans["actors"] if s.id_.split(":")[0] in ("government", "court") and ":" in s.id_]


def test_a_description_stands_for_the_name_its_noun_was_apposed_to(nlp):
    # "the bureau" later stands for the name "bureau" was apposed to, though no word of that name says so
    _, doc = found(nlp, "Lantern Credit, the Wuxi personal credit bureau, said its profit rose. The bureau's main "
                        "product, the Lantern Score, ranges from 300 to 900.")
    ids = {s.text: s.id_ for s in doc.spans["actors"]}
    assert ids["bureau"] == ids["Lantern Credit"]


def test_a_description_apposed_to_a_name_stands_for_no_other(nlp):
    # "the other credit bureau" apposed to Qilin Credit is not Lantern Credit, "a licensed bureau" before
    _, doc = found(nlp, "Ant routes its data through Lantern Credit, a licensed bureau. Qilin Credit, the other "
                        "credit bureau, was set up in 2018.")
    assert not [s for s in doc.spans["actors"] if s.text == "bureau" and s.start > 10]


def test_the_city_is_not_the_province_said_to_hold_it(nlp):
    _, doc = found(nlp, "The best-known scheme, in Qixia in Shandong, began in 2014. The city's officials say it works.")
    assert [s.id_ for s in doc.spans["actors"] if s.text == "city"] == ["gpe:qixia"]


def test_a_kind_noun_before_an_unknown_name_gives_its_type(nlp):
    _, doc = found(nlp, "Ma Lin is a partner at the Wuhan law firm Qingchuan Hengda.")
    assert ("Qingchuan Hengda", "company") in [(s.text, s.label_) for s in doc.spans["actors"]]


def test_a_place_s_institution_named_before_in_full_is_that_institution(nlp):
    _, doc = found(nlp, "The Higher People's Court of Shanxi province launched the map in 2019. Users can report "
                        "debtors, the Shanxi court said.")
    ids = {s.text: s.id_ for s in doc.spans["actors"]}
    assert ids["Shanxi court"] == ids["Higher People's Court of Shanxi"]


def test_a_name_the_ner_missed_that_a_kind_noun_restates(nlp):
    _, doc = found(nlp, "Fenghe is one of 90 villages in Anren county that have adopted the Lotus Register, a points "
                        "system launched by the county government in 2020. Households above 900 points get loans.")
    assert {(s.text, s.label_) for s in doc.spans["actors"]} >= {("Lotus Register", "program")}
    assert not any(s.text == "Households" for s in doc.spans["actors"])  # a plural common noun opening a sentence


# --- names the NER cuts, joins, misses or mistypes (see also tests/test_actor_battery.py) -----


@pytest.mark.parametrize("text,mention,label", [
    ("The Xinhe Market Supervision Bureau fined the shop.", "Xinhe Market Supervision Bureau", "government"),
    ("Officials from the Ministry of Finance attended.", "Ministry of Finance", "government"),
    ("Lawyers at the Jinping District People's Court said so.", "Jinping District People's Court", "court"),
    ("A fellow of the Atlantic Council wrote the report.", "Atlantic Council", "organization"),
    ("Researchers at the Institute of Finance and Banking wrote it.", "Institute of Finance and Banking", "organization"),
])
def test_an_institution_s_head_word_gives_its_type(nlp, text, mention, label):
    _, doc = found(nlp, text)
    assert (mention, label) in [(s.text, s.label_) for s in doc.spans["actors"]]


def test_a_company_s_name_the_ner_missed_opening_a_line_is_found(nlp):
    pairs, _ = found(nlp, "About Qingshan Holdings\nQingshan Holdings is a logistics group.")
    assert pairs == [("Qingshan Holdings", "org:qingshan-holdings")] * 2


@pytest.mark.parametrize("text", [
    "Firms rated AAA Rating grade pay less interest.",
    "Credit Rating\n\nMost firms are rated every year.",
])
def test_a_grade_or_a_heading_is_no_company(nlp, text):
    pairs, _ = found(nlp, text)
    assert not [name for name, _ in pairs if "Rating" in name]


def test_a_place_read_apart_from_its_company_is_one_name(nlp):
    pairs, _ = found(nlp, "Guangzhou Metro Holdings said riders with high scores would get discounts.")
    assert [name for name, _ in pairs] == ["Guangzhou Metro Holdings"]


def test_two_bodies_joined_at_a_comma_are_two(nlp):
    pairs, _ = found(nlp, "Zhou Pei\nSchool of Economics, Nankai University\nJanuary 2024")
    names = [name for name, _ in pairs]
    assert "School of Economics" in names and "Nankai University" in names


@pytest.mark.parametrize("text", [
    "Working Paper 2023-07\nDecember 2023\n\nAbstract\nThis paper studies the village credit files kept by "
    "the Ningxia Rural Credit Cooperative since 2012.",
    "The figures come from Working Paper No. 31 of the Xinhe Institute.",
])
def test_a_publication_s_number_in_its_series_is_no_actor(nlp, text):
    pairs, _ = found(nlp, text)
    assert not [name for name, _ in pairs if "Paper" in name]
    assert [name for name, _ in pairs if "Credit Cooperative" in name or "Institute" in name]


@pytest.mark.parametrize("text,person", [
    ("Interviews were conducted by Tian Rui, Sun Lei and Gao Peng.", "Sun Lei"),
    ("Amy Porter and Sun Lei reviewed the data.", "Sun Lei"),
])
def test_a_name_coordinated_with_a_person_s_is_a_person_s(nlp, text, person):
    _, doc = found(nlp, text)
    assert (person, "person") in [(s.text, s.label_) for s in doc.spans["actors"]]


def test_a_company_coordinated_with_a_person_stays_a_company(nlp):
    _, doc = found(nlp, "Amy Porter and Qingyun Technology signed the agreement.")
    assert "person" not in {s.label_ for s in doc.spans["actors"] if "Qingyun" in s.text}


@pytest.mark.parametrize("text,name", [
    ("Also worth reading: the Rhine Courier on German payment data.", "Rhine Courier"),
    ("A fellow at the Council on Foreign Relations wrote the brief.", "Council on Foreign Relations"),
])
def test_a_name_ends_before_what_it_is_about(nlp, text, name):
    pairs, _ = found(nlp, text)
    assert name in [n for n, _ in pairs]


@pytest.mark.parametrize("text,name,actor_id", [
    ("Qinghe Shenxin Consumer Finance was licensed in 2020.", "Qinghe Shenxin Consumer Finance",
     "org:qinghe-shenxin-consumer-finance"),
    ("Tencent Holdings reported higher profits.", "Tencent Holdings", "tencent"),
    ("The Qinghe County People's Government extended the pilot.", "Qinghe County People's Government",
     "org:qinghe-county-people-s-government"),
])
def test_a_name_holding_a_place_or_a_firm_is_read_whole(nlp, text, name, actor_id):
    pairs, _ = found(nlp, text)
    assert (name, actor_id) in pairs


def test_a_capitalised_word_inside_a_name_may_be_a_word_of_the_text(nlp):
    pairs, _ = found(nlp, "Trains are high-speed. Later the Hebei High People's Court said so.")
    assert "Hebei High People's Court" in [name for name, _ in pairs]


@pytest.mark.parametrize("text, name, label, uses", [
    # a quoted name given to a thing of a kind, used again later: every use is the actor
    ('Baihang Credit launched a score for riders. The score, called "Baihang Hui", ranges from 300 to 900. '
     "Riders above 700 on Baihang Hui can borrow more.", "Baihang Hui", "program", 2),
    ("Lanting Bank has launched a points scheme named Harbour Stars, which ranges from 0 to 100.",
     "Harbour Stars", "program", 1),
    ("A startup known as Qilin Data offers scores to landlords.", "Qilin Data", "company", 1),
    ("The app is called Credit Hangzhou.", "Credit Hangzhou", "platform", 1),
])
def test_a_name_given_to_a_thing_of_a_kind_is_an_actor_of_that_kind(nlp, text, name, label, uses):
    _, doc = found(nlp, text)
    assert [s.label_ for s in doc.spans["actors"] if s.text == name] == [label] * uses


def test_a_naming_verb_with_a_subject_of_its_own_names_nothing(nlp):
    # "named" is what the court did, not the name of a court
    _, doc = found(nlp, "The court named Lin Ke Trading as a dishonest debtor.")
    assert "court" not in {s.label_ for s in doc.spans["actors"] if "Lin Ke" in s.text}


def test_a_name_used_before_names_the_actor_where_the_ner_missed_it(nlp):
    _, doc = found(nlp, "Jinhua's Shuangxi Score was launched in April 2017. Taizhou's Hehe Points followed in 2019.\n\n"
                        "Residents of Jinhua scoring 750 or more are entitled to free entry to parks.")
    assert [s.start_char for s in doc.spans["actors"] if s.id_ == "gpe:jinhua" and s.text == "Jinhua"] == [
        0, doc.text.index("Jinhua scoring")]


@pytest.mark.parametrize("text, word", [
    ("Ant planned to list in Shanghai and Hong Kong. Ant, which is 33 percent owned by Alibaba Group, had priced "
     "its shares at 80 Hong Kong dollars each last week.", "80 Hong"),  # an amount
    ("Jinhua's score began in 2017. A Jinhua social worker told us most were elderly.", "Jinhua social"),  # a modifier
])
def test_a_name_used_again_inside_an_amount_or_as_a_modifier_is_no_mention(nlp, text, word):
    _, doc = found(nlp, text)
    at = text.index(word)
    assert not [s for s in doc.spans["actors"] if s.start_char <= at + len(word) and at <= s.end_char and s.label_ == "place"]


def test_a_titled_name_is_the_person_named_in_full_before(nlp):
    _, doc = found(nlp, "Harriet Okoye is a researcher. Dr Okoye said the map was launched in January 2019.")
    assert {s.id_ for s in doc.spans["actors"] if "Okoye" in s.text} == {"person:harriet-okoye"}


HEARING = ("STATEMENT OF HARRIET OKOYE, SENIOR FELLOW, CALDER INSTITUTE\n\n"
           "CHAIR WHITCOMBE: Welcome. Dr Okoye, you may begin.\n\n"
           "DR OKOYE: Thank you. Courts have listed 8.3 million people.\n\n"
           "CHAIR WHITCOMBE: Mr Szeto, you worked with Daniel Szeto's old team?\n\n"
           "MR SZETO: I ran credit risk at Qiandai Consumer Finance until 2021.\n\n"
           "DR OKOYE: The lists are public.\n\n"
           "MR SZETO: About 2.6 million borrowers were scored in 2019.\n")


@pytest.mark.parametrize("label, person", [
    ("DR OKOYE", "person:harriet-okoye"),  # the statement's heading in capitals gives her full name
    ("MR SZETO", "person:daniel-szeto"),  # a name the text writes in full
])
def test_a_titled_speaker_is_the_person_the_text_names_in_full(nlp, label, person):
    _, doc = found(nlp, HEARING)
    assert {s.id_ for s in doc.spans["actors"] if s.text == label} == {person}


@pytest.mark.parametrize("amount", ["RMB4.12bn", "HK$14.20", "RMB7,473.7 million"])
def test_an_amount_of_money_is_no_actor(nlp, amount):
    mentions, _ = found(nlp, f"Yuhe Fintech reported third-quarter net revenue of {amount} on Tuesday, "
                             f"up from {amount} a year earlier.")
    assert not any(any(c.isdigit() for c in text) for text, _ in mentions)


def test_a_headline_s_words_before_score_name_no_scheme(nlp):
    """ "The City That Keeps Score": a finite verb names no scheme; "Xiamen's Egret Score" is one."""
    mentions, _ = found(nlp, "The City That Keeps Score\n\nIn Xiamen, the Egret Score rewards blood donors.")
    assert [text for text, _ in mentions if text.endswith("Score")] == ["Egret Score"]


def test_a_table_s_columns_make_no_name(nlp):
    text = ("Table 2. The schemes compared\n"
            "City       Scheme               Launched    Residents scored    Rewards claimed\n"
            "Jinhua     Shuangxi Score       2017        4.1 million         212,000\n"
            "Sources: municipal credit offices.")
    mentions, _ = found(nlp, text)
    assert not any("  " in name for name, _ in mentions)


@pytest.mark.parametrize("text, mention", [
    # a company's first word the NER reads as a person is the company
    ("Lanshan Credit Reporting Co., the Ningbo bureau licensed in 2023, keeps files on 40 million adults. "
     "Lanshan, which is 30 percent owned by Ant Group, plans to double that.",
     ("Lanshan", "org:lanshan-credit-reporting-co")),
    # a body named again without its place is that body
    ("The scheme is run by the Quzhou Municipal Public Credit Information Center. "
     "The Public Credit Information Center answers objections within 10 working days.",
     ("Public Credit Information Center", "org:quzhou-municipal-public-credit-information-center")),
    # "the city" is the one its own sentence names
    ("Qiaoshan, a city of 2.3 million, scores its residents. "
     "Suzhou's Osmanthus Score, operated by the city's Big Data Bureau, waives bicycle deposits.",
     ("city", "gpe:suzhou")),
])
def test_a_mention_stands_for_the_actor_its_text_means(nlp, text, mention):
    mentions, _ = found(nlp, text)
    assert mention in mentions


def test_a_fact_box_label_is_no_name(nlp):
    """ "App: a mini-program inside Alipay" in a sidebar, where the text also writes "the app": a
    label, not a program called App."""
    text = ("Residents who do not want the app can still use every service.\n\n"
            "HEYANG POINTS AT A GLANCE\n"
            "App: a mini-program inside Alipay\n"
            "Starting balance: 1,000 points")
    mentions, _ = found(nlp, text)
    assert not any(name == "App" for name, _ in mentions)


@pytest.mark.parametrize("text", [
    "Tencent Credit is operated by Tencent Credit Reporting Co., Ltd., one of eight licensed firms.",
    "The data come from Sesame Credit Technology Co., Ltd. and two state banks.",
])
def test_a_legal_form_after_a_comma_is_no_actor_of_its_own(nlp, text):
    """A company name holding a known name ("Tencent Credit") ends in its legal form: "Ltd." is none."""
    spans = analyse(nlp, text).spans["actors"]
    assert not [s.text for s in spans if s.text.strip(".").lower() in ("ltd", "co", "inc")]


@pytest.mark.parametrize("text, words", [
    ("Weibo users are debating the “Lao Lai” list, which names people who ignore court orders.", "Lao Lai"),
    ("The laolai list (老赖名单) held 15 million names by 2019.", "laolai list"),
    ("The laolai list (老赖名单) held 15 million names by 2019.", "老赖名单"),
])
def test_the_debtors_list_s_nickname_in_pinyin_and_characters_is_the_list(nlp, text, words):
    spans = analyse(nlp, text).spans["actors"]
    assert [s.id_ for s in spans if words in s.text] == ["dishonest-debtors-list"]
