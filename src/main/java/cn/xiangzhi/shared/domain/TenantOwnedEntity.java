package cn.xiangzhi.shared.domain;

import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Base of every tenant-owned entity: EclipseLink adds {@code tenant_id} from the entity manager's
 * tenant property to each insert and to the where clause of each query, so no code of ours writes
 * or filters it. Rows are audited by {@link AuditListener}.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
        discriminatorType = DiscriminatorType.INTEGER)
public abstract class TenantOwnedEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Override
    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
