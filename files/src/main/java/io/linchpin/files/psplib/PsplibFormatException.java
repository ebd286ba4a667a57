package io.linchpin.files.psplib;

import java.io.IOException;
import java.nio.file.Path;

/** A benchmark file that does not follow its format: names the file, the line and what is wrong. */
public final class PsplibFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    PsplibFormatException(Path file, int line, String problem) {
        super(file.getFileName() + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it concerns the file as a whole. */
    public int line() {
        return line;
    }
}
