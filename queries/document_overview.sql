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
  (select count(*) from claims c where c.document_id = d.id) as claims,
  (select count(*) from claims c where c.document_id = d.id and c.kind = 'figure') as figures,
  (select count(*) from claims c where c.document_id = d.id and c.kind = 'date') as dates,
  (select count(*) from claims c where c.document_id = d.id and c.kind = 'perk') as perks,
  (select count(*) from claims c where c.document_id = d.id and c.kind = 'penalty') as penalties,
  (select count(*) from claims c where c.document_id = d.id and c.kind = 'relation') as relations,
  (select count(*) from citations ci where ci.document_id = d.id) as citations,
  (select count(distinct c.attributed_to) from claims c
    where c.document_id = d.id and c.attributed_to != '') as credited_sources,
  (select count(*) from conflicts x join claims c on (x.claim_a = c.id or x.claim_b = c.id)
    where c.document_id = d.id and x.relation = 'agrees') as agreements,
  (select count(*) from conflicts x join claims c on (x.claim_a = c.id or x.claim_b = c.id)
    where c.document_id = d.id and x.relation = 'conflicts') as conflicts,
  length(d.text) as characters
from documents d
where (:outlet = '' or lower(d.outlet) = lower(:outlet))
  and (:kind = '' or d.kind = :kind)
order by d.published desc, d.id
