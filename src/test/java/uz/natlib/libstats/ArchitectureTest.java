package uz.natlib.libstats;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Repository;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import uz.natlib.libstats.catalogue.CatalogueLoader;

/**
 * The layering README describes, checked: packages by feature without cycles, each heavy library
 * behind the few packages that need it, and the database reached only through repositories.
 */
@AnalyzeClasses(packages = "uz.natlib.libstats", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * A repository class: a Spring {@code @Repository} whose name ends with {@code Repository}.
     * Its nested classes and lambdas count as the repository itself.
     */
    static final DescribedPredicate<JavaClass> REPOSITORY = DescribedPredicate.describe(
            "repository classes (@Repository, named *Repository)", ArchitectureTest::isRepository);

    /**
     * Allowed JDBC outside repositories. Flyway's Java migrations are handed a bare Connection
     * before any Spring bean exists, and CatalogueLoader is the catalogue load they share (V4 for
     * 2021, a migration like it for each later year). The database package makes the DataSource.
     */
    static final DescribedPredicate<JavaClass> JDBC_EXCEPTIONS = DescribedPredicate.describe(
            "Flyway Java migrations, CatalogueLoader, the database package",
            c -> outermost(c).isAssignableTo(JavaMigration.class)
                    || outermost(c).isEquivalentTo(CatalogueLoader.class)
                    || c.getPackageName().equals("uz.natlib.libstats.database"));

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("uz.natlib.libstats.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule poiOnlyWhereWorkbooksAreReadOrWritten = noClasses()
            .that().resideOutsideOfPackages("uz.natlib.libstats.reading..", "uz.natlib.libstats.templates..",
                    "uz.natlib.libstats.feedback..", "uz.natlib.libstats.tools.samples..",
                    "uz.natlib.libstats.reports.workbook..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule jasperOnlyInReports = noClasses()
            .that().resideOutsideOfPackage("uz.natlib.libstats.reports..")
            .should().dependOnClassesThat().resideInAPackage("net.sf.jasperreports..");

    @ArchTest
    static final ArchRule jdbcOnlyInRepositories = noClasses()
            .that(not(REPOSITORY).and(not(JDBC_EXCEPTIONS)))
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule repositoriesAreNamedSo = noClasses()
            .that().areAnnotatedWith(Repository.class)
            .should().haveSimpleNameNotEndingWith("Repository");

    @ArchTest
    static final ArchRule vocabularyDependsOnNothingElseOfTheProject = noClasses()
            .that().resideInAPackage("uz.natlib.libstats.vocabulary..")
            .should().dependOnClassesThat(resideInAPackage("uz.natlib.libstats..")
                    .and(not(resideInAPackage("uz.natlib.libstats.vocabulary.."))));

    private static boolean isRepository(JavaClass c) {
        JavaClass top = outermost(c);
        return top.isAnnotatedWith(Repository.class) && top.getSimpleName().endsWith("Repository");
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
