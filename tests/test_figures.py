"""The figure component (extract/figures.py) and the number reader (extract/numbers.py).

Each rule has a small realistic sentence; the seed tests run the component over the article
text of the seed sources (their article body, without the page furniture around it, which is
the cleaning step's job).
"""
from pathlib import Path

import pytest
from extract.nlp import analyse

import extract.actors  # noqa: F401  (registers sckb_actors)
import extract.dates  # noqa: F401  (registers sckb_dates)
import extract.figures  # noqa: F401  (registers sckb_figures)
from extract.numbers import NumberReader, VocabularyError, load_checked_vocab

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "corpus" / "sources"

#: The article body of each seed (first and last words), and the publication date the tests
#: assume for it (Aleteia's is its byline's; the others are test dates).
SEED_ARTICLES = {
    "aleteia-2018-social-credit-system.txt": ("In Western countries", "as the saying goes.", "2018-06-28"),
    "king-spalding-2018-social-credit-roadblock.txt": ("A recent episode", "employment and travel.", "2018-03-15"),
    "open-sesame-feature.txt": ("On June 1,", "fellow senior citizens.", "2017-12-01"),
    "sesame-credit-blog.txt": ("Sesame credit (also known", "means everything.", "2017-05-03"),
}


@pytest.fixture(scope="session")
def claims_nlp(nlp):
    """The production pipeline (tests/conftest.py): the rules are tested as the build runs them."""
    return nlp


def run(nlp, text, published=None):
    return analyse(nlp, text, published)


def figures(doc):
    return [c for c in doc._.claims if c.kind == "figure"]


def phrase(doc, claim):
    return doc.text[claim.phrase_start : claim.phrase_end]


def the_figure(doc, words):
    found = [c for c in figures(doc) if phrase(doc, c) == words]
    assert found, f"no figure {words!r}; found {[phrase(doc, c) for c in figures(doc)]}"
    return found[0]


def article(name):
    start, end, published = SEED_ARTICLES[name]
    raw = (SOURCES / name).read_text(encoding="utf-8")
    return raw[raw.index(start) : raw.index(end) + len(end)], published


@pytest.fixture(scope="session")
def seed_docs(claims_nlp):
    return {name: run(claims_nlp, *article(name)) for name in SEED_ARTICLES}


# -- rules, one realistic sentence each ---------------------------------------------------------

