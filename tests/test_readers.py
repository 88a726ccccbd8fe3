"""Readers: format sniffing, decoding, each format's reader, and every bad input."""
from __future__ import annotations

import codecs
import dataclasses
from pathlib import Path

import pytest

from conftest import make_pdf
from extract.clean import CleanResult
from extract.document import SourceError
from extract.readers import document_id, read_source
from extract.readers.sniff import sniff_text_format
from extract.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "readers"


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings()


def read_fixture(name: str, settings: Settings):
    return read_source(FIXTURES / name, FIXTURES, settings)


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


PAPER_FIRST_PAGE = [
    "Scoring the Trustworthy: Sesame Credit and Its Users",
    "Wei Zhang and Laura Becker",
    "Published: 12 March 2019",
    "https://doi.org/10.1234/scs.2019.0042",
    "Sesame Credit, launched by Ant Financial in 2015, scores users between 350 and 950 points.",
    "Users with scores above 700 can apply for a Singapore visa with fewer docu-",
    "ments, and those above 650 can rent bikes without a deposit.",
]
PAPER_SECOND_PAGE = [
    "In 2018 the People's Bank of China licensed Baihang Credit, a joint venture of eight",
    "companies, as the first personal credit bureau.",
]


# --------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    "content, expected",
    [
        ("TY  - JOUR\nTI  - Cashless China\nER  - \n", "ris"),
        ("TY - JOUR\nT1 - Cashless China\nER -\n", "ris"),  # one space, as some exports write it
        ("\ufeff\n\nTY  - NEWS\nTI  - x\nER  - \n", "ris"),
        ("% Exported by Zotero\n\n@article{chong2019,\n  title = {Cashless China}\n}\n", "bibtex"),
        ("@Book (smith2019, title = {X})", "bibtex"),
        ("<!DOCTYPE html>\n<html><head><title>x</title></head><body>y</body></html>", "html"),
        ("  <html lang='zh'><body><p>芝麻信用</p></body></html>", "html"),
        ("<?xml version='1.0' encoding='utf-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body>x</body></html>", "html"),
        ("Open Sesame\n\nFrom shopping online to renting bikes, Chinese citizens contribute to their own supervision.", "text"),
        ("How pages are built\n\n" + "Prose about the web. " * 80 + "A page starts with <html> and has a <body>.", "text"),
        ("HTTP/1.1 200 OK\nContent-Type: text/html\n\n<!DOCTYPE html>\n<html><body><p>x</p></body></html>\n", "html"),
        ("Saving pages\n<html> is how a page starts; this note is plain text.\n", "text"),
        ("A note on RIS\nThe line TY  - JOUR opens a record.\n", "text"),
        ("Write to us @editors {we answer}", "text"),
    ],
)
def test_sniff_by_content(content, expected):
    assert sniff_text_format(content) == expected


@pytest.mark.parametrize(
    "fixture, misleading_name, expected",
    [
        ("news-record.ris", "tencent-credit.txt", "ris"),
        ("report.bib", "creemers.txt", "bibtex"),
        ("news-page.html", "hospital.txt", "html"),
        ("plain-blog.html", "zhima-score", "html"),
    ],
)
def test_extension_does_not_decide_the_format(tmp_path, settings, fixture, misleading_name, expected):
    path = write(tmp_path, misleading_name, (FIXTURES / fixture).read_bytes())
    assert read_source(path, tmp_path, settings).format == expected


def test_pdf_is_sniffed_by_magic_bytes(tmp_path, settings):
    path = write(tmp_path, "paper.txt", make_pdf([PAPER_FIRST_PAGE]))
    assert read_source(path, tmp_path, settings).format == "pdf"


# --------------------------------------------------------------------------- documents


@pytest.mark.parametrize(
    "name, expected",
    [
        ("aleteia-2018-social-credit-system.txt", "aleteia-2018-social-credit-system"),
        ("King & Spalding 2018 (alert).TXT", "king-spalding-2018-alert"),
        ("Open_Sesame__Feature.html", "open-sesame-feature"),
        ("芝麻信用 报告.txt", "芝麻信用-报告"),
    ],
)
def test_document_id_is_a_slug_of_the_stem(name, expected):
    assert document_id(Path(name)) == expected


def test_document_id_of_a_name_without_letters_is_still_stable():
    assert document_id(Path("___.txt")) == document_id(Path("___.txt"))
    assert document_id(Path("___.txt")).startswith("source-")


SEED_FORMATS = {
    "aleteia-2018-social-credit-system.txt": "text",
    "chong-2019-cashless-china.txt": "ris",
    "king-spalding-2018-social-credit-roadblock.txt": "text",
    "open-sesame-feature.txt": "text",
    "sesame-credit-blog.txt": "text",
}


@pytest.mark.parametrize("name, expected_format", sorted(SEED_FORMATS.items()))
def test_every_seed_reads(settings, name, expected_format):
    document = read_source(CORPUS / "sources" / name, CORPUS, settings)
    assert document.format == expected_format
    assert document.source == f"sources/{name}"
    assert document.original_name == name
    assert document.id == name.removesuffix(".txt")
    assert document.encoding == "utf-8"
    assert document.raw == (CORPUS / "sources" / name).read_text(encoding="utf-8")
    assert len(document.text) > 1000
    assert document.title


def test_ris_seed_named_txt(settings):
    document = read_source(CORPUS / "sources" / "chong-2019-cashless-china.txt", CORPUS, settings)
    assert document.format == "ris"
    assert document.kind == "journal-article"
    assert document.title == "Cashless China: Securitization of everyday life through Alipay’s social credit system—Sesame Credit"
    assert document.authors == ["Chong, Pak Lei Gladys"]
    assert document.published == "2019-07"
    assert document.doi == "10.1080/17544750.2019.1583261"
    assert document.outlet == "Chinese Journal of Communication"
    assert document.keywords == ["(data) surveillance", "Alipay", "Chinese youth", "credit",
                                 "governmental practices", "privacy", "Sesame Credit"]
    assert document.url.startswith("http://www.scopus.com/")
    # the title line first, then the abstract, which is the text
    title_line, abstract = document.text.split("\n\n", 1)
    assert title_line == document.title
    assert abstract.startswith("This study on Alipay’s social credit system")
    assert abstract.endswith("surveillance practices in contemporary China.")
    assert document.notes["title"] == "ris: T1 + T2 (subtitle)"
    assert document.notes["published"] == 'ris: PY "2019/7"'
    assert document.notes["pages"] == 'ris: SP/EP "290–307"'
    assert document.notes["volume"] == 'ris: VL "12"' and document.notes["issue"] == 'ris: IS "3"'


