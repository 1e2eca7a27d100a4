package uk.councilperformance.councils;

import uk.councilperformance.graph.NodeId;

/** A local authority whose reports are published here. */
public record Council(long rowId, String slug, String name) {

    public String id() {
        return NodeId.of("Council", slug);
    }
}
