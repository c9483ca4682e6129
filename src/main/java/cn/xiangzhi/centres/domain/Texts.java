package cn.xiangzhi.centres.domain;

import cn.xiangzhi.shared.domain.DomainException;

/** The text fields of the centres' records: stripped, bounded, required or left empty. */
final class Texts {

    private Texts() {
    }

    static String required(String value, int max, String key) {
        String text = optional(value, max, key);
        if (text == null) {
            throw new DomainException(key, value);
        }
        return text;
    }

    static String optional(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new DomainException(key, value.length());
        }
        return value.strip();
    }
}