def test_text_capture_is_cleaned_but_metadata_comes_from_raw(settings, monkeypatch):
    seen = []

    def clean_capture(raw: str) -> CleanResult:
        seen.append(raw)
        return CleanResult("\n".join(raw.splitlines()[20:]), removed=[])

    monkeypatch.setattr("extract.readers.text.clean_capture", clean_capture)
    document = read_source(CORPUS / "sources" / "aleteia-2018-social-credit-system.txt", CORPUS, settings)
    assert seen == [document.raw]
    assert "Paul De Maeyer" not in document.text  # cleaning removed the header...
    assert document.authors == ["Paul De Maeyer"]  # ...but the byline was read from the raw capture
    assert document.published == "2018-06-28"


CLEAN_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "clean"


@pytest.mark.parametrize("name, headline, published, note", [
    ("wire-dateline.txt", "Shanghai court kept listed debtors off high-speed trains 1.2 million times, court says",
     "2019-03-03", 'text: "MARCH 3, 2019 / 10:02 AM / UPDATED 5 HOURS AGO"'),
    ("business-standfirst.txt", "Why the deposit waiver became the credit score’s best advertisement",
     "2021-05-03", 'text: "May 3, 2021"'),
])
def test_text_capture_headline_is_the_title_and_stays_in_the_text(settings, name, headline, published, note):
    """The headline is read as the title and kept as text (headlines carry claims); the
    dateline that the cleaning removes still dates the document."""
    document = read_source(CLEAN_FIXTURES / name, CLEAN_FIXTURES, settings)
    assert document.title == headline
    assert document.text.startswith(headline + "\n\n")
    assert (document.published, document.notes["published"]) == (published, note)


def test_reading_is_deterministic(settings):
    for name in sorted(SEED_FORMATS):
        path = CORPUS / "sources" / name
        assert dataclasses.asdict(read_source(path, CORPUS, settings)) == dataclasses.asdict(read_source(path, CORPUS, settings))


# --------------------------------------------------------------------------- encodings


def test_gb18030_chinese_capture(settings):
    document = read_fixture("zhima-credit-gb18030.txt", settings)
    assert document.encoding == "gb18030"
    assert document.format == "text"
    assert "芝麻信用是蚂蚁金服旗下的个人信用评估服务" in document.text
    assert document.title == "芝麻信用分超过650分可免押金入住酒店"
    assert document.authors == ["张伟"]
    assert document.published == "2018-03-03"


def test_utf16_capture_with_bom(settings):
    document = read_fixture("utf16-capture.txt", settings)
    assert document.encoding == "utf-16-le"
    assert not document.raw.startswith("\ufeff")
    assert document.title == "Blacklisted debtors barred from flights"
    assert document.authors == ["Daniel Hoffmann"]
    assert document.published == "2018-02-24"


@pytest.mark.parametrize(
    "encoded, encoding",
    [
        (codecs.BOM_UTF8 + "Sesame Credit – 芝麻信用\n".encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_BE + "Sesame Credit – 芝麻信用\n".encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF16_LE + "Sesame Credit – 芝麻信用\n".encode("utf-16-le"), "utf-16-le"),
        ("Sesame Credit – 芝麻信用\n".encode("utf-8"), "utf-8"),
        ("芝麻信用 Sesame Credit\n".encode("gb18030"), "gb18030"),
    ],
)
def test_decodings(tmp_path, settings, encoded, encoding):
    document = read_source(write(tmp_path, "note.txt", encoded), tmp_path, settings)
    assert document.encoding == encoding
    assert "芝麻信用" in document.raw and "Sesame Credit" in document.raw
    assert not document.raw.startswith("\ufeff")


@pytest.mark.parametrize("name, content", [
    ("capture.txt", "Wallet users\n\nThe wallet has 520\u00a0million users; a re\u00adminder costs 1,000\u202fyuan.\u200b\n"),
    ("page.html", "<html><body><article><h1>Wallet users</h1><p>The wallet has 520&nbsp;million users; "
                  "a re&shy;minder costs 1,000&#8239;yuan.&#8203;</p></article></body></html>"),
])
def test_typesetters_spaces_are_plain_and_invisible_characters_gone(tmp_path, settings, name, content):
    """A no-break space between a number and its scale would be a token of its own, and a soft
    hyphen would split its word: the text keeps the words as a reader sees them."""
    document = read_source(write(tmp_path, name, content.encode("utf-8")), tmp_path, settings)
    assert "The wallet has 520 million users; a reminder costs 1,000 yuan." in document.text


# --------------------------------------------------------------------------- HTML


def test_html_news_page_main_text_without_furniture(settings):
    document = read_fixture("news-page.html", settings)
    assert document.format == "html"
    assert document.text.startswith("Shanghai hospital lets high Sesame Credit scorers skip the queue\n\n")
    assert "score above 650 a credit line of 1,000 yuan" in document.text
    assert "“Patients no longer need to stand in line three times,” said Zhang Wei" in document.text
    for furniture in ("cookies", "Share on Facebook", "Sign in", "Subscribe", "Privacy policy", "Related stories", "dataLayer"):
        assert furniture not in document.text


def test_html_news_page_declared_metadata(settings):
    document = read_fixture("news-page.html", settings)
    assert document.title == "Shanghai hospital lets high Sesame Credit scorers skip the queue"
    assert document.authors == ["Mei Lin"]
    assert document.published == "2018-05-14"
    assert document.outlet == "Pacific Tech Review"
    assert document.url == "https://www.pacifictechreview.example/2018/05/sesame-credit-hospital"
    assert document.license == "CC BY-SA 4.0"
    assert document.keywords == ["Sesame Credit", "Alipay", "healthcare"]
    assert document.kind == "article"
    assert document.notes["published"] == 'html: <meta property="article:published_time">'
    assert document.notes["url"] == 'html: <link rel="canonical">'


