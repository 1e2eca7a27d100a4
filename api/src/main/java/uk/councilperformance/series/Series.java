package uk.councilperformance.series;

import uk.councilperformance.graph.NodeId;

/** The same indicator, project or milestone across financial years. */
public record Series(long rowId, String councilSlug, String kind, String key, String title) {

    public String id() {
        return NodeId.of("Series", councilSlug, kind, key);
    }
}
