-- Documents, their metadata and what they claim
-- What is in the corpus? One row per source document: its metadata (title, kind, outlet,
-- authors, date, URL, DOI, licence, the format it was read from) and how much it contributes:
-- claims by kind, citations, the sources it credits, and how many of its claims other
-- documents confirm (agreements) or contradict (conflicts). Newest first.
--
-- param: outlet  optional: only documents from this outlet (any case)
-- param: kind  optional: only documents of this kind (news-article, journal-article, blog-post...)
-- example: kind=journal-article
select
  d.id,
  d.title,
  d.kind,
  d.outlet,
  (select group_concat(a.value, '; ') from json_each(d.authors) a) as authors,
  d.published,
  d.url,
  d.doi,
  d.license,
  d.format,
  d.source,
  s.claims,
  s.figures,
  s.dates,
  s.perks,
  s.penalties,
  s.relations,
  s.citations,
  s.credited_sources,
  s.agreements,
  s.conflicts,
  s.characters
-- document_stats counts what each document contributes, and lists them newest first in its index
from document_stats s
cross join documents d on d.id = s.document_id
where (:outlet = '' or s.outlet_key = lower(:outlet))
  and (:kind = '' or s.kind = :kind)
order by s.published desc, s.document_id
