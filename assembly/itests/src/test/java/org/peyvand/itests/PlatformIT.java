package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;

/** The platform boots, reports ready, guards its API, describes it, and answers in the shell. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {
    private final RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD);

    @Inject
    @Filter(timeout = 120_000)
    ModuleRegistry modules;

    @Inject
    @Filter(timeout = 120_000)
    SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Before
    public void platformReady() {
        Await.until("the platform to report ready", 120_000, () -> modules.status().ready());
        PeyvandContainer.ensureAdministrator();
    }

    @Test
    public void statusEndpointReportsReadyKernel() {
        RestClient.Reply reply = admin.get("/api/v1/status");
        assertEquals(reply.body(), 200, reply.status());
        JsonNode status = reply.json();
        assertTrue(status.get("ready").asBoolean());
        assertTrue(status.get("kernelReady").asBoolean());
    }

    @Test
    public void everyEndpointNeedsCredentials() {
        RestClient.Reply reply = RestClient.anonymous().get("/api/v1/status");
        assertEquals(401, reply.status());
        assertEquals("unauthorized", reply.json().get("code").asText());
        assertEquals(401, RestClient.anonymous().get("/api/openapi.json").status());
        assertEquals(401, RestClient.as(PeyvandContainer.USER, "wrong").get("/api/v1/status").status());
    }

    @Test
    public void errorsAreLocalisedByAcceptLanguage() {
        JsonNode english = admin.get("/api/v1/no-such-resource").json();
        JsonNode persian = admin.inLanguage("fa-IR").get("/api/v1/no-such-resource").json();
        assertEquals("not_found", english.get("code").asText());
        assertEquals("There is no such address.", english.get("message").asText());
        assertEquals("چنین نشانی‌ای وجود ندارد.", persian.get("message").asText());
    }

    @Test
    public void openApiDocumentAndSwaggerUiAreServed() {
        RestClient.Reply document = admin.get("/api/openapi.json");
        assertEquals(200, document.status());
        JsonNode api = document.json();
        assertTrue(api.get("openapi").asText().startsWith("3."));
        assertTrue(api.get("paths").has("/status"));
        RestClient.Reply page = admin.get("/api/docs/index.html");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("swagger-ui-bundle.js"));
    }

    @Test
    public void workspaceAnswersWithTheLoginPage() {
        RestClient.Reply page = RestClient.anonymous().get("/crm/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("dir=\"rtl\""));
        assertEquals(200, RestClient.anonymous().get("/vaadin-8.14.3/VAADIN/vaadinBootstrap.js").status());
        assertEquals(200, RestClient.anonymous().get("/vaadin-8.14.3/VAADIN/themes/peyvand/styles.css").status());
    }

    @Test
    public void shellReportsStatusAndModules() throws Exception {
        ShellRunner shell = new ShellRunner(sessions);
        String status = shell.run("crm:status");
        assertTrue(status, status.contains("READY"));
        String list = shell.run("crm:module-list");
        assertTrue(list, list.contains("Id") && list.contains("State"));
    }
}
