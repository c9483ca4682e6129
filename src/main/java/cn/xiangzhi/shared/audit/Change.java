package cn.xiangzhi.shared.audit;

/** One field's old and new value in an audit entry. */
public record Change(Object oldValue, Object newValue) {
}
