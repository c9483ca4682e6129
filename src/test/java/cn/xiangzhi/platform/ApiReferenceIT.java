package cn.xiangzhi.platform;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Http;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST reference comes from the code: every operation of every resource is in the OpenAPI
 * document the server generates (so it cannot drift), and the document is browsable at /api-docs/.
 */
class ApiReferenceIT extends BrowserIT {

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete", PATCH.class, "patch");

    /** "post /api/t/{tenant}/households" for every resource method of the code, templates without their regular expressions. */
    static List<String> operationsInTheCode() {
        List<String> operations = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.xiangzhi")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            String root = type.getAnnotationOfType(Path.class).value();
            for (JavaMethod method : type.getMethods()) {
                for (var verb : METHODS.entrySet()) {
                    if (method.isAnnotatedWith(verb.getKey())) {
                        String sub = method.isAnnotatedWith(Path.class) ? "/" + method.getAnnotationOfType(Path.class).value() : "";
                        operations.add(verb.getValue() + " " + normalise("/api/" + root + sub));
                    }
                }
            }
        }
        return operations;
    }

    /** {@code {id: \d+}} → {@code {id}}, no double or trailing slashes. */
    static String normalise(String path) {
        Matcher m = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}").matcher(path);
        String plain = m.replaceAll("{$1}").replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    @Test
    void everyOperationOfTheCodeIsInTheGeneratedDocument() {
        Http.Reply reply = api().with("Accept", "application/json").root().get("/openapi");
        assertEquals(200, reply.status(), reply.body());
        JsonObject paths = reply.json().getJsonObject("paths");
        TreeSet<String> documented = new TreeSet<>();
        for (var path : paths.entrySet()) {
            String at = normalise(path.getKey().substring(path.getKey().indexOf("/api/")));
            for (String verb : path.getValue().asJsonObject().keySet()) {
                documented.add(verb + " " + at);
            }
        }
        List<String> inCode = operationsInTheCode();
        assertTrue(inCode.size() > 200, "the resources were found: " + inCode.size());
        List<String> missing = inCode.stream().filter(op -> !documented.contains(op)).toList();
        assertEquals(List.of(), missing, "operations of the code missing from /openapi");
        JsonObject households = paths.entrySet().stream().filter(e -> e.getKey().endsWith("/api/t/{tenant}/households"))
                .findFirst().orElseThrow().getValue().asJsonObject();
        assertTrue(households.getJsonObject("get").getJsonArray("tags").toString().contains("households"),
                "operations carry their resource's tag: " + households);
        assertTrue(reply.json().getJsonObject("components").getJsonObject("securitySchemes").containsKey("basic"),
                "the document names the sign-in scheme");
    }

    @Test
    void theReferenceIsBrowsable() {
        browser.get(base + "api-docs/");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock-tag"), 40));
        assertTrue(browser.findElement(By.cssSelector(".info .title")).getText().contains("Xiangzhi"));
        browser.findElement(By.cssSelector(".opblock-tag[data-tag='households']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".opblock-summary-path[data-path$='/api/t/{tenant}/households']")));
        Browser.screenshot(browser, "api-docs");
    }
}
