-- When a case was closed. The closure part adds it too (V45); "if not exists" lets either migration come first.
alter table case_file add column if not exists closed_at timestamptz;

-- How long each kind of record is kept, set by an administrator. after_years null: kept for good (the audit log).
create table case_retention_policy (
    record_type  text primary key,
    after_years  integer check (after_years between 1 and 100),
    changed_by   text not null,
    changed_at   timestamptz not null
);
insert into case_retention_policy (record_type, after_years, changed_by, changed_at) values
    ('closed_case', 10, 'system', now()),
    ('case_history', 10, 'system', now()),
    ('audit', null, 'system', now());

-- A case on legal hold is never anonymised nor its history emptied; lifting the hold deletes the row (the case's
-- history and the audit log keep both moves). The reason may name proceedings, so it is encrypted, bound to the row.
create table case_legal_hold (
    case_id           uuid primary key references case_file (id),
    reason_encrypted  text not null,
    placed_by         text not null,
    placed_at         timestamptz not null
);

-- Closed cases by closure time, for the retention run.
create index case_file_closed on case_file (closed_at) where state = 'CLOSED';

-- Option lists that vary by country (identity document types, languages, and lists added later): the deployment's
-- country's own list where it has one, otherwise the list for every country ('*').
create table case_option (
    list_name     text not null,
    country       text not null,
    code          text not null,
    label         text not null,
    translations  jsonb not null default '{}',
    position      integer not null,
    primary key (list_name, country, code)
);

insert into case_option (list_name, country, code, label, translations, position) values
    ('identity-document-types', '*', 'passport', 'Passport',
        '{"fr":"Passeport","es":"Pasaporte","pt":"Passaporte","ru":"Паспорт","ar":"جواز سفر"}', 1),
    ('identity-document-types', '*', 'national_id', 'National identity card',
        '{"fr":"Carte nationale d''identité","es":"Documento nacional de identidad","pt":"Bilhete de identidade","ru":"Национальное удостоверение личности","ar":"بطاقة الهوية الوطنية"}', 2),
    ('identity-document-types', '*', 'birth_certificate', 'Birth certificate',
        '{"fr":"Acte de naissance","es":"Partida de nacimiento","pt":"Certidão de nascimento","ru":"Свидетельство о рождении","ar":"شهادة الميلاد"}', 3),
    ('identity-document-types', '*', 'unhcr_registration', 'UNHCR registration',
        '{"fr":"Enregistrement HCR","es":"Registro del ACNUR","pt":"Registo do ACNUR","ru":"Регистрация УВКБ ООН","ar":"تسجيل المفوضية"}', 4),
    ('identity-document-types', '*', 'residence_permit', 'Residence permit',
        '{"fr":"Titre de séjour","es":"Permiso de residencia","pt":"Autorização de residência","ru":"Вид на жительство","ar":"تصريح إقامة"}', 5),
    ('identity-document-types', '*', 'other', 'Other document',
        '{"fr":"Autre document","es":"Otro documento","pt":"Outro documento","ru":"Другой документ","ar":"وثيقة أخرى"}', 6);

insert into case_option (list_name, country, code, label, position)
select 'languages', '*', language.code, language.label, language.position
from (values
    ('ar', 'Arabic', 1), ('am', 'Amharic', 2), ('bn', 'Bengali', 3), ('en', 'English', 4), ('es', 'Spanish', 5),
    ('fa', 'Persian', 6), ('fr', 'French', 7), ('hi', 'Hindi', 8), ('id', 'Indonesian', 9), ('km', 'Khmer', 10),
    ('ms', 'Malay', 11), ('my', 'Burmese', 12), ('ps', 'Pashto', 13), ('pt', 'Portuguese', 14), ('ro', 'Romanian', 15),
    ('ru', 'Russian', 16), ('so', 'Somali', 17), ('sw', 'Swahili', 18), ('th', 'Thai', 19), ('ti', 'Tigrinya', 20),
    ('tl', 'Tagalog', 21), ('uk', 'Ukrainian', 22), ('ur', 'Urdu', 23), ('vi', 'Vietnamese', 24), ('zh', 'Chinese', 25),
    ('de', 'German', 26), ('it', 'Italian', 27), ('tr', 'Turkish', 28), ('ku', 'Kurdish', 29), ('ha', 'Hausa', 30),
    ('yo', 'Yoruba', 31), ('ig', 'Igbo', 32), ('sq', 'Albanian', 33), ('ne', 'Nepali', 34), ('ta', 'Tamil', 35),
    ('pa', 'Punjabi', 36), ('lo', 'Lao', 37), ('om', 'Oromo', 38), ('ln', 'Lingala', 39), ('wo', 'Wolof', 40)
) as language (code, label, position);
