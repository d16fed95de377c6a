-- Keys sent by the public and by industry members live in separate namespaces: public keys get their own prefix,
-- so that no public request can reach, or learn of, an industry member's earlier answer.
update reports_idempotent_submission set idempotency_key = 'public:' || idempotency_key
where idempotency_key not like 'industry:%';
