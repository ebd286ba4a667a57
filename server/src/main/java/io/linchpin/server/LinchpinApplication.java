package io.linchpin.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LinchpinApplication {

    public static void main(String[] args) {
        SpringApplication.run(LinchpinApplication.class, args);
    }
}
