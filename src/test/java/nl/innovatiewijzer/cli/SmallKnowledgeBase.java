package nl.innovatiewijzer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.innovatiewijzer.engine.RulesFolder;

/**
 * A small knowledge base of its own, written into a folder, so that what the command line shows
 * can be checked without depending on the shipped rules as they grow. Its rules judge F1, F4, F5
 * and F9, recommend one action of each priority and decide the DPIA.
 */
final class SmallKnowledgeBase {

    static final String TEXTS = RulesFolder.FACTOR_NAMES + """
            findings:
              T-no-leader: {nl: "Er is geen projectleider aangewezen.", en: "No project leader is assigned."}
              T-leader: {nl: "De projectleider heeft {0} uur per week.", en: "The project leader has {0} hours a week."}
              T-no-privacy-officer: {nl: "Persoonsgegevens zonder privacy officer.", en: "Personal data without a privacy officer."}
              T-long-cycles: {nl: "Een werkcyclus duurt {0} weken.", en: "One work cycle takes {0} weeks."}
            actions:
              T-appoint-leader:
                nl: {title: "Wijs een projectleider aan", action: "Wijs deze week één persoon aan die het project trekt."}
                en: {title: "Appoint a project leader", action: "This week, name one person who leads the project."}
              T-add-privacy-officer:
                nl: {title: "Betrek een privacy officer", action: "Neem een privacy officer op in het team."}
                en: {title: "Involve a privacy officer", action: "Add a privacy officer to the team."}
              T-shorter-cycles:
                nl: {title: "Maak de cycli korter", action: "Knip het werk in stappen van hooguit vier weken."}
                en: {title: "Shorten the cycles", action: "Cut the work into steps of at most four weeks."}
              T-share-lessons:
                nl: {title: "Deel de lessen", action: "Deel de lessen met andere gemeenten."}
                en: {title: "Share the lessons", action: "Share the lessons with other municipalities."}
            reasons:
              no-privacy-officer: {nl: geen teamlid heeft de rol privacyOfficer, en: no team member has role privacyOfficer}
            questions:
              projectLeader.assigned: {nl: "Is er één persoon aangewezen die het project leidt?", en: "Is one named person leading the project?"}
              workingMethod.cycleLengthWeeks: {nl: "Hoeveel weken duurt één werkcyclus?", en: "How many weeks does one work cycle take?"}
            obligations:
              dpia: {nl: "Gegevensbeschermingseffectbeoordeling (DPIA)", en: "Data protection impact assessment (DPIA)"}
            """;

    static final String RULES = RulesFolder.HEADER + "\n" + """
            rule "No project leader is assigned"
                @factor("F1") @finding("T-no-leader")
            when
                ProjectLeader( assigned == false )
            then
                advice.rate(Status.RISK);
            end

            rule "A project leader with time"
                @factor("F1") @finding("T-leader")
            when
                ProjectLeader( assigned == true, $hours : hoursPerWeek != null )
            then
                advice.rate(Status.STRONG, $hours);
            end

            rule "Appoint a project leader when there is none"
                @factor("F1") @action("T-appoint-leader")
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

            rule "Personal data without a privacy officer"
                @factor("F5") @finding("T-no-privacy-officer")
            when
                Project( processesPersonalData == true )
                Team( members != null )
                not TeamMember( role == Role.PRIVACY_OFFICER )
            then
                advice.rate(Status.RISK);
            end

            rule "Add a privacy officer for personal data"
                @factor("F5") @action("T-add-privacy-officer")
            when
                Project( processesPersonalData == true )
                Team( members != null )
                not TeamMember( role == Role.PRIVACY_OFFICER )
            then
                advice.recommend(Priority.HIGH, fact("project.processesPersonalData", true), reason("no-privacy-officer"));
            end

            rule "Long work cycles"
                @factor("F4") @finding("T-long-cycles")
            when
                WorkingMethod( $weeks : cycleLengthWeeks != null, cycleLengthWeeks > 4 )
            then
                advice.rate(Status.ATTENTION, $weeks);
            end

            rule "Shorten long work cycles"
                @factor("F4") @action("T-shorter-cycles")
            when
                WorkingMethod( $weeks : cycleLengthWeeks != null, cycleLengthWeeks > 4 )
            then
                advice.recommend(Priority.MEDIUM, fact("workingMethod.cycleLengthWeeks", $weeks));
            end

            rule "Ask how long a work cycle is"
                @factor("F4") @missing("workingMethod.cycleLengthWeeks")
            when
                WorkingMethod( cycleLengthWeeks == null )
            then
                advice.missing();
            end

            rule "Lessons kept inside the team"
                @factor("F9") @action("T-share-lessons")
            when
                Learning( lessonsShared == false )
            then
                advice.recommend(Priority.LOW, fact("learning.lessonsShared", false));
            end

            rule "A DPIA for personal data that was not done"
                @obligation("dpia")
            when
                Project( processesPersonalData == true )
                DataUse( dpiaDone == false )
            then
                advice.oblige(ObligationState.TODO, fact("dataUse.dpiaDone", false));
            end
            """;

    private SmallKnowledgeBase() {
    }

    /** Writes the knowledge base into {@code folder} and returns the folder. */
    static Path writeTo(Path folder) {
        write(folder.resolve("texts.yaml"), TEXTS);
        write(folder.resolve("report.yaml"), RulesFolder.REPORT_LABELS);
        write(folder.resolve("rules.drl"), RULES);
        return folder;
    }

    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
