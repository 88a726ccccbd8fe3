"""The site in a real browser: Debian's Chromium driven by Playwright.

The site runs on a free loopback port, on a knowledge base built from the seeds plus
a hostile source (tests/test_site.py), and every test checks that no script from a
source ran and that the Content-Security-Policy blocked nothing of Datasette's own.
Screenshots are saved under each test's tmp_path.
"""
from __future__ import annotations

import socket
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from test_site import HOSTILE_ID, hostile_kb_path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed "
                                     "(pip install playwright; the browser is Debian's chromium)")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)

#: Records every Content-Security-Policy violation the page reports.
WATCH_POLICY = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
    e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""
SCRIPT_AS_TEXT = "<script>window.__pwned=1</script>"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    return hostile_kb_path(tmp_path_factory)


@pytest.fixture(scope="module")
def site_url(kb, tmp_path_factory):
    import uvicorn

    from kb.site import make_datasette

    port = free_port()
    app = make_datasette(kb, queries_dir=tmp_path_factory.mktemp("no-queries")).app()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the site did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visitor:
    """One browser tab on the site, keeping what went wrong in it."""

    def __init__(self, page, base: str, shots: Path):
        self.page, self.base, self.shots = page, base, shots
        self.errors: list[str] = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def open(self, path: str):
        response = self.page.goto(self.base + path)
        assert response.status == 200, (path, response.status)
        return self.page

    def shoot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.page.screenshot(path=str(path))  # what a person sees first
        return path

    def assert_safe(self):
        """No script from a source ran, and the policy blocked nothing."""
        assert self.page.evaluate("typeof window.__pwned") == "undefined", self.page.url
        assert self.page.evaluate("window.__violations") == [], self.page.url
        assert self.errors == [], self.page.url


@pytest.fixture
def visitor(browser, site_url, tmp_path):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.add_init_script(WATCH_POLICY)
    yield Visitor(context.new_page(), site_url, tmp_path)
    context.close()


def query(db: Path, sql: str, params=()) -> list[dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, params)]


def test_the_home_page_says_what_the_collection_is(visitor, kb):
    page = visitor.open("/")
    counts = query(kb, "select (select count(*) from documents) as d, (select count(*) from claims) as c")[0]
    numbers = page.locator(".sckb-numbers").inner_text()
    assert f"{counts['d']} sources" in numbers and f"{counts['c']} claims" in numbers
    assert page.locator("a[href='/conflicts']").first.is_visible()
    visitor.shoot("home")
    visitor.assert_safe()


def test_search_a_word_open_a_claim_and_follow_it_to_its_document(visitor, kb):
    page = visitor.open("/")
    page.fill("#sckb-search-claims", "blacklist")
    page.press("#sckb-search-claims", "Enter")
    page.wait_for_url("**/kb/claims?_search=blacklist*")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() > 0
    for n in range(rows.count()):
        assert "blacklist" in rows.nth(n).inner_text().lower()
    visitor.shoot("search")
    visitor.assert_safe()

    rows.first.locator("td.col-id a").click()
    page.wait_for_url("**/kb/claims/*")
    claim_id = page.url.rsplit("/", 1)[1]
    claim = query(kb, "select * from claims where id = ?", [claim_id])[0]
    assert page.locator(".sckb-sentence mark").inner_text() == claim["phrase"]
    visitor.shoot("claim")
    visitor.assert_safe()

    page.locator(".sckb-cite a").first.click()
    page.wait_for_url("**/kb/documents/*")
    highlight = page.locator(f".sckb-text mark a[href='/kb/claims/{claim_id}']")
    assert highlight.count() >= 1 and highlight.first.is_visible()
    assert highlight.first.inner_text() in claim["phrase"]
    highlight.first.scroll_into_view_if_needed()
    visitor.shoot("document")
    visitor.assert_safe()


def test_the_conflicts_page_shows_each_disagreement_side_by_side(visitor, kb):
    page = visitor.open("/conflicts")
    pairs = page.locator("article.sckb-pair")
    assert pairs.count() == query(kb, "select count(*) as n from conflicts")[0]["n"] > 0
    first = pairs.first
    sides = first.locator(".sckb-side")
    assert sides.count() == 2
    left, right = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    assert left["x"] < right["x"] and abs(left["y"] - right["y"]) < 1  # side by side
    assert first.locator(".sckb-reasons li").count() >= 1
    visitor.shoot("conflicts")
    visitor.assert_safe()


def test_an_actor_page_groups_its_claims_by_kind(visitor, kb):
    actor = query(kb, "select subject_id from claims where subject_id is not null group by subject_id "
                      "order by count(*) desc limit 1")[0]["subject_id"]
    page = visitor.open(f"/kb/actors/{tilde_encode(actor)}")
    kinds = query(kb, "select distinct kind from claims where subject_id = ?", [actor])
    headings = page.locator("h3").all_inner_texts()
    assert {h.split(" (")[0] for h in headings} >= {k["kind"] for k in kinds}
    visitor.shoot("actor")
    visitor.assert_safe()


@pytest.mark.parametrize("name, path", [
    ("document-page", f"/kb/documents/{HOSTILE_ID}"),
    ("table-row", f"/kb/documents?id={HOSTILE_ID}"),
    ("search", "/kb/claims?_search=Hostile"),
    ("sql-query", f"/kb?sql=select+title,+outlet,+license,+authors,+url,+text+from+documents+where+id+=+'{HOSTILE_ID}'"),
    ("home", "/"),
    ("conflicts", "/conflicts"),
])
def test_the_hostile_source_runs_no_script(visitor, name, path):
    page = visitor.open(path)
    assert "window.__pwned=1" in page.locator("body").inner_text()  # shown, as text
    for text in page.get_by_text("onmouseover").all()[:3]:
        text.hover()
    visitor.shoot(f"hostile-{name}")
    visitor.assert_safe()


def test_the_hostile_claims_pages_run_no_script(visitor, kb):
    for claim in query(kb, "select id from claims where document_id = ?", [HOSTILE_ID]):
        page = visitor.open(f"/kb/claims/{claim['id']}")
        assert SCRIPT_AS_TEXT in page.locator("body").inner_text() or "onerror" in page.locator("body").inner_text()
        visitor.assert_safe()


def test_datasette_scripts_still_run_under_the_policy(visitor):
    page = visitor.open("/kb/claims")
    assert page.evaluate("typeof DATASETTE_ALLOW_FACET") == "boolean"  # the hashed inline script ran
    icon = page.locator("th.col-predicate .dropdown-menu-icon")
    icon.click()  # table.js, from the site itself
    description = page.locator(".dropdown-menu .dropdown-column-description")
    assert description.is_visible() and "What is claimed of the subject" in description.inner_text()
    visitor.shoot("column-menu")
    visitor.assert_safe()

    page = visitor.open("/kb?sql=select+kind,+count(*)+from+claims+group+by+kind")
    assert page.locator(".CodeMirror").count() == 1  # the editor's inline start-up script ran
    visitor.assert_safe()
