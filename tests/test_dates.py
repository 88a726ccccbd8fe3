"""The date component (extract/dates.py): time expressions, their resolution against the
publication date, and the dated events that make date claims."""
from pathlib import Path

import pytest
from extract.nlp import analyse

import extract.actors  # noqa: F401  (registers sckb_actors)
import extract.dates  # noqa: F401  (registers sckb_dates)
import extract.figures  # noqa: F401  (registers sckb_figures)

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "corpus" / "sources"

#: The article body of each seed (first and last words) and the publication date the tests
#: assume (Aleteia's is its byline's; King & Spalding's is a test date).
SEED_ARTICLES = {
    "aleteia-2018-social-credit-system.txt": ("In Western countries", "as the saying goes.", "2018-06-28"),
    "king-spalding-2018-social-credit-roadblock.txt": ("A recent episode", "employment and travel.", "2018-03-15"),
}


@pytest.fixture(scope="session")
def claims_nlp(nlp):
    """The production pipeline (tests/conftest.py): the rules are tested as the build runs them."""
    return nlp


def run(nlp, text, published=None):
    return analyse(nlp, text, published)


def dates(doc):
    return [c for c in doc._.claims if c.kind == "date"]


def the_date(doc, predicate):
    found = [c for c in dates(doc) if c.predicate == predicate]
    assert len(found) == 1, f"expected one {predicate} claim, found {[(c.predicate, c.date) for c in dates(doc)]}"
    return found[0]


# -- time expressions ---------------------------------------------------------------------------

TIMES = [
    ("The law took effect on May 1, 2018.", None, "May 1, 2018", "2018-05-01"),
    ("Till 23 March, 2017, the service was free.", None, "23 March, 2017", "2017-03-23"),
    ("Till April 4th, 2017, my score is 698.", None, "April 4th, 2017", "2017-04-04"),
    ("The plan was announced in 2014.", None, "2014", "2014"),
    ("The rules were published on 2018-05-01.", None, "2018-05-01", "2018-05-01"),
    ("The project was given a push last May 1.", "2018-06-28", "last May 1", "2018-05-01"),
    ("Two press releases were published last March.", "2018-06-28", "last March", "2018-03"),
    ("It happened last June.", "2018-06-28", "last June", "2017-06"),
    ("Last June (2016), I opened the service.", None, "Last June (2016)", "2016-06"),
    ("In early February, Tencent froze it.", "2018-03-15", "early February", "2018-02"),
    ("As of October, rentals were free.", "2017-12-01", "October", "2017-10"),
    ("In October, rentals were free.", "2017-09-01", "October", "2016-10"),
    ("Early this year, a man wrote a letter.", "2018-06-28", "Early this year", "2018"),
    ("It should be in place by the year’s end.", "2017-12-01", "the year’s end", "2017-12-31"),
    ("Till the end of 2016, it had 450 million accounts.", None, "the end of 2016", "2016-12-31"),
    ("China currently has 1.4 billion inhabitants.", "2018-06-28", "currently", "2018-06-28"),
    ("Since last summer, I have seldom used Alipay.", "2017-05-03", "last summer", "2016"),
    ("In early February, Tencent froze it.", None, "early February", None),
    # counted back from the publication date, or from the date before
    ("The list grew from 2 million people two years ago.", "2021-05-10", "two years ago", "2019"),
    ("Ant filed for a listing last month.", "2020-09-01", "last month", "2020-08"),
    # a week counted back is dated no finer than the month it lies in
    ("The bank froze the app last week.", "2020-09-15", "last week", "2020-09"),
    ("The bank froze the app two weeks ago.", "2020-09-03", "two weeks ago", "2020-08"),
    ("The bank froze the app last week.", "2020-09-09", "last week", "2020"),  # 31 August to 6 September
    ("The bank froze the app last week.", "2021-01-06", "last week", None),  # 28 December to 3 January
    # a part of a year named relative to the publication date
    ("At the end of last year, the city launched a rating app.", "2020-09-15", "the end of last year",
     "2019-12-31"),
    ("Early next year, the city will expand the app.", "2020-09-15", "Early next year", "2021"),
    ("In March, Baihang covered 90 million people, up from 70 million people a year earlier.", "2021-05-10",
     "a year earlier", "2020-03"),
    ("Tencent Credit went live on January 31, 2018, and was withdrawn the next day.", None, "the next day",
     "2018-02-01"),
    # a span named by its end is dated by it
    ("The app served 300 million users in the 12 months to June 30.", "2020-09-01", "the 12 months to June 30",
     "2020-06-30"),
    # a weekday alone: the last one on or before the publication date
    ("The city government said on Monday that the score would expand.", "2019-11-08", "Monday", "2019-11-04"),
    # a month dated by a year phrase
    ("In March last year the court launched a map of debtors.", "2020-01-20", "March last year", "2019-03"),
    ("The platform had published 5 million records by February this year.", "2022-03-10", "February this year",
     "2022-02"),
    ("The bank's ratings were released in April of this year.", "2021-09-01", "April of this year", "2021-04"),
    # a part glued to its year or month by a hyphen
    ("About 300 firms held the top rating in mid-2019.", None, "mid-2019", "2019"),
    ("Weihai revised its score in late-2018.", None, "late-2018", "2018"),
    # "since" a month points back, whatever the tense of the clause
    ("Her score is 712 this month, up nine points since April.", "2021-03-10", "April", "2020-04"),
    # "last summer" written during a summer is the one before it
    ("The city launched the app last summer.", "2022-08-20", "last summer", "2021"),
    ("The city launched the app last summer.", "2022-11-20", "last summer", "2022"),
    # "last Friday" written on a Friday is the week before; "next Friday" the week after
    ("Last Friday, the bureau published new rules on credit repair.", "2021-11-19", "Last Friday", "2021-11-12"),
    ("The rules take effect next Friday.", "2021-11-19", "next Friday", "2021-11-26"),
    # a month inside a noun phrase names the thing's time, not a timetable's
    ("The March rules apply to every lender.", "2021-11-18", "March", "2021-03"),
    ("The commission said so in an October report.", "2021-11-18", "October", "2021-10"),
    # the weekend before the time of writing, at the precision of its month
    ("Regulators said over the weekend that the rules would change.", "2021-11-01", "over the weekend", "2021-10"),
    ("The bank launched the app in the spring.", "2021-11-18", "spring", "2021"),
    # halves and quarters of the year of writing
    ("The bureau will publish its next report in the first quarter.", "2024-01-20", "the first quarter", "2024"),
    ("The city will extend the score to its villages in the second half of the year.", "2021-04-02",
     "the second half of the year", "2021"),
]


@pytest.mark.parametrize("text, published, words, date", TIMES)
def test_time_expressions(claims_nlp, text, published, words, date):
    doc = run(claims_nlp, text, published)
    found = {e.text: e.date for e in doc._.time_expressions}
    assert found.get(words, "missing") == date, found


