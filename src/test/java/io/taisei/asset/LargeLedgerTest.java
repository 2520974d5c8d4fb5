package io.taisei.asset;

import io.taisei.asset.transfer.Format;
import io.taisei.asset.transfer.ImportMode;
import io.taisei.asset.transfer.ImportReport;
import io.taisei.asset.transfer.LedgerFiles;
import io.taisei.organization.OrganizationManagement;
import io.taisei.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What keeps large ledgers fast: an import announces its changes in a few events rather than one per row, codes are
 * found through an index whatever their case, and the list filters name a system by code instead of listing every
 * system on every page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class LargeLedgerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    @Autowired
    LedgerFiles files;

    @Autowired
    ApplicationEvents events;

    @Test
    void anImportOfSixHundredRowsAnnouncesAllOfThemInThreeEvents() throws Exception {
        String prefix = unique("BULK");
        StringBuilder csv = new StringBuilder(String.join(",", files.headers(Ledger.HARDWARE_SOFTWARE))).append('\n');
        for (int i = 0; i < 600; i++) {
            csv.append(prefix).append('-').append(i)
                    .append(",ミドルウェア,Apache,Tomcat,10.1.").append(i % 30).append(",,,2027-03-31,いいえ,,東京DC,1,,\n");
        }
        File file = Files.createTempFile("bulk-", ".csv").toFile();
        Files.writeString(file.toPath(), csv, StandardCharsets.UTF_8);
        try {
            ImportReport report = files.importFile(Ledger.HARDWARE_SOFTWARE, file, file.length(), Format.CSV,
                    ImportMode.ALL_OR_NOTHING, Locale.JAPANESE);
            assertThat(report.problems()).isEmpty();
            assertThat(report.created()).isEqualTo(600);
        } finally {
            Files.deleteIfExists(file.toPath());
        }
        List<LedgerSoftwareChanged> announced = events.stream(LedgerSoftwareChanged.class).toList();
        assertThat(announced).hasSize(3);
        Set<Long> ids = new HashSet<>();
        announced.forEach(event -> ids.addAll(event.hardwareSoftwareIds()));
        assertThat(ids).hasSize(600).contains(assets.hardwareSoftwareByCode(prefix + "-0").orElseThrow().id().value(),
                assets.hardwareSoftwareByCode(prefix + "-599").orElseThrow().id().value());
    }

    @Test
    void aSingleEditAnnouncesItsOwnRecordAtOnce() {
        HardwareSoftwareSummary created = assets.createHardwareSoftware(
                HardwareSoftwareApiTest.tomcat(unique("ONE"), Set.of()));
        assertThat(events.stream(LedgerSoftwareChanged.class))
                .containsExactly(new LedgerSoftwareChanged(Set.of(created.id().value())));
    }

    @Test
    void codesAreFoundAndKeptUniqueWhateverTheirCase() {
        String code = unique("case").toLowerCase(Locale.ROOT);
        HardwareSoftwareSummary created = assets.createHardwareSoftware(HardwareSoftwareApiTest.tomcat(code, Set.of()));
        assertThat(assets.hardwareSoftwareByCode(code.toUpperCase(Locale.ROOT))).map(HardwareSoftwareSummary::id)
                .contains(created.id());
        assertThatThrownBy(() -> assets.createHardwareSoftware(
                HardwareSoftwareApiTest.tomcat(" " + code.toUpperCase(Locale.ROOT), Set.of())))
                .isInstanceOf(RuleViolationException.class);
        SystemSummary system = assets.createSystem(AssetFixtures.inHouse(unique("sys").toLowerCase(Locale.ROOT),
                org(organization)));
        assertThat(assets.systemByCode(system.code().toUpperCase(Locale.ROOT))).map(SystemSummary::id)
                .contains(system.id());
    }

    @Test
    void theListsFilterBySystemCodeWithoutListingEverySystem() throws Exception {
        var org = org(organization);
        SystemSummary core = assets.createSystem(AssetFixtures.inHouse(unique("CORE"), org));
        SystemSummary other = assets.createSystem(AssetFixtures.inHouse(unique("OTHER"), org));
        String inCore = unique("INCORE");
        String inOther = unique("INOTHER");
        assets.createHardwareSoftware(HardwareSoftwareApiTest.tomcat(inCore, Set.of(core.id().value())));
        assets.createHardwareSoftware(HardwareSoftwareApiTest.tomcat(inOther, Set.of(other.id().value())));

        mvc.perform(get("/assets/hardware-software").with(READER).param("system", core.code().toLowerCase(Locale.ROOT)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(inCore), not(containsString(inOther)),
                        containsString("value=\"" + core.code() + "\""), not(containsString(other.code())))));
        mvc.perform(get("/assets/hardware-software").with(READER).param("systemId", String.valueOf(other.id().value())))
                .andExpect(content().string(allOf(containsString(inOther), not(containsString(inCore)),
                        containsString("value=\"" + other.code() + "\""))));
        for (String page : List.of("/assets/data", "/assets/end-of-support")) {
            mvc.perform(get(page).with(READER).param("system", core.code()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("system-suggestions"),
                            not(containsString(other.code())))));
        }
    }

    @Test
    void aSystemCodeThatNamesNoSystemGivesAnEmptyListAndSaysSo() throws Exception {
        String listed = unique("LISTED");
        assets.createHardwareSoftware(HardwareSoftwareApiTest.tomcat(listed, Set.of()));
        mvc.perform(get("/assets/hardware-software").with(READER).param("q", listed).param("system", "NO-SUCH-SYSTEM"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(listed + "<")),
                        containsString("このコードのシステムはありません。"))));
    }

    @Test
    void theSystemFieldSuggestsAFewSystemsByCodeOrName() throws Exception {
        var org = org(organization);
        String marker = unique("SUGG");
        SystemSummary wanted = assets.createSystem(AssetFixtures.inHouse(marker + "-1", org));
        SystemSummary unwanted = assets.createSystem(AssetFixtures.inHouse(unique("ELSE"), org));
        mvc.perform(get("/assets/systems/suggestions").with(READER).param("system", marker.toLowerCase(Locale.ROOT)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<option value=\"" + wanted.code() + "\""),
                        not(containsString(unwanted.code())), not(containsString("<html")))));
        mvc.perform(get("/assets/systems/suggestions").with(AssetFixtures.OUTSIDER).param("system", marker))
                .andExpect(status().isForbidden());
    }
}
