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
with
  -- every name an actor goes by, lower case, for matching credits and citations to actors
  actor_names(actor_id, name) as (
    select id, lower(name) from actors
    union
    select a.id, lower(n.value) from actors a, json_each(a.aliases) n
  ),
  credited as (
    select c.id as claim_id,
           (select min(n.actor_id) from actor_names n where n.name = lower(c.attributed_to)) as actor_id
    from claims c
  ),
  -- names by which a citation may refer to the credited source
  credited_names(claim_id, name) as (
    select c.id, lower(c.attributed_to) from claims c where c.attributed_to != ''
    union
    select k.claim_id, n.name from credited k join actor_names n on n.actor_id = k.actor_id
  ),
  links(claim_id, citation_id, link) as (
    select c.id, ci.id, 'names the credited source'
    from claims c
    join citations ci on ci.document_id = c.document_id
    where exists (select 1 from credited_names cn
                  where cn.claim_id = c.id and length(cn.name) > 2
                    and instr(lower(ci.text || ' ' || coalesce(ci.url, '') || ' ' || coalesce(ci.title, '')), cn.name) > 0)
    union
    select c.id, ci.id, 'cited in the claim''s sentence'
    from claims c
    join citations ci on ci.document_id = c.document_id
                     and ci.start >= c.start_char and ci."end" <= c.end_char
  ),
  chain as (
    select claim_id, citation_id, group_concat(link, '; ') as link from links group by claim_id, citation_id
  )
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
  k.actor_id as credited_actor_id,
  ca.type as credited_actor_type,
  ch.link,
  ci.kind as citation_kind,
  ci.text as citation,
  ci.url as citation_url,
  ci.id as citation_id
from claims c
join documents d on d.id = c.document_id
join credited k on k.claim_id = c.id
left join actors ca on ca.id = k.actor_id
left join chain ch on ch.claim_id = c.id
left join citations ci on ci.id = ch.citation_id
where (:claim = '' or c.id = :claim)
  and (:claim != '' or c.attributed_to != '' or ch.citation_id is not null)
  and (:credited = ''
       or lower(c.attributed_to) = lower(:credited)
       or k.actor_id = :credited
       or k.actor_id in (select n.actor_id from actor_names n where n.name = lower(:credited)))
order by d.published, d.id, c.start_char, c.phrase_start, c.id, ci.start
