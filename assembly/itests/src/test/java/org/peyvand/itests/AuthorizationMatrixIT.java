package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.console.Command;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.ServiceReference;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.platform.security.AccessGuard;
import org.peyvand.platform.security.Authenticator;
import org.peyvand.platform.security.Caller;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;
import org.peyvand.ui.api.CrmView;

/**
 * Every REST operation, every workspace screen and every {@code crm:*} and module command of the running
 * distribution is guarded by a declared permission: a user with no role is refused and told which
 * permission is missing, and a user whose only role grants exactly that permission gets past the
 * check. An operation or command that checks no permission fails this test, so a new module cannot
 * add one unnoticed. The few that any signed-in user may use are listed here by name.
 */
public class AuthorizationMatrixIT extends CrmInContainer {
    private static final String SECRET = "matrix-secret-1";
    /**
     * Open to every signed-in user: readiness, the caller's own profile, notifications and reminders,
     * and the global search, where each module answers only with what the caller may read.
     */
    private static final Pattern SELF_SERVICE = Pattern.compile(
            "(GET /status)|(\\w+ /me(/.*)?)|(\\w+ /notifications(/.*)?)|(\\w+ /reminders(/.*)?)|(GET /search)|(POST /setup)");
    private static final Set<String> SELF_SERVICE_COMMANDS = Set.of("crm:status", "crm:search", "crm:reminder-add", "crm:reminder-list",
            "crm:reminder-cancel");
    private static final int KERNEL_AND_ACCOUNTS_COMMANDS = 48;
    private static final Pattern MISSING = Pattern.compile("permission \"([a-z][a-z0-9-]*\\.[a-zA-Z0-9-]+\\.[a-zA-Z0-9-]+)\"");

    private final String tag = Integer.toString(new Random().nextInt(36 * 36 * 36), 36);
    private final Map<String, String> holders = new HashMap<>();

    @Inject
    @Filter(timeout = 120_000)
    AccessGuard guard;

    @Inject
    @Filter(timeout = 120_000)
    Authenticator authenticator;

    @Before
    public void ready() throws Exception {
        // every shipped module's commands are listed before its services start (the last after its schema)
        Await.until("every module to be ready", 180_000, () -> modules.modules().stream().allMatch(m -> m.state() == ModuleState.READY));
    }

