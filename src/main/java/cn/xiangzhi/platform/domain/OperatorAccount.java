package cn.xiangzhi.platform.domain;

import cn.xiangzhi.shared.security.Credentials;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A platform operator: runs the hosted service, sees and suspends tenants, never their residents'
 * data. Shared platform table.
 */
@Entity
@Table(name = "operator_account")
public class OperatorAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 60, updatable = false)
    private String username;

    @Embedded
    private Credentials credentials;

    protected OperatorAccount() {
    }

    public OperatorAccount(String username, char[] password) {
        this.username = username;
        this.credentials = Credentials.of(password);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Credentials credentials() {
        return credentials;
    }
}
