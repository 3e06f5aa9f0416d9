package nl.innovatiewijzer.engine;

import java.nio.file.Path;
import nl.innovatiewijzer.RuleEngine;

/**
 * The engine on Drools: the one door into this package, found by the API through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/nl.innovatiewijzer.RuleEngine}).
 */
public final class DroolsRuleEngine implements RuleEngine {

    /** Made by {@link java.util.ServiceLoader}; holds nothing, so one is as good as another. */
    public DroolsRuleEngine() {
    }

    @Override
    public KnowledgeBase shipped(boolean precompiled) {
        return DroolsKnowledgeBase.compile(RuleFiles.shipped(),
                precompiled ? CompileCache.shippedOnly() : CompileCache.none(), ExampleProjects.shipped());
    }

    @Override
    public KnowledgeBase compile(Path folder, Path cacheDirectory) {
        return DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(folder),
                cacheDirectory == null ? CompileCache.none() : CompileCache.in(cacheDirectory),
                ExampleProjects.besides(folder));
    }

    @Override
    public String fingerprint(Path folder) {
        return RuleFiles.fromDirectory(folder).fingerprint();
    }
}
