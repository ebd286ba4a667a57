package io.linchpin.server.projects;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.linchpin.server.identity.UserAccounts;
import io.linchpin.server.identity.UserSummary;

/**
 * What projects ask identity about people: many user IDs resolved in one query, for lists that show
 * people (assignees, authors, actors), and whether someone belongs to an external organisation.
 */
final class UserRefs {

    private UserRefs() {
    }

    static Map<Long, UserRef> of(UserAccounts users, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAll(new HashSet<>(ids)).stream().map(UserRef::of)
                .collect(Collectors.toMap(UserRef::id, Function.identity()));
    }

    /** People of an external organisation (vendors, outside experts) get no project role. */
    static boolean external(UserAccounts users, long userId) {
        return users.find(userId).map(UserSummary::external).orElse(false);
    }
}
