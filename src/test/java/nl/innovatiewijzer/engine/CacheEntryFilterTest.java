package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.naming.NamingException;
import org.junit.jupiter.api.Test;

/** A compiled-rules entry is read back only as what compiled rules are made of, within its limits. */
class CacheEntryFilterTest {

    private static byte[] written(Object... objects) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (Object object : objects) {
                out.writeObject(object);
            }
        }
        return bytes.toByteArray();
    }

    private static ObjectInputStream filtered(byte[] bytes) throws IOException {
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes));
        in.setObjectInputFilter(CacheEntry.filter(bytes.length));
        return in;
    }

    @Test
    void theClassesOfCompiledRulesAreReadEachTimeTheyCome() throws Exception {
        List<String> first = new ArrayList<>(List.of("F1", "F2"));
        List<String> second = new ArrayList<>(List.of("F3"));

        try (ObjectInputStream in = filtered(written(first, second))) {
            assertEquals(first, in.readObject());
            assertEquals(second, in.readObject(), "the second list of a class already judged");
        }
    }

    @Test
    void aClassOutsideThemIsRefusedAlsoAfterAllowedOnes() throws Exception {
        byte[] bytes = written(new ArrayList<>(List.of("allowed")), new NamingException("no part of compiled rules"));

        try (ObjectInputStream in = filtered(bytes)) {
            in.readObject();
            assertThrows(InvalidClassException.class, in::readObject);
        }
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedForAClassJudgedBefore() throws Exception {
        List<Object> deep = new ArrayList<>();
        List<Object> inner = deep;
        for (int level = 0; level < 100; level++) {
            List<Object> next = new ArrayList<>();
            inner.add(next);
            inner = next;
        }
        byte[] bytes = written(new ArrayList<>(), deep);

        try (ObjectInputStream in = filtered(bytes)) {
            in.readObject();
            assertThrows(InvalidClassException.class, in::readObject);
        }
    }

    /** What the filter is told of one object in a stream. */
    private record Seen(Class<?> serialClass, long arrayLength, long depth, long references, long streamBytes)
            implements ObjectInputFilter.FilterInfo {
    }

    @Test
    void eachLimitRefusesOneMoreThanItAllows() {
        int bytes = 1_000;
        ObjectInputFilter filter = CacheEntry.filter(bytes);
        long most = CacheEntry.MAX_BODY_BYTES;

        assertEquals(ObjectInputFilter.Status.UNDECIDED,
                filter.checkInput(new Seen(null, bytes, CacheEntry.MAX_DEPTH, CacheEntry.MAX_REFERENCES, most)));
        assertEquals(ObjectInputFilter.Status.REJECTED, filter.checkInput(new Seen(null, bytes + 1, 1, 1, 1)),
                "an array longer than the entry has bytes");
        assertEquals(ObjectInputFilter.Status.REJECTED,
                filter.checkInput(new Seen(null, -1, CacheEntry.MAX_DEPTH + 1, 1, 1)), "too deep");
        assertEquals(ObjectInputFilter.Status.REJECTED,
                filter.checkInput(new Seen(null, -1, 1, CacheEntry.MAX_REFERENCES + 1, 1)), "too many references");
        assertEquals(ObjectInputFilter.Status.REJECTED, filter.checkInput(new Seen(null, -1, 1, 1, most + 1)),
                "more bytes than an entry holds");
        assertEquals(ObjectInputFilter.Status.REJECTED, filter.checkInput(new Seen(org.junit.jupiter.api.Assertions.class, -1, 1, 1, 1)),
                "a class outside compiled rules");
    }
}
