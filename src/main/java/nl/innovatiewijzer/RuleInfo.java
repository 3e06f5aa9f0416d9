package nl.innovatiewijzer;

/**
 * A rule as an adviser wrote it: its name, where it is, the metadata that ties it to a factor and
 * to the texts it uses, and what it gives when it fires. A value that is not given is null.
 *
 * @param name        the rule's name, a sentence
 * @param file        the file as shown to users, e.g. {@code rules/f4-short-cycles.drl}
 * @param line        the line the rule starts at
 * @param factor      {@code @factor}: F1 .. F9
 * @param finding     {@code @finding}: the finding a status rule reports
 * @param action      {@code @action}: the action a recommendation rule recommends
 * @param missing     {@code @missing}: the field path a missing-fact rule asks for
 * @param obligation  {@code @obligation}: the obligation a duty rule decides
 * @param status      the status a status rule rates its factor with ({@code advice.rate(Status.RISK)})
 * @param priority    the priority a recommendation rule recommends with ({@code advice.recommend(Priority.HIGH, ...)})
 * @param state       the state a duty rule gives its obligation ({@code advice.oblige(ObligationState.TODO, ...)})
 * @param description the comment written right above the rule, its lines joined: why the rule is
 *                    there, in the adviser's words; empty when there is none
 * @param step        {@code @step}: the id of the reason a plan rule gives for the next step it proposes
 * @param order       the place a plan rule gives its step ({@code advice.step($duty, 10)}): lower comes first
 */
public record RuleInfo(String name, String file, int line, String factor, String finding, String action,
                       String missing, String obligation, Status status, Priority priority, ObligationState state,
                       String description, String step, Integer order) implements java.io.Serializable {

    public RuleInfo {
        description = description == null ? "" : description;
    }

    /** A rule that proposes no next step. */
    public RuleInfo(String name, String file, int line, String factor, String finding, String action,
                    String missing, String obligation, Status status, Priority priority, ObligationState state,
                    String description) {
        this(name, file, line, factor, finding, action, missing, obligation, status, priority, state, description,
                null, null);
    }

    /** Written field by field ({@link Stored}): the shipped knowledge base's rules are read back at every start. */
    @java.io.Serial
    private Object writeReplace() {
        return new Stored(this);
    }

    /**
     * A rule as a compiled-rules cache entry stores it: read back with plain reads, where Java reads
     * a record through a constructor handle it first builds, a part of every cold start.
     */
    private static final class Stored implements java.io.Externalizable {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        private RuleInfo rule;

        /** For reading back only. */
        public Stored() {
        }

        Stored(RuleInfo rule) {
            this.rule = rule;
        }

        @Override
        public void writeExternal(java.io.ObjectOutput out) throws java.io.IOException {
            out.writeInt(rule.line);
            for (String part : new String[] {rule.name, rule.file, rule.factor, rule.finding, rule.action, rule.missing,
                    rule.obligation, name(rule.status), name(rule.priority), name(rule.state), rule.description,
                    rule.step}) {
                // a text as its characters: Java's serialization keeps a record of every string it writes
                if (part == null) {
                    out.writeByte(0);
                } else if (part.length() <= 65_535 / 3) {
                    out.writeByte(1);
                    out.writeUTF(part);
                } else {
                    out.writeByte(2);
                    out.writeObject(part); // writeUTF takes at most 65,535 bytes
                }
            }
            out.writeBoolean(rule.order != null);
            out.writeInt(rule.order == null ? 0 : rule.order);
        }

        @Override
        public void readExternal(java.io.ObjectInput in) throws java.io.IOException, ClassNotFoundException {
            int line = in.readInt();
            String[] parts = new String[12];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = text(in);
            }
            boolean ordered = in.readBoolean();
            int order = in.readInt();
            rule = new RuleInfo(parts[0], parts[1], line, parts[2], parts[3], parts[4], parts[5], parts[6],
                    constant(Status.class, parts[7]), constant(Priority.class, parts[8]),
                    constant(ObligationState.class, parts[9]), parts[10], parts[11], ordered ? order : null);
        }

        @java.io.Serial
        private Object readResolve() {
            return rule;
        }

        private static String text(java.io.ObjectInput in) throws java.io.IOException, ClassNotFoundException {
            byte kind = in.readByte();
            if (kind == 0) {
                return null;
            }
            if (kind == 1) {
                return in.readUTF();
            }
            if (kind == 2 && in.readObject() instanceof String written) {
                return written;
            }
            throw new java.io.InvalidObjectException("not a text where the rule's text belongs");
        }

        private static String name(Enum<?> constant) {
            return constant == null ? null : constant.name();
        }

        private static <E extends Enum<E>> E constant(Class<E> type, String name) throws java.io.IOException {
            if (name == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw new java.io.InvalidObjectException("no " + type.getSimpleName() + " " + name);
            }
        }
    }

    /** True for a rule of the plan, which proposes a next step ({@code @step}) and judges no factor. */
    public boolean plans() {
        return step != null;
    }

    /** A rule known by its name, place and metadata only: what it gives and why are not known. */
    public RuleInfo(String name, String file, int line, String factor, String finding, String action,
                    String missing, String obligation) {
        this(name, file, line, factor, finding, action, missing, obligation, null, null, null, "");
    }
}
