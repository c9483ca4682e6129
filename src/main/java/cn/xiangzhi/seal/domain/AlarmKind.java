package cn.xiangzhi.seal.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * An alarm of a seal terminal: sent by the terminal itself (tamper, lid opened, moved, over-count) or
 * raised by reconciliation of its stamps (over the approved count, outside the window, no application,
 * a gap in its sequence numbers).
 */
public enum AlarmKind {
    TAMPER, LID_OPEN, MOVED, OVER_COUNT, OUTSIDE_WINDOW, NO_APPLICATION, SEQUENCE_GAP;

    /** The kinds a terminal may send in an alarm event. */
    public static final Set<AlarmKind> FROM_DEVICE = EnumSet.of(TAMPER, LID_OPEN, MOVED, OVER_COUNT);

    public static AlarmKind of(StampVerdict verdict) {
        return switch (verdict) {
            case OVER_COUNT -> OVER_COUNT;
            case OUTSIDE_WINDOW -> OUTSIDE_WINDOW;
            case NO_APPLICATION -> NO_APPLICATION;
            case AUTHORISED -> throw new IllegalArgumentException("an authorised stamp raises no alarm");
        };
    }
}
