package cn.xiangzhi.shared.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MasksTest {

    @Test
    void aNameKeepsOnlyItsFirstCharacter() {
        assertEquals("王**", Masks.name("王大明"));
        assertEquals("欧***", Masks.name("欧阳小明"));
        assertEquals("李*", Masks.name(" 李四 "), "spaces around the name are not characters of it");
        assertEquals("𠀋*", Masks.name("𠀋大"), "a character outside the basic plane counts once");
        assertEquals("张", Masks.name("张"));
    }

    @Test
    void noNameIsEmpty() {
        assertEquals("", Masks.name(null));
        assertEquals("", Masks.name("   "));
    }

    @Test
    void aPhoneKeepsItsFirstThreeAndLastFourDigits() {
        assertEquals("138****5678", Masks.phone("13812345678"));
        assertEquals("053****4567", Masks.phone("05311234567"));
        assertEquals("****", Masks.phone("1234567"), "too short to show any of it");
        assertNull(Masks.phone(null));
    }
}
