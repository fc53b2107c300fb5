package uz.natlib.libstats.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uz.natlib.libstats.validation.Returns.earlier;
import static uz.natlib.libstats.validation.Returns.plan;
import static uz.natlib.libstats.validation.Returns.quarter;
import static uz.natlib.libstats.validation.Returns.value;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import uz.natlib.libstats.vocabulary.Finding;
import uz.natlib.libstats.vocabulary.RuleId;
import uz.natlib.libstats.vocabulary.Severity;

class ValidatorTest {

    private static final List<String> RULE_NAMES = List.of("CopiesNotFewerThanTitles", "FractionalCount", "LooksCumulative",
            "NegativeValue", "OfWhichAddsUpToTotal", "OfWhichNotAboveTotal", "OutsideOwnHistory", "StockJump");

    private final Validator validator = new Validator(List.of(new StockJump(), new OutsideOwnHistory(),
            new LooksCumulative(), new NegativeValue(), new FractionalCount(), new CopiesNotFewerThanTitles(),
            new OfWhichNotAboveTotal(), new OfWhichAddsUpToTotal()));

    private static final History COLLECTION_IN_Q1 = earlier().figure("2021Q1", "1.1", "copies", "2000").history();

    @Test
    void givenAFileWithProblemsOfSeveralRules_whenValidated_thenAllOfThemAtOnceErrorsFirst() {
        List<Finding> findings = validator.validate(quarter(2,
                value("1.1", "copies", "5000", "H12"),
                value("1.3", "titles", "15", "F20"), value("1.3", "copies", "12.5", "H20"),
                value("5.1", "visits", "-3", "F50")), COLLECTION_IN_Q1);

        assertThat(findings).extracting(Finding::severity, Finding::rule, Finding::cell).containsExactlyInAnyOrder(
                tuple(Severity.WARNING, RuleId.STOCK_JUMP, "H12"),
                tuple(Severity.ERROR, RuleId.FRACTIONAL_COUNT, "H20"),
                tuple(Severity.ERROR, RuleId.COPIES_NOT_FEWER_THAN_TITLES, "H20"),
                tuple(Severity.ERROR, RuleId.NEGATIVE_VALUE, "F50"));
        assertThat(findings).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.WARNING);
    }

    @Test
    void givenACleanReturn_whenValidated_thenNoFinding() {
        assertThat(validator.validate(quarter(2, value("1.1", "copies", "2100", "H12"),
                value("1.3", "titles", "15", "F20"), value("1.3", "copies", "30", "H20")), COLLECTION_IN_Q1)).isEmpty();
    }

    @Test
    void givenAPlanWithTheSameFigures_whenValidated_thenOnlyTheFilesOwnProblemsNotHistory() {
        List<Finding> findings = validator.validate(plan(value("1.1", "copies", "5000", "H12"),
                value("5.1", "visits", "-3", "F50")), COLLECTION_IN_Q1);

        assertThat(findings).extracting(Finding::rule).containsExactly(RuleId.NEGATIVE_VALUE);
    }

    @Test
    void givenNoHistory_whenValidated_thenTheHistoryRulesFindNothingAndNothingFails() {
        assertThat(validator.validate(quarter(3, value("1.1", "copies", "5000", "H12")), null)).isEmpty();
    }

    @Test
    void givenTheValidationPackageScannedBySpring_whenTheValidatorIsCreated_thenItRunsEveryRule() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
                "uz.natlib.libstats.validation")) {
            List<ValidationRule> rules = context.getBean(Validator.class).rules();

            assertThat(rules).extracting(r -> r.getClass().getSimpleName()).containsExactlyInAnyOrderElementsOf(RULE_NAMES);
        }
    }
}
