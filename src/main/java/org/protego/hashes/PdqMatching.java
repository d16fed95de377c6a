package org.protego.hashes;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The in-memory multi-index of every live PDQ hash, loaded from PostgreSQL at start-up and changed in place after each
 * committed insert or removal, so that matching never waits for a rebuild.
 */
@Component
class PdqMatching {

    private static final Logger log = LoggerFactory.getLogger(PdqMatching.class);

    private final HashEntries entries;
    private volatile PdqIndex index = new PdqIndex();

    PdqMatching(HashEntries entries) {
        this.entries = entries;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        var ids = new ArrayList<Long>();
        var hashes = new ArrayList<PdqHash>();
        entries.forEachLivePdq((id, value) -> {
            ids.add(id);
            hashes.add(PdqHash.fromHex(value));
        });
        long[] idArray = ids.stream().mapToLong(Long::longValue).toArray();
        PdqIndex loaded = PdqIndex.build(idArray, hashes.toArray(PdqHash[]::new));
        index = loaded;
        log.info("PDQ matching index loaded: {} hashes, {} bytes", loaded.size(), loaded.memoryBytes());
    }

    List<PdqMatch> search(PdqHash query, int maxDistance) {
        return index.search(query, maxDistance);
    }

    /** Adds the hash once the transaction that stored it commits, so the index never holds an uncommitted entry. */
    void addAfterCommit(long entryId, PdqHash hash) {
        afterCommit(() -> index.add(entryId, hash));
    }

    void removeAfterCommit(long entryId) {
        afterCommit(() -> index.remove(entryId));
    }

    int size() {
        return index.size();
    }

    private static void afterCommit(Runnable change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            change.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                change.run();
            }
        });
    }
}
