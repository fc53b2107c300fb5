package uz.natlib.libstats.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param settle how long a file must have been left unchanged before it is taken: a file still
 *               being copied or saved into the inbox is left for the next run
 */
@ConfigurationProperties("libstats.inbox")
public record InboxProperties(Duration settle) {

    public InboxProperties {
        if (settle == null) {
            settle = Duration.ofSeconds(5);
        }
    }
}
