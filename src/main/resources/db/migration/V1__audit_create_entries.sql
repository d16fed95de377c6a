-- The audit log is append-only: each entry carries the hash of the one before it, so a changed or
-- removed entry breaks the chain, and the database refuses updates and deletes outright.
create table audit_entry (
    sequence       bigint primary key,
    recorded_at    timestamptz not null,
    actor          text not null,
    action         text not null,
    subject_type   text not null,
    subject_id     text not null,
    detail         text not null,
    previous_hash  text not null,
    entry_hash     text not null
);

create index audit_entry_subject on audit_entry (subject_type, subject_id);

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_refuse_change();
