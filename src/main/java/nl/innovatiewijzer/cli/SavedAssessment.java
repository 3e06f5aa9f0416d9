package nl.innovatiewijzer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Comparison;
import nl.innovatiewijzer.KnowledgeTexts;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Status;

/**
 * An assessment saved as JSON ({@code assess --format json}), read back as one side of a
 * comparison. Its facts are not in it, so a comparison with it cannot say which facts changed.
 */
final class SavedAssessment {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SavedAssessment() {
    }

    /** Why a file is not readable as a saved assessment, with its place. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /** Whether the text is a saved assessment rather than facts: a JSON object with the assessment's factors. */
    static boolean isOne(String text) {
        if (!text.stripLeading().startsWith("{")) {
            return false;
        }
        try {
            JsonNode root = JSON.readTree(text);
            return root != null && root.isObject() && root.has("factors") && root.has("knowledgeBase");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /**
     * The side of a comparison the saved assessment gives; the names of factors, duties and
     * actions come from {@code texts} where they have them, so they are in the language asked.
     */
    static Comparison.Side read(String file, String text, KnowledgeTexts texts) throws Unreadable {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Unreadable(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON: " + plain(e.getOriginalMessage()));
        }
        String name = text(file, root.path("project"), "project.name", "name");
        LocalDate date = null;
        if (root.hasNonNull("assessedOn")) {
            try {
                date = LocalDate.parse(root.get("assessedOn").asText());
            } catch (DateTimeParseException e) {
                throw new Unreadable(file + ": assessedOn: \"" + root.get("assessedOn").asText()
                        + "\" is no date; expected YYYY-MM-DD");
            }
        }
        Map<String, Status> factors = new LinkedHashMap<>();
        Map<String, String> factorTitles = new LinkedHashMap<>();
        for (JsonNode factor : array(file, root, "factors")) {
            String id = text(file, factor, "factors[].id", "id");
            factors.put(id, constant(file, Status.class, factor, "factors[" + id + "].status", "status"));
            factorTitles.put(id, texts.factors().getOrDefault(id, factor.path("title").asText(id)));
        }
        Map<String, ObligationState> obligations = new LinkedHashMap<>();
        Map<String, String> obligationTitles = new LinkedHashMap<>();
        for (JsonNode obligation : array(file, root, "obligations")) {
            String id = text(file, obligation, "obligations[].id", "id");
            obligations.put(id, constant(file, ObligationState.class, obligation, "obligations[" + id + "].state", "state"));
            obligationTitles.put(id, texts.obligations().getOrDefault(id, obligation.path("title").asText(id)));
        }
        List<Comparison.Item> recommendations = new ArrayList<>();
        for (JsonNode recommendation : array(file, root, "recommendations")) {
            String id = text(file, recommendation, "recommendations[].id", "id");
            String factor = recommendation.path("factor").isTextual() ? recommendation.get("factor").asText() : null;
            recommendations.add(new Comparison.Item(id, factor,
                    texts.actions().getOrDefault(id, recommendation.path("title").asText(id))));
        }
        return new Comparison.Side(name, date, factors, factorTitles, obligations, obligationTitles, recommendations,
                null, texts.labels());
    }

    /** Jackson's message without the part that names its own reader, which says nothing to a user. */
    private static String plain(String message) {
        int source = message.indexOf(" (for ");
        return (source < 0 ? message : message.substring(0, source)).strip();
    }

    private static List<JsonNode> array(String file, JsonNode root, String field) throws Unreadable {
        JsonNode array = root.path(field);
        if (array.isMissingNode()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new Unreadable(file + ": " + field + ": expected a list as assess --format json writes it");
        }
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static String text(String file, JsonNode node, String path, String field) throws Unreadable {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new Unreadable(file + ": " + path + ": missing; a saved assessment (assess --format json) has it");
        }
        return value.asText();
    }

    private static <E extends Enum<E>> E constant(String file, Class<E> type, JsonNode node, String path, String field)
            throws Unreadable {
        String value = node.path(field).asText("");
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            throw new Unreadable(file + ": " + path + ": \"" + value + "\" is not allowed; expected one of "
                    + String.join(", ", allowed));
        }
    }
}
