"""Forum threads and Q&A pages: the text of every post, in page order.

trafilatura reads a page as one article with comments around it, so on a thread it keeps
one post (often not the first) and drops the replies, which are the page's content. A page
is a thread when it says so (schema.org `QAPage`, `DiscussionForumPosting` or `Question`,
in JSON-LD or microdata) or when its markup is a forum software's, with two posts or more.
A news article's reader comments do not make it a thread, nor do a live blog's updates, nor
an FAQ page's questions (schema.org `FAQPage`, whose Questions and Answers are the publisher's).
"""
from __future__ import annotations

import json
import re

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
