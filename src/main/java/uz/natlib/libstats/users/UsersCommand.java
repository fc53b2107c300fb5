package uz.natlib.libstats.users;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uz.natlib.libstats.cli.CommandHandler;
import uz.natlib.libstats.cli.UsageException;

/** {@code jobs/users add|list|disable|enable|password}. */
@Component
public class UsersCommand implements CommandHandler<UsersCommand.Arguments> {

    public enum Action { add, list, disable, enable, password }

    @Command(name = "users", description = """
            Manage the users of the web page and the API: add, list, disable, enable, password.

            jobs/users list
            jobs/users add NAME --role analyst|admin
            jobs/users add NAME --role regional --region 1706
            jobs/users disable NAME
            jobs/users password NAME
            A password is read from standard input when one is piped in (--password-stdin);
            otherwise one is generated and printed once. The first administrator, 'admin', is
            made by jobs/serve at its first start (LIBSTATS_ADMIN_PASSWORD, or printed).
            """)
    public static final class Arguments {
        @Parameters(index = "0", paramLabel = "ACTION", description = "add, list, disable, enable or password")
        Action action;

        @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "the user's name: 2 to 64 of a-z 0-9 . _ -")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", description = "admin, analyst or regional (with add)")
        Role role;

        @Option(names = "--region", paramLabel = "CODE", description = "the region of a regional user, e.g. 1706 (Bukhara)")
        String region;

        @Option(names = "--language", paramLabel = "LANG", defaultValue = "latn",
                description = "cyrl, latn or en: the pages' language until the user switches (default latn)")
        String language;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordFromStdin;
    }

    private final Users users;

    UsersCommand(Users users) {
        this.users = users;
    }

    @Override
    public int run(Arguments arguments, PrintStream out) throws Exception {
        if (arguments.action != Action.list && arguments.name == null) {
            throw new UsageException(arguments.action + " needs the user's NAME");
        }
        if (!arguments.language.matches("cyrl|latn|en")) {
            throw new UsageException("--language is cyrl, latn or en");
        }
        try {
            switch (arguments.action) {
                case list -> list(out);
                case add -> {
                    if (arguments.role == null) {
                        throw new UsageException("add needs --role admin, analyst or regional");
                    }
                    Password password = password(arguments);
                    UserAccount added = users.add(arguments.name, arguments.role, arguments.region, password.text(),
                            arguments.language);
                    out.println("added " + added.username() + " (" + added.role().name().toLowerCase()
                            + (added.regionCode() == null ? "" : ", region " + added.regionCode()) + ")");
                    password.printIfGenerated(out);
                }
                case disable -> {
                    users.setEnabled(arguments.name, false);
                    out.println("disabled " + arguments.name);
                }
                case enable -> {
                    users.setEnabled(arguments.name, true);
                    out.println("enabled " + arguments.name);
                }
                case password -> {
                    Password password = password(arguments);
                    users.changePassword(arguments.name, password.text());
                    out.println("changed the password of " + arguments.name);
                    password.printIfGenerated(out);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return 0;
    }

    private void list(PrintStream out) {
        out.println("user\trole\tregion\tlanguage\tenabled");
        for (UserAccount user : users.all()) {
            out.println(user.username() + "\t" + user.role().name().toLowerCase() + "\t"
                    + (user.regionCode() == null ? "" : user.regionCode()) + "\t" + user.language() + "\t"
                    + (user.enabled() ? "yes" : "no"));
        }
    }

    private record Password(String text, boolean generated) {
        void printIfGenerated(PrintStream out) {
            if (generated) {
                out.println("password (shown once): " + text);
            }
        }
    }

    private static Password password(Arguments arguments) throws Exception {
        if (!arguments.passwordFromStdin) {
            return new Password(Users.generatedPassword(), true);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isBlank()) {
            throw new UsageException("--password-stdin: no password on standard input");
        }
        return new Password(line.strip(), false);
    }
}
