package cn.xiangzhi.shared.domain;

import java.util.Arrays;

/**
 * A request that breaks a rule of the domain: invalid input, a conflict with stored data, a limit
 * reached. The message key is looked up in the UI bundle ({@code error.*}); arguments fill its
 * placeholders. Maps to its {@link #status()} on REST (400 unless said otherwise) and to a message
 * on the page.
 */
public class DomainException extends RuntimeException {

    private final String key;
    private final Object[] args;
    private final int status;

    public DomainException(String key, Object... args) {
        this(400, key, args);
    }

    /** A refusal answered with {@code status} on REST (for subclasses that carry more than a key). */
    protected DomainException(int status, String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.key = key;
        this.args = args;
        this.status = status;
    }

    /** A conflict with stored data (409). */
    public static DomainException conflict(String key, Object... args) {
        return new DomainException(409, key, args);
    }

    /** Well-formed, but not what the stored data allows to be repeated this way (422), e.g. a reused idempotency key. */
    public static DomainException unprocessable(String key, Object... args) {
        return new DomainException(422, key, args);
    }

    /** A limit of requests per client or per period reached (429). */
    public static DomainException tooMany(String key, Object... args) {
        return new DomainException(429, key, args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public boolean isConflict() {
        return status == 409;
    }

    /** The HTTP status a REST refusal answers with. */
    public int status() {
        return status;
    }
}
