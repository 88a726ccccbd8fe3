"""Forum threads and Q&A pages: the text of every post, in page order.

trafilatura reads a page as one article with comments around it, so on a thread it keeps
one post (often not the first) and drops the replies, which are the page's content. A page
is a thread when it says so (schema.org `QAPage`, `DiscussionForumPosting` or `Question`,
in JSON-LD or microdata) or when its markup is a forum software's, with two posts or more.
A news article's reader comments do not make it a thread, nor do a live blog's updates, nor
an FAQ page's questions (schema.org `FAQPage`, whose Questions and Answers are the publisher's).

An article's reader comments (`reader_comments`) are read apart, each with its author and date:
trafilatura leaves them out, and what a comment claims is its author's, not the article's.
"""
from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass

from extract.clean import default_furniture
from extract.metadata import find_dates, normalize_date

#: schema.org types of a discussion's opening post or of the page holding it.
THREAD_TYPES = {"QAPage", "DiscussionForumPosting", "Question"}
#: schema.org types whose `text`/`articleBody` is one post of a thread.
POST_TYPES = THREAD_TYPES | {"Answer", "Comment", "SocialMediaPosting"}
#: Classes the common forum and Q&A software gives a post's body (Stack Exchange, Discourse,
#: phpBB's `postbody` > `content`, vBulletin, XenForo, Reddit, Invision), and the plain names
#: hand-made boards use; a blog's one `post-body` is no thread (two posts or more make one).
POST_BODY_CLASSES = {"js-post-body", "post-text", "cooked", "postcontent", "post_message", "bbWrapper",
                     "usertext-body", "ipsType_richText", "post-body", "post-content", "message-body"}
POST_CONTAINER_CLASSES = {"postbody": "content"}


def thread_posts(tree) -> list:
    """The elements holding each post's text, in page order; [] when the page is no thread."""
    declared = _declared_types(tree)
    if "FAQPage" in declared:
        return []  # an FAQ's questions and answers are the publisher's own page, not a discussion
    if declared & THREAD_TYPES:
        return _outermost(_microdata_posts(tree)) or _outermost(_forum_posts(tree))
    posts = _outermost(_forum_posts(tree))
    if len(posts) < 2 or "LiveBlogPosting" in declared or _in_live_blog(posts[0]):
        return []
    return posts


#: Words of the class names live blogs give the column of their updates ("live-feed",
#: "liveblog-body", "live-updates"): a live blog's updates in "post-content" are no thread's posts,
#: and read as a thread it would lose its "Key points" box and standfirst.
LIVE_BLOG_CLASS_WORDS = {"live", "liveblog", "livefeed", "liveupdates", "livestream"}


def _in_live_blog(post) -> bool:
    return any(LIVE_BLOG_CLASS_WORDS.intersection(re.split(r"[^a-z]+", (a.get("class") or "").lower()))
               for a in post.iterancestors())


def _declared_types(tree) -> set[str]:
    types = {_type_name(t) for element in tree.iter() if isinstance(element.tag, str)
             for t in (element.get("itemtype") or "").split()}
    for block in json_ld_blocks(tree):
        types |= _json_ld_types(block)
    return types


def json_ld_blocks(tree) -> list:
    """The parsed JSON-LD blocks of a page (<script type="application/ld+json">), in page order."""
    blocks = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                blocks.append(json.loads(script.text))
            except ValueError:
                continue  # a broken block declares nothing
    return blocks


