"""Attribution: whom the text credits (extract/attribution.py, corpus/vocab/attribution.yaml)."""
import pytest
import yaml

from extract.attribution import Attributor, AttributionVocabularyError
from extract.nlp import analyse
from extract.readers import read_source
from extract.settings import Settings

from conftest import CORPUS, SOURCES


def credits(nlp, text, kinds=("perk", "penalty", "relation")):
    """(object, attributed_to, attribution_phrase) of each claim of `kinds`."""
    doc = analyse(nlp, text)
    return [(c.object, c.attributed_to, c.attribution_phrase) for c in doc._.claims if c.kind in kinds], doc


@pytest.fixture(scope="module")
def seeds(nlp):
    out = {}
    for path in sorted(SOURCES.iterdir()):
        document = read_source(path, CORPUS, Settings.from_env())
        doc = analyse(nlp, document.text, document.published)
        out[path.stem] = (document.text, doc)
    return out


def claims_with(seed, words):
    text, doc = seed
    return [c for c in doc._.claims if words in text[c.phrase_start:c.phrase_end]]


@pytest.mark.parametrize("text, credited, phrase", [
    ("According to Caixin, Sesame Credit offers perks such as free bike rides.", "Caixin", "According to Caixin"),
    ("According to the calculations of the Business Insider website, blacklisted debtors are banned from flying.",
     "Business Insider", "According to the calculations of the Business Insider website"),
    ("Hellobike offers free rides to users with a Sesame score over 650, Reuters reports.", "Reuters", "Reuters reports"),
    ("Hellobike offers free rides to users with a Sesame score over 650, reports Wired UK.", "Wired", "reports Wired UK"),
    ("Blacklisted debtors are banned from buying plane tickets, says Jeremy Daum.", "Jeremy Daum", "says Jeremy Daum"),
    ("The Financial Times reports that Sesame Credit deducts points from users who skip court fines.",
     "Financial Times", "The Financial Times reports"),
    ("As pointed out by Attanasio Ghezzi and Gennari Santori, dishonest debtors face restrictions on travel.",
     "Attanasio Ghezzi and Gennari Santori", "As pointed out by Attanasio Ghezzi and Gennari Santori"),
    ("As Caixin noted, Sesame Credit offers perks such as free bike rides.", "Caixin", "Caixin noted"),
    ("Blacklisted debtors are banned from buying plane tickets, as the Supreme People's Court said in July.",
     "Supreme People's Court", "the Supreme People's Court said"),
    ("Blacklisted debtors are banned from buying plane tickets (Source: Xinhua).", "Xinhua", "Source: Xinhua"),
    ("According to data from the Supreme People's Court, blacklisted debtors are banned from flying.",
     "Supreme People's Court", "According to data from the Supreme People's Court"),
    ("Blacklisted debtors are banned from flying, according to figures released by the Supreme People's Court.",
     "Supreme People's Court", "according to figures released by the Supreme People's Court"),
])
def test_who_is_credited(nlp, text, credited, phrase):
    found, _ = credits(nlp, text)
    assert found and {(who, words) for _, who, words in found} == {(credited, phrase)}


def test_data_from_a_source_credits_the_source(nlp):
    found, _ = credits(nlp, "Data from the People's Bank of China show that 990 million people had credit files "
                            "in 2019.", kinds=("figure",))
    assert found and {(who, words) for _, who, words in found} == {
        ("People's Bank of China", "Data from the People's Bank of China show")}


def test_the_speaker_is_credited_and_the_outlet_is_the_channel(nlp):
    text = "“Dishonest debtors face restrictions on travel,” said court official Xi Tao to China Daily."
    doc = analyse(nlp, text)
    claim = next(c for c in doc._.claims if c.kind == "penalty")
    assert claim.attributed_to == "Xi Tao"
    assert claim.extra["attribution"]["via"] == "China Daily"


def test_quoted_by_is_the_channel(nlp):
    text = "“Sesame Credit deducts points from users who skip fines,” says Li Yingyun, quoted by Wired Italy."
    doc = analyse(nlp, text)
    claim = next(c for c in doc._.claims if c.kind == "penalty")
    assert (claim.attributed_to, claim.extra["attribution"]["via"]) == ("Li Yingyun", "Wired")


