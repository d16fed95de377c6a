-- How a notice left Protego: e-mailed to the recipient's contact, or recorded for the analyst to deliver.
alter table takedown_notice add column delivery text not null default 'RECORDED';
alter table takedown_notice add column delivered_at timestamptz;
