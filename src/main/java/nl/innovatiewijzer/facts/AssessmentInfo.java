package nl.innovatiewijzer.facts;

import java.time.LocalDate;

/**
 * Who filled in the facts and the date they describe (section {@code assessment}); both optional.
 * The assessment speaks for that date: the duties in force then are the ones it lists.
 */
public record AssessmentInfo(
        LocalDate date,
        @MaxLength(200) String assessedBy
) {
}
