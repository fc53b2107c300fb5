package uz.natlib.libstats.consolidation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param daysAfterQuarter a quarterly return is on time if accepted within this many days after
 *                         the quarter ends (Tashkent dates); default 10
 */
@ConfigurationProperties("libstats.returns")
public record ReturnDueProperties(Integer daysAfterQuarter) {

    public ReturnDueProperties {
        if (daysAfterQuarter == null) {
            daysAfterQuarter = 10;
        }
    }

    public List<LocalDate> dueDates(int year) {
        return List.of(1, 2, 3, 4).stream()
                .map(q -> LocalDate.of(year, 3 * q, 1).plusMonths(1).minusDays(1).plusDays(daysAfterQuarter))
                .toList();
    }
}
