package nl.innovatiewijzer.workbench;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One saved version of a project: its facts and the assessment made when it was saved, two plain
 * files in the project's history folder.
 *
 * @param savedAt    when it was saved
 * @param facts      the facts file of that version
 * @param assessment the assessment of it, as {@code assess --format json} writes one
 */
record SavedVersion(Instant savedAt, Path facts, Path assessment) {
}
