-- Figures by metric, across sources
-- How big is it, according to whom? Every figure the sources give (users, cities, scores,
-- amounts of money, shares of respondents...), grouped by what it measures, largest first,
-- with its bound (exact, approx, min for "over", max for "up to"), the time it refers to
-- (as_of), whom the text credits and the source. Per metric and unit, `sources` counts the
-- documents that give such a figure and `lowest`/`highest` the range they span.
-- `compared_as` is the metric family under which the cross-check compared it with other
-- figures (verified accounts and users are both "users"), when it did.
--
-- param: metric  optional: the predicate (user_count, cities, score...) or the family (users)
-- param: actor  optional: only figures about this actor (id, canonical name or alias)
-- example: metric=users
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
  c.predicate as metric,
  f.compared_as,
  c.unit,
  coalesce(a.name, c.subject) as subject,
  c.value,
  c.bound,
  c.as_of,
  c.phrase,
  c.quote,
  c.attributed_to as credited,
  r.sources,
  r.lowest,
  r.highest,
  d.title as source,
  d.outlet,
  d.published,
  c.id as claim_id
-- the figures in this query's order, read from claim_stats' index (which also holds the family each
-- was compared under): a page reads a page of them; figure_ranges holds each metric's range
from claim_stats f
cross join claims c on c.id = f.claim_id
cross join figure_ranges r on r.predicate is f.predicate and r.unit is f.unit
cross join documents d on d.id = f.document_id
left join actors a on a.id = c.subject_id
where f.kind = 'figure'
  and (:metric = '' or f.predicate = :metric or f.compared_as = :metric)
  and (:actor = ''
       or f.subject_id in (select id from chosen)
       or f.unlinked_subject in (select name from chosen_names))
order by f.predicate, f.unit, f.value desc, f.published, f.claim_id
