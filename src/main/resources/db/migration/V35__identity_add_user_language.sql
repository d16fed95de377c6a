-- The language a staff member reads pages in, remembered on the account so that it follows them to any browser.
-- Null until they choose one; the application accepts only the languages it offers, the column only language codes.
alter table identity_user add column language text check (language ~ '^[a-z]{2,3}$');
