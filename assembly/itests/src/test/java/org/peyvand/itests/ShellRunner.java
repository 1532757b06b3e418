package org.peyvand.itests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs shell commands as the test administrator would over SSH and returns what they print. */
public final class ShellRunner {
    private final SessionFactory sessions;

    public ShellRunner(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @SuppressWarnings("removal")
    public String run(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(PeyvandContainer.USER));
        for (String role : new String[] {"admin", "manager", "viewer", "systembolt", "ssh"}) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
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