@pytest.mark.parametrize("name, posts, first, last", [
    ("qa-thread.html", 3, "I moved to Chengdu last year", "refused Huabei credit lines above 2,000 yuan."),
    ("forum-thread-microdata.html", 3, "My business partner lost a contract dispute", "the only way off it."),
    ("forum-thread-phpbb.html", 3, "I read that Sesame Credit users", "in place of financial documents."),
    ("forum-thread-handmade.html", 3, "My landlord says", "my bank froze my credit card."),
])
def test_html_thread_is_read_post_by_post(settings, name, posts, first, last):
    document = read_fixture(name, settings)
    paragraphs = document.text.split("\n\n")
    assert paragraphs[0].startswith(first) and paragraphs[-1].endswith(last)
    assert document.notes["text"] == f"html: the {posts} posts of a forum thread or Q&A page"
    assert document.kind == "discussion"
    for furniture in ("Posts:", "answered Apr", "Powered by", "2 Answers", "Terms of Service", "Reply · Quote"):
        assert furniture not in document.text


def test_html_reader_comments_do_not_make_an_article_a_thread(settings):
    document = read_fixture("news-with-comments.html", settings)
    assert document.text.startswith("Residents of Hangzhou with more than 120 civic points")
    assert "1.8 million residents" in document.text
    # the comments follow the article, each its author's turn (tests/test_reading_comments.py)
    article, comments = document.text.split("\n\nComments\n\n")
    assert "150 points" not in article and "40 points" not in article
    assert comments.split("\n\n")[0] == "bikefan88: Finally! I have 150 points and never know what to spend them on."
    assert document.kind == "article"


def test_html_citation_meta_tags(tmp_path, settings):
    page = """<!DOCTYPE html><html><head>
    <meta name="citation_title" content="Cashless China">
    <meta name="citation_author" content="Chong, Pak Lei Gladys">
    <meta name="citation_publication_date" content="2019/07/01">
    <meta name="citation_journal_title" content="Chinese Journal of Communication">
    <meta name="citation_doi" content="10.1080/17544750.2019.1583261">
    </head><body><article><h1>Cashless China</h1>
    <p>This study on Alipay's social credit system, Sesame Credit, examines the governmental practices that have evolved in the platform economy.</p>
    </article></body></html>"""
    document = read_source(write(tmp_path, "chong.html", page), tmp_path, settings)
    assert (document.title, document.authors, document.published) == ("Cashless China", ["Chong, Pak Lei Gladys"], "2019-07-01")
    assert document.outlet == "Chinese Journal of Communication"
    assert document.doi == "10.1080/17544750.2019.1583261"
    assert document.kind == "journal-article"
    assert document.notes["doi"] == 'html: <meta name="citation_doi">'


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Blacklists Grow Longer | Sixth Tone", "Blacklists Grow Longer"),
        ("Sixth Tone - Blacklists Grow Longer", "Blacklists Grow Longer"),
        ("Scores – and what they cost", "Scores – and what they cost"),  # a dash inside the headline stays
    ],
)
def test_html_title_element_without_the_site_name(tmp_path, settings, monkeypatch, title, expected):
    monkeypatch.setattr("extract.readers.html.trafilatura.bare_extraction", lambda *args, **kwargs: None)
    page = (f'<html><head><title>{title}</title><meta property="og:site_name" content="Sixth Tone"></head>'
            "<body><p>Courts in 24 cities now publish the names of blacklisted debtors on screens in public squares.</p></body></html>")
    document = read_source(write(tmp_path, "page.html", page), tmp_path, settings)
    assert document.title == expected
    assert document.notes["title"] == "html: <title>"


@pytest.mark.parametrize("title", ["Qianhai Trust Points - Openpedia", "Qianhai Trust Points | Openpedia"])
def test_html_declared_title_without_the_site_name(tmp_path, settings, monkeypatch, title):
    # an encyclopedia declares its article's title with the site's name, as its <title> has it
    monkeypatch.setattr("extract.readers.html.trafilatura.bare_extraction", lambda *args, **kwargs: None)
    page = (f'<html><head><title>{title}</title><meta property="og:title" content="{title}">'
            '<meta property="og:site_name" content="Openpedia"></head>'
            "<body><p>Qianhai Trust Points is a municipal points scheme launched in Shenzhen in 2016.</p></body></html>")
    document = read_source(write(tmp_path, "page.html", page), tmp_path, settings)
    assert (document.title, document.outlet) == ("Qianhai Trust Points", "Openpedia")


def test_html_without_declarations_reads_the_visible_byline_and_footer(settings):
    document = read_fixture("plain-blog.html", settings)
    assert document.title == "Living with a Zhima score"
    assert document.authors == ["Lucy Wang"]
    assert document.published == "2018-03-03"
    assert document.outlet == "Hangzhou Notes"
    assert document.license == "CC BY-SA 4.0"
    assert document.notes["authors"] == 'html visible text: "By Lucy Wang"'
    assert "My first score was 652" in document.text
    assert "Archive" not in document.text


def test_html_fallback_when_trafilatura_finds_no_main_text(settings, monkeypatch):
    monkeypatch.setattr("extract.readers.html.trafilatura.bare_extraction", lambda *args, **kwargs: None)
    document = read_fixture("news-page.html", settings)
    assert "score above 650 a credit line of 1,000 yuan" in document.text
    assert "Critics warn that people with low scores" in document.text
    for furniture in ("Sign in", "Privacy policy", "Accept all cookies", "dataLayer", ".cookie-banner"):
        assert furniture not in document.text
    assert "trafilatura found no main text" in document.notes["text"]
    assert document.title == "Shanghai hospital lets high Sesame Credit scorers skip the queue"


# --------------------------------------------------------------------------- web genres read whole
# Pages written as their genres are published (tests/fixtures/reading_web): two live blogs (one
# declaring LiveBlogPosting in JSON-LD, one with a publisher's own markup), two FAQ pages
# (<details>/<summary> with FAQPage JSON-LD; numbered questions as headings), a long feature, and
# an annual report printed to PDF by headless Chromium from annual-report-2023.print.html.txt.

WEB = Path(__file__).resolve().parent / "fixtures" / "reading_web"


def read_web(name: str, settings: Settings):
    return read_source(WEB / name, WEB, settings)


