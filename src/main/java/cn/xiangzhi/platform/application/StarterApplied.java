package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.DivisionCode;
import cn.xiangzhi.platform.domain.Starter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fired (synchronously, in the sign-up's or re-apply's transaction, with the tenant bound) after a
 * starter's places exist, so other contexts add their part of the starter — grids, later the
 * points catalogue and the power list — from their own files in the starter's folder. Observers
 * must change nothing that already exists (applying twice changes nothing) and count what they add.
 */
public final class StarterApplied {

    private final Starter starter;
    private final DivisionCode root;
    private final AtomicInteger added = new AtomicInteger();

    public StarterApplied(Starter starter, DivisionCode root) {
        this.starter = starter;
        this.root = root;
    }

    public Starter starter() {
        return starter;
    }

    public DivisionCode root() {
        return root;
    }

    /**
     * The rows of {@code file} (UTF-8 CSV with a header) in this starter's folder, or none when the
     * starter has no such file.
     */
    public List<CSVRecord> rows(String file) {
        String resource = "starters/" + starter.code() + "/" + file;
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).build().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    public void added(int count) {
        added.addAndGet(count);
    }

    public int addedCount() {
        return added.get();
    }
}
