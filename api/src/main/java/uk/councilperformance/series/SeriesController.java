package uk.councilperformance.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;
import uk.councilperformance.graph.Batches;
import uk.councilperformance.indicators.Indicator;
import uk.councilperformance.indicators.IndicatorHistories;
import uk.councilperformance.indicators.IndicatorHistory;
import uk.councilperformance.indicators.IndicatorValue;
import uk.councilperformance.indicators.Indicators;
import uk.councilperformance.projects.Milestone;

/** Series: an indicator's figures across years as one list, loaded for all series in a query at once. */
@Controller
public class SeriesController {

    /** Every point of one series, all fields. */
    public record SeriesPoints(List<SeriesPoint> points) {
    }

    private final SeriesRepository series;
    private final Indicators indicators;

    public SeriesController(SeriesRepository series, Indicators indicators, IndicatorHistories histories,
                            BatchLoaderRegistry registry) {
        this.series = series;
        this.indicators = indicators;
        registry.forTypePair(Long.class, SeriesPoints.class).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> {
            List<Indicator> members = indicators.inSeries(ids);
            Map<Long, IndicatorHistory> all = histories.of(members.stream().map(Indicator::rowId).toList());
            Map<Long, SeriesPoints> result = new java.util.HashMap<>();
            ids.forEach(id -> result.put(id, new SeriesPoints(new ArrayList<>())));
            for (Indicator i : members) {
                String name = i.name() + (i.breakdown() == null ? "" : " – " + i.breakdown());
                for (IndicatorValue v : all.get(i.rowId()).current()) {
                    result.get(i.seriesRowId()).points().add(new SeriesPoint(i.financialYear(), name, i.seriesRule(), v));
                }
            }
            return result;
        }));
    }

    @BatchMapping(typeName = "Indicator")
    public Map<Indicator, Series> series(List<Indicator> list) {
        return Batches.one(list, Indicator::seriesRowId, series::byIds, Series::rowId);
    }

    @BatchMapping(typeName = "Milestone", field = "series")
    public Map<Milestone, Series> milestoneSeries(List<Milestone> list) {
        return Batches.one(list, Milestone::seriesRowId, series::byIds, Series::rowId);
    }

    @BatchMapping(typeName = "Series")
    public Map<Series, List<Indicator>> indicators(List<Series> list) {
        return Batches.many(list, Series::rowId, indicators::inSeries, Indicator::seriesRowId);
    }

    @SchemaMapping(typeName = "Series")
    public CompletableFuture<List<SeriesPoint>> points(Series s, @Argument String field, DataLoader<Long, SeriesPoints> loader) {
        return loader.load(s.rowId()).thenApply(p -> p.points().stream()
                .filter(point -> field == null || point.value().field().equals(field)).toList());
    }
}
