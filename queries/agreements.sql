-- Agreements and how independent they are
-- Which claims are confirmed by more than one source, and do those sources have independent
-- origins? One row per pair of claims that agree, with both quotes and sources side by side.
-- `independent_origins` counts the origins behind the pair: two documents that credit the same
-- outlet are one origin, so an agreement with 1 may be one report copied twice. `reasons`
-- says why the agreement may be weaker than it looks (different wording, scope, dates).
--
-- param: subject  optional: an actor's name or id; only pairs about it (either side)
-- param: min_origins  optional: keep pairs with at least this many independent origins (e.g. 2)
-- example: min_origins=2
-- example: subject=Sesame+Credit
select
  x.subject,
  x.predicate as metric,
  x.kind,
  x.independent_origins,
  coalesce(a.value, a.date) as value_a,
  coalesce(b.value, b.date) as value_b,
  (select group_concat(json_extract(r.value, '$.text'), '; ') from json_each(x.reasons) r) as reasons,
  a.phrase as phrase_a,
  a.quote as quote_a,
  a.attributed_to as credited_a,
  da.title as source_a,
  da.outlet as outlet_a,
  da.published as published_a,
  b.phrase as phrase_b,
  b.quote as quote_b,
  b.attributed_to as credited_b,
  db.title as source_b,
  db.outlet as outlet_b,
  db.published as published_b,
  x.claim_a,
  x.claim_b
from conflicts x
join claims a on a.id = x.claim_a
join claims b on b.id = x.claim_b
join documents da on da.id = a.document_id
join documents db on db.id = b.document_id
where x.relation = 'agrees'
  -- the pairs are read in the index's order, one number of origins and one subject at a time, and
  -- only for those of pairs that may be about the actor asked for (pair_subjects; all when none is asked)
  and x.independent_origins in (select independent_origins from pair_subjects
                                where relation = 'agrees' and key in (lower(:subject), :subject))
  and x.subject in (select subject from pair_subjects
                    where relation = 'agrees' and key in (lower(:subject), :subject))
  and (:subject = ''
       or lower(:subject) in (lower(x.subject), lower(x.subject_a), lower(x.subject_b))
       -- claims about the actor by id: looked up once, not by joining every pair's claims first
       or x.claim_a in (select id from claims where subject_id = :subject)
       or x.claim_b in (select id from claims where subject_id = :subject))
  and (:min_origins = '' or x.independent_origins >= cast(:min_origins as integer))
order by x.independent_origins desc, x.subject, x.predicate, x.claim_a, x.claim_b
