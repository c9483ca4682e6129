package cn.xiangzhi.shared.spreadsheet;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextEncodingTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华红玉萍燕鹏辉建国林文斌宇浩凯珍健俊帆雪帅慧鑫波宁";

    @Test
    void aGbkFileWithEnglishHeadersIsReadAsGbkEvenWhenItsNamesAreValidUtf8() {
        String csv = "code,head\r\nH1,郑伟\r\nH2,谢强\r\n";
        byte[] gbk = csv.getBytes(GBK);
        assertTrue(new String(gbk, StandardCharsets.UTF_8).contains("\u0623") || isValidUtf8(gbk),
                "the case that fooled the old reader: these GBK bytes are valid UTF-8");
        assertEquals(csv, TextEncoding.decode(gbk));
    }

    @Test
    void everyCommonNameInGbkOrUtf8IsReadAsWrittenOrRefusedButNeverAsMojibake() {
        int refused = 0;
        for (char s : SURNAMES.toCharArray()) {
            for (char g : GIVEN.toCharArray()) {
                String csv = "code,head,phone\r\nH1," + s + g + ",13800000000\r\n";
                for (Charset charset : new Charset[]{GBK, StandardCharsets.UTF_8}) {
                    try {
                        assertEquals(csv, TextEncoding.decode(csv.getBytes(charset)), csv + " in " + charset);
                    } catch (DomainException undecided) {
                        assertEquals("error.import.encoding", undecided.key());
                        refused++;
                    }
                }
            }
        }
        assertEquals(0, refused, "two-character names are all decided");
    }

    @Test
    void utf8WithOrWithoutItsMarkAndUtf16WithItsMarkAreRead() {
        String csv = "户编号,户主姓名\r\nH1,赵大山\r\n";
        assertEquals(csv, TextEncoding.decode(csv.getBytes(StandardCharsets.UTF_8)));
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        assertEquals(csv, TextEncoding.decode(bom));
        byte[] utf16 = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(csv, TextEncoding.decode(utf16));
        assertEquals("code,head\r\nH1,Zhao\r\n", TextEncoding.decode("code,head\r\nH1,Zhao\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void bytesThatAreNeitherReadableUtf8NorGbkAreRefused() {
        byte[] latin1 = "code,head\r\nH1,Müller Ærø\r\n".getBytes(StandardCharsets.ISO_8859_1);
        DomainException e = assertThrows(DomainException.class, () -> TextEncoding.decode(latin1));
        assertEquals("error.import.encoding", e.key());
        byte[] binary = {0x00, (byte) 0xFF, 0x13, (byte) 0x80, (byte) 0x81, 0x7F};
        assertThrows(DomainException.class, () -> TextEncoding.decode(binary));
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
