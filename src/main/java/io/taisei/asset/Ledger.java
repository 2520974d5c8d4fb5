package io.taisei.asset;

/**
 * The ledgers of guideline 2.2.1, each with the path segment its pages and API use and the Japanese name its files
 * carry.
 */
public enum Ledger {
    SYSTEMS("systems", "情報システム台帳"),
    HARDWARE_SOFTWARE("hardware-software", "ハードウェア・ソフトウェア台帳"),
    DATA("data", "情報（データ）台帳"),
    NETWORK_ZONES("network-zones", "ネットワークゾーン台帳"),
    CONNECTIONS("connections", "接続台帳");

    private final String slug;
    private final String fileName;

    Ledger(String slug, String fileName) {
        this.slug = slug;
        this.fileName = fileName;
    }

    public String slug() {
        return slug;
    }

    public String fileName() {
        return fileName;
    }

    /** The tab of the ledger pages this ledger is shown on (the fragments' {@code header(active)}). */
    public String tab() {
        return this == NETWORK_ZONES ? "zones" : slug;
    }
}
