package cn.xiangzhi.shared.security;

/** The signed-in user may not do this. Maps to 403 on REST and to a message on the page. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
