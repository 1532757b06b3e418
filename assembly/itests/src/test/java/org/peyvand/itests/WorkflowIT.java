package org.peyvand.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.peyvand.platform.testing.karaf.Await;
import org.peyvand.platform.testing.karaf.PeyvandContainer;
import org.peyvand.platform.testing.karaf.RestClient;
import org.peyvand.platform.testing.karaf.ShellRunner;

/**
 * Workflow in the running container: a process a module ships, a process started by a new account
 * whose task goes to the account's owner, routed through two units with an SLA
 * escalation, a timer whose executor's module leaves and comes back, a reload of the engine in new
 * classes with an instance midway and its timer falling due meanwhile, the shell while the engine
 * is stopped, and refusals of bad input over REST and the shell.
 */
public class WorkflowIT extends CrmInContainer {
    private static final String SECRET = "workflow-secret-2026";

    @Before
    public void engineIsOpen() throws Exception {
        // in a container just started, the engine may still be opening after the accounts module is ready
        awaitEngine();
    }

    @Test
    public void aModulesProcessIsDeployedAndRunsWithItsServiceTask() {
        Await.until("the accounts module's process to be deployed", 60_000, () -> process("accounts.qualification") != null);
        JsonNode process = process("accounts.qualification");
        assertEquals("org.peyvand.module.accounts", process.get("deployedBy").asText());
        assertEquals(0, process.get("unavailableExecutors").size());
        String bpmn = admin.get("/api/v1/processes/accounts.qualification/versions/" + process.get("version").asInt() + "/bpmn").body();
        assertTrue("the diagram travels with the process", bpmn.contains("bpmndi:BPMNShape"));

        long account = account("پتروشیمی " + random.nextInt(1_000_000));
        long instance = start("accounts.qualification", "accounts.account", account);
        JsonNode task = awaitItem(admin, "MINE", instance, "qualify");
        assertTrue("due in two working days", task.hasNonNull("dueAt"));
        assertEquals("the item names its process", process.get("name").asText(), task.get("processName").asText());
        JsonNode describe = null;
        for (JsonNode executor : admin.get("/api/v1/processes/executors").json()) {
            describe = "accounts.describe".equals(executor.get("id").asText()) ? executor : describe;
        }
        assertEquals("Read the account's facts", describe.get("labelEn").asText());
        assertEquals("خواندن مشخصات حساب", describe.get("labelFa").asText());
        assertTrue(variables(instance).get("accountName").asText().startsWith("پتروشیمی"));

        RestClient.Reply done = admin.post("/api/v1/cartable/items/" + task.get("id").asLong() + "/complete",
                "{\"values\":{\"qualified\":true},\"comment\":\"good prospect\"}");
        assertEquals(done.body(), 200, done.status());
        JsonNode detail = admin.get("/api/v1/process-instances/" + instance).json();
        assertEquals("COMPLETED", detail.get("instance").get("state").asText());
        assertTrue(detail.get("history").toString().contains("\"outcome\":\"بله\""));
        RestClient.Reply again = admin.post("/api/v1/cartable/items/" + task.get("id").asLong() + "/complete", "{}");
        assertEquals("the second completion is told the item is closed", 409, again.status());
    }

