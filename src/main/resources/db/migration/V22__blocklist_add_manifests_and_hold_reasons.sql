-- The signed manifest binds a version number and time to the SHA-256 of both files, so that an old feed cannot be
-- served again as new. Versions published before this have none; Protego signs one for them when asked.
alter table blocklist_version add column manifest text;
alter table blocklist_version add column manifest_signature text;

-- Every reason a version was held, one a row, so that the approver sees all of them.
create table blocklist_hold_reason (
    version     bigint not null references blocklist_version (version),
    position    integer not null,
    code        text not null,
    detail      text not null,
    expression  text,
    additions   integer,
    cap         integer,
    primary key (version, position)
);

-- Reasons were kept as one text before; each such text becomes one reason.
insert into blocklist_hold_reason (version, position, code, detail)
select version, 0, 'recorded', held_reasons from blocklist_version where held_reasons is not null and held_reasons <> '';
