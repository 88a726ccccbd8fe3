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
])
def test_names_aliases_and_abbreviations(nlp, text, mention, actor_id):
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
    # an appositive says what an unknown name is, whatever the NER said
    ("Rongcheng, a coastal city in Shandong, began scoring its residents in 2014.", "Rongcheng",
     "person:rongcheng", "place"),
])
def test_names_the_gazetteer_lacks(nlp, text, mention, actor_id, kind):
    _, doc = found(nlp, text)
    assert (mention, actor_id, kind) in [(s.text, s.id_, s.label_) for s in doc.spans["actors"]]


def test_a_possessive_inside_an_institution_name_does_not_split_it(nlp):
    mentions, _ = found(nlp, "The Higher People's Court of Hebei fined him.")
    assert "Higher People's Court" in [text for text, _ in mentions]
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


@pytest.mark.parametrize("text, description", [
    ("The Supreme People's Court sued him. The Hebei court fined him.", "court"),  # named by its place
    ("Suining is a county in Jiangsu. As early as 2010, the county of Suining had a system.", "county"),
    ("The Supreme People's Court spoke. The courts were slow.", "courts"),  # a plural is no one actor
])
def test_what_is_no_description(nlp, text, description):
    _, doc = found(nlp, text)
    assert not any(s.text == description for s in doc.spans["actors"])


@pytest.mark.parametrize("text, name", [
    # the statistical NER reads the first as a person's name, the second as a place's
    ("The central bank licensed a second bureau, Pudao Credit, in December 2020.", "Pudao Credit"),
    ("Regulators fined Qinghe Bank last year.", "Qinghe Bank"),
])
def test_a_name_ending_in_an_organisation_word_is_an_organisation(nlp, text, name):
    _, doc = found(nlp, text)
    span = next(s for s in doc.spans["actors"] if s.text == name)
    assert span.label_ == "organization" and span.id_.startswith("org:")


def test_the_first_word_of_such_a_name_is_that_organisation(nlp):
    # the statistical NER reads "Qinghe" alone as a person's name
    _, doc = found(nlp, "The bank licensed Qinghe Bank in 2021. Qinghe has since grown.")
    mentions = [s.id_ for s in doc.spans["actors"] if s.text in ("Qinghe Bank", "Qinghe")]
    assert mentions == ["org:qinghe-bank", "org:qinghe-bank"]
