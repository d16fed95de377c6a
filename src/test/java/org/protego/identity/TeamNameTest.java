package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.protego.shared.InvalidRequestException;

class TeamNameTest {

    @Test
    void aTeamNameIsTrimmed() {
        assertThat(TeamName.given("  North east_2-a ")).contains(new TeamName("North east_2-a"));
    }

    @Test
    void nothingOrOnlySpacesMeansNoTeam() {
        assertThat(TeamName.given(null)).isEmpty();
        assertThat(TeamName.given("")).isEmpty();
        assertThat(TeamName.given("   ")).isEmpty();
    }

    @Test
    void lettersOfAnyScriptAreAllowed() {
        assertThat(TeamName.given("Équipe Nord")).isPresent();
        assertThat(TeamName.given("فريق الشمال")).isPresent();
        assertThat(TeamName.given("Команда 3")).isPresent();
    }

    @Test
    void punctuationAndMarkupAreRefusedWithTheTeamField() {
        assertThatThrownBy(() -> TeamName.given("north/south"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refused -> assertThat(refused.problems())
                                .singleElement()
                                .satisfies(problem -> {
                                    assertThat(problem.field()).isEqualTo("team");
                                    assertThat(problem.code()).isEqualTo("team-invalid");
                                }));
        assertThatThrownBy(() -> TeamName.given("<b>north</b>")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> TeamName.given("north\tsouth")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void eightyCharactersAreTheMost() {
        assertThat(TeamName.given("a".repeat(80))).isPresent();
        assertThatThrownBy(() -> TeamName.given("a".repeat(81))).isInstanceOf(InvalidRequestException.class);
    }
}
