package io.linchpin.server.platform;

/**
 * The thing asked for does not exist, or the caller may not know that it exists: another
 * project's resources answer 404, never 403, so that IDs reveal nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
