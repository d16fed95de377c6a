package org.protego.monitoring;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.protego.reports.Category;
import org.protego.reports.Channel;
import org.protego.reports.ReportReceived;
import org.springframework.context.ApplicationContext;

/** Facts of monitoring for tests of other packages, such as the browser flows, recorded as the listeners do. */
public final class MonitoringFixtures {

    private MonitoringFixtures() {}

    /** A year no other test of this JVM records facts in. */
    public static int unusedYear() {
        return FactYears.unused();
    }

    /** Records reports received in the middle of the year, as the reports module's event would. */
    public static void reportsReceived(
            ApplicationContext context, int year, Category category, Channel channel, int count) {
        FactRecorder recorder = context.getBean(FactRecorder.class);
        for (int i = 0; i < count; i++) {
            recorder.record(new ReportReceived(
                    UUID.randomUUID(),
                    "R-" + i,
                    UUID.randomUUID(),
                    category,
                    channel,
                    List.of(),
                    false,
                    false,
                    LocalDate.of(year, 6, 15).atStartOfDay().toInstant(ZoneOffset.UTC),
                    "FR"));
        }
    }
}
