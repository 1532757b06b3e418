package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.peyvand.itests.fixtures.Catalogs;
import org.peyvand.platform.module.ModuleRegistry;
import org.peyvand.platform.module.ModuleState;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.timeline.TimelineService;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The customer timeline over REST against the running distribution: an account's own entries, then
 * the visits plugin dropped in at run time adding its visits to that timeline with nothing changed in
 * the accounts module, and taking them away again when it leaves while the timeline still answers.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TimelineIT {
    private final RestClient admin = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD).inLanguage("en");

    @Inject
    @Filter(timeout = 120_000)
    FeaturesService features;

    @Inject
    @Filter(timeout = 120_000)
    ModuleRegistry modules;

    @Inject
    @Filter(timeout = 120_000)
    TimelineService timeline;

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(List.of(PeyvandContainer.options()));
        options.addAll(Catalogs.inContainer());
        return options.toArray(Option[]::new);
    }

    @Before
    public void accounts() throws Exception {
        AccountsModule.ensure(features, modules);
    }

    @Test
    public void aModuleInstalledAtRunTimeAddsItsEntriesToAnAccountsTimelineAndTakesThemWithIt() throws Exception {
        long account = createAccount("Timeline " + new Random().nextInt(1_000_000));
        String path = "/api/v1/timeline/accounts.account/" + account;

        JsonNode own = json(admin.get(path));
        assertEquals("Account created", own.get("entries").get(0).get("title").asText());
        assertEquals("accounts.change", own.get("entries").get(0).get("kind").asText());
        assertEquals(PeyvandContainer.USER, own.get("entries").get(0).get("actor").asText());
        assertEquals(PeyvandContainer.USER, own.get("summary").get("owner").asText());
        assertFalse("no visits before the plugin", kinds(own).contains("visits.visit"));

        Path dropped = Path.of(System.getProperty("karaf.home"), "deploy", "visits-timeline.kar");
        Files.copy(Path.of(System.getProperty("peyvand.visits.kar")), dropped);
        try {
            Await.until("the visits module to be ready", 120_000,
                    () -> modules.find("visits").map(module -> module.state() == ModuleState.READY).orElse(false));
            Await.until("the visits REST resource to be served", 60_000, () -> admin.get("/api/v1/visits").status() == 200);
            String today = LocalDate.now().toString();
            for (String purpose : List.of("Contract talk", "Yearly review")) {
                RestClient.Reply visit = admin.post("/api/v1/visits",
                        "{\"visitDate\":\"" + today + "\",\"accountId\":" + account + ",\"purpose\":\"" + purpose + "\"}");
                assertEquals(visit.body(), 201, visit.status());
            }

            Await.until("the visits on the account's timeline", 60_000, () -> kinds(json(admin.get(path))).contains("visits.visit"));
            JsonNode withVisits = json(admin.get(path));
            List<String> titles = titles(withVisits);
            assertTrue(titles.toString(), titles.containsAll(List.of("Visit: Contract talk", "Visit: Yearly review", "Account created")));
            assertNotNull("a visit is a contact: " + withVisits, withVisits.get("summary").get("lastContact").textValue());
            assertTrue(kinds(withVisits).containsAll(List.of("accounts.change", "visits.visit")));

            JsonNode visitsOnly = json(admin.get(path + "?kind=visits.visit"));
            assertEquals(List.of("visits.visit", "visits.visit"), entryKinds(visitsOnly));

            // a page at a time, each entry once, newest first
            List<String> paged = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode page = json(admin.get(path + "?limit=1" + (cursor == null ? "" : "&before=" + cursor)));
                assertEquals(1, page.get("entries").size());
                paged.addAll(titles(page));
                cursor = page.path("nextCursor").textValue();
            } while (cursor != null);
            assertEquals(titles, paged);
        } finally {
            Files.deleteIfExists(dropped);
        }
        Await.until("the visits module to leave with its file", 120_000, () -> modules.find("visits").isEmpty());

        RestClient.Reply after = admin.get(path);
        assertEquals(200, after.status());
        assertFalse("its entries went with it", entryKinds(after.json()).contains("visits.visit"));
        assertEquals("Account created", after.json().get("entries").get(0).get("title").asText());
    }

    @Test
    public void aPersonHasATimelineOfTheirOwnAndShowsOnTheirOrganisations() {
        long account = createAccount("People " + new Random().nextInt(1_000_000));
        RestClient.Reply person = admin.post("/api/v1/contacts", "{\"firstName\":\"Sara\",\"lastName\":\"Yazdani\",\"accountId\":" + account + "}");
        assertEquals(person.body(), 201, person.status());
        long contact = person.json().get("id").asLong();

        JsonNode own = json(admin.get("/api/v1/timeline/accounts.contact/" + contact));
        assertEquals(List.of("Contact created"), titles(own));
        assertEquals(List.of("accounts.change"), kinds(own));

        JsonNode organisation = json(admin.get("/api/v1/timeline/accounts.account/" + account));
        assertEquals(List.of("Contact added: Sara Yazdani", "Account created"), titles(organisation));
        JsonNode added = organisation.get("entries").get(0);
        assertEquals("accounts.contact", added.get("link").get("type").asText());
        assertEquals(String.valueOf(contact), added.get("link").get("id").asText());
    }

    @Test
    public void aMalformedCursorOrLimitIsRefusedNamingTheField() throws Exception {
        long account = createAccount("Paging " + new Random().nextInt(1_000_000));
        RestClient.Reply cursor = admin.get("/api/v1/timeline/accounts.account/" + account + "?before=nonsense");
        assertEquals(400, cursor.status());
        assertTrue(cursor.body(), cursor.body().contains("before"));
        assertEquals(400, admin.get("/api/v1/timeline/accounts.account/" + account + "?limit=0").status());
    }

    @Test
    public void aRecordNoModuleTellsAboutHasAnEmptyTimeline() {
        JsonNode nothing = json(admin.get("/api/v1/timeline/nobody.record/1"));
        assertEquals(0, nothing.get("entries").size());
        assertEquals(0, nothing.get("kinds").size());
        assertEquals(0, nothing.get("summary").get("openItems").asLong());
    }

    private long createAccount(String name) {
        RestClient.Reply created = admin.post("/api/v1/accounts", "{\"name\":\"" + name + "\"}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private static JsonNode json(RestClient.Reply reply) {
        assertEquals(reply.body(), 200, reply.status());
        return reply.json();
    }

    private static List<String> kinds(JsonNode body) {
        List<String> kinds = new ArrayList<>();
        body.get("kinds").forEach(kind -> kinds.add(kind.get("id").asText()));
        return kinds;
    }

    private static List<String> entryKinds(JsonNode body) {
        List<String> kinds = new ArrayList<>();
        body.get("entries").forEach(entry -> kinds.add(entry.get("kind").asText()));
        return kinds;
    }

    private static List<String> titles(JsonNode body) {
        List<String> titles = new ArrayList<>();
        body.get("entries").forEach(entry -> titles.add(entry.get("title").asText()));
        return titles;
    }
}
