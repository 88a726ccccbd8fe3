"""`sckb publish`: a bundle that serves with Datasette alone, on a machine without sckb."""
from __future__ import annotations

import ast
import filecmp
import hashlib
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import pytest

from extract.settings import Settings
from kb import publish as publishing
from kb import site

TRIG = '<https://sckb.example.org/kb/claims/x> <http://purl.org/dc/terms/source> <https://sckb.example.org/kb/documents/y> <https://sckb.example.org/graph/y> .\n'
#: What a plugin may import besides the standard library: Datasette and what it is built on.
PLUGIN_IMPORTS = {"datasette", "markupsafe", "jinja2"}
INSTALL_SECONDS = 300


@pytest.fixture(scope="module")
def out_dir(seed_build, tmp_path_factory) -> Path:
    """A build folder: the seed knowledge base and RDF files beside it."""
    folder = tmp_path_factory.mktemp("out")
    shutil.copy(seed_build.outputs["kb.db"], folder / "kb.db")
    (folder / "kb.trig").write_text(TRIG)
    (folder / "kb.nq").write_text(TRIG)
    return folder


QUERY = """-- Perks by subject
-- Which perks does each actor grant? Give :subject, or leave it empty for all.
select subject, object, document_id from claims
where kind = 'perk' and (:subject = '' or subject = :subject) order by subject, object, id
"""


@pytest.fixture(scope="module")
def queries_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("queries")
    (folder / "perks_by_subject.sql").write_text(QUERY)
    return folder


@pytest.fixture(scope="module")
def bundle(out_dir, queries_dir, tmp_path_factory) -> Path:
    return publishing.publish(out_dir, tmp_path_factory.mktemp("publish") / "site", queries_dir=queries_dir)


def test_the_bundle_holds_the_database_its_inspect_data_metadata_and_pages(bundle, out_dir, queries_dir):
    assert filecmp.cmp(bundle / "kb.db", out_dir / "kb.db", shallow=False)
    inspect = json.loads((bundle / "inspect-data.json").read_text())
    assert inspect["kb"]["hash"] == hashlib.sha256((bundle / "kb.db").read_bytes()).hexdigest()
    assert inspect["kb"]["file"] == "kb.db"
    metadata = json.loads((bundle / "metadata.json").read_text())
    expected = site.metadata(bundle / "kb.db", Settings.from_env().base_iri, queries_dir)
    assert metadata == json.loads(json.dumps(expected))
    assert metadata["databases"]["kb"]["queries"]["perks_by_subject"]["title"] == "Perks by subject"
    assert json.loads((bundle / "settings.json").read_text()) == site.DATASETTE_SETTINGS
    for folder, source in (("templates", site.TEMPLATES_DIR), ("plugins", site.PLUGINS_DIR), ("static", site.STATIC_DIR)):
        names = sorted(p.name for p in source.iterdir() if p.is_file() and p.suffix in (".html", ".py", ".css"))
        assert names and sorted(p.name for p in (bundle / folder).iterdir()) == names
        for name in names:
            assert filecmp.cmp(bundle / folder / name, source / name, shallow=False)


def test_the_rdf_files_travel_beside_the_database(bundle):
    assert (bundle / "kb.trig").read_text() == TRIG and (bundle / "kb.nq").exists()
    assert not (bundle / "kb.jsonld").exists()
    assert json.loads((bundle / "metadata.json").read_text())["plugins"]["sckb-site"]["downloads"] == list(site.RDF_DOWNLOADS)


def test_requirements_pin_exactly_what_is_installed(bundle):
    lines = (bundle / "requirements.txt").read_text().split()
    pins = dict(line.split("==") for line in lines)
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-]+==\S+", line) for line in lines)
    assert pins["datasette"] == version("datasette") and pins["datasette"].startswith("0.65.")
    for name, pinned in pins.items():
        assert version(name) == pinned, name
    assert {"uvicorn", "Jinja2", "MarkupSafe", "pluggy"} <= set(pins)
    assert not {"sckb", "spacy", "pip"} & {name.lower() for name in pins}


def test_the_dockerfile_pins_its_image_and_holds_no_secret(bundle):
    dockerfile = (bundle / "Dockerfile").read_text()
    assert f"FROM python:{sys.version_info.major}.{sys.version_info.minor}-slim\n" in dockerfile
    assert "RUN pip install --no-cache-dir -r requirements.txt" in dockerfile
    command = " ".join(publishing.serve_arguments(port="${PORT:-8001}"))
    assert command in dockerfile and "-h 0.0.0.0" in command
    for flag in ("-i kb.db", "--inspect-file inspect-data.json", "--metadata metadata.json", "--template-dir templates",
                 "--plugins-dir plugins", "--setting sql_time_limit_ms", "--setting max_returned_rows"):
        assert flag in command
    instructions = "\n".join(line for line in dockerfile.splitlines() if not line.startswith("#"))
    assert not re.search(r"secret|password|token|api[_-]?key", instructions, re.I)
    assert "USER " in dockerfile


