-- From a claim to its original source
-- Where does this claim really come from? The chain from a claim to the document that states
-- it (title, outlet, date, URL), to whom that document credits ("according to China News
-- Service": `credited`, and the actor it is, when known), to the works and URLs the document
-- cites that may be the origin: citations that name the credited source (by name, alias or web
-- domain) and citations inside the claim's own sentence. `link` says why a citation is on the
-- chain; a claim with no credit and no citation ends at its document (link is empty).
-- Without a claim id, every claim that credits someone or has a citation in its sentence.
--
-- param: claim  optional: the claim's id (claims.id)
-- param: credited  optional: only claims crediting this source (name as written, actor id or alias)
-- example: credited=China+News+Service
select
  c.id as claim_id,
  c.kind,
  c.subject,
  c.predicate,
  c.phrase,
  c.quote,
  d.title as document,
  d.outlet,
  d.published,
  d.url as document_url,
  c.attributed_to as credited,
  c.attribution_phrase,
  f.credited_actor_id,
  ca.type as credited_actor_type,
  ch.link,
  ci.kind as citation_kind,
  ci.text as citation,
  ci.url as citation_url,
  ci.id as citation_id
-- the claims in document order, read from claim_stats' index (which also holds whom each credits and the
-- actor that is, and how many citations claim_citations links to it): a page reads a page of them
from claim_stats f
cross join claims c on c.id = f.claim_id
cross join documents d on d.id = f.document_id
left join actors ca on ca.id = f.credited_actor_id
left join claim_citations ch on ch.claim_id = f.claim_id
left join citations ci on ci.id = ch.citation_id
where (:credited = ''
       or f.credited_key = lower(:credited)
       or f.credited_actor_id = :credited
       or f.credited_actor_id in (select actor_id from actor_names where name = lower(:credited)))
  and (:claim = '' or f.claim_id = :claim)
  and (:claim != '' or f.credited_key != '' or f.chain_citations > 0)
order by f.published, f.document_id, f.start_char, f.phrase_start, f.claim_id, ch.citation_start, ch.citation_id
