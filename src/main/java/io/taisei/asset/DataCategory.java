package io.taisei.asset;

/** The kinds of information the data ledger (2.2.1.3) and data flows distinguish. */
public enum DataCategory {
    CUSTOMER_INFORMATION, PERSONAL_DATA, SPECIAL_CARE_PERSONAL_DATA, PAYMENT_CARD, AUTHENTICATION, TRANSACTION,
    CONFIDENTIAL_BUSINESS, INTERNAL, PUBLIC
}
