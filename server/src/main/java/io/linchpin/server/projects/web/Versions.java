package io.linchpin.server.projects.web;

import io.linchpin.server.platform.InvalidInputException;

/**
 * Optimistic concurrency on the wire: each resource's {@code ETag} is its version, and a write names
 * the version it was based on in {@code If-Match} or in the body's {@code version}.
 */
final class Versions {

    private Versions() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version a write was based on; a write without one is refused, so nothing is overwritten blindly. */
    static long required(String ifMatch, Long bodyVersion) {
        Long version = optional(ifMatch, bodyVersion);
        if (version == null) {
            throw new InvalidInputException("version", "send the version you changed, in the body or as If-Match");
        }
        return version;
    }

    /** The version a write was based on, if the client sent one. */
    static Long optional(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return bodyVersion;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        long version;
        try {
            version = Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "expected the ETag of the version you changed, such as \"3\"; got "
                    + ifMatch);
        }
        if (bodyVersion != null && bodyVersion != version) {
            throw new InvalidInputException("version", "If-Match names version " + version + " but the body names "
                    + bodyVersion);
        }
        return version;
    }
}