def test_live_blog_key_points_box_dropped_by_trafilatura_is_put_back(settings):
    document = read_web("liveblog-plain.html", settings)
    paragraphs = document.text.split("\n\n")
    assert paragraphs[:3] == [
        "- Shanghai No. 2 Intermediate People's Court ordered a debtor removed from the dishonest-defaulter list "
        "after he repaid 2.6 million yuan",
        "- Alipay users reported Sesame Credit scores missing for about three hours on Tuesday morning",
        '- Ant Group blamed a "data synchronisation fault" and said no scores were changed',
    ]
    assert paragraphs[3].startswith("That's all from us today.")  # the newest update comes next
    assert paragraphs[-1].startswith("Good morning. We are following two stories today")
    assert "According to the Supreme People's Court, 10.5 million people have been removed" in document.text
    for furniture in ("1.2K shares", "More live coverage", "Two Sessions 2025", "E-Paper", "Careers", "2,341 reposts"):
        assert furniture not in document.text
    assert "trafilatura's main text and 4 block(s)" in document.notes["text"]
    assert (document.authors, document.published, document.outlet) == (["Li Na", "Tom Baker"], "2025-03-04", "Pearl River Post")


def test_live_blog_updates_in_post_content_are_no_forum_thread(tmp_path, settings):
    """WordPress live-blog plugins give each update the class a forum gives a post."""
    page = """<html><head><title>Live: Sesame Credit outage</title></head><body>
    <h1>Live: Sesame Credit outage</h1>
    <div class="liveblog-summary"><ul>
    <li>Alipay users reported Sesame Credit scores missing for about three hours on Tuesday morning</li>
    </ul></div>
    <div class="live-feed">
    <div class="entry"><span class="time">1:20pm</span><div class="post-content"><p>Ant Group said in a statement that a
    data fault between 9:40am and 12:45pm had stopped scores from displaying in the Alipay app.</p></div></div>
    <div class="entry"><span class="time">8:15am</span><div class="post-content"><p>Good morning. Reports are coming
    in that Sesame Credit scores have vanished from the Alipay app for some users this morning.</p></div></div>
    </div></body></html>"""
    document = read_source(write(tmp_path, "live.html", page), tmp_path, settings)
    assert document.kind != "discussion" and "forum thread" not in document.notes.get("text", "")
    assert "Alipay users reported Sesame Credit scores missing for about three hours" in document.text
    assert "had stopped scores from displaying in the Alipay app." in document.text


def test_key_points_box_in_an_aside_is_put_back(tmp_path, settings):
    page = """<html><head><title>Live: credit law draft</title></head><body><main>
    <h1>Live: PBoC publishes draft personal credit law</h1>
    <aside class="key-points"><h2>Key points</h2><ul>
    <li>Only licensed bureaus such as Baihang Credit could score individuals for lending</li>
    <li>Fines for unlicensed credit reporting would reach 5 million yuan</li></ul></aside>
    <div class="updates">
    <p>Baihang Credit said in a statement that it now holds credit records on more than 700 million people.</p>
    <aside class="pull"><p>Baihang Credit said in a statement that it now holds credit records on more than 700 million people.</p></aside>
    <p>The People's Bank of China published the draft this morning and will take comments until 15 December.</p>
    </div></main>
    <aside class="rail"><p>Our newsletter brings you the best of our business coverage every weekday morning.</p></aside>
    </body></html>"""
    document = read_source(write(tmp_path, "live.html", page), tmp_path, settings)
    assert "- Fines for unlicensed credit reporting would reach 5 million yuan" in document.text
    assert document.text.count("more than 700 million people") == 1
    assert "newsletter" not in document.text


def test_live_blog_json_ld_names_every_author(settings):
    document = read_web("liveblog-jsonld.html", settings)
    assert document.authors == ["Helen Marsh", "Daniel Yip"]  # <meta name="author"> names only the first
    assert document.notes["authors"] == "html: JSON-LD author"
    assert document.published == "2024-11-14" and document.outlet == "The Courier"
    assert "- Any company that scores individuals for lending would need a credit reporting licence" in document.text
    assert "It was licensed in January 2018." in document.text  # a correction note is the blog's text
    for furniture in ("We use cookies", "Most viewed", "Bank of England holds rates", "Photograph: Aly Song", "Like 23"):
        assert furniture not in document.text


def test_faq_answers_in_details_keep_their_lists(settings):
    document = read_web("faq-details.html", settings)
    assert ("Ant Group says five kinds of information are used:\n\n"
            "- credit history: whether you repay Huabei and other loans on time;\n\n") in document.text
    assert "- connections: the credit of people you transact with.\n\nThe weight of each factor" in document.text
    # The questions in <summary>, which trafilatura drops, come back before their answers.
    assert ("Is Sesame Credit part of the government's social credit system?\n\n"
            "No. Sesame Credit is a commercial score.") in document.text
    assert "What is the range of Sesame Credit scores?\n\nScores range from 350 to 950." in document.text
    # The affiliate disclosure above the article and the author's bio below it stay out.
    for furniture in ("may receive a commission", "personal finance writer", "Related guides", "On this page"):
        assert furniture not in document.text
    assert document.published == "2025-02-18"  # "Last reviewed: 18 February 2025", the only date shown
    assert document.authors == ["Grace Lim"]


def test_faq_in_schema_org_microdata_is_no_q_and_a_thread(settings):
    """FAQPage microdata marks each answer's text as a Q&A site marks a post's: the page is still
    the publisher's article, read with its introduction and its questions."""
    document = read_web("faq-microdata.html", settings)
    assert document.kind != "discussion" and "forum thread" not in document.notes.get("text", "")
    assert "Tencent has tried two kinds of consumer score." in document.text
    assert ("Does Tencent share data with Baihang?\n\nYes. Tencent is one of the eight founding shareholders "
            "of Baihang Credit") in document.text
    # The byline shown names the author; trafilatura's guess kept the rest of the line.
    assert document.authors == ["Omar Haddad"]
    assert document.published == "2024-10-02"


def test_page_dated_only_by_its_last_review(tmp_path, settings):
    page = """<html><head><title>Credit repair: questions and answers</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": ["WebPage", "FAQPage"],
     "lastReviewed": "2024-08-30"}</script></head>
    <body><h1>Credit repair: questions and answers</h1>
    <p>Under the Measures for Credit Repair, most penalty records are published for one to three years.</p>
    <p>A company may apply to Credit China to have a record removed once it has corrected the violation.</p>
    </body></html>"""
    document = read_source(write(tmp_path, "faq.html", page), tmp_path, settings)
    assert document.published == "2024-08-30"
    assert document.notes["published"] == "html: JSON-LD lastReviewed (last update; no publication date given)"


