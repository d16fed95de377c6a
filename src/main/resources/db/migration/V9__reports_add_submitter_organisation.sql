-- Industry members submit in bulk and read back the outcomes of their own submissions only.
alter table reports_report add column submitter_organisation_id uuid;
create index reports_report_by_submitter on reports_report (submitter_organisation_id, reference)
    where submitter_organisation_id is not null;
