package cn.xiangzhi.centres.application;

import java.util.Collection;
import java.util.Map;

/**
 * A column of the township dashboard that another module provides: implement it as a CDI bean
 * ({@code @ApplicationScoped}) and {@link TownshipDashboard} finds it and adds its column — on the
 * page, in the REST answer and in the Excel export. The column {@link TownshipDashboard#CONTRACTS_EXPIRING}
 * is always shown (0 until the contracts register provides it); any other key adds a column.
 * Headers are the message {@code dashboard.figure.<key>}.
 */
public interface VillageFigures {

    /** The column's key, e.g. {@code contractsExpiring}; unique among providers. */
    String key();

    /**
     * The figure of each village asked for (all in the reader's scope), called inside the request
     * of a signed-in reader; a village left out counts 0.
     */
    Map<Long, Long> figures(Collection<Long> villageIds);
}
