package io.taisei.identity.internal;

import io.taisei.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Optional<UserAccount> findByOidcSubject(String oidcSubject);

    @Query("select u from UserAccount u where :q is null or lower(u.username) like :q or lower(u.displayName) like :q"
            + " or lower(u.email) like :q")
    Page<UserAccount> search(@Param("q") String likePattern, Pageable pageable);

    @Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(@Param("role") Role role);
}
