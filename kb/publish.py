"""`sckb publish DIR`: a site bundle that deploys anywhere Datasette runs.

The bundle holds everything the site needs and nothing of sckb's code beyond the
standalone Datasette plugins:

    kb.db               the knowledge base, served immutable
    inspect-data.json   its hash and row counts (`datasette inspect`)
    metadata.json       titles, descriptions, licences, facets, canned queries, plugin config
    settings.json       Datasette's settings (also passed as --setting flags)
    templates/          the pages (kb/templates)
    plugins/            the pages', the canned queries' paging and the security plugins (kb/plugins),
                        standard library + Datasette only
    static/             the stylesheet (kb/static)
    kb.trig, kb.nq, kb.jsonld   the RDF, where the build wrote it, offered for download
    requirements.txt    Datasette and its dependencies, pinned to the versions installed here
    Dockerfile, README.md

The bundle is written into a temporary folder beside DIR and moved into place
when complete, so a failed publish leaves the previous bundle as it was.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from extract.settings import Settings
from kb.site import (DATABASE, DATASETTE_SETTINGS, INSPECT_FILE, PLUGINS_DIR, RDF_DOWNLOADS, STATIC_DIR,
                     STATIC_MOUNT, TEMPLATES_DIR, SiteError, check_database, compute_inspect, metadata)

DB_FILE = f"{DATABASE}.db"
METADATA_FILE = "metadata.json"
SETTINGS_FILE = "settings.json"
#: Marks a folder as an sckb bundle, so that publishing again may replace it.
MARKER_FILE = ".sckb-bundle"
PORT = 8001
#: What the bundle runs; requirements.txt pins these and everything they depend on.
RUNTIME_PACKAGES = ("datasette",)
#: Installers the Python image brings; pinning them would make pip replace itself.
NOT_PINNED = frozenset({"pip"})


class PublishError(SiteError):
    """The bundle cannot be written; `str()` is one line for people."""


# --- requirements ---------------------------------------------------------------------------------


def _key(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def pinned_requirements(packages: tuple[str, ...] = RUNTIME_PACKAGES) -> list[str]:
    """`name==version` for `packages` and their dependencies (without extras), as installed here."""
    from packaging.requirements import Requirement

    pins: dict[str, str] = {}
    todo = list(packages)
    while todo:
        name = todo.pop()
        if _key(name) in pins or _key(name) in NOT_PINNED:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            raise PublishError(f"{name} is needed by the site but not installed; pip install it first") from None
        pins[_key(name)] = f"{dist.metadata['Name']}=={dist.version}"
        for line in dist.requires or ():
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return [pins[key] for key in sorted(pins)]


# --- how the bundle is served ---------------------------------------------------------------------


def _setting_value(value) -> str:
    return ("on" if value else "off") if isinstance(value, bool) else str(value)


def serve_arguments(host: str = "0.0.0.0", port: int | str = PORT) -> list[str]:
    """The `datasette serve` command line that serves a bundle from inside its folder."""
    arguments = ["datasette", "serve", "-i", DB_FILE, "--inspect-file", INSPECT_FILE, "--metadata", METADATA_FILE,
                 "--template-dir", "templates", "--plugins-dir", "plugins", "--static", f"{STATIC_MOUNT}:static"]
    for name, value in DATASETTE_SETTINGS.items():
        arguments += ["--setting", name, _setting_value(value)]
    return arguments + ["-h", host, "-p", str(port)]


def dockerfile() -> str:
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    # The port comes from $PORT where a host sets it (Cloud Run, Fly, Render), else 8001.
    command = " ".join(serve_arguments(port="${PORT:-%d}" % PORT))
    return f"""# The sckb site: Datasette serving the knowledge base read-only. No secrets are needed.
FROM python:{python}-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN useradd --no-create-home --shell /usr/sbin/nologin sckb
USER sckb
EXPOSE {PORT}
CMD ["sh", "-c", "exec {command}"]
"""


def readme(requirements: list[str], downloads: list[str]) -> str:
    datasette_pin = next((r for r in requirements if r.lower().startswith("datasette==")), "datasette")
    command = " ".join(serve_arguments(host="127.0.0.1"))
    settings = " ".join(f"--setting {name} {_setting_value(value)}" for name, value in DATASETTE_SETTINGS.items())
    rdf = ", ".join(downloads) if downloads else "none in this build"
    return f"""# sckb site bundle

The sckb knowledge base of claims about China's social credit scoring, ready to serve with
[Datasette]({"https://datasette.io/"}). Everything here is static: `kb.db` is served immutable and
read-only, and the site needs no secret, no database server and no sckb installation.

