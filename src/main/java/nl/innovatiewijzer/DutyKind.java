package nl.innovatiewijzer;

import java.util.Locale;

/** Whether a duty rests on the law or on established government policy; reports keep the two apart. */
public enum DutyKind {
    /** A statutory duty, such as the DPIA of the GDPR or a duty of the AI Act. */
    LAW,
    /** Established government policy, such as the IAMA or the algorithm register. */
    POLICY;

    /** The name the assessment contract gives it: {@code law} or {@code policy}. */
    public String contractName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
