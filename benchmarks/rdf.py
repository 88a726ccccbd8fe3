"""Measure the RDF side of a build on synthetic rows: per unit (build, write out, SHACL check),
the streamed writers, and both SPARQL engines on the written files.

    python benchmarks/rdf.py [CLAIMS] [--claims-per-source N] [--no-shacl] [--no-queries]

Sources get N claims each (default 45, a typical source) over real seed texts; every claim
points at gazetteer-like actors. Prints milliseconds per unit (median over the sources) and
the peak memory of the streamed write.
"""
import argparse
import json
import random
import statistics
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

warnings.simplefilter("ignore")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from extract.settings import Settings  # noqa: E402
from kb import rdf  # noqa: E402

KINDS = ["figure", "date", "perk", "penalty", "relation"]
PREDICATES = {"figure": "user_count", "date": "launched", "perk": "grants_perk", "penalty": "imposes_penalty",
              "relation": "owned_by"}


def synthetic_rows(claims: int, per_source: int, seed: int = 1) -> dict[str, list[dict]]:
    rng = random.Random(seed)
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus" / "sources").glob("*.txt"))]
    sources = max(1, claims // per_source)
    actors = [{"id": f"actor-{i}", "name": f"Actor {i}", "type": rng.choice(["company", "product", "outlet", "government"]),
               "aliases": [f"A{i}", "芝麻信用"] if i % 5 == 0 else [f"A{i}"], "description": "x",
               "part_of": [f"actor-{(i + 1) % 300}"] if i % 3 == 0 else []} for i in range(300)]
    documents = [{"id": f"doc-{i:05d}", "source": f"sources/doc-{i:05d}.txt", "title": f"Document {i}",
                  "kind": rng.choice(["news-article", "blog-post", "journal-article", "legal-alert"]),
                  "outlet": f"Actor {i % 17}", "authors": [f"Author {i}"], "published": f"201{i % 10}-0{1 + i % 9}",
                  "url": f"https://example.org/{i}", "license": None, "doi": None, "text": texts[i % len(texts)]}
                 for i in range(sources)]
    rows = {"documents": documents, "actors": actors, "claims": [], "citations": []}
    for i in range(sources * per_source):
        document = documents[i % sources]
        text = document["text"]
        start = rng.randrange(0, len(text) - 200)
        end = start + rng.randrange(40, 200)
        phrase = start + 5
        kind = rng.choice(KINDS)
        rows["claims"].append({
            "id": f"{i:016x}", "document_id": document["id"], "kind": kind, "subject_id": f"actor-{i % 300}",
            "subject": f"Actor {i % 300}", "predicate": PREDICATES[kind],
            "value": rng.random() * 1e9 if kind == "figure" else None, "unit": "users" if kind == "figure" else None,
            "bound": "approx" if kind == "figure" else None, "object": "x" if kind in ("perk", "penalty", "relation") else None,
            "object_id": f"actor-{(i + 1) % 300}" if kind == "relation" else None, "date": "2015" if kind == "date" else None,
            "as_of": None, "phrase": text[phrase:phrase + 20], "phrase_start": phrase, "phrase_end": phrase + 20,
            "quote": text[start:end], "start_char": start, "end_char": end,
            "attributed_to": "A7" if i % 4 == 0 else None, "method": f"{kind}/rule-{i % 3}", "confidence": 0.7,
            "status": "extracted"})
    for document in documents[::2]:  # every other source cites one URL of its text
        start = document["text"].find("http")
        if start >= 0:
            end = start + len(document["text"][start:].split()[0])
            rows["citations"].append({"id": f"cite-{document['id']}", "document_id": document["id"], "kind": "inline-url",
                                      "text": document["text"][start:end], "start": start, "end": end,
                                      "title": None, "authors": None, "date": None, "url": None})
    return rows


def by_document(rows: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for row in rows:
        grouped.setdefault(row["document_id"], []).append(row)
    return grouped


def median_ms(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * 1000:7.1f} ms (min {min(seconds) * 1000:.1f}, max {max(seconds) * 1000:.1f})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("claims", nargs="?", type=int, default=2000)
    parser.add_argument("--claims-per-source", type=int, default=45)
    parser.add_argument("--no-shacl", action="store_true")
    parser.add_argument("--no-queries", action="store_true")
    args = parser.parse_args()

    rows = synthetic_rows(args.claims, args.claims_per_source)
    settings = Settings(base_iri="https://sckb.example.org/")
    names = rdf.ActorNames(rows["actors"])
    claims_of, citations_of = by_document(rows["claims"]), by_document(rows["citations"])
    print(f"{len(rows['documents'])} sources, {len(rows['claims'])} claims, {len(rows['actors'])} actors")

    # Per unit, as a build worker does it: triples, chunk (N-Quads, TriG, JSON-LD), SHACL check.
    steps = {name: [] for name in ("triples", "nquads", "trig", "jsonld", "validate", "chunk json")}
    chunks, quads = [], 0
    for document in rows["documents"]:
        clock = time.perf_counter()
        triples = rdf.source_triples(document, claims_of.get(document["id"], []), citations_of.get(document["id"], []),
                                     names, settings)
        steps["triples"].append(time.perf_counter() - clock)
        for step, write_out in (("nquads", rdf.nquad_lines), ("trig", rdf.trig_statements), ("jsonld", rdf.jsonld_nodes)):
            clock = time.perf_counter()
            write_out(triples)
            steps[step].append(time.perf_counter() - clock)
        chunk = triples.chunk()
        clock = time.perf_counter()
        chunk = rdf.Chunk.from_json(json.loads(json.dumps(chunk.to_json())))
        steps["chunk json"].append(time.perf_counter() - clock)
        if not args.no_shacl:
            clock = time.perf_counter()
            conforms, report = rdf.validate_triples(triples, rows["actors"])
            steps["validate"].append(time.perf_counter() - clock)
            assert conforms, report
        chunks.append(chunk)
        quads += len(triples.default) + len(triples.named)
    print(f"per source unit ({args.claims_per_source} claims, {quads / len(chunks):.0f} quads), median over {len(chunks)}:")
    for step, seconds in steps.items():
        if seconds:
            print(f"  {step:12s} {median_ms(seconds)}")
    clock = time.perf_counter()
    unit = rdf.knowledge_base_unit(rows["actors"], set(PREDICATES.values()), settings)
    print(f"knowledge base unit ({len(rows['actors'])} actors), built and checked: "
          f"{(time.perf_counter() - clock) * 1000:.0f} ms, conforms {unit.conforms}")

    # The streamed write: only the chunk being added is in memory (the chunks list here is the input).
    out = Path(f"/tmp/bench-rdf-{args.claims}")

    def write() -> dict[str, Path]:
        with rdf.DatasetWriter(out) as writer:
            writer.add(unit.chunk)
            for chunk in chunks:
                writer.add(chunk)
        return writer.paths

    clock = time.perf_counter()
    paths = write()
    seconds = time.perf_counter() - clock
    tracemalloc.start()  # a second pass: tracing slows allocation down
    write()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"DatasetWriter: {seconds * 1000:.0f} ms for {len(chunks) + 1} chunks "
          f"({seconds * 1000 / (len(chunks) + 1):.1f} ms each), peak memory while writing {peak / 1e6:.2f} MB")
    for name, path in paths.items():
        print(f"  kb.{name}: {path.stat().st_size / 1e6:.1f} MB")

    if args.no_queries:
        return
    prov = (ROOT / "queries" / "claim_provenance.rq").read_text(encoding="utf-8")
    by_actor = (ROOT / "queries" / "claims_by_actor.rq").read_text(encoding="utf-8")
    count = ("SELECT ?predicate (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c sckb:predicate ?predicate } } "
             "GROUP BY ?predicate ORDER BY ?predicate")
    for engine in ["rdflib"] + (["oxigraph"] if rdf.oxigraph_available() else []):
        for label, run in (
                ("load kb.trig", lambda: rdf.load(out / "kb.trig", engine)),
                ("provenance of one claim", lambda: rdf.sparql(store, prov, {"claim": f"{settings.base_iri}kb/claims/{7:016x}"})),
                ("claims_by_actor (one actor)", lambda: rdf.sparql(store, by_actor, {"actor": f"{settings.base_iri}kb/actors/actor-7"})),
                ("count claims per predicate", lambda: rdf.sparql(store, count))):
            clock = time.perf_counter()
            result = run()
            if label.startswith("load"):
                store = result
            print(f"[{engine:8s}] {label:30s} {(time.perf_counter() - clock) * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
