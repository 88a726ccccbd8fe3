-- Search the quotes
-- Which claims rest on sentences that use these words? Full-text search over the claims'
-- quotes, phrases and objects (SQLite FTS5, with English stemming: "blacklist" also finds
-- "blacklisted"). Words are matched as given, all of them, in any order; put words in double
-- quotes for an exact phrase ("train tickets"). Best matches first, with the matching words in
-- [brackets] and the claim's source.
--
-- param: q  the words to look for (empty: no rows)
-- param: kind  optional: figure, date, perk, penalty or relation
-- example: q=blacklist
-- example: q=%22train+tickets%22&kind=penalty
select
  highlight(claims_fts, 0, '[', ']') as quote,
  c.phrase,
  c.kind,
  c.subject,
  c.predicate,
  c.object,
  c.value,
  c.unit,
  c.date,
  c.attributed_to as credited,
  d.title as source,
  d.outlet,
  d.published,
  c.id as claim_id,
  round(bm25(claims_fts), 3) as score
from claims_fts
join claims c on c.rowid = claims_fts.rowid
join documents d on d.id = c.document_id
where :q != ''
  and claims_fts match escape_fts(:q)
  and (:kind = '' or c.kind = :kind)
order by rank, c.id
