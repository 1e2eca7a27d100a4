package uk.councilperformance.graph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/** Counts the SQL statements the application executes, by wrapping its DataSource (tests only). */
public class StatementCounter implements BeanPostProcessor {

    private final AtomicInteger executed = new AtomicInteger();

    public int count() {
        return executed.get();
    }

    public void reset() {
        executed.set(0);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource);
        }
        return bean;
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, T target) {
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), interfacesOf(target, type), (p, method, args) -> {
            if (target instanceof Statement && method.getName().startsWith("execute")) {
                executed.incrementAndGet();
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection c) {
                return proxy(Connection.class, c);
            }
            if (result instanceof Statement s) {
                return proxy(Statement.class, s);
            }
            return result;
        });
    }

    private static Class<?>[] interfacesOf(Object target, Class<?> fallback) {
        java.util.Set<Class<?>> all = new java.util.LinkedHashSet<>();
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            all.addAll(java.util.Arrays.asList(c.getInterfaces()));
        }
        all.add(fallback);
        return all.toArray(Class<?>[]::new);
    }
}
