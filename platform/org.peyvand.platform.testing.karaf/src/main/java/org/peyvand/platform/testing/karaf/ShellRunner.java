package org.peyvand.platform.testing.karaf;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs shell commands as a signed-in user would over SSH and returns what they print. */
public final class ShellRunner {
    private final SessionFactory sessions;

    public ShellRunner(SessionFactory sessions) {
        this.sessions = sessions;
    }

    public String run(String command) throws Exception {
        return runAs(PeyvandContainer.USER, command);
    }

    /** As {@code username}; the commands look the user's roles up in the user store. */
    @SuppressWarnings("removal")
    public String runAs(String username, String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(username));
        Session session = sessions.create(System.in, out, out);
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } finally {
            session.close();
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
