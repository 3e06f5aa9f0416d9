package nl.innovatiewijzer;

import java.util.List;

/**
 * One smallest set of changes that makes a factor strong or a duty done, when the rules run on the
 * changed facts.
 *
 * @param changes     one to three changes, in the order of the levers in the knowledge base
 * @param sideEffects the factors that get worse and the duties that come in by these changes; empty when none
 */
public record ImprovementPath(List<FactChange> changes, List<SideEffect> sideEffects) {

    public ImprovementPath {
        changes = List.copyOf(changes);
        sideEffects = List.copyOf(sideEffects);
    }

    /** The effort of the path: the weights of its changes added up. */
    public int effort() {
        return changes.stream().mapToInt(change -> change.effort().weight()).sum();
    }
}
