package uk.councilperformance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where one Milestone(s) cell holds several milestones. */
class MilestoneSplitTest {

    @Test
    void aNewMilestoneStartsWithAVerbAfterAWordThatEndsAPhrase() {
        assertThat(MilestoneSplit.split("Local Strategic Partnership – Agenda Item for discussion Publish approved Strategy and article "
                + "in Core Brief / social media platforms", 2)).contains(List.of("Local Strategic Partnership – Agenda Item for discussion",
                "Publish approved Strategy and article in Core Brief / social media platforms"));
        assertThat(MilestoneSplit.split("Inform targeted enforcement (Year 2) Consult on revisions to policy in 2018-19", 2))
                .contains(List.of("Inform targeted enforcement (Year 2)", "Consult on revisions to policy in 2018-19"));
    }

    @Test
    void capitalisedVerbsInsideANameOrAfterAPrepositionStartNothing() {
        // "Core Brief": "Brief" follows a capitalised word; "Core" follows "in".
        assertThat(MilestoneSplit.clauseStarts("Publish an article in Core Brief")).isEmpty();
        assertThat(MilestoneSplit.clauseStarts("Sign off by Cabinet")).isEmpty();
    }

    @Test
    void onlyExactlyAsManyPlacesAsMarksSplitACell() {
        assertThat(MilestoneSplit.split("Delivery of schemes", 2)).isEmpty();
        String three = "Review the current fee structure Investigate whether enforcement could be delegated to the District Council "
                + "Examine the feasibility";
        // One place ("structure Investigate"); "Council Examine" follows a capitalised word.
        assertThat(MilestoneSplit.clauseStarts(three)).hasSize(1);
        assertThat(MilestoneSplit.split(three, 3)).isEmpty();
        assertThat(MilestoneSplit.split("Agenda item for discussion Publish strategy", 1)).isEmpty();
    }
}
