package cn.xiangzhi.shared.domain;

/**
 * A request that breaks a rule of the domain: invalid input, a conflict with stored data. The
 * message key is looked up in the UI bundle ({@code error.*}); arguments fill its placeholders.
 * Maps to 400 (or 409 for conflicts) on REST and to a message on the page.
 */
public class DomainException extends RuntimeException {

    private final String key;
    private final Object[] args;
    private final boolean conflict;

    public DomainException(String key, Object... args) {
        this(false, key, args);
    }

    private DomainException(boolean conflict, String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args)));
        this.key = key;
        this.args = args;
        this.conflict = conflict;
    }

    public static DomainException conflict(String key, Object... args) {
        return new DomainException(true, key, args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public boolean isConflict() {
        return conflict;
    }
}
