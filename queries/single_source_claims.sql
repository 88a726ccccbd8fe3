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
    select a.id from actors a
    where :actor != ''
      and (a.id = :actor
           or lower(a.name) = lower(:actor)
           or exists (select 1 from json_each(a.aliases) n where lower(n.value) = lower(:actor)))
  ),
  chosen_names(name) as (
    select lower(:actor)
    union select lower(a.name) from actors a join chosen using (id)
    union select lower(n.value) from actors a join chosen using (id), json_each(a.aliases) n
  ),
  -- what each claim states (subject, predicate, value, date, other actor) as one key
  stated as (
    select c.id, c.document_id,
           json_array(coalesce(c.subject_id, lower(c.subject)), c.predicate, c.value, c.date,
                      coalesce(c.object_id, lower(c.object))) as statement
    from claims c
  ),
  -- statements made by one document only
  single as (
    select statement from stated group by statement having count(distinct document_id) = 1
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
  (select count(*) from conflicts x
    where x.relation = 'conflicts' and (x.claim_a = c.id or x.claim_b = c.id)) as contested_by,
  d.title as source,
  d.outlet,
  d.published,
  d.url,
  c.id as claim_id
from claims c
join documents d on d.id = c.document_id
left join actors a on a.id = c.subject_id
where not exists (
        select 1 from conflicts x
        where x.relation = 'agrees' and (x.claim_a = c.id or x.claim_b = c.id))
  and c.id in (select s.id from stated s join single using (statement))
  and (:kind = '' or c.kind = :kind)
  and (:actor = ''
       or c.subject_id in (select id from chosen)
       or (c.subject_id is null and lower(c.subject) in (select name from chosen_names)))
order by c.kind, lower(coalesce(a.name, c.subject)), c.predicate, d.published, c.id
