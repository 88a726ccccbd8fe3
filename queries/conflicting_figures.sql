-- Conflicting figures and dates, side by side
-- Where do the sources disagree? One row per pair of claims about the same thing (the same
-- actor, or one actor and what it belongs to) that cannot both be right: each side's value,
-- the words and the whole sentence that carry it, whom its text credits, and its source
-- (title, outlet, date, URL). `reasons` says why they clash and why they may still differ
-- (different dates, bounds, scopes or sources); `scope` is same or parent.
--
-- param: subject  optional: an actor's name or id; only pairs about it (either side)
-- param: metric  optional: the metric or event compared (users, cities, launch...)
-- param: kind  optional: figure or date
-- example: subject=Sesame+Credit
-- example: metric=users&kind=figure
select
  x.subject,
  x.predicate as metric,
  x.kind,
  x.scope,
  coalesce(a.value, a.date) as value_a,
  x.unit_a,
  x.bound_a,
  coalesce(b.value, b.date) as value_b,
  x.unit_b,
  x.bound_b,
  (select group_concat(json_extract(r.value, '$.text'), '; ') from json_each(x.reasons) r) as reasons,
  a.phrase as phrase_a,
  a.quote as quote_a,
  a.attributed_to as credited_a,
  da.title as source_a,
  da.outlet as outlet_a,
  da.published as published_a,
  da.url as url_a,
  b.phrase as phrase_b,
  b.quote as quote_b,
  b.attributed_to as credited_b,
  db.title as source_b,
  db.outlet as outlet_b,
  db.published as published_b,
  db.url as url_b,
  x.claim_a,
  x.claim_b
from conflicts x
join claims a on a.id = x.claim_a
join claims b on b.id = x.claim_b
join documents da on da.id = a.document_id
join documents db on db.id = b.document_id
where x.relation = 'conflicts'
  -- the pairs are read in the index's order, one subject at a time, and only for the subjects of
  -- pairs that may be about the actor asked for (pair_subjects; every subject when none is asked)
  and x.subject in (select subject from pair_subjects
                    where relation = 'conflicts' and key in (lower(:subject), :subject))
  and (:subject = ''
       or lower(:subject) in (lower(x.subject), lower(x.subject_a), lower(x.subject_b))
       -- claims about the actor by id: looked up once, not by joining every pair's claims first
       or x.claim_a in (select id from claims where subject_id = :subject)
       or x.claim_b in (select id from claims where subject_id = :subject))
  and (:metric = '' or x.predicate = :metric)
  and (:kind = '' or x.kind = :kind)
order by x.subject, x.predicate, x.claim_a, x.claim_b
