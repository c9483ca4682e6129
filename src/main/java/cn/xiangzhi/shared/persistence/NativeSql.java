package cn.xiangzhi.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A native SQL statement for the shared platform tables and schema-wide work (the sign-in
 * throttle's upsert, removing a tenant). EclipseLink refuses native SQL in a unit with multitenant
 * entities unless asked per query, because its tenant filter does not apply there: the statement
 * must name the tenant itself.
 */
public final class NativeSql {

    private NativeSql() {
    }

    public static Query of(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true);
    }
}
