package uz.natlib.libstats.batch;

import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry {@code JobOperator.restart} looks jobs up in. Without a bean of our own, Batch fills
 * its default registry when the operator is created, which happens while the pipeline's job steps
 * (which need the operator) are being built: the pipeline itself would be missing, and could
 * never be restarted. This one registers every job once all singletons exist.
 */
@Configuration(proxyBeanMethods = false)
class JobRegistryConfiguration {

    @Bean
    JobRegistry jobRegistry() {
        return new MapJobRegistry();
    }
}
