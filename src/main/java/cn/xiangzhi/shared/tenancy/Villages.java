package cn.xiangzhi.shared.tenancy;

import java.io.Serializable;
import java.util.List;

/**
 * The villages of the current tenant, for the parts every context shares: the village picker of
 * staff pages ({@code shared.web.VillagePicker}) and the public pages of a village
 * ({@code shared.web.PublicVillagePage}). Declared here so that those parts need not name the context
 * that keeps places; the platform implements it (ADR 0015).
 */
public interface Villages {

    /** A village as a picker shows it: its name and its administrative division code. */
    record Village(long id, String name, String divisionCode) implements Serializable {
    }

    /** The villages the signed-in user may see, in the order of the place tree. */
    List<Village> choices();

    /** The village's name; a not-found refusal when {@code villageId} is no village of the tenant. */
    String publicName(long villageId);
}
