package uz.natlib.libstats.users;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Adds users, changes their passwords, disables them; the rules every way of doing so follows. */
@Service
public class Users {

    /** Shorter passwords are refused; 12 characters from 56 letters and digits is 69 bits when generated. */
    public static final int MINIMUM_PASSWORD_LENGTH = 10;

    private static final String GENERATED_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    // bcrypt, written with its {bcrypt} prefix so that a stronger encoding can follow without a migration.
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final UserRepository users;

    Users(UserRepository users) {
        this.users = users;
    }

    public static PasswordEncoder passwordEncoder() {
        return ENCODER;
    }

    /** A user name as stored: trimmed, lower case; {@code null} when it is not one. */
    public static String normalisedName(String name) {
        if (name == null) {
            return null;
        }
        String normalised = name.strip().toLowerCase(Locale.ROOT);
        return normalised.matches("[a-z0-9._-]{2,64}") ? normalised : null;
    }

    public static String generatedPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(GENERATED_ALPHABET.charAt(RANDOM.nextInt(GENERATED_ALPHABET.length())));
        }
        return password.toString();
    }

    /**
     * @throws IllegalArgumentException naming what is wrong: the name, the password, the region, or the name is taken
     */
    public UserAccount add(String name, Role role, String regionCode, String password, String language) {
        String username = requireName(name);
        requirePassword(password);
        if (role == Role.REGIONAL) {
            if (regionCode == null || !users.isRegion(regionCode)) {
                throw new IllegalArgumentException("a regional user needs --region, the code of a region (see jobs/territory)");
            }
        } else if (regionCode != null) {
            throw new IllegalArgumentException("only a regional user is bound to a region");
        }
        if (!users.insert(username, ENCODER.encode(password), role, regionCode, language == null ? "latn" : language)) {
            throw new IllegalArgumentException("there is already a user " + username);
        }
        return users.find(username).orElseThrow();
    }

    /** Adds the first administrator unless a user of that name exists; returns whether it was added. */
    public boolean addFirstAdministrator(String password) {
        requirePassword(password);
        return users.insert("admin", ENCODER.encode(password), Role.ADMIN, null, "latn");
    }

    public void changePassword(String name, String password) {
        requirePassword(password);
        if (!users.setPassword(requireName(name), ENCODER.encode(password))) {
            throw new IllegalArgumentException("no user " + name);
        }
    }

    public void setEnabled(String name, boolean enabled) {
        if (!users.setEnabled(requireName(name), enabled)) {
            throw new IllegalArgumentException("no user " + name);
        }
    }

    public Optional<UserAccount> find(String name) {
        String username = normalisedName(name);
        return username == null ? Optional.empty() : users.find(username);
    }

    public List<UserAccount> all() {
        return users.all();
    }

    private static String requireName(String name) {
        String username = normalisedName(name);
        if (username == null) {
            throw new IllegalArgumentException("a user name is 2 to 64 letters a-z, digits, '.', '_' or '-'");
        }
        return username;
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH || password.isBlank()) {
            throw new IllegalArgumentException("a password has at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            // bcrypt reads only the first 72 bytes: a longer password would not be what the user thinks.
            throw new IllegalArgumentException("a password has at most 72 bytes (72 Latin letters, 36 Cyrillic)");
        }
    }
}
