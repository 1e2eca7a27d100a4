package uk.councilperformance.councils;

import uk.councilperformance.graph.NodeId;

/**
 * A local authority whose reports are published here, with the version of its own data (the data version of the
 * last change to it).
 */
public record Council(long rowId, String slug, String name, String dataVersion) {

    public String id() {
        return NodeId.of("Council", slug);
    }
}
