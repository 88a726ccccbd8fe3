-- Who credits whom: the citation graph
-- Which outlets, people and web sites does each document credit, and how often? One row per
-- document and credited source, from two kinds of evidence: the claims' attributions
-- ("according to Business Insider": how = attribution, with the number of claims credited)
-- and the works and URLs the document cites (how = inline-url or reference). `actor_id` is
-- the credited source in the actors table when it is a known actor (found by name, alias or
-- web domain); `credited_by_documents` counts the documents that credit the same source, so a
-- source many documents lean on stands out.
--
-- param: document  optional: only this document (its id)
-- param: credited  optional: only this credited source (name as written, actor id, or URL fragment)
-- example: credited=China+News+Service
-- example: document=aleteia-2018-social-credit-system
select
  d.id as document_id,
  d.title as document,
  d.outlet,
  d.published,
  k.credited_name as credited,
  k.actor_id,
  a.type as actor_type,
  k.how,
  k.mentions,
  k.claims,
  k.credited_by_documents,
  k.example,
  k.url
-- document_credits holds every document's credits and citations, grouped and matched to actors by the
-- build, in this query's order: a page reads a page of them
from document_credits k
cross join documents d on d.id = k.document_id
left join actors a on a.id = k.actor_id
where (:document = '' or k.document_id = :document)
  and (:credited = ''
       or lower(:credited) in (lower(k.credited), lower(k.actor_id))
       or k.actor_id in (select n.actor_id from actor_names n where n.name = lower(:credited))
       or instr(lower(k.url), lower(:credited)) > 0)
order by k.published, k.document_id, k.mentions desc, k.how, k.credited_name, k.credited, k.url
