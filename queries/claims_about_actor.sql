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
    select a.id from actors a
    where :actor != ''
      and (a.id = :actor
           or lower(a.name) = lower(:actor)
           or exists (select 1 from json_each(a.aliases) n where lower(n.value) = lower(:actor)))
  ),
  family(id, via) as (
    select id, null from chosen
    union
    select child.id, family.id
    from actors child, json_each(child.part_of) parent
    join family on family.id = parent.value
    where lower(:parts) not in ('no', 'false', '0')
  ),
  -- one row per actor, reached through the first parent (an actor may belong to two)
  members(id, via) as (
    select id, min(via) from family group by id
  ),
  names(id, name) as (
    select a.id, lower(a.name) from actors a join members m on m.id = a.id
    union
    select a.id, lower(n.value) from actors a join members m on m.id = a.id, json_each(a.aliases) n
  ),
  involved(claim_id, actor_id, role) as (
    select c.id, c.subject_id, 'subject' from claims c join members m on m.id = c.subject_id
    union
    -- claims whose subject was named but not linked to an actor
    select c.id, n.id, 'subject' from claims c join names n on n.name = lower(c.subject)
    where c.subject_id is null
    union
    select c.id, c.object_id, 'object' from claims c join members m on m.id = c.object_id
  )
select
  a.name as actor,
  (select p.name from actors p where p.id = m.via) as via,
  i.role,
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
from involved i
join claims c on c.id = i.claim_id
join actors a on a.id = i.actor_id
join members m on m.id = i.actor_id
join documents d on d.id = c.document_id
order by d.published, d.id, c.start_char, c.phrase_start, c.id, i.role, a.name, a.id
