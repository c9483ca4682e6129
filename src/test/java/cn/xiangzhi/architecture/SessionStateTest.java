package cn.xiangzhi.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a session keeps goes through the data grid when instances run as a cluster (ADR 0023): a
 * view-scoped or session-scoped bean is serialised after each request that changed it and read
 * back on another instance when its own died. So each of its fields holds something Serializable
 * (checked with the field's declared type and its type arguments), and no injected field is
 * transient — a transient service would be null on the instance that reads the bean back (CDI
 * injects a serialisable proxy instead; the container refuses at deployment a dependency that
 * cannot be one).
 */
class SessionStateTest {

    @Test
    void everyFieldOfAViewOrSessionScopedBeanSurvivesAnotherInstance() throws Exception {
        List<String> problems = new ArrayList<>();
        for (JavaClass type : ArchitectureTest.PRODUCTION) {
            if (!type.isAnnotatedWith(ViewScoped.class) && !type.isAnnotatedWith(SessionScoped.class)) {
                continue;
            }
            Class<?> bean = Class.forName(type.getName(), false, getClass().getClassLoader());
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
                        continue;
                    }
                    String name = c.getSimpleName() + "." + field.getName();
                    if (field.isAnnotationPresent(Inject.class)) {
                        if (Modifier.isTransient(modifiers)) {
                            problems.add(name + ": an injected field is transient (null after another instance reads the bean)");
                        }
                        continue;
                    }
                    if (!Modifier.isTransient(modifiers) && !serializable(field.getGenericType())) {
                        problems.add(name + ": " + field.getGenericType().getTypeName() + " is not Serializable");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean serializable(Type type) {
        if (type instanceof Class<?> c) {
            return c.isPrimitive() || Serializable.class.isAssignableFrom(c) || c.isInterface() && isCollection(c) || c == Object.class
                    || c == org.primefaces.model.TreeNode.class; // the beans build DefaultTreeNode, which is Serializable
        }
        if (type instanceof ParameterizedType p) {
            if (!serializable(p.getRawType())) {
                return false;
            }
            for (Type argument : p.getActualTypeArguments()) {
                if (!serializable(argument)) {
                    return false;
                }
            }
            return true;
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                if (!serializable(bound)) {
                    return false;
                }
            }
            return true;
        }
        return true; // type variables: bound where the bean is used
    }

    /** List, Map, Set and the like: the implementations the beans create (ArrayList, HashMap, List.of …) are Serializable. */
    private static boolean isCollection(Class<?> c) {
        return java.util.Collection.class.isAssignableFrom(c) || java.util.Map.class.isAssignableFrom(c);
    }
}
