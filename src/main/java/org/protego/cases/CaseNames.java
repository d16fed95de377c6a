package org.protego.cases;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.protego.shared.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds cases by the child's name without the name being stored or searched in the clear: each name key is kept as
 * a keyed digest, and a search compares digests.
 */
@Component
class CaseNames {

    private static final String PURPOSE = "case name key";
    /** 64 bits of the digest: collisions among one team's name keys are vanishingly rare, and the index stays small. */
    private static final int DIGEST_HEX = 16;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CaseNames(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Replaces the case's name keys with those of the child's current names. */
    void index(ChildCase childCase) {
        jdbc.sql("delete from case_name_key where case_id = :case")
                .param("case", childCase.id())
                .update();
        ChildRecord child = childCase.details().child();
        for (String key : digests(NameKeys.of(child.givenName(), child.familyName(), child.otherNames()))) {
            jdbc.sql("""
                    insert into case_name_key (case_id, name_key, organisation_id, team, assigned_to)
                    values (:case, :key, :organisation, :team, :assignedTo) on conflict do nothing""")
                    .param("case", childCase.id())
                    .param("key", key)
                    .param("organisation", childCase.organisationId())
                    .param("team", childCase.team())
                    .param("assignedTo", childCase.assignedTo())
                    .update();
        }
    }

    /** A case found by name, with how many of the searched name's keys it shares. */
    record Match(UUID caseId, int sharedKeys) {}

    /**
     * The cases within a scope whose names share enough keys with the searched one ({@link NameKeys#keysNeeded}),
     * best first.
     */
    List<Match> search(String name, CaseScope scope, int limit) {
        Set<String> keys = NameKeys.of(name);
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, String> byDigest =
                keys.stream().collect(Collectors.toMap(this::digest, Function.identity(), (a, b) -> a));
        int needed = NameKeys.keysNeeded(keys.size());
        return jdbc.sql("select case_id, count(*) as shared from case_name_key where " + scope.condition()
                        + " and name_key = any(:keys) group by case_id having count(*) >= :needed"
                        + " order by shared desc, case_id limit :limit")
                .params(scope.parameters())
                .param("keys", byDigest.keySet().toArray(String[]::new))
                .param("needed", needed)
                .param("limit", limit)
                .query((rs, n) -> new Match(rs.getObject("case_id", UUID.class), rs.getInt("shared")))
                .list();
    }

    private List<String> digests(Set<String> keys) {
        return keys.stream().map(this::digest).distinct().toList();
    }

    /** The keyed digest a name key is stored and searched as. */
    String digest(String key) {
        return cipher.blindIndex(PURPOSE, key).substring(0, DIGEST_HEX);
    }
}
