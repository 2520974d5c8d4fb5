package io.taisei.asset;

import io.taisei.platform.NavigationItem;
import io.taisei.platform.Permissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The asset ledgers' place in the main navigation. */
@Configuration
class AssetNavigation {

    @Bean
    NavigationItem assetNavigationItem() {
        return new NavigationItem("nav.asset", "/assets/systems", Permissions.ASSET_READ.authority(), 200);
    }
}
