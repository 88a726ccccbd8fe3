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
  actor_names(actor_id, name) as materialized (
    select id, lower(name) from actors
    union
    select a.id, lower(n.value) from actors a, json_each(a.aliases) n
  ),
  -- the actor a name stands for (the first by id when two share it)
  actor_by_name(name, actor_id) as materialized (
    select name, min(actor_id) from actor_names group by name
  ),
  -- each citation's words, where a credited source's name may appear
  cited(id, document_id, start, "end", words) as (
    select id, document_id, start, "end",
           lower(text || ' ' || coalesce(url, '') || ' ' || coalesce(title, ''))
    from citations
  ),
  -- from the citations (few) to the claims of their documents (not from every claim)
  links(claim_id, citation_id, link) as (
    -- the credited source as written
    select c.id, ci.id, 'names the credited source'
    from cited ci
    cross join claims c on c.document_id = ci.document_id
    where c.attributed_to != '' and length(lower(c.attributed_to)) > 2
      and instr(ci.words, lower(c.attributed_to)) > 0
    union
    -- or any name of the actor it is
    select c.id, ci.id, 'names the credited source'
    from cited ci
    cross join claims c on c.document_id = ci.document_id
    join actor_by_name k on k.name = lower(c.attributed_to)
    join actor_names n on n.actor_id = k.actor_id
    where length(n.name) > 2 and instr(ci.words, n.name) > 0
    union
    select c.id, ci.id, 'cited in the claim''s sentence'
    from cited ci
    cross join claims c on c.document_id = ci.document_id
    where ci.start >= c.start_char and ci."end" <= c.end_char
  ),
  chain as materialized (
    select claim_id, citation_id, group_concat(link, '; ') as link from links group by claim_id, citation_id
  ),
  -- the credits (lower case, as written) that name the source asked for, or the actor it is
  credited_as(name) as (
    select lower(:credited)
    union
    select name from actor_by_name
    where actor_id = :credited or actor_id in (select actor_id from actor_names where name = lower(:credited))
  ),
  -- the claims to list: the one asked for, else those crediting the source asked for, else those
  -- that credit someone or have a citation (the filters below decide exactly)
  picked(id) as (
    select id from claims where :claim != '' and id = :claim
    union
    select id from claims
    where :claim = '' and :credited != '' and lower(attributed_to) in (select name from credited_as)
    union
    select id from claims where :claim = '' and :credited = '' and attributed_to > ''
    union
    select claim_id from chain where :claim = '' and :credited = ''
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
from picked p
cross join claims c on c.id = p.id
join documents d on d.id = c.document_id
left join actor_by_name k on k.name = lower(c.attributed_to)
left join actors ca on ca.id = k.actor_id
left join chain ch on ch.claim_id = c.id
left join citations ci on ci.id = ch.citation_id
where (:claim = '' or c.id = :claim)
  and (:claim != '' or c.attributed_to != '' or ch.citation_id is not null)
  and (:credited = ''
       or lower(c.attributed_to) = lower(:credited)
       or k.actor_id = :credited
       or k.actor_id in (select n.actor_id from actor_names n where n.name = lower(:credited)))
order by d.published, d.id, c.start_char, c.phrase_start, c.id, ci.start, ci.id
