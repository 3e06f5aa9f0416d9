package nl.innovatiewijzer;

/** How much a change asks of a project, as the lever that proposes it says: a path of less effort comes first. */
public enum Effort {
    /** Done in days, by the team itself. */
    SMALL,
    /** Weeks of work, or a decision by someone outside the team. */
    MEDIUM,
    /** Months of work, money, or people the project does not have yet. */
    LARGE;

    /** The weight of this effort when the efforts of a path are added up: 1, 2 or 3. */
    public int weight() {
        return ordinal() + 1;
    }
}
