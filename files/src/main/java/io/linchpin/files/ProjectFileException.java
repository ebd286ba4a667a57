package io.linchpin.files;

/** A project file that cannot be read or written; the message names the file and what is wrong. */
public class ProjectFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
