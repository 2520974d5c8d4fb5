/**
 * The information asset ledgers of guideline 2.2.1: systems and external services, hardware and software, data, networks.
 */
package io.taisei.asset;
