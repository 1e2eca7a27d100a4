package uk.councilperformance.importing;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.councilperformance.Cli;
import uk.councilperformance.periods.Quarter;
import uk.councilperformance.ratings.RatingSchemeFile;
import uk.councilperformance.ratings.RatingSchemes;
import uk.councilperformance.reports.ReportFile;
import uk.councilperformance.reports.ReportFileException;
import uk.councilperformance.reports.ReportFileReader;

/** `cpt import`: a new quarterly report, from its published text or an officer-corrected report file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a council report: its published text (data/sources/*.txt form) or a canonical report file (.yaml).",
                "The text is read into data/reports/<slug>.yaml and stored in the database in one transaction.",
                "--dry-run shows what would be added, changed and revised, and the warnings, and changes nothing.",
                "A mistake is reported as file:line:column: problem, and nothing is changed (exit code 2)."})
public class ImportCommand implements Callable<Integer> {

    /**
     * Applications already running on a database, by its path: an import into one stores through it instead of
     * starting its own. Only a test importing thousands of texts registers one (starting one per import is slow).
     */
    static final java.util.Map<Path, ConfigurableApplicationContext> RUNNING = new java.util.concurrent.ConcurrentHashMap<>();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT", description = "the report text (.txt) or a canonical report file (.yaml)")
    Path input;

    @Option(names = "--dry-run", description = "show what would change, change nothing")
    boolean dryRun;

    @Option(names = "--replace", description = "overwrite a report file that was checked by hand (transcription method hand)")
    boolean replace;

    @Option(names = "--data", description = "the data folder (default: ${DEFAULT-VALUE})", defaultValue = "data")
    Path data;

    @Option(names = "--database", description = "SQLite database file (default: ${DEFAULT-VALUE})",
            defaultValue = "var/council-performance.db")
    Path database;

    @Option(names = "--meeting-body", description = "the meeting the report went to, when the text does not say (e.g. \"Community Scrutiny Committee\")")
    String meetingBody;

    @Option(names = "--meeting-date", description = "the meeting's date, YYYY-MM-DD, when the text does not say")
    LocalDate meetingDate;

    @Option(names = "--item", description = "the agenda item, when the text does not say")
    String item;

    @Option(names = "--quarter", description = "the quarter the report is as at (Q1..Q4), when the text does not say")
    String quarter;

    @Option(names = "--council-slug", description = "the council (default: the council of the reports already in the data folder)")
    String councilSlug;

    @Option(names = "--council-name", description = "the council's name, with --council-slug")
    String councilName;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = data.toAbsolutePath().normalize();
        Path schemesFile = dataDir.resolve("rating-schemes.yaml");
        if (!Files.isRegularFile(input)) {
            throw new ReportFileException(input.toString(), 0, 0, "", "no such file");
        }
        if (!Files.isRegularFile(schemesFile)) {
            throw new ReportFileException(schemesFile.toString(), 0, 0, "", "is missing: is --data the data folder?");
        }
        RatingSchemes schemes = RatingSchemeFile.read(schemesFile, display(dataDir, schemesFile));
        err.println("Reading " + input + " ...");
        Path staging = Files.createTempDirectory("cpt-import");
        try {
            Prepared prepared = isReportFile(input) ? fromReportFile(dataDir, schemes) : fromText(dataDir, schemes, staging, err);
            return finish(prepared, dataDir, schemes, out, err);
        } finally {
            deleteTree(staging);
        }
    }

    /** The report file to store, the source text it needs, and what reading produced. */
    private record Prepared(ReportFile file, byte[] yaml, Path sourceText, String sourceFile, List<ImportWarning> warnings) {
    }

    private static boolean isReportFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private Prepared fromReportFile(Path dataDir, RatingSchemes schemes) throws IOException {
        Dataset.Entry entry = Dataset.readOne(dataDir, schemes, input);
        ReportFile file = entry.file();
        return new Prepared(file, Files.readAllBytes(input), dataDir.resolve(file.report().sourceFile()),
                file.report().sourceFile(), List.of());
    }

    private Prepared fromText(Path dataDir, RatingSchemes schemes, Path staging, PrintWriter err) throws IOException {
        Path text = input.toAbsolutePath().normalize();
        String sourceFile = "sources/" + text.getFileName();
        Path inData = dataDir.resolve(sourceFile);
        if (!text.equals(inData) && Files.exists(inData) && !Arrays.equals(Files.readAllBytes(inData), Files.readAllBytes(text))) {
            throw new ReportFileException(input.toString(), 0, 0, "", "a different text of the same name is already in "
                    + display(dataDir, inData) + "; rename the new text");
        }
        ImportHints hints = hints(dataDir, schemes);
        ReportTextParser.Result result = ReportTextParser.parse(text, sourceFile, display(dataDir, text), hints);
        err.println("Checking the report file ...");
        Files.createDirectories(staging.resolve("sources"));
        Files.createDirectories(staging.resolve("reports"));
        Files.copy(text, staging.resolve(sourceFile));
        String title = String.valueOf(((java.util.Map<?, ?>) result.canonical().get("report")).get("title"));
        byte[] yaml = CanonicalYamlWriter.write(result.canonical(), List.of(
                title + " — canonical form of data/" + sourceFile + ", read by the report-text importer",
                "Contains public sector information licensed under the Open Government Licence v3.0."))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path staged = staging.resolve("reports").resolve(result.slug() + ".yaml");
        Files.write(staged, yaml);
        ReportFile file = new ReportFileReader(schemes, staging).read(staged, "data/reports/" + result.slug() + ".yaml");
        return new Prepared(file, yaml, text, sourceFile, result.warnings());
    }

    private ImportHints hints(Path dataDir, RatingSchemes schemes) {
        ImportHints hints = ImportHints.none();
        if (councilSlug != null) {
            hints = hints.withCouncil(councilSlug, councilName != null ? councilName : councilSlug);
        } else {
            TreeSet<String> councils = new TreeSet<>();
            String name = null;
            for (Dataset.Entry e : Dataset.read(dataDir).reports()) {
                councils.add(e.file().council().slug());
                name = e.file().council().name();
            }
            if (councils.size() == 1) {
                hints = hints.withCouncil(councils.first(), name);
            }
        }
        hints = hints.withMeeting(meetingBody, meetingDate, item);
        if (quarter != null) {
            Quarter q = Quarter.parse(quarter).orElseThrow(() -> new ReportFileException("--quarter", 0, 0, "", "expected Q1 to Q4, not \"" + quarter + "\""));
            hints = new ImportHints(hints.councilSlug(), hints.councilName(), hints.meetingBody(), hints.meetingDate(), hints.item(), Optional.of(q));
        }
        return hints;
    }

    private int finish(Prepared p, Path dataDir, RatingSchemes schemes, PrintWriter out, PrintWriter err) throws Exception {
        String slug = p.file().report().slug();
        Path target = dataDir.resolve("reports").resolve(slug + ".yaml");
        boolean sameFile = Files.exists(target) && target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
        out.println("Report " + slug + ": " + p.file().report().title() + " (" + p.file().report().meeting().body() + ", "
                + p.file().report().meeting().date() + ")");
        Optional<ReportFile> existing = Optional.empty();
        if (Files.exists(target)) {
            existing = Optional.of(new ReportFileReader(schemes, dataDir).read(target, display(dataDir, target)));
        }
        if (existing.isPresent() && !sameFile) {
            List<ReportDifference> changes = ReportComparison.compare(existing.get(), p.file());
            out.println(changes.isEmpty() ? "Changed: nothing (the figures are as in " + display(dataDir, target) + ")."
                    : "Changed compared with " + display(dataDir, target) + " (" + changes.size() + "):");
            changes.forEach(d -> out.println("  ~ " + d.path() + ": \"" + d.expected() + "\" -> \"" + d.actual() + "\""));
        } else if (existing.isEmpty()) {
            out.println("Added: " + counts(p.file()));
        }
        // What an officer's edit of the stored report would change where it counts: in the database.
        Optional<List<StoredFigures.Change>> stored = StoredFigures.changes(database, p.file());
        if (stored.isPresent()) {
            List<StoredFigures.Change> changes = stored.get();
            out.println(changes.isEmpty() ? "In the database: no figure or rating of this report would change."
                    : "In the database, " + changes.size() + " figure(s) or rating(s) of this report would change:");
            changes.forEach(c -> out.println("  ~ " + c));
        }
        List<StoredFigures.Revision> revisions = StoredFigures.revisions(database, p.file());
        out.println(revisions.isEmpty() ? "Revised: none (no figure stored from an earlier report is printed differently)."
                : "Revised: " + revisions.size() + " figure(s) stored from an earlier report are printed differently now:");
        revisions.forEach(r -> out.println("  ! " + r));
        out.println(p.warnings().isEmpty() ? "Warnings: none." : "Warnings (" + p.warnings().size() + "), check these in the published report:");
        p.warnings().forEach(w -> out.println("  " + w));
        if (existing.isPresent() && !replace && !sameFile && !Arrays.equals(Files.readAllBytes(target), p.yaml())) {
            // An officer's corrections live in that file; a new reading must not silently undo them.
            err.println("error: " + display(dataDir, target) + (existing.get().report().transcriptionMethod().equals("hand")
                    ? " was checked by hand (transcription method: hand)" : " differs from this reading (corrected by an officer?)")
                    + "; importing would overwrite it. Correct that file and import it instead, or give --replace to overwrite it.");
            err.println("Nothing was changed.");
            return Cli.BAD_INPUT;
        }
        if (dryRun) {
            out.println("Dry run: nothing was changed.");
            return 0;
        }
        err.println("Storing in " + database + " (one transaction) ...");
        Path source = dataDir.resolve(p.sourceFile());
        byte[] before = Files.exists(target) ? Files.readAllBytes(target) : null;
        boolean copySource = !Files.exists(source);
        if (copySource) {
            Files.createDirectories(source.getParent());
            Files.copy(p.sourceText(), source);
        }
        if (!sameFile && (before == null || !Arrays.equals(before, p.yaml()))) {
            writeAtomically(target, p.yaml());
        }
        ConfigurableApplicationContext running = RUNNING.get(database.toAbsolutePath().normalize());
        try (ConfigurableApplicationContext context = running != null ? null : DbCommand.context(database)) {
            Dataset.Entry entry = Dataset.readOne(dataDir, schemes, target);
            ReportStore.Outcome outcome = (running != null ? running : context).getBean(DatasetLoader.class).load(schemes, entry);
            out.println(switch (outcome) {
                case UNCHANGED -> "Nothing changed: " + slug + " is already stored exactly as this.";
                case ADDED -> "Stored: " + slug + " added to " + database + " from " + display(dataDir, target) + ".";
                case REPLACED -> "Stored: " + slug + " replaced in " + database + " from " + display(dataDir, target) + ".";
            });
        } catch (RuntimeException e) {
            // The database is as it was (one transaction); put the files back as they were too.
            if (before != null) {
                writeAtomically(target, before);
            } else if (!sameFile) {
                Files.deleteIfExists(target);
            }
            if (copySource) {
                Files.deleteIfExists(source);
            }
            throw e;
        }
        return 0;
    }

    private static String counts(ReportFile f) {
        int themes = 0, indicators = 0, figures = 0, projects = 0, milestones = 0, ratings = 0, summaries = f.summaries().size();
        for (ReportFile.Plan p : f.plans()) {
            summaries += p.summaries().size();
            for (ReportFile.Theme t : p.themes()) {
                themes++;
                for (ReportFile.Indicator i : t.indicators()) {
                    indicators++;
                    figures += i.values().size() + (i.target().isPresent() ? 1 : 0) + (i.lastYearOutturn().isPresent() ? 1 : 0)
                            + (i.total().isPresent() ? 1 : 0);
                }
                for (ReportFile.Project pr : t.projects()) {
                    projects++;
                    for (ReportFile.Milestone m : pr.milestones()) {
                        milestones++;
                        ratings += m.ratings().size();
                    }
                }
            }
        }
        return String.format("%d plans, %d themes, %d indicators (%d figures), %d projects, %d milestones (%d ratings), %d summary tables.",
                f.plans().size(), themes, indicators, figures, projects, milestones, ratings, summaries);
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".import-", ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String display(Path dir, Path file) {
        Path base = dir.getParent() == null ? dir : dir.getParent();
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(base) ? base.relativize(f).toString() : file.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
