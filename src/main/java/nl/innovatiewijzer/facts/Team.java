package nl.innovatiewijzer.facts;

import java.util.List;

/**
 * Who works on the project and how (section {@code team}, factors F1 and F5).
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record Team(
        List<TeamMember> members,
        Level motivation,
        MeetingFrequency meetingFrequency
) {

    /** Keeps lists immutable; a null list stays unknown. */
    public Team {
        members = members == null ? null : List.copyOf(members);
    }
}
