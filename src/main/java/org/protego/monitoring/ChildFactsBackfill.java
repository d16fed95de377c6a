package org.protego.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.protego.shared.ModuleMigration;
import org.protego.shared.Timestamps;
import org.springframework.stereotype.Component;

/**
 * Once, the facts of the children registered, given a guardian and referred before monitoring listened, read from the
 * cases and referrals tables. Like V57 it is the only place monitoring reads other modules' tables, a one-off at
 * migration time; it is written in Java because a child's facts carry the keyed hash of its case, whose key the
 * database does not hold.
 */
@Component
class ChildFactsBackfill extends ModuleMigration {

    private final FactKeys keys;

    ChildFactsBackfill(FactKeys keys) {
        super("60", "monitoring count the children registered before monitoring");
        this.keys = keys;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("""
                        insert into monitoring_fact (kind, source_key, child_key, occurred_at, day, recorded_at, sex,
                            age_band, forms, country, sector, need, urgency, hours)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""");
                Batch batch = new Batch(insert)) {
            try (Statement select = connection.createStatement();
                    ResultSet rows = select.executeQuery("""
                            select id, registered_at, sex, age_band, nationality, forms_of_exploitation,
                                   unaccompanied or separated as needs_guardian, guardian_appointed_at
                            from case_file order by registered_at, id""")) {
                while (rows.next()) {
                    UUID caseId = rows.getObject("id", UUID.class);
                    Instant registeredAt = Timestamps.instant(rows, "registered_at");
                    var row = new Row(
                            keys.child(caseId),
                            rows.getString("sex"),
                            rows.getString("age_band"),
                            rows.getArray("forms_of_exploitation"),
                            rows.getString("nationality"));
                    add(
                            batch,
                            insert,
                            Fact.CHILD_REGISTERED,
                            keys.childSource(Fact.CHILD_REGISTERED, caseId),
                            row,
                            registeredAt,
                            now,
                            null,
                            null,
                            null,
                            null);
                    Instant appointedAt = Timestamps.nullableInstant(rows, "guardian_appointed_at");
                    if (rows.getBoolean("needs_guardian") && appointedAt != null) {
                        double hours =
                                Math.max(0, (appointedAt.toEpochMilli() - registeredAt.toEpochMilli()) / 3_600_000.0);
                        add(
                                batch,
                                insert,
                                Fact.CHILD_GUARDIAN,
                                keys.childSource(Fact.CHILD_GUARDIAN, caseId),
                                row,
                                registeredAt,
                                now,
                                null,
                                null,
                                null,
                                hours);
                    }
                }
            }
            // A child's first referral and first service: in time order, so the unique index keeps the first.
            try (Statement select = connection.createStatement();
                    ResultSet rows = select.executeQuery("""
                            select r.id, r.case_id, r.sex, r.age_band, c.nationality, c.forms_of_exploitation,
                                   r.sector, r.need, r.urgency, r.sent_at, r.accepted_at, r.started_at, r.completed_at
                            from referrals_referral r join case_file c on c.id = r.case_id
                            order by r.sent_at, r.id""")) {
                while (rows.next()) {
                    UUID referralId = rows.getObject("id", UUID.class);
                    var row = new Row(
                            keys.child(rows.getObject("case_id", UUID.class)),
                            rows.getString("sex"),
                            rows.getString("age_band"),
                            rows.getArray("forms_of_exploitation"),
                            rows.getString("nationality"));
                    String sector = rows.getString("sector");
                    String need = rows.getString("need");
                    String urgency = rows.getString("urgency");
                    for (var step : new String[][] {
                        {Fact.CHILD_REFERRED, "sent_at"},
                        {Fact.REFERRAL_ACCEPTED, "accepted_at"},
                        {Fact.CHILD_RECEIVING_SERVICES, "started_at"},
                        {Fact.REFERRAL_COMPLETED, "completed_at"}
                    }) {
                        Instant at = Timestamps.nullableInstant(rows, step[1]);
                        if (at != null) {
                            add(
                                    batch,
                                    insert,
                                    step[0],
                                    keys.childSource(step[0], referralId),
                                    row,
                                    at,
                                    now,
                                    sector,
                                    need,
                                    urgency,
                                    null);
                        }
                    }
                }
            }
        }
        try (Statement rollup = connection.createStatement()) {
            rollup.execute("""
                    insert into monitoring_monthly (kind, month, form, sex, age_band, country, category, channel,
                        outcome, sector, need, n)
                    select m.kind, date_trunc('month', m.day)::date, f.form, coalesce(m.sex, '_U'), coalesce(m.age_band, '_U'),
                           coalesce(m.country, '_U'), '_U', '_U', '_U', coalesce(m.sector, '_U'),
                           coalesce(m.need, '_U'), count(*)
                    from monitoring_fact m
                    cross join lateral unnest(array['_T'] || case when cardinality(m.forms) > 0
                        then m.forms else array['_U'] end) as f(form)
                    where m.kind in ('child_registered', 'child_guardian', 'child_referred',
                        'child_receiving_services', 'referral_accepted', 'referral_completed')
                    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11""");
        }
    }

    private record Row(byte[] child, String sex, String ageBand, java.sql.Array forms, String nationality) {}

    private static void add(
            Batch batch,
            PreparedStatement insert,
            String kind,
            String sourceKey,
            Row row,
            Instant at,
            Timestamp now,
            String sector,
            String need,
            String urgency,
            Double hours)
            throws Exception {
        insert.setString(1, kind);
        insert.setString(2, sourceKey);
        insert.setBytes(3, row.child());
        insert.setTimestamp(4, Timestamp.from(at));
        insert.setObject(5, at.atOffset(ZoneOffset.UTC).toLocalDate());
        insert.setTimestamp(6, now);
        insert.setString(7, row.sex());
        insert.setString(8, row.ageBand());
        insert.setArray(9, row.forms());
        insert.setString(10, row.nationality());
        insert.setString(11, sector);
        insert.setString(12, need);
        insert.setString(13, urgency);
        if (hours == null) {
            insert.setNull(14, java.sql.Types.DOUBLE);
        } else {
            insert.setDouble(14, hours);
        }
        batch.add();
    }
}
