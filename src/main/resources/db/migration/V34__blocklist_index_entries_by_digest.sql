-- A delta checks each changed digest for another row that keeps it listed (a front page's URL entry next to its
-- domain's entry). Without an index that check read the whole table once per changed digest whenever the planner,
-- right after a large publication, misjudged how many rows a version holds; with it, each check is one look-up.
-- A hash index, because publication rewrites every changed row's index entries: at a million entries a B-tree on the
-- 64-character digests made publication 60 % slower, a hash index 20 %.
create index blocklist_entry_by_digest on blocklist_entry using hash (digest);
