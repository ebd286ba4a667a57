package io.linchpin.server.projects;

import java.util.HashSet;
import java.util.Set;

/**
 * A partial update (PATCH): only the fields present in the request change, and a field sent as
 * {@code null} is cleared. Subclasses mark each field from its setter, which JSON binding calls only
 * for the fields the request holds.
 */
public abstract class Patch {

    private final Set<String> present = new HashSet<>();
    private Long version;

    protected final void mark(String field) {
        present.add(field);
    }

    /** Whether the request holds this field. */
    public final boolean has(String field) {
        return present.contains(field);
    }

    /** The version the change was made against, unless the client sends it as {@code If-Match}. */
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