@pytest.mark.parametrize("byline, published", [
    ('<p class="byline">By Emily Zhou · <time datetime="2024-05-20">May 20, 2024</time></p>', "2024-05-20"),
    ("", "2024-05-23"),  # the last change is all the page says: used, as a last update
])
def test_declared_last_change_is_no_publication_date(tmp_path, settings, byline, published):
    """trafilatura takes a page's article:modified_time for its date when no publication date is declared."""
    page = f"""<html><head><title>Points for good behaviour</title>
    <meta property="article:modified_time" content="2024-05-23T15:12:00-04:00"></head>
    <body><article><h1>Points for good behaviour</h1>{byline}
    <p>In Rongcheng, every adult starts with 1,000 points, and the city's credit office adds points for volunteering.</p>
    <p>Residents are graded from AAA, for 1,050 points or more, to D, for fewer than 599 points in all.</p>
    </article></body></html>"""
    document = read_source(write(tmp_path, "feature.html", page), tmp_path, settings)
    assert document.published == published
    if not byline:
        assert document.notes["published"].endswith("(last update; no publication date given)")


def test_faq_with_numbered_questions_as_headings(settings):
    document = read_web("faq-headings.html", settings)
    assert "3. What happens if we are put on a blacklist?\n\nBeing listed as a" in document.text
    assert "- stricter customs inspections, at a rate of 80% or more of shipments;" in document.text
    assert "Under the Measures for Credit Repair, which took effect on 1 March 2023" in document.text
    assert "Our people" not in document.text and "Skip to main content" not in document.text
    # "Authors: Michael Chen, Partner; Sarah O'Neill, Senior Associate": trafilatura splits it into
    # names and job titles alike; no authors rather than "Partner" for one.
    assert "Partner" not in document.authors


def test_feature_pull_quotes_captions_and_rails_stay_out(settings):
    document = read_web("feature.html", settings)
    assert document.text.startswith("RONGCHENG, China — On a grey morning in March, Zhang Meiling")
    assert document.text.count("They gave me five points for each day") == 1  # not again as a pull quote
    assert document.text.count("I found out when the bank refused my loan") == 1
    for furniture in ("A noticeboard in a Rongcheng", "Marco Ruiz", "Related stories", "What Baihang knows about you",
                      "Emily Zhou is a China correspondent", "Donate today", "187 Comments"):
        assert furniture not in document.text
    assert (document.authors, document.published, document.outlet) == (["Emily Zhou"], "2024-05-20", "Northbound Review")
    # The correction note under the article states the corrected fact; the box on method does not.
    assert document.text.endswith("Correction, May 23, 2024: An earlier version of this article misstated the "
                                  "population of Rongcheng. It is about 670,000, not 1.7 million.")
    assert "How we reported this" not in document.text


def test_feature_pull_quotes_set_in_the_body_are_not_read_twice(settings):
    """A WordPress feature sets its pull quotes in the body (<blockquote class="wp-block-pullquote">,
    <div class="pull-quote">) in curly quotes, where trafilatura keeps them."""
    document = read_web("feature-wordpress.html", settings)
    assert document.text.count("They gave me five points for each day") == 1
    assert document.text.count("I found out when the bank refused my loan") == 1
    assert '"I helped clean the beach in the autumn," she said. "They gave me five points for each day."' in document.text
    assert "Gangwan district keeps paper files" not in document.text  # the photograph's caption


def test_a_short_repeat_is_no_pull_quote():
    from extract.readers.html import without_pull_quotes

    text = ("Key points\n\nThe Supreme People's Court says the key points of its list are public.\n\n"
            "Courts in 24 cities publish debtors' names.")
    assert without_pull_quotes(text) == text


def test_html_note_references_are_bracketed_as_the_pdf_reader_brackets_them(tmp_path, settings):
    page = """<html><body><article><h1>Scoring the city</h1>
    <p>By 2020 at least 62 cities had run point schemes for residents.<sup><a href="#fn1">1</a></sup> Rongcheng
    gives each adult 1,000 points at the start<sup>2</sup>, and deducts them for offences.</p>
    <p>The NDRC named 28 model cities in 2018.<a class="footnote-ref" href="#fn3"><sup>3</sup></a> Its office
    keeps 120 m<sup>2</sup> of paper files on the city's 670,000 residents.</p>
    <ol class="footnotes"><li id="fn1">National Public Credit Information Center, annual report for 2021, p. 4.</li></ol>
    </article></body></html>"""
    document = read_source(write(tmp_path, "notes.html", page), tmp_path, settings)
    assert "for residents.[1] Rongcheng" in document.text
    assert "at the start[2], and deducts" in document.text
    assert "model cities in 2018.[3] Its office" in document.text  # not the number 2018.3
    assert "[2] of paper files" not in document.text  # square metres are no note


def test_dropped_blocks_outside_the_article_are_not_taken_back():
    """Only what lies between the headline and the last paragraph trafilatura kept comes back,
    and only prose: not a rail of links, not a paragraph in a box whose class names furniture."""
    from extract.readers.html import _parse, with_dropped_blocks

    page = _parse("""<html><body><h1>Courts publish debtors' names</h1>
    <div class="promo"><p>Subscribers get unlimited access to every story we publish this year.</p></div>
    <ul><li><a href="/a">Blacklists explained: what a listing means for travellers</a></li></ul>
    <p>The Supreme People's Court added 1.2 million names to its list in 2019.</p>
    <ul><li>Listed debtors may not fly or take high-speed trains anywhere in China</li></ul>
    <p>Courts in 24 cities show the names on screens in public squares.</p>
    <p>Jane Doe covers Chinese courts for this paper and lives in Beijing.</p></body></html>""", "page.html")
    kept = ("The Supreme People's Court added 1.2 million names to its list in 2019.\n\n"
            "Courts in 24 cities show the names on screens in public squares.")
    text, taken = with_dropped_blocks(kept, page)
    assert taken == 1
    assert text == ("The Supreme People's Court added 1.2 million names to its list in 2019.\n\n"
                    "- Listed debtors may not fly or take high-speed trains anywhere in China\n\n"
                    "Courts in 24 cities show the names on screens in public squares.")


