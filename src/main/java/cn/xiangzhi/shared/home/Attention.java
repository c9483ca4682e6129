package cn.xiangzhi.shared.home;

import java.io.Serializable;
import java.util.List;

/**
 * What needs the signed-in user now, as one context sees it — proposals to confirm, objections to
 * decide, overdue matters and requests, meetings to review, terminals gone quiet — for the home
 * page. A context declares one as a CDI bean; it is called inside the signed-in request and answers
 * nothing for a role that has nothing to do there. Only counts above zero are shown.
 */
public interface Attention {

    /** One thing to do: its message key (with the count as {@code {0}}), how many, the page that does it, and whether it is overdue. */
    record Item(String key, long count, String page, boolean overdue) implements Serializable {
    }

    List<Item> items();
}
