package org.protego.referrals;

import java.util.UUID;

/** What a referral's move answers: the referral and the state it is now in. */
public record ReferralStatus(UUID id, String state) {}
