package cn.xiangzhi.platform.application;

import java.io.Serializable;
import java.time.Instant;

/** Failed sign-ins of one username (as typed) from one address: how many, the first and the last. */
public record FailedSignIns(String username, String address, long count, Instant first, Instant last) implements Serializable {
}