def test_that_same_year_takes_the_previous_date(claims_nlp):
    doc = run(claims_nlp, "In 2015, Beijing authorized eight companies. Ant Financial that same year "
                          "launched Sesame Credit.")
    same = [e for e in doc._.time_expressions if e.text == "that same year"][0]
    assert (same.date, same.resolved) == ("2015", "previous-date")


@pytest.mark.parametrize("text, words, date", [
    ("Shanghai adopted its rules in March 2017; the same month, Hangzhou published a draft.", "the same month",
     "2017-03"),
    ("Shanghai adopted its rules in 2017; that month, Hangzhou published a draft.", "that month", None),
    ("The city drafted its rules in May 2016 and adopted them the month after.", "the month after", "2016-06"),
    ("The bank froze the app in 2019, having trialled it the year before.", "the year before", "2018"),
])
def test_times_counted_from_the_date_before(claims_nlp, text, words, date):
    found = {e.text: e.date for e in run(claims_nlp, text, "2021-03-03")._.time_expressions}
    assert found.get(words, "missing") == date, found


def test_that_same_year_without_an_earlier_date_is_unresolved(claims_nlp):
    doc = run(claims_nlp, "Ant Financial that same year launched Sesame Credit.")
    assert [(e.date, e.resolved) for e in doc._.time_expressions] == [(None, "unresolved")]


def test_digits_that_are_no_calendar_date(claims_nlp):
    doc = run(claims_nlp, "Ant earned 20 billion yuan in the 2019-20 financial year.")
    assert "2019-20" not in [e.date for e in doc._.time_expressions]


@pytest.mark.parametrize("text", [
    "Officials said about 70 percent of shops are expected to fall into the top two grades.",
    "Lenders expect default rates on the platform to fall.",
])
def test_a_season_s_word_used_as_a_verb_is_no_time(claims_nlp, text):
    doc = run(claims_nlp, text, "2024-05-17")
    assert [e.text for e in doc._.time_expressions] == [] and dates(doc) == []


def test_no_time_in_connectives_or_numbers(claims_nlp):
    doc = run(claims_nlp, "At the same time, there is concern. It may march on. They came with $2015 and "
                          "2015 percent.")
    assert [e.text for e in doc._.time_expressions] == []


# -- dated events ------------------------------------------------------------------------------------

EVENTS = [
    pytest.param("In 2015, Beijing authorized eight private companies to develop systems of social "
                 "evaluation. Among these is Ant Financial Services, which that same year launched its "
                 "Sesame Credit rating system.", None, "launched",
                 dict(subject="Sesame Credit", object="Ant Financial", date="2015"),
                 id="launch-is-about-the-thing-launched"),
    pytest.param("In 2015, Beijing authorized eight private companies to develop systems of social "
                 "evaluation.", None, "licensed",
                 dict(subject="Chinese government", object="eight private companies", date="2015"),
                 id="licensed-agent-capital-stands-for-government"),
    pytest.param("The PBoC licensed Sesame Credit in 2015.", None, "licensed",
                 dict(subject="Sesame Credit", object="People's Bank of China", date="2015"),
                 id="licensed-theme-actor"),
    pytest.param("Since its introduction in 2015, Sesame Credit has rolled out to millions of Alipay users.",
                 None, "launched", dict(subject="Sesame Credit", date="2015"), id="event-noun-cataphora"),
    pytest.param("A new cyber security law, set to take effect on May 1, 2018, contains restrictions on "
                 "the use of personal information.", None, "scheduled",
                 dict(subject="cyber security law", subject_id=None, date="2018-05-01"), id="set-to-scheduled"),
    pytest.param("The new rules will take effect on June 1.", "2017-09-01", "scheduled",
                 dict(subject="rules", date="2018-06-01"), id="future-month-day"),
    pytest.param("In early February, Tencent succumbed to government pressure and froze development on "
                 "Tencent Credit.", "2018-03-15", "froze",
                 dict(subject="Tencent Credit", object="Tencent", date="2018-02"), id="froze-conjunct"),
    pytest.param("It was last August when the People’s Court exposed the indebted citizens.", "2018-06-28",
                 "blacklisted", dict(date="2017-08"), id="cleft"),
    pytest.param("Le Figaro mentions two press releases published last March by the Chinese National "
                 "Development and Reform Commission.", "2018-06-28", "published",
                 dict(subject="National Development and Reform Commission", object="two press releases",
                      date="2018-03"), id="participle-passive-agent"),
    pytest.param("The ambitious project, announced in 2014 by the State Council, will create an "
                 "enormous database.", None, "announced",
                 dict(subject="project", object="State Council", date="2014"), id="announced-definite-theme"),
    pytest.param("The State Council’s 2014 proposal for the social credit system was ambitious.", None,
                 "announced", dict(subject="Social Credit System", object="State Council", date="2014"),
                 id="event-noun-with-year"),
    pytest.param("In 2015, the Supreme People’s Court began to coordinate with Sesame Credit.", None, "began",
                 dict(subject="Supreme People's Court", object="coordinate with Sesame Credit", date="2015"),
                 id="began-agent"),
    pytest.param("Started in the beginning of 2015, Sesame credit is an independent credit information "
                 "company.", None, "began", dict(subject="Sesame Credit", date="2015"), id="fronted-participle"),
    pytest.param("The government’s rollout of its own social credit rating system by 2020 is the priority.",
                 None, "deadline", dict(subject="Social Credit System", date="2020"), id="deadline-by"),
    pytest.param("The government plans the rollout of its own social credit rating system by 2020.", None,
                 "deadline", dict(subject="Social Credit System", date="2020"), id="planned-event-noun"),
    pytest.param("A debtors’ database is predicted to be in place by the year’s end.", "2017-12-01",
                 "deadline", dict(subject="debtors’ database", date="2017-12-31"), id="deadline-year-end"),
    pytest.param("On June 1, the PRC’s new internet safety law took effect.", "2017-09-01", "took_effect",
                 dict(subject="internet safety law", date="2017-06-01"), id="owner-does-not-name-the-law"),
    pytest.param("In 2010, when real-name registration was being proposed for mobile phones, a survey "
                 "found that most people opposed it.", None, "announced",
                 dict(subject="real-name registration", date="2010"), id="when-clause"),
    pytest.param("As early as 2010, the county of Suining had established its own citizen-scoring system.",
                 None, "launched", dict(object="citizen-scoring system", date="2010"), id="its-own-object"),
]


