package uz.natlib.libstats.service;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.database.EmbeddedDatabase;

/** {@code jobs/serve}: the long-running service, until it is stopped (Ctrl-C, SIGTERM). */
@Component
public class ServeCommand implements CommandHandler<ServeCommand.Arguments>, ApplicationListener<ContextClosedEvent> {

    @Command(name = "serve", description = """
            Run the service: the web page and API on port 8080 (SERVER_PORT), and the schedules.

            The inbox is ingested every 5 minutes; at 02:00 (Asia/Tashkent) every year whose
            data changed is consolidated and its reports are made again (LIBSTATS_SCHEDULE_INBOX,
            LIBSTATS_SCHEDULE_NIGHTLY: Quartz cron expressions). Several instances may share one
            database and inbox: each job runs on one of them at a time.
            The first administrator is 'admin': its password is LIBSTATS_ADMIN_PASSWORD, or one
            generated and printed at the first start. While it runs, the other jobs/ commands
            share its database and take turns with its runs.
            """)
    public static final class Arguments {
    }

    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final WebServerApplicationContext context;
    private final CountDownLatch closed = new CountDownLatch(1);

    ServeCommand(ObjectProvider<EmbeddedDatabase> embedded, WebServerApplicationContext context) {
        this.embedded = embedded;
        this.context = context;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) throws InterruptedException {
        EmbeddedDatabase database = embedded.getIfAvailable();
        if (database != null && database.borrowed()) {
            System.err.println("libstats serve: another libstats process is using the embedded database of this data"
                    + " folder; start the service when it has finished (it must own its database).");
            return 1;
        }
        out.printf("libstats is serving on http://localhost:%d/ (stop with Ctrl-C)%n", context.getWebServer().getPort());
        out.flush();
        closed.await();
        return 0;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closed.countDown();
    }
}