FIGURES = [
    pytest.param(
        "Alipay, a payments division of retail giant Alibaba, which counts over 520 million users, "
        "has so far led the sector.", None, "over 520 million users",
        dict(predicate="user_count", value=520000000.0, unit="users", bound="min", subject="Alipay"),
        id="relative-clause-after-appositive"),
    pytest.param(
        "According to Alipay, till the end of 2016, it has 450,000,000 verified accounts.", None,
        "450,000,000 verified accounts",
        dict(predicate="verified_accounts", value=450000000.0, unit="verified accounts", bound="exact",
             subject="Alipay", as_of="2016-12-31"),
        id="pronoun-and-end-of-year"),
    pytest.param(
        "Receiving a higher score can be very advantageous for the approximately 400 million users "
        "of the Alibaba platform.", None, "approximately 400 million users",
        dict(predicate="user_count", value=400000000.0, bound="approx", subject="Alibaba Group"),
        id="of-phrase"),
    pytest.param("Alipay’s 450 million users can now pay by scanning a code.", None, "450 million users",
                 dict(predicate="user_count", value=450000000.0, subject="Alipay"), id="possessive"),
    pytest.param("Over 800 million WeChat users share their data.", None, "Over 800 million WeChat users",
                 dict(predicate="user_count", bound="min", subject="WeChat"), id="compound"),
    pytest.param("Alipay, with 450 million users, dominates mobile payments.", None, "450 million users",
                 dict(predicate="user_count", subject="Alipay"), id="attached-with"),
    pytest.param("China currently has approximately 1.4 billion inhabitants.", "2018-06-28",
                 "approximately 1.4 billion inhabitants",
                 dict(predicate="population", value=1400000000.0, unit="inhabitants", bound="approx",
                      subject="China", as_of="2018-06-28"),
                 id="nsubj-and-currently"),
    pytest.param("The project being developed by China is huge: the Asian colossus has approximately "
                 "1.4 billion inhabitants.", None, "approximately 1.4 billion inhabitants",
                 dict(predicate="population", subject="China"), id="sentence-fallback"),
    pytest.param("Alipay is the largest payment platform in China. It has 520 million users.", None,
                 "520 million users", dict(predicate="user_count", subject="Alipay"),
                 id="it-has-previous-sentence"),
    pytest.param("The social credit system in China has blocked people from taking more than 11 million "
                 "flights and 4 million train trips.", None, "more than 11 million flights",
                 dict(predicate="blocked_flights", value=11000000.0, unit="flights", bound="min",
                      subject="Social Credit System"), id="cue-verb"),
    pytest.param("The social credit system in China has blocked people from taking more than 11 million "
                 "flights and 4 million train trips.", None, "4 million train trips",
                 dict(predicate="blocked_train_trips", value=4000000.0, unit="train trips", bound="min",
                      subject="Social Credit System"), id="coordination-shares-bound"),
    pytest.param("In 2015, the People’s Bank of China licensed eight private companies to run "
                 "credit-scoring pilots.", None, "eight private companies",
                 dict(predicate="companies_licensed", value=8.0, unit="companies", bound="exact",
                      subject="People's Bank of China", as_of="2015"), id="number-word-and-year"),
    pytest.param("A total of 1.53 million market entities completed credit repair in 2023.", None,
                 "1.53 million market entities", dict(predicate="companies", unit="companies"), id="market-entities"),
    pytest.param("The court's list has kept people off 26.8 million flights since 2013.", None,
                 "26.8 million flights", dict(predicate="blocked_flights", unit="flights"), id="kept-off-flights"),
    pytest.param("Since 2013, courts have blocked 36 million attempts to buy plane tickets.", None,
                 "36 million attempts", dict(value=36000000.0, as_of=None), id="tally-since-is-no-as-of"),
    pytest.param("Ant Financial said twenty million people had signed up for Sesame Credit.", None,
                 "twenty million people",
                 dict(predicate="user_count", value=20000000.0, unit="people", subject="Sesame Credit",
                      attributed_to="Ant Financial"),
                 id="words-with-scale-speaker-is-credited"),
    pytest.param("Last year Alipay processed 11.14 million transactions a day.", None,
                 "11.14 million transactions a day",
                 dict(predicate="count", value=11140000.0, unit="transactions per day", subject="Alipay"),
                 id="decimal-rate-generic"),
    pytest.param("Ant Financial raised $4.5 billion from investors in 2016.", None, "$4.5 billion",
                 dict(predicate="money_amount", value=4500000000.0, unit="USD", subject="Ant Financial",
                      as_of="2016"), id="money-symbol"),
    pytest.param("A hospital offers Alibaba users with a score greater than 650 a bonus of 1,000 yuan "
                 "(about $150 USD).", None, "1,000 yuan",
                 dict(predicate="money_amount", value=1000.0, unit="CNY", bound="exact"), id="money-word"),
    pytest.param("A hospital offers Alibaba users with a score greater than 650 a bonus of 1,000 yuan "
                 "(about $150 USD).", None, "about $150 USD",
                 dict(predicate="money_amount", value=150.0, unit="USD", bound="approx"),
                 id="money-equivalent"),
    pytest.param("Alipay users with a Sesame score above 700 get a 10% discount at partner hotels.", None, "10%",
                 dict(predicate="share", value=10.0, subject="Sesame Credit"), id="perk-rate-is-the-scheme-s"),
    # the stake is its holder's (extract/subjects.py, stakes)
    pytest.param("WeChat Pay Score never became a bureau; instead Tencent took an 8 per cent stake in Baihang Credit.",
                 None, "8 per cent", dict(predicate="share", value=8.0, subject="Tencent"),
                 id="stake-beside-a-score-name-is-no-perk-rate"),
    pytest.param("Sesame Credit now has no lending role. Ant paid a fine of 7.1 billion yuan in July 2023.", None,
                 "7.1 billion yuan", dict(predicate="money_amount", subject="Ant Financial"), id="fine-a-firm-paid"),
    pytest.param("Sesame Credit launched in 2015. Renji Hospital gives users with a score above 700 a bonus of "
                 "100 yuan.", None, "100 yuan", dict(predicate="money_amount", subject="Sesame Credit"),
                 id="bonus-a-partner-gives-is-the-scheme-s"),
    pytest.param("A hospital offers Alibaba users with a score greater than 650 a bonus of 1,000 yuan "
                 "(about $150 USD).", None, "score greater than 650",
                 dict(predicate="score_threshold", value=650.0, unit="points", bound="min"),
                 id="score-threshold"),
    pytest.param("In 2010, a survey by Yesky.com found that 56 percent of respondents were opposed to "
                 "the measure.", None, "56 percent of respondents",
                 dict(predicate="share_of_respondents", value=56.0, unit="percent", bound="exact",
                      as_of="2010", subject=None), id="percent-of-respondents-pollster-not-subject"),
    pytest.param("A 2014 poll found that 70% of users support the scheme.", None, "70% of users",
                 dict(predicate="share_of_respondents", value=70.0, unit="percent"), id="percent-sign-poll"),
    pytest.param("Google monitors purchases made with nearly 70 percent of the credit cards in use.", None,
                 "nearly 70 percent of the credit cards",
                 dict(predicate="share", value=70.0, bound="approx", subject="Google"), id="percent-share"),
    pytest.param("Last June (2016), I opened the service. And my Sesame score was 696 at that time.", None,
                 "Sesame score was 696",
                 dict(predicate="score", value=696.0, unit="points", bound="exact", subject="Sesame Credit",
                      as_of="2016-06"), id="score-copula-that-time"),
    pytest.param("Sesame Credit scores range from 350 to 950.", None, "from 350",
                 dict(predicate="score", value=350.0, bound="min", subject="Sesame Credit"), id="range-low"),
    pytest.param("Sesame Credit scores range from 350 to 950.", None, "to 950",
                 dict(predicate="score", value=950.0, bound="max", subject="Sesame Credit"), id="range-high"),
    pytest.param("Sesame scores range 350-950.", None, "950",
                 dict(predicate="score", value=950.0, bound="max", subject="Sesame Credit"), id="range-hyphen"),
    pytest.param("Tencent Credit, the 300-to-850 score, was frozen.", None, "300",
                 dict(predicate="score", value=300.0, bound="min", subject="Tencent Credit"), id="range-one-word"),
    pytest.param("Tencent Credit, the 300-to-850 score, was frozen.", None, "850",
                 dict(predicate="score", value=850.0, bound="max", subject="Tencent Credit"), id="range-one-word-high"),
    pytest.param("Analysts expect the bureau to earn 2 billion to 3 billion yuan a year.", None, "2 billion",
                 dict(predicate="money_amount", value=2000000000.0, unit="CNY", bound="min"), id="range-scaled-ends"),
    pytest.param("Between 10 and 20 million people use the app.", None, "Between 10",
                 dict(predicate="user_count", value=10000000.0, bound="min"), id="range-shares-scale"),
    pytest.param("Fines for falsified filings range from 100,000 to 1 million yuan.", None, "from 100,000",
                 dict(predicate="money_amount", value=100000.0, unit="CNY", bound="min"), id="range-low-in-full"),
    pytest.param("Firms that falsify records face fines of between RMB 100,000 and RMB 1 million.", None,
                 "and RMB 1 million", dict(predicate="money_amount", value=1000000.0, unit="CNY", bound="max"),
                 id="range-currency-word-each-end"),
    pytest.param("Fines range from RMB100,000 to RMB1 million.", None, "from RMB100,000",
                 dict(predicate="money_amount", value=100000.0, unit="CNY", bound="min"), id="range-currency-glued"),
    pytest.param("Debtors stay on the register for one to three years.", None, "one",
                 dict(predicate="duration", value=1.0, unit="years", bound="min"), id="range-in-words-low"),
    pytest.param("Debtors stay on the register for one to three years.", None, "to three years",
                 dict(predicate="duration", value=3.0, unit="years", bound="max"), id="range-in-words-high"),
    pytest.param("Blacklisted people cannot buy train tickets for a period of up to one year.", None,
                 "up to one year", dict(predicate="duration", value=1.0, unit="years", bound="max"),
                 id="duration-max-one"),
    pytest.param("The website Zhenai.com, which has approximately 140 million users, is the largest "
                 "dating site.", None, "approximately 140 million users",
                 dict(predicate="user_count", subject="Zhenai"), id="relative-clause"),
    pytest.param("As of October, Sesame Credit offered deposit-free rentals in eight Chinese cities.",
                 "2017-12-01", "eight Chinese cities",
                 dict(predicate="cities", value=8.0, unit="cities", subject="Sesame Credit", as_of="2017-10"),
                 id="as-of-month-publication"),
    pytest.param("As of October, Sesame Credit offered deposit-free rentals in eight Chinese cities.",
                 None, "eight Chinese cities", dict(predicate="cities", as_of=None), id="as-of-month-no-year"),
    pytest.param("Sesame Credit is one of the eight companies that gained a business license.", None,
                 "eight companies", dict(predicate="companies_licensed", value=8.0, subject=None),
                 id="partitive-member-not-subject"),
    pytest.param("Early this year, a 72-year-old man wrote to his local paper.", None, "72-year-old",
                 dict(predicate="age", value=72.0, unit="years"), id="adjectival-age"),
    pytest.param("He submitted a 1,500-character letter to the paper.", None, "1,500-character",
                 dict(predicate="count", value=1500.0, unit="characters"), id="adjectival-count"),
]