GENERAL_EVENTS = [
    # the verb whose clause the dated verb completes ("began rating", "plans to extend")
    pytest.param("Weihai began rating its residents in 2013.", "2022-03-10", "began", dict(date="2013"), id="xcomp"),
    pytest.param("The city plans to extend the score to taxis next year.", "2019-11-08", "scheduled",
                 dict(date="2020"), id="planned-clause"),
    # the event noun a participle describes, or that is the verb's subject
    pytest.param("A poll of 500 drivers conducted by the city in May found support.", "2019-11-08", "published",
                 dict(date="2019-05"), id="acl-of-event-noun"),
    pytest.param("The only licence the central bank has granted went to Baihang Credit in May 2018.", "2020-09-01",
                 "licensed", dict(date="2018-05"), id="event-noun-subject"),
    pytest.param("In May 2018 the NDRC chose Weihai as a model city.", "2020-09-01", "licensed",
                 dict(date="2018-05"), id="selection"),
    pytest.param("The regulator picked Pudao Credit for its pilot in March 2016.", "2020-09-01", "licensed",
                 dict(date="2016-03"), id="selection-picked"),
    # reported speech: what someone said they "would" do on a day lies ahead of the saying
    pytest.param("Meituan said on Monday it would bar listed debtors from its bike service from June 1.",
                 "2021-03-10", "scheduled", dict(date="2021-06-01"), id="reported-would"),
    # "since" a participle that describes an actor: the state it describes began then
    pytest.param("Credit China, run by the NDRC since 2015, lists 3 million firms.", "2020-09-01", "began",
                 dict(date="2015"), id="since-participle"),
    # a fronted time the parser makes the root, with the sentence as its relative clause
    pytest.param("The bank declined in 2017 to license anyone. The following year it licensed Pudao Credit.",
                 "2020-09-01", "licensed", dict(date="2018", subject="Pudao Credit"), id="fronted-time-as-root"),
    # a date of publishing is the publisher's
    pytest.param("The State Council issued the outline in 2014.", None, "published",
                 dict(subject="State Council", date="2014"), id="publisher"),
    # a thing named by its owner only is the owner's
    pytest.param("Weihai’s scheme, introduced in 2013, was suspended in 2019.", None, "froze",
                 dict(subject="Weihai", date="2019"), id="owned-thing"),
    # "since" with a perfect, also when a bullet takes the phrase from its clause
    pytest.param("• Since 2018, local rules have multiplied.", None, "began", dict(date="2018"), id="since-bullet"),
    # a unit that is a multiple of another
    pytest.param("The State Council issued its planning outline a decade ago.", "2024-05-02", "published",
                 dict(subject="State Council", date="2014"), id="a-decade-ago"),
    # a date after its verb belongs to that verb, not to the verb coordinated with it
    pytest.param("The rules were drafted in the summer of 2018 and came into force this January.", "2020-04-01",
                 "proposed", dict(date="2018"), id="date-of-its-own-conjunct"),
    pytest.param("The rules were drafted in the summer of 2018 and came into force this January.", "2020-04-01",
                 "took_effect", dict(date="2020-01"), id="second-conjunct-keeps-its-date"),
    # adopting a law is its maker's act, like publishing it
    pytest.param("The Standing Committee of the National People's Congress passed the law in March 2021.", None,
                 "published", dict(date="2021-03"), id="passed-a-law"),
    pytest.param("Shenzhen expanded the scheme to all ten districts in late 2019.", None, "began",
                 dict(date="2019"), id="expanded"),
    # a month "of that year" takes the year named before it
    pytest.param("The bank shelved the plan in March 2017 and dropped it in August of that year.", None, "ended",
                 dict(date="2017-08"), id="month-of-that-year"),
    # a timetable in the present tense is ahead of the writer: the next such day, and planned
    pytest.param("The revised rules take effect on February 1.", "2021-11-18", "scheduled",
                 dict(date="2022-02-01"), id="present-tense-timetable"),
    pytest.param("The rules took effect on February 1.", "2021-11-18", "took_effect",
                 dict(date="2021-02-01"), id="past-tense-is-behind"),
    # forming a body and putting a service online start it
    pytest.param("The Cyberspace Administration, which was formed in May 2014, oversees platforms.", None,
                 "launched", dict(subject="Cyberspace Administration", date="2014-05"), id="formed"),
    pytest.param("The registry first went online in March 2015.", None, "launched", dict(date="2015-03"),
                 id="went-online"),
    # the most specific cue wins: signing an agreement begins a tie, signing a decree publishes it
    pytest.param("Hellobike signed a cooperation agreement with the city in 2019.", None, "began",
                 dict(subject="Hellobike", date="2019"), id="signed-an-agreement"),
    pytest.param("The premier signed the decree in 2014.", None, "published", dict(date="2014"), id="signed-a-decree"),
    # a licence is about the one it is given to
    pytest.param("The central bank gave Pudao Credit a licence in December 2020.", None, "licensed",
                 dict(subject="Pudao Credit", date="2020-12"), id="gave-a-licence"),
    pytest.param("The People's Bank of China issued a licence to Baihang Credit in 2018.", None, "licensed",
                 dict(subject="Baihang Credit", date="2018"), id="issued-a-licence"),
    # a verb's time the parser hangs on a name in its object's phrase
    pytest.param("Tenpay signed a cooperation agreement with Didi Chuxing in the autumn of 2022, under which "
                 "high scorers ride first.", None, "began", dict(subject="Tenpay", date="2022"), id="time-on-a-name"),
]

#: The time an activity took: its ends are when it began and when it ended.
SPANS = [
    ("Our team interviewed 48 couriers in Chengdu between October 2021 and March 2022.", ("2021-10", "2022-03")),
    ("The pilot ran from 2015 to 2018 in three districts.", ("2015", "2018")),
]


@pytest.mark.parametrize("text, ends", SPANS)
def test_the_ends_of_an_activity_s_time(claims_nlp, text, ends):
    doc = run(claims_nlp, text)
    assert (the_date(doc, "began").date, the_date(doc, "ended").date) == ends


@pytest.mark.parametrize("text", [
    "Regulators issued 40 regulations between 2014 and 2021.",  # a span of events an event word names
    "Using 1.2 million hospital visits recorded between January 2019 and June 2020, we find that queues fell.",
    # the years a title brackets, with a dash set in type
    "The system's founding document is the Planning Outline for the Construction of a Social Credit System "
    "(2014–2020).",
])
def test_spans_that_date_no_activity(claims_nlp, text):
    assert dates(run(claims_nlp, text)) == []


@pytest.mark.parametrize("text, published, predicate, expected", GENERAL_EVENTS)
def test_generalising_dated_events(claims_nlp, text, published, predicate, expected):
    claim = the_date(run(claims_nlp, text, published), predicate)
    assert {key: getattr(claim, key) for key in expected} == expected


