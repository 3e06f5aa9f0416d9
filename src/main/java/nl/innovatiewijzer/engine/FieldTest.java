package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule's condition asks of one field, as the knowledge check reads it: a comparison with
 * a value, the size of a list, whether a list is empty or holds a value, and these negated or as
 * alternatives. It says whether a value passes, with Drools' treatment of unknown values (an
 * unknown value is smaller, larger and equal to nothing but null), and which values are worth
 * trying first: those the rule names.
 */
sealed interface FieldTest {

    boolean passes(Object value);

    /** The values the rule names here, with their neighbours for numbers. */
    List<Object> hints();

    /** {@code field op value}, for {@code ==, !=, <, <=, >, >=, contains}. */
    record Compare(String operator, Object literal) implements FieldTest {

        @Override
        public boolean passes(Object value) {
            return switch (operator) {
                case "==" -> same(value, literal);
                case "!=" -> !same(value, literal);
                case "contains" -> value instanceof List<?> list && list.contains(literal);
                default -> value != null && literal != null && order(value, literal) != null
                        && switch (operator) {
                            case "<" -> order(value, literal) < 0;
                            case "<=" -> order(value, literal) <= 0;
                            case ">" -> order(value, literal) > 0;
                            case ">=" -> order(value, literal) >= 0;
                            default -> false;
                        };
            };
        }

        @Override
        public List<Object> hints() {
            List<Object> hints = new ArrayList<>();
            if (literal instanceof Number number) {
                double n = number.doubleValue();
                for (double near : new double[] {n, n - 1, n + 1}) {
                    hints.add(near);
                }
            } else if (literal != null) {
                hints.add(literal);
            }
            return hints;
        }

        private static boolean same(Object value, Object literal) {
            if (value instanceof Number a && literal instanceof Number b) {
                return a.doubleValue() == b.doubleValue();
            }
            return value == null ? literal == null : value.equals(literal);
        }

        private static Integer order(Object value, Object literal) {
            if (value instanceof Number a && literal instanceof Number b) {
                return Double.compare(a.doubleValue(), b.doubleValue());
            }
            if (value instanceof String a && literal instanceof String b) {
                return a.compareTo(b);
            }
            return null;
        }
    }

    /** {@code list.size() op n}: an unknown list has no size. */
    record Size(String operator, int size) implements FieldTest {

        @Override
        public boolean passes(Object value) {
            return value instanceof List<?> list && new Compare(operator, size).passes(list.size());
        }

        @Override
        public List<Object> hints() {
            return List.of();
        }
    }

    /** {@code list.isEmpty()} or {@code !list.isEmpty()}: an unknown list is neither. */
    record Empty(boolean empty) implements FieldTest {

        @Override
        public boolean passes(Object value) {
            return value instanceof List<?> list && list.isEmpty() == empty;
        }

        @Override
        public List<Object> hints() {
            return List.of();
        }
    }

    /** The opposite of a test, as {@code not Fact( ... )} asks it. */
    record Not(FieldTest test) implements FieldTest {

        @Override
        public boolean passes(Object value) {
            return !test.passes(value);
        }

        @Override
        public List<Object> hints() {
            return test.hints();
        }
    }

    /** One of several tests on the same field, as {@code field in (A, B)} asks it. */
    record AnyOf(List<FieldTest> tests) implements FieldTest {

        @Override
        public boolean passes(Object value) {
            return tests.stream().anyMatch(test -> test.passes(value));
        }

        @Override
        public List<Object> hints() {
            List<Object> hints = new ArrayList<>();
            tests.forEach(test -> hints.addAll(test.hints()));
            return hints;
        }
    }
}
