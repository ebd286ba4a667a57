package io.linchpin.files.psplib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The known bounds of PSPLIB instances, from a {@code bounds.csv} with the columns
 * {@code set,instance,cpm_lb,best_lb,best_ub,closed}.
 *
 * @param set      the instance set, e.g. {@code j30}
 * @param instance the instance name, e.g. {@code j301_1} (the file name without {@code .sm})
 * @param cpmLowerBound the critical-path length, resources ignored
 * @param bestLowerBound the best proven lower bound of the makespan
 * @param bestKnown the best makespan known (the optimum when the instance is closed)
 * @param closed   whether the optimum is proven
 */
public record PsplibBounds(String set, String instance, int cpmLowerBound, int bestLowerBound, int bestKnown,
        boolean closed) {

    private static final String HEADER = "set,instance,cpm_lb,best_lb,best_ub,closed";

    /** Reads every row, keyed by instance name, in file order. */
    public static Map<String, PsplibBounds> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().equals(HEADER)) {
            throw new PsplibFormatException(file, 1, "expected the header '" + HEADER + "'");
        }
        Map<String, PsplibBounds> bounds = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 6) {
                throw new PsplibFormatException(file, i + 1, "expected 6 fields, found " + f.length);
            }
            if (!f[5].equals("0") && !f[5].equals("1")) {
                throw new PsplibFormatException(file, i + 1, "closed must be 0 or 1, not '" + f[5] + "'");
            }
            try {
                PsplibBounds b = new PsplibBounds(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), f[5].equals("1"));
                if (bounds.put(b.instance(), b) != null) {
                    throw new PsplibFormatException(file, i + 1, "instance " + b.instance() + " is listed twice");
                }
            } catch (NumberFormatException e) {
                throw new PsplibFormatException(file, i + 1, "a bound is not a whole number: " + e.getMessage());
            }
        }
        return bounds;
    }
}
