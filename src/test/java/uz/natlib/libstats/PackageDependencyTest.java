package uz.natlib.libstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages must read one after another: a cycle makes every package of it depend on all the
 * others. Read from the sources (imports and qualified names), which is what people change.
 */
class PackageDependencyTest {

    private static final Path ROOT = Path.of("src/main/java/uz/natlib/libstats");
    private static final Pattern REFERENCE = Pattern.compile("uz\\.natlib\\.libstats((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readTheSources() throws IOException {
        graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(PackageDependencyTest::add);
        }
    }

    @Test
    void givenTheMainPackages_whenLinkedByWhatTheyUse_thenNoCycle() {
        assertThat(graph).isNotEmpty();
        for (String start : graph.keySet()) {
            assertThat(cycleFrom(start, start, new ArrayList<>(List.of(start)), new TreeSet<>()))
                    .as("a cycle through " + start).isEmpty();
        }
    }

    @Test
    void givenTheVocabulary_whenItsUsesAreListed_thenNoOtherPackageOfTheProject() {
        assertThat(graph.get("vocabulary")).isEmpty();
    }

    private static void add(Path file) {
        String pkg = ROOT.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
        String name = pkg.isEmpty() ? "(root)" : pkg;
        Set<String> uses = graph.computeIfAbsent(name, p -> new TreeSet<>());
        try {
            Matcher m = REFERENCE.matcher(Files.readString(file));
            while (m.find()) {
                String used = m.group(1).isEmpty() ? "(root)" : m.group(1).substring(1);
                if (!used.equals(name)) {
                    uses.add(used);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<List<String>> cycleFrom(String start, String at, List<String> path, Set<String> seen) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return Optional.of(cycle);
            }
            if (seen.add(next)) {
                path.add(next);
                Optional<List<String>> found = cycleFrom(start, next, path, seen);
                if (found.isPresent()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return Optional.empty();
    }
}
