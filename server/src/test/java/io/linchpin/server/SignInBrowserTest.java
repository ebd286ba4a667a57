package io.linchpin.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class SignInBrowserTest extends BrowserTest {

    @Test
    void wrongPasswordIsRefusedAndTheRightOneSignsIn() {
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("error"));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("Wrong username or password");

        signIn("admin", TestDatabase.ADMIN_PASSWORD);
        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("Administrator");

        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        browser.get(url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
