-- Who credits whom: the citation graph
-- Which outlets, people and web sites does each document credit, and how often? One row per
-- document and credited source, from two kinds of evidence: the claims' attributions
-- ("according to Business Insider": how = attribution, with the number of claims credited)
-- and the works and URLs the document cites (how = inline-url or reference). `actor_id` is
-- the credited source in the actors table when it is a known actor (found by name, alias or
-- web domain); `credited_by_documents` counts the documents that credit the same source, so a
-- source many documents lean on stands out.
--
-- param: document  optional: only this document (its id)
-- param: credited  optional: only this credited source (name as written, actor id, or URL fragment)
-- example: credited=China+News+Service
-- example: document=aleteia-2018-social-credit-system
with
  -- every name an actor goes by, lower case, for matching credits and domains to actors
  actor_names(actor_id, name) as (
    select id, lower(name) from actors
    union
    select a.id, lower(n.value) from actors a, json_each(a.aliases) n
  ),
  -- the actor a name stands for (the first by id when two share it), looked up by name
  actor_by_name(name, actor_id) as materialized (
    select name, min(actor_id) from actor_names group by name
  ),
  attributions as (
    select
      c.document_id,
      c.attributed_to as credited,
      'attribution' as how,
      count(*) as mentions,
      count(*) as claims,
      min(c.attribution_phrase) as example,
      null as url
    from claims c
    where c.attributed_to > ''  -- credits someone (a range of the attributed_to index)
    group by c.document_id, c.attributed_to
  ),
  cited as (
    select
      ci.document_id,
      coalesce(ci.title, ci.url, ci.text) as credited,
      ci.kind as how,
      count(*) as mentions,
      0 as claims,
      min(ci.text) as example,
      ci.url,
      -- the web domain, without scheme, "www." or path
      lower(replace(
        substr(replace(replace(ci.url, 'https://', ''), 'http://', ''), 1,
               instr(replace(replace(ci.url, 'https://', ''), 'http://', '') || '/', '/') - 1),
        'www.', '')) as domain
    from citations ci
    group by ci.document_id, coalesce(ci.title, ci.url, ci.text), ci.kind, ci.url
  ),
  credits as materialized (
    select t.document_id, t.credited, t.how, t.mentions, t.claims, t.example, t.url, n.actor_id
    from attributions t
    left join actor_by_name n on n.name = lower(t.credited)
    union all
    -- the actor named by the citation's title or text, or by its web domain (the first by id)
    select t.document_id, t.credited, t.how, t.mentions, t.claims, t.example, t.url,
           -- the smallest of the ids found: each argument falls back on the others, as min() of a null is null
           min(coalesce(by_name.actor_id, by_domain.actor_id, by_www.actor_id),
               coalesce(by_domain.actor_id, by_www.actor_id, by_name.actor_id),
               coalesce(by_www.actor_id, by_name.actor_id, by_domain.actor_id)) as actor_id
    from cited t
    left join actor_by_name by_name on by_name.name = lower(t.credited)
    left join actor_by_name by_domain on t.domain != '' and by_domain.name = t.domain
    left join actor_by_name by_www on t.domain != '' and by_www.name = 'www.' || t.domain
  ),
  -- how many documents credit each source (an actor, else the name as written)
  credited_by(source, documents) as (
    select coalesce(actor_id, lower(credited)), count(distinct document_id) from credits
    group by coalesce(actor_id, lower(credited))
  )
select
  d.id as document_id,
  d.title as document,
  d.outlet,
  d.published,
  coalesce(a.name, k.credited) as credited,
  k.actor_id,
  a.type as actor_type,
  k.how,
  k.mentions,
  k.claims,
  cb.documents as credited_by_documents,
  k.example,
  k.url
from credits k
join documents d on d.id = k.document_id
left join actors a on a.id = k.actor_id
join credited_by cb on cb.source = coalesce(k.actor_id, lower(k.credited))
where (:document = '' or d.id = :document)
  and (:credited = ''
       or lower(:credited) in (lower(k.credited), lower(k.actor_id))
       or k.actor_id in (select n.actor_id from actor_names n where n.name = lower(:credited))
       or instr(lower(k.url), lower(:credited)) > 0)
order by d.published, d.id, k.mentions desc, k.how, credited, k.credited, k.url
