package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

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
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.peyvand.platform.notification.Notification;
import org.peyvand.platform.notification.NotificationChannel;
import org.peyvand.platform.notification.NotificationLink;
import org.peyvand.platform.notification.NotificationService;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Notifications in the running distribution: sent through the kernel service, read and marked over
 * REST by their recipient, delivered to a channel that arrives as a service and not broken when it
 * leaves, and kept from the inbox by the recipient's preference; reminders set over REST and the
 * shell, delivered once to their owner only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NotificationsIT {
    private final RestClient user = RestClient.as(PeyvandContainer.USER, PeyvandContainer.PASSWORD).inLanguage("en");

    @Inject
    @Filter(timeout = 120_000)
    NotificationService notifications;

    @Inject
    BundleContext context;

    @Inject
    @Filter(timeout = 120_000)
    SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return PeyvandContainer.options();
    }

    @Before
    public void administrator() {
        PeyvandContainer.ensureAdministrator();
    }

    @Test
    public void theRecipientReadsAndMarksTheirNotificationsOverRest() {
        user.post("/api/v1/notifications/read-all", "{}");
        assertEquals(0, unread());
        String kind = "itest.inbox" + suffix();
        notifications.notify(kind, List.of(PeyvandContainer.USER), "ui.notifications", List.of(), NotificationLink.view("cartable", "7"));
        notifications.notify(kind, List.of(PeyvandContainer.USER), "ui.notifications.none", List.of(), null);

        assertEquals(2, unread());
        JsonNode inbox = ok(user.get("/api/v1/notifications?limit=1"));
        assertEquals(1, inbox.get("items").size());
        JsonNode newest = inbox.get("items").get(0);
        assertEquals("No notifications yet.", newest.get("title").asText());
        assertEquals(kind, newest.get("kind").asText());
        assertFalse(newest.get("read").asBoolean());
        JsonNode older = ok(user.get("/api/v1/notifications?limit=1&before=" + inbox.get("nextCursor").asText())).get("items").get(0);
        assertEquals("Notifications", older.get("title").asText());
        assertEquals("cartable", older.get("link").get("viewId").asText());

        JsonNode after = ok(user.post("/api/v1/notifications/read", "{\"ids\":[" + newest.get("id").asLong() + "]}"));
        assertEquals(1, after.get("unread").asLong());
        assertEquals(1, unread());
        assertTrue(ok(user.get("/api/v1/notifications?limit=1")).get("items").get(0).get("read").asBoolean());
        assertEquals(0, ok(user.post("/api/v1/notifications/read-all", "{}")).get("unread").asLong());
        assertEquals(400, user.get("/api/v1/notifications?limit=0").status());
        assertEquals(401, RestClient.anonymous().get("/api/v1/notifications/unread-count").status());
    }

    @Test
    public void aChannelArrivingAsAServiceReceivesWhatItsUsersChoseAndLeavesNothingBroken() {
        String kind = "itest.channel" + suffix();
        List<Notification> delivered = new CopyOnWriteArrayList<>();
        ServiceRegistration<NotificationChannel> registration = context.registerService(NotificationChannel.class, new NotificationChannel() {
            @Override
            public String id() {
                return "itest-sms";
            }

            @Override
            public String labelKey() {
                return "ui.notifications";
            }

            @Override
            public void deliver(Notification notification) {
                delivered.add(notification);
            }
        }, null);
        try {
            JsonNode preferences = ok(user.get("/api/v1/notifications/preferences"));
            List<String> channels = new ArrayList<>();
            preferences.get("channels").forEach(c -> channels.add(c.get("id").asText()));
            assertEquals(List.of(NotificationService.IN_APP, "itest-sms"), channels);
            ok(user.put("/api/v1/notifications/preferences", "{\"kind\":\"" + kind + "\",\"channel\":\"itest-sms\",\"enabled\":true}"));

            notifications.notify(kind, List.of(PeyvandContainer.USER), "ui.notifications", List.of("1"), null);
            assertEquals(1, delivered.size());
            assertEquals(PeyvandContainer.USER, delivered.get(0).recipient());
        } finally {
            registration.unregister();
        }
        long before = unread();
        notifications.notify(kind, List.of(PeyvandContainer.USER), "ui.notifications", List.of("2"), null);
        assertEquals("the channel left; in-app still delivers", before + 1, unread());
        assertEquals(1, delivered.size());
        RestClient.Reply gone = user.put("/api/v1/notifications/preferences",
                "{\"kind\":\"" + kind + "\",\"channel\":\"itest-sms\",\"enabled\":false}");
        assertEquals(400, gone.status());
        assertTrue(gone.body(), gone.body().contains("channel"));
    }

    @Test
    public void turningInAppOffForAKindKeepsThatKindOutOfTheInbox() {
        String quiet = "itest.quiet" + suffix();
        ok(user.put("/api/v1/notifications/preferences", "{\"kind\":\"" + quiet + "\",\"channel\":\"in-app\",\"enabled\":false}"));
        long before = unread();

        notifications.notify(quiet, List.of(PeyvandContainer.USER), "ui.notifications", List.of(), null);
        assertEquals(before, unread());
        notifications.notify("itest.loud" + suffix(), List.of(PeyvandContainer.USER), "ui.notifications", List.of(), null);
        assertEquals(before + 1, unread());

        boolean off = false;
        for (JsonNode p : ok(user.get("/api/v1/notifications/preferences")).get("preferences")) {
            off |= p.get("kind").asText().equals(quiet) && p.get("channel").asText().equals("in-app") && !p.get("enabled").asBoolean();
        }
        assertTrue(off);
    }

    @Test
    public void aReminderSetOverRestOrTheShellReachesItsOwnerOnceWithItsRecord() throws Exception {
        String note = "itest reminder " + suffix();
        RestClient.Reply past = user.post("/api/v1/reminders", "{\"at\":\"" + Instant.now().minusSeconds(60) + "\",\"note\":\"" + note
                + "\",\"recordType\":\"accounts.account\",\"recordId\":\"42\"}");
        assertEquals(past.body(), 400, past.status());
        assertTrue(past.body(), past.body().contains("\"at\""));
        assertEquals(400, user.post("/api/v1/reminders", "{\"at\":\"" + Instant.now().plusSeconds(60) + "\",\"note\":\" \"}").status());

        RestClient.Reply set = user.post("/api/v1/reminders", "{\"at\":\"" + Instant.now().plusSeconds(3) + "\",\"note\":\"" + note
                + "\",\"recordType\":\"accounts.account\",\"recordId\":\"42\"}");
        assertEquals(set.body(), 201, set.status());
        long id = set.json().get("id").asLong();
        JsonNode onRecord = ok(user.get("/api/v1/reminders?recordType=accounts.account&recordId=42")).get("items");
        assertTrue(onRecord.toString(), onRecord.toString().contains(note));
        String colleague = "rem" + suffix();
        RestClient.Reply created = user.post("/api/v1/users", "{\"username\":\"" + colleague + "\",\"displayNameFa\":\"همکار\","
                + "\"password\":\"reminder-secret-1\",\"roles\":[\"staff\"]}");
        assertEquals(created.body(), 201, created.status());
        RestClient other = RestClient.as(colleague, "reminder-secret-1").inLanguage("en");
        assertEquals("a colleague neither sees nor removes it", 404, other.delete("/api/v1/reminders/" + id).status());
        assertFalse(ok(other.get("/api/v1/reminders?recordType=accounts.account&recordId=42")).toString().contains(note));

        Await.until("the reminder in its owner's inbox", 90_000, () -> inboxTitles().contains("Reminder: " + note));
        Thread.sleep(2 * 15_000);
        assertEquals("delivered once", 1, inboxTitles().stream().filter(("Reminder: " + note)::equals).count());
        JsonNode delivered = null;
        for (JsonNode n : ok(user.get("/api/v1/notifications?limit=50")).get("items")) {
            if (n.get("title").asText().equals("Reminder: " + note)) {
                delivered = n;
            }
        }
        assertEquals("notification.reminder", delivered.get("kind").asText());
        assertEquals("accounts.account", delivered.get("link").get("recordType").asText());
        assertEquals("42", delivered.get("link").get("recordId").asText());
        assertFalse("no longer to come", ok(user.get("/api/v1/reminders")).toString().contains(note));

        ShellRunner shell = new ShellRunner(sessions);
        String later = "shell reminder " + suffix();
        String added = shell.run("crm:reminder-add --record accounts.account:42 1499/01/01 \"" + later + "\"");
        assertTrue("Farvardin 1st, 1499 at 09:00 in Tehran: " + added, added.contains("2120-03-21 09:00"));
        String listed = shell.run("crm:reminder-list");
        assertTrue(listed, listed.contains(later));
        long shellId = 0;
        for (JsonNode r : ok(user.get("/api/v1/reminders?limit=200")).get("items")) {
            if (r.get("note").asText().equals(later)) {
                shellId = r.get("id").asLong();
            }
        }
        shell.run("crm:reminder-cancel " + shellId);
        assertFalse(ok(user.get("/api/v1/reminders?limit=200")).toString().contains(later));
        assertEquals(404, user.delete("/api/v1/reminders/" + shellId).status());
    }

    private List<String> inboxTitles() {
        List<String> titles = new ArrayList<>();
        ok(user.get("/api/v1/notifications?limit=50")).get("items").forEach(n -> titles.add(n.get("title").asText()));
        return titles;
    }

    private long unread() {
        return ok(user.get("/api/v1/notifications/unread-count")).get("unread").asLong();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonNode ok(RestClient.Reply reply) {
        assertEquals(reply.body(), 200, reply.status());
        return reply.json();
    }
}