def test_what_the_writer_says_of_the_speaker_is_not_the_speaker_s(nlp):
    text = "“We reward trust,” said Ant Financial representative Chen Wenjin."
    doc = analyse(nlp, text)
    relation = next(c for c in doc._.claims if c.kind == "relation")
    assert (relation.subject, relation.object, relation.attributed_to) == ("Chen Wenjin", "Ant Financial", None)


def test_an_inline_url_alone_credits_its_site_and_becomes_an_actor(nlp):
    text = "Sesame Credit offers perks such as free bike rides (www.example-news.com)."
    found, doc = credits(nlp, text)
    assert found == [("free bike rides", "www.example-news.com", "www.example-news.com")]
    assert ("www.example-news.com", "outlet:www-example-news-com") in [(s.text, s.id_) for s in doc.spans["actors"]]
    assert doc._.actor_names["outlet:www-example-news-com"] == "www.example-news.com"


@pytest.mark.parametrize("text, credited", [
    # "the news site" is the last credited outlet
    ("“Debtors can’t book hotels,” said Xi Tao to China Daily. "
     "The news site reports that blacklisted debtors are banned from flying.", "China Daily"),
    # "the author" is the last credited person
    ("“It is a tool of control,” says Charles Rollet in a Wired article. "
     "According to the author, blacklisted debtors are banned from flying.", "Charles Rollet"),
    # a surname is the person named before, even when the actor finder missed it
    ("“It is a tool of control,” says Charles Rollet. Rollet cites the example of a journalist who was "
     "barred from buying an airplane ticket.", "Charles Rollet"),
])
def test_descriptions_stand_for_the_last_credited_source(nlp, text, credited):
    doc = analyse(nlp, text)
    second = list(doc.sents)[1]
    found = [c.attributed_to for c in doc._.claims if c.quote_start == second.start_char]
    assert found and set(found) == {credited}


def test_a_quotation_continued_in_the_next_sentence_keeps_its_speaker(nlp):
    text = ("“Sesame Credit deducts points from users who skip fines,” says Jeremy Daum. "
            "“Blacklisted debtors are banned from buying plane tickets.”")
    found, _ = credits(nlp, text, kinds=("penalty",))
    assert len(found) >= 2 and {who for _, who, _ in found} == {"Jeremy Daum"}


def test_a_source_line_credits_the_sentence_before(nlp):
    found, _ = credits(nlp, "Blacklisted debtors are banned from buying plane tickets.\nSource: Xinhua",
                       kinds=("penalty",))
    assert found and {who for _, who, _ in found} == {"Xinhua"}


def test_a_digest_item_s_closing_channel_credits_the_item(nlp):
    text = ("Wenzhou's municipal government said on Friday that its points scheme launched in 2020. Residents "
            "with more than 900 points get free entry to city parks. (via Wenzhou Daily)\n\n"
            "The court fined Tenpay 3 million yuan.")
    doc = analyse(nlp, text, published="2023-03-07")
    credited = {doc.text[c.phrase_start:c.phrase_end]: (c.attributed_to, c.extra.get("attribution", {}).get("via"))
                for c in doc._.claims}
    assert credited["launched in 2020"] == ("Wenzhou municipal government", "Wenzhou Daily")
    assert credited["more than 900 points"] == ("Wenzhou Daily", None)
    assert credited["3 million yuan"] == (None, None)  # the next item is not the channel's


@pytest.mark.parametrize("text", [
    "Users have even reported that Sesame Credit deducts points from users who skip fines.",
    "Tao Café adds face-scanning, and users with a high score get free coffee.",
    "Sesame Credit offers perks such as free bike rides.",
])
def test_no_credit_without_a_source(nlp, text):
    found, _ = credits(nlp, text)
    assert found and {who for _, who, _ in found} == {None}


# --- the seeds ---------------------------------------------------------------------------------


def test_eleven_million_flights_are_business_insider_s(seeds):
    found = claims_with(seeds["aleteia-2018-social-credit-system"], "11 million")
    assert found and {c.attributed_to for c in found} == {"Business Insider"}


def test_the_hospital_bonus_is_wired_s(seeds):
    found = claims_with(seeds["aleteia-2018-social-credit-system"], "1,000 yuan")
    assert found and {(c.attributed_to, c.attribution_phrase) for c in found} == {("Wired", "reports Wired UK")}


