package cn.xiangzhi.platform.domain;

/** A suspended tenant keeps its data; its users are refused until it is resumed. */
public enum TenantStatus { ACTIVE, SUSPENDED }
