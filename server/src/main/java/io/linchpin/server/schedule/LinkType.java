package io.linchpin.server.schedule;

/**
 * How a successor depends on its predecessor: finish-to-start (the usual), start-to-start,
 * finish-to-finish, start-to-finish.
 */
public enum LinkType {
    FS, SS, FF, SF
}