def test_alipay_accounts_are_alipay_s_via_chinanews(seeds):
    found = claims_with(seeds["sesame-credit-blog"], "450,000,000")
    assert found
    for claim in found:
        assert claim.attributed_to == "Alipay"
        assert claim.extra["attribution"]["via"] == "China News Service"
        assert claim.extra["attribution"]["url"] == "www.chinanews.com"


def test_aleteia_credits(seeds):
    text, doc = seeds["aleteia-2018-social-credit-system"]
    credited = {(c.object, c.attributed_to) for c in doc._.claims if c.kind == "penalty"}
    assert ("barred from buying an airplane ticket", "Charles Rollet") in credited
    assert ("placed on a blacklist", "Charles Rollet") in credited  # "Rollet reports that the Ministry ..."
    assert ("unable to stay at four and five star hotels", "Business Insider") in credited
    assert ("unable to purchase airplane or train tickets for a period of up to one year", "Le Figaro") in credited
    relation = next(c for c in doc._.claims if c.predicate == "member_of")
    assert relation.attributed_to is None  # the writer's description of Flora Sapio, not her words
    rollet = [s for s in doc.spans["actors"] if s.text == "Rollet"]
    assert rollet and {s.id_ for s in rollet} == {"person:charles-rollet"}


def test_survey_figures_go_to_their_own_survey(seeds):
    yesky = claims_with(seeds["open-sesame-feature"], "56 percent")
    netease = claims_with(seeds["open-sesame-feature"], "70 percent")
    assert yesky and {c.attributed_to for c in yesky} == {"Yesky.com"}
    assert netease and {c.attributed_to for c in netease} == {"NetEase"}


def test_a_bad_vocabulary_gets_a_clear_error(nlp):
    vocab = yaml.safe_load((CORPUS / "vocab" / "attribution.yaml").read_text(encoding="utf-8"))
    del vocab["reporting_verbs"]
    with pytest.raises(AttributionVocabularyError, match="reporting_verbs"):
        Attributor(nlp, vocab)


# --- generalising rules: descriptions, "it", estimates, surveys, institutions --------------------


@pytest.mark.parametrize("text, words, credited", [
    # "said in a statement that ...", however the parser hangs the clause
    ("The Supreme People's Court said in a statement that 5 million people were blacklisted.", "5 million people",
     "Supreme People's Court"),
    # "according to the statement": the party credited for it before
    ("The Supreme People's Court said in a statement that 5 million people were blacklisted. The list now names "
     "more than 14 million people, according to the statement.", "more than 14 million people",
     "Supreme People's Court"),
    # "the court said": a description stands for the actor named before
    ("The Supreme People's Court publishes the list. Debtors were refused train tickets 2 million times, "
     "the court said.", "2 million times", "Supreme People's Court"),
    # "it said": the organisation that is the subject before it
    ("When Tencent published its annual report, it said WeChat had more than 1.2 billion users.",
     "more than 1.2 billion users", "Tencent"),
    # "it put the number at": an estimate, credited for its own clause only
    ("Tencent does not say how many people use the score. In 2019 it put the number at more than 200 million; "
     "an industry source said the figure is now 300 million.", "more than 200 million", "Tencent"),
    ("Tencent does not say how many people use the score. In 2019 it put the number at more than 200 million; "
     "an industry source said the figure is now 300 million.", "300 million", None),
    # the maker of a survey the sentence reports on
    ("In a poll of 2,000 residents carried out by the Shenzhen government, 65 percent said the score was fair.",
     "65 percent", "Shenzhen government"),
    # a place's institution is credited as named, not the place
    ("More than 3 million residents have signed up, according to the Shenzhen government.",
     "More than 3 million residents", "Shenzhen government"),
    ("A review by the Zhejiang provincial government found that 40 percent of the points were deducted wrongly.",
     "40 percent of the points", "Zhejiang provincial government"),
    # a reporting clause that closes the sentence credits all of it
    ("Tencent Credit scores users from 300 to 850 and lends to those above 700 points, but since May it has "
     "stopped lending to students, Tencent said in a statement.", "above 700 points", "Tencent"),
    ("Tencent Credit lends to users above 700 points, although few of them borrow, Tencent said.",
     "above 700 points", "Tencent"),
    # a speaker with a relative clause the parser hangs "reported" on
    ("Tencent, which launched its own score in 2017, reported that its loans exceeded 20 billion yuan.",
     "20 billion yuan", "Tencent"),
    # people named by their work are credited to where they work
    ("Analysts at Everbright Securities estimate that Pudao could earn 2 billion yuan a year by 2026.",
     "2 billion yuan", "Everbright Securities"),
    # a role with a name apposed: the person
    ("The city's deputy mayor, Chen Hao, says 9,000 households have been rated AAA.", "9,000 households",
     "Chen Hao"),
    # what a source noun's publisher is: its place's owner, or the subject of a clause without "that"
    ("The licence was granted on Monday, according to a notice posted on the People's Bank of China's website.",
     "licence was granted on Monday", "People's Bank of China"),
    ("SAMR's list held 412,000 entries, according to data the regulator published in April.", "412,000 entries",
     "State Administration for Market Regulation"),
    # a claim of a figure, by what a relative clause is about
    ("Alipay, Ant's payment app, which claims more than 1 billion users, added a credit score in 2015.",
     "more than 1 billion users", "Alipay"),
])
def test_generalising_credits(nlp, text, words, credited):
    doc = analyse(nlp, text)
    claim = next(c for c in doc._.claims if doc.text[c.phrase_start:c.phrase_end] == words)
    assert claim.attributed_to == credited


