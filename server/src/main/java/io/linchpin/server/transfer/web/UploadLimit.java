package io.linchpin.server.transfer.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the limit fails while the request is read, before any controller is chosen, so
 * no controller-bound advice sees it: this one answers the problem for every path.
 */
@RestControllerAdvice
class UploadLimit {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The file is larger than an import takes (linchpin.import.max-file-size)");
        problem.setTitle("File too large");
        return problem;
    }
}
