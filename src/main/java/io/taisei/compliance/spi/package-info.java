/**
 * What other modules tell compliance without compliance depending on them: how well a guideline item is met, from
 * their own live data ({@link io.taisei.compliance.spi.ComplianceIndicatorProvider}, any number of beans), and who may
 * be named in a self-assessment campaign ({@link io.taisei.compliance.spi.CampaignParticipants}, one bean, from the
 * module that keeps the users).
 */
@org.springframework.modulith.NamedInterface("spi")
package io.taisei.compliance.spi;