    @Test
    public void creatingAnAccountStartsAProcessWhoseTaskGoesToTheAccountsOwner() throws Exception {
        String tag = "o" + random.nextInt(1_000_000);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                             targetNamespace="http://peyvand.org/test">
                  <message id="accountCreated" name="crm/record/accounts_account/created"/>
                  <process id="%s.welcome" isExecutable="true">
                    <startEvent id="created"><messageEventDefinition messageRef="accountCreated"/></startEvent>
                    <userTask id="welcome" name="Welcome call" camunda:assignee="${recordOwner}"/>
                    <endEvent id="end"/>
                    <sequenceFlow id="f1" sourceRef="created" targetRef="welcome"/>
                    <sequenceFlow id="f2" sourceRef="welcome" targetRef="end"/>
                  </process>
                </definitions>
                """.formatted(tag);
        RestClient.Reply deployed = admin.send("POST", "/api/v1/processes?comment=test", xml, "application/xml");
        assertEquals(deployed.body(), 200, deployed.status());
        RestClient seller = user(tag, unit(tag + "-sales"), "staff");

        RestClient.Reply created = seller.post("/api/v1/accounts?confirmDuplicates=true", "{\"name\":\"پتروشیمی " + tag + "\"}");
        assertEquals(created.body(), 201, created.status());
        String account = created.json().get("id").asText();

        JsonNode[] task = new JsonNode[1];
        Await.until("the welcome call in the seller's cartable", 60_000, () -> {
            for (JsonNode item : seller.get("/api/v1/cartable?limit=100&box=MINE").json().get("items")) {
                if ("welcome".equals(item.get("elementId").asText()) && account.equals(item.path("recordId").asText())) {
                    task[0] = item;
                    return true;
                }
            }
            return false;
        });
        assertEquals("accounts.account", task[0].get("recordType").asText());
        assertEquals(tag, variables(task[0].get("instanceId").asLong()).get("recordOwner").asText());
    }

    @Test
    public void aReferralTravelsThroughTwoUnitsAndTheSlaEscalatesIt() throws Exception {
        String tag = "w" + random.nextInt(1_000_000);
        long sales = unit(tag + "-sales");
        long finance = unit(tag + "-finance");
        RestClient seller = user(tag + "s", sales, "staff");
        RestClient accountant = user(tag + "f", finance, "staff");
        RestClient manager = user(tag + "m", sales, "manager");
        deploy("""
                <startEvent id="start"/>
                <userTask id="answer" name="پاسخ به مشتری" camunda:candidateGroups="unit:%d"/>
                <boundaryEvent id="late" attachedToRef="answer"><timerEventDefinition><timeDuration>PT8S</timeDuration></timerEventDefinition></boundaryEvent>
                <userTask id="escalated" name="رسیدگی مدیر" camunda:candidateGroups="role:manager"/>
                <endEvent id="end"/><endEvent id="end2"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="answer"/>
                <sequenceFlow id="f2" sourceRef="answer" targetRef="end"/>
                <sequenceFlow id="f3" sourceRef="late" targetRef="escalated"/>
                <sequenceFlow id="f4" sourceRef="escalated" targetRef="end2"/>
                """.formatted(sales), tag + ".complaint");
        long instance = startAs(seller, tag + ".complaint");

        long item = awaitItem(seller, "TO_CLAIM", instance, "answer").get("id").asLong();
        assertEquals(1, seller.get("/api/v1/cartable/count?box=TO_CLAIM").json().get("total").asLong());
        assertEquals(1, admin.get("/api/v1/process-instances/count?process=" + tag + ".complaint&state=ACTIVE").json().get("total").asLong());
        assertEquals("the starter reads their own instance", 200, seller.get("/api/v1/process-instances/" + instance).status());
        assertEquals("others who do not monitor find none", 404, accountant.get("/api/v1/process-instances/" + instance).status());
        assertEquals(200, seller.post("/api/v1/cartable/items/" + item + "/claim", "").status());
        RestClient.Reply referred = seller.post("/api/v1/cartable/items/" + item + "/refer",
                "{\"toUnit\":" + finance + ",\"comment\":\"مبلغ فاکتور را بررسی کنید\"}");
        assertEquals(referred.body(), 200, referred.status());
        assertEquals(200, accountant.post("/api/v1/cartable/items/" + item + "/claim", "").status());
        assertEquals(200, accountant.post("/api/v1/cartable/items/" + item + "/complete", "{\"comment\":\"مبلغ درست است\"}").status());
        JsonNode back = seller.get("/api/v1/cartable/items/" + item).json();
        assertEquals(tag + "s", back.get("assignee").asText());
        assertEquals("OPEN", back.get("state").asText());
        assertTrue(new ShellRunner(sessions).runAs(tag + "s", "crm:task-list").contains(String.valueOf(item)));

        Await.until("the SLA timer to escalate the item", 60_000,
                () -> "CANCELLED".equals(admin.get("/api/v1/cartable/items/" + item).json().path("state").asText()));
        List<String> steps = new ArrayList<>();
        seller.get("/api/v1/cartable/items/" + item + "/trail").json().forEach(step -> steps.add(step.get("action").asText()));
        assertEquals(List.of("created", "claimed", "referred", "claimed", "answered", "escalated", "cancelled"), steps);
        assertEquals("escalated", admin.get("/api/v1/process-instances/" + instance).json().get("instance").get("activeElements").get(0).asText());
        assertEquals("an escalated item is closed to its holder", 409, seller.post("/api/v1/cartable/items/" + item + "/complete", "{}").status());
        awaitItem(manager, "TO_CLAIM", instance, "escalated");
    }

    @Test
    public void aTimerWhoseExecutorsModuleLeftWaitsAsAnIncidentAndResumesWhenItReturns() throws Exception {
        String key = "w" + random.nextInt(1_000_000) + ".enrich";
        deploy("""
                <startEvent id="start"/>
                <intermediateCatchEvent id="wait"><timerEventDefinition><timeDuration>PT2S</timeDuration></timerEventDefinition></intermediateCatchEvent>
                <serviceTask id="describe" camunda:type="external" camunda:topic="accounts.describe"/>
                <userTask id="review" camunda:assignee="${initiator}"/><endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="wait"/>
                <sequenceFlow id="f2" sourceRef="wait" targetRef="describe"/>
                <sequenceFlow id="f3" sourceRef="describe" targetRef="review"/>
                <sequenceFlow id="f4" sourceRef="review" targetRef="end"/>
                """, key);
        String name = "فولاد " + random.nextInt(1_000_000);
        long account = account(name);

        features.uninstallFeature(AccountsModule.FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        try {
            Await.until("the executor to leave with its module", 60_000,
                    () -> process(key).get("unavailableExecutors").toString().contains("accounts.describe"));
            long instance = start(key, "accounts.account", account);
            Await.until("the job to wait as an incident", 60_000, () -> admin.get("/api/v1/process-instances/incidents").body()
                    .contains("\"instanceId\":" + instance));
            String incidents = new ShellRunner(sessions).run("crm:incident-list");
            assertTrue(incidents, incidents.contains("accounts.describe"));
            assertEquals(1, admin.get("/api/v1/process-instances/" + instance).json().get("instance").get("incidents").asInt());

            features.installFeature(AccountsModule.FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            awaitItem(admin, "MINE", instance, "review");
            assertEquals(name, variables(instance).get("accountName").asText());
            assertFalse(admin.get("/api/v1/process-instances/incidents").body().contains("\"instanceId\":" + instance));
        } finally {
            AccountsModule.ensure(features, modules);
        }
    }

    @Test
    public void anInstanceMidwayGoesOnOnceAfterTheEngineIsReloaded() throws Exception {
        String key = "w" + random.nextInt(1_000_000) + ".later";
        deploy("""
                <startEvent id="start"/><userTask id="first" camunda:assignee="${initiator}"/>
                <intermediateCatchEvent id="wait"><timerEventDefinition><timeDuration>PT3S</timeDuration></timerEventDefinition></intermediateCatchEvent>
                <userTask id="then" camunda:assignee="${initiator}"/><endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="first"/>
                <sequenceFlow id="f2" sourceRef="first" targetRef="wait"/>
                <sequenceFlow id="f3" sourceRef="wait" targetRef="then"/>
                <sequenceFlow id="f4" sourceRef="then" targetRef="end"/>
                """, key);
        long instance = start(key, null, 0);
        long first = awaitItem(admin, "MINE", instance, "first").get("id").asLong();
        assertEquals(200, admin.post("/api/v1/cartable/items/" + first + "/complete", "{}").status());
        Bundle engine = bundle("org.peyvand.platform.workflow");
        ClassLoader loaded = engine.adapt(BundleWiring.class).getClassLoader();

        // as in a restart of the server: down while the timer falls due, then back with new classes
        engine.stop();
        Thread.sleep(3_500);
        refresh(engine);
        engine.start();
        assertNotSame(loaded, engine.adapt(BundleWiring.class).getClassLoader());

        awaitEngine();
        long then = awaitItem(admin, "MINE", instance, "then").get("id").asLong();
        assertEquals(200, admin.post("/api/v1/cartable/items/" + then + "/complete", "{}").status());
        JsonNode detail = admin.get("/api/v1/process-instances/" + instance).json();
        assertEquals("one token went on past the timer", "COMPLETED", detail.get("instance").get("state").asText());
        int timers = 0;
        for (JsonNode step : detail.get("history")) {
            timers += "timer".equals(step.get("event").asText()) ? 1 : 0;
        }
        assertEquals("the timer fired exactly once", 1, timers);
    }

    @Test
    public void withTheEngineStoppedOnlyTheCommandsThatNeedItAreUnavailable() throws Exception {
        Bundle engine = bundle("org.peyvand.platform.workflow");
        engine.stop();
        try {
            Await.until("the shell to miss the engine", 60_000, () -> shell("crm:process-list").contains("ProcessService"));
            assertTrue(shell("crm:process-list").strip().startsWith("The ProcessService service is not available"));
            assertTrue(shell("crm:task-list -l fa").contains("سرویس CartableService در دسترس نیست"));
            String users = shell("crm:user-list " + PeyvandContainer.USER);
            assertTrue("the security commands still work: " + users, users.contains(PeyvandContainer.USER));
            assertTrue(shell("crm:form-list").contains("accounts.contact"));
        } finally {
            engine.start();
        }
        awaitEngine();
    }

    @Test
    public void badProcessesAndBadInputAreRefusedByName() throws Exception {
        RestClient.Reply refused = admin.send("POST", "/api/v1/processes", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="t">
                  <process id="bad" isExecutable="true">
                    <startEvent id="start"/><scriptTask id="runScript" scriptFormat="groovy"><script>1</script></scriptTask><endEvent id="end"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="runScript"/><sequenceFlow id="f2" sourceRef="runScript" targetRef="end"/>
                  </process>
                </definitions>
                """, "application/xml");
        assertEquals(refused.body(), 400, refused.status());
        assertEquals(refused.body(), "bpmn.runScript", refused.json().get("fieldErrors").get(0).get("field").asText());
        assertEquals(400, admin.send("POST", "/api/v1/processes", "<definitions", "application/xml").status());
        assertEquals(400, admin.post("/api/v1/processes/accounts.qualification/instances", "{\"variables\":{\"1x\":1}}").status());
        assertEquals(404, admin.post("/api/v1/processes/no.such.process/instances", "{}").status());
        assertEquals(400, admin.get("/api/v1/cartable?box=NOWHERE").status());
        assertEquals(400, admin.get("/api/v1/cartable/count?box=NOWHERE").status());
        String shell = new ShellRunner(sessions).run("crm:process-deploy /no/such/file.bpmn");
        assertFalse(shell, shell.contains("Exception"));
        assertTrue(new ShellRunner(sessions).run("crm:process-list").contains("accounts.qualification"));
    }

    private JsonNode process(String key) {
        for (JsonNode process : admin.get("/api/v1/processes").json()) {
            if (key.equals(process.get("key").asText())) {
                return process;
            }
        }
        return null;
    }

    private void deploy(String body, String key) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                             targetNamespace="http://peyvand.org/test">
                  <process id="%s" isExecutable="true">%s</process>
                </definitions>
                """.formatted(key, body);
        RestClient.Reply deployed = admin.send("POST", "/api/v1/processes?comment=test", xml, "application/xml");
        assertEquals(deployed.body(), 200, deployed.status());
    }

    private long start(String key, String recordType, long recordId) {
        RestClient.Reply started = admin.post("/api/v1/processes/" + key + "/instances",
                recordType == null ? "{}" : "{\"recordType\":\"" + recordType + "\",\"recordId\":\"" + recordId + "\"}");
        assertEquals(started.body(), 201, started.status());
        return started.json().get("id").asLong();
    }

    private long startAs(RestClient who, String key) {
        RestClient.Reply started = who.post("/api/v1/processes/" + key + "/instances", "{}");
        assertEquals(started.body(), 201, started.status());
        return started.json().get("id").asLong();
    }

    private JsonNode variables(long instance) {
        return admin.get("/api/v1/process-instances/" + instance).json().get("variables");
    }

    private static JsonNode awaitItem(RestClient who, String box, long instance, String element) {
        JsonNode[] found = new JsonNode[1];
        Await.until(element + " in the " + box + " box", 60_000, () -> {
            for (JsonNode item : who.get("/api/v1/cartable?limit=500&box=" + box).json().get("items")) {
                if (item.path("instanceId").asLong() == instance && element.equals(item.get("elementId").asText())) {
                    found[0] = item;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private long account(String name) {
        RestClient.Reply created = admin.post("/api/v1/accounts?confirmDuplicates=true", "{\"name\":\"" + name + "\"}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private long unit(String code) {
        RestClient.Reply reply = admin.post("/api/v1/units", "{\"code\":\"" + code + "\",\"nameFa\":\"واحد " + code + "\",\"kind\":\"DEPARTMENT\"}");
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private RestClient user(String name, long unit, String role) {
        RestClient.Reply reply = admin.post("/api/v1/users", "{\"username\":\"" + name + "\",\"displayNameFa\":\"کاربر " + name
                + "\",\"unitId\":" + unit + ",\"password\":\"" + SECRET + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(reply.body(), 201, reply.status());
        return RestClient.as(name, SECRET);
    }

    /** The engine's services answer over REST and in the shell. */
    private void awaitEngine() {
        // a refresh restarts the bundles wired to the engine, the REST server among them, whose other resources return one by one
        Await.until("the workflow services to be served again", 120_000,
                () -> admin.get("/api/v1/processes").status() == 200 && admin.get("/api/v1/cartable/count").status() == 200
                        && admin.get("/api/v1/users").status() == 200 && admin.get("/api/v1/units").status() == 200
                        && admin.get("/api/v1/accounts/count").status() == 200 && shell("crm:process-list").contains("accounts.qualification"));
    }

    /** Unresolves and resolves the bundle again, with those wired to it, as {@code bundle:refresh} does. */
    private void refresh(Bundle bundle) throws InterruptedException {
        CountDownLatch refreshed = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle), event -> refreshed.countDown());
        assertTrue("the bundle was refreshed", refreshed.await(120, TimeUnit.SECONDS));
    }

    private String shell(String line) {
        try {
            return new ShellRunner(sessions).run(line);
        } catch (Exception e) {
            throw new IllegalStateException(line + " failed", e);
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
