package io.linchpin.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class InvitationBrowserTest extends BrowserTest {

    @Test
    void anAdministratorInvitesAPersonWhoChoosesAPasswordAndSignsIn() {
        String username = TestUsers.unique("newcomer");
        signIn("admin", TestDatabase.ADMIN_PASSWORD);
        browser.get(url("/admin/users"));

        browser.findElement(By.id("invite-username")).sendKeys(username);
        browser.findElement(By.id("invite-display-name")).sendKeys("Nora Newcomer");
        browser.findElement(By.id("invite-email")).sendKeys("nora@example.org");
        browser.findElement(By.xpath("//form[@id='invite-form']//button[normalize-space()='Invite']")).click();

        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-link")));
        String invitation = link.getDomProperty("value");
        assertThat(invitation).contains("/set-password/");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tbody[@id='user-rows']/tr[td[1][normalize-space()='" + username + "']]")));
        assertThat(row.getText()).contains("Nora Newcomer").contains("password link pending");

        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));

        browser.get(invitation);
        assertThat(browser.findElement(By.id("invited-username")).getText()).isEqualTo(username);
        browser.findElement(By.id("password")).sendKeys("nora-chose-this-one");
        browser.findElement(By.id("confirmation")).sendKeys("nora-chose-this-one");
        browser.findElement(By.xpath("//button[normalize-space()='Set my password']")).click();
        wait.until(ExpectedConditions.urlContains("/login?passwordSet"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Your password is set");

        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("nora-chose-this-one");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertThat(browser.findElement(By.cssSelector("nav")).getText()).contains("Nora Newcomer").doesNotContain("Users");
    }
}
