"""Reading what a page's readers and a newsletter's boxes hold.

A blog post's reader comments (extract/readers/threads.py, `reader_comments`) follow the article
as turns of their authors (extract/turns.py, `comment_section`): what a comment claims is its
commenter's, what the article claims stays the author's. A plain-text newsletter's boxes, drawn
with rule lines, separate its items (extract/clean.py, `RULE_LINE`); its shouted masthead names no
author (extract/metadata.py, `bare_names`); "sponsored by" in an item is no sponsor read.
"""
from pathlib import Path

import pytest

from extract.clean import clean_capture
from extract.metadata import infer_metadata
from extract.nlp import analyse
from extract.readers import read_source
from extract.settings import Settings
from extract.turns import COMMENTS_HEADING, speaker_turns

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reading_comments"
WORDPRESS = "wordpress-post-with-comments.html"
SUBSTACK = "substack-post-with-comments.html"
NEWSLETTER = "harbourline-newsletter.txt"


def read(name: str):
    return read_source(FIXTURES / name, FIXTURES, Settings())


def article_and_comments(text: str) -> tuple[str, list[str]]:
    article, _, comments = text.partition(f"\n\n{COMMENTS_HEADING}\n\n")
    return article, comments.split("\n\n") if comments else []


# --------------------------------------------------------------------------- blog comments


@pytest.mark.parametrize("name, labels", [
    (WORDPRESS, ["Ruth Okonjo (2021-03-03)", "Helen Achterberg (2021-03-03)", "jx_official_watch (2021-03-05)",
                 "Guest (2021-03-06)"]),
    (SUBSTACK, ["Ayesha Rahman (2024-10-01)", "Daniel Mbeki (2024-10-02)", "Lars Q. (2024-10-03)"]),
])
def test_a_blog_post_s_comments_follow_it_each_opened_by_its_author_and_date(name, labels):
    document = read(name)
    article, comments = article_and_comments(document.text)
    assert [comment.split(": ", 1)[0] for comment in comments] == labels
    assert "reader comment(s)" in document.notes["text"]
    assert COMMENTS_HEADING not in article.split("\n\n")


def test_a_reply_is_its_own_author_s_comment_after_the_one_it_answers():
    _, comments = article_and_comments(read(WORDPRESS).text)
    assert comments[0].startswith("Ruth Okonjo (2021-03-03): Very close to what I saw in Shandong.")
    assert comments[1] == "Helen Achterberg (2021-03-03): Thanks Ruth. Was that a prefecture-level city or a county?"


def test_a_comment_s_paragraphs_make_one_and_its_furniture_goes():
    document = read(SUBSTACK)
    _, comments = article_and_comments(document.text)
    assert comments[0] == ("Ayesha Rahman (2024-10-01): Same in Chengdu: my power-bank app asked for 700 in "
                           "September. I pay the 99 yuan deposit now.")
    for furniture in ("Like (12)", "Reply", "Share", "Log in to comment", "9 Comments"):
        assert furniture not in document.text
    wordpress = read(WORDPRESS).text
    for furniture in ("says:", "Liked by 3 people", "Leave a Reply", "Required fields", "Post Comment", "10:14 am"):
        assert furniture not in wordpress


def test_the_article_s_text_and_metadata_are_as_without_comments():
    document = read(WORDPRESS)
    article, _ = article_and_comments(document.text)
    assert article.startswith("I spent last autumn in a county credit office in Jiangxi")
    assert article.endswith("and the provincial platform has no field for one.")
    assert document.authors == ["Helen Achterberg"] and document.published == "2021-03-02"


def test_comments_are_turns_though_each_commenter_writes_once():
    text = read(WORDPRESS).text
    turns = speaker_turns(text)
    assert [t.speaker for t in turns] == ["Ruth Okonjo", "Helen Achterberg", "jx_official_watch", "Guest"]
    assert text[turns[2].start:turns[2].end] == ("Our city fined my employer 20,000 yuan for a late filing and it "
                                                 "stayed on the platform for three years.")
    assert all(t.start > text.index(COMMENTS_HEADING) for t in turns)


def test_a_commenter_s_claims_are_credited_to_the_commenter_and_the_article_s_to_no_one(nlp):
    document = read(WORDPRESS)
    doc = analyse(nlp, document.text, document.published, authors=document.authors)
    credited = {doc.text[c.phrase_start:c.phrase_end]: c.attributed_to for c in doc._.claims if c.kind == "figure"}
    assert credited["20,000 yuan"] == "jx_official_watch"
    assert credited["40 departments"] == "Ruth Okonjo"
    assert credited["31 county departments"] is None
    # a comment the page credits to no one is a guest's: credited to nobody, not to the author
    assert credited["fewer than 50 firms"] is None


@pytest.mark.parametrize("text", [
    # a report's own "Comments" heading, then prose and a note
    "The office held 146 firms.\n\nComments\n\nNote: the list is updated monthly.\n\nThe county did not reply.",
    # no heading: a comment-like line in an article is no commenter's
    "The office held 146 firms.\n\nZhou Lan (2023-06-06): a caption, not a comment.",
])
def test_only_a_heading_followed_by_comments_alone_makes_comment_turns(text):
    assert speaker_turns(text) == []


def test_a_page_without_comments_gets_no_comment_section():
    text = read_source(Path(__file__).resolve().parent / "fixtures" / "readers" / "plain-blog.html",
                       FIXTURES, Settings()).text
    assert COMMENTS_HEADING not in text


# --------------------------------------------------------------------------- newsletter boxes and mastheads


@pytest.fixture(scope="module")
def newsletter():
    raw = (FIXTURES / NEWSLETTER).read_text(encoding="utf-8")
    return raw, clean_capture(raw)


def test_a_newsletter_s_items_stay_though_one_says_supported_by(newsletter):
    _, cleaned = newsletter
    assert "The Supreme People's Court said on Friday that 8.1 million people" in cleaned.text
    assert "which are sponsored by the provincial market regulator" in cleaned.text
    assert "Mulberry Rural Bank" in cleaned.text


def test_a_sponsor_read_still_goes(newsletter):
    _, cleaned = newsletter
    assert "Compliance Summit" not in cleaned.text
    assert "Use code" not in cleaned.text


def test_a_box_drawn_with_rules_is_judged_by_what_it_holds(newsletter):
    _, cleaned = newsletter
    assert "8.1 million: debtors on the court's list at the end of January" in cleaned.text
    assert "31 million: flight tickets refused to listed debtors since 2013" in cleaned.text
    assert "Good morning. Three stories this week" in cleaned.text
    assert not any(set(line) <= set("-= ") for line in cleaned.text.splitlines() if line)
    assert {r.reason for r in cleaned.removed if set(r.line) <= set("-=")} == {"rule"}


def test_a_shouted_masthead_is_no_author_and_a_byline_s_affiliation_no_name(newsletter):
    raw, _ = newsletter
    meta = infer_metadata(raw)
    assert meta.authors == ["Tomasz Wierzbicki"]
    assert meta.published == "2025-03-03"
    assert meta.title == "Court lists grow, a city drops its points, and a lender tries scores for farmers"


@pytest.mark.parametrize("line, authors", [
    ("By Jane Doe, Reuters", ["Jane Doe"]),
    ("By Jane Doe and Li Wei, Caixin Global (Beijing)", ["Jane Doe", "Li Wei"]),
    ("By Jane Doe", ["Jane Doe"]),
])
def test_a_byline_s_names_come_before_where_they_work(line, authors):
    assert infer_metadata(f"Some headline about Sesame Credit\n{line}\nMarch 3, 2024\n\n" + "Text. " * 60).authors \
        == authors
