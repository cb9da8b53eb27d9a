-- Publishing stores each article version's gzip form beside its JSON (and beside the form served
-- once its review is overdue), so that a read of a version not in memory costs one indexed read of
-- ready bytes and no compression. Null for versions published before this migration until the
-- background fill (GzipFormFill) has stored theirs, and for a redacted version.
alter table article_version add column document_gzip bytea;
alter table article_version add column overdue_gzip bytea;