@pytest.mark.parametrize("text", [
    pytest.param("By the end of 2021, more than 20 provinces and cities had passed rules of their own.",
                 id="counted-subject"),
    pytest.param("About 3.2 million people had paid up and been removed in 2019 alone.", id="counted-subject-conjunct"),
    # the parser may hang the subject on the time's phrase when no comma sets it off
    pytest.param("By the end of 2021 more than 20 provinces and cities had passed rules of their own.",
                 id="counted-subject-without-comma"),
    pytest.param("By the end of 2020, the app had been downloaded by over 50 million people.", id="counted-agent"),
    # a count this large is a statistic, not the participants of one event
    pytest.param("Courts in Hunan banned 25,000 debtors from flights in 2020.", id="statistic-count"),
    # a report of a present state dates its figure
    pytest.param("The bureau said in March that its records now cover more than 80 million firms.",
                 id="reported-present-state"),
])
def test_a_time_that_dates_a_counted_subject_is_no_event(claims_nlp, text):
    doc = run(claims_nlp, text, "2022-03-10")
    assert dates(doc) == [] and [c.as_of for c in doc._.claims if c.kind == "figure"]


def test_a_time_that_dates_a_figure_is_no_event(claims_nlp):
    doc = run(claims_nlp, "The platform had published more than 5 million records by February this year.",
              "2022-03-10")
    assert dates(doc) == []
    assert [c.as_of for c in doc._.claims if c.kind == "figure"] == ["2022-02"]


@pytest.mark.parametrize("text", [
    # what a verb of stopping keeps from happening, counted
    "Courts in Hunan have barred debtors from buying about 2 million train tickets since 2015.",
    "Since 2016 the court blacklist has stopped people from buying plane tickets 20 million times.",
    # what an open complement counts
    "Between 2018 and 2023 the list was used to block 12 million flights.",
    "The market for credit scores could grow 10 to 12 per cent a year until 2030.",
    # a number that is the object itself
    "By 2030 the number of firms on red lists shall exceed 2 million.",
    "The bureau expects sign-ups to pass 2 million by the end of the year.",
    # a figure a comparison names, which the parser hangs on the verb of saying
    "About 40 percent of users are now rated excellent, Wang said, up from 25 percent two years ago.",
    "Some 6 million people were on the list at the end of June, the court said, against a peak of 12 million "
    "in 2019.",
])
def test_a_time_that_dates_a_figure_of_a_complement_is_no_event(claims_nlp, text):
    assert dates(run(claims_nlp, text, "2025-05-14")) == []


@pytest.mark.parametrize("text, published, predicate, expected", EVENTS)
def test_dated_events(claims_nlp, text, published, predicate, expected):
    claim = the_date(run(claims_nlp, text, published), predicate)
    assert {key: getattr(claim, key) for key in expected} == expected


def test_deadline_and_planned_keep_the_event(claims_nlp):
    doc = run(claims_nlp, "The social credit scheme aims to go into effect by 2020.")
    assert the_date(doc, "deadline").extra["event"] == "took_effect"
    doc = run(claims_nlp, "A new law, set to take effect on May 1, 2018, restricts data use.")
    assert the_date(doc, "scheduled").extra["event"] == "took_effect"


def test_unresolved_date_is_null_with_its_words(claims_nlp):
    text = "In early February, Tencent succumbed to government pressure and froze development on Tencent Credit."
    unresolved = the_date(run(claims_nlp, text), "froze")
    resolved = the_date(run(claims_nlp, text, "2018-03-15"), "froze")
    assert unresolved.date is None
    assert unresolved.extra == {**unresolved.extra, "expression": "early February", "resolved": "unresolved",
                                "partial": "--02", "part": "early"}
    assert unresolved.confidence < resolved.confidence


def test_phrase_covers_cue_and_date_when_close(claims_nlp):
    doc = run(claims_nlp, "Since its introduction in 2015, Sesame Credit has grown. In early February, "
                          "Tencent succumbed to government pressure and froze development on Tencent Credit.",
              "2018-03-15")
    launched, froze = the_date(doc, "launched"), the_date(doc, "froze")
    assert doc.text[launched.phrase_start : launched.phrase_end] == "introduction in 2015"
    assert doc.text[froze.phrase_start : froze.phrase_end] == "froze"
    start, end = froze.extra["date_phrase"]
    assert doc.text[start:end] == "early February"


