package cn.xiangzhi.shared.domain;

/**
 * How a person's name and phone appear where not everyone may read them in full: the kiosk, public
 * pages, the shop counter and lists of requests. One definition, so every page hides the same.
 */
public final class Masks {

    private Masks() {
    }

    /** 王大明 → 王**: the first character, the rest starred; "" for no name. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String plain = name.strip();
        return plain.substring(0, plain.offsetByCodePoints(0, 1)) + "*".repeat(plain.codePointCount(0, plain.length()) - 1);
    }

    /** 13812345678 → 138****5678: the first three and last four digits; "****" for a shorter number, null for none. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() < 8 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
