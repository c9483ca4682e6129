package cn.xiangzhi.points.infrastructure;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HonourCertificatesTest {

    @Test
    void oneLandscapePagePerHonouredHouseholdSayingWhoWhyAndByWhom() throws Exception {
        byte[] pdf = HonourCertificates.pdf(List.of(
                new HonourCertificates.Certificate("长山镇人民政府", "东关村", 2025, "DG-001", "王大明", "十佳文明户", 1, 128,
                        LocalDate.of(2026, 1, 5)),
                new HonourCertificates.Certificate("长山镇人民政府", "东关村", 2025, "DG-002", "李二", "十佳文明户", 2, 96,
                        LocalDate.of(2026, 1, 5))));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            var first = document.getPage(0);
            boolean turned = first.getRotation() % 180 == 90;
            assertTrue(turned != first.getMediaBox().getWidth() > first.getMediaBox().getHeight(), "landscape");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document).replaceAll("\\s", "");
            assertTrue(second.contains("李二户（户编号DG-002）"), second);
            assertTrue(second.contains("十佳文明户") && second.contains("第2名") && second.contains("96分"), second);
            assertTrue(second.contains("长山镇人民政府") && second.contains("2026年1月5日"), second);
        }
    }
}
