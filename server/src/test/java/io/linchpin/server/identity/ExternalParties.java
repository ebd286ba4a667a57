package io.linchpin.server.identity;

import io.linchpin.server.TestUsers;

/** People of an outside party, made the way an administrator makes them: invited, then choosing a password. */
final class ExternalParties {

    private ExternalParties() {
    }

    static UserSummary person(OrganisationDirectory directory, UserAdministration administration, PasswordLinks links,
            String base) {
        OrganisationSummary vendor = directory.createOrganisation(TestUsers.unique(base + " Ltd"), OrganisationKind.EXTERNAL);
        Invitation invitation = administration.invite(new NewUser(TestUsers.unique(base), "Vendor " + base, null,
                vendor.id(), null, false));
        links.choosePassword(invitation.link().secret(), TestUsers.PASSWORD, TestUsers.PASSWORD);
        return invitation.user();
    }
}
