package io.taisei.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1} (served at {@code /v3/api-docs}, browsable at {@code /api-docs} for
 * signed-in users). Every operation needs an API token, sent as {@code Authorization: Bearer <token>}.
 */
@Configuration
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI taiseiOpenApi() {
        String version = OpenApiConfiguration.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info().title("Taisei API")
                        .version(version == null ? "v1" : version)
                        .description("Ledgers, processes and evidence for the FSA Guidelines on Cybersecurity for the "
                                + "Financial Sector. Errors are RFC 9457 application/problem+json; lists take page, size "
                                + "(at most 200) and sort=property,asc|desc."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token created under My account; shown once.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
