package uk.councilperformance.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * The published site folder, replaced atomically. {@code site} is a symbolic link to a complete version in
 * {@code site.versions/}; a new version is built beside it and the link is swapped in one rename, so a
 * reader (or an interrupted build) only ever sees the old site or the new one. Files identical to the
 * current version are hard-linked, not rewritten; identical content makes no new version at all.
 */
public class SiteFolder {

    /** What publishing wrote. */
    public record Outcome(boolean changed, int files, int written, int unchanged, String version) {
    }

    /** What the current version was built from (its build key) and its build summary's figures. */
    public record Built(String version, String key, int pages, int files, long htmlBytes, String heaviestPage,
                        int heaviestBytes) {
    }

    private final Path link;
    private final Path versions;
    private final Path built;

    public SiteFolder(Path site) {
        this.link = site.toAbsolutePath().normalize();
        this.versions = link.resolveSibling(link.getFileName() + ".versions");
        this.built = link.resolveSibling(link.getFileName() + ".built");
    }

    /** The record of how the current version was built, if it is the version the site shows now. */
    public Optional<Built> built() {
        Optional<Path> current = current();
        if (current.isEmpty() || !Files.isDirectory(current.get()) || !Files.isRegularFile(built)) {
            return Optional.empty();
        }
        try {
            java.util.Properties p = new java.util.Properties();
            try (var in = Files.newBufferedReader(built, java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(in);
            }
            if (!current.get().getFileName().toString().equals(p.getProperty("version"))) {
                return Optional.empty();
            }
            return Optional.of(new Built(p.getProperty("version"), p.getProperty("key"), Integer.parseInt(p.getProperty("pages")),
                    Integer.parseInt(p.getProperty("files")), Long.parseLong(p.getProperty("htmlBytes")),
                    p.getProperty("heaviestPage"), Integer.parseInt(p.getProperty("heaviestBytes"))));
        } catch (IOException | RuntimeException e) {
            // An unreadable record only means the next publish renders everything again.
            return Optional.empty();
        }
    }

    /** Records how the current version was built; written after the version is in place, replaced atomically. */
    public void recordBuilt(Built record) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("version", record.version());
        p.setProperty("key", record.key());
        p.setProperty("pages", Integer.toString(record.pages()));
        p.setProperty("files", Integer.toString(record.files()));
        p.setProperty("htmlBytes", Long.toString(record.htmlBytes()));
        p.setProperty("heaviestPage", record.heaviestPage());
        p.setProperty("heaviestBytes", Integer.toString(record.heaviestBytes()));
        try {
            Path next = built.resolveSibling("." + built.getFileName() + ".next");
            try (var out = Files.newBufferedWriter(next, java.nio.charset.StandardCharsets.UTF_8)) {
                p.store(out, "How the site's current version was built (cpt publish)");
            }
            Files.move(next, built, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the build of " + link + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return link;
    }

    public Optional<Path> current() {
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        try {
            return Optional.of(link.resolveSibling(Files.readSymbolicLink(link)).normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Publishes files as the site's new version; if they are exactly the current version's files, nothing is made.
     * Files already in the current version are compared byte for byte, not by a digest of the whole site: hashing a
     * national site's 175 MB took a tenth of the main thread's samples in a profile of its publish.
     */
    public Outcome publish(SortedMap<String, byte[]> files) {
        Optional<Path> current = current().filter(Files::isDirectory);
        java.util.Set<String> same = current.map(c -> sameFiles(c, files)).orElse(java.util.Set.of());
        if (current.isPresent() && same.size() == files.size() && fileCount(current.get()) == files.size()) {
            return new Outcome(false, files.size(), 0, files.size(), current.get().getFileName().toString());
        }
        checkPublishable();
        try {
            Files.createDirectories(versions);
            String version = newVersion();
            Path target = versions.resolve(version);
            Path staging = Files.createTempDirectory(versions, version + ".partial-");
            int written = 0;
            int unchanged = 0;
            java.util.Set<Path> made = new java.util.HashSet<>();
            for (var file : files.entrySet()) {
                Path to = safeResolve(staging, file.getKey());
                if (made.add(to.getParent())) {
                    Files.createDirectories(to.getParent());
                }
                if (same.contains(file.getKey()) && tryLink(to, current.get().resolve(file.getKey()))) {
                    unchanged++;
                } else {
                    Files.write(to, file.getValue());
                    written++;
                }
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            swapLink(target);
            removeOldVersions(target, current);
            return new Outcome(true, files.size(), written, unchanged, version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish to " + link + ": " + e.getMessage(), e);
        }
    }

    /** The paths of files whose bytes the current version already has. */
    private static java.util.Set<String> sameFiles(Path current, SortedMap<String, byte[]> files) {
        java.util.Set<String> same = new java.util.HashSet<>();
        files.forEach((path, content) -> {
            if (sameContent(current.resolve(path), content)) {
                same.add(path);
            }
        });
        return same;
    }

    private static long fileCount(Path version) {
        try (Stream<Path> walk = Files.walk(version)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** A new version's name: when it was made, to the millisecond, and a random part (two publishes may share one). */
    private static String newVersion() {
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
                .format(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
        return "v-" + when + "-" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 16);
    }

    private void swapLink(Path target) throws IOException {
        Path next = link.resolveSibling("." + link.getFileName() + ".next");
        Files.deleteIfExists(next);
        Files.createSymbolicLink(next, link.getParent().relativize(target));
        try {
            Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("this file system cannot replace the site atomically", e);
        }
    }

    private void checkPublishable() {
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            try (Stream<Path> entries = Files.list(link)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(link + " exists and is not a site published by this tool; "
                            + "choose another --out or remove it");
                }
                Files.delete(link);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Keeps the new version and the one before it (a reader may still be inside it); older ones go. */
    private void removeOldVersions(Path keep, Optional<Path> previous) throws IOException {
        try (Stream<Path> all = Files.list(versions)) {
            for (Path p : all.toList()) {
                if (!p.equals(keep) && !previous.map(p::equals).orElse(false)) {
                    deleteTree(p);
                }
            }
        }
    }

    private static boolean tryLink(Path to, Path existing) {
        try {
            Files.createLink(to, existing);
            return true;
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameContent(Path path, byte[] content) {
        try {
            return Files.isRegularFile(path) && Files.size(path) == content.length
                    && Arrays.equals(Files.readAllBytes(path), content);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path safeResolve(Path root, String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("page path escapes the site: " + relative);
        }
        return p;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Every file of a site folder (following the link to its current version), by relative path. */
    static List<String> list(Path dir) throws IOException {
        Path real = dir.toRealPath();
        try (Stream<Path> walk = Files.walk(real)) {
            return walk.filter(Files::isRegularFile).map(p -> real.relativize(p).toString()).sorted().toList();
        }
    }
}
