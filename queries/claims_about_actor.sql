-- Every claim about an actor, and about its parts
-- What do the sources say about this company, product, state body or person? Every claim
-- whose subject is the actor or anything that belongs to it (per the gazetteer's part_of:
-- Sesame Credit and Alipay belong to Ant Financial), and every relation claim that names one
-- of them as the other actor. `actor` says which of them the claim involves, `via` the parent
-- through which it was reached, `role` whether it is the claim's subject or its object.
-- Oldest source first.
--
-- param: actor  the actor's id (ant-financial), canonical name or any alias (Zhima Credit), any case
-- param: parts  optional: no to leave out the actor's parts
-- example: actor=Ant+Financial
-- example: actor=sesame-credit&parts=no
with recursive
  chosen(id) as (
    select id from actors where :actor != '' and id = :actor
    union
    select actor_id from actor_names where :actor != '' and name = lower(:actor)
  ),
  family(id, via) as (
    select id, null from chosen
    union
    select part.actor_id, family.id
    from family
    join actor_parts part on part.part_of = family.id
    where lower(:parts) not in ('no', 'false', '0')
  ),
  -- one row per actor, reached through the first parent (an actor may belong to two)
  members(id, via) as (
    select id, min(via) from family group by id
  ),
  names(id, name) as (
    select actor_id, name from actor_names where actor_id in (select id from members)
  ),
  -- how a claim may involve one of them: as its subject (by id, or by name when it names an actor it
  -- was not linked to) or as the other actor of a relation
  roles(actor_id, role, subject_id, unlinked_subject, object_id) as materialized (
    select id, 'subject', id, null, null from members
    union all
    select id, 'subject', null, name, null from names
    union all
    select id, 'object', null, null, id from members
  )
select
  a.name as actor,
  (select p.name from actors p where p.id = m.via) as via,
  r.role,
  c.subject,
  c.kind,
  c.predicate,
  c.value,
  c.unit,
  c.bound,
  c.object,
  c.date,
  c.as_of,
  c.phrase,
  c.quote,
  c.attributed_to as credited,
  d.title as source,
  d.outlet,
  d.published,
  d.url,
  c.status,
  c.id as claim_id
-- every claim in document order, read from claim_stats' index with what may involve an actor: only
-- the claims that involve one are read, and a page stops after a page of them
from claim_stats f
cross join roles r
  on r.subject_id = f.subject_id or r.unlinked_subject = f.unlinked_subject or r.object_id = f.object_id
cross join claims c on c.id = f.claim_id
cross join actors a on a.id = r.actor_id
cross join members m on m.id = r.actor_id
cross join documents d on d.id = f.document_id
where exists (select 1 from members)  -- no actor found: no claim to read
  and (f.subject_id in (select id from members)
       or f.unlinked_subject in (select name from names)
       or f.object_id in (select id from members))
order by f.published, f.document_id, f.start_char, f.phrase_start, f.claim_id, r.role, a.name, a.id
