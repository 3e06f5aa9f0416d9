package nl.innovatiewijzer.report;

import nl.innovatiewijzer.Assessment;

/**
 * Renders assessments in one format. The language of the report's headings and labels is the
 * language of the assessment, so that the frame and the advice inside it always agree.
 */
public interface Renderer {

    /** The report of one project. */
    String assessment(Assessment assessment);

    /** The summary of many projects, without their reports. */
    String portfolio(Portfolio portfolio);

    /** One document with the report of every project of the portfolio, followed by the summary. */
    String all(Portfolio portfolio);
}