NOT_EVENTS = [
    pytest.param("Friday 29 March | Good Friday", id="banner-date"),
    pytest.param("Paul De Maeyer - published on June 28, 2018", id="byline"),
    pytest.param("ZHIMA CREDIT. Retrieved May 3, 2017", id="reference-entry"),
    pytest.param("© 2018 King & Spalding | Attorney Advertising", id="copyright"),
    pytest.param("The weather in October 2017 was mild.", id="no-event-cue"),
    pytest.param("The court put the number of people named since 2013 at 13 million.", id="since-participle-of-a-count"),
    pytest.param("The law of 2015 took effect.", id="date-of-a-noun-is-not-the-verbs"),
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_events(claims_nlp, text):
    assert dates(run(claims_nlp, text, "2018-06-28")) == []


@pytest.mark.parametrize("text, expected", [
    # the time of writing dates what is told as done, not how things stand
    ("Only two firms, Lianhe Credit and Harbour Credit, currently hold a personal credit-reporting licence.", []),
    ("Most of our clients currently expect a grade of B.", []),
    ("At present, 42 shops have joined the scheme.", []),
    ("I would put the number of active schemes today at about ten.", []),
    ("Qilin Data today announced a partnership with Harbour Bank.", [("announced", "2024-05-17")]),
    ("The court has today launched a search page for the list.", [("launched", "2024-05-17")]),
])
def test_the_time_of_writing_dates_only_what_is_told_as_done(claims_nlp, text, expected):
    assert [(c.predicate, c.date) for c in dates(run(claims_nlp, text, "2024-05-17"))] == expected


def test_publication_verb_with_a_subject_is_an_event(claims_nlp):
    """The byline rule needs a subjectless line: the same cue in a sentence is an event."""
    doc = run(claims_nlp, "The court published the list on June 28, 2018.")
    assert the_date(doc, "published").date == "2018-06-28"


# -- the seeds ---------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def seed_docs(claims_nlp):
    docs = {}
    for name, (start, end, published) in SEED_ARTICLES.items():
        raw = (SOURCES / name).read_text(encoding="utf-8")
        docs[name] = run(claims_nlp, raw[raw.index(start) : raw.index(end) + len(end)], published)
    return docs


SEED_DATES = [
    ("king-spalding-2018-social-credit-roadblock.txt", "launched", "introduction in 2015",
     dict(subject="Sesame Credit", date="2015")),
    ("aleteia-2018-social-credit-system.txt", "launched", "that same year launched",
     dict(subject="Sesame Credit", object="Ant Financial", date="2015")),
    ("king-spalding-2018-social-credit-roadblock.txt", "scheduled", "take effect on May 1, 2018",
     dict(subject="cyber security law", date="2018-05-01")),
    ("king-spalding-2018-social-credit-roadblock.txt", "froze", "froze",
     dict(subject="Tencent Credit", object="Tencent", date="2018-02")),
    ("aleteia-2018-social-credit-system.txt", "published", "published last March",
     dict(subject="National Development and Reform Commission", date="2018-03")),
    ("aleteia-2018-social-credit-system.txt", "announced", "announced in 2014",
     dict(subject="Social Credit System", date="2014")),  # "The ambitious project": the system the text is about
]


@pytest.mark.parametrize("source, predicate, words, expected", SEED_DATES,
                         ids=[f"{p}:{w}" for _, p, w, _ in SEED_DATES])
def test_seed_dates(seed_docs, source, predicate, words, expected):
    doc = seed_docs[source]
    found = [c for c in dates(doc) if c.predicate == predicate and doc.text[c.phrase_start : c.phrase_end] == words]
    assert found, [(c.predicate, doc.text[c.phrase_start : c.phrase_end]) for c in dates(doc)]
    assert {key: getattr(found[0], key) for key in expected} == expected


def test_raw_seed_furniture_makes_no_dates(claims_nlp):
    """Over whole captures, banner dates, bylines and reference entries give no date claim."""
    for name, published in (("aleteia-2018-social-credit-system.txt", "2018-06-28"), ("sesame-credit-blog.txt", None)):
        doc = run(claims_nlp, (SOURCES / name).read_text(encoding="utf-8"), published)
        quotes = [doc.text[c.quote_start : c.quote_end] for c in dates(doc)]
        assert quotes, "the articles do have dated events"
        for furniture in ("Friday 29 March", "published on 06/28/18", "Retrieved", "Lenten Campaign 2024"):
            assert not [q for q in quotes if furniture in q], furniture


# -- cues and resolutions added with the gold reconciliation ---------------------------------------

MORE_EVENTS = [
    pytest.param("In 2016, the central bank offered three lenders the opportunity to trial credit scoring.",
                 None, "licensed", "2016", id="offer-opportunity-to-trial"),
    pytest.param("In 2016, the regulator assigned the task of running pilots to three lenders.", None, "licensed",
                 "2016", id="assign-the-task"),
    pytest.param("The plan was given a decisive push last March.", "2019-06-01", "began", "2019-03", id="give-push"),
    pytest.param("Tencent showed its scoring app in an exhibition in Shenzhen in May 2018.", None, "exhibited",
                 "2018-05", id="exhibition-noun"),
    pytest.param("Since last winter, we have rarely used cash.", "2019-06-01", "began", "2019",
                 id="since-and-perfect"),
    # a text dated only to a year: a month without a year is in that year; "last" stays open
    pytest.param("On March 3, the new rules took effect.", "2019", "took_effect", "2019-03-03",
                 id="month-in-the-publication-year"),
    pytest.param("In early April, the company froze the project.", "2019", "froze", "2019-04",
                 id="part-of-month-in-the-publication-year"),
    pytest.param("The company froze the project last April.", "2019", "froze", None, id="last-month-year-only"),
    # a state phrase with no verb dates its event
    pytest.param("Under the Ministry of Commerce rules, in force since March 1, 2017, exporters are rated.",
                 "2019-03-04", "took_effect", "2017-03-01", id="in-force-since"),
    pytest.param("The State Council wants a national credit register in place by 2022.", "2019-03-04",
                 "deadline", "2022", id="in-place-by"),
    pytest.param("The register is to be completed by the end of 2021.", "2019-03-04", "deadline", "2021-12-31",
                 id="completed-by-the-end-of"),
]


def test_a_month_in_the_past_perfect_is_in_the_year_of_the_story(claims_nlp):
    text = ("Li Na sold shoes in Wuhan. In March 2016 a supplier sued her.\n\n"
            "She learned later that in May the Wuhan court had added her to the list of dishonest debtors.\n\n"
            "The court said in June that the list was growing.")
    doc = run(claims_nlp, text, "2019-03-04")
    found = {c.extra["expression"]: c.date for c in dates(doc)}
    assert found["May"] == "2016-05"  # the story's year
    assert found["June"] == "2018-06"  # the news: the last June before writing


def test_a_story_dated_by_a_year_phrase(claims_nlp):
    text = "In March last year a supplier sued Li Na. She learned later that in May the court had banned her."
    found = {c.extra["expression"]: c.date for c in dates(run(claims_nlp, text, "2019-10-28"))}
    assert found["May"] == "2018-05"  # the story's year, not the last May before writing


@pytest.mark.parametrize("text, published, predicate, date", MORE_EVENTS)
def test_more_dated_events(claims_nlp, text, published, predicate, date):
    doc = run(claims_nlp, text, published)
    assert [(c.predicate, c.date) for c in dates(doc)] == [(predicate, date)]


def test_reduced_relative_participle_dates_the_noun_before(claims_nlp):
    doc = run(claims_nlp, "The slogan was central to the “credit city campaign,” launched by the city "
                          "council in 2016 and copied widely.")
    assert [(c.predicate, c.subject, c.date) for c in dates(doc)] == [("launched", "credit city campaign", "2016")]


def test_event_noun_in_a_phrase_takes_the_clause_participants(claims_nlp):
    doc = run(claims_nlp, "The banker Jack Ma was blunt—in a 2016 speech, he called data oil.")
    assert [(c.predicate, c.subject, c.date) for c in dates(doc)] == [("said", "Jack Ma", "2016")]


@pytest.mark.parametrize("text, published, expected", [
    # a plan's weekday lies ahead of the time of writing, whatever the tense
    ("The regulator said the vote, which had been scheduled for Friday, was postponed.", "2021-03-03",
     ("scheduled", "2021-03-05")),
    # a number sizing one thing ("a $2 billion deal") does not make the date a figure's as-of
    ("Acme's $2 billion share sale was halted on Tuesday.", "2021-03-03", ("froze", "2021-03-02")),
    ("The app was taken offline on Monday night.", "2021-03-03", ("froze", "2021-03-01")),
    ("Kestrel Bank partnered with the city in May 2016.", "2021-03-03", ("began", "2016-05")),
])
def test_weekdays_of_plans_sized_things_and_more_event_verbs(claims_nlp, text, published, expected):
    doc = run(claims_nlp, text, published)
    assert [(c.predicate, c.date) for c in dates(doc)] == [expected]


def test_a_follower_repeats_the_event_dated_before(claims_nlp):
    doc = run(claims_nlp, "Rules differ by region. Hubei passed a credit law in 2019, and Anhui followed in 2020.",
              "2021-03-03")
    assert [(c.predicate, c.subject, c.date) for c in dates(doc)] == [
        ("published", "Hubei", "2019"), ("published", "Anhui", "2020")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Hangzhou launched its score in 2018. Suzhou followed suit in 2019.",
                 [("launched", "Hangzhou", "2018"), ("launched", "Suzhou", "2019")], id="followed-suit"),
    pytest.param("Rongcheng introduced points in 2014; Xinhe did the same in 2018.",
                 [("launched", "Rongcheng", "2014"), ("launched", "Xinhe", "2018")], id="did-the-same-after-an-event"),
])
def test_followers_and_pro_verbs_repeat_the_event_before(claims_nlp, text, expected):
    doc = run(claims_nlp, text, "2021-03-03")
    assert [(c.predicate, c.subject, c.date) for c in dates(doc)] == expected


