package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** serve opens the portfolio in the browser where there is a desktop, and starts nothing where there is none. */
class BrowserTest {

    private static final URI PORTFOLIO = URI.create("http://127.0.0.1:8150/");

    @Test
    void onALinuxDesktopXdgOpenOpensThePortfolio() {
        assertEquals(List.of("xdg-open", "http://127.0.0.1:8150/"),
                Browser.command(PORTFOLIO, "Linux", Map.of("DISPLAY", ":0"), program -> true));
    }

    @Test
    void onAServerWithoutADisplayNothingIsStarted() {
        assertNull(Browser.command(PORTFOLIO, "Linux", Map.of(), program -> true));
        assertNull(Browser.command(PORTFOLIO, "Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), program -> false),
                "without xdg-open there is nothing to start");
    }

    @Test
    void windowsAndMacOsOpenItWithTheirOwnCommand() {
        assertEquals("rundll32", Browser.command(PORTFOLIO, "Windows 11", Map.of(), program -> false).get(0));
        assertEquals(List.of("open", "http://127.0.0.1:8150/"), Browser.command(PORTFOLIO, "Mac OS X", Map.of(), p -> false));
    }
}
