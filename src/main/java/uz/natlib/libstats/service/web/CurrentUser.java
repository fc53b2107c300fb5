package uz.natlib.libstats.service.web;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import uz.natlib.libstats.users.UserAccount;
import uz.natlib.libstats.users.UserRepository;

/** The signed-in user of this request, read from the database once per request. */
@Component
public class CurrentUser {

    private static final String KEY = CurrentUser.class.getName();

    private final UserRepository users;

    CurrentUser(UserRepository users) {
        this.users = users;
    }

    public Optional<UserAccount> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST) instanceof UserAccount cached
                && cached.username().equals(authentication.getName())) {
            return Optional.of(cached);
        }
        Optional<UserAccount> user = users.find(authentication.getName()).filter(UserAccount::enabled);
        if (request != null) {
            user.ifPresent(u -> request.setAttribute(KEY, u, RequestAttributes.SCOPE_REQUEST));
        }
        return user;
    }

    /** The signed-in user; only for pages that sign-in guards. */
    public UserAccount required() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user on a guarded page"));
    }
}
