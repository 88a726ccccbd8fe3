"""HTML pages: the article's main text and the metadata the page declares.

Metadata comes first from the page's own declarations, which say exactly where
each value is (Highwire `citation_*` tags used by journals, Open Graph `og:*` and
`article:*`, Dublin Core, `<link rel=canonical|license>`), then from trafilatura's
metadata extraction, and last from the page's visible text read like a capture
(bylines, © lines, licence lines). The main text is trafilatura's; when it finds
none, the visible text of <body> minus page furniture, cleaned like a capture. A forum
thread or Q&A page is read post by post (extract/readers/threads.py): trafilatura
keeps one post of it.
"""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

import lxml.etree
import lxml.html
import trafilatura

from extract.clean import clean_capture
from extract.document import Document, SourceError
from extract.metadata import Metadata, find_doi, find_license, infer_metadata, normalize_date, split_authors
from extract.readers.threads import thread_posts

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
          "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "figure", "figcaption", "dd", "dt", "header", "footer", "nav"}


def read(document: Document, source: "Source") -> Document:
    tree = _parse(document.raw, source.name)
    extraction = _extract(document.raw)
    main_text = (extraction.text or "").strip() if extraction else ""
    posts = thread_posts(tree)
    if posts:
        document.text = "\n\n".join(filter(None, (clean_capture(visible_text(post, FURNITURE)).text.strip()
                                                   for post in posts)))
        document.notes["text"] = f"html: the {len(posts)} posts of a forum thread or Q&A page"
        document.kind = document.kind or "discussion"
    elif main_text:
        document.text = _paragraphs(main_text)
    else:
        document.text = clean_capture(visible_text(tree, drop=FURNITURE)).text
        document.notes["text"] = "html: visible text of <body> without navigation, header and footer (trafilatura found no main text)"
    meta = declared_metadata(tree, source)
    if extraction:
        _offer_trafilatura(meta, extraction, source)
    title = tree.findtext(".//title")
    meta.offer("title", _without_site_name(title, meta.outlet) if title else None, "html: <title>")
    _offer_from_visible_text(meta, tree, source)
    meta.apply_to(document)
    document.kind = document.kind or _kind(tree)
    return document


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
    for name, keys in META_FIELDS.items():
        for key in keys:
            if key in tags:
                attribute, values = tags[key]
                if meta.offer(name, _field_value(name, values, source), f'html: <meta {attribute}="{key}">'):
                    break
    return meta


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


def _offer_trafilatura(meta: Metadata, extraction, source: "Source") -> None:
    found = {
        "title": extraction.title,
        "authors": [a.strip() for a in (extraction.author or "").split(";") if a.strip()],
        "published": normalize_date(extraction.date),
        "outlet": extraction.sitename,
        "url": extraction.url,
        "license": (find_license(extraction.license, source.vocab) or extraction.license) if extraction.license else None,
        "keywords": [t.strip() for tag in (extraction.tags or []) for t in tag.split(",") if t.strip()],
    }
    for name, value in found.items():
        meta.offer(name, value, f"html: trafilatura metadata ({name})")


def _offer_from_visible_text(meta: Metadata, tree, source: "Source") -> None:
    """Bylines, © and licence lines that the page shows but does not declare."""
    inferred = infer_metadata(visible_text(tree, drop=("script", "style", "noscript", "template", "svg")), source.vocab)
    for name in ("authors", "published", "license", "outlet", "doi", "title"):
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
