package nl.innovatiewijzer.facts;

/** What the municipality is under the AI Act: it uses a bought system, builds or commissions it, or both. */
public enum AiRole {
    DEPLOYER, PROVIDER, PROVIDER_AND_DEPLOYER;
}
