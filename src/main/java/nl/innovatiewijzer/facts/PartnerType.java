package nl.innovatiewijzer.facts;

/** The kind of organisation a network partner is. */
public enum PartnerType {
    MUNICIPALITY, PROVINCE, CENTRAL_GOVERNMENT, KNOWLEDGE_INSTITUTE, COMPANY, CIVIL_SOCIETY, RESIDENTS, OTHER;
}
