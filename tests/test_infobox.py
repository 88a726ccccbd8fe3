"""An encyclopedia's infobox (extract/infobox.py): its rows stay through cleaning, and each row with a
known label is a claim about the article's topic. Every page is our own (invented schemes, firms and
numbers), in the forms encyclopedias are captured: a text capture's tab rows, a translated entry's
colon rows, an HTML infobox as the reader writes its table."""
from __future__ import annotations

import pytest

from extract.clean import clean_capture
from extract.infobox import infobox_rows
from extract.nlp import analyse

PUBLISHED = "2024-03-14"
LEAD = ("{name} is a credit scoring service in China. It rates users between 300 and 900 and offers "
        "deposit-free rentals to those with good scores, according to its operator.")


def page(name: str, *rows: str, html: bool = False) -> str:
    """An article's text as a capture gives it: the name, the infobox rows, the lead."""
    if html:
        box = [f"| {name} |  |", "", "|---|---|", "", *(f"| {a} | {b} |\n" for a, b in (r.split("\t") for r in rows))]
    else:
        box = [name, *rows]
    return "\n".join([*box, "", LEAD.format(name=name), ""])


@pytest.mark.parametrize("text, labels", [
    (page("Lanting Credit", "Type\tCredit score", "Founded\tMay 2016", "Owner\tHuaxia Data Group"),
     ["Type", "Founded", "Owner"]),
    (page("Lanting Credit", "Founded\tMay 2016", "Owner\tHuaxia Data Group", html=True), ["Founded", "Owner"]),
    ("Proposed: 2009\nCompetent authorities: Ministry of Commerce\n\nThe system is a plan of the state.\n",
     ["Proposed", "Competent authorities"]),
])
def test_infobox_rows(text, labels):
    assert [text[slice(*row.label)] for row in infobox_rows(text)] == labels


@pytest.mark.parametrize("text", [
    # a colon row with a label no infobox has, and one known row alone, are no box
    "Note: 3 of them appealed.\nSource: the court.\n\nThe court listed 30 people.\n",
    "Founded\tMay 2016\n\nThe firm is based in Hangzhou and rates small firms for lenders.\n",
])
def test_no_infobox(text):
    assert infobox_rows(text) == []


def test_the_cleaner_keeps_an_infobox_and_the_short_lead_above_it():
    raw = ("Weilan Score\nFrom Openpedia, the free encyclopedia\n\n"
           "Weilan Score (Chinese: 蔚蓝分) was a credit score operated by Weilan Pay. It was launched in "
           "a trial in March 2016.[1]\n\n"
           "Weilan Score\nType\tCredit score\nOwner\tWeilan Pay\nLaunched\t3 March 2016\nDiscontinued\tJune 2019\n"
           "Users\t80 million (2018)[2]\n\nHistory[edit]\n" + LEAD.format(name="The score") + " " +
           LEAD.format(name="The app") + "\n\nCategories: Credit scoring | Defunct companies\n")
    kept = clean_capture(raw).text
    assert "Launched\t3 March 2016" in kept and "Users\t80 million (2018)[2]" in kept
    assert "It was launched in a trial in March 2016.[1]" in kept


def _claims(nlp, text):
    doc = analyse(nlp, text, published=PUBLISHED)
    return {(c.kind, c.predicate, c.subject, c.object, c.date, c.value, c.as_of)
            for c in doc._.claims if c.extra.get("infobox") or c.extra.get("subject_rule") == "infobox"}


@pytest.mark.parametrize("text, expected", [
    pytest.param(page("Lanting Credit", "Type\tCredit score", "Founded\tMay 2016; 8 years ago",
                      "Parent\tHuaxia Data Group"),
                 {("date", "launched", "Lanting Credit", None, "2016-05", None, None),
                  ("relation", "owned_by", "Lanting Credit", "Huaxia Data Group", None, None, None)},
                 id="tab-rows"),
    pytest.param(page("Lanting Credit", "Launched\t31 January 2015", "Discontinued\tFebruary 2018",
                      "Operator\tHuaxia Data Group", html=True),
                 {("date", "launched", "Lanting Credit", None, "2015-01-31", None, None),
                  ("date", "ended", "Lanting Credit", None, "2018-02", None, None),
                  ("relation", "operated_by", "Lanting Credit", "Huaxia Data Group", None, None, None)},
                 id="html-rows"),
    pytest.param(page("Lanting Credit", "Type\tCredit score", "Users\t52 million (2019)[1]", "Score range\t300–900"),
                 {("figure", "user_count", "Lanting Credit", None, None, 52000000.0, "2019")},
                 id="users-with-year-and-note"),
    pytest.param(page("Lanting Credit", "Founded\t2016", "Number of employees\t420 (2022)", html=True),
                 {("date", "launched", "Lanting Credit", None, "2016", None, None),
                  ("figure", "count", "Lanting Credit", None, None, 420.0, "2022")},
                 id="employees-year-is-no-launch"),
])
def test_infobox_claims_are_about_the_topic(nlp, text, expected):
    assert _claims(nlp, text) == expected


def test_a_figure_row_s_year_launches_nothing(nlp):
    text = page("Lanting Credit", "Founded\t2016", "Number of employees\t420 (2022)", html=True)
    doc = analyse(nlp, text, published=PUBLISHED)
    assert not [c for c in doc._.claims if c.kind == "date" and c.date == "2022"]
