package uk.councilperformance.corrections;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import uk.councilperformance.corrections.CorrectionInputs.IndicatorValueCorrection;
import uk.councilperformance.corrections.CorrectionInputs.MilestoneCommentCorrection;
import uk.councilperformance.corrections.CorrectionInputs.MilestoneRatingCorrection;
import uk.councilperformance.corrections.CorrectionInputs.SeriesLink;
import uk.councilperformance.corrections.Corrections.Recorded;
import uk.councilperformance.indicators.IndicatorHistories;
import uk.councilperformance.indicators.IndicatorValue;
import uk.councilperformance.projects.MilestoneEntry;
import uk.councilperformance.projects.MilestoneHistories;
import uk.councilperformance.projects.MilestoneHistory;
import uk.councilperformance.projects.MilestoneRating;
import uk.councilperformance.reports.Source;
import uk.councilperformance.series.Series;
import uk.councilperformance.series.SeriesRepository;

/**
 * Officers' corrections. Each mutation needs an officer's credential, records one correction and answers with
 * the new observation exactly as the read side now shows it (a correction is read back, not echoed).
 */
@Controller
public class CorrectionController {

    private final Corrections corrections;
    private final IndicatorHistories indicatorHistories;
    private final MilestoneHistories milestoneHistories;
    private final SeriesRepository series;

    public CorrectionController(Corrections corrections, IndicatorHistories indicatorHistories,
                                MilestoneHistories milestoneHistories, SeriesRepository series) {
        this.corrections = corrections;
        this.indicatorHistories = indicatorHistories;
        this.milestoneHistories = milestoneHistories;
        this.series = series;
    }

    @MutationMapping
    @PreAuthorize("hasRole('OFFICER')")
    public IndicatorValue correctIndicatorValue(@Argument IndicatorValueCorrection input,
                                                @AuthenticationPrincipal OfficerLogin officer) {
        Recorded recorded = corrections.indicatorValue(officer.officerId(), input);
        return indicatorHistories.of(List.of(recorded.about())).get(recorded.about()).revisions(input.field()).stream()
                .filter(v -> made(recorded).test(v.source())).findFirst().orElseThrow();
    }

    @MutationMapping
    @PreAuthorize("hasRole('OFFICER')")
    public MilestoneRating correctMilestoneRating(@Argument MilestoneRatingCorrection input,
                                                  @AuthenticationPrincipal OfficerLogin officer) {
        Recorded recorded = corrections.milestoneRating(officer.officerId(), input);
        return milestoneHistory(recorded).ratingHistory().stream().filter(r -> made(recorded).test(r.source()))
                .findFirst().orElseThrow();
    }

    @MutationMapping
    @PreAuthorize("hasRole('OFFICER')")
    public MilestoneEntry correctMilestoneComment(@Argument MilestoneCommentCorrection input,
                                                  @AuthenticationPrincipal OfficerLogin officer) {
        Recorded recorded = corrections.milestoneComment(officer.officerId(), input);
        return milestoneHistory(recorded).entries().stream().filter(e -> made(recorded).test(e.source()))
                .findFirst().orElseThrow();
    }

    @MutationMapping
    @PreAuthorize("hasRole('OFFICER')")
    public Series linkSeries(@Argument SeriesLink input, @AuthenticationPrincipal OfficerLogin officer) {
        Recorded recorded = corrections.linkSeries(officer.officerId(), input);
        return series.byIds(List.of(recorded.about())).get(0);
    }

    private MilestoneHistory milestoneHistory(Recorded recorded) {
        return milestoneHistories.of(List.of(recorded.about())).get(recorded.about());
    }

    private static Predicate<Source> made(Recorded recorded) {
        return source -> source.correction() != null && source.correction().rowId() == recorded.correction();
    }
}
