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
  -- the figures that may be asked for, found through indexes: those measuring the metric or compared
  -- under it, else those about the actor, else every figure (the filters below decide exactly)
  candidates(id) as (
    select id from claims where kind = 'figure' and :metric = '' and :actor = ''
    union
    select id from claims where :metric != '' and kind = 'figure' and predicate = :metric
    union
    select claim_a from conflicts where :metric != '' and kind = 'figure' and predicate = :metric
    union
    select claim_b from conflicts where :metric != '' and kind = 'figure' and predicate = :metric
    union
    select id from claims where :metric = '' and :actor != '' and subject_id in (select id from chosen)
    union
    select id from claims
    where :metric = '' and :actor != '' and subject_id is null and lower(subject) in (select name from chosen_names)
  ),
  figures as (
    select
      c.*,
      (select min(x.predicate) from conflicts x
        where x.kind = 'figure' and (x.claim_a = c.id or x.claim_b = c.id)) as compared_as
    from candidates k
    cross join claims c on c.id = k.id  -- cross join: the candidates lead, the planner may not reorder
    where c.kind = 'figure'
  ),
  -- per metric and unit: how many documents give such a figure, and the range they span
  ranges as (
    select predicate, unit, count(distinct document_id) as sources, min(value) as lowest, max(value) as highest
    from claims
    where kind = 'figure'
    group by predicate, unit
  )
select
  f.predicate as metric,
  f.compared_as,
  f.unit,
  coalesce(a.name, f.subject) as subject,
  f.value,
  f.bound,
  f.as_of,
  f.phrase,
  f.quote,
  f.attributed_to as credited,
  r.sources,
  r.lowest,
  r.highest,
  d.title as source,
  d.outlet,
  d.published,
  f.id as claim_id
from figures f
join ranges r on r.predicate is f.predicate and r.unit is f.unit
join documents d on d.id = f.document_id
left join actors a on a.id = f.subject_id
where (:metric = '' or f.predicate = :metric or f.compared_as = :metric)
  and (:actor = ''
       or f.subject_id in (select id from chosen)
       or (f.subject_id is null and lower(f.subject) in (select name from chosen_names)))
order by f.predicate, f.unit, f.value desc, d.published, f.id