# --- forms of crediting common in the press ------------------------------------------------------


@pytest.mark.parametrize("text, words, credited", [
    # "per X", "via X" (the channel, credited when nobody else is)
    ("Alipay now has 900 million users, per Reuters.", "900 million users", "Reuters"),
    ("Per the People's Bank of China, Baihang has collected 200 million records.", "200 million records",
     "People's Bank of China"),
    ("Via Caixin: Baihang has collected 200 million records.", "200 million records", "Caixin"),
    ("Baihang has collected 200 million records (via Caixin).", "200 million records", "Caixin"),
    # a reporting verb the tagger reads as a noun; an outlet the actor finder does not know
    ("The bureau fined Tenpay 3 million yuan, Caixin reports.", "3 million yuan", "Caixin"),
    # an unnamed spokesperson credits the body they speak for; a named one is credited
    ("A spokesperson for Ant Group said Sesame Credit had 500 million users.", "500 million users", "Ant Financial"),
    ("A spokesperson for the bureau, Li Wei, said Sesame Credit had 500 million users.", "500 million users",
     "Li Wei"),
    ("Ant Group runs Sesame Credit. A spokesman for the company told Caixin that the bureau shares its list with "
     "Sesame Credit. Blacklisted debtors cannot get a score above 550, the spokesman said.",
     "cannot get a score above 550", "Ant Financial"),
    # a person named with the body they work for is the one credited
    ("Courts took roughly 2 million people off the list last year, Supreme People's Court president Li Wei said.",
     "roughly 2 million people", "Li Wei"),
    # the speaker the parser hangs on the noun before as an apposition
    ("Baihang has collected 200 million records, its chief executive, Li Wei, said.", "200 million records",
     "Li Wei"),
    # source nouns: who published them, a company's own, and the same one named again
    ("Ant Group runs Sesame Credit. Sesame Credit has 500 million users, according to figures from the company.",
     "500 million users", "Ant Financial"),
    ("Sesame Credit has 500 million users, according to data published by the People's Bank of China.",
     "500 million users", "People's Bank of China"),
    ("Tencent tested the score with 2 million users, according to a company presentation seen by Caixin.",
     "2 million users", "Tencent"),
    ("Shenzhen gives residents above 1,000 points free bus rides, according to a plan issued by the Shenzhen "
     "government. Hangzhou's rules are similar, Li Wei said. Residents below 600 points are barred from civil "
     "service jobs, the plan said.", "barred from civil service jobs", "Shenzhen government"),
    ("Firms with a score of 700 or higher can rent stalls without a deposit, according to the bureau's operator, "
     "Shenzhen Credit Service Company.", "rent stalls without a deposit", "Shenzhen Credit Service Company"),
    ("The People's Bank of China licensed Baihang in 2018. Baihang has 200 million records, the central bank said "
     "in a report published on Monday.", "200 million records", "People's Bank of China"),
    # anonymous sources: the outlet they told, else nobody
    ("Sources told Reuters that Ant will cut its stake to 20%.", "20%", "Reuters"),
    ("People familiar with the plan told Caixin that Ant will cut its stake to 20%.", "20%", "Caixin"),
    ("Sources said Ant will cut its stake to 20%.", "20%", None),
    # a group of people named by their work, as written; not the last person named
    ("Officials say that 3 million people are blacklisted.", "3 million people", "Officials"),
    ("In Hangzhou, the commission wants schemes to stop scoring behaviour. City officials say they will comply by "
     "the end of the year.", "comply by the end of the year", "City officials"),
    ("Li Wei, an economist, spoke on Monday. Analysts said Sesame Credit had 500 million users.",
     "500 million users", "Analysts"),
    # "by X's count": the counter, for the clause the count modifies
    ("By Ant's own count, Sesame Credit has more than 500 million users.", "more than 500 million users",
     "Ant Financial"),
    ("Sesame Credit, which now has (by Ant's own count) 500 million users, was launched in 2015.",
     "500 million users", "Ant Financial"),
    ("By the count of Li Na, who studies the schemes, at least 30 cities have dropped them.", "at least 30 cities",
     "Li Na"),
    # a reporting clause set off by commas inside the clause it credits; an opinion verb
    ("Some 300 banks, Pudao Credit said on Friday, were using the service by June.", "Some 300 banks",
     "Pudao Credit"),
    ("Li Wei expects the bureau to earn between 2 billion and 3 billion yuan in 2025.", "between 2 billion",
     "Li Wei"),
    ("Baihang expects the regulator to approve the deal by the end of June, chief executive Li Wei told Caixin.",
     "approve the deal by the end of June", "Li Wei"),
    # a survey's sample is its maker's; an institute is credited without the university that owns it
    ("A 2020 survey of 3,000 drivers by a researcher at Peking University found that 60 per cent distrusted the "
     "score.", "3,000 drivers", "Peking University"),
    ("A study by Tsinghua University's Institute for Data Governance found that 40 percent of 2,000 residents "
     "knew their score.", "40 percent of 2,000 residents", "Institute for Data Governance"),
    # names in a bracket that closes the sentence are its source
    ("12.4 million: people barred from flights since 2014 (National Development and Reform Commission)",
     "12.4 million: people", "National Development and Reform Commission"),
    ("The rules bar blacklisted firms from public tenders for three years (NDRC, 2019).", "three years",
     "National Development and Reform Commission"),
])
def test_press_forms_of_crediting(nlp, text, words, credited):
    doc = analyse(nlp, text)
    claim = next(c for c in doc._.claims if doc.text[c.phrase_start:c.phrase_end] == words)
    assert claim.attributed_to == credited


