/**
 * How other modules tell compliance how well a guideline item is met, from their own live data: they implement
 * {@link io.taisei.compliance.spi.ComplianceIndicatorProvider} as a bean; compliance collects every provider and never
 * depends on the modules that provide.
 */
@org.springframework.modulith.NamedInterface("spi")
package io.taisei.compliance.spi;
