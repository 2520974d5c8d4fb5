package io.taisei.asset;

/** What a record of the hardware and software ledger (2.2.1.2) is. */
public enum HardwareSoftwareKind {
    SERVER, CLIENT_DEVICE, NETWORK_DEVICE, STORAGE, OTHER_HARDWARE,
    OPERATING_SYSTEM, MIDDLEWARE, DATABASE, APPLICATION, LIBRARY, OTHER_SOFTWARE;

    public boolean isHardware() {
        return ordinal() <= OTHER_HARDWARE.ordinal();
    }
}
