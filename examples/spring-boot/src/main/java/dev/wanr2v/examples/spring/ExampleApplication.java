package dev.wanr2v.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A video service on wan-r2v's Spring Boot starter. The starter builds the {@link dev.wanr2v.R2vClient}
 * from {@code application.yml}; {@link VideoController} only uses it.
 */
@SpringBootApplication
public class ExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}
