package io.taisei.asset;

import io.taisei.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;

import static io.taisei.platform.Permissions.ASSET_READ;
import static io.taisei.platform.Permissions.ASSET_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may read and who may change the asset ledgers. */
class AssetPermissionsTest {

    @Test
    void everyRoleButThirdPartiesAndOperatorsReadsTheLedgers() {
        EnumSet<Role> readers = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> r.permissions().contains(ASSET_READ)).forEach(readers::add);
        assertThat(readers).isEqualTo(EnumSet.complementOf(EnumSet.of(Role.THIRD_PARTY, Role.OPERATOR)));
    }

    @Test
    void onlyTheCisoTheFirstLineAndAdministratorsChangeTheLedgers() {
        EnumSet<Role> writers = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> r.permissions().contains(ASSET_WRITE)).forEach(writers::add);
        assertThat(writers).containsExactlyInAnyOrder(Role.CISO, Role.FIRST_LINE, Role.ADMINISTRATOR);
        assertThat(ASSET_WRITE.isReadOnly()).isFalse();
        assertThat(ASSET_READ.isReadOnly()).isTrue();
    }
}
