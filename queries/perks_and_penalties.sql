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
  -- how many documents state each perk or penalty of each actor
  stated(kind, subject_id, object, sources) as (
    select kind, subject_id, lower(object), count(distinct document_id)
    from claims
    where kind in ('perk', 'penalty')
    group by kind, subject_id, lower(object)
  )
select
  coalesce(a.name, c.subject) as actor,
  c.kind,
  c.object as perk_or_penalty,
  st.sources,
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
from claims c
join documents d on d.id = c.document_id
left join actors a on a.id = c.subject_id
left join stated st on st.kind = c.kind and st.subject_id is c.subject_id and st.object = lower(c.object)
where c.kind in ('perk', 'penalty')
  and (:kind = '' or c.kind = :kind)
  and (:actor = ''
       or c.subject_id in (select id from chosen)
       or (c.subject_id is null and lower(c.subject) in (select name from chosen_names)))
order by coalesce(a.name, c.subject) is null, lower(coalesce(a.name, c.subject)), c.kind,
         lower(c.object), d.published, c.id
