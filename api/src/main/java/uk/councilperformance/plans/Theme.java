package uk.councilperformance.plans;

import uk.councilperformance.graph.NodeId;

/** A theme (strategic objective) of a plan. */
public record Theme(long rowId, long planRowId, String councilSlug, int year, String planKey, String key, String name) {

    public String id() {
        return NodeId.of("Theme", councilSlug, year, planKey, key);
    }
}
