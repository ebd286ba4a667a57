package io.linchpin.cli;

import io.linchpin.engine.plan.RuleSet;
import picocli.CommandLine;

/** Reads {@code msproject} or {@code p6}. */
final class RulesConverter implements CommandLine.ITypeConverter<RuleSet> {

    @Override
    public RuleSet convert(String value) {
        switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "msproject":
                return RuleSet.MS_PROJECT;
            case "p6":
                return RuleSet.P6;
            default:
                throw new CommandLine.TypeConversionException("rules must be msproject or p6, not '" + value + "'");
        }
    }
}
