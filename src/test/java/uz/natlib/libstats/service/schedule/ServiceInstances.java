package uz.natlib.libstats.service.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import uz.natlib.libstats.LibstatsApplication;
import uz.natlib.libstats.database.EmbeddedDatabase;

/**
 * Instances of the service as {@code jobs/serve} starts them, each its own application context,
 * all on one database and one data folder of their own: a fresh database in the test run's
 * embedded PostgreSQL, so that what they do is theirs alone (Quartz's tables included).
 */
final class ServiceInstances implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final String url;
    private final Path home;
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    ServiceInstances(Path home) throws SQLException, IOException {
        EmbeddedDatabase server = EmbeddedDatabase.shared(null);
        String name = "service_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        this.url = "jdbc:postgresql://localhost:" + server.port() + "/" + name + "?user=postgres";
        this.home = Files.createDirectories(home);
    }

    /** Starts one more instance with these extra settings ({@code name=value}). */
    ConfigurableApplicationContext start(String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--libstats.home=" + home,
                "--server.port=0",
                "--libstats.reports.warm-up=false",
                // Closing an instance waits for its running job, so the test's folder is not written into while removed.
                "--spring.quartz.wait-for-jobs-to-complete-on-shutdown=true"));
        for (String setting : settings) {
            args.add("--" + setting);
        }
        ConfigurableApplicationContext context = LibstatsApplication.startService(args.toArray(String[]::new));
        running.add(context);
        return context;
    }

    JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
    }

    Path home() {
        return home;
    }

    @Override
    public void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }
}
