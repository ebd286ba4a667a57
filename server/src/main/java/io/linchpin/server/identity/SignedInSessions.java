package io.linchpin.server.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The sessions (in the database, shared by every instance) of one person. A session keeps the
 * person's rights as they were at sign-in, so a change of rights ends their sessions.
 */
@Component
class SignedInSessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    void endAllOf(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
