"""Metadata inferred from text captures: one test per rule, then the seeds."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.metadata import (
    Vocabulary,
    find_dates,
    find_license,
    infer_metadata,
    is_person_name,
    normalize_date,
    parse_date,
    split_authors,
)

SOURCES = Path(__file__).resolve().parent.parent / "corpus" / "sources"
#: A first paragraph that ends the header zone, so bylines and titles sit above it.
BODY = "\n\n".join([
    "Sesame Credit, the scoring service of Ant Financial, rates users between 350 and 950 and "
    "offers deposit-free rentals to those above 650, according to the company.",
    "The score draws on credit history, the ability to fulfil contracts, personal information, "
    "behaviour and preferences, and relationships with other users of the Alipay app.",
    "Critics say that people with low scores, or with no smartphone at all, are being left behind "
    "as more services are offered only to those with a high score.",
    "The People’s Bank of China has not yet granted any of the eight pilot companies a licence to "
    "operate as a personal credit bureau, citing conflicts of interest.",
])


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


def capture(*header: str, body: str = BODY, footer: tuple[str, ...] = ()) -> str:
    return "\n".join([*header, "", body, "", *footer]) + "\n"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "text, expected",
    [
        ("published on 06/28/18", "2018-06-28"),  # US month/day/year
        ("13/06/2018", "2018-06-13"),  # a first number over 12 can only be a day
        ("28.06.2018", "2018-06-28"),  # dots: day first
        ("Published: 24 February 2018", "2018-02-24"),
        ("Date 24 February 2018", "2018-02-24"),
        ("March 3, 2018", "2018-03-03"),
        ("Sept. 3rd 2018", "2018-09-03"),
        ("2018-03-03", "2018-03-03"),
        ("2018-03-03T08:30:00+08:00", "2018-03-03"),
        ("Updated 5 Mar 2018, 10:42", "2018-03-05"),
        ("November 4, 20205:41 AM GMT+8Updated 4 years ago", "2020-11-04"),  # date and time cells glued
        ("4 November 202011:41 AM GMT+8", "2020-11-04"),
        ("June 2018", "2018-06"),
        ("2018年3月3日", "2018-03-03"),
        ("2018年3月", "2018-03"),
        ("Friday 29 March |", None),  # no year: a site banner, not a date
        ("02/30/2018", None),  # no such day
        ("in 2020", None),  # a bare year is not a dateline
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_find_dates_reads_each_date_once_left_to_right():
    dates = find_dates("First published March 3, 2018; updated 2018-03-05")
    assert [d.iso for d in dates] == ["2018-03-03", "2018-03-05"]
    assert dates[0].text == "March 3, 2018"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2019/7", "2019-07"),
        ("2019/07/15/", "2019-07-15"),
        ("2019///Spring", "2019"),
        ("2018-05-14T08:30:00+08:00", "2018-05-14"),
        ("July 2019", "2019-07"),
        ("2019", "2019"),
        ("2019/13", "2019"),  # an impossible month keeps only the year
        ("", None),
        ("n.d.", None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize(
    "header, expected, note",
    [
        (("China tightens its blacklist rules", "Paul Chan - published on 06/28/18"), "2018-06-28", "published on 06/28/18"),
        (("China tightens its blacklist rules", "Published: 24 February 2018"), "2018-02-24", "Published: 24 February 2018"),
        (("China tightens its blacklist rules", "Date 24 February 2018"), "2018-02-24", "Date 24 February 2018"),
        (("China tightens its blacklist rules", "By Jane Doe | March 3, 2018"), "2018-03-03", "March 3, 2018"),
        (("China tightens its blacklist rules", "2018-03-03"), "2018-03-03", "2018-03-03"),
        (("China tightens its blacklist rules", "Mei Lin", "Posted on March 3, 2018 at 10:30"), "2018-03-03", "Posted on"),
        # wire datelines: a time, a time zone, a relative update after the date
        (("China tightens its blacklist rules", "JANUARY 15, 2020 / 9:14 AM / UPDATED 2 HOURS AGO", "Lin Wei"),
         "2020-01-15", "JANUARY 15, 2020 / 9:14 AM"),
        (("China tightens its blacklist rules", "By Lin Wei", "15 January 2020 09:14 GMT"), "2020-01-15", "09:14 GMT"),
        (("China tightens its blacklist rules", "Wed 15 Jan 2020 09.14 GMT"), "2020-01-15", "Wed 15 Jan"),
        (("China tightens its blacklist rules", "By Lin Wei", "January 15, 2020 at 9:14 a.m. EST"), "2020-01-15", "a.m. EST"),
        (("China tightens its blacklist rules", "Published 9:14 AM EST, Wed January 15, 2020"), "2020-01-15", "Published"),
        # a capture that glues the date, the time and the update cells together
        (("China tightens its blacklist rules", "By Lin Wei", "January 15, 20209:14 AM GMT+8Updated 2 years ago"),
         "2020-01-15", "GMT+8Updated"),
        (("China tightens its blacklist rules", "Posted on 22 June 2021 by Emma Clarke"), "2021-06-22", "Posted on"),
        # a forum's byline writes the date after the poster's name
        (("Deposit waived at my hotel!", "Posted by lanzhou_lou on 4 May 2018, 22:10"), "2018-05-04", "Posted by"),
        (("Deposit waived at my hotel!", "Written by Mei Lin on March 3, 2018"), "2018-03-03", "Written by"),
        # a wire service's dateline: the place in capitals, the date, the agency
        (("China tightens its blacklist rules", "By Lin Wei", "HONG KONG, March 3, 2019 (Reuters)"), "2019-03-03",
         "HONG KONG, March 3"),
        (("China tightens its blacklist rules", "ST. LOUIS, 4 Nov 2021 (AP) -"), "2021-11-04", "ST. LOUIS"),
        # a legislature's record: the day of the debate after the volume's number; a speech's delivery
        (("Credit Scoring in China", "Volume 655: debated on Tuesday 12 March 2019"), "2019-03-12", "debated on"),
        (("Remarks on China's credit rules", "Delivered on 4 June 2019"), "2019-06-04", "Delivered on"),
    ],
)
def test_publication_date_from_datelines(vocab, header, expected, note):
    meta = infer_metadata(capture(*header), vocab)
    assert meta.published == expected
    assert note in meta.notes["published"]
    assert meta.notes["published"].startswith('text: "')


def test_labelled_publication_date_wins_over_update(vocab):
    meta = infer_metadata(capture("China tightens its blacklist rules", "Updated: 5 March 2018", "Published: 1 March 2018"), vocab)
    assert meta.published == "2018-03-01"


@pytest.mark.parametrize("dateline", ["Updated March 5, 2018", "UPDATED: MARCH 5, 2018 10:02 AM ET", "Last updated 5 Mar 2018 10.02 GMT"])
def test_update_date_is_used_only_without_publication_date_and_says_so(vocab, dateline):
    meta = infer_metadata(capture("China tightens its blacklist rules", dateline), vocab)
    assert meta.published == "2018-03-05"
    assert "last update" in meta.notes["published"]


@pytest.mark.parametrize(
    "raw",
    [
        # a site banner with today's date and no year
        capture("Friday 29 March |", "China tightens its blacklist rules"),
        # a date inside an article sentence, even a short one near the top
        capture("China tightens its blacklist rules", "The rules took effect on May 1, 2018."),
        # a date followed by more than a time is a sentence, full stop or not
        capture("China tightens its blacklist rules", "January 15, 2020 marks five years since the pilots began"),
        # an update time that is not a date
        capture("China tightens its blacklist rules", "UPDATED 3 HOURS AGO"),
        # a date inside the body
        capture("China tightens its blacklist rules", body=BODY + " The pilot ended on 3 March 2018."),
        # a reference list entry far from the top
        capture("China tightens its blacklist rules", footer=("References", "ZHIMA CREDIT. Retrieved May 3, 2017")),
    ],
)
def test_no_publication_date_from_prose_banners_or_references(vocab, raw):
    assert infer_metadata(raw, vocab).published is None


# --------------------------------------------------------------------------- authors


@pytest.mark.parametrize(
    "header, footer, expected",
    [
        (("Blacklists grow", "By Jane Doe"), (), ["Jane Doe"]),
        (("Blacklists grow", "By Jane Doe and John Smith"), (), ["Jane Doe", "John Smith"]),
        (("Blacklists grow", "By A. Li, Bo Wang & Chen Zhou"), (), ["A. Li", "Bo Wang", "Chen Zhou"]),
        (("Blacklists grow", "By Jane Doe, Staff Writer"), (), ["Jane Doe"]),
        (("Blacklists grow", "By Mei Lin · May 14, 2018"), (), ["Mei Lin"]),
        (("Blacklists grow", "Paul de Maeyer - published on 06/28/18"), (), ["Paul de Maeyer"]),
        (("Blacklists grow", "Author: Rogier Creemers"), (), ["Rogier Creemers"]),
        (("Blacklists grow",), ("Written by:", "", "King & Spalding"), ["King & Spalding"]),
        (("Blacklists grow",), ("Written by: Reuters Staff",), ["Reuters Staff"]),
        (("张伟谈芝麻信用", "作者：张伟"), (), ["张伟"]),
        # a wire byline of bare names under its dateline
        (("Blacklists grow", "MARCH 3, 2019 / 10:02 AM", "Anna Berg, Wu Tao"), (), ["Anna Berg", "Wu Tao"]),
        # a wire's credit line: the editors are not authors
        (("Blacklists grow",), ("Reporting by Jane Doe and John Smith; Editing by Tom Brown",), ["Jane Doe", "John Smith"]),
        (("Blacklists grow",), ("Reporting by Jane Doe; Additional reporting by Wu Tao; Editing by Tom Brown",), ["Jane Doe"]),
        # blog software writes the author after the date
        (("Blacklists grow", "Posted by lanzhou_lou on 4 May 2018, 22:10"), (), ["lanzhou_lou"]),
        (("Blacklists grow", "Posted by mike88"), (), ["mike88"]),
        (("Blacklists grow", "Posted on 22 June 2021 by Emma Clarke"), (), ["Emma Clarke"]),
        # where each reporter files from is no part of the names
        (("Blacklists grow", "By Jane Doe in Beijing"), (), ["Jane Doe"]),
        (("Blacklists grow", "By Jane Doe in Beijing and John Smith in Hong Kong"), (), ["Jane Doe", "John Smith"]),
        # without "By", beside the dateline, as the financial press sets it
        (("Blacklists grow", "Jane Doe in Beijing and John Smith in Hong Kong", "Published 3 MARCH 2019"), (),
         ["Jane Doe", "John Smith"]),
        # state media's label
        (("Blacklists grow", "Reporters: Jane Doe, Wu Tao"), (), ["Jane Doe", "Wu Tao"]),
    ],
)
def test_authors_from_bylines(vocab, header, footer, expected):
    meta = infer_metadata(capture(*header, footer=footer), vocab)
    assert meta.authors == expected
    assert meta.notes["authors"].startswith('text: "')


@pytest.mark.parametrize(
    "raw",
    [
        capture("Blacklists grow", body="By giving a single score to everyone, the company is widening the gap between social classes in China and abroad."),
        capture("Blacklists grow", "By 2020"),
        capture("Blacklists grow", footer=("By continuing to browse you accept our use of cookies.",)),
        capture("Blacklists grow", footer=("By Jane Doe",)),  # a bare "By" far from the top
    ],
)
def test_no_authors_from_prose_or_furniture(vocab, raw):
    assert infer_metadata(raw, vocab).authors == []


@pytest.mark.parametrize(
    "name, expected",
    [("Paul De Maeyer", True), ("Ludwig van Beethoven", True), ("J. K. Rowling", True), ("张伟", True),
     ("Jane", False), ("Back to top", False), ("Read More", False), ("the court said", False), ("Top 10", False)],
)
def test_is_person_name(vocab, name, expected):
    assert is_person_name(name, vocab) is expected


def test_split_authors_keeps_firm_names_whole(vocab):
    assert split_authors("King & Spalding", vocab, labelled=True) == ["King & Spalding"]
    assert split_authors("Jane Doe & John Smith", vocab) == ["Jane Doe", "John Smith"]


# --------------------------------------------------------------------------- title


@pytest.mark.parametrize(
    "header, expected",
    [
        # a question, after logo, banner, menu and image lines
        (("Aleteia logoAleteia logoNews", "Friday 29 March |", "Good Friday", "site-logo.png",
          "Is China’s Social Credit the Real Big Brother?"), "Is China’s Social Credit the Real Big Brother?"),
        # Title Case, with a kicker and photo credit above
        (("hero-image-1200x630.jpg", "Photo Credit: VCG", "TECHNOLOGY", "China’s Social Credit Revolution Hits A Roadblock"),
         "China’s Social Credit Revolution Hits A Roadblock"),
        # a short Title Case headline that opens the article (a standfirst follows it)
        (("Photo: Getty Images", "TECHNOLOGY", "Open Sesame",
          "From shopping online to renting bikes, citizens are contributing to the fabric of their supervision"), "Open Sesame"),
        # a sentence-case headline followed by a byline
        (("Menu", "Search", "How the blacklist of debtors keeps people off trains", "By Jane Doe"),
         "How the blacklist of debtors keeps people off trains"),
        # a headline with an inner full stop ending in a question mark
        (("The credit company that went too far. Would you let them invade your privacy?",),
         "The credit company that went too far. Would you let them invade your privacy?"),
        # a wire headline above its byline block: a dateline, then bare names
        (("Skip to main content", "WORLD NEWS", "Courts kept debtors off trains 5 million times, court says",
          "MARCH 3, 2019 / 10:02 AM / UPDATED 5 HOURS AGO", "Anna Berg, Wu Tao", "3 MIN READ"),
         "Courts kept debtors off trains 5 million times, court says"),
        # a headline, then its standfirst (longer, in sentence case), then the byline
        (("PAYMENTS", "Why the deposit waiver became the score’s best advertisement",
          "Alipay, WeChat Pay and a state-backed bureau are all competing for the same payment records",
          "By Jane Doe", "May 3, 2021"), "Why the deposit waiver became the score’s best advertisement"),
        # a kicker in capitals above a headline is no headline, however the lengths compare
        (("EXCLUSIVE: HOW SCORES ARE MADE", "Alipay explains for the first time how its credit score is computed from payments",
          "By Jane Doe"), "Alipay explains for the first time how its credit score is computed from payments"),
        # a Title Case line above a byline is the headline, with a tagline above it
        (("News and Views", "Alipay Opens Its Credit Score to Foreign Residents of Shanghai", "By Jane Doe"),
         "Alipay Opens Its Credit Score to Foreign Residents of Shanghai"),
        # share buttons are furniture, however Title Case they are and whatever follows them
        (("Explainer", "Opinion: the blacklist is not what you think",
          "Courts and platforms both want to know who can be trusted. Here is how they find out.",
          "By Jane Doe", "Share on LinkedIn", "Tweet", "Share on Twitter",
          "A woman scans a QR code to rent a power bank at a metro station in Wuhan. Photo: Staff"),
         "Opinion: the blacklist is not what you think"),
        # a site's tagline in Title Case above the headline: the headline is no standfirst of it
        (("Lantern Radio", "Dispatches", "Many Voices, One Planet",
          "China's Debtors Say They Were Never Told They Had Been Put On A Blacklist",
          "March 3, 2019 · 5:00 AM ET", "Heard on Evening News"),
         "China's Debtors Say They Were Never Told They Had Been Put On A Blacklist"),
        # a fact-check's headline in sentence case under its labelled date and author
        (("Truth Desk", "Fact checks | Politics | Online", "Published: 4th May 2022", "Author: Jane Doe",
          "No, low scorers in China are not barred from hospitals", "What was claimed"),
         "No, low scorers in China are not barred from hospitals"),
    ],
)
def test_title_is_first_headline_like_line(vocab, header, expected):
    meta = infer_metadata(capture(*header), vocab)
    assert meta.title == expected
    assert meta.notes["title"] == f'text: "{expected}"'


@pytest.mark.parametrize(
    "header",
    [
        ("Home", "News", "Subscribe", "Sign in"),  # menu words only
        ("Good Friday", "Contact"),  # short lines that open nothing
        ("The blacklist was extended to 24 cities last year.",),  # a sentence, not a headline
        ("Shutterstock", "Photo Credit: VCG"),
    ],
)
def test_no_title_from_furniture(vocab, header):
    assert infer_metadata(capture(*header, body=BODY), vocab).title is None


@pytest.mark.parametrize(
    "headers, title, published, outlet",
    [
        (("From: Credit Watch Weekly <editor@creditwatch.example>", "To: reader@example.org",
          "Date: Thu, 12 Feb 2026 06:30:00 +0800", "Subject: Credit Watch Weekly #112: Baihang's new licence"),
         "Credit Watch Weekly #112: Baihang's new licence", "2026-02-12", "Credit Watch Weekly"),
        # a forwarded issue, its subject folded onto a second line, its sender without a display name
        (("Subject: Fwd: The Blacklist Brief: courts remove 1.2 million",
          "  names in a year", "From: brief@blacklist.example", "Sent: 3 March 2025 09:00"),
         "The Blacklist Brief: courts remove 1.2 million names in a year", "2025-03-03", None),
    ],
)
def test_a_newsletter_saved_with_its_mail_headers(vocab, headers, title, published, outlet):
    # the "From:" line is no headline: the subject is the title, the sender the outlet
    meta = infer_metadata("\n".join(headers) + "\n\nGood morning. Three items this week.\n\n" + BODY, vocab)
    assert (meta.title, meta.published, meta.outlet) == (title, published, outlet)
    assert meta.notes["title"].startswith('text: "Subject: ')


def test_one_label_line_is_no_mail_header_block(vocab):
    # a single "Date:" line is a dateline, not an e-mail's headers
    meta = infer_metadata(capture("Date: 12 February 2026", "Courts Remove Debtors From The List"), vocab)
    assert meta.title == "Courts Remove Debtors From The List"


# --------------------------------------------------------------------------- licence, copyright, outlet


@pytest.mark.parametrize(
    "line, expected",
    [
        ("This work is licensed under a Creative Commons Attribution-NonCommercial 4.0 International License.", "CC BY-NC 4.0"),
        ("Licensed under Creative Commons Attribution-ShareAlike 3.0 Unported", "CC BY-SA 3.0"),
        ("Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International", "CC BY-NC-ND 4.0"),
        ("Content licensed under CC BY-SA 4.0.", "CC BY-SA 4.0"),
        ("License: https://creativecommons.org/licenses/by-nc-nd/4.0/", "CC BY-NC-ND 4.0"),
        ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0"),
        ("Released under CC0", "CC0 1.0"),
        ("The Creative Commons movement began in 2001.", None),
        ("Copyright law in China is changing.", None),
    ],
)
def test_find_license(vocab, line, expected):
    assert find_license(line, vocab) == expected


def test_creative_commons_line_gives_normalized_licence(vocab):
    meta = infer_metadata(capture("Blacklists grow", footer=("This work is licensed under a Creative Commons Attribution 4.0 International License.",)), vocab)
    assert meta.license == "CC BY 4.0"
    assert "Creative Commons Attribution 4.0" in meta.notes["license"]


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("© King & Spalding | Attorney Advertising", "King & Spalding"),
        ("© 2018 Pacific Tech Review. All rights reserved.", "Pacific Tech Review"),
        ("Copyright © 2015-2019 The China Project, All rights reserved", "The China Project"),
        ("(c) 2017 Sixth Tone", "Sixth Tone"),
        ("Copyright Pacific Tech Review 2021. All rights reserved.", "Pacific Tech Review"),  # the year after the holder
    ],
)
def test_copyright_line_gives_outlet_and_rights(vocab, line, outlet):
    meta = infer_metadata(capture("Blacklists grow", footer=(line,)), vocab)
    assert meta.outlet == outlet
    assert meta.license == f"© {outlet}"
    assert "copyright" in meta.notes["license"]


def test_creative_commons_beats_copyright(vocab):
    meta = infer_metadata(capture("Blacklists grow", footer=("© 2019 Hangzhou Notes", "Licensed under CC BY-SA 4.0")), vocab)
    assert meta.license == "CC BY-SA 4.0"
    assert meta.outlet == "Hangzhou Notes"


def test_logo_line_gives_outlet(vocab):
    meta = infer_metadata(capture("Sixth Tone logo", "Blacklists Grow Longer Every Year"), vocab)
    assert meta.outlet == "Sixth Tone"


@pytest.mark.parametrize("firm, outlet", [("Harrow & Lane LLP", "Harrow & Lane"), ("HARROW & LANE LLP", "Harrow & Lane")])
def test_a_firm_s_name_above_its_alert_is_its_outlet_not_its_headline(vocab, firm, outlet):
    raw = capture("Client Alert | China: New Rules on Corporate Credit Repair Take Effect", "", firm,
                  "June 4, 2023", "", "Authors: Michelle Tan, Partner; Robert Kwok, Associate")
    meta = infer_metadata(raw, vocab)
    assert (meta.title, meta.outlet) == ("Client Alert | China: New Rules on Corporate Credit Repair Take Effect", outlet)


@pytest.mark.parametrize("lede, outlet", [
    ("HONG KONG/SHANGHAI, Sept 3 (Reuters) - China's central bank has approved Ant's application.", "Reuters"),
    ("BEIJING, March 4 (Xinhua) -- The State Council issued a plan.", "Xinhua"),
    # a press release's newswire is its distributor, not its outlet
    ("SHENZHEN, China, March 4, 2024 /PRNewswire/ -- Qilin Data today announced a score.", None),
], ids=["reuters-two-places", "xinhua", "newswire"])
def test_a_wire_story_s_dateline_gives_its_outlet(vocab, lede, outlet):
    meta = infer_metadata(capture("Ant gets nod for credit scoring firm", "By Julie Zhu", "", body=lede), vocab)
    assert meta.outlet == outlet


@pytest.mark.parametrize("line, outlet, published", [
    ("Review of Asian Credit Studies, Vol. 12, No. 3 (2021), pp. 211-236", "Review of Asian Credit Studies", "2021"),
    ("Pacific Governance Quarterly 44(2) (2017): 95-118", "Pacific Governance Quarterly", "2017"),
    ("Journal of Digital Regulation, 2023, vol. 5, no. 1, 12-40", "Journal of Digital Regulation", "2023"),
    # a sentence that merely starts with a name and a year is no citation line
    ("Sesame Credit, 2015, was the first score many users saw", None, None),
], ids=["vol-no-year", "volume-issue-brackets", "year-before-volume", "no-journal"])
def test_a_journal_s_citation_line_gives_outlet_and_year_not_the_title(vocab, line, outlet, published):
    text = f"{line}\n\nThe Points of Good Citizens: City Scores Compared\n\nMartin Okafor and Lea Brandt\n\n" \
           "Abstract\nThis article compares the points schemes of twelve cities in eastern China."
    meta = infer_metadata(text, vocab)
    assert (meta.outlet, meta.published) == (outlet, published)
    assert meta.title == "The Points of Good Citizens: City Scores Compared" or outlet is None


def test_a_pdf_first_page_s_wrapped_paragraph_line_is_no_headline(vocab):
    """A PDF's first page comes as lines wrapped on the page: a line a sentence runs on from is part
    of a paragraph, however many capitals its names give it."""
    page = ("EASTGATE POLICY INSTITUTE WORKING PAPER | No. 19-02 | May 2019\n"
            "Scores and Subsidies: How Counties Reward Good Credit\n"
            "Hannah Lindqvist\n"
            "Summary\n"
            "In 2018 the Zhejiang Provincial Development and Reform Commission and the People's Bank\n"
            "of China named nine counties as pilots for rewarding residents with high credit scores.\n")
    assert infer_metadata(page, vocab).title == "Scores and Subsidies: How Counties Reward Good Credit"


def test_site_name_repeated_in_furniture_gives_outlet(vocab):
    raw = capture("Blacklists Grow Longer Every Year", "Asia Law Brief", "Contact",
                  footer=("Asia Law Brief", "Asia Law Brief on:", "Reporters on Deadline"))
    meta = infer_metadata(raw, vocab)
    assert meta.outlet == "Asia Law Brief"
    assert "site name" in meta.notes["outlet"]


@pytest.mark.parametrize("copyright_line", ["© 2021 Mara Lindqvist · Unsubscribe", "© 2021 Harbour Media Ltd"])
def test_a_newsletter_s_name_above_its_issue_headline_is_its_outlet(vocab, copyright_line):
    # the newsletter's name, not whoever holds the copyright, is where the issue was published
    raw = capture("Trust Watch", "Issue #7: Baihang Expands, Courts Add Names", "", "By Mara Lindqvist", "Mar 14, 2021",
                  body="Welcome back to Trust Watch, a weekly newsletter on credit and data governance in China. "
                       "This week the central bank approved a wider business scope for Baihang Credit.",
                  footer=("Thanks for reading Trust Watch! Subscribe for free to receive new posts.", copyright_line))
    meta = infer_metadata(raw, vocab)
    assert (meta.title, meta.outlet) == ("Issue #7: Baihang Expands, Courts Add Names", "Trust Watch")


def test_a_site_s_name_above_a_menu_set_one_item_a_line_is_its_outlet(vocab):
    # the surer headline stands under the menu, not right under the name
    raw = capture("Tidewire", "World", "Business", "Fact Check",
                  "Fact Check-Photo does not show a debtor's name on a Beijing billboard", "By Tidewire Fact Check",
                  "March 14, 2023",
                  body="A photo shared online claims to show a debtor's name on a billboard in Beijing, but it was "
                       "made with an editing app, a Tidewire review found.")
    meta = infer_metadata(raw, vocab)
    assert meta.outlet == "Tidewire"


def test_an_article_s_own_name_on_its_first_line_is_its_title_not_an_outlet(vocab):
    raw = capture("Lishui Harmony Points", "From Civicpedia, the free encyclopedia",
                  body="The Lishui Harmony Points is a personal credit points scheme operated by the municipal "
                       "government of Lishui, a city in Zhejiang province. Lishui Harmony Points began in 2019.")
    meta = infer_metadata(raw, vocab)
    # the article's name is its title, not an outlet; the encyclopedia's tagline names the outlet
    assert (meta.title, meta.outlet) == ("Lishui Harmony Points", "Civicpedia")


def test_a_blog_s_name_above_its_tagline_is_no_headline(vocab):
    # the blog's name and its description of itself head every page; the post's own headline has the byline
    raw = capture("Notes from the Credit Desk", "A blog by Marta Lindgren on credit, data and the state", "",
                  "Why the blacklist is not a score", "Posted on 3 March 2024 by Marta Lindgren")
    meta = infer_metadata(raw, vocab)
    assert (meta.title, meta.authors) == ("Why the blacklist is not a score", ["Marta Lindgren"])


def test_a_comment_s_reply_button_is_no_site_name(vocab):
    # each reader's comment under a blog post ends with its "Reply" button
    raw = capture("Why the Blacklist Is Not a Score", "Posted on 3 March 2024 by Marta Lindgren",
                  footer=("3 thoughts on “Why the Blacklist Is Not a Score”", "Daniel Hsu", "Good post.", "Reply",
                          "Ana Ruiz", "Agreed.", "Reply", "Leave a Reply"))
    assert infer_metadata(raw, vocab).outlet is None


def test_story_from_our_issue_is_not_an_outlet(vocab):
    raw = capture("Open Sesame", "From shopping online to renting bikes, citizens contribute to their own supervision",
                  footer=("Open Sesame is a story from our issue, “Cloud Country.” To read the entire issue, become a subscriber.",))
    assert infer_metadata(raw, vocab).outlet is None


# --------------------------------------------------------------------------- addresses, DOI, keywords


def test_url_and_doi_near_the_top_or_labelled(vocab):
    raw = capture("Blacklists Grow Longer Every Year", "https://www.example.org/2018/blacklists", "DOI: 10.1080/17544750.2019.1583261.")
    meta = infer_metadata(raw, vocab)
    assert meta.url == "https://www.example.org/2018/blacklists"
    assert meta.doi == "10.1080/17544750.2019.1583261"
    assert meta.notes["doi"] == 'text: "DOI: 10.1080/17544750.2019.1583261."'


def test_cited_doi_and_url_in_references_are_not_the_pages_own(vocab):
    raw = capture("Blacklists Grow Longer Every Year", footer=(
        "References", "Chong, G. (2019). Cashless China. Chinese Journal of Communication, 12(3). https://doi.org/10.1080/17544750.2019.1583261",
        "https://www.chinanews.com/cj/2017/01-03/8112345.shtml"))
    meta = infer_metadata(raw, vocab)
    assert meta.doi is None and meta.url is None


def test_labelled_url_anywhere(vocab):
    meta = infer_metadata(capture("Blacklists Grow Longer Every Year", footer=("Source: https://www.example.org/a/1",)), vocab)
    assert meta.url == "https://www.example.org/a/1"


def test_keywords_from_tag_line(vocab):
    meta = infer_metadata(capture("Blacklists Grow Longer Every Year", footer=("Tags: China, Alipay; social credit",)), vocab)
    assert meta.keywords == ["China", "Alipay", "social credit"]


def test_every_value_has_a_note(vocab):
    raw = capture("Blacklists Grow Longer Every Year", "By Jane Doe", "March 3, 2018",
                  footer=("© 2018 Pacific Tech Review", "Tags: China, Alipay"))
    meta = infer_metadata(raw, vocab)
    for name, value in meta.as_dict().items():
        if value and name != "notes":
            assert meta.notes[name].startswith("text: ")


# --------------------------------------------------------------------------- the seeds


def seed(name: str, vocab: Vocabulary):
    return infer_metadata((SOURCES / name).read_text(encoding="utf-8"), vocab)


def test_aleteia_capture(vocab):
    meta = seed("aleteia-2018-social-credit-system.txt", vocab)
    assert meta.title == "The Chinese “social credit system”: The real Big Brother of the future?"
    assert meta.authors == ["Paul De Maeyer"]
    assert meta.published == "2018-06-28"
    assert meta.notes["published"] == 'text: "Paul De Maeyer - published on 06/28/18"'
    assert meta.outlet == "Aleteia"


def test_king_spalding_capture(vocab):
    meta = seed("king-spalding-2018-social-credit-roadblock.txt", vocab)
    assert meta.title == "Open Sesame? China’s Social Credit Revolution Hits A Roadblock"
    assert meta.authors == ["King & Spalding"]
    assert meta.outlet == "King & Spalding"
    assert meta.license == "© King & Spalding"
    assert meta.published is None


def test_blog_capture(vocab):
    meta = seed("sesame-credit-blog.txt", vocab)
    assert meta.title == "The credit company that went too far. Would you let them invade your privacy?"
    assert meta.license == "CC BY-NC 4.0"
    # "Till 23 March, 2017" and "Retrieved May 3, 2017" are in sentences and references
    assert meta.published is None
    assert meta.authors == []


def test_open_sesame_capture(vocab):
    meta = seed("open-sesame-feature.txt", vocab)
    assert meta.title == "Open Sesame"
    assert meta.outlet is None  # "a story from our issue" names no outlet
    assert meta.published is None  # "On June 1, ..." is a sentence


# --------------------------------------------------------------------------- page layouts

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "readers"


@pytest.mark.parametrize(
    "name, expected",
    [
        # menus and a tagline above; the headline is the line a byline follows
        ("capture-wire.txt", {"title": "China's social credit system to be fully operational by 2020",
                              "authors": ["Jane Smith"], "published": None, "outlet": "Meridian"}),
        # the site name is not the headline; a name next to a dateline is the author; a time
        # before the date; the outlet without the company suffix, the licence with it
        ("capture-newspaper.txt", {"title": "Alibaba's Sesame Credit expands into car rentals",
                                   "authors": ["Celia Chen"], "published": "2018-03-03",
                                   "outlet": "Pearl River Morning Post",
                                   "license": "© Pearl River Morning Post Publishers Ltd"}),
        # a tagline in capitals is not the headline
        ("capture-magazine.txt", {"title": "The Scores That Rule Their Lives", "authors": ["Wang Lianzhang"],
                                  "published": "2018-03-05"}),
        # a blog's name above a weekday dateline; "Posted by NAME at TIME"
        ("capture-blog.txt", {"title": "What my Zhima score taught me", "authors": ["Alex Turner"],
                              "published": "2018-02-12", "keywords": ["alipay", "zhima credit", "shenzhen"]}),
    ],
)
def test_page_layouts(vocab, name, expected):
    meta = infer_metadata((FIXTURES / name).read_text(encoding="utf-8"), vocab)
    for field, value in expected.items():
        assert getattr(meta, field) == value, field


CLEAN_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "clean"


@pytest.mark.parametrize(
    "name, expected",
    [
        # headline, a wire dateline in capitals with a time and a relative update, bare names;
        # a credit line at the end that names an editor too
        ("wire-dateline.txt", {"title": "Shanghai court kept listed debtors off high-speed trains 1.2 million times, court says",
                               "authors": ["Anna Berg", "Wu Tao"], "published": "2019-03-03", "outlet": "Example Wire"}),
        # headline, standfirst, "By", date
        ("business-standfirst.txt", {"title": "Why the deposit waiver became the credit score’s best advertisement",
                                     "authors": ["Jane Doe"], "published": "2021-05-03", "outlet": "Asia Money Weekly"}),
        # "Posted on DATE by NAME" under a question headline
        ("lifestyle-gallery.txt", {"title": "Can a good credit score get you a table? What Beijing restaurants now ask of diners",
                                   "authors": ["Tom Hughes"], "published": "2021-05-09"}),
        # a section label in capitals above the headline, names and a date under it
        ("explainer-box.txt", {"title": "Who keeps China’s blacklists? A guide to the lists, the courts and the agencies",
                               "authors": ["Maria Lopez", "Chen Hao"], "published": "2021-05-04"}),
    ],
)
def test_headline_and_byline_block_layouts(vocab, name, expected):
    meta = infer_metadata((CLEAN_FIXTURES / name).read_text(encoding="utf-8"), vocab)
    for field, value in expected.items():
        assert getattr(meta, field) == value, field


@pytest.mark.parametrize("line, menu", [
    ("News | Business | Sport | Culture", True),
    ("Home    About    Programmes    Press    Join", True),
    ("Publications > Asia", True),
    ("Insights » Regulation » China", True),
    ("Courts tighten the debtor blacklist", False),
    ("Regulators approve a new bureau | Analysis", False),
    ("Home > Theses > Department of Politics and International Studies", True),
    ("Research > Working papers > Credit scoring and the courts in rural Anhui", True),
    ("Pay later > pay never? How deposit waivers changed bike sharing", False),
    ("Open Lotus Pay > Me > Settings. Your score shows at the top of the page.", False),
])
def test_menu_bars_and_breadcrumbs_are_recognised(line, menu):
    from extract.metadata import is_menu_bar

    assert is_menu_bar(line) is menu


def test_breadcrumbs_and_spaced_menus_are_never_the_title():
    raw = ("Harbour Watch\nHome    Reports    Campaigns    Donate\n\nReports > Asia\n\n"
           "Points, Penalties and the Price of a Low Score\n\nPublished 3 May 2021\n\n"
           "Local governments in three provinces now publish the names of people with low scores.\n")
    assert infer_metadata(raw).title == "Points, Penalties and the Price of a Low Score"


@pytest.mark.parametrize("raw, title", [
    # a blog's name and tagline on the first line, then a sentence-case headline and its byline
    ("Policy Ledger - Essays on Chinese Regulation\n\nWhy the credit law will not score citizens\n"
     "By Dr. Ines Varga\nPublished: 3 May 2023\n\nThe draft law published last year says nothing about a "
     "personal score, and its 70 articles deal with records and lists instead.\n",
     "Why the credit law will not score citizens"),
    # a blog's name with its tagline in lower case, then the post's byline, then its headline
    ("Scorekeepers | a group blog on credit and data in China\n\nPosted on 9 March 2017 by Arjun Mehta\n\n"
     "Is Baihang the end of the pilots?\n\nThe eight firms that prepared for licences in 2015 have waited two "
     "years, and none has received one so far.\n", "Is Baihang the end of the pilots?"),
])
def test_a_blog_s_name_and_tagline_on_the_first_line_are_no_headline(raw, title):
    assert infer_metadata(raw).title == title


def test_a_sentence_case_headline_above_a_shorter_standfirst_is_the_title():
    raw = ("BUSINESS\n\nRegulator clears a new credit bureau in Shenzhen after a long wait\n\n"
           "The decision opens the market to a second licensed firm\n\nBy Ana Torres\nMay 4, 2021\n\n"
           "The central bank said on Tuesday that it had approved the bureau, which will start work next year.\n")
    assert infer_metadata(raw).title == "Regulator clears a new credit bureau in Shenzhen after a long wait"


@pytest.mark.parametrize("raw, title", [
    # a headline that starts with a picture-credit label's word is still a headline
    ("Credit Talk, Episode 12: Scores at the school gate\nPublished March 3, 2024 · 42 min listen\n\n"
     "[00:00:04] HOST: Welcome back to the show, where we talk about scores and the people behind them.\n"
     "[00:00:09] HOST: So how big is the court blacklist now?\n[00:00:15] GUEST: About eight million people.\n"
     "[00:00:20] HOST: And who keeps it?\n[00:00:25] GUEST: The courts do.\n",
     "Credit Talk, Episode 12: Scores at the school gate"),
])
def test_a_transcript_s_lines_are_no_headline(raw, title):
    assert infer_metadata(raw).title == title


def test_an_encyclopedia_s_sentence_case_title_and_its_last_edit():
    raw = ("Rongcheng social credit system\nFrom Examplepedia, the free encyclopedia\nLast edited on 4 February 2024\n\n"
           "The Rongcheng social credit system is a municipal points scheme in Rongcheng, a county-level city in "
           "Shandong province, China. It was introduced in 2013.\n")
    meta = infer_metadata(raw)
    assert (meta.title, meta.published) == ("Rongcheng social credit system", "2024-02-04")


def test_an_encyclopedia_s_title_case_title_above_its_tagline_and_its_footer_edit_date():
    raw = ("Tianfu Credit Score\n\nFrom Civicpedia, the free encyclopedia\n\n"
           "The Tianfu Credit Score is a municipal points-based rating system operated by the Chengdu municipal "
           "government. Introduced in 2018, it rates residents on a scale from 0 to 1,200.\n\n"
           "Categories: Social credit | Chengdu\nThis page was last edited on 9 October 2023, at 14:02 (UTC).\n")
    meta = infer_metadata(raw)
    assert (meta.title, meta.published) == ("Tianfu Credit Score", "2023-10-09")


@pytest.mark.parametrize("number", ["Li Zheng Fa [2022] No. 31", "Guo Ban Fa (2016) 33 Hao", "国发〔2014〕21号"])
def test_an_official_document_s_number_is_no_title(number):
    raw = ("Notice of the Lishui Municipal People's Government on Issuing the Measures for Personal Credit Points\n\n"
           f"{number}\n\n"
           "To the people's governments of all counties and all departments of the municipal government:\n\n"
           "The Measures have been adopted at the 15th executive meeting and are hereby issued to you.\n")
    assert infer_metadata(raw).title.startswith("Notice of the Lishui Municipal People's Government")


@pytest.mark.parametrize("raw, published", [
    # a press release's and a wire story's dateline opening the first paragraph
    ("Lianxin Data launches SME Trust Index\n\nBEIJING, March 3, 2023 /PRNewswire/ -- Lianxin Data today announced "
     "the launch of its index, which rates 3 million small firms across China.\n", "2023-03-03"),
    ("China court blacklist grows\n\nSHENZHEN, Jan 9, 2020 (Reuters) - The number of people on the court blacklist "
     "rose to 14 million, the court said.\n", "2020-01-09"),
    # an abbreviated month
    ("China court blacklist grows\n\nSHENZHEN, Jan. 9, 2020 (Reuters) - The number of people on the court blacklist "
     "rose to 14 million, the court said.\n", "2020-01-09"),
    # with the country after the place
    ("Lumen Credit launches Merchant Trust Score\n\nSHENZHEN, China, September 12, 2024 -- Lumen Credit today "
     "announced the launch of the Merchant Trust Score, a rating for small businesses.\n", "2024-09-12"),
    # an official notice's date of issue
    ("Linhai Municipal People's Government\nNotice on the Trust Points Measures\nIssued on 15 June 2022\n\n"
     "Article 1 These Measures are formulated to promote honesty among residents and enterprises.\n", "2022-06-15"),
])
def test_datelines_of_releases_wires_and_notices(raw, published):
    assert infer_metadata(raw).published == published


def test_a_law_firm_s_authors_with_their_roles():
    raw = ("CLIENT ALERT | DATA PROTECTION\n\nChina Finalises Rules on Corporate Credit Repair\n\n20 June 2024\n\n"
           "Authors: Michael Chen, Partner; Sarah O'Neill, Senior Associate\n\n"
           "On 18 June 2024, the National Development and Reform Commission issued the Measures for Credit Repair.\n")
    assert infer_metadata(raw).authors == ["Michael Chen", "Sarah O'Neill"]


@pytest.mark.parametrize("byline, authors", [
    # each field of the row one author, with a title and the office after the name
    ("Authors: Grace Liang, Partner, Hong Kong | Tobias Reich, Counsel, Beijing", ["Grace Liang", "Tobias Reich"]),
    # the firm after its people is none of the authors
    ("By Huang Wenjie and Paula Moretti, Qingshan Partners", ["Huang Wenjie", "Paula Moretti"]),
])
def test_a_law_firm_s_byline_names_its_people(byline, authors):
    raw = (f"Data Rules for Lenders in China\n\n{byline}\n3 March 2022\n\n"
           "On 1 March 2022, the People's Bank of China issued new rules on credit reporting by online lenders.\n")
    assert infer_metadata(raw).authors == authors


def test_a_law_firm_s_practice_group_is_no_author_nor_its_label_a_headline():
    raw = ("HOLLIS WEBB\nClient Briefing\n\nCorporate Credit Ratings in China Under the New Measures\n"
           "Disputes & Arbitration | 9 October 2023\n\n"
           "The State Administration for Market Regulation will rate every registered firm from A to D by 2025.\n")
    meta = infer_metadata(raw)
    assert (meta.title, meta.authors) == ("Corporate Credit Ratings in China Under the New Measures", [])


def test_a_practice_group_s_row_above_a_sentence_case_headline_is_no_headline():
    raw = ("LEGAL BRIEFING\nBanking & Finance | PRC\n\nThe new credit rules: what lenders must change\n\n"
           "By Xu Peilin\n12 April 2021\n\n"
           "The central bank has told lenders to stop using unlicensed scores in their loan decisions from July.\n\n"
           "This note is not legal advice. (c) 2021 Hollis Webb. All rights reserved.\n")
    meta = infer_metadata(raw)
    assert (meta.title, meta.outlet) == ("The new credit rules: what lenders must change", "Hollis Webb")


def test_a_wire_page_s_header_a_subscription_offer_and_a_relative_update():
    raw = ("Skip to main content\nWorld | Business | Markets | Tech | Opinion\nSubscribe for $1 a week\n"
           "China's top court opens debtor blacklist data to banks, sparking privacy worries\n"
           "By Lena Park and Zhou Min\n4 MIN READ\nMarch 12, 2025 9:41 AM GMT+8 Updated 3 hours ago\n\n"
           "SHANGHAI, March 12 (Tradewire) - China's Supreme People's Court will let commercial banks query its "
           "list of dishonest judgment debtors directly from next month, the court said on Wednesday.\n")
    meta = infer_metadata(raw)
    assert (meta.title, meta.published) == (
        "China's top court opens debtor blacklist data to banks, sparking privacy worries", "2025-03-12")


# --------------------------------------------------------------------------- hearings, threads, notices

READING_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reading_text"


@pytest.mark.parametrize(
    "name, expected",
    [
        # the notice's date is a field among others set apart by runs of spaces; its title names
        # the year ("No. 12 of 2023") and a "Font size" bar above it is page chrome
        ("court-enforcement-notice.txt", {
            "title": "Announcement on Placing Judgment Debtors on the List of Dishonest Persons Subject to "
                     "Enforcement (No. 12 of 2023)",
            "published": "2023-06-15", "outlet": "Hangzhou Shangcheng District People's Court"}),
        # a headline that names a month; the country's name above the menu is the site's; the
        # copyright is one field of the footer's line
        ("press-conference.txt", {"title": "Transcript of the NDRC's Regular Press Conference for November 2022",
                                  "published": "2022-11-16", "outlet": "NDRC"}),
        # "Questions 1 - 28" is a number, not a headline
        ("hearing-select-committee.txt", {"title": "Oral evidence: Tech, data and authoritarian states, HC 754",
                                          "published": "2023-03-08"}),
        # the name over the handle is the author; "Mar 3" is a post's time stamp, not a headline
        ("thread-x.txt", {"authors": ["Mei Chen"], "published": "2024-03-03", "outlet": "X"}),
        # the author's name above every post is not the site's name; counters are no headline
        ("thread-mastodon.txt", {"authors": ["Ruth Okafor"], "published": "2024-03-14", "outlet": None}),
    ],
)
def test_reading_genres(vocab, name, expected):
    meta = infer_metadata((READING_FIXTURES / name).read_text(encoding="utf-8"), vocab)
    for field, value in expected.items():
        assert getattr(meta, field) == value, field


@pytest.mark.parametrize("name, not_title", [("thread-x.txt", "Mar 3"), ("thread-mastodon.txt", "· 23 · 41 · 12")])
def test_time_stamps_and_counters_are_no_headlines(vocab, name, not_title):
    meta = infer_metadata((READING_FIXTURES / name).read_text(encoding="utf-8"), vocab)
    assert meta.title != not_title


@pytest.mark.parametrize("line", ["Wednesday 8 March 2023", "Updated March 3, 2018 at 9:00", "Sept. 19, 2023 Hearing"])
def test_a_date_with_few_words_is_no_headline(vocab, line):
    raw = f"{line}\n\n" + "The court placed the debtor on the list after he failed to pay the judgment for a year. " * 3
    assert infer_metadata(raw, vocab).title is None


# --------------------------------------------------------------------------- state media's header rows

STATE_MEDIA_BODY = ("HANGZHOU, April 2 (Xinhua) -- More than 4.1 million people on the list of dishonest judgment "
                    "debtors have repaid their debts since the list was set up, the provincial high court said on Tuesday.\n")


@pytest.mark.parametrize("header, expected", [
    # a tabloid's byline row: byline, source and date run together, each field opening with its label
    ("Courts name debtors on cinema screens\n\nBy Liu Wen Source:Huanqiu Daily Published: 2019/4/2 21:03:11\n",
     {"authors": ["Liu Wen"], "published": "2019-04-02", "outlet": "Huanqiu Daily"}),
    # a news agency's row names the outlet in its "Source:" field; the copyright line names only the site
    ("Courts name debtors on cinema screens\n\nSource: Xinhua| 2019-04-02 19:20:45|Editor: Wang Qing\n",
     {"published": "2019-04-02", "outlet": "Xinhua", "authors": []}),
    # a broadcaster's page: its time, then the day with the month's name between dashes
    ("Courts name debtors on cinema screens\n\nUpdated 19:20, 02-Apr-2019\n",
     {"published": "2019-04-02", "title": "Courts name debtors on cinema screens"}),
])
def test_state_media_header_rows(vocab, header, expected):
    raw = header + "\n" + STATE_MEDIA_BODY + "\nCopyright © 2000-2019 NEWSSITE.com All rights reserved.\n"
    meta = infer_metadata(raw, vocab)
    for field, value in expected.items():
        assert getattr(meta, field) == value, field


def test_a_lower_case_label_word_inside_a_field_does_not_split_it(vocab):
    assert vocab.fields("Release date: 2023-08-15 10:30 Source: Linhai Bureau") == [
        "Release date: 2023-08-15 10:30", "Source: Linhai Bureau"]


@pytest.mark.parametrize("raw, title, outlet, published", [
    # the browser's title above the article's name, an infobox's tab rows below the tagline
    ("Zhima Credit - Openpedia\n\nZhima Credit\nFrom Openpedia, the free encyclopedia\n\nZhima Credit\n"
     "Type\tSubsidiary\nFounded\tJanuary 2015; 9 years ago\nHeadquarters\tHangzhou, Zhejiang, China\n"
     "Parent\tAnt Group\n\n" + BODY + "\n\nThis page was last edited on 2 May 2023, at 10:14 (UTC).\n",
     "Zhima Credit", "Openpedia", "2023-05-02"),
    # an infobox that dates the topic's end and its launch is no dateline of the page
    ("Qianhai Trust Points\nFrom Wikipedia, the free encyclopedia\n\n" + BODY + "\n\nQianhai Trust Points\n"
     "Launched\t31 March 2016\nDiscontinued\tJune 2019\nUsers\t1.2 million (2018)\n\n"
     "This page was last edited on 30 November 2023, at 11:20 (UTC).\n",
     "Qianhai Trust Points", "Wikipedia", "2023-11-30"),
])
def test_an_encyclopedia_s_name_above_its_tagline_and_its_infobox_dates(raw, title, outlet, published):
    meta = infer_metadata(raw)
    assert (meta.title, meta.outlet, meta.published) == (title, outlet, published)
