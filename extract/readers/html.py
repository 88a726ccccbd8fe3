"""HTML pages: the article's main text and the metadata the page declares.

Metadata comes first from the page's own declarations, which say exactly where
each value is (Highwire `citation_*` tags used by journals, Open Graph `og:*` and
`article:*`, Dublin Core, `<link rel=canonical|license>`), then from trafilatura's
metadata extraction, and last from the page's visible text read like a capture
(bylines, © lines, licence lines). The main text is trafilatura's; when it finds
none, the visible text of <body> minus page furniture, cleaned like a capture. A forum
thread or Q&A page is read post by post (extract/readers/threads.py): trafilatura
keeps one post of it. An article's reader comments, which trafilatura leaves out, follow
its text, each its author's turn (extract/turns.py, `comment_section`).
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import lxml.etree
import lxml.html
import trafilatura

from extract.clean import clean_capture, default_furniture
from extract.document import Document, SourceError
from extract.metadata import Metadata, find_doi, find_license, infer_metadata, normalize_date, split_authors
from extract.readers.threads import json_ld_blocks, reader_comments, thread_posts
from extract.turns import comment_section

if TYPE_CHECKING:
    from extract.readers import Source

#: Declared metadata: field -> the <meta> names/properties that carry it, best first.
META_FIELDS = {
    "title": ("citation_title", "dc.title", "dcterms.title", "og:title", "twitter:title"),
    "authors": ("citation_author", "dc.creator", "dcterms.creator", "author", "article:author", "parsely-author", "sailthru.author"),
    "published": (
        "citation_publication_date", "citation_date", "citation_online_date", "article:published_time",
        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date", "pubdate", "publish-date",
        "parsely-pub-date", "sailthru.date",
    ),
    "outlet": ("citation_journal_title", "citation_conference_title", "og:site_name", "application-name", "dc.publisher", "citation_publisher"),
    "url": ("citation_public_url", "citation_abstract_html_url", "og:url"),
    "doi": ("citation_doi", "prism.doi", "dc.identifier", "dcterms.identifier"),
    "license": ("dcterms.license", "dc.rights", "dcterms.rights", "license"),
    "keywords": ("citation_keywords", "keywords", "news_keywords", "article:tag", "dc.subject"),
}
#: Elements whose text is page furniture, never the article.
FURNITURE = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe")
#: Elements that break lines when we take a page's visible text ourselves.
BLOCKS = {"p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
          "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "figure", "figcaption", "dd", "dt", "header", "footer", "nav",
          "details", "summary"}


def read(document: Document, source: "Source") -> Document:
    html = with_note_references_bracketed(document.raw)
    tree = _parse(html, source.name)
    extraction = _extract(html)
    main_text = (extraction.text or "").strip() if extraction else ""
    posts = thread_posts(tree)
    if posts:
        document.text = "\n\n".join(filter(None, (clean_capture(visible_text(post, FURNITURE)).text.strip()
                                                   for post in posts)))
        document.notes["text"] = f"html: the {len(posts)} posts of a forum thread or Q&A page"
        document.kind = document.kind or "discussion"
    elif main_text:
        document.text, recovered = with_dropped_blocks(without_pull_quotes(_paragraphs(main_text)), tree)
        if recovered:
            document.notes["text"] = (f"html: trafilatura's main text and {recovered} block(s) of the article it dropped "
                                      "(a summary box, a list, an FAQ's questions, a correction note)")
        document.text, comments = with_reader_comments(document.text, tree)
        if comments:
            read = document.notes.get("text", "html: trafilatura's main text")
            document.notes["text"] = f"{read}, then {comments} reader comment(s), each its author's turn"
    else:
        document.text = clean_capture(visible_text(tree, drop=FURNITURE)).text
        document.notes["text"] = "html: visible text of <body> without navigation, header and footer (trafilatura found no main text)"
    meta = declared_metadata(tree, source)
    shown = infer_metadata(visible_text(tree, drop=("script", "style", "noscript", "template", "svg")), source.vocab)
    # A byline the page shows ("By Omar Haddad · Last updated 2 October 2024") names its authors
    # more surely than trafilatura's guess at them ("Omar Haddad · Last updated").
    _offer_from_visible_text(meta, shown, ("authors",))
    if extraction:
        _offer_trafilatura(meta, extraction, source, revised=_revision_dates(tree))
    title = tree.findtext(".//title")
    meta.offer("title", _without_site_name(title, meta.outlet) if title else None, "html: <title>")
    _offer_from_visible_text(meta, shown, ("published", "license", "outlet", "doi", "title"))
    _offer_revision_date(meta, tree)
    if meta.title:  # a declared title may carry the site's name too ("og:title": "Baihang Credit - Wikipedia")
        meta.title = _without_site_name(meta.title, meta.outlet)
    meta.apply_to(document)
    document.kind = document.kind or _kind(tree)
    return document


#: A note's reference set as a superscript number ("residents.<sup><a href="#fn1">1</a></sup>"),
#: after a word or a stop, not after a number (10<sup>6</sup>) or a unit of area or volume (m<sup>2</sup>).
NOTE_REFERENCE = re.compile(
    r"(?<![\d\s])(?<!\bm)(?<!\bkm)(?<!\bcm)(?<!\bft)"
    r"(<sup\b[^>]*>\s*(?:<a\b[^>]*>\s*)?)(\d{1,3})(\s*(?:</a>\s*)?</sup>)", re.IGNORECASE)
#: The same inside a link: "2018.<a class="footnote-ref" href="#fn3"><sup>3</sup></a>".
LINKED_NOTE_REFERENCE = re.compile(r"(?<![\d\s])(<a\b[^>]*>\s*<sup\b[^>]*>\s*)(\d{1,3})(\s*</sup>\s*</a>)", re.IGNORECASE)


def with_note_references_bracketed(html: str) -> str:
    """The page with its note references bracketed, as the PDF reader writes them ("residents.[1]
    Rongcheng"): as bare digits they join the word or the year before them ("start2", "in 2018.3")."""
    html = LINKED_NOTE_REFERENCE.sub(r"\1[\2]\3", html)
    return NOTE_REFERENCE.sub(r"\1[\2]\3", html)


def with_reader_comments(text: str, tree) -> tuple[str, int]:
    """The article's text with its readers' comments after it, and how many: those it does not
    already hold (trafilatura may take a comment for the article on a short post)."""
    known = _letters(text)
    comments = [c for c in reader_comments(tree) if _letters(c.text) not in known]
    if not comments:
        return text, 0
    return f"{text}\n\n{comment_section(comments)}", len(comments)


def _extract(html: str):
    """trafilatura's main text and metadata, or None when it finds none or fails."""
    try:
        return trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
            # Only dates the page states about itself, not ones guessed from its text.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, lxml.etree.LxmlError, RecursionError):
        return None  # the visible-text fallback below still reads the page


def _without_site_name(title: str, outlet: str | None) -> str:
    """'Headline | Outlet' or 'Outlet - Headline' -> 'Headline'."""
    title = re.sub(r"\s+", " ", title).strip()
    parts = re.split(r"\s+[|–—-]\s+", title)
    if outlet and len(parts) > 1:
        kept = [part for part in parts if part.casefold() != outlet.casefold()]
        if kept and len(kept) < len(parts):
            return " - ".join(kept)
    return title


def _parse(html: str, name: str):
    # lxml refuses str input that still carries an XML encoding declaration.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as error:
        raise SourceError(name, f"HTML that cannot be parsed ({error})") from None


def _paragraphs(text: str) -> str:
    """trafilatura puts one paragraph per line; a blank line between them keeps
    paragraphs apart the way text captures have them."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


#: A paragraph repeated inside another is a pull quote when it has this many words at least
#: (shorter repeats, "Key points", are left alone).
PULL_QUOTE_MIN_WORDS = 6


def without_pull_quotes(text: str) -> str:
    """trafilatura's paragraphs without the pull quotes a feature sets in its body: a paragraph
    whose words all stand, in order, inside a longer paragraph ("“They gave me five points for
    each day.”" beside '"I helped clean the beach," she said. "They gave me five points for each
    day."'), or the same as an earlier one. Their quotation marks may differ; their words do not."""
    paragraphs = text.split("\n\n")
    words = [f" {_letters(p)} " for p in paragraphs]
    kept = []
    for i, paragraph in enumerate(paragraphs):
        repeat = len(words[i].split()) >= PULL_QUOTE_MIN_WORDS and any(
            j != i and words[i] in other and (len(other) > len(words[i]) or j < i) for j, other in enumerate(words))
        if not repeat:
            kept.append(paragraph)
    return "\n\n".join(kept)


# --------------------------------------------------------------------------- declared metadata


def meta_tags(tree) -> dict[str, tuple[str, list[str]]]:
    """<meta name|property|itemprop=KEY content=...>: KEY (lower case) -> (the attribute
    that named it, the contents in page order)."""
    tags: dict[str, tuple[str, list[str]]] = {}
    for element in tree.iter("meta"):
        attribute = next((a for a in ("name", "property", "itemprop") if element.get(a)), None)
        content = (element.get("content") or "").strip()
        if attribute and content:
            key = element.get(attribute).strip().lower()
            tags.setdefault(key, (attribute, []))[1].append(content)
    return tags


def declared_metadata(tree, source: "Source") -> Metadata:
    tags = meta_tags(tree)
    meta = Metadata()
    # A page's links name its address and licence more surely than its <meta> tags.
    for rel, name in (("canonical", "url"), ("license", "license")):
        href = _link(tree, rel)
        value = (find_license(href, source.vocab) or href) if name == "license" and href else href
        meta.offer(name, value, f'html: <link rel="{rel}">')
    work = _json_ld_work(tree)
    # A page's JSON-LD lists every author; its <meta name="author"> often only the first.
    meta.offer("authors", _json_ld_names(work.get("author"), source), "html: JSON-LD author")
    for name, keys in META_FIELDS.items():
        for key in keys:
            if key in tags:
                attribute, values = tags[key]
                if meta.offer(name, _field_value(name, values, source), f'html: <meta {attribute}="{key}">'):
                    break
    meta.offer("title", _json_ld_text(work.get("headline")), "html: JSON-LD headline")
    meta.offer("published", normalize_date(_json_ld_text(work.get("datePublished")) or ""), "html: JSON-LD datePublished")
    publisher = work.get("publisher")
    meta.offer("outlet", _json_ld_text(publisher.get("name") if isinstance(publisher, dict) else publisher),
               "html: JSON-LD publisher")
    return meta


#: <meta> tags that date a page's last change, never its publication.
REVISION_META = ("article:modified_time", "og:updated_time", "dcterms.modified", "last-modified", "dc.date.modified")


def _revision_dates(tree) -> set[str]:
    """The dates a page declares as its last change (<meta>, JSON-LD dateModified)."""
    tags = meta_tags(tree)
    dates = {normalize_date(value) for key in REVISION_META for value in tags.get(key, ("", []))[1]}
    dates.add(normalize_date(_json_ld_text(_json_ld_work(tree).get("dateModified")) or ""))
    return {date for date in dates if date}


def _offer_revision_date(meta: Metadata, tree) -> None:
    """When nothing gives a publication date, the date the page says it was last reviewed or
    changed (JSON-LD `lastReviewed`, `dateModified`, <meta property="article:modified_time">), as
    captures' "Updated" datelines are used."""
    work = _json_ld_work(tree)
    for key in ("lastReviewed", "dateModified"):
        iso = normalize_date(_json_ld_text(work.get(key)) or "")
        if meta.offer("published", iso, f"html: JSON-LD {key} (last update; no publication date given)"):
            return
    tags = meta_tags(tree)
    for key in REVISION_META:
        if key in tags and meta.offer("published", normalize_date(tags[key][1][0]),
                                      f'html: <meta {tags[key][0]}="{key}"> (last update; no publication date given)'):
            return


#: schema.org types of a page's own work, whose author, headline and dates are the page's.
CREATIVE_WORKS = {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                  "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "WebPage", "FAQPage"}


def _json_ld_work(tree) -> dict:
    """The first node of a page's JSON-LD (top level or in an @graph) that is a creative work."""
    for block in json_ld_blocks(tree):
        for node in _top_nodes(block):
            kinds = node.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and re.sub(r"^.*[/#]", "", k) in CREATIVE_WORKS for k in kinds):
                return node
    return {}


def _top_nodes(block) -> list[dict]:
    nodes = block if isinstance(block, list) else [block]
    found = []
    for node in nodes:
        if isinstance(node, dict):
            found.append(node)
            found.extend(n for n in (node.get("@graph") or []) if isinstance(n, dict))
    return found


def _json_ld_names(value, source: "Source") -> list[str]:
    """An author given as a name, a Person or Organization, or a list of them; profile URLs skipped."""
    names: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        name = _json_ld_text(item.get("name") if isinstance(item, dict) else item)
        if name and not re.match(r"https?://", name):
            for author in split_authors(name, source.vocab, labelled=True) or [name]:
                if author not in names:
                    names.append(author)
    return names


def _json_ld_text(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _field_value(name: str, values: list[str], source: "Source"):
    if name == "authors":
        names = []
        for value in values:
            if re.match(r"https?://", value):
                continue  # article:author is often a profile URL
            for author in split_authors(value, source.vocab, labelled=True) or [value.strip()]:
                if author not in names:
                    names.append(author)
        return names
    if name == "keywords":
        words = []
        for value in values:
            for word in re.split(r"\s*[,;]\s*", value):
                if word and word not in words:
                    words.append(word)
        return words
    value = values[0]
    if name == "published":
        return normalize_date(value)
    if name == "doi":
        return find_doi(value)
    if name == "license":
        return find_license(value, source.vocab) or value
    return value


def _link(tree, rel: str) -> str | None:
    for element in tree.iter("link", "a"):
        if rel in (element.get("rel") or "").lower().split() and element.get("href"):
            return element.get("href").strip()
    return None


def _offer_trafilatura(meta: Metadata, extraction, source: "Source", revised: set[str]) -> None:
    """trafilatura's metadata, but for a date the page declares as its last change (`revised`):
    with no publication date declared, trafilatura takes that one."""
    date = normalize_date(extraction.date)
    found = {
        "title": extraction.title,
        "authors": _trafilatura_authors(extraction.author, source),
        "published": None if date in revised else date,
        "outlet": extraction.sitename,
        "url": extraction.url,
        "license": (find_license(extraction.license, source.vocab) or extraction.license) if extraction.license else None,
        "keywords": [t.strip() for tag in (extraction.tags or []) for t in tag.split(",") if t.strip()],
    }
    for name, value in found.items():
        meta.offer(name, value, f"html: trafilatura metadata ({name})")


def _trafilatura_authors(author: str | None, source: "Source") -> list[str]:
    """trafilatura's authors (";" between them), or none when one of several is no name: it split
    a byline of names and job titles at its commas ("Authors: Michael Chen, Partner; ...")."""
    names = [name for name in (_byline_name(a) for a in (author or "").split(";")) if name]
    if len(names) > 1 and not all(split_authors(name, source.vocab) for name in names):
        return []
    return names


def _byline_name(author: str) -> str:
    """trafilatura's author without the rest of the byline it kept: "Greenteaguy » Tue Mar" -> "Greenteaguy"."""
    return re.split(r"\s+[·»|•]\s*", author.strip())[0].strip()


def _offer_from_visible_text(meta: Metadata, inferred: Metadata, names: tuple[str, ...]) -> None:
    """Bylines, © and licence lines that the page shows but does not declare."""
    for name in names:
        note = inferred.notes.get(name, "").replace("text:", "html visible text:", 1)
        meta.offer(name, getattr(inferred, name), note)


def _kind(tree) -> str:
    tags = meta_tags(tree)
    if "citation_journal_title" in tags:
        return "journal-article"
    og_type = tags.get("og:type", ("", [""]))[1][0].lower()
    return "article" if og_type == "article" else "web-page"


# --------------------------------------------------------------------------- visible text


def visible_text(tree, drop: tuple[str, ...]) -> str:
    """The text a browser shows, one block per line, without the `drop` elements."""
    body = tree.find("body")
    root = body if body is not None else tree
    root = copy.deepcopy(root)  # a copy: we remove elements
    for element in list(root.iter(*drop)):
        if element is not root and element.getparent() is not None:
            element.drop_tree()
    parts: list[str] = []
    _collect(root, parts)
    lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _collect(element, parts: list[str]) -> None:
    if not isinstance(element.tag, str):  # comments, processing instructions
        if element.tail:
            parts.append(element.tail)
        return
    block = element.tag in BLOCKS
    if block:
        parts.append("\n")
    if element.text:
        parts.append(element.text)
    for child in element:
        _collect(child, parts)
    if block:
        parts.append("\n")
    if element.tail:
        parts.append(element.tail)


# --------------------------------------------------------------------------- blocks trafilatura dropped

#: A correction or editor's note, which papers print under the article and which states the
#: corrected fact: "Correction, May 23, 2024: An earlier version of this article misstated ...".
CORRECTION_NOTE = re.compile(r"^(?:correction|clarification|editor['’]s note)\b[^:.]{0,40}[:.]"
                             r"|^an earlier version of this (?:article|story|report|post)\b", re.IGNORECASE)
#: Elements whose text is never taken back. An <aside> may be: a live blog's "Key points" box
#: often is one (a pull quote in one repeats the body; a rail of links is no prose).
OUTSIDE_ARTICLE = tuple(tag for tag in FURNITURE if tag != "aside")
#: Blocks that are never the article's prose, whatever their text: headings (an FAQ's
#: questions are <summary> or headings) and photographs with their captions and credits.
NOT_PROSE = ("h1", "h2", "h3", "h4", "h5", "h6", "summary", "dt", "figure", "figcaption")
#: A dropped block is taken back when it has this many words at least...
RECOVERED_MIN_WORDS = 6
#: ...and at most this share of its characters in links (a list of links is a menu or a rail).
RECOVERED_MAX_LINK_SHARE = 0.3
#: ...and ends as a sentence does, or is a list item (a summary box's bullets often have no stop)...
SENTENCE_END = re.compile(r"[.!]['\"’”)]*$")
#: ...and lies in no element whose class or id names page furniture by one of these words (the
#: words of "author-box", "share_bar", "site-disclosure"), as readability-style extractors read them.
FURNITURE_CLASS_WORDS = frozenset({
    "ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "promo", "disclosure", "disclaimer",
    "newsletter", "subscribe", "signup", "cookie", "cookies", "consent", "share", "sharing", "social",
    "byline", "author", "bio", "related", "recommended", "comment", "comments", "breadcrumb", "breadcrumbs",
    "crumbs", "caption", "toc", "pullquote", "sidebar", "rail", "footer", "nav", "menu", "helpful", "feedback",
    "tags", "widget",
})


def with_dropped_blocks(text: str, tree) -> tuple[str, int]:
    """trafilatura's paragraphs (`text`, one a paragraph) with the article's blocks it dropped put
    back in page order, and how many. trafilatura keeps the paragraphs it scores as the article
    and drops the rest: a live blog's "Key points" box, a list under "five kinds of information
    are used:", an FAQ's answers held in <details>, a feature's standfirst. A dropped block is
    taken back when it lies between the page's headline (<h1>) and the last paragraph trafilatura
    kept, reads as prose (a sentence or a list item, few links), is no page furniture and is not
    already in the text (a pull quote repeats the body); so is an FAQ's question. What follows
    the article (an author's bio, a rail of related stories) stays out, but for a correction note."""
    lines = text.split("\n\n")
    blocks = _leaf_blocks(tree)
    kept = _matched_blocks(lines, blocks)
    if len(kept) < 2:
        return text, 0  # too little of the page recognised to place anything
    headline = next((i for i, block in enumerate(blocks) if block.tag == "h1"), None)
    first, last = min(kept), max(kept)
    start = first if headline is None else min(first, headline)
    known = _letters(text)
    inserted: dict[int, list[str]] = {}  # the line (index, -1 before the first) a block follows
    taken = 0
    for i in range(start, len(blocks)):
        block = blocks[i]
        if i > last and not CORRECTION_NOTE.match(block.text):
            continue  # after the article only its correction note is the article's
        if i in kept or not (_is_prose(block) or _is_question(block)) or _letters(block.text) in known:
            continue
        after = max((kept[j] for j in kept if j < i), default=-1)
        inserted.setdefault(after, []).append(f"- {block.text}" if block.tag == "li" else block.text)
        known += " " + _letters(block.text)
        taken += 1
    if not taken:
        return text, 0
    out = list(inserted.get(-1, []))
    for n, line in enumerate(lines):
        out.append(line)
        out.extend(inserted.get(n, []))
    return "\n\n".join(out), taken


@dataclass(frozen=True)
class Block:
    tag: str
    text: str
    link_chars: int
    furniture_class: bool  # inside an element whose class or id names furniture


def _leaf_blocks(tree) -> list[Block]:
    """The page's innermost blocks in page order (paragraphs, list items, headings, divs of
    text), outside page furniture, with the share of their text in links."""
    body = tree.find("body")
    blocks: list[Block] = []
    for element in (body if body is not None else tree).iter():
        if not isinstance(element.tag, str) or element.tag not in BLOCKS or element.tag in ("br", "hr"):
            continue
        if any(isinstance(e.tag, str) and e.tag in BLOCKS and e.tag not in ("br", "hr") for e in element.iterdescendants()):
            continue
        if any(a.tag in OUTSIDE_ARTICLE for a in element.iterancestors()) or element.tag in OUTSIDE_ARTICLE:
            continue
        text = re.sub(r"\s+", " ", element.text_content()).strip()
        if text:
            tag = next((a.tag for a in element.iterancestors() if a.tag in ("figure", "summary")), element.tag)
            links = sum(len(a.text_content()) for a in element.iter("a"))
            blocks.append(Block(tag, text, links, _in_furniture_class(element)))
    return blocks


def _in_furniture_class(element) -> bool:
    for e in (element, *element.iterancestors()):
        names = f"{e.get('class') or ''} {e.get('id') or ''}".lower()
        if FURNITURE_CLASS_WORDS.intersection(re.split(r"[^a-z]+", names)):
            return True
    return False


def _matched_blocks(lines: list[str], blocks: list[Block]) -> dict[int, int]:
    """Block index -> the index of trafilatura's line holding the same text, in page order."""
    matched: dict[int, int] = {}
    at = 0
    for n, line in enumerate(lines):
        wanted = re.sub(r"\s+", " ", re.sub(r"^- ", "", line)).strip()
        found = next((i for i in range(at, len(blocks)) if blocks[i].text == wanted), None)
        if found is not None:
            matched[found] = n
            at = found + 1
    return matched


def _is_prose(block: Block) -> bool:
    if block.tag in NOT_PROSE or block.furniture_class or len(block.text.split()) < RECOVERED_MIN_WORDS:
        return False
    if block.link_chars > RECOVERED_MAX_LINK_SHARE * len(block.text):
        return False
    if block.tag != "li" and not SENTENCE_END.search(block.text):
        return False
    return default_furniture().category(block.text) is None


def _is_question(block: Block) -> bool:
    """An FAQ's question (a <summary> or a heading ending in '?'): without it, an answer such as
    "No. Sesame Credit is a commercial score." says nothing."""
    return block.tag in ("h2", "h3", "h4", "h5", "h6", "summary", "dt") and block.text.endswith("?") \
        and not block.furniture_class and not block.link_chars


def _letters(text: str) -> str:
    """Words only, lower case: a pull quote in curly quotes is the body's sentence in straight ones."""
    return " ".join(re.findall(r"\w+", text.casefold()))
