package uz.natlib.libstats.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import uz.natlib.libstats.users.Users;

/**
 * At the service's first start, the administrator {@code admin}: its password is
 * {@code LIBSTATS_ADMIN_PASSWORD}, or one generated here and printed once. Later starts, and a
 * second instance starting at the same moment, find the user there and leave it alone.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final String password;

    FirstAdministrator(Users users, @Value("${LIBSTATS_ADMIN_PASSWORD:}") String password) {
        this.users = users;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = password.isBlank();
        String chosen = generated ? Users.generatedPassword() : password;
        if (!users.addFirstAdministrator(chosen)) {
            return;
        }
        if (generated) {
            // Printed, not logged: the log may be kept where others read it.
            System.out.println("First administrator: user 'admin', password " + chosen
                    + " (shown once; change it with jobs/users password admin)");
        } else {
            log.info("First administrator 'admin' created with the password in LIBSTATS_ADMIN_PASSWORD");
        }
    }
}