@pytest.mark.parametrize("text, published, words, expected", FIGURES)
def test_figure_rules(claims_nlp, text, published, words, expected):
    claim = the_figure(run(claims_nlp, text, published), words)
    got = {key: getattr(claim, key) for key in expected}
    assert got == expected


def test_unresolved_as_of_keeps_the_words(claims_nlp):
    doc = run(claims_nlp, "As of October, Sesame Credit offered deposit-free rentals in eight Chinese cities.")
    claim = the_figure(doc, "eight Chinese cities")
    assert claim.as_of is None
    assert claim.extra["as_of_expression"] == "October" and claim.extra["as_of_partial"] == "--10"


KEY_FIGURES = ("Key numbers\nBlacklisted debtors (June 2023): 8.5 million\nPilot cities: 62\nAlipay users (2019): 1 billion\n"
               "Fines collected in 2022: 3.2 billion yuan\n")


@pytest.mark.parametrize("words, predicate, unit, as_of", [
    ("8.5 million", "blacklisted_people", "people", "2023-06"),
    ("62", "cities", "cities", None),
    ("1 billion", "user_count", "users", "2019"),
    ("3.2 billion yuan", "money_amount", "CNY", "2022"),
])
def test_a_box_of_key_figures_counts_each_label_as_of_its_time(claims_nlp, words, predicate, unit, as_of):
    # a label, maybe its time in brackets, a colon and the figure; the label's time dates no event
    doc = run(claims_nlp, KEY_FIGURES, "2023-10-01")
    claim = the_figure(doc, words)
    assert (claim.predicate, claim.unit, claim.as_of) == (predicate, unit, as_of)
    assert not [c for c in doc._.claims if c.kind == "date"]


@pytest.mark.parametrize("text, labels", [
    (KEY_FIGURES, ["Blacklisted debtors", "Pilot cities", "Alipay users", "Fines collected in 2022"]),
    # one labelled line alone is prose's, and a label's sentence is no figure's
    ("Blacklisted debtors (June 2023): 8.5 million\n\nThe list keeps growing.\n", []),
    ("Note: 3 of them appealed the decision in court last year.\nSource: 2 reports\n", []),
])
def test_the_lines_of_a_box_of_key_figures(text, labels):
    from extract.tables import fact_lines

    assert [text[f.label[0]:f.label[1]] for f in fact_lines(text)] == labels


def test_money_equivalent_points_both_ways(claims_nlp):
    doc = run(claims_nlp, "The hospital offers a bonus of 1,000 yuan (about $150 USD).")
    main, equivalent = the_figure(doc, "1,000 yuan"), the_figure(doc, "about $150 USD")
    assert main.extra["equivalent"] == {"value": 150.0, "unit": "USD"}
    assert equivalent.extra["equivalent_of"] == {"value": 1000.0, "unit": "CNY"}


def test_output_is_deterministic(claims_nlp):
    text = "Alipay, which counts over 520 million users, offers 1,000 yuan (about $150 USD) to 8 cities."
    first = [c.as_dict() for c in run(claims_nlp, text)._.claims]
    assert first and first == [c.as_dict() for c in run(claims_nlp, text)._.claims]


def test_claim_offsets_and_quote(claims_nlp):
    text = "Beijing is big. Alipay, which counts over 520 million users, leads the sector."
    doc = run(claims_nlp, text)
    claim = the_figure(doc, "over 520 million users")
    assert text[claim.quote_start : claim.quote_end].startswith("Alipay, which counts")
    assert claim.method == "figure/count:relative-clause"
    assert 0 < claim.confidence <= 1


