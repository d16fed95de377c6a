package org.protego.directory;

import java.util.List;
import java.util.UUID;

/**
 * What importing one HSDS service did.
 *
 * @param id the service's HSDS id, which it keeps
 * @param ignoredFields JSON Pointers of the members of the import that Protego does not keep
 * @param created true if the service is new, false if it replaced one with the same id
 */
public record ImportedService(UUID id, List<String> ignoredFields, boolean created) {

    public ImportedService {
        ignoredFields = List.copyOf(ignoredFields);
    }
}
