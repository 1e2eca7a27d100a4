package uk.councilperformance.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
        try (NewVersion version = newVersion()) {
            files.forEach(version::put);
            return version.commit();
        }
    }

    /**
     * Starts the site's next version, to be given its files one by one (from any thread) as they are made, and then
     * committed. A council's files go to disk as soon as each is made rather than all at the end: held until then,
     * they were half of what the collector copied in a national publish. Closed without a commit, it leaves the site
     * as it was.
     */
    public NewVersion newVersion() {
        checkPublishable();
        return new NewVersion(current().filter(Files::isDirectory));
    }

    /**
     * A version of the site being written. A file with the current version's bytes is hard-linked, not written
     * again; while every file so far is such a file, nothing is made at all (they are only listed), so a publish
     * whose files are all the same as before makes no new version.
     */
    public final class NewVersion implements AutoCloseable {
        private final Optional<Path> current;
        private final Set<String> paths = ConcurrentHashMap.newKeySet();
        private final Set<Path> made = ConcurrentHashMap.newKeySet();
        private final AtomicInteger written = new AtomicInteger();
        private final AtomicInteger unchanged = new AtomicInteger();
        /** The unchanged files given before anything differed, still to be linked if something does. */
        private final List<String> sameSoFar = new ArrayList<>();
        private volatile Path staging;
        private String name;
        /** Set by a commit or a close; a renderer still running after a failure elsewhere then writes nothing more. */
        private volatile boolean finished;

        private NewVersion(Optional<Path> current) {
            this.current = current;
        }

        /** Adds a file at a path relative to the site; a path given twice is refused, as is one outside the site. */
        public void put(String path, byte[] content) {
            if (finished) {
                throw new IllegalStateException("this version of " + link + " is finished");
            }
            inside(path);
            if (!paths.add(path)) {
                throw new IllegalStateException("two files for one path in the site: " + path);
            }
            try {
                if (current.isPresent() && sameContent(current.get().resolve(path), content)) {
                    synchronized (this) {
                        if (staging == null) {
                            sameSoFar.add(path);
                            unchanged.incrementAndGet();
                            return;
                        }
                    }
                    if (link(path)) {
                        unchanged.incrementAndGet();
                        return;
                    }
                }
                Files.write(into(staged(), path), content);
                written.incrementAndGet();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot publish to " + link + ": " + e.getMessage(), e);
            }
        }

        /** Makes the version the site's own (one rename), or nothing at all if every file is the current one's. */
        public Outcome commit() {
            finished = true;
            int files = paths.size();
            if (staging == null && current.isPresent() && fileCount(current.get()) == files) {
                return new Outcome(false, files, 0, files, current.get().getFileName().toString());
            }
            try {
                Path from = staged();
                Path target = versions.resolve(name);
                Files.move(from, target, StandardCopyOption.ATOMIC_MOVE);
                staging = null;
                swapLink(target);
                removeOldVersions(target, current);
                return new Outcome(true, files, written.get(), unchanged.get(), name);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot publish to " + link + ": " + e.getMessage(), e);
            }
        }

        /**
         * Without a commit, whatever was written goes; the site stays as it was. After a failure, another core may
         * still be writing a file into the folder, so what cannot be removed now is left for the next publish, which
         * removes every version but the current and the one before it.
         */
        @Override
        public void close() {
            finished = true;
            Path left = staging;
            if (left != null) {
                staging = null;
                try {
                    deleteTree(left);
                } catch (IOException | UncheckedIOException e) {
                    // Left for the next publish (removeOldVersions); the failure that got here is what matters.
                }
            }
        }

        /** The folder being written, made (with links for the unchanged files so far) when first needed. */
        private Path staged() throws IOException {
            Path folder = staging;
            if (folder != null) {
                return folder;
            }
            synchronized (this) {
                if (staging == null) {
                    Files.createDirectories(versions);
                    name = newVersionName();
                    Path made = Files.createTempDirectory(versions, name + ".partial-");
                    staging = made;
                    for (String path : sameSoFar) {
                        if (!link(path)) {
                            Files.copy(current.orElseThrow().resolve(path), into(made, path));
                            unchanged.decrementAndGet();
                            written.incrementAndGet();
                        }
                    }
                    sameSoFar.clear();
                }
                return staging;
            }
        }

        private boolean link(String path) throws IOException {
            return tryLink(into(staging, path), current.orElseThrow().resolve(path));
        }

        /** Where a file goes in the folder, its own folders made. */
        private Path into(Path folder, String relative) throws IOException {
            Path to = safeResolve(folder, relative);
            // Added only once made: another thread may be making the same folder (making it twice does no harm).
            if (!made.contains(to.getParent())) {
                Files.createDirectories(to.getParent());
                made.add(to.getParent());
            }
            return to;
        }
    }

    private static long fileCount(Path version) {
        try (Stream<Path> walk = Files.walk(version)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** A new version's name: when it was made, to the millisecond, and a random part (two publishes may share one). */
    private static String newVersionName() {
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

    /** Refuses a path that would leave the site's folder, before anything is read or written at it. */
    private static void inside(String relative) {
        Path p = Path.of(relative).normalize();
        if (relative.isEmpty() || p.isAbsolute() || p.startsWith("..")) {
            throw new IllegalArgumentException("page path escapes the site: " + relative);
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
