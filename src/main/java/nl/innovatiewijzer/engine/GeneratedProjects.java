package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random projects from a fixed seed, so that what the check finds on one is found again: every
 * section and field is sometimes unknown, else given a value worth trying (each enum constant,
 * true or false, a number the rules name or its neighbour); lists hold none to four items.
 */
final class GeneratedProjects {

    /** The seed of every run of the check. */
    static final long SEED = 20211;

    private GeneratedProjects() {
    }

    static List<ProjectDraft> make(int count, TrialValues values) {
        Random random = new Random(SEED);
        List<ProjectDraft> projects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            projects.add(project(i, random, values));
        }
        return projects;
    }

    private static ProjectDraft project(int number, Random random, TrialValues values) {
        ProjectDraft project = ProjectDraft.named("Generated project " + (number + 1));
        int unknown = 1 + random.nextInt(5); // from fully described to hardly at all
        for (ProjectDraft.Section section : ProjectDraft.SECTIONS) {
            if (!section.name().equals("project") && random.nextInt(10) < unknown - 1) {
                continue;
            }
            for (ProjectDraft.Field field : section.fields()) {
                if (field.type() == String.class || random.nextInt(10) < unknown) {
                    continue;
                }
                Object value = field.holdsRecords() ? items(field, random, values) : value(field, random, values);
                if (value != null) {
                    project = project.with(section.name(), field.name(), value);
                }
            }
        }
        return project;
    }

    private static Object value(ProjectDraft.Field field, Random random, TrialValues values) {
        if (field.list()) {
            Object[] constants = field.type().getEnumConstants();
            List<Object> chosen = new ArrayList<>();
            for (int n = random.nextInt(5); n > 0; n--) {
                Object constant = constants[random.nextInt(constants.length)];
                if (!chosen.contains(constant)) {
                    chosen.add(constant);
                }
            }
            return chosen;
        }
        List<Object> candidates = values.of(field);
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private static List<Map<String, Object>> items(ProjectDraft.Field field, Random random, TrialValues values) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int n = random.nextInt(5); n > 0; n--) {
            Map<String, Object> item = new LinkedHashMap<>();
            for (ProjectDraft.Field itemField : ProjectDraft.Field.of(field.type())) {
                if (itemField.type() == String.class || !itemField.required() && random.nextInt(4) == 0) {
                    continue;
                }
                Object value = value(itemField, random, values);
                if (value != null) {
                    item.put(itemField.name(), value);
                }
            }
            items.add(item);
        }
        return items;
    }
}
