package io.linchpin.server.identity;

/** An organisation as other capabilities and the API see it; {@code version} guards renames. */
public record OrganisationSummary(long id, String name, OrganisationKind kind, long version) {

    static OrganisationSummary of(Organisation organisation) {
        return new OrganisationSummary(organisation.id(), organisation.name(), organisation.kind(), organisation.version());
    }

    public boolean external() {
        return kind == OrganisationKind.EXTERNAL;
    }
}
