package cn.xiangzhi.organisation;

import cn.xiangzhi.organisation.application.ImportColumn;
import cn.xiangzhi.organisation.application.ImportColumn.Sheet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ImportColumnTest {

    @Test
    void headersAreRecognisedInChineseOrEnglishInAnyOrderWithMarksAndSpaces() {
        List<String> header = List.of("备注", "Household Code", "户主姓名*", " 村 ");
        assertEquals(Sheet.HOUSEHOLDS, Sheet.recognise(header));
        Map<ImportColumn, Integer> at = ImportColumn.locate(Sheet.HOUSEHOLDS, header);
        assertEquals(Map.of(ImportColumn.HOUSEHOLD_CODE, 1, ImportColumn.HEAD, 2, ImportColumn.VILLAGE, 3), at);
        assertEquals(Sheet.RESIDENTS, Sheet.recognise(List.of("户编号", "姓名")));
        assertNull(Sheet.recognise(List.of("名称", "金额")));
        assertEquals(14, Sheet.HOUSEHOLDS.columns().size());
        assertEquals(6, Sheet.RESIDENTS.columns().size());
    }
}
