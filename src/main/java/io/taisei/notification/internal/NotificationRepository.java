package io.taisei.notification.internal;

import io.taisei.notification.MailStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {

    boolean existsByDeduplicationKeyAndRecipientKey(String deduplicationKey, String recipientKey);

    Page<NotificationEntity> findByUsernameOrderByCreatedAtDescIdDesc(String username, Pageable pageable);

    Page<NotificationEntity> findByUsernameAndReadAtIsNullOrderByCreatedAtDescIdDesc(String username,
                                                                                     Pageable pageable);

    long countByUsernameAndReadAtIsNull(String username);

    Optional<NotificationEntity> findByIdAndUsername(Long id, String username);

    List<NotificationEntity> findByUsernameAndReadAtIsNull(String username);

    @Query("select n.id from NotificationEntity n where n.mailStatus = :status order by n.id")
    List<Long> idsWithMailStatus(MailStatus status, Pageable pageable);
}
