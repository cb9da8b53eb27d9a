-- Fills the database with :n articles shaped like the seed article (same sections, products,
-- citations and document size), by copying the published seed under new slugs. Run by bench.py
-- after the app has published the seed; psql variable n is the total article count wanted.
begin;

create temporary table bench_ids as
select i, gen_random_uuid() as id, 'k2-article-' || i as slug
from generate_series(2, :n) as i;

insert into article (id, slug, locale, title, summary, topics, authors, hero_image, status,
                     current_version, created_at, updated_at, row_version)
select b.id, b.slug, a.locale, a.title || ' #' || b.i, a.summary, a.topics, a.authors, a.hero_image,
       'published', 1, a.created_at, a.updated_at, 0
from bench_ids b cross join article a where a.slug = 'vitamin-k2-mk7';

insert into article_version (article_id, version, document, etag, published_at, published_by,
                             change_note, surrogate_keys)
select b.id, 1, replace(v.document, 'vitamin-k2-mk7', b.slug),
       '"v1-' || substr(md5(b.slug), 1, 22) || '"', v.published_at, v.published_by, v.change_note,
       replace(v.surrogate_keys, 'vitamin-k2-mk7', b.slug)
from bench_ids b cross join article_version v join article a on a.id = v.article_id
where a.slug = 'vitamin-k2-mk7' and v.version = 1;

insert into article_version_section (article_id, version, section_key, document, etag)
select b.id, 1, s.section_key, replace(s.document, 'vitamin-k2-mk7', b.slug),
       '"v1-' || substr(md5(b.slug || s.section_key), 1, 22) || '"'
from bench_ids b cross join article_version_section s join article a on a.id = s.article_id
where a.slug = 'vitamin-k2-mk7' and s.version = 1;

-- First publication times a second apart, so lists page through a realistic spread.
insert into published_article (article_id, slug, locale, current_version, state,
                               first_published_at, last_published_at, summary_document)
select b.id, b.slug, p.locale, 1, 'live', p.first_published_at - b.i * interval '1 second',
       p.last_published_at - b.i * interval '1 second',
       replace(p.summary_document, 'vitamin-k2-mk7', b.slug)
from bench_ids b cross join published_article p where p.slug = 'vitamin-k2-mk7';

-- The seed's topics, plus one of 50 others so topic filters select a slice.
insert into published_article_topic (article_id, topic)
select b.id, t.topic from bench_ids b
cross join published_article_topic t join published_article p on p.article_id = t.article_id
where p.slug = 'vitamin-k2-mk7';
insert into published_article_topic (article_id, topic)
select b.id, 'topic-' || (b.i % 50) from bench_ids b;

insert into published_article_product (article_id, position, sku, section_key, role)
select b.id, l.position, l.sku, l.section_key, l.role
from bench_ids b cross join published_article_product l
join published_article p on p.article_id = l.article_id where p.slug = 'vitamin-k2-mk7';

commit;
analyze;