NOT_FIGURES = [
    pytest.param("The score is shown in figure 1 and table 2.", id="figure-label"),
    pytest.param("The society depicted in the first episode of Black Mirror season 3 will soon come "
                 "to China.", id="season-and-ordinal"),
    pytest.param("Top 10 stories this week", id="top-10"),
    pytest.param("The research was funded by the Hong Kong Research Grants Council (Project number "
                 "22609415).", id="project-number"),
    pytest.param("Chinese Journal of Communication, vol. 12, no. 3, pp. 290-307.", id="volume-issue-pages"),
    pytest.param("Call 010-8888-1234 for details.", id="phone"),
    pytest.param("© 2018 King & Spalding. All rights reserved.", id="copyright"),
    pytest.param("In 2015, the scheme was launched nationwide.", id="year-is-a-date"),
    pytest.param("Debtors cannot stay at four and five star hotels.", id="classifier"),
    pytest.param("One local complained that people were awarded points.", id="one-as-determiner"),
    pytest.param("Zhao, X. (2017) Alipay annual bill: 71% of payments made on mobile, retrieved May 3, "
                 "2017 from www.chinanews.com", id="reference-entry"),
    pytest.param("For example, someone who plays videogames for ten hours a day would not be judged "
                 "favorably.", id="hypothetical"),
    pytest.param("Sesame Credit has rolled out to millions of Alipay users.", id="vague-millions"),
    pytest.param("Dozens of cities are planning to replicate the system.", id="vague-dozens"),
    pytest.param("Users gain zero deposit for different services.", id="singular-noun"),
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(claims_nlp, text):
    doc = run(claims_nlp, text)
    assert [phrase(doc, c) for c in figures(doc)] == []


def test_reference_rule_is_what_drops_the_reference_entry(claims_nlp):
    """The same words outside a reference entry are a figure."""
    doc = run(claims_nlp, "Zhao, X. (2017) Alipay annual bill: 71% of payments made on mobile, reported "
                          "www.chinanews.com")
    assert [phrase(doc, c) for c in figures(doc)] == ["71% of payments"]


# -- numbers -------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def reader(claims_nlp):
    return NumberReader(load_checked_vocab("numbers", None, "number_words"), claims_nlp.make_doc)


@pytest.mark.parametrize("text, value, bound, currency", [
    ("over 520 million users", 520000000.0, "min", None),
    ("450,000,000 accounts", 450000000.0, "exact", None),
    ("approximately 1.4 billion people", 1400000000.0, "approx", None),
    ("twenty million people", 20000000.0, "exact", None),
    ("11.14 million trips", 11140000.0, "exact", None),
    ("two hundred thousand users", 200000.0, "exact", None),
    ("as many as 3 million users", 3000000.0, "max", None),
    ("some 20 million users", 20000000.0, "approx", None),
    ("no fewer than 40 cities", 40.0, "min", None),
    ("a score of 650 or more", 650.0, "min", None),
    ("£5bn in loans", 5000000000.0, "exact", "GBP"),
    ("a bonus of RMB1,000", 1000.0, "exact", "CNY"),
    ("about $150 USD", 150.0, "approx", "USD"),
    ("a 1,000-yuan bonus", 1000.0, "exact", "CNY"),
    # a tens word and a units word are one number, hyphenated or not; "dozen" multiplies
    ("Sixty-one per cent of respondents", 61.0, "exact", None),
    ("forty two cities", 42.0, "exact", None),
    ("perhaps two dozen cities", 24.0, "exact", None),
])
def test_number_reader(claims_nlp, reader, text, value, bound, currency):
    doc = claims_nlp(text)
    quantities = reader.quantities(doc[:])
    assert [(q.value, q.bound, q.currency) for q in quantities] == [(value, bound, currency)]


def test_vocabulary_errors_are_clear(tmp_path):
    missing = tmp_path / "numbers.yaml"
    with pytest.raises(VocabularyError, match="not found"):
        load_checked_vocab("numbers", str(missing), "number_words")
    missing.write_text("number_words: {one: 1}\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="missing section.*bounds"):
        load_checked_vocab("numbers", str(missing), "number_words", "bounds")


def test_unquoted_yaml_boolean_is_reported(claims_nlp):
    vocab = load_checked_vocab("numbers", None, "number_words")
    broken = {**vocab, "furniture": {"label_words": [False]}}  # what YAML makes of a bare `no`
    with pytest.raises(VocabularyError, match="quote it"):
        NumberReader(broken)


# -- the seeds ---------------------------------------------------------------------------------------

SEED_FIGURES = [
    ("sesame-credit-blog.txt", "450,000,000 verified accounts",
     dict(predicate="verified_accounts", value=450000000.0, bound="exact", subject="Alipay", as_of="2016-12-31")),
    ("sesame-credit-blog.txt", "381 Chinese cities",
     dict(predicate="cities", value=381.0, subject="Sesame Credit", as_of="2017-03-23")),
    ("sesame-credit-blog.txt", "Sesame score was 696",
     dict(predicate="score", value=696.0, subject="Sesame Credit", as_of="2016-06")),
    ("king-spalding-2018-social-credit-roadblock.txt", "over 520 million users",
     dict(predicate="user_count", value=520000000.0, bound="min", subject="Alipay")),
    ("aleteia-2018-social-credit-system.txt", "approximately 400 million users",
     dict(predicate="user_count", value=400000000.0, bound="approx", subject="Alibaba Group")),
    ("open-sesame-feature.txt", "eight private companies",
     dict(predicate="companies_licensed", value=8.0, subject="People's Bank of China", as_of="2015")),
    ("aleteia-2018-social-credit-system.txt", "eight private companies",
     dict(predicate="companies_licensed", value=8.0, as_of="2015")),
    ("aleteia-2018-social-credit-system.txt", "more than 11 million flights",
     dict(predicate="blocked_flights", value=11000000.0, bound="min", subject="Social Credit System")),
    ("aleteia-2018-social-credit-system.txt", "4 million train trips",
     dict(predicate="blocked_train_trips", value=4000000.0, bound="min", subject="Social Credit System")),
    ("aleteia-2018-social-credit-system.txt", "1,000 yuan",
     dict(predicate="money_amount", value=1000.0, unit="CNY")),
    ("aleteia-2018-social-credit-system.txt", "score greater than 650",
     dict(predicate="score_threshold", value=650.0, bound="min")),
    ("aleteia-2018-social-credit-system.txt", "approximately 140 million users",
     dict(predicate="user_count", value=140000000.0, subject="Zhenai")),
    ("aleteia-2018-social-credit-system.txt", "approximately 1.4 billion inhabitants",
     dict(predicate="population", value=1400000000.0, subject="China", as_of="2018-06-28")),
    ("open-sesame-feature.txt", "56 percent of respondents",
     dict(predicate="share_of_respondents", value=56.0, as_of="2010")),
]


@pytest.mark.parametrize("source, words, expected", SEED_FIGURES, ids=[w for _, w, _ in SEED_FIGURES])
def test_seed_figures(seed_docs, source, words, expected):
    claim = the_figure(seed_docs[source], words)
    assert {key: getattr(claim, key) for key in expected} == expected


def test_seed_quotes_are_sentences_of_the_text(seed_docs):
    for doc in seed_docs.values():
        for claim in doc._.claims:
            assert claim.quote_start <= claim.phrase_start < claim.phrase_end <= claim.quote_end


def test_raw_seed_furniture_makes_no_figures(claims_nlp):
    """Over the whole capture (furniture included), no figure comes from labels and references."""
    for name in ("sesame-credit-blog.txt", "chong-2019-cashless-china.txt"):
        doc = run(claims_nlp, (SOURCES / name).read_text(encoding="utf-8"))
        words = [phrase(doc, c) for c in figures(doc)]
        assert not any(w in words for w in ("1", "2", "3", "22609415", "12610118", "71%"))
        assert not [c for c in figures(doc) if "Retrieved" in doc.text[c.quote_start : c.quote_end]]


# --- generalising rules: thresholds, unitless ranges, elliptical figures, restatements ------------

GENERAL_FIGURES = [
    # a number after a scoring verb is a score; with a bound, a threshold
    pytest.param("Residents who score 200 or above get free parking.", None, "200 or above",
                 dict(predicate="score_threshold", value=200.0, unit="points", bound="min"), id="score-verb"),
    pytest.param("People scoring 700 or higher skip the queue at city hall.", None, "700 or higher",
                 dict(predicate="score_threshold", value=700.0, bound="min"), id="scoring-participle"),
    pytest.param("Drivers rated 90 or above pay lower fees.", None, "90 or above",
                 dict(predicate="score_threshold", value=90.0, bound="min"), id="rated"),
    # points: with a bound, a threshold, also when the bound follows the noun
    pytest.param("Tenants with at least 650 points can rent flats without a deposit.", None, "at least 650 points",
                 dict(predicate="score_threshold", value=650.0, unit="points", bound="min"), id="points-at-least"),
    pytest.param("Residents with 500 points or more can borrow e-bikes.", None, "500 points or more",
                 dict(predicate="score_threshold", value=500.0, bound="min"), id="points-or-more"),
    # a band's bounds in a sentence about a scoring system
    pytest.param("Tencent Credit puts anyone below 450 in its lowest band and anyone at 800 and above in its top band.",
                 None, "below 450", dict(predicate="score_threshold", value=450.0, bound="max",
                                         subject="Tencent Credit"), id="band-below"),
    pytest.param("Tencent Credit puts anyone below 450 in its lowest band and anyone at 800 and above in its top band.",
                 None, "800 and above", dict(predicate="score_threshold", value=800.0, bound="min"), id="band-and-above"),
    # a range with no unit, governed by a scoring verb or a scale
    pytest.param("Koala Credit scores its members between 300 and 900.", None, "between 300",
                 dict(predicate="score", value=300.0, unit="points", bound="min", subject="Koala Credit"), id="range-verb"),
    pytest.param("Koala Credit scores its members between 300 and 900.", None, "and 900",
                 dict(predicate="score", value=900.0, bound="max"), id="range-verb-high"),
    pytest.param("Pengyuan Credit rates firms on a scale of 0 to 1,000.", None, "to 1,000",
                 dict(predicate="score", value=1000.0, bound="max"), id="range-scale"),
    # elliptical figures: the partitive, a parallel figure, the antecedent of "the number"
    pytest.param("About 2.5 million of the town’s 6 million residents have signed up.", None, "About 2.5 million",
                 dict(value=2500000.0, unit="users", bound="approx"), id="elliptical-partitive"),
    pytest.param("The scheme now covers 3 million drivers, up from 1.1 million in 2019.", None, "1.1 million",
                 dict(value=1100000.0, unit="drivers", as_of="2019"), id="elliptical-parallel"),
    pytest.param("Tencent does not disclose how many users have joined. Analysts put the number at 200 million.",
                 None, "200 million", dict(predicate="user_count", value=200000000.0, unit="users"),
                 id="elliptical-the-number"),
    # a currency equivalent takes its amount's bound; a bound after the brackets is both's
    pytest.param("They can borrow up to 100,000 yuan ($14,000) at a lower rate.", None, "$14,000",
                 dict(value=14000.0, unit="USD", bound="max"), id="equivalent-bound"),
    pytest.param("Debtors who owe 5,000 yuan ($700) or more are listed.", None, "5,000 yuan",
                 dict(value=5000.0, bound="min"), id="bound-after-brackets"),
    # a time named by its end dates the figure
    pytest.param("The app served 300 million users in the 12 months to June 30.", "2020-09-01", "300 million users",
                 dict(as_of="2020-06-30"), id="as-of-span-end"),
    # a key-figures list: the number opens its line, what it counts follows a colon
    pytest.param("The report in numbers:\n\n• 4.2 million: debtors newly listed in 2019\n\n• 9: interviewees listed "
                 "after paying", None, "4.2 million: debtors", dict(value=4200000.0, unit="debtors"),
                 id="fact-list-item"),
]


@pytest.mark.parametrize("text, published, words, expected", GENERAL_FIGURES)
def test_generalising_figure_rules(claims_nlp, text, published, words, expected):
    claim = the_figure(run(claims_nlp, text, published), words)
    assert {key: getattr(claim, key) for key in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # "N years ago", "a year earlier" are time expressions, not durations
    pytest.param("The list grew to 8 million people, from 2 million people three years ago.",
                 ["8 million people", "2 million people"], id="years-ago"),
    pytest.param("Baihang said in May that 90 million people were covered, up from 70 million people a year earlier.",
                 ["90 million people", "70 million people"], id="a-year-earlier"),
    # "the eight companies" names the set stated before: one figure
    pytest.param("The PBoC picked eight companies in 2015. In 2018 the eight companies formed a joint venture.",
                 ["eight companies"], id="definite-restatement"),
])
def test_counted_times_and_restatements_are_no_new_figures(claims_nlp, text, expected):
    doc = run(claims_nlp, text, "2021-05-10")
    assert [phrase(doc, c) for c in figures(doc)] == expected


@pytest.mark.parametrize("text, words, subject", [
    # a score threshold is the scoring system's the text is about (its topic)
    ("The Lotus Score was launched in Wenzhou in 2016. The Lotus Score gives residents points.\n\n"
     "Residents who score 200 or above get free parking.", "200 or above", "Lotus Score"),
    # an amount in a clause with a score condition is the scoring system's
    ("The Lotus Score was launched in Wenzhou in 2016. The Lotus Score gives residents points.\n\n"
     "Those rated 250 or above can borrow up to 50,000 yuan at a lower rate.", "up to 50,000 yuan", "Lotus Score"),
    # users of what they activated
    ("About 2 million residents have activated the Lotus Score.", "About 2 million residents", "Lotus Score"),
    # a poll's share is about what respondents said something of
    ("In a survey of 800 residents run by the Wenzhou government, 70 percent said the Lotus Score was fair.",
     "70 percent", "Lotus Score"),
])
def test_generalising_figure_subjects(nlp, text, words, subject):
    from extract.nlp import analyse

    doc = analyse(nlp, text)
    claim = next(c for c in doc._.claims if c.kind == "figure" and doc.text[c.phrase_start:c.phrase_end] == words)
    assert claim.subject == subject


# -- shares written as fractions, and bound cues (corpus/vocab/numbers.yaml) ----------------------

@pytest.mark.parametrize("text, words, value, bound", [
    pytest.param("Nearly half of Alipay's users have opted in to the scoring service.", "Nearly half of Alipay",
                 50.0, "approx", id="nearly-half-of"),
    pytest.param("A fifth of respondents said they had never heard of the blacklist.", "A fifth of respondents",
                 20.0, "exact", id="a-fifth-of"),
    pytest.param("Two-thirds of those polled in Hangzhou backed the scheme.", "Two-thirds", 200 / 3, "exact",
                 id="hyphenated-two-thirds"),
    pytest.param("Two in three drivers said the score was unfair.", "Two in three", 200 / 3, "exact", id="two-in-three"),
    pytest.param("Three out of four lenders check the blacklist.", "Three out of four", 75.0, "exact",
                 id="three-out-of-four"),
    # a fraction that is a verb's subject is a share without "of"
    pytest.param("Only a quarter said they knew how points were counted.", "a quarter", 25.0, "exact",
                 id="a-quarter-said"),
    pytest.param("One in five adults in Rongcheng has been downgraded at least once.", "One in five", 20.0, "exact",
                 id="one-in-five"),
    pytest.param("Roughly a quarter of the listed firms appealed their rating.", "Roughly a quarter of the listed firms",
                 25.0, "approx", id="roughly-a-quarter"),
])
def test_fractions_are_shares(claims_nlp, text, words, value, bound):
    claim = the_figure(run(claims_nlp, text), words)
    assert (claim.value, claim.unit, claim.bound) == (value, "percent", bound)


@pytest.mark.parametrize("text", [
    pytest.param("Lending made up a large part of its revenue in the first half of this year.", id="first-half-is-a-time"),
    pytest.param("Residents with a high score ride the city's buses at half price.", id="half-price"),
    pytest.param("Tens of millions of people use the payment app every day.", id="vague-tens-of-millions"),
    pytest.param("The city fined one in 2019 and two in 2020.", id="a-year-is-no-whole"),
])
def test_fraction_words_that_are_no_shares(claims_nlp, text):
    doc = run(claims_nlp, text)
    assert [phrase(doc, c) for c in figures(doc)] == []


@pytest.mark.parametrize("text, words, value, bound", [
    pytest.param("Fines of as much as 50,000 yuan can be imposed on firms that ignore the order.",
                 "as much as 50,000 yuan", 50000.0, "max", id="as-much-as"),
    pytest.param("Some 7 million people have been barred from flights.", "Some 7 million people", 7000000.0, "approx",
                 id="some"),
    pytest.param("The group raised $1.5bn from investors.", "$1.5bn", 1500000000.0, "exact", id="glued-bn"),
    pytest.param("Users can skip a deposit of RMB 10,000 on a rental car.", "RMB 10,000", 10000.0, "exact",
                 id="currency-code-before"),
    pytest.param("Its revenue grew 3.5 per cent last quarter.", "3.5 per cent", 3.5, "exact", id="per-cent"),
])
def test_journalistic_amounts(claims_nlp, text, words, value, bound):
    claim = the_figure(run(claims_nlp, text), words)
    assert (claim.value, claim.bound) == (value, bound)


def test_a_sentence_whose_root_is_a_number_ends(nlp):
    """A dateline split across lines makes "16" a sentence's root: climbing its heads must stop
    there (spaCy gives a new Token object on each access, so `head is token` never holds)."""
    from extract.nlp import analyse

    text = ("By Sofia Haddad\n\nAugust\n16, 2018\n\nA woman scans a QR code to rent a power bank at a metro "
            "station in Rongcheng. Photo: The Canton Courier\n")
    doc = analyse(nlp, text, "2018-08-16")  # used to loop for ever
    assert any(sent.root.text == "16" for sent in doc.sents)  # the shape this test is about
    assert [claim for claim in doc._.claims if claim.kind == "figure"] == []  # a dateline is no figure


# -- numbers whose counted noun the text leaves out, and ages --------------------------------------

@pytest.mark.parametrize("text, words, value, unit", [
    pytest.param("The county listed 1,240 households, and 77 of them lost their dividend.", "77 of them", 77.0,
                 "households", id="part-of-them"),
    pytest.param("Our team met 52 couriers in Wuhan. 29 had lost points for a late order.", "29", 29.0, "couriers",
                 id="a-number-as-subject"),
    pytest.param("Didi had about 9 million drivers last year. Caocao had around 2 million, analysts said.",
                 "around 2 million", 2000000.0, "drivers", id="scaled-in-the-next-sentence"),
])
def test_a_number_counts_the_noun_counted_just_before(claims_nlp, text, words, value, unit):
    claim = the_figure(run(claims_nlp, text), words)
    assert (claim.value, claim.unit) == (value, unit)


def test_the_noun_a_number_is_the_value_of_says_what_it_counts(claims_nlp):
    doc = run(claims_nlp, "The number of people on the list has risen to 8 million. Its user base grew to 520 million.")
    assert [(phrase(doc, c), c.unit) for c in figures(doc)] == [("8 million", "people"), ("520 million", "users")]


@pytest.mark.parametrize("text", [
    "The rules took effect in 2019. 12 were fined in the first month.",  # no noun counted before
    "Didi had about 9 million drivers last year.\n\nCaocao had around 2 million.",  # another paragraph
])
def test_a_bare_number_with_no_noun_counted_before_is_no_figure(claims_nlp, text):
    doc = run(claims_nlp, text)
    assert [phrase(doc, c) for c in figures(doc) if "million drivers" not in phrase(doc, c)] == []


@pytest.mark.parametrize("text, person, age", [
    ("Wu Meilan, who is 58, runs a noodle stall in Suzhou.", "Wu Meilan", 58.0),
    ("Zhang Hao, 41, a taxi driver in Chengdu, checks his score every week.", "Zhang Hao", 41.0),
    ("A retired nurse, who is 68, volunteers at the clinic.", None, 68.0),  # "who" stands for a person
])
def test_a_person_s_age_as_a_bare_number(claims_nlp, text, person, age):
    claim = next(c for c in figures(run(claims_nlp, text)) if c.predicate == "age")
    assert (claim.subject, claim.value, claim.unit) == (person, age, "years")


def test_a_bound_in_a_passage_about_scores_is_a_threshold(claims_nlp):
    doc = run(claims_nlp, "Sesame Credit scores run from 350 to 950. Hotels waive the deposit above 650.")
    claim = the_figure(doc, "above 650")
    assert (claim.predicate, claim.value, claim.bound) == ("score_threshold", 650.0, "min")
    assert [phrase(doc, c) for c in figures(run(claims_nlp, "Hotel prices in Hangzhou rose above 650 last year."))] == []


def test_numbers_in_a_table_rendered_as_text_lines(claims_nlp):
    """An HTML table as the reader writes it: a number alone in its cell counts its row label's
    noun, or its column header's when the label is a name; a year heading the column is its
    as-of; the rank in a row's first cell is no figure."""
    text = ("TrustLink published its results on Tuesday.\n\n"
            "| Metric | 2023 | 2022 |\n\n|---|---|---|\n\n"
            "| Loan applications scored | 120 million | 85 million |\n\n"
            "| Partner institutions | 212 | 160 |\n\n"
            "The platforms compare as follows.\n\n"
            "| Rank | Platform | Users |\n|---|---|---|\n| 1 | Alipay | 1.2 billion |\n")
    found = [(c.value, c.unit, c.as_of) for c in figures(run(claims_nlp, text))]
    assert found == [(120000000.0, "loan applications", "2023"), (85000000.0, "loan applications", "2022"),
                     (212.0, "partner institutions", "2023"), (160.0, "partner institutions", "2022"),
                     (1200000000.0, "users", None)]


@pytest.mark.parametrize("text, value, unit", [
    ("Registered users reached 81 million in March.", 81e6, "users"),
    ("The number of cities running pilot schemes doubled to 62 in 2021.", 62.0, "cities"),
])
def test_a_number_a_level_verb_gives_its_subject(claims_nlp, text, value, unit):
    assert [(c.value, c.unit) for c in figures(run(claims_nlp, text))] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "128 comments",
    "17 upvotes · 4 replies",
])
def test_a_line_of_page_counters_is_no_figure(claims_nlp, text):
    assert figures(run(claims_nlp, text)) == []


