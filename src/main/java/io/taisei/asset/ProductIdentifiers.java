package io.taisei.asset;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;

import java.util.regex.Pattern;

/**
 * Checks the two ways a product is identified for vulnerability matching: a CPE 2.3 formatted string (NISTIR 7695,
 * the regular expression of the official CPE 2.3 dictionary schema) and a package URL (parsed by packageurl-java).
 */
public final class ProductIdentifiers {

    private static final String VALUE = "(((\\?*|\\*?)([a-zA-Z0-9\\-._]|(\\\\[\\\\*?!\"#$%&'()+,/:;<=>@\\[\\]\\^`{|}~]))+(\\?*|\\*?))|[*\\-])";
    private static final Pattern CPE_23 = Pattern.compile("cpe:2\\.3:[aho*\\-](:" + VALUE + "){5}"
            + "(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[*\\-]))(:" + VALUE + "){4}");

    private ProductIdentifiers() {
    }

    public static boolean isCpe23(String cpe) {
        return cpe != null && CPE_23.matcher(cpe).matches();
    }

    public static boolean isPackageUrl(String purl) {
        if (purl == null || purl.isBlank()) {
            return false;
        }
        try {
            new PackageURL(purl);
            return true;
        } catch (MalformedPackageURLException | RuntimeException malformed) {
            return false;
        }
    }
}
