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
  c.date,
  coalesce(a.name, c.subject) as actor,
  c.predicate as event,
  c.object,
  c.phrase,
  c.quote,
  c.attributed_to as credited,
  f.agreements as agreeing_sources,
  f.conflicts as conflicting_sources,
  d.title as source,
  d.outlet,
  d.published,
  d.url,
  c.id as claim_id
-- the dated claims in timeline order, read from claim_stats' index: a page reads a page of them
from claim_stats f
cross join claims c on c.id = f.claim_id
cross join documents d on d.id = f.document_id
left join actors a on a.id = c.subject_id
where f.date > ''
  and (:actor = ''
       or f.subject_id in (select id from chosen)
       or f.unlinked_subject in (select name from chosen_names))
  and (:from = ''
       or substr(f.date, 1, min(length(f.date), length(:from))) >= substr(:from, 1, min(length(f.date), length(:from))))
  and (:until = ''
       or substr(f.date, 1, min(length(f.date), length(:until))) <= substr(:until, 1, min(length(f.date), length(:until))))
order by f.date, f.published, f.document_id, f.start_char, f.claim_id