@pytest.mark.parametrize("text", [
    "The clip had been viewed 3.1 million times by Friday.",
    "A post shared more than 52,000 times on Weibo claims the score is secret.",
    # the parser hangs "times" on "claims", read as a noun: the participle before the count tells
    "A Facebook post shared more than 12,000 times claims that the score is secret.",
])
def test_a_post_s_reach_is_no_figure(claims_nlp, text):
    assert figures(run(claims_nlp, text)) == []


@pytest.mark.parametrize("text, words, bound", [
    ("Agencies must correct wrong records within 7 working days.", "within 7 working days", "max"),
    ("A fine of not less than 10,000 yuan shall be imposed.", "not less than 10,000 yuan", "min"),
    ("Applicants need a minimum score of 600 to rent a car.", "score of 600", "min"),
    ("My score went up to 712 after I paid off the card.", "score went up to 712", "exact"),
])
def test_bounds_of_time_limits_negated_comparatives_and_directions(claims_nlp, text, words, bound):
    assert the_figure(run(claims_nlp, text), words).bound == bound


def test_a_currency_glued_after_the_number(claims_nlp):
    claim = the_figure(run(claims_nlp, "Each offender was charged 500元 under the new rules."), "500元")
    assert (claim.value, claim.unit) == (500.0, "CNY")


