package nl.innovatiewijzer.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The inclusive range the contract allows for a number in a facts file. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Bounds {
    /** The smallest allowed value. */
    double min();

    /** The largest allowed value. */
    double max() default Double.MAX_VALUE;
}
