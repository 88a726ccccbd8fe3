"""The gazetteer (corpus/actors.yaml) and the actor finder (extract/actors.py)."""
from collections import Counter

import pytest

from extract.actors import Gazetteer, GazetteerError, actor_of
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
