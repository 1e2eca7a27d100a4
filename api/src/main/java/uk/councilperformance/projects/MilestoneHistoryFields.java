package uk.councilperformance.projects;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.idl.RuntimeWiring;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import uk.councilperformance.graph.LoadedField;
import uk.councilperformance.ratings.CommonStatus;

/**
 * The Milestone fields worked out from its history, each asking the history's batch loader (MilestoneController
 * registers it; LoadedField says why these are not controller methods).
 */
@Component
class MilestoneHistoryFields implements RuntimeWiringConfigurer {

    private static final ResolvableType RATINGS = ResolvableType.forClassWithGenerics(List.class, MilestoneRating.class);

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.type("Milestone", type -> type
                .dataFetcher("status", field("status", MilestoneHistory::status, ResolvableType.forClass(CommonStatus.class)))
                .dataFetcher("latestRating", field("latestRating", MilestoneHistory::latestRating,
                        ResolvableType.forClass(MilestoneRating.class)))
                .dataFetcher("ratings", field("ratings", MilestoneHistory::current, RATINGS))
                .dataFetcher("ratingHistory", field("ratingHistory", MilestoneHistory::ratingHistory, RATINGS))
                .dataFetcher("due", field("due", MilestoneHistory::due, ResolvableType.forClass(String.class)))
                .dataFetcher("dueQuarter", field("dueQuarter", MilestoneHistory::dueQuarter, ResolvableType.forClass(String.class)))
                .dataFetcher("overdue", field("overdue", MilestoneHistory::overdue, ResolvableType.forClass(Boolean.class)))
                .dataFetcher("slipped", field("slipped", MilestoneHistory::slipped, ResolvableType.forClass(Boolean.class)))
                .dataFetcher("entries", field("entries", MilestoneHistory::entries,
                        ResolvableType.forClassWithGenerics(List.class, MilestoneEntry.class))));
    }

    private static <T> LoadedField<Milestone, Long, MilestoneHistory, T> field(String name, Function<MilestoneHistory, T> field,
                                                                              ResolvableType type) {
        return new LoadedField<>("Milestone." + name + " from its history", MilestoneHistory.class, Milestone::rowId,
                (history, env) -> field.apply(history == null ? MilestoneHistory.EMPTY : history), type, Map.of());
    }
}
