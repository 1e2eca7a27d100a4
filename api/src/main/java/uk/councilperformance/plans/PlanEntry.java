package uk.councilperformance.plans;

/** A plan as one report printed it. */
public record PlanEntry(long planRowId, long reportRowId, String title, String appendix, String commentary,
                        String commentHeading, Integer line) {
}
