"""Citations: reference-list entries and inline URLs, with offsets into the cleaned text."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.citations import find_citations, first_date, looks_like_entry, normalize_url
from extract.clean import clean_capture

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "corpus" / "sources"

PROSE = (
    "Sesame Credit, the scoring service of Ant Financial, was launched in 2015 and now rates "
    "hundreds of millions of Alipay users from their payment history, their personal connections "
    "and the information they choose to give to the app."
)


def cited(raw: str):
    """Clean a capture, then find its citations (the order of the pipeline)."""
    text = clean_capture(raw).text
    citations = find_citations(text)
    for citation in citations:
        assert text[citation.start:citation.end] == citation.text
    return citations


def references(citations):
    return [c for c in citations if c.kind == "reference"]


def inline(citations):
    return [c for c in citations if c.kind == "inline-url"]


@pytest.fixture(scope="session")
def blog_citations():
    return cited((SOURCES / "sesame-credit-blog.txt").read_text(encoding="utf-8"))


# --- the seed ---------------------------------------------------------------------


def test_blog_reference_list(blog_citations):
    entries = [(c.authors, c.title, c.date, c.retrieved, c.url) for c in references(blog_citations)]
    assert entries == [
        ("赵小燕, 黄慧", "支付宝发布2016全民账单:71%支付笔数发生在移动端", None, "2017-05-03", None),
        (None, "ZHIMA CREDIT", None, "2017-05-03", None),
        (None, "芝麻信用披露全国城市信用地图 381城开启免押金模式", None, "2017-05-03", None),
        ("Renshaw, D.", "7 Chillingly Real Questions Asked In The New Black Mirror", None, "2017-04-18", None),
    ]
    assert references(blog_citations)[0].text == "赵小燕, 黄慧. 支付宝发布2016全民账单:71%支付笔数发生在移动端. Retrieved May 3, 2017"


def test_blog_inline_urls(blog_citations):
    assert [(c.text, c.url) for c in inline(blog_citations)] == [
        ("www.chinanews.com", "https://www.chinanews.com"),
        ("www.chinanews.com", "https://www.chinanews.com"),
        ("www.thefader.com", "https://www.thefader.com"),
    ]


def test_citations_come_in_text_order(blog_citations):
    starts = [c.start for c in blog_citations]
    assert starts == sorted(starts)


# --- reference styles ---------------------------------------------------------------

APA = f"""{PROSE}

References

Creemers, R. (2018). China's Social Credit System: An evolving practice of control. SSRN. https://doi.org/10.2139/ssrn.3175792
Liang, F., Das, V., Kostyuk, N., & Hussain, M. M. (2018). Constructing a data-driven society: China's social credit system as a state surveillance infrastructure. Policy & Internet, 10(4), 415–453.
Ohlberg, M., Ahmed, S., & Lang, B. (2017, December 12). Central planning, local experiments. Mercator Institute for China Studies. Retrieved from https://merics.org/en/report/central-planning-local-experiments
"""

MLA = f"""{PROSE}

Works Cited

Botsman, Rachel. “Big Data Meets Big Brother as China Moves to Rate Its Citizens.” Wired, 21 Oct. 2017, www.wired.co.uk/article/chinese-government-social-credit-score-privacy-invasion. Accessed 3 May 2019.

Kostka, Genia, and Lukas Antoine. “Fostering Model Citizenship: Behavioral Responses to China's Emerging Social Credit Systems.” Policy & Internet, vol. 12, no. 3, 2020, pp. 256–89.

Strittmatter, Kai. We Have Been Harmonized: Life in China's Surveillance State. Custom House, 2020.
"""

CHICAGO = f"""{PROSE}

Bibliography
Creemers, Rogier. 2018. “China's Social Credit System: An Evolving Practice of Control.” SSRN Electronic Journal.
Ohlberg, Mareike, Shazeda Ahmed, and Bertram Lang. 2017. Central Planning, Local Experiments. Berlin: MERICS.
"""

NUMBERED = f"""{PROSE}

