package dev.wanr2v.testing;

import dev.wanr2v.spi.R2vProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Builds class loaders that see a chosen set of providers through META-INF/services, like jars on a path. */
public final class ServiceJars {
    private ServiceJars() {
    }

    /** A loader whose only service file lists these classes (one "jar" per class). */
    @SafeVarargs
    public static ClassLoader loaderWith(Path dir, Class<? extends R2vProvider>... providers) {
        try {
            URL[] urls = new URL[providers.length];
            for (int i = 0; i < providers.length; i++) {
                Path jar = Files.createDirectories(dir.resolve("jar" + i + "/META-INF/services"));
                Files.writeString(jar.resolve(R2vProvider.class.getName()), providers[i].getName() + "\n");
                urls[i] = dir.resolve("jar" + i).toUri().toURL();
            }
            return new URLClassLoader(urls, ServiceJars.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loader with one service file naming a class that does not exist. */
    public static ClassLoader loaderWithMissingClass(Path dir, Class<?>... alsoPresent) {
        try {
            Path services = Files.createDirectories(dir.resolve("META-INF/services"));
            String lines = "com.acme.DoesNotExist\n" + Arrays.stream(alsoPresent).map(Class::getName)
                    .collect(Collectors.joining("\n"));
            Files.writeString(services.resolve(R2vProvider.class.getName()), lines + "\n");
            return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ServiceJars.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
