package io.linchpin.server.transfer.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.linchpin.server.transfer.FeedService;

/**
 * The secret feed URLs calendar programs poll: no sign-in, the secret is the key. Anything the
 * secret does not open (unknown, revoked) is a plain 404, telling nothing.
 */
@Controller
class FeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final FeedService feeds;

    FeedController(FeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/feeds/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        return feeds.render(secret).map(body -> ResponseEntity.ok().contentType(CALENDAR)
                .header("Cache-Control", "private, max-age=300").body(body))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("No such feed"));
    }
}
