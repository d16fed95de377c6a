package org.protego.monitoring;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Stands in for {@code Disclosure.rareCodes} until it is merged; the integrator deletes this file. */
final class DisclosureRareCodesPlaceholder {

    private DisclosureRareCodesPlaceholder() {}

    /** The codes whose total is below {@code k}, to be merged into {@code _O}. */
    static Set<String> rareCodes(Map<String, Long> totalsByCode, int k) {
        Set<String> rare = new TreeSet<>();
        totalsByCode.forEach((code, total) -> {
            if (total < k) {
                rare.add(code);
            }
        });
        return rare;
    }
}
