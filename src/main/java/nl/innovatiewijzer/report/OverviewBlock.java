package nl.innovatiewijzer.report;

import java.util.List;

/** One block of the knowledge overview: a heading, a paragraph, a list or a table. */
sealed interface OverviewBlock {

    /** A heading; level 1 is the title. */
    record Heading(int level, Phrase text) implements OverviewBlock {
    }

    /** A paragraph of running text. */
    record Paragraph(Phrase text) implements OverviewBlock {
    }

    /** A list of items. */
    record Bullets(List<Phrase> items) implements OverviewBlock {

        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table; a cell may hold several phrases, each on a line of its own.
     *
     * @param headers the column headings
     * @param rows    each row's cells, as many as there are headings
     */
    record Table(List<String> headers, List<List<List<Phrase>>> rows) implements OverviewBlock {

        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }
}
