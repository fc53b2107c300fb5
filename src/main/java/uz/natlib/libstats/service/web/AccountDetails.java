package uz.natlib.libstats.service.web;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.users.UserAccount;
import uz.natlib.libstats.users.Users;

/** Spring Security's view of a user: from table {@code app_user}, locked while its sign-ins are throttled. */
@Component
class AccountDetails implements UserDetailsService {

    private final Users users;
    private final LoginThrottle throttle;

    AccountDetails(Users users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .accountLocked(throttle.isThrottled(account.username()))
                .build();
    }
}
