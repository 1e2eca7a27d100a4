package uk.councilperformance.reports;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.periods.Quarter;

/** A stored report: the meeting it went to and the source text it came from. */
@Table("report")
public record Report(@Id Long id, Long councilId, String slug, String title, String meetingBody, String meetingDate,
                     String meetingItem, int financialYear, int quarter, boolean endOfYear, String sourceFile,
                     String sourceSha256, String canonicalFile, String transcriptionMethod,
                     String transcriptionNotes) {

    public FinancialYear year() {
        return new FinancialYear(financialYear);
    }

    public Quarter quarterOfYear() {
        return Quarter.of(quarter);
    }
}
