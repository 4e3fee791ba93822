package dev.wanr2v.internal;

import java.util.Objects;

/**
 * What the engine needs from an API class that keeps the constructor it uses private (a video that can
 * download itself, local media that can be opened): the class registers it when it is initialised, as the
 * JDK's {@code SharedSecrets} do, and the first use initialises the class. Not API (this package is not
 * exported).
 *
 * @param <T> what is registered
 */
public final class Registered<T> {
    private final Class<?> owner;
    private volatile T value;

    /** @param owner the API class that registers it from its static initialiser */
    public Registered(Class<?> owner) {
        this.owner = owner;
    }

    /** Registers; the owner calls it once, when it is initialised. */
    public void set(T registered) {
        this.value = Objects.requireNonNull(registered, "registered");
    }

    /** What the owner registered, initialising it first if need be. */
    public T get() {
        T v = value;
        if (v == null) {
            try {
                Class.forName(owner.getName(), true, owner.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            v = Objects.requireNonNull(value, owner.getName() + " registered nothing");
        }
        return v;
    }
}
