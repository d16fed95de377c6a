-- Protego's own taxonomies, for what HSDS 3.0 has no field for: the referral types a service accepts, the sexes it
-- is restricted to, and an organisation's sector. Their ids are fixed (ProtegoTaxonomies holds the same), so that
-- other directories can link to them; the HSDS read API serves them under /taxonomies and /taxonomy_terms.
create table directory_taxonomy (
    id           uuid primary key,
    name         text not null unique,
    description  text not null,
    link_type    text not null
);

create table directory_taxonomy_term (
    id           uuid primary key,
    taxonomy_id  uuid not null references directory_taxonomy (id),
    taxonomy     text not null,
    code         text not null,
    name         text not null,
    description  text not null,
    parent_id    uuid references directory_taxonomy_term (id),
    unique (taxonomy_id, code)
);

insert into directory_taxonomy (id, name, description, link_type) values
    ('7a0e6001-0000-4000-8000-000000000000', 'protego-referral-types', 'The kinds of referral a service accepts', 'service_type'),
    ('7a0e6002-0000-4000-8000-000000000000', 'protego-eligibility', 'The sexes a service is restricted to; a service with none is open to every sex', 'eligibility'),
    ('7a0e6003-0000-4000-8000-000000000000', 'protego-sectors', 'The sector an organisation works in', 'sector');

insert into directory_taxonomy_term (id, taxonomy_id, taxonomy, code, name, description) values
    ('7a0e6001-0000-4000-8000-000000000001', '7a0e6001-0000-4000-8000-000000000000', 'protego-referral-types', 'health', 'Health', 'Health care, including sexual and reproductive health and forensic examination'),
    ('7a0e6001-0000-4000-8000-000000000002', '7a0e6001-0000-4000-8000-000000000000', 'protego-referral-types', 'psychosocial', 'Psychosocial support', 'Counselling and psychosocial support'),
    ('7a0e6001-0000-4000-8000-000000000003', '7a0e6001-0000-4000-8000-000000000000', 'protego-referral-types', 'shelter', 'Shelter', 'Safe accommodation'),
    ('7a0e6001-0000-4000-8000-000000000004', '7a0e6001-0000-4000-8000-000000000000', 'protego-referral-types', 'legal_aid', 'Legal aid', 'Legal advice and representation'),
    ('7a0e6001-0000-4000-8000-000000000005', '7a0e6001-0000-4000-8000-000000000000', 'protego-referral-types', 'education', 'Education', 'Schooling and vocational training'),
    ('7a0e6001-0000-4000-8000-000000000006', '7a0e6001-0000-4000-8000-000000000000', 'protego-referral-types', 'family_tracing', 'Family tracing', 'Tracing and reunifying families'),
    ('7a0e6001-0000-4000-8000-000000000007', '7a0e6001-0000-4000-8000-000000000000', 'protego-referral-types', 'repatriation_support', 'Repatriation support', 'Safe return to the country of origin'),
    ('7a0e6001-0000-4000-8000-000000000008', '7a0e6001-0000-4000-8000-000000000000', 'protego-referral-types', 'other', 'Other', 'Another kind of referral'),
    ('7a0e6002-0000-4000-8000-000000000001', '7a0e6002-0000-4000-8000-000000000000', 'protego-eligibility', 'female', 'Female', 'Open to girls and women'),
    ('7a0e6002-0000-4000-8000-000000000002', '7a0e6002-0000-4000-8000-000000000000', 'protego-eligibility', 'male', 'Male', 'Open to boys and men'),
    ('7a0e6003-0000-4000-8000-000000000001', '7a0e6003-0000-4000-8000-000000000000', 'protego-sectors', 'health', 'Health', 'Health'),
    ('7a0e6003-0000-4000-8000-000000000002', '7a0e6003-0000-4000-8000-000000000000', 'protego-sectors', 'social_welfare', 'Social welfare', 'Social welfare'),
    ('7a0e6003-0000-4000-8000-000000000003', '7a0e6003-0000-4000-8000-000000000000', 'protego-sectors', 'education', 'Education', 'Education'),
    ('7a0e6003-0000-4000-8000-000000000004', '7a0e6003-0000-4000-8000-000000000000', 'protego-sectors', 'justice', 'Justice', 'Justice'),
    ('7a0e6003-0000-4000-8000-000000000005', '7a0e6003-0000-4000-8000-000000000000', 'protego-sectors', 'law_enforcement', 'Law enforcement', 'Law enforcement'),
    ('7a0e6003-0000-4000-8000-000000000006', '7a0e6003-0000-4000-8000-000000000000', 'protego-sectors', 'civil_society', 'Civil society', 'Civil society'),
    ('7a0e6003-0000-4000-8000-000000000007', '7a0e6003-0000-4000-8000-000000000000', 'protego-sectors', 'other', 'Other', 'Another sector');
