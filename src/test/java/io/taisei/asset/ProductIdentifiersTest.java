package io.taisei.asset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductIdentifiersTest {

    @Test
    void wellFormedCpe23StringsAreAccepted() {
        assertThat(ProductIdentifiers.isCpe23("cpe:2.3:a:apache:tomcat:10.1.20:*:*:*:*:*:*:*")).isTrue();
        assertThat(ProductIdentifiers.isCpe23("cpe:2.3:o:microsoft:windows_server_2019:-:*:*:ja:*:*:x64:*")).isTrue();
        assertThat(ProductIdentifiers.isCpe23("cpe:2.3:h:cisco:asa_5505:-:*:*:*:*:*:*:*")).isTrue();
    }

    @Test
    void cpeStringsInOtherFormsOrIncompleteAreRefused() {
        assertThat(ProductIdentifiers.isCpe23("cpe:/a:apache:tomcat:10.1.20")).isFalse(); // CPE 2.2 URI binding
        assertThat(ProductIdentifiers.isCpe23("cpe:2.3:a:apache:tomcat")).isFalse();
        assertThat(ProductIdentifiers.isCpe23("cpe:2.3:x:apache:tomcat:10.1.20:*:*:*:*:*:*:*")).isFalse();
        assertThat(ProductIdentifiers.isCpe23("cpe:2.3:a:apache:tom cat:10.1.20:*:*:*:*:*:*:*")).isFalse();
        assertThat(ProductIdentifiers.isCpe23(null)).isFalse();
    }

    @Test
    void packageUrlsAreParsedByTheReferenceLibrary() {
        assertThat(ProductIdentifiers.isPackageUrl("pkg:maven/org.apache.tomcat/tomcat-catalina@10.1.20")).isTrue();
        assertThat(ProductIdentifiers.isPackageUrl("pkg:npm/%40angular/core@17.0.0")).isTrue();
        assertThat(ProductIdentifiers.isPackageUrl("maven/org.apache.tomcat/tomcat-catalina@10.1.20")).isFalse();
        assertThat(ProductIdentifiers.isPackageUrl("pkg:/nothing")).isFalse();
        assertThat(ProductIdentifiers.isPackageUrl(" ")).isFalse();
    }
}
