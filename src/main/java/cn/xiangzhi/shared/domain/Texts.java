package cn.xiangzhi.shared.domain;

/** Text fields of records: stripped, bounded, required or left empty (refused with the field's key). */
public final class Texts {

    private Texts() {
    }

    public static String required(String value, int max, String key) {
        String text = optional(value, max, key);
        if (text == null) {
            throw new DomainException(key, value);
        }
        return text;
    }

    public static String optional(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new DomainException(key, value.length());
        }
        return value.strip();
    }
}