def _json_ld_types(node) -> set[str]:
    if isinstance(node, list):
        return set().union(*(_json_ld_types(item) for item in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    kinds = node.get("@type") or []
    found = {_type_name(k) for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)}
    for key in ("@graph", "mainEntity"):
        found |= _json_ld_types(node.get(key))
    return found


def _type_name(iri: str) -> str:
    return re.sub(r"^.*[/#]", "", iri.strip())


def _microdata_posts(tree) -> list:
    posts = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.get("itemprop") not in ("text", "articleBody"):
            continue
        owner = next((a for a in element.iterancestors() if a.get("itemtype")), None)
        if owner is not None and {_type_name(t) for t in owner.get("itemtype").split()} & POST_TYPES:
            posts.append(element)
    return posts


def _forum_posts(tree) -> list:
    posts = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        classes = set((element.get("class") or "").split())
        if classes & POST_BODY_CLASSES:
            posts.append(element)
            continue
        for container, body in POST_CONTAINER_CLASSES.items():
            if container in classes:
                posts.extend(e for e in element.iter() if body in (e.get("class") or "").split())
    return posts


def _outermost(elements: list) -> list:
    """Each post once: a body inside another chosen body is part of it."""
    elements = list(dict.fromkeys(elements))
    chosen = set(elements)
    return [e for e in elements if not any(a in chosen for a in e.iterancestors())]


# --------------------------------------------------------------------------- reader comments


@dataclass(frozen=True)
class Comment:
    """A reader's comment under an article: the name it is posted under (None when the page gives
    none), its date (ISO, or None) and its text, one paragraph."""

    author: str | None
    date: str | None
    text: str


#: A comment's text is an element with a class name of "comment" and one of these words (WordPress's
#: and Blogger's `comment-content`, Substack's `comment-body`, `commentText`, `comment__message`), or
#: the `text` of a schema.org Comment.
COMMENT_TEXT_WORDS = {"content", "body", "text", "message"}
#: A comment's author is an element with a class name of one of these words (WordPress's `fn` in
#: `comment-author vcard`, `commentAuthor`, `comment-username`, `user-name`), or the `author` of a
#: schema.org Comment, in the comment's markup.
COMMENT_AUTHOR_WORDS = {"fn", "author", "commenter", "username", "nickname"}
#: The parts of a comment that are no part of what it says: its header and its buttons ("Reply",
#: "Like 3", "Report"), its avatar, an "Edit" link.
COMMENT_FURNITURE_WORDS = {"meta", "metadata", "author", "vcard", "avatar", "reply", "actions", "action", "like",
                           "likes", "vote", "votes", "share", "toolbar", "footer", "edit", "report", "reactions",
                           "says", "buttons"}
COMMENT_FURNITURE_TAGS = ("script", "style", "noscript", "template", "form", "button", "svg", "img", "iframe",
                          "footer", "nav")


def reader_comments(tree) -> list[Comment]:
    """The comments under an article in page order, replies included; [] when it has none."""
    bodies = _innermost([e for e in tree.iter() if isinstance(e.tag, str) and _is_comment_text(e)])
    comments = []
    for body in bodies:
        text = _comment_text(body)
        if text:
            author, date = _comment_header(body, bodies)
            comments.append(Comment(author, date, text))
    return comments


def _class_names(element) -> list[set[str]]:
    """The words of each of an element's class names: "comment-content" and "commentBody" are
    {"comment", "content"} and {"comment", "body"}."""
    names = (element.get("class") or "").split()
    return [set(w.lower() for w in re.findall(r"[A-Za-z][a-z]*", re.sub(r"([a-z])([A-Z])", r"\1 \2", n)))
            for n in names]


def _class_words(element) -> set[str]:
    return set().union(*_class_names(element)) if element.get("class") else set()


def _in_comment_item(element, prop: str) -> bool:
    """An element with itemprop `prop` of a schema.org Comment."""
    if element.get("itemprop") != prop:
        return False
    owner = next((a for a in element.iterancestors() if a.get("itemtype")), None)
    return owner is not None and "Comment" in {_type_name(t) for t in owner.get("itemtype").split()}


def _is_comment_text(element) -> bool:
    return any("comment" in words and words & COMMENT_TEXT_WORDS for words in _class_names(element)) \
        or _in_comment_item(element, "text")


def _is_comment_author(element) -> bool:
    return bool(_class_words(element) & COMMENT_AUTHOR_WORDS) or _in_comment_item(element, "author")


def _innermost(elements: list) -> list:
    """Each comment's text once: WordPress's `comment-body` holds its header and its `comment-content`."""
    chosen = set(elements)
    return [e for e in elements if not any(d in chosen for d in e.iterdescendants())]


def _comment_text(body) -> str:
    """What a comment says, its paragraphs joined into one: without its header, buttons and avatar."""
    from extract.readers.html import visible_text  # the HTML reader builds on this module

    body = copy.deepcopy(body)
    for element in list(body.iter()):
        if element is not body and element.getparent() is not None and isinstance(element.tag, str) \
                and _class_words(element) & COMMENT_FURNITURE_WORDS:
            element.drop_tree()
    lines = [line for line in visible_text(body, COMMENT_FURNITURE_TAGS).split("\n")
             if default_furniture().category(line) is None]
    return " ".join(" ".join(lines).split())


def _comment_header(body, bodies: list) -> tuple[str | None, str | None]:
    """The author and date of the comment whose text is `body`, from the comment's markup around
    it: the nearest element around it that names an author (and its date), up to the comment
    list, never past the comment before it (whose author is not this one's) nor out into the
    article (whose byline is not a commenter's)."""
    earlier = set(bodies[:bodies.index(body)])
    date = None
    for container in body.iterancestors():
        if not _is_comment_markup(container) or any(d in earlier for d in container.iterdescendants()):
            break
        names = [name for name in (_author_name(e) for e in _header_elements(container, body)
                                   if _is_comment_author(e)) if name]
        date = date or _comment_date(container, body)
        if names:
            return names[0], date
    return None, date


def _is_comment_markup(element) -> bool:
    """An element of a comment section: its class names a comment ("comment", "comment-body",
    "comment-list-item") or it is a schema.org Comment."""
    itemtypes = {_type_name(t) for t in (element.get("itemtype") or "").split()}
    return "comment" in _class_words(element) or "Comment" in itemtypes


def _header_elements(container, body) -> list:
    """The elements of a comment's container outside its text and before it (a reply's header
    follows its parent's text), innermost first for an author ("fn" inside "comment-author")."""
    found = []
    for element in container.iter():
        if element is body:
            break
        if isinstance(element.tag, str) and element is not container:
            found.append(element)
    return sorted(found, key=lambda e: -len(list(e.iterancestors())))


def _author_name(element) -> str | None:
    """The name an author element shows: WordPress's "Zhou Lan says:" is Zhou Lan."""
    name = " ".join(element.text_content().split())
    name = re.sub(r"\s*(?:says|said|wrote|replied)\s*:?$|\s*:$", "", name, flags=re.IGNORECASE).strip()
    return name if name and len(name) <= 60 else None


def _comment_date(container, body) -> str | None:
    """A comment's date: its <time> or an element of its header whose class names a date
    ("comment-date", "comment-metadata"), read from its `datetime`, its `title` (Substack's "Oct 1"
    has its year there) or its text."""
    for element in _header_elements(container, body):
        if element.tag == "time" or _class_words(element) & {"date", "time", "timestamp", "metadata", "published"}:
            for value in (element.get("datetime"), element.get("title"), element.text_content()):
                if value and (iso := normalize_date(value.strip()) or _first_date(value)):
                    return iso
    return None


def _first_date(text: str) -> str | None:
    dates = find_dates(text)
    return dates[0].iso if dates else None
