package io.linchpin.server.identity;

/**
 * Whose people these are. {@code INTERNAL}: the install's own organisation (staff). {@code EXTERNAL}:
 * an outside party — a vendor, an outside expert — whose people see only what is put to them.
 */
public enum OrganisationKind {
    INTERNAL, EXTERNAL
}
