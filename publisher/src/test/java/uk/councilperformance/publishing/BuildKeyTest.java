package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** What a site's files depend on: its council's data, the council, and this build of the publisher. */
class BuildKeyTest {

    @Test
    void thePublishersPartIsTheTimeOfThisBuild() {
        // Unfiltered, it would be the same text in every build, and a new publisher would not render anything again.
        String built = BuildKey.publisherBuild();
        assertThat(OffsetDateTime.parse(built)).isBefore(OffsetDateTime.now().plusMinutes(1));
    }

    @Test
    void anotherDataVersionOrCouncilIsAnotherKey() {
        String key = BuildKey.of("v1", "cannock-chase");
        assertThat(BuildKey.of("v1", "cannock-chase")).isEqualTo(key);
        assertThat(BuildKey.of("v2", "cannock-chase")).isNotEqualTo(key);
        assertThat(BuildKey.of("v1", "synthetic-001")).isNotEqualTo(key);
    }
}
