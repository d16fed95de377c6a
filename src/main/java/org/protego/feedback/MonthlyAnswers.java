package org.protego.feedback;

import java.time.YearMonth;

/**
 * How many children answered in a month that has ended, grouped by the sector of the service and by two of their
 * answers; no service, organisation or time is named. For monitoring's indicator of children's feedback.
 *
 * @param sector the sector of the service answered about, or {@code _U} where the directory has none
 * @param recommend whether the child would tell a friend to go: {@code yes}, {@code no}, {@code not_sure}, or {@code _U}
 *     where the child did not say
 * @param feltSafe {@code yes} for a 4 or 5 out of 5 to "did you feel safe", {@code partly} for a 3, {@code no} for a 1 or
 *     2, {@code _U} where the child did not say
 */
public record MonthlyAnswers(YearMonth month, String sector, String recommend, String feltSafe, long answers) {}
