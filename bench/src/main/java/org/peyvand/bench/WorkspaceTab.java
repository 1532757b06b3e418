package org.peyvand.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One browser tab of the workspace, spoken to as the browser does: the page at {@code /crm/} (its
 * session cookie kept), the init request whose answer holds the first screen, then UIDL round trips
 * carrying the tab's calls (typing, clicks, polls) and bringing back what changed. It follows the
 * state and hierarchy of the server's components, so the side menu reads as the user sees it.
 */
final class WorkspaceTab {
    private static final String TEXT_RPC = "com.vaadin.shared.ui.textfield.AbstractTextFieldServerRpc";
    private static final String BUTTON_RPC = "com.vaadin.shared.ui.button.ButtonServerRpc";
    private static final String UI_RPC = "com.vaadin.shared.ui.ui.UIServerRpc";
    private static final String UI_CONNECTOR = "0";
    private static final String CLICK = "{\"button\":\"LEFT\",\"clientX\":10,\"clientY\":10,\"altKey\":false,\"ctrlKey\":false,"
            + "\"metaKey\":false,\"shiftKey\":false,\"type\":1,\"relativeX\":5,\"relativeY\":5}";

    private final HttpClient http;
    private final String base;
    private final Map<String, Map<String, Object>> states = new HashMap<>();
    private final Map<String, List<Object>> hierarchy = new HashMap<>();
    private long uiId;
    private String csrfToken;
    private long syncId;
    private long clientId;

    private WorkspaceTab(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Opens the workspace in a new session and signs in through its login screen. */
    static WorkspaceTab signIn(String base, String user, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(5)).build();
        WorkspaceTab tab = new WorkspaceTab(http, base);
        tab.load();
        tab.call(tab.invocation("login-username", TEXT_RPC, "setText", quote(user) + "," + user.length()),
                tab.invocation("login-password", TEXT_RPC, "setText", quote(password) + "," + password.length()),
                tab.invocation("login-submit", BUTTON_RPC, "click", CLICK));
        if (tab.connector("crm-menu").isEmpty()) {
            throw new IllegalStateException("the workspace did not open after signing in as " + user);
        }
        return tab;
    }

    /** The same session in a tab opened afresh: a page load showing the workspace as built now. */
    WorkspaceTab reload() throws IOException, InterruptedException {
        WorkspaceTab tab = new WorkspaceTab(http, base);
        tab.load();
        return tab;
    }

    /** One round trip as a polling tab makes it, bringing back whatever changed on the server since the last. */
    void poll() throws IOException, InterruptedException {
        call("[\"" + UI_CONNECTOR + "\",\"" + UI_RPC + "\",\"poll\",[]]");
    }

    /** Whether the side menu holds the entry of the screen {@code viewId}. */
    boolean showsMenuEntry(String viewId) {
        return menu().containsKey("menu-" + viewId);
    }

    /** The side menu's entries in order: element id to caption. */
    Map<String, String> menu() {
        Map<String, String> entries = new LinkedHashMap<>();
        states.entrySet().stream().filter(e -> "valo-menuitems".equals(e.getValue().get("primaryStyleName"))).findFirst()
                .ifPresent(items -> hierarchy.getOrDefault(items.getKey(), List.of()).forEach(child -> {
                    Map<String, Object> state = states.getOrDefault(String.valueOf(child), Map.of());
                    if (state.get("id") instanceof String id && id.startsWith("menu-")) {
                        entries.put(id, String.valueOf(state.get("caption")));
                    }
                }));
        return entries;
    }

    private void load() throws IOException, InterruptedException {
        exchange(HttpRequest.newBuilder(URI.create(base + "/crm/")).GET());
        String details = "v-sw=1280&v-sh=900&v-cw=1280&v-ch=900&v-vw=1280&v-vh=900&v-tzo=-210&v-rtzo=-210&v-dstd=0&v-dston=false"
                + "&v-tzid=Asia%2FTehran&v-curdate=" + System.currentTimeMillis() + "&v-td=false&theme=peyvand&v-wn=bench-"
                + System.nanoTime() + "&v-loc=" + BenchClient.encode(base + "/crm/");
        String answer = exchange(HttpRequest.newBuilder(URI.create(base + "/crm/?v-browserDetails=1"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(details)));
        Map<String, Object> init = Json.object(Json.parse(answer));
        uiId = ((Double) init.get("v-uiId")).longValue();
        apply(Json.object(Json.parse((String) init.get("uidl"))));
    }

    private String invocation(String elementId, String rpc, String method, String arguments) {
        String connector = connector(elementId).orElseThrow(() -> new IllegalStateException("no " + elementId + " on the screen"));
        return "[\"" + connector + "\",\"" + rpc + "\",\"" + method + "\",[" + arguments + "]]";
    }

    private Optional<String> connector(String elementId) {
        return states.entrySet().stream().filter(e -> elementId.equals(e.getValue().get("id"))).map(Map.Entry::getKey).findFirst();
    }

    private void call(String... invocations) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":" + quote(csrfToken) + ",\"rpc\":[" + String.join(",", invocations) + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId++ + "}";
        String answer = exchange(HttpRequest.newBuilder(URI.create(base + "/crm/UIDL/?v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)));
        // the answer is guarded against being read as a script: for(;;);[{...}]
        apply(Json.object(Json.array(Json.parse(answer.substring(answer.indexOf('[')))).get(0)));
    }

    private void apply(Map<String, Object> uidl) {
        Map<String, Object> meta = Json.object(uidl.get("meta"));
        if (meta.containsKey("appError") || Boolean.TRUE.equals(meta.get("sessionExpired"))) {
            throw new IllegalStateException("the workspace answered " + meta);
        }
        if (uidl.get("Vaadin-Security-Key") instanceof String token) {
            csrfToken = token;
        }
        if (uidl.get("syncId") instanceof Double id) {
            syncId = id.longValue();
        }
        Json.object(uidl.get("state")).forEach((connector, state) ->
                states.computeIfAbsent(connector, c -> new HashMap<>()).putAll(Json.object(state)));
        Json.object(uidl.get("hierarchy")).forEach((connector, children) -> hierarchy.put(connector, Json.array(children)));
    }

    private String exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> reply = http.send(request.header("Accept-Language", "en").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(reply.request().uri() + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return reply.body();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
