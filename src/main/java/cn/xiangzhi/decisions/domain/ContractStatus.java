package cn.xiangzhi.decisions.domain;

/** A contract of the register runs until it is recorded as ended. */
public enum ContractStatus { ACTIVE, ENDED }
