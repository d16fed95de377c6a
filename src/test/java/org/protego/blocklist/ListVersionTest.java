package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protego.blocklist.Refusals.assertConflict;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A version's transitions and who may approve it, without Spring or a database. */
class ListVersionTest {

    static final Instant CREATED = Instant.parse("2026-11-01T10:00:00Z");
    static final Instant DECIDED = Instant.parse("2026-11-01T11:00:00Z");
    static final ListVersion.Seal SEAL =
            new ListVersion.Seal(120, 3, 1, "feed-sha", "feed-sig", "zone-sha", "zone-sig", "manifest", "manifest-sig");
    static final List<HoldReason> REASONS = List.of(HoldReason.cap(51, 50), HoldReason.canary("www.wikipedia.org/"));

    static ListVersion held() {
        return ListVersion.hold(4, "creator", CREATED, 100, 51, 2, REASONS);
    }

    @Test
    void heldVersionWaitsUnsignedWithEveryReasonJoined() {
        var held = held();

        assertThat(held.state()).isEqualTo(VersionState.HELD);
        assertThat(held.holdReasons()).isEqualTo(REASONS);
        assertThat(held.heldReasons())
                .isEqualTo("adds 51 entries, more than the cap of 50; "
                        + "would block the allow-listed domain of www.wikipedia.org/");
        assertThat(held.hashedUrlsSignature()).isNull();
        assertThat(held.manifest()).isNull();
    }

    @Test
    void versionIsNeverHeldWithoutAReason() {
        assertThatThrownBy(() -> ListVersion.hold(4, "creator", CREATED, 0, 1, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void versionNoRuleHoldsIsPublishedAsSealed() {
        var published = ListVersion.publish(4, "creator", CREATED, SEAL);

        assertThat(published.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(published.entries()).isEqualTo(120);
        assertThat(published.added()).isEqualTo(3);
        assertThat(published.hashedUrlsSha256()).isEqualTo("feed-sha");
        assertThat(published.manifestSignature()).isEqualTo("manifest-sig");
        assertThat(published.decidedBy()).isNull();
    }

    @Test
    void secondPersonApprovesAHeldVersionWhichIsThenPublishedAsSealed() {
        var approved = held().approve("second", List.of("requester"), DECIDED, SEAL);

        assertThat(approved.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(approved.decidedBy()).isEqualTo("second");
        assertThat(approved.decidedAt()).isEqualTo(DECIDED);
        assertThat(approved.createdBy()).isEqualTo("creator");
        assertThat(approved.entries()).isEqualTo(120);
        assertThat(approved.rpzSignature()).isEqualTo("zone-sig");
        assertThat(approved.holdReasons()).as("the reasons it was held stay").isEqualTo(REASONS);
    }

    @Test
    void creatorCannotApproveTheVersionTheyCreated() {
        assertConflict(() -> held().checkApprover("creator", List.of()), BlocklistError.APPROVER_INVOLVED);
        assertConflict(() -> held().approve("creator", List.of(), DECIDED, SEAL), BlocklistError.APPROVER_INVOLVED);
    }

    @Test
    void analystWhoRequestedAnAdditionCannotApproveTheVersionHoldingIt() {
        assertConflict(
                () -> held().approve("requester", List.of("other", "requester"), DECIDED, SEAL),
                BlocklistError.APPROVER_INVOLVED);
    }

    @Test
    void publishedVersionIsNotApprovedAgain() {
        var published = ListVersion.publish(4, "creator", CREATED, SEAL);

        assertConflict(() -> published.approve("second", List.of(), DECIDED, SEAL), BlocklistError.VERSION_NOT_HELD);
    }

    @Test
    void rejectedVersionIsNeitherApprovedNorRejectedAgain() {
        var rejected = held().reject("second", DECIDED);

        assertConflict(() -> rejected.approve("third", List.of(), DECIDED, SEAL), BlocklistError.VERSION_NOT_HELD);
        assertConflict(() -> rejected.reject("third", DECIDED), BlocklistError.VERSION_NOT_HELD);
    }

    @Test
    void anyoneOfTheListsStaffRejectsAHeldVersionEvenItsCreator() {
        var rejected = held().reject("creator", DECIDED);

        assertThat(rejected.state()).isEqualTo(VersionState.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo("creator");
        assertThat(rejected.decidedAt()).isEqualTo(DECIDED);
        assertThat(rejected.hashedUrlsSha256()).as("nothing was signed").isNull();
    }

    @Test
    void publishedVersionIsNotRejected() {
        assertConflict(
                () -> ListVersion.publish(4, "creator", CREATED, SEAL).reject("second", DECIDED),
                BlocklistError.VERSION_NOT_HELD);
    }
}
