package nl.innovatiewijzer.engine;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Run by the build before the tests ({@link Precompiler}): turns the shipped rules into Drools' executable model, the
 * classes {@link ShippedModel} builds the knowledge base from, and writes them beside the other
 * classes. The rules are first checked as every knowledge base is ({@link KnowledgeBaseCompiler#check});
 * the model is made of the files exactly as the classic engine compiles them. Also written: the
 * files' fingerprint, the version of the checks, and the order in which the classic engine adds
 * the rules, so that both fire rules of equal salience in the same order.
 *
 * <p>Needs {@code drools-model-codegen}, which the build has and a program using the rules does not.
 */
final class ShippedModelWriter {

    /** The classes written last time, so that classes of rules since changed do not stay behind. */
    static final String CLASSES_RESOURCE = "precompiled/model-classes.txt";

    private ShippedModelWriter() {
    }

    /**
     * Writes the model of the {@code rules/} found on the class path into the folder of classes.
     *
     * @throws IOException when a file cannot be written
     */
    static void write(Path classes) throws IOException {
        RuleFiles shipped = RuleFiles.shipped();
        KnowledgeBaseCompiler.Checked checked = KnowledgeBaseCompiler.check(shipped, true);

        KieServices services = KieServices.get();
        KieFileSystem sources = services.newKieFileSystem();
        checked.sources().forEach((path, content) -> sources.write(
                "src/main/resources/innovatiewijzer/" + path, content)); // the folder of the rules' package
        KieBuilder builder = services.newKieBuilder(sources).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the shipped rules do not compile to an executable model: " + errors);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        List<String> models = new String(module.getBytes(CanonicalKieModule.getModelFileWithGAV(module.getReleaseId())),
                StandardCharsets.UTF_8).lines().skip(1).filter(line -> !line.isBlank()).toList();
        if (models.size() != 1) {
            throw new IllegalStateException("the shipped rules make " + models.size() + " models, not one: every rule "
                    + "file of rules/ declares the same package");
        }

        Path list = classes.resolve(CLASSES_RESOURCE);
        if (Files.isRegularFile(list)) {
            for (String old : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!old.isBlank()) {
                    Files.deleteIfExists(classes.resolve(old));
                }
            }
        }
        List<String> written = new ArrayList<>();
        for (String name : module.getFileNames()) {
            // the project class is for a KieContainer, which the engine does not use
            if (name.endsWith(".class") && !name.startsWith("org/drools/project/")) {
                Path file = classes.resolve(name);
                Files.createDirectories(file.getParent());
                Files.write(file, module.getBytes(name));
                written.add(name);
            }
        }
        Files.createDirectories(list.getParent());
        Files.write(list, written.stream().sorted().toList(), StandardCharsets.UTF_8);
        Files.write(classes.resolve(ShippedModel.ORDER_RESOURCE), classicOrder(checked), StandardCharsets.UTF_8);
        // a jar lists each file's size and CRC-32, so that the shipped files need not be hashed at every start
        Files.writeString(classes.resolve(RuleFiles.SHIPPED_LISTING), shipped.listing(), StandardCharsets.UTF_8);
        Properties description = new Properties();
        description.setProperty(ShippedModel.MODEL, models.get(0));
        description.setProperty(ShippedModel.FINGERPRINT, shipped.fingerprint());
        description.setProperty(ShippedModel.CHECKED_BY, RuleCheckVersion.current());
        StringWriter text = new StringWriter();
        description.store(text, null);
        // without the date Properties writes first, so that the same rules make the same jar
        Files.write(classes.resolve(ShippedModel.RESOURCE), text.toString().lines().filter(line -> !line.startsWith("#"))
                .sorted().toList(), StandardCharsets.ISO_8859_1);
    }

    /** The rules' names in the order the classic engine adds them to a knowledge base. */
    private static List<String> classicOrder(KnowledgeBaseCompiler.Checked checked) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        checked.sources().forEach((path, content) -> {
            var resource = ResourceFactory.newByteArrayResource(content);
            resource.setSourcePath(path);
            builder.add(resource, ResourceType.DRL);
        });
        if (builder.hasErrors()) {
            throw new IllegalStateException("the shipped rules do not compile: " + builder.getErrors());
        }
        InternalKnowledgeBase base = KnowledgeBaseCompiler.base(builder.getKnowledgePackages());
        List<RuleImpl> rules = new ArrayList<>();
        base.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> rules.add((RuleImpl) rule)));
        rules.sort(Comparator.comparingInt(RuleImpl::getLoadOrder));
        return rules.stream().map(RuleImpl::getName).toList();
    }
}
