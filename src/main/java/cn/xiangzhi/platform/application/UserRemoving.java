package cn.xiangzhi.platform.application;

/**
 * Fired (synchronously, in the removal's transaction, with the tenant bound) just before a user
 * account is removed, so other contexts let go of what names the account (a shop's clerk).
 */
public record UserRemoving(long userId) {
}
