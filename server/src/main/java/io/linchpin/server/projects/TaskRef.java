package io.linchpin.server.projects;

/** A task as other capabilities name it: in messages ("1.2.3 Cut over the core switches") and links. */
public record TaskRef(long id, String outlineNumber, String name, TaskKind kind) {

    /** "1.2.3 Cut over the core switches". */
    public String label() {
        return outlineNumber + " " + name;
    }
}
