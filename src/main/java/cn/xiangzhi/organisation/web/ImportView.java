package cn.xiangzhi.organisation.web;

import cn.xiangzhi.organisation.application.ImportErrors;
import cn.xiangzhi.organisation.application.ImportTemplate;
import cn.xiangzhi.organisation.application.OrganisationImport;
import cn.xiangzhi.organisation.application.OrganisationImport.Counts;
import cn.xiangzhi.organisation.application.OrganisationImport.ImportResult;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.tenancy.TenantRef;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The import page: download a template, upload a file, watch it being read, checked and written
 * (the import runs on a managed thread as the signed-in user, the page polls its progress), then
 * read the outcome or every error with its sheet, row, column and reason.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final Logger LOG = Logger.getLogger(ImportView.class.getName());

    @Inject
    OrganisationImport imports;

    @Resource
    transient ManagedExecutorService executor;

    public record ErrorRow(String sheet, int row, String column, String reason) implements Serializable {
    }

    /** One run of the import, shared between the worker thread and the page's polls. */
    static final class Job implements Serializable {
        volatile String phase = "read";
        volatile int done;
        volatile int total = 1;
        volatile boolean finished;
        volatile ImportResult result;
        volatile String failureKey;
        volatile Object[] failureArgs = new Object[0];
        /** The refused rows as a workbook with a reason column (made on the worker, while the file is at hand). */
        volatile byte[] errorFile;
        /** Where the progress stood when the job ended, so a refused file never shows 100 %. */
        volatile int stoppedAt;

        void report(String newPhase, int newDone, int newTotal) {
            phase = newPhase;
            done = newDone;
            total = Math.max(1, newTotal);
        }
    }

    private boolean dryRun;
    private String fileName;
    private Job job;
    private List<ErrorRow> errors = List.of();

    @PostConstruct
    void check() {
        Access.require(Permission.ORG_EDIT);
    }

    public void upload(FileUploadEvent event) {
        if (job != null && !job.finished) {
            return;
        }
        byte[] content = event.getFile().getContent();
        fileName = event.getFile().getFileName();
        Subject subject = SecurityUtils.getSubject();
        TenantRef tenant = TenantContext.current();
        Job started = new Job();
        boolean onlyCheck = dryRun;
        String name = fileName;
        errors = List.of();
        job = started;
        executor.submit(() -> subject.execute(() -> TenantContext.runAs(tenant, () -> {
            try {
                started.result = imports.run(name, content, onlyCheck, started::report);
                if (!started.result.ok()) {
                    started.errorFile = ImportErrors.workbook(name, content, started.result.errors(),
                            e -> Messages.text(Locale.SIMPLIFIED_CHINESE, e.key(), e.args()));
                }
            } catch (DomainException e) {
                started.failureKey = e.key();
                started.failureArgs = e.args();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "import of " + name + " failed", e);
                started.failureKey = "error.import.unreadable";
                started.failureArgs = new Object[]{e.getClass().getSimpleName()};
            } finally {
                started.stoppedAt = progressOf(started);
                started.finished = true;
            }
        })));
    }

    /**
     * Progress in percent for the progress bar: reading 0–5, checking 5–50, writing 50–100; 100 only
     * for a file that was taken (or checked without mistakes), where it stopped for a refused one.
     */
    public int getProgress() {
        Job current = job;
        if (current == null) {
            return 0;
        }
        if (current.finished) {
            return isSucceeded() ? 100 : current.stoppedAt;
        }
        return progressOf(current);
    }

    private static int progressOf(Job current) {
        double share = Math.min(1.0, current.done / (double) current.total);
        return switch (current.phase) {
            case "check" -> 5 + (int) (45 * share);
            case "write" -> 50 + (int) (49 * share);
            default -> 2;
        };
    }

    /** The phase now, or the one it stopped in: reading, checking, writing. */
    public String getPhaseKey() {
        Job current = job;
        return current == null ? "read" : current.phase;
    }

    /** The refused rows with their reasons, to correct in the file and upload again. */
    public StreamedContent getErrorFile() {
        Job current = job;
        if (current == null || current.errorFile == null) {
            return null;
        }
        byte[] content = current.errorFile;
        return download(content, ImportErrors.fileName(fileName), SheetWriter.XLSX);
    }

    public boolean isErrorFileReady() {
        Job current = job;
        return current != null && current.finished && current.errorFile != null;
    }

    public String getPhase() {
        Job current = job;
        return current == null || current.finished ? "" : text("import.phase." + current.phase);
    }

    public boolean isRunning() {
        return job != null && !job.finished;
    }

    public boolean isFinished() {
        return job != null && job.finished;
    }

    /** The outcome in words, once the job has finished. */
    public String getOutcome() {
        Job current = job;
        if (current == null || !current.finished) {
            return null;
        }
        if (current.failureKey != null) {
            return text(current.failureKey, current.failureArgs);
        }
        ImportResult result = current.result;
        if (!result.ok()) {
            return text("import.failed", result.errors().size());
        }
        Counts g = result.grids();
        Counts h = result.households();
        Counts r = result.residents();
        return text(result.written() ? "import.done" : "import.checked", g.added(), h.added(), r.added(),
                g.updated() + h.updated() + r.updated(), g.unchanged() + h.unchanged() + r.unchanged());
    }

    public boolean isSucceeded() {
        Job current = job;
        return current != null && current.finished && current.failureKey == null && current.result.ok();
    }

    public List<ErrorRow> getErrors() {
        Job current = job;
        if (errors.isEmpty() && current != null && current.finished && current.result != null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            errors = current.result.errors().stream()
                    .map(e -> new ErrorRow(e.sheet(), e.row(), e.column(), Messages.text(locale, e.key(), e.args()))).toList();
        }
        return errors;
    }

    public StreamedContent getTemplateXlsx() {
        return download(ImportTemplate.xlsx(), "xiangzhi-import-template.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    public StreamedContent getTemplateCsv() {
        return download(ImportTemplate.csv(), "xiangzhi-import-template.csv", "text/csv; charset=UTF-8");
    }

    private static StreamedContent download(byte[] content, String name, String type) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    private static String text(String key, Object... args) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }
}
