-- Claims stated by only one source
-- Which claims rest on a single document? A claim is listed when no other claim agrees with it
-- (no agreeing pair in conflicts) and no other document states the same thing: the same
-- subject, predicate and value (the same figure, date, perk, penalty or other actor).
-- These are the claims a fact-checker has to trace back to their origin before repeating them.
-- `contested_by` counts the claims that conflict with it; `credited` says whom the one source
-- credits, when anyone.
--
-- param: kind  optional: figure, date, perk, penalty or relation
-- param: actor  optional: only claims about this actor (id, canonical name or alias)
-- example: kind=figure
-- example: actor=Sesame+Credit&kind=perk
with
  -- the actor named by :actor (id, canonical name or alias) and every name it goes by
  chosen(id) as (
    select id from actors where :actor != '' and id = :actor
    union
    select actor_id from actor_names where :actor != '' and name = lower(:actor)
  ),
  chosen_names(name) as (
    select lower(:actor)
    union
    select name from actor_names where actor_id in (select id from chosen)
  )
select
  c.kind,
  coalesce(a.name, c.subject) as subject,
  c.predicate,
  c.value,
  c.unit,
  c.bound,
  c.date,
  c.object,
  c.phrase,
  c.quote,
  c.attributed_to as credited,
  f.conflicts as contested_by,
  d.title as source,
  d.outlet,
  d.published,
  d.url,
  c.id as claim_id
-- claim_stats counts, for each claim, the documents stating the same thing and its agreeing pairs;
-- its index lists the single-source claims in this query's order: a page reads a page of them
from claim_stats f
cross join claims c on c.id = f.claim_id
cross join documents d on d.id = f.document_id
left join actors a on a.id = c.subject_id
where f.statement_sources = 1 and f.agreements = 0
  and (:kind = '' or f.kind = :kind)
  and (:actor = ''
       or f.subject_id in (select id from chosen)
       or f.unlinked_subject in (select name from chosen_names))
order by f.kind, f.actor_key, f.predicate, f.published, f.claim_id
