package nl.innovatiewijzer.report;

import java.util.Locale;
import nl.innovatiewijzer.Status;

/**
 * The colour of each status in the HTML report, chosen to stay apart for most forms of colour
 * blindness and in grey print; every coloured mark also carries the status as text.
 */
enum StatusColours {
    STRONG("#1a7f4b", "#ffffff", "\u2713"),
    ATTENTION("#f2b01e", "#1f1f1f", "!"),
    RISK("#b3261e", "#ffffff", "\u2717"),
    UNKNOWN("#d5d9de", "#1f1f1f", "?");

    private final String fill;
    private final String ink;
    private final String symbol;

    StatusColours(String fill, String ink, String symbol) {
        this.fill = fill;
        this.ink = ink;
        this.symbol = symbol;
    }

    static StatusColours of(Status status) {
        return valueOf(status.name());
    }

    /** The background colour. */
    String fill() {
        return fill;
    }

    /** The colour of text on that background, dark or light for contrast. */
    String ink() {
        return ink;
    }

    /** A sign that tells the status apart without colour. */
    String symbol() {
        return symbol;
    }

    /** The CSS class of the status: {@code status-strong} and so on. */
    String cssClass() {
        return "status-" + name().toLowerCase(Locale.ROOT);
    }
}