def test_annual_report_printed_by_a_browser(settings):
    document = read_web("annual-report-2023.pdf", settings)
    assert document.title == "Lingxi Digital Technology Holdings Limited — Annual Report 2023"
    assert document.published is None  # the day Chromium printed it is no publication date
    # The running head and foot printed on every page are gone; the cover's own lines stay.
    assert "Lingxi Digital Technology Holdings Limited · Annual Report 2023" not in document.text
    assert "Lingxi Digital Technology Holdings Limited — Stock code: 9877" not in document.text
    assert "Stock code: 9877\nAnnual Report 2023" in document.text
    # A note's number printed before a comma is a note's number, and its note a paragraph apart.
    assert "182.4 million registered users[1], compared with 151.0 million" in document.text
    assert "\n\n1 Registered users are individuals who have completed real-name verification" in document.text
    assert "RMB1,091.6 million" in document.text  # a thousands comma is no note marker
    assert "Net profit attributable to shareholders 1,036.2 884.7 17.1%" in document.text
    assert "If the PBoC were to determine that any of our services constitutes credit reporting business" in document.text


def test_interim_report_set_in_two_columns(settings):
    """A page set in two columns wraps its lines at the column's width, half the document's."""
    document = read_web("interim-report-two-columns.pdf", settings)
    assert ("We build and operate municipal public credit information platforms. In the first half of 2024 we "
            "signed new contracts with six cities, bringing the number of platforms we operate to 37.") in document.text
    assert "call for a unified national credit information sharing network by the end of 2025." in document.text
    # The operating table on a full-width page keeps one row a line.
    assert "\nReport queries (million) 41.7 34.0\nBank and institutional clients 2,318 2,046\n" in document.text


def test_pdf_column_page_is_unwrapped_at_its_own_width():
    from extract.readers.pdf import _joined

    wide = ("The People's Bank of China licensed Baihang Credit in January 2018 as the first market-based\n"
            "personal credit bureau, owned by eight private companies and the National Internet Finance\n"
            "Association, which holds 36 per cent of the shares; each of the companies holds 8 per cent.\n"
            "Baihang said in 2023 that its database covered more than 500 million individuals, and that\n"
            "lenders queried it more than 3 billion times a year. It shares data with Pudao Credit too.")
    column = ("Since April 2024, each report shows\nwhether the entity or its legal\nrepresentative is on the court's\n"
              "list of dishonest judgment defaulters,\nwhich contained 8.1 million entries as\nof June 30, 2024, "
              "the court says.\nWe build and operate municipal\npublic credit platforms for 37 cities,\n"
              "six of them new this half-year.")
    contents = "Contents\nOperating Highlights 2\nBusiness Review 3\nPrincipal Risks 4\nDirectors 5\nGovernance 6\nAuditors 7\nNotes 8"
    text = _joined([wide, column, contents])
    assert "which contained 8.1 million entries as of June 30, 2024, the court says." in text
    assert "We build and operate municipal public credit platforms for 37 cities, six of them new" in text
    assert "Contents\nOperating Highlights 2\nBusiness Review 3\n" in text  # a contents list is no column


# --------------------------------------------------------------------------- RIS and BibTeX


def test_ris_news_record(settings):
    document = read_fixture("news-record.ris", settings)
    assert document.format == "ris"
    assert document.kind == "news-article"
    assert document.title == "Tencent suspends its social credit score a day after launch"
    assert document.authors == ["Li, Yuan", "Brennan, Kate"]
    assert document.published == "2018-02-01"  # DA is more precise than PY
    assert document.outlet == "Asia Business Daily"  # T2 without a JO/JF is the outlet
    assert document.notes["outlet"] == "ris: T2 (secondary title)"
    assert document.text.startswith(document.title + "\n\nTencent has suspended Tencent Credit")


def test_bibtex_entry_without_latex(settings):
    document = read_fixture("report.bib", settings)
    assert document.format == "bibtex"
    assert document.kind == "report"
    assert document.title == "China's Social Credit System: An Evolving Practice of Control"
    assert document.authors == ["Creemers, Rogier", "Müller, Jörg", "Leiden Asia Centre"]
    assert document.published == "2018-05"
    assert document.outlet == "Leiden University"
    assert document.doi == "10.2139/ssrn.3175792"
    assert document.url == "https://papers.example.org/sol3/papers.cfm?abstract_id=3175792&x=1_2%20"  # not LaTeX-decoded
    assert document.keywords == ["social credit", "surveillance", "governance"]
    assert document.text.endswith("an “ecosystem” of initiatives—from court blacklists to commercial scores—that covers 50% of the population's records.")


def test_bibtex_names_protected_by_braces_stay_whole(tmp_path, settings):
    entry = "@misc{x, title = {Credit at the Counter}, author = {{Barnes and Noble} and Doe, Jane and others}, year = {2020}}"
    document = read_source(write(tmp_path, "x.bib", entry), tmp_path, settings)
    assert document.authors == ["Barnes and Noble", "Doe, Jane"]
    assert document.published == "2020"


# --------------------------------------------------------------------------- PDF


def test_pdf_text_and_metadata(tmp_path, settings):
    data = make_pdf([PAPER_FIRST_PAGE, PAPER_SECOND_PAGE],
                    {"Title": "Microsoft Word - draft3.docx", "Author": "Wei Zhang; Laura Becker",
                     "CreationDate": "D:20190315093000+08'00'"})
    document = read_source(write(tmp_path, "zhang-2019.pdf", data), tmp_path, settings)
    assert document.format == "pdf" and document.encoding is None
    assert "apply for a Singapore visa with fewer documents, and those above 650" in document.text  # rejoined
    assert "first personal credit bureau" in document.text  # page 2
    assert document.title == "Scoring the Trustworthy: Sesame Credit and Its Users"  # placeholder /Title ignored
    assert document.notes["title"].startswith("pdf first page:")
    assert document.authors == ["Wei Zhang", "Laura Becker"]
    assert document.notes["authors"] == "pdf: /Author"
    assert document.published == "2019-03-12"  # the stated date beats the file's creation date
    assert document.doi == "10.1234/scs.2019.0042"
    assert "Scoring the Trustworthy" in document.raw


#: A law-firm alert as a PDF prints it: paragraphs wrapped at the page's width, a numbered
#: heading, and a list whose short items keep their own lines.
WRAPPED_ALERT = [
    "The draft confirms the role of the National Public Credit Information Center, which is",
    "run by the NDRC, as the hub through which ministries share credit data. Enterprise",
    "records are published through the National Enterprise Credit Information Publicity",
    "System, run by the State Administration for Market Regulation (SAMR) since 2014.",
    "2. Penalties",
    "Once listed, an enterprise may be:",
    "barred from bidding for government procurement contracts;",
    "named publicly on Credit China.",
    "Fines for fabricating credit data would range from RMB 100,000 to RMB 1 million",
    "under Article 59 of the draft, and regulators could double them for repeat offences.",
]


