package cn.xiangzhi.shared.spreadsheet;

/** A finished export workbook (xlsx) and the names it downloads under: UTF-8 (Chinese) and an ASCII fallback. */
public record Workbook(byte[] content, String fileName, String asciiName) {

    /** The Content-Disposition value of this workbook as a download. */
    public String disposition() {
        return SheetWriter.attachment(fileName, asciiName);
    }
}
