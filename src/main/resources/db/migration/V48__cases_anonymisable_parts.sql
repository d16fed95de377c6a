-- Anonymising a case empties the free text its parts keep about the child; the rows stay, for the counts.
alter table case_consent_override alter column reason_encrypted drop not null;
alter table case_assessment alter column sections_encrypted drop not null;
alter table case_determination alter column question_encrypted drop not null;
alter table case_determination_view alter column reasoning_encrypted drop not null;
alter table case_care_plan_item alter column description_encrypted drop not null;
alter table case_transfer alter column reason_encrypted drop not null;
