package nl.innovatiewijzer.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shipped rules as classes: the build turns the shipped rule files, once every check has passed,
 * into Drools' executable model ({@link ShippedModelWriter}), whose conditions and consequences are
 * compiled Java. A cold start with it takes about two thirds of the time of one that reads compiled
 * packages back: nothing of the rules is deserialized, and no condition is compiled at its first use.
 *
 * <p>It is used only for exactly the files it was generated from (their fingerprint) and only when
 * the checks are the ones that passed them; any other rules, or a model that does not load, are
 * compiled by the classic engine as before. The rules are added in the order the classic engine
 * adds them, recorded by the build, so that rules of equal salience fire in the same order and
 * every assessment is the same, word for word ({@code ShippedModelTest}).
 */
final class ShippedModel {

    private static final Logger LOG = LoggerFactory.getLogger(ShippedModel.class);

    /** What the build wrote about the model: its class, the files' fingerprint, the checks' version. */
    static final String RESOURCE = "precompiled/model.properties";
    /** The rules' names, one per line, in the order the classic engine adds them. */
    static final String ORDER_RESOURCE = "precompiled/model-order.txt";

    static final String FINGERPRINT = "fingerprint";
    static final String CHECKED_BY = "checked-by";
    static final String MODEL = "model";

    private ShippedModel() {
    }

    /**
     * The rule base of the shipped model, when it was generated from the files with this
     * fingerprint and checked by these checks; empty otherwise, or when it cannot be built.
     */
    static Optional<InternalKnowledgeBase> base(String fingerprint) {
        ClassLoader loader = ShippedModel.class.getClassLoader();
        Properties written = properties(loader);
        if (written == null || !fingerprint.equals(written.getProperty(FINGERPRINT))) {
            return Optional.empty();
        }
        String checkedBy = written.getProperty(CHECKED_BY);
        if (checkedBy == null || !checkedBy.equals(RuleCheckVersion.current())) {
            LOG.debug("The shipped model was checked by {}, not by these checks; the rules are compiled", checkedBy);
            return Optional.empty();
        }
        try {
            Model model = (Model) Class.forName(written.getProperty(MODEL), true, loader).getDeclaredConstructor()
                    .newInstance();
            List<Rule> inOrder = inOrder(model.getRules(), order(loader));
            if (inOrder == null) {
                LOG.debug("The shipped model holds other rules than its order names; the rules are compiled");
                return Optional.empty();
            }
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(new Ordered(model, inOrder),
                    KnowledgeBaseCompiler.unchanging()));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("The shipped model cannot be used: {}", e.toString());
            return Optional.empty();
        }
    }

    private static Properties properties(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("The shipped model's description cannot be read: {}", e.toString());
            return null;
        }
    }

    private static List<String> order(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(ORDER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ORDER_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules in the order named; null when the names are not exactly the rules. */
    static List<Rule> inOrder(List<Rule> rules, List<String> names) {
        Map<String, Rule> byName = new HashMap<>();
        for (Rule rule : rules) {
            byName.put(rule.getName(), rule);
        }
        if (byName.size() != rules.size() || names.size() != rules.size()) {
            return null;
        }
        List<Rule> ordered = new ArrayList<>(rules.size());
        for (String name : names) {
            Rule rule = byName.remove(name);
            if (rule == null) {
                return null;
            }
            ordered.add(rule);
        }
        return ordered;
    }

    /** The model with its rules in another order. */
    private record Ordered(Model model, List<Rule> rules) implements Model {

        @Override
        public String getName() {
            return model.getName();
        }

        @Override
        public String getPackageName() {
            return model.getPackageName();
        }

        @Override
        @SuppressWarnings("rawtypes") // as Drools' Model declares it
        public List<Global> getGlobals() {
            return model.getGlobals();
        }

        @Override
        public List<Rule> getRules() {
            return rules;
        }

        @Override
        public List<Query> getQueries() {
            return model.getQueries();
        }

        @Override
        public List<TypeMetaData> getTypeMetaDatas() {
            return model.getTypeMetaDatas();
        }

        @Override
        public List<EntryPoint> getEntryPoints() {
            return model.getEntryPoints();
        }
    }
}
