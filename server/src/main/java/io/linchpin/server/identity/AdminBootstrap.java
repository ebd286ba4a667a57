package io.linchpin.server.identity;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start on an empty database: creates the install's own organisation
 * ({@code LINCHPIN_ORGANISATION_NAME}) and {@code admin} with {@code LINCHPIN_ADMIN_PASSWORD}, or
 * with a generated password printed once in the log (it is stored only as a hash).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Users users;
    private final Organisations organisations;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final String adminPassword;
    private final String organisationName;

    AdminBootstrap(Users users, Organisations organisations, PasswordEncoder passwordEncoder, AuditLog audit,
            @Value("${linchpin.admin-password:}") String adminPassword,
            @Value("${linchpin.organisation-name:}") String organisationName) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.adminPassword = adminPassword;
        this.organisationName = organisationName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = adminPassword.isBlank();
        String password = generated ? generatePassword() : adminPassword;
        Organisation home = organisations.save(Organisation.create(organisationName, OrganisationKind.INTERNAL));
        User admin = users.save(User.create("admin", "Administrator", null, passwordEncoder.encode(password), true, home.id()));
        audit.record(null, "Organisation", home.id(), "CREATED", null, OrganisationSummary.of(home));
        audit.record(null, "User", admin.id(), "CREATED", null, UserSummary.of(admin, OrganisationKind.INTERNAL));
        if (generated) {
            log.warn("\n\n    Created the first user 'admin' with the generated password: {}\n"
                    + "    It is shown only this once. Set LINCHPIN_ADMIN_PASSWORD to choose it.\n", password);
        } else {
            log.info("Created the first user 'admin' with the password from LINCHPIN_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
