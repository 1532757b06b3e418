package org.peyvand.platform.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.security.auth.Subject;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.junit.jupiter.api.Test;
import org.peyvand.platform.core.error.FieldError;
import org.peyvand.platform.core.format.DisplayPreferences;
import org.peyvand.platform.core.i18n.I18nService;
import org.peyvand.platform.core.i18n.Messages;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.security.LoginOutcome;

class CrmActionTest {

    @Test
    void aCommandWhoseServiceIsMissingSaysSoAndRunsNothing() throws Exception {
        Listing command = new Listing();

        assertThat(printedBy(command).strip()).isEqualTo("shell.error.serviceUnavailable[Archive]");
        assertThat(command.ran).isFalse();
    }

    @Test
    void aCommandRunsWhenItsServicesAreThere() throws Exception {
        Listing command = new Listing();
        command.archive = new Archive() {
        };

        assertThat(printedBy(command)).isEmpty();
        assertThat(command.ran).isTrue();
    }

    /** Karaf shows a bundle's commands only while all their mandatory references are there; one missing service must not hide the others. */
    @Test
    void commandsReferenceTheServicesTheyCallOptionally() {
        List<String> mandatory = new ArrayList<>();
        for (Class<?> command : commands()) {
            for (Class<?> type = command; type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    Reference reference = field.getAnnotation(Reference.class);
                    if (reference != null && !reference.optional() && field.getType() != Session.class && field.getType() != I18nService.class) {
                        mandatory.add(command.getSimpleName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(commands()).hasSizeGreaterThan(30);
        assertThat(mandatory).isEmpty();
    }

    private static String printedBy(CrmAction command) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static List<Class<?>> commands() {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            List<Class<?>> commands = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Service.class)) {
                    commands.add(type);
                }
            }
            return commands;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A service some command calls. */
    interface Archive {
    }

    private static final class Listing extends CrmAction {
        @Reference(optional = true)
        Archive archive;

        boolean ran;

        Listing() {
            i18n = new KeysOnly();
            authenticator = new EveryoneIsSara();
        }

        @Override
        protected void run(Caller caller, Messages messages) {
            ran = true;
        }
    }

    private static final class EveryoneIsSara implements Authenticator {
        @Override
        public LoginOutcome login(String username, char[] password, String otpCode) {
            return LoginOutcome.refused();
        }

        @Override
        public Optional<Caller> fromSubject(Subject subject) {
            return actingFor("sara");
        }

        @Override
        public Optional<Caller> actingFor(String username) {
            return Optional.of(new Caller(username, 1, Set.of(), DisplayPreferences.defaults(I18nService.ENGLISH)));
        }
    }

    /** Texts shown as their key and arguments. */
    private static final class KeysOnly implements I18nService, Messages {
        @Override
        public List<Locale> locales() {
            return List.of(ENGLISH);
        }

        @Override
        public Messages messages(Locale locale) {
            return this;
        }

        @Override
        public Locale negotiate(List<Locale> requested) {
            return ENGLISH;
        }

        @Override
        public Locale locale() {
            return ENGLISH;
        }

        @Override
        public String get(String key, Object... args) {
            return key + List.of(args);
        }

        @Override
        public Optional<String> find(String key, Object... args) {
            return Optional.of(get(key, args));
        }

        @Override
        public String describe(FieldError error, String fieldLabelKey) {
            return get(error.messageKey(), error.args().toArray());
        }
    }
}
