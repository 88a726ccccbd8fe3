-- Timeline of dated events, with their sources
-- What happened when, according to whom? Every claim that dates an event (a launch, a
-- licence, an announcement, a deadline...), in date order, with the words and sentence that
-- date it, whom the text credits and the source. Dates keep the precision the text gives
-- (2015, 2018-05, 2018-05-01); relative dates ("last May") were resolved against the
-- document's publication date. `agreeing_sources` counts other claims that date the same
-- event the same way, `conflicting_sources` those that date it differently.
--
-- param: actor  optional: only events of this actor (id, canonical name or alias)
-- param: from  optional: from this date or prefix on (2015, 2017-06); compared at the precision both share
-- param: until  optional: up to this date or prefix
-- example: from=2014&until=2016
-- example: actor=Sesame+Credit
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
  )
select
  c.date,
  coalesce(a.name, c.subject) as actor,
  c.predicate as event,
  c.object,
  c.phrase,
  c.quote,
  c.attributed_to as credited,
  (select count(*) from conflicts x
    where x.relation = 'agrees' and (x.claim_a = c.id or x.claim_b = c.id)) as agreeing_sources,
  (select count(*) from conflicts x
    where x.relation = 'conflicts' and (x.claim_a = c.id or x.claim_b = c.id)) as conflicting_sources,
  d.title as source,
  d.outlet,
  d.published,
  d.url,
  c.id as claim_id
from claims c
join documents d on d.id = c.document_id
left join actors a on a.id = c.subject_id
where c.date is not null and c.date != ''
  and (:actor = ''
       or c.subject_id in (select id from chosen)
       or (c.subject_id is null and lower(c.subject) in (select name from chosen_names)))
  and (:from = ''
       or substr(c.date, 1, min(length(c.date), length(:from))) >= substr(:from, 1, min(length(c.date), length(:from))))
  and (:until = ''
       or substr(c.date, 1, min(length(c.date), length(:until))) <= substr(:until, 1, min(length(c.date), length(:until))))
order by c.date, d.published, d.id, c.start_char, c.id
