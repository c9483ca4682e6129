package cn.xiangzhi.shared.web;

import cn.xiangzhi.shared.domain.DomainException;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What every REST resource does with a request body: refuse what is missing or not a value of its
 * kind with a 400 that names the field's message key, and answer 201 with what was created.
 */
public final class ApiInput {

    private ApiInput() {
    }

    /** The request body, or 400 {@code error.body.required}. */
    public static <T> T required(T body) {
        return required(body, "error.body.required");
    }

    /** A value the request must give, or 400 {@code key} with {@code args}. */
    public static <T> T required(T value, String key, Object... args) {
        if (value == null) {
            throw new DomainException(key, args);
        }
        return value;
    }

    /** The constant of {@code type} named by {@code value} (null when absent or blank), or 400 {@code key} naming the value. */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String key) {
        return enumOf(type, value, key, new Object[]{value});
    }

    /** As {@link #enumOf(Class, String, String)}, refusing with the message arguments {@code args}. */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String key, Object... args) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException(key, args);
        }
    }

    /** An ISO date ({@code 2026-12-03}; null when absent or blank), or 400 {@code key} naming the value. */
    public static LocalDate date(String value, String key) {
        return date(value, key, new Object[]{value});
    }

    /** As {@link #date(String, String)}, refusing with the message arguments {@code args}. */
    public static LocalDate date(String value, String key, Object... args) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(key, args);
        }
    }

    /** 201 Created with the created thing as the body. */
    public static Response created(Object body) {
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
