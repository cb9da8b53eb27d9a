-- Claims, per-market compliance reports and medical review.
-- Claims live inside the blocks' JSON bodies; nothing here changes for them.

-- The draft's medical review (reviewer, reviewedAt, nextReviewDue) as JSON.
alter table article add column review text;

-- Each version keeps the compliance report it was published with. When its review falls due after
-- it was published, the current URL serves the same document with the review marked overdue from
-- review_overdue_at on; the version URL keeps the document as published.
alter table article_version add column compliance_report text;
alter table article_version add column overdue_document text;
alter table article_version add column overdue_etag varchar(80);
alter table article_version add column review_overdue_at timestamp with time zone;

-- What the re-review list needs of each published article without reading its document: when it
-- was reviewed, when the review falls due, and the sources it cites.
alter table published_article add column reviewed_at date;
alter table published_article add column next_review_due date;

create table published_article_citation (
    article_id           uuid          not null references published_article (article_id),
    citation_key         varchar(80)   not null,
    primary key (article_id, citation_key)
);
create index published_article_citation_lookup on published_article_citation (citation_key);
