package uz.natlib.libstats.reading;

import java.util.List;

import uz.natlib.libstats.vocabulary.Finding;

/**
 * Everything read from one file, uninterpreted.
 *
 * @param format   {@code xlsx}, {@code xls} or {@code csv}
 * @param findings problems met while reading (rows that make no sense, a missing table)
 */
public record RawReturn(String fileName, String format, Identification identification, List<RawValue> values,
                        List<RawStatus> statuses, List<Finding> findings) {

    public RawReturn {
        values = List.copyOf(values);
        statuses = List.copyOf(statuses);
        findings = List.copyOf(findings);
    }
}