def test_following_an_unrelated_paragraph_or_an_object_is_no_event(claims_nlp):
    doc = run(claims_nlp, "Critics followed the debate in 2020.", "2021-03-03")
    assert [c.method for c in dates(doc) if c.method.startswith("date/follows")] == []


def test_a_shift_after_an_ended_event_dates_the_stop(claims_nlp):
    doc = run(claims_nlp, "Norway ended its trial in April 2019, and Chile stopped accepting scores a year later.",
              "2021-03-03")
    assert [(c.predicate, c.subject, c.date) for c in dates(doc)] == [
        ("ended", "Norway", "2019-04"), ("ended", "Chile", "2020-04")]


@pytest.mark.parametrize("text, expected", [
    # a few participants are the event's
    pytest.param("The regulator banned eight lenders in 2020.", [("blacklisted", "2020")], id="small-count"),
    # the subject's own verb, misread as a participle modifying it, is the fronted date's event
    pytest.param("In June 2017, Harbor Pay partnered with the Danish consulate so that applicants with a score of "
                 "650 or above no longer had to show payslips.", [("began", "2017-06")], id="misread-participle"),
    # a report and an estimate are statements
    pytest.param("Xinhua reported in January that 3 million debtors had been removed from the list.",
                 [("said", "2022-01")], id="reported"),
    pytest.param("In 2019 the bureau put the number at more than 300 million.", [("said", "2019")], id="put-the-number"),
    # a report of a present state: the time dates the state, no statement is dated
    pytest.param("The Daily Ledger reported last year that the group runs two payment apps.", [],
                 id="reported-present-state"),
    # a report of what happened keeps the report's date
    pytest.param("About 2.1 million debtors have repaid their loans, the court said in March.", [("said", "2022-03")],
                 id="reported-past-event"),
    # a date inside the second of two coordinated clauses is that clause's alone
    pytest.param("The court banned the company in 2019, and in 2020 a local bank reviewed its loans.",
                 [("blacklisted", "2019")], id="date-of-a-later-conjunct-clause"),
])
def test_counted_participants_reports_and_conjunct_clauses(claims_nlp, text, expected):
    doc = run(claims_nlp, text, "2022-05-10")
    assert [(c.predicate, c.date) for c in dates(doc)] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the end of a time someone is allowed: a deadline, ahead of the writer when in the present
    pytest.param("Ms Chen, for her part, has until March to repay the remaining 80,000 yuan.", "2021-11-02",
                 [("deadline", "Ms Chen", "2022-03")], id="has-until"),
    pytest.param("The debtors were given until 2020 to settle.", "2019-11-02", [("deadline", "debtors", "2020")],
                 id="given-until"),
    # "until" that ends an activity is no allowance: the activity ended then
    pytest.param("The pilot ran until 2020.", "2021-11-02", [("ended", "pilot", "2020")], id="until-ends-a-state"),
])
def test_a_time_allowed_is_a_deadline(claims_nlp, text, published, expected):
    doc = run(claims_nlp, text, published)
    assert [(c.predicate, c.subject, c.date) for c in dates(doc)] == expected


@pytest.mark.parametrize("text, expected", [
    # a pro-verb repeats an act named before
    pytest.param("Points schemes are spreading. “Weihai did this first, with 500 points, in 2013.”",
                 [("began", "Weihai", "2013")], id="did-this"),
    pytest.param("Suzhou did the same in 2016.", [("began", "Suzhou", "2016")], id="did-the-same"),
])
def test_a_pro_verb_is_a_dated_act(claims_nlp, text, expected):
    doc = run(claims_nlp, text, "2020-01-01")
    assert [(c.predicate, c.subject, c.date) for c in dates(doc)] == expected


def test_no_date_from_any_sentence_of_a_numbered_reference(claims_nlp):
    text = ("Kestrel Pay launched its score in 2016.\n\nReferences\n"
            "[1] Kestrel Pay (2016). “Scores for all.” Press release, 2 May 2016.\n"
            "[2] Lin, J. (2019). Scoring the city. Retrieved 4 June 2020.")
    assert [(c.predicate, c.date) for c in dates(run(claims_nlp, text, "2021-03-01"))] == [("launched", "2016")]


def test_a_month_after_a_month_of_an_earlier_year_continues_its_story(claims_nlp):
    text = ("In April last year the district court put her on the list, and in July the phone company, at "
            "the court’s request, changed her ringtone. The rules were revised in May 2017, and in March "
            "the city scrapped the fee.")
    doc = run(claims_nlp, text, "2019-10-28")
    found = {e.text: e.date for e in doc._.time_expressions}
    assert found["July"] == "2018-07"  # after April 2018, in the same sentence
    assert found["March"] == "2019-03"  # earlier in the calendar than May: no sequel, the last March


def test_the_list_by_other_names_and_a_name_that_is_its_owners(claims_nlp):
    doc = run(claims_nlp, "Zhang Wei sold shoes in Wuhan. In May 2016 the county court added his name to the "
                          "national register of defaulters.", "2019-10-28")
    assert [(c.predicate, c.subject, c.date) for c in dates(doc)] == [("blacklisted", "Zhang Wei", "2016-05")]


@pytest.mark.parametrize("text, expected", [
    # targets, reports and studies, going offline
    # a document dated by its year is a dated publication (gold: "The State Council's 2014 planning outline")
    pytest.param("The 2016 outline set a 2020 deadline for the register.", [("published", "2016"), ("deadline", "2020")],
                 id="deadline-noun"),
    pytest.param("The central government set 2018 as the target year for the register.", [("deadline", "2018")],
                 id="set-as-the-target-year"),
    pytest.param("A firm that misses its annual filing deadline of April 30 is listed.", [], id="recurring-deadline"),
    pytest.param("A 2019 report by Human Rights Watch found that the list had grown.", [("published", "2019")],
                 id="report-noun"),
    pytest.param("A 2018 study by researchers at Fudan University found broad support.", [("published", "2018")],
                 id="study-noun"),
    pytest.param("The platform went offline in late 2019.", [("froze", "2019")], id="went-offline"),
    pytest.param("The closure of the pilot in March 2020 surprised users.", [("ended", "2020-03")], id="closure-noun"),
    pytest.param("After its relaunch in 2019, the score grew quickly.", [("launched", "2019")], id="relaunch-noun"),
])
def test_targets_reports_and_more_event_words(claims_nlp, text, expected):
    doc = run(claims_nlp, text, "2020-09-15")
    assert [(c.predicate, c.date) for c in dates(doc)] == expected


