-- A front page's URL entry and its domain's entry share an expression: an analyst who finds the whole domain
-- dedicated to abuse must be able to list it next to the URL entry that is already live. The feed serves each digest
-- once, so the two give one line.
drop index blocklist_entry_one_live_listing;
create unique index blocklist_entry_one_live_listing on blocklist_entry (kind, expression)
    where state in ('PENDING_ADDITION', 'LISTED', 'PENDING_REMOVAL');
