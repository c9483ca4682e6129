package cn.xiangzhi.shared.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A form refused for several fields at once, so a person corrects them all in one go instead of one
 * per submit: each {@link FieldError} names its field, message key and arguments. It is a
 * {@link DomainException} of its first error (REST clients that read {@code error} see that one;
 * {@code fields} lists all), 400 — or 409 when the fields are fine but clash with stored data.
 */
public class InvalidFields extends DomainException {

    /** One refused field: its name in the form (and in the REST body), the message key, its arguments. */
    public record FieldError(String field, String key, List<Object> args) {
    }

    private final transient List<FieldError> errors;

    private InvalidFields(int status, List<FieldError> errors) {
        super(status, errors.get(0).key(), errors.get(0).args().toArray());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Collects the refusals of a form's fields, in the form's order. */
    public static final class Check {
        private final List<FieldError> errors = new ArrayList<>();

        /** Refuses {@code field} with {@code key} unless {@code ok}. */
        public Check require(boolean ok, String field, String key, Object... args) {
            if (!ok) {
                refuse(field, key, args);
            }
            return this;
        }

        /** Runs a check of {@code field} that throws a {@link DomainException}, keeping its refusal for the field. */
        public Check field(String field, Runnable check) {
            try {
                check.run();
            } catch (DomainException e) {
                refuse(field, e.key(), e.args());
            }
            return this;
        }

        public Check refuse(String field, String key, Object... args) {
            errors.add(new FieldError(field, key, List.of(args)));
            return this;
        }

        /** Whether {@code field} was refused already (a later check of it would repeat the reason). */
        public boolean refused(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        /** Throws the refusals collected, if any (400). */
        public void done() {
            if (!errors.isEmpty()) {
                throw new InvalidFields(400, errors);
            }
        }

        /** Throws the refusals collected, if any, as a conflict with stored data (409: a name taken). */
        public void conflict() {
            if (!errors.isEmpty()) {
                throw new InvalidFields(409, errors);
            }
        }
    }
}
