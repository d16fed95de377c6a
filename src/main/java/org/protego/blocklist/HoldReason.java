package org.protego.blocklist;

/**
 * One reason a version waits for a second person: {@code cap} (it adds {@code additions}, more than {@code cap}),
 * {@code canary} (it would block the allow-listed site of {@code expression}), or {@code recorded} (a reason
 * recorded as text before reasons were kept one by one); {@code detail} says it in English for the API, and pages
 * say it with the message {@code blocklist.holdReason.<code>}.
 */
public record HoldReason(String code, String detail, String expression, Integer additions, Integer cap) {

    static final String CAP = "cap";
    static final String CANARY = "canary";
    static final String RECORDED = "recorded";

    static HoldReason cap(int additions, int cap) {
        return new HoldReason(CAP, "adds " + additions + " entries, more than the cap of " + cap, null, additions, cap);
    }

    static HoldReason canary(String expression) {
        return new HoldReason(CANARY, "would block the allow-listed domain of " + expression, expression, null, null);
    }
}
