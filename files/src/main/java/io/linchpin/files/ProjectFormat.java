package io.linchpin.files;

import java.nio.file.Path;
import java.util.Locale;

/** The project file formats Linchpin reads and writes, recognised by file extension. */
public enum ProjectFormat {
    /** Linchpin's own JSON, {@code "format": "linchpin/1"}. */
    LINCHPIN_JSON("json", true),
    /** MS Project binary. */
    MPP("mpp", false),
    /** MS Project XML (MSPDI). */
    MSPDI("xml", true),
    /** MS Project exchange format. */
    MPX("mpx", false),
    /** Primavera P6 export. */
    XER("xer", true),
    /** Primavera P6 XML. */
    PMXML("pmxml", false),
    /** GanttProject. */
    GANTTPROJECT("gan", false),
    /** Planner (GNOME). */
    PLANNER("planner", false),
    /** PSPLIB single-mode RCPSP instance (a resource-leveling benchmark). */
    PSPLIB("sm", false);

    private final String extension;
    private final boolean writable;

    ProjectFormat(String extension, boolean writable) {
        this.extension = extension;
        this.writable = writable;
    }

    public String extension() {
        return extension;
    }

    /** Whether Linchpin can write this format. */
    public boolean writable() {
        return writable;
    }

    /**
     * The format a file name says it has.
     *
     * @throws ProjectFileException if the extension is not one Linchpin knows
     */
    public static ProjectFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".mspdi.xml") || name.endsWith(".xml")) {
            return MSPDI;
        }
        for (ProjectFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        throw new ProjectFileException(file + ": unknown file format (known extensions: .json .mpp .xml .mpx .xer .pmxml .gan .planner .sm)");
    }

    /**
     * The format named on a command line: {@code json}, {@code mspdi}, {@code xer}, ...
     *
     * @throws ProjectFileException if the name is unknown
     */
    public static ProjectFormat named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ProjectFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(n) || f.extension.equals(n) || (f == LINCHPIN_JSON && n.equals("linchpin"))) {
                return f;
            }
        }
        throw new ProjectFileException("unknown format '" + name + "' (use json, mspdi or xer)");
    }
}
