package cn.xiangzhi.seal.application;

/**
 * A seal-terminal request refused before its body is looked at: 400 a header missing or malformed,
 * 401 a stale timestamp or a wrong signature, 403 an unknown, disabled or retired terminal, 409 a
 * replayed nonce. {@code key} is the message key, {@code args} name the header or what was wrong.
 */
public class SealRefusal extends RuntimeException {

    private final int status;
    private final String key;
    private final Object[] args;

    public SealRefusal(int status, String key, Object... args) {
        super(status + " " + key);
        this.status = status;
        this.key = key;
        this.args = args;
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
