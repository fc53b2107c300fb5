package uz.natlib.libstats.tools.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The part of the README between {@code <!-- benchmark:NAME:begin -->} and
 * {@code <!-- benchmark:NAME:end -->}, replaced by what a benchmark run printed, so that the
 * README's figures are always a run's output and never typed by hand.
 */
final class ReadmeSection {

    private ReadmeSection() {
    }

    static String begin(String name) {
        return "<!-- benchmark:" + name + ":begin -->";
    }

    static String end(String name) {
        return "<!-- benchmark:" + name + ":end -->";
    }

    /** The text with the named section's content replaced; the markers stay. */
    static String replace(String text, String name, String content) {
        int begin = text.indexOf(begin(name));
        int end = text.indexOf(end(name));
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the README has no section marked " + begin(name) + " … " + end(name));
        }
        if (text.indexOf(begin(name), begin + 1) >= 0) {
            throw new IllegalArgumentException("the README marks section " + name + " twice");
        }
        String body = content.endsWith("\n") ? content : content + "\n";
        return text.substring(0, begin + begin(name).length()) + "\n" + body + text.substring(end);
    }

    static void replaceIn(Path readme, String name, String content) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Path part = readme.resolveSibling(readme.getFileName() + ".part");
        Files.writeString(part, replace(text, name, content), StandardCharsets.UTF_8);
        Files.move(part, readme, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