def test_pdf_lines_wrapped_on_the_page_are_joined(tmp_path, settings):
    document = read_source(write(tmp_path, "alert.pdf", make_pdf([WRAPPED_ALERT])), tmp_path, settings)
    assert document.text.split("\n") == [
        " ".join(WRAPPED_ALERT[:4]),  # one paragraph: "the State Administration ..." is one name again
        "2. Penalties",  # a short line after a finished sentence opens a section
        *WRAPPED_ALERT[5:8],
        " ".join(WRAPPED_ALERT[8:]),
    ]


#: A report's page with a table laid out in spaces after a paragraph as wide as the page.
TABLED_REPORT = [
    "Residents in all three districts could name at least one reward, and most knew of a penalty",
    "for unpaid fines. Table 2 sets out how each district runs its points.",
    "District      Started       Run by                        Points at entry",
    "Beiyuan       May 2019      Beiyuan Civil Affairs Office  1,000",
    "Nanhu         2020          Nanhu Big Data Centre         100",
    "Xishan        April 2021    Xishan Credit Office          500",
    "Sources: district yearbooks and interviews.",
]


#: The same with two spaces between cells, as a writer types a table: its rows are as wide as prose.
TYPED_TABLE_REPORT = [
    *TABLED_REPORT[:2],
    "Grade  Score  Inspections by the market regulator  Main consequences for the firm",
    "A  90 or above  at most once every three years  fast-track approvals and priority for subsidies",
    "B  75 to 89  at most once a year  none beyond the ordinary supervision of every firm",
    "Sources: district yearbooks and interviews.",
]


@pytest.mark.parametrize("page", [TABLED_REPORT, TYPED_TABLE_REPORT], ids=["runs-of-spaces", "two-spaces"])
def test_pdf_table_rows_laid_out_in_spaces_keep_their_lines(tmp_path, settings, page):
    document = read_source(write(tmp_path, "report.pdf", make_pdf([page])), tmp_path, settings)
    # the header row is as wide as a wrapped line: without the rule every row ran into the one before
    assert document.text.split("\n") == [" ".join(page[:2]), *page[2:]]


def test_pdf_ligatures_are_read_as_letters():
    from extract.readers.pdf import _joined

    # a font's ligature glyphs come out of the page as one character each
    assert _joined(["Fines took e\ufb00ect within \ufb01ve days."]) == "Fines took effect within five days."


#: Three pages as pypdf gives them: a running head under each page's text (glued to the last
#: line on the third), note numbers glued to the words they note, notes at a page's foot.
PAPER_PAGES = [
    "Eastbridge Policy Lab · Working Paper 24-03 · March 2024\n"
    "Points for Good Deeds: Volunteer Credit Schemes\n"
    "Eastbridge Policy Lab Working Paper 24-03 — Points for Good Deeds",
    "Since the State Council called for credit incentives for volunteer service in\n"
    "2016, more than 200 counties have launched volunteer credit schemes.1 Anji\n"
    "county introduced the earliest of our four schemes in 2017; Deqing followed in\n"
    "2019. Residents who log 100 hours of service in Anji receive a discount on water\n"
    "bills, and those in Deqing with more than 500 points can borrow without collateral.2\n"
    "2. Data\n"
    "1 Ministry of Civil Affairs, Guidelines on Volunteer Service Records (2016), art. 12.\n"
    "2 Interview with a loan officer, Deqing, 14 June 2023.\n"
    "Eastbridge Policy Lab Working Paper 24-03 — Points for Good Deeds",
    "The county civil affairs bureaus gave us their enrolment records for the years\n"
    "from 2019 to 2023, which we use throughout the rest of this working paper.Eastbridge Policy Lab "
    "Working Paper 24-03 — Points for Good Deeds",
]


def test_pdf_running_heads_go_and_footnotes_stand_apart():
    from extract.readers.pdf import _joined

    text = _joined(PAPER_PAGES)
    assert "Points for Good Deeds\n" not in text and not text.endswith("Good Deeds")
    assert text.count("Working Paper 24-03") == 1  # the cover's own line stays
    assert "volunteer credit schemes.[1] Anji county introduced" in text
    assert "without collateral.[2]\n2. Data\n" in text  # the heading after a noted sentence
    paragraphs = text.split("\n\n")
    assert "1 Ministry of Civil Affairs, Guidelines on Volunteer Service Records (2016), art. 12." in paragraphs
    assert "2 Interview with a loan officer, Deqing, 14 June 2023." in paragraphs
    assert paragraphs[-1] == ("The county civil affairs bureaus gave us their enrolment records for the years from "
                              "2019 to 2023, which we use throughout the rest of this working paper.")


def test_pdf_running_head_of_many_words_between_bars_goes():
    from extract.readers.pdf import _joined

    # sixteen words at most, and a bar between fields is no word
    head = "Eastbridge Policy Lab  |  Scored Out: Debtors, Lenders and the Long Limits of Credit Repair  |  May 2024"
    pages = [f"{head}\n1. Introduction\nCourts listed 2,000 debtors.", f"{head}\nThe list grew in 2023.\n2"]
    assert _joined(pages) == "1. Introduction\nCourts listed 2,000 debtors.\n\nThe list grew in 2023.\n2"


@pytest.mark.parametrize("left, right", [
    ("212    Okafor and Brandt", "Okafor and Brandt    213"),
    ("38    Asian Credit Studies 9(1)", "Asian Credit Studies 9(1)    39"),
])
def test_pdf_running_head_whose_page_number_changes_sides_goes(left, right):
    """Facing pages of a journal print the page number on their outer edge: one running head."""
    from extract.readers.pdf import _joined

    pages = [f"{left}\nThe list held 2,000 debtors in 2019.", f"{right}\nReferences\nBrandt, K. (2017). Scores.",
             f"{left.replace('212', '214').replace('38', '40')}\nIt grew in 2020."]
    text = _joined(pages)
    assert "Okafor and Brandt" not in text and "Asian Credit Studies" not in text
    assert "\nReferences\n" in f"\n{text}\n"


