package org.peyvand.platform.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.peyvand.platform.marketplace.Addon;
import org.peyvand.platform.marketplace.CatalogEntry;
import org.peyvand.platform.marketplace.CatalogInput;
import org.peyvand.platform.marketplace.CatalogKind;
import org.peyvand.platform.marketplace.ContentType;
import org.peyvand.platform.marketplace.InstalledAddon;
import org.peyvand.platform.marketplace.Maturity;
import org.peyvand.platform.rest.internal.marketplace.AddonBody;
import org.peyvand.platform.rest.internal.marketplace.AddonResource;
import org.peyvand.platform.rest.internal.marketplace.CatalogResource;
import org.peyvand.platform.rest.internal.marketplace.CatalogResource.CatalogBody;
import org.peyvand.platform.rest.internal.marketplace.InstallJobResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The marketplace's paths as clients read them, and an add-on as JSON: names per language, what is installed, whether an update is. */
class MarketplaceApiTest {

    @Test
    void everyMarketplacePathIsDescribed() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(OpenApiDocument.describe(
                List.of(CatalogResource.class, AddonResource.class, InstallJobResource.class), "1")).get("paths");

        assertThat(paths.at("/~1marketplace~1catalogs").has("get")).isTrue();
        assertThat(paths.at("/~1marketplace~1catalogs").has("post")).isTrue();
        assertThat(paths.at("/~1marketplace~1catalogs~1{id}").has("delete")).isTrue();
        assertThat(paths.at("/~1marketplace~1catalogs~1refresh").has("post")).isTrue();
        assertThat(paths.at("/~1marketplace~1addons/get/parameters").findValuesAsText("name")).containsExactly("q", "category", "installed");
        for (String action : List.of("install", "update", "uninstall")) {
            assertThat(paths.at("/~1marketplace~1addons~1{id}~1" + action).has("post")).as(action).isTrue();
        }
        assertThat(paths.has("/marketplace/jobs")).isTrue();
        assertThat(paths.has("/marketplace/jobs/{id}")).isTrue();
    }

    @Test
    void anAddonCarriesItsNamesAsAMapAndSaysWhenAnUpdateIsOffered() throws Exception {
        CatalogEntry newest = entry("1.2.0");
        InstalledAddon installed = new InstalledAddon("tickets", "1.0.0", ContentType.MODULE, "site", "tickets.kar", "00", Instant.EPOCH, "sara", true);
        JsonNode json = json(new Addon("tickets", newest, List.of(newest, entry("1.0.0")), Optional.of(installed)));

        assertThat(json.at("/latest/names/fa").asText()).isEqualTo("تیکت‌ها");
        assertThat(json.at("/latest/names/en").asText()).isEqualTo("Tickets");
        assertThat(json.at("/installed/version").asText()).isEqualTo("1.0.0");
        assertThat(json.get("updateAvailable").asBoolean()).isTrue();
        assertThat(json.get("versions")).hasSize(2);

        JsonNode available = json(new Addon("tickets", newest, List.of(newest), Optional.empty()));
        assertThat(available.has("installed")).isFalse();
        assertThat(available.get("updateAvailable").asBoolean()).isFalse();
    }

    @Test
    void aCatalogIsEnabledUnlessTheBodySaysOtherwise() throws Exception {
        ObjectMapper mapper = ApiJson.mapper();
        CatalogInput given = mapper.readValue("{\"id\": \"site\", \"kind\": \"FOLDER\", \"location\": \"/srv/addons\"}", CatalogBody.class).input();
        assertThat(given).isEqualTo(new CatalogInput("site", CatalogKind.FOLDER, "/srv/addons", true));
        assertThat(mapper.readValue("{\"id\": \"site\", \"kind\": \"REMOTE\", \"location\": \"https://a.example/index.json\", "
                + "\"enabled\": false}", CatalogBody.class).input().enabled()).isFalse();
    }

    private static JsonNode json(Addon addon) throws Exception {
        ObjectMapper mapper = ApiJson.mapper();
        return mapper.readTree(mapper.writeValueAsString(AddonBody.of(addon)));
    }

    private static CatalogEntry entry(String version) {
        return new CatalogEntry("site", "tickets", version, Map.of("fa", "تیکت‌ها", "en", "Tickets"), Map.of("en", "Support tickets"), "Peyvand",
                null, List.of(), "service", Maturity.STABLE, "[0.1,1)", List.of(), List.of(), ContentType.MODULE, "tickets.kar", "00", null, false);
    }
}
