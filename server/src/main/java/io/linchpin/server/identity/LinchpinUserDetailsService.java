package io.linchpin.server.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class LinchpinUserDetailsService implements UserDetailsService {

    private final Users users;

    LinchpinUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username).map(LinchpinUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }
}