@pytest.mark.parametrize("text, expected", [
    # a time between a reporting verb and its clause's subject is the report's
    pytest.param("HANGZHOU - The city government said on Tuesday it would widen the score to taxis.",
                 [("said", "2020-09-15")], id="said-on-tuesday-it-would"),
    # a tally reached by a time dates a figure, however small
    pytest.param("By early 2019, 20 cities had joined the scheme.", [], id="tally-by-a-time"),
    pytest.param("By 2018, the city had launched its app.", [("deadline", "2018")], id="done-by-a-time"),
    # the text speaking of itself
    pytest.param("This article was first published in 2019.", [], id="this-article"),
    # a plan's date
    pytest.param("The listing, which was set for November 5, was halted.", [("scheduled", "2020-11-05")],
                 id="set-for"),
])
def test_reports_tallies_bylines_and_plans(claims_nlp, text, expected):
    doc = run(claims_nlp, text, "2020-09-15")
    assert [(c.predicate, c.date) for c in dates(doc)] == expected


@pytest.mark.parametrize("text, expected", [
    # a light verb takes its meaning from the event noun it has as object
    pytest.param("Pudao Credit received a licence in December 2019.", [("licensed", "Pudao Credit", "2019-12")],
                 id="received-a-licence"),
    pytest.param("The court reviewed the report in May.", [], id="not-a-light-verb"),
    # an event noun as the theme: what it is about
    pytest.param("Weihai completed the rollout of the Weihai Score in 2019.",
                 [("launched", "Weihai Score", "2019")], id="rollout-of"),
])
def test_light_verbs_and_event_nouns_as_themes(claims_nlp, text, expected):
    doc = run(claims_nlp, text, "2020-09-15")
    assert [(c.predicate, c.subject, c.date) for c in dates(doc)] == expected


@pytest.mark.parametrize("text, expected", [
    # a verb the lemmatiser misreads is still its event ("fined" -> "fin")
    pytest.param("The court fined the firm in March.", [("blacklisted", "2021-03")], id="fined"),
    pytest.param("Tencent relaunched the score in 2019.", [("launched", "2019")], id="relaunched"),
    # an amount of money is what the penalty is, not a count of participants
    pytest.param("The company was fined 50,000 yuan in May 2020.", [("blacklisted", "2020-05")], id="fined-money"),
])
def test_inflections_and_amounts(claims_nlp, text, expected):
    doc = run(claims_nlp, text, "2021-11-18")
    assert [(c.predicate, c.date) for c in dates(doc)] == expected


@pytest.mark.parametrize("text, expected", [
    # the words of legal and policy texts
    pytest.param("The Measures will apply from 1 October 2019.", [("scheduled", "2019-10-01")], id="apply-from"),
    pytest.param("The Opinions were circulated on July 16.", [("published", "2019-07-16")], id="circulated"),
    pytest.param("The Notice, dated 5 June 2019, requires platforms to share data.", [("published", "2019-06-05")],
                 id="dated"),
    pytest.param("The county's points scheme dates back to 2014.", [("launched", "2014")], id="dates-back"),
    pytest.param("The Measures, effective from 1 May 2018, rate importers.", [("took_effect", "2018-05-01")],
                 id="effective-from"),
    # a time after "after" bounds a condition, one after "until" a state
    pytest.param("The rules apply to contracts signed after 1 March 2019.", [], id="bound-of-a-condition"),
    pytest.param("The old rules remained in force until 2018.", [], id="bound-of-a-state"),
    pytest.param("The licence is valid until 2023.", [], id="valid-until"),
    pytest.param("Not until 2019 did the city abolish the fee.", [("ended", "2019")], id="not-until"),
])
def test_policy_texts(claims_nlp, text, expected):
    doc = run(claims_nlp, text, "2019-09-24")
    assert [(c.predicate, c.date) for c in dates(doc)] == expected


@pytest.mark.parametrize("text, predicate, date, subject", [
    # unnamed rules are their issuer's: the maker an earlier mention names, else who reports them
    pytest.param("Draft rules published by the People's Bank of China in February would cap the fees of "
                 "credit bureaus. The rules are expected to take effect in 2025.", "scheduled", "2025",
                 "People's Bank of China", id="rules-named-before"),
    pytest.param("The Ministry of Finance said on Monday that the measures would take effect on July 1.",
                 "scheduled", "2024-07-01", "Ministry of Finance", id="measures-reported"),
    # a person who reports rules does not issue them; rules nobody issued stay a thing
    pytest.param("Zhang Wei said the rules would take effect in July.", "scheduled", "2024-07", "rules",
                 id="person-reports"),
    pytest.param("The new rules will take effect on July 1.", "scheduled", "2024-07-01", "rules", id="no-issuer"),
    # of two subjects the parser gave one verb, the nearest before it is its own
    pytest.param("Consultation closed in March; the rules drafted by the People's Bank of China are expected to "
                 "take effect in 2025.", "scheduled", "2025", "People's Bank of China", id="two-subjects-semicolon"),
    pytest.param("A spokesman for the regulator, Liu Qiang, told reporters on Friday that the review was over.",
                 "said", "2024-05-31", "Liu Qiang", id="role-noun-and-name"),
])
def test_a_date_of_unnamed_rules_or_a_role_is_an_actor_s(claims_nlp, text, predicate, date, subject):
    doc = run(claims_nlp, text, "2024-06-01")
    assert [c.subject for c in dates(doc) if c.predicate == predicate and c.date == date] == [subject]


def test_a_byline_line_with_other_items_is_no_event(claims_nlp):
    doc = run(claims_nlp, "Scores at the school gate\nPublished March 3, 2024 · 42 min listen\n\nThe city launched "
                          "its score in 2019.")
    assert [(c.predicate, c.date) for c in dates(doc)] == [("launched", "2019")]


# -- genres the project has had little of: notices, press releases, forums, digests ---------------

