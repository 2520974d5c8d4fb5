package io.taisei.asset;

import io.taisei.organization.OrganizationManagement;
import io.taisei.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.Set;

import static io.taisei.asset.AssetFixtures.READER;
import static io.taisei.asset.AssetFixtures.WRITER;
import static io.taisei.asset.AssetFixtures.org;
import static io.taisei.asset.AssetFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Unmanaged assets and shadow IT (2.2.1.2(d)): discovery, decision, follow-up and the link to the ledger record. */
@SpringBootTest
@AutoConfigureMockMvc
class UnmanagedAssetTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AssetManagement assets;

    @Autowired
    UnmanagedAssetManagement unmanaged;

    private final LocalDate discovered = LocalDate.now().minusDays(20);

    private UnmanagedAssetDraft nas(String name, Long personId, Long departmentId) {
        return new UnmanagedAssetDraft(UnmanagedAssetKind.DEVICE, name, "営業部セグメント 10.20.3.45 (MAC 00:11:22:33:44:55)",
                DiscoveryMethod.NETWORK_SCAN, discovered, personId, departmentId, null, null, null, null, null, null,
                null);
    }

    private static UnmanagedAssetDraft decided(UnmanagedAssetDraft d, UnmanagedAssetDecision decision,
                                               LocalDate decidedOn, LocalDate dueOn, LocalDate doneOn, Long recordId,
                                               Long systemId) {
        return new UnmanagedAssetDraft(d.kind(), d.name(), d.foundWhere(), d.discoveryMethod(), d.discoveredOn(),
                d.discoveredById(), d.departmentId(), decision, decidedOn, dueOn, doneOn, "対応記録", recordId, systemId);
    }

    @Test
    void aDeviceBroughtUnderManagementIsClosedOnlyOnceLinkedToItsLedgerRecord() {
        var org = org(organization);
        UnmanagedAssetDraft found = nas(unique("個人NAS"), org.person().id().value(), org.department().id().value());
        UnmanagedAssetSummary asset = unmanaged.create(found);
        assertThat(asset.status()).isEqualTo(UnmanagedAssetStatus.UNDECIDED);

        assertThatThrownBy(() -> unmanaged.update(asset.id(), decided(found,
                UnmanagedAssetDecision.BRING_UNDER_MANAGEMENT, discovered.plusDays(2), null, null, null, null), null))
                .isInstanceOfSatisfying(RuleViolationException.class, v -> assertThat(v.field()).isEqualTo("followUpDueOn"));
        UnmanagedAssetSummary following = unmanaged.update(asset.id(), decided(found,
                UnmanagedAssetDecision.BRING_UNDER_MANAGEMENT, discovered.plusDays(2), discovered.plusDays(30), null,
                null, null), null);
        assertThat(following.status()).isEqualTo(UnmanagedAssetStatus.FOLLOWING_UP);
        assertThat(following.overdue(discovered.plusDays(31))).isTrue();

        assertThatThrownBy(() -> unmanaged.update(asset.id(), decided(found,
                UnmanagedAssetDecision.BRING_UNDER_MANAGEMENT, discovered.plusDays(2), discovered.plusDays(30),
                discovered.plusDays(10), null, null), null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        v -> assertThat(v.field()).isEqualTo("hardwareSoftwareId"));
        HardwareSoftwareSummary registered = assets.createHardwareSoftware(new HardwareSoftwareDraft(unique("NAS"),
                HardwareSoftwareKind.STORAGE, "Synology", "DS220+", null, null, null, null, false, null, "営業部",
                1, org.person().id().value(), Set.of()));
        UnmanagedAssetSummary closed = unmanaged.update(asset.id(), decided(found,
                UnmanagedAssetDecision.BRING_UNDER_MANAGEMENT, discovered.plusDays(2), discovered.plusDays(30),
                discovered.plusDays(10), registered.id().value(), null), following.version());
        assertThat(closed.status()).isEqualTo(UnmanagedAssetStatus.CLOSED);
        assertThat(closed.hardwareSoftwareId()).isEqualTo(registered.id().value());
        assertThat(unmanaged.unmanagedAssets(new UnmanagedAssetFilter(found.name(), null, UnmanagedAssetStatus.CLOSED,
                null), PageRequest.of(0, 5))).extracting(UnmanagedAssetSummary::name).containsExactly(found.name());
    }

    @Test
    void aCloudServiceWhoseUseIsStoppedNeedsNoLedgerRecordButAFollowUpDate() {
        UnmanagedAssetDraft found = new UnmanagedAssetDraft(UnmanagedAssetKind.CLOUD_SERVICE, unique("無料ファイル共有"),
                "プロキシログ: files.example.com へのアップロード", DiscoveryMethod.PROXY_LOG, discovered, null, null,
                null, null, null, null, null, null, null);
        UnmanagedAssetSummary asset = unmanaged.create(found);
        UnmanagedAssetSummary stopped = unmanaged.update(asset.id(), decided(found, UnmanagedAssetDecision.STOP_USE,
                discovered.plusDays(1), discovered.plusDays(7), discovered.plusDays(5), null, null), null);
        assertThat(stopped.status()).isEqualTo(UnmanagedAssetStatus.CLOSED);
        assertThatThrownBy(() -> unmanaged.update(asset.id(), decided(found, null, discovered.plusDays(1), null,
                null, null, null), null))
                .isInstanceOfSatisfying(RuleViolationException.class, v -> assertThat(v.field()).isEqualTo("decision"));
        assertThatThrownBy(() -> unmanaged.update(asset.id(), decided(found, UnmanagedAssetDecision.STOP_USE,
                discovered.minusDays(1), discovered.plusDays(7), null, null, null), null))
                .isInstanceOfSatisfying(RuleViolationException.class, v -> assertThat(v.field()).isEqualTo("decidedOn"));
    }

    @Test
    void thePagesRecordADiscoveryAndLinkTheRecordByCode() throws Exception {
        String name = unique("私物タブレット");
        String location = mvc.perform(post("/assets/unmanaged/new").with(WRITER).with(csrf())
                        .param("kind", "DEVICE").param("name", name).param("foundWhere", "支店Wi-Fi")
                        .param("discoveryMethod", "NETWORK_SCAN").param("discoveredOn", discovered.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(READER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("ネットワークスキャン"))));
        mvc.perform(post(location + "/edit").with(WRITER).with(csrf())
                        .param("kind", "DEVICE").param("name", name).param("foundWhere", "支店Wi-Fi")
                        .param("discoveryMethod", "NETWORK_SCAN").param("discoveredOn", discovered.toString())
                        .param("decision", "BRING_UNDER_MANAGEMENT").param("decidedOn", discovered.plusDays(1).toString())
                        .param("followUpDueOn", discovered.plusDays(9).toString())
                        .param("hardwareSoftwareCode", "NO-SUCH-CODE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("このコードのハードウェア・ソフトウェアはありません")));
        mvc.perform(get("/assets/unmanaged").param("q", name).with(READER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("未判断"))));
        mvc.perform(get("/assets/unmanaged/new").with(READER)).andExpect(status().isForbidden());
    }

    @Test
    void theApiRecordsAndUpdatesWithVersions() throws Exception {
        String body = "{\"kind\":\"CLOUD_SERVICE\",\"name\":\"生成AIチャット\",\"foundWhere\":\"CASBレポート\","
                + "\"discoveryMethod\":\"CASB\",\"discoveredOn\":\"" + discovered + "\"}";
        String location = mvc.perform(post("/api/v1/unmanaged-assets").with(WRITER)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(READER)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.name").value("生成AIチャット"));
        String decided = body.replace("}", ",\"decision\":\"STOP_USE\",\"decidedOn\":\"" + discovered
                + "\",\"followUpDueOn\":\"" + discovered.plusDays(3) + "\"}");
        mvc.perform(put(location).with(WRITER).header("If-Match", "\"3\"")
                .contentType(MediaType.APPLICATION_JSON).content(decided)).andExpect(status().isConflict());
        mvc.perform(put(location).with(WRITER).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(decided))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decision").value("STOP_USE"));
        mvc.perform(put(location).with(WRITER).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("}", ",\"decision\":\"STOP_USE\",\"decidedOn\":\"" + discovered + "\"}")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/unmanaged-assets").param("status", "FOLLOWING_UP").with(READER))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/unmanaged-assets").with(READER).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
    }
}
