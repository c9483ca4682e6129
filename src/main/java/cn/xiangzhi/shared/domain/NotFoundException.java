package cn.xiangzhi.shared.domain;

/** The thing asked for does not exist for this tenant (or is outside the user's scope). Maps to 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
