package org.protego.referrals;

import java.time.LocalDate;
import java.util.Map;

/**
 * Referral figures between two days (UTC, both included), over every organisation, from what is kept in the clear.
 *
 * @param made referrals sent in the period
 * @param accepted referrals accepted in the period
 * @param declinedByReason referrals declined in the period, by reason code
 * @param completed referrals completed in the period
 * @param medianHoursToAcceptance for referrals accepted in the period, the median hours from sending to acceptance,
 *     by the receiving organisation's sector ({@code unknown} where it has none)
 */
public record ReferralFigures(
        LocalDate from,
        LocalDate to,
        long made,
        long accepted,
        Map<String, Long> declinedByReason,
        long completed,
        Map<String, Double> medianHoursToAcceptance) {}
