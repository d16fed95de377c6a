package org.protego.referrals;

import java.util.List;
import java.util.UUID;

/**
 * A case worker's referral of the child to a service.
 *
 * @param urgency {@code immediate}, {@code high} or {@code normal}
 * @param sharedFields the case's fields the service receives, by the cases API's names (see
 *     {@code CaseSharing.SHAREABLE_FIELDS}); none is shared unless named
 * @param need the referral type the child is sent for, one the service takes; its first one when null
 */
public record RequestReferral(UUID serviceId, String reason, String urgency, List<String> sharedFields, String need) {}
