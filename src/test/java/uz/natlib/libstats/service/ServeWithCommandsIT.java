package uz.natlib.libstats.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/serve} on the default embedded database, and the other commands on the same data
 * folder while it runs: they share its PostgreSQL server (whose port its pid file names) instead
 * of refusing because the server is taken, and take turns with its runs. Against the packaged jar.
 */
class ServeWithCommandsIT {

    private static final Pattern SERVING = Pattern.compile("serving on http://localhost:(\\d+)/");

    @TempDir
    Path home;

    @Test
    void whileTheServiceRuns_commandsOnItsDataFolderShareItsDatabase() throws Exception {
        Process service = libstats(List.of("serve"), "serve.log", "LIBSTATS_ADMIN_PASSWORD", "a long admin password");
        try {
            int port = awaitPort(service, home.resolveSibling("serve.log"));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            Process run = libstats(List.of("run", Path.of("sample-input", "1706-buxoro-viloyati").toAbsolutePath().toString(),
                    "--script", "latn", "--format", "csv"), "run.log");
            assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String runLog = Files.readString(home.resolveSibling("run.log"));
            assertThat(run.exitValue()).as(runLog).isZero();
            assertThat(runLog).contains("Using the embedded PostgreSQL of the process running on");

            Process users = libstats(List.of("users", "list"), "users.log");
            assertThat(users.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(users.exitValue()).isZero();
            assertThat(Files.readString(home.resolveSibling("users.log"))).contains("admin\tadmin");

            // The service sees what the command loaded: same database.
            HttpResponse<String> reports = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/reports?year=2021&format=csv"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString("admin:a long admin password".getBytes()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reports.statusCode()).isEqualTo(200);
            assertThat(reports.body()).contains("2021Q1");
        } finally {
            service.destroy();
            assertThat(service.waitFor(1, TimeUnit.MINUTES)).as("the service stops on SIGTERM").isTrue();
        }
        try (Stream<Path> work = Files.list(home.resolve("work"))) {
            assertThat(work).isEmpty();
        }
    }

    private int awaitPort(Process service, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service started: " + Files.readString(log)).isTrue();
            Matcher serving = SERVING.matcher(Files.readString(log));
            if (serving.find()) {
                return Integer.parseInt(serving.group(1));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not start: " + Files.readString(log));
    }

    private Process libstats(List<String> command, String log, String... environment) throws IOException {
        String jar = System.getProperty("libstats.jar", "target/libstats.jar");
        List<String> line = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Dlibstats.inbox.settle=0s", "-jar", jar));
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().put("LIBSTATS_HOME", home.toString());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().put("SERVER_PORT", "0");
        for (int i = 0; i + 1 < environment.length; i += 2) {
            builder.environment().put(environment[i], environment[i + 1]);
        }
        builder.redirectErrorStream(true);
        builder.redirectOutput(home.resolveSibling(log).toFile());
        return builder.start();
    }
}
