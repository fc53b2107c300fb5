package uz.natlib.libstats.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import uz.natlib.libstats.LibstatsApplication;

/**
 * A test of the service (pages, API, schedules) on the shared test database: the whole
 * application as {@code jobs/serve} starts it, on a random port, with MockMvc at hand. The
 * scheduler is stored but not started; a test may start it for the jobs it starts by hand (an upload),
 * and no schedule fires during the test run (they are set to 2099).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = {LibstatsApplication.class, ServiceConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.quartz.auto-startup=false",
                // A test that starts the scheduler gets the jobs it starts by hand, never a schedule's.
                "libstats.schedule.inbox=0 0 3 1 1 ? 2099", "libstats.schedule.nightly=0 0 4 1 1 ? 2099",
                // An upload's verdict comes in a second or two; the test of one that does not waits less.
                "libstats.upload.wait=PT10S"})
@ActiveProfiles(ServiceConfiguration.PROFILE)
@AutoConfigureMockMvc
public @interface ServiceTest {
}
