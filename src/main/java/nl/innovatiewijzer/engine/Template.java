package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.Language;

/**
 * A text with placeholders {@code {0}}, {@code {1}}, ..., taken apart once when the texts are
 * read, so that filling one in during an assessment is only appending. A placeholder whose value
 * is not given stays as it is written; braces around anything but digits are plain text.
 */
final class Template {

    private final String text;
    /** The plain text before each placeholder, and after the last one: one more than {@link #slots}. */
    private final String[] pieces;
    /** The number in each placeholder, in order. */
    private final int[] slots;
    /** Each placeholder as written, for when its value is not given. */
    private final String[] marks;

    private Template(String text, String[] pieces, int[] slots, String[] marks) {
        this.text = text;
        this.pieces = pieces;
        this.slots = slots;
        this.marks = marks;
    }

    private static final int[] NO_SLOTS = {};
    private static final String[] NO_STRINGS = {};

    static Template of(String text) {
        int open = text.indexOf('{');
        if (open < 0) {
            // most texts have no placeholder: read back by the thousand at every start
            return new Template(text, new String[] {text}, NO_SLOTS, NO_STRINGS);
        }
        List<String> pieces = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        int start = 0;
        while (open >= 0) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            int slot = number(text, open + 1, close);
            if (slot < 0) {
                open = text.indexOf('{', open + 1);
                continue;
            }
            pieces.add(text.substring(start, open));
            slots.add(slot);
            marks.add(text.substring(open, close + 1));
            start = close + 1;
            open = text.indexOf('{', start);
        }
        pieces.add(text.substring(start));
        int[] numbers = new int[slots.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = slots.get(i);
        }
        return new Template(text, pieces.toArray(NO_STRINGS), numbers, marks.toArray(NO_STRINGS));
    }

    /**
     * The placeholder number written from {@code from} to {@code to} in {@code text}, or -1 when it
     * is not one (empty, not digits, too long).
     */
    private static int number(String text, int from, int to) {
        if (from == to || to - from > 6) {
            return -1;
        }
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /** The number of values the text asks for: one more than its highest placeholder, or 0. */
    int placeholders() {
        int highest = -1;
        for (int slot : slots) {
            highest = Math.max(highest, slot);
        }
        return highest + 1;
    }

    /** The text as written. */
    String text() {
        return text;
    }

    /** The text with each placeholder replaced by its value, written as a facts file would write it. */
    String fill(Language language, Object... values) {
        if (slots.length == 0 || values.length == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16 * slots.length);
        for (int i = 0; i < slots.length; i++) {
            out.append(pieces[i]);
            int slot = slots[i];
            if (slot < values.length) {
                out.append(FactValues.format(values[slot], language));
            } else {
                out.append(marks[i]);
            }
        }
        return out.append(pieces[slots.length]).toString();
    }
}
