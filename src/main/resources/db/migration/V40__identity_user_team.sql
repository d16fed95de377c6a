-- The team a staff member works in within their organisation: case workers see the cases of their team, and a
-- supervisor the team's caseload. Null while the user belongs to no team; the application accepts 1 to 80 letters,
-- digits, spaces, dashes or underscores, trimmed.
alter table identity_user add column team text check (char_length(team) between 1 and 80);

-- A team's members are looked up within their organisation.
create index identity_user_organisation_team on identity_user (organisation_id, team);
