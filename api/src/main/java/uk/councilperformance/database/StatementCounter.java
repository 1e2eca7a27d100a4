package uk.councilperformance.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application runs: every execute* call on a statement from the
 * application's data source. Registered only by the benchmark and by tests; the application itself
 * never sees it.
 */
public final class StatementCounter {

    private final AtomicLong executed = new AtomicLong();

    public long executed() {
        return executed.get();
    }

    /** Wraps the application's DataSource bean as it is created. */
    public BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
            }
        };
    }

    private final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return proxy(Connection.class, super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return proxy(Connection.class, super.getConnection(username, password));
        }
    }

    /** Connections hand out counted statements; statements count their executions. */
    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (target instanceof Statement && method.getName().startsWith("execute")) {
                executed.incrementAndGet();
            }
            Object result = invoke(method, target, args);
            // By declared type: a driver's statement may also be its own ParameterMetaData, and so on.
            Class<?> declared = method.getReturnType();
            if (result != null && (declared == Statement.class || declared == PreparedStatement.class
                    || declared == CallableStatement.class)) {
                return proxy((Class<Object>) declared, result);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
