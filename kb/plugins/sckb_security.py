"""Datasette plugin: security headers and no open redirects, as one ASGI wrapper.

Standalone on purpose: a published bundle loads this file with
`datasette --plugins-dir plugins` on a machine where the sckb package is not
installed, so it uses only the standard library and Datasette's own APIs.

- Every HTTP response gets a Content-Security-Policy, X-Content-Type-Options,
  Referrer-Policy and X-Frame-Options. The policy allows scripts from the site
  itself and, inline, only the scripts Datasette's templates contain (by their
  SHA-256 hashes), so a script smuggled into a page by source text cannot run
  even if some template forgot to escape it.
- Datasette 0.65.5 answers `GET /\\example.com/` with `Location: /\\example.com`,
  which browsers follow to another site (upstream issue #2680). Paths that a
  browser would read as another host (`//`, `/\\`, or their %2F/%5C encodings)
  are answered 404, and any redirect whose Location leaves the site becomes a 404.
"""
from __future__ import annotations

import base64
import hashlib
import itertools
import re
from urllib.parse import unquote, urlsplit

from datasette import hookimpl

#: Inline <script> elements, in a template's source (Jinja tags may sit inside the opening tag).
INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:{%.*?%}|{{.*?}}|[^>])*)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
JINJA_SYNTAX = re.compile(r"{{|{%|{#")
#: A template expression that is one bare variable: {{ datasette_allow_facet }}.
BARE_VARIABLE = re.compile(r"{{\s*(\w+)\s*}}")
#: Characters browsers drop from URLs before resolving them ("/\t/x" is "//x").
URL_IGNORED = re.compile(r"[\t\n\r]")
#: How many times a path is percent-decoded when looking for a disguised "//".
DECODE_ROUNDS = 3

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
}
NOT_FOUND = b"Not found"


# --- open redirects ---------------------------------------------------------------------


def _decoded(path: str) -> str:
    for _ in range(DECODE_ROUNDS):
        path = unquote(path)
    return URL_IGNORED.sub("", path)


def leaves_site(path: str) -> bool:
    """True for a path a browser would resolve to another host: //host, /\\host and their encodings."""
    decoded = _decoded(path)
    return decoded.startswith(("//", "/\\", "\\"))


def unsafe_location(location: str, host: str | None) -> bool:
    """True for a redirect target outside this site."""
    target = URL_IGNORED.sub("", location).strip()
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return not host or parts.scheme not in ("http", "https") or parts.netloc.lower() != host.lower()
    return leaves_site(target)


# --- Content-Security-Policy -----------------------------------------------------------


def _script_bodies(source: str) -> set[str]:
    """The texts of a template's inline scripts, as the browser will see them.

    Datasette's one templated inline script sets a JavaScript boolean from a setting
    (`DATASETTE_ALLOW_FACET = {{ datasette_allow_facet }};`): a script whose only template
    syntax is bare variables is taken with every true/false combination of them. Other
    templated scripts (base.html's slot for plugins' extra_body_script) are not allowed.
    """
    bodies = set()
    for match in INLINE_SCRIPT.finditer(source):
        if "src=" in match["attrs"].lower():
            continue
        body = match["body"]
        variables = sorted(set(BARE_VARIABLE.findall(body)))
        if JINJA_SYNTAX.search(BARE_VARIABLE.sub("", body)):
            continue
        for values in itertools.product(("true", "false"), repeat=len(variables)):
            value_of = dict(zip(variables, values))
            bodies.add(BARE_VARIABLE.sub(lambda m: value_of[m[1]], body))
    return bodies


def inline_script_hashes(env) -> list[str]:
    """CSP source expressions ('sha256-...') for every inline script in the site's templates."""
    bodies: set[str] = set()
    for name in env.list_templates(extensions=["html"]):
        source, _, _ = env.loader.get_source(env, name)
        bodies |= _script_bodies(source)
    digests = (base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") for body in bodies)
    return sorted(f"'sha256-{digest}'" for digest in digests)


def content_security_policy(script_hashes: list[str]) -> str:
    # Datasette's templates use inline style attributes and <style> blocks: styles stay
    # 'unsafe-inline', which cannot run code.
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' " + " ".join(script_hashes),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


# --- the ASGI wrapper --------------------------------------------------------------------


async def _not_found(send) -> None:
    await send({"type": "http.response.start", "status": 404,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), *_encoded(SECURITY_HEADERS)]})
    await send({"type": "http.response.body", "body": NOT_FOUND})


def _encoded(headers: dict[str, str]) -> list[tuple[bytes, bytes]]:
    return [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()]


def _request_host(scope) -> str | None:
    for name, value in scope.get("headers") or ():
        if name.lower() == b"host":
            return value.decode("latin-1")
    return None


class SecureSite:
    """Wraps Datasette's ASGI app: closes off-site paths and redirects, adds the headers."""

    def __init__(self, app, csp: str):
        self.app = app
        self.headers = {**SECURITY_HEADERS, "content-security-policy": csp}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        raw_path = (scope.get("raw_path") or b"").decode("latin-1")
        if leaves_site(scope.get("path", "")) or leaves_site(raw_path):
            return await _not_found(send)
        host = _request_host(scope)
        blocked = False

        async def secured_send(message):
            nonlocal blocked
            if message["type"] == "http.response.start":
                location = next((v.decode("latin-1") for k, v in message.get("headers", ()) if k.lower() == b"location"), None)
                if location is not None and unsafe_location(location, host):
                    blocked = True
                    return await _not_found(send)
                kept = [(k, v) for k, v in message.get("headers", ()) if k.lower().decode("latin-1") not in self.headers]
                message = {**message, "headers": kept + _encoded(self.headers)}
            elif blocked:
                return  # the body of a redirect that was replaced by a 404
            await send(message)

        await self.app(scope, receive, secured_send)


@hookimpl
def asgi_wrapper(datasette):
    csp = content_security_policy(inline_script_hashes(datasette.jinja_env))

    def wrap(app):
        return SecureSite(app, csp)

    return wrap
