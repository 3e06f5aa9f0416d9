package nl.innovatiewijzer.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.innovatiewijzer.engine.RulesFolder;

/**
 * A small knowledge base written into a folder for tests, so that reports can be compared word
 * for word, with rule lines that do not move when the shipped knowledge base grows.
 */
public final class TestRules {

    /** Rules at fixed lines: 14 rates F1, 22 recommends a leader, 30 asks for one, 38 decides the DPIA. */
    public static final String LEADER_DRL = RulesFolder.HEADER + "\n\n\n" + """
            rule "No project leader is assigned"
                @factor("F1") @finding("F1-no-leader")
            when
                ProjectLeader( assigned == false )
            then
                advice.rate(Status.RISK);
            end

            rule "Appoint a project leader when there is none"
                @factor("F1") @action("F1-appoint-leader")
            when
                ProjectLeader( assigned == false )
            then
                advice.recommend(Priority.HIGH, fact("projectLeader.assigned", false));
            end

            rule "Ask whether a project leader is assigned"
                @factor("F1") @missing("projectLeader.assigned")
            when
                ProjectLeader( assigned == null )
            then
                advice.missing();
            end

            rule "Personal data with high risks needs a DPIA"
                @obligation("dpia")
            when
                Project( processesPersonalData == true )
                DataUse( dpiaDone == false )
            then
                advice.oblige(ObligationState.TODO, fact("dataUse.dpiaDone", false));
            end
            """;

    static final String TEXTS = RulesFolder.FACTOR_NAMES + """
            findings:
              F1-no-leader: {nl: Er is geen projectleider aangewezen., en: No project leader is assigned.}
            actions:
              F1-appoint-leader:
                nl: {title: Wijs een projectleider aan, action: Wijs een projectleider aan.}
                en: {title: Appoint a project leader, action: Appoint a project leader.}
            questions:
              projectLeader.assigned: {nl: "Is er een projectleider?", en: "Is there a project leader?"}
            obligations:
              dpia: {nl: DPIA, en: DPIA}
            """;

    private TestRules() {
    }

    /** Writes the texts and {@code drl} as {@code leader.drl} into {@code folder}, and returns it. */
    public static Path write(Path folder, String drl) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("texts.yaml"), TEXTS, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("report.yaml"), RulesFolder.REPORT_LABELS, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("leader.drl"), drl, StandardCharsets.UTF_8);
        return folder;
    }

    /** Writes a scenario file and returns its path. */
    public static Path scenario(Path folder, String name, String yaml) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), yaml, StandardCharsets.UTF_8);
    }
}
