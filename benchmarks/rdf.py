"""Measure the RDF build, SHACL validation, writers and both SPARQL engines on synthetic rows."""
import random, sys, time, warnings
from pathlib import Path
warnings.simplefilter("ignore")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pathlib import Path
from extract.settings import Settings
from kb import rdf

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
SKIP_SHACL = "--no-shacl" in sys.argv
rng = random.Random(1)
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).resolve().parent.parent / "corpus" / "sources".glob("*.txt"))]
n_docs = max(5, N // 100)
documents = [{"id": f"doc-{i:04d}", "source": f"sources/doc-{i:04d}.txt", "title": f"Document {i}",
              "kind": rng.choice(["news-article", "blog-post", "journal-article", "legal-alert"]),
              "outlet": f"Outlet {i % 17}", "authors": [f"Author {i}"], "published": f"201{i % 10}-0{1 + i % 9}",
              "url": f"https://example.org/{i}", "license": None, "doi": None, "text": texts[i % len(texts)]}
             for i in range(n_docs)]
actors = [{"id": f"actor-{i}", "name": f"Actor {i}", "type": rng.choice(["company", "product", "outlet", "government"]),
           "aliases": [f"A{i}", "芝麻信用"] if i % 5 == 0 else [f"A{i}"], "description": "x", "part_of": []} for i in range(300)]
claims = []
for i in range(N):
    doc = documents[i % n_docs]
    text = doc["text"]
    start = rng.randrange(0, len(text) - 200)
    end = start + rng.randrange(40, 200)
    ps = start + 5
    kind = rng.choice(["figure", "date", "perk", "penalty", "relation"])
    claims.append({"id": f"{i:016x}", "document_id": doc["id"], "kind": kind, "subject_id": f"actor-{i % 300}",
                   "subject": f"Actor {i % 300}", "predicate": rng.choice(["user_count", "launched", "grants_perk", "imposes_penalty", "owned_by"]),
                   "value": rng.random() * 1e9 if kind == "figure" else None, "unit": "users" if kind == "figure" else None,
                   "bound": "approx" if kind == "figure" else None, "object": "x" if kind in ("perk", "penalty", "relation") else None,
                   "object_id": f"actor-{(i + 1) % 300}" if kind == "relation" else None,
                   "date": "2015" if kind == "date" else None, "as_of": None, "phrase": text[ps:ps + 20], "phrase_start": ps,
                   "phrase_end": ps + 20, "quote": text[start:end], "start_char": start, "end_char": end,
                   "attributed_to": "A7" if i % 4 == 0 else None, "method": f"{kind}/rule-{i % 3}", "confidence": 0.7, "status": "extracted"})
settings = Settings(base_iri="https://sckb.example.org/")

def clock(label, fn):
    t = time.perf_counter(); out = fn(); dt = time.perf_counter() - t
    print(f"{label:45s} {dt:8.2f} s   ({dt / N * 1000:.2f} s per 1,000 claims)"); return out

ds = clock("build_dataset", lambda: rdf.build_dataset(documents, actors, claims, [], settings))
print("quads:", sum(1 for _ in ds.quads((None, None, None, None))))
if not SKIP_SHACL:
    ok, report = clock("validate (pyshacl)", lambda: rdf.validate(ds)); print("conforms", ok)
out = Path(f"/tmp/bench-{N}")
clock("write_all (trig+nq+jsonld)", lambda: rdf.write_all(ds, out))
for name in ("trig", "nq", "jsonld"):
    print(f"  {name}: {(out / f'kb.{name}').stat().st_size / 1e6:.1f} MB")
prov = Path("/work/main/queries/claim_provenance.rq").read_text()
by_actor = Path("/work/main/queries/claims_by_actor.rq").read_text()
count = "SELECT ?predicate (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c sckb:predicate ?predicate } } GROUP BY ?predicate ORDER BY ?predicate"
for engine in ("oxigraph", "rdflib"):
    store = clock(f"[{engine}] load kb.trig", lambda: rdf.load(out / "kb.trig", engine))
    clock(f"[{engine}] provenance of one claim", lambda: rdf.sparql(store, prov, {"claim": f"https://sckb.example.org/kb/claims/{123:016x}"}))
    clock(f"[{engine}] claims_by_actor (one actor)", lambda: rdf.sparql(store, by_actor, {"actor": "https://sckb.example.org/kb/actors/actor-7"}))
    clock(f"[{engine}] count claims per predicate", lambda: rdf.sparql(store, count))
    if N <= 5000 or engine == "oxigraph":
        clock(f"[{engine}] provenance of ALL claims", lambda: rdf.sparql(store, prov))