def test_a_speaker_who_told_an_outlet_is_credited_via_it(nlp):
    doc = analyse(nlp, "Ant Group runs Sesame Credit. Sesame Credit has 500 million users, a company spokesperson "
                       "told Reuters.")
    claim = next(c for c in doc._.claims if c.kind == "figure")
    assert (claim.attributed_to, claim.extra["attribution"]["via"]) == ("Ant Financial", "Reuters")


def test_via_is_the_channel_of_a_named_speaker(nlp):
    doc = analyse(nlp, "Baihang has collected 200 million records, its chief executive, Li Wei, said (via Caixin).")
    claim = next(c for c in doc._.claims if c.kind == "figure")
    assert (claim.attributed_to, claim.extra["attribution"]["via"]) == ("Li Wei", "Caixin")


@pytest.mark.parametrize("text", ["Alipay now has 900 million users, per Yangcheng.",
                                  "The bureau fined Tenpay 3 million yuan, Yangcheng reports."])
def test_a_source_the_gazetteer_does_not_know_is_credited_by_name(nlp, text):
    doc = analyse(nlp, text)
    claim = next(c for c in doc._.claims if c.kind == "figure")
    assert claim.attributed_to == "Yangcheng"


@pytest.mark.parametrize("text", [
    "Users report long queues at the bank, and 3 million people are blacklisted.",
    "Users can pay via Alipay and 900 million people use it.",
    "The price is 5 yuan per day and 3 million people pay it.",
    "Sesame Credit is run by Ant Financial (Alibaba), which has 700 million users.",
])
def test_no_credit_in_words_that_only_look_like_one(nlp, text):
    found, _ = credits(nlp, text, kinds=("figure", "penalty"))
    assert found and {who for _, who, _ in found} == {None}
