package uk.councilperformance.corrections;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Officers' credentials for Spring Security, from the officer table. A disabled officer is refused.
 * Being the application's one UserDetailsService, it also stops Spring Boot generating a default user.
 */
@Service
public class OfficerAccounts implements UserDetailsService {

    private final Officers officers;

    public OfficerAccounts(Officers officers) {
        this.officers = officers;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return officers.byUsername(username).map(OfficerLogin::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such officer"));
    }
}
