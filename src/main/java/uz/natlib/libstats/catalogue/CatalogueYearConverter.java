package uz.natlib.libstats.catalogue;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import uz.natlib.libstats.cli.Converters;

/** A year whose indicator catalogue ships with the application ({@code catalogue/<year>.csv}). */
public final class CatalogueYearConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int year = new Converters.Year().convert(value);
        if (!CatalogueFiles.exists(year)) {
            throw new TypeConversionException("no catalogue for " + year + "; catalogues exist for "
                    + CatalogueFiles.years());
        }
        return year;
    }
}