| file | what it is |
| --- | --- |
| `kb.db` | the knowledge base (SQLite) |
| `{INSPECT_FILE}` | its hash and row counts, so Datasette starts without counting |
| `{METADATA_FILE}` | titles, descriptions of every table and column, licences and sources, facets, canned queries |
| `{SETTINGS_FILE}` | Datasette's settings ({settings}) |
| `templates/`, `plugins/`, `static/` | the claim, document, actor, conflicts and home pages, the canned queries a page of rows at a time; security headers |
| RDF | {rdf}: also served at `/-/downloads/NAME` |
| `requirements.txt` | {datasette_pin} and its dependencies, pinned |

The quoted source text keeps each source's own terms (see the `license` column of the
`documents` table); what sckb derives is MIT.

## Docker

    docker build -t sckb-site .
    docker run --rm -p 8001:8001 sckb-site

then open http://127.0.0.1:8001/. The container listens on `$PORT` when the host sets it.

## Hosts that run a container (Cloud Run, Fly.io, Render, ...)

Deploy this folder with its Dockerfile, e.g. `gcloud run deploy sckb --source .` or `fly launch`.
Or let Datasette's own publisher build the image, keeping the version pinned:

    datasette publish cloudrun kb.db --service sckb --metadata {METADATA_FILE} \\
        --template-dir templates --plugins-dir plugins --static {STATIC_MOUNT}:static \\
        --install {datasette_pin} --extra-options "{settings}"

## A plain VM

    python3 -m venv .venv && .venv/bin/pip install -r requirements.txt
    PATH=.venv/bin:$PATH {command}

Run it from this folder, behind a reverse proxy (nginx, Caddy) for TLS, e.g. as a systemd service
with `WorkingDirectory=` set to this folder and `ExecStart=` the command above with `-h 127.0.0.1`.
"""


# --- writing the bundle ----------------------------------------------------------------------------


def _copy_files(source: Path, target: Path, pattern: str) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.glob(pattern)):
        if path.is_file():
            shutil.copy2(path, target / path.name)


def _write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_bundle(out_dir: Path, folder: Path, settings: Settings, queries_dir: Path | None = None) -> None:
    """Fill the empty `folder` with the bundle of the knowledge base in `out_dir`."""
    shutil.copy2(out_dir / DB_FILE, folder / DB_FILE)
    downloads = [name for name in RDF_DOWNLOADS if (out_dir / name).is_file()]
    for name in downloads:
        shutil.copy2(out_dir / name, folder / name)
    _write_json(folder / INSPECT_FILE, compute_inspect(folder / DB_FILE))
    _write_json(folder / METADATA_FILE, metadata(folder / DB_FILE, settings.base_iri, queries_dir))
    _write_json(folder / SETTINGS_FILE, DATASETTE_SETTINGS)
    _copy_files(TEMPLATES_DIR, folder / "templates", "*.html")
    _copy_files(PLUGINS_DIR, folder / "plugins", "*.py")
    _copy_files(STATIC_DIR, folder / "static", "*")
    requirements = pinned_requirements()
    (folder / "requirements.txt").write_text("\n".join(requirements) + "\n", encoding="utf-8")
    (folder / "Dockerfile").write_text(dockerfile(), encoding="utf-8")
    (folder / ".dockerignore").write_text("Dockerfile\nREADME.md\n", encoding="utf-8")
    (folder / "README.md").write_text(readme(requirements, downloads), encoding="utf-8")
    (folder / MARKER_FILE).write_text("A site bundle written by `sckb publish`; publishing again replaces this folder.\n",
                                      encoding="utf-8")


def _check_target(bundle_dir: Path) -> None:
    if bundle_dir.exists() and not bundle_dir.is_dir():
        raise PublishError(f"{bundle_dir} is a file, not a folder")
    if bundle_dir.is_dir() and any(bundle_dir.iterdir()) and not (bundle_dir / MARKER_FILE).exists():
        raise PublishError(f"{bundle_dir} is not empty and is not an sckb bundle; choose an empty or new folder")


def publish(out_dir: Path, bundle_dir: Path, settings: Settings | None = None, queries_dir: Path | None = None) -> Path:
    """Write the site bundle for the knowledge base in `out_dir` (its kb.db, and RDF files if any)
    to `bundle_dir`, replacing an earlier bundle there. Returns `bundle_dir`."""
    out_dir, bundle_dir = Path(out_dir), Path(bundle_dir)
    settings = settings or Settings.from_env()
    check_database(out_dir / DB_FILE)
    _check_target(bundle_dir)
    bundle_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".bundle-", dir=bundle_dir.parent))
    try:
        write_bundle(out_dir, staging, settings, queries_dir)
        staging.chmod(0o755)  # mkdtemp makes it private; a bundle is for serving
        _replace(staging, bundle_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return bundle_dir


def _replace(staging: Path, bundle_dir: Path) -> None:
    """Move the finished bundle into place; an earlier bundle is removed only after that."""
    old = None
    if bundle_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=".old-bundle-", dir=bundle_dir.parent))
        os.replace(bundle_dir, old / "bundle")
    os.replace(staging, bundle_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
