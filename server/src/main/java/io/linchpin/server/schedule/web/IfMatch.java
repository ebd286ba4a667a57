package io.linchpin.server.schedule.web;

import io.linchpin.server.platform.InvalidInputException;

/** The version a write was based on: {@code If-Match} (the ETag, "3") or the body's {@code version}; one is required. */
final class IfMatch {

    private IfMatch() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static long required(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            if (bodyVersion == null) {
                throw new InvalidInputException("version", "send the version you changed, in the body or as If-Match");
            }
            return bodyVersion;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
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
