package org.peyvand.platform.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.peyvand.platform.core.error.ConflictException;
import org.peyvand.platform.core.error.CrmException;

/**
 * Runs work in a transaction of the module's persistence unit.
 *
 * <p>Refusals (validation, not found, conflicts) are ordinary answers, but Aries logs every exception
 * that leaves a transaction as a warning with its stack trace. So a refusal travels out of the
 * transaction as a value and is thrown after it. Writes are split into a check phase, which may
 * refuse, and an apply phase, which may not: a refusal therefore always comes before anything was
 * written, and committing that empty transaction is harmless. Failures of the apply phase still
 * leave by exception and roll back; those caused by a concurrent writer become conflicts.
 */
public final class Transactions {
    private final JpaTemplate jpa;

    public Transactions(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public <R> R read(Function<EntityManager, R> work) {
        return jpa.txExpr(TransactionType.Required, em -> Outcome.of(() -> work.apply(em))).get();
    }

    /**
     * Adds writes to the caller's transaction (or a new one) without flushing them: they go to the
     * database with the transaction's other work, batched. For appending rows that nothing reads back
     * within the transaction, such as audit lines.
     */
    public void append(Consumer<EntityManager> work) {
        jpa.tx(TransactionType.Required, work::accept);
    }

    /**
     * @param check validates and loads what the change needs; may throw a {@link CrmException}
     * @param apply writes; runs only when {@code check} passed
     */
    public <P, R> R write(Function<EntityManager, P> check, BiFunction<EntityManager, P, R> apply) {
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                Outcome<P> checked = Outcome.of(() -> check.apply(em));
                if (checked.refusal() != null) {
                    return new Outcome<R>(null, checked.refusal());
                }
                R result = apply.apply(em, checked.value());
                em.flush();
                return new Outcome<>(result, null);
            }).get();
        } catch (CrmException e) {
            throw e;
        } catch (RuntimeException e) {
            throw concurrentChange(e).orElseThrow(() -> e);
        }
    }

    /**
     * A write that lost a race after its checks passed: another transaction changed the same row
     * (optimistic lock) or took the same unique value (SQL state class 23).
     */
    private static Optional<ConflictException> concurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return Optional.of(new ConflictException("core.error.staleVersion", List.of()));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Optional.of(new ConflictException("core.error.conflict", List.of()));
            }
        }
        return Optional.empty();
    }

    private record Outcome<T>(T value, CrmException refusal) {
        static <T> Outcome<T> of(Supplier<T> work) {
            try {
                return new Outcome<>(work.get(), null);
            } catch (CrmException refusal) {
                return new Outcome<>(null, refusal);
            }
        }

        T get() {
            if (refusal != null) {
                throw refusal;
            }
            return value;
        }
    }
}