@pytest.mark.parametrize("text, words, value, unit", [
    ("More than a million drivers have signed up.", "More than a million drivers", 1e6, "users"),
    ("Half a million borrowers used the repair service.", "Half a million borrowers", 5e5, "borrowers"),
    ("The fund raised $1.5m from local investors.", "$1.5m", 1.5e6, "USD"),
    ("Some two hundred and fifty inspectors took part.", "Some two hundred and fifty inspectors", 250.0, "inspectors"),
    ("Deposits fell by 10 to 15 percent after the change.", "10", 10.0, "percent"),
])
def test_numbers_written_with_articles_currency_scales_and_and(claims_nlp, text, words, value, unit):
    claim = the_figure(run(claims_nlp, text), words)
    assert (claim.value, claim.unit) == (value, unit)


def test_a_number_glued_to_a_capital_names_a_thing(claims_nlp):
    assert figures(run(claims_nlp, "COVID-19 and 5G rollouts slowed the pilots.")) == []


@pytest.mark.parametrize("text, values", [
    ("Every registered firm now carries a 20-digit tax code.", [20.0]),
    ("Several dozen counties have drafted rules of their own.", []),
    ("Roughly one applicant in six is turned down.", [100 / 6]),
    ("Banks must answer complaints within a month.", [1.0]),
    ("A year earlier, the regulator had issued no such warning.", []),
    ("Posted on 4 March 2024 by Lin Yue | 23 comments", []),
])
def test_lengths_vague_multiples_shares_with_their_noun_and_a_unit_of_time(claims_nlp, text, values):
    assert [c.value for c in figures(run(claims_nlp, text))] == pytest.approx(values)