Notes
[1] R. Creemers, “China's Social Credit System: An Evolving Practice of Control,” SSRN Electronic Journal, May 2018, doi: 10.2139/ssrn.3175792.
[2] M. Hvistendahl, “Inside China's vast new experiment in social ranking,” Wired, Dec. 14, 2017. [Online]. Available: https://www.wired.com/story/age-of-social-credit/
"""


@pytest.mark.parametrize("document, expected", [
    (APA, [
        ("Creemers, R.", "China's Social Credit System: An evolving practice of control", "2018", None, "https://doi.org/10.2139/ssrn.3175792"),
        ("Liang, F., Das, V., Kostyuk, N., & Hussain, M. M.", "Constructing a data-driven society: China's social credit system as a state surveillance infrastructure", "2018", None, None),
        ("Ohlberg, M., Ahmed, S., & Lang, B.", "Central planning, local experiments", "2017-12-12", None, "https://merics.org/en/report/central-planning-local-experiments"),
    ]),
    (MLA, [
        ("Botsman, Rachel", "Big Data Meets Big Brother as China Moves to Rate Its Citizens", "2017-10-21", "2019-05-03", "https://www.wired.co.uk/article/chinese-government-social-credit-score-privacy-invasion"),
        ("Kostka, Genia, and Lukas Antoine", "Fostering Model Citizenship: Behavioral Responses to China's Emerging Social Credit Systems", "2020", None, None),
        ("Strittmatter, Kai", "We Have Been Harmonized: Life in China's Surveillance State", "2020", None, None),
    ]),
    (CHICAGO, [
        ("Creemers, Rogier", "China's Social Credit System: An Evolving Practice of Control", "2018", None, None),
        ("Ohlberg, Mareike, Shazeda Ahmed, and Bertram Lang", "Central Planning, Local Experiments", "2017", None, None),
    ]),
    (NUMBERED, [
        ("R. Creemers", "China's Social Credit System: An Evolving Practice of Control", "2018-05", None, "https://doi.org/10.2139/ssrn.3175792"),
        ("M. Hvistendahl", "Inside China's vast new experiment in social ranking", "2017-12-14", None, "https://www.wired.com/story/age-of-social-credit/"),
    ]),
], ids=["apa", "mla", "chicago", "numbered"])
def test_reference_styles(document, expected):
    found = cited(document)
    assert [(c.authors, c.title, c.date, c.retrieved, c.url) for c in references(found)] == expected
    assert inline(found) == []  # the URLs of entries belong to the entries


def test_numbered_entry_text_keeps_its_number():
    entry = references(cited(NUMBERED))[0]
    assert entry.text.startswith("[1] R. Creemers")


def test_a_document_without_references_has_none():
    assert find_citations(f"{PROSE}\n\nThe company declined to comment in 2018.") == []


def test_a_reference_heading_followed_by_prose_is_not_a_list():
    text = f"Sources\n\nAccording to officials in 2018, the system will cover every citizen by 2020, and {PROSE}"
    assert references(find_citations(text)) == []


def test_the_list_ends_at_the_first_line_that_is_not_an_entry():
    text = f"{PROSE}\n\nReferences\nCreemers, R. (2018). China's Social Credit System. SSRN.\nThe views expressed here are the author's own and do not reflect those of the publisher."
    assert [c.title for c in references(find_citations(text))] == ["China's Social Credit System"]


@pytest.mark.parametrize("heading", ["References[edit]", "Notes [edit source]", "References [edit]"])
def test_a_wiki_s_reference_heading_keeps_its_edit_link(heading):
    text = (f"{PROSE}\n\n{heading}\n\n- ^ \"Nine lenders take 9% each in Qianhai bureau\". Caixin Global. "
            "16 March 2019. Retrieved 20 March 2019.\n\n- ^ Lin, Yue (2020). Annual Report 2019. p. 4.\n")
    assert [c.title for c in references(find_citations(text))] == [
        "Nine lenders take 9% each in Qianhai bureau", "Annual Report 2019"]


# --- inline URLs ---------------------------------------------------------------------


@pytest.mark.parametrize("sentence, url_text, url", [
    # parenthesised, as the blog cites its sources
    ("It has 450 million accounts (www.chinanews.com).", "www.chinanews.com", "https://www.chinanews.com"),
    ("The rules are online (https://Example.ORG/credit/rules?id=3).", "https://Example.ORG/credit/rules?id=3", "https://example.org/credit/rules?id=3"),
    # not parenthesised: a URL in a sentence still points at a source
    ("The full notice is at http://www.court.gov.cn/notice/123.html, in Chinese.", "http://www.court.gov.cn/notice/123.html", "http://www.court.gov.cn/notice/123.html"),
    ("See https://en.wikipedia.org/wiki/Sesame_Credit_(company).", "https://en.wikipedia.org/wiki/Sesame_Credit_(company)", "https://en.wikipedia.org/wiki/Sesame_Credit_(company)"),
    # a bare domain counts when it is the whole parenthetical
    ("Till 23 March, 2017, the service covered 381 cities (chinanews.com/gn).", "chinanews.com/gn", "https://chinanews.com/gn"),
    ("The study appeared in 2019 (doi:10.1080/17544750.2019.1583261).", "doi:10.1080/17544750.2019.1583261", "https://doi.org/10.1080/17544750.2019.1583261"),
])
def test_inline_urls(sentence, url_text, url):
    [citation] = find_citations(f"{PROSE} {sentence}")
    assert (citation.kind, citation.text, citation.url) == ("inline-url", url_text, url)


def test_a_company_named_like_a_domain_is_not_a_citation():
    text = "A survey by Yesky.com found that 56 percent were opposed, and Zhenai.com offers perks."
    assert find_citations(text) == []


# --- parts -----------------------------------------------------------------------------


@pytest.mark.parametrize("text, iso", [
    ("Retrieved May 3, 2017", "2017-05-03"),
    ("Accessed 3 May 2019.", "2019-05-03"),
    ("Wired, 21 Oct. 2017,", "2017-10-21"),
    ("(2017, December 12)", "2017-12-12"),
    ("SSRN, May 2018", "2018-05"),
    ("2018-06-28", "2018-06-28"),
    ("Custom House, 2020.", "2020"),
    ("no date here", None),
])
def test_first_date(text, iso):
    assert first_date(text) == iso


@pytest.mark.parametrize("url, normalized", [
    ("www.thefader.com", "https://www.thefader.com"),
    ("HTTP://WWW.Example.com/Path", "http://www.example.com/Path"),
    ("https://example.org/a).", "https://example.org/a"),
])
def test_normalize_url(url, normalized):
    assert normalize_url(url) == normalized


@pytest.mark.parametrize("line, entry", [
    ("ZHIMA CREDIT. Retrieved May 3, 2017", True),
    ("Renshaw, D. 7 Chillingly Real Questions Asked In The New Black Mirror.", True),
    ("[3] Anonymous interview, Beijing.", True),
    ("Back to top", False),
    ("According to officials in 2018, the system will cover every citizen by 2020.", False),
])
def test_looks_like_entry(line, entry):
    assert looks_like_entry(line) is entry


def test_bad_input_gets_a_clear_error():
    with pytest.raises(TypeError, match="document text"):
        find_citations(None)


def test_no_claim_comes_from_a_reference_list(nlp):
    from extract.nlp import analyse

    text = ("The Tianfu Credit Score is a points scheme run by the Chengdu government. About 4.3 million "
            "residents had been scored by 2022, and those above 1,000 points get discounts on utility bills.\n\n"
            "References\n\n"
            "1. ^ Wang, Lei (2019). \"Points and Power\". China Quarterly. 240: 33–51.\n"
            "2. ^ \"Chengdu's credit score reaches 5.1 million users\". Sichuan Daily. 3 March 2022.\n")
    doc = analyse(nlp, text, published="2023-10-09")
    references = text.index("References")
    assert [c for c in doc._.claims if c.quote_start < references and c.kind == "figure"]
    assert not [c for c in doc._.claims if c.quote_start >= references]


@pytest.mark.parametrize("correction", [
    "Correction, 3 August 2024: An earlier version of this article said the report was published in 2018.",
    "This story has been corrected to remove a claim that 2 million people were scored in 2018.",
])
def test_no_claim_comes_from_what_a_correction_retracts(nlp, correction):
    from extract.nlp import analyse

    text = f"The report was published by the centre in February 2019.\n\n{correction} It was published in February 2019."
    doc = analyse(nlp, text, published="2024-08-02")
    retracted = (text.index(correction), text.index(correction) + len(correction))
    assert [c for c in doc._.claims if c.quote_start < retracted[0]]
    assert not [c for c in doc._.claims if retracted[0] <= c.quote_start < retracted[1]]
    assert [c for c in doc._.claims if c.quote_start >= retracted[1]]  # the corrected fact stays


@pytest.mark.parametrize("rated, refutation", [
    ("A video shared online claims to show a passenger losing 20 points for keeping his seat.", "This is false."),
    ("A blog claims that Lotus Score users below 500 points are barred from trains.",
     "The claim is false: no score bars anyone from trains."),
    ("The post says 30 million people lost their internet access in 2023.", "That isn't true."),
    # an op-ed's rebuttal of other outlets' stories, and a columnist's own check
    ("Several newspapers reported in 2017 that Tencent had launched a score for its 900 million WeChat users.",
     "The story was wrong."),
    ("Reports said Baihang Credit held files on 700 million people in 2021.", "Those reports were wrong."),
    ("Some outlets wrote that residents of Weihai were banned from high-speed trains for unpaid parking fines.",
     "I found no evidence of this."),
])
def test_no_claim_comes_from_a_sentence_the_next_calls_false(nlp, rated, refutation):
    from extract.nlp import analyse

    text = f"People on the court list cannot buy plane tickets.\n\n{rated} {refutation}"
    doc = analyse(nlp, text, published="2024-08-02")
    start = text.index(rated)
    assert [c for c in doc._.claims if c.quote_start < start]  # the fact-checker's own finding stays
    assert not [c for c in doc._.claims if start <= c.phrase_start < start + len(rated)]


@pytest.mark.parametrize("bio, authors", [
    ("Maria Lindholm is a senior fellow at the Nordic China Institute. She advised Ant Financial until 2019.",
     ["Maria Lindholm"]),
    ("Kwame Asante teaches law at Fudan University and was a visiting scholar at the People's Bank of China.",
     ["Dr. Kwame Asante", "Li Na"]),
])
def test_no_claim_comes_from_the_author_s_bio(nlp, bio, authors):
    from extract.nlp import analyse

    # a note after the bio keeps it from being the page's closing line
    text = (f"Tencent Credit was developed by Tencent.\n\n{bio}\n\n"
            "Correction: an earlier version of this column gave the wrong year for Tencent Credit.")
    doc = analyse(nlp, text, published="2021-05-02", authors=authors)
    start = text.index(bio)
    assert [c for c in doc._.claims if c.quote_start < start]  # the column's own claims stay
    assert not [c for c in doc._.claims if start <= c.quote_start < start + len(bio)]


def test_a_bio_after_an_author_box_label_gives_no_claim(nlp):
    from extract.nlp import analyse

    bio = "About the authors: Maria Lindholm is a senior analyst at the Nordic China Institute."
    text = f"Tencent Credit was developed by Tencent.\n\n{bio}\n\nCorrection: an earlier version misdated it."
    doc = analyse(nlp, text, published="2021-05-02", authors=["Maria Lindholm"])
    assert not [c for c in doc._.claims if c.quote_start >= text.index(bio)]


@pytest.mark.parametrize("myth", [
    "Myth 2: Tencent's WeChat Pay Score is a government rating.",
    "Misconception 4: Since 2019 the system has blacklisted 40 million people for jaywalking.",
])
def test_no_claim_comes_from_a_myth_a_debunking_post_rejects(nlp, myth):
    from extract.nlp import analyse

    reality = "Reality: Sesame Credit was developed by Ant Financial."
    text = f"{myth}\n{reality}\n"
    doc = analyse(nlp, text, published="2022-05-02")
    assert not [c for c in doc._.claims if c.quote_start < len(myth)]
    assert [c for c in doc._.claims if c.quote_start > len(myth)]  # the reality is the post's claim


def test_a_company_s_about_paragraph_under_its_own_release_is_no_bio(nlp):
    from extract.nlp import analyse

    text = ("Lingxi Credit today reported results for the quarter.\n\nAbout Lingxi Credit Technology Limited\n\n"
            "Lingxi Credit Technology Limited is a credit technology company. It serves more than 900 lenders across China.")
    doc = analyse(nlp, text, published="2021-05-02", authors=["Lingxi Credit Technology Limited"])
    assert [c for c in doc._.claims if c.kind == "figure" and c.value == 900]


def test_a_person_the_column_introduces_is_no_bio(nlp):
    from extract.nlp import analyse

    text = "Tencent Credit was developed by Tencent.\n\nMaria Lindholm is a senior fellow at the Nordic China Institute."
    doc = analyse(nlp, text, published="2021-05-02", authors=["Kwame Asante"])
    assert [c for c in doc._.claims if c.kind == "relation" and c.subject == "Maria Lindholm"]


def test_a_refutation_after_a_paragraph_break_rates_nothing_above_it(nlp):
    from extract.nlp import analyse

    text = "A blog claims that Lotus Score users below 500 points are barred from trains.\n\nThis is false."
    doc = analyse(nlp, text, published="2024-08-02")
    assert [c for c in doc._.claims if c.kind == "penalty"]


@pytest.mark.parametrize("text, reported, kept", [
    ("Post falsely claims Lotus Credit bars low scorers from trains", "bars low scorers from trains", None),
    ("In 2023 a blogger wrongly said that 40 million people had been blacklisted, the court said.",
     "40 million people", None),
    # "wrongly" of what happened, not of a report: the debtor was listed all the same
    ("Some debtors were wrongly blacklisted and barred from flights, a lawyer said.", None, "barred from flights"),
    # only what the report says: a clause joined to the report is not in it
    ("In the survey, 40 percent believed, wrongly, that the score was shared with courts, and about one in three "
     "said they paid bills earlier.", "shared with courts", "about one in three"),
])
def test_no_claim_comes_from_what_a_report_calls_false(nlp, text, reported, kept):
    from extract.nlp import analyse

    doc = analyse(nlp, text, published="2024-08-02")
    phrases = [text[c.phrase_start:c.phrase_end] for c in doc._.claims]
    if reported:
        assert not [p for p in phrases if p in reported or reported in p]
    if kept:
        assert kept in phrases


def test_no_claim_comes_from_a_headline_in_capitals(nlp):
    from extract.nlp import analyse

    headline = "LANTING PAY RAISES 300 MILLION YUAN IN SERIES C"
    text = (f"{headline}\n\nLanting Pay, a Hangzhou lender, raised 300 million yuan in a Series C round led by "
            "Qiming Capital, the company said on Tuesday. The NDRC, the PBoC and JD.com were not involved.")
    doc = analyse(nlp, text, published="2025-06-12")
    assert not [c for c in doc._.claims if c.quote_start < len(headline)]
    assert [c for c in doc._.claims if c.kind == "figure" and c.quote_start > len(headline)]  # the item's own figure stays


@pytest.mark.parametrize("rated", [
    'Claim 2: "Jinhua docks 50 points from residents who post complaints online" — FALSE',
    'Claim: "Blacklisted firms pay 20 percent more tax" - Misleading.',
    '"Tencent Credit bars low scorers from trains": Unproven',
])
def test_no_claim_comes_from_a_claim_a_fact_check_rates_false(nlp, rated):
    from extract.nlp import analyse

    finding = "Courts had blocked 31.4 million air-ticket purchases by the end of 2023, the court said."
    text = f"{rated}\n\n{finding}"
    doc = analyse(nlp, text, published="2024-11-08")
    assert not [c for c in doc._.claims if c.quote_start < len(rated)]
    assert [c for c in doc._.claims if c.kind == "figure" and c.quote_start > len(rated)]  # the finding stays
