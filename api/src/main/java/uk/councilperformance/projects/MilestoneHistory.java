package uk.councilperformance.projects;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.councilperformance.ratings.CommonStatus;

/**
 * Everything published or corrected about one milestone, in time order. The current rating for a quarter is
 * the latest one given for it; the milestone's status is its current rating in the latest quarter rated.
 */
public record MilestoneHistory(List<MilestoneEntry> entries, List<MilestoneRating> ratingHistory) {

    public static final MilestoneHistory EMPTY = new MilestoneHistory(List.of(), List.of());

    public List<MilestoneRating> current() {
        Map<String, MilestoneRating> latest = new LinkedHashMap<>();
        ratingHistory.forEach(r -> latest.put(r.quarter(), r));
        return latest.values().stream().sorted(Comparator.comparing(MilestoneRating::quarter)).toList();
    }

    public MilestoneRating latestRating() {
        List<MilestoneRating> current = current();
        return current.isEmpty() ? null : current.get(current.size() - 1);
    }

    public CommonStatus status() {
        MilestoneRating latest = latestRating();
        return latest == null ? CommonStatus.NOT_RATED : latest.status();
    }

    public MilestoneRating rating(String quarter) {
        return current().stream().filter(r -> r.quarter().equals(quarter)).findFirst().orElse(null);
    }

    private MilestoneEntry latestWithDue() {
        MilestoneEntry found = null;
        for (MilestoneEntry e : entries) {
            if (e.due() != null) {
                found = e;
            }
        }
        return found;
    }

    public String due() {
        MilestoneEntry e = latestWithDue();
        return e == null ? null : e.due();
    }

    public String dueQuarter() {
        MilestoneEntry e = latestWithDue();
        return e == null || e.dueQuarterNumber() == null ? null : "Q" + e.dueQuarterNumber();
    }

    /** Due in a quarter that the latest report covers, and neither completed nor closed. */
    public boolean overdue() {
        MilestoneEntry e = latestWithDue();
        if (e == null || e.dueQuarterNumber() == null) {
            return false;
        }
        int reportedTo = entries.stream().mapToInt(MilestoneEntry::reportQuarter).max().orElse(0);
        CommonStatus status = status();
        return reportedTo >= e.dueQuarterNumber() && status != CommonStatus.COMPLETED && status != CommonStatus.CLOSED;
    }

    /** Its due date changed between reports, or it was rated seriously behind (timescale needs amending). */
    public boolean slipped() {
        long dues = entries.stream().map(MilestoneEntry::due).filter(Objects::nonNull).distinct().count();
        return dues > 1 || ratingHistory.stream().anyMatch(r -> r.status() == CommonStatus.SERIOUSLY_BEHIND);
    }
}
