"""The header of a text capture, read whole as the build reads it: a government page's "Release
date: ... Source: ..." line, a blog's one-line byline ("Posted on ... by ... | Filed under: ... |
14 min read"), a broker's note whose analysts' line sits under its date line. The pages are ours
(tests/fixtures/reading_headers/), written in the shapes that development sets met."""
from pathlib import Path

import pytest

from extract.metadata import Vocabulary, infer_metadata, split_authors
from extract.readers import read_source
from extract.settings import Settings

PAGES = Path(__file__).resolve().parent / "fixtures" / "reading_headers"


def read(name: str):
    return read_source(PAGES / name, PAGES.parent, Settings())


@pytest.mark.parametrize("page, title, published", [
    # "Release date" is a publication label; the source's name after it on the same line is no date
    ("yunlan-drc-release-date.txt",
     "Interpretation of the Measures for Managing Yunlan Enterprise Credit Repair", "2024-03-08"),
    ("yunlan-drc-release-date-zh.txt", "《云岚市企业信用修复管理办法》解读", "2024-03-08"),
    ("huaxi-bureau-views.txt", "Notice on the Annual Enterprise Credit Classification Results for 2023", "2024-01-22"),
    ("coastal-daily-published-source.txt", "Province publishes first list of credit-repair service providers",
     "2024-05-30"),
])
def test_a_government_page_s_release_line_gives_its_date(page, title, published):
    document = read(page)
    assert (document.title, document.published) == (title, published)
    assert document.authors == []  # the source named beside the date is the issuer, not an author


@pytest.mark.parametrize("label", ["Release date", "Released", "Release time", "Publish date", "发布时间", "发文日期"])
def test_release_labels_give_the_publication_date(label):
    raw = (f"Notice on Enterprise Credit Repair\n\n{label}: 2024-03-08 16:45 Source: Yunlan Municipal Bureau\n\n"
           "The bureau answers the questions that enterprises most often raise about credit repair, "
           "and explains which records may be repaired and how long an application takes.\n")
    assert infer_metadata(raw).published == "2024-03-08"


@pytest.mark.parametrize("page, title", [
    ("tallyroom-one-line-byline.txt", "Why the loyalty points are the story, not the score"),
    ("tallyroom-one-line-byline-dots.txt", "Who decides what a good citizen earns?"),
])
def test_a_one_line_byline_of_several_fields_gives_date_and_author(page, title):
    """A byline line is as short as its longest field, however many fields it strings together."""
    document = read(page)
    assert (document.title, document.published, document.authors) == (title, "2024-10-09", ["Ada Lindqvist"])


def test_a_sentence_of_prose_split_by_dashes_stays_prose():
    """A paragraph whose clauses a spaced dash sets apart is no row of fields: its date is no dateline."""
    raw = ("A Chinese credit scheme\n\n"
           "The city's scheme — announced on March 3, 2018 by the mayor's office — gives residents points "
           "for volunteering and takes points away for unpaid fines and court debts.\n")
    assert infer_metadata(raw).published is None


def test_a_broker_note_s_title_sits_above_its_date_and_analysts():
    document = read("eastbank-broker-note.txt")
    assert document.title == ("Lanhe Credit Technology (8612.HK): 2Q25 results — loan growth slows, "
                              "provisions fall, dividend raised")
    assert document.published == "2025-08-14"
    assert document.authors == ["Grace Wong", "Tobias Reyes"]


def test_analysts_credentials_and_contacts_are_no_names():
    vocab = Vocabulary.load()
    assert split_authors("Grace Wong, CFA; Tobias Reyes", vocab, labelled=True) == ["Grace Wong", "Tobias Reyes"]
    assert split_authors("Li Wen, PhD, and Mark Doyle", vocab) == []  # "and Mark Doyle" is no name alone


@pytest.mark.parametrize("buttons", [
    "[Font size: Large Medium Small]  [Print]  [Close]",
    "【字体：大 中 小】  【打印】  【关闭】",
    "[Share on X] [Share on Facebook] [Copy link]  ♥ 87",
])
def test_a_row_of_buttons_under_a_headline_is_no_title(buttons):
    raw = ("Notice on Enterprise Credit Repair Applications\n"
           "Source: Yunlan Municipal Bureau\n"
           f"{buttons}\n\n"
           "The bureau answers the questions that enterprises most often raise about credit repair, "
           "and explains which records may be repaired and how long an application takes.\n")
    assert infer_metadata(raw).title == "Notice on Enterprise Credit Repair Applications"


@pytest.mark.parametrize("headline", [
    "[Updated] China extends its court blacklist to rail travel",  # a bracketed word, no row of buttons
    "UK - China credit data talks stall over court blacklist",  # capitals before a dash, no masthead
])
def test_a_headline_s_own_brackets_and_capitals_keep_it_a_headline(headline):
    raw = (f"{headline}\nMarch 3, 2024\n\n"
           "The Supreme People's Court said on Monday that people on its list of dishonest debtors would be "
           "barred from buying tickets on high-speed trains from next month.\n")
    assert infer_metadata(raw).title == headline


def test_a_site_s_name_before_its_menu_is_no_title():
    """A masthead in capitals with its edition, or a site's name leading its menu, stands above the headline."""
    for page in ("huaxi-bureau-views.txt", "coastal-daily-published-source.txt"):
        assert read(page).title.startswith(("Notice on", "Province publishes"))