@pytest.mark.parametrize("text, value", [
    # a number's fraction said aloud, as a transcript writes it, before its scale word
    ("PRIYA: About one point two million people were on the list.", 1_200_000),
    ("TOM: The IPO would have raised something like thirty-four and a half billion dollars.", 34_500_000_000),
])
def test_spoken_fractions_before_a_scale_word(claims_nlp, text, value):
    assert [c.value for c in figures(run(claims_nlp, text))] == [value]


def test_a_spoken_point_without_a_scale_word_is_no_fraction(claims_nlp):
    assert [c.value for c in figures(run(claims_nlp, "At one point two people left the room."))] == [2]


def test_a_table_with_blank_cells(claims_nlp):
    """A blank row label or column header (a cell of spaces) labels nothing; its row's numbers
    are still read."""
    text = ("| | 2023 | 2022 |\n|---|---|---|\n"
            "| Loan applications scored | 120 million | 85 million |\n"
            "|  | 212 | |\n")
    found = [(c.value, c.as_of) for c in figures(run(claims_nlp, text))]
    assert found[:2] == [(120000000.0, "2023"), (85000000.0, "2022")]


@pytest.mark.parametrize("text", [
    "March 12, 2025 9:41 AM GMT+8 Updated 3 hours ago",  # a point in time, no length
    "Two people familiar with the matter said the court had signed up banks.",  # the story's sources
    "Three sources briefed on the talks said Ant would sell a stake.",
])
def test_no_figure_from_times_ago_or_a_story_s_sources(claims_nlp, text):
    assert figures(run(claims_nlp, text, "2025-03-12")) == []


def test_a_table_laid_out_with_spaces(claims_nlp):
    """A table as a PDF reader renders it, its cells apart by runs of spaces: a number alone in
    its cell is a figure, in the scale and currency its header gives in brackets; a row the
    reader ran into the next one still has its cells; a year column is no figure."""
    text = ("The table below sets out revenue by segment.\n"
            "Revenue by segment (RMB million)      2023       2022     Change\n"
            "Lending services                   1,240.5      980.2      26.6%\n"
            "Sources: company filings.\n\n"
            "Table 2. Schemes compared\n"
            "City      Scheme          Launched    Members (millions)\n"
            "Taiyuan   Jinci Points    2019        0.85\n"
            "Datong    Cloud Score     2020        1.2 Linfen    Fen Credit    2021    0.42\n")
    found = [(c.value, c.unit) for c in figures(run(claims_nlp, text))]
    assert found == [(1240500000.0, "CNY"), (980200000.0, "CNY"), (26.6, "percent"),
                     (850000.0, None), (1200000.0, None), (420000.0, None)]


