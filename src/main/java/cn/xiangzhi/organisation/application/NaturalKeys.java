package cn.xiangzhi.organisation.application;

import cn.xiangzhi.shared.domain.DomainException;
import jakarta.persistence.EntityManager;

/** Codes are natural keys within a tenant (imports match on them): a taken code is a conflict. */
final class NaturalKeys {

    private NaturalKeys() {
    }

    static void requireFree(EntityManager em, String entity, String code) {
        String clean = code == null ? null : code.strip();
        boolean taken = !em.createQuery("select e.id from " + entity + " e where e.code = :code", Long.class)
                .setParameter("code", clean).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("error.code.taken", clean);
        }
    }
}
