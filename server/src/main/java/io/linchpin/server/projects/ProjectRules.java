package io.linchpin.server.projects;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The checks a project's fields must pass, shared by creation and change. */
final class ProjectRules {

    static final String CODE = "[A-Z][A-Z0-9_-]{1,31}";
    static final String CODE_MESSAGE = "2 to 32 capital letters, digits, - or _, starting with a letter";
    static final String NOT_BLANK = "(?s).*\\S.*";

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private ProjectRules() {
    }

    /** The time zone's canonical IANA name, or a problem. */
    static String timeZone(String zone, Problems problems) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            problems.add("timeZone", "unknown time zone '" + zone + "': use an IANA name such as Europe/Paris or UTC");
            return zone;
        }
    }

    /** The ISO 4217 code in capitals, or a problem. */
    static String currency(String code, Problems problems) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (!CURRENCIES.contains(upper)) {
            problems.add("currency", "unknown currency '" + code + "': use an ISO 4217 code such as EUR or USD");
        }
        return upper;
    }

    static void dates(LocalDate plannedStart, LocalDate committedFinish, Problems problems) {
        if (plannedStart != null && committedFinish != null && committedFinish.isBefore(plannedStart)) {
            problems.add("committedFinish", "the committed finish " + committedFinish
                    + " is before the planned start " + plannedStart);
        }
    }
}
