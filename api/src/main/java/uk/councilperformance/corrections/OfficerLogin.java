package uk.councilperformance.corrections;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in officer: what Spring Security knows, plus the row id and name a correction records. */
public class OfficerLogin extends User {

    static final String ROLE = "ROLE_OFFICER";

    private final long officerId;
    private final String name;

    OfficerLogin(Officer officer) {
        super(officer.username(), officer.passwordHash(), !officer.disabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(ROLE)));
        this.officerId = officer.rowId();
        this.name = officer.name();
    }

    public long officerId() {
        return officerId;
    }

    public String name() {
        return name;
    }
}
