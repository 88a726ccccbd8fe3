-- Perks and penalties, by actor
-- What does a good score bring and a bad score or a blacklisting cost, and who grants or
-- imposes it? One row per perk or penalty claim, grouped by the actor that grants or imposes
-- it (empty when the text does not say), with the words, the sentence, whom the text credits
-- and the source. `sources` counts the documents that state the same perk or penalty (same
-- actor, same wording) for that actor: 1 means a single source says so.
--
-- param: actor  optional: the actor's id, canonical name or alias (Sesame Credit, zhima credit)
-- param: kind  optional: perk or penalty
-- example: actor=Sesame+Credit&kind=perk
-- example: kind=penalty
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
  coalesce(a.name, c.subject) as actor,
  c.kind,
  c.object as perk_or_penalty,
  f.object_sources as sources,
  c.phrase,
  c.quote,
  c.attributed_to as credited,
  c.attribution_phrase,
  d.title as source,
  d.outlet,
  d.published,
  d.url,
  c.status,
  c.id as claim_id
-- the perks and penalties in this query's order, read from claim_stats' index: a page reads a page of
-- them; claim_stats also counts the documents stating the same perk or penalty of the same actor
from claim_stats f
cross join claims c on c.id = f.claim_id
cross join documents d on d.id = f.document_id
left join actors a on a.id = c.subject_id
where f.kind in ('perk', 'penalty')
  and (:kind = '' or f.kind = :kind)
  and (:actor = ''
       or f.subject_id in (select id from chosen)
       or f.unlinked_subject in (select name from chosen_names))
order by f.actor_key is null, f.actor_key, f.kind, f.object_key, f.published, f.claim_id
