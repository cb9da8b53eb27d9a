-- Two safeguards of the security review (issue 14). The SQL is kept to what both PostgreSQL and H2
-- (dev mode) understand.

-- A scheduled publish publishes exactly the content the publisher scheduled: the hash of the
-- draft's content at scheduling time is kept, and the schedule refuses to fire when the draft no
-- longer hashes to it. Schedules made before this migration have no hash and fail visibly when
-- due, so a publisher has to schedule them again.
alter table publish_schedule add column content_hash varchar(80);

-- Redaction (a legal or medical takedown) of a published version: its rendered content is deleted
-- and only who took it down, when and the public reason stay with the version number.
alter table article_version add column redacted_at timestamp with time zone;
alter table article_version add column redacted_by varchar(100);
alter table article_version add column redaction_reason varchar(500);
alter table article_version alter column document drop not null;
alter table article_version alter column etag drop not null;

-- A redaction of a version that was not the live one changes nothing readers can list, but every
-- instance must still drop its cached copy: it is recorded in the change log as 'redacted', which
-- the change feed does not list as an event of its own.
alter table content_change drop constraint content_change_kind_known;
alter table content_change add constraint content_change_kind_known
    check (kind in ('published', 'updated', 'unpublished', 'redacted'));