def test_pdf_endnotes_on_a_later_page_stand_apart():
    from extract.readers.pdf import _joined

    pages = [
        "Fieldwork took place in three cities between March and July 2022, where residents were\n"
        "interviewed about the city's points scheme and how it changed their use of services.1 Most\n"
        "said they had never checked their score, though the scheme had run for four years.2",
        "Notes\n"
        "1 Interviews were held in Mandarin and lasted between 40 and 90 minutes each time.\n"
        "2 Interview with a district official, Dongying, 22 May 2022, about the scheme's launch.",
    ]
    text = _joined(pages)
    assert "services.[1] Most" in text and "four years.[2]" in text
    paragraphs = text.split("\n\n")
    assert "2 Interview with a district official, Dongying, 22 May 2022, about the scheme's launch." in paragraphs


@pytest.mark.parametrize(
    "sentence, noted, unnoted",
    [
        # a note's number after a year's full stop, before the next sentence
        ("The tax authority introduced the rating in July 2014.1 Firms graded A were inspected less often.",
         "in July 2014.[1] Firms graded A", None),
        # a decimal after a year-like number is no note: a capital does not follow it
        ("Lending to graded firms reached 2014.1 billion yuan in the year, the bank reported.1 Most firms",
         "the bank reported.[1] Most", "2014.1 billion"),
    ],
)
def test_pdf_note_numbers_after_a_year(sentence, noted, unnoted):
    from extract.readers.pdf import _joined

    pages = [sentence + "\n1 State Taxation Administration, annual report on taxpayer credit, 2015, p. 3."]
    text = _joined(pages)
    assert noted in text
    assert unnoted is None or unnoted in text


def test_pdf_numbered_lines_noted_nowhere_are_no_footnotes():
    from extract.readers.pdf import _joined

    page = ("The measures listed by the notice, in the order it gives them, are the following ones\n"
            "1 Restrictions on travel by air and by high-speed train for the debtor and family\n"
            "2 Exclusion from public procurement for a period of three years from the listing")
    assert "[1]" not in _joined([page]) and "\n\n" not in _joined([page])


def test_pdf_information_dictionary(tmp_path, settings):
    data = make_pdf([["Blacklisted debtors are barred from flights and high-speed trains across China."]],
                    {"Title": "Blacklists in Practice", "Author": "Rogier Creemers", "CreationDate": "D:20180702"})
    document = read_source(write(tmp_path, "creemers.pdf", data), tmp_path, settings)
    assert document.title == "Blacklists in Practice" and document.notes["title"] == "pdf: /Title"
    assert document.authors == ["Rogier Creemers"]
    assert document.published == "2018-07-02"
    assert "/CreationDate" in document.notes["published"]


def test_pdf_printed_by_a_browser_has_no_creation_date_for_publication(tmp_path, settings):
    """A browser's print of a page was made when someone printed it, not when it was published."""
    data = make_pdf([["Blacklisted debtors are barred from flights and high-speed trains across China."]],
                    {"Creator": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                "HeadlessChrome/120.0.0.0 Safari/537.36", "CreationDate": "D:20260101120000"})
    document = read_source(write(tmp_path, "printed.pdf", data), tmp_path, settings)
    assert document.published is None


# --------------------------------------------------------------------------- bad input

RIS_RECORD = "TY  - JOUR\nTI  - Cashless China\nAB  - This study examines Sesame Credit.\nER  - \n"
BAD_INPUTS = [
    ("empty.txt", b"", {}, ["file is empty"]),
    ("blank.txt", b"   \n\n\t\n", {}, ["empty", "whitespace"]),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4, {}, ["binary file"]),
    ("controls.txt", b"Sesame" + bytes(range(1, 9)) * 40 + b"Credit", {}, ["binary file"]),
    ("latin1.txt", "Crédit social : la Chine note ses citoyens à l'école.".encode("latin-1"), {},
     ["undecodable bytes", "UTF-8", "GB18030", "re-save the file as UTF-8"]),
    ("bad-bom.txt", codecs.BOM_UTF8 + b"Sesame \xff\xfe Credit", {}, ["undecodable bytes", "UTF-8 byte-order mark", "byte 7"]),
    ("big.txt", b"Sesame Credit scores users between 350 and 950.\n" * 5, {"max_file_bytes": 100},
     ["file is 240 bytes", "over the size limit of 100 bytes", "SCKB_MAX_FILE_BYTES"]),
    ("open.ris", b"TY  - JOUR\nTI  - Cashless China\nAB  - This study examines Sesame Credit.\n", {},
     ["malformed RIS", "not closed", "ER"]),
    ("two.ris", (RIS_RECORD * 2).encode(), {}, ["holds 2 RIS records", "two.ris#1 to two.ris#2", "record=N"]),
    ("mismatch.ris", (RIS_RECORD + "ER  - \n").encode(), {}, ["malformed RIS", "1 record openings", "2 record ends"]),
    ("untitled.ris", b"TY  - JOUR\nPY  - 2019\nER  - \n", {}, ["malformed RIS", "neither a title", "nor an abstract"]),
    ("open.bib", b"@article{chong2019,\n  title = {Cashless China,\n  year = 2019\n", {},
     ["malformed BibTeX", "line 1", "Unexpectedly reached end of file"]),
    ("nocomma.bib", b"@article{chong2019 title = {Cashless China}}\n", {}, ["malformed BibTeX", "comma after entry key"]),
    ("dupe.bib", b"@article{a, title = {One}}\n@article{a, title = {Two}}\n", {}, ["holds 2 BibTeX entries", "record=N"]),
    ("comment.bib", b"@comment{exported by a reference manager}\n", {}, ["malformed BibTeX", "no parsable entry"]),
    ("two.bib", b"@article{a, title = {One}}\n@article{b, title = {Two}}\n", {}, ["holds 2 BibTeX entries", "two.bib#1 to two.bib#2"]),
    ("blank.html", b"<!DOCTYPE html><html><head><title>Loading</title></head><body><script>app()</script></body></html>", {},
     ["no text found in this html source"]),
    ("scan.pdf", make_pdf([[]]), {}, ["PDF with no extractable text", "OCR"]),
    ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ngarbage without structure\n", {}, ["broken PDF"]),
]


@pytest.mark.parametrize("name, content, overrides, fragments", BAD_INPUTS, ids=[case[0] for case in BAD_INPUTS])
def test_bad_input_is_a_clear_one_line_error(tmp_path, name, content, overrides, fragments):
    path = write(tmp_path, name, content)
    with pytest.raises(SourceError) as caught:
        read_source(path, tmp_path, Settings(**overrides))
    message = str(caught.value)
    assert caught.value.source == name
    assert message.startswith(f"{name}: ")
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message
