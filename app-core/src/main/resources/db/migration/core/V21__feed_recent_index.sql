-- Recent posts of everyone, newest first: the home feed reads it for a viewer whose authors of one
-- class (same boost) number in the hundreds or thousands (one scan filtered by author instead of
-- one probe of post_author_idx per author; see docs/feed.md).
create index post_recent_idx on post (created_at desc, id desc) where deleted_at is null and removed_at is null;