@pytest.mark.parametrize("table", [
    "| Grade | Score | Inspections |\n|---|---|---|\n| A | 90 or above | at most once a year |\n"
    "| B | 75 to 89 | at most twice a year |\n| C | below 75 | every quarter |\n",
    "Grade  Score  Inspections\nA  90 or above  at most once a year\n"
    "B  75 to 89  at most twice a year\nC  below 75  every quarter\n",
])
def test_a_band_of_scores_in_a_table_s_cell(claims_nlp, table):
    """A range or a bound filling a cell alone reads as a number alone there: its column's header
    says what it measures, and a grade's letter labelling the row is no counted noun."""
    found = [(c.value, c.bound, c.unit) for c in figures(run(claims_nlp, "Each firm is graded by its score.\n\n" + table))]
    assert found == [(90.0, "min", "points"), (75.0, "min", "points"), (89.0, "max", "points"), (75.0, "max", "points")]


@pytest.mark.parametrize("text, values", [
    ("The team polled 1,500 drivers in three cities (Wuxi 600, Nantong 500, Yangzhou 400) last spring.",
     [1500.0, 3.0, 600.0, 500.0, 400.0]),
    ("We held 52 interviews: 20 with judges, 25 with debtors and seven with lawyers.", [52.0, 20.0, 25.0, 7.0]),
    ("The court listed 300 firms (12 in May, 40 in June).", [300.0]),  # parts that do not add up: no breakdown
])
def test_numbers_that_add_up_to_a_count_are_its_parts(claims_nlp, text, values):
    assert [c.value for c in figures(run(claims_nlp, text))] == values


def test_prose_with_double_spaces_is_no_table(claims_nlp):
    text = "The office closed early.  Some 40 people were waiting.  Nobody complained."
    assert [(c.value, c.unit) for c in figures(run(claims_nlp, text))] == [(40.0, "people")]


@pytest.mark.parametrize("text, words, value, bound", [
    # a bound a few sentences after the passage names the score
    ("Zhima scores run from 350 to 950. Few users know it. The perks are real.\n\n"
     "Below 600, the scooter apps ask for a deposit.", "Below 600", 600.0, "max"),
    # "over" and "at" before a number too large for an age
    ("Sesame scores matter for travel. Airports had a faster lane for people over 750.", "over 750", 750.0, "min"),
    ("My Sesame score rose every month. At 680, the hotel deposits stopped.", "680", 680.0, "exact"),
    # a hedge between the threshold word and the number
    ("What a good score gets you: free umbrellas, if you are above roughly 650.", "roughly 650", 650.0, "approx"),
    # a rule, not an example, though its subject is "anyone"
    ("Rongcheng scores start at 1,000. Anyone who falls below 850 is graded C.", "below 850", 850.0, "max"),
])
def test_a_bound_in_a_passage_about_scores_is_a_threshold_further(claims_nlp, text, words, value, bound):
    claim = the_figure(run(claims_nlp, text), words)
    assert (claim.predicate, claim.value, claim.bound) == ("score_threshold", value, bound)


@pytest.mark.parametrize("text", [
    "Sesame Credit launched in 2015. The survey covered residents over 60.",
    "Sesame scores are private. We met at 10 in the morning.",
])
def test_over_and_at_before_an_age_or_an_hour_are_no_threshold(claims_nlp, text):
    assert [c.predicate for c in figures(run(claims_nlp, text))] != ["score_threshold"]


def test_a_score_said_aloud_in_hundreds(claims_nlp):
    doc = run(claims_nlp, "PRIYA: With a good Sesame score, above six fifty, nobody asked you for a deposit.")
    assert [(c.value, c.bound) for c in figures(doc)] == [(650.0, "min")]


@pytest.mark.parametrize("text, value, bound", [
    ("The rules cover residents aged 16 or over who hold a local hukou.", 16.0, "min"),
    ("Two thirds of the applicants were aged under 30.", 30.0, "max"),
    ("Pupils may open an account from the age of 14.", 14.0, "exact"),
])
def test_an_age_limit(claims_nlp, text, value, bound):
    claim = next(c for c in figures(run(claims_nlp, text)) if c.predicate == "age")
    assert (claim.value, claim.unit, claim.bound) == (value, "years", bound)


@pytest.mark.parametrize("text, values", [
    ("A 2022 audit found that 17 of the 45 schemes it reviewed had no appeal procedure.", [17.0, 45.0]),
    ("The province says all 11 of its prefectures will join by 2026.", [11.0]),
    ("About 3.2 million of its drivers had opted in by March.", [3.2e6]),
    # which of a few named before: no figure
    ("Platforms run the scores in two of the three cities.", []),
])
def test_a_part_of_a_group_counts_the_group_s_noun(claims_nlp, text, values):
    assert sorted(c.value for c in figures(run(claims_nlp, text))) == sorted(values)


def test_a_part_of_a_group_named_before_is_a_figure_of_its_own(claims_nlp):
    text = "Key figures: 14 rulings reviewed. Yet 14 of the rulings we read kept people listed after paying."
    assert [c.value for c in figures(run(claims_nlp, text))] == [14.0, 14.0]


@pytest.mark.parametrize("text", [
    "Shenzhen began scoring drivers in 2016, two years before the national plan.",
    "Four years on, the pilot has quietly been dropped.",
    "Ten years from now, the scheme may be a footnote.",
])
def test_a_length_of_time_that_places_an_event_is_no_figure(claims_nlp, text):
    assert [c.value for c in figures(run(claims_nlp, text))] == []


@pytest.mark.parametrize("text, values", [
    ("How to earn points: giving blood (+10); a year of volunteering (+15). Points lost: drunk driving (-100).",
     [10.0, 15.0, -100.0]),
    # a sign elsewhere: a rating key, a telephone number
    ("Ratings: BUY = expected return above 10%; SELL = -5% or worse.", [10.0]),
    ("Our points team: call +44 20 7946 0000.", []),
])
def test_points_an_act_adds_or_takes_away(claims_nlp, text, values):
    assert [c.value for c in figures(run(claims_nlp, text))] == values


@pytest.mark.parametrize("text, value, unit", [
    ("Firms may ask to leave the list after one year.", 1.0, "years"),
    ("The bank cut its rate by 0.25 percentage point for rated firms.", 0.25, "percentage points"),
])
def test_one_year_and_a_percentage_point(claims_nlp, text, value, unit):
    assert [(c.value, c.unit) for c in figures(run(claims_nlp, text))] == [(value, unit)]


def test_one_as_a_determiner_before_a_unit_of_time_in_a_story(claims_nlp):
    assert figures(run(claims_nlp, "One day she found her account frozen.")) == []
