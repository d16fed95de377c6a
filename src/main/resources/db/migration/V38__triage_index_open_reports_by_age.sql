-- The queue can be read oldest or newest first as well as by priority: an index in that order lets a page of a long
-- queue be read without sorting every open report.
create index triage_report_queue_by_age on triage_report (organisation_id, received_at) where closed_at is null;