def test_the_readme_says_how_to_deploy(bundle):
    readme = (bundle / "README.md").read_text()
    for words in ("docker build", "docker run", "datasette publish cloudrun", "python3 -m venv",
                  "pip install -r requirements.txt", f"--install datasette=={version('datasette')}"):
        assert words in readme


def test_the_plugins_need_only_the_standard_library_and_datasette():
    for path in site.PLUGINS_DIR.glob("*.py"):
        imported = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                imported.add(node.module.split(".")[0])
        foreign = imported - set(sys.stdlib_module_names) - PLUGIN_IMPORTS - {"__future__"}
        assert not foreign, (path.name, foreign)


def test_publishing_again_replaces_the_earlier_bundle(out_dir, queries_dir, tmp_path):
    target = publishing.publish(out_dir, tmp_path / "site", queries_dir=queries_dir)
    (target / "stale.txt").write_text("from an earlier bundle")
    publishing.publish(out_dir, target, queries_dir=queries_dir)
    assert not (target / "stale.txt").exists() and (target / "kb.db").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]  # no staging folder left behind


def test_a_folder_that_is_not_a_bundle_is_never_overwritten(out_dir, queries_dir, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(publishing.PublishError, match="not empty and is not an sckb bundle"):
        publishing.publish(out_dir, tmp_path, queries_dir=queries_dir)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_publishing_without_a_knowledge_base_is_a_clear_error(tmp_path):
    with pytest.raises(site.SiteError, match="run `sckb build` first"):
        publishing.publish(tmp_path / "build", tmp_path / "site")
    assert not (tmp_path / "site").exists()


# --- the bundle served on its own --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port: int, path: str) -> tuple[int, dict, str]:
    """A raw HTTP GET: the path goes on the wire exactly as written (backslashes included)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest("GET", path, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def wait_for(port: int, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("the bundle's server did not start")


@pytest.fixture(scope="module")
def clean_environment(bundle, tmp_path_factory) -> Path:
    """A virtual environment without the system's packages, with only requirements.txt installed."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PYTHONPATH", None)
    installed = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "-r", str(bundle / "requirements.txt")],
                               env=env, capture_output=True, text=True, timeout=INSTALL_SECONDS)
    assert installed.returncode == 0, installed.stderr[-2000:]
    return venv


def test_the_bundle_serves_without_sckb_installed(bundle, clean_environment, seed_build):
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    python = clean_environment / "bin" / "python"
    for package in ("kb", "extract", "spacy"):
        check = subprocess.run([str(python), "-c", f"import {package}"], cwd=bundle, env=env, capture_output=True)
        assert check.returncode != 0, f"{package} is importable in the clean environment"

    port = free_port()
    arguments = publishing.serve_arguments(host="127.0.0.1", port=port)
    arguments[0] = str(clean_environment / "bin" / "datasette")
    server = subprocess.Popen(arguments, cwd=bundle, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for(port, server)
        import sqlite3

        with sqlite3.connect(seed_build.outputs["kb.db"]) as conn:
            claim_id, phrase = conn.execute("select id, phrase from claims where phrase = 'over 520 million users'").fetchone()
        status, headers, body = get(port, f"/kb/claims/{claim_id}")
        assert status == 200 and f"<mark>{phrase}</mark>" in body
        assert "Claims that conflict with it" in body
        assert headers["x-content-type-options"] == "nosniff" and "script-src 'self'" in headers["content-security-policy"]
        status, headers, _ = get(port, "/\\example.com/")
        assert status == 404 and "location" not in headers
        status, headers, body = get(port, "/-/downloads/kb.trig")
        assert status == 200 and body == TRIG
        status, _, body = get(port, "/conflicts")
        assert status == 200 and 'class="sckb-pair' in body
        status, _, body = get(port, "/kb/perks_by_subject.json?subject=&_shape=array")
        perks = json.loads(body)
        assert status == 200 and len(perks) > 2
        status, _, body = get(port, "/kb/perks_by_subject?_size=2")  # a page of rows and the next
        assert status == 200 and 'rel="next"' in body and body.count('<td class="col-object">') == 2
        status, _, body = get(port, "/kb/perks_by_subject.json?_size=2&_next=2&_shape=array")
        assert status == 200 and json.loads(body) == perks[2:4]
    finally:
        server.terminate()
        server.wait(timeout=10)