    @Test
    public void everyRestOperationNamesAPermissionAndHonoursIt() {
        String nobody = user("nobody" + tag, "[]");
        JsonNode api = admin.get("/api/openapi.json").json();
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                String operation = method + " " + path.getKey();
                if (SELF_SERVICE.matcher(operation).matches()) {
                    continue;
                }
                Call call = call(method, path.getKey(), op.getValue(), api);
                RestClient.Reply refused = call.send(RestClient.as(nobody, SECRET));
                assertEquals(operation + " must refuse a user without roles: " + refused.body(), 403, refused.status());
                String permission = missingPermission(operation, refused.json().get("message").asText());
                RestClient.Reply allowed = call.send(RestClient.as(holder(permission), SECRET));
                assertTrue(operation + " must let a holder of " + permission + " past the check: " + allowed.body(),
                        allowed.status() != 403 && allowed.status() != 401 && allowed.status() < 500);
                checked.add(operation + " -> " + permission);
            }
        }
        assertTrue("the accounts and kernel operations were all seen: " + checked, checked.size() >= 40);
    }

    @Test
    public void everyWorkspaceScreenNamesADeclaredPermission() throws Exception {
        String nobody = user("viewless" + tag, "[]");
        Caller none = authenticator.login(nobody, SECRET.toCharArray(), null).accepted().orElseThrow();
        int screens = 0;
        for (ServiceReference<CrmView> view : context.getServiceReferences(CrmView.class, null)) {
            String id = String.valueOf(view.getProperty("crm.menu.id"));
            Object permission = view.getProperty("crm.menu.permission");
            assertTrue("screen " + id + " names no permission", permission instanceof String p && !p.isBlank());
            assertTrue("screen " + id + " names an undeclared permission " + permission,
                    permissions.find((String) permission).isPresent());
            assertFalse(id, guard.allows(none, (String) permission));
            String holder = holder((String) permission);
            Caller allowed = authenticator.login(holder, SECRET.toCharArray(), null).accepted().orElseThrow();
            assertTrue(id, guard.allows(allowed, (String) permission));
            screens++;
        }
        assertTrue("the contacts and accounts screens at least", screens >= 2);
    }

    @Test
    public void everyCrmCommandNamesAPermissionAndHonoursIt() throws Exception {
        String nobody = user("shellless" + tag, "[]");
        ShellRunner shell = new ShellRunner(sessions);
        Set<String> scopes = new HashSet<>(Set.of("crm"));
        modules.modules().forEach(module -> scopes.add(module.id()));
        // the commands are listed at once, the services they call start later: on PostgreSQL after their schemas are migrated
        PeyvandContainer.awaitWorkspace();
        Await.until("the kernel's and the modules' commands", 180_000, () -> crmCommands(scopes).size() >= KERNEL_AND_ACCOUNTS_COMMANDS);
        int commands = 0;
        for (Command command : crmCommands(scopes)) {
            String name = command.getScope() + ":" + command.getName();
            String line = name + sampleArguments(command);
            String refused = shell.runAs(nobody, line);
            String permission = missingPermission(line, refused);
            String allowed = shell.runAs(holder(permission), line);
            assertFalse(line + " must let a holder of " + permission + " past the check: " + allowed,
                    allowed.contains("permission \"" + permission + "\""));
            commands++;
        }
        assertTrue("the kernel and accounts commands were all seen: " + commands, commands >= KERNEL_AND_ACCOUNTS_COMMANDS);
    }

    private List<Command> crmCommands(Set<String> scopes) {
        return sessions.getRegistry().getCommands().stream().filter(command -> scopes.contains(command.getScope())
                && !SELF_SERVICE_COMMANDS.contains(command.getScope() + ":" + command.getName())).toList();
    }

    /** The permission a refusal names; it must be one an installed module declares. */
    private String missingPermission(String operation, String refusal) {
        Matcher matcher = MISSING.matcher(refusal);
        assertTrue(operation + " must name the missing permission: " + refusal, matcher.find());
        String permission = matcher.group(1);
        assertTrue(operation + " names an undeclared permission " + permission, permissions.find(permission).isPresent());
        return permission;
    }

    /** A user whose only role grants exactly {@code permission}. */
    private String holder(String permission) {
        return holders.computeIfAbsent(permission, p -> {
            String role = ("only-" + tag + "-" + holders.size()).toLowerCase();
            RestClient.Reply created = admin.post("/api/v1/roles", "{\"name\":\"" + role + "\",\"labelFa\":\"" + p + "\"}");
            assertEquals(created.body(), 201, created.status());
            RestClient.Reply granted = admin.put("/api/v1/roles/" + role + "/permissions/" + p, "");
            assertEquals(granted.body(), 200, granted.status());
            return user("holder" + tag + holders.size(), "[\"" + role + "\"]");
        });
    }

    private String user(String name, String roles) {
        RestClient.Reply reply = admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"" + name
                + "\",\"password\":\"" + SECRET + "\",\"roles\":" + roles + "}");
        assertEquals(reply.body(), 201, reply.status());
        return name;
    }

    /** One request per operation: placeholders filled with values that name nothing existing, a minimal body. */
    private record Call(String method, String path, String body, String contentType) {
        RestClient.Reply send(RestClient client) {
            return switch (method) {
                case "GET" -> client.get(path);
                case "DELETE" -> client.delete(path);
                default -> client.send(method, path, body, contentType);
            };
        }
    }

    private static Call call(String method, String template, JsonNode operation, JsonNode api) {
        String path = "/api/v1" + template.replaceAll("\\{id\\}", "987654321").replaceAll("\\{[a-zA-Z]+\\}", "ghost");
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode schema = content.get("application/json").path("schema");
            if ("array".equals(schema.path("type").asText())) {
                return new Call(method, path, "[]", "application/json");
            }
            String ref = schema.path("$ref").asText("");
            JsonNode properties = ref.isEmpty() ? schema.path("properties")
                    : api.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)).path("properties");
            return new Call(method, path, properties.has("version") ? "{\"version\":0}" : "{}", "application/json");
        }
        if (content.has("text/csv")) {
            return new Call(method, path, "a\n", "text/csv");
        }
        if (content.has("application/xml")) {
            return new Call(method, path, "<definitions/>", "application/xml");
        }
        return new Call(method, path, "", "application/json");
    }

    /** Values for the command's required arguments and options; a password option always gets one. */
    private static String sampleArguments(Command command) throws Exception {
        Class<?> action = (Class<?>) command.getClass().getMethod("getActionClass").invoke(command);
        List<Field> arguments = new ArrayList<>();
        StringBuilder options = new StringBuilder();
        for (Class<?> type = action; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Argument argument = field.getAnnotation(Argument.class);
                if (argument != null && argument.required()) {
                    arguments.add(field);
                }
                Option option = field.getAnnotation(Option.class);
                if (option != null && (option.required() || "--password".equals(option.name()))) {
                    options.append(' ').append(option.name()).append(' ').append(sample(field));
                }
            }
        }
        arguments.sort((a, b) -> Integer.compare(a.getAnnotation(Argument.class).index(), b.getAnnotation(Argument.class).index()));
        // Karaf reads options before arguments
        StringBuilder line = new StringBuilder(options);
        for (Field field : arguments) {
            line.append(' ').append(sample(field));
        }
        return line.toString();
    }

    /** A value of the field's type; its declared completion values are its vocabulary. */
    private static String sample(Field field) {
        Completion completion = field.getAnnotation(Completion.class);
        if (completion != null && completion.values().length > 0) {
            return completion.values()[0];
        }
        Class<?> type = field.getType();
        if (Collection.class.isAssignableFrom(type) && field.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            // a multi-valued argument: one value of its element type
            type = element;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        if (type == long.class || type == int.class || type == Long.class || type == Integer.class) {
            return "987654321";
        }
        return "ghost-secret-1";
    }
}
