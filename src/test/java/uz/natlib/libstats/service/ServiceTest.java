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
 * scheduler is stored but not started, so no schedule fires during a test unless it starts it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = {LibstatsApplication.class, ServiceConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.quartz.auto-startup=false"})
@ActiveProfiles(ServiceConfiguration.PROFILE)
@AutoConfigureMockMvc
public @interface ServiceTest {
}
