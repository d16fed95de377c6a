package org.protego.blocklist;

import java.util.List;
import java.util.UUID;

/**
 * Where a URL item stands on the block list: its entries; whether its illegal assessment is still on its way to an
 * entry ({@code entryBeingPrepared}); and, when the list refused to make one, the reason's code and English detail
 * and the host it refused.
 */
public record ItemListing(
        UUID urlItemId,
        boolean assessedIllegal,
        boolean entryBeingPrepared,
        String refusal,
        String refusalDetail,
        String refusedHost,
        List<BlocklistEntry> entries) {}
