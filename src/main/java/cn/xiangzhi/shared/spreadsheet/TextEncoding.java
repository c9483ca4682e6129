package cn.xiangzhi.shared.spreadsheet;

import cn.xiangzhi.shared.domain.DomainException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides how the bytes of a text file (a CSV saved by Excel) are encoded: UTF-8 (with or without
 * the byte-order mark), UTF-16 with its mark (Excel's "Unicode text"), or GB18030/GBK (Excel on
 * Chinese Windows). Never by the header's language: each candidate must decode without error and
 * read as text people write here — ASCII, Chinese characters, Chinese and full-width punctuation.
 * A short GBK name can happen to be valid UTF-8 (it then reads as Latin or Cyrillic letters, which
 * rules UTF-8 out); when both candidates read plausibly, the one whose Chinese characters are all
 * among the 6,763 of GB2312 wins, then the one with more of GB2312's 3,755 most used characters;
 * when that does not decide either, the file is refused
 * ({@code error.import.encoding}) rather than imported as mojibake.
 */
public final class TextEncoding {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GB2312 = Charset.forName("GB2312");

    private TextEncoding() {
    }

    /** The text of {@code content}; refuses ({@code error.import.encoding}) what cannot be decided. */
    public static String decode(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return strict(content, 3, StandardCharsets.UTF_8).orElseThrow(TextEncoding::undecided);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return strict(content, 2, StandardCharsets.UTF_16LE).orElseThrow(TextEncoding::undecided);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return strict(content, 2, StandardCharsets.UTF_16BE).orElseThrow(TextEncoding::undecided);
        }
        Optional<String> utf8 = strict(content, 0, StandardCharsets.UTF_8).filter(TextEncoding::plausible);
        Optional<String> gb = strict(content, 0, GB18030).filter(TextEncoding::plausible);
        if (utf8.isPresent() && gb.isPresent()) {
            if (utf8.get().equals(gb.get())) {
                return utf8.get(); // ASCII only
            }
            boolean utf8Common = allCommon(utf8.get());
            boolean gbCommon = allCommon(gb.get());
            if (utf8Common != gbCommon) {
                return utf8Common ? utf8.get() : gb.get();
            }
            // UTF-8 read as GBK gives rare characters (璧典附 for 赵丽): its lead bytes E4-E9 fall in
            // GB2312's second level; the 3,755 most used characters are its first level
            double utf8Frequent = frequentShare(utf8.get());
            double gbFrequent = frequentShare(gb.get());
            if (utf8Frequent != gbFrequent) {
                return utf8Frequent > gbFrequent ? utf8.get() : gb.get();
            }
            throw undecided();
        }
        return utf8.or(() -> gb).orElseThrow(TextEncoding::undecided);
    }

    private static DomainException undecided() {
        return new DomainException("error.import.encoding");
    }

    private static Optional<String> strict(byte[] content, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Every character is one people type into a Chinese spreadsheet. */
    static boolean plausible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!plausible(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean plausible(char c) {
        if (c < 0x80) {
            return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
        }
        return (c >= 0x4E00 && c <= 0x9FFF)      // CJK unified ideographs
                || (c >= 0x3400 && c <= 0x4DBF)   // extension A
                || (c >= 0x3000 && c <= 0x303F)   // CJK punctuation: 、。《》【】
                || (c >= 0xFF00 && c <= 0xFFEF)   // full-width forms: ，：（）
                || (c >= 0x2010 && c <= 0x2027)   // dashes, quotes, …
                || c == 0x00B7 || c == 0x00D7 || c == 0x00B0 || c == 0x2116 || c == 0x00A0 || c == 0xFEFF;
    }

    /** The share of the non-ASCII characters that are among GB2312's first level (the 3,755 most used). */
    static double frequentShare(String text) {
        CharsetEncoder common = GB2312.newEncoder();
        int nonAscii = 0;
        int frequent = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || c == 0xFEFF) {
                continue;
            }
            nonAscii++;
            try {
                ByteBuffer bytes = common.encode(CharBuffer.wrap(new char[]{c}));
                int lead = bytes.get(0) & 0xFF;
                if (bytes.remaining() == 2 && lead >= 0xB0 && lead <= 0xD7) {
                    frequent++;
                }
            } catch (CharacterCodingException notCommon) {
                // counts as not frequent
            }
        }
        return nonAscii == 0 ? 0 : (double) frequent / nonAscii;
    }

    /** Every non-ASCII character is among GB2312's (the common set). */
    static boolean allCommon(String text) {
        CharsetEncoder common = GB2312.newEncoder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c != 0xFEFF && !common.canEncode(CharBuffer.wrap(new char[]{c}))) {
                return false;
            }
        }
        return true;
    }
}
