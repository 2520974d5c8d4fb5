package io.taisei.organization;

import java.time.LocalDate;

/** Published when a person leaves; {@code username} is their Taisei sign-in, if they had one. */
public record PersonRetired(PersonId personId, DepartmentId departmentId, String code, String username,
                            LocalDate retiredOn) {
}