@pytest.mark.parametrize("text, expected", [
    # dates written in figures: year first, or day and month in the order only one reading allows
    pytest.param("The rules were published on 15/06/2022.", [("published", "2022-06-15")], id="day-first-figures"),
    pytest.param("The rules were published on 06/15/2022.", [("published", "2022-06-15")], id="month-first-figures"),
    pytest.param("The notice was issued on 2021/3/9.", [("published", "2021-03-09")], id="year-first-figures"),
    pytest.param("The rules were published on 05/06/2022.", [("published", "2022")], id="either-way-round"),
    # a named year after a part of "the year"
    pytest.param("Enforcement started in the third quarter of 2021.", [("began", "2021")], id="quarter-of-a-year"),
    # a verb of beginning or ending governs the act it begins or ends
    pytest.param("The city stopped publishing the list in 2022.", [("ended", "2022")], id="stopped-doing"),
    pytest.param("The programme expired at the end of 2020.", [("ended", "2020-12-31")], id="expired"),
    # a copula and an adjective of an event: "shall be effective as of"
    pytest.param("These Measures shall be effective as of July 1, 2021.", [("took_effect", "2021-07-01")],
                 id="be-effective-as-of"),
    # "today" is the day of writing (a press release's dateline)
    pytest.param("Acme Credit today announced a partnership with a regional bank.", [("announced", "2024-05-17")],
                 id="today-announced"),
    # not events: a condition, a recurring day, a phrasal verb that is another verb, a notice's date line
    pytest.param("If the rules were adopted in 2025, firms would have to comply.", [], id="condition"),
    pytest.param("The newsletter is published every Monday.", [], id="every-monday"),
    pytest.param("I signed up for the city app back in 2019 and my score went up.", [], id="signed-up"),
    pytest.param("Issued on 15 June 2022", [], id="notice-date-line"),
    pytest.param("The Interim Measures issued on 15 June 2022 are hereby repealed.", [("published", "2022-06-15")],
                 id="issued-with-a-subject"),
])
def test_dates_of_notices_releases_and_forums(claims_nlp, text, expected):
    doc = run(claims_nlp, text, "2024-05-17")
    assert sorted((c.predicate, c.date) for c in dates(doc)) == sorted(expected)


def test_beginning_an_act_is_about_what_the_act_is_about(claims_nlp):
    doc = run(claims_nlp, "Rongcheng began testing the Honest Rongcheng system in 2013.", "2022-05-10")
    assert [(c.predicate, c.date, c.subject) for c in dates(doc)] == [("began", "2013", "Honest Rongcheng")]


def test_a_bare_common_noun_gives_way_to_the_actor_of_the_passage(claims_nlp):
    """ "the system", "the notice": one word names nothing a reader could look up."""
    doc = run(claims_nlp, "Rongcheng began testing the system in 2013.", "2022-05-10")
    assert [(c.predicate, c.date, c.subject) for c in dates(doc)] == [("began", "2013", "Rongcheng")]


@pytest.mark.parametrize("text", [
    pytest.param("The center's annual report for 2018 found errors in the list.", id="report-for-a-year"),
    pytest.param("The 2018 Annual Report on Debtors found errors in the list.", id="annual-report-of-a-year"),
    pytest.param("The city launched its score in 2019.\n\nSources\n1. Example Credit Center, “2017 Yearly Review of "
                 "Scores”, March 2018.\n2. Example Court, press release, 12 December 2023.\n", id="sources-list"),
])
def test_periods_and_reference_lists_date_no_event(claims_nlp, text):
    doc = run(claims_nlp, text, "2024-05-17")
    assert [(c.predicate, c.date) for c in dates(doc) if c.date != "2019"] == []


def test_a_time_after_an_appositive_is_the_verb_s(claims_nlp):
    doc = run(claims_nlp, "The bank declined to license the eight firms in 2017. It licensed Beacon Credit, a joint "
                          "venture of the eight, the following year.", "2022-05-10")
    assert ("licensed", "2018") in [(c.predicate, c.date) for c in dates(doc)]


@pytest.mark.parametrize("text, predicate, date", [
    # years and days said aloud, as a transcript writes them
    ("PRIYA: Tencent Credit got shut down within a day in twenty eighteen.", "ended", "2018"),
    ("PRIYA: The court started the list back in twenty thirteen.", "began", "2013"),
    ("HOST: It was launched in two thousand and fifteen, I think.", "launched", "2015"),
    ("HOST: The plan was adopted in nineteen ninety-eight.", "published", "1998"),
    ("PRIYA: The listing was halted on November third, twenty twenty.", "froze", "2020-11-03"),
])
def test_spoken_years_and_days(claims_nlp, text, predicate, date):
    assert the_date(run(claims_nlp, text, "2024-05-17"), predicate).date == date


@pytest.mark.parametrize("text", [
    "We counted twenty eighteen-year-olds in the queue.",  # a count, not a year
    "Scores of twenty twenty were common on the old scale.",  # no preposition of time before it
])
def test_number_words_that_are_no_spoken_year(claims_nlp, text):
    assert dates(run(claims_nlp, text, "2024-05-17")) == []


@pytest.mark.parametrize("text, expected", [
    ("The credit bureau was set up in March.", [("launched", "2024-03")]),  # "set up" is no plan ("is set to")
    ("The Tongrui scheme was paused for six months in 2022.", [("froze", "2022")]),
    ("The draft rules were put out for consultation in January.", [("proposed", "2024-01")]),
    ("Qilin Pay renewed its licence in May 2021.", [("licensed", "2021-05")]),
    # "listed" alone is a listing on a blacklist only in a text about blacklists
    ("Courts keep a blacklist of dishonest judgment debtors. Wang Fang runs a noodle shop. She was listed in 2019.",
     [("blacklisted", "2019")]),
    ("Ant Group was to be listed in Shanghai and Hong Kong in November 2020.", []),
    ("Courts keep a blacklist of dishonest judgment debtors. Ant Group's listing was planned for 2020.", [("scheduled", "2020")]),
])
def test_event_verbs_of_ordinary_reporting(claims_nlp, text, expected):
    found = [(c.predicate, c.date) for c in dates(run(claims_nlp, text, "2024-05-17"))]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("If Beijing wanted a single score, it could have built one by 2020.", []),  # what could have been
    ("Ant could have launched the product in 2016 but waited.", []),
    ("The bank said it would have completed the system by 2020.", [("deadline", "2020")]),  # a reported plan
    # a career told with "since" dates no saying; a saying a time's clause tells is dated
    ("Ruth Calder is the Review's China correspondent. She has reported from Beijing since 2016.", []),
    ("The centre has published no figure since 2020, when it said 23 million trips were blocked.", [("said", "2020")]),
])
def test_no_event_that_only_could_have_been_nor_a_career_since(claims_nlp, text, expected):
    assert [(c.predicate, c.date) for c in dates(run(claims_nlp, text, "2023-05-14"))] == expected


LAW_ALERT = """Client alert: the Measures for the Credit Grading of Logistics Firms

The Ministry of Transport issued the Measures for the Credit Grading of Logistics Firms on 2 May 2024. The Measures grade every licensed carrier from A to D.

Key points
- Every carrier will receive a grade from 1 October 2024.
- Carriers must file a self-assessment form by 31 January 2025.

The Measures replace a patchwork of provincial rules.
"""


def test_a_provision_with_no_actor_is_the_law_s_the_text_is_about(claims_nlp):
    found = {(c.predicate, c.date): c.subject for c in dates(run(claims_nlp, LAW_ALERT, "2024-06-01"))}
    law = "Measures for the Credit Grading of Logistics Firms"
    assert found[("took_effect", "2024-10-01")] == law and found[("deadline", "2025-01-31")] == law
    assert found[("published", "2024-05-02")] == "Ministry of Transport"  # its publisher's, as ever
