package uk.councilperformance.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.councilperformance.reports.ReportFileException;

/** The importer on small report fragments, one kind of published cell at a time. */
class ReportTextParserTest {

    private static final String HEAD = "CABINET 19 SEPTEMBER 2019 QUARTER 1 PERFORMANCE REPORT 2019/20\n\nAppendix 3\n\n"
            + "Improving Community Wellbeing PDP 2019/20 – Environment, Partnerships & Community Safety\n\n";
    private static final String INDICATORS = "Performance Indicator\tFrequency of reporting (Q or A)\tLast year's outturn\tTarget\tQ1\tQ2\tQ3\tQ4\n";
    private static final String PROJECTS = "Approach\tKey Project\tMilestone(s)\tAction required\tQ1\tQ2\tQ3\tQ4\n";

    @TempDir
    Path work;

    private ReportTextParser.Result parse(String text) throws IOException {
        Path file = work.resolve("report.txt");
        Files.writeString(file, text);
        return ReportTextParser.parse(file, "sources/report.txt", "report.txt",
                ImportHints.none().withCouncil("cannock-chase", "Cannock Chase District Council"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> theme(ReportTextParser.Result r, int index) {
        var plans = (List<Map<String, Object>>) r.canonical().get("plans");
        return ((List<Map<String, Object>>) plans.get(0).get("themes")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indicator(ReportTextParser.Result r, int index) {
        return ((List<Map<String, Object>>) theme(r, 0).get("indicators")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> milestone(ReportTextParser.Result r, int project, int index) {
        var projects = (List<Map<String, Object>>) theme(r, 0).get("projects");
        return ((List<Map<String, Object>>) projects.get(project).get("milestones")).get(index);
    }

    @Test
    void theFrontMatterNamesTheReport() throws IOException {
        var r = parse(HEAD + INDICATORS + "Sustaining safe and secure communities\t\t\t\t\t\t\t\n"
                + "Number of fly tipping incidents\tQ\t366\t131 (average for a quarter)\t90\t\t\t\n");
        assertThat(r.slug()).isEqualTo("2019-09-19-cabinet-q1-2019-20");
        // The same text must give the same file, byte for byte, in every run.
        assertThat(((Map<?, ?>) r.canonical().get("council")).keySet().toString()).isEqualTo("[slug, name]");
        @SuppressWarnings("unchecked")
        var report = (Map<String, Object>) r.canonical().get("report");
        assertThat(report).containsEntry("title", "Quarter 1 Performance Report 2019/20").containsEntry("financialYear", "2019/20")
                .containsEntry("quarter", "Q1").containsEntry("endOfYear", false);
        @SuppressWarnings("unchecked")
        var plans = (List<Map<String, Object>>) r.canonical().get("plans");
        assertThat(plans.get(0)).containsEntry("key", "environment-partnerships-community-safety")
                .containsEntry("appendix", "Appendix 3").containsEntry("line", 5);
    }

    @Test
    void cyrillicLookAlikesCompoundValuesNaAndBlanks() throws IOException {
        var r = parse(HEAD + INDICATORS + "Support vulnerable people\t\t\t\t\t\t\t\n"
                + "Retain 6 Green Flags\t\u0410\t6\t6\t6\t\t\t\n"
                + "Number of Discretionary Housing Payments awards\tQ\t314 cases £64,029\t£141,262\t150 cases £27,829\tn/a\t\t\n");
        assertThat(indicator(r, 0)).containsEntry("frequency", "A").containsEntry("line", 9);
        assertThat((String) indicator(r, 0).get("note")).contains("look-alike");
        assertThat(indicator(r, 1)).containsEntry("lastYearOutturn", "314 cases £64,029").containsEntry("target", "£141,262")
                .containsEntry("values", Map.of("Q1", "150 cases £27,829", "Q2", "n/a"));
    }

    @Test
    void aValueCutOverTheQuarterColumnsIsJoinedUnderItsFirstQuarter() throws IOException {
        var r = parse(HEAD + "Work will commence shortly\n\n" + INDICATORS + "Increase housing choice\t\t\t\t\t\t\t\n"
                + "Passenger numbers\tA\tN/A\t\tWork wi\tll comm\tence shortly\t\n");
        assertThat(indicator(r, 0)).containsEntry("values", Map.of("Q1", "Work will commence shortly"));
        assertThat((String) indicator(r, 0).get("note")).contains("Spans Q1–Q3");
    }

    @Test
    void aThemeHeadingSpreadOverTheColumnsAndSubRows() throws IOException {
        var r = parse(HEAD + INDICATORS + "Create strong and diverse town centres t\to attract additi\tonal customers and\td visitors\n"
                + "Town Centre Vacancy Rates\tQ\tCannock 10.9% average\t\t12.7%\t\t\t\n"
                + "\tQ\tRugeley 4.8% average\tBelow 12%\t1.6%\t\t\t\n"
                + "Additional customers visit\n");
        assertThat(theme(r, 0)).containsEntry("name", "Create strong and diverse town centres to attract additional customers and visitors");
        assertThat(indicator(r, 0)).containsEntry("breakdown", "Cannock");
        assertThat(indicator(r, 1)).containsEntry("name", "Town Centre Vacancy Rates").containsEntry("breakdown", "Rugeley")
                .containsEntry("target", "Below 12%");
    }

    @Test
    void everyRatingSymbolFamilyAndDueMarkers() throws IOException {
        var r = parse(HEAD + PROJECTS + "Sustaining safe and secure communities\t\t\t\t\t\t\t\n"
                + "Upgrading CCTV\tAward Contract\tOne\t\t✓\tx\t\t\n"
                + "\t\tTwo\t\t√\t\u0425\t\t\n"
                + "\t\tThree\t\t1\t\t\u0445\tX\n"
                + "\t\tFour\t\t●\t\t\t\n"
                + "\t\tFive\t\t\\triangle\t\t\t\n"
                + "\t\tSix\tCannot be done\t*\t\t\t\n"
                + "\t\tSeven\t\t×\t\t\t\n"
                + "\t\tEight\t\tΔ\t\t\t\n"
                + "\t\tNine\t\t\t2020\t-21\t\n");
        assertThat(milestone(r, 0, 0)).containsEntry("ratings", Map.of("Q1", "✓")).containsEntry("due", "Q2");
        assertThat(milestone(r, 0, 1)).containsEntry("ratings", Map.of("Q1", "√")).containsEntry("due", "Q2");
        assertThat(milestone(r, 0, 2)).containsEntry("ratings", Map.of("Q1", "1")).containsEntry("due", "Q3 Q4");
        assertThat(milestone(r, 0, 3)).containsEntry("ratings", Map.of("Q1", "●"));
        assertThat(milestone(r, 0, 4)).containsEntry("ratings", Map.of("Q1", "\\triangle"));
        assertThat(milestone(r, 0, 5)).containsEntry("ratings", Map.of("Q1", "*")).containsEntry("comment", "Cannot be done");
        assertThat(milestone(r, 0, 6)).containsEntry("ratings", Map.of("Q1", "×"));
        assertThat(milestone(r, 0, 7)).containsEntry("ratings", Map.of("Q1", "Δ"));
        assertThat(milestone(r, 0, 8)).containsEntry("due", "2020-21").doesNotContainKey("ratings");
    }

    @Test
    void wrappedCellsHtmlFragmentsAndBoldHeadings() throws IOException {
        var r = parse(HEAD + PROJECTS + "<b>Promoting attractive and healthy environments</b>\t\t\t\t\t\t\t\n"
                + "<b>To provide clean streets and parks &amp; open spaces</b>\tCar Park schemes\tPermission for 2 <sup>nd</sup> year"
                + "\t<ul style=\"list-style-type: none\"> • Danilo Road\t\tx\t\t\n"
                + "and town centres\t\tDelivery of schemes –\t\t\t\tX\t\n"
                + "\t\tphase two\t\t\t\t\t\n");
        assertThat(theme(r, 0)).containsEntry("name", "Promoting attractive and healthy environments");
        @SuppressWarnings("unchecked")
        var project = ((List<Map<String, Object>>) theme(r, 0).get("projects")).get(0);
        assertThat(project).containsEntry("approach", "To provide clean streets and parks & open spaces and town centres");
        assertThat(milestone(r, 0, 0)).containsEntry("name", "Permission for 2 <sup>nd</sup> year")
                .containsEntry("comment", "<ul style=\"list-style-type: none\"> • Danilo Road").containsEntry("due", "Q2");
        assertThat(milestone(r, 0, 1)).containsEntry("name", "Delivery of schemes – phase two").containsEntry("due", "Q3");
    }

    @Test
    void whatCannotBeReadIsAWarningWithLineAndColumn() throws IOException {
        // Two ticks in one cell, but the milestone's words show no second milestone: kept as a cell.
        var r = parse(HEAD + PROJECTS + "Sustaining safe and secure communities\t\t\t\t\t\t\t\n"
                + "Raise awareness\tASB Strategy\tAgenda item and strategy\t\t✓ ✓\t\t\t\n");
        assertThat(r.warnings()).hasSize(1);
        ImportWarning w = r.warnings().get(0);
        assertThat(w.line()).isEqualTo(9);
        assertThat(w.column()).isEqualTo("Raise awareness\tASB Strategy\tAgenda item and strategy\t\t".length() + 1);
        assertThat(w.toString()).startsWith("report.txt:9:").contains("several rating symbols");
        assertThat(milestone(r, 0, 0)).containsEntry("cells", Map.of("Q1", "✓ ✓")).doesNotContainKey("ratings");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> projects(ReportTextParser.Result r) {
        return (List<Map<String, Object>>) theme(r, 0).get("projects");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> milestones(ReportTextParser.Result r, int project) {
        return (List<Map<String, Object>>) projects(r).get(project).get("milestones");
    }

    @Test
    void twoMilestonesInOneCellAreSplitWhenTheRowCarriesTwoMarksAndTheTextOnePlaceToSplit() throws IOException {
        var r = parse(HEAD + PROJECTS + "Sustaining safe and secure communities\t\t\t\t\t\t\t\n"
                + "Deliver the ASB Strategy\tRaise awareness\tAgenda Item for discussion Publish approved Strategy\t\t✓ ●\t\t\t\n"
                + "\tReview of policies\tInform targeted enforcement (Year 2) Consult on revisions to policy\t\t\tx\tx\t\n"
                + "\tCar Park schemes\tDelivery of schemes\t\t\t\tX\tX\n");
        assertThat(milestones(r, 0)).extracting(m -> m.get("name") + " " + m.get("ratings")).containsExactly(
                "Agenda Item for discussion {Q1=✓}", "Publish approved Strategy {Q1=●}");
        assertThat(milestones(r, 1)).extracting(m -> m.get("name") + " " + m.get("due")).containsExactly(
                "Inform targeted enforcement (Year 2) Q2", "Consult on revisions to policy Q3");
        assertThat(milestones(r, 0)).allSatisfy(m -> assertThat((String) m.get("note")).contains("split"));
        // Due in two quarters, and no second milestone in the words: one milestone.
        assertThat(milestones(r, 2)).extracting(m -> m.get("name") + " " + m.get("due")).containsExactly("Delivery of schemes Q3 Q4");
        assertThat(r.warnings()).extracting(ImportWarning::line).containsExactly(9, 10);
        assertThat(r.warnings().get(0).column()).isEqualTo("Deliver the ASB Strategy\tRaise awareness\t".length() + 1);
    }

    @Test
    void aKeyProjectWrappedAfterAWordThatCannotEndANameGoesOnInTheRowBelow() throws IOException {
        var r = parse(HEAD + PROJECTS + "Increase housing choice\t\t\t\t\t\t\t\n"
                + "Ensure a supply of\tProduction of the new Local Plan and associated\tPreferred Options consultation\t\t\t\tX\t\n"
                + "land for housing\tSupplementary Planning Documents\tProposed Submission consultation\t\t\tX\t\t\n"
                + "Work with partners\tWork with partners to establish retail skills academy\tCommence courses\t\t1\t\t\t\n"
                + "\tWork with partners to establish and promote an Engineering Skills Academy\tLaunch event\t\t\tX\t\t\n");
        assertThat(projects(r)).extracting(p -> p.get("name")).containsExactly(
                "Production of the new Local Plan and associated Supplementary Planning Documents",
                "Work with partners to establish retail skills academy",
                "Work with partners to establish and promote an Engineering Skills Academy");
        assertThat(milestones(r, 0)).hasSize(2);
        assertThat(projects(r).get(0)).containsEntry("approach", "Ensure a supply of land for housing");
    }

    @Test
    void aKeyProjectPrintedAtTheEndOfTheApproachCellIsSplitFromIt() throws IOException {
        var r = parse(HEAD + PROJECTS + "Sustaining safe and secure communities\t\t\t\t\t\t\t\n"
                + "We will raise awareness of safeguarding adults and children Launch `See Something Say Something Campaign`"
                + "\tSomething Say\tDevelop campaign calendar\tCarried forward to Q3\t\tx\t\t\n");
        assertThat(projects(r).get(0)).containsEntry("approach", "We will raise awareness of safeguarding adults and children")
                .containsEntry("name", "Launch `See Something Say Something Campaign`");
        assertThat((String) projects(r).get(0).get("note")).contains("\"Something Say\"");
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.problem()).contains("repeats words"));
    }

    @Test
    void rowsCarryingACellMoreThanTheHeaderAreReadRightAligned() throws IOException {
        var r = parse(HEAD + "Approach\tKey Project\tMilestone(s)\tAction required\tQ1\tQ2\tQ3\tQ4\t\n"
                + "Promoting attractive and healthy environments\t\t\t\t\t\t\t\t\n"
                + "Provide parks\tDeliver new cemetery\tAppoint Project Manager\tAppointment in Q3\t\t\t\tX\t\n"
                + "\t\tTender, evaluate and appoint contractors\t\t\t\t\t\tX\n");
        assertThat(milestones(r, 0)).extracting(m -> m.get("due")).containsExactly("Q3", "Q4");
        assertThat(r.warnings()).hasSize(1);
        ImportWarning w = r.warnings().get(0);
        assertThat(w.line()).isEqualTo(10);
        assertThat(w.column()).isEqualTo("\t\tTender, evaluate and appoint contractors\t\t\t\t\t\t".length() + 1);
        assertThat(w.problem()).contains("right-aligned");
    }

    @Test
    void indicatorRowsCarryingACellMoreThanTheHeaderAreReadRightAlignedToo() throws IOException {
        var r = parse(HEAD + INDICATORS.replace("\n", "\t\n") + "Promoting attractive and healthy environments\t\t\t\t\t\t\t\t\n"
                + "Number of fly tipping incidents\tQ\t366\t131\t\t90\t123\t\t\n"
                + "Retain 6 Green Flags\tA\t6\t6\t\t\t\t\t6\n");
        assertThat(indicator(r, 0)).containsEntry("values", Map.of("Q1", "90", "Q2", "123"));
        assertThat(indicator(r, 1)).containsEntry("values", Map.of("Q4", "6"));
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(10));
    }

    @Test
    void aRowBeyondTheHeaderThatWouldLeaveACellUnheadedIsNotShifted() throws IOException {
        var r = parse(HEAD + "Approach\tKey Project\tMilestone(s)\tAction required\tQ1\tQ2\tQ3\tQ4\t\n"
                + "Promoting attractive and healthy environments\t\t\t\t\t\t\t\t\n"
                + "Provide parks\tDeliver new cemetery\tAppoint Project Manager\t\t✓\t\t\tX\t\n"
                + "\t\tTender, evaluate and appoint contractors\t\t\t\t\t\tX\n");
        assertThat(milestones(r, 0).get(0)).containsEntry("ratings", Map.of("Q1", "✓")).containsEntry("due", "Q4");
        assertThat(milestones(r, 0).get(1)).doesNotContainKey("due");
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.problem()).contains("left out"));
    }

    @Test
    void aYearCutAtTheEdgeOfTheTableIsCompletedFromTheSameDateInTheMilestonesName() throws IOException {
        var r = parse(HEAD + PROJECTS + "Increase housing choice\t\t\t\t\t\t\t\n"
                + "Ensure a supply of land\tNew Local Plan\tAdoption September 2021\t\tS\teptemb\ter 202\t\n"
                + "\t\tExamination in Public\t\t\tMarch\t2022\t\n");
        assertThat(milestones(r, 0).get(0)).containsEntry("due", "September 2021");
        assertThat((String) milestones(r, 0).get(0).get("note")).contains("cut short");
        // Nothing in the name to complete it from: kept as printed.
        assertThat(milestones(r, 0).get(1)).containsEntry("due", "March 2022");
    }

    @Test
    void summaryCountsBeyondTheSymbolsShownWarnThatSymbolsAreProbablyLost() throws IOException {
        var r = parse(HEAD + "Overall Performance\t\t\t\t\n"
                + "✓\t\t\t\tTotal Number of Actions\n"
                + "Action completed\tWork in progress but slightly behind schedule.\tAction > 3 months / 1 Quarter behind schedule"
                + "\tAction / project cannot be completed / delivered.\t\n"
                + "2 (50%)\t1 (25%)\t1 (25%)\t0\t4\n\n"
                + PROJECTS + "Sustaining safe and secure communities\t\t\t\t\t\t\t\n"
                + "Upgrading CCTV\tAward Contract\tCameras installed\t\t✓\t\t\t\n"
                + "\t\tMaintenance contract\tDelayed by access issues\t\tx\t\t\n"
                + "\t\tProject plan\tSlipped to Q3\t\t\tx\t\n");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(7);
            assertThat(w.problem()).contains("counts 4 rated actions in Q1").contains("shows 1 rating symbol")
                    .contains("3 symbols are probably lost").contains("lines 15, 16");
        });
        // Nothing is recorded in their place.
        assertThat(milestones(r, 0)).extracting(m -> m.containsKey("ratings")).containsExactly(true, false, false);
    }

    @Test
    void aSummaryTableWithCountsAndPercentagesOnSeparateRows() throws IOException {
        var r = parse(HEAD + INDICATORS + "Theme\t\t\t\t\t\t\t\n" + "Retain 6 Green Flags\tA\t6\t6\t6\t\t\t\n\n"
                + "5.5\t\t\tProgress\tin deliverin\tg actions\t\n"
                + "\tPriority Delivery Plan\t1\t\tΔ\t×\tTotal number of actions\n"
                + "\tAction completed\tWork in progress but slightly behind schedule\tActions > 3 months / 1 Quarter behind schedule\tAction / project to be closed\t\n"
                + "\tDebris\t10\t0\t3\t1\t14\n"
                + "\tCommunity Safety\t(71.4%)\t\t(21.4%)\t(7.2%)\t\n"
                + "\tTOTAL\t20 (50%)\t11 (27.5%)\t8 (20%)\t1 (2.5%)\t40\n");
        @SuppressWarnings("unchecked")
        var summary = ((List<Map<String, Object>>) r.canonical().get("summaries")).get(0);
        assertThat(summary).containsEntry("title", "Progress in delivering actions").containsEntry("table", "Section 5.5")
                .containsEntry("period", "quarter").containsEntry("quarter", "Q1");
        @SuppressWarnings("unchecked")
        var rows = (List<Map<String, Object>>) summary.get("rows");
        assertThat(rows.get(0)).containsEntry("plan", "environment-partnerships-community-safety").containsEntry("label", "Community Safety")
                .containsEntry("counts", Map.of("completed", "10 (71.4%)", "slightly-behind", "0", "seriously-behind", "3 (21.4%)",
                        "closed", "1 (7.2%)")).containsEntry("total", "14");
        assertThat(rows.get(1)).containsEntry("plan", "total");
    }

    @Test
    void aTextThatNamesNoMeetingIsBadInputSayingWhatToGive() throws IOException {
        assertThatThrownBy(() -> parse("Improving Community Wellbeing PDP 2018-19 - Environment\n\nQuarter Four Performance\n"))
                .isInstanceOf(ReportFileException.class).hasMessageContaining("report.txt:1:")
                .hasMessageContaining("--meeting-date");
    }
}
