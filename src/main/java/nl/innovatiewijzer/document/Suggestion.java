package nl.innovatiewijzer.document;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The "did you mean" of a message: of the names that are allowed, the one a mistyped name was
 * most likely meant to be. A name counts as meant when it differs by a few letters typed wrong,
 * left out, added or swapped, or only in capitals; otherwise there is no suggestion, as a far
 * guess misleads more than it helps.
 */
public final class Suggestion {

    private Suggestion() {
    }

    /** The allowed name closest to {@code found}, when one is close enough to be a typing mistake. */
    public static Optional<String> closest(String found, Collection<String> allowed) {
        if (found == null || found.isBlank()) {
            return Optional.empty();
        }
        String typed = found.strip().toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            if (candidate.equals(found)) {
                return Optional.empty(); // nothing was mistyped
            }
            int distance = distance(typed, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = Math.max(1, Math.min(3, typed.length() / 4));
        return bestDistance <= tolerated ? Optional.of(best) : Optional.empty();
    }

    /** ", did you mean X?" for a message, or nothing when no allowed name is close. */
    public static String didYouMean(String found, Collection<String> allowed) {
        return closest(found, allowed).map(name -> "; did you mean " + name + "?").orElse("");
    }

    /** Optimal string alignment distance: edits of one letter, and two neighbours swapped. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
